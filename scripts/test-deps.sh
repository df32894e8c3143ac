#!/bin/sh
# Installs the independent parsers the export round-trip tests read our BibTeX, RIS and
# Markdown back with, and the JSON Schema validator the schema test checks catalogues with
# (jsonschema, with its dependencies pinned), in a venv of their own at .build/pyenv (never the
# system Python).
# Idempotent and quiet: once the pinned versions are there it only checks a stamp file.
# Needs python3 with venv and pip, and access to PyPI the first time.
set -eu
cd "$(dirname "$0")/.."
VENV=.build/pyenv
# Pinned: the tests assert exact parses, so a new parser release must be a deliberate change.
REQUIREMENTS="bibtexparser==1.4.4 rispy==0.10.0 markdown-it-py==3.0.0 jsonschema==4.23.0 attrs==26.1.0 jsonschema-specifications==2025.9.1 referencing==0.37.0 rpds-py==2026.9.1"
STAMP="$VENV/.imid-test-deps"
if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$REQUIREMENTS" ]; then
  exit 0
fi
echo "test-deps: installing $REQUIREMENTS into $VENV"
mkdir -p .build
python3 -m venv "$VENV"
# shellcheck disable=SC2086
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check $REQUIREMENTS
printf '%s' "$REQUIREMENTS" > "$STAMP"
