"""The one lexicon of French speech and cognition verbs, with the connotation (cue class) of each."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ._resources import read_tsv
from .inflect import fold, verb_forms

__all__ = ["SpeechVerb", "speech_verbs", "speech_verb_forms", "CUE_CLASSES"]


#: Connotation classes of speech verbs, from the most neutral to the most charged.
CUE_CLASSES = ("neutral", "assertive", "opinion", "emphatic", "doubt", "admission", "emotive", "denial", "directive")


class SpeechVerb(NamedTuple):
    """A speech or cognition verb: its lemma, connotation class and usual constructions."""

    lemma: str
    cue_class: str
    reflexive: bool
    takes: tuple[str, ...]


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, SpeechVerb]:
    """All speech verbs by lemma, from ``resources/speech_verbs.tsv``.

    >>> verbs = speech_verbs()
    >>> verbs["marteler"].cue_class, verbs["avouer"].cue_class, verbs["dire"].cue_class
    ('emphatic', 'admission', 'neutral')
    """
    table = {}
    for row in read_tsv("speech_verbs.tsv"):
        lemma = row["lemma"].strip()
        table[lemma] = SpeechVerb(
            lemma,
            row["cue_class"].strip(),
            row.get("reflexive", "").strip().lower() in ("yes", "true", "1"),
            tuple(t for t in row.get("takes", "").split("|") if t),
        )
    return table


@lru_cache(maxsize=1)
def speech_verb_forms() -> dict[str, str]:
    """Map every folded (lowercase, accent-free) form of every speech verb to its lemma
    (``"martele"`` → ``"marteler"``).

    When two verbs share a form, the one listed first in the lexicon keeps it.

    >>> forms = speech_verb_forms()
    >>> forms["martele"], forms["a-t-il"] if "a-t-il" in forms else None, forms["dit"]
    ('marteler', None, 'dire')
    """
    table: dict[str, str] = {}
    for lemma in speech_verbs():
        for form in verb_forms(lemma):
            table.setdefault(fold(form), lemma)
    return table
