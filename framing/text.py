"""French text layer: normalisation, tokens, sentences and paragraphs, all with offsets into the original text.

Every function here takes the text exactly as the user has it and returns spans whose ``start`` and
``end`` index that same string, so ``text[span.start:span.end] == span.text`` always holds. Nothing is
downloaded: the tokenizer and the sentence splitter are compiled regular expressions plus a few
French word lists kept in this module.
"""

from __future__ import annotations

import html
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence, Set
from itertools import accumulate, compress, count
from typing import NamedTuple, overload

from ._validation import check_text

__all__ = [
    "Token",
    "Span",
    "TokenList",
    "Normalised",
    "normalise",
    "tokens",
    "sentences",
    "paragraphs",
    "ABBREVIATIONS",
    "INVERTED_SUBJECT",
]


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


class Token(NamedTuple):
    """A word token: ``text`` is ``original[start:end]``; ``norm`` is lowercased with ``'`` apostrophes."""

    start: int
    end: int
    text: str
    norm: str


class Span(NamedTuple):
    """A sentence or paragraph: ``text`` is ``original[start:end]``, without surrounding white space."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_SPACE = " "
_SIMPLE = {
    "\r": "\n",
    # spaces: no-break, narrow no-break, figure, thin, hair, ideographic, en/em spaces
    "\u00a0": _SPACE, "\u202f": _SPACE, "\u2007": _SPACE, "\u2009": _SPACE, "\u200a": _SPACE,
    "\u2002": _SPACE, "\u2003": _SPACE, "\u3000": _SPACE,
    # invisible characters: soft hyphen, zero-width space/joiners, word joiner, BOM
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    # apostrophes and single quotes
    "\u2019": "'", "\u2018": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    # double quotes (French guillemets « » and ‹ › are kept: they carry meaning)
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # hyphens that look like hyphens
    "\u2010": "-", "\u2011": "-",
    # Latin ligatures (œ and æ are French letters and are kept)
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# C0 control characters other than tab and newline, and DEL, become spaces (NUL bytes included).
for _code in list(range(0, 9)) + [11, 12] + list(range(14, 32)) + [127]:
    _SIMPLE[chr(_code)] = _SPACE

_NORMALISE = re.compile(
    "\r\n|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|["
    + "".join(re.escape(c) for c in _SIMPLE)
    + "]"
)


class Normalised:
    """A normalised text and the map from its offsets back to the original text.

    Attributes
    ----------
    text : str
        The normalised text.
    original : str
        The text that was normalised, unchanged.

    Examples
    --------
    >>> n = normalise("l\u2019\u00abÉtat\u00bb &amp; co")
    >>> n.text
    "l'«État» & co"
    >>> n.to_original(8), n.original[n.to_original(8)]
    (8, ' ')
    >>> n.span_to_original(9, 10)
    (9, 14)
    """

    __slots__ = ("text", "original", "_norm_ends", "_edits")

    def __init__(self, text: str, original: str, edits: list[tuple[int, int, int, int]]):
        self.text = text
        self.original = original
        # each edit: (norm_start, norm_end, orig_start, orig_end) of a replaced stretch
        self._edits = edits
        self._norm_ends = [e[1] for e in edits]

    def __repr__(self) -> str:
        return f"Normalised({self.text[:60]!r}{'...' if len(self.text) > 60 else ''}, edits={len(self._edits)})"

    def to_original(self, offset: int, *, side: str = "start") -> int:
        """Map an offset of the normalised text to an offset of the original text.

        An offset that falls inside a replaced stretch (an entity, a ligature) maps to the start of
        that stretch in the original with ``side="start"`` and to its end with ``side="end"``.
        """
        if not isinstance(offset, int) or not 0 <= offset <= len(self.text):
            raise ValueError(f"`offset` must be an int between 0 and {len(self.text)}; got {offset!r}")
        if side == "start":
            i = bisect_right(self._norm_ends, offset) - 1  # last edit that ends at or before offset
            nxt = i + 1
            if nxt < len(self._edits) and self._edits[nxt][0] < offset < self._edits[nxt][1]:
                return self._edits[nxt][2]
        elif side == "end":
            i = bisect_left(self._norm_ends, offset) - 1  # last edit that ends strictly before offset
            nxt = i + 1
            if nxt < len(self._edits) and self._edits[nxt][0] < offset <= self._edits[nxt][1]:
                return self._edits[nxt][3]
        else:
            raise ValueError(f"`side` must be 'start' or 'end'; got {side!r}")
        if i < 0:
            return offset
        _, n_end, _, o_end = self._edits[i]
        return o_end + (offset - n_end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text to the original text."""
        return self.to_original(start, side="start"), self.to_original(end, side="end")


