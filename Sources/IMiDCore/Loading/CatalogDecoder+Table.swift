import Dispatch

/// Reading one table of the catalogue, an entry at a time.
extension CatalogDecoder {
  /// Decodes the table `key` one element at a time, handing each entry that decodes to
  /// `visit` with its position, and keeping it only with `keep`. With `collectingIDs`, also
  /// collects the table's ids from the raw entries (so an entry with some other error still
  /// counts, and references to it do not cascade into more errors) and reports duplicates
  /// after the table's own errors.
  mutating func decodeTable<Entry>(
    _ document: JSONDocument, _ top: [String: Int], _ key: String, collectingIDs collecting: Bool = false,
    keep: Bool = false, _ decodeEntry: (inout CatalogDecoder, JSONValue, () -> String) -> Entry?,
    visit: (inout CatalogDecoder, Entry, Int) -> Void = { _, _, _ in },
    plain: ((CatalogDecoder, inout EntryReader) -> Entry?)? = nil, id: (Entry) -> String? = { _ in nil }
  ) -> DecodedTable<Entry> {
    var table = DecodedTable<Entry>()
    guard let start = top[key] else { return table }
    // The document's check recorded where the elements of each top-level array start.
    guard let starts = tableStarts[key] else {
      error(key, "expected an array, found \(document.typeName(at: start))")
      return table
    }
    var firstIndex = IDMap(minimumCapacity: collecting ? starts.count : 0)
    var duplicates: [Diagnostic] = []
    let source = self.source  // a copy: `collect` runs while `self` is being changed
    func collect(_ id: String, _ index: Int) {
      // Room for every entry at the first id (results may have none at all).
      if firstIndex.isEmpty { firstIndex.reserveCapacity(starts.count) }
      if let first = firstIndex.insert(id, at: index) {
        duplicates.append(Diagnostic(
          .error, source: source, location: "\(key)[\(index)].id",
          message: "duplicate id '\(id)' (first used at \(key)[\(first)])"))
      }
    }
    // What happens to each entry, whichever way it was read: an entry read whole, and one
    // that only the general decoder reads (from its parsed value, which also gives its id).
    func accept(_ decoder: inout CatalogDecoder, _ entry: Entry, _ index: Int, _ start: Int) {
      visit(&decoder, entry, index)
      table.starts.append(UInt32(start))
      if keep { table.entries.append(entry) }
      if collecting, let id = id(entry) { collect(id, index) }
    }
    func decodeGenerally(_ decoder: inout CatalogDecoder, _ index: Int, _ start: Int, _ element: JSONValue) {
      if let entry = decodeEntry(&decoder, element, { "\(key)[\(index)]" }) {
        visit(&decoder, entry, index)
        table.starts.append(UInt32(start))
        if keep { table.entries.append(entry) }
      }
      guard collecting, case .object(let members) = element,
        let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value
      else { return }
      collect(id, index)
    }
    if readsInParallel, let plain, starts.count >= Self.parallelTableSize {
      readInParallel(document, starts: starts, plain: plain, accept: accept, general: decodeGenerally)
    } else {
      // An entry of the common shape is read straight from the bytes, with the same outcome.
      for (index, start) in starts.enumerated() {
        var reader = EntryReader(document.checkedBytes, at: Int(start))
        if let entry = plain?(self, &reader) {
          accept(&self, entry, index, Int(start))
        } else {
          decodeGenerally(&self, index, Int(start), document.value(at: Int(start)))
        }
      }
    }
    diagnostics.append(contentsOf: duplicates)
    table.ids = firstIndex
    return table
  }

  /// Tables at least this long are read on two cores.
  static let parallelTableSize = 8192

  /// Reads the table whose elements start at `starts` in chunks of 4,096 entries, on two
  /// threads. This thread indexes one chunk (`accept` for each entry read from the bytes,
  /// `general` for the others, parsed and decoded here, in order, so every message comes out
  /// as a one-thread read gives it) and then helps the other read the next chunk's entries
  /// from the bytes, a block of 256 at a time, with a copy of this decoder that records
  /// nothing (`entryReader`). Reading is the larger share, so both threads stay busy. The
  /// entries are the same; only the waiting is shared.
  private mutating func readInParallel<Entry>(
    _ document: JSONDocument, starts: [UInt32], plain: (CatalogDecoder, inout EntryReader) -> Entry?,
    accept: (inout CatalogDecoder, Entry, Int, Int) -> Void,
    general: (inout CatalogDecoder, Int, Int, JSONValue) -> Void
  ) {
    let reader = entryReader()
    let bytes = document.checkedBytes
    let chunkSize = 4096
    let blockSize = 256
    let chunks = (starts.count + chunkSize - 1) / chunkSize
    func entries(of chunk: Int) -> Range<Int> { chunk * chunkSize..<min(starts.count, (chunk + 1) * chunkSize) }
    // The closures are only called while this function runs; the second thread needs them as
    // values it may hold.
    withoutActuallyEscaping(plain) { plain in
      withoutActuallyEscaping(accept) { accept in
        withoutActuallyEscaping(general) { general in
          /// Reads blocks of `chunk` into `slots` until every block is claimed.
          func read(_ chunk: Int, into slots: UnsafeMutableBufferPointer<Entry?>, _ blocks: BlockCounter) {
            let first = chunk * chunkSize
            while let block = blocks.claim(below: (slots.count + blockSize - 1) / blockSize) {
              for offset in block * blockSize..<min(slots.count, (block + 1) * blockSize) {
                var entry = EntryReader(bytes, at: Int(starts[first + offset]))
                slots[offset] = plain(reader, &entry)
              }
            }
          }
          func index(_ entries: [Entry?], _ chunk: Int, _ decoder: inout CatalogDecoder) {
            for (offset, entry) in entries.enumerated() {
              let index = chunk * chunkSize + offset
              if let entry {
                accept(&decoder, entry, index, Int(starts[index]))
              } else {
                general(&decoder, index, Int(starts[index]), document.value(at: Int(starts[index])))
              }
            }
          }
          // Chunk -1 is nothing to index while the first chunk is read.
          var current: [Entry?] = []
          for chunk in -1..<chunks {
            guard chunk + 1 < chunks else {
              index(current, chunk, &self)
              break
            }
            var next = [Entry?](repeating: nil, count: entries(of: chunk + 1).count)
            withUnsafeMutablePointer(to: &self) { decoder in
              next.withUnsafeMutableBufferPointer { slots in
                // Two jobs, one a thread: this chunk indexed into the decoder, then a share of
                // the next one read; and the rest of the next one read. Each writes only its
                // own variable or its own slots.
                let blocks = BlockCounter()
                let indexed = current
                nonisolated(unsafe) let slots = slots
                nonisolated(unsafe) let jobs: [() -> Void] = [
                  {
                    if chunk >= 0 { index(indexed, chunk, &decoder.pointee) }
                    read(chunk + 1, into: slots, blocks)
                  },
                  { read(chunk + 1, into: slots, blocks) },
                ]
                DispatchQueue.concurrentPerform(iterations: 2) { jobs[$0]() }
              }
            }
            current = next
          }
        }
      }
    }
  }
}
