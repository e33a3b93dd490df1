"""Show an article's framing in a notebook: loaded terms, quotes with their speakers, and sources."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from ._validation import type_error, value_error
from .corpus import Document
from .indicators import LEXICAL_CATEGORIES, loaded_terms
from .lexicon import Lexicon, TermMatch
from .quotes import Quote, extract_quotes
from .sources import SOURCE_TYPES, SourceMention, extract_sources

__all__ = ["highlight", "Highlight", "records_frame", "MARKS"]

#: The kinds of mark :func:`highlight` can draw (its ``show`` argument takes any subset).
MARKS = ("terms", "quotes", "sources")

_QUOTE_KINDS = ("direct", "indirect", "mixed")

#: Hue (HSL degrees) of each lexical category; other categories get a hue from their name.
_CATEGORY_HUES = {
    "labelling": 0, "delegitimising": 335, "loaded": 25, "euphemism": 265, "intensifier": 50,
    "minimiser": 185, "hedge": 215, "certainty": 120, "evidential": 160, "scare_quote": 300,
}

# A blank line (possibly holding spaces) separates paragraphs; a single newline is a line break.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_CSS_NAME = re.compile(r"[a-z][a-z0-9_-]*")

# Every selector sits under .framing-hl, so nothing leaks into the rest of the notebook. Text keeps
# the theme's colour (inherit); backgrounds are translucent and borders mid-saturation, which reads
# on white as on dark grey.
_BASE_CSS = """\
.framing-hl{color:inherit;line-height:1.75;max-width:52em}
.framing-hl .fhl-head{margin:0 0 .4em}
.framing-hl .fhl-title{font-weight:600;font-size:1.15em}
.framing-hl .fhl-meta{opacity:.75;font-size:.9em}
.framing-hl .fhl-legend{font-size:.85em;line-height:2;padding:.2em 0 .4em;\
border-bottom:1px solid rgba(128,128,128,.4)}
.framing-hl .fhl-key{display:inline-block;margin-right:1.1em;white-space:nowrap}
.framing-hl .fhl-none{opacity:.7;font-style:italic}
.framing-hl p{margin:.7em 0}
.framing-hl .fhl-t,.framing-hl .fhl-q,.framing-hl .fhl-s{color:inherit;\
-webkit-box-decoration-break:clone;box-decoration-break:clone}
.framing-hl .fhl-t{border-radius:3px;padding:0 .1em;border-bottom:2px solid rgba(128,128,128,.8)}
.framing-hl .fhl-q{padding-bottom:3px;border-bottom:2px solid}
.framing-hl .fhl-q-direct{background:hsla(215,50%,55%,.13);border-bottom-color:hsl(215,50%,55%)}
.framing-hl .fhl-q-indirect{background:hsla(215,15%,55%,.10);border-bottom-style:dashed;\
border-bottom-color:hsl(215,20%,55%)}
.framing-hl .fhl-q-mixed{background:hsla(265,40%,60%,.12);border-bottom-style:dotted;\
border-bottom-color:hsl(265,40%,60%)}
.framing-hl .fhl-q-other{background:hsla(0,0%,55%,.10);border-bottom-color:hsl(0,0%,55%)}
.framing-hl .fhl-s{border:1px solid hsl(170,50%,42%);border-radius:.7em;padding:0 .25em;\
background:hsla(170,50%,45%,.10);font-weight:600}
.framing-hl .fhl-label{font-size:.78em;font-style:italic;opacity:.8;margin:0 .15em 0 .35em}
"""


# --------------------------------------------------------------------------------------------
# Layout: which marks are drawn, and the stream of open / close / text events that draws them
# --------------------------------------------------------------------------------------------


class _Mark(NamedTuple):
    """A span to draw, its offsets trimmed of surrounding white space, and the record behind it."""

    start: int
    end: int
    record: Any


def _trimmed(text: str, records: Iterable[Any]) -> Iterator[_Mark]:
    """Marks for ``records``, without white space at their edges; empty ones left out."""
    for record in records:
        start, end = record.start, record.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield _Mark(start, end, record)


_OPENING_MARKS = frozenset("«“„‹\"")
_CLOSING_MARKS = frozenset("»”›\"")


def _with_quotation_marks(text: str, mark: _Mark) -> _Mark:
    """Widen a quote's mark over the quotation marks right around it, so its label follows them."""
    start, end = mark.start, mark.end
    i = start
    while i > 0 and start - i < 2 and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] in _OPENING_MARKS:
        start = i - 1
    j = end
    while j < len(text) and j - end < 2 and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in _CLOSING_MARKS:
        end = j + 1
    return _Mark(start, end, mark.record)


