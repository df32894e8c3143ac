"""Reads imid's BibTeX and RIS exports back with independent parsers (bibtexparser 1.x and
rispy, pinned in scripts/test-deps.sh) and prints what they understood as JSON:

  {"bibtex": [{"key", "title", "authors": [[surname, given, suffix], ...]}],
   "ris":    [{"id", "title", "start", "end", "authors": [[surname, given, suffix], ...]}]}

BibTeX names are split as BibTeX does (bibtexparser's splitname: von + last as the surname,
first as the given names, braces removed); RIS names as RIS defines them, "Last, First, Suffix".
Usage: roundtrip.py FILE.bib FILE.ris
"""
import json
import sys

import bibtexparser
import rispy
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import splitname
from bibtexparser.latexenc import latex_to_unicode


def split_and(field):
    """Splits an author field on ' and ' outside braces, as BibTeX does."""
    names, depth, current, words = [], 0, [], field.split()
    for word in words:
        if depth == 0 and word.lower() == "and" and current:
            names.append(" ".join(current))
            current = []
            continue
        current.append(word)
        depth += word.count("{") - word.count("}")
    if current:
        names.append(" ".join(current))
    return names


def plain(text):
    """TeX to text: escapes decoded, grouping braces dropped, brace commands made braces."""
    text = text.replace("\\textbraceleft{}", "\x00L").replace("\\textbraceright{}", "\x00R")
    text = text.replace("\\textbackslash{}", "\x00B").replace("\\~{}", "~").replace("\\^{}", "^")
    text = latex_to_unicode(text).replace("\\$", "$").replace("{", "").replace("}", "")
    return text.replace("\x00L", "{").replace("\x00R", "}").replace("\x00B", "\\").strip()


def bibtex_entries(text):
    parser = BibTexParser(common_strings=False, interpolate_strings=False)
    parser.ignore_nonstandard_types = False
    database = bibtexparser.loads(text, parser=parser)
    entries = []
    for entry in database.entries:
        authors = []
        for name in split_and(entry.get("author", "")):
            if name == "others":
                authors.append(["others", "", ""])
                continue
            parts = splitname(name, strict_mode=True)
            surname = " ".join(parts["von"] + parts["last"])
            authors.append([plain(surname), plain(" ".join(parts["first"])), plain(" ".join(parts["jr"]))])
        entries.append({"key": entry["ID"], "title": plain(entry.get("title", "")), "authors": authors})
    return entries


def ris_entries(text):
    entries = []
    for entry in rispy.loads(text):
        authors = []
        for name in entry.get("authors", []):
            parts = [part.strip() for part in name.split(",", 2)]
            parts += [""] * (3 - len(parts))
            authors.append(parts)
        entries.append({"id": entry.get("id", ""), "title": entry.get("title", ""), "start": entry.get("start_page"),
                        "end": entry.get("end_page"), "authors": authors})
    return entries


def main():
    with open(sys.argv[1], encoding="utf-8") as bib, open(sys.argv[2], encoding="utf-8", newline="") as ris:
        result = {"bibtex": bibtex_entries(bib.read()), "ris": ris_entries(ris.read())}
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
