"""Sourcing patterns: every source an article relies on, typed, linked and counted.

A *source* is anyone or anything the text relies on for information or opinion: the speaker of a
quote (:mod:`framing.quotes`), the ``X`` of ``selon X`` and ``de source policière``, the body
reached ``auprès de X``, the outlet a statement was given to (``a indiqué à l'AFP``), a document
cited as evidence (``une étude publiée par l'Inserm montre…``). Each mention is typed in
:data:`SOURCE_TYPES` from the role the text gives (``le porte-parole du gouvernement`` is official,
``la porte-parole de la CGT`` an organisation) and, failing that, from the gazetteers of
``framing/resources/`` (institutions, media outlets, public figures).
"""

from __future__ import annotations

import bisect
import math
import warnings
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from ._validation import check_choice, check_text
from .inflect import fold, verb_forms
from .quotes import (
    _AUX,
    _DETS,
    _MEDIA_NOUNS,
    Quote,
    _Entity,
    _Extractor,
    _first_names,
    _gazetteer_names,
    _is_cap,
    _media_index,
    _speaker_nouns,
)
from .text import _positions
from .verbs import speech_verb_forms

__all__ = [
    "SOURCE_TYPES",
    "SOURCE_VIAS",
    "SourceMention",
    "extract_sources",
    "sourcing_profile",
    "profile_columns",
    "source_table",
]

#: The source typology, in the order of the profile columns.
SOURCE_TYPES = ("official", "political", "expert", "media", "anonymous", "document", "citizen",
                "organisation", "unknown")

#: How a source enters the text: the speaker of a quote; ``selon``/``d'après``/``pour X,``/``de
#: source X``; ``auprès de X``; an outlet a statement was given to; a document cited as evidence.
SOURCE_VIAS = ("quote", "selon", "auprès", "media", "document")


class SourceMention(NamedTuple):
    """One citation of a source.

    ``text[start:end]`` names the source at that place (a name, a pronoun, a description such as
    ``une source proche du dossier``); ``name`` is the fullest form the article gives (pronouns,
    surnames and linked roles resolved); ``source_type`` is in :data:`SOURCE_TYPES`; ``via`` in
    :data:`SOURCE_VIAS`.
    """

    start: int
    end: int
    text: str
    name: str
    source_type: str
    via: str


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _noun_types() -> dict[str, str]:
    """Folded speaker noun (singular and plural) → source type (``speaker_nouns.tsv``)."""
    return {noun: info[3] for noun, info in _speaker_nouns().items()}


@lru_cache(maxsize=1)
def _name_types() -> dict[str, str]:
    """Folded name or alias of an institution, an outlet or a public figure → source type."""
    table: dict[str, str] = {}
    for row, value in _gazetteer_names("institutions.tsv"):
        table.setdefault(fold(value), (row.get("source_type") or "").strip() or "organisation")
    for _, value in _gazetteer_names("media_outlets.tsv"):
        table.setdefault(fold(value), "media")
    for row, value in _gazetteer_names("public_figures.tsv"):
        table.setdefault(fold(value), (row.get("source_type") or "").strip() or "unknown")
    return table


def _known_type(name: str) -> str | None:
    """The gazetteer type of ``name`` (with or without a leading article), or None."""
    key = fold(name)
    table = _name_types()
    if key in table:
        return table[key]
    for article in ("le ", "la ", "les ", "l'"):
        if key.startswith(article) and key[len(article):] in table:
            return table[key[len(article):]]
    return None


#: Role nouns whose type is that of the body they belong to: "le porte-parole du gouvernement"
#: (official) against "la porte-parole de la CGT" (organisation), "le président du Medef".
_RELATIONAL = frozenset(fold(w) for w in (
    "président présidente présidents vice-président vice-présidente directeur directrice directeurs "
    "porte-parole secrétaire responsable responsables chef cheffe chefs membre membres représentant "
    "représentante représentants dirigeant dirigeante dirigeants patron patronne délégué déléguée "
    "fondateur fondatrice cofondateur cofondatrice numéro leader coordinateur coordinatrice trésorier "
    "trésorière administrateur administratrice militant militante militants cadre cadres dg pdg "
    "président-directeur conseiller conseillère conseillers collaborateur collaboratrice employé "
    "employée salarié salariée salariés").split())

#: Words that may sit between a role noun and its complement: "secrétaire général de la CGT".
_ROLE_ADJECTIVES = frozenset(fold(w) for w in (
    "général générale généraux adjoint adjointe adjoints national nationale nationaux régional "
    "régionale départemental départementale fédéral fédérale exécutif exécutive délégué déléguée "
    "financier financière juridique scientifique médical médicale technique commercial commerciale "
    "ancien ancienne actuel actuelle nouveau nouvelle premier première haut haute").split())

#: Adjectives of ``de source X`` ("de source policière", "de sources concordantes").
_SOURCE_WORDS = frozenset({"source", "sources"})

#: Verbs through which a document states what the article relies on, beyond the speech verbs.
_EVIDENCE_LEMMAS = ("montrer", "démontrer", "établir", "conclure", "pointer", "chiffrer", "recenser",
                    "dénombrer", "évaluer", "relever", "constater", "noter", "estimer", "révéler", "indiquer",
                    "souligner", "confirmer", "affirmer", "dénoncer", "recommander", "préconiser", "alerter")

#: Documents that, written "dans un X", are where the text found its information.
_CITED_IN = frozenset(fold(w) for w in (
    "communiqué communiqués rapport rapports note notes étude études bilan bilans enquête document "
    "documents synthèse avis expertise procès-verbal compte-rendu arrêt jugement décision ordonnance "
    "réquisitoire").split())

