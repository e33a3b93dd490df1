"""Tests of the command line: ``python -m framing demo`` and ``python -m framing analyze``."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main
from framing.corpus import load_sample

ROOT = Path(__file__).resolve().parents[1]
IDS = ["b", "a", "c"]  # not sorted: the output must keep the input order
TEXTS = ["Le ministre a démenti. Il a tort.", "Rien.", "« Non », dit-elle. Puis elle part. Fin."]


def _read_output(path):
    """Read an analyze output back as a DataFrame with a string ``id`` column, in file order."""
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype={"id": str})
    if path.suffix == ".parquet":
        return pd.read_parquet(path).reset_index()
    with open(path, encoding="utf-8") as f:
        return pd.DataFrame([json.loads(line) for line in f])


@pytest.fixture
def corpus_csv(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame(
        {"id": IDS, "text": TEXTS, "outlet": ["X", "Y", "X"], "date": ["2026-03-14", "14/03/2026", ""]}
    ).to_csv(path, index=False)
    return path


def _write_source(tmp_path, kind):
    records = [{"id": i, "text": t, "outlet": "X"} for i, t in zip(IDS, TEXTS)]
    if kind == "folder":
        folder = tmp_path / "articles"
        folder.mkdir()
        for i, t in zip(IDS, TEXTS):
            (folder / f"{i}.txt").write_text(f"Titre {i}\n\n{t}", encoding="utf-8")
        return folder
    path = tmp_path / f"corpus.{kind}"
    if kind == "jsonl":
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    elif kind == "tsv":
        pd.DataFrame(records).to_csv(path, sep="\t", index=False)
    elif kind == "parquet":
        pd.DataFrame(records).to_parquet(path, index=False)
    return path


# ------------------------------------------------------------------------------------------
# demo
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return load_sample()


def test_demo_prints_per_outlet_table(capsys, tmp_path, monkeypatch, sample):
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    outlets = sorted({d.outlet for d in sample})
    assert out.startswith(f"framing demo: {len(sample)} fictional articles from 4 fictional outlets\n")
    lines = out.splitlines()
    # outlets as columns, indicators as rows
    header = next(line for line in lines if line.startswith("outlet"))
    assert [o for o in outlets if o in header] == outlets
    documents = next(line for line in lines if line.startswith("documents")).split()[1:]
    counts = {o: sum(d.outlet == o for d in sample) for o in outlets}
    assert [float(v) for v in documents] == [counts[o] for o in outlets]
    assert any(line.startswith("loaded_per_1k") for line in lines)
    assert list(tmp_path.iterdir()) == []  # without --out nothing is written


def test_demo_out_writes_analysis_csv(capsys, tmp_path, sample):
    out_dir = tmp_path / "demo-output"
    assert main(["demo", "--out", str(out_dir)]) == 0
    stdout = capsys.readouterr().out
    names = sorted(p.name for p in out_dir.iterdir())
    assert {"analysis.csv", "summary_by_outlet.csv", "report.html", "indicators.png", "sources.png",
            "speakers.png", "frames.png", "timeline.png"} <= set(names)
    outlets = sorted({d.outlet for d in sample})
    assert sum(n.startswith("distinctive-") for n in names) == len(outlets)
    for png in out_dir.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    report = (out_dir / "report.html").read_text(encoding="utf-8")
    assert report.startswith("<!DOCTYPE html>") and "<script" not in report and "http" not in report
    assert report.count("data:image/png;base64,") == len(list(out_dir.glob("*.png")))
    assert report.count('class="framing-hl"') == 2  # two highlighted articles
    assert all(o in report for o in outlets)
    analysis = pd.read_csv(out_dir / "analysis.csv", dtype={"id": str})
    assert len(analysis) == len(sample)
    assert list(analysis["id"]) == [d.id for d in sample]
    assert list(analysis["outlet"]) == [d.outlet for d in sample]
    assert list(analysis.columns[:4]) == ["id", "title", "outlet", "date"]
    assert {"event", "genre", "author", "n_tokens", "n_sentences"} <= set(analysis.columns)
    assert (analysis["n_tokens"] > 0).all()
    summary = pd.read_csv(out_dir / "summary_by_outlet.csv")
    assert list(summary["outlet"]) == sorted({d.outlet for d in sample})
    assert summary["documents"].sum() == len(sample)
    assert f"wrote {out_dir / 'analysis.csv'} ({len(sample)} rows)" in stdout


# ------------------------------------------------------------------------------------------
# analyze
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_analyze_output_formats(capsys, tmp_path, corpus_csv, suffix):
    out = tmp_path / f"result{suffix}"
    assert main(["analyze", str(corpus_csv), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}: 3 rows (0 with errors, 0 skipped)\n"
    frame = _read_output(out)
    assert list(frame["id"]) == IDS
    assert list(frame["outlet"]) == ["X", "Y", "X"]
    assert list(frame["n_tokens"]) == [7, 1, 6]
    assert list(frame["n_sentences"]) == [2, 1, 3]
    assert frame["error"].isna().all()


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_analyze_output_dates(tmp_path, corpus_csv, suffix):
    out = tmp_path / f"result{suffix}"
    assert main(["analyze", str(corpus_csv), "--out", str(out)]) == 0
    dates = pd.to_datetime(_read_output(out)["date"])
    assert [None if pd.isna(d) else d.date().isoformat() for d in dates] == ["2026-03-14", "2026-03-14", None]


@pytest.mark.parametrize("kind", ["folder", "jsonl", "tsv", "parquet"])
def test_analyze_input_formats(tmp_path, kind):
    source = _write_source(tmp_path, kind)
    out = tmp_path / "out" / "result.csv"  # the parent folder is created
    assert main(["analyze", str(source), "--out", str(out)]) == 0
    frame = _read_output(out)
    expected_ids = sorted(IDS) if kind == "folder" else IDS  # a folder is read in file-name order
    assert list(frame["id"]) == expected_ids
    assert list(frame["n_tokens"]) == [dict(zip(IDS, [7, 1, 6]))[i] for i in expected_ids]


def test_analyze_jsonl_output_is_utf8(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Été à Besançon : « non »\n\nCorps.", encoding="utf-8")
    out = tmp_path / "result.jsonl"
    assert main(["analyze", str(folder), "--out", str(out)]) == 0
    assert [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "Été à Besançon : « non »"
    ]


def test_analyze_n_jobs_gives_the_same_table(tmp_path, corpus_csv):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["analyze", str(corpus_csv), "--out", str(one)]) == 0
    assert main(["analyze", str(corpus_csv), "--n-jobs", "2", "--out", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_analyze_csv_with_a_long_article(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text('id,text\na,"' + "mot " * 40_000 + '"\n', encoding="utf-8")
    out = tmp_path / "result.csv"
    assert main(["analyze", str(path), "--out", str(out)]) == 0
    assert list(_read_output(out)["n_tokens"]) == [40_000]


def test_analyze_text_option(capsys, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "\n".join(json.dumps({"ref": i, "article": t, "journal": "X"}) for i, t in zip(IDS, TEXTS)) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "result.jsonl"
    assert main(["analyze", str(path), "--out", str(out)]) == 2
    assert "no text column 'text'" in capsys.readouterr().err
    assert not out.exists()

    assert main(["analyze", str(path), "--text", "article", "--id", "ref", "--outlet", "journal", "--out", str(out)]) == 0
    frame = _read_output(out)
    assert list(frame["id"]) == IDS
    assert list(frame["outlet"]) == ["X", "X", "X"]
    assert list(frame["n_tokens"]) == [7, 1, 6]


def test_analyze_explicit_missing_column(capsys, tmp_path, corpus_csv):
    out = tmp_path / "result.csv"
    assert main(["analyze", str(corpus_csv), "--text", "article", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "column 'article' (given as `text=`) not found; columns found: ['id', 'text', 'outlet', 'date']" in err


def test_analyze_encoding_option(capsys, tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_bytes('id,text\na,"Élection à Besançon, dit-il."\n'.encode("latin-1"))
    out = tmp_path / "result.csv"
    assert main(["analyze", str(path), "--out", str(out)]) == 2
    assert "cannot decode byte 0xc9 at byte offset 11" in capsys.readouterr().err
    assert main(["analyze", str(path), "--encoding", "latin-1", "--out", str(out)]) == 0
    assert list(_read_output(out)["n_chars"]) == [len("Élection à Besançon, dit-il.")]


@pytest.mark.parametrize("name", ["absent.csv", "absent-folder"])
def test_analyze_missing_path(capsys, tmp_path, name):
    missing = tmp_path / name
    out = tmp_path / "result.csv"
    assert main(["analyze", str(missing), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"error: `source` path does not exist: {missing}\n"
    assert not out.exists()


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"text": "a"}\n{oops\n', "line 2: not valid JSON"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "duplicate document id 'a'"),
        ('{"text": "x", "date": "hier"}\n', "`date` must be an ISO date"),
    ],
)
def test_analyze_bad_input_returns_2(capsys, tmp_path, content, message):
    path = tmp_path / "corpus.jsonl"
    path.write_text(content, encoding="utf-8")
    assert main(["analyze", str(path), "--out", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err


def test_analyze_unknown_input_format(capsys, tmp_path):
    path = tmp_path / "corpus.xlsx"
    path.write_bytes(b"PK")
    assert main(["analyze", str(path), "--out", str(tmp_path / "r.csv")]) == 2
    assert "has an unknown format" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["result.xlsx", "result.json", "result", "result.csv.gz"])
def test_analyze_bad_out_suffix(tmp_path, capsys, corpus_csv, name):
    out = tmp_path / name
    assert main(["analyze", str(corpus_csv), "--out", str(out)]) == 2
    assert re.search(r"--out must end with one of \.csv, \.parquet, \.jsonl; got '.*'", capsys.readouterr().err)
    assert not out.exists()


def test_analyze_requires_out(capsys, corpus_csv):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(corpus_csv)])
    assert exc.value.code == 2
    assert "--out" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------
# help and usage
# ------------------------------------------------------------------------------------------


def test_help_mentions_both_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "demo" in out and "analyze" in out
    assert out.startswith("usage: python -m framing")


@pytest.mark.parametrize(
    "command, expected",
    [
        ("demo", ["--out", "--n-jobs"]),
        ("analyze", ["--out", "--text", "--id", "--title", "--outlet", "--date", "--encoding", "--errors"]),
    ],
)
def test_command_help(capsys, command, expected):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert [opt for opt in expected if opt not in out] == []


@pytest.mark.parametrize("argv", [[], ["nonsense"], ["demo", "--n-jobs", "two"]])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage: python -m framing" in capsys.readouterr().err


def test_python_m_framing_help():
    result = subprocess.run(
        [sys.executable, "-m", "framing", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout and "analyze" in result.stdout
    assert result.stderr == ""
