"""The demo report: the main figures as PNG files and one self-contained HTML page (summary table,
figures, highlighted articles), written by ``python -m framing demo --out DIR``."""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

__all__ = ["write_report"]

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 2em auto;
       padding: 0 1em; line-height: 1.5; color: #222; background: #fff; }}
h1, h2 {{ font-weight: 600; }}
table.summary {{ border-collapse: collapse; font-size: 0.85em; }}
table.summary th, table.summary td {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; }}
table.summary th:first-child {{ text-align: left; }}
figure {{ margin: 1.5em 0; }}
figure img {{ max-width: 100%; border: 1px solid #eee; }}
figcaption {{ font-size: 0.9em; color: #555; }}
.note {{ font-size: 0.9em; color: #555; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="note">{note}</p>
<h2>Summary by outlet</h2>
<p class="note">Means per article; every column is in <code>analysis.csv</code> and <code>summary_by_outlet.csv</code>.</p>
{table}
<h2>Figures</h2>
{figures}
<h2>Two articles, highlighted</h2>
{articles}
</body>
</html>
"""


def _slug(name: str) -> str:
    """A file-name-safe form of an outlet name ("Le Monde diplomatique" → "le-monde-diplomatique")."""
    import re
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "group"


def _figures(frame, docs, out: Path) -> list[tuple[str, str, Path]]:
    """Draw the main figures into ``out``; returns (title, caption, path) of each."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    import pandas as pd

    from .actors import actor_labels
    from .compare import distinctive_terms
    from .models import FrameLexiconScorer
    from .plotting import (
        plot_actor_labels,
        plot_distinctive_terms,
        plot_frames,
        plot_indicators,
        plot_sources,
        plot_speakers,
        plot_timeline,
        reset_group_colors,
    )
    from .sources import source_table

    reset_group_colors()
    table = source_table(docs)
    terms = distinctive_terms(docs, by="outlet")
    outlets = sorted({d.outlet for d in docs if d.outlet}, key=str)
    frames = pd.DataFrame({"outlet": [d.outlet for d in docs],
                           "frames": FrameLexiconScorer().predict([d.text for d in docs])})
    rates = [c for c in ("loaded_per_1k", "labelling_per_1k", "hedge_per_1k", "intensifier_per_1k",
                         "scare_quote_per_1k", "evidential_per_1k") if c in frame.columns]
    people = table[table["source_type"].isin(["political", "official", "organisation", "expert", "citizen"])]
    candidates = [n for n in people.groupby("source")["mentions"].sum().sort_values(ascending=False).index[:8]
                  if " " in str(n)]
    # the person whose labels differ most between outlets: most labels, across the most outlets
    best = max(((actor_labels(docs, n, by="outlet"), n) for n in candidates),
               key=lambda rn: (rn[0]["group"].nunique() if len(rn[0]) else 0, rn[0]["count"].sum() if len(rn[0]) else 0),
               default=(None, None))
    jobs: list[tuple[str, str, str, Any, tuple[float, float]]] = [
        ("indicators", "Lexical indicators per outlet",
         "Mean rate per 1,000 words, with 95% bootstrap intervals.",
         lambda ax: plot_indicators(frame, indicators=rates, ax=ax), (9, 5.5)),
        ("sources", "Sources by type", "Share of source mentions by type.",
         lambda ax: plot_sources(table, ax=ax), (9, 4.5)),
        ("speakers", "Most quoted speakers", "Quotes per speaker and outlet.",
         lambda ax: plot_speakers(table, n=12, ax=ax), (9, 6)),
        ("frames", "Frames (zero-shot lexicon)", "Share of each outlet's articles carrying each frame.",
         lambda ax: plot_frames(frames, ax=ax), (11, 4.5)),
        ("timeline", "Loaded language over time", "Mean loaded terms per 1,000 words per month.",
         lambda ax: plot_timeline(frame.reset_index(), "loaded_per_1k", freq="M", ax=ax), (9, 4.5)),
    ]
    for outlet in outlets:
        jobs.append((f"distinctive-{_slug(outlet)}", f"Distinctive terms: {outlet}",
                     "Frequency against the z-score of the log-odds ratio (Monroe et al. 2008).",
                     lambda ax, o=outlet: plot_distinctive_terms(terms, o, n=8, ax=ax), (9, 5.5)))
    result, name = best
    if result is not None and len(result):
        jobs.append(("actor-labels", f"How each outlet labels {name}",
                         "Titles, epithets and appositions attached to the actor.",
                         lambda ax: plot_actor_labels(result, n=8, ax=ax), (9, 4.5)))
    written = []
    for slug, title, caption, draw, size in jobs:
        fig, ax = plt.subplots(figsize=size)
        try:
            draw(ax)
            fig.tight_layout()
            path = out / f"{slug}.png"
            fig.savefig(path, dpi=110)
        finally:
            plt.close(fig)
        written.append((title, caption, path))
    return written


def write_report(frame, summary, docs, out: str | Path) -> Path:
    """Write the figures (PNG) and ``report.html`` for an :func:`framing.analyze` table.

    Parameters
    ----------
    frame : pandas.DataFrame
        The ``analyze`` table of ``docs``.
    summary : pandas.DataFrame
        The per-outlet summary shown as a table.
    docs : list of Document
    out : str or Path
        Folder (created if needed).

    Returns
    -------
    Path
        The HTML report, which embeds the figures, so it can be sent as one file.
    """
    from .display import highlight

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    figures = _figures(frame, docs, out)
    blocks = []
    for title, caption, path in figures:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        blocks.append(f'<figure><img alt="{html.escape(title)}" src="data:image/png;base64,{data}">'
                      f"<figcaption><b>{html.escape(title)}.</b> {html.escape(caption)}</figcaption></figure>")
    by_quotes = frame["quotes"].sort_values(ascending=False, kind="stable") if "quotes" in frame.columns else None
    chosen_ids = list(by_quotes.index[:2]) if by_quotes is not None else [d.id for d in docs[:2]]
    chosen = [d for d in docs if d.id in chosen_ids][:2]
    articles = "\n".join(f"<section>{highlight(d).html}</section>" for d in chosen)
    keep = [c for c in ("documents", "n_tokens", "loaded_per_1k", "labelling_per_1k", "delegitimising_per_1k",
                        "hedge_per_1k", "intensifier_per_1k", "evidential_per_1k", "scare_quote_per_1k", "quotes",
                        "quotes_direct_share", "cue_emphatic", "cue_doubt", "distinct_sources",
                        "sources_official_share", "sources_political_share", "sources_expert_share",
                        "sources_citizen_share", "sources_anonymous_share", "source_type_entropy") if c in summary.columns]
    shown = summary[keep].T.round(2)
    page = _PAGE.format(
        title="framing demo report",
        note=html.escape(f"{len(docs)} fictional articles from {len(summary)} fictional outlets (the sample "
                         "corpus bundled with framing). Rates are per 1,000 word tokens; shares are of the "
                         "article's quotes or source mentions."),
        table=shown.to_html(classes="summary", border=0, escape=True),
        figures="\n".join(blocks),
        articles=articles,
    )
    path = out / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
