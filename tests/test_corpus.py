"""Tests of documents and corpus readers: Document, read_corpus, iter_documents, load_sample."""

import codecs
import csv
import dataclasses
import datetime as dt
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.corpus import (
    SAMPLE_DIR,
    Document,
    iter_documents,
    load_sample,
    read_corpus,
)

BOM = codecs.BOM_UTF8


def _records(docs):
    """Plain tuples of every field, so expected values stay plain literals."""
    return [(d.id, d.text, d.title, d.outlet, d.date, d.meta) for d in docs]


def _write_txt(folder, name, content, encoding="utf-8"):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def _write_jsonl(path, records):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        with gzip.open(path, "wb") as f:
            f.write(data)
    else:
        path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------
# Document
# ------------------------------------------------------------------------------------------


def test_document_defaults():
    doc = Document("a1", "Le ministre a démenti.")
    assert (doc.id, doc.text, doc.title, doc.outlet, doc.date, doc.meta) == (
        "a1", "Le ministre a démenti.", None, None, None, {},
    )


def test_document_all_fields():
    doc = Document("a1", "Texte.", title="Titre", outlet="Le Courrier du Matin",
                   date=dt.date(2026, 3, 14), meta={"genre": "opinion"})
    assert _records([doc]) == [
        ("a1", "Texte.", "Titre", "Le Courrier du Matin", dt.date(2026, 3, 14), {"genre": "opinion"})
    ]


def test_document_accepts_empty_text():
    assert Document("a", "").text == ""


def test_document_is_frozen():
    doc = Document("a", "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"


def test_document_equality_and_hash():
    a = Document("a", "x", meta={"k": [1]})
    b = Document("a", "x", meta={"k": [1]})
    assert a == b
    assert hash(a) == hash(b)  # meta (possibly unhashable) is left out of the hash
    assert a != Document("a", "x", meta={"k": [2]})
    assert a != Document("b", "x", meta={"k": [1]})


@pytest.mark.parametrize(
    "doc, expected",
    [
        (Document("a", "court"), "Document(id='a', text='court')"),
        (
            Document("a", "x" * 51, title="T", outlet="O", date=dt.date(2026, 1, 2)),
            "Document(id='a', title='T', outlet='O', date=datetime.date(2026, 1, 2), text='"
            + "x" * 47 + "...')",
        ),
        (Document("a", "y" * 50), "Document(id='a', text='" + "y" * 50 + "')"),
    ],
)
def test_document_repr(doc, expected):
    assert repr(doc) == expected


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"id": 1, "text": "x"}, TypeError, r"^`id` must be a non-empty str; got int 1$"),
        ({"id": "", "text": "x"}, TypeError, r"`id` must be a non-empty str; got str ''"),
        ({"id": None, "text": "x"}, TypeError, r"`id` must be a non-empty str; got NoneType None"),
        ({"id": "a", "text": None}, TypeError, r"`text` must be a str; got NoneType None"),
        ({"id": "a", "text": 3.5}, TypeError, r"`text` must be a str; got float 3.5"),
        ({"id": "a", "text": b"octets"}, TypeError, r"`text` must be a str \(decode bytes first"),
        ({"id": "a", "text": "x", "title": 3}, TypeError, r"`title` must be a str or None; got int 3"),
        ({"id": "a", "text": "x", "outlet": ["X"]}, TypeError, r"`outlet` must be a str or None"),
        ({"id": "a", "text": "x", "date": "2026-03-14"}, TypeError,
         r"`date` must be a datetime.date or None .*; got str '2026-03-14'"),
        ({"id": "a", "text": "x", "date": 20260314}, TypeError, r"`date` must be a datetime.date or None"),
        ({"id": "a", "text": "x", "meta": [("k", 1)]}, TypeError, r"`meta` must be a mapping"),
    ],
)
def test_document_rejects_bad_fields(kwargs, error, match):
    with pytest.raises(error, match=match):
        Document(**kwargs)


# ------------------------------------------------------------------------------------------
# Folder of .txt files
# ------------------------------------------------------------------------------------------


@pytest.fixture
def article_folder(tmp_path):
    folder = tmp_path / "articles"
    _write_txt(folder, "a.txt", "Grève massive\n\nLes syndicats ont défilé.\n\nDeuxième paragraphe.")
    _write_txt(folder, "z.txt", "Titre Z\n\nCorps Z.")
    _write_txt(folder, "sub/c.txt", "Titre C\r\n\r\nCorps C.\r\nSuite.")
    _write_txt(folder, "notes.md", "ignored: not a .txt")
    return folder


