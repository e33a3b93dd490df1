"""Tests of the quote extractor: direct, indirect and mixed quotes, their speakers and cues.

Every fixture is a fictional French news sentence written for these tests (invented people, towns
and companies). Expected values follow the annotation conventions of ``tests/data/README.md``.
"""

import math
import time
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.quotes import QUOTE_KINDS, SPEAKER_TYPES, Quote, extract_quotes, quote_profile
from framing.verbs import CUE_CLASSES

NBSP = "\u00a0"


class Q(NamedTuple):
    """The fields of a :class:`Quote` that the conventions fix (offsets are checked separately)."""

    text: str
    kind: str
    speaker: str | None
    speaker_type: str
    cue: str | None
    cue_class: str | None
    negated: bool = False


def _fields(q: Quote) -> Q:
    return Q(q.text, q.kind, q.speaker, q.speaker_type, q.cue, q.cue_class, q.negated)


def _extract(text: str) -> list[Q]:
    quotes = extract_quotes(text)
    _check_records(text, quotes)
    return [_fields(q) for q in quotes]


def _check_records(text: str, quotes: list[Quote]) -> None:
    """The invariants every list of quotes satisfies, whatever the text."""
    last_end = 0
    for q in quotes:
        assert isinstance(q, Quote)
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quotes overlap or are out of order"
        last_end = q.end
        assert q.kind in QUOTE_KINDS
        assert q.speaker_type in SPEAKER_TYPES
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
            assert text[q.speaker_start : q.speaker_end].strip()
        if q.cue_class is None:
            assert q.cue is None, "a cue without a cue class"
        else:
            assert q.cue_class in CUE_CLASSES
        assert isinstance(q.negated, bool)


def _overlaps(text: str, quotes: list[Quote], fragment: str) -> bool:
    start = text.index(fragment)
    end = start + len(fragment)
    return any(q.start < end and start < q.end for q in quotes)


# ------------------------------------------------------------------------------------------
# direct quotes: one case per pattern
# ------------------------------------------------------------------------------------------

DIRECT_CASES = [
    pytest.param(
        f"La maire de Brenac, Odile Marchetti, a prévenu mardi :{NBSP}«{NBSP}Nous ne rouvrirons pas le pont.{NBSP}»",
        [Q("Nous ne rouvrirons pas le pont.", "direct", "Odile Marchetti", "person", "prévenir", "emphatic")],
        id="guillemets-nbsp",
    ),
    pytest.param(
        "« Le pont restera fermé tout l'hiver », a affirmé Yannick Morvan.",
        [Q("Le pont restera fermé tout l'hiver", "direct", "Yannick Morvan", "person", "affirmer", "assertive")],
        id="guillemets-spaces",
    ),
    pytest.param(
        "«Le pont restera fermé tout l'hiver», a affirmé Yannick Morvan.",
        [Q("Le pont restera fermé tout l'hiver", "direct", "Yannick Morvan", "person", "affirmer", "assertive")],
        id="guillemets-no-space",
    ),
    pytest.param(
        '"Nous avons reçu des menaces", a déclaré Bastien Roussel.',
        [Q("Nous avons reçu des menaces", "direct", "Bastien Roussel", "person", "déclarer", "neutral")],
        id="straight-quotes",
    ),
    pytest.param(
        "“Personne ne nous a prévenus”, raconte Léa Fontaine.",
        [Q("Personne ne nous a prévenus", "direct", "Léa Fontaine", "person", "raconter", "neutral")],
        id="curly-quotes",
    ),
    pytest.param(
        f"«{NBSP}Le chef de chantier nous a dit ‹{NBSP}rentrez chez vous{NBSP}› sans autre explication{NBSP}», "
        "a raconté Bastien Roussel.",
        [Q(f"Le chef de chantier nous a dit ‹{NBSP}rentrez chez vous{NBSP}› sans autre explication",
           "direct", "Bastien Roussel", "person", "raconter", "neutral")],
        id="chevrons-inside-guillemets",
    ),
    pytest.param(
        "« On nous a promis “une solution rapide” il y a un an », a rappelé Léa Fontaine.",
        [Q("On nous a promis “une solution rapide” il y a un an",
           "direct", "Léa Fontaine", "person", "rappeler", "assertive")],
        id="curly-inside-guillemets",
    ),
    pytest.param(
        "« Le préfet nous a répondu « ce n'est pas mon problème » avant de raccrocher », a raconté Léa Fontaine.",
        [Q("Le préfet nous a répondu « ce n'est pas mon problème » avant de raccrocher",
           "direct", "Léa Fontaine", "person", "raconter", "neutral")],
        id="guillemets-inside-guillemets",
    ),
    pytest.param(
        "La maire de Brenac, Odile Marchetti, a déclaré lundi :\n\n"
        f"«{NBSP}Le pont ne sera pas rouvert avant l'été. Les experts ont trouvé des fissures dans deux piles.\n\n"
        f"«{NBSP}Nous allons installer une passerelle provisoire pour les piétons.{NBSP}»\n\n"
        "Les travaux devraient durer huit mois.",
        [Q("Le pont ne sera pas rouvert avant l'été. Les experts ont trouvé des fissures dans deux piles.\n\n"
           f"«{NBSP}Nous allons installer une passerelle provisoire pour les piétons.",
           "direct", "Odile Marchetti", "person", "déclarer", "neutral")],
        id="multi-paragraph",
    ),
    pytest.param(
        "« Nous ne fermerons pas l'école », promet la maire de Brenac\n\n"
        "La maire de Brenac, Odile Marchetti, a reçu les parents d'élèves mardi soir.",
        [Q("Nous ne fermerons pas l'école", "direct", "Odile Marchetti", "person", "promettre", "assertive")],
        id="title-postposed-verb",
    ),
    pytest.param(
        f"Pont de Brenac — Yannick Morvan :{NBSP}«{NBSP}Les fissures étaient connues depuis 2019{NBSP}»\n\n"
        "L'ingénieur Yannick Morvan a travaillé dix ans sur l'ouvrage.",
        [Q("Les fissures étaient connues depuis 2019", "direct", "Yannick Morvan", "person", ":", "neutral")],
        id="title-name-colon",
    ),
    pytest.param(
        "Devant la mairie, la commerçante Léa Fontaine attend l'adjoint Bastien Roussel.\n\n"
        "— Qui va payer nos pertes ? demande Léa Fontaine.\n"
        "— La commune versera une aide d'urgence, répond Bastien Roussel.",
        [
            Q("Qui va payer nos pertes ?", "direct", "Léa Fontaine", "person", "demander", "directive"),
            Q("La commune versera une aide d'urgence", "direct", "Bastien Roussel", "person", "répondre", "neutral"),
        ],
        id="dash-dialogue-em",
    ),
    pytest.param(
        "Devant la mairie, la commerçante Léa Fontaine attend l'adjoint Bastien Roussel.\n\n"
        "– Quand rouvrira le pont ? demande Léa Fontaine.\n"
        "– Pas avant l'été, répond Bastien Roussel.",
        [
            Q("Quand rouvrira le pont ?", "direct", "Léa Fontaine", "person", "demander", "directive"),
            Q("Pas avant l'été", "direct", "Bastien Roussel", "person", "répondre", "neutral"),
        ],
        id="dash-dialogue-en",
    ),
    pytest.param(
        "Léa Fontaine : « Nous avons tout perdu en une nuit. »",
        [Q("Nous avons tout perdu en une nuit.", "direct", "Léa Fontaine", "person", ":", "neutral")],
        id="colon-name",
    ),
    pytest.param(
        "Le préfet de la Drôme, Henri Castaing, a été clair : « Aucune dérogation ne sera accordée. »",
        [Q("Aucune dérogation ne sera accordée.", "direct", "Henri Castaing", "person", ":", "neutral")],
        id="colon-predicate",
    ),
    pytest.param(
        "Interrogé sur le calendrier, Bastien Roussel a répondu sans détour : « Les travaux commenceront en mai. »",
        [Q("Les travaux commenceront en mai.", "direct", "Bastien Roussel", "person", "répondre", "neutral")],
        id="colon-after-verb",
    ),
    pytest.param(
        "Le président de la Morlavie, Anton Velikov, a reçu un journaliste étranger.\n\n"
        "Nous ne céderons à aucune pression de nos voisins. Les accords signés seront respectés.\n\n"
        "- a déclaré Velikov dans un entretien au journal Glas Morlavii.",
        [Q("Nous ne céderons à aucune pression de nos voisins. Les accords signés seront respectés.",
           "direct", "Anton Velikov", "person", "déclarer", "neutral")],
        id="postposed-attribution-line",
    ),
    pytest.param(
        "Bastien Roussel est furieux. « Cette décision, a-t-il affirmé, est une insulte aux commerçants. »",
        [
            Q("Cette décision", "direct", "Bastien Roussel", "person", "affirmer", "assertive"),
            Q("est une insulte aux commerçants.", "direct", "Bastien Roussel", "person", "affirmer", "assertive"),
        ],
        id="incise-split",
    ),
    pytest.param(
        "La porte-parole de la société Kervalis, Inès Morel, a reçu la presse jeudi. "
        "« Le site restera ouvert », estime la porte-parole.",
        [Q("Le site restera ouvert", "direct", "Inès Morel", "person", "estimer", "opinion")],
        id="postposed-role-noun",
    ),
    pytest.param(
        "« Le maire savait tout depuis le début », affirme un proche du maire.",
        [Q("Le maire savait tout depuis le début", "direct", "un proche du maire", "anonymous", "affirmer", "assertive")],
        id="postposed-anonymous",
    ),
]


@pytest.mark.parametrize("text, expected", DIRECT_CASES)
def test_direct_quotes(text, expected):
    assert _extract(text) == expected


def test_direct_quote_offsets_exclude_marks_and_spaces():
    text = f"Yannick Morvan a prévenu :{NBSP}«{NBSP}Le pont est fermé.{NBSP}»"
    (q,) = extract_quotes(text)
    assert text[q.start - 2 : q.start] == f"«{NBSP}"
    assert text[q.end : q.end + 2] == f"{NBSP}»"
    assert text[q.speaker_start : q.speaker_end] == "Yannick Morvan"


def test_title_quote_repeated_in_the_body_gets_its_own_offsets():
    text = (
        "« Nous irons jusqu'au bout », prévient Samir Haddou\n\n"
        "« Nous irons jusqu'au bout, et nous le ferons ensemble », a répété Samir Haddou devant les militants."
    )
    quotes = extract_quotes(text)
    assert [_fields(q) for q in quotes] == [
        Q("Nous irons jusqu'au bout", "direct", "Samir Haddou", "person", "prévenir", "emphatic"),
        Q("Nous irons jusqu'au bout, et nous le ferons ensemble", "direct", "Samir Haddou", "person", "répéter",
          "assertive"),
    ]
    assert quotes[1].start > text.index("\n\n")


# ------------------------------------------------------------------------------------------
# indirect and mixed speech
# ------------------------------------------------------------------------------------------

INDIRECT_CASES = [
    pytest.param(
        "Yannick Morvan a affirmé que le pont avait été mal entretenu.",
        [Q("le pont avait été mal entretenu", "indirect", "Yannick Morvan", "person", "affirmer", "assertive")],
        id="affirmer-que",
    ),
    pytest.param(
        "Léa Fontaine estime que la commune aurait dû fermer la rue plus tôt.",
        [Q("la commune aurait dû fermer la rue plus tôt", "indirect", "Léa Fontaine", "person", "estimer", "opinion")],
        id="estimer-que",
    ),
    pytest.param(
        "La maire de Brenac, Odile Marchetti, a appelé les habitants à éviter le centre-ville.",
        [Q("éviter le centre-ville", "indirect", "Odile Marchetti", "person", "appeler", "directive")],
        id="appeler-a-infinitive",
    ),
    pytest.param(
        "Bastien Roussel a accusé l'entreprise de cacher les rapports d'inspection.",
        [Q("cacher les rapports d'inspection", "indirect", "Bastien Roussel", "person", "accuser", "emphatic")],
        id="accuser-de-infinitive",
    ),
    pytest.param(
        "Bastien Roussel dit avoir reçu des menaces anonymes.",
        [Q("avoir reçu des menaces anonymes", "indirect", "Bastien Roussel", "person", "dire", "neutral")],
        id="dire-infinitive",
    ),
    pytest.param(
        "Un riverain, qui dit avoir entendu un craquement, a quitté son domicile dans la nuit.",
        [Q("avoir entendu un craquement", "indirect", "Un riverain", "anonymous", "dire", "neutral")],
        id="qui-dit-avoir",
    ),
    pytest.param(
        "Le directeur de Kervalis, Paul Aubert, a démenti toute négociation secrète avec la mairie.",
        [Q("toute négociation secrète avec la mairie", "indirect", "Paul Aubert", "person", "démentir", "denial")],
        id="np-object-dementir",
    ),
    pytest.param(
        "Bastien Roussel dénonce un passage en force.",
        [Q("un passage en force", "indirect", "Bastien Roussel", "person", "dénoncer", "emphatic")],
        id="np-object-denoncer",
    ),
    pytest.param(
        "Le directeur de l'usine de Brenac, Paul Aubert, a réuni les salariés. "
        "L'usine fermera en mars, a confirmé son directeur.",
        [Q("L'usine fermera en mars", "indirect", "Paul Aubert", "person", "confirmer", "assertive")],
        id="postposed-verb-unmarked",
    ),
    pytest.param(
        "Selon Léa Fontaine, la rue est inondée chaque hiver.",
        [Q("la rue est inondée chaque hiver", "indirect", "Léa Fontaine", "person", "selon", "neutral")],
        id="selon-initial",
    ),
    pytest.param(
        "D'après Yannick Morvan, les fissures étaient visibles depuis des mois.",
        [Q("les fissures étaient visibles depuis des mois", "indirect", "Yannick Morvan", "person", "d'après",
           "neutral")],
        id="dapres-initial",
    ),
    pytest.param(
        "Les fissures étaient visibles depuis des mois, selon Yannick Morvan.",
        [Q("Les fissures étaient visibles depuis des mois", "indirect", "Yannick Morvan", "person", "selon",
           "neutral")],
        id="selon-final",
    ),
    pytest.param(
        "Le préfet de la Drôme, Henri Castaing, n'a pas confirmé que le pont serait démoli.",
        [Q("le pont serait démoli", "indirect", "Henri Castaing", "person", "confirmer", "assertive", True)],
        id="negated-confirmer",
    ),
    pytest.param(
        "La maire de Brenac, Odile Marchetti, n'a pas exclu que la rentrée soit reportée.",
        [Q("la rentrée soit reportée", "indirect", "Odile Marchetti", "person", "exclure", "denial", True)],
        id="negated-exclure",
    ),
    pytest.param(
        "Bastien Roussel ne croit pas que les aides arriveront avant l'été.",
        [Q("les aides arriveront avant l'été", "indirect", "Bastien Roussel", "person", "croire", "opinion", True)],
        id="negated-croire",
    ),
    pytest.param(
        "La maire de Brenac, Odile Marchetti, a dit qu'elle était « très inquiète » pour les écoles du quartier.",
        [Q("elle était « très inquiète » pour les écoles du quartier",
           "mixed", "Odile Marchetti", "person", "dire", "neutral")],
        id="mixed-que-fragment",
    ),
    pytest.param(
        "Le préfet de la Drôme, Henri Castaing, a salué le « professionnalisme » des pompiers.",
        [Q("le « professionnalisme » des pompiers", "mixed", "Henri Castaing", "person", "saluer", "emotive")],
        id="mixed-np-fragment",
    ),
]


@pytest.mark.parametrize("text, expected", INDIRECT_CASES)
def test_indirect_and_mixed_quotes(text, expected):
    assert _extract(text) == expected


def test_np_object_with_organisation_subject():
    text = "La Fédération des commerçants de Brenac (FCB) dénonce un passage en force."
    assert _extract(text) == [
        Q("un passage en force", "indirect", "Fédération des commerçants de Brenac", "organisation", "dénoncer",
          "emphatic"),
    ]


def test_organisation_name_stops_at_the_verb():
    text = "La Fédération des commerçants de Brenac dénonce un passage en force."
    assert _extract(text) == [
        Q("un passage en force", "indirect", "Fédération des commerçants de Brenac", "organisation", "dénoncer",
          "emphatic"),
    ]


# ------------------------------------------------------------------------------------------
# speakers
# ------------------------------------------------------------------------------------------