def _by_position(mark: _Mark) -> tuple[int, int]:
    return mark.start, -mark.end


def _layout(text: str, terms: list, quotes: list, sources: list) -> tuple[list[list[_Mark]], list]:
    """Choose the marks to draw so that they nest: ``([quotes, outer, inner], hidden)``.

    Quotes form the outer layer, widened over the quotation marks right around them; a quote
    overlapping an earlier (or, at the same start, longer) quote is hidden. Terms and sources are
    drawn inside quotes, on two levels: a span lying inside another one (a loaded term inside a
    scare quote, a source inside *selon nos informations*) is nested in it; a span that crosses
    one already chosen, or would nest three deep, is hidden. Terms are chosen before sources. A
    source mention repeated with the same offsets and reading (one per quote of the same speaker)
    is drawn once. Each of the three lists is sorted and free of overlaps; a term or source that
    crosses a quote boundary is split there when drawn. Linear in the length of the text, plus
    ``n log n`` in the number of records.
    """
    hidden: list = []
    shown_quotes: list[_Mark] = []
    last_end = 0
    widened = (_with_quotation_marks(text, mark) for mark in _trimmed(text, quotes))
    for mark in sorted(widened, key=_by_position):
        if mark.start < last_end:
            hidden.append(mark.record)
        else:
            shown_quotes.append(mark)
            last_end = mark.end
    owner = [-1] * len(text)  # at each offset, the index in `chosen` of the outer mark there, or -1
    nested = bytearray(len(text))  # 1 where an inner (second-level) mark lies
    chosen: list[_Mark] = []
    level: list[int] = []
    seen: set[tuple] = set()
    for records in (terms, sources):
        for mark in sorted(_trimmed(text, records), key=_by_position):
            if isinstance(mark.record, SourceMention):
                key = (mark.start, mark.end, mark.record.name, mark.record.source_type, mark.record.via)
                if key in seen:
                    continue
                seen.add(key)
            start, end = mark.start, mark.end
            first, last = owner[start], owner[end - 1]
            free_below = nested.find(1, start, end) == -1
            if first != -1 and first == last and free_below:  # inside one outer mark
                nested[start:end] = b"\x01" * (end - start)
                level.append(1)
            elif ((first == -1 or chosen[first].start >= start) and (last == -1 or chosen[last].end <= end)
                  and free_below):  # around nothing, or around whole outer marks, which go one level down
                inside = owner[start:end]
                for i in set(inside) - {-1}:
                    level[i] = 1
                nested[start:end] = bytes(i != -1 for i in inside)
                owner[start:end] = [len(chosen)] * (end - start)
                level.append(0)
            else:
                hidden.append(mark.record)
                continue
            chosen.append(mark)
    outer = sorted((m for m, k in zip(chosen, level) if k == 0), key=_by_position)
    inner = sorted((m for m, k in zip(chosen, level) if k == 1), key=_by_position)
    return [shown_quotes, outer, inner], hidden