def test_folder_ids_titles_bodies(article_folder):
    assert _records(read_corpus(article_folder)) == [
        ("a", "Les syndicats ont défilé.\n\nDeuxième paragraphe.", "Grève massive", None, None, {}),
        ("sub/c", "Corps C.\r\nSuite.", "Titre C", None, None, {}),
        ("z", "Corps Z.", "Titre Z", None, None, {}),
    ]


def test_folder_accepts_str_and_path(article_folder):
    assert read_corpus(str(article_folder)) == read_corpus(article_folder)


def test_folder_metadata_csv_is_merged(article_folder):
    (article_folder / "metadata.csv").write_text(
        "id,outlet,date,event,title\n"
        "a,Le Courrier du Matin,2026-03-14,retraites,\n"
        "sub/c,Horizon Libre,14/03/2026,inondations,Titre de la table\n"
        "absent,X,2026-01-01,autre,\n",
        encoding="utf-8",
    )
    assert _records(read_corpus(article_folder)) == [
        ("a", "Les syndicats ont défilé.\n\nDeuxième paragraphe.", "Grève massive",
         "Le Courrier du Matin", dt.date(2026, 3, 14), {"event": "retraites"}),
        ("sub/c", "Corps C.\r\nSuite.", "Titre de la table", "Horizon Libre", dt.date(2026, 3, 14),
         {"event": "inondations"}),
        ("z", "Corps Z.", "Titre Z", None, None, {}),
    ]


def test_folder_metadata_tsv_and_renamed_columns(tmp_path):
    _write_txt(tmp_path, "a.txt", "T\n\nCorps.")
    (tmp_path / "metadata.tsv").write_text("ref\tjournal\tpublished\na\tLa Voix du Peuple\t2026-05-01\n")
    docs = read_corpus(tmp_path, id="ref", outlet="journal", date="published")
    assert _records(docs) == [("a", "Corps.", "T", "La Voix du Peuple", dt.date(2026, 5, 1), {})]


def test_folder_metadata_without_id_column(tmp_path):
    _write_txt(tmp_path, "a.txt", "T\n\nCorps.")
    (tmp_path / "metadata.csv").write_text("name,outlet\na,X\n")
    with pytest.raises(ValueError, match=r"metadata\.csv: no id column 'id'; columns found: \['name', 'outlet'\]"):
        read_corpus(tmp_path)


def test_folder_metadata_bad_date_names_the_file(tmp_path):
    _write_txt(tmp_path, "a.txt", "T\n\nCorps.")
    (tmp_path / "metadata.csv").write_text("id,date\na,hier\n")
    with pytest.raises(ValueError, match=re.escape(str(tmp_path / "a.txt")) + r": `date` must be an ISO date"):
        read_corpus(tmp_path)


def test_folder_explicit_column_missing_from_metadata(tmp_path):
    _write_txt(tmp_path, "a.txt", "T\n\nCorps.")
    (tmp_path / "metadata.csv").write_text("id,outlet\na,X\n")
    with pytest.raises(ValueError, match=r"column 'journal' \(given as `outlet=`\) not found"):
        read_corpus(tmp_path, outlet="journal")


@pytest.mark.parametrize(
    "content, expected",
    [
        ("Titre\n\nCorps.", ("Titre", "Corps.")),
        ("Titre\nCorps sans ligne vide.", ("Titre", "Corps sans ligne vide.")),
        ("Titre\n\n\n\nCorps.\n", ("Titre", "Corps.\n")),
        ("  Titre  \r\n\r\nCorps.", ("Titre", "Corps.")),
        ("Titre seul", ("Titre seul", "")),
        ("\n\nCorps sans titre.", (None, "Corps sans titre.")),
    ],
)
def test_folder_title_body_split(tmp_path, content, expected):
    _write_txt(tmp_path, "a.txt", content)
    [doc] = read_corpus(tmp_path)
    assert (doc.title, doc.text) == expected


def test_folder_empty_gives_no_documents(tmp_path):
    assert read_corpus(tmp_path) == []


def test_single_txt_file(tmp_path):
    path = _write_txt(tmp_path, "article-7.txt", "Titre\n\nCorps.")
    assert _records(read_corpus(path)) == [("article-7", "Corps.", "Titre", None, None, {})]


# ------------------------------------------------------------------------------------------
# Table files: CSV, TSV, JSONL, gzip, Parquet
# ------------------------------------------------------------------------------------------

ROWS = [
    {"id": "a", "text": "Premier « texte ».", "outlet": "Le Courrier du Matin", "date": "2026-03-14", "genre": "opinion"},
    {"id": "b", "text": "Second, texte\nsur deux lignes.", "outlet": "Horizon Libre", "date": "2026-04-01", "genre": "reporting"},
]
EXPECTED = [
    ("a", "Premier « texte ».", None, "Le Courrier du Matin", dt.date(2026, 3, 14), {"genre": "opinion"}),
    ("b", "Second, texte\nsur deux lignes.", None, "Horizon Libre", dt.date(2026, 4, 1), {"genre": "reporting"}),
]