#: Words before an outlet that make it the channel of a statement ("interrogé par franceinfo").
_CHANNEL_BEFORE = (
    ("interroge", "par"), ("interrogee", "par"), ("interroges", "par"), ("interrogees", "par"),
    ("contacte", "par"), ("contactee", "par"), ("contactes", "par"), ("contactees", "par"),
    ("joint", "par"), ("jointe", "par"), ("publie", "par"), ("publiee", "par"), ("publies", "par"),
    ("publiees", "par"), ("cite", "par"), ("citee", "par"), ("cites", "par"), ("citees", "par"),
    ("relaye", "par"), ("relayee", "par"), ("revele", "par"), ("revelee", "par"), ("revelees", "par"),
    ("reveles", "par"), ("rapporte", "par"), ("rapportee", "par"), ("rapportes", "par"), ("rapportees", "par"), ("sollicite", "par"), ("sollicitee", "par"),
    ("micro", "de"), ("micro", "d'"), ("antenne", "de"), ("antenne", "d'"), ("plateau", "de"),
    ("plateau", "d'"), ("colonnes", "de"), ("colonnes", "du"), ("colonnes", "des"), ("micro", "du"),
    ("antenne", "du"), ("plateau", "du"), ("micro", "des"), ("antenne", "des"), ("plateau", "des"),
)

#: "Invité de RTL", "invitée sur LCI", "invité RTL".
_INVITED = frozenset({"invite", "invitee", "invites", "invitees", "interroge", "interrogee", "interroges",
                      "interrogees", "emission", "plateau", "antenne", "micro", "matinale", "portrait"})

_INTERVIEW_NOUNS = frozenset(fold(w) for w in (
    "entretien entretiens interview interviews déclaration déclarations confidences propos "
    "tribune courrier lettre message").split())

#: Verb forms of ``a-t-on appris auprès de X``, ``indique-t-on auprès de X``, ``précise-t-on``.
_LEARN_FORMS = frozenset({"appris", "apprend", "apprenait", "apprenions", "indique", "indiquait", "precise",
                          "precisait", "confirme", "confirmait", "assure", "assurait", "explique",
                          "expliquait", "souligne", "soulignait", "rapporte", "rapportait", "affirme",
                          "affirmait", "signale", "signalait", "ajoute", "ajoutait", "t-on", "dit",
                          "disait", "reconnait", "reconnaissait", "admet", "admettait", "estime",
                          "estimait", "savoir", "confie", "confiait", "renseigne", "informe", "verifie",
                          "obtenu", "recueilli", "recueillis", "recueillies", "recueillie"})

#: Words between a document and its verb ("une étude publiée mardi montre").
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "publie publiee publies publiees parue paru parus parues lundi mardi mercredi jeudi vendredi samedi "
    "dimanche recemment hier egalement aussi meme deja".split())

#: Tokens after which a document noun phrase can be the subject of a verb of evidence.
_SUBJECT_OPENERS = frozenset({",", ";", ":", "et", "mais", "or", "«", '"', "“", "(", "-", "—", "–", "car", "donc"})


@lru_cache(maxsize=1)
def _evidence_forms() -> frozenset[str]:
    forms: set[str] = set()
    for lemma in _EVIDENCE_LEMMAS:
        if " " in lemma:
            continue
        forms.update(fold(f) for f in verb_forms(lemma))
    return frozenset(forms)


# --------------------------------------------------------------------------------------------
# Typing
# --------------------------------------------------------------------------------------------


#: Words that make an unknown name an outlet ("Hérault Infos", "Météo Languedoc", "Var-Matin").
_MEDIA_NAME_WORDS = frozenset(fold(w) for w in (
    "infos info actu actus news presse matin soir hebdo magazine mag tv télé radio journal gazette "
    "courrier dépêche quotidien républicain météo").split())


def _media_like(name: str) -> bool:
    words = [fold(w) for w in name.replace("-", " ").split()]
    return len(words) > 1 and any(w in _MEDIA_NAME_WORDS for w in words)


