"""Actor labelling: the titles, epithets and appositions a text attaches to a named actor."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from ._validation import check_text, type_error
from ._words import ARTICLES, HONORIFICS
from .compare import group_of
from .corpus import iter_documents
from .inflect import fold
from .text import INVERTED_SUBJECT, TokenList, sentences, tokens
from .verbs import speech_verb_forms

__all__ = ["ActorLabel", "attached_labels", "actor_labels"]


class ActorLabel(NamedTuple):
    """A label attached to a mention of an actor.

    ``start``/``end`` and ``text`` give the label as written (determiner included);
    ``label`` is its normalised form (lowercase, no determiner); ``kind`` is ``"before"``
    (*l'imposteur Juan Guaido*, *le président légitime du Venezuela, Nicolas Maduro*) or
    ``"apposition"`` (*Juan Guaido, président par intérim autoproclamé,*).
    """

    start: int
    end: int
    text: str
    label: str
    kind: str
    mention_start: int
    mention_end: int


_DETERMINERS = ARTICLES
_CONTRACTED = frozenset({"du", "au", "aux", "des"})
_PREPOSITIONS = frozenset(
    "de d' à par pour avec contre selon chez sur sous dans en entre envers vers après avant depuis pendant "
    "sans d'après auprès malgré face".split()
)
# words that start a relative clause or a verb phrase rather than an apposition
_CONJUNCTIONS = frozenset("que qu' lorsque lorsqu' puisque puisqu' quand si et ou mais car".split())
_HONORIFICS = frozenset(HONORIFICS)
_VERBS = frozenset(
    "a ont est sont était étaient avait avaient sera seront aura auront serait aurait fut furent va vont "
    "peut doit fait font devient reste semble été eu".split()
)
_NOT_APPOSITION = frozenset(
    "qui que qu' dont lequel laquelle lesquels où a ont est sont était avait avaient étaient sera aura "
    "serait aurait va vont vient fait dit et mais ou donc or car ne n' se s' il elle ils elles on "
    "selon lors quand lorsque lorsqu' puis alors".split()
)
_PUNCT = re.compile(r"[^\w\s]")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|u|ue|us|ues|is|it|ite|int|inte|ant)$")  # "venu en personne" is no label
# heads of titles whose complement belongs to the title: "chef de l'opposition", "président du Parlement"
_TITLE_HEADS = frozenset(
    "président présidente chef cheffe dirigeant dirigeante leader secrétaire directeur directrice ministre "
    "porte-parole représentant représentante patron patronne responsable maire gouverneur gouverneure "
    "député députée sénateur sénatrice fondateur fondatrice commandant commandante général coordinateur "
    "coordinatrice délégué déléguée envoyé envoyée émissaire ambassadeur ambassadrice procureur procureure "
    "préfet préfète conseiller conseillère vice-président vice-présidente numéro figure héritier".split()
)
_MAX_APPOSITION_TOKENS = 7


def _name_variants(actor: str, aliases: Iterable[str]) -> list[str]:
    names = [actor.strip(), *(a.strip() for a in aliases)]
    words = actor.split()
    if len(words) > 1:
        surname = words[-1]
        if len(words) > 2 and words[-2].lower() in ("de", "du", "van", "von", "da", "di", "le", "la", "ben"):
            surname = " ".join(words[-2:])
        names.append(surname)
    return sorted({n for n in names if n}, key=len, reverse=True)


_ACCENTED = {"a": "àáâãä", "c": "ç", "e": "èéêë", "i": "ìíîï", "n": "ñ", "o": "òóôõö", "u": "ùúûü", "y": "ÿ"}


def _accent_insensitive(name: str) -> str:
    """A regular expression for ``name`` that matches it with or without accents ("Andres" / "Andrés")."""
    out = []
    for c in fold(name):
        out.append(f"[{c}{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c))
    return "".join(out)


def _mention_pattern(names: list[str]) -> re.Pattern:
    alternatives = "|".join(_accent_insensitive(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _token_class(norm: str, text: str) -> str:
    """One letter per token for the label grammar: D determiner, K contracted (du, au…), C connector,
    T title head, V verb or auxiliary, P capitalised word, A any other word, X punctuation."""
    if norm in ("au", "aux"):
        return "U"
    if norm in _CONTRACTED:
        return "K"
    if norm in _DETERMINERS:
        return "D"
    if norm in ("de", "d'", "auprès", "à"):
        return "C"
    if norm in _TITLE_HEADS:
        return "T"
    if norm in _VERBS or INVERTED_SUBJECT.search(norm) or norm.endswith(("rait", "raient", "aient")):
        return "V"  # auxiliaries, inverted verbs, imperfect and conditional forms
    if _PUNCT.fullmatch(norm) or norm in ("et", "ou", "mais", "que", "qu'"):
        return "X"  # punctuation and conjunctions end a noun phrase
    return "P" if text[:1].isupper() else "A"


# a title with its complements: "le représentant spécial de Juan Guaido auprès de l'OEA",
# "le président légitime du Venezuela", "le chef de l'opposition"
_TITLE_PHRASE = re.compile(r"[DKU]A?TA{0,3}(?:(?:C{1,2}D?|K)[PA]{1,4})*")
# any other noun phrase: "l'imposteur", "le putschiste", "au président"
_PLAIN_PHRASE = re.compile(r"[DU][AT]{1,4}")
_WINDOW = 16


def _label_before(toks: TokenList, norms: list[str], first: int, lo: int) -> tuple[int, int] | None:
    """Token span ``[a, b)`` of the noun phrase right before the mention's first token, or None."""
    end = first
    if end - 1 >= lo and norms[end - 1] == ")":  # skip a parenthesis right before the name: "(OEA) Gustavo Tarre"
        k = end - 1
        while k >= lo and norms[k] != "(" and end - k < 8:
            k -= 1
        if k >= lo and norms[k] == "(":
            end = k
    comma = end - 1 >= lo and norms[end - 1] == ","
    if comma:
        end -= 1
    if end - 1 < lo or norms[end - 1] in _PREPOSITIONS or norms[end - 1] in _CONJUNCTIONS:
        return None
    # classes of the window before the name, parentheses left out
    start = max(lo, end - _WINDOW)
    idx, classes = [], []
    depth = 0
    for k in range(start, end):
        if norms[k] == ")":
            depth = max(0, depth - 1)
            continue
        if norms[k] == "(":
            depth += 1
            continue
        if depth:
            continue
        idx.append(k)
        classes.append(_token_class(norms[k], toks.texts[k]))
    # the phrase must end the window: keep only the part after the last punctuation or verb
    cut = max((p for p, c in enumerate(classes) if c in "XV"), default=-1) + 1
    idx, classes = idx[cut:], "".join(classes[cut:])
    det = None
    for p in range(len(classes)):  # the earliest title phrase that runs to the name
        if classes[p] in "DKU" and _TITLE_PHRASE.fullmatch(classes, p):
            det = idx[p]
            break
    if det is None and not comma:  # before a comma, only a title phrase is an apposition
        for p in range(len(classes) - 1, -1, -1):  # else the nearest plain noun phrase
            if classes[p] in "DKU":
                if _PLAIN_PHRASE.fullmatch(classes, p):
                    det = idx[p]
                break
    if det is None:
        return None
    if comma:
        # "le président légitime du Venezuela, Nicolas Maduro": the phrase must open a clause
        # (or carry its own preposition: "a répondu au président …, Nicolas Maduro")
        before = norms[det - 1] if det - 1 >= lo else ","
        opens = _PUNCT.fullmatch(before) or before in ("que", "qu'", "et", "mais")
        if not (opens or norms[det] in ("au", "aux")):
            return None
    return det, end


def _apposition(toks: TokenList, norms: list[str], last: int, hi: int) -> tuple[int, int] | None:
    """Token span of ``, apposition ,`` right after the mention, or None."""
    i = last + 1
    if i >= hi or norms[i] != ",":
        return None
    a = i + 1
    if (a >= hi or norms[a] in _NOT_APPOSITION or _PUNCT.fullmatch(norms[a]) or toks.texts[a][:1].isupper()
            or INVERTED_SUBJECT.search(norms[a]) or (_PARTICIPLE.search(norms[a]) and norms[a] not in _TITLE_HEADS)
            or fold(norms[a]) in speech_verb_forms() or norms[a] in _PREPOSITIONS or norms[a].endswith("ment")
            or norms[a] == "peut-être"):
        return None
    b = a
    while b < hi and not _PUNCT.fullmatch(norms[b]) and b - a < _MAX_APPOSITION_TOKENS:
        if norms[b] in _NOT_APPOSITION and b > a:
            return None
        b += 1
    if b >= hi or norms[b] not in (",", ".", ")", ";", "—", "–"):
        return None
    return a, b


def attached_labels(text: str, actor: str, *, aliases: Iterable[str] = ()) -> list[ActorLabel]:
    """The labels a text attaches to an actor, found around each mention of the actor.

    Mentions are the full name, the surname (last word, with its particle) and any ``aliases``,
    matched without regard to case or accents. Two constructions are read:

    - a noun phrase right before the name, from its determiner (*l'imposteur Juan Guaido*, *le chef
      de l'opposition Juan Guaido*, *le président légitime du Venezuela, Nicolas Maduro*); a name
      that follows a preposition (*le représentant de Juan Guaido*) gets no label;
    - an apposition between commas right after the name (*Juan Guaido, président par intérim
      autoproclamé, a…*); a relative clause or a verb (*Maduro, qui…*, *Maduro, a dit…*) is not one.

    Limits: rule-based, without a parser; predicative labels (*Guaido est un imposteur*) and labels
    in another sentence are not read.

    Parameters
    ----------
    text : str
        Any string.
    actor : str
        The actor's full name.
    aliases : list of str
        Other names that count as mentions.

    Returns
    -------
    list of ActorLabel
        In text order, with offsets of the label and of the mention it belongs to.

    Raises
    ------
    TypeError
        If ``text`` is not a str or ``actor`` is not a non-empty str.

    Examples
    --------
    >>> text = ("Le régime reconnaît l'imposteur Juan Guaido. Guaido, président par intérim autoproclamé, "
    ...         "a répondu au président légitime du Venezuela, Nicolas Maduro.")
    >>> [(a.label, a.kind) for a in attached_labels(text, "Juan Guaido")]
    [('imposteur', 'before'), ('président par intérim autoproclamé', 'apposition')]
    >>> [a.label for a in attached_labels(text, "Nicolas Maduro")]
    ['président légitime du venezuela']
    """
    check_text(text)
    if not isinstance(actor, str) or not actor.strip():
        raise type_error("actor", actor, "a non-empty name (str)")
    pattern = _mention_pattern(_name_variants(actor, aliases))
    toks = tokens(text, punct=True)
    norms = toks.norms
    sents = sentences(text)
    out = []
    sent_starts = [x.start for x in sents]
    for m in pattern.finditer(text):
        first = bisect.bisect_left(toks.starts, m.start())
        last = bisect.bisect_left(toks.starts, m.end()) - 1
        if first >= len(toks) or toks.starts[first] != m.start():
            continue
        while first > 0 and norms[first - 1] in _HONORIFICS:
            first -= 1  # "M. Kovalan", "Mme Tarraga": the honorific belongs to the mention
        s = bisect.bisect_right(sent_starts, m.start()) - 1
        lo = bisect.bisect_left(toks.starts, sents[s].start) if s >= 0 else 0
        hi = bisect.bisect_left(toks.starts, sents[s].end) if s >= 0 else len(toks)
        for kind, span in (("before", _label_before(toks, norms, first, lo)), ("apposition", _apposition(toks, norms, last, hi))):
            if span is None:
                continue
            a, b = span
            start, end = toks.starts[a], toks.ends[b - 1]
            first_word = a + 1 if norms[a] in _DETERMINERS and a + 1 < b else a
            label = " ".join(text[toks.starts[first_word] : end].lower().split())
            out.append(ActorLabel(start, end, text[start:end], label, kind, m.start(), m.end()))
    return out


def actor_labels(docs: Any, actor: str, *, by: str | None = None, aliases: Iterable[str] = ()):
    """Count the labels each group of documents attaches to an actor.

    Parameters
    ----------
    docs : corpus
        Anything :func:`framing.read_corpus` accepts.
    actor : str
        The actor's full name; the surname alone and ``aliases`` match too.
    by : str, optional
        Document field or meta key to group by (e.g. ``"outlet"``); one group when None.
    aliases : list of str
        Other names of the actor (``"le chef de l'État"`` only where you know the link holds).

    Returns
    -------
    pandas.DataFrame
        One row per (group, label): ``group`` (when ``by`` is given), ``label``, ``kind``,
        ``count``, ``documents`` (number of documents), ``example`` (id of the first document),
        sorted by group and decreasing count.

    Examples
    --------
    >>> from framing import load_sample
    >>> table = actor_labels(load_sample(), "Andrés Kovalan", by="outlet")
    >>> bool((table.loc[table["group"] == "Le Messager International", "label"] == "imposteur").any())
    True
    """
    import pandas as pd

    if by is not None and not isinstance(by, str):
        raise type_error("by", by, "a Document field or meta key (str), or None")
    counts: Counter = Counter()
    documents: dict[tuple, set] = {}
    examples: dict[tuple, str] = {}
    for doc in iter_documents(docs):
        group = group_of(doc, by) if by else None
        for found in attached_labels(doc.text, actor, aliases=aliases):
            key = (group, found.label, found.kind)
            counts[key] += 1
            documents.setdefault(key, set()).add(doc.id)
            examples.setdefault(key, doc.id)
    rows = [
        {"group": g, "label": label, "kind": kind, "count": n, "documents": len(documents[(g, label, kind)]),
         "example": examples[(g, label, kind)]}
        for (g, label, kind), n in counts.items()
    ]
    frame = pd.DataFrame(rows, columns=["group", "label", "kind", "count", "documents", "example"])
    if by is None:
        frame = frame.drop(columns="group")
        return frame.sort_values(["count", "label"], ascending=[False, True]).reset_index(drop=True)
    return frame.sort_values(["group", "count", "label"], ascending=[True, False, True]).reset_index(drop=True)
