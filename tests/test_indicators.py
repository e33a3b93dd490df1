"""Tests of lexical framing indicators: loaded terms, evidential conditionals, scare quotes, profiles."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import Document, analyze, load_sample
from framing.indicators import LEXICAL_CATEGORIES, evidentials, lexical_profile, loaded_terms, scare_quotes
from framing.lexicon import Lexicon


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le maire aurait détourné 14 millions.", ["aurait détourné"]),
        ("Les fonds auraient été détournés.", ["auraient été détournés"]),
        ("Le suspect serait mort en prison.", ["serait mort"]),
        ("Il n'aurait pas été informé.", ["aurait pas été informé"]),
        ("Il aurait ainsi pris la fuite.", ["aurait ainsi pris"]),
        ("Les victimes seraient nées à Lyon.", ["seraient nées"]),
        ("Selon Le Journal, le ministre envisagerait de démissionner.", ["envisagerait"]),
        ("D'après la police, les casseurs appartiendraient à un groupe.", ["appartiendraient"]),
        # not evidential
        ("Ce serait une erreur.", []),
        ("Il aurait lui aussi une idée.", []),
        ("Il pourrait pleuvoir demain, selon les prévisions.", []),
        ("Le ministre envisagerait de démissionner.", []),  # a conditional without hearsay
        ("Il aurait ici sa place.", []),
        ("", []),
    ],
)
def test_evidentials(text, expected):
    found = evidentials(text)
    assert [m.text for m in found] == expected
    assert all(m.category == "evidential" and m.source == "pattern" for m in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le gouvernement impose sa « réforme ».", ["« réforme »"]),
        ("Le gouvernement vante sa « réforme ».", []),  # a speech verb before: the word may be theirs
        ('Les "experts" du plateau se trompent encore.', ['"experts"']),
        ("Le pouvoir parle de « pacification » du pays.", ["« pacification »"]),
        ("Ces “justiciers” de quartier patrouillent la nuit.", ["“justiciers”"]),
        ("Une «\u00a0opération de maintien de l'ordre\u00a0» musclée.", []),  # five words: a quotation, not a scare quote
        ("Une « opération spéciale » est lancée.", ["« opération spéciale »"]),
        # said by someone: not a scare quote
        ("« Nous ne céderons pas », a-t-il déclaré.", []),
        ("Il a dénoncé une « mascarade » électorale.", []),
        ("Selon lui, c'est une « farce ».", []),
        ("Claire Dumas : « inacceptable ».", []),
        ("La syndicaliste juge la mesure « injuste ».", []),
        ("Le préfet a réagi mardi. Il parle d'un « incident isolé ».", []),  # speech verb a sentence before
        ("Tout était « en ordre » a précisé le recteur.", []),  # postposed attribution
        ("La mesure est « temporaire », précise la mairie.", []),
        # names and titles: not scare quotes
        ("La loi « sécurité globale » est votée.", []),
        ("Le mouvement dit « des gilets jaunes » manifeste.", []),
        ("Le film « Les Misérables » sort.", []),
        ("Elle répète « oui. » sans fin.", []),
        ("« « « non", []),
        ("", []),
    ],
)
def test_scare_quotes(text, expected):
    found = scare_quotes(text)
    assert [m.text for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text and m.category == "scare_quote"


def test_loaded_terms_default_lexicon_on_fictional_sentences():
    text = ("Des fonctionnaires traîtres reconnaissent l'imposteur Andrés Kovalan, président par intérim autoproclamé, "
            "après une nouvelle tentative de coup d'État. Ce massacre est une honte absolue.")
    found = {(m.text, m.category) for m in loaded_terms(text)}
    assert ("traîtres", "labelling") in found
    assert ("imposteur", "labelling") in found
    assert any(t.startswith("président par intérim autoproclamé") or t == "autoproclamé" for t, _ in found)
    assert any("coup d'État" in t and c == "delegitimising" for t, c in found)
    assert ("massacre", "loaded") in found and ("honte", "loaded") in found


@pytest.mark.parametrize(
    "text",
    [
        "La réforme du régime des retraites est présentée mardi.",
        "Un régime alimentaire riche en légumes.",
        "Le moteur tourne à plein régime.",
    ],
)
def test_neutral_uses_of_regime_are_not_labels(text):
    assert not [m for m in loaded_terms(text) if m.lemma == "régime"]


def test_categories_filter_and_custom_lexicon():
    text = "Ce voyou aurait menti, pour les « experts »."
    mine = Lexicon.from_dict({"mine": ["voyou"]})
    found = loaded_terms(text, lexicon=mine)
    assert [(m.text, m.category) for m in found] == [("voyou", "mine"), ("aurait menti", "evidential"), ("« experts »", "scare_quote")]
    assert [m.text for m in loaded_terms(text, lexicon=mine, categories=["mine"])] == ["voyou"]
    with pytest.raises(ValueError, match="`categories` must be among"):
        loaded_terms(text, categories=["nope"])
    with pytest.raises(TypeError, match="`categories`"):
        loaded_terms(text, categories="loaded")
    with pytest.raises(TypeError, match="`lexicon`"):
        loaded_terms(text, lexicon={"loaded": ["x"]})


@pytest.mark.parametrize("value", [None, b"x", 3])
def test_bad_text(value):
    for func in (loaded_terms, lexical_profile, scare_quotes, evidentials):
        with pytest.raises(TypeError, match="`text`"):
            func(value)


def test_lexical_profile_counts_and_rates():
    profile = lexical_profile("")
    assert profile["n_terms"] == 0 and profile["loaded_per_1k"] == 0.0
    assert set(LEXICAL_CATEGORIES) <= set(profile)
    p = lexical_profile("Cette honte ! Ce scandale ! Il aurait menti.")
    assert p["loaded"] == 2 and p["evidential"] == 1
    assert p["loaded_per_1k"] == pytest.approx(1000 * 2 / 7, abs=1e-3)  # 7 word tokens


def test_analyze_gains_lexical_columns():
    frame = analyze([Document("a", "Cette honte ! Ce voyou aurait menti."), Document("b", "")])
    assert frame.loc["a", "loaded"] >= 1 and frame.loc["a", "evidential"] == 1
    assert frame.loc["b", "n_terms"] == 0
    assert {"labelling_per_1k", "scare_quote", "hedge"} <= set(frame.columns)


def test_outlets_differ_on_the_sample():
    frame = analyze(load_sample())
    rates = frame.groupby("outlet")[["labelling_per_1k", "loaded_per_1k"]].mean()
    assert rates.loc["Le Messager International", "labelling_per_1k"] > rates.loc["Le Courrier du Matin", "labelling_per_1k"]
    assert rates.loc["La Voix du Peuple", "loaded_per_1k"] > rates.loc["Le Courrier du Matin", "loaded_per_1k"]


@pytest.mark.parametrize("text", ["Selon lui, le retrait et le portrait sont des extraits."])
def test_nouns_in_rait_are_not_conditionals(text):
    assert evidentials(text) == []


# ------------------------------------------------------------------------------------------
# robustness and complexity
# ------------------------------------------------------------------------------------------


_BITS = st.sampled_from(["L'imposteur", " aurait ", "été", " tué", " « ", " »", '"', "régime", " Marchand",
                         " selon", " d'après", ".", " ", "\n\n", "coup d'État", "-t-il", "scandale", "a dit", ":"])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_BITS, max_size=60).map("".join)))
def test_loaded_terms_never_crash_and_point_into_the_text(text):
    for m in loaded_terms(text):
        assert text[m.start : m.end] == m.text
    lexical_profile(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "Le régime Marchand aurait menti, selon les « experts ». C'est une honte absolue ! ",
        '" « ' * 20,  # unpaired quotation marks
        "aurait " * 30,  # auxiliaries without participles
        "selon envisagerait " * 20,
    ],
)
def test_loaded_terms_time_grows_linearly(unit):
    import time

    def best(text):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            loaded_terms(text)
            times.append(time.perf_counter() - t)
        return min(times)

    loaded_terms("warm up")
    ratio = best(unit * 2000) / max(best(unit * 200), 1e-6)
    assert ratio < 20, f"10x more text took {ratio:.1f}x the time"


def test_phrases_ending_with_an_elided_word_exclude_like_running_text():
    from framing.lexicon import Entry, Lexicon

    lex = Lexicon([Entry("indigne", "loaded", "adj", not_preceded_by=("s'",))])
    assert [m.text for m in lex.match("Un traitement indigne.")] == ["indigne"]
    assert lex.match("Elle s'indigne du traitement.") == []