class _Typer:
    """Source types of the phrases and entities of one text (cached per entity)."""

    def __init__(self, ex: _Extractor):
        self.ex = ex
        self.doc = ex.doc
        self._entity_types: dict[int, str] = {}
        self._roles: dict[int, Counter] | None = None

    # -- phrases ---------------------------------------------------------------------------

    def complement_type(self, k: int, hi: int) -> str | None:
        """The type of the body named by the complement starting at token ``k`` ("de la CGT")."""
        doc = self.doc
        N, F = doc.N, doc.F
        steps = 0
        while k < hi and F[k] in _ROLE_ADJECTIVES and steps < 3:
            k += 1
            steps += 1
        if k >= hi or N[k] not in ("de", "d'", "du", "des", "à", "au", "aux"):
            return None
        k += 1
        while k < hi and N[k] in ("la", "l'", "le", "les"):
            k += 1
        if k >= hi:
            return None
        hit = self.ex.ents.span_at.get(k)
        if hit is not None:
            t = self.entity_type(hit[1])
            return t if t != "unknown" else None
        if _is_cap(doc.T[k]):
            j = k + 1
            while j < hi and j - k < 6 and (_is_cap(doc.T[j]) or N[j] in ("de", "d'", "du", "des")):
                j += 1
            known = _known_type(doc.text[doc.S[k]: doc.E[j - 1]])
            if known is not None:
                return known
            if F[k] in ("republique", "etat"):
                return "official"
        t = _noun_types().get(F[k])
        if t is not None and t != "unknown":
            return t
        return None

    def role_type(self, h: int, hi: int) -> str:
        """The type of the role noun at token ``h`` with its complement (up to token ``hi``)."""
        F = self.doc.F
        own = _noun_types().get(F[h])
        if own is None and F[h].startswith(("ex-", "vice-", "co-", "sous-")):
            own = _noun_types().get(F[h].split("-", 1)[1])
        own = own or "unknown"
        if F[h] in _RELATIONAL or own == "unknown":
            body = self.complement_type(h + 1, hi)
            if body is not None and body not in ("citizen", "anonymous", "document"):
                return body
        return own

    def phrase_type(self, a: int, b: int) -> str:
        """The type of the description at tokens ``[a, b)`` ("le porte-parole du gouvernement")."""
        if a >= b:
            return "unknown"
        head = self.ex._head_noun(a, b)
        if head is not None:
            return self.role_type(head[0], min(self.doc.n, b + 6))
        for k in range(a, b):
            hit = self.ex.ents.span_at.get(k)
            if hit is not None:
                return self.entity_type(hit[1])
        return "unknown"

    # -- entities --------------------------------------------------------------------------

    def roles(self) -> dict[int, Counter]:
        """Entity id → the source types of the roles the text attaches to it, with counts."""
        if self._roles is not None:
            return self._roles
        doc = self.doc
        F = doc.F
        roles: dict[int, Counter] = {}
        for role, links in self.ex.role_links().items():
            for tok, ent in links:
                end = self.ex.ents.span_at.get(tok, (tok + 1, ent))[0]
                h = next((k for k in range(tok - 1, max(-1, tok - 16), -1) if F[k] == role), None)
                if h is None:
                    h = next((k for k in range(end, min(doc.n, end + 8)) if F[k] == role), None)
                if h is None:
                    continue
                stop = h + 1
                while stop < doc.n and stop - h < 12 and doc.N[stop] not in (",", ".", ";", ":", "(", ")") \
                        and not (stop == tok):
                    stop += 1
                t = self.role_type(h, stop)
                if t != "unknown":
                    # a role written next to the name outweighs one read through a resolution
                    roles.setdefault(id(ent), Counter())[t] += 3
        self._roles = roles
        return roles

    def vote(self, ent: _Entity, stype: str) -> None:
        """Record that a role phrase resolved to ``ent`` has type ``stype``."""
        if stype != "unknown" and ent.kind in ("person", "name"):
            self.roles().setdefault(id(ent), Counter())[stype] += 1
            self._entity_types.pop(id(ent), None)

    def entity_type(self, ent: _Entity) -> str:
        """The source type of a named entity."""
        cached = self._entity_types.get(id(ent))
        if cached is not None:
            return cached
        self._entity_types[id(ent)] = "unknown"  # guards against a cycle through complements
        known = _known_type(ent.name) if ent.kind != "media" else None
        if ent.kind == "media" or (known is None and _media_like(ent.name)):
            t = "media"
        elif ent.kind == "organisation":
            t = self.organisation_type(ent.name)
        else:
            votes = self.roles().get(id(ent))
            if votes:
                t = max(votes.items(), key=lambda kv: kv[1])[0]
            else:
                t = _known_type(ent.name) or "unknown"
                words = ent.name.split()
                if t == "unknown" and len(words) == 1 and fold(words[0]) in _first_names() and ent.kind == "person":
                    t = "citizen"  # a person the article calls by first name only: a private individual
                elif t == "unknown" and ent.kind == "name" and len(words) == 1:
                    t = self.organisation_type(ent.name)
        self._entity_types[id(ent)] = t
        return t

    @staticmethod
    def organisation_type(name: str) -> str:
        """The type of an organisation from the gazetteers, else from its head noun."""
        known = _known_type(name)
        if known is not None:
            return known
        words = [fold(w) for w in name.replace("'", "' ").split()]
        while words and words[0] in ("le", "la", "les", "l'"):
            words = words[1:]
        if len(words) > 1:
            inner = _known_type(" ".join(words[1:]))  # "l'agence TASS", "le groupe Bolloré"
            if inner is not None:
                return inner
        if words:
            t = _noun_types().get(words[0])
            if t is not None and t not in ("unknown", "citizen", "anonymous"):
                return t
        return "organisation"


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


class _Found(NamedTuple):
    mention: SourceMention
    quote: Quote | None


