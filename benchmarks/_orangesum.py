"""Shared loader for the OrangeSum benchmark corpus (real French news, CC BY-SA, read from outside the repo)."""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ORANGESUM = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "orangesum" / "orangesum.jsonl.gz"


def read_lines(wanted, where: str = "annotation") -> dict[int, dict]:
    """The OrangeSum records at the given 0-based line numbers, in one pass that stops after the last.

    ``wanted`` maps a line number to the annotated article length (``chars``), or is a plain set of
    line numbers; a length that differs from the corpus stops the benchmark (offsets would be wrong).
    """
    wanted = dict(wanted) if isinstance(wanted, dict) else {line: None for line in wanted}
    records: dict[int, dict] = {}
    if not wanted:
        return records
    last = max(wanted)
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                records[i] = json.loads(line)
                chars = wanted[i]
                if chars is not None and len(records[i]["article"]) != chars:
                    raise SystemExit(f"OrangeSum line {i} does not match the {where} offsets")
            if i >= last:
                break
    return records


def read_by_id(ids) -> dict[str, str]:
    """Article bodies of the OrangeSum records whose ``id`` is in ``ids`` (one pass over the corpus)."""
    wanted = set(ids)
    texts: dict[str, str] = {}
    with gzip.open(ORANGESUM, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["article"]
    return texts


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