SPEAKER_CASES = [
    pytest.param(
        "Le ministre des Transports, Gilles Perrot, a affirmé que les renforts arriveraient jeudi.",
        "les renforts arriveraient jeudi", "Gilles Perrot", "person",
        id="apposition",
    ),
    pytest.param(
        "Le garagiste Bastien Roussel a fermé boutique. « Je n'ai plus de clients », a-t-il ajouté.",
        "Je n'ai plus de clients", "Bastien Roussel", "person",
        id="pronoun-inverted",
    ),
    pytest.param(
        "La commerçante Léa Fontaine a perdu tout son stock. Selon elle, l'eau est montée en dix minutes.",
        "l'eau est montée en dix minutes", "Léa Fontaine", "person",
        id="pronoun-selon-elle",
    ),
    pytest.param(
        "La maire de Brenac, Odile Marchetti, a visité le chantier. Elle affirme que les travaux ont pris du retard.",
        "les travaux ont pris du retard", "Odile Marchetti", "person",
        id="pronoun-subject",
    ),
    pytest.param(
        "Léa Fontaine a quitté la réunion. Bastien Roussel est resté. Elle affirme que rien n'a été décidé.",
        "rien n'a été décidé", "Léa Fontaine", "person",
        id="pronoun-most-recent-compatible",
    ),
    pytest.param(
        "Le syndicaliste Samir Haddou a pris la parole devant l'usine. « Nous ne lâcherons rien », a ajouté Haddou.",
        "Nous ne lâcherons rien", "Samir Haddou", "person",
        id="surname",
    ),
    pytest.param(
        "L'avocat de la famille, Me Thomas Guérin, a affirmé que la plainte serait déposée lundi.",
        "la plainte serait déposée lundi", "Thomas Guérin", "person",
        id="honorific-me",
    ),
    pytest.param(
        "Le météorologue Jacques Vilfand a publié ses prévisions. M. Vilfand a précisé que la pluie cesserait jeudi.",
        "la pluie cesserait jeudi", "Jacques Vilfand", "person",
        id="honorific-m-surname",
    ),
    pytest.param(
        "La porte-parole de la société Kervalis, Inès Morel, a reçu la presse. "
        "Les livraisons reprendront lundi, assure la porte-parole.",
        "Les livraisons reprendront lundi", "Inès Morel", "person",
        id="role-noun",
    ),
    pytest.param(
        "Les enquêteurs ont saisi des documents, a indiqué une source proche de l'enquête.",
        "Les enquêteurs ont saisi des documents", "une source proche de l'enquête", "anonymous",
        id="anonymous",
    ),
    pytest.param(
        "La Confédération unitaire du travail (CUT) a affirmé que la grève serait reconduite.",
        "la grève serait reconduite", "Confédération unitaire du travail", "organisation",
        id="organisation-acronym",
    ),
    pytest.param(
        "La Confédération unitaire du travail (CUT) a tenu un congrès à Brenac. "
        "Le syndicat estime que la réforme est injuste.",
        "la réforme est injuste", "Confédération unitaire du travail", "organisation",
        id="organisation-resolved",
    ),
    pytest.param(
        "Le maire aurait quitté la ville, a rapporté le journal L'Écho de Valmont.",
        "Le maire aurait quitté la ville", "L'Écho de Valmont", "media",
        id="media",
    ),
    pytest.param(
        "Selon un rapport de l'INEC, le chômage a augmenté de deux points.",
        "le chômage a augmenté de deux points", "un rapport de l'INEC", "document",
        id="document",
    ),
    pytest.param(
        "Les salaires n'ont pas été versés depuis deux mois, affirment les grévistes.",
        "Les salaires n'ont pas été versés depuis deux mois", "les grévistes", "group",
        id="group",
    ),
    pytest.param(
        "Selon nos informations, le directeur va démissionner.",
        "le directeur va démissionner", None, "media",
        id="selon-nos-informations",
    ),
    pytest.param(
        "« Démission ! », a-t-on crié depuis le balcon.",
        "Démission !", None, "unknown",
        id="on-unknown",
    ),
    pytest.param(
        "Cent élus de la Vène ont signé une tribune publiée lundi. « La digue doit être rehaussée », "
        "écrivent les signataires.",
        "La digue doit être rehaussée", "Cent élus", "group",
        id="group-anaphor-to-counted-group",
    ),
    pytest.param(
        "« Nous partirons demain », a déclaré Karim Lamrani. Le ministre a affirmé que l'aide arriverait lundi.",
        "l'aide arriverait lundi", "Karim Lamrani", "person",
        id="role-noun-topic-continuity",  # the person who spoke in the sentence before
    ),
    pytest.param(
        "Karim Lamrani est arrivé lundi à Brenac. La digue a cédé dans la nuit. Les secours sont sur place. "
        "Le ministre a affirmé que l'aide arriverait mardi.",
        "l'aide arriverait mardi", "Karim Lamrani", "person",
        id="role-noun-protagonist",  # never given that role, but the one person the article is about
    ),
    pytest.param(
        "Karim Lamrani et Paul Morel sont arrivés lundi à Brenac. La digue a cédé dans la nuit. Les secours "
        "sont sur place. Le ministre a affirmé que l'aide arriverait mardi.",
        "l'aide arriverait mardi", "Le ministre", "person",
        id="role-noun-not-linked",  # two people named as often, neither given that role: left unresolved
    ),
]


@pytest.mark.parametrize("text, quote, speaker, speaker_type", SPEAKER_CASES)
def test_speakers(text, quote, speaker, speaker_type):
    quotes = extract_quotes(text)
    _check_records(text, quotes)
    found = [q for q in quotes if q.text == quote]
    assert len(found) == 1, [q.text for q in quotes]
    assert (found[0].speaker, found[0].speaker_type) == (speaker, speaker_type)


def test_speaker_offsets_point_at_the_mention():
    text = "Le garagiste Bastien Roussel a fermé boutique. « Je n'ai plus de clients », a-t-il ajouté."
    (q,) = extract_quotes(text)
    assert "il" in text[q.speaker_start : q.speaker_end]
    text = "Selon un rapport de l'INEC, le chômage a augmenté."
    (q,) = extract_quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "un rapport de l'INEC"


def test_cues_of_unknown_and_media_speakers():
    assert _extract("« Démission ! », a-t-on crié depuis le balcon.") == [
        Q("Démission !", "direct", None, "unknown", "crier", "emphatic"),
    ]
    assert _extract("Selon nos informations, le directeur va démissionner.") == [
        Q("le directeur va démissionner", "indirect", None, "media", "selon", "neutral"),
    ]


# ------------------------------------------------------------------------------------------
# what is not a quote
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("L'annonce de Laurent Castel a surpris les salariés de l'usine.", id="noun-annonce"),
        pytest.param("Les propos du préfet ont choqué les élus de Brenac.", id="noun-propos"),
        pytest.param("Les « experts » de plateau se sont encore trompés sur la crue.", id="scare-quotes"),
        pytest.param("Le roman « Les Eaux dormantes » a reçu le prix de la ville de Brenac.", id="work-title"),
        pytest.param('Le documentaire "Le Prix du temps" sera diffusé jeudi.', id="work-title-straight"),
        pytest.param("Selon les premiers éléments, l'incendie serait accidentel.", id="hedge-premiers-elements"),
        pytest.param("Le suspect a, selon toute vraisemblance, quitté le pays.", id="hedge-vraisemblance"),
        pytest.param("Contacté par téléphone, Paul Aubert n'a pas souhaité réagir.", id="no-content"),
        pytest.param("L'Union continentale a reconnu Andrés Kovalan comme président.", id="non-speech-sense"),
        pytest.param("", id="empty"),
        pytest.param(" \n\n\t ", id="whitespace"),
    ],
)
def test_not_quotes(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Les propos du préfet ont choqué les élus. « C'est une honte », a déclaré Léa Fontaine.",
         "Les propos du préfet ont choqué les élus"),
        ("Les « experts » de plateau se sont trompés. « La digue a cédé », a expliqué Yannick Morvan.",
         "« experts »"),
        ("Elle a lu le roman « Les Eaux dormantes » cet été. Bastien Roussel a affirmé que le livre était réussi.",
         "« Les Eaux dormantes »"),
        ("Selon les premiers éléments, l'incendie serait accidentel. Selon Léa Fontaine, le feu a pris dans la cave.",
         "l'incendie serait accidentel"),
    ],
)
def test_non_quotes_next_to_quotes(text, fragment):
    quotes = extract_quotes(text)
    _check_records(text, quotes)
    assert len(quotes) == 1
    assert not _overlaps(text, quotes, fragment)


# ------------------------------------------------------------------------------------------
# unpaired marks and scraped text
# ------------------------------------------------------------------------------------------


def test_stray_opening_guillemet_does_not_swallow_the_text():
    text = (
        "À Brenac, l'affaire dite des « travaux du pont a pris un nouveau tour. Le chantier est arrêté depuis mars. "
        "« Nous avions alerté dès 2023 », a rappelé Léa Fontaine."
    )
    assert _extract(text) == [
        Q("Nous avions alerté dès 2023", "direct", "Léa Fontaine", "person", "rappeler", "assertive"),
    ]


def test_missing_closing_guillemet_ends_at_the_paragraph():
    text = (
        "Bastien Roussel a prévenu la direction : « Si vous fermez le site, nous bloquerons les livraisons.\n\n"
        "La réunion a duré quatre heures. Aucun accord n'a été trouvé.\n\n"
        "Dans la soirée, les salariés ont voté la grève. « On ne lâchera rien », a lancé un ouvrier."
    )
    assert _extract(text) == [
        Q("Si vous fermez le site, nous bloquerons les livraisons.", "direct", "Bastien Roussel", "person",
          "prévenir", "emphatic"),
        Q("On ne lâchera rien", "direct", "un ouvrier", "anonymous", "lancer", "emphatic"),
    ]


def test_quoted_utterance_after_an_adverbial_stays_direct():
    text = "Dans la soirée, « On ne lâchera rien », a lancé un ouvrier."
    assert _extract(text) == [
        Q("On ne lâchera rien", "direct", "un ouvrier", "anonymous", "lancer", "emphatic"),
    ]


def test_odd_number_of_straight_quotes_keeps_the_real_pairs():
    text = (
        'Les commerçants surnomment leur rue "le canal. Les caves sont encore pleines. '
        '"On vide l\'eau tous les matins", raconte Bastien Roussel. '
        '"La mairie promet des pompes depuis un mois", soupire Léa Fontaine.'
    )
    assert _extract(text) == [
        Q("On vide l'eau tous les matins", "direct", "Bastien Roussel", "person", "raconter", "neutral"),
        Q("La mairie promet des pompes depuis un mois", "direct", "Léa Fontaine", "person", "soupirer", "emotive"),
    ]


def test_glued_agency_sentences():
    text = (
        'Des pluies diluviennes ont noyé les rues basses de la ville."Nous partirons demain", a déclaré '
        "Léa Fontaine.Le ministre a visité les quartiers sinistrés dans la soirée."
    )
    assert _extract(text) == [
        Q("Nous partirons demain", "direct", "Léa Fontaine", "person", "déclarer", "neutral"),
    ]


def test_glued_agency_sentences_keep_the_next_speaker():
    text = (
        'Des pluies ont noyé les rues basses de la ville."Nous partirons demain", a déclaré '
        "Léa Fontaine.Le ministre a affirmé que l'aide arriverait lundi."
    )
    quotes = _extract(text)
    assert quotes[0] == Q("Nous partirons demain", "direct", "Léa Fontaine", "person", "déclarer", "neutral")
    assert quotes[1].text == "l'aide arriverait lundi"
    assert quotes[1].speaker == "Le ministre"


# ------------------------------------------------------------------------------------------
# record invariants on every fixture
# ------------------------------------------------------------------------------------------

_FIXTURE_TEXTS = [p.values[0] for p in DIRECT_CASES + INDIRECT_CASES + SPEAKER_CASES]


@pytest.mark.parametrize("text", _FIXTURE_TEXTS)
def test_records_point_into_the_text(text):
    quotes = extract_quotes(text)
    assert quotes
    _check_records(text, quotes)
    for q in quotes:
        assert q.text == q.text.strip(), "a span starts or ends with whitespace"


# ------------------------------------------------------------------------------------------
# properties
# ------------------------------------------------------------------------------------------

_FRENCH_BITS = st.sampled_from(
    [
        "Le", "ministre", "La maire de Brenac", "Léa Fontaine", "Bastien Roussel", "Benali", "Mme", "M.", "Me",
        "l'", "l’", "qu'", "que", "de", "à", "ne", "pas", "n'a pas", "qui dit", "avoir", "il", "elle", "lui",
        "a dit", "a affirmé", "estime", "dénonce", "a appelé", "a accusé", "a-t-il dit", "a-t-elle ajouté",
        "a-t-on crié", "affirme", "selon", "Selon", "d'après", "D'après", "nos informations", "les grévistes",
        "un proche du maire", "La Confédération unitaire du travail (CUT)", "le journal L'Écho de Valmont",
        "un rapport de l'INEC", "la porte-parole", "un passage en force",
        "« ", " »", "«", "»", "‹", "›", '"', "“", "”", ".", "!", "?", "…", ",", ":", " ", " ", " ",
        "\n", "\n\n", "— ", "– ", "- ", NBSP, "\u202f", "x.Y", "É", "0", "(", ")",
    ]
)
_FRENCH_TEXTS = st.lists(_FRENCH_BITS, max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_string_gives_valid_records(text):
    _check_records(text, extract_quotes(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FRENCH_TEXTS)
def test_french_fragments_give_valid_records(text):
    _check_records(text, extract_quotes(text))


# ------------------------------------------------------------------------------------------
# complexity guards (no absolute timings: ratios only)
# ------------------------------------------------------------------------------------------


def _best_time(text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extract_quotes(text)
        best = min(best, time.perf_counter() - start)
    return best


_MANY_QUOTES = (
    "Léa Fontaine a affirmé que la rue était inondée. « Nous ne céderons pas », a-t-elle ajouté. "
    "Selon Bastien Roussel, la digue a cédé.\n\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit, copies",
    [
        pytest.param("« ", 2000, id="unpaired-guillemets"),
        pytest.param('" Un. ', 2000, id="unpaired-straight-quotes"),
        pytest.param("mot ", 25_000, id="megabyte-paragraph-no-punctuation"),  # 10x = 1 MB
        pytest.param(_MANY_QUOTES, 300, id="many-quotes-and-verbs"),
        pytest.param("« Oui », a-t-il dit. ", 300, id="a-t-il-dit-incises"),
        pytest.param("« Oui, a-t-il dit, non. » ", 300, id="a-t-il-dit-split-incises"),
        pytest.param("Oui, a-t-il dit, ", 100, id="a-t-il-dit-one-sentence"),
        pytest.param("ces élus disent que tout va, ", 300, id="group-anaphors-one-sentence"),
        pytest.param("les motsCela vont. ", 300, id="glued-headings"),
    ],
)
def test_time_grows_linearly(unit, copies):
    small = unit * copies
    large = unit * (10 * copies)
    ratio = _best_time(large) / max(_best_time(small), 1e-6)
    assert ratio < 20, f"10x more text took {ratio:.1f}x the time"


# ------------------------------------------------------------------------------------------
# bad input
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"Le ministre a dit que non.", None, 42, ["liste"]])
def test_wrong_types_raise_type_error_naming_text(value):
    with pytest.raises(TypeError, match="`text` must be a str"):
        extract_quotes(value)


def test_bytes_error_suggests_decoding():
    with pytest.raises(TypeError, match="decode"):
        extract_quotes(b"Le ministre a dit que non.")


def test_unknown_engine_raises_value_error_listing_the_choices():
    with pytest.raises(ValueError, match=r"`engine` must be one of 'rules', 'spacy'; got str 'bert'"):
        extract_quotes("x", engine="bert")


def test_engine_is_keyword_only():
    with pytest.raises(TypeError):
        extract_quotes("x", "rules")


@pytest.mark.parametrize("text", ["", " ", "\n\n", NBSP, "\t \u202f \n"])
def test_empty_and_blank_strings(text):
    assert extract_quotes(text) == []


# ------------------------------------------------------------------------------------------
# quote_profile
# ------------------------------------------------------------------------------------------

_PROFILE_KEYS = (
    ["quotes"]
    + [f"quotes_{kind}_share" for kind in QUOTE_KINDS]
    + ["quote_speakers"]
    + [f"quotes_by_{st}_share" for st in SPEAKER_TYPES]
    + [f"cue_{cls}" for cls in CUE_CLASSES]
)


def test_quote_profile_values():
    text = (
        "Léa Fontaine a affirmé que la rue était inondée. « Nous avons tout perdu », a-t-elle ajouté. "
        "Selon un rapport de l'INEC, les dégâts dépassent un million d'euros."
    )
    assert _extract(text) == [
        Q("la rue était inondée", "indirect", "Léa Fontaine", "person", "affirmer", "assertive"),
        Q("Nous avons tout perdu", "direct", "Léa Fontaine", "person", "ajouter", "neutral"),
        Q("les dégâts dépassent un million d'euros", "indirect", "un rapport de l'INEC", "document", "selon",
          "neutral"),
    ]
    profile = quote_profile(text)
    assert list(profile) == _PROFILE_KEYS
    expected = dict.fromkeys(_PROFILE_KEYS, 0)
    expected.update(
        quotes=3,
        quotes_direct_share=1 / 3,
        quotes_indirect_share=2 / 3,
        quote_speakers=2,
        quotes_by_person_share=2 / 3,
        quotes_by_document_share=1 / 3,
        cue_neutral=2,
        cue_assertive=1,
    )
    assert profile == pytest.approx(expected)
    assert sum(profile[f"quotes_{kind}_share"] for kind in QUOTE_KINDS) == pytest.approx(1)
    assert sum(profile[f"quotes_by_{st}_share"] for st in SPEAKER_TYPES) == pytest.approx(1)


@pytest.mark.parametrize("text", ["", "Il pleut sur Brenac depuis trois jours."])
def test_quote_profile_without_quotes(text):
    profile = quote_profile(text)
    assert list(profile) == _PROFILE_KEYS
    assert profile["quotes"] == 0
    assert profile["quote_speakers"] == 0
    for key in _PROFILE_KEYS:
        if key.endswith("_share"):
            assert math.isnan(profile[key]), key
        elif key.startswith("cue_"):
            assert profile[key] == 0, key


def test_quote_profile_rejects_bad_input():
    with pytest.raises(TypeError, match="`text` must be a str"):
        quote_profile(None)


def test_pour_x_sources_a_clause_but_not_a_hedge():
    quotes = extract_quotes("Pour la maire, Claire Dumas, la digue tiendra jusqu'au printemps.")
    assert [(q.text, q.speaker, q.cue, q.cue_class) for q in quotes] == [
        ("la digue tiendra jusqu'au printemps", "Claire Dumas", "pour", "neutral")
    ]
    assert extract_quotes("Pour la première fois, la digue a tenu pendant la crue.") == []
    assert extract_quotes("Pour Brenac, la crue a été la pire du siècle.") == []


# -- met while building the sources (issue 5) ----------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("« La situation est grave », a affirmé mercredi sur franceinfo Jacques Morin, préfet du Var.", "Jacques Morin"),
    ("« Les banques traînent », déplore sur Franceinfo Lionel Magne, journaliste à Valmont Hebdo.", "Lionel Magne"),
    ("« Rien n'a bougé », raconte au quotidien Fabien Roux, délégué syndical.", "Fabien Roux"),
])
def test_postposed_subject_after_an_outlet(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, "person")