def _quote_mentions(ex: _Extractor, typer: _Typer, quotes: list[Quote]) -> list[_Found]:
    """One mention per attributed quote: its speaker, typed."""
    doc = ex.doc
    text = ex.text
    found: list[_Found] = []
    for q in quotes:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        s, e = q.speaker_start, q.speaker_end
        a, b = doc.tok_at(s), doc.tok_at(e)
        phrase = text[s:e]
        if "-" in phrase and b - a == 1:
            tail = phrase.rsplit("-", 1)[1]
            if tail.lower() in ("il", "elle", "ils", "elles", "on"):
                s = e - len(tail)  # "a-t-il": the pronoun names the source
                phrase = tail
        name = q.speaker
        kind = q.speaker_type
        if name is None:
            if kind == "media" and fold(phrase).startswith(("nos ", "notre ")):
                name, stype = phrase, "anonymous"  # "selon nos informations"
            else:
                continue  # an unresolved pronoun: a source we cannot name
        elif kind == "media":
            stype = "media"
        elif kind == "document":
            stype = "document"
        elif kind == "anonymous":
            stype = typer.phrase_type(a, b)
            stype = "citizen" if stype == "citizen" else "anonymous"
        elif kind == "organisation":
            ent = ex.ents.lookup(name)
            stype = typer.entity_type(ent) if ent is not None else typer.organisation_type(name)
        else:
            ent = ex.ents.lookup(name)
            head = ex._head_noun(a, b) if fold(phrase) != fold(name) else None
            own = typer.phrase_type(a, b) if head is not None and head[1][0] == "person" else "unknown"
            parts = [ex.ents.lookup(part) for part in name.split(" et ")] if " et " in name else []
            if ent is not None:
                if own != "unknown":
                    typer.vote(ent, own)  # "le directeur du FSMTC" resolved to Dmitri Shugaev
                stype = typer.entity_type(ent)
            elif len(parts) > 1 and all(parts):
                # "Christophe Castaner et Laurent Nuñez ont appelé": one mention per source
                via = "selon" if q.cue in ("selon", "d'après", "pour") else "quote"
                for part in parts:
                    at = text.find(part.name, s, e)
                    ps, pe = (at, at + len(part.name)) if at >= 0 else (s, e)
                    found.append(_Found(SourceMention(ps, pe, text[ps:pe], part.name, typer.entity_type(part), via), q))
                continue
            else:
                stype = own if own != "unknown" else _known_type(name) or typer.phrase_type(a, b)
                if stype == "unknown" and kind in ("group", "person", "unknown"):
                    na, nb = _name_tokens(ex, name, q.start)
                    if na is not None:
                        stype = typer.phrase_type(na, nb)
        via = "selon" if q.cue in ("selon", "d'après", "pour") else "quote"
        found.append(_Found(SourceMention(s, e, phrase, name, stype, via), q))
        if via == "selon" and b + 1 < doc.n and doc.N[b] == "et":
            # "selon la préfecture et le COGIC", "pour X et l'Union nationale des associations familiales,"
            lo, hi = _sentence_range(doc, b)
            a2, b2 = ex.np_after(b + 1, hi)
            sp = ex.speaker_from_np(a2, b2, doc.S[a2]) if a2 < b2 else None
            if sp is not None and sp.name is not None and b2 < hi and doc.N[b2] in (",", ".") and sp.kind != "unknown":
                s2, e2 = doc.S[a2], doc.E[b2 - 1]
                if doc.N[a2] in ("le", "la", "les", "l'") and b2 - a2 > 1:
                    s2 = doc.S[a2 + 1]
                found.append(_Found(SourceMention(s2, e2, text[s2:e2], sp.name,
                                                  _speaker_type(ex, typer, sp, a2, b2), via), q))
    return found


def _name_tokens(ex: _Extractor, name: str, before: int) -> tuple[int | None, int | None]:
    """Token range of the last occurrence of the description ``name`` before offset ``before``."""
    at = ex.text.rfind(name, max(0, before - 3000), before + len(name))
    if at < 0:
        return None, None
    return ex.doc.tok_at(at), ex.doc.tok_at(at + len(name))


def _sentence_range(doc, t: int) -> tuple[int, int]:
    return doc.sent_tok[doc.tok_sent[t]] if doc.n else (0, 0)