def _events(text: str, levels: list[list[_Mark]], breaks: list[_Mark]) -> Iterator[tuple[str, Any]]:
    """Walk the text once, from boundary to boundary, yielding well-nested drawing events.

    ``levels`` is ``[quotes, outer, inner]``: each sorted and free of overlaps, each mark of a
    level lying inside a mark of the level above or, for terms and sources, crossing only quote
    boundaries. Events are ``("p", None)`` / ``("/p", None)`` around each paragraph, ``("open",
    record)`` / ``("close", record)`` around a mark, ``("label", quote)`` right after a quote
    ends, and ``("text", chunk)``. A tag is always closed before its parent, so a mark that
    crosses a paragraph break or a quote boundary is drawn in pieces.
    """
    bounds = sorted({0, len(text), *(x for group in (*levels, breaks) for m in group for x in m[:2])})
    at = [0] * len(levels)
    bi = 0
    opened: list[_Mark] = []  # open marks, outermost first
    unlabelled: _Mark | None = None  # the quote whose label is still to come
    in_paragraph = False
    for a, b in zip(bounds, bounds[1:]):
        covering = []
        for k, marks in enumerate(levels):
            while at[k] < len(marks) and marks[at[k]].end <= a:
                at[k] += 1
            covering.append(marks[at[k]] if at[k] < len(marks) and marks[at[k]].start <= a else None)
        while bi < len(breaks) and breaks[bi].end <= a:
            bi += 1
        at_break = bi < len(breaks) and breaks[bi].start <= a
        quote = covering[0]
        wanted = [m for m in covering if m is not None]
        if unlabelled is not None and unlabelled is not quote:  # the quote has ended
            for mark in reversed(opened):
                yield "close", mark.record
            opened = []
            yield "label", unlabelled.record
            unlabelled = None
        if at_break:
            for mark in reversed(opened):
                yield "close", mark.record
            opened = []
            if in_paragraph:
                yield "/p", None
                in_paragraph = False
            continue
        if not in_paragraph:
            yield "p", None
            in_paragraph = True
        same = 0
        while same < min(len(opened), len(wanted)) and opened[same] is wanted[same]:
            same += 1
        for mark in reversed(opened[same:]):
            yield "close", mark.record
        for mark in wanted[same:]:
            yield "open", mark.record
        opened = wanted
        if quote is not None:
            unlabelled = quote
        yield "text", text[a:b]
    for mark in reversed(opened):
        yield "close", mark.record
    if unlabelled is not None:
        yield "label", unlabelled.record
    if in_paragraph:
        yield "/p", None


def _paragraph_breaks(text: str) -> list[_Mark]:
    """The blank lines between paragraphs, and the white space before the first and after the last."""
    lo, hi = len(text) - len(text.lstrip()), len(text.rstrip())
    if lo >= hi:
        return [_Mark(0, len(text), None)] if text else []
    breaks = [_Mark(0, lo, None)] if lo else []
    breaks += [_Mark(m.start(), m.end(), None) for m in _PARAGRAPH_BREAK.finditer(text, lo, hi)]
    if hi < len(text):
        breaks.append(_Mark(hi, len(text), None))
    return breaks


# --------------------------------------------------------------------------------------------
# Wording and styling of one mark
# --------------------------------------------------------------------------------------------


def _quote_label(quote: Quote) -> str:
    """``— Claire Dumas (person) · affirmer, assertive``: who speaks, and with which cue."""
    label = f"— {quote.speaker or 'unknown speaker'}"
    if quote.speaker_type:
        label += f" ({quote.speaker_type})"
    if quote.cue:
        label += " · " + ("colon" if quote.cue == ":" else quote.cue)
        if quote.cue_class:
            label += f", {quote.cue_class}"
    if quote.negated:
        label += " · negated"
    return label


def _term_tip(term: TermMatch) -> str:
    return f"{term.category} · lemma: {term.lemma}"


def _source_tip(source: SourceMention) -> str:
    return f"source: {source.name} · type: {source.source_type} · via: {source.via}"


def _category_class(category: str) -> str:
    """A CSS class for a term category: its own name when that is a safe identifier."""
    if _CSS_NAME.fullmatch(category):
        return f"fhl-t-{category}"
    return f"fhl-t-x{zlib.crc32(category.encode('utf-8')):08x}"


def _category_css(category: str) -> str:
    hue = _CATEGORY_HUES.get(category, zlib.crc32(category.encode("utf-8")) % 360)
    return (f".framing-hl .{_category_class(category)}{{background:hsla({hue},70%,55%,.28);"
            f"border-bottom-color:hsl({hue},55%,50%)}}\n")


def _quote_class(quote: Quote) -> str:
    return "fhl-q fhl-q-" + (quote.kind if quote.kind in _QUOTE_KINDS else "other")


def _ordered(counts: Counter, order: Iterable[str]) -> list[tuple[str, int]]:
    """``counts`` items in the given order first, then the others in order of first appearance."""
    order = [k for k in order if k in counts]
    return [(k, counts[k]) for k in order] + [(k, n) for k, n in counts.items() if k not in order]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------------------------
# Highlight
# --------------------------------------------------------------------------------------------


