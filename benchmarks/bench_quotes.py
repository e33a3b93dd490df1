"""Quote extraction quality on the fictional gold set ``tests/data/quotes_gold.jsonl``.

Usage: python benchmarks/bench_quotes.py

Matching rule (issue 4): a predicted quote matches a gold quote when their overlap covers at least
30% of each span; each gold quote matches at most one prediction. Prints precision, recall and F1
of quote spans and, for matched quotes, speaker accuracy (predicted speaker equals the gold one,
case-insensitively; a gold ``null`` speaker needs a ``None`` prediction).

Systems: the baseline of pairing quotation marks (no speakers), and ``framing.extract_quotes`` once
it exists (issue 4).
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.text import _QUOTATION

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes_gold.jsonl"


def load_gold(path: Path = GOLD) -> list[dict]:
    passages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                spans = []
                position = 0  # quotes are listed in text order: find each after the previous one
                for q in record["quotes"]:
                    start = record["text"].find(q["quote"], position)
                    if start < 0:
                        start = record["text"].find(q["quote"])
                    spans.append({**q, "start": start, "end": start + len(q["quote"])})
                    position = start + 1
                passages.append({**record, "spans": spans})
    return passages


def overlaps(a: tuple[int, int], b: tuple[int, int], share: float = 0.3) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= share * (a[1] - a[0]) and inter >= share * (b[1] - b[0])


def score(passages: list[dict], predict) -> dict[str, float]:
    """``predict(text) -> list of (start, end, speaker)``; returns P, R, F1 and speaker accuracy."""
    n_pred = n_gold = matched = speaker_right = 0
    for passage in passages:
        predicted = predict(passage["text"])
        gold = passage["spans"]
        n_pred += len(predicted)
        n_gold += len(gold)
        used: set[int] = set()
        for start, end, speaker in predicted:
            for k, g in enumerate(gold):
                if k not in used and overlaps((start, end), (g["start"], g["end"])):
                    used.add(k)
                    matched += 1
                    want = g["speaker"]
                    if (want is None and speaker is None) or (
                        want is not None and speaker is not None and speaker.lower() == want.lower()
                    ):
                        speaker_right += 1
                    break
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": precision, "R": recall, "F1": f1, "speaker_acc": speaker_right / matched if matched else 0.0,
            "predicted": n_pred, "gold": n_gold}


def marks_baseline(text: str) -> list[tuple[int, int, None]]:
    """Every pair of quotation marks is a quote, with no speaker."""
    return [(m.start() + 1, m.end() - 1, None) for m in _QUOTATION.finditer(text)]


def main() -> None:
    passages = load_gold()
    print(f"gold: {len(passages)} fictional passages, {sum(len(p['spans']) for p in passages)} quotes")
    systems = {"baseline: pairing quotation marks": marks_baseline}
    try:
        from framing import extract_quotes  # issue 4

        systems["framing.extract_quotes"] = lambda t: [(q.start, q.end, q.speaker) for q in extract_quotes(t)]
    except ImportError:
        print("framing.extract_quotes does not exist yet (issue 4)")
    print(f"{'system':40s} {'P':>6s} {'R':>6s} {'F1':>6s} {'speaker':>8s}")
    for name, predict in systems.items():
        s = score(passages, predict)
        print(f"{name:40s} {s['P']:6.2f} {s['R']:6.2f} {s['F1']:6.2f} {s['speaker_acc']:8.2f}")


if __name__ == "__main__":
    main()