def _extra_mentions(ex: _Extractor, typer: _Typer, taken: list[tuple[int, int]],
                    quoted_sentences: set[int]) -> list[_Found]:
    """Sources named without a quote: ``de source X``, ``auprès de X``, outlets a statement was
    given to, documents cited as evidence."""
    doc = ex.doc
    N, F, T, S, E = doc.N, doc.F, doc.T, doc.S, doc.E
    text = ex.text
    nouns = _speaker_nouns()
    found: list[_Found] = []
    evidence = _evidence_forms()
    speech = speech_verb_forms()

    def cut(a: int, b: int) -> int:
        """End a noun phrase before a verb of evidence it ran into ("l'Inserm montre")."""
        for t in range(a + 1, b):
            if F[t] in evidence and T[t][:1].islower() and N[t - 1] not in _DETS:
                return t
        return b

    spans = sorted(taken)  # mentions never overlap one another much: a sorted list and bisect

    def free(s: int, e: int) -> bool:
        k = bisect.bisect_left(spans, (s, s))
        for ts, te in spans[max(0, k - 8): k + 8]:
            if s < te and ts < e:
                return False
        return True

    def add(s: int, e: int, name: str, stype: str, via: str) -> None:
        if e > s and free(s, e):
            found.append(_Found(SourceMention(s, e, text[s:e], name, stype, via), None))
            bisect.insort(spans, (s, e))

    for k in _candidates(doc):
        n = N[k]
        # "de source policière", "de sources concordantes", "de source proche du dossier"
        if n == "de" and k + 2 < doc.n and F[k + 1] in _SOURCE_WORDS and T[k + 2][:1].islower() \
                and T[k + 2][:1].isalpha():
            j = k + 3
            if F[k + 2] in ("proche", "proches") and j < doc.n and N[j] in ("de", "du", "des", "d'"):
                lo, hi = _sentence_range(doc, k)
                _, j = ex.np_after(j + 1, hi) if N[j] in ("de", "d'") else ex.np_after(j, hi)
            elif j < doc.n and T[j][:1].islower() and T[j].isalpha() and N[j] not in _AUX and \
                    N[j] not in ("de", "d'", "du", "des", "et", "ou", "que", "qu'", "à", "au", "en", "le", "la"):
                j += 1  # "de source policière locale"
            s, e = S[k + 1], E[j - 1]
            add(s, e, text[s:e], "anonymous", "selon")
            continue
        # "Dans l'entourage du ministre, on assure que", "À Matignon, on indique que": the place speaks
        if n == "on":
            placed = _placed_source(ex, typer, k)
            if placed is not None:
                a, b, stype = placed
                add(S[a], E[b - 1], text[S[a]:E[b - 1]], stype, "quote")
            continue
        # "selon ce qu'a appris franceinfo": the outlet found it out
        if n in ("qu'a", "qu'ont") or (n == "qu'" and k + 1 < doc.n and N[k + 1] in ("a", "ont")):
            v = k + (1 if n in ("qu'a", "qu'ont") else 2)
            if v < doc.n and F[v] == "appris" and k > 0 and N[k - 1] == "ce":
                lo, hi = _sentence_range(doc, k)
                a, b = ex.np_after(v + 1, hi)
                sp = ex.speaker_from_np(a, b, S[a]) if a < b else None
                if sp is not None and sp.name is not None:
                    add(S[a], E[b - 1], sp.name, _speaker_type(ex, typer, sp, a, b), "auprès")
            continue
        # "a-t-on appris auprès de la préfecture", "indique-t-on auprès du parquet"
        if n == "auprès" and k + 1 < doc.n and N[k + 1] in ("de", "d'", "du", "des"):
            lo, hi = _sentence_range(doc, k)
            if not any(F[t] in _LEARN_FORMS or F[t].endswith("-t-on") for t in range(max(lo, k - 4), k)):
                continue
            a = k + 2 if N[k + 1] in ("de", "d'") else k + 1
            a, b = ex.np_after(a, hi)
            if a >= b:
                continue
            sp = ex.speaker_from_np(a, b, S[a])
            if sp is None or sp.name is None:
                continue
            stype = _speaker_type(ex, typer, sp, a, b)
            first = a + 1 if N[a] in ("du", "des") and b - a > 1 else a
            add(S[first], E[b - 1], sp.name, stype, "media" if stype == "media" else "auprès")
            continue
        # documents cited as evidence: "dans un communiqué" (no author speaks in the sentence),
        # "une étude publiée par l'Inserm montre que"
        info = nouns.get(F[k])
        if info is not None and info[0] == "document" and k > 0 and N[k - 1] in _DETS and not _is_cap(T[k]):
            si = doc.tok_sent[k]
            lo, hi = doc.sent_tok[si]
            a = k - 1
            b = max(cut(*ex.np_after(a, hi)), k + 1)
            # extend over "publié(e) par X"
            if b + 1 < hi and F[b].startswith("publie") and N[b + 1] == "par":
                b2 = cut(*ex.np_after(b + 2, hi))
                if b2 > b + 2:
                    b = b2
            cited = False
            if k - 2 >= lo and N[k - 2] == "dans":
                # "X a dénoncé dans un communiqué « … »": the author speaks, the communiqué is its channel
                spoken = any(F[t] in speech and not _is_cap(T[t]) for t in range(max(lo, k - 8), k - 2))
                cited = F[k] in _CITED_IN and si not in quoted_sentences and not spoken
            elif k - 1 == lo or N[k - 2] in _SUBJECT_OPENERS:
                t = b
                while t < hi and t - b < 4 and (N[t] in ("(", ")") or F[t] in _BETWEEN_SUBJECT_AND_VERB
                                               or T[t][:1].isdigit()):
                    t += 1
                if t < hi and N[t] in ("ne", "n'"):
                    t += 1
                if t < hi and (F[t] in evidence or F[t] in speech) and N[t] not in _AUX \
                        and not F[t].endswith("ant"):
                    cited = True
            if not cited and b < hi and F[b].endswith("ant") and (F[b] in evidence or F[b] in speech) \
                    and b + 1 < hi and N[b + 1] in ("que", "qu'"):
                cited = True  # "la publication d'une étude montrant que"
            if cited:
                if N[a] in ("son", "sa", "ses", "leur", "leurs"):
                    continue  # "dans son communiqué": the owner speaks, usually quoted already
                add(S[a], E[b - 1], text[S[a]:E[b - 1]], "document", "document")
            continue
    # outlets a statement was given to: "a indiqué à l'AFP", "interrogé par franceinfo", "sur LCI"
    last_channel = -10
    for tok, end, name in _media_references(ex):
        at = tok - 1
        if at > 0 and F[at] in _MEDIA_NOUNS and T[at][:1].islower():
            at -= 1  # "dans le quotidien Le Monde"
        if at > 0 and N[at] in ("l'", "la", "le", "les"):
            at -= 1
        p1 = N[tok - 1] if tok > 0 else ""
        prep = N[at] if at >= 0 else ""
        before = F[at - 1] if at > 0 else ""
        lo, hi = _sentence_range(doc, tok)
        spoken_before = any((F[t] in speech or F[t] in _INTERVIEW_NOUNS or F[t] in _INVITED) and not _is_cap(T[t])
                            for t in range(max(lo, at - 9), at))
        spoken_after = any(F[t] in speech and not _is_cap(T[t]) for t in range(end, min(hi, end + 6)))
        channel = (
            (before, prep) in _CHANNEL_BEFORE
            or fold(p1) in _INVITED or (prep in ("de", "sur") and before in _INVITED)
            or (prep in ("à", "au", "aux") and spoken_before)
            or (prep in ("sur", "dans", "avec") and (spoken_before or spoken_after or before in _INVITED))
            or (prep in ("et", ",") and tok - last_channel <= 4)
        )
        if channel:
            add(S[tok], E[end - 1], name, "media", "media")
            last_channel = end
    return found


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(noun for noun, info in _speaker_nouns().items() if info[0] == "document")


_TRIGGERS = frozenset({"aupres", "qu'a", "qu'ont", "qu'", "on"})


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    return _TRIGGERS | _document_nouns()


def _candidates(doc) -> list[int]:
    """Tokens where a pattern of :func:`_extra_mentions` may start (set lookups at C speed)."""
    F, N = doc.F, doc.N
    triggers = _trigger_words()
    out = _positions(F, triggers)
    if not _SOURCE_WORDS.isdisjoint(F):  # "de source policière": the pattern starts at "de"
        extra = [k - 1 for k, f in enumerate(F) if f in _SOURCE_WORDS and k > 0 and N[k - 1] == "de"]
        if extra:
            out = sorted(out + extra)
    return out


@lru_cache(maxsize=1)
def _le_titles() -> dict[str, list[tuple[str, ...]]]:
    """Outlets whose name starts with "Le", by their second folded word (for "du Parisien")."""
    return {second: [seq[1:] for seq in seqs]
            for (first, second), seqs in _media_index().by_two.items() if first == "le"}


