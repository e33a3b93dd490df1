"""Tests of distinctive terms: the weighted log-odds ratio with an informative Dirichlet prior."""

import math
from collections import Counter

import pytest

from framing import Document, load_sample
from framing.compare import STOPWORDS, distinctive_terms, log_odds_table, term_counts


def test_log_odds_matches_a_hand_computed_example():
    # A: x=3, y=1 ; B: x=1, y=3 ; uniform prior with alpha0=2 -> alpha_x = alpha_y = 1
    # delta_x(A) = log((3+1)/(4+2-3-1)) - log((1+1)/(4+2-1-1)) = log 2 - log 0.5 = 1.3862944
    # var = 1/(3+1) + 1/(1+1) = 0.75 ; z = 1.3862944 / sqrt(0.75) = 1.6007540
    table = log_odds_table({"A": Counter(x=3, y=1), "B": Counter(x=1, y=3)}, prior="uniform", alpha0=2, min_count=1)
    row = table[(table.group == "A") & (table.term == "x")].iloc[0]
    assert row["count"] == 3 and row["count_rest"] == 1 and row["total"] == 4
    assert row["log_odds"] == pytest.approx(1.3862944, abs=1e-6)
    assert row["variance"] == pytest.approx(0.75)
    assert row["z"] == pytest.approx(1.6007540, abs=1e-6)
    # symmetric: B uses y as A uses x, and A avoids y
    assert table[(table.group == "B") & (table.term == "y")].iloc[0]["z"] == pytest.approx(1.6007540, abs=1e-6)
    assert table[(table.group == "A") & (table.term == "y")].iloc[0]["z"] == pytest.approx(-1.6007540, abs=1e-6)


def test_corpus_prior_and_three_groups_each_against_the_rest():
    counts = {"A": Counter(a=10, c=5), "B": Counter(b=10, c=5), "C": Counter(c=10, a=1)}
    table = log_odds_table(counts, prior="corpus", alpha0=10, min_count=1)
    # corpus prior: alpha_w = alpha0 * y_w / n ; n = 41, y_a = 11
    a = 10 * 11 / 41
    a0 = 10.0
    expected = math.log((10 + a) / (15 + a0 - 10 - a)) - math.log((1 + a) / (26 + a0 - 1 - a))
    row = table[(table.group == "A") & (table.term == "a")].iloc[0]
    assert row["log_odds"] == pytest.approx(expected)
    assert list(table.columns) == ["group", "term", "count", "count_rest", "total", "log_odds", "variance", "z"]
    top = table.groupby("group", sort=False).head(1)
    assert list(top.term) == ["a", "b", "c"]


def test_background_prior_mapping():
    table = log_odds_table({"A": Counter(x=3), "B": Counter(y=3)}, prior={"x": 100, "y": 1}, alpha0=4, min_count=1)
    assert set(table.term) == {"x", "y"}


def test_term_counts_unigrams_bigrams_stopwords_and_stems():
    docs = [Document("a", "Le régime autoritaire réprime. Le régime autoritaire ment.", outlet="X"),
            Document("b", "Les manifestants défilent.", outlet="Y"), Document("c", "Sans groupe.")]
    counts = term_counts(docs)
    assert counts["X"]["régime autoritaire"] == 2
    assert counts["X"]["régime"] == 2 and "le" not in counts["X"]
    assert set(counts) == {"X", "Y"}  # a document without an outlet is left out
    stemmed = term_counts(docs, ngram_range=(1, 1), stem=True)
    assert stemmed["Y"]["manifest"] == 1
    assert "le" in STOPWORDS and "régime" not in STOPWORDS and len(STOPWORDS) > 100


def test_distinctive_terms_on_the_sample_finds_each_outlets_words():
    table = distinctive_terms(load_sample(), by="outlet", min_count=3, top=15)
    messager = set(table[table.group == "Le Messager International"].term)
    assert messager & {"imposteur", "légitime", "président légitime", "valdorie"}
    assert (table.groupby("group").size() == 15).all()


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"by": 3}, TypeError, "`by`"),
        ({"by": "nope"}, ValueError, "no field or meta key 'nope'"),
        ({"prior": "flat"}, ValueError, "`prior` must be one of 'corpus', 'uniform'"),
        ({"prior": 3}, TypeError, "`prior`"),
        ({"alpha0": 0}, ValueError, "`alpha0` must be a positive number"),
        ({"min_count": 0}, ValueError, "`min_count`"),
        ({"ngram_range": (2, 1)}, ValueError, "`ngram_range`"),
        ({"top": 0}, ValueError, "`top`"),
    ],
)
def test_bad_arguments(kwargs, error, match):
    docs = [Document("a", "un deux trois", outlet="X"), Document("b", "quatre cinq", outlet="Y")]
    with pytest.raises(error, match=match):
        distinctive_terms(docs, **{"min_count": 1, **kwargs})


def test_a_single_group_cannot_be_compared():
    with pytest.raises(ValueError, match="at least two groups"):
        distinctive_terms([Document("a", "un deux", outlet="X")], min_count=1)
