"""`analyze`: every per-document indicator over a corpus, one row per document, in order, never a row lost."""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from ._validation import check_choice, type_error, value_error
from .corpus import Document, iter_documents
from .indicators import _profile as _lexical_profile
from .indicators import profile_columns
from .lexicon import default_lexicon
from .quotes import _extract_view
from .quotes import _profile as _quote_profile
from .quotes import profile_columns as quote_profile_columns
from .sources import _find_in as _find_sources
from .sources import _profile as _sourcing_profile
from .sources import profile_columns as source_profile_columns
from .text import Span, TokenList, paragraphs, sentences, tokens

__all__ = ["analyze", "analyze_to", "AnalysisError", "TextView", "INDICATORS", "indicator_columns"]


class TextView:
    """One document's text with its tokens, sentences and paragraphs computed once and shared.

    Every indicator receives the same view, so a text is tokenised once however many indicators run.

    Examples
    --------
    >>> view = TextView("Il pleut. Il vente.")
    >>> len(view.tokens), len(view.sentences), len(view.paragraphs)
    (4, 2, 1)
    """

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def tokens(self) -> TokenList:
        """Word tokens (:func:`framing.text.tokens`), taken from :attr:`punct_tokens`: one tokenizer pass."""
        return self.punct_tokens.words()

    @cached_property
    def punct_tokens(self) -> TokenList:
        """Word and punctuation tokens (``tokens(text, punct=True)``)."""
        return tokens(self.text, punct=True)

    @cached_property
    def extractor(self):
        """The rules engine of :mod:`framing.quotes` over this text, shared by quotes and sources."""
        from .quotes import _Extractor

        return _Extractor(self.text, self)

    @cached_property
    def quotes(self) -> list:
        """Reported speech (:func:`framing.quotes.extract_quotes`, rules engine)."""
        return _extract_view(self)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences (:func:`framing.text.sentences`)."""
        return sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraphs (:func:`framing.text.paragraphs`)."""
        return paragraphs(self.text)


class Indicator(NamedTuple):
    """A per-document indicator: a function of a :class:`TextView` returning the values of ``columns``."""

    func: Callable[[TextView], Mapping[str, Any]]
    columns: tuple[str, ...]


def _text_counts(view: TextView) -> dict[str, int]:
    return {
        "n_chars": len(view.text),
        "n_tokens": len(view.tokens),
        "n_sentences": len(view.sentences),
        "n_paragraphs": len(view.paragraphs),
    }


def _lexical(view: TextView) -> dict[str, float]:
    return _lexical_profile(view.text, view.tokens, default_lexicon())


def _quotes(view: TextView) -> dict[str, float]:
    return _quote_profile(view.quotes)


def _sources(view: TextView) -> dict[str, Any]:
    if not view.text.strip():
        return _sourcing_profile([], [])
    return _sourcing_profile(_find_sources(view.extractor, view.quotes), view.quotes)


#: The registry of per-document indicators run by :func:`analyze`, in column order. Adding an
#: indicator is one function of a :class:`TextView` plus one line here.
INDICATORS: dict[str, Indicator] = {
    "text": Indicator(_text_counts, ("n_chars", "n_tokens", "n_sentences", "n_paragraphs")),
    "lexical": Indicator(_lexical, profile_columns()),
    "quotes": Indicator(_quotes, quote_profile_columns()),
    "sources": Indicator(_sources, source_profile_columns()),
}


def indicator_columns(names: Sequence[str] | None = None) -> list[str]:
    """The columns that :func:`analyze` adds for the given indicators (all by default).

    >>> indicator_columns(["text"])
    ['n_chars', 'n_tokens', 'n_sentences', 'n_paragraphs']
    """
    return [c for name in _check_indicators(names) for c in INDICATORS[name].columns]


class AnalysisError(RuntimeError):
    """Raised by :func:`analyze` with ``errors="raise"``: names the document that failed and why."""

    def __init__(self, doc_id: str, cause: str):
        super().__init__(doc_id, cause)
        self.doc_id = doc_id
        self.cause = cause

    def __str__(self) -> str:
        return f"document {self.doc_id!r} failed: {self.cause} (use errors='record' or 'skip' to go on)"


def _check_indicators(names: Sequence[str] | None) -> list[str]:
    if names is None:
        return list(INDICATORS)
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise type_error("indicators", names, f"a list of indicator names among {list(INDICATORS)}")
    names = list(names)
    for name in names:
        check_choice("indicators", name, tuple(INDICATORS))
    return names


