// libFuzzer entry point for the catalogue decoder. Not a SwiftPM target: `make fuzz` compiles it
// with the IMiDCore sources into one module, with `-sanitize=fuzzer,address`, and runs it on
// the seed corpus in Tests/Fuzz/corpus. Any input must either load or be refused with
// diagnostics; a crash, a hang (libFuzzer's -timeout) or a memory error is a bug.

/// Feeds one input to the loader and checks what a successful load promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func imidFuzzCatalogDecoder(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  do {
    let loaded = try CatalogLoader.load(bytes, source: "fuzz.json", currentYear: 2026)
    for drug in loaded.catalog.drugs where TextSafety.firstUnsafeScalar(in: drug.name) != nil {
      fatalError("a loaded catalogue holds unsafe text")
    }
  } catch {
    if error.errors.isEmpty { fatalError("refused without an error") }
  }
  return 0
}