def _check_records(name: str, records: Any, kind: type, length: int) -> list | None:
    if records is None:
        return None
    if isinstance(records, (str, bytes)) or not isinstance(records, Iterable):
        raise type_error(name, records, f"a list of {kind.__name__} or None")
    records = list(records)
    for i, record in enumerate(records):
        if not isinstance(record, kind):
            raise type_error(f"{name}[{i}]", record, f"a {kind.__name__}")
        start, end = record.start, record.end
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
            raise value_error(f"{name}[{i}]", record, f"offsets into the text (0 <= start <= end <= {length})")
    return records


class Highlight:
    """An article with its framing marked, shown as HTML in a notebook and as text in a terminal.

    Usually made by :func:`highlight`. Build one directly to show records found another way, e.g.
    ``Highlight(text, quotes=extract_quotes(text, engine="spacy"))``.

    Parameters
    ----------
    text : str
        The article; every record's offsets index it.
    terms, quotes, sources : list of TermMatch, Quote, SourceMention, or None
        The marks to draw. ``None`` leaves that kind out of the display and its legend; an empty
        list says that it was looked for and none was found.
    title, outlet : str, optional
        Shown in a header above the text.
    date : datetime.date, optional
        Shown in the header.
    doc_id : str, optional
        Shown in the header.

    Attributes
    ----------
    terms, quotes, sources : list or None
        The records given.
    hidden : list
        Records not drawn because their span crosses that of a mark drawn before them: a quote
        overlapping an earlier quote; a term or source crossing a term (terms are placed first,
        then sources), or that would nest three deep.

    Notes
    -----
    Quotes are the outer layer, with terms and sources drawn inside them. A term or source that
    lies inside another one is nested in it (a loaded term inside a scare quote), on two levels at
    most. A term or source mention that crosses a quote boundary or a paragraph break is drawn in
    pieces, each with the same style and tooltip, so the markup always nests. A blank line starts
    a new paragraph; a single newline is a line break. Every piece of text from the article and
    its records goes through :func:`html.escape`. The HTML holds no script and loads nothing.

    Examples
    --------
    >>> text = "« Nous tiendrons », a affirmé Claire Dumas."
    >>> h = Highlight(text, quotes=extract_quotes(text))
    >>> print(h.to_text())
    [quote:direct]« Nous tiendrons »[/quote — Claire Dumas (person) · affirmer, assertive], a affirmé Claire Dumas.
    >>> h.hidden
    []
    """

    def __init__(self, text: str, *, terms: Iterable[TermMatch] | None = None,
                 quotes: Iterable[Quote] | None = None, sources: Iterable[SourceMention] | None = None,
                 title: str | None = None, outlet: str | None = None, date: _dt.date | None = None,
                 doc_id: str | None = None) -> None:
        if not isinstance(text, str):
            raise type_error("text", text, "a str")
        for name, value in (("title", title), ("outlet", outlet), ("doc_id", doc_id)):
            if value is not None and not isinstance(value, str):
                raise type_error(name, value, "a str or None")
        if date is not None and not isinstance(date, _dt.date):
            raise type_error("date", date, "a datetime.date or None")
        self.text = text
        self.terms = _check_records("terms", terms, TermMatch, len(text))
        self.quotes = _check_records("quotes", quotes, Quote, len(text))
        self.sources = _check_records("sources", sources, SourceMention, len(text))
        self.title, self.outlet, self.date, self.doc_id = title, outlet, date, doc_id
        self._levels, self.hidden = _layout(text, self.terms or [], self.quotes or [], self.sources or [])
        self._html: str | None = None

    # -- counts ------------------------------------------------------------------------------

    def _counts(self) -> dict[str, Counter]:
        """Drawn marks: terms by category, quotes by kind, sources by type."""
        counts = {"terms": Counter(), "quotes": Counter(), "sources": Counter()}
        quotes, outer, inner = self._levels
        for mark in quotes:
            counts["quotes"][mark.record.kind] += 1
        for mark in outer + inner:
            if isinstance(mark.record, TermMatch):
                counts["terms"][mark.record.category] += 1
            else:
                counts["sources"][mark.record.source_type] += 1
        return counts

    def _summary_parts(self) -> list[tuple[str, int, list[tuple[str, int]]]]:
        """``(noun, total, [(key, count), ...])`` for each kind of mark that was looked for."""
        counts = self._counts()
        parts = []
        if self.terms is not None:
            parts.append(("loaded term", counts["terms"], _ordered(counts["terms"], LEXICAL_CATEGORIES)))
        if self.quotes is not None:
            parts.append(("quote", counts["quotes"], _ordered(counts["quotes"], _QUOTE_KINDS)))
        if self.sources is not None:
            parts.append(("source mention", counts["sources"], _ordered(counts["sources"], SOURCE_TYPES)))
        return [(noun, sum(c.values()), items) for noun, c, items in parts]

    def _meta_line(self) -> str:
        meta = [self.outlet, self.date.isoformat() if self.date else None, self.doc_id]
        return " · ".join(m for m in meta if m)

    # -- plain text --------------------------------------------------------------------------

    def to_text(self) -> str:
        """The whole text with its marks as brackets, e.g. ``[term:hedge]sans doute[/term]``.

        Quotes read ``[quote:direct]…[/quote — speaker (type) · cue, class]`` and sources
        ``[source:official]…[/source]``; a mark drawn in pieces is bracketed piece by piece.

        >>> text = "Le ministre a peut-être menti."
        >>> print(Highlight(text, terms=loaded_terms(text)).to_text())
        Le ministre a [term:hedge]peut-être[/term] menti.
        """
        out = []
        for event, value in _events(self.text, self._levels, []):
            if event == "text":
                out.append(value)
            elif event == "open":
                if isinstance(value, Quote):
                    out.append(f"[quote:{value.kind}]")
                elif isinstance(value, TermMatch):
                    out.append(f"[term:{value.category}]")
                else:
                    out.append(f"[source:{value.source_type}]")
            elif event == "close" and not isinstance(value, Quote):
                out.append("[/term]" if isinstance(value, TermMatch) else "[/source]")
            elif event == "label":
                out.append(f"[/quote {_quote_label(value)}]")
        return "".join(out)

    def __repr__(self) -> str:
        lines = []
        if self.title:
            lines.append(self.title)
        if self._meta_line():
            lines.append(self._meta_line())
        summary = []
        for noun, total, items in self._summary_parts():
            detail = ", ".join(f"{k} {n}" for k, n in items)
            summary.append(_plural(total, noun) + (f" ({detail})" if detail else ""))
        if self.hidden:
            summary.append(f"{len(self.hidden)} overlapping not marked")
        lines.append("Highlight: " + ("; ".join(summary) if summary else "no marks"))
        body = self.to_text()
        if len(body) > 3000:
            body = body[:3000] + f"… [{len(body) - 3000} more characters: print(h.to_text()) for all]"
        return "\n".join(lines) + "\n\n" + body

    # -- HTML --------------------------------------------------------------------------------

    def _css(self) -> str:
        marks = sorted(self._levels[1] + self._levels[2], key=_by_position)
        categories = dict.fromkeys(m.record.category for m in marks if isinstance(m.record, TermMatch))
        return _BASE_CSS + "".join(_category_css(c) for c in categories)

    def _header_html(self) -> str:
        parts = []
        if self.title:
            parts.append(f'<div class="fhl-title">{html.escape(self.title)}</div>')
        if self._meta_line():
            parts.append(f'<div class="fhl-meta">{html.escape(self._meta_line())}</div>')
        return f'<div class="fhl-head">{"".join(parts)}</div>' if parts else ""

    def _legend_html(self) -> str:
        keys = []
        for noun, total, items in self._summary_parts():
            if not total:
                keys.append(f'<span class="fhl-key fhl-none">no {noun}s</span>')
            elif noun == "loaded term":
                keys += [f'<span class="fhl-key"><span class="fhl-t {_category_class(c)}">{html.escape(c)}</span>'
                         f" {n}</span>" for c, n in items]
            elif noun == "quote":
                keys += [f'<span class="fhl-key"><span class="fhl-q fhl-q-{k if k in _QUOTE_KINDS else "other"}">'
                         f"{html.escape(k)} quote</span> {n}</span>" for k, n in items]
            else:
                detail = ", ".join(f"{html.escape(k)} {n}" for k, n in items)
                keys.append(f'<span class="fhl-key"><span class="fhl-s">source</span> {total} ({detail})</span>')
        if self.hidden:
            keys.append(f'<span class="fhl-key fhl-none">{len(self.hidden)} overlapping not marked</span>')
        return f'<div class="fhl-legend">{"".join(keys)}</div>' if keys else ""

    def _body_html(self) -> str:
        breaks = _paragraph_breaks(self.text)
        out = []
        for event, value in _events(self.text, self._levels, breaks):
            if event == "text":
                out.append(html.escape(value).replace("\r\n", "\n").replace("\n", "<br>\n"))
            elif event == "p":
                out.append("<p>")
            elif event == "/p":
                out.append("</p>\n")
            elif event == "close":
                out.append("</span>")
            elif event == "label":
                out.append(f'<span class="fhl-label">{html.escape(_quote_label(value))}</span>')
            elif isinstance(value, Quote):
                tip = f"{value.kind} quote {_quote_label(value)}"
                out.append(f'<span class="{_quote_class(value)}" title="{html.escape(tip)}">')
            elif isinstance(value, TermMatch):
                out.append(f'<span class="fhl-t {_category_class(value.category)}" '
                           f'title="{html.escape(_term_tip(value))}">')
            else:
                out.append(f'<span class="fhl-s" title="{html.escape(_source_tip(value))}">')
        return "".join(out)

    def _repr_html_(self) -> str:
        if self._html is None:
            self._html = (f'<div class="framing-hl"><style>\n{self._css()}</style>\n'
                          f"{self._header_html()}{self._legend_html()}\n"
                          f'<div class="fhl-text">\n{self._body_html()}</div></div>')
        return self._html

    @property
    def html(self) -> str:
        """The HTML fragment shown in a notebook (the same as ``_repr_html_()``)."""
        return self._repr_html_()

    def save(self, path: str | os.PathLike) -> Path:
        """Write a standalone HTML page (UTF-8) showing the highlight; return its path.

        Parameters
        ----------
        path : str or path-like
            The file to write; it is replaced if it exists.

        Returns
        -------
        pathlib.Path
        """
        if not isinstance(path, (str, os.PathLike)):
            raise type_error("path", path, "a str or path-like")
        path = Path(path)
        title = html.escape(self.title or "framing highlight")
        page = (f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
                f"</head>\n<body>\n{self._repr_html_()}\n</body>\n</html>\n")
        path.write_text(page, encoding="utf-8")
        return path