def _analyze_one(doc: Document, names: list[str], errors: str) -> dict[str, Any] | None:
    row: dict[str, Any] = {"id": doc.id, "title": doc.title, "outlet": doc.outlet, "date": doc.date}
    reserved = _reserved_columns() if doc.meta else frozenset()
    for key, value in doc.meta.items():
        row[f"meta_{key}" if key in reserved else key] = value
    view = TextView(doc.text)
    try:
        values: dict[str, Any] = {}
        for name in names:
            values.update(INDICATORS[name].func(view))
    except Exception as exc:  # the policy decides: raise with the id, record, or skip
        if errors == "raise":
            raise AnalysisError(doc.id, f"{type(exc).__name__}: {exc}") from exc
        if errors == "skip":
            return None
        row["error"] = f"{type(exc).__name__}: {exc}"
        return row
    row.update(values)
    if errors == "record":
        row["error"] = None
    return row


def _analyze_chunk(docs: list[Document], names: list[str], errors: str) -> list[tuple[str, dict | None]]:
    return [(doc.id, _analyze_one(doc, names, errors)) for doc in docs]


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while True:
        chunk = list(islice(docs, size))
        if not chunk:
            return
        yield chunk


def _resolve_n_jobs(n_jobs: Any) -> int:
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int):
        raise type_error("n_jobs", n_jobs, "an int (1 for one process, -1 for all cores)")
    if n_jobs == 0 or n_jobs < -1:
        raise value_error("n_jobs", n_jobs, "a positive int or -1 (all cores)")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def _progress_bar(total: int | None, progress: bool | None):
    if progress is None:
        progress = total is not None and total >= 1000
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="analyze")


def _run(
    docs: Iterator[Document], names: list[str], errors: str, n_jobs: int, chunk_size: int, bar
) -> Iterator[tuple[str, dict | None]]:
    if n_jobs == 1:
        for doc in docs:
            yield doc.id, _analyze_one(doc, names, errors)
            if bar is not None:
                bar.update(1)
        return
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        pending: list = []
        for chunk in _chunks(docs, chunk_size):
            pending.append(pool.submit(_analyze_chunk, chunk, names, errors))
            if len(pending) >= 2 * n_jobs:  # bounded work in flight: memory does not grow with the corpus
                yield from _collect(pending.pop(0), bar)
        for future in pending:
            yield from _collect(future, bar)


def _collect(future, bar) -> list[tuple[str, dict | None]]:
    rows = future.result()
    if bar is not None:
        bar.update(len(rows))
    return rows


