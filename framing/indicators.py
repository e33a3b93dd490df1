"""Lexical framing indicators: loaded terms and labels, hedges, intensifiers, evidentials, scare quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import compress, count

from ._validation import check_text, type_error, value_error
from .inflect import fold
from .lexicon import Lexicon, TermMatch, default_lexicon
from .text import _QUOTATION, INVERTED_SUBJECT, TokenList, _match_start, _positions, tokens
from .verbs import speech_verb_forms

__all__ = ["loaded_terms", "lexical_profile", "scare_quotes", "evidentials", "LEXICAL_CATEGORIES"]

#: The categories ``lexical_profile`` reports: the lexicon's and the two found by pattern.
LEXICAL_CATEGORIES = (
    "labelling", "delegitimising", "loaded", "euphemism", "intensifier", "minimiser", "hedge",
    "certainty", "evidential", "scare_quote",
)
_PATTERN_CATEGORIES = ("evidential", "scare_quote")

# ------------------------------------------------------------------------------------------
# Evidential conditional: "aurait détourné", "auraient été tués", "serait mort"
# ------------------------------------------------------------------------------------------

_AUXILIARIES = frozenset({"aurait", "auraient", "serait", "seraient"})
_BETWEEN = frozenset(
    "pas plus jamais bien même également aussi notamment encore ainsi effectivement alors finalement "
    "toutefois pourtant déjà en y lui leur tout tous souvent longtemps récemment secrètement "
    "personnellement directement largement elle-même lui-même".split()
)
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|"
                             r"int|inte|ints|intes|ort|orte|orts|ortes)$")
_NOT_PARTICIPLE = frozenset(
    "ici aussi ainsi parmi lui celui lundi mardi mercredi jeudi vendredi samedi dimanche aujourd'hui oui "
    "puis depuis plus tout tous trop peu lieu feu jeu milieu dieu bleu début but statut institut salut "
    "nuit fruit bruit produit droit endroit tort petit lit crédit conflit esprit profit circuit délit récit "
    "appétit déficit nul fort mort-né point moins surtout partout ceci celle-ci ceux-ci près après "
    "prêt sous pris-en".split()
)
# conditional of modal or volitional verbs: a prediction or a wish, not hearsay
_MODAL_CONDITIONALS = frozenset(
    "pourrait pourraient devrait devraient faudrait voudrait voudraient aimerait aimeraient "
    "souhaiterait souhaiteraient préférerait conviendrait suffirait suffiraient".split()
)
_CONDITIONAL = re.compile(r"\w{3,}(?<!t)(?:rait|raient)$")  # not retrait, portrait, extrait
_HEARSAY_CUES = frozenset({"selon", "après", "dixit"})  # "après" counts only after "d'"


_EVIDENTIAL_TRIGGERS = _AUXILIARIES | {"selon", "apres", "dixit"}


def _evidential_matches(toks: TokenList) -> list[TermMatch]:
    if _EVIDENTIAL_TRIGGERS.isdisjoint(toks.folded):
        return []  # checked on the folded column that lexicon matching has computed anyway
    norms, starts, ends, text = toks.norms, toks.starts, toks.ends, toks.text
    out = []
    n = len(norms)
    last_end = -1
    auxiliaries = [] if _AUXILIARIES.isdisjoint(norms) else _positions(norms, _AUXILIARIES)
    for i in auxiliaries:
        if i <= last_end:
            continue
        j = i + 1
        while j < n and j <= i + 3 and norms[j] in _BETWEEN:
            j += 1
        if j < n and norms[j] == "été" and j + 1 < n and _is_participle(norms[j + 1]):
            j += 1
        if j < n and _is_participle(norms[j]):
            out.append(TermMatch(starts[i], ends[j], text[starts[i] : ends[j]], "conditionnel journalistique",
                                 "evidential", "pattern"))
            last_end = j
    if _HEARSAY_CUES.intersection(norms):
        out.extend(_hearsay_conditionals(toks, {(m.start, m.end) for m in out}))
    out.sort()
    return out


def _is_participle(word: str) -> bool:
    return len(word) > 1 and word not in _NOT_PARTICIPLE and _PARTICIPLE_END.search(word) is not None


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _sentence_marks(text: str) -> list[int]:
    """Offsets of every ``.``, ``!``, ``?`` and line break: computed once per text."""
    return list(map(_match_start, _SENTENCE_MARK.finditer(text)))


def _sentence_window(marks: list[int], length: int, start: int, end: int, around: int = 0) -> tuple[int, int]:
    """The stretch around ``[start, end)`` between the nearest sentence marks on each side, widened
    by ``around`` sentences on each side: a cheap stand-in for its sentence where a rough sentence
    is enough (binary search, no scan)."""
    k = bisect_right(marks, start - 1) - around
    left = marks[k - 1] + 1 if k > 0 else 0
    j = bisect_right(marks, end - 1) + around
    right = marks[j] if j < len(marks) else length
    return left, right


def _hearsay_conditionals(toks: TokenList, taken: set) -> list[TermMatch]:
    """Conditional verbs in a sentence that reports hearsay ("Selon X, le ministre envisagerait…")."""
    out = []
    norms, starts, ends, text = toks.norms, toks.starts, toks.ends, toks.text
    cues = [
        i for i in compress(count(), map(_HEARSAY_CUES.__contains__, norms))
        if norms[i] != "après" or (i > 0 and norms[i - 1] == "d'")
    ]
    marks = _sentence_marks(text) if cues else []
    windows = sorted({_sentence_window(marks, len(text), starts[i], ends[i]) for i in cues})
    candidates = []
    for left, right in windows:  # only the tokens of the sentences that cite hearsay; windows never overlap
        lo, hi = bisect_right(starts, left - 1), bisect_right(starts, right)
        candidates.extend(k for k in range(lo, hi) if norms[k].endswith(("rait", "raient")))
    for i in candidates:
        word = norms[i]
        if _CONDITIONAL.match(word) and word not in _MODAL_CONDITIONALS and word not in _AUXILIARIES:
            span = (starts[i], ends[i])
            if not any(a <= span[0] < b for a, b in taken):
                out.append(TermMatch(span[0], span[1], text[span[0] : span[1]], "conditionnel journalistique",
                                     "evidential", "pattern"))
    return out


# ------------------------------------------------------------------------------------------
# Scare quotes: « experts », "opération", quoted by the writer, said by nobody
# ------------------------------------------------------------------------------------------

_MAX_SCARE_WORDS = 4
_NAMING_WORDS = frozenset(
    fold(w)
    for w in (
        "dit dite dits dites traité traitée traités taxé taxée taxés appelé appelée appelés appelées baptisé baptisée baptisés baptisées surnommé "
        "surnommée surnommés surnommées nommé nommée intitulé intitulée qualifié qualifiée qualifiés mot mots "
        "terme termes expression formule slogan label hashtag mot-clé opération plan programme dispositif "
        "loi projet mouvement collectif association émission film livre roman série chanson album spectacle "
        "campagne affaire réseau groupe marque titre rubrique devise thème nom sigle"
    ).split()
)


def _has_speech_cue(folded: list[str], before: int, lo: int, first: int, after: int, hi: int,
                    verbs: dict[str, str]) -> bool:
    """True when someone is reported as saying the quoted words.

    Token ranges: ``[before, first)`` runs from the start of the previous sentence to the quote,
    ``[lo, hi)`` is the quote's sentence, ``after`` the first token after the closing mark. Cues: a
    speech verb before the quote, in its sentence or the one before ("X a réagi. C'est une « grille
    de lecture »"); a speech verb right after it ("« … » a précisé X"); an inverted incise
    ("a-t-il dit") or selon / d'après anywhere in its sentence.
    """
    for k in range(lo, hi):
        word = folded[k]
        if word == "selon" or (word == "d'" and k + 1 < hi and folded[k + 1] == "apres") or INVERTED_SUBJECT.search(word):
            return True
    if any(folded[k] in verbs for k in range(before, first)):
        return True
    # a postposed attribution: "« … », précise X" or "« … » a déclaré X"
    k = after + 1 if after < hi and folded[after] == "," else after
    if k < hi and folded[k] in ("a", "ont", "avait", "avaient"):
        k += 1
    return k < hi and folded[k] in verbs


def _scare_quote_matches(text: str, toks: TokenList) -> list[TermMatch]:
    if not toks.texts:
        return []
    verbs = speech_verb_forms()
    folded = None
    marks = None
    out = []
    for m in _QUOTATION.finditer(text):
        inner_start, inner_end = m.start() + 1, m.end() - 1
        content = text[inner_start:inner_end].strip(" \u00a0\u202f")
        if not content[:1].islower() or len(content.split()) > _MAX_SCARE_WORDS:
            continue  # one to four words, starting in lowercase: most quotations are sentences
        if content[-1:] in ".!?…":
            continue  # a quoted sentence, not a quoted expression
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0\u202f")
        if before.endswith(":"):
            continue  # "X : « ... »" introduces speech
        if folded is None:
            folded = toks.folded
        first = bisect_right(toks.starts, m.start())  # index of the first token after the opening mark
        if any(w in _NAMING_WORDS for w in folded[max(0, first - 3) : first]):
            continue
        if marks is None:
            marks = _sentence_marks(text)
        left, right = _sentence_window(marks, len(text), m.start(), m.end())
        previous, _ = _sentence_window(marks, len(text), m.start(), m.end(), around=1)
        lo = bisect_right(toks.starts, left - 1)
        hi = bisect_right(toks.starts, right)
        before = bisect_right(toks.starts, previous - 1)
        after = bisect_right(toks.starts, m.end() - 1)
        if _has_speech_cue(folded, before, lo, first, after, hi, verbs):
            continue
        out.append(TermMatch(m.start(), m.end(), m.group(), fold(content), "scare_quote", "pattern"))
    return out


# ------------------------------------------------------------------------------------------
# Public functions
# ------------------------------------------------------------------------------------------


def _check_lexicon(lexicon) -> Lexicon:
    if lexicon is None:
        return default_lexicon()
    if not isinstance(lexicon, Lexicon):
        raise type_error("lexicon", lexicon, "a framing.Lexicon or None (the default lexicon)")
    return lexicon


def _check_categories(categories, known: Iterable[str]) -> set[str] | None:
    if categories is None:
        return None
    if isinstance(categories, str) or not isinstance(categories, Iterable):
        raise type_error("categories", categories, "a list of category names")
    known = tuple(dict.fromkeys(known))
    wanted = set(categories)
    for category in wanted:
        if category not in known:
            raise value_error("categories", category, f"among {list(known)}")
    return wanted


def _all_terms(text: str, toks: TokenList, lexicon: Lexicon, wanted: set[str] | None):
    matches = lexicon.match(text, tokens_=toks)
    if wanted is None or "evidential" in wanted:
        matches += _evidential_matches(toks)
    if wanted is None or "scare_quote" in wanted:
        matches += _scare_quote_matches(text, toks)
    if wanted is not None:
        matches = [m for m in matches if m.category in wanted]
    matches.sort()
    return matches


def loaded_terms(text: str, *, lexicon: Lexicon | None = None, categories: Iterable[str] | None = None) -> list[TermMatch]:
    """Find the framing language of a French text: lexicon terms, evidential conditionals, scare quotes.

    Three sources of hits, each :class:`~framing.lexicon.TermMatch` with offsets into ``text``:

    - the lexicon (:func:`~framing.lexicon.default_lexicon` unless ``lexicon`` is given):
      inflected forms, elision, capitals and lost accents match; the longest entry wins and no
      token is counted twice (``source`` is the lexicon's name);
    - the *evidential* (reportative) conditional, by pattern: ``aurait``/``auraient``/``serait``/
      ``seraient`` + (up to three adverbs) + past participle, and conditional verbs in a sentence
      that cites hearsay with *selon*, *d'après* or *dixit* (``source="pattern"``);
    - *scare quotes*, by pattern: a quoted expression of one to four words, starting in lowercase,
      not introduced by a colon, not a name (*la loi « … »*, *dite « … »*), in a sentence with no
      speech verb, *selon* or inverted incise, i.e. quoted by the writer and said by nobody
      (``category="scare_quote"``, ``source="pattern"``).

    Parameters
    ----------
    text : str
        Any string.
    lexicon : Lexicon, optional
        Replace the default lexicon (merge with ``default_lexicon() | mine`` to extend it).
    categories : list of str, optional
        Keep only these categories.

    Returns
    -------
    list of TermMatch
        Sorted by offset.

    Raises
    ------
    TypeError
        If ``text`` is not a str, ``lexicon`` not a :class:`~framing.lexicon.Lexicon`.
    ValueError
        For an unknown category.

    Examples
    --------
    >>> text = "L'imposteur Andrés Kovalan aurait détourné des fonds, pour les « experts » du régime Dragan."
    >>> [(m.text, m.category) for m in loaded_terms(text)]
    [('imposteur', 'labelling'), ('aurait détourné', 'evidential'), ('« experts »', 'scare_quote'), ('régime', 'labelling')]
    >>> loaded_terms("")
    []
    """
    check_text(text)
    lexicon = _check_lexicon(lexicon)
    wanted = _check_categories(categories, lexicon.categories + _PATTERN_CATEGORIES)
    toks = tokens(text)
    return _all_terms(text, toks, lexicon, wanted)


def scare_quotes(text: str) -> list[TermMatch]:
    """Scare quotes only: see :func:`loaded_terms`.

    >>> [m.text for m in scare_quotes("Le gouvernement impose sa « réforme ». « Nous partons », a-t-il dit.")]
    ['« réforme »']
    """
    check_text(text)
    return _scare_quote_matches(text, tokens(text))


def evidentials(text: str) -> list[TermMatch]:
    """Evidential conditionals only: see :func:`loaded_terms`.

    >>> [m.text for m in evidentials("Les fonds auraient été détournés. Il serait parti hier.")]
    ['auraient été détournés', 'serait parti']
    """
    check_text(text)
    return _evidential_matches(tokens(text))


def _profile(text: str, toks: TokenList, lexicon: Lexicon) -> dict[str, float]:
    counts = dict.fromkeys(LEXICAL_CATEGORIES, 0)
    counts.update((c, 0) for c in lexicon.categories if c not in counts)
    for m in _all_terms(text, toks, lexicon, None):
        counts[m.category] = counts.get(m.category, 0) + 1
    n = len(toks)
    profile: dict[str, float] = {"n_terms": sum(counts.values())}
    for category, hits in counts.items():
        profile[category] = hits
    for category, hits in counts.items():
        profile[f"{category}_per_1k"] = round(1000 * hits / n, 3) if n else 0.0
    return profile


def lexical_profile(text: str, *, lexicon: Lexicon | None = None) -> dict[str, float]:
    """Counts and rates of each framing category in a text.

    For each category *c* (:data:`LEXICAL_CATEGORIES`, plus any of a custom lexicon):
    ``c`` is the number of hits *n_c* and ``c_per_1k`` the rate

    .. math:: r_c = 1000 \\cdot n_c / N

    where *N* is the number of word tokens of the text (0 when the text has none). ``n_terms`` is
    the total number of hits.

    Examples
    --------
    >>> p = lexical_profile("Ce régime corrompu est une honte. Il aurait menti, peut-être.")
    >>> p["labelling"], p["loaded"], p["hedge"], p["evidential"]
    (1, 1, 1, 1)
    >>> p["loaded_per_1k"]  # one hit in 10 word tokens
    100.0
    """
    check_text(text)
    return _profile(text, tokens(text), _check_lexicon(lexicon))


def profile_columns(lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The keys :func:`lexical_profile` returns, in order."""
    categories = list(LEXICAL_CATEGORIES)
    if lexicon is not None:
        categories += [c for c in lexicon.categories if c not in categories]
    return ("n_terms", *categories, *(f"{c}_per_1k" for c in categories))