def _write_table(path, rows):
    """Write ``rows`` (list of dict) in the format named by ``path``'s suffixes."""
    name = path.name
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return _write_jsonl(path, rows)
    if name.endswith(".parquet"):
        pd.DataFrame(rows).to_parquet(path, index=False)
        return path
    sep = "\t" if ".tsv" in name else ","
    buf = []
    writer = csv.DictWriter(_ListWriter(buf), fieldnames=list(rows[0]), delimiter=sep, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    data = "".join(buf).encode("utf-8")
    if name.endswith(".gz"):
        with gzip.open(path, "wb") as f:
            f.write(data)
    else:
        path.write_bytes(data)
    return path


class _ListWriter:
    def __init__(self, buf):
        self.buf = buf

    def write(self, s):
        self.buf.append(s)


TABLE_NAMES = ["c.csv", "c.tsv", "c.jsonl", "c.ndjson", "c.jsonl.gz", "c.csv.gz", "c.tsv.gz", "c.parquet", "C.CSV"]


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_table_files(tmp_path, name):
    path = _write_table(tmp_path / name, ROWS)
    assert _records(read_corpus(path)) == EXPECTED


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_table_files_renamed_columns(tmp_path, name):
    rows = [
        {"ref": r["id"], "article": r["text"], "journal": r["outlet"], "published": r["date"],
         "headline": "Titre " + r["id"], "genre": r["genre"]}
        for r in ROWS
    ]
    path = _write_table(tmp_path / name, rows)
    docs = read_corpus(path, id="ref", text="article", outlet="journal", date="published", title="headline")
    assert _records(docs) == [
        ("a", "Premier « texte ».", "Titre a", "Le Courrier du Matin", dt.date(2026, 3, 14), {"genre": "opinion"}),
        ("b", "Second, texte\nsur deux lignes.", "Titre b", "Horizon Libre", dt.date(2026, 4, 1), {"genre": "reporting"}),
    ]


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_table_files_without_id_number_rows(tmp_path, name):
    path = _write_table(tmp_path / name, [{"text": "un"}, {"text": "deux"}, {"text": "trois"}])
    assert [(d.id, d.text) for d in read_corpus(path)] == [("0", "un"), ("1", "deux"), ("2", "trois")]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("c.csv", {"a": "", "b": "oui"}),  # CSV has no null: an empty cell stays ''
        ("c.jsonl", {"a": None, "b": "oui"}),
        ("c.parquet", {"a": None, "b": "oui"}),
    ],
)
def test_table_files_missing_optional_values(tmp_path, name, expected):
    rows = [
        {"id": "a", "text": "x", "outlet": None, "date": None, "title": None, "flag": None},
        {"id": "b", "text": "y", "outlet": "O", "date": "2026-01-02", "title": "T", "flag": "oui"},
    ]
    path = _write_table(tmp_path / name, rows)
    docs = read_corpus(path)
    assert [(d.outlet, d.date, d.title) for d in docs] == [(None, None, None), ("O", dt.date(2026, 1, 2), "T")]
    assert {d.id: d.meta["flag"] for d in docs} == expected


def test_csv_quoted_multiline_crlf_text_is_kept(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b'id,text\r\na,"ligne 1\r\nligne 2, avec virgule ""et guillemets"""\r\n')
    assert [d.text for d in read_corpus(path)] == ['ligne 1\r\nligne 2, avec virgule "et guillemets"']


