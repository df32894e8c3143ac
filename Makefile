# The two commands a new user needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/debug/imid

.PHONY: all build run test record clean

all: build

build:
	$(SWIFT) build

## Opens the browser on the built-in catalogue (prints the drug list when stdout is not a terminal).
run: build
	$(BIN)

## Builds and runs every test: unit, golden-text and end-to-end.
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Rewrites the golden files from the current output; review the diff before committing.
record:
	IMID_RECORD=1 $(SWIFT) test || true
	git status --short -- Tests

clean:
	rm -rf .build
