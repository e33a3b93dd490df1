"""Plotting helpers: each ``plot_x(data, *, ..., ax=None, **kwargs) -> Axes`` draws on the given
Axes (or the current one) and returns it; it never calls ``plt.show()`` or ``savefig``. The numbers
each plot shows come from a separate, tested function (``indicator_summary``, ``source_shares``…),
so a notebook can print the table behind any figure.

Colours: one colour per group, fixed by the sorted group names (:func:`group_colors`), so the same
outlet keeps its colour from one plot to the next; up to 12 groups.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ._validation import type_error, value_error

__all__ = [
    "group_colors",
    "set_group_colors",
    "reset_group_colors",
    "SOURCE_TYPE_COLORS",
    "indicator_summary",
    "plot_indicators",
    "distinctive_points",
    "plot_distinctive_terms",
    "source_shares",
    "plot_sources",
    "top_speakers",
    "plot_speakers",
    "frame_shares",
    "plot_frames",
    "timeline",
    "plot_timeline",
    "actor_label_counts",
    "plot_actor_labels",
]

#: Twelve colours distinguishable on white and for the common colour-vision deficiencies
#: (Okabe–Ito's eight, then four of Paul Tol's muted scheme).
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
            "#882255", "#44AA99", "#999933", "#AA4499")

#: One colour per source type of :data:`framing.sources.SOURCE_TYPES`.
SOURCE_TYPE_COLORS = {
    "official": "#0072B2", "political": "#CC79A7", "expert": "#009E73", "media": "#E69F00",
    "anonymous": "#555555", "document": "#56B4E9", "citizen": "#D55E00", "organisation": "#999933",
    "unknown": "#CCCCCC",
}


_ASSIGNED: dict[str, str] = {}


def group_colors(groups: Iterable[Any]) -> dict[Any, str]:
    """One colour per group, remembered for the session: a group keeps its colour in every later
    plot, even one that shows only some of the groups. New groups take the first free colours, in
    sorted order of their names. :func:`set_group_colors` fixes colours yourself.

    >>> reset_group_colors()
    >>> group_colors(["B", "A", "B"])
    {'A': '#0072B2', 'B': '#E69F00'}
    >>> group_colors(["B"])
    {'B': '#E69F00'}
    """
    names = sorted({g for g in groups if g is not None and g == g}, key=str)
    for g in names:
        if str(g) not in _ASSIGNED:
            used = set(_ASSIGNED.values())
            free = [c for c in _PALETTE if c not in used]
            if not free:
                raise ValueError(f"at most {len(_PALETTE)} groups can be told apart by colour in one session; "
                                 "call reset_group_colors() or set_group_colors({...})")
            _ASSIGNED[str(g)] = free[0]
    return {g: _ASSIGNED[str(g)] for g in names}


def set_group_colors(mapping: dict[Any, str]) -> None:
    """Fix the colour of some groups (any matplotlib colour), e.g. ``{"Le Monde": "navy"}``."""
    if not isinstance(mapping, dict):
        raise type_error("mapping", mapping, "a dict of group name to colour")
    for g, c in mapping.items():
        _ASSIGNED[str(g)] = c


def reset_group_colors() -> None:
    """Forget the colours given to groups so far."""
    _ASSIGNED.clear()


def _axes(ax):
    import matplotlib.pyplot as plt

    if ax is None:
        return plt.gca()
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        raise type_error("ax", ax, "a matplotlib Axes or None")
    return ax


def _frame(data, name: str):
    import pandas as pd

    if not isinstance(data, pd.DataFrame):
        raise type_error(name, data, "a pandas DataFrame")
    return data


def _column(df, col: str, arg: str) -> None:
    if not isinstance(col, str) or col not in df.columns:
        raise value_error(arg, col, f"a column of the table, one of {list(df.columns)[:12]}")


def _integer_ticks(ax) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _top_by_total(counts, n: int):
    """A (row, group) → count series as a table: groups as columns in sorted order, the ``n`` rows
    with the largest totals first."""
    wide = counts.unstack(fill_value=0)
    wide = wide[sorted(wide.columns, key=str)]
    order = wide.sum(axis=1).sort_values(ascending=False, kind="stable")
    wide = wide.loc[order.index[:n]]
    wide.columns.name = None
    return wide


def _wrap(label: Any, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


# --------------------------------------------------------------------------------------------
# Indicators per group, with bootstrap confidence intervals
# --------------------------------------------------------------------------------------------


def indicator_summary(df, by: str = "outlet", indicators: Sequence[str] | None = None, *, ci: float = 0.95,
                      n_boot: int = 1000, random_state: int = 0):
    """Mean of each indicator per group with a percentile bootstrap confidence interval.

    Parameters
    ----------
    df : pandas.DataFrame
        An :func:`framing.analyze` table (one row per document).
    by : str, default "outlet"
        The column that defines the groups.
    indicators : list of str, optional
        Numeric columns; by default every ``*_per_1k`` rate.
    ci : float, default 0.95
    n_boot : int, default 1000
        Bootstrap resamples of the documents of each group.
    random_state : int, default 0

    Returns
    -------
    pandas.DataFrame
        Columns ``group``, ``indicator``, ``mean``, ``low``, ``high``, ``n`` (documents with a
        value), one row per (group, indicator), groups sorted.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "x": [1.0, 3.0, 5.0, 5.0]})
    >>> indicator_summary(df, "outlet", ["x"])[["group", "mean", "low", "high", "n"]].to_dict("records")[1]
    {'group': 'B', 'mean': 5.0, 'low': 5.0, 'high': 5.0, 'n': 2}
    """
    import pandas as pd

    df = _frame(df, "df")
    _column(df, by, "by")
    if indicators is None:
        indicators = [c for c in df.columns if str(c).endswith("_per_1k")]
    if isinstance(indicators, str):
        indicators = [indicators]
    for col in indicators:
        _column(df, col, "indicators")
    if not 0 < ci < 1:
        raise value_error("ci", ci, "a level strictly between 0 and 1, e.g. 0.95")
    rng = np.random.default_rng(random_state)
    rows = []
    for group, part in sorted(df.groupby(by, dropna=True), key=lambda kv: str(kv[0])):
        for col in indicators:
            values = pd.to_numeric(part[col], errors="coerce").dropna().to_numpy(dtype=float)
            if len(values) == 0:
                rows.append((group, col, np.nan, np.nan, np.nan, 0))
                continue
            batch = max(1, min(n_boot, 2_000_000 // len(values)))  # in batches: memory stays small
            means = np.concatenate([
                values[rng.integers(0, len(values), size=(min(batch, n_boot - start), len(values)))].mean(axis=1)
                for start in range(0, n_boot, batch)])
            low, high = np.quantile(means, [(1 - ci) / 2, 1 - (1 - ci) / 2])
            rows.append((group, col, float(values.mean()), float(low), float(high), len(values)))
    return pd.DataFrame(rows, columns=["group", "indicator", "mean", "low", "high", "n"])


def plot_indicators(df, by: str = "outlet", indicators: Sequence[str] | None = None, *, ci: float = 0.95,
                    n_boot: int = 1000, ax=None, **kwargs):
    """Per-group profile of indicator rates: a dot for each group's mean and a bar for its bootstrap
    confidence interval, indicators one under the other.

    Parameters
    ----------
    df, by, indicators, ci, n_boot
        As in :func:`indicator_summary`.
    ax : matplotlib Axes, optional
    **kwargs
        Passed to ``Axes.errorbar`` (e.g. ``markersize``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import framing as fr
    >>> ax = plot_indicators(fr.analyze(fr.load_sample()), indicators=["loaded_per_1k", "hedge_per_1k"])
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['loaded_per_1k', 'hedge_per_1k']
    """
    table = indicator_summary(df, by, indicators, ci=ci, n_boot=n_boot)
    ax = _axes(ax)
    names = list(dict.fromkeys(table["indicator"]))
    groups = list(dict.fromkeys(table["group"]))
    colors = group_colors(groups)
    step = 0.8 / max(len(groups), 1)
    for k, group in enumerate(groups):
        part = table[table["group"] == group].set_index("indicator").reindex(names)
        y = np.arange(len(names)) - 0.4 + step * (k + 0.5)
        err = np.vstack([part["mean"] - part["low"], part["high"] - part["mean"]])
        ax.errorbar(part["mean"], y, xerr=err, fmt="o", color=colors[group], label=_wrap(group),
                    capsize=2, **kwargs)
    ax.set_yticks(np.arange(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlabel(f"mean per article ({int(round(ci * 100))}% bootstrap interval)")
    ax.legend(title=by, fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.14),
              ncol=min(4, max(len(groups), 1)), frameon=False)
    ax.grid(axis="x", alpha=0.3)
    return ax


# --------------------------------------------------------------------------------------------
# Distinctive terms (Monroe, Colaresi & Quinn 2008)
# --------------------------------------------------------------------------------------------


def distinctive_points(result, group, *, n: int = 15, z: float = 1.96):
    """The points of :func:`plot_distinctive_terms`: each term's total frequency and z-score for one
    group, with which terms are significant and which get a label.

    Returns
    -------
    pandas.DataFrame
        ``term``, ``total``, ``z``, ``significant`` (``|z| >= z``), ``labelled`` (the ``n``
        highest and the ``n`` lowest significant z-scores).
    """
    result = _frame(result, "result")
    for col in ("group", "term", "total", "z"):
        _column(result, col, "result")
    groups = list(dict.fromkeys(result["group"]))
    if group not in groups:
        raise value_error("group", group, f"one of {groups}")
    part = result[result["group"] == group][["term", "total", "z"]].copy()
    part["significant"] = part["z"].abs() >= z
    sig = part[part["significant"]]
    top = set(sig.nlargest(n, "z")["term"]) | set(sig.nsmallest(n, "z")[lambda t: t["z"] < 0]["term"])
    part["labelled"] = part["term"].isin(top)
    return part.reset_index(drop=True)


def _repel(ys: list[float], lo: float, hi: float, gap: float) -> list[float]:
    """Move sorted positions apart so that consecutive ones are at least ``gap`` apart, within
    ``[lo, hi]`` as far as room allows (a one-dimensional repel: linear after the sort)."""
    out = list(ys)
    for i in range(1, len(out)):
        out[i] = max(out[i], out[i - 1] + gap)
    over = out[-1] - hi if out else 0.0
    if over > 0:
        out[-1] -= over
        for i in range(len(out) - 2, -1, -1):
            out[i] = min(out[i], out[i + 1] - gap)
    under = lo - out[0] if out else 0.0
    if under > 0:
        out = [y + under for y in out]
    return out


def _place_labels(ax, xs, ys, labels, color) -> list:
    """Write labels next to their points with a thin leader line; labels are spread vertically so
    that no two overlap (every pair is at least one text line apart)."""
    if not len(labels):
        return []
    lo, hi = ax.get_ylim()
    # one 8-pt line and most of another, measured on a figure no taller than the one given
    height_px = min(ax.get_window_extent().height, ax.figure.get_size_inches()[1] * ax.figure.dpi * 0.7) or 1.0
    gap = (hi - lo) * (8 * 1.8 * ax.figure.dpi / 72) / height_px
    column = float(np.max(xs)) * 1.8  # labels in a column right of the points
    order = np.argsort(np.asarray(ys, dtype=float), kind="stable")
    placed = _repel([float(ys[k]) for k in order], lo + gap / 2, hi - gap / 2, gap)
    texts = []
    for k, y in zip(order, placed):
        texts.append(ax.annotate(labels[k], (xs[k], ys[k]), xytext=(xs[k], y), textcoords="data",
                                 fontsize=8, color="#222222", va="center", ha="left",
                                 xycoords="data", annotation_clip=False,
                                 arrowprops=dict(arrowstyle="-", color=color, lw=0.5, alpha=0.5,
                                                 shrinkA=0, shrinkB=2)))
        texts[-1].set_position((column, y))
    return texts


def plot_distinctive_terms(result, group, *, n: int = 15, z: float = 1.96, ax=None, **kwargs):
    """The Monroe et al. (2008) plot: each term's frequency (log scale) against its z-score for one
    group; significant terms in the group's colour, the most distinctive ones labelled without
    overlaps.

    Parameters
    ----------
    result : pandas.DataFrame
        The result of :func:`framing.distinctive_terms`.
    group : str
        The group to show.
    n : int, default 15
        Terms labelled at each end.
    z : float, default 1.96
        Significance line.
    ax : matplotlib Axes, optional
    **kwargs
        Passed to ``Axes.scatter``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    pts = distinctive_points(result, group, n=n, z=z)
    ax = _axes(ax)
    color = group_colors(result["group"])[group]
    rest = pts[~pts["significant"]]
    sig = pts[pts["significant"]]
    ax.scatter(rest["total"], rest["z"], s=8, color="#BBBBBB", alpha=0.6, label="not significant", **kwargs)
    ax.scatter(sig["total"], sig["z"], s=14, color=color, label=f"|z| ≥ {z:g}", **kwargs)
    ax.axhline(z, color="#888888", lw=0.6, ls="--")
    ax.axhline(-z, color="#888888", lw=0.6, ls="--")
    ax.set_xscale("log")
    if len(pts):
        xmax = float(pts["total"].max())
        ax.set_xlim(right=xmax * 8)  # room for the column of labels on the right
        ymin, ymax = float(pts["z"].min()), float(pts["z"].max())
        pad = max(1.0, (ymax - ymin) * 0.08)
        ax.set_ylim(ymin - pad, ymax + pad)
    lab = pts[pts["labelled"]]
    xs = lab["total"].to_numpy(dtype=float)
    texts = _place_labels(ax, xs, lab["z"].to_numpy(dtype=float), list(lab["term"]), color)
    for t in texts:  # the column starts right of every point
        t.set_position((float(pts["total"].max()) * 1.8, t.get_position()[1]))
    ax.set_xlabel("frequency of the term in the corpus (log scale)")
    ax.set_ylabel("z-score of the log-odds ratio")
    ax.set_title(_wrap(f"Distinctive terms: {group}", 60))
    ax.legend(fontsize="small", loc="lower right")
    return ax


# --------------------------------------------------------------------------------------------
# Sources and speakers
# --------------------------------------------------------------------------------------------


def source_shares(table, by: str = "outlet", *, weight: str = "mentions"):
    """Share of each source type per group.

    Parameters
    ----------
    table : pandas.DataFrame
        The result of :func:`framing.source_table`.
    by : str, default "outlet"
    weight : {"mentions", "quotes", "sources"}, default "mentions"
        What is counted: citations, quotes, or distinct sources (rows).

    Returns
    -------
    pandas.DataFrame
        Index the groups, one column per source type present (in the order of
        :data:`framing.sources.SOURCE_TYPES`); rows sum to 1.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "source_type": ["official", "expert", "official"],
    ...                   "mentions": [3, 1, 2], "quotes": [1, 1, 2], "source": ["x", "y", "x"]})
    >>> source_shares(t).loc["A"].to_dict()
    {'official': 0.75, 'expert': 0.25}
    """
    from .sources import SOURCE_TYPES

    table = _frame(table, "table")
    for col in (by, "source_type"):
        _column(table, col, "by" if col == by else "table")
    if weight not in ("mentions", "quotes", "sources"):
        raise value_error("weight", weight, '"mentions", "quotes" or "sources"')
    rows = table[table["source_type"].notna()]
    if weight == "sources":
        counts = rows.groupby([by, "source_type"]).size()
    else:
        _column(table, weight, "weight")
        counts = rows.groupby([by, "source_type"])[weight].sum()
    wide = counts.unstack(fill_value=0)
    wide = wide[[t for t in SOURCE_TYPES if t in wide.columns]]
    wide = wide.div(wide.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    wide.columns.name = None
    return wide.sort_index(key=lambda idx: idx.map(str))


def plot_sources(table, by: str = "outlet", *, weight: str = "mentions", ax=None, **kwargs):
    """Composition of the sources of each group: stacked horizontal bars of source-type shares.

    Parameters
    ----------
    table, by, weight
        As in :func:`source_shares`.
    ax : matplotlib Axes, optional
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import framing as fr
    >>> ax = plot_sources(fr.source_table(fr.load_sample()))
    >>> len(ax.get_yticklabels())
    4
    """
    shares = source_shares(table, by, weight=weight)
    if shares.empty or not len(shares.columns):
        raise ValueError("`table` holds no typed source: nothing to plot")
    ax = _axes(ax)
    y = np.arange(len(shares))
    left = np.zeros(len(shares))
    for stype in shares.columns:
        vals = shares[stype].to_numpy()
        ax.barh(y, vals, left=left, color=SOURCE_TYPE_COLORS.get(stype, "#999999"), label=stype,
                edgecolor="white", linewidth=0.5, **kwargs)
        for yi, (l0, v) in enumerate(zip(left, vals)):
            if v >= 0.07:
                ax.text(l0 + v / 2, yi, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if stype not in ("unknown", "media") else "black")
        left += vals
    ax.set_yticks(y, [_wrap(g) for g in shares.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of {weight} by source type")
    ax.legend(ncol=min(5, len(shares.columns)), fontsize="small", loc="upper center",
              bbox_to_anchor=(0.5, -0.12), frameon=False)
    return ax


def top_speakers(table, by: str = "outlet", *, n: int = 15, weight: str = "quotes"):
    """The ``n`` most quoted sources overall and their count in each group.

    Returns
    -------
    pandas.DataFrame
        Index the source names (most quoted first), one column per group.
    """
    table = _frame(table, "table")
    for col in (by, "source", weight):
        _column(table, col, "by" if col == by else "table")
    if not isinstance(n, int) or n < 1:
        raise value_error("n", n, "a positive int")
    rows = table[table["source"].notna()]
    wide = _top_by_total(rows.groupby(["source", by])[weight].sum(), n)
    return wide[wide.sum(axis=1) > 0]


def plot_speakers(table, by: str = "outlet", *, n: int = 15, weight: str = "quotes", ax=None, **kwargs):
    """The most quoted speakers and which groups quote them: one stacked bar per speaker.

    Parameters
    ----------
    table : pandas.DataFrame
        The result of :func:`framing.source_table`.
    by : str, default "outlet"
    n : int, default 15
    weight : str, default "quotes"
        The count to show (``"quotes"``, ``"mentions"``, ``"words_quoted"``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    wide = top_speakers(table, by, n=n, weight=weight)
    ax = _axes(ax)
    colors = group_colors(table[by])
    y = np.arange(len(wide))
    left = np.zeros(len(wide))
    for group in wide.columns:
        vals = wide[group].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, color=colors[group], label=_wrap(group), **kwargs)
        left += vals
    ax.set_yticks(y, [_wrap(s, 32) for s in wide.index])
    ax.invert_yaxis()
    ax.set_xlabel(f"number of {weight.replace('_', ' ')}")
    _integer_ticks(ax)
    ax.legend(title=by, fontsize="small", loc="lower right")
    return ax


# --------------------------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------------------------


def _label_list(value) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        return [v for v in value.split("|") if v]
    return [str(v) for v in value]


def frame_shares(pred, by: str = "outlet", *, frames: str = "frames"):
    """Share of the articles of each group that carry each frame.

    Parameters
    ----------
    pred : pandas.DataFrame
        One row per article, with ``by`` and a ``frames`` column holding tuples or lists of frame
        names (the output of ``FrameClassifier.predict``) or ``|``-separated strings.

    Returns
    -------
    pandas.DataFrame
        Index the groups, one column per frame (in order of overall frequency).

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"outlet": ["A", "A", "B"], "frames": [("Political",), ("Political", "Economic"), ()]})
    >>> frame_shares(p).to_dict()
    {'Political': {'A': 1.0, 'B': 0.0}, 'Economic': {'A': 0.5, 'B': 0.0}}
    """
    import pandas as pd

    pred = _frame(pred, "pred")
    _column(pred, by, "by")
    _column(pred, frames, "frames")
    lists = pred[frames].map(_label_list)
    names = pd.Series([f for row in lists for f in row]).value_counts(sort=True)
    order = list(names.index)
    rows = {}
    for group, part in lists.groupby(pred[by]):
        total = len(part)
        rows[group] = [sum(f in row for row in part) / total if total else 0.0 for f in order]
    out = pd.DataFrame.from_dict(rows, orient="index", columns=order)
    return out.sort_index(key=lambda idx: idx.map(str))


def plot_frames(pred, by: str = "outlet", *, frames: str = "frames", ax=None, cmap: str = "Blues", **kwargs):
    """Heatmap of frame shares by group (share of each group's articles carrying each frame).

    Parameters
    ----------
    pred, by, frames
        As in :func:`frame_shares`.
    ax : matplotlib Axes, optional
    cmap : str, default "Blues"
    **kwargs
        Passed to ``Axes.imshow``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    shares = frame_shares(pred, by, frames=frames)
    ax = _axes(ax)
    values = shares.to_numpy(dtype=float)
    im = ax.imshow(values, cmap=cmap, vmin=0, vmax=1, aspect="auto", **kwargs)
    ax.set_xticks(np.arange(values.shape[1]), [c.replace("_", " ") for c in shares.columns], rotation=40,
                  ha="right", fontsize=8)
    ax.set_yticks(np.arange(values.shape[0]), [_wrap(g) for g in shares.index])
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            ax.text(j, i, f"{values[i, j]:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if values[i, j] > 0.6 else "black")
    ax.figure.colorbar(im, ax=ax, fraction=0.03, pad=0.02, label="share of articles")
    return ax


# --------------------------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------------------------


def timeline(df, indicator: str, by: str = "outlet", *, freq: str = "M", date: str = "date"):
    """Mean of an indicator per period and group.

    Parameters
    ----------
    df : pandas.DataFrame
        With a date column (``date``), ``by`` and ``indicator``.
    freq : str, default "M"
        A pandas period alias: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.

    Returns
    -------
    pandas.DataFrame
        Index the periods (their start as timestamps), one column per group; NaN where a group has
        no article in a period.
    """
    import pandas as pd

    df = _frame(df, "df")
    for col, arg in ((indicator, "indicator"), (by, "by"), (date, "date")):
        _column(df, col, arg)
    dates = pd.to_datetime(df[date], errors="coerce")
    if dates.isna().all():
        raise ValueError(f"column {date!r} holds no parseable date")
    try:
        periods = dates.dt.to_period(freq)
    except (ValueError, TypeError) as exc:
        raise value_error("freq", freq, 'a pandas period alias such as "D", "W", "M", "Q" or "Y"') from exc
    values = pd.to_numeric(df[indicator], errors="coerce")
    out = values.groupby([periods, df[by]]).mean().unstack()
    out = out[sorted(out.columns, key=str)]
    out.index = out.index.to_timestamp()
    out.columns.name = None
    return out


def plot_timeline(df, indicator: str, by: str = "outlet", *, freq: str = "M", date: str = "date", ax=None,
                  **kwargs):
    """An indicator over time, one line per group.

    Returns
    -------
    matplotlib.axes.Axes
    """
    wide = timeline(df, indicator, by, freq=freq, date=date)
    ax = _axes(ax)
    colors = group_colors(wide.columns)
    for group in wide.columns:
        series = wide[group].dropna()
        ax.plot(series.index, series.to_numpy(), marker="o", color=colors[group], label=_wrap(group), **kwargs)
    ax.set_ylabel(indicator)
    ax.set_xlabel(f"period ({freq})")
    ax.legend(title=by, fontsize="small", loc="best")
    ax.grid(alpha=0.3)
    ax.figure.autofmt_xdate()
    return ax


# --------------------------------------------------------------------------------------------
# Actor labels
# --------------------------------------------------------------------------------------------


def actor_label_counts(result, *, n: int = 10):
    """The ``n`` most frequent labels overall and their count in each group.

    Parameters
    ----------
    result : pandas.DataFrame
        The result of :func:`framing.actor_labels` (with ``by=``).

    Returns
    -------
    pandas.DataFrame
        Index the labels (most frequent first), one column per group.
    """
    result = _frame(result, "result")
    for col in ("label", "count"):
        _column(result, col, "result")
    if not isinstance(n, int) or n < 1:
        raise value_error("n", n, "a positive int")
    if "group" not in result.columns:
        result = result.assign(group="all")
    return _top_by_total(result.groupby(["label", "group"])["count"].sum(), n)


def plot_actor_labels(result, *, n: int = 10, ax=None, **kwargs):
    """The labels each group attaches to one actor: grouped horizontal bars, one bar per group.

    Returns
    -------
    matplotlib.axes.Axes
    """
    wide = actor_label_counts(result, n=n)
    ax = _axes(ax)
    colors = group_colors(wide.columns)
    k = max(len(wide.columns), 1)
    height = 0.8 / k
    y = np.arange(len(wide))
    for j, group in enumerate(wide.columns):
        ax.barh(y - 0.4 + height * (j + 0.5), wide[group].to_numpy(), height=height, color=colors[group],
                label=_wrap(group), **kwargs)
    ax.set_yticks(y, [_wrap(lab, 32) for lab in wide.index])
    ax.invert_yaxis()
    ax.set_xlabel("times the label is attached to the actor")
    _integer_ticks(ax)
    ax.legend(fontsize="small", loc="lower right")
    return ax