def test_jsonl_skips_blank_lines_and_converts_ids(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": 7, "text": "a"}\n\n   \n{"id": 8.0, "text": "b", "extra": [1, 2]}\n')
    assert _records(read_corpus(path)) == [("7", "a", None, None, None, {}), ("8", "b", None, None, None, {"extra": [1, 2]})]


def test_parquet_with_date_and_timestamp_columns(tmp_path):
    frame = pd.DataFrame({
        "text": ["x", "y"],
        "date": [dt.date(2026, 1, 2), None],
        "seen": pd.to_datetime(["2026-01-02 08:00", "2026-02-03 09:30"]),
        "n": [1, 2],
    })
    path = tmp_path / "c.parquet"
    frame.to_parquet(path)
    docs = read_corpus(path, date="seen")
    assert [(d.id, d.date) for d in docs] == [("0", dt.date(2026, 1, 2)), ("1", dt.date(2026, 2, 3))]
    assert [d.meta for d in docs] == [{"date": dt.date(2026, 1, 2), "n": 1}, {"date": None, "n": 2}]


def test_non_ascii_compatible_encoding(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("id,text\na,Ça déménage\n".encode("utf-16"))
    assert [(d.id, d.text) for d in read_corpus(path, encoding="utf-16")] == [("a", "Ça déménage")]


def test_csv_with_a_long_article(tmp_path):
    body = "mot " * 40_000  # 160,000 chars, a long report
    path = tmp_path / "c.csv"
    path.write_text(f'id,text\na,"{body}"\n', encoding="utf-8")
    assert [len(d.text) for d in read_corpus(path)] == [160_000]


def test_csv_with_cr_line_endings(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\ra,un\rb,deux\r")
    assert [(d.id, d.text) for d in read_corpus(path)] == [("a", "un"), ("b", "deux")]


# ------------------------------------------------------------------------------------------
# In-memory sources: DataFrame, lists, generators
# ------------------------------------------------------------------------------------------


def test_dataframe_with_id_column():
    frame = pd.DataFrame({"id": [3, 1], "text": ["x", "y"], "outlet": ["O", None], "score": [0.5, np.nan]})
    assert _records(read_corpus(frame)) == [
        ("3", "x", None, "O", None, {"score": 0.5}),
        ("1", "y", None, None, None, {"score": None}),
    ]


@pytest.mark.parametrize(
    "index, expected",
    [
        (None, ["0", "1", "2"]),
        (["x", "y", "z"], ["x", "y", "z"]),
        ([10, 20, 30], ["10", "20", "30"]),
    ],
)
def test_dataframe_without_id_column_uses_index(index, expected):
    frame = pd.DataFrame({"text": ["a", "b", "c"]}, index=index)
    assert [d.id for d in read_corpus(frame)] == expected


def test_dataframe_filtered_keeps_index_labels():
    frame = pd.DataFrame({"text": ["a", "b", "c", "d"]})
    assert [d.id for d in read_corpus(frame[frame.text > "b"])] == ["2", "3"]


def test_dataframe_renamed_columns_and_types():
    frame = pd.DataFrame({
        "article": ["x", "y"],
        "journal": ["O", np.nan],
        "published": pd.to_datetime(["2026-03-14 08:00", None]),
        "n": pd.array([1, None], dtype="Int64"),
    })
    docs = read_corpus(frame, text="article", outlet="journal", date="published")
    assert _records(docs) == [
        ("0", "x", None, "O", dt.date(2026, 3, 14), {"n": 1}),
        ("1", "y", None, None, None, {"n": None}),
    ]


def test_dataframe_float_ids_from_nan_column_become_int_strings():
    frame = pd.DataFrame({"id": [1.0, 2.0], "text": ["x", "y"]})
    assert [d.id for d in read_corpus(frame)] == ["1", "2"]


def test_dataframe_larger_than_one_chunk():
    frame = pd.DataFrame({"text": [f"t{i}" for i in range(5000)]})
    docs = read_corpus(frame)
    assert (len(docs), docs[2048].id, docs[-1].text) == (5000, "2048", "t4999")


def test_list_of_str():
    assert _records(read_corpus(["un", "deux"])) == [("0", "un", None, None, None, {}), ("1", "deux", None, None, None, {})]


def test_list_of_dict():
    items = [
        {"id": 7, "text": "a", "outlet": "O", "date": "2026-01-02", "title": "  ", "genre": "opinion"},
        {"text": "b", "author": None, "score": float("nan")},
    ]
    assert _records(read_corpus(items)) == [
        ("7", "a", None, "O", dt.date(2026, 1, 2), {"genre": "opinion"}),
        ("1", "b", None, None, None, {"author": None, "score": None}),
    ]


def test_list_of_documents_is_passed_through():
    docs = [Document("a", "x", outlet="O"), Document("b", "y")]
    result = read_corpus(docs)
    assert result == docs
    assert result[0] is docs[0]


def test_single_document():
    doc = Document("a", "x")
    assert read_corpus(doc) == [doc]


def test_mixed_items():
    items = ["premier", Document("d", "x"), {"text": "troisième"}]
    assert [(d.id, d.text) for d in read_corpus(items)] == [("0", "premier"), ("d", "x"), ("2", "troisième")]


def test_generator_and_tuple_sources():
    assert [d.id for d in read_corpus(t for t in ["a", "b"])] == ["0", "1"]
    assert [d.id for d in read_corpus(("a", "b"))] == ["0", "1"]


def test_empty_list():
    assert read_corpus([]) == []


# ------------------------------------------------------------------------------------------
# Dates
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-03-14", dt.date(2026, 3, 14)),
        (" 2026-03-14 ", dt.date(2026, 3, 14)),
        ("2026-03-14T08:00:00", dt.date(2026, 3, 14)),
        ("2026-03-14 08:00", dt.date(2026, 3, 14)),
        ("2026-03-14T23:30:00Z", dt.date(2026, 3, 14)),
        ("2026-03-14T23:30:00+02:00", dt.date(2026, 3, 14)),
        ("14/03/2026", dt.date(2026, 3, 14)),
        ("4/3/2026", dt.date(2026, 3, 4)),
        ("14.03.2026", dt.date(2026, 3, 14)),
        ("14-03-2026", dt.date(2026, 3, 14)),
        (dt.date(2026, 3, 14), dt.date(2026, 3, 14)),
        (dt.datetime(2026, 3, 14, 8, 30), dt.date(2026, 3, 14)),
        (pd.Timestamp("2026-03-14 08:30"), dt.date(2026, 3, 14)),
        ("", None),
        ("   ", None),
        (None, None),
        (float("nan"), None),
        (pd.NaT, None),
    ],
)
def test_dates(value, expected):
    [doc] = read_corpus([{"text": "x", "date": value}])
    assert doc.date == expected
    assert type(doc.date) in (dt.date, type(None))  # a datetime is reduced to its date


@pytest.mark.parametrize(
    "value",
    ["2026-13-01", "31/02/2026", "03/14/2026", "2026/03/14", "hier", "14 mars 2026", 20260314, 2026.0, ["2026-03-14"]],
)
def test_bad_dates(value):
    with pytest.raises(ValueError, match=r"^item 0: `date` must be an ISO date .*; got "):
        read_corpus([{"text": "x", "date": value}])


def test_bad_date_in_csv_names_the_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text,date\na,x,2026-01-02\nb,y,le 3 mars\n")
    with pytest.raises(ValueError, match=re.escape(f"{path}, row 2: `date` must be") + r".*got str 'le 3 mars'"):
        read_corpus(path)


# ------------------------------------------------------------------------------------------
# Encodings
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["c.csv", "c.tsv", "c.jsonl", "c.csv.gz", "c.jsonl.gz"])
def test_utf8_bom_is_skipped_in_tables(tmp_path, name):
    path = _write_table(tmp_path / name, ROWS)
    data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    data = BOM + data
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    docs = read_corpus(path)
    assert _records(docs) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-8", "UTF-8", "utf8", "utf_8", "utf-8-sig"])