def test_a_verb_is_never_a_speaker():
    text = 'Lundi, Eric Valon était l\'invité de l\'émission "La Grande Explication" sur Radio Vène. Il a parlé.'
    assert all(q.speaker != "était" for q in extract_quotes(text))


def test_partitive_is_not_part_of_the_speaker():
    text = "Le ministre fait face à la colère d'une partie de la droite, qui exige sa démission."
    assert all(not (q.speaker or "").startswith("d'") for q in extract_quotes(text))


def test_participial_report_with_ayant():
    text = "Le suspect a été transféré à l'hôpital, un médecin psychiatre ayant estimé que son état l'exigeait."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.cue, q.text) == ("un médecin psychiatre", "estimer", "son état l'exigeait")


def test_outlet_named_inside_a_media_description():
    text = "Le projet sera abandonné, a rapporté le site de la chaîne Public Sénat."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("Public Sénat", "media")


def test_a_private_role_is_not_resolved_to_an_official():
    text = ("Le procureur Matthieu Arnal a requis deux ans de prison. « Je regrette », a répondu le prévenu. "
            "« Je ne savais pas », a-t-il ajouté.")
    quotes = extract_quotes(text)
    assert quotes[0].speaker == "le prévenu"


# Offices held by public figures (``public_figures.tsv``): the names are facts, the sentences ours.
@pytest.mark.parametrize("text, speaker", [
    ("Bernard Cazeneuve a défendu ses services. Manuel Valls l'a soutenu. « Il a toute ma confiance », "
     "a affirmé le chef du gouvernement.", "Manuel Valls"),
    ("François Hollande a reçu Stéphane Le Foll lundi. « Nous ferons le point », a déclaré le chef de l'État.",
     "François Hollande"),
    ("Édouard Philippe et Gérald Darmanin ont visité Nice. « Rien ne sera oublié », a dit le Premier ministre.",
     "Édouard Philippe"),
])
def test_an_office_names_the_public_figure_who_held_it(text, speaker):
    quotes = extract_quotes(text)
    assert quotes[-1].speaker == speaker


def test_an_office_is_read_from_the_gazetteer_only_for_someone_the_text_names():
    (q,) = extract_quotes("« Rien ne sera oublié », a dit le Premier ministre à Brenac.")
    assert q.speaker == "le Premier ministre"


def test_a_first_name_alone_is_the_one_person_named_with_it():
    text = ("« Tout est prêt », a assuré Olivier Dassin au micro de Radio Vène. « Nous continuerons », "
            "a ajouté son fils Olivier.")
    assert [q.speaker for q in extract_quotes(text)] == ["Olivier Dassin", "Olivier Dassin"]


def test_a_place_closing_a_complement_is_not_a_person():
    text = ("Selon le parquet de Brenac, un homme de 21 ans a été blessé. Le jeune homme a reconnu avoir "
            "ramassé l'objet.")
    assert all(q.speaker != "Brenac" for q in extract_quotes(text))


def test_a_regional_edition_of_a_network_keeps_its_region():
    text = "Le conducteur avait déjà perdu son permis, relève France Bleu Drôme-Ardèche."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("France Bleu Drôme-Ardèche", "media")


def test_le_quotidien_is_a_newspaper_not_the_radio_quoted_before():
    text = ("Le maire a démissionné, rapporte France Inter. Il était en poste depuis 2008, rapporte Le Figaro. "
            "Son adjoint assure l'intérim, précise le quotidien.")
    assert extract_quotes(text)[-1].speaker == "Le Figaro"


def test_a_negated_modal_is_not_part_of_the_subject():
    text = "Les règles restent secrètes, et les candidats ne pourront demander des comptes qu'en juin."
    assert all(q.speaker in (None, "les candidats") for q in extract_quotes(text))


def test_an_outlet_relaying_an_attributed_quote_is_not_its_speaker():
    text = "L'élu Jean Morel a parlé. « Menons-la, cette bataille ! », dit-il, selon Radio Vène."
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [("Jean Morel", "dire")]


def test_a_title_capitalised_in_the_text_is_still_the_outlet():
    (q,) = extract_quotes("Selon le quotidien local l'Est Républicain, l'homme de 20 ans a été interpellé.")
    assert (q.speaker, q.speaker_type) == ("Est Républicain", "media")


def test_a_party_after_a_role_qualifies_the_role():
    text = ("Laurent Wauquiez a parlé longtemps. « Tout va bien », lance l'élu les Républicains qui explique "
            "qu'on se moque du droit.")
    assert [q.speaker for q in extract_quotes(text)] == ["Laurent Wauquiez", "Laurent Wauquiez"]


def test_a_name_after_a_role_and_a_party_is_the_speaker():
    text = "Le suspense était faible : le patron des députés Les Républicains Christian Jacob a déclaré que le vote serait large."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("Christian Jacob", "person")


@pytest.mark.parametrize("text", [
    "Nathalie Kosciusko-Morizet a parlé lundi. « Il faut agir », affirme NKM.",
    "« Il faut agir », affirme NKM. Nathalie Kosciusko-Morizet a parlé lundi.",
])
def test_a_figure_known_by_initials_is_a_person_under_the_full_name(text):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("Nathalie Kosciusko-Morizet", "person")


@pytest.mark.parametrize("text, speaker", [
    ("Dix personnes ont dû être relogées, selon la préfecture et le COGIC.", "la préfecture et le COGIC"),
    ("La hausse est confirmée, ont précisé la mairie et la préfecture.", "la mairie et la préfecture"),
    ("Les syndicats SUD Rail et CGT cheminots accusent Norvalis de censure.", "Les syndicats SUD Rail et CGT cheminots"),
])
def test_coordinated_sources_speak_as_one_group(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, "group")


def test_a_singular_verb_does_not_join_the_next_clause_to_its_subject():
    text = "La hausse est confirmée, a précisé la mairie et elle a ajouté que tout irait bien."
    assert {q.speaker for q in extract_quotes(text)} == {"mairie"}


def test_a_relative_clause_inside_the_subject_is_skipped():
    text = "Pour éviter ces réactions, la notice du produit qu'elle avait utilisé recommandait d'effectuer un test."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("la notice du produit", "document")


def test_one_of_a_group_is_an_unnamed_source():
    (q,) = extract_quotes("L'un des pompiers a tenu à saluer le courage de la grand-mère.")
    assert (q.speaker, q.speaker_type) == ("L'un des pompiers", "anonymous")


def test_a_particle_after_a_full_name_belongs_to_it():
    (q,) = extract_quotes("« Les choses avancent », a écrit Bertrand Dulac de la Roseraie, président du cercle.")
    assert q.speaker == "Bertrand Dulac de la Roseraie"


def test_a_subhead_in_capitals_names_nobody():
    text = "LE MAIRE DOIT PARTIR Paul Morel a parlé lundi. « On ne sait pas », s'est-il interrogé."
    assert [q.speaker for q in extract_quotes(text)] == ["Paul Morel"]


def test_an_office_skips_a_figure_the_text_gives_another_office():
    text = ("Le ministre de l'Intérieur Bernard Cazeneuve a été attaqué. Manuel Valls l'a défendu. "
            "« Il est intègre », a déclaré le Premier ministre.")
    assert extract_quotes(text)[-1].speaker == "Manuel Valls"


def test_an_office_held_before_a_later_one_the_text_speaks_of_is_not_read():
    text = ("Bruno Le Maire accompagnait lundi le chef de l'État Emmanuel Macron à Lyon. « Les comptes sont "
            "justes », a assuré le ministre de l'Économie.")
    assert extract_quotes(text)[-1].speaker == "Bruno Le Maire"


def test_an_emphatic_pronoun_after_an_office_is_dropped():
    text = "François Hollande et Manuel Valls ont parlé. Le président lui-même a assuré qu'il restait prudent."
    assert extract_quotes(text)[-1].speaker == "François Hollande"


def test_the_agent_of_a_passive_is_a_likely_antecedent():
    text = ("Les mesures de Paul Morel ont été saluées par Claire Dumas, présidente de la région. "
            "« Merci pour votre présence », a-t-elle écrit.")
    assert extract_quotes(text)[-1].speaker == "Claire Dumas"


@pytest.mark.parametrize("text, speaker", [
    ("La préfecture de police de Brenac a publié un bilan. Selon la préfecture, trois personnes sont blessées.",
     "préfecture de police de Brenac"),
    ("Le ministère de l'Intérieur a publié un bilan. Le ministère précise que trois personnes sont blessées.",
     "ministère de l'Intérieur"),
    ("Norvalis doit rembourser le Parlement européen. L'institution lui réclame un million. Le Parlement "
     "reproche aussi au groupe un repas trop cher.", "Parlement européen"),
])
def test_a_body_named_again_by_its_head_keeps_its_fuller_name(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


def test_the_plural_of_a_counted_group_is_that_group():
    text = "Dans une tribune, cent élus dénoncent la réforme. « Nous refusons », écrivent les élus."
    assert [q.speaker for q in extract_quotes(text)] == ["cent élus", "cent élus"]


def test_the_same_source_is_the_one_just_cited():
    text = ("Deux policiers ont été blessés, selon la préfecture de la Marne. Trois autres ont été interpellés, "
            "selon cette même source.")
    assert [q.speaker for q in extract_quotes(text)] == ["préfecture de la Marne"] * 2


@pytest.mark.parametrize("text", [
    "Paul Morel a parlé. « Il faut cesser de diviser », a ensuite fustigé le député apparenté FN Jean Collin.",
    "Paul Morel a parlé. « Le silence est parlant », a écrit le député allié au FN du Gard Jean Collin samedi.",
])
def test_a_name_after_a_long_role_description_is_the_speaker(text):
    assert extract_quotes(text)[-1].speaker == "Jean Collin"


def test_a_quotation_after_a_sentence_presenting_someone_is_theirs():
    text = ("« La loi doit s'appliquer », a déclaré le procureur Luc Arnal. Martine Brisset, présidente de "
            "l'association Enfance Vive, s'inquiète de son côté d'un effet contre-productif. « On poursuit le "
            "seul voisin qui a tenté d'agir. »")
    assert extract_quotes(text)[-1].speaker == "Martine Brisset"


def test_a_quoted_word_inside_a_subject_stays_in_it():
    text = 'Le "gilet jaune" originaire de Brenac appelle à la mise en place d\'un gouvernement de transition.'
    (q,) = extract_quotes(text)
    assert q.speaker == 'Le "gilet jaune" originaire de Brenac'


@pytest.mark.parametrize("text, speaker", [
    ("Le rappel concerne 3000 lots, a indiqué une porte-parole de Valdis à l'AFP lundi. Un autre rappel a "
     "suivi. Les lots sont vendus à Brenac, selon cette porte-parole.", "une porte-parole de Valdis"),
    ("Un brigadier-chef de police est venu. La mère a porté plainte. « Nous ne sommes pas allés jusque-là », "
     "souligne le brigadier.", "Un brigadier-chef de police"),
])
def test_a_definite_description_takes_the_phrase_that_introduced_the_person(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_feminine_determiner_wins_over_the_noun_form():
    text = ("Paul Morel a parlé lundi. Claire Dumas a répondu mardi. Interrogée par Radio Vène, la député de "
            "Brenac estime que le texte est injuste.")
    assert extract_quotes(text)[-1].speaker == "Claire Dumas"


def test_a_possessive_role_is_not_its_possessor():
    text = "Éric Daumal a été interpellé lundi, selon Le Courrier de Portsel. Son avocat dénonce une arrestation politique."
    assert extract_quotes(text)[-1].speaker == "Son avocat"


def test_a_party_inside_a_postposed_role_leaves_the_apposed_name():
    text = "André Valin a parlé. « Le projet avance », a assuré le rapporteur PS du texte, Christophe Boulon."
    assert extract_quotes(text)[-1].speaker == "Christophe Boulon"


@pytest.mark.parametrize("text, speaker", [
    ("Claire Dumas a tweeté. Fortement agacée, elle a retweeté la photo avec un commentaire : « Bravo ».",
     "Claire Dumas"),
    ("Un élu a ironisé. Un député de Brenac va plus loin : « Il obtiendra ce qu'il veut ».", "Un député de Brenac"),
])
def test_the_subject_before_a_colon(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le maire Roland Riva avait dans un premier temps indiqué ne pas vouloir que le corps soit enterré à Brenac.",
     "Roland Riva"),
    ("La sénatrice Ana Morel a au contraire estimé que la Cour devait trancher.", "Ana Morel"),
])
def test_a_phrase_between_the_auxiliary_and_the_participle(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    "Paul Morel a parlé. Mais le calendrier de l'ancien conseiller politique du maire reste flou.",
    "Il faut dire que depuis des semaines, les désaccords se multiplient.",
])
def test_a_noun_or_an_aside_is_no_report(text):
    assert extract_quotes(text) == []


def test_the_head_of_a_description_comes_before_its_complement():
    text = "Manuel Vals était à Brenac. De son côté, le bureau du Premier ministre valdorien a démenti toute écoute."
    assert extract_quotes(text)[-1].speaker != "Manuel Vals"
    assert extract_quotes(text)[-1].speaker == "bureau du Premier ministre valdorien"


def test_the_head_of_a_party_is_its_president_in_the_gazetteer():
    text = ("Nicolas Sarkozy et Olivier Giroud étaient au stade. « Il est adulé », explique le patron "
            "des Républicains.")
    assert extract_quotes(text)[-1].speaker == "Nicolas Sarkozy"


def test_christmas_is_not_a_man():
    text = ("L'auteur de l'attaque du marché de Noël a été inhumé. Le maire de la ville Roland Riva avait "
            "dans un premier temps indiqué ne pas le vouloir. « Il y a eu débat », avait déclaré l'élu.")
    assert [q.speaker for q in extract_quotes(text)] == ["Roland Riva", "Roland Riva"]


def test_a_quotation_far_from_the_last_speaker_goes_to_the_salient_person():
    text = ("« Nous verrons », a indiqué la préfecture lundi. Paul Morel a été élu maire en 2014. Il a lancé "
            "plusieurs chantiers. Le dernier a été inauguré mardi. « C'est une fierté pour la ville. »")
    assert extract_quotes(text)[-1].speaker == "Paul Morel"


def test_the_determiner_before_a_name_gives_its_gender():
    text = ("Anne Hidrol a parlé. Pour la ministre Emmanuel Cosson, rien ne va. Elle a raillé son collègue. « C'est "
            "facile », a-t-elle affirmé.")
    assert extract_quotes(text)[-1].speaker == "Emmanuel Cosson"


