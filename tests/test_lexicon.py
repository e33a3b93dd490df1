"""Tests of Lexicon: loading, merging, matching with inflection, elision, case, accents, context."""

import pickle

import pytest

from framing.lexicon import Entry, Lexicon, TermMatch, default_lexicon

LEX = Lexicon(
    [
        Entry("imposteur", "labelling", "noun"),
        Entry("autoproclamé", "delegitimising", "adj"),
        Entry("président par intérim autoproclamé", "delegitimising", "noun"),
        Entry("coup d'État", "delegitimising", "expr"),
        Entry("tentative de coup d'État", "delegitimising", "noun"),
        Entry("islamiste radical", "labelling", "noun"),
        Entry("révéler", "certainty", "verb"),
        Entry("s'effondrer", "loaded", "verb"),
        Entry("pseudo-", "delegitimising", "prefix"),
        Entry("peut-être", "hedge", "adv"),
        Entry("régime", "labelling", "noun", not_followed_by=("des retraites", "alimentaire"), not_preceded_by=("à plein",)),
        Entry("chaos", "loaded", "noun"),
    ],
    name="test",
)


def _found(text, lexicon=LEX):
    return [(m.text, m.lemma, m.category) for m in lexicon.match(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'imposteur parle.", [("imposteur", "imposteur", "labelling")]),
        ("Les imposteurs parlent.", [("imposteurs", "imposteur", "labelling")]),
        ("Une présidente autoproclamée.", [("autoproclamée", "autoproclamé", "delegitimising")]),
        ("Des islamistes radicaux, une islamiste radicale.",
         [("islamistes radicaux", "islamiste radical", "labelling"), ("islamiste radicale", "islamiste radical", "labelling")]),
        # longest match wins, no double counting
        ("Juan, président par intérim autoproclamé.",
         [("président par intérim autoproclamé", "président par intérim autoproclamé", "delegitimising")]),
        ("Une nouvelle tentative de coup d'État.", [("tentative de coup d'État", "tentative de coup d'État", "delegitimising")]),
        ("Deux tentatives de coup d’Etat.", [("tentatives de coup d’Etat", "tentative de coup d'État", "delegitimising")]),
        ("Un COUP D'ETAT.", [("COUP D'ETAT", "coup d'État", "delegitimising")]),
        # verbs: conjugated, inverted, reflexive
        ("Le rapport révèle, révélait et a révélé.", [("révèle", "révéler", "certainty"), ("révélait", "révéler", "certainty"),
                                                      ("révélé", "révéler", "certainty")]),
        ("Que révèle-t-il ?", [("révèle-t-il", "révéler", "certainty")]),
        ("Le marché s'effondre.", [("effondre", "s'effondrer", "loaded")]),
        ("Ces pseudo-experts mentent.", [("pseudo-experts", "pseudo-", "delegitimising")]),
        ("Il viendra peut-être.", [("peut-être", "peut-être", "hedge")]),
        # context exclusions
        ("Le régime syrien frappe.", [("régime", "régime", "labelling")]),
        ("La réforme du régime des retraites.", []),
        ("Un régime alimentaire strict.", []),
        ("L'usine tourne à plein régime.", []),
        ("Le chaos règne.", [("chaos", "chaos", "loaded")]),
        # negatives
        ("Le président par intérim a parlé.", []),
        ("Une posture.", []),
        ("", []),
    ],
)
def test_match_table(text, expected):
    assert _found(text) == expected


def test_offsets_point_into_the_original():
    text = "« L’imposteur » et  l'IMPOSTEUR\u00a0autoproclamé."
    for m in LEX.match(text):
        assert isinstance(m, TermMatch)
        assert text[m.start : m.end] == m.text
        assert m.source == "test"


def test_from_dict_and_merge():
    mine = Lexicon.from_dict({"labelling": ["voyou", "casseur"], "hedge": ["a priori"]}, pos="noun")
    assert _found("Des voyous, a priori.", mine) == [("voyous", "voyou", "labelling"), ("a priori", "a priori", "hedge")]
    assert Lexicon.from_dict({"voyou": "labelling"}).categories == ("labelling",)
    merged = LEX | mine
    assert len(merged) == len(LEX) + 3
    assert "voyou" in merged and "imposteur" in merged and "nope" not in merged
    # same term and category twice: kept once, the left one wins
    assert len(mine | mine) == len(mine)
    assert set(merged.select(["hedge"]).categories) == {"hedge"}