def analyze(
    docs: Any,
    *,
    n_jobs: int = 1,
    errors: str = "raise",
    progress: bool | None = None,
    indicators: Sequence[str] | None = None,
    chunk_size: int = 64,
):
    """Compute every per-document indicator over a corpus.

    Parameters
    ----------
    docs : corpus
        Anything :func:`framing.read_corpus` accepts: a list of :class:`~framing.Document`, a list
        of strings, a pandas DataFrame, or a path to a folder or file. Also a Dask DataFrame (with
        a ``text`` column; ids from an ``id`` column, else from its index, which must then be unique)
        or a Dask Bag of str, dict or Document (``framing[dask]``): the result is then a lazy Dask
        DataFrame with the same columns, one partition per input partition, computed where you
        compute it (threads, processes or a ``dask.distributed`` cluster); ``n_jobs``, ``progress``
        and ``chunk_size`` are then Dask's business and ignored.
    n_jobs : int, default 1
        Worker processes; ``-1`` uses every core. The result is identical whatever the value.
    errors : {"raise", "record", "skip"}, default "raise"
        What to do when an indicator fails on a document: ``"raise"`` an :class:`AnalysisError`
        naming the document id; ``"record"`` keep the row with the message in an ``error`` column
        (indicator columns empty); ``"skip"`` drop the row, warn how many rows were dropped and
        list their ids in ``result.attrs["skipped"]``.
    progress : bool or None, default None
        Show a progress bar (tqdm, notebook-aware); ``None`` shows one for corpora of 1,000
        documents or more whose length is known.
    indicators : list of str, optional
        Names of the indicators to run (keys of :data:`INDICATORS`); all by default.
    chunk_size : int, default 64
        Documents sent to a worker at a time when ``n_jobs > 1``.

    Returns
    -------
    pandas.DataFrame
        One row per input document, in input order, indexed by ``id``: ``title``, ``outlet``,
        ``date``, the documents' metadata fields, then the indicator columns (see
        :func:`indicator_columns`): ``n_chars``, ``n_tokens`` (word tokens), ``n_sentences``,
        ``n_paragraphs``; then the lexical profile (:func:`framing.indicators.lexical_profile`):
        ``n_terms``, the hit count of each framing category (``labelling``, ``loaded``, ``hedge``,
        ``evidential``, ``scare_quote``…) and its rate per 1,000 tokens (``loaded_per_1k``…); the
        reported speech (:func:`framing.quotes.quote_profile`: ``quotes``, kind and speaker-type
        shares, cue classes); the sourcing (:func:`framing.sources.sourcing_profile`: ``sources``,
        ``distinct_sources``, type shares, ``top_source``, entropies). With a Dask input, a lazy
        Dask DataFrame with these columns.

    Raises
    ------
    AnalysisError
        With ``errors="raise"``, when an indicator fails on a document.
    TypeError, ValueError
        For arguments of the wrong type or value, and for unreadable corpora (see
        :func:`framing.read_corpus`).

    Examples
    --------
    >>> df = analyze(["Le ministre a démenti. Il a tort.", "Rien."])
    >>> df[["n_tokens", "n_sentences"]]
        n_tokens  n_sentences
    id
    0          7            2
    1          1            1
    """
    import pandas as pd

    errors = check_choice("errors", errors, ("raise", "record", "skip"))
    names = _check_indicators(indicators)
    n_jobs = _resolve_n_jobs(n_jobs)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise value_error("chunk_size", chunk_size, "a positive int")
    if progress is not None and not isinstance(progress, bool):
        raise type_error("progress", progress, "True, False or None")
    if _is_dask(docs):
        return _analyze_dask(docs, names, errors)
    total = len(docs) if isinstance(docs, Sequence) and not isinstance(docs, (str, bytes)) else None
    if total is None and _is_sized_frame(docs):
        total = len(docs)
    stream = iter_documents(docs)
    bar = _progress_bar(total, progress)
    rows: list[dict] = []
    skipped: list[str] = []
    try:
        for doc_id, row in _run(stream, names, errors, n_jobs, chunk_size, bar):
            if row is None:
                skipped.append(doc_id)
            else:
                rows.append(row)
    finally:
        if bar is not None:
            bar.close()
    columns = ["id", "title", "outlet", "date"]
    reserved = _reserved_columns()
    for row in rows:
        for key in row:
            if key not in columns and key not in reserved:
                columns.append(key)
    columns += indicator_columns(names)
    if errors == "record":
        columns.append("error")
    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame["date"] = pd.to_datetime(frame["date"])
    frame = frame.set_index("id")
    if skipped:
        frame.attrs["skipped"] = skipped
        warnings.warn(
            f"analyze skipped {len(skipped)} document(s) that raised errors: {skipped[:10]}"
            f"{' ...' if len(skipped) > 10 else ''}",
            RuntimeWarning,
            stacklevel=2,
        )
    return frame


@lru_cache(maxsize=8)
def _reserved_for(indicators: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(["id", "title", "outlet", "date", "error"]).union(*indicators)


def _reserved_columns() -> frozenset[str]:
    """Column names that metadata fields may not take (they get a ``meta_`` prefix instead)."""
    # cached on the registry's columns: computed once, not once per document
    return _reserved_for(tuple(ind.columns for ind in INDICATORS.values()))


def _is_sized_frame(obj: Any) -> bool:
    return type(obj).__module__.startswith("pandas") and hasattr(obj, "__len__")


# --------------------------------------------------------------------------------------------
# Streaming to disk
# --------------------------------------------------------------------------------------------

_STREAM_FORMATS = (".parquet", ".jsonl")


def _chunk_frame(rows: list[dict], columns: list[str], numeric: set[str]):
    """A chunk of result rows as a DataFrame with fixed columns and dtypes (identical across chunks)."""
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=columns)
    for col in columns:
        if col in numeric:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
        elif col == "date":
            frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ns]")
        else:
            frame[col] = frame[col].map(lambda v: None if v is None or v != v else str(v)).astype("object")
    return frame