def test_a_subject_before_a_reflexive_verb_weighs_as_a_subject():
    text = ("L'ancien Premier ministre Jean-Pierre Raffin s'est interrogé sur le flou entretenu par Paul Morel. "
            "« Qu'est-ce que ça veut dire ? », s'est-il interrogé sur Radio Vène.")
    assert extract_quotes(text)[-1].speaker == "Jean-Pierre Raffin"


def test_a_first_name_alone_as_a_subject_is_the_person_named_with_it():
    text = ("Jonathann Davel a rencontré la famille. Selon Radio Vène, Jonathann s'est effondré. Il aurait "
            "lâché, en pleurs : « C'était un accident. »")
    assert extract_quotes(text)[-1].speaker == "Jonathann Davel"


def test_an_association_speaks_under_its_own_name():
    text = "« Le remboursement est total », s'est réjouie l'association RoseVie sur son site."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == ("RoseVie", "organisation")


@pytest.mark.parametrize("text, speaker", [
    ("Le rectorat pour sa part estime que l'enseignante a commis une faute.", "rectorat"),
    ("La limitation permettrait selon le gouvernement de sauver jusqu'à 400 vies par an.", "gouvernement"),
    ("Paul Morel a renoncé. « Je ne pourrai satisfaire cette attente », écrit dans un communiqué celui qui "
     "avait tenté d'être candidat.", "Paul Morel"),
])
def test_phrase_boundaries_of_a_speaker(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_body_with_an_a_complement_keeps_it():
    (q,) = extract_quotes("« Mais dix millions », a rappelé vendredi la délégation à la sécurité routière.")
    assert q.speaker == "la délégation à la sécurité routière"


@pytest.mark.parametrize("text, speaker", [
    ("En pleine polémique, l'association de consommateurs Conso Vigie avait dénoncé des hausses.",
     "Conso Vigie"),
    ("Selon le syndicat de police Alliance, les effectifs manquent.", "Alliance"),
    ("Le tribunal a condamné TotalEnergies. Dans un communiqué, le groupe a estimé que l'affaire était close.",
     "TotalEnergies"),
    ("Le tribunal correctionnel a condamné Norvalis. Le tribunal a expliqué avoir tenu compte de sa coopération.",
     "tribunal correctionnel"),
])
def test_bodies_named_by_their_kind(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_first_name_after_an_article_is_a_place():
    text = ("Les pluies ont été fortes dans l'Aude cette semaine. « La situation reste fragile », a indiqué "
            "un prévisionniste.")
    assert extract_quotes(text)[-1].speaker == "un prévisionniste"


@pytest.mark.parametrize("text, speaker, cue", [
    ("« La démocratie triomphe toujours », a commenté Marion Maréchal Le Pen sur Twitter.",
     "Marion Maréchal Le Pen", "commenter"),
    ("Bruno Le Maire a parlé. Il a dénoncé sur son compte Twitter un « retour à la vieille politique ».",
     "Bruno Le Maire", "dénoncer"),
    ("« Aucun blessé grave », ont de leur côté précisé sur leur compte Twitter les marins-pompiers de Marseille.",
     "les marins-pompiers de Marseille", "préciser"),
])
def test_social_accounts_and_particles(text, speaker, cue):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_subhead_in_capitals_holds_no_cue():
    text = "JUPPÉ DÉNONCE UNE CONFUSION Le maire de Bordeaux a parlé lundi."
    assert extract_quotes(text) == []


def test_a_former_holder_named_as_such_does_not_hold_the_office():
    text = ("L'ex-chef de l'État Nicolas Sarkozy a rencontré François Hollande à l'Élysée. « C'est une "
            "occasion », a indiqué le chef de l'Etat.")
    assert extract_quotes(text)[-1].speaker == "François Hollande"


def test_celle_ci_after_a_body_just_quoted_is_that_body():
    text = ("« Mais dix millions », a rappelé vendredi la préfecture de la Marne. Celle-ci a dénoncé la "
            "diffusion de chiffres faux.")
    assert [q.speaker for q in extract_quotes(text)] == ["préfecture de la Marne"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Paul Morel a été réélu dimanche à Brenac. « C'est une victoire collective. » La soirée a été longue.",
     "Paul Morel"),
    ("« Nous ne lâcherons rien. » La phrase a été prononcée lundi. Claire Dumas l'a répétée, a raconté "
     "Radio Vène.", None),
])
def test_a_first_quotation_with_no_cue(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_quotation_after_an_outlet_goes_to_the_person_it_quoted():
    text = ("Paul Morel a été entendu lundi par les juges, rapporte Radio Vène. « Je n'ai rien à cacher. »")
    assert extract_quotes(text)[-1].speaker == "Paul Morel"


def test_a_list_of_reactions_names_each_speaker_not_the_role():
    text = ("LES RÉACTIONS - Claire Dumas, ancienne ministre de la Justice : « Nos libertés doivent être "
            "exercées ». - Paul Morel, président du Parti valdorien : « L'interdiction est grave ».")
    assert [q.speaker for q in extract_quotes(text)] == ["Claire Dumas", "Paul Morel"]


def test_a_pronoun_before_any_name_takes_the_next_one():
    text = "« La retraite à 60 ans », a-t-il énuméré. Puis Gérard Filon a donné sa vision."
    assert extract_quotes(text)[0].speaker == "Gérard Filon"


def test_the_union_is_not_the_assembly_named_before():
    text = "Le budget a été voté par l'Assemblée nationale. Le syndicat majoritaire s'insurge d'une « baisse de moyens »."
    assert extract_quotes(text)[-1].speaker != "Assemblée nationale"
    assert (extract_quotes(text)[-1].speaker, extract_quotes(text)[-1].speaker_type) == (
        "syndicat majoritaire", "organisation")


@pytest.mark.parametrize("text, speaker", [
    ("Alexandre Benal a parlé. « Elles ne seront pas convoquées », lance-t-il selon Radio Vène.", "Alexandre Benal"),
    ("« Ils n'ont rien compris », a déclaré à l'AFP un porte-parole des « gilets jaunes » de Saône-et-Loire, "
     "Pierre-Gaël Lavedan.", "Pierre-Gaël Lavedan"),
    ("Selon un sondage Elabe publié mardi, quatre Français sur dix veulent un changement.", "un sondage Elabe"),
    ("Le syndicat Alliance a répondu sur Twitter. « La reconnaissance s'impose », a écrit le syndicat.", "Alliance"),
])
def test_relays_apposed_names_and_documents(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_branch_written_after_a_known_company_is_part_of_its_name():
    (q,) = extract_quotes("« Les réactions ont été négatives », a déclaré Vinci Autoroutes dans un communiqué.")
    assert (q.speaker, q.speaker_type) == ("Vinci Autoroutes", "organisation")


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("« Ce que nous construisons porte ses fruits », glisse-t-on dans l'entourage de Paul Morel.",
     "l'entourage de Paul Morel", "anonymous"),
    ("« Le travail sera assoupli plus tard », explique-t-on au Front national.", "Front national", "organisation"),
    ("« C'est faux », a-t-on répondu au micro de Radio Vène.", None, "unknown"),
    ("« La CNI a tranché », a résumé M. Hortefeux, préférant souligner « l'effort de féminisation ».",
     "Hortefeux", "person"),
])
def test_where_on_speaks_from_and_participle_subjects(text, speaker, speaker_type):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text, speaker", [
    ("« Nous n'avons jamais agi en fonction des autres », a réagi son directeur de campagne Gilles Boyan.",
     "Gilles Boyan"),
    ("« Il faut le même référendum ici », a tweeté ce vendredi 24 juin la présidente du Front national, "
     "Marine Le Pen.", "Marine Le Pen"),
])
def test_role_with_bare_complement_and_dates_before_a_postposed_subject(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_people_in_the_plural_is_a_group():
    (q,) = extract_quotes("A l'heure où les Français se plaignent de payer trop d'impôts, le gouvernement hésite.")
    assert (q.speaker, q.speaker_type) == ("les Français", "group")


@pytest.mark.parametrize("text, speaker", [
    ("Valérie Pécran a parlé. Agnès Potier a été élue lundi. Mais la jeune élue a annoncé à l'AFP qu'elle "
     "ne siégera pas.", "Agnès Potier"),
    ("« Je veux m'occuper de quelque chose de décisif », a expliqué l'homme de 65 ans. Jean-Louis Borlon a "
     "quitté la politique en 2014.", "Jean-Louis Borlon"),
])
def test_epithets_of_the_person_the_article_is_about(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Bernard Cazenave a répondu. Et le ministre de l'Intérieur d'ajouter : « Les policiers font leur travail. »",
     "Bernard Cazenave"),
    ("La Haute Autorité a été saisie lundi. Saisie par deux candidats, elle a déclaré que les comptes devaient "
     "être séparés.", "Haute Autorité"),
])
def test_narrative_infinitive_and_a_body_as_elle(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_office_named_in_history_does_not_bar_the_present_one():
    text = ("Manuel Valls a défendu le préfet. « Je n'aurais pas accepté de charger un préfet », a lancé le "
            "locataire de Matignon. À l'époque, le ministre de l'Intérieur (Valls) avait soutenu l'expulsion.")
    assert extract_quotes(text)[0].speaker == "Manuel Valls"


@pytest.mark.parametrize("text, speaker", [
    ("« C'était un garçon plein de vie », a réagi le chef du gouvernement italien Giuseppe Conti depuis Rome.",
     "Giuseppe Conti"),
    ("Selon une source au sein de la gendarmerie, quelque 80 personnes ont été interpellées.",
     "une source au sein de la gendarmerie"),
    ("« Il était gentil », a confié la mère du petit Tony à la presse.", "la mère du petit Tony"),
])
def test_complements_inside_a_speaker_phrase(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_invite_de_is_a_noun():
    assert extract_quotes("Premier invité de l'émission « Vie politique » dimanche, Alain Jupin a parlé.") == []


def test_an_unnamed_source_just_quoted_is_the_pronoun_s_antecedent():
    text = ("Paul Morel a parlé lundi. Pour un camarade de promotion de Paul Morel, la situation l'avantage. "
            "« Il veut garder un pied dehors », explique-t-il.")
    assert extract_quotes(text)[-1].speaker == "un camarade de promotion de Paul Morel"


def test_a_pronoun_never_falls_back_on_an_outlet():
    text = ("Selon Radio Vène, en privé, le président de la République afficherait sa confiance. « Cette primaire "
            "m'arrange », aurait-il dit.")
    assert extract_quotes(text)[-1].speaker != "Radio Vène"


def test_comme_le_rappelle_after_an_opening_adverbial():
    (q,) = extract_quotes("En effet, comme le rappelle le site de Radio Vène, un sondage du 3 mai donnait Paul Morel en tête.")
    assert (q.speaker, q.cue) == ("Radio Vène", "rappeler")


@pytest.mark.parametrize("text, speaker", [
    ("Vingt-quatre journalistes ont annoncé vendredi une plainte collective.", "Vingt-quatre journalistes"),
    ("L'activité a chuté en décembre, selon le cabinet IHS Markit.", "IHS Markit"),
    ("« Il n'était pas invité », expliquait un conseiller de l'Élysée au Figaro.", "un conseiller de l'Élysée"),
    ("Nicolas Sarkozy et Guillaume Pepy ont parlé. « Le pouvoir cède », a poursuivi le président du parti "
     "les Républicains.", "Nicolas Sarkozy"),
    ("« Ce dérapage est inadmissible », a rapporté le porte-parole du gouvernement Stéphane Le Foll.",
     "Stéphane Le Foll"),
])
def test_speaker_phrases_from_a_seventh_batch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_place_named_after_a_person_is_no_person():
    text = ("Des intermittents ont occupé le théâtre Louise Michel. La ministre a assuré dans un communiqué que "
            "ces actes étaient inacceptables.")
    assert extract_quotes(text)[-1].speaker != "Louise Michel"
    assert extract_quotes(text)[-1].speaker == "La ministre"


@pytest.mark.parametrize("text, speaker", [
    ("Maxime Nicol et Priscilla Ludo ont lancé la pétition. Tous deux ont appelé le gouvernement à aller plus loin.",
     "Maxime Nicol et Priscilla Ludo"),
    ("La CGT manifestait. Le Nouveau parti anticapitaliste (NPA) avait appelé à rejoindre le cortège.",
     "Nouveau parti anticapitaliste"),
])
def test_tous_deux_and_a_named_party(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_title_may_lose_a_capital_from_its_third_word():
    (q,) = extract_quotes("« L'homme a été plongé dans le coma », précise Les Dernières nouvelles d'Alsace.")
    assert (q.speaker, q.speaker_type) == ("Les Dernières nouvelles d'Alsace", "media")


def test_a_monument_is_no_person():
    text = "Les visiteurs de la Tour Eiffel ont été évacués. « Le métro sera renforcé », a indiqué la PDG de la RATP."
    assert extract_quotes(text)[-1].speaker != "Tour Eiffel"
    assert extract_quotes(text)[-1].speaker == "la PDG de la RATP"


@pytest.mark.parametrize("text, speaker", [
    ("Les invités ont été conviés à partir par Pierre Buono, l'un des organisateurs, selon lequel des bandes "
     "appelaient au rassemblement.", "Pierre Buono"),
    ("Selon les informations de BFMTV, Cherif Chekat, 29 ans, fiché S, était recherché.", "BFMTV"),
    ("D'après la maire, Claire Dumas, la digue tiendra.", "Claire Dumas"),
])
def test_selon_lequel_and_appositions_after_selon(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


# Defects found by a review of this session's changes, each kept as a test.
@pytest.mark.parametrize("text", [
    "« C'est fini », indique-t-on dans le",
    "En effet, comme le rappelle Paul Martin,",
    "Marie Dupont, présidente, selon qui",
    "maire Paul selon qui",
    "« Oui », dit-on du côté",
    "« Oui », dit-on au",
])
def test_texts_ending_on_a_new_pattern_do_not_crash(text):
    for q in extract_quotes(text):
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, speaker", [
    ("Le président du club, Paul Garnier, a accueilli Emmanuel Macron au stade. « Nous sommes fiers de cette "
     "visite », a déclaré le président.", "Paul Garnier"),
    ("Le juge Claire Martin a estimé que le dossier était vide. « Il n'y a rien dans ce dossier », a-t-elle "
     "ajouté.", "Claire Martin"),
    ("« Nous restons mobilisés », a déclaré Yves Roux de la CFDT.", "Yves Roux"),
    ("Clément a déclaré que la grève continuerait.", "Clément"),
])
def test_review_speakers(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "Le juge est en vacances et estime que rien ne presse.",
    "Le maire est en colère et dénonce la décision du préfet.",
])
def test_a_phrase_after_etre_does_not_swallow_the_next_verb(text):
    assert len(extract_quotes(text)) == 1


def test_later_offices_of_a_figure_keep_their_head():
    from framing.quotes import _figure_offices
    offices = _figure_offices()["michele alliot-marie"]
    assert "ministre de la justice" in offices and "ministre des affaires etrangeres" in offices


def test_an_office_phrase_stays_linear_in_long_texts():
    para = ("Le ministre de l'Intérieur Bernard Cazeneuve a parlé à Nice. « Nous ferons tout », a déclaré le "
            "ministre. Paul Garnier a été interpellé. Le Premier ministre a répondu que rien ne changerait. ")
    extract_quotes(para)
    short = min(_timed(lambda: extract_quotes(para * 20)) for _ in range(3))
    long = min(_timed(lambda: extract_quotes(para * 200)) for _ in range(3))
    assert long < 30 * short  # 10x the text must not take 100x the time


def _timed(func):
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


@pytest.mark.parametrize("text, speaker", [
    # a hyphenated surname after a first name is the surname ("Mme Martin-Le Goff")
    ("La députée Léa Martin-Le Goff a quitté la salle. « Nous partons », a affirmé Mme Martin-Le Goff.",
     "Léa Martin-Le Goff"),
    ("« Nous partons », a affirmé Mme Martin-Le Goff. La députée Léa Martin-Le Goff a quitté la salle.",
     "Léa Martin-Le Goff"),
    # an adverb between the auxiliary and the participle is no subject
    ("L'entourage du ministre avait auparavant fait savoir que la réunion était annulée.",
     "L'entourage du ministre"),
    # the object of a relative clause inside the subject is not the subject
    ("Une autre militante qui a tenu à garder l'anonymat révèle que la campagne était dure.",
     "Une autre militante"),
    ("Ce jeudi, la ministre du Travail qui porte le projet de loi a exclu de revenir sur le texte.",
     "la ministre du Travail"),
    # "celui-ci" right after a role that was just quoted is that role's holder
    ("Paul Garnier, l'auteur du vol, a été jugé. Le maire Jean Vidal a indiqué ne pas vouloir que Paul Garnier "
     "revienne. « Je veux que cela cesse », a déclaré l'élu jeudi. Celui-ci a évoqué un possible recours.",
     "Jean Vidal"),
    # "selon lui" between a verb and its clause
    ("Paul Garnier a publié des messages. Des messages qui montrent selon lui qu'elle ne savait plus quoi faire.",
     "Paul Garnier"),
    # the outlet after "auprès de" received the statement
    ("Les syndicats ont été reçus, a insisté le cabinet du ministre auprès de Mediapart.", "le cabinet du ministre"),
    # coordinated complements of a role
    ("Le préfet de la région Grand-Est et du Bas-Rhin a confirmé qu'un incident était en cours.",
     "Le préfet de la région Grand-Est et du Bas-Rhin"),
    # Christmas is no man named Noël
    ("Des coups de feu ont été tirés près du marché de Noël de Strasbourg. Le préfet a confirmé qu'un incident "
     "était en cours.", "Le préfet"),
    # an office held with a mayoralty is a role
    ("Le député-maire de Valmont a annoncé qu'il se présenterait.", "Le député-maire de Valmont"),
    # a party after a role qualifies the role; the party is not the speaker
    ("« Rien ne va », a dit le député Républicains.", "le député Républicains"),
    ("Interrogée, la candidate à la primaire Les Républicains précisait sa pensée : « Il faut agir ».",
     "la candidate à la primaire Les Républicains"),
    ("Laurent Vauclin a parlé. « Il faut agir », lance l'élu les Républicains qui explique que tout va mal.",
     "Laurent Vauclin"),
    # an outlet whose article is written in lowercase
    ("Le déplacement est annulé d'après la Provence.", "la Provence"),
    ("Le déplacement est annulé, selon le Monde.", "le Monde"),
    # a network's regional edition, then the network's bare name for the same edition
    ("Le drame a eu lieu vers 15h30, précise France 3 Nouvelle Aquitaine. Rien n'est certain, précise France 3.",
     "France 3 Nouvelle Aquitaine"),
    # a time adverbial between a postposed verb and its subject
    ("« Rien », a réagi un peu plus tard le sénateur-maire PS de Valmont.", "le sénateur-maire PS de Valmont"),
    # "celui du Monde" coordinated with a role
    ("Le journaliste de l'AFP et celui du Monde précisent que la séance a été levée.",
     "Le journaliste de l'AFP et celui du Monde"),
    # a person closing a phrase that names nobody is the antecedent of "qui"
    ("La grève a suscité la colère de Valérie Pécresse, qui a demandé des comptes à la SNCF.", "Valérie Pécresse"),
    ("Paul Garnier a parlé. Même son de cloche chez Manuel Valls, qui a appelé les syndicats à la raison.",
     "Manuel Valls"),
])
def test_speaker_phrases_from_an_eighth_batch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_demonym_is_no_name():
    # "un Brésilien" is a demonym, not an organisation a pronoun could refer to
    text = "Le conducteur, un Brésilien employé par une société portugaise, a freiné. Il indique qu'il a dû s'arrêter."
    quote = extract_quotes(text)[-1]
    assert quote.speaker != "Brésilien" and quote.speaker_type != "organisation"
    assert (quote.speaker, quote.speaker_type) == ("Le conducteur", "person")


@pytest.mark.parametrize("text, speaker", [
    ("Manuel Valls et Agnès Buzyn ont débattu hier soir. « Rien n'est joué », a dit l'ancien Premier ministre.",
     "Manuel Valls"),
    ("Manuel Valls et Agnès Buzyn ont débattu hier soir. « Rien n'est joué », a dit l'ex-ministre de la Santé.",
     "Agnès Buzyn"),
])
def test_a_former_office_goes_to_the_one_named_person_who_held_it(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a known acronym after a body's full name is that body, under its full name
    ("L'Agence nationale de sécurité du médicament (ANSM) a publié un avis. L'ANSM a ajouté que le produit "
     "restait autorisé.", "Agence nationale de sécurité du médicament"),
    # a body's first word alone, before or after its full name
    ("Le syndicat Alliance a lancé un appel. Alliance Police nationale dénonce la réforme. Alliance a ajouté "
     "que la grève continuerait.", "Alliance Police nationale"),
    ("Le groupe Vinci Autoroutes a annoncé une hausse. Vinci a ajouté que les travaux continueraient.",
     "Vinci Autoroutes"),
    # a country is no short form of a company
    ("France Télévisions a annoncé une grille. La France a ajouté que rien ne changerait.", "France"),
])
def test_short_and_full_names_of_a_body(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_elided_word_names_nothing():
    text = "Il a parlé. S'adressant directement au chef de l'État : « Non, vous ne pouvez pas. »"
    assert extract_quotes(text)[-1].speaker != "S'"


def test_a_body_with_its_country_branch():
    text = "Les réactions. - Attac France : « En 2016, rien n'a changé. »"
    assert extract_quotes(text)[-1].speaker == "Attac France"


@pytest.mark.parametrize("text, speaker", [
    # an adverb and a time phrase between the auxiliary and the participle
    ("Gaël Vidal avait d'ailleurs dans la semaine demandé l'annulation du match.", "Gaël Vidal"),
    # coordinated complements after a lowercase noun
    ("Le candidat à la primaire de la droite et du centre a suggéré de baisser les impôts.",
     "Le candidat à la primaire de la droite et du centre"),
    # one person with two roles
    ("« Non », a répondu la députée européenne et maire du quartier.", "la députée européenne et maire du quartier"),
    # "celui qui …" stands for the person the text is about
    ("Paul Garnier a parlé hier. De plus, celui qui affirmait ne pas connaître le dossier a dit que tout allait bien.",
     "Paul Garnier"),
    # an aside between the speaker and "qui"
    ("« C'est dommage », a répondu Paul Garnier, tout sourire, qui a salué le travail des enquêteurs.",
     "Paul Garnier"),
])
def test_speaker_phrases_from_a_ninth_batch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Nous refusons cette réforme », peut-on lire dans le communiqué du syndicat.", "le communiqué du syndicat"),
    ("« Nous refusons cette réforme », lit-on dans le communiqué du syndicat.", "le communiqué du syndicat"),
    ("Paul Garnier a quitté la salle. « Nous refusons cette réforme », pouvait-on lire sur son compte Twitter.",
     "Paul Garnier"),
])
def test_what_is_read_is_the_source(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "Peut-on dire que la France va mieux ? Rien n'est moins sûr.",
    "Paul a lu le rapport hier soir.",
])
def test_a_rhetorical_question_or_reading_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Au total, 37 % des Français estimaient qu'il serait un bon président.", "37 % des Français"),
    ("Au total, 37% des Français estimaient qu'il serait un bon président.", "37% des Français"),
    ("Le bilan est mauvais, estiment 54 % des sondés.", "54 % des sondés"),
    ("Le bilan est bon pour 20 % des sondés, quand seulement 15 % jugent que c'est un atout.", "15 %"),
])
def test_a_share_of_people_polled_is_a_group(text, speaker):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, "group")


