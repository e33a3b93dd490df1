"""Tests for framing.plotting: the numbers behind each plot, and each plot's Axes (labels, ticks,
number of artists). Figures are closed after every test."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing as fr  # noqa: E402
from framing import plotting as P  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    P.reset_group_colors()
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def sample():
    docs = fr.load_sample()
    return {
        "docs": docs,
        "df": fr.analyze(docs),
        "sources": fr.source_table(docs),
        "terms": fr.distinctive_terms(docs, by="outlet"),
        "labels": fr.actor_labels(docs, "Andrés Kovalan", by="outlet"),
    }


def many_groups(k: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = []
    for g in range(k):
        for i in range(5):
            rows.append({"outlet": f"Journal {g:02d}", "x_per_1k": rng.random() + g, "date": f"2026-0{1 + i % 5}-10",
                         "source": f"Source {i}", "source_type": ["official", "expert", "citizen"][i % 3],
                         "mentions": 1 + i, "quotes": i, "frames": ("Political",) if i % 2 else ("Economic",)})
    return pd.DataFrame(rows)


# -- colours ---------------------------------------------------------------------------------


def test_group_keeps_its_colour_across_plots():
    first = P.group_colors(["A", "B", "C"])
    assert P.group_colors(["C"]) == {"C": first["C"]}
    P.set_group_colors({"D": "navy"})
    assert P.group_colors(["D"]) == {"D": "navy"}
    P.reset_group_colors()
    with pytest.raises(ValueError, match="at most 12"):
        P.group_colors([f"g{i}" for i in range(13)])


# -- indicators ------------------------------------------------------------------------------


def test_indicator_summary_bootstrap():
    df = pd.DataFrame({"outlet": ["A"] * 50 + ["B"] * 50, "x": list(range(50)) + [7.0] * 50})
    out = P.indicator_summary(df, "outlet", ["x"], n_boot=500)
    a = out[out["group"] == "A"].iloc[0]
    assert a["mean"] == pytest.approx(24.5) and a["low"] < 24.5 < a["high"] and a["n"] == 50
    b = out[out["group"] == "B"].iloc[0]
    assert b["low"] == b["high"] == 7.0
    assert P.indicator_summary(df, "outlet", ["x"], n_boot=200).equals(P.indicator_summary(df, "outlet", ["x"], n_boot=200))


def test_plot_indicators(sample):
    ax = P.plot_indicators(sample["df"], indicators=["loaded_per_1k", "hedge_per_1k"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["loaded_per_1k", "hedge_per_1k"]
    assert "bootstrap" in ax.get_xlabel()
    assert len(ax.get_legend().get_texts()) == 4  # one entry per outlet
    assert len(ax.containers) == 4  # one errorbar container per outlet


def test_plot_on_a_given_axes_and_no_show(sample, monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plots must not call plt.show"))
    fig, (ax1, ax2) = plt.subplots(1, 2)
    out = P.plot_indicators(sample["df"], indicators=["loaded_per_1k"], ax=ax2)
    assert out is ax2 and not ax1.has_data()


# -- distinctive terms -----------------------------------------------------------------------


def test_distinctive_points_and_plot(sample):
    group = "Le Messager International"
    pts = P.distinctive_points(sample["terms"], group, n=5)
    assert pts["labelled"].sum() <= 10 and pts[pts["labelled"]]["significant"].all()
    ax = P.plot_distinctive_terms(sample["terms"], group, n=5)
    assert ax.get_xscale() == "log" and "z-score" in ax.get_ylabel() and group in ax.get_title()
    labels = [t for t in ax.texts]
    assert len(labels) == pts["labelled"].sum()
    assert len(ax.collections) == 2  # grey and significant points
    # no two labels overlap
    fig = ax.figure
    fig.canvas.draw()
    from matplotlib.text import Text

    renderer = fig.canvas.get_renderer()
    boxes = [Text.get_window_extent(t, renderer) for t in labels]  # the words, not the leader lines
    assert not any(boxes[i].overlaps(boxes[j]) for i in range(len(boxes)) for j in range(i + 1, len(boxes)))
    with pytest.raises(ValueError, match="group"):
        P.plot_distinctive_terms(sample["terms"], "Le Monde")


# -- sources and speakers ----------------------------------------------------------------------


def test_source_shares_sum_to_one(sample):
    shares = P.source_shares(sample["sources"])
    assert list(shares.index) == sorted(d.outlet for d in {d.outlet: d for d in sample["docs"]}.values())
    assert np.allclose(shares.sum(axis=1), 1.0)
    assert list(shares.columns) == [t for t in fr.SOURCE_TYPES if t in shares.columns]
    with pytest.raises(ValueError, match="weight"):
        P.source_shares(sample["sources"], weight="words")


def test_plot_sources(sample):
    ax = P.plot_sources(sample["sources"])
    shares = P.source_shares(sample["sources"])
    assert len(ax.get_yticklabels()) == 4
    assert len(ax.patches) == shares.size  # one bar segment per (outlet, type)
    assert ax.get_xlim() == (0.0, 1.0) and "source type" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(shares.columns)


def test_plot_speakers(sample):
    top = P.top_speakers(sample["sources"], n=8)
    assert len(top) == 8 and list(top.sum(axis=1)) == sorted(top.sum(axis=1), reverse=True)
    ax = P.plot_speakers(sample["sources"], n=8)
    assert [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()] == list(top.index)
    assert len(ax.patches) == 8 * top.shape[1] and "quotes" in ax.get_xlabel()


# -- frames, time, actors ------------------------------------------------------------------


def test_frame_shares_and_heatmap(sample):
    docs = sample["docs"]
    pred = pd.DataFrame({"outlet": [d.outlet for d in docs],
                         "frames": fr.FrameLexiconScorer().predict([d.text for d in docs])})
    shares = P.frame_shares(pred)
    assert shares.shape[0] == 4 and ((shares >= 0) & (shares <= 1)).all().all()
    ax = P.plot_frames(pred)
    assert len(ax.images) == 1 and len(ax.get_xticklabels()) == shares.shape[1]
    assert len(ax.texts) == shares.size
    piped = pred.assign(frames=pred["frames"].map("|".join))
    assert P.frame_shares(piped).equals(shares)


def test_timeline(sample):
    df = sample["df"].reset_index()
    wide = P.timeline(df, "loaded_per_1k", freq="M")
    assert wide.shape[1] == 4 and wide.index.is_monotonic_increasing
    ax = P.plot_timeline(df, "loaded_per_1k", freq="M")
    assert len(ax.lines) == 4 and ax.get_ylabel() == "loaded_per_1k"
    with pytest.raises(ValueError, match="freq"):
        P.timeline(df, "loaded_per_1k", freq="fortnight")


def test_actor_labels(sample):
    counts = P.actor_label_counts(sample["labels"], n=3)
    assert len(counts) <= 3
    ax = P.plot_actor_labels(sample["labels"], n=3)
    assert len(ax.get_yticklabels()) == len(counts)
    assert len(ax.patches) == counts.size
    assert "imposteur" in [t.get_text() for t in ax.get_yticklabels()]


# -- 2 to 12 groups, bad input ---------------------------------------------------------------


@pytest.mark.parametrize("k", [2, 12])
def test_two_to_twelve_groups(k):
    data = many_groups(k)
    for plot in (lambda: P.plot_indicators(data, indicators=["x_per_1k"], n_boot=50),
                 lambda: P.plot_sources(data), lambda: P.plot_speakers(data, n=3),
                 lambda: P.plot_frames(data), lambda: P.plot_timeline(data, "x_per_1k")):
        ax = plot()
        assert ax.has_data()
        plt.close("all")
    colors = P.group_colors(data["outlet"])
    assert len(set(colors.values())) == k


def test_bad_input():
    with pytest.raises(TypeError, match="df"):
        P.plot_indicators([1, 2, 3])
    with pytest.raises(ValueError, match="by"):
        P.plot_indicators(pd.DataFrame({"x": [1]}), by="outlet")
    with pytest.raises(TypeError, match="ax"):
        P.plot_indicators(pd.DataFrame({"outlet": ["A"], "x": [1.0]}), indicators=["x"], ax="left")
    with pytest.raises(ValueError, match="ci"):
        P.indicator_summary(pd.DataFrame({"outlet": ["A"], "x": [1.0]}), indicators=["x"], ci=95)


def test_plot_sources_without_any_source():
    empty = pd.DataFrame({"outlet": ["A"], "source": [None], "source_type": [None], "mentions": [0]})
    with pytest.raises(ValueError, match="no typed source"):
        P.plot_sources(empty)
