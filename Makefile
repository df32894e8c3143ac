# The two commands a new user needs: `make run` and `make test`.
# One release configuration serves both, so the project is built once and the seeded
# fuzz test (100,000 keys) runs in seconds rather than the better part of a minute.
SWIFT ?= swift
CONFIG ?= release
# The binary people run: release, with the Swift runtime linked in (a process starts in 3 ms
# instead of 4.6 ms: no symbol lookups across eight shared libraries), linked with lld, and
# built in its own folder because test bundles cannot link a static runtime. The C++ runtime,
# libgcc and ncurses are linked in too when their archives are installed (STATIC_LIBS holds
# links to them, found where the toolchain's clang finds them): libstdc++.so alone cost the
# dynamic loader some 2,000 symbol lookups, and the first frame came 0.8-1.2 ms sooner without
# it. Only glibc (libc, libm) is loaded at run time. Generic types are reached through their
# metadata accessors, not by mangled name (-disable-concrete-type-metadata-mangled-name-accessors):
# a name is demangled, and its conformances looked up among the binary's 3,900, the first time
# each type is used, which was a sixth of the built-in catalogue's load and a quarter of the
# first frame's drawing (the first frame came 0.4-0.5 ms sooner; the binary is 45 KB larger).
# Its 41,000 relative relocations are packed (-z pack-relative-relocs, DT_RELR, which glibc's
# loader applies since 2.36; PACKED_RELOCS below): a 980 KB table the loader read at every
# start becomes 8 KB (the first frame came 0.25 ms sooner). No $ORIGIN run path: nothing is
# loaded from beside the binary, and the loader no longer looks there for libm and libc (22
# failed calls a start).
STATIC_LIBS := .build/static-libs
# Packed relocations need glibc 2.36 or later where the binary runs (an older loader refuses
# it, by name, rather than run it unrelocated): used only when this machine's glibc has them.
GLIBC_VERSION := $(shell getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
PACKED_RELOCS := $(if $(shell printf '%s\n2.36\n' '$(GLIBC_VERSION)' | sort -V | head -n 1 | grep -x 2.36),-Xlinker -z -Xlinker pack-relative-relocs)
CLANG ?= $(or $(wildcard $(dir $(shell command -v $(SWIFT)))clang),clang)
STATIC := $(SWIFT) build -c release --scratch-path .build/static --static-swift-stdlib -Xswiftc -use-ld=lld \
	-Xswiftc -L -Xswiftc $(abspath $(STATIC_LIBS)) -Xlinker -ltinfo -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
	$(PACKED_RELOCS) --disable-local-rpath \
	--product imid
STATIC_BIN := .build/static/release/imid
# The binary `make install`, `make dist` and `make man` use: the static one (built first) unless
# BIN names another; the tests pass the one they built, so `make test` never builds it twice.
BIN = $(STATIC_BIN)
BIN_DEPS = $(if $(filter $(STATIC_BIN),$(BIN)),build)

# Where `make install` puts things (DESTDIR for packagers' staging), and what `make dist` packs.
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d
# Generated man page and completions (the tests give each run its own folder).
STAGE ?= .build/stage
DIST_DIR ?= dist
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/imid/Commands/Imid.swift)
ARCH := $(shell uname -m)
DIST_NAME = imid-$(VERSION)-linux-$(ARCH)
# `make dist` refuses a binary that needs the Swift runtime's shared libraries; the tests, which
# pack the binary they built (dynamic), turn the check off with CHECK_STATIC=no.
CHECK_STATIC ?= yes

.PHONY: all build run test bench record sanitize fuzz clean man stage install uninstall dist

all: build

build: $(STATIC_LIBS)
	$(STATIC)

# A folder that holds only the static archives, searched before the system's: the linker takes
# the first folder with a library of the name, so -lstdc++, -lncursesw and -ltinfo find these.
# One that is missing is left out (that library is then loaded at run time, as before).
$(STATIC_LIBS):
	mkdir -p $@.partial
	for name in libstdc++.a libncursesw.a libtinfo.a; do \
	  found=$$($(CLANG) -print-file-name=$$name 2>/dev/null); \
	  case "$$found" in /*) [ -f "$$found" ] && ln -sf "$$found" $@.partial/$$name ;; esac; \
	done; true
	rm -rf $@ && mv $@.partial $@

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

## Rewrites docs/imid.1 from the program (its commands and the browser's key table); a test
## fails when the committed page differs from what the program makes.
man: $(BIN_DEPS)
	$(BIN) manual > docs/imid.1

## The man page and the completion scripts (bash, zsh, fish) generated into $(STAGE).
stage: $(BIN_DEPS)
	mkdir -p $(STAGE)
	$(BIN) manual > $(STAGE)/imid.1
	$(BIN) --generate-completion-script bash > $(STAGE)/imid.bash
	$(BIN) --generate-completion-script zsh > $(STAGE)/_imid
	$(BIN) --generate-completion-script fish > $(STAGE)/imid.fish

## Installs the binary, the man page and the completions under $(DESTDIR)$(PREFIX) (default /usr/local).
install: stage
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(BASHDIR) $(DESTDIR)$(ZSHDIR) $(DESTDIR)$(FISHDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/imid
	install -m 644 $(STAGE)/imid.1 $(DESTDIR)$(MANDIR)/imid.1
	install -m 644 $(STAGE)/imid.bash $(DESTDIR)$(BASHDIR)/imid
	install -m 644 $(STAGE)/_imid $(DESTDIR)$(ZSHDIR)/_imid
	install -m 644 $(STAGE)/imid.fish $(DESTDIR)$(FISHDIR)/imid.fish

## Removes exactly the files `make install` put there (the shared directories stay, as GNU's uninstall leaves them).
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/imid $(DESTDIR)$(MANDIR)/imid.1 $(DESTDIR)$(BASHDIR)/imid \
	  $(DESTDIR)$(ZSHDIR)/_imid $(DESTDIR)$(FISHDIR)/imid.fish

## dist/imid-VERSION-linux-ARCH.tar.gz: the binary (no Swift shared libraries needed: checked
## here with ldd), the man page, the completions, README and LICENSE, laid out as an install
## prefix, with its SHA-256 checksum beside it. Packed reproducibly (sorted, owner 0, fixed times).
dist: stage
	@if [ "$(CHECK_STATIC)" = yes ] && ldd $(BIN) | grep -i swift; then \
	  echo "dist: $(BIN) needs the Swift shared libraries above (build it with make build)" >&2; exit 1; fi
	rm -rf $(DIST_DIR)/$(DIST_NAME)
	$(MAKE) --no-print-directory install BIN=$(BIN) BIN_DEPS= STAGE=$(STAGE) DESTDIR= PREFIX=$(abspath $(DIST_DIR))/$(DIST_NAME)
	install -m 644 README.md LICENSE $(DIST_DIR)/$(DIST_NAME)/
	cd $(DIST_DIR) && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 \
	  -czf $(DIST_NAME).tar.gz $(DIST_NAME) && sha256sum $(DIST_NAME).tar.gz > $(DIST_NAME).tar.gz.sha256
	rm -rf $(DIST_DIR)/$(DIST_NAME)
	@echo "dist: $(DIST_DIR)/$(DIST_NAME).tar.gz"

clean:
	rm -rf .build