@pytest.mark.parametrize("text, speaker", [
    # two former interior ministers named: the one who spoke last
    ("Nicolas Sarkozy a présenté son livre. Brice Hortefeux a affirmé qu'il le soutenait. « C'est une tâche "
     "essentielle », a déclaré l'ancien ministre de l'Intérieur.", "Brice Hortefeux"),
    # a union's "patron" is its secretary general
    ("Laurent Berger et Philippe Martinez ont débattu hier soir. « Rien n'est joué », a dit le patron de la CFDT.",
     "Laurent Berger"),
])
def test_offices_read_from_the_gazetteer(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_opening_pronoun_goes_to_the_person_named_a_few_sentences_later():
    text = ("« Je réaffirme la volonté d'héberger dignement les sans-abri », a-t-elle écrit. Le terme est rare. "
            "Il figure pourtant dans les circulaires. Et Emmanuelle Roux s'est fait reprendre par de nombreux "
            "internautes.")
    assert extract_quotes(text)[0].speaker == "Emmanuelle Roux"


def test_the_subject_of_the_clause_before_a_colon_speaks():
    text = ("Arnaud Vidal a parlé hier. Il renvoie dos à dos Paul Garnier et Jean Roux en matière de chômage : "
            "« Nous avons un record historique. »")
    assert extract_quotes(text)[-1].speaker == "Arnaud Vidal"


def test_a_person_after_devant_is_a_weak_antecedent():
    text = ("« Il apporte un air frais », a déclaré Gérard Vidal. Selon un sondage publié le 12 mai, le ministre "
            "progressait, devant Paul Garnier, ce qui permettait à la gauche d'espérer. « Ce qui fait que les "
            "Français adhèrent, c'est sa jeunesse. »")
    assert extract_quotes(text)[-1].speaker == "Gérard Vidal"


@pytest.mark.parametrize("text, speaker", [
    ("Seuls 40 radars avaient été détruits, selon un bilan établi par la Cour des comptes.", "un bilan"),
    ("La foule a été dispersée, selon le journaliste du Figaro présent sur place.", "le journaliste du Figaro"),
    ("Les achats se font en grande surface, selon une étude de FranceAgrimer datant de septembre 2018.",
     "une étude de FranceAgrimer"),
    ("Trois millions de manifestants ont défilé selon les chiffres des syndicats et de la police.",
     "les chiffres des syndicats et de la police"),
    ("Rien ne change, a dit le président de la région et du département.",
     "le président de la région et du département"),
])
def test_where_a_source_phrase_ends(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_les_deux_syndicats_are_the_two_bodies_just_named():
    text = "La CGT-Cheminots et SUD-Rail maintiennent leur grève, ont indiqué les deux syndicats à l'AFP."
    assert extract_quotes(text)[-1].speaker == "CGT-Cheminots et SUD-Rail"


def test_a_subhead_in_capitals_glued_to_the_next_sentence():
    text = ("Paul Garnier a démissionné. SA COLLABORATION AVEC LE GROUPE SUSPENDUECe dernier a confirmé qu'il "
            "quittait le parti.")
    assert extract_quotes(text)[-1].speaker == "Paul Garnier"


@pytest.mark.parametrize("text, speaker", [
    ("Au lendemain du drame, l'ancien maire de Nice et actuel président de la région dénonçait un mensonge.",
     "l'ancien maire de Nice et actuel président de la région"),
    ("Le maire et député de la ville a dit que rien ne changerait.", "Le maire et député de la ville"),
])
def test_one_person_with_two_roles_before_the_verb(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Il a tout de suite compris », raconte une source dans son entourage.", "une source dans son entourage"),
    ("« Quel ramassis », taclait un proche de la candidate à la présidentielle.",
     "un proche de la candidate à la présidentielle"),
    ("« Rien ne change », a dit le candidat au Parisien.", "le candidat"),
])
def test_complements_of_anonymous_sources_and_candidates(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_name_before_a_negated_verb_is_a_subject():
    text = ("« Rien ne change », a dit la journaliste Anne Vidal. Mais Cécile Roux ne cède pas face aux menaces, "
            "elle ajoute pour France Info : « Je garde mes convictions. »")
    assert extract_quotes(text)[-1].speaker == "Cécile Roux"


def test_a_body_after_dans_un_communique_then_qui():
    text = ("« C'est une arrestation arbitraire », a dénoncé dans un communiqué l'Observatoire de la liberté de la "
            "presse, qui réclame sa libération immédiate.")
    assert [q.speaker for q in extract_quotes(text)] == ["Observatoire de la liberté de la presse"] * 2


@pytest.mark.parametrize("text", [
    "« Le pays a besoin d'une candidature », déplore le porte-parole du parti, tandis que Michèle Rivasi, députée "
    "européenne EELV salue son action.",
    "« Le pays a besoin d'une candidature », déplore le porte-parole du parti, tandis que Michèle Rivasi, députée "
    "européenne EELV, salue son action.",
])
def test_the_subject_after_tandis_que(text):
    assert extract_quotes(text)[-1].speaker == "Michèle Rivasi"


def test_a_role_prefers_the_person_who_is_not_a_complement():
    text = ("Agnès Vidal, conseillère au cabinet de la présidente de la région Valérie Roux, était candidate. "
            "Mais la jeune élue a annoncé à l'AFP qu'elle ne serait finalement pas candidate.")
    assert extract_quotes(text)[-1].speaker == "Agnès Vidal"


@pytest.mark.parametrize("text, speaker", [
    ("Les révélations ont suscité la polémique, le secrétaire général de la CGT Philippe Martinez affirmant que "
     "le ministre devait s'expliquer.", "Philippe Martinez"),
    ("Les syndicats maintiennent la grève, a indiqué la CFDT à l'AFP, SUD-Rail appelant même à un durcissement.",
     "SUD-Rail"),
    # a gerund or a participle after an object keeps the sentence's subject
    ("Paul Garnier a rendu hommage à Jean Roux en avançant qu'il avait toujours refusé ces alliances.", "Paul Garnier"),
])
def test_an_absolute_participle_with_its_own_subject(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("La préfecture de police de Paris a compté 2 000 manifestants. Seize personnes ont été interpellées, a ajouté "
     "la préfecture de police.", "préfecture de police de Paris"),
    ("La préfecture de police de Paris a compté 2 000 manifestants. Le calme est revenu, a ajouté la préfecture de "
     "la Gironde.", "préfecture de la Gironde"),
])
def test_a_shorter_naming_of_a_body_named_in_full_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre s'est inquiété hier. « Des forces essaient d'en profiter », déplore le ministre.", "le ministre"),
    ("Ils visent à prévenir tout incident, justifie la préfecture dans un communiqué, qui appelle à la prudence.",
     "préfecture"),
    ("Les commerces ferment sur les Champs-ÉlyséesLa préfecture de police de Paris appelle les commerçants à fermer.",
     "préfecture de police de Paris"),
])
def test_speaker_phrases_from_a_tenth_batch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("La CGT et FO, respectivement deuxième et troisième syndicats, dénoncent un accord au rabais.", "La CGT et FO"),
    ("« Il y a un effet dissuasif », relève une source au ministère de l'Intérieur.",
     "une source au ministère de l'Intérieur"),
    ("« Il y a un effet dissuasif », détaille une source à Beauvau.", "une source à Beauvau"),
    ("« Il y a un effet dissuasif », indique une source à l'hebdomadaire.", "une source"),
])
def test_coordinated_bodies_and_where_a_source_sits(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_intensified_adjective_stays_in_the_subject():
    text = "Le site très populaire lui a d'ailleurs répondu que tout allait bien."
    assert extract_quotes(text)[-1].speaker == "Le site très populaire"


@pytest.mark.parametrize("text", [
    "Un communiqué commun signé par Bruno Vidal et François Roux indique que les nouveaux venus sont les bienvenus.",
    "Un communiqué commun signé par Bruno Vidal indique que les nouveaux venus sont les bienvenus.",
])
def test_a_signed_document_speaks_not_its_signatory(text):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == ("Un communiqué commun", "document")


def test_a_relative_clause_in_the_subject_before_a_comma():
    text = ("Après les révélations de la presse, le parti Europe Écologie-Les Verts que Denis Vidal a quitté il y a "
            "trois semaines, a salué le « courage » des victimes.")
    assert extract_quotes(text)[-1].speaker == "Europe Écologie-Les Verts"


def test_places_and_demonyms_are_no_persons():
    from framing.quotes import _Extractor

    text = "La société est basée à Hong Kong. L'Américain a parlé à New York avec des élus."
    kinds = {e.name: e.kind for _, e in _Extractor(text).ents.mentions}
    assert kinds.get("Hong Kong") != "person" and kinds.get("New York") != "person"
    assert "Américain" not in kinds


def test_noel_alone_is_christmas_and_reseau_heads_a_body():
    from framing.quotes import _Extractor

    text = "La SPA annulait son traditionnel Noël des animaux. Noël Le Graët a parlé au Réseau Entreprendre."
    kinds = {e.name: e.kind for _, e in _Extractor(text).ents.mentions}
    assert kinds["Noël"] != "person" and kinds["Noël Le Graët"] == "person"
    assert kinds["Réseau Entreprendre"] == "organisation"


def test_a_relational_role_is_not_the_person_of_its_complement():
    text = ("Le parquet a ouvert une enquête sur le député Denis Vidal. L'avocat du député écologiste a annoncé "
            "qu'il porterait plainte.")
    assert extract_quotes(text)[-1].speaker == "L'avocat du député écologiste"


@pytest.mark.parametrize("text, speaker", [
    ("Interrogé sur RFI, Jean-Christophe Vidal, président de l'UDI a estimé que le président avait tort.",
     "Jean-Christophe Vidal"),
    ("Des accusations balayées mardi par le Premier ministre qui disait assumer ce choix.", "le Premier ministre"),
    ("« Tous les bacheliers pourront suivre les études de leur choix », a-t-on assuré au rectorat.", "rectorat"),
    ("Ils seront pris en charge, a précisé à l'AFP la préfète déléguée pour l'Égalité des chances "
     "Marie-Emmanuelle Roux.", "Marie-Emmanuelle Roux"),
    ("Selon une étude de l'Insee publiée mardi, le chômage baisse.", "une étude de l'Insee"),
])
def test_speaker_phrases_from_a_twelfth_batch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_stressed_pronoun_after_the_subject_is_not_part_of_it():
    text = "Tandis que les manifestants dénoncent les violences, les policiers eux, accusent « une haine anti-flic »."
    assert extract_quotes(text)[-1].speaker == "les policiers"


def test_a_compound_first_name_makes_a_person():
    text = "Marie-Emmanuelle Roux a dit que rien ne changerait. Elle a ajouté que tout allait bien."
    assert [(q.speaker, q.speaker_type) for q in extract_quotes(text)] == [("Marie-Emmanuelle Roux", "person")] * 2


def test_noel_after_an_honorific_does_not_crash():
    # a crash found by running the extractor over all of OrangeSum
    assert extract_quotes("M. Noël a dit que tout allait bien.")[-1].speaker == "Noël"


def test_a_celebrity_role_goes_to_the_public_figure_just_named():
    # only the roles of a case (suspect, victime, prévenu) keep away from public figures
    text = ("Marion Maréchal-Le Pen était à Lyon samedi. « La région a besoin de nous », a affirmé la nièce "
            "de Marine Le Pen devant ses partisans.")
    (q,) = extract_quotes(text)
    assert q.speaker == "Marion Maréchal-Le Pen"
    text = ("Jean-Luc Mélenchon a visité le quartier. « Je n'ai rien vu », a déclaré la victime, une "
            "habitante du quartier.")
    (q,) = extract_quotes(text)
    assert q.speaker != "Jean-Luc Mélenchon"
    assert (q.speaker, q.speaker_type) == ("la victime", "person")


@pytest.mark.parametrize("text, speaker", [
    ("Le député a expliqué craindre que quelqu'un ne finisse par mourir.", "Le député"),
    ("La ministre s'est empressée de lui répondre que la loi sera votée.", "La ministre"),
])
def test_an_infinitive_report_takes_the_subject_of_the_verb_governing_it(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« S'il y a 200 personnes, on verra », répétait ces derniers jours Paul Martin.", "Paul Martin"),
    ("« Nous sommes inquiets », s'interroge dans les colonnes du Parisien un membre de sa famille.",
     "un membre de sa famille"),
    ("« Il faut arrêter », s'est énervé l'un d'entre eux face au ministre.", "l'un d'entre eux"),
    ("Patrick Martin est revenu à Béziers. « Nous sommes inquiets », explique dans Le Journal de Béziers "
     "celui qui se vante d'être né ici.", "Patrick Martin"),
])
def test_postposed_subject_after_a_time_span_a_column_or_an_outlet(text, speaker):
    q = extract_quotes(text)[0]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Il n'y a eu aucun débat », a expliqué au Point, le sénateur Pierre Charon, membre de la commission.",
     "Pierre Charon"),
    ("« Plus rien ne sera comme avant », a assuré, au micro de France Inter, Paul Meyer, adjoint au maire.",
     "Paul Meyer"),
    ("« Soyez forts et fiers », a déclaré la très engagée Lady Gaga.", "Lady Gaga"),
])
def test_postposed_subject_after_a_comma_or_an_intensified_adjective(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("subhead", ["Casseurs", "Des violences difficiles à évaluer"])
def test_a_subhead_before_a_colon_is_no_speaker(subhead):
    text = f"« Nous avons tout essayé », a regretté Claire Morin. {subhead} : « On est encore en train de compter »."
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Claire Morin", "Claire Morin"]


def test_an_office_role_skips_a_public_figure_who_never_held_it():
    # the gazetteer gives Olivier Besancenot no prefect's office: "le préfet" stays unnamed
    text = ("« Je ne suis pas dans le camp des forces de l'ordre », a dit Olivier Besancenot. « Ils étaient "
            "armés de barres de fer », a précisé le lendemain le préfet.")
    quotes = extract_quotes(text)
    assert quotes[-1].speaker == "le préfet"


def test_two_coordinated_offices_name_the_figure_who_held_the_fuller_one():
    text = ("« Quand comptez-vous agir ? », a lancé le député Paul Marchal. « Je ne savais pas que vous me feriez "
            "autant de publicité », a répliqué le ministre et porte-parole du gouvernement. Lundi, Stéphane Le Foll "
            "a réuni quatre ministres à Paris.")
    q = extract_quotes(text)[1]
    assert q.speaker == "Stéphane Le Foll"


def test_a_participle_clause_after_the_postposed_subject_is_no_apposed_name():
    text = ("Paul Vernet était l'invité de la radio. « Je ne pourrais pas le défendre », a affirmé le député du "
            "Gard, comparant sa défense à celle du célèbre criminel Klaus Barbie.")
    (q,) = extract_quotes(text)
    assert q.speaker != "Klaus Barbie"
    assert q.speaker == "Paul Vernet"  # the député du Gard is the guest just named


def test_a_quotation_opening_the_article_goes_to_the_first_person_quoted_next():
    text = ("« On ne peut pas laisser passer ça ». Une semaine après le drame, la famille veut comprendre. Elle "
            "attend des réponses. « Il faut la vérité », confie Jessy, nièce de la victime.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Jessy", "Jessy"]


def test_a_role_never_named_skips_the_next_person_given_another_role():
    text = ("Connue pour ses positions, la présidente du parti dit avoir « honte de ces anciennes ministres ». "
            "Plus nuancée, la porte-parole Nathalie Arthaud a pris ses distances.")
    q = extract_quotes(text)[0]
    assert q.speaker == "la présidente du parti"


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre des Finances et des Comptes publics a ajouté que tout allait bien.",
     "Le ministre des Finances et des Comptes publics"),
    ("Paul Vernet est venu. « Il va bien », a rassuré son épouse le 5 janvier sur TF1.", "son épouse"),
])
def test_source_phrases_with_coordinated_complements_or_a_date(text, speaker):
    q = extract_quotes(text)[-1]
    assert text[q.speaker_start:q.speaker_end] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Mais Benjamin Cauchy, un représentant du mouvement a démenti cet appel.", "Benjamin Cauchy"),
    ("Dans les Bouches-du-Rhône, une vendeuse d'un garage a confirmé la pénurie.", "une vendeuse d'un garage"),
])
def test_a_name_before_an_indefinite_role_without_its_closing_comma(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Les étudiants pourront choisir, a affirmé jeudi le rectorat de Paris. « Tous les bacheliers pourront "
     "suivre les études de leur choix », a-t-on assuré au rectorat.", "rectorat de Paris"),
    ("Le syndicat Alliance a appelé à la grève. « Nous demandons aux députés de ne pas voter ce budget », "
     "poursuit l'organisation.", "Alliance"),
])
def test_a_body_named_before_speaks_again_under_its_name(text, speaker):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Un sondage Elabe a été publié mardi. Selon ce sondage, 60 % des Français sont inquiets.", "Un sondage Elabe"),
    ("La délégation a publié un rapport sur la vitesse. Selon ce document, la mesure coûte cher.", "un rapport"),
])
def test_a_demonstrative_document_is_the_one_presented_before(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_type) == (speaker, "document")


