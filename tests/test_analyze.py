"""Tests of `analyze`: one row per document, in order, ids kept, error policies, n_jobs."""

import datetime as dt
import importlib

import pandas as pd
import pytest

from framing import AnalysisError, Document, analyze, load_sample
from framing.analyze import INDICATORS, Indicator, TextView, indicator_columns

# `framing.analyze` the attribute is the function; the module is reached through importlib
analyze_module = importlib.import_module("framing.analyze")

TEXTS = ["Le ministre a démenti. Il a tort.", "Rien.", "", "  \n ", "« Non », a-t-il dit.\n\nFin."]


def test_one_row_per_document_in_input_order_indexed_by_id():
    docs = [Document(f"d{i}", t) for i, t in reversed(list(enumerate(TEXTS)))]
    frame = analyze(docs)
    assert list(frame.index) == [d.id for d in docs]
    assert frame.index.name == "id"
    assert list(frame["n_tokens"]) == [4, 0, 0, 1, 7]
    assert list(frame["n_sentences"]) == [2, 0, 0, 1, 2]
    assert list(frame["n_paragraphs"]) == [2, 0, 0, 1, 1]
    assert list(frame["n_chars"]) == [len(d.text) for d in docs]


def test_metadata_columns_are_carried():
    docs = [
        Document("a", "Un.", title="T", outlet="O1", date=dt.date(2026, 1, 2), meta={"event": "e1", "n_tokens": 9}),
        Document("b", "Deux.", outlet="O2"),
    ]
    frame = analyze(docs)
    assert list(frame.columns[:4]) == ["title", "outlet", "date", "event"]
    assert frame.loc["a", "title"] == "T"
    assert frame.loc["a", "date"] == pd.Timestamp("2026-01-02")
    assert pd.isna(frame.loc["b", "date"])
    assert frame.loc["a", "event"] == "e1"
    # a metadata field that collides with an indicator column is kept under a prefix
    assert frame.loc["a", "meta_n_tokens"] == 9
    assert frame.loc["a", "n_tokens"] == 1


def test_accepts_everything_read_corpus_accepts(tmp_path):
    assert list(analyze(["a b", "c"]).index) == ["0", "1"]
    frame = pd.DataFrame({"text": ["un deux", "trois"]}, index=["x", "y"])
    assert list(analyze(frame)["n_tokens"]) == [2, 1]
    path = tmp_path / "c.csv"
    path.write_text("id,text,outlet\nk,un deux trois,O\n", encoding="utf-8")
    result = analyze(str(path))
    assert list(result.index) == ["k"] and result.loc["k", "outlet"] == "O"
    assert analyze(iter(["un"])).loc["0", "n_tokens"] == 1


def test_empty_corpus_gives_empty_frame_with_columns():
    frame = analyze([])
    assert len(frame) == 0
    assert set(indicator_columns()) <= set(frame.columns)


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="duplicate document id 'a'"):
        analyze([Document("a", "x"), Document("a", "y")])


# ------------------------------------------------------------------------------------------
# error policies
# ------------------------------------------------------------------------------------------


def _fragile(view: TextView):
    if "BOOM" in view.text:
        raise RuntimeError("cannot parse this one")
    return {"fragile": len(view.text)}


@pytest.fixture
def fragile_indicator(monkeypatch):
    registry = dict(INDICATORS)
    registry["fragile"] = Indicator(_fragile, ("fragile",))
    monkeypatch.setattr(analyze_module, "INDICATORS", registry)
    return registry


DOCS = [Document("ok1", "Bien."), Document("bad", "BOOM ici."), Document("ok2", "Encore bien.")]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_errors_raise_names_the_document(fragile_indicator, n_jobs):
    with pytest.raises(AnalysisError, match="document 'bad' failed: RuntimeError: cannot parse this one") as info:
        analyze(DOCS, n_jobs=n_jobs)
    assert info.value.doc_id == "bad"


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_errors_record_keeps_the_row(fragile_indicator, n_jobs):
    frame = analyze(DOCS, errors="record", n_jobs=n_jobs, chunk_size=1)
    assert list(frame.index) == ["ok1", "bad", "ok2"]
    assert frame.loc["bad", "error"] == "RuntimeError: cannot parse this one"
    assert frame["error"].isna().tolist() == [True, False, True]
    assert pd.isna(frame.loc["bad", "fragile"]) and pd.isna(frame.loc["bad", "n_tokens"])
    assert frame.loc["ok2", "fragile"] == len("Encore bien.")


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_errors_skip_drops_the_row_and_says_so(fragile_indicator, n_jobs):
    with pytest.warns(RuntimeWarning, match=r"skipped 1 document\(s\) that raised errors: \['bad'\]"):
        frame = analyze(DOCS, errors="skip", n_jobs=n_jobs)
    assert list(frame.index) == ["ok1", "ok2"]
    assert frame.attrs["skipped"] == ["bad"]
    assert "error" not in frame.columns


# ------------------------------------------------------------------------------------------
# parallel runs
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n_jobs, chunk_size", [(2, 1), (2, 7), (-1, 64)])
def test_n_jobs_gives_identical_results(n_jobs, chunk_size):
    docs = load_sample()
    single = analyze(docs)
    parallel = analyze(docs, n_jobs=n_jobs, chunk_size=chunk_size)
    pd.testing.assert_frame_equal(single, parallel)


def test_generator_input_with_processes_keeps_order():
    docs = (Document(f"g{i}", "mot " * (i % 7)) for i in range(200))
    frame = analyze(docs, n_jobs=2, chunk_size=3)
    assert list(frame.index) == [f"g{i}" for i in range(200)]
    assert list(frame["n_tokens"]) == [i % 7 for i in range(200)]


# ------------------------------------------------------------------------------------------
# arguments
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"errors": "ignore"}, ValueError, "`errors` must be one of 'raise', 'record', 'skip'; got str 'ignore'"),
        ({"n_jobs": 0}, ValueError, "`n_jobs` must be a positive int or -1"),
        ({"n_jobs": -3}, ValueError, "`n_jobs`"),
        ({"n_jobs": 1.5}, TypeError, "`n_jobs` must be an int"),
        ({"n_jobs": True}, TypeError, "`n_jobs` must be an int"),
        ({"chunk_size": 0}, ValueError, "`chunk_size` must be a positive int"),
        ({"progress": "yes"}, TypeError, "`progress` must be True, False or None"),
        ({"indicators": ["nope"]}, ValueError, "`indicators` must be one of 'text'"),
        ({"indicators": "text"}, TypeError, "`indicators` must be a list of indicator names"),
    ],
)
def test_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        analyze(["texte"], **kwargs)


@pytest.mark.parametrize("docs", [None, b"bytes", 42])
def test_bad_corpus_type(docs):
    with pytest.raises(TypeError, match="`source` must be"):
        analyze(docs)


def test_progress_bar_can_be_forced(capsys):
    analyze(["un", "deux"], progress=True)
    assert "analyze" in capsys.readouterr().err


def test_text_view_computes_each_layer_once():
    view = TextView("Un. Deux.")
    assert view.tokens is view.tokens
    assert view.sentences is view.sentences
    assert view.paragraphs is view.paragraphs
