"""Comparing groups of documents: the terms that distinguish each outlet (weighted log-odds, Monroe et al. 2008)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ._resources import RESOURCES
from ._validation import check_choice, type_error, value_error
from .corpus import Document, iter_documents
from .text import tokens

__all__ = ["distinctive_terms", "term_counts", "log_odds_table", "group_of", "STOPWORDS"]

_RESOURCES = RESOURCES


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    words = set()
    with open(_RESOURCES / "stopwords_fr.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lower()
            if line:
                words.add(line)
    return frozenset(words)


class _Stopwords:
    """Lazy view of the French stopword list shipped in ``resources/stopwords_fr.txt``."""

    def __contains__(self, word: object) -> bool:
        return word in _stopwords()

    def __iter__(self):
        return iter(sorted(_stopwords()))

    def __len__(self) -> int:
        return len(_stopwords())


#: French function words left out of term counts (``resources/stopwords_fr.txt``).
STOPWORDS = _Stopwords()


def group_of(doc: Document, by: str) -> Any:
    """The value of ``by`` for a document: a Document field (``outlet``, ``date``…) or a ``meta`` key.

    >>> group_of(Document("a", "x", outlet="O", meta={"event": "e1"}), "event")
    'e1'
    """
    if by in ("id", "title", "outlet", "date"):
        return getattr(doc, by)
    if by in doc.meta:
        return doc.meta[by]
    raise ValueError(f"`by`: document {doc.id!r} has no field or meta key {by!r}; meta keys: {sorted(doc.meta)}")


def _terms(text: str, ngram_range: tuple[int, int], stopwords: bool, stemmer) -> list[str]:
    stop = _stopwords() if stopwords else frozenset()
    words = tokens(text).norms
    keep = [w if any(c.isalpha() for c in w) and w not in stop and not w.endswith(".") else None for w in words]
    if stemmer is not None:
        keep = [stemmer(w) if w else None for w in keep]
    low, high = ngram_range
    out = []
    for n in range(low, high + 1):
        if n == 1:
            out.extend(w for w in keep if w)
        else:
            for i in range(len(keep) - n + 1):
                gram = keep[i : i + n]
                if all(gram):
                    out.append(" ".join(gram))
    return out


def _stemmer(stem: bool):
    if not stem:
        return None
    from nltk.stem.snowball import FrenchStemmer

    return lru_cache(maxsize=100_000)(FrenchStemmer().stem)


def term_counts(
    docs: Any, by: str = "outlet", *, ngram_range: tuple[int, int] = (1, 2), stopwords: bool = True, stem: bool = False
) -> dict[Any, Counter]:
    """Count terms per group in one streaming pass (texts are not kept).

    Returns ``{group: Counter(term -> count)}``; documents whose group is missing are left out.

    >>> counts = term_counts([Document("a", "Le régime ment.", outlet="X")], ngram_range=(1, 1))
    >>> counts["X"]
    Counter({'régime': 1, 'ment': 1})
    """
    if not (isinstance(ngram_range, tuple) and len(ngram_range) == 2 and 1 <= ngram_range[0] <= ngram_range[1]):
        raise value_error("ngram_range", ngram_range, "a tuple (min_n, max_n) with 1 <= min_n <= max_n")
    stemmer = _stemmer(stem)
    counts: dict[Any, Counter] = {}
    for doc in iter_documents(docs):
        group = group_of(doc, by)
        if group is None:
            continue
        counts.setdefault(group, Counter()).update(_terms(doc.text, ngram_range, stopwords, stemmer))
    return counts


def log_odds_table(counts: Mapping[Any, Counter], *, prior: Any = "corpus", alpha0: float = 1000.0, min_count: int = 5):
    """Weighted log-odds ratios with an informative Dirichlet prior, each group against the rest.

    For term *w*, group *i* and the rest *j* (all other groups pooled), with counts :math:`y`,
    totals :math:`n` and prior pseudo-counts :math:`\\alpha_w` whose sum over the kept
    vocabulary is :math:`\\alpha_0` (``alpha0`` with the uniform prior; a little less with the
    corpus prior once rare terms are dropped by ``min_count``)
    (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eqs. 16 and 20):

    .. math::

        \\delta_w = \\log\\frac{y_w^i + \\alpha_w}{n^i + \\alpha_0 - y_w^i - \\alpha_w}
                 - \\log\\frac{y_w^j + \\alpha_w}{n^j + \\alpha_0 - y_w^j - \\alpha_w},
        \\qquad
        \\sigma^2(\\delta_w) \\approx \\frac{1}{y_w^i + \\alpha_w} + \\frac{1}{y_w^j + \\alpha_w},
        \\qquad z_w = \\delta_w / \\sqrt{\\sigma^2(\\delta_w)}

    Parameters
    ----------
    counts : dict
        ``{group: Counter}`` as returned by :func:`term_counts`; at least two groups.
    prior : "corpus", "uniform" or mapping
        ``"corpus"``: :math:`\\alpha_w = \\alpha_0 \\, y_w / n` from the pooled counts; ``"uniform"``:
        :math:`\\alpha_w = \\alpha_0 / |V|`; a mapping of background counts ``{term: count}``:
        :math:`\\alpha_w = \\alpha_0 (c_w + 0.5) / \\sum_v (c_v + 0.5)`.
    alpha0 : float, default 1000
        Total pseudo-count of the prior: larger values shrink rare terms' log-odds more.
    min_count : int, default 5
        Terms seen fewer times in the whole corpus are left out.

    Returns
    -------
    pandas.DataFrame
        Columns ``group, term, count, count_rest, total, log_odds, variance, z``, sorted by group
        then by decreasing z.
    """
    import pandas as pd

    if not isinstance(counts, Mapping) or len(counts) < 2:
        raise ValueError(f"`by` must define at least two groups to compare; got {len(counts) if isinstance(counts, Mapping) else counts!r}")
    if not isinstance(alpha0, (int, float)) or isinstance(alpha0, bool) or alpha0 <= 0:
        raise value_error("alpha0", alpha0, "a positive number")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise value_error("min_count", min_count, "a positive int")
    pooled: Counter = Counter()
    for counter in counts.values():
        pooled.update(counter)
    n_all = sum(pooled.values())
    vocabulary = [w for w, c in pooled.items() if c >= min_count]
    if isinstance(prior, str):
        check_choice("prior", prior, ("corpus", "uniform"))
        if prior == "corpus":
            alpha = {w: alpha0 * pooled[w] / n_all for w in vocabulary}
        else:
            alpha = {w: alpha0 / max(len(vocabulary), 1) for w in vocabulary}
    elif isinstance(prior, Mapping) or hasattr(prior, "items"):
        background = dict(prior.items())
        total = sum(background.get(w, 0) + 0.5 for w in vocabulary)
        alpha = {w: alpha0 * (background.get(w, 0) + 0.5) / total for w in vocabulary}
    else:
        raise type_error("prior", prior, "'corpus', 'uniform' or a mapping of background counts")
    a0 = sum(alpha.values())
    rows = []
    for group, counter in counts.items():
        n_i = sum(counter.values())
        n_j = n_all - n_i
        for w in vocabulary:
            y_i = counter.get(w, 0)
            y_j = pooled[w] - y_i
            a = alpha[w]
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            variance = 1.0 / (y_i + a) + 1.0 / (y_j + a)
            rows.append((group, w, y_i, y_j, y_i + y_j, delta, variance, delta / math.sqrt(variance)))
    frame = pd.DataFrame(rows, columns=["group", "term", "count", "count_rest", "total", "log_odds", "variance", "z"])
    order = {g: k for k, g in enumerate(counts)}
    frame["_order"] = frame["group"].map(order)
    frame = frame.sort_values(["_order", "z", "term"], ascending=[True, False, True]).drop(columns="_order")
    return frame.reset_index(drop=True)


def distinctive_terms(
    docs: Any,
    by: str = "outlet",
    *,
    prior: Any = "corpus",
    alpha0: float = 1000.0,
    min_count: int = 5,
    ngram_range: tuple[int, int] = (1, 2),
    stopwords: bool = True,
    stem: bool = False,
    top: int | None = None,
):
    """The terms that distinguish each group (e.g. outlet) from the others.

    Counts unigrams and bigrams per group (stopwords removed, optional Snowball stemming), then
    computes the weighted log-odds ratio of each term in each group against all the other groups
    pooled, with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); see
    :func:`log_odds_table` for the formula. A large positive ``z`` marks a term the group uses
    more than the rest; a large negative one, a term it avoids.

    Parameters
    ----------
    docs : corpus
        Anything :func:`framing.read_corpus` accepts.
    by : str, default "outlet"
        Document field or meta key that defines the groups (at least two).
    prior, alpha0, min_count
        See :func:`log_odds_table`.
    ngram_range : (int, int), default (1, 2)
        Smallest and largest n-gram; bigrams join adjacent non-stopwords.
    stopwords : bool, default True
        Leave out French function words (:data:`STOPWORDS`).
    stem : bool, default False
        Count Snowball stems (``nltk``'s French stemmer) instead of word forms.
    top : int, optional
        Keep the ``top`` terms of highest z per group.

    Returns
    -------
    pandas.DataFrame
        ``group, term, count, count_rest, total, log_odds, variance, z``.

    References
    ----------
    Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature
    selection and evaluation for identifying the content of political conflict. *Political
    Analysis*, 16(4), 372-403.

    Examples
    --------
    >>> from framing import load_sample
    >>> table = distinctive_terms(load_sample(), by="outlet", top=3)
    >>> sorted(table["group"].unique())
    ['Horizon Libre', 'La Voix du Peuple', 'Le Courrier du Matin', 'Le Messager International']
    >>> len(table)
    12
    """
    if not isinstance(by, str):
        raise type_error("by", by, "a Document field or meta key (str)")
    table = log_odds_table(
        term_counts(docs, by, ngram_range=ngram_range, stopwords=stopwords, stem=stem),
        prior=prior, alpha0=alpha0, min_count=min_count,
    )
    if top is not None:
        if isinstance(top, bool) or not isinstance(top, int) or top < 1:
            raise value_error("top", top, "a positive int or None")
        table = table.groupby("group", sort=False, group_keys=False).head(top).reset_index(drop=True)
    return table
