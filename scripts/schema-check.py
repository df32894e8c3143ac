#!/usr/bin/env python3
"""Checks catalogues against Resources/catalog.schema.json with the jsonschema package
(installed into .build/pyenv by scripts/test-deps.sh): the independent check that the schema
and `imid validate` agree (Tests/IMiDEndToEndTests/SchemaTests.swift).

Usage: schema-check.py SCHEMA FILE...
Prints one line per file: `FILE<TAB>valid`, `FILE<TAB>invalid<TAB>reason` or
`FILE<TAB>unparsable<TAB>reason` (not JSON that Python reads: invalid UTF-8, a trailing
comma...). Exits 2 when the schema itself is not a valid draft 2020-12 schema.
"""
import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        print(f"schema-check: {argv[1]}: not a valid draft 2020-12 schema: {error.message}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (ValueError, RecursionError) as error:
            print(f"{path}\tunparsable\t{type(error).__name__}: {str(error)[:200]}")
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = "/".join(str(part) for part in first.absolute_path) or "(top)"
            print(f"{path}\tinvalid\t{where}: {first.message[:200]}")
        else:
            print(f"{path}\tvalid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
