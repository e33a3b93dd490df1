"""Quality of the classifiers on real French news (OrangeSum), with the reference baselines in the same run.

Frames: 200 OrangeSum articles (lines 30000-30199) annotated with the 14 Media Frames Corpus frames
(``benchmarks/data/frames_orangesum_{a,b}.jsonl``, two annotators, 100 articles each, offsets and
labels only). Split like the issue's conditions: the first 150 train, the last 50 test (unseen), plus
5-fold cross-validation over all 200. Printed: micro-F1 of

- the 5 most frequent training frames for every article (the issue's reference: 0.42 on its data),
- ``FrameLexiconScorer`` (zero-shot: no training data at all),
- ``FrameClassifier`` with default parameters.

Techniques: sentences of real articles with persuasion techniques: the Loaded_Language and
Name_Calling-Labeling spans of ``orangesum_loaded_{gold,heldout}.tsv`` (110 articles, every sentence;
a sentence carries a label when a span of it lies inside) and the 23-technique sentence annotation of
``techniques_orangesum.jsonl`` (40 articles). Printed: 5-fold cross-validated micro-F1 of
``TechniqueClassifier`` against predicting Loaded_Language everywhere.

Usage: ``python benchmarks/bench_models.py``
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _orangesum import ORANGESUM, read_by_id, read_lines  # noqa: E402

from framing import sentences  # noqa: E402
from framing.models import (  # noqa: E402
    MFC_FRAMES,
    TECHNIQUES,
    FrameClassifier,
    FrameLexiconScorer,
    TechniqueClassifier,
    _indicator,
    evaluate,
)

DATA = HERE / "data"


def load_frames() -> tuple[list[str], list[list[str]]] | None:
    """Texts (title + article) and frames of the 200 annotated articles, in line order."""
    if not ORANGESUM.exists():
        return None
    rows = []
    for name in ("frames_orangesum_a.jsonl", "frames_orangesum_b.jsonl"):
        rows += [json.loads(x) for x in open(DATA / name, encoding="utf-8") if x.strip()]
    records = read_lines({r["line"]: r["chars"] for r in rows})
    texts, labels = [], []
    for r in sorted(rows, key=lambda r: r["line"]):
        rec = records[r["line"]]
        texts.append(f"{rec.get('title') or ''}\n\n{rec['article']}")
        labels.append(r["frames"])
    return texts, labels


def load_technique_units() -> tuple[list[str], list[list[str]]] | None:
    """Sentences with their techniques (see the module docstring)."""
    if not ORANGESUM.exists():
        return None
    units, labels = [], []
    # 1. Loaded_Language / Name_Calling-Labeling spans, by OrangeSum id
    spans: dict[str, list[tuple[int, int, str]]] = {}
    ids: list[str] = []
    for tsv, id_file in (("orangesum_loaded_gold.tsv", "orangesum_loaded_gold_ids.txt"),
                         ("orangesum_loaded_heldout.tsv", "orangesum_loaded_heldout_ids.txt")):
        ids += [x.strip() for x in open(DATA / id_file) if x.strip()]
        with open(DATA / tsv, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                spans.setdefault(row["id"], []).append((int(row["start"]), int(row["end"]), row["label"]))
    texts = read_by_id(ids)
    for doc_id in ids:
        text = texts[doc_id]
        for s in sentences(text):
            labs = sorted({lab for a, b, lab in spans.get(doc_id, ()) if a >= s.start and b <= s.end})
            units.append(s.text)
            labels.append(labs)
    # 2. the 23-technique sentence annotation
    rows = [json.loads(x) for x in open(DATA / "techniques_orangesum.jsonl", encoding="utf-8") if x.strip()]
    arts = read_lines({r["line"] for r in rows})
    for r in rows:
        units.append(arts[r["line"]]["article"][r["start"]: r["end"]])
        labels.append(r["techniques"])
    return units, labels


def micro_f1(y_true: list[list[str]], y_pred, classes) -> float:
    from sklearn.metrics import f1_score

    return f1_score(_indicator([tuple(r) for r in y_true], classes), _indicator([tuple(r) for r in y_pred], classes),
                    average="micro", zero_division=0)


def frames() -> None:
    data = load_frames()
    if data is None:
        print("OrangeSum not found: frames skipped")
        return
    texts, labels = data
    train_x, train_y, test_x, test_y = texts[:150], labels[:150], texts[150:], labels[150:]
    print(f"frames: {len(texts)} articles, {np.mean([len(r) for r in labels]):.2f} frames per article; "
          f"train {len(train_x)}, test {len(test_x)}")
    top5 = [f for f, _ in Counter(f for r in train_y for f in r).most_common(5)]
    print(f"  5 most frequent frames          test micro-F1 {micro_f1(test_y, [top5] * len(test_y), MFC_FRAMES):.3f}")
    lex = FrameLexiconScorer()
    print(f"  FrameLexiconScorer (zero-shot)  test micro-F1 {micro_f1(test_y, lex.predict(test_x), MFC_FRAMES):.3f}"
          f"   all 200: {micro_f1(labels, lex.predict(texts), MFC_FRAMES):.3f}")
    t = time.perf_counter()
    clf = FrameClassifier().fit(train_x, train_y)
    fit_s = time.perf_counter() - t
    print(f"  FrameClassifier (defaults)      test micro-F1 {micro_f1(test_y, clf.predict(test_x), MFC_FRAMES):.3f}"
          f"   (fit {fit_s:.1f} s)")
    table = evaluate(FrameClassifier(), texts, labels, cv=5)
    print(f"  FrameClassifier 5-fold CV over 200: micro-F1 {table.loc['micro avg', 'f1']:.3f}, "
          f"macro-F1 {table.loc['macro avg', 'f1']:.3f}")
    lex_table = evaluate(FrameLexiconScorer(), texts, labels, cv=5)
    print("  FrameLexiconScorer per frame (all 200):")
    print(lex_table.round(2).to_string())


def techniques() -> None:
    data = load_technique_units()
    if data is None:
        print("OrangeSum not found: techniques skipped")
        return
    units, labels = data
    counts = Counter(lab for r in labels for lab in r)
    print(f"\ntechniques: {len(units)} sentences, {sum(bool(r) for r in labels)} with a technique; "
          f"most frequent {counts.most_common(4)}")
    always = [["Loaded_Language"]] * len(units)
    print(f"  Loaded_Language everywhere       micro-F1 {micro_f1(labels, always, TECHNIQUES):.3f}")
    t = time.perf_counter()
    table = evaluate(TechniqueClassifier(), units, labels, cv=5)
    print(f"  TechniqueClassifier 5-fold CV    micro-F1 {table.loc['micro avg', 'f1']:.3f} "
          f"(P {table.loc['micro avg', 'precision']:.2f} R {table.loc['micro avg', 'recall']:.2f}; "
          f"{time.perf_counter() - t:.0f} s)")


if __name__ == "__main__":
    frames()
    techniques()