#: Prepositions that open "Dans l'entourage de X, on …", "À Matignon, on …", "Chez Renault, on …".
_PLACE_OPENERS = frozenset({"dans", "a", "au", "aux", "chez", "du", "cote", "parmi"})

#: Reporting verbs after an impersonal "on" that make a place a source ("on assure", not "on trouve").
_PLACED_VERBS = frozenset((
    "indiquer", "assurer", "expliquer", "préciser", "affirmer", "confier", "souligner", "reconnaître",
    "rappeler", "dénoncer", "estimer", "juger", "confirmer", "démentir", "répondre", "ajouter", "déclarer",
    "dire", "annoncer", "regretter", "insister", "prévenir", "marteler", "avancer", "admettre", "promettre",
    "faire savoir", "se réjouir", "se féliciter", "déplorer", "considérer", "espérer", "craindre", "avertir"))

#: Nouns after a preposition that open a circumstance, not a place that speaks.
_NOT_PLACES = frozenset({"cours", "ordre", "cadre", "fin", "debut", "milieu", "attente", "lendemain", "veille",
                         "moment", "instant", "passage", "fond", "total", "regard", "vue", "face", "lieu"})

#: Nouns of a circle around someone: an unnamed source.
_CIRCLE_NOUNS = frozenset({"entourage", "camp", "rangs", "cercle", "proches", "cabinet"})


def _placed_source(ex: _Extractor, typer: _Typer, k: int) -> tuple[int, int, str] | None:
    """For an impersonal ``on`` + speech verb at token ``k`` after a sentence-initial place
    ("Dans l'entourage du ministre, on assure que…"), the tokens of the place and its source type."""
    doc = ex.doc
    N, F = doc.N, doc.F
    lo, hi = _sentence_range(doc, k)
    verb = k + 1
    if verb < hi and N[verb] in ("le", "l'", "nous", "lui", "leur", "ne", "n'", "y", "en"):
        verb += 1
    if not (verb < hi and speech_verb_forms().get(F[verb]) in _PLACED_VERBS) or k - 1 <= lo or N[k - 1] != ",":
        return None
    a = lo
    if F[a] == "du" and a + 1 < k and F[a + 1] == "cote":  # "Du côté de l'Élysée, on …"
        a += 2
    elif F[a] in _PLACE_OPENERS and F[a] != "cote":
        a += 1
    else:
        return None
    if a + 1 < k and F[a] == "sein":  # "Au sein du gouvernement, on …"
        a += 1
    if a < k and N[a] in ("de", "d'", "du", "des"):
        a += 1
    b = k - 1  # the comma before "on"
    if b - a < 1 or b - a > 10 or any(N[t] in (",", ".", ";", ":") for t in range(a, b)):
        return None
    while a < b and N[a] in ("la", "le", "les", "l'"):
        a += 1
    if a >= b:
        return None
    if F[a] in _CIRCLE_NOUNS:
        return a, b, "anonymous"
    if F[a] in _NOT_PLACES:
        return None  # "Au cours des huit heures, on notera", "Dans l'ordre, on trouve"
    # a body the text or the gazetteers know (Matignon, la CGT, le ministère), not any place ("À Paris")
    hit = ex.ents.span_at.get(a)
    known = _known_type(doc.text[doc.S[a]: doc.E[b - 1]])
    if known is None and ex._head_noun(a, b) is None and not (
            hit is not None and hit[1].kind in ("organisation", "media")):
        return None
    stype = known or typer.phrase_type(a, b)
    return (a, b, stype) if stype != "unknown" else None


@lru_cache(maxsize=1)
def _media_reference_words() -> frozenset[str]:
    """Media nouns and the second words of "Le …" titles: where an outlet reference may start."""
    return frozenset(_MEDIA_NOUNS) | frozenset(_le_titles())


def _media_references(ex: _Extractor) -> list[tuple[int, int, str]]:
    """``(first token, end token, name)`` of the outlets named in the text: known outlets, the
    titles after a contraction (``du Parisien``, ``au Monde``) and anaphors (``au quotidien``)."""
    doc = ex.doc
    N, F, T = doc.N, doc.F, doc.T
    refs: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for tok, ent in ex.ents.mentions:
        if ent.kind == "media" and not (" " in ent.name and ent.name.isupper()):  # not a scraped heading
            refs.append((tok, ex.ents.span_at.get(tok, (tok + 1, ent))[0], ent.name))
            seen.add(tok)
    titles = _le_titles()
    words = _media_reference_words()
    for j in _positions(F, words):
        k = j - 1
        if k < 0:
            continue
        if N[k] in ("du", "au") and F[j] in titles and _is_cap(T[j]) and j not in seen:
            for seq in titles[F[j]]:
                if tuple(F[j: j + len(seq)]) == seq:
                    refs.append((j, j + len(seq), "Le " + doc.text[doc.S[j]: doc.E[j + len(seq) - 1]]))
                    break
        elif F[j] in _MEDIA_NOUNS and T[j][:1].islower() and (j + 1 >= doc.n or not _is_cap(T[j + 1])) \
                and F[j] != "titre":  # "au titre de" is a locution
            if N[k] in ("au", "à", "sur", "dans") or (
                    N[k] in ("la", "l'", "le") and k > 0 and N[k - 1] in ("à", "sur", "dans")):
                prev = ex.recent_entity("media", doc.S[k])
                if prev is not None:
                    refs.append((j, j + 1, prev.name))  # "raconte au quotidien": the outlet named before
    refs.sort()
    return refs


