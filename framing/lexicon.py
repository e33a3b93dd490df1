"""`Lexicon`: load, merge and extend word lists, and match them fast against French text.

A lexicon is a list of entries ``(term, category)``: lemmas or multiword expressions. Matching
generates the inflected forms of every entry once (:mod:`framing.inflect`), folds case and accents,
and then looks tokens up in a dictionary, so matching time does not grow with the size of the
lexicon. The longest match wins and no token is counted twice.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, count, islice, repeat
from operator import contains
from pathlib import Path
from typing import Any, NamedTuple

from ._resources import RESOURCES
from ._validation import check_text, type_error, value_error
from .inflect import _plural, adjective_forms, fold, verb_forms
from .text import INVERTED_SUBJECT, TokenList, _positions, tokens

__all__ = ["TermMatch", "Entry", "Lexicon", "default_lexicon", "POS_TAGS"]

_RESOURCES = RESOURCES
#: Parts of speech a lexicon entry may declare; they decide which forms are generated.
POS_TAGS = ("noun", "adj", "verb", "adv", "expr", "prefix", "")
_COLUMNS = ("term", "category", "pos", "not_followed_by", "not_preceded_by", "note", "provenance")
_FUNCTION_WORDS = frozenset(
    "de d' du des la le les l' à au aux en par pour sur contre avec sans sous et ou que qu' un une".split()
)
_CLITIC_ENDINGS = ("-il", "-elle", "-on", "-ils", "-elles")


class TermMatch(NamedTuple):
    """A lexicon or pattern hit: ``text == original[start:end]``; ``lemma`` is the entry matched."""

    start: int
    end: int
    text: str
    lemma: str
    category: str
    source: str


@dataclass(frozen=True)
class Entry:
    """One lexicon entry.

    Parameters
    ----------
    term : str
        Lemma (masculine singular, infinitive) or multiword expression; ``"pseudo-"`` is a prefix.
    category : str
        The entry's category, e.g. ``"loaded"``.
    pos : str
        Part of speech (see :data:`POS_TAGS`); decides which forms are generated. Empty: the term
        matches as written (case and accents folded).
    not_followed_by, not_preceded_by : tuple of str
        Words or phrases that cancel a match when they come right after / before it. The special
        value ``"@name"`` in ``not_followed_by`` keeps a match only when a name follows (a
        capitalised word, or *de*/*du* + a capitalised word): *le régime Marchand*, *le régime de
        Damas*, but not *le régime sans sel*.
    note, provenance : str
        Why the entry frames, and where it comes from.
    """

    term: str
    category: str
    pos: str = ""
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    note: str = ""
    provenance: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.term, str) or not self.term.strip():
            raise type_error("term", self.term, "a non-empty str")
        if not isinstance(self.category, str) or not self.category.strip():
            raise type_error("category", self.category, "a non-empty str")
        if self.pos not in POS_TAGS:
            raise value_error("pos", self.pos, f"one of {', '.join(repr(p) for p in POS_TAGS)}")


def _split_alternatives(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _token_keys(phrase: str) -> tuple[str, ...]:
    """The folded token sequence of a phrase, as the matcher sees text.

    A phrase that ends with an elided word (``"s'"``) keeps its apostrophe, as in running text.
    """
    if phrase.endswith(("'", "’")):
        return tuple(fold(t) for t in tokens(phrase + "x").texts[:-1])
    return tuple(fold(t) for t in tokens(phrase).texts)


def _variants(entry: Entry) -> set[tuple[str, ...]]:
    """Every token sequence (folded) that matches ``entry``."""
    words = tokens(entry.term).texts
    if not words:
        return set()
    if len(words) == 1:
        if entry.pos == "verb":
            found = verb_forms(entry.term)
        elif entry.pos in ("noun", "adj"):
            found = adjective_forms(words[0])
        else:
            found = {words[0]}
        return {_token_keys(f) for f in found} | {(fold(f),) for f in found}
    if entry.pos == "verb":
        if fold(words[0]) in ("se", "s'"):  # "s'effondrer": drop the reflexive pronoun
            return _variants(Entry(" ".join(words[1:]), entry.category, "verb"))
        # "laisser entendre": conjugate the first word, keep the rest
        heads = [verb_forms(words[0])]
        rest = [[w] for w in words[1:]]
        return {tuple(fold(w) for w in combo) for combo in itertools.product(*heads, *rest)}
    # multiword noun or adjective phrase: inflect the words before the first function word
    inflectable = 0
    for w in words:
        if w.lower() in _FUNCTION_WORDS:
            break
        inflectable += 1
    if entry.pos not in ("noun", "adj"):
        inflectable = min(inflectable, 1)  # a fixed expression: only its first word takes a plural
        choices = [{words[0], *_plural(words[0])}] if inflectable else []
    else:
        choices = [adjective_forms(w) for w in words[:inflectable]]
    rest = [[w] for w in words[inflectable:]]
    return {tuple(fold(w) for w in combo) for combo in itertools.product(*choices, *rest)}


_SENTENCE_OPENERS = frozenset(".!?…:;«»\"“”—–-([\n")


def _is_name(n: int, word: str, text: str, start: int) -> bool:
    """True when a one-word match is a capitalised word inside a sentence: a name, not the entry
    ("Republic Records", "Le Pen"); all-capital words and sentence starts are kept."""
    if n != 1 or not word[:1].isupper() or word.isupper():
        return False
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0\u202f'’":
        k -= 1
    return k >= 0 and text[k] not in _SENTENCE_OPENERS


def _by_length(phrases: Iterable[tuple[str, ...]]) -> tuple[tuple[int, frozenset], ...]:
    groups: dict[int, set] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(len(phrase), set()).add(phrase)
    return tuple((n, frozenset(group)) for n, group in sorted(groups.items()))


def _followed_by_name(texts: list[str], folded: list[str], j: int) -> bool:
    """True when token ``j`` starts a name: a capitalised word, or de/d'/du + a capitalised word."""
    if j < len(texts) and texts[j][:1].isupper():
        return True
    return j + 1 < len(texts) and folded[j] in ("de", "d'", "du") and texts[j + 1][:1].isupper()


class _Matcher:
    """The compiled form of a lexicon: dictionaries from folded token sequences to entries."""

    def __init__(self, entries: list[Entry]):
        self.keys: dict[tuple[str, ...], Entry] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}
        self.prefixes: list[tuple[str, Entry]] = []
        self.followed: dict[int, tuple[tuple[str, ...], ...]] = {}
        self.preceded: dict[int, tuple[tuple[str, ...], ...]] = {}
        lengths: dict[str, set[int]] = {}
        for entry in entries:  # earlier entries win: categories listed first take precedence
            if entry.pos == "prefix" or entry.term.endswith("-"):
                self.prefixes.append((fold(entry.term), entry))
                continue
            for key in _variants(entry):
                if key and key not in self.keys:
                    self.keys[key] = entry
                    lengths.setdefault(key[0], set()).add(len(key))
            if entry.not_followed_by:
                self.followed[id(entry)] = _by_length(_token_keys(p) for p in entry.not_followed_by)
            if entry.not_preceded_by:
                self.preceded[id(entry)] = _by_length(_token_keys(p) for p in entry.not_preceded_by)
        self.lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        # the first two words of every multiword key: most common first words ("de", "il") are
        # rejected by one set lookup instead of one tuple lookup per candidate length
        self.bigrams = {key[:2] for key in self.keys if len(key) >= 2}
        self.singles = {key[0] for key in self.keys if len(key) == 1}
        self.prefix_terms = tuple(prefix for prefix, _ in self.prefixes)

    def _excluded(self, entry: Entry, folded: list[str], start: int, end: int, texts: list[str]) -> bool:
        # phrases are grouped by length: one set lookup per distinct length
        for n, phrases in self.followed.get(id(entry), ()):
            if ("@name",) in phrases and not _followed_by_name(texts, folded, end):
                return True
            if tuple(folded[end : end + n]) in phrases:
                return True
        for n, phrases in self.preceded.get(id(entry), ()):
            if start >= n and tuple(folded[start - n : start]) in phrases:
                return True
        return False

    def match(self, toks: TokenList, source: str) -> list[TermMatch]:
        texts = toks.texts
        if not texts:
            return []
        folded = toks.folded
        n_tokens = len(folded)
        keys, lengths, bigrams = self.keys, self.lengths, self.bigrams
        out: list[TermMatch] = []
        next_free = 0
        # candidate positions, found at C speed: a word that is an entry itself, two words that start
        # a multiword entry, or a hyphenated word (clitics, prefixes)
        candidates = _positions(folded, self.singles)
        starts_two = list(compress(count(), map(bigrams.__contains__, zip(folded, islice(folded, 1, None)))))
        if starts_two:
            candidates = sorted(set(candidates).union(starts_two))
        if "-" in toks.text:
            hyphenated = [
                i for i in compress(count(), map(contains, folded, repeat("-")))
                if folded[i].endswith(_CLITIC_ENDINGS) or folded[i].startswith(self.prefix_terms)
            ]
            if hyphenated:
                candidates = sorted(set(candidates).union(hyphenated))
        for i in candidates:
            if i < next_free:
                continue
            word = folded[i]
            found = None
            if word in lengths:
                pair = (word, folded[i + 1]) if i + 1 < n_tokens else None
                for n in lengths[word]:
                    if i + n > n_tokens or (n >= 2 and pair not in bigrams):
                        continue
                    entry = keys.get(tuple(folded[i : i + n]) if n > 1 else (word,))
                    if entry is not None and not self._excluded(entry, folded, i, i + n, texts):
                        found = (entry, n)
                        break
            if found is None and "-" in word:
                found = self._hyphenated(word, folded, i)
            if found is not None and _is_name(found[1], texts[i], toks.text, toks.starts[i]):
                found = None
            if found is not None:
                entry, n = found
                start, end = toks.starts[i], toks.ends[i + n - 1]
                out.append(TermMatch(start, end, toks.text[start:end], entry.term, entry.category, source))
                next_free = i + n
        return out

    def _hyphenated(self, word: str, folded: list[str], i: int):
        bare = INVERTED_SUBJECT.sub("", word)
        if bare != word:
            entry = self.keys.get((bare,))
            if entry is not None and not self._excluded(entry, folded, i, i + 1, folded):
                return entry, 1
        for prefix, entry in self.prefixes:
            if word.startswith(prefix) and len(word) > len(prefix):
                return entry, 1
        return None


class Lexicon:
    """A framing lexicon: entries with categories, matched fast against French text.

    Build one from a TSV file (:meth:`from_tsv`), from a dict (:meth:`from_dict`), or use the
    library's curated lexicon (:func:`default_lexicon`); merge lexicons with ``|`` (on the same
    term, the left one wins).

    Examples
    --------
    >>> lex = Lexicon.from_dict({"loaded": ["chasse aux sorcières", "scandale"], "labelling": ["imposteur"]})
    >>> [(m.text, m.category) for m in lex.match("L'imposteur dénonce une chasse aux sorcières.")]
    [('imposteur', 'labelling'), ('chasse aux sorcières', 'loaded')]
    >>> lex.categories
    ('loaded', 'labelling')
    >>> len(lex | Lexicon.from_dict({"hedge": ["peut-être"]}))
    4
    """

    def __init__(self, entries: Iterable[Entry], *, name: str = "custom"):
        if isinstance(entries, (str, bytes)) or not isinstance(entries, Iterable):
            raise type_error("entries", entries, "an iterable of Entry")
        unique: dict[tuple[str, str], Entry] = {}
        for i, entry in enumerate(entries):
            if not isinstance(entry, Entry):
                raise type_error(f"entries[{i}]", entry, "an Entry")
            unique.setdefault((fold(entry.term), entry.category), entry)
        self.entries: tuple[Entry, ...] = tuple(unique.values())
        self.name = name

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, mapping: Mapping[str, Any], *, pos: str = "", name: str = "custom") -> Lexicon:
        """Build a lexicon from ``{category: [terms]}`` (or ``{term: category}``).

        Terms match as written (case and accents folded) unless ``pos`` asks for inflection
        (``"noun"``, ``"adj"``, ``"verb"``) of every term.

        >>> Lexicon.from_dict({"voyou": "labelling"}, pos="noun").match("Ces voyous !")[0].lemma
        'voyou'
        """
        if not isinstance(mapping, Mapping):
            raise type_error("mapping", mapping, "a dict {category: [terms]} or {term: category}")
        entries = []
        for key, value in mapping.items():
            if isinstance(value, str):
                entries.append(Entry(key, value, pos))
            elif isinstance(value, Iterable):
                entries.extend(Entry(term, key, pos) for term in value)
            else:
                raise type_error(f"mapping[{key!r}]", value, "a category (str) or a list of terms")
        return cls(entries, name=name)

    @classmethod
    def from_tsv(cls, path: str | Path, *, name: str | None = None) -> Lexicon:
        """Read a lexicon from a TSV file with a header row.

        Required columns: ``term`` and ``category``; optional: ``pos``, ``not_followed_by``,
        ``not_preceded_by`` (``|``-separated), ``note``, ``provenance``. Lines starting with ``#``
        are comments.

        Raises
        ------
        FileNotFoundError
            If the file does not exist.
        ValueError
            Naming the file and line of a malformed row (missing column, empty term or category,
            unknown part of speech, wrong number of fields).
        """
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"`path`: no lexicon file at {path}")
        entries = []
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            while header is not None and header[:1] and header[0].startswith("#"):
                header = next(reader, None)
            if header is None:
                raise ValueError(f"{path}: empty file; expected a header row with 'term' and 'category'")
            header = [h.strip() for h in header]
            missing = [c for c in ("term", "category") if c not in header]
            if missing:
                raise ValueError(f"{path}, line 1: missing column(s) {missing}; columns found: {header}")
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row) or row[0].startswith("#"):
                    continue
                if len(row) != len(header):
                    raise ValueError(f"{path}, line {line}: {len(row)} fields where the header has {len(header)}")
                record = dict(zip(header, (cell.strip() for cell in row)))
                try:
                    entries.append(
                        Entry(
                            term=record["term"],
                            category=record["category"],
                            pos=record.get("pos", ""),
                            not_followed_by=_split_alternatives(record.get("not_followed_by")),
                            not_preceded_by=_split_alternatives(record.get("not_preceded_by")),
                            note=record.get("note", ""),
                            provenance=record.get("provenance", ""),
                        )
                    )
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{path}, line {line}: {exc}") from None
        return cls(entries, name=name or path.stem)

    # -- container ---------------------------------------------------------------------------

    def __or__(self, other: Lexicon) -> Lexicon:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return Lexicon(self.entries + other.entries, name=f"{self.name}|{other.name}")

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and any(fold(e.term) == fold(term) for e in self.entries)

    def __repr__(self) -> str:
        return f"Lexicon(name={self.name!r}, entries={len(self)}, categories={list(self.categories)})"

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """Categories in the order they first appear."""
        return tuple(dict.fromkeys(e.category for e in self.entries))

    def select(self, categories: Iterable[str]) -> Lexicon:
        """A lexicon with only the entries of the given categories."""
        wanted = set(categories)
        return Lexicon([e for e in self.entries if e.category in wanted], name=self.name)

    def to_frame(self):
        """The entries as a pandas DataFrame (one row per entry)."""
        import pandas as pd

        rows = [
            {**{c: getattr(e, c) for c in _COLUMNS if c not in ("not_followed_by", "not_preceded_by")},
             "not_followed_by": "|".join(e.not_followed_by), "not_preceded_by": "|".join(e.not_preceded_by)}
            for e in self.entries
        ]
        return pd.DataFrame(rows, columns=list(_COLUMNS))

    # -- matching ----------------------------------------------------------------------------

    @cached_property
    def _matcher(self) -> _Matcher:
        return _Matcher(list(self.entries))

    def match(self, text: str, *, tokens_: TokenList | None = None) -> list[TermMatch]:
        """Find the entries of this lexicon in ``text``: longest match first, no overlap.

        Parameters
        ----------
        text : str
            The text to search; offsets index it.
        tokens_ : TokenList, optional
            Tokens of ``text`` already computed (saves tokenising twice).
        """
        check_text(text)
        toks = tokens_ if tokens_ is not None else tokens(text)
        return self._matcher.match(toks, self.name)

    def __getstate__(self):
        # the compiled matcher is rebuilt on demand rather than pickled
        return {"entries": self.entries, "name": self.name}

    def __setstate__(self, state):
        self.entries = state["entries"]
        self.name = state["name"]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The curated French framing lexicon shipped with the library (``resources/framing_lexicon.tsv``).

    >>> lex = default_lexicon()
    >>> len(lex) >= 1200 and {"labelling", "loaded", "hedge"} <= set(lex.categories)
    True
    """
    return Lexicon.from_tsv(_RESOURCES / "framing_lexicon.tsv", name="framing")