def normalise(text: str) -> Normalised:
    """Normalise French typography while keeping a map back to the original offsets.

    Applied changes: ``\\r\\n`` and ``\\r`` to ``\\n``; no-break, narrow no-break and other
    typographic spaces to a plain space; soft hyphens, zero-width characters and BOMs removed;
    curly apostrophes to ``'`` and curly double quotes to ``"`` (guillemets « » are kept); Latin
    ligatures (ﬁ, ﬂ …) expanded; HTML entities decoded; control characters (NUL included) to spaces.

    Parameters
    ----------
    text : str
        Any string; it is not modified.

    Returns
    -------
    Normalised
        ``.text`` is the normalised string; ``.to_original(i)`` and ``.span_to_original(s, e)`` map
        offsets back to ``text``.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> normalise("Il a dit\u00a0: \u201cnon\u201d").text
    'Il a dit : "non"'
    >>> n = normalise("a&eacute;b")
    >>> n.text, n.span_to_original(1, 2)
    ('aéb', (1, 9))
    """
    check_text(text)
    edits: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    last = 0
    shift = 0  # len(normalised so far) - len(original so far)
    for m in _NORMALISE.finditer(text):
        s, e = m.span()
        found = m.group()
        if found == "\r\n":
            repl = "\n"
        elif found[0] == "&":
            repl = html.unescape(found)
            if repl != found:
                repl = "".join(_SIMPLE.get(c, c) for c in repl)
        else:
            repl = _SIMPLE[found]
        if repl == found:
            continue
        pieces.append(text[last:s])
        pieces.append(repl)
        n_start = s + shift
        edits.append((n_start, n_start + len(repl), s, e))
        shift += len(repl) - (e - s)
        last = e
    if not edits:
        return Normalised(text, text, [])
    pieces.append(text[last:])
    return Normalised("".join(pieces), text, edits)


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------

