#!/usr/bin/env python3
"""Writes a synthetic catalogue of N drugs (deterministic for a given seed) for benchmarks and
load tests. Everything in it is fictional; it is generated into a temporary directory, never
committed. Usage: gen-catalog.py N OUT.json [--seed S] [--long-summaries UNIT]

--long-summaries UNIT gives every drug a summary of 64 KiB made of UNIT repeated, without a
space (e.g. x, α, or e followed by U+0301): the pathological text wrapping must stay fast on."""
import json
import random
import sys


def main() -> None:
    args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] not in ("--seed", "--long-summaries")]
    if len(args) != 2:
        sys.exit("usage: gen-catalog.py N OUT.json [--seed S]")
    count, out = int(args[0]), args[1]
    seed = 7
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    rng = random.Random(seed)
    long_unit = sys.argv[sys.argv.index("--long-summaries") + 1] if "--long-summaries" in sys.argv else None
    long_summary = long_unit * (65536 // len(long_unit.encode())) if long_unit else None
    mechanisms = max(6, min(40, count // 2000))
    citations = max(20, count // 2)
    doc = {
        "title": f"Synthetic catalogue of {count} drugs",
        "horizon": 2004,
        "drugs": [],
        "mechanisms": [
            {"id": f"m{i}", "name": f"Synthetic mechanism {i}", "short": f"Mech{i}", "year": 1990 + i % 30}
            for i in range(mechanisms)
        ],
        "effects": [],
        "efficacy": [],
        "safety": [],
        "citations": [
            {
                "id": f"c{i}", "title": f"Synthetic study number {i} of a fictional compound", "year": 1990 + i % 35,
                "authors": [f"Author{i} A", "Second B", "et al."], "journal": "Synth J", "volume": str(i % 90 + 1),
                "pages": f"{i % 500 + 1}-{i % 500 + 9}", "pmid": str(10_000_000 + i),
                "summary": "A generated source for benchmarking only.",
            }
            for i in range(citations)
        ],
    }
    for d in range(count):
        doc["drugs"].append({
            "id": f"d{d}", "name": f"Synthetamide {d}", "codes": [f"SX-{d}"], "brands": [f"Synthex{d}"],
            "generation": rng.choice(["1st-gen", "2nd-gen", "3rd-gen"]),
            "summary": long_summary or "A generated drug used to measure speed and memory; nothing here is real.",
            "cite": [f"c{rng.randrange(citations)}"],
        })
        for m in rng.sample(range(mechanisms), 3):
            doc["effects"].append({
                "drug": f"d{d}", "mechanism": f"m{m}", "grade": rng.randrange(4), "year": rng.randrange(1995, 2020),
                "note": "Generated grade.", "cite": [f"c{rng.randrange(citations)}"],
            })
        if d % 2 == 0:
            doc["efficacy"].append({
                "drug": f"d{d}", "study": f"SYN-{d}", "n": rng.randrange(20, 900), "setting": "Synthetic setting",
                "outcome": f"Response {rng.randrange(5, 80)}%", "year": rng.randrange(1995, 2020),
                "cite": [f"c{rng.randrange(citations)}"],
            })
            doc["safety"].append({
                "drug": f"d{d}", "event": "Synthetic event", "category": "Other", "rate": f"{rng.randrange(1, 40)}%",
                "year": rng.randrange(1995, 2020), "cite": [f"c{rng.randrange(citations)}"],
            })
    with open(out, "w", encoding="utf-8") as f:
        # json.dumps, not json.dump: dump streams through the pure-Python encoder (85 s for
        # 100,000 drugs on a busy 2-core machine); dumps uses the C one (about 5 s), same bytes.
        f.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
