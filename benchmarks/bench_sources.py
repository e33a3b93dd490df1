"""Quality and speed of `extract_sources` / `sourcing_profile`.

Quality, on three gold sets of sources (clusters of mentions, each typed):

- fictional passages we wrote (``tests/data/sources_gold.jsonl``);
- real OrangeSum articles annotated after ``benchmarks/data/README.md`` (offsets only): a dev set
  whose errors we read (``sources_orangesum.jsonl``) and a held-out set whose errors we never read
  (``sources_orangesum_heldout.jsonl``, annotated by a second annotator).

Figures printed per set:

- ``cluster recall``: share of annotated distinct sources found — a source is found when a predicted
  mention overlaps one of its annotated mentions or carries its name (case- and accent-insensitive);
  micro (over all sources) and macro (mean of each article's share);
- ``type``: on found sources, share whose predicted type (the most frequent over the matching
  mentions) is the annotated one;
- ``anonymous``: share of annotated anonymous sources found *as anonymous*;
- ``mention P/R``: predicted mentions overlapping an annotated mention, annotated mentions overlapped;
- ``distinct``: mean absolute difference between predicted and annotated distinct sources per article.

Also the ``speaker_type`` accuracy of matched quotes on the quote gold sets (``bench_quotes``), and
speed: ``extract_quotes`` against ``sourcing_profile`` on the same OrangeSum texts, in the same run
(target: at most 30 % more time).

Usage: ``python benchmarks/bench_sources.py [--docs N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _orangesum import ORANGESUM, best_of, load_texts, read_lines  # noqa: E402

from framing import extract_quotes  # noqa: E402
from framing.inflect import fold  # noqa: E402
from framing.sources import extract_sources, sourcing_profile  # noqa: E402

FICTIONAL = HERE.parent / "tests" / "data" / "sources_gold.jsonl"
REAL_DEV = HERE / "data" / "sources_orangesum.jsonl"
REAL_HELDOUT = HERE / "data" / "sources_orangesum_heldout.jsonl"


def load_fictional(path: Path = FICTIONAL) -> list[dict]:
    """Passages with ``text`` and ``clusters`` (``name``, ``type``, ``mentions`` as (start, end, via))."""
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        clusters = [{"name": c["name"], "type": c["source_type"],
                     "mentions": [(m["start"], m["end"], m["via"]) for m in c["mentions"]]}
                    for c in r["sources"]]
        out.append({"id": r["id"], "text": r["text"], "clusters": clusters})
    return out


def load_real(path: Path) -> list[dict] | None:
    """The real-news gold with texts read from OrangeSum; None when the corpus or the file is absent."""
    if not ORANGESUM.exists() or not path.exists():
        return None
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    wanted = {r["line"]: r for r in records}
    corpus = read_lines({line: r["chars"] for line, r in wanted.items()}, "gold")
    out = []
    for line, r in sorted(wanted.items()):
        text = corpus[line]["article"]
        clusters = [{"name": text[c["name"][0]: c["name"][1]], "type": c["source_type"],
                     "mentions": [(m["start"], m["end"], m["via"]) for m in c["mentions"]]}
                    for c in r["sources"]]
        out.append({"id": str(line), "text": text, "clusters": clusters})
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(passage: dict, predicted) -> list[list]:
    """For each annotated cluster, the predicted mentions that match it."""
    out = []
    for c in passage["clusters"]:
        key = fold(c["name"])
        hits = [m for m in predicted
                if fold(m.name) == key or any(_overlap((m.start, m.end), (s, e)) for s, e, _ in c["mentions"])]
        out.append(hits)
    return out


def score(passages: list[dict], predict=extract_sources) -> dict[str, float]:
    """Cluster recall (micro, macro), type accuracy, anonymous recall, mention P/R, distinct error."""
    n_clusters = found = typed = anon = anon_found = 0
    per_article = []
    n_pred = pred_hit = n_gold_m = gold_hit = 0
    distinct_err = 0.0
    for p in passages:
        predicted = predict(p["text"])
        hits = match(p, predicted)
        got = 0
        for c, h in zip(p["clusters"], hits):
            n_clusters += 1
            anon += c["type"] == "anonymous"
            if h:
                found += 1
                got += 1
                top = Counter(m.source_type for m in h).most_common(1)[0][0]
                typed += top == c["type"]
                anon_found += c["type"] == "anonymous" and any(m.source_type == "anonymous" for m in h)
        if p["clusters"]:
            per_article.append(got / len(p["clusters"]))
        gold_spans = [(s, e) for c in p["clusters"] for s, e, _ in c["mentions"]]
        n_gold_m += len(gold_spans)
        n_pred += len(predicted)
        pred_hit += sum(any(_overlap((m.start, m.end), g) for g in gold_spans) for m in predicted)
        gold_hit += sum(any(_overlap((m.start, m.end), g) for m in predicted) for g in gold_spans)
        distinct_err += abs(len({fold(m.name) for m in predicted}) - len(p["clusters"]))
    return {
        "recall_micro": found / n_clusters if n_clusters else 0.0,
        "recall_macro": sum(per_article) / len(per_article) if per_article else 0.0,
        "type_acc": typed / found if found else 0.0,
        "anonymous_recall": anon_found / anon if anon else float("nan"),
        "anonymous": anon,
        "mention_P": pred_hit / n_pred if n_pred else 0.0,
        "mention_R": gold_hit / n_gold_m if n_gold_m else 0.0,
        "distinct_err": distinct_err / len(passages) if passages else 0.0,
        "clusters": n_clusters,
        "articles": len(passages),
    }


def _report(name: str, s: dict) -> None:
    print(f"{name:<34} sources {s['clusters']:>4} in {s['articles']:>3} | recall micro {s['recall_micro']:.2f} "
          f"macro {s['recall_macro']:.2f} | type {s['type_acc']:.2f} | anonymous {s['anonymous_recall']:.2f} "
          f"(of {s['anonymous']}) | mentions P {s['mention_P']:.2f} R {s['mention_R']:.2f} | "
          f"distinct err {s['distinct_err']:.2f}")


def quote_speaker_types() -> None:
    """``speaker_type`` accuracy of matched quotes on the quote gold sets (same scorer as bench_quotes)."""
    from bench_quotes import REAL, REAL_BLIND
    from bench_quotes import load_real as load_quotes
    from bench_quotes import score as score_quotes

    def pred(t):
        return [(q.start, q.end, q.speaker, q.kind, q.speaker_type, q.cue) for q in extract_quotes(t)]

    for label, path, part in (("real quotes 20000-20049 (dev)", REAL, slice(0, 50)),
                              ("real quotes 20050-20099 (held-out)", REAL, slice(50, 100)),
                              ("real quotes 25000-25049 (2nd annot.)", REAL_BLIND, slice(None))):
        data = load_quotes(path)
        if data is None:
            continue
        s = score_quotes(data[part], pred)
        print(f"{label:<38} speaker_type of matched quotes {s['speaker_type_acc']:.3f} (speaker {s['speaker_acc']:.3f})")


def speed(n_docs: int, repeat: int) -> None:
    texts = load_texts(n_docs)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t_quotes = best_of(repeat, extract_quotes, texts)
    t_sources = best_of(repeat, sourcing_profile, texts)
    t_extract = best_of(repeat, extract_sources, texts)
    print(f"speed on {len(texts)} OrangeSum texts ({mb:.1f} MB), best of {repeat}:")
    print(f"  extract_quotes    {t_quotes:7.2f} s  {mb / t_quotes:5.2f} MB/s")
    print(f"  extract_sources   {t_extract:7.2f} s  {mb / t_extract:5.2f} MB/s  (+{t_extract / t_quotes - 1:.0%})")
    print(f"  sourcing_profile  {t_sources:7.2f} s  {mb / t_sources:5.2f} MB/s  (+{t_sources / t_quotes - 1:.0%}, "
          "target at most +30%)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="OrangeSum texts for the speed run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    if FICTIONAL.exists():
        _report("fictional passages", score(load_fictional()))
    for label, path in (("real dev (20000-20029)", REAL_DEV), ("real held-out (27000-27029)", REAL_HELDOUT)):
        data = load_real(path)
        if data is not None:
            _report(label, score(data))
    quote_speaker_types()
    if not args.no_speed and ORANGESUM.exists():
        speed(args.docs, args.repeat)


if __name__ == "__main__":
    main()