def _arrow_schema(columns: list[str], numeric: set[str]):
    """One Parquet schema for every chunk: floats for indicators, timestamps for dates, text otherwise
    (a column that is empty in the first chunk must not fix a null type)."""
    import pyarrow as pa

    return pa.schema([(c, pa.float64() if c in numeric else pa.timestamp("ns") if c == "date" else pa.string())
                      for c in columns])


def _fingerprint(names: list[str], errors: str, read_options: dict) -> str:
    """What a resumed run must share with the interrupted one: indicators, error policy and reading
    options (the corpus itself is checked by the id of the last document done)."""
    import hashlib
    import json

    blob = json.dumps([names, errors, sorted((k, str(v)) for k, v in read_options.items())])
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


class _Manifest:
    """Progress of an :func:`analyze_to` run, saved atomically next to the output after each chunk."""

    def __init__(self, path: Path):
        self.path = path
        self.state: dict[str, Any] = {"consumed": 0, "rows": 0, "errors": 0, "parts": 0, "bytes": 0,
                                      "columns": None, "complete": False}

    def load(self) -> bool:
        import json

        if not self.path.exists():
            return False
        self.state.update(json.loads(self.path.read_text(encoding="utf-8")))
        return True

    def save(self) -> None:
        import json

        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.state), encoding="utf-8")
        os.replace(tmp, self.path)