def test_utf8_bom_is_skipped_in_txt_files(tmp_path, encoding):
    _write_txt(tmp_path, "a.txt", BOM + b"Titre\n\nCorps.")
    [doc] = read_corpus(tmp_path, encoding=encoding)
    assert (doc.title, doc.text) == ("Titre", "Corps.")


def test_utf8_bom_in_metadata_csv(tmp_path):
    _write_txt(tmp_path, "a.txt", "T\n\nCorps.")
    (tmp_path / "metadata.csv").write_bytes(BOM + b"id,outlet\na,X\n")
    assert [d.outlet for d in read_corpus(tmp_path)] == ["X"]


def _undecodable_cases():
    """(file name, bytes): each holds b'\\xff' in the middle of otherwise valid UTF-8."""
    return [
        ("a.txt", "Titre\n\nLe ministre a démenti ".encode() + b"\xff" + b" hier."),
        ("c.csv", "id,text\na,première ligne\nb,seconde ".encode() + b"\xff" + b" ligne\n"),
        ("c.tsv", "id\ttext\na\tpremière\nb\tseconde ".encode() + b"\xff" + b"\n"),
        ("c.jsonl", '{"text": "première"}\n{"text": "seconde '.encode() + b"\xff" + b'"}\n'),
        ("c.csv", BOM + "id,text\na,été ".encode() + b"\xff" + b"\n"),
        ("c.csv", "id,text\na,\"sur\ndeux é ".encode() + b"\xff" + b'"\n'),
    ]