#: Abbreviations that end with a full stop which does not end a sentence (case-sensitive).
ABBREVIATIONS = frozenset(
    "M MM Mme Mmes Mlle Mlles Mgr Me Dr Drs Pr St Ste cf Cf av apr env hab tél Tél p pp éd fig ex Ex vs".split()
)
# Abbreviations kept whole as tokens; "etc." may also end a sentence, so it is only here.
_TOKEN_ABBREVIATIONS = ABBREVIATIONS | {"etc", "Etc"}
_ELIDED = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")
_SP = "[ \u00a0\u202f]"
_CAP = "A-ZÀ-ÖØ-Þ"
_HYPHEN = "\\-\u2010\u2011"
# The word pattern is built so that the common case costs little: every special case is tried only
# after a cheap first check (an apostrophe, a digit, a full stop) at the end of a run of letters.
_WORD = (
    r"\w+(?:"
    rf"[{_HYPHEN}]\w+"  # vice-président, a-t-il, dit-elle
    # an inner apostrophe continues the word (aujourd'hui, presqu'île) unless it follows an elided
    # article or pronoun standing alone (l', d', qu', jusqu'), which ends the token
    + r"|(?=['’])"
    + "".join(rf"(?<!(?<!\w)(?<!\w[{_HYPHEN}])(?i:{e}))" for e in _ELIDED)
    + r"['’]\w+"
    r"|(?<=\d)(?:[.,]\d+"  # after a digit: 12,5  3.14
    # 1 500 000,5: groups of three digits after a first group of one to three digits
    rf"|{_SP}(?=\d{{3}}(?!\w))(?:(?<=(?<![\w.,])\d{_SP})|(?<=(?<![\w.,])\d\d{_SP})"
    rf"|(?<=(?<![\w.,])\d\d\d{_SP})|(?<={_SP}\d\d\d{_SP}))\d{{3}})"
    r")*+"
    r"(?:['’](?=\w)"  # the apostrophe of an elision belongs to its token: l' d' qu'
    + r"|\.(?:(?:"
    + "|".join(rf"(?<=\b{re.escape(a)}\.)" for a in sorted(_TOKEN_ABBREVIATIONS))
    + r")(?!\w)"  # M.  Mme.  etc.
    + rf"|(?<=\b[{_CAP}]\.)(?:[{_CAP}]\.)+(?![^\W\d_])))?"  # U.S.A.  S.N.C.F.
)
_URL_CHAR = r"[^\s<>\"«»“”.,;:!?)\]}'’]"
_URL_PUNCT = r"[.,;:!?)\]}'’]"
# the domain endings that make a word a site's name (Mediapart.fr); the gate below looks for each
_SITE_ENDINGS = ("fr", "com", "net", "org", "info", "eu", "be", "ch", "io", "tv")
# URLs, e-mail addresses, handles, hashtags and site names: only texts that contain '@', '#', '://',
# 'www.' or a domain ending ('.fr', '.com', ...) pay for these alternatives.
_SPECIAL = (
    rf"(?:https?://|www\.)(?:{_URL_CHAR}|{_URL_PUNCT}++(?={_URL_CHAR}))++"
    r"|(?<![\w.+-])[\w.+-]+@\w[\w-]*(?:\.[\w-]+)*\.\w+"
    r"|[@#]\w+"
    # a site's name: Radars-auto.com, Mediapart.fr
    rf"|(?<![\w.@/-])[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(_SITE_ENDINGS)})(?![\w.-]\w)"
)
_PUNCT = r"\.\.\.|[!?]+|[^\w\s]"
_TOKEN_SPLIT = re.compile(f"({_WORD})")
_TOKEN_SPLIT_SPECIAL = re.compile(f"({_SPECIAL}|{_WORD})")
_TOKEN_SPLIT_PUNCT = re.compile(f"({_WORD}|{_PUNCT})")
_TOKEN_SPLIT_SPECIAL_PUNCT = re.compile(f"({_SPECIAL}|{_WORD}|{_PUNCT})")


# what a text must hold for the special alternatives to be tried, every site ending included so that
# a word tokenises the same whatever else the text holds; one regex search looks for all of them
_SPECIAL_MARKERS = ("@", "#", "://", "www.", *(f".{ending}" for ending in _SITE_ENDINGS))
_SPECIAL_MARKER = re.compile("|".join(map(re.escape, _SPECIAL_MARKERS)))


def _has_special(text: str) -> bool:
    return _SPECIAL_MARKER.search(text) is not None


#: The start offset of a regex match, as a C-level callable (``map(_match_start, pattern.finditer(text))``).
_match_start = operator.methodcaller("start")


def _positions(column: Sequence[str], words: Set[str]) -> list[int]:
    """Indices of the items of ``column`` that are in ``words``, found at C speed (no Python loop).

    >>> _positions(["il", "a", "dit", "que"], {"dit", "que"})
    [2, 3]
    """
    return list(compress(count(), map(words.__contains__, column)))


#: A word with an inverted subject clitic: "a-t-il", "dit-elle", "révèle-t-on", "estiment-ils".
INVERTED_SUBJECT = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles)$")


