"""Command line: ``python -m framing demo`` and ``python -m framing analyze PATH --out FILE``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "outlet_summary", "write_table"]

_FORMATS = (".csv", ".parquet", ".jsonl")


def outlet_summary(frame):
    """Summarise an :func:`framing.analyze` table per outlet: document count and mean of each indicator.

    Parameters
    ----------
    frame : pandas.DataFrame
        The result of :func:`framing.analyze`.

    Returns
    -------
    pandas.DataFrame
        One row per outlet (``"(none)"`` for documents without one), sorted by outlet name.

    Examples
    --------
    >>> from framing import analyze, Document
    >>> df = analyze([Document("a", "Un. Deux.", outlet="X"), Document("b", "Trois.", outlet="X")])
    >>> outlet_summary(df)[["documents", "n_tokens", "n_sentences"]]
            documents  n_tokens  n_sentences
    outlet
    X               2       1.5          1.5
    """
    from .analyze import indicator_columns

    numeric = [c for c in indicator_columns() if c in frame.columns and frame[c].dtype.kind in "biuf"]
    outlets = frame["outlet"].fillna("(none)")
    summary = frame[numeric].groupby(outlets).mean().round(2)
    summary.insert(0, "documents", outlets.value_counts().reindex(summary.index))
    summary.index.name = "outlet"
    return summary


def write_table(frame, path: str | Path) -> Path:
    """Write a result table as CSV, Parquet or JSON lines, chosen by the file suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise ValueError(f"`out` must end with one of {', '.join(_FORMATS)}; got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        frame.to_csv(path)
    elif suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.reset_index().to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")
    return path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m framing",
        description="Framing and media-bias analysis of French news.",
        epilog="Examples:\n  python -m framing demo --out demo-output\n"
        "  python -m framing analyze articles/ --out results.parquet\n"
        "  python -m framing analyze corpus.jsonl.gz --text article --out results.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="analyse the bundled fictional sample corpus and print a per-outlet summary")
    demo.add_argument("--out", metavar="DIR",
                      help="folder for analysis.csv, the figures (PNG) and report.html")
    demo.add_argument("--n-jobs", type=int, default=1, help="worker processes (-1: all cores)")

    run = sub.add_parser(
        "analyze",
        help="analyse a corpus (folder of .txt, .csv, .tsv, .jsonl[.gz], .parquet) into a table",
        description="Analyse a corpus and write one row per document.",
    )
    run.add_argument("path", help="folder of .txt files (title on line 1) or a .csv/.tsv/.jsonl/.parquet file")
    run.add_argument("--out", required=True, metavar="FILE", help="output table: .csv, .parquet or .jsonl")
    for field in ("text", "id", "title", "outlet", "date"):
        run.add_argument(f"--{field}", metavar="COLUMN", help=f"column holding the {field} (default: {field!r})")
    run.add_argument("--encoding", default="utf-8", help="encoding of text files (default: utf-8)")
    run.add_argument("--errors", choices=("raise", "record", "skip"), default="record",
                     help="what to do with a document that fails (default: record it in an 'error' column)")
    run.add_argument("--n-jobs", type=int, default=1, help="worker processes (-1: all cores)")
    run.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    run.add_argument("--chunk-size", type=int, default=1000,
                     help="documents written (and checkpointed) at a time for .parquet/.jsonl (default: 1000)")
    run.add_argument("--restart", action="store_true",
                     help="start again from scratch instead of resuming an interrupted .parquet/.jsonl run")
    return parser


def _demo(args) -> int:
    import pandas as pd

    from .analyze import analyze
    from .corpus import load_sample

    docs = load_sample()
    frame = analyze(docs, n_jobs=args.n_jobs)
    summary = outlet_summary(frame)
    print(f"framing demo: {len(docs)} fictional articles from {frame['outlet'].nunique()} fictional outlets\n")
    shown = [c for c in summary.columns if c in ("documents", "n_tokens", "n_sentences") or c.endswith("_per_1k")]
    print("Mean per article; rates are hits per 1,000 word tokens (outlets as columns):\n")
    with pd.option_context("display.width", 160, "display.max_columns", 30):
        print(summary[shown].T.round(2).to_string())
    quoted = [c for c in ("quotes", "quotes_direct_share", "quotes_indirect_share", "quotes_mixed_share",
                          "quote_speakers", "quotes_by_person_share", "quotes_by_anonymous_share",
                          "quotes_by_organisation_share", "cue_neutral", "cue_assertive", "cue_emphatic",
                          "cue_doubt") if c in summary.columns]
    if quoted:
        print("\nReported speech, mean per article (shares of the article's quotes; cue_* are quotes per class):\n")
        with pd.option_context("display.width", 160, "display.max_columns", 30):
            print(summary[quoted].T.round(2).to_string())
    sourcing = [c for c in ("sources", "distinct_sources", "sources_official_share", "sources_political_share",
                            "sources_expert_share", "sources_anonymous_share", "sources_citizen_share",
                            "sources_direct_share", "source_entropy") if c in summary.columns]
    if sourcing:
        print("\nSourcing, mean per article (shares of the article's source mentions; entropy in bits):\n")
        with pd.option_context("display.width", 160, "display.max_columns", 30):
            print(summary[sourcing].T.round(2).to_string())
    if args.out:
        from .report import write_report

        path = write_table(frame, Path(args.out) / "analysis.csv")
        write_table(summary, Path(args.out) / "summary_by_outlet.csv")
        report = write_report(frame, summary, docs, args.out)
        figures = sorted(p.name for p in Path(args.out).glob("*.png"))
        print(f"\nwrote {path} ({len(frame)} rows), {path.parent / 'summary_by_outlet.csv'}, "
              f"{len(figures)} figures ({', '.join(figures)}) and {report}")
    return 0


def _analyze(args) -> int:
    from .analyze import analyze, analyze_to
    from .corpus import iter_documents

    out = Path(args.out)
    if out.suffix.lower() not in _FORMATS:
        raise ValueError(f"--out must end with one of {', '.join(_FORMATS)}; got {args.out!r}")
    options = dict(text=args.text, id=args.id, title=args.title, outlet=args.outlet, date=args.date,
                   encoding=args.encoding)
    progress = False if args.no_progress else None
    if out.suffix.lower() in (".parquet", ".jsonl"):
        # streamed chunk by chunk, bounded memory, resumable after an interruption
        info = analyze_to(args.path, out, chunk_size=args.chunk_size, n_jobs=args.n_jobs, errors=args.errors,
                          progress=True if progress is None else progress, resume=not args.restart, **options)
        resumed = f", resumed after {info['resumed_from']} documents" if info["resumed_from"] else ""
        print(f"wrote {out}: {info['rows']} rows ({info['errors']} with errors, {len(info['skipped'])} skipped"
              f"{resumed})")
        return 0
    docs = iter_documents(args.path, **options)
    frame = analyze(docs, n_jobs=args.n_jobs, errors=args.errors, progress=progress)
    write_table(frame, out)
    failed = int(frame["error"].notna().sum()) if "error" in frame.columns else 0
    skipped = len(frame.attrs.get("skipped", []))
    print(f"wrote {out}: {len(frame)} rows ({failed} with errors, {skipped} skipped)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for bad input, with the reason on stderr)."""
    from .analyze import AnalysisError

    args = _parser().parse_args(argv)
    try:
        return _demo(args) if args.command == "demo" else _analyze(args)
    except (FileNotFoundError, ValueError, TypeError, AnalysisError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