@pytest.mark.parametrize("name, data", _undecodable_cases())
def test_undecodable_byte_names_file_and_offset(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    source = tmp_path if name.endswith(".txt") else path
    offset = data.index(b"\xff")
    with pytest.raises(
        ValueError,
        match=re.escape(f"{path}: cannot decode byte 0xff at byte offset {offset} with encoding 'utf-8'")
        + r".*encoding='latin-1'",
    ):
        read_corpus(source)


@pytest.mark.parametrize("name", ["c.jsonl.gz", "c.csv.gz"])
def test_undecodable_byte_in_gzip_gives_offset_in_decompressed_data(tmp_path, name):
    data = b'{"text": "ok", "id": "a"}\n{"text": "ko \xff", "id": "b"}\n'
    if name.startswith("c.csv"):
        data = b"id,text\na,ok\nb,ko \xff\n"
    path = tmp_path / name
    path.write_bytes(gzip.compress(data))
    offset = data.index(b"\xff")
    with pytest.raises(
        ValueError, match=re.escape(f"{path}: cannot decode byte 0xff at byte offset {offset} of the decompressed data")
    ):
        read_corpus(path)


def test_undecodable_byte_offset_in_txt_file_with_bom(tmp_path):
    data = BOM + b"Titre\n\nCorps " + b"\xff"
    path = _write_txt(tmp_path, "a.txt", data)
    offset = data.index(b"\xff")  # the BOM counts: it is part of the file
    with pytest.raises(ValueError, match=re.escape(f"{path}: cannot decode byte 0xff at byte offset {offset} ")):
        read_corpus(tmp_path)


@pytest.mark.parametrize("name, data", _undecodable_cases())
def test_latin1_reads_undecodable_files(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    docs = read_corpus(tmp_path if name.endswith(".txt") else path, encoding="latin-1")
    assert any("\xff" in d.text for d in docs)


@pytest.mark.parametrize("encoding", ["latin-1", "latin1", "iso-8859-1", "cp1252", "ISO-8859-15"])
def test_legacy_encodings(tmp_path, encoding):
    text = "Élection à Besançon : « Non », dit-il."
    (tmp_path / "c.csv").write_bytes(f'id,text\na,"{text}"\n'.encode(encoding))
    _write_txt(tmp_path / "folder", "a.txt", f"Été\n\n{text}", encoding=encoding)
    assert [d.text for d in read_corpus(tmp_path / "c.csv", encoding=encoding)] == [text]
    assert [(d.title, d.text) for d in read_corpus(tmp_path / "folder", encoding=encoding)] == [("Été", text)]


# ------------------------------------------------------------------------------------------
# Errors
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["absent", "absent.csv", "absent.jsonl", "dossier/absent"])
def test_missing_path(tmp_path, name):
    path = tmp_path / name
    with pytest.raises(FileNotFoundError, match=r"`source` path does not exist: " + re.escape(str(path))):
        read_corpus(path)


@pytest.mark.parametrize("name", ["c.xlsx", "c.json", "c.gz", "c", "c.txt.gz", "c.csv.bz2"])
def test_unknown_suffix(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"id,text\na,x\n")
    with pytest.raises(ValueError, match=r"`source` file .*" + re.escape(name) + r" has an unknown format; expected"):
        read_corpus(path)


@pytest.mark.parametrize(
    "source, match",
    [
        (None, r"`source` must be a path .*; got NoneType None"),
        (b"corpus.csv", r"`source` must be a path .*; got bytes b'corpus.csv'"),
        (bytearray(b"x"), r"`source` must be a path .*; got bytearray"),
        (42, r"`source` must be a path .*; got int 42"),
        (3.5, r"`source` must be a path .*; got float 3.5"),
        ({"text": "x"}, r"`source` must be a path .*; got dict"),
        ([1], r"`source\[0\]` must be a str, a Document or a mapping with a text field; got int 1"),
        (["ok", None], r"`source\[1\]` must be a str, a Document or a mapping"),
    ],
)
def test_wrong_source_type(source, match):
    with pytest.raises(TypeError, match=match):
        read_corpus(source)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"encoding": "utf-42"}, ValueError, r"`encoding` must be a codec name known to Python; got 'utf-42'"),
        ({"encoding": ""}, ValueError, r"`encoding` must be a codec name"),
        ({"encoding": None}, TypeError, r"`encoding` must be a codec name such as 'utf-8'; got NoneType None"),
        ({"text": 3}, TypeError, r"`text` must be a column name \(str\) or None; got int 3"),
        ({"id": ["ref"]}, TypeError, r"`id` must be a column name \(str\) or None; got list"),
    ],
)
def test_bad_options(kwargs, error, match):
    with pytest.raises(error, match=match):
        read_corpus(["x"], **kwargs)


def test_bad_options_raise_before_iterating():
    consumed = []

    def gen():
        consumed.append(1)
        yield "x"

    with pytest.raises(ValueError, match="`encoding`"):
        iter_documents(gen(), encoding="nope")
    assert consumed == []


MISSING_COLUMN_SOURCES = ["list", "dataframe", "c.csv", "c.tsv", "c.jsonl", "c.parquet"]


def _source(kind, tmp_path, rows):
    if kind == "list":
        return rows
    if kind == "dataframe":
        return pd.DataFrame(rows)
    return _write_table(tmp_path / kind, rows)


@pytest.mark.parametrize("kind", MISSING_COLUMN_SOURCES)
def test_explicit_missing_column_lists_columns_found(tmp_path, kind):
    source = _source(kind, tmp_path, [{"id": "a", "text": "x"}])
    with pytest.raises(
        ValueError, match=r"column 'journal' \(given as `outlet=`\) not found; columns found: \['id', 'text'\]"
    ):
        read_corpus(source, outlet="journal")


