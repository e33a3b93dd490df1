"""Throughput of the text layer on OrangeSum, next to a bare ``re.findall(r"\\w+")`` pass in the same run.

Usage: python benchmarks/bench_text.py [--limit N] [--repeat R]

Prints MB/s (UTF-8 bytes) for the bare pass and for framing's tokens + sentences, and their ratio
(target: within 4x). Token columns are computed on first access, so the script also prints the
cost of offsets, norms, paragraphs and of turning every token into a ``Token`` record: the headline
figure is not flattering by omission.
"""

from __future__ import annotations

import argparse
import re

from _orangesum import best_of, load_texts

from framing.text import paragraphs, sentences, tokens

WORD = re.compile(r"\w+")


def _all_columns(text):
    toks = tokens(text)
    return toks.starts, toks.norms



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="number of articles (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    args = parser.parse_args()

    texts = load_texts(args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"OrangeSum: {len(texts)} articles, {megabytes:.1f} MB")

    measures = {
        "bare re.findall(r'\\w+')": WORD.findall,
        "tokens + sentences": lambda t: (tokens(t), sentences(t)),
        "tokens with offsets + sentences": lambda t: (tokens(t).starts, sentences(t)),
        "tokens + offsets + norms + sentences + paragraphs": lambda t: (
            _all_columns(t), sentences(t), paragraphs(t)
        ),
        "tokens as Token records + sentences": lambda t: (list(tokens(t)), sentences(t)),
    }
    base = None
    print(f"{'measure':50s} {'MB/s':>8s} {'x bare':>8s}")
    for name, func in measures.items():
        seconds = best_of(args.repeat, func, texts)
        base = base or seconds
        print(f"{name:50s} {megabytes / seconds:8.1f} {seconds / base:8.2f}")
    n_tokens = sum(len(tokens(t)) for t in texts)
    n_sentences = sum(len(sentences(t)) for t in texts)
    print(f"{n_tokens} tokens, {n_sentences} sentences")


if __name__ == "__main__":
    main()