def _speaker_type(ex: _Extractor, typer: _Typer, sp, a: int, b: int) -> str:
    """The source type of a speaker read from tokens ``[a, b)``."""
    if sp.kind == "media":
        return "media"
    if sp.kind == "document":
        return "document"
    if sp.kind == "anonymous":
        return "citizen" if typer.phrase_type(a, b) == "citizen" else "anonymous"
    ent = ex.ents.lookup(sp.name) if sp.name else None
    if ent is not None:
        return typer.entity_type(ent)
    if sp.kind == "organisation":
        return typer.organisation_type(sp.name)
    return typer.phrase_type(a, b)


def _find(text: str, view=None) -> tuple[list[_Found], list[Quote]]:
    """Every source mention of ``text`` with the quote it comes from, and the quotes."""
    if not text.strip():
        return [], []
    ex = view.extractor if view is not None else _Extractor(text)
    quotes = view.quotes if view is not None else ex.run()
    return _find_in(ex, quotes), quotes


def _find_in(ex: _Extractor, quotes: list[Quote]) -> list[_Found]:
    typer = _Typer(ex)
    found = _quote_mentions(ex, typer, quotes)
    taken = [(f.mention.start, f.mention.end) for f in found]
    sent = ex.doc.sent_of_offset
    quoted = {sent(f.mention.start) for f in found}
    quoted |= {sent(q.start) for q in quotes if q.speaker} | {sent(q.end) for q in quotes if q.speaker}
    found.extend(_extra_mentions(ex, typer, taken, quoted))
    # a role voted for an entity after its first mention was typed: type every mention alike
    out = []
    for f in found:
        m = f.mention
        ent = ex.ents.lookup(m.name)
        if ent is not None and ent.kind in ("person", "name") and m.source_type not in ("anonymous",):
            t = typer.entity_type(ent)
            if t != m.source_type and t != "unknown":
                m = m._replace(source_type=t)
        out.append(_Found(m, f.quote))
    out.sort(key=lambda f: (f.mention.start, f.quote.start if f.quote is not None else -1))
    return out


def extract_sources(text: str) -> list[SourceMention]:
    """Find every source a French news text relies on, quoted or not, with its type.

    Sources are the speakers of the quotes (:func:`framing.extract_quotes`: one mention per quote),
    ``selon X``, ``d'après X``, ``pour X,``, ``de source policière``, ``selon nos informations``,
    ``a-t-on appris auprès de X``, the outlet a statement was given to (``a indiqué à l'AFP``,
    ``interrogé par franceinfo``), and documents cited as evidence (``dans un communiqué``, ``une
    étude publiée par X montre``).

    Parameters
    ----------
    text : str
        Any string; offsets index it unchanged.

    Returns
    -------
    list of SourceMention
        In text order. ``name`` is the fullest form the text gives (``Dmitri Shugaev`` for ``il``,
        ``Shugaev`` or ``le directeur du FSMTC`` where the text links them); ``source_type`` is in
        :data:`SOURCE_TYPES`, taken from the role the text gives, else from the gazetteers
        (institutions, outlets, public figures); ``via`` is in :data:`SOURCE_VIAS`.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.

    Examples
    --------
    >>> text = ("Le porte-parole de la CGT, Marc Alary, a dénoncé une réforme injuste, "
    ...         "a-t-on appris auprès du syndicat. De source policière, trois personnes ont été "
    ...         "interpellées. « Nous irons jusqu'au bout », a-t-il déclaré à l'AFP.")
    >>> for m in extract_sources(text):
    ...     print(m.text, "|", m.name, "|", m.source_type, "|", m.via)
    Marc Alary | Marc Alary | organisation | quote
    syndicat | CGT | organisation | auprès
    source policière | source policière | anonymous | selon
    il | Marc Alary | organisation | quote
    AFP | AFP | media | media
    """
    check_text(text)
    return [f.mention for f in _find(text)[0]]


# --------------------------------------------------------------------------------------------
# Profiles and tables
# --------------------------------------------------------------------------------------------


def _entropy(counts: Iterable[int]) -> float:
    counts = [c for c in counts if c > 0]
    total = sum(counts)
    if not total:
        return float("nan")
    return -sum(c / total * math.log2(c / total) for c in counts) + 0.0


def _key(name: str) -> str:
    return fold(name)


def profile_columns() -> tuple[str, ...]:
    """The keys of :func:`sourcing_profile`, in order (the ``analyze`` columns of ``"sources"``)."""
    return ("sources", "distinct_sources", *(f"sources_{t}_share" for t in SOURCE_TYPES),
            "sources_direct_share", "unattributed_quotes", "top_source", "top_source_mentions",
            "source_type_entropy", "source_entropy")


def _profile(found: list[_Found], quotes: list[Quote]) -> dict[str, Any]:
    mentions = [f.mention for f in found]
    n = len(mentions)
    by_source: Counter = Counter(_key(m.name) for m in mentions)
    names: dict[str, str] = {}
    for m in mentions:
        names.setdefault(_key(m.name), m.name)
    types = Counter(m.source_type for m in mentions)
    row: dict[str, Any] = {"sources": n, "distinct_sources": len(by_source)}
    for t in SOURCE_TYPES:
        row[f"sources_{t}_share"] = types[t] / n if n else float("nan")
    direct = sum(f.quote is not None and f.quote.kind == "direct" for f in found)
    row["sources_direct_share"] = direct / n if n else float("nan")
    row["unattributed_quotes"] = sum(q.speaker_start is None or (q.speaker is None and q.speaker_type != "media")
                                     for q in quotes)
    if by_source:
        top = max(by_source.values())
        first = next(_key(m.name) for m in mentions if by_source[_key(m.name)] == top)
        row["top_source"], row["top_source_mentions"] = names[first], top
    else:
        row["top_source"], row["top_source_mentions"] = None, 0
    row["source_type_entropy"] = _entropy(types.values())
    row["source_entropy"] = _entropy(by_source.values())
    return row


