"""Quality of ``loaded_terms`` against loaded-language and name-calling spans annotated on OrangeSum.

Usage: python benchmarks/bench_lexical_quality.py [--show-errors N]

Two gold sets (offsets only, see ``benchmarks/data/README.md``) mark Loaded_Language and
Name_Calling-Labeling spans in OrangeSum articles, after the SemEval-2023 Task 3 definitions: a
*dev* set of 60 articles whose misses we read while curating the lexicon, and a *held-out* set of
50 other articles never used for development. Report the held-out figures. A predicted hit is correct when it overlaps a gold span; a gold span is found
when a hit overlaps it ("any overlap"). The stricter rule of the quote benchmark (the overlap
covers at least 30% of each span) is printed too. In the same run, a negative-emotion baseline:
every FEEL word of negative polarity (Abdaoui et al. 2017), read from ../shared/reference-lexicons.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from _orangesum import read_by_id

from framing.indicators import loaded_terms
from framing.lexicon import Lexicon

DATA = Path(__file__).parent / "data"
FEEL = Path(__file__).resolve().parents[2] / "shared" / "reference-lexicons" / "feel" / "feel_pyfeel_derivative.csv"
FRAMING = ("labelling", "delegitimising", "loaded")


SETS = {
    "dev": ("orangesum_loaded_gold.tsv", "orangesum_loaded_gold_ids.txt"),
    "held-out": ("orangesum_loaded_heldout.tsv", "orangesum_loaded_heldout_ids.txt"),
}


def load_gold(name="dev"):
    spans_file, ids_file = SETS[name]
    ids = [line.strip() for line in open(DATA / ids_file) if line.strip()]
    gold = defaultdict(list)
    with open(DATA / spans_file, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold[row["id"]].append((int(row["start"]), int(row["end"]), row["label"], row["check"]))
    texts = read_by_id(ids)
    for doc_id, spans in gold.items():
        for start, _end, _, check in spans:
            assert texts[doc_id][start : start + len(check)] == check, f"offsets of {doc_id} do not match the corpus"
    return ids, texts, gold


def overlaps(a, b, min_share=0.0):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    return inter >= min_share * (a[1] - a[0]) and inter >= min_share * (b[1] - b[0])


def score(ids, texts, gold, predict, min_share=0.0):
    tp_pred = n_pred = found = n_gold = 0
    errors = []
    for doc_id in ids:
        text = texts[doc_id]
        pred = predict(text)
        spans = [(s, e) for s, e, _, _ in gold.get(doc_id, [])]
        n_pred += len(pred)
        n_gold += len(spans)
        for p in pred:
            if any(overlaps(p, g, min_share) for g in spans):
                tp_pred += 1
            else:
                errors.append(("false hit", doc_id, text, p))
        for g in spans:
            if any(overlaps(p, g, min_share) for p in pred):
                found += 1
            else:
                errors.append(("missed", doc_id, text, g))
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, n_pred, errors


def framing_predictor(categories):
    def predict(text):
        return [(m.start, m.end) for m in loaded_terms(text) if m.category in categories]

    return predict


def feel_predictor():
    words = []
    with open(FEEL, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["positivity"] == "0":
                words.append(row["word"])
    lexicon = Lexicon.from_dict({"negative": words}, name="feel-negative")

    def predict(text):
        return [(m.start, m.end) for m in lexicon.match(text)]

    return predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-errors", type=int, default=0, help="print this many errors in context")
    args = parser.parse_args()
    for set_name, (spans_file, _) in SETS.items():
        if not (DATA / spans_file).exists():
            print(f"\n{set_name}: {spans_file} not found, skipped")
            continue
        evaluate(set_name, *load_gold(set_name), show_errors=args.show_errors)


def evaluate(set_name, ids, texts, gold, show_errors=0):
    n_gold = sum(len(v) for v in gold.values())
    print(f"\n{set_name} set: {len(ids)} OrangeSum articles, {n_gold} spans")
    systems = {
        "loaded_terms (labelling+delegitimising+loaded)": framing_predictor(set(FRAMING)),
        "loaded_terms (+ intensifier, euphemism, scare quotes)": framing_predictor(
            set(FRAMING) | {"intensifier", "euphemism", "scare_quote"}
        ),
    }
    if FEEL.exists():
        systems["baseline: FEEL negative words"] = feel_predictor()
    print(f"{'system':56s} {'rule':>9s} {'P':>6s} {'R':>6s} {'F1':>6s} {'hits':>6s}")
    for name, predict in systems.items():
        for rule, share in (("overlap", 0.0), ("30%", 0.3)):
            p, r, f1, n, errors = score(ids, texts, gold, predict, share)
            print(f"{name:56s} {rule:>9s} {p:6.2f} {r:6.2f} {f1:6.2f} {n:6d}")
        if show_errors and name.startswith("loaded_terms (labelling"):
            _, _, _, _, errors = score(ids, texts, gold, predict, 0.0)
            for kind, doc_id, text, (s, e) in errors[:show_errors]:
                print(f"  {kind:9s} {doc_id:>6s}: ...{text[max(0, s - 40):s]}[[{text[s:e]}]]{text[e:e + 40]}...")


if __name__ == "__main__":
    main()
