"""Throughput of ``loaded_terms`` on OrangeSum, next to a bare ``re.findall(r"\\w+")`` pass in the same run.

Usage: python benchmarks/bench_lexical.py [--limit N] [--repeat R]

Target: within 8x of the bare pass. ``loaded_terms`` includes tokenising, sentence splitting, the
lexicon lookup, the evidential pattern and scare quotes. Also prints the hit count per category and
the matching time with a lexicon ten times larger (it must not grow with lexicon size).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from _orangesum import best_of, load_texts

from framing.indicators import loaded_terms
from framing.lexicon import Entry, Lexicon, default_lexicon

WORD = re.compile(r"\w+")



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="number of articles (default: all)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    texts = load_texts(args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    lexicon = default_lexicon()
    print(f"OrangeSum: {len(texts)} articles, {megabytes:.1f} MB; lexicon: {len(lexicon)} entries")
    loaded_terms("warm up")
    base = best_of(args.repeat, WORD.findall, texts)
    ours = best_of(args.repeat, loaded_terms, texts)
    print(f"bare re.findall(r'\\w+'): {megabytes / base:8.1f} MB/s")
    print(f"loaded_terms:            {megabytes / ours:8.1f} MB/s   ({ours / base:.2f}x the bare pass)")

    padding = [Entry(f"zzmot{i}", "padding") for i in range(10 * len(lexicon))]
    big = lexicon | Lexicon(padding)
    big.match("warm up")
    small_time = best_of(args.repeat, lexicon.match, texts[:3000])
    big_time = best_of(args.repeat, big.match, texts[:3000])
    print(f"lexicon match, {len(lexicon)} vs {len(big)} entries: {big_time / small_time:.2f}x the time")

    counts = Counter(m.category for t in texts for m in loaded_terms(t))
    print("hits per category:", dict(counts.most_common()))


if __name__ == "__main__":
    main()
