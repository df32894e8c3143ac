#!/usr/bin/env python3
"""Times keys in the browser the way bench.py does (a key to the end of the redraw it causes,
in a 120x40 pseudo-terminal), without the comparisons: for checking one catalogue quickly,
e.g. one with 64 KiB summaries from gen-catalog.py --long-summaries.

Usage: key-latency.py BINARY CATALOGUE [KEY ...] [--rounds N]   (keys default to j k)
Not a test: nothing is asserted."""
import importlib.util
import os
import statistics
import sys


def main():
    args = [a for i, a in enumerate(sys.argv[1:], 1) if a != "--rounds" and sys.argv[i - 1] != "--rounds"]
    if len(args) < 2:
        sys.exit(__doc__)
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 20
    binary, catalogue, keys = os.path.abspath(args[0]), args[1], [k.encode() for k in args[2:] or ["j", "k"]]
    spec = importlib.util.spec_from_file_location("bench", os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    term = bench.Terminal([binary, "browse", "--catalog", catalogue])
    term.wait_for(["j/k move"], timeout=60)
    term.settle(0.2)
    times = [t for _ in range(rounds) for key in keys if (t := term.key_latency(key, timeout=3)) is not None]
    term.finish()
    if not times:
        sys.exit("no key caused a redraw")
    print(f"{os.path.basename(catalogue)}: {b' '.join(keys).decode()} x {rounds}: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms ({len(times)} keys)")


if __name__ == "__main__":
    main()
