"""Tests for analyze_to: streaming results to Parquet / JSON lines, chunk by chunk, resumable."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import framing as fr
from framing.analyze import analyze, analyze_to


@pytest.fixture(scope="module")
def texts():
    return [d.text for d in fr.load_sample()][:30]


def _read(path):
    return pd.read_json(path, lines=True, dtype={"id": str}) if str(path).endswith(".jsonl") else pd.read_parquet(path)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_same_rows_as_analyze(texts, tmp_path, suffix):
    out = tmp_path / f"result{suffix}"
    info = analyze_to(texts, out, chunk_size=7, indicators=["text", "lexical", "sources"])
    assert info["rows"] == len(texts) and info["documents"] == len(texts) and out.is_file()
    got = _read(out)
    want = analyze(texts, indicators=["text", "lexical", "sources"]).reset_index()
    assert list(got["id"].astype(str)) == list(want["id"])
    for col in ("n_tokens", "loaded", "sources", "distinct_sources", "sources_official_share"):
        assert got[col].fillna(-1).tolist() == pytest.approx(want[col].astype(float).fillna(-1).tolist())
    assert not (tmp_path / f"result{suffix}.parts").exists()


def test_resume_after_interruption(texts, tmp_path):
    out = tmp_path / "result.jsonl"

    def crashing():
        for i, t in enumerate(texts):
            if i == 25:
                raise RuntimeError("power cut")
            yield t

    with pytest.raises(RuntimeError, match="power cut"):
        analyze_to(crashing(), out, chunk_size=10, indicators=["text"])
    progress = json.loads((tmp_path / "result.jsonl.progress").read_text())
    assert progress["consumed"] == 20 and not progress["complete"]
    info = analyze_to(texts, out, chunk_size=10, indicators=["text"])
    assert info["resumed_from"] == 20
    got = _read(out)
    assert list(got["id"]) == [str(i) for i in range(len(texts))]  # no row lost or duplicated
    again = analyze_to(texts, out, chunk_size=10, indicators=["text"])
    assert again["rows"] == len(texts) and len(_read(out)) == len(texts)


def test_resume_parquet_drops_a_partial_chunk(texts, tmp_path):
    out = tmp_path / "result.parquet"

    def crashing():
        for i, t in enumerate(texts):
            if i == 15:
                raise RuntimeError("killed")
            yield t

    with pytest.raises(RuntimeError):
        analyze_to(crashing(), out, chunk_size=10, indicators=["text"])
    # a part written after the last checkpoint (as a crash mid-chunk would leave) is discarded
    (tmp_path / "result.parquet.parts" / "part-000007.parquet").write_bytes(b"garbage")
    analyze_to(texts, out, chunk_size=10, indicators=["text"])
    got = pd.read_parquet(out)
    assert list(got["id"]) == [str(i) for i in range(len(texts))]


def test_restart_from_scratch(texts, tmp_path):
    out = tmp_path / "result.jsonl"
    analyze_to(texts[:5], out, indicators=["text"])
    analyze_to(texts[:3], out, indicators=["text"], resume=False)
    assert len(_read(out)) == 3


def test_parallel_output_is_identical(texts, tmp_path):
    one = analyze_to(texts, tmp_path / "one.jsonl", chunk_size=8, indicators=["text", "quotes"])
    two = analyze_to(texts, tmp_path / "two.jsonl", chunk_size=8, n_jobs=2, indicators=["text", "quotes"])
    assert one["rows"] == two["rows"]
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_errors_recorded_or_skipped(tmp_path, monkeypatch):
    import sys

    an = sys.modules["framing.analyze"]

    real = an.INDICATORS["text"]

    def boom(view):
        if "boom" in view.text:
            raise RuntimeError("kaput")
        return real.func(view)

    monkeypatch.setitem(an.INDICATORS, "text", an.Indicator(boom, real.columns))
    docs = ["Un texte.", "boom", "Un autre."]
    rec = analyze_to(docs, tmp_path / "r.jsonl", indicators=["text"], errors="record")
    got = _read(tmp_path / "r.jsonl")
    assert rec["rows"] == 3 and "kaput" in got.loc[1, "error"]
    with pytest.warns(RuntimeWarning, match="skipped 1"):
        skip = analyze_to(docs, tmp_path / "s.jsonl", indicators=["text"], errors="skip")
    assert skip["skipped"] == ["1"] and list(_read(tmp_path / "s.jsonl")["id"]) == ["0", "2"]


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="path"):
        analyze_to(["a"], tmp_path / "out.csv")
    with pytest.raises(ValueError, match="chunk_size"):
        analyze_to(["a"], tmp_path / "out.jsonl", chunk_size=0)
    with pytest.raises(TypeError, match="path"):
        analyze_to(["a"], 3)


def test_parquet_with_errors_in_a_later_chunk(tmp_path):
    # the error column is empty in the first chunk: it must not fix a null type
    docs = [{"text": "Un."}, {"text": "Deux.", "outlet": "Le Monde"}, {"text": ""}]
    info = analyze_to(docs, tmp_path / "a.parquet", chunk_size=1, indicators=["text"])
    got = pd.read_parquet(tmp_path / "a.parquet")
    assert info["rows"] == 3 and [None if pd.isna(v) else v for v in got["outlet"]] == [None, "Le Monde", None]
    assert not list(tmp_path.glob("*.tmp"))


def test_resume_refuses_another_corpus_or_options(texts, tmp_path):
    out = tmp_path / "c.jsonl"

    def crashing(items):
        for i, t in enumerate(items):
            if i == 12:
                raise RuntimeError("stop")
            yield t

    with pytest.raises(RuntimeError):
        analyze_to(crashing(texts), out, chunk_size=5, indicators=["text"])
    with pytest.raises(ValueError, match="another corpus"):
        analyze_to([{"id": f"x{i}", "text": t} for i, t in enumerate(texts)], out, chunk_size=5, indicators=["text"])
    with pytest.raises(ValueError, match="another run"):
        analyze_to(texts, out, chunk_size=5, indicators=["lexical"])
    assert analyze_to(texts, out, chunk_size=5, indicators=["text"], resume=False)["rows"] == len(texts)


def test_restart_removes_the_old_progress(texts, tmp_path):
    out = tmp_path / "d.jsonl"
    analyze_to(texts[:5], out, indicators=["text"])

    def dies():
        yield "Un."
        yield "Deux."
        raise RuntimeError("in the first chunk")

    with pytest.raises(RuntimeError):
        analyze_to(dies(), out, indicators=["text"], resume=False, chunk_size=10)
    assert not (tmp_path / "d.jsonl.progress").exists()


def test_empty_corpus_writes_an_empty_file(tmp_path):
    assert analyze_to([], tmp_path / "e.jsonl", indicators=["text"])["rows"] == 0
    assert (tmp_path / "e.jsonl").read_text() == ""