@pytest.mark.parametrize("kind", MISSING_COLUMN_SOURCES)
def test_missing_text_column_suggests_text_option(tmp_path, kind):
    source = _source(kind, tmp_path, [{"id": "a", "article": "x"}])
    with pytest.raises(
        ValueError,
        match=r"no text column 'text'; columns found: \['id', 'article'\]\. Name the column .* with `text=`",
    ):
        read_corpus(source)


@pytest.mark.parametrize("kind", MISSING_COLUMN_SOURCES)
def test_missing_renamed_text_column(tmp_path, kind):
    source = _source(kind, tmp_path, [{"id": "a", "text": "x"}])
    with pytest.raises(ValueError, match=r"column 'article' \(given as `text=`\) not found"):
        read_corpus(source, text="article")


@pytest.mark.parametrize(
    "kind, where",
    [
        ("list", r"item 1"),
        ("dataframe", r"DataFrame row 1"),
        ("c.jsonl", r"c\.jsonl, line 2"),
        ("c.parquet", r"c\.parquet, row 2"),
    ],
)
def test_missing_text_value_names_the_row(tmp_path, kind, where):
    source = _source(kind, tmp_path, [{"id": "a", "text": "x"}, {"id": "b", "text": None}])
    with pytest.raises(ValueError, match=where + r": the text \('text'\) is missing; drop such rows or fill them"):
        read_corpus(source)


def test_missing_text_value_in_short_csv_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\na,x\nb\n")
    with pytest.raises(ValueError, match=r"c\.csv, row 2: the text \('text'\) is missing"):
        read_corpus(path)


def test_empty_text_cell_is_an_empty_document(tmp_path):
    # an article with no body is still a document: analyze gives it a row with zero counts
    path = tmp_path / "c.csv"
    path.write_text("id,text\na,x\nb,\n")
    assert [(d.id, d.text) for d in read_corpus(path)] == [("a", "x"), ("b", "")]


@pytest.mark.parametrize(
    "record, match",
    [
        ({"text": 5}, r"item 0: the text \('text'\) must be a str; got int 5"),
        ({"text": b"x"}, r"item 0: the text \('text'\) must be a str; got bytes"),
        ({"text": ["x"]}, r"item 0: the text \('text'\) must be a str; got list"),
    ],
)
def test_non_str_text_value(record, match):
    with pytest.raises(TypeError, match=match):
        read_corpus([record])


@pytest.mark.parametrize(
    "records, kwargs, match",
    [
        ([{"text": "x", "id": None}], {}, r"item 0: the id \('id'\) is missing"),
        ([{"text": "x", "id": ""}], {}, r"item 0: the id \('id'\) is missing"),
        ([{"text": "x", "ref": "a"}, {"text": "y"}], {"id": "ref"}, r"item 1: the id \('ref'\) is missing"),
    ],
)
def test_missing_id_value(records, kwargs, match):
    with pytest.raises(ValueError, match=match):
        read_corpus(records, **kwargs)


def test_missing_id_value_in_csv(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\na,x\n,y\n")
    with pytest.raises(ValueError, match=r"c\.csv, row 2: the id \('id'\) is missing"):
        read_corpus(path)


@pytest.mark.parametrize(
    "source_kind",
    ["documents", "dicts", "csv", "mixed"],
)
def test_duplicate_ids(tmp_path, source_kind):
    if source_kind == "documents":
        source = [Document("a", "x"), Document("b", "y"), Document("a", "z")]
    elif source_kind == "dicts":
        source = [{"id": 1, "text": "x"}, {"id": "1", "text": "y"}]
    elif source_kind == "csv":
        source = tmp_path / "c.csv"
        source.write_text("id,text\na,x\nb,y\na,z\n")
    else:
        source = ["premier", {"id": "0", "text": "doublon"}]
    dup = "a" if source_kind in ("documents", "csv") else {"dicts": "1", "mixed": "0"}[source_kind]
    with pytest.raises(ValueError, match=rf"duplicate document id '{dup}': ids must be unique within a corpus"):
        read_corpus(source)


@pytest.mark.parametrize(
    "content, match",
    [
        ('{"text": "a"}\n{"text": \n', r"c\.jsonl, line 2: not valid JSON \(.* at column \d+\)"),
        ('{"text": "a"}\n["text"]\n', r"c\.jsonl, line 2: each line must hold a JSON object; got list"),
        ('\n"texte"\n', r"c\.jsonl, line 2: each line must hold a JSON object; got str"),
    ],
)
def test_bad_jsonl_lines(tmp_path, content, match):
    path = tmp_path / "c.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match=match):
        read_corpus(path)


# ------------------------------------------------------------------------------------------
# iter_documents is lazy
# ------------------------------------------------------------------------------------------


def test_iter_documents_returns_iterator_like_read_corpus():
    stream = iter_documents(["un", "deux"])
    assert iter(stream) is stream
    assert list(stream) == read_corpus(["un", "deux"])


def test_iter_documents_consumes_a_generator_one_by_one():
    pulled = []

    def gen():
        for i in range(1000):
            pulled.append(i)
            yield f"texte {i}"

    stream = iter_documents(gen())
    assert pulled == []
    assert next(stream).id == "0"
    assert pulled == [0]
    assert next(stream).text == "texte 1"
    assert pulled == [0, 1]


def test_iter_documents_jsonl_stops_before_a_later_bad_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "premier"}\n{"id": "b", "text": "second"}\nce n\'est pas du JSON\n')
    stream = iter_documents(path)
    assert [next(stream).id, next(stream).id] == ["a", "b"]
    with pytest.raises(ValueError, match=r"line 3: not valid JSON"):
        next(stream)