class TokenList(Sequence[Token]):
    """The tokens of a text, stored as columns and turned into :class:`Token` records on access.

    It behaves as a read-only list of :class:`Token` and also exposes the columns ``starts``,
    ``ends``, ``texts`` and ``norms`` (plain lists) for fast code that does not need records. Each
    column is computed from the tokenizer's output on first access and then kept.

    Examples
    --------
    >>> toks = tokens("L'imposteur a-t-il menti ?")
    >>> len(toks), toks[0]
    (4, Token(start=0, end=2, text="L'", norm="l'"))
    >>> toks.norms
    ["l'", 'imposteur', 'a-t-il', 'menti']
    >>> toks.starts, toks.ends
    ([0, 2, 12, 19], [2, 11, 18, 24])
    """

    __slots__ = ("_ends", "_folded", "_norms", "_parts", "_starts", "_texts", "text")

    def __init__(self, text: str, parts: list[str] | None):
        # ``parts`` alternates gaps and tokens, as ``re.split`` with one group returns them
        self.text = text
        self._parts = parts
        self._texts: list[str] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        self._norms: list[str] | None = None
        self._folded: list[str] | None = None

    @property
    def texts(self) -> list[str]:
        """Token texts, as they stand in the original."""
        if self._texts is None:
            self._texts = self._parts[1::2]
        return self._texts

    def _offsets(self) -> None:
        bounds = list(accumulate(map(len, self._parts)))
        self._ends = bounds[1::2]
        self._starts = bounds[0::2][: len(self._ends)]

    @property
    def starts(self) -> list[int]:
        """Start offset of each token."""
        if self._starts is None:
            self._offsets()
        return self._starts

    @property
    def ends(self) -> list[int]:
        """End offset (exclusive) of each token."""
        if self._ends is None:
            self._offsets()
        return self._ends

    @property
    def norms(self) -> list[str]:
        """Lowercased token texts with ``'`` for every apostrophe and plain spaces in numbers."""
        if self._norms is None:
            # tokens never contain a line break, so one join, one lower() and one split do it all
            joined = "\n".join(self.texts).lower()
            if "\u2019" in joined:
                joined = joined.replace("\u2019", "'")
            if "\u00a0" in joined or "\u202f" in joined:
                joined = joined.replace("\u00a0", " ").replace("\u202f", " ")
            self._norms = joined.split("\n") if self.texts else []
        return self._norms

    @property
    def folded(self) -> list[str]:
        """Norms without accents (``"État"`` → ``"etat"``), as lexicon matching compares them."""
        if self._folded is None:
            from .inflect import fold

            self._folded = fold("\n".join(self.texts)).split("\n") if self.texts else []
        return self._folded

    def __len__(self) -> int:
        return len(self._parts) // 2 if self._parts is not None else len(self._texts)

    def words(self) -> TokenList:
        """The word tokens of a ``punct=True`` token list, without a second pass of the tokenizer.

        Both tokenizations try the word patterns first at every position, so the word tokens are
        the same and a punctuation token (``...``, a run of ``!?``, one other non-word character)
        is never part of a word: dropping those gives exactly ``tokens(text)``, columns included.

        >>> toks = tokens("« Non ! » dit-elle...", punct=True)
        >>> toks.words() == tokens("« Non ! » dit-elle...")
        True
        """
        texts = self.texts
        # a word token holds a word character: one character that is alphanumeric or "_", or
        # several that are neither "..." nor a run of "!?" (the only punctuation tokens that long)
        keep = [t.isalnum() or t == "_" if len(t) == 1 else t != "..." and t[0] not in "!?" for t in texts]
        out = TokenList(self.text, None)
        out._texts = list(compress(texts, keep))
        out._starts = list(compress(self.starts, keep))
        out._ends = list(compress(self.ends, keep))
        out._norms = list(compress(self.norms, keep))
        out._folded = list(compress(self.folded, keep))
        return out

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return Token(self.starts[index], self.ends[index], self.texts[index], self.norms[index])

    def __iter__(self) -> Iterator[Token]:
        return map(Token, self.starts, self.ends, self.texts, self.norms)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (TokenList, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        shown = ", ".join(repr(t) for t in self.texts[:8])
        more = f", ... ({len(self)} tokens)" if len(self) > 8 else ""
        return f"TokenList([{shown}{more}])"


def tokens(text: str, *, punct: bool = False) -> TokenList:
    """Split a French text into tokens with character offsets.

    Kept whole: elided articles and pronouns as their own token (``l'``, ``d'``, ``qu'``,
    ``jusqu'``), ``aujourd'hui`` and other words with an inner apostrophe, hyphenated words and
    inversions (``a-t-il``, ``dit-elle``, ``peut-être``), numbers with spaces, commas or points
    (``1 500,5``), common abbreviations with their full stop (``M.``, ``Mme``, ``etc.``), acronyms
    with full stops (``U.S.A.``), URLs, e-mail addresses, ``@handles``, ``#hashtags`` and site names
    (``Mediapart.fr``).

    Parameters
    ----------
    text : str
        Any string; offsets index it unchanged.
    punct : bool, default False
        Also return punctuation marks as tokens (``...`` and runs of ``!?`` as one token).

    Returns
    -------
    TokenList
        A sequence of :class:`Token` ``(start, end, text, norm)``.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> [t.text for t in tokens("Aujourd'hui, M. Dupont l'a dit : 1 500,5 euros.")]
    ["Aujourd'hui", 'M.', 'Dupont', "l'", 'a', 'dit', '1 500,5', 'euros']
    >>> [t.text for t in tokens("« Non ! » dit-elle.", punct=True)]
    ['«', 'Non', '!', '»', 'dit-elle', '.']
    >>> tokens("")
    TokenList([])
    """
    check_text(text)
    if _has_special(text):
        pattern = _TOKEN_SPLIT_SPECIAL_PUNCT if punct else _TOKEN_SPLIT_SPECIAL
    else:
        pattern = _TOKEN_SPLIT_PUNCT if punct else _TOKEN_SPLIT
    return TokenList(text, pattern.split(text))


# --------------------------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0\u202f]*\n")
_NEWLINE = re.compile(r"\n")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it starts and ends on a non-space character."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    bounds = []
    last = 0
    for m in separator.finditer(text):
        s, e = _strip_span(text, last, m.start())
        if s < e:
            bounds.append((s, e))
        last = m.end()
    s, e = _strip_span(text, last, len(text))
    if s < e:
        bounds.append((s, e))
    return bounds


def paragraphs(text: str) -> list[Span]:
    """Split a text into paragraphs.

    Paragraphs are separated by blank lines; a text with no blank line at all (a common export
    format) is split at single line breaks instead. Surrounding white space is left out of each span.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of Span
        ``(start, end, text)`` for each non-empty paragraph, in order.

    Examples
    --------
    >>> [p.text for p in paragraphs("Premier.\\n\\n  Second\\nsuite.\\n")]
    ['Premier.', 'Second\\nsuite.']
    >>> [p.text for p in paragraphs("Un.\\nDeux.")]
    ['Un.', 'Deux.']
    >>> paragraphs("   ")
    []
    """
    check_text(text)
    return [Span(s, e, text[s:e]) for s, e in _paragraph_bounds(text)]


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿœæ"
_OPENERS = "«\"“‘(\\[—–\\-"
# A candidate sentence end: terminal punctuation (not after a known abbreviation or a single capital
# initial), optional closing marks, then either white space followed by something that can start a
# sentence, or (scraped text) directly a capitalised word.
_NOT_ABBREVIATION = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in sorted(ABBREVIATIONS)) + rf"(?<!\b[{_UPPER}]\.)"
_END = re.compile(
    rf"[.!?…](?<![.!?…][.!?…]){_NOT_ABBREVIATION}[.!?…]*+(?:[ \u00a0\u202f]?[»”)\]]|’|\"(?![{_UPPER}]))*+"
    rf"(?:(?=\s+[{_OPENERS}]?\s*[{_UPPER}0-9«\"“—–])|(?=[«\"“]?[{_UPPER}][{_LOWER}'’])|(?:(?<=[{_LOWER}0-9][.!?])|(?<=[{_LOWER}0-9][\"»”][.!?]))(?=[LDJ]['’][{_UPPER}{_LOWER}]|[ÀÉÈÊ][ \u00a0]|[{_UPPER}]{{2,}}[ \u00a0][{_UPPER}{_LOWER}])|(?=«[ \u00a0\u202f][{_UPPER}])|(?<=[a-zà-ÿ][.!?])(?=(?:M|MM|Mme|Mgr|Me|Dr|Pr)\.?[ \u00a0][{_UPPER}]))"
)
_DASH_LINE = re.compile(r"\n[ \t]*(?=[—–\-•*] )")
# A line break followed by a capitalised line ends a sentence when the line before it is short (a
# heading, a stray label, a dateline) or ends with a colon; hard-wrapped long lines are joined.
_LINE_START = re.compile(rf"[ \t]*[{_UPPER}0-9«\"“]")
_SHORT_LINE = 60
#: A quotation longer than this (in characters) is not kept inside one sentence.
_MAX_PROTECTED_QUOTE = 1500
_Q = _MAX_PROTECTED_QUOTE
# Paired quotations, found by one regular expression: « » (one level of nesting), “ ”, and straight
# quotes where the opening mark can open (no space or closing punctuation after it) and the next
# straight quote can close (no space or opening mark before it). An unpaired mark is skipped.
_QUOTATION = re.compile(
    rf"«(?:[^«»]|«[^«»]{{0,{_Q}}}»){{0,{_Q}}}»"
    rf"|“[^“”]{{0,{_Q}}}”"
    rf"|\"(?![\s.,;:!?)\]»…])[^\"]{{0,{_Q}}}?(?<![\s«(\[])\"(?!(?<=[.!?]\")[{_UPPER}])"
)