def analyze_to(
    source: Any,
    path: str | os.PathLike,
    *,
    chunk_size: int = 1000,
    n_jobs: int = 1,
    errors: str = "record",
    indicators: Sequence[str] | None = None,
    progress: bool | None = None,
    resume: bool = True,
    **read_options: Any,
):
    """Analyse a corpus of any size into a Parquet or JSON-lines file, chunk by chunk.

    Documents are streamed from ``source`` (nothing holds the whole corpus), analysed like
    :func:`analyze` (on ``n_jobs`` processes) and written ``chunk_size`` rows at a time, so memory
    stays bounded whatever the corpus size. After each chunk, a small progress file
    (``<path>.progress``) records how many documents were consumed; if the run is interrupted, the
    same call resumes where it stopped, without duplicating or losing a row.

    Parameters
    ----------
    source : corpus
        Anything :func:`framing.iter_documents` accepts (a folder, a CSV/JSONL/Parquet file, a
        DataFrame, an iterable of str, dict or Document).
    path : str or Path
        The output: ``.jsonl`` (one JSON object per document) or ``.parquet`` (one file; the chunks
        are kept in ``<path>.parts/`` until the run completes, then joined row group by row group).
    chunk_size : int, default 1000
        Documents per chunk (written, and checkpointed, together).
    n_jobs : int, default 1
        Worker processes; ``-1`` for every core. The output is identical whatever the value.
    errors : {"record", "raise", "skip"}, default "record"
        As in :func:`analyze`; skipped documents have no row, and their ids are listed at the end.
    indicators : list of str, optional
        Names of :data:`INDICATORS` to run; all by default.
    progress : bool or None, default None
        A progress bar counting documents (off when None and the corpus size is unknown).
    resume : bool, default True
        Continue an interrupted run on ``path``; ``False`` starts again from scratch.
    **read_options
        Passed to :func:`framing.iter_documents` (``text=``, ``id=``, ``outlet=``…).

    Returns
    -------
    dict
        ``path``, ``rows`` written, ``documents`` read, ``errors`` (rows with an error recorded),
        ``skipped`` ids (this run), ``resumed_from`` (documents already done when the run started).

    Notes
    -----
    The columns are those of the first chunk: a metadata field that first appears in a later
    document is dropped with a warning. Numbers are stored as floats, dates as timestamps and
    everything else as text, so every chunk has the same schema.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> out = Path(tempfile.mkdtemp()) / "result.jsonl"
    >>> analyze_to(["Le ministre a démenti.", "Rien."], out, indicators=["text"])["rows"]
    2
    >>> pd.read_json(out, lines=True)[["id", "n_tokens"]].to_dict("list")
    {'id': [0, 1], 'n_tokens': [4, 1]}
    """
    import shutil

    errors = check_choice("errors", errors, ("raise", "record", "skip"))
    names = _check_indicators(indicators)
    n_jobs = _resolve_n_jobs(n_jobs)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise value_error("chunk_size", chunk_size, "a positive int")
    if not isinstance(path, (str, os.PathLike)):
        raise type_error("path", path, "a file path ending in .parquet or .jsonl")
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in _STREAM_FORMATS:
        raise value_error("path", str(path), "a file path ending in .parquet or .jsonl")
    # read the first document before touching any file: a corpus that cannot be read writes nothing
    stream = iter_documents(source, **read_options)
    first = next(stream, None)
    if first is not None:
        stream = itertools.chain([first], stream)
    out.parent.mkdir(parents=True, exist_ok=True)
    parts = out.with_name(out.name + ".parts")
    manifest = _Manifest(out.with_name(out.name + ".progress"))
    fingerprint = _fingerprint(names, errors, read_options)
    if resume and manifest.load() and manifest.state.get("fingerprint") not in (None, fingerprint):
        raise ValueError(f"{str(out)!r} holds the progress of another run (another source, indicators or options); "
                         "pass resume=False (CLI: --restart) to start again, or choose another output path")
    if resume and manifest.path.exists():
        if manifest.state["complete"] and (out.exists() or not parts.exists()):
            return {"path": out, "rows": manifest.state["rows"], "documents": manifest.state["consumed"],
                    "errors": manifest.state["errors"], "skipped": [], "resumed_from": manifest.state["consumed"]}
    else:
        manifest.state["columns"] = None
        for leftover in (out, parts, manifest.path):
            if leftover.is_dir():
                shutil.rmtree(leftover)
            elif leftover.exists():
                leftover.unlink()
    state = manifest.state
    state["fingerprint"] = fingerprint
    resumed_from = state["consumed"]
    if suffix == ".jsonl":
        if out.exists():
            with open(out, "r+b") as f:  # drop what was written after the last checkpoint
                f.truncate(state["bytes"])
        else:
            out.touch()  # an empty corpus still gives a (empty) file
    else:
        parts.mkdir(exist_ok=True)
        for stale in parts.glob("part-*.parquet"):
            if int(stale.stem.split("-")[1]) >= state["parts"]:
                stale.unlink()

    last = None
    for _ in range(state["consumed"]):  # documents done by the interrupted run
        last = next(stream, None)
    if state["consumed"] and (last is None or last.id != state.get("last_id")):
        raise ValueError(f"{str(out)!r} holds the progress of a run over another corpus (document "
                         f"{state['consumed']} was {state.get('last_id')!r}, it is now "
                         f"{None if last is None else last.id!r}); pass resume=False (CLI: --restart) to start again")
    total = len(source) if isinstance(source, Sequence) and not isinstance(source, (str, bytes)) else None
    if total is None and _is_sized_frame(source):
        total = len(source)
    bar = _progress_bar(None if total is None else total - state["consumed"], progress)
    numeric = {c for c in indicator_columns(names) if c != "top_source"}
    skipped: list[str] = []
    dropped: set[str] = set()
    rows: list[dict] = []
    consumed = 0
    last_id = state.get("last_id")

    def flush() -> None:
        nonlocal rows, consumed
        if state["columns"] is None:
            base = ["id", "title", "outlet", "date"]
            reserved = _reserved_columns()
            for row in rows:
                base += [k for k in row if k not in base and k not in reserved]
            state["columns"] = base + indicator_columns(names) + (["error"] if errors == "record" else [])
        cols = state["columns"]
        for row in rows:
            dropped.update(k for k in row if k not in cols)
        frame = _chunk_frame(rows, cols, numeric)
        if suffix == ".jsonl":
            text = frame.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
            data = (text if text.endswith("\n") or not text else text + "\n").encode("utf-8")
            with open(out, "ab") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            state["bytes"] += len(data)
        elif len(frame):
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = _arrow_schema(cols, numeric)
            pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False),
                           parts / f"part-{state['parts']:06d}.parquet")
            state["parts"] += 1
        state["rows"] += len(frame)
        state["errors"] += int(frame["error"].notna().sum()) if "error" in frame.columns else 0
        state["consumed"] += consumed
        state["last_id"] = last_id
        manifest.save()
        rows, consumed = [], 0

    try:
        for doc_id, row in _run(stream, names, errors, n_jobs, min(chunk_size, 256), bar):
            consumed += 1
            last_id = doc_id
            if row is None:
                skipped.append(doc_id)
            else:
                rows.append(row)
            if consumed >= chunk_size:
                flush()
        if consumed:
            flush()
    finally:
        if bar is not None:
            bar.close()
    if suffix == ".parquet":
        _join_parts(parts, out, state["columns"], numeric)
    state["complete"] = True
    manifest.save()
    if suffix == ".parquet":
        shutil.rmtree(parts, ignore_errors=True)  # only once the run is recorded as complete
    if dropped:
        warnings.warn(f"analyze_to: metadata fields first seen after the first chunk were not written: "
                      f"{sorted(dropped)[:10]}", RuntimeWarning, stacklevel=2)
    if skipped:
        warnings.warn(f"analyze_to skipped {len(skipped)} document(s) that raised errors: {skipped[:10]}",
                      RuntimeWarning, stacklevel=2)
    return {"path": out, "rows": state["rows"], "documents": state["consumed"], "errors": state["errors"],
            "skipped": skipped, "resumed_from": resumed_from}