def test_a_participle_with_its_agent_closes_the_source_phrase():
    text = "Le service culturel de la mairie dirigée par Franck Briffaut a demandé que le concert soit annulé."
    (q,) = extract_quotes(text)
    assert "Briffaut" not in q.speaker
    assert q.speaker == "Le service culturel de la mairie"


def test_a_heading_glued_to_a_first_name_is_cut_off_it():
    text = ("L'ancien président du club a assuré qu'il n'était pas intéressé. Le club est en vente.SportBernard "
            "Tapie : « L'OM à vendre ? Je n'y pense pas ».")
    assert [q.speaker for q in extract_quotes(text)] == ["Bernard Tapie", "Bernard Tapie"]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous sommes fiers du bilan », se défend en préambule le Premier ministre.", "le Premier ministre"),
    ("Le parti d'extrême droite s'insurge contre la décision. Dans un communiqué, il accuse le maire de "
     "« sectarisme ».", "parti d'extrême droite"),
])
def test_a_subject_after_a_bare_circumstance_and_a_body_as_antecedent(text, speaker):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


def test_a_dated_outlet_speaks_without_its_date():
    (q,) = extract_quotes("Or, le Journal du Dimanche du 17 avril révèle que le centriste a promis la même chose.")
    assert (q.speaker, q.speaker_type) == ("Journal du Dimanche", "media")


def test_an_answer_word_before_a_postposed_verb_is_a_report():
    text = "Un premier pas vers une candidature ? Non, a certifié Emmanuel Macron, ajoutant que son mouvement vivra."
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Non", "Emmanuel Macron"),
                                                    ("son mouvement vivra", "Emmanuel Macron")]


@pytest.mark.parametrize("text, speaker", [
    ("À l'inverse, quatre Français sur cinq affirment en avoir un.", "quatre Français sur cinq"),
    ("Près de 8 Français sur 10 réclament l'annulation de la hausse.", "Près de 8 Français sur 10"),
    ("Le mode opératoire est identique : toutes les victimes évoquent un homme masqué.", "toutes les victimes"),
    ("« Rien ne va », ont expliqué les personnes interrogées.", "les personnes interrogées"),
    ("« Ils ne sont pas convaincus », a déploré l'un des porte-parole des \"gilets jaunes\" à l'issue de la "
     "réunion.", "l'un des porte-parole des \"gilets jaunes\""),
    ("« Nous partons », a indiqué un porte-parole de chez Total.", "un porte-parole de chez Total"),
])
def test_whole_source_phrases_of_shares_quantifiers_and_quoted_names(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Sodiaal a rappelé des lots de lait. « Le problème a duré deux minutes », a souligné la première "
     "coopérative de lait française.", "Sodiaal"),
    ("« Rien n'est décidé », a indiqué le bureau du Premier ministre.", "bureau du Premier ministre"),
])
def test_more_nouns_of_bodies(text, speaker):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


def test_tout_de_meme_inside_the_verb_group_and_ce_as_no_source():
    text = "« Je reviendrai », a dit Paul Vernet. Il a tout de même promis d'aider les riverains."
    assert [q.speaker for q in extract_quotes(text)] == ["Paul Vernet", "Paul Vernet"]
    assert extract_quotes("Cela veut dire que la France attend des gestes.") == []


# speaker phrases read off the dev batches 13-15 and a run over unannotated OrangeSum articles: the
# speaker of the last quote of each text
@pytest.mark.parametrize("text, speaker", [
    pytest.param(
        "La secrétaire d'État à l'Égalité entre les femmes et les hommes, Claire Vidal, s'est dite prête à "
        "agir. Lors d'une émission, la ministre défend une « position personnelle ».",
        "Claire Vidal", id="a_plural_noun_inside_a_title_is_not_the_role_of_the_name_after_it"),
    pytest.param(
        "Alors que Paul Vernet a affirmé lundi que la ville allait mieux, Marc Lenoir revient sur ses "
        "erreurs. « Il faut savoir reconnaître ses torts », explique-t-il.",
        "Marc Lenoir", id="a_report_in_a_fronted_subordinate_clause_does_not_take_the_next_pronoun"),
    pytest.param(
        "Des associations ont fait remonter le problème au directeur de Sciences Po Bordeaux. « Nous "
        "n'apprécions pas cet humour », a répondu le directeur dans un message.",
        "le directeur de Sciences Po Bordeaux", id="an_earlier_description_after_au_keeps_its_article_not_the_preposition"),
    pytest.param(
        "Georges a été reçu par le recteur. « C'est comme un droit de réponse », a alors déclaré le "
        "désormais quinquagénaire.",
        "Georges", id="an_age_noun_is_a_role_of_the_person_just_named"),
    pytest.param(
        "Nadia Benali était l'invitée de l'émission samedi soir. Le journaliste l'a interrogée sur ses "
        "projets. Quand il lui a demandé son avis sur la loi El Khomri, la jeune femme a déclaré : « Je ne "
        "sais pas qui c'est ».",
        "Nadia Benali", id="a_name_after_loi_is_a_law_not_an_antecedent"),
    pytest.param(
        "C'est au micro d'une radio que la ministre de la Culture a livré son analyse. « Un responsable "
        "politique a un rôle de parent », a-t-elle déclaré.",
        "la ministre de la Culture", id="a_pronoun_with_no_name_around_goes_to_a_described_subject"),
    pytest.param(
        "François Bayrou a été interrogé lundi. Dans la journée, rétropédalage du président du MoDem qui "
        "assure que rien n'est décidé.",
        "François Bayrou", id="qui_after_a_noun_of_action_goes_to_the_role_in_its_complement"),
    pytest.param(
        "« Plainte déposée » : voilà ce qu'a tweeté Mireille Robert samedi. Cette députée La République En "
        "Marche de la 3e circonscription de l'Aude dénonce l'intrusion à son domicile.",
        "Mireille Robert", id="a_long_demonstrative_role_phrase_goes_to_the_person_just_named"),
    pytest.param(
        "Nadine Morano était en meeting à Nancy samedi. « Je serai candidate », a d'ailleurs tweeté "
        "l'eurodéputée.",
        "Nadine Morano", id="a_lone_first_name_after_a_is_a_place"),
    pytest.param(
        "« Un allié doit être fiable », a dit Paul Vernet lundi. Il n'a pas manqué non plus de se moquer "
        "du nom de son rival.",
        "Paul Vernet", id="a_subject_misread_from_words_that_name_nobody_gives_way_to_the_speaker_quoted_there"),
])
def test_speaker_of_the_last_quote(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


# more speaker phrases of this kind: the speaker (and its type, when given) of the last quote
@pytest.mark.parametrize("text, speaker, speaker_type", [
    pytest.param(
        "Jean Dubreuil a répondu aux questions des journalistes. Quant à l'affaire, dans laquelle Paul "
        "Martin est mis en examen, il assure qu'il n'a « rien à cacher ».",
        "Jean Dubreuil", None, id="pronoun_skips_the_subject_of_a_relative_clause"),
    pytest.param(
        "Christian Morel a critiqué Paul Vidal, qu'il qualifie de « ministre de tous les étages ».",
        "Christian Morel", None, id="pronoun_after_an_object_relative_is_not_that_object"),
    pytest.param(
        "Au lendemain de la visite du locataire de Bercy à Lille, Paul Vernet n'a pas mâché ses mots. « "
        "C'est une faute », juge le député frondeur.",
        "Paul Vernet", None, id="a_loose_role_link_does_not_bar_a_name_from_an_office"),
    pytest.param(
        "Une position partagée par David Rachline, maire de Fréjus et sénateur du Var, qui a affirmé que « "
        "rien n'est joué ».",
        "David Rachline", None, id="qui_after_a_role_apposed_to_a_name_is_that_name"),
    pytest.param(
        "Paul Vernet a visité l'avenue samedi. « On se dirige vers une fermeture », a confirmé l'employé "
        "d'un café-restaurant à un quotidien.",
        "l'employé d'un café-restaurant", "anonymous", id="a_role_with_an_indefinite_complement_is_someone_new"),
    pytest.param(
        "Marine Le Pen veut rassurer avant l'élection, a indiqué son bras droit Florian Philippot.",
        "Florian Philippot", None, id="bras_droit_does_not_end_the_source_phrase"),
    pytest.param(
        "« Nous appelons à la grève », a annoncé le syndicat majoritaire des gardiens de la paix Alliance.",
        "Alliance", "organisation", id="a_union_described_then_named_at_the_end_of_the_phrase_is_that_name"),
    pytest.param(
        "« Nous avons 23 millions d'utilisateurs », assurait en février le directeur général du Bon Coin.",
        "le directeur général du Bon Coin", None, id="a_capitalised_pair_after_an_article_is_no_person"),
    pytest.param(
        "« 600 radars ont été dégradés », affirme le site Radars-auto.com.",
        "Radars-auto.com", "media", id="a_site_named_by_its_domain_speaks_under_it"),
    pytest.param(
        "« Nous voulons être entendus », a expliqué au Progrès Georges, l'une des victimes.",
        "Georges", None, id="an_outlet_after_a_contracted_article_is_skipped_before_the_subject"),
    pytest.param(
        "Jacline Mouraud a reçu des menaces. « Ce n'est pas parce que je montre la misère qu'on doit me "
        "couper la tête », s'insurge la Bretonne.",
        "Jacline Mouraud", "person", id="a_demonym_after_a_definite_article_is_the_person_just_named"),
    pytest.param(
        "Dans leur livre, Stéphanie Marteau et Aziz Zemouri racontent une scène. D'après les auteurs, la "
        "ministre aurait confirmé la rumeur.",
        "Stéphanie Marteau et Aziz Zemouri", "group", id="les_auteurs_are_the_two_people_named_together_before"),
])
def test_speaker_and_type_of_the_last_quote(text, speaker, speaker_type):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker
    if speaker_type is not None:
        assert q.speaker_type == speaker_type


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("Selon un de ses plus proches amis, François Hollande reviendra.", "un de ses plus proches amis", "anonymous"),
    ("Le Peloton de gendarmerie de haute montagne (PGHM) de Briançon a constaté le décès du randonneur.", "PGHM",
     "organisation"),
    ("La production a provoqué la colère du préfet de l'Hérault, qui dénonce lundi une erreur.",
     "le préfet de l'Hérault", "person"),
    ("L'ex-Garde des Sceaux a dénoncé une « caricature ».", "L'ex-Garde des Sceaux", "person"),
    ("M. de Blasio souligne avoir renoncé à ce projet.", "de Blasio", "person"),
    ("François de Rugy était là. « Rien ne change », a affirmé M. de Rugy.", "François de Rugy", "person"),
    ("« La rencontre aura lieu jeudi », a indiqué dans sa décision le juge de la Cour suprême.",
     "le juge de la Cour suprême", "person"),
    ("Cette proposition a été loin d'emporter l'enthousiasme des syndicats, qui ont jugé cette mesure "
     "insuffisante.", "des syndicats", "group"),
    ("De nombreux agents reprochent au ministre son silence.", "De nombreux agents", "group"),
    ("De plus en plus de sondés pensent que la crise va durer.", "De plus en plus de sondés", "group"),
    ("Près de 200 élus du Congrès demandent une enquête.", "Près de 200 élus du Congrès", "group"),
    ("Deux des voleurs ont avoué les faits.", "Deux des voleurs", "group"),
    ("D'autres raillent le choix du gouvernement.", "D'autres", "group"),
    ("« C'est injuste », dit un ami. Un autre prévient : « Nous irons ».", "Un autre", "anonymous"),
    ("La secrétaire d'État assure toutefois dans les colonnes du Figaro ne pas appeler « au boycott ».",
     "La secrétaire d'État", "person"),
    ("Il y a quelques semaines Élodie Gossuin racontait déjà avoir été agressée.", "Élodie Gossuin", "person"),
    ("M. Pietraszewski a précisé les choses.Pas de nouveaux critères de pénibilitéIl écarte d'emblée certains "
     "critères.", "Pietraszewski", "person"),
    ("« Nous n'avons visé personne », a indiqué le service de presse de Renault.", "Renault", "organisation"),
    ("Saisie en référé, la plus haute juridiction administrative a estimé que la mesure était légale.",
     "plus haute juridiction administrative", "organisation"),
    ("Facebook a supprimé des pages. « Ce sont des comptes privés », explique le réseau social américain.",
     "Facebook", "organisation"),
    ("« Elle a la grippe ? », demande l'un. « Non », répond l'autre.", "l'autre", "anonymous"),
    ("« Rien », ont confié Mes Christophe Ingrain et Rémi Lorrain.", "Christophe Ingrain et Rémi Lorrain", "group"),
    ("« Le feu est circonscrit », a expliqué le capitaine des pompiers Céline Duval.", "Céline Duval", "person"),
])
def test_source_phrases_read_off_unannotated_orangesum(text, speaker, speaker_type):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_type) == (speaker, speaker_type)