def _quote_intervals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the merged ``(open, close)`` offsets of paired quotations inside ``text[start:end]``.

    Overlapping quotations of different kinds are merged into one interval; quotations longer than
    ``_MAX_PROTECTED_QUOTE`` characters are not found. Runs in linear time.
    """
    merged: list[tuple[int, int]] = []
    for m in _QUOTATION.finditer(text, start, end):
        s, e = m.start(), m.end() - 1
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets (exclusive) where sentences end inside the paragraph ``text[start:end]``."""
    ends: list[int] = []
    protected: list[tuple[int, int]] | None = None
    k = 0  # pointer into ``protected``: candidates come in increasing order
    for m in _END.finditer(text, start, end):
        if protected is None:
            protected = _quote_intervals(text, start, end)
        cut = m.end()
        while k < len(protected) and protected[k][1] < cut:
            k += 1
        if k < len(protected) and protected[k][0] < cut:
            continue  # the cut would fall inside a quotation
        ends.append(cut)
    for m in _DASH_LINE.finditer(text, start, end):
        ends.append(m.start())
    line_start = start
    for nl in _NEWLINE.finditer(text, start, end):
        line = text[line_start : nl.start()].rstrip()
        line_start = nl.end()
        if line and (len(line) < _SHORT_LINE or line[-1] == ":") and _LINE_START.match(text, nl.end()):
            ends.append(nl.start())
    ends = sorted(set(ends))
    return ends