def _check_show(show: Any) -> frozenset[str]:
    accepted = "a subset of " + ", ".join(repr(m) for m in MARKS)
    if isinstance(show, str):
        show = (show,)
    if not isinstance(show, Iterable):
        raise type_error("show", show, accepted)
    wanted = tuple(show)
    if any(mark not in MARKS for mark in wanted):
        raise value_error("show", show if not isinstance(show, Iterator) else wanted, accepted)
    return frozenset(wanted)


def highlight(text_or_document: str | Document, *, show: Iterable[str] = MARKS,
              lexicon: Lexicon | None = None) -> Highlight:
    """Mark an article's loaded terms, quotes (with who says them) and sources, for a notebook.

    The result displays as HTML in Jupyter: terms coloured by category (tooltip: lemma and
    category), quotes underlined by kind and followed by a label naming the speaker, its type and
    the cue (*— Claire Dumas (person) · affirmer, assertive*), source mentions boxed (tooltip:
    name, type and how the source is cited), and a legend with the count of each mark. ``print``
    gives the same as text.

    Parameters
    ----------
    text_or_document : str or Document
        The article. A :class:`~framing.Document` also shows its title, outlet, date and id.
    show : iterable of {"terms", "quotes", "sources"}, default all three
        What to mark (a single name is accepted as well).
    lexicon : Lexicon, optional
        Passed to :func:`~framing.loaded_terms` instead of the default lexicon.

    Returns
    -------
    Highlight
        With ``_repr_html_``, ``html``, ``save(path)`` and ``to_text()``; ``terms``, ``quotes``
        and ``sources`` hold the records found (``None`` for a kind not shown).

    Raises
    ------
    TypeError
        If ``text_or_document`` is not a str or Document, or ``lexicon`` not a Lexicon.
    ValueError
        If ``show`` names something other than ``"terms"``, ``"quotes"``, ``"sources"``.

    See Also
    --------
    loaded_terms, extract_quotes, extract_sources : the extractors behind each kind of mark.
    records_frame : the records as a table.

    Notes
    -----
    Marks must nest to make valid HTML. A term or source inside another is nested in it; one that
    crosses another is not drawn, nor is a quote overlapping an earlier quote: these are listed in
    ``Highlight.hidden`` and counted in the legend. Terms and sources that cross a quote boundary
    are drawn in pieces. The work is linear in the length of the text, beyond the extractors' own.

    Examples
    --------
    >>> h = highlight("« Nous tiendrons », a affirmé Claire Dumas, qui dénonce un scandale.")
    >>> print(h)  # doctest: +NORMALIZE_WHITESPACE
    Highlight: 1 loaded term (loaded 1); 2 quotes (direct 1, indirect 1); 1 source mention (unknown 1)
    <BLANKLINE>
    [quote:direct]« Nous tiendrons »[/quote — Claire Dumas (person) · affirmer, assertive], a affirmé
    [source:unknown]Claire Dumas[/source], qui dénonce [quote:indirect]un [term:loaded]scandale[/term][/quote
    — Claire Dumas (person) · dénoncer, emphatic].
    >>> h.html.startswith('<div class="framing-hl"><style>')
    True
    >>> "&lt;b&gt;" in highlight("Un <b>titre</b>", show=["terms"]).html
    True
    >>> highlight("Texte", show=["citations"])
    Traceback (most recent call last):
    ...
    ValueError: `show` must be a subset of 'terms', 'quotes', 'sources'; got list ['citations']
    """
    wanted = _check_show(show)
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise type_error("lexicon", lexicon, "a framing.Lexicon or None (the default lexicon)")
    header: dict[str, Any] = {}
    if isinstance(text_or_document, Document):
        text = text_or_document.text
        header = {"title": text_or_document.title, "outlet": text_or_document.outlet,
                  "date": text_or_document.date, "doc_id": text_or_document.id}
    elif isinstance(text_or_document, str):
        text = text_or_document
    else:
        hint = " (decode bytes first)" if isinstance(text_or_document, (bytes, bytearray)) else ""
        raise type_error("text_or_document", text_or_document, f"a str or a framing.Document{hint}")
    return Highlight(
        text,
        terms=loaded_terms(text, lexicon=lexicon) if "terms" in wanted else None,
        quotes=extract_quotes(text) if "quotes" in wanted else None,
        sources=extract_sources(text) if "sources" in wanted else None,
        **header,
    )


