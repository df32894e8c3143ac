# The two commands a new user needs: `make run` and `make test`.
# One release configuration serves both, so the project is built once and the seeded
# fuzz test (100,000 keys) runs in seconds rather than the better part of a minute.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/imid
# The binary people run: release, with the Swift runtime linked in (a process starts in 3 ms
# instead of 4.6 ms: no symbol lookups across eight shared libraries), linked with lld, and
# built in its own folder because test bundles cannot link a static runtime.
STATIC := $(SWIFT) build -c release --scratch-path .build/static --static-swift-stdlib -Xswiftc -use-ld=lld --product imid
STATIC_BIN := .build/static/release/imid

.PHONY: all build run test bench record sanitize fuzz clean

all: build

build:
	$(STATIC)

## Opens the browser on the built-in catalogue (prints the drug list when stdout is not a terminal).
run: build
	$(STATIC_BIN)

## Speed and memory against less, jq and visidata (scripts/bench.py), and the issue's targets
## as ratios measured in the same run: under 3 minutes on 2 cores (generated catalogues are
## cached in .build/bench). Both tables are printed and written to .build/bench/results.md.
## Not part of `make test`.
bench: build
	python3 scripts/bench.py $(STATIC_BIN)

## Builds and runs every test: unit, golden text and end-to-end (the binary, and the browser in tmux).
## First installs the independent parsers the export round-trip tests use (.build/pyenv; quiet once done).
test:
	sh scripts/test-deps.sh
	$(SWIFT) build -c $(CONFIG) --build-tests
	$(SWIFT) test -c $(CONFIG) --skip-build

## Every test under AddressSanitizer, then ThreadSanitizer (debug builds in their own folders).
## Leak reports are off: the only leaks found are the toolchain test runner's own (XCTest).
sanitize:
	$(SWIFT) build --scratch-path .build-asan --sanitize=address --build-tests
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address --skip-build
	$(SWIFT) build --scratch-path .build-tsan --sanitize=thread --build-tests
	IMID_SANITIZER=thread $(SWIFT) test --scratch-path .build-tsan --sanitize=thread --skip-build

## libFuzzer on the catalogue decoder for FUZZ_SECONDS (default 60; `make fuzz FUZZ_SECONDS=3600`
## for a long run). Seeds: Tests/Fuzz/corpus, Resources and the broken catalogues; new inputs it finds are
## kept in .build/fuzz/corpus, and a crashing input is written to .build/fuzz/ (crash-*).
FUZZ_SECONDS ?= 60
fuzz:
	mkdir -p .build/fuzz/corpus
	@# The linker warns once per ASan symbol it cannot export: noise, filtered; failures still stop here.
	swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name IMiDCore \
	  $$(find Sources/IMiDCore -name '*.swift' | sort) Tests/Fuzz/CatalogDecoderFuzz.swift \
	  -o .build/fuzz/catalog-decoder 2> .build/fuzz/build.log; status=$$?; \
	  grep -v 'Cannot export local symbol' .build/fuzz/build.log; exit $$status
	cd .build/fuzz && ./catalog-decoder -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
	  corpus ../../Tests/Fuzz/corpus ../../Resources ../../Tests/IMiDEndToEndTests/BrokenCatalogs

## Rewrites the golden files from the current output; review the diff before committing.
record:
	$(SWIFT) build -c $(CONFIG) --build-tests
	@# Every snapshot test fails while recording (a recorded run is never green): list the changed ones.
	IMID_RECORD=1 $(SWIFT) test -c $(CONFIG) --skip-build 2>&1 | grep -o 'recorded [^ ]* (changed)' | sort -u || true
	git status --short -- Tests

clean:
	rm -rf .build