def sentences(text: str) -> list[Span]:
    """Split a French text into sentences, with offsets into ``text``.

    Rules: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation marks) when the
    next word starts with a capital, a digit, an opening quotation mark or a dash; never after a known
    abbreviation (``M.``, ``Mme.``, ``Dr.``, see :data:`ABBREVIATIONS`) or a single capital initial;
    never inside a paired quotation of the same paragraph (French convention: « Je pars. Je
    reviens », a-t-il dit. is one sentence), unless that quotation runs over 1,500 characters; always
    at a paragraph break and before a line that opens with a dialogue dash. Sentences glued by a
    scraper (``domestique.Consternant``) are split.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of Span
        ``(start, end, text)`` for each sentence, in order, without surrounding white space.

    Examples
    --------
    >>> [s.text for s in sentences("M. Dupont est venu. Il a dit : « Je pars. Je reviens. » Puis il est parti.")]
    ['M. Dupont est venu.', 'Il a dit : « Je pars. Je reviens. »', 'Puis il est parti.']
    >>> [s.text for s in sentences("Une violence domestique.Consternant, le rapport.")]
    ['Une violence domestique.', 'Consternant, le rapport.']
    >>> sentences("")
    []
    """
    check_text(text)
    out: list[Span] = []
    for p_start, p_end in _paragraph_bounds(text):
        last = p_start
        for cut in _sentence_ends(text, p_start, p_end):
            s, e = _strip_span(text, last, cut)
            if s < e:
                out.append(Span(s, e, text[s:e]))
            last = cut
        s, e = _strip_span(text, last, p_end)
        if s < e:
            out.append(Span(s, e, text[s:e]))
    return out