# --------------------------------------------------------------------------------------------
# Records as a table
# --------------------------------------------------------------------------------------------


def _fields(record: Any) -> tuple[str, ...] | None:
    """The field names of a NamedTuple or dataclass instance; ``None`` for anything else."""
    if isinstance(record, tuple) and isinstance(getattr(type(record), "_fields", None), tuple):
        return type(record)._fields
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return tuple(f.name for f in dataclasses.fields(record))
    return None


def records_frame(records: list | tuple):
    """Turn a list of records into a pandas DataFrame, one row per record, one column per field.

    A list of :class:`~framing.TermMatch`, :class:`~framing.Quote` or
    :class:`~framing.SourceMention` then displays as a table in a notebook.

    Parameters
    ----------
    records : list or tuple
        Records of one type: NamedTuples (as the extractors return) or dataclass instances.

    Returns
    -------
    pandas.DataFrame
        Columns named after the fields, in their order; an empty frame for an empty list.

    Raises
    ------
    TypeError
        If ``records`` is not a list or tuple of records of one type.

    Examples
    --------
    >>> from framing import loaded_terms
    >>> records_frame(loaded_terms("Le régime aurait menti, selon un témoin."))[["text", "category"]]
                  text    category
    0     aurait menti  evidential
    1  selon un témoin  evidential
    >>> records_frame([]).shape
    (0, 0)
    """
    import pandas as pd

    accepted = "a list of records (NamedTuple or dataclass instances such as TermMatch, Quote, SourceMention)"
    if not isinstance(records, (list, tuple)) or _fields(records) is not None:
        raise type_error("records", records, accepted)
    if not records:
        return pd.DataFrame()
    kind = type(records[0])
    fields = _fields(records[0])
    if fields is None:
        raise type_error("records[0]", records[0], "a record (NamedTuple or dataclass instance)")
    rows = []
    for i, record in enumerate(records):
        if type(record) is not kind:
            raise type_error(f"records[{i}]", record, f"a {kind.__name__} like records[0] (one type per table)")
        rows.append(tuple(record) if isinstance(record, tuple) else tuple(getattr(record, f) for f in fields))
    return pd.DataFrame.from_records(rows, columns=list(fields))
