"""Documents and corpus readers: folders of .txt files, CSV, JSONL, Parquet, DataFrames, lists of strings."""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._validation import check_text, describe, type_error

__all__ = ["Document", "read_corpus", "iter_documents", "load_sample", "SAMPLE_DIR"]

#: Folder of the bundled fictional sample corpus.
SAMPLE_DIR = Path(__file__).parent / "resources" / "sample"

_FIELDS = ("id", "text", "title", "outlet", "date")
_TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
_METADATA_FILES = ("metadata.csv", "metadata.tsv")
_MAX_FIELD = 2**31 - 1
_ASCII_COMPATIBLE = re.compile(r"^(utf-?8(-sig)?|latin-?1|iso-?8859-\d+|cp125\d|windows-125\d|ascii|us-ascii)$", re.I)


@dataclass(frozen=True)
class Document:
    """One article: its text, never altered, and its metadata.

    Parameters
    ----------
    id : str
        Identifier, unique within a corpus.
    text : str
        The body of the article. Every offset the library returns indexes this string.
    title, outlet : str or None
        Headline and the outlet that published the article.
    date : datetime.date or None
        Publication date.
    meta : dict
        Any other fields of the source (columns of a table, keys of a JSON record).

    Examples
    --------
    >>> doc = Document("a1", "Le ministre a démenti.", outlet="Le Courrier du Matin")
    >>> doc.id, doc.outlet, doc.title
    ('a1', 'Le Courrier du Matin', None)
    >>> Document(1, "texte")
    Traceback (most recent call last):
    ...
    TypeError: `id` must be a non-empty str; got int 1
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: _dt.date | None = None
    meta: dict = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise type_error("id", self.id, "a non-empty str")
        check_text(self.text, "text")
        for name in ("title", "outlet"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise type_error(name, value, "a str or None")
        if self.date is not None and not isinstance(self.date, _dt.date):
            raise type_error("date", self.date, "a datetime.date or None (read_corpus parses strings)")
        if not isinstance(self.meta, Mapping):
            raise type_error("meta", self.meta, "a mapping")

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 50 else self.text[:47] + "..."
        parts = [f"id={self.id!r}"]
        parts += [f"{n}={getattr(self, n)!r}" for n in ("title", "outlet", "date") if getattr(self, n) is not None]
        parts.append(f"text={text!r}")
        return f"Document({', '.join(parts)})"


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return type(value).__name__ in ("NAType", "NaTType")


_FRENCH_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _parse_date(value: Any, where: str) -> _dt.date | None:
    """Parse a publication date: ISO 8601 (date or date-time), dd/mm/yyyy, date or datetime objects."""
    if _is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return _dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        m = _FRENCH_DATE.match(s)
        if m:
            try:
                return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass
    raise ValueError(
        f"{where}: `date` must be an ISO date ('2026-03-14', '2026-03-14T08:00:00'), a French date "
        f"('14/03/2026'), a datetime.date or empty; got {describe(value)}"
    )


def _optional_str(value: Any) -> str | None:
    return None if _is_missing(value) else str(value)


def _clean_meta(value: Any) -> Any:
    return None if isinstance(value, float) and value != value else value


# --------------------------------------------------------------------------------------------
# Column mapping
# --------------------------------------------------------------------------------------------


class _Columns:
    """Which key of a record holds each Document field; checks explicit choices against the keys."""

    def __init__(self, **chosen: str | None):
        for name, key in chosen.items():
            if key is not None and not isinstance(key, str):
                raise type_error(name, key, "a column name (str) or None")
        self.explicit = {name: key for name, key in chosen.items() if key is not None}
        self.keys = {name: chosen.get(name) or name for name in _FIELDS}

    def check(self, found: Iterable[str], where: str) -> None:
        found = list(found)
        for name, key in self.explicit.items():
            if key not in found:
                raise ValueError(
                    f"{where}: column {key!r} (given as `{name}=`) not found; columns found: {found}"
                )
        if self.keys["text"] not in found:
            raise ValueError(
                f"{where}: no text column {self.keys['text']!r}; columns found: {found}. "
                "Name the column that holds the article body with `text=` (--text on the command line), "
                "e.g. text='article'."
            )

    def document(self, record: Mapping[str, Any], where: str, default_id: str) -> Document:
        keys = self.keys
        text = record.get(keys["text"])
        if not isinstance(text, str):
            if _is_missing(text):
                raise ValueError(f"{where}: the text ({keys['text']!r}) is missing; drop such rows or fill them")
            raise TypeError(f"{where}: the text ({keys['text']!r}) must be a str; got {describe(text)}")
        raw_id = record.get(keys["id"])
        doc_id = default_id if keys["id"] not in record and "id" not in self.explicit else raw_id
        if _is_missing(doc_id):
            raise ValueError(f"{where}: the id ({keys['id']!r}) is missing")
        if isinstance(doc_id, float) and doc_id.is_integer():
            doc_id = int(doc_id)
        used = set(keys.values())
        return Document(
            id=str(doc_id),
            text=text,
            title=_optional_str(record.get(keys["title"])),
            outlet=_optional_str(record.get(keys["outlet"])),
            date=_parse_date(record.get(keys["date"]), where),
            meta={k: _clean_meta(v) for k, v in record.items() if k not in used},
        )


# --------------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------------


def _decode_error(path: Path, offset: int, exc: UnicodeDecodeError, encoding: str, gz: bool) -> ValueError:
    byte = exc.object[exc.start : exc.start + 1]
    what = " of the decompressed data" if gz else ""
    return ValueError(
        f"{path}: cannot decode byte 0x{byte.hex()} at byte offset {offset}{what} with encoding "
        f"{encoding!r}; pass the file's encoding, e.g. encoding='latin-1' or 'cp1252'"
    )


def _open_binary(path: Path):
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")


def _read_text(path: Path, encoding: str) -> str:
    with _open_binary(path) as f:
        data = f.read()
    skip = 3 if _is_utf8(encoding) and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8" if _is_utf8(encoding) else encoding)
    except UnicodeDecodeError as exc:
        raise _decode_error(path, skip + exc.start, exc, encoding, path.suffix == ".gz") from None


def _iter_lines(path: Path, encoding: str) -> Iterator[str]:
    """Decoded lines of a (possibly gzipped) file, streamed; decode errors give the byte offset."""
    if not _ASCII_COMPATIBLE.match(encoding) or _has_cr_line_endings(path):
        yield from io.StringIO(_read_text(path, encoding), newline="")
        return
    enc = "utf-8" if _is_utf8(encoding) else encoding
    decode = codecs.getdecoder(enc)
    offset = 0
    gz = path.suffix == ".gz"
    with _open_binary(path) as f:
        for raw in f:
            chunk = raw[3:] if offset == 0 and raw.startswith(codecs.BOM_UTF8) and enc == "utf-8" else raw
            try:
                yield decode(chunk)[0]
            except UnicodeDecodeError as exc:
                raise _decode_error(path, offset + (len(raw) - len(chunk)) + exc.start, exc, encoding, gz) from None
            offset += len(raw)


def _has_cr_line_endings(path: Path) -> bool:
    """True for files whose lines end with a lone carriage return (classic Mac OS exports)."""
    with _open_binary(path) as f:
        head = f.read(1 << 16)
    return b"\r" in head and b"\n" not in head


def _iter_csv(path: Path, columns: _Columns, encoding: str, delimiter: str) -> Iterator[Document]:
    # a long article is longer than the csv module's default field limit (128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD))
    reader = csv.DictReader(_iter_lines(path, encoding), delimiter=delimiter)
    columns.check(reader.fieldnames or [], str(path))
    for i, row in enumerate(reader):
        yield columns.document(row, f"{path}, row {i + 1}", str(i))


def _iter_jsonl(path: Path, columns: _Columns, encoding: str) -> Iterator[Document]:
    i = 0
    for lineno, line in enumerate(_iter_lines(path, encoding), 1):
        if not line.strip():
            continue
        where = f"{path}, line {lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{where}: each line must hold a JSON object; got {describe(record)}")
        if i == 0:
            columns.check(record, where)
        yield columns.document(record, where, str(i))
        i += 1


def _iter_parquet(path: Path, columns: _Columns) -> Iterator[Document]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a core dependency
        raise ImportError("reading Parquet needs pyarrow: pip install pyarrow") from exc
    pfile = pq.ParquetFile(path)
    columns.check(pfile.schema_arrow.names, str(path))
    i = 0
    for batch in pfile.iter_batches(batch_size=2048):
        for record in batch.to_pylist():
            yield columns.document(record, f"{path}, row {i + 1}", str(i))
            i += 1


def _read_metadata(folder: Path, columns: _Columns, encoding: str) -> dict[str, dict]:
    for name in _METADATA_FILES:
        path = folder / name
        if path.is_file():
            reader = csv.DictReader(_iter_lines(path, encoding), delimiter="\t" if name.endswith(".tsv") else ",")
            found = list(reader.fieldnames or [])
            id_key = columns.keys["id"]
            if id_key not in found:
                raise ValueError(f"{path}: no id column {id_key!r}; columns found: {found}")
            # the text, and by default the title, come from the .txt files themselves
            columns.check(found + [columns.keys["text"], columns.keys["title"]], str(path))
            return {row[id_key]: row for row in reader}
    return {}


def _iter_folder(folder: Path, columns: _Columns, encoding: str) -> Iterator[Document]:
    metadata = _read_metadata(folder, columns, encoding)
    files = sorted(
        p for p in folder.rglob("*.txt")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    for path in files:
        raw = _read_text(path, encoding)
        title, _, body = raw.partition("\n")
        body = body.lstrip("\r\n")
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        record = dict(metadata.get(doc_id, {}))
        record[columns.keys["id"]] = doc_id
        record[columns.keys["text"]] = body
        if title.strip() and _is_missing(record.get(columns.keys["title"])):
            record[columns.keys["title"]] = title.strip()
        yield columns.document(record, str(path), doc_id)


def _iter_path(path: Path, columns: _Columns, encoding: str) -> Iterator[Document]:
    if not path.exists():
        raise FileNotFoundError(f"`source` path does not exist: {path}")
    if path.is_dir():
        yield from _iter_folder(path, columns, encoding)
        return
    suffixes = [s.lower() for s in path.suffixes]
    kind = _TABLE_SUFFIXES.get(suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (suffixes or [""])[-1])
    if kind == "csv":
        yield from _iter_csv(path, columns, encoding, ",")
    elif kind == "tsv":
        yield from _iter_csv(path, columns, encoding, "\t")
    elif kind == "jsonl":
        yield from _iter_jsonl(path, columns, encoding)
    elif kind == "parquet":
        yield from _iter_parquet(path, columns)
    elif path.suffix.lower() == ".txt":
        raw = _read_text(path, encoding)
        title, _, body = raw.partition("\n")
        yield columns.document({"id": path.stem, "text": body.lstrip("\r\n"), "title": title.strip()}, str(path), path.stem)
    else:
        raise ValueError(
            f"`source` file {path} has an unknown format; expected a folder of .txt files or a "
            ".csv, .tsv, .jsonl, .ndjson or .parquet file (optionally .gz for the text formats)"
        )


def _is_dataframe(obj: Any) -> bool:
    return type(obj).__module__.startswith("pandas") and hasattr(obj, "columns") and hasattr(obj, "iloc")


def _iter_dataframe(frame: Any, columns: _Columns) -> Iterator[Document]:
    names = [str(c) for c in frame.columns]
    columns.check(names, "DataFrame")
    use_index = columns.keys["id"] not in names
    for start in range(0, len(frame), 2048):
        chunk = frame.iloc[start : start + 2048]
        for label, record in zip(chunk.index, chunk.to_dict("records")):
            record = {str(k): v for k, v in record.items()}
            where = f"DataFrame row {label!r}"
            yield columns.document(record, where, str(label) if use_index else "")


def _iter_items(items: Iterable[Any], columns: _Columns) -> Iterator[Document]:
    checked = False
    for i, item in enumerate(items):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, str):
            yield Document(id=str(i), text=item)
        elif isinstance(item, Mapping):
            if not checked:
                columns.check(item.keys(), f"item {i}")
                checked = True
            yield columns.document(item, f"item {i}", str(i))
        else:
            raise type_error(f"source[{i}]", item, "a str, a Document or a mapping with a text field")


def iter_documents(
    source: Any,
    *,
    text: str | None = None,
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    encoding: str = "utf-8",
) -> Iterator[Document]:
    """Stream the documents of a corpus one at a time, without loading it whole.

    Takes the same arguments as :func:`read_corpus`. Files are read lazily (a folder one file at a
    time, CSV and JSONL line by line, Parquet by row groups), so memory does not grow with corpus
    size. Ids must be unique; a repeated id raises a ``ValueError`` when it is met.

    Examples
    --------
    >>> docs = iter_documents(["Premier texte.", "Second texte."])
    >>> [d.id for d in docs]
    ['0', '1']
    """
    columns = _Columns(text=text, id=id, title=title, outlet=outlet, date=date)
    if not isinstance(encoding, str):
        raise type_error("encoding", encoding, "a codec name such as 'utf-8'")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"`encoding` must be a codec name known to Python; got {encoding!r}") from None
    if isinstance(source, Document):
        source = [source]
    if isinstance(source, (str, os.PathLike)):
        docs = _iter_path(Path(source), columns, encoding)
    elif _is_dataframe(source):
        docs = _iter_dataframe(source, columns)
    elif isinstance(source, (bytes, bytearray)) or source is None or isinstance(source, Mapping):
        raise type_error("source", source, _SOURCE_KINDS)
    elif isinstance(source, Iterable):
        docs = _iter_items(source, columns)
    else:
        raise type_error("source", source, _SOURCE_KINDS)
    return _unique(docs)


_SOURCE_KINDS = (
    "a path (folder of .txt, .csv, .tsv, .jsonl, .parquet), a pandas DataFrame, or an iterable of "
    "str, Document or dict"
)


def _unique(docs: Iterator[Document]) -> Iterator[Document]:
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise ValueError(f"duplicate document id {doc.id!r}: ids must be unique within a corpus")
        seen.add(doc.id)
        yield doc


def read_corpus(
    source: Any,
    *,
    text: str | None = None,
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    encoding: str = "utf-8",
) -> list[Document]:
    """Read a corpus into a list of :class:`Document`.

    Parameters
    ----------
    source : path, DataFrame or iterable
        - a folder of ``.txt`` files (hidden folders such as ``.ipynb_checkpoints`` are left out):
          line 1 is the title, then a blank line, then the body; the path relative to the folder,
          without ``.txt``, is the id. An optional ``metadata.csv``
          (or ``.tsv``) in the folder, with an ``id`` column, adds outlet, date and other fields;
        - a ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson`` (each optionally ``.gz``) or ``.parquet`` file;
        - a pandas DataFrame (its index gives the ids when there is no id column);
        - an iterable of ``str`` (ids ``"0"``, ``"1"``, …), of :class:`Document`, or of dicts.
    text, id, title, outlet, date : str, optional
        Column (or key) names of these fields when they differ from the field name, e.g.
        ``text="article"``. A named column that is missing raises a ``ValueError`` listing the
        columns found; unnamed optional columns may be absent. Other columns go to ``meta``.
    encoding : str, default "utf-8"
        Encoding of text files; a UTF-8 byte-order mark is skipped.

    Returns
    -------
    list of Document

    Raises
    ------
    FileNotFoundError
        If a path does not exist.
    ValueError
        For a missing column, a missing text or id, an unparseable date, a duplicate id, an unknown
        file format, or undecodable bytes (the message names the file and the byte offset).
    TypeError
        For a source of the wrong type.

    Examples
    --------
    >>> docs = read_corpus([{"id": "a", "text": "Bonjour.", "outlet": "Le Courrier du Matin", "date": "2026-03-14"}])
    >>> docs[0].outlet, docs[0].date
    ('Le Courrier du Matin', datetime.date(2026, 3, 14))
    >>> read_corpus([{"article": "x"}])
    Traceback (most recent call last):
    ...
    ValueError: item 0: no text column 'text'; columns found: ['article']. Name the column that holds the article body with `text=` (--text on the command line), e.g. text='article'.
    """
    return list(
        iter_documents(source, text=text, id=id, title=title, outlet=outlet, date=date, encoding=encoding)
    )


def load_sample() -> list[Document]:
    """Load the bundled sample corpus: fictional French articles from four fictional outlets.

    Every article, outlet and person in it is invented for this library (see
    ``framing/resources/sample/README.md``). Four outlets with distinct editorial lines cover the
    same five events between January and June 2026, so outlets can be compared.

    Returns
    -------
    list of Document
        With ``outlet``, ``date``, ``title`` and ``meta`` keys ``event``, ``genre``, ``author`` and
        ``frames`` (the article's frames, ``|``-separated, labelled for the classifier tutorial).

    Examples
    --------
    >>> docs = load_sample()
    >>> len(docs) >= 40, len({d.outlet for d in docs})
    (True, 4)
    """
    return read_corpus(SAMPLE_DIR / "articles")
