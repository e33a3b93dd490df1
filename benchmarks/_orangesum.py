"""Shared loader for the OrangeSum benchmark corpus (real French news, CC BY-SA, read from outside the repo)."""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ORANGESUM = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "orangesum" / "orangesum.jsonl.gz"


def load_texts(limit: int | None = None) -> list[str]:
    """Article bodies of OrangeSum (Kamal Eddine, Tixier & Vazirgiannis 2020); exits if absent."""
    if not ORANGESUM.exists():
        sys.exit(f"OrangeSum not found at {ORANGESUM}: nothing to measure")
    texts = []
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["article"])
            if limit and len(texts) >= limit:
                break
    return texts


def best_of(repeat: int, func, texts) -> float:
    """Best wall time, in seconds, of ``repeat`` passes of ``func`` over ``texts``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best