def _join_parts(parts: Path, out: Path, columns: list[str] | None, numeric: set[str]) -> None:
    """Join the chunk files into one Parquet file, one row group per chunk (bounded memory)."""
    import pyarrow.parquet as pq

    schema = _arrow_schema(columns or ["id"], numeric)
    tmp = out.with_name(out.name + ".tmp")
    try:
        with pq.ParquetWriter(tmp, schema) as writer:  # no part at all: an empty table with the columns
            for f in sorted(parts.glob("part-*.parquet")):
                writer.write_table(pq.read_table(f, schema=schema))
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()


# --------------------------------------------------------------------------------------------
# Dask
# --------------------------------------------------------------------------------------------


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] in ("dask", "dask_expr")


def _conform(frame, meta):
    """Give a partition's result the columns and dtypes of ``meta`` (so partitions concatenate)."""
    frame = frame.reindex(columns=meta.columns)
    for col, dtype in meta.dtypes.items():
        if frame[col].dtype != dtype:
            try:
                frame[col] = frame[col].astype(dtype)
            except (TypeError, ValueError):
                frame[col] = frame[col].astype("object")
    return frame


def _dask_meta(probe_docs, names: list[str], errors: str):
    """An empty result with the right columns and dtypes, from a one-document probe."""
    frame = analyze(probe_docs, indicators=names, errors="record" if errors == "record" else "raise",
                    progress=False)
    meta = frame.iloc[:0]
    numeric = {c for c in indicator_columns(names) if c != "top_source"}
    return meta.astype({c: "float64" for c in meta.columns if c in numeric})


def _analyze_partition(part, names: list[str], errors: str, meta):
    if len(part) == 0:
        return meta
    return _conform(analyze(part, indicators=names, errors=errors, progress=False), meta)


def _analyze_bag_partition(items, k: int, names: list[str], errors: str, meta):
    docs = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = Document(f"{k}:{i}", item)  # a Bag of strings: ids are partition:position
        elif isinstance(item, dict) and "id" not in item:
            item = dict(item, id=f"{k}:{i}")  # so are dicts without an id
        docs.append(item)
    if not docs:
        return meta
    return _conform(analyze(docs, indicators=names, errors=errors, progress=False), meta)


def _analyze_dask(docs: Any, names: list[str], errors: str):
    """``analyze`` over a Dask DataFrame or Bag, as a lazy Dask DataFrame."""
    import dask.dataframe as dd
    from dask import delayed

    if hasattr(docs, "map_partitions") and hasattr(docs, "columns"):  # a Dask DataFrame
        probe = docs._meta_nonempty.iloc[:1].copy()
        if "text" in probe.columns:
            probe["text"] = "Texte."
        if "date" in probe.columns:
            probe["date"] = "2026-01-01"
        meta = _dask_meta(probe, names, errors)
        return docs.map_partitions(_analyze_partition, names, errors, meta, meta=meta, clear_divisions=True)
    if hasattr(docs, "to_delayed"):  # a Dask Bag
        with warnings.catch_warnings():  # the first item tells the kind of items (one partition read, in-process)
            warnings.simplefilter("ignore")
            first = docs.take(1, npartitions=1, compute=False).compute(scheduler="sync")
        sample = first[0] if first else ""
        probe = [Document("0:0", "Texte.") if isinstance(sample, str) else sample]
        if isinstance(sample, dict):
            probe = [dict(sample, text="Texte.")]
        meta = _dask_meta(probe, names, errors)
        parts = [delayed(_analyze_bag_partition)(p, k, names, errors, meta) for k, p in enumerate(docs.to_delayed())]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    raise type_error("docs", docs, "a Dask DataFrame or Bag (or any corpus read_corpus accepts)")