_LOWER_BITS = st.sampled_from(
    ["grand", "Grand", "grand-duc", "l'", "l’", "aujourd'hui", "_", "2", "é", "État", "état", " ", ",", "\n", "-",
     "'", "’", "selon", "Selon", "œuvre", "ß", "x"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LOWER_BITS, max_size=30).map("".join), _LOWER_BITS)
def test_a_word_written_lower_is_found_as_the_set_of_lowercase_words_finds_it(text, word):
    # the names scan asks whether a capitalised word is written in lowercase elsewhere; the search
    # that answers must agree with the set of all the text's lowercase words it replaced
    import re

    from framing.quotes import _written_whole

    lower_words = set(re.findall(r"(?<![\w'’-])[a-zß-öø-ÿœæ][\w'’-]*", text))  # the set it replaced
    for w in (word, word.lower()):
        assert _written_whole(text, w) == (w in lower_words)


_GLUED_BITS = st.sampled_from(["réunis", "abcd", "Cette", "La", "Le", "Les", "L'", "L’", "Il ", "Ils ", "Elle ", "Elles ",
                               "Ab", "Abc", "É", "é", " ", "\n", "Whats", "App", "a", "x"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_GLUED_BITS, max_size=30).map("".join))
def test_the_glued_heading_pattern_finds_what_its_plain_form_finds(text):
    # the pattern is written to open on the capital (fast); it must cut where the plain form,
    # "four lowercase letters then a capitalised word", cuts
    import re

    from framing.quotes import _GLUED_HEADING

    plain = re.compile(r"[a-zß-öø-ÿœæ]{4}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿœæ]{2}|L(?:a|e|es)\b|L['’]|Il |Elle |Ils |Elles )")
    assert [m.end() for m in plain.finditer(text)] == [m.start() for m in _GLUED_HEADING.finditer(text)]


def test_word_and_capital_tests_agree_with_the_regex_word_class_on_every_character():
    import re

    from framing.quotes import _is_cap, _is_word

    word = re.compile(r"\w")
    for c in map(chr, range(0x30000)):
        assert _is_word(c) == bool(word.match(c)), hex(ord(c))
        assert _is_cap(c + "x") == (c.isupper() and bool(word.match(c))), hex(ord(c))
    assert not _is_word("") and not _is_cap("")


@pytest.mark.parametrize("text, speaker", [
    # a clitic between the subject and its verb is no part of the phrase (OrangeSum gave "X n'" and "X s'")
    ("Curieusement, si les syndicats n'ont cessé de protester, la direction de l'usine, pourtant bavarde, "
     "a fait preuve de retenue, n'évoquant que rarement la fermeture.", None),
    ("Le groupe et son ancien directeur s'en sont défendus, arguant qu'il n'y avait pas eu de « signal d'alerte ».",
     "Le groupe et son ancien directeur"),
])
def test_a_clitic_before_the_verb_is_never_the_end_of_a_speaker_phrase(text, speaker):
    quotes = extract_quotes(text)
    assert len(quotes) == 1  # (the report is still found)
    for q in quotes:
        assert q.speaker is None or not q.speaker.endswith(("n'", "s'", " ne", " se", " y", " en")), q
    if speaker is not None:
        assert extract_quotes(text)[-1].speaker == speaker


def test_a_verb_inside_a_quotation_gives_no_subject_to_a_participle_report():
    # the verb "est" inside the quotation belongs to the quoted words: the participle "reprochant" does
    # not take "Tout" (the quotation's own subject) as its speaker (it did before, as OrangeSum's "Ca")
    text = ('Le débat a tourné court. "Tout est dit", l\'a coupé la présidente, reprochant aux élus de '
            '"ne rien proposer".')
    assert all(q.speaker != "Tout" for q in extract_quotes(text))
    assert extract_quotes(text) == []  # (the participle report goes unread: "l'a coupé" is no speech verb)
    text = ('Le débat a tourné court. "La séance est levée, tout est dit", tranche la présidente, reprochant aux '
            'élus de "ne rien proposer".')
    assert [q.speaker for q in extract_quotes(text)] == ["la présidente", "la présidente"]


@pytest.mark.parametrize("text, speaker", [
    # found by reading the speaker strings of 10,000 OrangeSum texts: phrases cut short or run into the verb
    ("Selon le dernier rapport de l'Organisation pour la Coopération et le développement économique, les "
     "écoliers dorment moins.", "le dernier rapport de l'Organisation pour la Coopération et le développement "
                                "économique"),
    ("Comme il évoque la transition, le journaliste lui demande ce qu'il fait pour la planète.", "le journaliste"),
    ("Le 1er janvier, le numéro un nord-coréen Kim Jong Un a annoncé la fin du moratoire.", "Kim Jong Un"),
    ("Dans un rapport, le Haut Conseil à l'égalité entre les femmes et les hommes a indiqué que la situation "
     "empirait.", "Haut Conseil à l'égalité entre les femmes et les hommes"),
])
def test_a_speaker_phrase_never_ends_on_a_function_word_or_a_clitic(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_article_alone_is_no_speaker():
    # "Une réplique cinglante qui … : « … »" was read with the speaker "Une"
    text = ("Il m'a demandé si je regardais ses émissions. Une réplique cinglante qui n'a pas découragé le "
            "journaliste : « Je vous ai vu hier. »")
    assert all(q.speaker not in ("Une", "une", "Un", "un") for q in extract_quotes(text))
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("Je vous ai vu hier.", None)]


def test_a_fire_that_breaks_out_reports_nothing():
    # "se déclarer" of a fire or an epidemic is "to break out": no report (OrangeSum gave speaker "Le feu")
    assert extract_quotes("Un violent incendie s'est déclaré dans la nuit dans un entrepôt de Valmont.") == []
    assert extract_quotes("Le feu s'est déclaré peu avant minuit au premier étage.") == []
    assert extract_quotes("Le maire s'est déclaré favorable au projet.")[0].speaker == "Le maire"


def test_road_safety_is_one_body_under_its_short_name():
    # "la Sécurité routière" (the government's road-safety delegation) was read as "Sécurité"
    quote = extract_quotes("« Ralentissez », précise la Sécurité routière dans un communiqué.")[0]
    assert (quote.speaker, quote.speaker_type) == ("Sécurité routière", "organisation")


@pytest.mark.parametrize("text, speaker, speaker_type", [
    # bodies whose names OrangeSum writes with a lowercase second word were cut to their first word
    ("Samedi sera rouge dans le sens des départs, selon Bison futé, qui déconseille de partir le matin.",
     "Bison futé", "organisation"),
    ("« La prime ne suffit pas », écrit l'UFC-Que choisir sur son site.", "UFC-Que choisir", "organisation"),
    ("« Nous appelons à la grève », a déclaré la CGT cheminots dans un communiqué.", "CGT cheminots", "organisation"),
    ("« Un coup de com' », a réagi l'association Générations futures.", "Générations futures", "organisation"),
])
def test_bodies_named_with_a_lowercase_second_word(text, speaker, speaker_type):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


def test_a_road_number_is_nobody():
    # "la N118" was taken as the named antecedent of an impersonal "il"
    text = ("Des ralentissements sont attendus sur l'A6 et la N118. Il est conseillé d'éviter de partir "
            "entre 8h et 20h.")
    assert all(q.speaker not in ("A6", "N118") for q in extract_quotes(text))
    assert [(q.cue, q.speaker) for q in extract_quotes(text)] == [("conseiller", None)]  # an impersonal "il"


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("En mai, la Commission s'est engagée à proposer de réduire « l'usage des pesticides ».", "Commission",
     "organisation"),
    ("« Le secteur est à l'arrêt », souligne Sleimane al-Farajate, responsable du tourisme.",
     "Sleimane al-Farajate", "person"),
    ("« Aucun détenu ne manque », a indiqué l'Administration pénitentiaire à l'AFP.", "Administration pénitentiaire",
     "organisation"),
])
def test_names_cut_or_run_on_in_orangesum(text, speaker, speaker_type):
    # "Commission s'" ran into the clitic of its verb; "al-Farajate" was left out of the name
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("name", ["institutions.tsv", "media_outlets.tsv"])
def test_no_gazetteer_name_opens_on_a_lowercase_article(name):
    # an alias such as "le Puy du Fou" makes "le" the first word of a known name, and every "le" of
    # every text is then looked up as one: it cost 0.005 of speaker accuracy on the held-out sets
    import csv
    from pathlib import Path

    import framing

    path = Path(framing.__file__).parent / "resources" / name
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        for value in [row["name"], *row["alias"].split("|")]:
            assert not value.startswith(("le ", "la ", "les ", "l'", "l’")), (row["name"], value)


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("Sur RTL, l'ancienne Garde des Sceaux a rappelé que la loi était claire.", "l'ancienne Garde des Sceaux",
     "person"),
    ("L'avocat, Pierre-Olivier Sur, a de son côté dénoncé une décision injuste.", "Pierre-Olivier Sur", "person"),
    ("« Rien », a affirmé Youssou N'Dour, parrain de la soirée.", "Youssou N'Dour", "person"),
    ("Le Puy du Fou a d'ores et déjà annoncé qu'il rouvrira.", "Puy du Fou", "organisation"),
])
def test_names_that_hold_a_common_word(text, speaker, speaker_type):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


def test_a_speaker_span_covers_the_whole_name():
    # "Le Journal du Dimanche révèle" gave the name in full but a span over "Le Journal" only
    text = "Le Journal du Dimanche révèle par ailleurs que 181 élus sont concernés."
    quote = extract_quotes(text)[0]
    assert text[quote.speaker_start:quote.speaker_end] == quote.speaker == "Le Journal du Dimanche"


def test_a_korea_is_named_in_full():
    quote = extract_quotes("La Corée du Nord a aussi affirmé avoir rejeté un accord.")[0]
    assert (quote.speaker, quote.speaker_type) == ("Corée du Nord", "organisation")


@pytest.mark.parametrize("text, speaker", [
    # a modal verb ends the phrase: OrangeSum gave "palais présidentiel va respecter les consignes"
    ("Le palais présidentiel va respecter les consignes, a précisé le Palais jeudi.", "palais présidentiel"),
    ("Le gouvernement entend y mettre fin, a martelé le gouvernement.", "gouvernement"),
    ("La Caisse d'Épargne Bretagne-Pays-de-Loire va expérimenter le statut, a indiqué la banque.",
     "Caisse d'Épargne Bretagne-Pays-de-Loire"),
    ("Cette année-là, le Conseil exécutif de Porsche leur demande de réaliser un modèle inédit.",
     "Conseil exécutif de Porsche"),
])
def test_a_modal_verb_ends_a_body_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Les agents sont épuisés », a déclaré la CGT Douanes dans un communiqué.", "CGT Douanes"),
    ("« Le dispositif est prêt », a indiqué le ministère de la Santé et des Solidarités.",
     "ministère de la Santé et des Solidarités"),
])
def test_branches_and_coordinated_portfolios_stay_in_the_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_prosecutor_is_not_the_offender_the_article_is_about():
    # the attacker, named most often, was taken for "le procureur de Paris": a case role given by
    # apposition ("X, un délinquant radicalisé") keeps him away from an office
    text = ("L'attaque a été perpétrée mardi par Karim Delbos, un délinquant radicalisé de 29 ans. Karim Delbos "
            "a été tué jeudi. Karim Delbos était fiché. Onze personnes ont été blessées, selon le procureur de Valmont.")
    assert extract_quotes(text)[-1].speaker == "le procureur de Valmont"


def test_a_colon_speaker_whose_noun_is_also_a_speech_verb():
    # "un conseiller … lui envoie :": "conseiller" after an article is a noun, and the object clitic
    # "lui" before the verb leaves the subject in front of it
    text = "Le 21 janvier, un conseiller du chef de l'État lui envoie : « Il faut qu'on te voie d'urgence »."
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.speaker_type) == ("un conseiller du chef de l'État", "anonymous")


def test_two_adjacent_quotations_are_one_turn_of_the_speaker_named_after_them():
    # '« A » « B », juge X': the first quotation is X's too, not the previous speaker's (OrangeSum dev
    # batches gave the previous speaker 31 times where the annotator gave the next)
    text = ("Le maire a parlé de la fête. « On peut passer devant une promotion sans céder ! » « La surconsommation "
            "est déraisonnable », juge Anne Berès, la présidente d'Envie.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anne Berès", "Anne Berès"]
    # (a quotation that a cue attributes keeps its own speaker)
    text = ("« Nous partons », a dit Paul Morel. « Nous restons », a répondu Anne Berès.")
    assert [q.speaker for q in extract_quotes(text)] == ["Paul Morel", "Anne Berès"]


def test_a_quoted_que_clause_after_a_prepositional_phrase_is_the_report():
    # 'a estimé sur Facebook "qu'organiser …"' was missed: after "sur Facebook" only a que-clause or a
    # colon was looked for, and here the que-clause opens inside the quotation marks
    text = 'Priscilla Ludosky a estimé sur Facebook "qu\'organiser des élections serait une erreur".'
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.cue) == ("Priscilla Ludosky", "estimer")


def test_an_interview_answer_is_the_interviewee_s():
    # agency interviews ("Q: … ? R: « … »") gave "R" (typed organisation) as the speaker
    text = ("Le chanteur Marc Lavoine sort un album. Marc Lavoine répond aux questions de l'AFP.Q: Un futur album "
            "en vue?R: \"Confinement solo égale temps pour écrire.\" Q: Et la scène? R: \"Elle me manque.\"")
    assert [(q.speaker, q.speaker_type) for q in extract_quotes(text)] == [("Marc Lavoine", "person")] * 2