def test_iter_documents_jsonl_gz_stops_before_a_later_bad_line(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "premier"}\n' + b"{" * 10 + b"\n"))
    stream = iter_documents(path)
    assert next(stream).text == "premier"
    with pytest.raises(ValueError, match=r"line 2: not valid JSON"):
        next(stream)


def test_iter_documents_csv_stops_before_a_later_bad_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\na,premier\nb,second \xff\n")
    stream = iter_documents(path)
    assert next(stream).text == "premier"
    with pytest.raises(ValueError, match=r"byte offset 27"):
        next(stream)


def test_iter_documents_folder_reads_one_file_at_a_time(tmp_path):
    _write_txt(tmp_path, "a.txt", "Titre\n\nLisible.")
    _write_txt(tmp_path, "b.txt", b"Titre\n\nIllisible \xff")
    stream = iter_documents(tmp_path)
    assert next(stream).text == "Lisible."
    with pytest.raises(ValueError, match=r"b\.txt: cannot decode byte 0xff"):
        next(stream)


def test_iter_documents_duplicate_raised_when_met():
    stream = iter_documents([Document("a", "x"), Document("b", "y"), Document("a", "z")])
    assert [next(stream).id, next(stream).id] == ["a", "b"]
    with pytest.raises(ValueError, match="duplicate document id 'a'"):
        next(stream)


# ------------------------------------------------------------------------------------------
# load_sample
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return load_sample()


def test_sample_size_and_outlets(sample):
    outlets = {d.outlet for d in sample}
    assert len(sample) >= 40
    assert len(outlets) == 4
    assert min(sum(d.outlet == o for d in sample) for o in outlets) >= 5


def test_sample_every_document_has_metadata(sample):
    for doc in sample:
        assert isinstance(doc.outlet, str) and doc.outlet.strip(), doc.id
        assert isinstance(doc.title, str) and doc.title.strip(), doc.id
        assert type(doc.date) is dt.date, doc.id
        assert set(doc.meta) == {"event", "genre", "author", "frames"}, doc.id
        assert all(isinstance(v, str) and v.strip() for v in doc.meta.values()), doc.id


def test_sample_texts(sample):
    for doc in sample:
        assert 250 <= len(doc.text.split()) <= 700, (doc.id, len(doc.text.split()))
        assert not doc.text.startswith(("\ufeff", "\n", " ")), doc.id
        assert not doc.text.startswith(doc.title), doc.id  # the title line is not repeated in the body


def test_sample_ids_unique_and_match_files(sample):
    ids = [d.id for d in sample]
    assert len(set(ids)) == len(ids)
    assert sorted(ids) == sorted(p.stem for p in (SAMPLE_DIR / "articles").glob("*.txt"))


def test_sample_events_covered_by_several_outlets(sample):
    outlets_by_event = defaultdict(set)
    for doc in sample:
        outlets_by_event[doc.meta["event"]].add(doc.outlet)
    shared = [e for e, outlets in outlets_by_event.items() if e != "autre" and len(outlets) >= 2]
    assert len(shared) >= 5, dict(outlets_by_event)


def test_sample_dates_span_several_months(sample):
    dates = [d.date for d in sample]
    assert len({(d.year, d.month) for d in dates}) >= 3
    assert (max(dates) - min(dates)).days >= 90


def test_sample_is_deterministic(sample):
    again = load_sample()
    assert again == sample
    assert again is not sample


def test_sample_metadata_file_covers_every_article():
    with open(SAMPLE_DIR / "articles" / "metadata.csv", encoding="utf-8", newline="") as f:
        meta_ids = [row["id"] for row in csv.DictReader(f)]
    txt_ids = sorted(p.stem for p in (SAMPLE_DIR / "articles").glob("*.txt"))
    assert sorted(meta_ids) == txt_ids
    assert len(set(meta_ids)) == len(meta_ids)


def test_sample_dir_is_a_path():
    assert isinstance(SAMPLE_DIR, Path)
    assert (SAMPLE_DIR / "articles").is_dir()
