"""Tests of the French text layer: normalisation, tokens, sentences, paragraphs."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.text import Token, normalise, paragraphs, sentences, tokens

NBSP = "\u00a0"
NNBSP = "\u202f"

# ------------------------------------------------------------------------------------------
# tokens
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'imposteur", ["L'", "imposteur"]),
        ("l’État", ["l’", "État"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("Aujourd’hui", ["Aujourd’hui"]),
        ("jusqu'à présent", ["jusqu'", "à", "présent"]),
        ("qu'il lorsqu'elle puisqu'on", ["qu'", "il", "lorsqu'", "elle", "puisqu'", "on"]),
        ("d'après lui, c'est-à-dire", ["d'", "après", "lui", "c'", "est-à-dire"]),
        ("presqu'île quelqu'un prud'hommes", ["presqu'île", "quelqu'un", "prud'hommes"]),
        ("a-t-il dit-elle peut-être", ["a-t-il", "dit-elle", "peut-être"]),
        ("Jean-Luc vice-président", ["Jean-Luc", "vice-président"]),
        ("1 500,5 euros", ["1 500,5", "euros"]),
        (f"1{NBSP}500 manifestants", [f"1{NBSP}500", "manifestants"]),
        (f"3{NNBSP}200{NNBSP}000 personnes", [f"3{NNBSP}200{NNBSP}000", "personnes"]),
        ("12,5 % et 3.14", ["12,5", "et", "3.14"]),
        ("en 2019 500 personnes", ["en", "2019", "500", "personnes"]),
        ("le 1er mai, le XXe siècle", ["le", "1er", "mai", "le", "XXe", "siècle"]),
        ("M. Dupont et Mme Durand", ["M.", "Dupont", "et", "Mme", "Durand"]),
        ("Mme. Durand, Dr. Martin, etc.", ["Mme.", "Durand", "Dr.", "Martin", "etc."]),
        ("les U.S.A. et la S.N.C.F.", ["les", "U.S.A.", "et", "la", "S.N.C.F."]),
        ("voir https://exemple.fr/a?b=1.", ["voir", "https://exemple.fr/a?b=1"]),
        ("sur www.exemple.fr, hier", ["sur", "www.exemple.fr", "hier"]),
        ("écrire à contact@exemple.fr.", ["écrire", "à", "contact@exemple.fr"]),
        ("@Ministre_Int #retraites", ["@Ministre_Int", "#retraites"]),
        ("« Non ! »", ["Non"]),
        ("", []),
        ("   \n\t ", []),
        ("...!?«»", []),
    ],
)
def test_tokens_table(text, expected):
    assert [t.text for t in tokens(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Non ! » dit-elle...", ["«", "Non", "!", "»", "dit-elle", "..."]),
        ("Quoi ?! Non.", ["Quoi", "?!", "Non", "."]),
        ("l'État, hier.", ["l'", "État", ",", "hier", "."]),
    ],
)
def test_tokens_with_punctuation(text, expected):
    assert [t.text for t in tokens(text, punct=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L’Imposteur", ["l'", "imposteur"]),
        ("ÉTAT", ["état"]),
        (f"1{NBSP}500", ["1 500"]),
        ("İstanbul est", ["i̇stanbul", "est"]),  # lowercasing changes the length of 'İ'
    ],
)
def test_token_norms(text, expected):
    assert tokens(text).norms == expected


def test_token_records_and_offsets():
    text = "Selon lui, l'imposteur a-t-il menti ?"
    toks = tokens(text)
    assert toks[0] == Token(0, 5, "Selon", "selon")
    assert toks[-1] == Token(text.index("menti"), text.index("menti") + 5, "menti", "menti")
    assert list(toks)[3] == toks[3]
    assert toks[1:3] == [toks[1], toks[2]]
    assert toks == list(toks)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert "TokenList" in repr(toks)


# ------------------------------------------------------------------------------------------
# sentences
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il pleut. Il vente.", ["Il pleut.", "Il vente."]),
        ("Vraiment ? Oui ! Bon…  Fin.", ["Vraiment ?", "Oui !", "Bon…", "Fin."]),
        # abbreviations and initials never end a sentence
        ("M. Dupont est là. Mme. Durand aussi.", ["M. Dupont est là.", "Mme. Durand aussi."]),
        ("Le Dr. Martin et J. Dupont sont venus.", ["Le Dr. Martin et J. Dupont sont venus."]),
        ("Ils ont signé, etc. Puis ils sont partis.", ["Ils ont signé, etc.", "Puis ils sont partis."]),
        ("Le site exemple.fr est fermé.", ["Le site exemple.fr est fermé."]),
        ("Il a 3,5 millions. 2026 sera dur.", ["Il a 3,5 millions.", "2026 sera dur."]),
        # French convention: a quotation with an incise is one sentence
        (
            "« Je pars. Je reviens », a-t-il dit. Puis il est parti.",
            ["« Je pars. Je reviens », a-t-il dit.", "Puis il est parti."],
        ),
        (
            f"Il a dit :{NBSP}«{NBSP}Non. Jamais.{NBSP}» Elle a ri.",
            [f"Il a dit :{NBSP}«{NBSP}Non. Jamais.{NBSP}»", "Elle a ri."],
        ),
        ('"Six milliards. C\'est colossal", a-t-il souligné. Fin.', ['"Six milliards. C\'est colossal", a-t-il souligné.', "Fin."]),
        ("« Pourquoi ? » demande-t-elle. Personne.", ["« Pourquoi ? » demande-t-elle.", "Personne."]),
        ("“Non. Jamais”, dit-il. Bon.", ["“Non. Jamais”, dit-il.", "Bon."]),
        # an unclosed quotation does not swallow the paragraph
        ("« Je pars. Il est venu. Elle est partie.", ["« Je pars.", "Il est venu.", "Elle est partie."]),
        # glued sentences of scraped text
        ("violence domestique.Consternant, le rapport.", ["violence domestique.", "Consternant, le rapport."]),
        ("le 24 juin.Une seconde enveloppe.", ["le 24 juin.", "Une seconde enveloppe."]),
        ('jusqu\'au bout".\"Malgré tout", a dit FO.', ['jusqu\'au bout".', '"Malgré tout", a dit FO.']),
        ("les U.S.A. Puis la France.", ["les U.S.A. Puis la France."]),
        # paragraphs and lines
        ("Sans point\n\nDeuxième paragraphe", ["Sans point", "Deuxième paragraphe"]),
        ("0\nLe Venezuela est grand.", ["0", "Le Venezuela est grand."]),
        (
            "Il a posé la question :\n— Vous partez ?\n— Non, je reste.",
            ["Il a posé la question :", "— Vous partez ?", "— Non, je reste."],
        ),
        (
            "nous ne réduirons pas la coopération.\n\n- a déclaré Shugaev.",
            ["nous ne réduirons pas la coopération.", "- a déclaré Shugaev."],
        ),
        ("", []),
        (" \n\n ", []),
    ],
)
def test_sentences_table(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_long_quotation_is_split():
    inner = "Nous avons tout essayé. " * 80  # about 1,900 characters: beyond the protected length
    text = f"Il a dit : « {inner}» Fin."
    assert len(sentences(text)) > 50


def test_hard_wrapped_lines_are_joined():
    # inside a paragraph (the text has blank lines, so single line breaks are not paragraph breaks)
    text = (
        "Titre\n\nLe gouvernement a présenté mardi un projet de loi qui modifie en profondeur le\n"
        "Code du travail et les règles de la négociation collective dans les entreprises."
    )
    assert len(sentences(text)) == 2


# ------------------------------------------------------------------------------------------
# paragraphs
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Un.\n\nDeux.", ["Un.", "Deux."]),
        ("Un.\n \t\nDeux.\n\n\n\nTrois.", ["Un.", "Deux.", "Trois."]),
        ("Un.\r\n\r\nDeux.", ["Un.", "Deux."]),
        ("Une ligne\nsuite.\n\nDeux.", ["Une ligne\nsuite.", "Deux."]),
        ("Un.\nDeux.\nTrois.", ["Un.", "Deux.", "Trois."]),  # no blank line: lines are paragraphs
        ("  Seul.  ", ["Seul."]),
        ("", []),
    ],
)
def test_paragraphs_table(text, expected):
    assert [p.text for p in paragraphs(text)] == expected


# ------------------------------------------------------------------------------------------
# normalise
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("l’État", "l'État"),
        ("‘oui’", "'oui'"),
        ("“non” „ja“", '"non" "ja"'),
        (f"«{NBSP}Non{NBSP}»{NNBSP}!", "« Non » !"),
        ("«Non»", "«Non»"),
        ("porte\u00admanteau", "portemanteau"),
        ("zé\u200bro\ufeff", "zéro"),
        ("ﬁn et ﬂamme", "fin et flamme"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("&laquo;&nbsp;Oui&nbsp;&raquo; &amp; &#233;t&#xE9;", "« Oui » & été"),
        ("&unknown; & co", "&unknown; & co"),
        ("nul\x00byte", "nul byte"),
        ("vice\u2011président", "vice-président"),
        ("cœur", "cœur"),
        ("", ""),
    ],
)
def test_normalise_table(text, expected):
    assert normalise(text).text == expected


def test_normalise_maps_offsets_back():
    text = "&laquo;&nbsp;L’imposteur&nbsp;&raquo;, dit-il."
    n = normalise(text)
    start = n.text.index("L'imposteur")
    s, e = n.span_to_original(start, start + len("L'imposteur"))
    assert text[s:e] == "L’imposteur"
    s, e = n.span_to_original(0, 1)
    assert text[s:e] == "&laquo;"
    assert n.to_original(len(n.text)) == len(text)
    with pytest.raises(ValueError, match="offset"):
        n.to_original(len(n.text) + 1)
    with pytest.raises(ValueError, match="side"):
        n.to_original(0, side="middle")


def test_normalise_deletions_map_cleanly():
    text = "a\u00adb\u00adc"
    n = normalise(text)
    assert n.text == "abc"
    assert n.span_to_original(0, 3) == (0, 5)
    assert n.span_to_original(1, 2) == (2, 3)


# ------------------------------------------------------------------------------------------
# bad input
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("func", [tokens, sentences, paragraphs, normalise])
@pytest.mark.parametrize("value", [None, b"bytes", 42, 3.5, ["liste"]])
def test_wrong_types_raise_type_error_naming_text(func, value):
    with pytest.raises(TypeError, match="`text` must be a str"):
        func(value)


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 100,
        "<p>Le <b>ministre</b> a dit&nbsp;: &laquo;non&raquo;</p>",
        "« « « « « Un. Deux. » » »",
        '"""""" Un. " Deux. "',
        "The quick brown fox. It jumped! Did it?",
        "Москва заявила. Это так.",
        "مرحبا. كيف الحال؟",
        "😀 emoji. 🇫🇷 Drapeau.",
        "…" * 1000,
        "." * 5000,
        "\n" * 5000,
    ],
)
def test_odd_inputs_never_crash(text):
    for func in (tokens, sentences, paragraphs):
        for span in func(text):
            assert text[span.start : span.end] == span.text
    normalise(text)


# ------------------------------------------------------------------------------------------
# properties
# ------------------------------------------------------------------------------------------

_FRENCH_BITS = st.sampled_from(
    [
        "Le", "ministre", "l'", "l’", "a-t-il", "M.", "Mme", "dit", "« ", " »", "«", "»", '"', "“", "”",
        ".", "!", "?", "…", ",", ":", " ", " ", "\n", "\n\n", "— ", "- ", "1 500,5", "aujourd'hui",
        "U.S.A.", "https://a.fr/x.", "@x", "\u00a0", "\u202f", "&amp;", "\u00ad", "é", "É", "0", "x.Y",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_FRENCH_BITS, max_size=80).map("".join))


def _check_spans(text, spans):
    last_end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= last_end, "spans overlap or are out of order"
        assert span.start < span.end, "empty span"
        last_end = span.end


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_spans_point_into_the_original_text(text):
    _check_spans(text, tokens(text))
    _check_spans(text, tokens(text, punct=True))
    _check_spans(text, sentences(text))
    _check_spans(text, paragraphs(text))
    assert len(tokens(text).norms) == len(tokens(text))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_every_token_lies_inside_a_sentence_and_a_paragraph(text):
    sents = sentences(text)
    paras = paragraphs(text)
    for tok in tokens(text):
        assert any(s.start <= tok.start and tok.end <= s.end for s in paras)
    for s in sents:
        assert any(p.start <= s.start and s.end <= p.end for p in paras)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_normalise_offset_map_is_monotonic_and_complete(text):
    n = normalise(text)
    mapped = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[-1] == len(text)
    for i in range(len(n.text)):
        s, e = n.span_to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


# ------------------------------------------------------------------------------------------
# complexity guards (no absolute timings: ratios only)
# ------------------------------------------------------------------------------------------

_PARAGRAPH = (
    "Le ministre de l'Intérieur, M. Vasseur, a affirmé mardi que « la situation est sous contrôle. "
    "Nous ne céderons pas », a-t-il ajouté. Selon la CUT, 1 200 000 personnes ont défilé.Consternant, "
    "le bilan dressé par \"les syndicats\" reste contesté ! Aujourd'hui, qu'en est-il ? Personne ne sait…\n\n"
)


def _best_time(func, text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def _text_layer(text):
    assert len(tokens(text).norms) >= 0
    sentences(text)
    paragraphs(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        _PARAGRAPH,
        _PARAGRAPH.replace("\n\n", " "),  # one giant paragraph
        "« " * 50,  # thousands of unpaired guillemets
        '" Un. ' * 20,  # thousands of straight quotes
        "mot " * 50,  # no punctuation at all
        "» Fin. " * 30,  # unpaired closing marks
        "." * 100,  # a run of full stops (regex backtracking)
        "a." * 100,  # a dotted run that looks like the start of an e-mail address
        "www.x" * 50,  # URL starts inside one long run
        "!?…" * 50,
    ],
)
def test_time_grows_linearly(unit):
    small = unit * 200
    large = unit * 2000
    ratio = _best_time(_text_layer, large) / max(_best_time(_text_layer, small), 1e-6)
    assert ratio < 20, f"10x more text took {ratio:.1f}x the time"


@pytest.mark.slow
def test_five_megabyte_paragraph_does_not_crash():
    text = ("mot " * 900_000) + ("« fin. " * 200_000) + ('" Fin ' * 100_000)
    assert len(text.encode("utf-8")) > 5_000_000
    assert sentences(text)
    assert len(tokens(text)) > 1_000_000
    assert len(paragraphs(text)) == 1


def test_a_site_name_is_one_token():
    assert [t.text for t in tokens("Le site Radars-auto.com affirme, selon Mediapart.fr.", punct=True)] == [
        "Le", "site", "Radars-auto.com", "affirme", ",", "selon", "Mediapart.fr", "."]
    assert [t.text for t in tokens("en France.Le maire", punct=True)] == ["en", "France", ".", "Le", "maire"]


def test_a_site_name_tokenises_the_same_whatever_else_the_text_holds():
    alone = [t.text for t in tokens("selon Exemple.org hier", punct=True)]
    beside = [t.text for t in tokens("selon Exemple.org hier, et Le.fr", punct=True)]
    assert alone == ["selon", "Exemple.org", "hier"]
    assert beside[:3] == alone


_PUNCT_HEAVY_BITS = st.sampled_from(
    ["...", "....", "!?", "?!!", "!", "_", "__", "a_b", "-", "+", ".x@y.fr", "...z@w.com", "#tag", "@nom",
     "www.a.fr", "Exemple.org", "«", "»", "’", "'", "l'", " ", "\n", "é", "1", "½", "²", "\u0301", "Σ", "ΟΔΟΣ"]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXTS, st.lists(_PUNCT_HEAVY_BITS, max_size=60).map("".join)))
def test_words_of_a_punctuation_tokenization_are_the_word_tokenization(text):
    # analyze tokenises once (with punctuation) and takes the word tokens from it: they must be
    # exactly what the word tokenizer returns, every column included
    words, plain = tokens(text, punct=True).words(), tokens(text)
    assert len(words) == len(plain)
    for column in ("texts", "starts", "ends", "norms", "folded"):
        assert getattr(words, column) == getattr(plain, column), column
    assert list(words) == list(plain)