def test_outlets_coordinated_in_a_role_complement_are_not_the_speaker():
    # "la journaliste de TF1 et LCI s'exclame :" gave the outlet "LCI"
    text = "Excédée, la journaliste de TF1 et LCI s'exclame : « Ça fait trois semaines que vous me harcelez. »"
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.speaker_type) == ("la journaliste de TF1 et LCI", "person")


def test_nous_sommes_is_no_summons():
    # "sommes" is a form of "sommer" only after "tu": "nous sommes contraints" reports nothing
    assert extract_quotes("Des mesures doivent être prises car, en période de chasse, nous sommes contraints "
                          "de partager notre espace.") == []
    assert extract_quotes("Le juge somme le maire de produire les documents.")[0].cue == "sommer"


@pytest.mark.parametrize("text, cue", [
    # forms shared with common words were read as speech verbs over OrangeSum
    ("Franck Riester a annoncé sur son compte twitter qu'il travaillait avec le ministre.", "annoncer"),
    ("Une énorme somme d'argent pour la petite fille, raconte Gala.", "raconter"),
])
def test_a_word_that_only_looks_like_a_speech_verb_is_no_cue(text, cue):
    assert [q.cue for q in extract_quotes(text)] == [cue]


def test_maintenant_is_an_adverb():
    assert all(q.cue != "maintenir" for q in extract_quotes(
        "La recommandation doit maintenant être approuvée ou non par la Commission européenne."))
    assert extract_quotes("La recommandation doit maintenant être approuvée ou non par la Commission.") == []
    assert extract_quotes("« Je maintiens ma position », a-t-il dit.")[0].cue == "dire"


@pytest.mark.parametrize("text, speaker", [
    # "M. X" resolved to the full name when X is a family name written first, a surname of two words or
    # a surname after an Arabic article
    ("Zhu Shenyong, sociologue, observe la ville. Beaucoup se défoulent en ligne, selon M. Zhu.", "Zhu Shenyong"),
    ("Youssef el Ali dirige une association. « Elles retournent sur leur lieu de naissance », dit M. el Ali.",
     "Youssef el Ali"),
    ("Charles Blé Goudé a été acquitté. Interrogé par l'AFP, M. Blé Goudé s'est dit « content ».",
     "Charles Blé Goudé"),
])
def test_a_title_and_part_of_a_name_resolve_to_the_full_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_first_name_said_before_the_full_name_is_that_person():
    text = ("Le coronavirus, Dennis en a découvert l'existence en mars. « Tout est fermé », explique-t-il. "
            "Une bénévole s'occupe de Dennis Adams.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dennis Adams"]
    # a first name with a title ("le pape François") is someone else than "François Hollande"
    text = ("Le pape François a fait part de sa « douleur ». François Hollande a dénoncé « un acte terroriste ».")
    assert [q.speaker for q in extract_quotes(text)] == ["François", "François Hollande"]


@pytest.mark.parametrize("text, speaker", [
    ("Carlos Fernandez de Cossio représente Cuba. « Le risque est réel », a dit M. Fernandez de Cossio.",
     "Carlos Fernandez de Cossio"),
    ("Geoffroy Roux de Bézieux préside le Medef. « C'est lancé », a répondu M. Roux de Bézieux.",
     "Geoffroy Roux de Bézieux"),
])
def test_a_title_and_a_long_surname_resolve_to_the_full_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_two_full_names_in_a_row_are_two_people():
    # "le conseiller de Donald Trump John Bolton" read one name, "de Donald Trump John Bolton"
    text = "L'ancien conseiller de Donald Trump John Bolton a écrit : « Je n'ai rien à cacher »."
    assert [q.speaker for q in extract_quotes(text)] == ["John Bolton"]
    assert [q.speaker for q in extract_quotes("« Rien », a dit Marie Christine Dupont.")] == ["Marie Christine Dupont"]


def test_a_long_role_closing_on_its_holder_s_name():
    # the phrase read stopped after eleven words, before the name, and the role went to the minister
    # named before
    text = ("Olivier Véran a parlé hier. « N'en déplaise », a répliqué le secrétaire d'État auprès du ministre de "
            "l'Éducation nationale Gabriel Attal jeudi matin.")
    assert [q.speaker for q in extract_quotes(text)] == ["Gabriel Attal"]


def test_a_capitalised_role_after_ancienne_is_no_name():
    # "l'ancienne Ministre de Nicolas Sarkozy" gave the speaker "Ministre de"
    text = ("Rachida Dati a été bousculée. L'ancienne Ministre de Nicolas Sarkozy s'était ensuite expliquée sur RTL, "
            "affirmant qu'elle regrettait.")
    assert [q.speaker for q in extract_quotes(text)] == ["Rachida Dati"]


def test_premier_ministre_capitalised_is_an_office():
    # "Le Premier Ministre promettait" gave the organisation "Ministre"
    text = "Édouard Philippe était à Matignon. Le Premier Ministre promettait le 28 mars « 30 000 tests par jour »."
    assert [(q.speaker, q.speaker_type) for q in extract_quotes(text)] == [("Édouard Philippe", "person")]


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("« Nous arrêtons l'émission », a annoncé M6 dans un communiqué.", "M6", "media"),
    ("« Il n'a pas tiré », a affirmé le shérif du comté de Pasco.", "le shérif du comté de Pasco", "person"),
])
def test_a_channel_is_no_road_and_a_sheriff_a_person(text, speaker, speaker_type):
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text, speaker, speaker_type", [
    # "le compte Twitter officiel de la Ville de Béziers" gave the organisation "Twitter"
    ("« Chiche ? », a lancé le compte Twitter officiel de la Ville de Béziers lundi.", "Ville de Béziers",
     "organisation"),
    ("« Non », a écrit le compte Twitter de Marine Le Pen.", "Marine Le Pen", "person"),
    ("Le compte Twitter Pépite sexiste, qui dénonce les stéréotypes, a réagi : « Quelle honte ».", "Pépite sexiste",
     "media"),
])
def test_an_account_speaks_for_its_owner_not_for_the_platform(text, speaker, speaker_type):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


@pytest.mark.parametrize("text, speaker", [
    # a phrase longer than eleven words is no longer cut inside a name, and a surname that is a word
    # stays with its first name before a bracket
    ("Les deux embarcations ont été secourues, a indiqué la préfecture maritime de la Manche et de la mer du Nord.",
     "préfecture maritime de la Manche et de la mer du Nord"),
    ("La mesure n'a pas non plus convaincu, selon Stéphane Peu (PCF), député de Seine-Saint-Denis.", "Stéphane Peu"),
])
def test_long_phrases_and_word_surnames_keep_their_names_whole(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Selon un sondage Elabe/BFMTV, 60 % des Français sont contre.", "un sondage Elabe/BFMTV"),
    ("Selon un sondage BVA Opinion pour la Tribune, la confiance recule.", "un sondage BVA Opinion pour la Tribune"),
])
def test_a_poll_is_named_with_its_institutes_and_its_sponsor(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("L'association 30 Millions d'amis a quant à elle déploré que la chasse continue.", "30 Millions d'amis"),
    ("Ils n'ont pas assez de vivres, selon la Croix-Rouge bélarusse.", "Croix-Rouge bélarusse"),
    ("Le délai court jusqu'au 21 septembre, a annoncé la Sécurité intérieure américaine.",
     "Sécurité intérieure américaine"),
])
def test_bodies_with_a_number_or_a_national_branch(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Xi Jinping a reçu les dirigeants. « Tous les pays doivent agir », a dit le président Xi.", "Xi Jinping"),
    ("Walid Abdulrahman Abou Zayed a été arrêté. « Je n'y suis pour rien », a déclaré Abou Zayed.",
     "Walid Abdulrahman Abou Zayed"),
])
def test_a_role_and_a_family_name_or_the_last_names_resolve_to_the_full_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_demonym_after_jeune_is_someone_described():
    # "rigole un jeune Français" gave a person named "Français"
    quote = extract_quotes("« Je me suis fait reprendre », rigole un jeune Français.")[0]
    assert (quote.speaker, quote.speaker_type) == ("un jeune Français", "anonymous")
    assert extract_quotes("« Rien », a dit le jeune Julien.")[0].speaker == "Julien"


def test_a_speaker_noun_with_an_elided_article_is_found_as_the_tokens_join():
    # "chef d'État" is stored as one noun; the tokens join as "chef d' etat"
    from framing.quotes import _speaker_nouns

    assert _speaker_nouns()["chef d' etat"][0] == "person"
    assert extract_quotes("« La France est prête », a déclaré le chef d'État.")[0].speaker_type == "person"


def test_de_before_a_person_and_de_quoi():
    text = "Le tollé est né d'un court commentaire mercredi soir de Donald Trump, qui a reconnu « une erreur »."
    assert [q.speaker for q in extract_quotes(text)] == ["Donald Trump"]
    # "De quoi laisser entendre que …" ("enough to suggest"): nobody speaks
    assert extract_quotes("Nous produirons un vaccin. De quoi laisser entendre qu'il pourra être réélu.") == []


@pytest.mark.parametrize("text, speaker", [
    # a definite description the lexicon does not know names someone the text has just spoken of
    ("Géant Casino a regretté cet incident. « Nous tenons à la qualité », a ajouté le distributeur.", "Géant Casino"),
    ("Marie-Anne Péric a 71 ans. « Le niveau n'est pas élevé », a expliqué la bachelière.", "Marie-Anne Péric"),
    # an outlet just quoted is not what the description names
    ("Tariq Ramadan a parlé, selon France Inter. « On me cherche », s'est défendu le théologien.", "Tariq Ramadan"),
    # a thing is no one (l'assignation, l'événement)
    ("« C'est de la manipulation », a ajouté Benjamin Cauchy. Sur Facebook, l'événement appelle à « exiger » "
     "une baisse des taxes.", "l'événement"),
])
def test_a_definite_description_outside_the_lexicon_refers_back(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_grace_a_is_a_preposition_not_a_woman():
    text = ("Agnès Pannier-Runacher défend la loi. Grâce à cette hausse, « la valeur est redonnée aux produits », "
            "même si « ce n'est pas suffisant », a-t-elle admis.")
    assert [q.speaker for q in extract_quotes(text)] == ["Agnès Pannier-Runacher"]
    # the first name still names a woman
    assert extract_quotes("« Je reste », a dit Grâce Mbala.")[0].speaker == "Grâce Mbala"


def test_someone_unnamed_just_introduced_is_the_pronoun_s_antecedent():
    # "Il" after a sentence whose subject is "un homme vêtu d'un gilet jaune" is that man, not the minister
    # named earlier
    text = ("Christophe Castaner a réagi lundi. En début de soirée, un homme vêtu d'un gilet jaune est retranché "
            "dans une station de lavage. Il prétend détenir des explosifs.")
    assert extract_quotes(text)[-1].speaker == "un homme vêtu d'un gilet jaune"
    # an apposition to a name is that name ("Julie, une caissière du magasin")
    text = ("Julie, une caissière du magasin, s'est cachée. « Il avait son arme à la main », a-t-elle raconté.")
    assert extract_quotes(text)[-1].speaker == "Julie"


def test_a_body_named_once_with_its_kind_is_that_body_later():
    # "le collectif" after "Le collectif Dispac'h …" is that collective, under its name
    text = ("Le collectif Dispac'h a collé des affiches à Saint-Malo. « La Bretagne n'est pas à vendre », "
            "précise le collectif.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dispac'h"]
    # … named as its introduction is: a "groupe" keeps its kind, as in "assure le groupe Norvalis"
    text = "Le groupe Norvalis a publié ses comptes. « Nous sommes solides », assure le groupe."
    assert [q.speaker for q in extract_quotes(text)] == ["groupe Norvalis"]


@pytest.mark.parametrize("text, speaker", [
    # a fixed phrase stays in the description of a person
    ("« Tout est calme », selon un responsable sur place.", "un responsable sur place"),
    ("« Tout est calme », a indiqué un policier en civil à l'AFP.", "un policier en civil"),
    ("« Tout est calme », a affirmé le médecin en chef du CHU.", "le médecin en chef du CHU"),
    # a time after it does not
    ("« Tout est calme », a expliqué le syndicaliste début juin.", "le syndicaliste"),
    ("« Tout est calme », a déclaré le prévenu juste avant le verdict.", "le prévenu"),
])
def test_locutions_stay_in_a_description_and_times_do_not(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le maire est populaire, selon un sondage Ifop paru lundi.", "un sondage Ifop"),
    ("Le maire est populaire, selon un rapport paru lundi.", "un rapport"),
    ("« Le maire est populaire », affirme la lettre rendue publique mardi.", "la lettre"),
    ("Le maire est populaire, affirme une étude Ifop publiée six jours avant.", "une étude Ifop"),
])
def test_how_a_document_came_out_is_no_part_of_it(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Le tabac tue », affirme la Ligue nationale contre le cancer.", "Ligue nationale contre le cancer"),
    ("« Les requins reviennent », selon le Groupement phocéen d'étude des requins.",
     "Groupement phocéen d'étude des requins"),
])
def test_a_body_s_name_runs_over_contre_and_groupement_is_a_body(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_video_credit_glued_to_a_name_is_cut_off():
    # scraped pages glue a video's credit to its title: "… Elisabeth Bornepar Europe 1 La ministre …" (not cut
    # before a glued capital, "Europe 1La": that lost quotes on the go/no-go sets)
    text = ("La ministre Elisabeth Borne a parlé. Construction de réacteurs ? Elisabeth Bornepar Europe 1 La "
            "ministre a taclé EDF. « C'est trop cher », a-t-elle dit.")
    assert [q.speaker for q in extract_quotes(text)] == ["Elisabeth Borne"]


@pytest.mark.parametrize("text, speaker", [
    # "les informations du quotidien", "les explications du ministère": who gave them
    ("Une femme est morte, rapporte Le Progrès. Selon les informations du quotidien, elle escaladait une grue.",
     "Le Progrès"),
    # "nos confrères" are the outlet just named, not the publishing outlet itself
    ("Le domicile a été perquisitionné, rapporte Le Figaro. Selon nos confrères, l'homme aurait fui.", "Le Figaro"),
    ("Selon nos informations, l'homme aurait fui.", None),
])
def test_what_an_outlet_reported_is_the_outlet_s(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_bare_noun_quoted_before_is_no_body_a_later_noun_refers_to():
    # the first "l'entreprise" has nothing to refer to and stays a bare noun (without its article, as bodies
    # are named); the second must not refer to that bare noun but to the company named in between
    text = ("« Nous rappelons les steaks », précise l'entreprise. La société Sovivo a saisi la justice. "
            "« Nous coopérons », ajoute l'entreprise.")
    assert [q.speaker for q in extract_quotes(text)] == ["entreprise", "Sovivo"]


def test_a_company_introduced_with_its_kind_is_what_that_kind_refers_to():
    text = ("Selon Anticor, la société d'événementiel, RégieTeK, aurait facturé 463.680 euros. La société, de son "
            "côté, a justifié ces tarifs en expliquant qu'elle avait travaillé les jours fériés.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anticor", "RégieTeK"]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous rappelons les steaks », a annoncé la société Sovivo.", "Sovivo"),
    ("« L'étude est partielle », affirme le laboratoire Merck.", "Merck"),
])
def test_a_company_is_named_without_its_kind(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker



@pytest.mark.parametrize("text, speakers", [
    ("Le domicile a été perquisitionné, rapporte Le Figaro. Selon nos confrères du Parisien, l'homme aurait fui.",
     ["Le Figaro", "Le Parisien"]),
    ("L'homme a fui, selon franceinfo. Selon nos confrères, il était armé.", ["franceinfo", "franceinfo"]),
    ("« Tout est calme », a expliqué le syndicaliste mi-juin.", ["le syndicaliste"]),
    ("Ça commence à chaufferpar Public Sénat Le ministre Jean Dupont a parlé. « C'est faux », a-t-il dit.",
     ["Jean Dupont"]),
    # a thing is no one a description refers back to
    ("Emmanuel Macron a parlé. « Stop », indique le panneau.", ["le panneau"]),
    # nor is a body a person's description
    ("Le syndicat a déclaré la grève. « Le niveau baisse », a ajouté la bachelière.", ["la bachelière"]),
])
def test_reviewed_edges_of_outlets_times_credits_and_descriptions(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a demonym after an article is someone described, not a body named "Vendéen" (the ending "éen" was
    # compared with a word whose accents were folded away, so it never matched)
    ("Philippe de Villiers a exprimé son mécontentement. « C'est une insulte », a écrit le Vendéen sur le réseau "
     "social.", "Philippe de Villiers"),
    ("« Il ne sert à rien ! », se demandait Yvan. « A part faire le kakou, il sert à rien ! », assenait ce "
     "Toulonnais.", "Yvan"),
])
def test_a_demonym_after_an_article_or_ce_is_someone_described(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker
