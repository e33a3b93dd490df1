"""Tests for framing.display: the highlight's HTML (escaping, marks, legend, nesting), its text form,
saving, and records as tables. All passages are fictional and written for these tests."""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import Document, Lexicon, load_sample
from framing.display import MARKS, Highlight, highlight, records_frame
from framing.lexicon import Entry, TermMatch
from framing.quotes import Quote
from framing.sources import SourceMention

ARTICLE = ("« Nous ne céderons pas », a affirmé Claire Dumas, maire de Valmont. Selon l’économiste Paul "
           "Girard, la mesure est sans doute trop coûteuse.")

UNSAFE = ("Le maire a écrit <b>urgent</b> et <script>alert(1)</script> sur son compte.\n\n"
          "« C’est un <i>scandale</i> », a déclaré Louis Morel & associés.")

VOID = {"br", "meta", "hr", "img", "wbr"}


class _Balance(HTMLParser):
    """Records every tag, and any end tag that does not close the innermost open element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.data: list[tuple[tuple[str, ...], str]] = []  # (classes of the open elements, text)
        self._classes: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in VOID:
            self.stack.append(tag)
            self._classes.append(attrs.get("class") or "")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        self._classes.pop()

    def handle_data(self, data):
        self.data.append((tuple(self._classes), data))


def parse(markup: str) -> _Balance:
    parser = _Balance()
    parser.feed(markup)
    parser.close()
    return parser


def assert_well_formed(markup: str) -> _Balance:
    parsed = parse(markup)
    assert parsed.errors == []
    assert parsed.stack == []
    return parsed


def shown_text(parsed: _Balance) -> str:
    """The article text as drawn: the text nodes of the body, less the quotes' labels."""
    return "".join(data for classes, data in parsed.data
                   if "fhl-text" in classes and "fhl-label" not in classes)


def body(markup: str) -> str:
    return markup.split('<div class="fhl-text">', 1)[1]


def term(text: str, start: int, end: int, category: str = "hedge", lemma: str | None = None) -> TermMatch:
    return TermMatch(start, end, text[start:end], lemma or text[start:end], category, "test")


def quote(text: str, start: int, end: int, kind: str = "direct", speaker: str | None = "Claire Dumas") -> Quote:
    return Quote(start, end, text[start:end], kind, speaker, None, None, "person", "affirmer", "assertive")


def source(text: str, start: int, end: int, name: str = "Claire Dumas") -> SourceMention:
    return SourceMention(start, end, text[start:end], name, "official", "quote")


# -- escaping and safety ---------------------------------------------------------------------


def test_article_markup_is_shown_literally():
    out = highlight(UNSAFE).html
    assert "&lt;b&gt;urgent&lt;/b&gt;" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert re.search(r"&lt;i&gt;<span [^>]*>scandale</span>&lt;/i&gt;", out)  # a term inside
    assert "</span> &amp; associés" in out
    assert "<script" not in out.lower() and "<b>" not in out and "<i>" not in out
    assert_well_formed(out)


def test_record_fields_and_header_are_escaped():
    text = "Un texte neutre, dit-on."
    h = Highlight(text, terms=[term(text, 3, 8, category="x<y", lemma="<em>")],
                  quotes=[quote(text, 10, 16, speaker='<img src=x onerror="a">')],
                  sources=[SourceMention(18, 20, "on", "<script>s</script>", "official", "quote")],
                  title="<script>Titre</script>", outlet="La <Gazette>")
    out = h.html
    assert "<script" not in out and "<img" not in out and "<em>" not in out and "<Gazette>" not in out
    assert "&lt;em&gt;" in out and "&lt;img src=x onerror=&quot;a&quot;&gt;" in out
    assert "&lt;script&gt;Titre&lt;/script&gt;" in out and "La &lt;Gazette&gt;" in out
    assert_well_formed(out)


def test_no_script_and_no_url_on_a_sample_article():
    doc = load_sample()[0]
    out = highlight(doc).html
    assert "<script" not in out.lower()
    assert not re.search(r"https?:", out)
    assert "@import" not in out and "url(" not in out
    assert_well_formed(out)


def test_one_div_with_a_scoped_style_block():
    out = highlight(ARTICLE).html
    assert out.startswith('<div class="framing-hl"><style>') and out.endswith("</div>")
    parsed = assert_well_formed(out)
    assert parsed.tags[0] == ("div", {"class": "framing-hl"})
    css = out.split("<style>", 1)[1].split("</style>", 1)[0]
    selectors = [rule.split("{", 1)[0] for rule in css.strip().splitlines()]
    assert selectors and all(s.startswith(".framing-hl") for sel in selectors for s in sel.split(","))


def test_colours_suit_light_and_dark_themes():
    css = highlight(ARTICLE).html.split("</style>", 1)[0]
    assert "color:inherit" in css
    assert not re.search(r"#(?:000|fff)\b|(?<![-\w])(?:black|white)(?![-\w])", css, re.I)
    backgrounds = re.findall(r"background:([^;}]+)", css)
    assert backgrounds and all(b.startswith(("rgba(", "hsla(")) for b in backgrounds)


# -- the marks -------------------------------------------------------------------------------


def test_three_kinds_of_marks_with_labels():
    out = highlight(ARTICLE).html
    text = body(out)
    assert '<span class="fhl-q fhl-q-direct"' in text
    assert '<span class="fhl-q fhl-q-indirect"' in text
    assert '<span class="fhl-t fhl-t-hedge" title="hedge · lemma: sans doute">sans doute</span>' in text
    assert re.search(r'<span class="fhl-s" title="source: Claire Dumas · type: \w+ · via: quote">Claire Dumas</span>', text)
    assert re.search(r'<span class="fhl-s" title="source: Paul Girard · type: expert · via: selon">', text)
    assert '<span class="fhl-label">— Claire Dumas (person) · affirmer, assertive</span>' in text
    assert '<span class="fhl-label">— Paul Girard (person) · selon, neutral</span>' in text


def test_direct_quote_label_follows_the_closing_mark():
    text = body(highlight(ARTICLE, show="quotes").html)
    assert "« Nous ne céderons pas »</span><span class=\"fhl-label\">" in text


def test_term_inside_quote_is_nested():
    text = body(highlight(ARTICLE).html)
    indirect = text.split('fhl-q-indirect"', 1)[1].split('<span class="fhl-label">', 1)[0]
    assert 'class="fhl-t fhl-t-hedge"' in indirect


@pytest.mark.parametrize(
    "q, label",
    [
        (Quote(0, 5, "Assez", "direct", None, None, None, "unknown", None, None), "— unknown speaker (unknown)"),
        (Quote(0, 5, "Assez", "direct", "Le Courrier", 7, 18, "media", ":", "neutral"), "— Le Courrier (media) · colon, neutral"),
        (Quote(0, 5, "Assez", "indirect", "Paul Girard", 7, 18, "person", "confirmer", "assertive", True),
         "— Paul Girard (person) · confirmer, assertive · negated"),
    ],
)
def test_quote_labels(q, label):
    h = Highlight("Assez, dit Paul Girard.", quotes=[q])
    assert f'<span class="fhl-label">{html.escape(label)}</span>' in h.html
    assert f"[/quote {label}]" in h.to_text()


def test_quote_kinds_differ_in_style():
    css = highlight(ARTICLE).html.split("</style>", 1)[0]
    rules = {kind: re.search(rf"\.fhl-q-{kind}\{{([^}}]+)\}}", css).group(1) for kind in ("direct", "indirect", "mixed")}
    assert len(set(rules.values())) == 3
    assert "dashed" in rules["indirect"] and "dotted" in rules["mixed"]


def test_each_category_has_its_own_colour():
    from framing.indicators import LEXICAL_CATEGORIES

    text = " ".join(f"mot{i}" for i in range(len(LEXICAL_CATEGORIES)))
    starts = [m.start() for m in re.finditer(r"mot\d", text)]
    terms = [term(text, s, s + 4, category=c) for s, c in zip(starts, LEXICAL_CATEGORIES)]
    css = Highlight(text, terms=terms).html.split("</style>", 1)[0]
    colours = [re.search(rf"\.fhl-t-{c}\{{background:([^;]+);", css).group(1) for c in LEXICAL_CATEGORIES]
    assert len(set(colours)) == len(LEXICAL_CATEGORIES)


def test_custom_lexicon_and_unusual_category_names():
    lexicon = Lexicon([Entry("bidule", "ma_catégorie spéciale"), Entry("machin", "outil")])
    h = highlight("Un bidule et un machin.", show=["terms"], lexicon=lexicon)
    out = h.html
    assert [t.text for t in h.terms] == ["bidule", "machin"]
    assert 'class="fhl-t fhl-t-outil"' in out
    odd = re.search(r'class="fhl-t (fhl-t-x[0-9a-f]{8})"', out).group(1)
    assert f".framing-hl .{odd}{{" in out  # styled, under a safe class name
    assert "ma_catégorie spéciale</span> 1" in out  # named in the legend
    assert_well_formed(out)


def test_paragraphs_and_line_breaks():
    text = "  Premier paragraphe.\nMême paragraphe.\n \n\nSecond paragraphe.\r\n\r\nTroisième.\n"
    text_html = body(Highlight(text).html)
    assert text_html.count("<p>") == 3 and text_html.count("</p>") == 3
    assert text_html.count("<br>") == 1
    assert "<p>Premier paragraphe.<br>\nMême paragraphe.</p>" in text_html
    assert "<p>Troisième.</p>" in text_html


def test_quote_across_paragraphs_is_split_and_labelled_once():
    text = "« Premier temps.\n\nSecond temps. » Voilà."
    h = Highlight(text, quotes=[quote(text, 2, 31)])
    text_html = body(h.html)
    assert text_html.count('class="fhl-q fhl-q-direct"') == 2
    assert text_html.count("fhl-label") == 1
    assert text_html.index("fhl-label") > text_html.index("Second temps")
    assert_well_formed(h.html)


# -- overlaps --------------------------------------------------------------------------------


def test_overlapping_marks_stay_well_formed():
    text = "Les experts auraient sans doute menti, dit Claire Dumas.\n\nLa suite."
    overlapping = [term(text, 4, 20, "loaded"), term(text, 12, 31, "hedge"),  # they cross: the second hidden
                   term(text, 32, 42, "evidential")]  # crosses the quote's end
    quotes = [quote(text, 0, 38), quote(text, 21, 45, "indirect")]  # the second overlaps the first
    sources = [source(text, 43, 55), source(text, 43, 55), source(text, 5, 10)]  # a duplicate; one inside a term
    h = Highlight(text, terms=overlapping, quotes=quotes, sources=sources)
    parsed = assert_well_formed(h.html)
    assert h.hidden == [quotes[1], overlapping[1]]
    text_html = body(h.html)
    assert text_html.count('class="fhl-t fhl-t-evidential"') == 2  # split at the quote's end
    assert text_html.count('class="fhl-s"') == 2  # the duplicate drawn once, plus the one nested in a term
    assert 'class="fhl-t fhl-t-loaded" title="loaded · lemma: experts auraient">e<span class="fhl-s"' in text_html
    assert "fhl-t-hedge" not in text_html
    assert "".join(shown_text(parsed).split()) == "".join(text.split())
    assert "2 overlapping not marked" in h.html and "2 overlapping not marked" in repr(h)


@pytest.mark.parametrize(
    "spans, expected, hidden",
    [
        # a loaded term inside a scare quote
        ([("t", 10, 21, "scare_quote"), ("t", 12, 19, "loaded")],
         "La mesure [term:scare_quote]« [term:loaded]injuste[/term] »[/term] passe.", 0),
        # a source inside an evidential expression, and a term inside a source
        ([("t", 0, 9, "evidential"), ("s", 3, 9, None)], "[term:evidential]La [source:official]mesure[/source][/term] « injuste » passe.", 0),
        ([("s", 0, 9, None), ("t", 3, 9, "hedge")], "[source:official]La [term:hedge]mesure[/term][/source] « injuste » passe.", 0),
        # a source around two terms: they go one level down
        ([("t", 0, 2, "hedge"), ("t", 3, 9, "loaded"), ("s", 0, 9, None)],
         "[source:official][term:hedge]La[/term] [term:loaded]mesure[/term][/source] « injuste » passe.", 0),
        # three deep: the innermost is hidden; crossing spans: the later is hidden
        ([("t", 0, 21, "loaded"), ("t", 10, 21, "scare_quote"), ("t", 12, 19, "hedge")],
         "[term:loaded]La mesure [term:scare_quote]« injuste »[/term][/term] passe.", 1),
        ([("t", 0, 9, "loaded"), ("s", 3, 14, None)], "[term:loaded]La mesure[/term] « injuste » passe.", 1),
    ],
)
def test_nested_terms_and_sources(spans, expected, hidden):
    text = "La mesure « injuste » passe."
    terms = [term(text, a, b, c) for kind, a, b, c in spans if kind == "t"]
    sources = [source(text, a, b) for kind, a, b, _ in spans if kind == "s"]
    h = Highlight(text, terms=terms, sources=sources)
    assert h.to_text() == expected
    assert len(h.hidden) == hidden
    assert_well_formed(h.html)


_WORDS = st.sampled_from(["le", "maire", "«", "»", "<b>", "&", "dit", "\n", "\n\n", " ", "é", "a-t-il", "."])


@st.composite
def _marked_texts(draw):
    text = "".join(draw(st.lists(_WORDS, max_size=30)))
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)

    def records(make):
        return [make(text, a, b) for a, b in draw(st.lists(spans, max_size=8))]

    return text, records(term), records(quote), records(source)


@settings(max_examples=200, deadline=None)
@given(_marked_texts())
def test_any_marks_give_well_formed_html_that_keeps_the_text(case):
    text, terms, quotes, sources = case
    h = Highlight(text, terms=terms, quotes=quotes, sources=sources)
    parsed = assert_well_formed(h.html)
    assert "".join(shown_text(parsed).split()) == "".join(text.split())
    plain = re.sub(r"\[/?(?:term|source)(?::\w+)?\]|\[quote:\w+\]|\[/quote — [^\]]*\]", "", h.to_text())
    assert plain == text


# -- legend and counts -----------------------------------------------------------------------


def test_legend_counts():
    text = "Il est peut-être vrai, sans doute, que le régime vacille, dit Claire Dumas, selon Paul Girard."
    h = Highlight(text,
                  terms=[term(text, 7, 16), term(text, 23, 33), term(text, 42, 48, "labelling")],
                  quotes=[quote(text, 0, 56, "indirect")],
                  sources=[source(text, 62, 74), source(text, 82, 93, "Paul Girard")])
    legend = h.html.split('<div class="fhl-legend">', 1)[1].split("</div>", 1)[0]
    assert '<span class="fhl-t fhl-t-labelling">labelling</span> 1' in legend
    assert '<span class="fhl-t fhl-t-hedge">hedge</span> 2' in legend
    assert '<span class="fhl-q fhl-q-indirect">indirect quote</span> 1' in legend
    assert '<span class="fhl-s">source</span> 2 (official 2)' in legend
    assert "direct quote" not in legend.replace("indirect quote", "")  # only the kinds used
    assert "mixed" not in legend and "certainty" not in legend


def test_legend_says_when_nothing_was_found():
    legend = highlight("Il pleut sur Valmont.").html.split('<div class="fhl-legend">', 1)[1].split("</div>", 1)[0]
    assert "no loaded terms" in legend and "no quotes" in legend and "no source mentions" in legend


# -- show, lexicon and input errors ----------------------------------------------------------


@pytest.mark.parametrize(
    "show, classes",
    [
        (MARKS, {"fhl-t", "fhl-q", "fhl-s"}),
        (("terms",), {"fhl-t"}),
        ("quotes", {"fhl-q"}),
        (["sources", "terms"], {"fhl-t", "fhl-s"}),
        ({"quotes", "sources"}, {"fhl-q", "fhl-s"}),
        ((), set()),
    ],
)
def test_show_subsets(show, classes):
    h = highlight(ARTICLE, show=show)
    found = set(re.findall(r'class="(fhl-[tqs])\b', body(h.html)))
    assert found == classes
    assert (h.terms is None) == ("fhl-t" not in classes)
    assert (h.quotes is None) == ("fhl-q" not in classes)
    assert (h.sources is None) == ("fhl-s" not in classes)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"show": ["terms", "citations"]}, ValueError, r"`show` must be a subset of 'terms', 'quotes', 'sources'; got list"),
        ({"show": "term"}, ValueError, r"`show`"),
        ({"show": 3}, TypeError, r"`show` must be a subset"),
        ({"show": None}, TypeError, r"`show`"),
        ({"lexicon": {"loaded": ["scandale"]}}, TypeError, r"`lexicon` must be a framing.Lexicon"),
    ],
)
def test_bad_options(kwargs, error, match):
    with pytest.raises(error, match=match):
        highlight(ARTICLE, **kwargs)


@pytest.mark.parametrize("value", [42, None, b"Le maire", ["Le maire"]])
def test_bad_input(value):
    with pytest.raises(TypeError, match=r"`text_or_document` must be a str or a framing.Document"):
        highlight(value)


def test_highlight_constructor_checks_records():
    with pytest.raises(TypeError, match=r"`terms\[0\]` must be a TermMatch"):
        Highlight("abc", terms=[("a", 0, 1)])
    with pytest.raises(ValueError, match=r"`quotes\[0\]` must be offsets into the text"):
        Highlight("abc", quotes=[quote("abcdef", 1, 6)])
    with pytest.raises(TypeError, match=r"`sources` must be a list of SourceMention"):
        Highlight("abc", sources="abc")
    with pytest.raises(TypeError, match=r"`text` must be a str"):
        Highlight(b"abc")


def test_document_header():
    doc = Document("gazette-07", ARTICLE, title="Valmont : la maire tient bon", outlet="La Gazette du Val",
                   date=dt.date(2026, 3, 2))
    h = highlight(doc)
    out = h.html
    assert '<div class="fhl-title">Valmont : la maire tient bon</div>' in out
    assert '<div class="fhl-meta">La Gazette du Val · 2026-03-02 · gazette-07</div>' in out
    assert out.index("fhl-head") < out.index("fhl-text")
    assert repr(h).startswith("Valmont : la maire tient bon\nLa Gazette du Val · 2026-03-02 · gazette-07\n")
    assert 'class="fhl-head"' not in highlight(ARTICLE).html


def test_empty_text():
    h = highlight("")
    assert_well_formed(h.html)
    assert "<p>" not in h.html
    assert repr(h).startswith("Highlight: 0 loaded terms; 0 quotes; 0 source mentions")


# -- text form, html property, save ----------------------------------------------------------


def test_repr_is_plain_text_with_markers():
    h = highlight(ARTICLE)
    text = repr(h)
    assert "<span" not in text and "<div" not in text and "&" not in text
    assert text.startswith("Highlight: 1 loaded term (hedge 1); 2 quotes (direct 1, indirect 1); 2 source mentions")
    assert "[quote:direct]« Nous ne céderons pas »[/quote — Claire Dumas (person) · affirmer, assertive]" in text
    assert "[term:hedge]sans doute[/term]" in text
    assert "[source:expert]Paul Girard[/source]" in text
    assert str(h) == text


def test_repr_of_a_long_text_is_cut():
    h = highlight("Le conseil municipal s’est réuni. " * 500, show=())
    assert len(repr(h)) < 3200 and "more characters" in repr(h)
    assert len(h.to_text()) == len("Le conseil municipal s’est réuni. " * 500)


def test_html_property_matches_repr_html():
    h = highlight(ARTICLE)
    assert h.html == h._repr_html_()


def test_save_writes_a_standalone_page(tmp_path):
    doc = Document("g1", UNSAFE, title="Un <titre>")
    h = highlight(doc)
    path = h.save(tmp_path / "article.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<title>Un &lt;titre&gt;</title>" in page
    assert h.html in page and "<script" not in page.lower()
    assert_well_formed(page.split("<!DOCTYPE html>", 1)[1])
    h.save(str(tmp_path / "again.html"))
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == page
    with pytest.raises(TypeError, match="`path`"):
        h.save(3)


# -- records_frame ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extract, fields",
    [
        ("terms", TermMatch._fields),
        ("quotes", Quote._fields),
        ("sources", SourceMention._fields),
    ],
)
def test_records_frame_columns(extract, fields):
    records = getattr(highlight(ARTICLE), extract)
    frame = records_frame(records)
    assert list(frame.columns) == list(fields)
    assert len(frame) == len(records) > 0
    assert frame.iloc[0].tolist() == list(records[0])


def test_records_frame_of_dataclasses_and_tuples():
    frame = records_frame((Entry("scandale", "loaded"),))
    assert frame.loc[0, "term"] == "scandale" and frame.loc[0, "category"] == "loaded"


def test_records_frame_empty():
    frame = records_frame([])
    assert isinstance(frame, pd.DataFrame) and frame.empty


@pytest.mark.parametrize(
    "records, match",
    [
        ("abc", r"`records` must be a list of records"),
        ({"a": 1}, r"`records` must be a list of records"),
        (None, r"`records` must be a list of records"),
        (TermMatch(0, 1, "a", "a", "hedge", "x"), r"`records` must be a list of records"),
        ([1, 2], r"`records\[0\]` must be a record"),
        ([TermMatch(0, 1, "a", "a", "hedge", "x"), SourceMention(0, 1, "a", "a", "official", "quote")],
         r"`records\[1\]` must be a TermMatch like records\[0\]"),
    ],
)
def test_records_frame_errors(records, match):
    with pytest.raises(TypeError, match=match):
        records_frame(records)


# -- speed -----------------------------------------------------------------------------------


def test_long_article_renders_fast():
    text = "\n\n".join(d.text for d in load_sample())
    text = (text * (200_000 // len(text) + 1))[:200_000]
    start = time.perf_counter()
    h = highlight(text)
    out = h.html
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0
    assert len(h.quotes) > 100
    assert_well_formed(out)


def test_rendering_is_linear():
    unit = "« Le projet avance », a dit Claire Dumas. Il serait sans doute retardé.\n\n"

    def best(n):
        text = unit * n
        starts = [i * len(unit) for i in range(n)]
        records = {
            "terms": [term(text, s + 53, s + 63) for s in starts],
            "quotes": [quote(text, s + 2, s + 18) for s in starts],
            "sources": [source(text, s + 28, s + 40) for s in starts],
        }
        times = []
        for _ in range(3):
            t = time.perf_counter()
            Highlight(text, **records)._repr_html_()
            times.append(time.perf_counter() - t)
        return min(times)

    assert best(2000) < 30 * best(200)