def sourcing_profile(text: str) -> dict[str, Any]:
    """Summary figures of the sourcing of one text: the ``analyze`` columns of ``"sources"``.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    dict
        - ``sources``: number of source mentions (citations) :math:`N`;
        - ``distinct_sources``: number of distinct sources (mentions grouped by ``name``,
          case- and accent-insensitive, after the links the text makes);
        - ``sources_<type>_share`` for each type of :data:`SOURCE_TYPES`: :math:`n_t / N`, the
          share of mentions of that type (``sources_anonymous_share``, ``sources_official_share``…);
          NaN without sources;
        - ``sources_direct_share``: share of mentions that are speakers of direct quotes;
        - ``unattributed_quotes``: quotes whose speaker could not be found (not counted as sources);
        - ``top_source`` and ``top_source_mentions``: the most cited source (the first in the text on
          a tie) and its number of mentions (None and 0 without sources);
        - ``source_type_entropy``: Shannon entropy of the types of the mentions, in bits,
          :math:`H_{type} = -\\sum_t p_t \\log_2 p_t` with :math:`p_t = n_t / N` (0 when one type,
          :math:`\\log_2 9 \\approx 3.17` at most; NaN without sources);
        - ``source_entropy``: Shannon entropy over the distinct sources,
          :math:`H_{src} = -\\sum_s p_s \\log_2 p_s` with :math:`p_s` the share of mentions of source
          :math:`s` (0 when one source, :math:`\\log_2` of the number of sources when each is cited
          equally).

    Examples
    --------
    >>> row = sourcing_profile("« Nous partons », a déclaré la maire, Claire Dumas. "
    ...                        "Selon une source proche du dossier, le projet est abandonné.")
    >>> row["sources"], row["distinct_sources"], row["sources_anonymous_share"], row["source_entropy"]
    (2, 2, 0.5, 1.0)
    >>> row["top_source"], row["sources_official_share"]
    ('Claire Dumas', 0.5)
    """
    check_text(text)
    found, quotes = _find(text)
    return _profile(found, quotes)


_TABLE_COLUMNS = ("source", "source_type", "mentions", "quotes", "direct_quotes", "words_quoted", "vias")


def _table_rows(found: list[_Found]) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for f in found:
        m = f.mention
        key = _key(m.name)
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"source": m.name, "source_type": m.source_type, "mentions": 0, "quotes": 0,
                               "direct_quotes": 0, "words_quoted": 0, "vias": []}
        row["mentions"] += 1
        if m.via not in row["vias"]:
            row["vias"].append(m.via)
        if f.quote is not None:
            row["quotes"] += 1
            row["direct_quotes"] += f.quote.kind == "direct"
            row["words_quoted"] += len(f.quote.text.split())
    for row in rows.values():
        row["vias"] = "|".join(row["vias"])
    return list(rows.values())


def source_table(docs: Any, *, errors: str = "raise"):
    """One row per (document, source): who is cited by which document, how often and how.

    Parameters
    ----------
    docs : corpus
        Anything :func:`framing.read_corpus` accepts (a list of :class:`~framing.Document` or of
        strings, a DataFrame, a path).
    errors : {"raise", "record", "skip"}, default "raise"
        What to do when a document fails: raise an :class:`~framing.AnalysisError` naming it; keep
        one row for it with the message in an ``error`` column; or drop it with a warning (its id
        listed in ``table.attrs["skipped"]``).

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``outlet``, ``date``, then ``source`` (the fullest name), ``source_type``,
        ``mentions``, ``quotes`` (quotes attributed to it), ``direct_quotes``, ``words_quoted``
        (words inside those quotes), ``vias`` (the ways it is cited, ``|``-separated, in order of
        appearance). Sources are in order of first mention. A document with no source keeps one
        row with ``source`` missing and zero counts, so no document is lost; a ``groupby`` on
        ``source`` ignores it.

    Examples
    --------
    >>> table = source_table(["« Il faut agir », a déclaré Claire Dumas, maire de Valmont. Elle a "
    ...                       "ajouté que la ville paierait.", "Il pleut."])
    >>> print(table[["id", "source", "source_type", "quotes", "direct_quotes", "words_quoted"]].to_string(index=False))
    id       source source_type  quotes  direct_quotes  words_quoted
     0 Claire Dumas    official       2              1             6
     1          NaN         NaN       0              0             0
    """
    import pandas as pd

    from .analyze import AnalysisError
    from .corpus import iter_documents

    check_choice("errors", errors, ("raise", "record", "skip"))
    rows: list[dict[str, Any]] = []
    skipped: list[str] = []
    for doc in iter_documents(docs):
        base = {"id": doc.id, "outlet": doc.outlet, "date": doc.date}
        try:
            found = _find(doc.text)[0]
        except Exception as exc:  # noqa: BLE001 - the error policy decides
            if errors == "raise":
                raise AnalysisError(doc.id, f"{type(exc).__name__}: {exc}") from exc
            if errors == "skip":
                skipped.append(doc.id)
                continue
            rows.append({**base, "error": f"{type(exc).__name__}: {exc}"})
            continue
        found_rows = _table_rows(found)
        if not found_rows:
            rows.append({**base, "source": None, "source_type": None, "mentions": 0, "quotes": 0,
                         "direct_quotes": 0, "words_quoted": 0, "vias": ""})
        for r in found_rows:
            rows.append({**base, **r})
    columns = ["id", "outlet", "date", *_TABLE_COLUMNS] + (["error"] if errors == "record" else [])
    table = pd.DataFrame(rows, columns=columns)
    if skipped:
        warnings.warn(f"source_table skipped {len(skipped)} document(s) that failed: {skipped[:5]}",
                      RuntimeWarning, stacklevel=2)
    table.attrs["skipped"] = skipped
    return table