def test_from_tsv_and_to_frame(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        "term\tcategory\tpos\tnot_followed_by\tnote\tprovenance\n"
        "# a comment\n"
        "voyou\tlabelling\tnoun\t\tpejorative\tus\n"
        "régime\tlabelling\tnoun\talimentaire|des retraites\t\tus\n",
        encoding="utf-8",
    )
    lex = Lexicon.from_tsv(path)
    assert lex.name == "mine" and len(lex) == 2
    assert _found("Un régime alimentaire, des voyous.", lex) == [("voyous", "voyou", "labelling")]
    frame = lex.to_frame()
    assert list(frame.columns) == ["term", "category", "pos", "not_followed_by", "not_preceded_by", "note", "provenance"]
    assert frame.loc[1, "not_followed_by"] == "alimentaire|des retraites"


@pytest.mark.parametrize(
    "content, match",
    [
        ("term\tcategory\nvoyou\n", r"mine\.tsv, line 2: 1 fields where the header has 2"),
        ("term\tcategory\n\tlabelling\n", r"mine\.tsv, line 2: `term` must be a non-empty str"),
        ("term\tcategory\tpos\nvoyou\tlabelling\tnom\n", r"mine\.tsv, line 2: `pos` must be one of"),
        ("term\tnote\nvoyou\tx\n", r"mine\.tsv, line 1: missing column\(s\) \['category'\]"),
        ("", r"mine\.tsv: empty file"),
    ],
)
def test_malformed_tsv_names_file_and_line(tmp_path, content, match):
    path = tmp_path / "mine.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=match):
        Lexicon.from_tsv(path)


def test_missing_tsv():
    with pytest.raises(FileNotFoundError, match="no lexicon file"):
        Lexicon.from_tsv("/nonexistent/lexicon.tsv")


@pytest.mark.parametrize(
    "make, error, match",
    [
        (lambda: Lexicon("voyou"), TypeError, "`entries`"),
        (lambda: Lexicon(["voyou"]), TypeError, r"`entries\[0\]` must be an Entry"),
        (lambda: Lexicon.from_dict(["voyou"]), TypeError, "`mapping`"),
        (lambda: Lexicon.from_dict({"labelling": 3}), TypeError, "mapping"),
        (lambda: Entry("", "x"), TypeError, "`term`"),
        (lambda: LEX.match(None), TypeError, "`text`"),
    ],
)
def test_bad_input(make, error, match):
    with pytest.raises(error, match=match):
        make()


def test_pickle_round_trip_rebuilds_the_matcher():
    LEX.match("x")  # compile
    clone = pickle.loads(pickle.dumps(LEX))
    assert _found("L'imposteur.", clone) == _found("L'imposteur.", LEX)


def test_matching_cost_does_not_grow_with_lexicon_size():
    import time

    small = Lexicon([Entry(f"mot{i}", "x") for i in range(10)] + [Entry("imposteur", "labelling", "noun")])
    large = Lexicon([Entry(f"mot{i}", "x") for i in range(20000)] + [Entry("imposteur", "labelling", "noun")])
    text = "L'imposteur et ses amis parlent de politique. " * 2000
    small.match("x"), large.match("x")  # compile both first

    def best(lex):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            lex.match(text)
            times.append(time.perf_counter() - t)
        return min(times)

    assert best(large) < 3 * best(small)


def test_default_lexicon_shape():
    lex = default_lexicon()
    assert len(lex) >= 1200
    assert {"labelling", "delegitimising", "loaded", "intensifier", "minimiser", "hedge", "certainty",
            "euphemism", "evidential"} <= set(lex.categories)
    assert all(e.provenance for e in lex)


def test_tsv_error_line_numbers_count_comment_lines(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# c1\nterm\tcategory\n# c2\nvoyou\tlabelling\nbad\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.tsv, line 5: 1 fields"):
        Lexicon.from_tsv(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le label Chaos Records sort un disque.", []),  # a capitalised word inside a sentence is a name
        ("Chaos à Paris. Chaos partout.", ["Chaos", "Chaos"]),  # sentence starts are kept
        ("« Chaos », titre le journal.", ["Chaos"]),
        ("UN CHAOS TOTAL", ["CHAOS"]),  # headlines in capitals are kept
    ],
)
def test_capitalised_words_inside_a_sentence_are_names(text, expected):
    assert [m.text for m in LEX.match(text)] == expected


def test_a_long_entry_cut_by_the_end_of_the_text_does_not_match_a_shorter_one():
    lex = Lexicon([Entry("coup", "x"), Entry("coup de force", "y")])
    assert [(m.text, m.category) for m in lex.match("un coup de")] == [("coup", "x")]


@pytest.mark.parametrize("term", ["s'effondrer", "s’effondrer", "se effondrer"])
def test_reflexive_verbs_with_any_apostrophe(term):
    lex = Lexicon([Entry(term, "loaded", "verb")])
    assert [m.text for m in lex.match("Le marché s'effondre.")] == ["effondre"]
