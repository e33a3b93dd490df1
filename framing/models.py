"""Reusable classifiers: frames, genre and persuasion techniques as scikit-learn estimators, a zero-shot
frame lexicon, cross-validated evaluation and safe model files.

Every estimator takes raw texts (a list of ``str``) and follows the scikit-learn contract: parameters
only in ``__init__``, learned attributes ending in ``_``, ``random_state`` for anything random, the
same results on the same data. They work inside ``Pipeline``, ``GridSearchCV`` and
``cross_val_score`` (whose splitters want multi-label targets as a 0/1 indicator matrix, e.g. from
``sklearn.preprocessing.MultiLabelBinarizer(classes=MFC_FRAMES)``; ``fit`` itself takes either).
"""

from __future__ import annotations

import datetime as _dt
import json
import warnings
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin

from ._resources import read_tsv
from ._validation import describe, type_error, value_error
from ._version import __version__

__all__ = [
    "MFC_FRAMES",
    "GENRES",
    "TECHNIQUES",
    "FramingFeatures",
    "FrameClassifier",
    "GenreClassifier",
    "TechniqueClassifier",
    "FrameLexiconScorer",
    "evaluate",
    "top_features",
    "save_model",
    "load_model",
    "text_units",
]

#: The 14 frame dimensions of the Media Frames Corpus (Card et al. 2015) as used by SemEval-2023 Task 3.
MFC_FRAMES = (
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation", "Crime_and_punishment",
    "Security_and_defense", "Health_and_safety", "Quality_of_life", "Cultural_identity", "Public_opinion",
    "Political", "External_regulation_and_reputation",
)

#: Default genres of :class:`GenreClassifier` (SemEval-2023 Task 3 subtask 1).
GENRES = ("opinion", "reporting", "satire")

#: The 23 persuasion techniques of SemEval-2023 Task 3 subtask 3 (Piskorski et al. 2023).
TECHNIQUES = (
    "Loaded_Language", "Name_Calling-Labeling", "Repetition", "Exaggeration-Minimisation", "Doubt",
    "Appeal_to_Fear-Prejudice", "Flag_Waving", "Causal_Oversimplification", "Slogans", "Appeal_to_Authority",
    "False_Dilemma-No_Choice", "Conversation_Killer", "Whataboutism", "Red_Herring", "Straw_Man",
    "Obfuscation-Vagueness-Confusion", "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Time",
    "Consequential_Oversimplification", "Guilt_by_Association", "Appeal_to_Hypocrisy", "Questioning_the_Reputation",
)



# --------------------------------------------------------------------------------------------
# Input checks
# --------------------------------------------------------------------------------------------


def _check_texts(X: Any, name: str = "X", *, allow_empty: bool = True) -> list[str]:
    """The texts of ``X`` as a list of ``str``: a list, tuple, array or Series of strings."""
    if isinstance(X, (str, bytes)) or not isinstance(X, Iterable):
        raise type_error(name, X, "a list of texts (str), e.g. [doc.text for doc in docs]")
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"`{name}` must contain only str; item {i} is {describe(t)}")
        if not allow_empty and not t.strip():
            raise ValueError(f"`{name}` item {i} is an empty text; remove it or give it content before fitting")
    if not texts:
        raise ValueError(f"`{name}` is empty: give at least one text")
    return texts


def _label_set(labels: Any, default: tuple[str, ...], y_lists: list[list[str]] | None) -> tuple[str, ...]:
    """The label set: the default, ``"auto"`` (the labels seen in ``y``, sorted) or a given list."""
    if labels is None:
        return default
    if isinstance(labels, str):
        if labels != "auto":
            raise value_error("labels", labels, 'None (the default set), "auto", or a list of label names')
        if y_lists is None:
            raise ValueError('`labels="auto"` needs labels given as lists, not an indicator matrix')
        return tuple(sorted({lab for row in y_lists for lab in row}))
    if not isinstance(labels, Iterable):
        raise type_error("labels", labels, 'None, "auto" or a list of label names')
    out = tuple(labels)
    if not out or not all(isinstance(lab, str) for lab in out) or len(set(out)) != len(out):
        raise value_error("labels", labels, "a non-empty list of distinct label names (str)")
    return out


def _label_lists(y: Any, n: int) -> list[list[str]] | None:
    """``y`` as a list of label lists, or None when it is an indicator matrix."""
    if isinstance(y, (str, bytes)) or not isinstance(y, Iterable):
        raise type_error("y", y, "a list of label lists (one per text) or a binary indicator matrix")
    arr = np.asarray(y, dtype=object) if not hasattr(y, "shape") else y
    if getattr(arr, "ndim", 1) == 2 and not isinstance(y, list):
        return None
    rows = list(y)
    if len(rows) != n:
        raise ValueError(f"`y` has {len(rows)} rows but `X` has {n} texts: give one label list per text")
    out = []
    for i, row in enumerate(rows):
        if isinstance(row, str):
            out.append([row])
        elif isinstance(row, Iterable) and all(isinstance(lab, str) for lab in row):
            out.append(list(row))
        elif isinstance(row, Iterable) and all(isinstance(v, (int, np.integer, bool, np.bool_)) for v in row):
            return None  # a list of 0/1 rows: an indicator matrix
        else:
            raise TypeError(f"`y` row {i} must be a list of label names (str); got {describe(row)}")
    return out


def _binarize(y: Any, n: int, labels: Any, default: tuple[str, ...]) -> tuple[np.ndarray, tuple[str, ...]]:
    """``(Y, classes)``: a 0/1 matrix of shape (n, len(classes))."""
    lists = _label_lists(y, n)
    classes = _label_set(labels, default, lists)
    index = {lab: k for k, lab in enumerate(classes)}
    if lists is None:
        Y = np.asarray(y)
        if Y.ndim != 2 or Y.shape[0] != n:
            raise ValueError(f"`y` as an indicator matrix must have shape ({n}, {len(classes)}); got {Y.shape}")
        if Y.shape[1] != len(classes):
            raise ValueError(f"`y` has {Y.shape[1]} columns but the label set has {len(classes)} labels; "
                             "give `labels=` with one name per column")
        if not np.isin(Y, (0, 1)).all():
            raise ValueError("`y` as an indicator matrix must contain only 0 and 1")
        return Y.astype(np.int8), classes
    Y = np.zeros((n, len(classes)), dtype=np.int8)
    for i, row in enumerate(lists):
        for lab in row:
            if lab not in index:
                raise ValueError(f"label {lab!r} (row {i}) is not in the label set {list(classes)[:6]}"
                                 f"{'...' if len(classes) > 6 else ''}; pass labels=[...] or labels='auto'")
            Y[i, index[lab]] = 1
    return Y, classes


def _check_fitted(est, attr: str = "classes_") -> None:
    if not hasattr(est, attr):
        raise _not_fitted(est)


def _not_fitted(est):
    from sklearn.exceptions import NotFittedError

    return NotFittedError(f"this {type(est).__name__} is not fitted yet: call fit(texts, y) before using it")


# --------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Turn raw texts into the library's per-document indicators, as a numeric matrix.

    Parameters
    ----------
    indicators : tuple of str, default ("lexical", "quotes", "sources")
        Names of :data:`framing.analyze.INDICATORS` to compute; non-numeric columns (the name of the
        most cited source) are left out, missing shares (a text without quotes) become 0.

    Attributes
    ----------
    feature_names_out_ : ndarray of str
        The column names, as :meth:`get_feature_names_out` returns them.

    Examples
    --------
    >>> f = FramingFeatures(indicators=("quotes",)).fit(["« Non », a dit Léa Morel."])
    >>> X = f.transform(["« Non », a dit Léa Morel.", "Il pleut."])
    >>> X.shape[0], "quotes" in f.get_feature_names_out(), float(X[0, 0]), float(X[1, 0])
    (2, True, 1.0, 0.0)
    """

    def __init__(self, indicators: Sequence[str] = ("lexical", "quotes", "sources")):
        self.indicators = indicators

    def _columns(self) -> list[str]:
        from .analyze import indicator_columns

        return [c for c in indicator_columns(list(self.indicators)) if c != "top_source"]

    def fit(self, X, y=None):
        """Check ``X`` and record the feature names (nothing is learned)."""
        _check_texts(X)
        self.feature_names_out_ = np.asarray(self._columns(), dtype=object)
        self.n_features_out_ = len(self.feature_names_out_)
        return self

    def transform(self, X) -> np.ndarray:
        """The indicator matrix of ``X``, shape (n_texts, n_features)."""
        from .analyze import INDICATORS, TextView

        _check_fitted(self, "feature_names_out_")
        texts = _check_texts(X)
        cols = list(self.feature_names_out_)
        pos = {c: k for k, c in enumerate(cols)}
        out = np.zeros((len(texts), len(cols)), dtype=float)
        for i, text in enumerate(texts):
            view = TextView(text)
            for name in self.indicators:
                for key, value in INDICATORS[name].func(view).items():
                    k = pos.get(key)
                    if k is not None and isinstance(value, (int, float, np.integer, np.floating)) \
                            and not (isinstance(value, float) and value != value):
                        out[i, k] = float(value)
        return out

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The names of the output columns."""
        _check_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()


def _vectorizer(word_ngrams, char_ngrams, min_df, features, max_features):
    """Sublinear TF-IDF on words and on character n-grams (within word boundaries), plus the library's
    indicators (scaled to [-1, 1]) when ``features``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.preprocessing import MaxAbsScaler

    parts = [("words", TfidfVectorizer(sublinear_tf=True, ngram_range=tuple(word_ngrams), min_df=min_df,
                                       max_df=0.95, max_features=max_features, token_pattern=r"(?u)\b\w\w+\b"))]
    if char_ngrams:
        parts.append(("chars", TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=tuple(char_ngrams),
                                               min_df=min_df, max_df=0.95, max_features=max_features)))
    if features:
        names = ("lexical", "quotes", "sources") if features is True else tuple(features)
        parts.append(("indicators", make_pipeline(FramingFeatures(indicators=names), MaxAbsScaler())))
    return FeatureUnion(parts)


# --------------------------------------------------------------------------------------------
# Multi-label classifiers (frames, techniques)
# --------------------------------------------------------------------------------------------


class _TextClassifier(ClassifierMixin, BaseEstimator):
    """The scikit-learn tags shared by the raw-text classifiers: strings in, not a 2-D array."""

    _multilabel = False
    _requires_fit = True

    def _more_tags(self):  # scikit-learn < 1.6
        return {"multilabel": self._multilabel, "X_types": ["string"], "requires_fit": self._requires_fit}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = self._requires_fit
        if self._multilabel:
            tags.target_tags.multi_output = True
            tags.target_tags.single_output = False
        return tags


class _MultiLabelText(_TextClassifier):
    """One regularised logistic regression per label over TF-IDF features, with per-label decision
    thresholds chosen by internal cross-validation on the training data."""

    _default_labels: tuple[str, ...] = ()

    _multilabel = True

    def _fit_models(self, X, Y):
        from sklearn.linear_model import LogisticRegression

        models = []
        for j in range(Y.shape[1]):
            col = Y[:, j]
            if col.min() == col.max():
                models.append(float(col[0]))  # a constant: the label never (or always) occurs
                continue
            lr = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear",
                                    random_state=self.random_state, max_iter=1000)
            models.append(lr.fit(X, col))
        return models

    @staticmethod
    def _proba(models, X) -> np.ndarray:
        n = X.shape[0]
        out = np.empty((n, len(models)))
        for j, m in enumerate(models):
            out[:, j] = m if isinstance(m, float) else m.predict_proba(X)[:, 1]
        return out

    def fit(self, X, y):
        """Fit on texts ``X`` and their labels ``y`` (a list of label lists, or an indicator matrix).

        Raises
        ------
        TypeError, ValueError
            On texts that are not strings or are empty, labels outside the label set, lengths that
            differ, or fewer than two labels that occur.
        """
        texts = _check_texts(X, allow_empty=False)
        Y, classes = _binarize(y, len(texts), self.labels, self._default_labels)
        counts = Y.sum(axis=0)
        if not ((counts > 0) & (counts < len(texts))).any():
            seen = [classes[k] for k in np.flatnonzero(counts)]
            raise ValueError("fitting needs two classes: at least one label that some texts have and others "
                             f"lack; the labels in `y` are {seen or 'none'}")
        self.classes_ = np.asarray(classes, dtype=object)
        self.n_train_ = len(texts)
        self.vectorizer_ = _vectorizer(self.word_ngrams, self.char_ngrams, self.min_df, self.features,
                                       self.max_features)
        Xv = self.vectorizer_.fit_transform(texts)
        self.estimators_ = self._fit_models(Xv, Y)
        self.thresholds_ = self._choose_thresholds(texts, Y)
        return self

    def _choose_thresholds(self, texts: list[str], Y: np.ndarray) -> np.ndarray:
        """Per-label thresholds maximising that label's F1 over out-of-fold probabilities."""
        L = Y.shape[1]
        if not isinstance(self.threshold, str):
            t = float(self.threshold)
            if not 0.0 < t < 1.0:
                raise value_error("threshold", self.threshold, '"cv" or a probability strictly between 0 and 1')
            return np.full(L, t)
        if self.threshold != "cv":
            raise value_error("threshold", self.threshold, '"cv" or a probability strictly between 0 and 1')
        n = len(texts)
        k = min(int(self.cv), n)
        if k < 2:
            return np.full(L, 0.5)
        from sklearn.model_selection import KFold

        oof = np.zeros(Y.shape)
        for train, test in KFold(k, shuffle=True, random_state=self.random_state).split(texts):
            vec = _vectorizer(self.word_ngrams, self.char_ngrams, self.min_df, self.features, self.max_features)
            Xtr = vec.fit_transform([texts[i] for i in train])
            models = self._fit_models(Xtr, Y[train])
            oof[test] = self._proba(models, vec.transform([texts[i] for i in test]))
        grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
        out = np.full(L, 0.5)
        for j in range(L):
            pos = Y[:, j].sum()
            if pos < 2 or pos == n:
                continue
            best, best_f1 = 0.5, -1.0
            for t in grid:
                pred = oof[:, j] >= t
                tp = float((pred & (Y[:, j] == 1)).sum())
                f1 = 2 * tp / (pred.sum() + pos) if pred.sum() + pos else 0.0
                if f1 > best_f1 + 1e-12:
                    best, best_f1 = t, f1
            out[j] = best
        return out

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each label, shape (n_texts, n_labels), columns aligned with ``classes_``."""
        _check_fitted(self, "estimators_")
        texts = _check_texts(X)
        return self._proba(self.estimators_, self.vectorizer_.transform(texts))

    def decision_function(self, X) -> np.ndarray:
        """Probabilities divided by each label's threshold: a label is predicted at 1 or more."""
        return self.predict_proba(X) / self.thresholds_

    def predict(self, X) -> list[tuple[str, ...]]:
        """The labels of each text, as tuples in the order of ``classes_`` (at least ``min_labels``)."""
        ratio = self.decision_function(X)
        return _select(ratio, self.classes_, 1.0, self.min_labels, self.max_labels)

    def score(self, X, y, sample_weight=None) -> float:
        """Micro-averaged F1 of :meth:`predict` against ``y`` (the default score of ``GridSearchCV``
        and ``cross_val_score``)."""
        from sklearn.metrics import f1_score

        _check_fitted(self, "estimators_")
        texts = _check_texts(X)
        Y, _ = _binarize(y, len(texts), list(self.classes_), tuple(self.classes_))
        return float(f1_score(Y, self.predict_indicator(texts), average="micro", zero_division=0,
                              sample_weight=sample_weight))

    def predict_indicator(self, X) -> np.ndarray:
        """:meth:`predict` as a 0/1 matrix aligned with ``classes_``."""
        return _indicator(self.predict(X), self.classes_)


def _select(scores: np.ndarray, classes, cut: float, min_labels: int, max_labels: int | None,
            positive_only: bool = False) -> list[tuple[str, ...]]:
    """Labels whose score reaches ``cut``; the best ones added up to ``min_labels`` (only labels
    scoring above 0 when ``positive_only``), cut at ``max_labels``."""
    out = []
    for row in scores:
        order = np.argsort(-row, kind="stable")
        chosen = [k for k in order if row[k] >= cut]
        if len(chosen) < min_labels:
            chosen = [k for k in order[:min_labels] if row[k] > 0 or not positive_only]
        if max_labels is not None:
            chosen = chosen[:max_labels]
        chosen = sorted(chosen)
        out.append(tuple(classes[k] for k in chosen))
    return out


def _indicator(pred: list[tuple[str, ...]], classes) -> np.ndarray:
    index = {c: k for k, c in enumerate(classes)}
    Y = np.zeros((len(pred), len(classes)), dtype=np.int8)
    for i, row in enumerate(pred):
        for lab in row:
            Y[i, index[lab]] = 1
    return Y


class FrameClassifier(_MultiLabelText):
    """Multi-label article frames from a few hundred annotated articles.

    Sublinear TF-IDF on words (1–2-grams) and on character n-grams (3–5, within words), one
    class-weighted, weakly regularised logistic regression per frame, a decision threshold per frame chosen by internal
    cross-validation on the training data (the one maximising that frame's F1), and at least one
    frame per article.

    Parameters
    ----------
    labels : None, "auto" or list of str, default None
        The label set: None for :data:`MFC_FRAMES`, ``"auto"`` for the labels seen in ``y``, or your
        own list. A label of ``y`` outside the set is an error.
    C : float, default 1000.0
        Inverse regularisation strength of each logistic regression. Weak regularisation measured
        best on 200 annotated OrangeSum articles (5-fold micro-F1 0.67 at C=10, 0.69 at C=100 to
        3000; ``benchmarks/bench_models.py``); the per-frame thresholds absorb the overconfidence.
    word_ngrams, char_ngrams : tuple of int, default (1, 2) and (3, 5)
        N-gram ranges; ``char_ngrams=None`` uses words only.
    min_df : int, default 2
        Minimum number of training texts a term must appear in.
    max_features : int or None, default 200000
        Cap on each vocabulary.
    features : bool or tuple of str, default False
        Add the library's indicators (:class:`FramingFeatures`; True for lexical, quotes and sources,
        or a tuple of indicator names) to the TF-IDF features.
    class_weight : "balanced" or None, default "balanced"
    threshold : "cv" or float, default "cv"
        Per-label thresholds by internal cross-validation, or one probability for all labels.
    cv : int, default 3
        Folds of the internal cross-validation.
    min_labels : int, default 1
        Every text gets at least this many labels (the most probable ones).
    max_labels : int or None, default None
    random_state : int, default 0

    Attributes
    ----------
    classes_ : ndarray of str
    thresholds_ : ndarray of float
    n_train_ : int
    vectorizer_, estimators_ : the fitted feature union and one model per label

    Examples
    --------
    >>> texts = ["Le budget et la dette inquiètent les marchés.", "La police a arrêté trois suspects.",
    ...          "La croissance et l'emploi reculent.", "Le tribunal a condamné le voleur."] * 3
    >>> y = [["Economic"], ["Crime_and_punishment"]] * 6
    >>> clf = FrameClassifier(min_df=1, threshold=0.5).fit(texts, y)
    >>> clf.predict(["Les marchés craignent la dette."])
    [('Economic',)]
    """

    _default_labels = MFC_FRAMES

    def __init__(self, labels=None, *, C=1000.0, word_ngrams=(1, 2), char_ngrams=(3, 5), min_df=2,
                 max_features=200_000, features=False, class_weight="balanced", threshold="cv", cv=3,
                 min_labels=1, max_labels=None, random_state=0):
        self.labels = labels
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_features = max_features
        self.features = features
        self.class_weight = class_weight
        self.threshold = threshold
        self.cv = cv
        self.min_labels = min_labels
        self.max_labels = max_labels
        self.random_state = random_state


class TechniqueClassifier(_MultiLabelText):
    """Multi-label persuasion techniques per paragraph or sentence (default labels :data:`TECHNIQUES`).

    Same model as :class:`FrameClassifier`, plus the library's lexical indicators (counts and rates
    of loaded terms, labels, intensifiers, hedges, scare quotes, evidential conditionals per unit),
    with ``min_labels=0`` (most units use no technique). :meth:`predict_units` applies it to whole
    articles, paragraph by paragraph.

    Parameters
    ----------
    labels, C, word_ngrams, char_ngrams, min_df, max_features, class_weight, threshold, cv,
    min_labels, max_labels, random_state
        As in :class:`FrameClassifier`; defaults ``labels=None`` (:data:`TECHNIQUES`), ``C=100``,
        ``min_labels=0``.
    features : bool or tuple of str, default ("lexical",)
        Indicators of :data:`framing.analyze.INDICATORS` added to the TF-IDF features (True: lexical,
        quotes and sources; False: none). On 1,979 annotated OrangeSum sentences the lexical
        indicators raise 5-fold micro-F1 from 0.34 to 0.58 (``benchmarks/bench_models.py``).

    Examples
    --------
    >>> units = ["Ce régime corrompu est une honte absolue !", "Le conseil se réunit mardi.",
    ...          "Une catastrophe, un scandale d'État !", "La séance a duré deux heures."] * 3
    >>> y = [["Loaded_Language"], [], ["Loaded_Language", "Exaggeration-Minimisation"], []] * 3
    >>> clf = TechniqueClassifier(min_df=1, threshold=0.5).fit(units, y)
    >>> clf.predict(["Quelle honte, ce scandale !", "Le conseil se réunit jeudi."])[1]
    ()
    """

    _default_labels = TECHNIQUES

    def __init__(self, labels=None, *, C=100.0, word_ngrams=(1, 2), char_ngrams=(3, 5), min_df=2,
                 max_features=200_000, features=("lexical",), class_weight="balanced", threshold="cv", cv=3,
                 min_labels=0, max_labels=None, random_state=0):
        self.labels = labels
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_features = max_features
        self.features = features
        self.class_weight = class_weight
        self.threshold = threshold
        self.cv = cv
        self.min_labels = min_labels
        self.max_labels = max_labels
        self.random_state = random_state

    def predict_units(self, text: str, *, unit: str = "paragraph") -> list[tuple[int, int, tuple[str, ...]]]:
        """Apply the classifier to one article unit by unit.

        Parameters
        ----------
        text : str
        unit : {"paragraph", "sentence"}, default "paragraph"
            A paragraph longer than 1,500 characters (scraped text with lost breaks) is read
            sentence by sentence.

        Returns
        -------
        list of (start, end, labels)
            ``text[start:end]`` is the unit.
        """
        units = text_units(text, unit=unit)
        if not units:
            return []
        preds = self.predict([text[s:e] for s, e in units])
        return [(s, e, p) for (s, e), p in zip(units, preds)]


def text_units(text: str, *, unit: str = "paragraph") -> list[tuple[int, int]]:
    """``(start, end)`` of the paragraphs (or sentences) of ``text``; a paragraph of more than 1,500
    characters is split into its sentences.

    >>> text_units("Un. Deux.\\n\\nTrois.")
    [(0, 9), (11, 17)]
    >>> text_units("Un. Deux.", unit="sentence")
    [(0, 3), (4, 9)]
    """
    from ._validation import check_choice, check_text
    from .text import paragraphs, sentences

    check_text(text)
    check_choice("unit", unit, ("paragraph", "sentence"))
    if unit == "sentence":
        return [(s.start, s.end) for s in sentences(text)]
    out = []
    for p in paragraphs(text):
        if p.end - p.start > 1500:
            out.extend((p.start + s.start, p.start + s.end) for s in sentences(text[p.start:p.end]))
        else:
            out.append((p.start, p.end))
    return out


# --------------------------------------------------------------------------------------------
# Genre (single label)
# --------------------------------------------------------------------------------------------


class GenreClassifier(_TextClassifier):
    """One genre per article (opinion, reporting, satire by default; any labels).

    TF-IDF on words and character n-grams plus the library's indicators (quotes, sources and
    evaluative vocabulary separate opinion from reporting), one multinomial logistic regression with
    balanced class weights.

    Parameters
    ----------
    labels : None, "auto" or list of str, default None
        None for :data:`GENRES`; ``"auto"`` for the labels seen in ``y``.
    C : float, default 10.0
    word_ngrams, char_ngrams, min_df, max_features : as in :class:`FrameClassifier`
    features : bool, default True
    class_weight : "balanced" or None, default "balanced"
    random_state : int, default 0

    Examples
    --------
    >>> texts = ["Selon la préfecture, la route est fermée, a indiqué le maire.",
    ...          "Je pense que cette réforme est une honte et une erreur."] * 4
    >>> clf = GenreClassifier(labels=["opinion", "reporting"], min_df=1).fit(texts, ["reporting", "opinion"] * 4)
    >>> list(clf.predict(["À mon sens, cette décision est une faute."]))
    ['opinion']
    """

    def __init__(self, labels=None, *, C=10.0, word_ngrams=(1, 2), char_ngrams=(2, 5), min_df=2,
                 max_features=200_000, features=True, class_weight="balanced", random_state=0):
        self.labels = labels
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_features = max_features
        self.features = features
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X, y):
        """Fit on texts and one label per text."""
        from sklearn.linear_model import LogisticRegression

        texts = _check_texts(X, allow_empty=False)
        if isinstance(y, str) or not isinstance(y, Iterable):
            raise type_error("y", y, "a list with one label (str) per text")
        y = list(y)
        if len(y) != len(texts):
            raise ValueError(f"`y` has {len(y)} labels but `X` has {len(texts)} texts: give one label per text")
        for i, lab in enumerate(y):
            if not isinstance(lab, str):
                raise TypeError(f"`y` item {i} must be a label name (str); got {describe(lab)}")
        labels = _label_set(self.labels, GENRES, [[lab] for lab in y])
        for i, lab in enumerate(y):
            if lab not in labels:
                raise ValueError(f"label {lab!r} (item {i}) is not in the label set {list(labels)}; "
                                 "pass labels=[...] or labels='auto'")
        seen = [lab for lab in labels if lab in set(y)]
        if len(seen) < 2:
            raise ValueError(f"fitting needs at least two classes in `y`; found {len(seen)}: {seen}")
        self.classes_ = np.asarray(seen, dtype=object)
        self.n_train_ = len(texts)
        self.vectorizer_ = _vectorizer(self.word_ngrams, self.char_ngrams, self.min_df, self.features,
                                       self.max_features)
        Xv = self.vectorizer_.fit_transform(texts)
        codes = np.asarray([seen.index(lab) for lab in y])
        self.estimator_ = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000,
                                             random_state=self.random_state).fit(Xv, codes)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each class, columns aligned with ``classes_``."""
        _check_fitted(self, "estimator_")
        texts = _check_texts(X)
        proba = self.estimator_.predict_proba(self.vectorizer_.transform(texts))
        out = np.zeros((len(texts), len(self.classes_)))
        out[:, self.estimator_.classes_] = proba
        return out

    def predict(self, X) -> np.ndarray:
        """The most probable class of each text."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]


# --------------------------------------------------------------------------------------------
# Zero-shot frames
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _frame_lexicon() -> tuple[tuple[str, str, float], ...]:
    rows = []
    for row in read_tsv("frame_lexicon.tsv"):
        frame, term = (row.get("frame") or "").strip(), (row.get("term") or "").strip()
        if frame and term:
            rows.append((frame, term, float(row.get("weight") or 1.0)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _stem():
    from nltk.stem.snowball import FrenchStemmer

    return lru_cache(maxsize=200_000)(FrenchStemmer().stem)


def _stems(text: str) -> list[str]:
    from .text import tokens

    stem = _stem()
    return [stem(f) for f in tokens(text).folded]


class _CueIndex:
    """Cue terms of each frame matched on Snowball stems (so "coûts", "coûteux" and "coûter" all hit
    "coût"), longest phrase first, without overlaps."""

    def __init__(self, entries: Iterable[tuple[str, str, float]], frames: Sequence[str]):
        from .inflect import fold
        from .text import tokens

        stem = _stem()
        self.frames = tuple(frames)
        col = {f: k for k, f in enumerate(self.frames)}
        self.index: dict[str, list[tuple[tuple[str, ...], list[tuple[int, float]]]]] = {}
        table: dict[tuple[str, ...], list[tuple[int, float]]] = {}
        self.terms: dict[str, list[tuple[str, float]]] = {f: [] for f in self.frames}
        for frame, term, weight in entries:
            if frame not in col:
                continue
            key = tuple(stem(fold(t)) for t in tokens(term).texts)
            if key:
                table.setdefault(key, []).append((col[frame], weight))
                self.terms[frame].append((term, weight))
        for key, hits in table.items():
            self.index.setdefault(key[0], []).append((key, hits))
        for seqs in self.index.values():
            seqs.sort(key=lambda s: -len(s[0]))

    def scores(self, text: str) -> tuple[np.ndarray, int]:
        """Weighted hits per frame and the number of word tokens."""
        st = _stems(text)
        out = np.zeros(len(self.frames))
        i, n = 0, len(st)
        while i < n:
            step = 1
            for key, hits in self.index.get(st[i], ()):
                k = len(key)
                if tuple(st[i:i + k]) == key:
                    for col, w in hits:
                        out[col] += w
                    step = k
                    break
            i += step
        return out, n


class FrameLexiconScorer(_TextClassifier):
    """Zero-shot frames from a French cue lexicon: works with no training data.

    Each frame's score is the weighted number of its cue terms in the text
    (``resources/frame_lexicon.tsv``, matched on Snowball stems) per 1,000 word tokens:
    :math:`s_f = 1000 \\sum_{t \\in f} w_t\\, c_t / N`. A frame is predicted when
    :math:`s_f \\ge` ``threshold`` and :math:`s_f \\ge` ``relative`` :math:`\\times \\max_g s_g`;
    the best frame is always predicted (``min_labels=1``), at most ``max_labels``; a text without a
    single cue term gets no frame (an empty tuple) rather than an arbitrary one.

    Parameters
    ----------
    threshold : float, default 3.0
        Minimum score per 1,000 tokens.
    relative : float, default 0.3
        Minimum score as a share of the article's best frame score. The defaults were read off 200
        OrangeSum articles annotated with frames (micro-F1 0.57–0.59 for thresholds 2–6 and
        relative 0.3; ``benchmarks/bench_models.py``).
    min_labels : int, default 1
    max_labels : int or None, default 4
    lexicon : None or list of (frame, term, weight), default None
        None uses the shipped lexicon; give your own tuples to extend or replace it.

    Examples
    --------
    >>> scorer = FrameLexiconScorer()
    >>> scorer.predict(["Le tribunal a condamné le suspect à cinq ans de prison pour vol et agression."])
    [('Crime_and_punishment',)]
    """

    def __init__(self, threshold=3.0, relative=0.3, min_labels=1, max_labels=4, lexicon=None):
        self.threshold = threshold
        self.relative = relative
        self.min_labels = min_labels
        self.max_labels = max_labels
        self.lexicon = lexicon

    _multilabel = True
    _requires_fit = False

    def _index(self) -> _CueIndex:
        entries = _frame_lexicon() if self.lexicon is None else tuple(self.lexicon)
        frames = list(MFC_FRAMES) + sorted({f for f, _, _ in entries} - set(MFC_FRAMES))
        frames = [f for f in frames if any(e[0] == f for e in entries)]
        return _CueIndex(entries, frames)

    def fit(self, X=None, y=None):
        """Nothing to learn: builds the cue index (``X`` and ``y`` are ignored, so it fits in pipelines)."""
        self.index_ = self._index()
        self.classes_ = np.asarray(self.index_.frames, dtype=object)
        return self

    def _ready(self) -> None:
        if not hasattr(self, "index_"):
            self.fit()

    def decision_function(self, X) -> np.ndarray:
        """Scores per 1,000 tokens, shape (n_texts, n_frames), columns aligned with ``classes_``."""
        self._ready()
        texts = _check_texts(X)
        out = np.zeros((len(texts), len(self.classes_)))
        for i, t in enumerate(texts):
            hits, n = self.index_.scores(t)
            out[i] = 1000.0 * hits / max(n, 1)
        return out

    def predict_proba(self, X) -> np.ndarray:
        """Scores scaled to [0, 1] per text (each divided by the text's best score); not calibrated."""
        s = self.decision_function(X)
        top = s.max(axis=1, keepdims=True)
        return np.divide(s, top, out=np.zeros_like(s), where=top > 0)

    def predict(self, X) -> list[tuple[str, ...]]:
        """Frames per text (at least ``min_labels``), as tuples in the order of ``classes_``."""
        s = self.decision_function(X)
        cut = np.maximum(self.threshold, self.relative * s.max(axis=1, keepdims=True))
        ratio = np.divide(s, cut, out=np.zeros_like(s), where=cut > 0)
        # a text without a single cue gets no frame: there is nothing to choose one from
        return _select(ratio, self.classes_, 1.0, self.min_labels, self.max_labels, positive_only=True)


# --------------------------------------------------------------------------------------------
# Evaluation and explanation
# --------------------------------------------------------------------------------------------


def _is_multilabel(estimator) -> bool:
    return isinstance(_final(estimator), (_MultiLabelText, FrameLexiconScorer))


def evaluate(estimator, texts, y, *, cv: int = 5, random_state: int = 0):
    """Cross-validated precision, recall and F1 per label, with micro and macro averages.

    Parameters
    ----------
    estimator : a framing classifier (or a Pipeline ending in one)
        Cloned and fitted on each training fold; :class:`FrameLexiconScorer` is used as is.
    texts : list of str
    y : list of label lists (multi-label) or list of labels (genre)
    cv : int, default 5
        Number of folds (shuffled with ``random_state``; stratified for single-label).

    Returns
    -------
    pandas.DataFrame
        Index: each label, then ``micro avg`` and ``macro avg``; columns ``precision``, ``recall``,
        ``f1``, ``support`` (number of true occurrences).

    Examples
    --------
    >>> texts = ["Le budget et la dette inquiètent.", "La police a arrêté un suspect."] * 5
    >>> y = [["Economic"], ["Crime_and_punishment"]] * 5
    >>> table = evaluate(FrameClassifier(labels="auto", min_df=1, cv=2), texts, y, cv=2)
    >>> float(table.loc["micro avg", "f1"])
    1.0
    """
    import pandas as pd
    from sklearn.base import clone
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import KFold, StratifiedKFold

    texts = _check_texts(texts)
    if not isinstance(cv, int) or cv < 2:
        raise value_error("cv", cv, "an int of at least 2")
    multilabel = _is_multilabel(estimator)
    final = _final(estimator)
    if multilabel:
        default = getattr(final, "_default_labels", MFC_FRAMES)
        labels = getattr(final, "labels", None)
        lexicon_only = isinstance(final, FrameLexiconScorer)
        if lexicon_only:
            labels, default = None, tuple(clone(final).fit().classes_)
        Y, classes = _binarize(y, len(texts), labels, default)
        P = np.zeros_like(Y)
        splitter = KFold(cv, shuffle=True, random_state=random_state).split(texts)
        for train, test in splitter:
            if lexicon_only:
                model = clone(estimator).fit([texts[i] for i in train])  # nothing learned: the same each fold
            else:
                rows = [[classes[k] for k in np.flatnonzero(Y[i])] for i in train]
                model = clone(estimator).fit([texts[i] for i in train], rows)
            pred = model.predict([texts[i] for i in test])
            P[test] = _indicator(pred, classes)
        p, r, f, s = precision_recall_fscore_support(Y, P, zero_division=0)
        rows = {c: (p[k], r[k], f[k], int(s[k])) for k, c in enumerate(classes)}
        for avg in ("micro", "macro"):
            pa, ra, fa, _ = precision_recall_fscore_support(Y, P, average=avg, zero_division=0)
            rows[f"{avg} avg"] = (pa, ra, fa, int(Y.sum()))
    else:
        y = list(y)
        if len(y) != len(texts):
            raise ValueError(f"`y` has {len(y)} labels but `texts` has {len(texts)}")
        y_arr = np.asarray(y, dtype=object)
        pred = np.empty(len(y), dtype=object)
        for train, test in StratifiedKFold(cv, shuffle=True, random_state=random_state).split(texts, y_arr):
            model = clone(estimator).fit([texts[i] for i in train], list(y_arr[train]))
            pred[test] = model.predict([texts[i] for i in test])
        classes = sorted(set(y))
        p, r, f, s = precision_recall_fscore_support(y_arr, pred, labels=classes, zero_division=0)
        rows = {c: (p[k], r[k], f[k], int(s[k])) for k, c in enumerate(classes)}
        for avg in ("micro", "macro"):
            pa, ra, fa, _ = precision_recall_fscore_support(y_arr, pred, labels=classes, average=avg,
                                                            zero_division=0)
            rows[f"{avg} avg"] = (pa, ra, fa, len(y))
    return pd.DataFrame.from_dict(rows, orient="index", columns=["precision", "recall", "f1", "support"])


def _final(estimator):
    return estimator.steps[-1][1] if hasattr(estimator, "steps") else estimator


def top_features(estimator, label: str, n: int = 20):
    """The features that push a label up most: the largest weights of its logistic regression (or,
    for :class:`FrameLexiconScorer`, its heaviest cue terms).

    Parameters
    ----------
    estimator : a fitted FrameClassifier, TechniqueClassifier, GenreClassifier or FrameLexiconScorer
    label : str
    n : int, default 20

    Returns
    -------
    pandas.DataFrame
        Columns ``feature`` and ``weight``, by decreasing weight. Word features are prefixed
        ``words__``, character n-grams ``chars__`` and indicators ``indicators__``.

    Examples
    --------
    >>> top_features(FrameLexiconScorer(), "Economic", n=3)["weight"].tolist()
    [1.0, 1.0, 1.0]
    """
    import pandas as pd

    est = _final(estimator)
    if not isinstance(n, int) or n < 1:
        raise value_error("n", n, "a positive int")
    if isinstance(est, FrameLexiconScorer):
        est._ready()
        if label not in est.index_.terms:
            raise value_error("label", label, f"one of {list(est.classes_)}")
        terms = sorted(est.index_.terms[label], key=lambda tw: (-tw[1], tw[0]))[:n]
        return pd.DataFrame(terms, columns=["feature", "weight"])
    _check_fitted(est, "vectorizer_")
    classes = list(est.classes_)
    if label not in classes:
        raise value_error("label", label, f"one of {classes}")
    k = classes.index(label)
    if isinstance(est, GenreClassifier):
        coef = est.estimator_.coef_
        row = coef[0] * (1 if k == 1 else -1) if coef.shape[0] == 1 else coef[k]
    else:
        model = est.estimators_[k]
        if isinstance(model, float):
            raise ValueError(f"label {label!r} was constant in training: it has no model to explain")
        row = model.coef_[0]
    names = est.vectorizer_.get_feature_names_out()
    order = np.argsort(-row, kind="stable")[:n]
    return pd.DataFrame({"feature": names[order], "weight": row[order]})


# --------------------------------------------------------------------------------------------
# Model files
# --------------------------------------------------------------------------------------------

_CARD_KEY = "framing_model_card"


def _own_types() -> list[str]:
    return [f"framing.models.{name}" for name in ("FramingFeatures", "FrameClassifier", "GenreClassifier",
                                                  "TechniqueClassifier", "FrameLexiconScorer", "_CueIndex")]


def save_model(estimator, path, *, scores=None, description: str = "") -> Path:
    """Save a fitted estimator to a skops file (no pickle), with a model card.

    Parameters
    ----------
    estimator : a fitted framing estimator (or a Pipeline)
    path : str or Path
        The file to write (``.skops`` recommended).
    scores : pandas.DataFrame, optional
        The result of :func:`evaluate`, stored in the card.
    description : str, optional

    Returns
    -------
    Path
        The file written. The card holds the labels, training size, date, framing and scikit-learn
        versions, the estimator's parameters, ``scores`` and ``description``; :func:`load_model` puts
        it in the loaded estimator's ``model_card_``.
    """
    import sklearn
    import skops.io as sio

    path = Path(path)
    est = _final(estimator)
    classes = getattr(est, "classes_", None)
    if classes is None:
        raise _not_fitted(est)
    card = {
        "framing_version": __version__,
        "sklearn_version": sklearn.__version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "estimator": type(estimator).__name__,
        "labels": [str(c) for c in classes],
        "training_size": int(getattr(est, "n_train_", 0)),
        "params": json.dumps({k: v for k, v in est.get_params(deep=False).items()}, default=str),
        "scores": "" if scores is None else scores.to_json(orient="index"),
        "description": str(description),
    }
    held = {}
    for obj in {id(estimator): estimator, id(est): est}.values():  # the previous card is not saved
        if "model_card_" in vars(obj):
            held[id(obj)] = (obj, vars(obj).pop("model_card_"))
    try:
        sio.dump({_CARD_KEY: card, "estimator": estimator}, path)
    finally:
        for obj, old_card in held.values():
            obj.model_card_ = old_card
    return path


def load_model(path, *, trusted: Sequence[str] | None = None):
    """Load a model saved by :func:`save_model`, refusing any type it does not know.

    Parameters
    ----------
    path : str or Path
    trusted : list of str, optional
        Fully qualified names of extra types you trust (e.g. a custom transformer in your
        pipeline); the framing estimators, scikit-learn, NumPy and SciPy types are known.

    Returns
    -------
    estimator
        With ``model_card_`` (a dict) set.

    Raises
    ------
    ValueError
        If the file is not a framing model file, is damaged, or holds types that are not trusted.

    Warns
    -----
    UserWarning
        When the model was saved by another major version of framing (or of scikit-learn).
    """
    import skops.io as sio

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file at {str(path)!r}")
    try:
        untrusted = set(sio.get_untrusted_types(file=path))
    except Exception as exc:  # noqa: BLE001 - any parse failure means a damaged or foreign file
        raise ValueError(f"{str(path)!r} is not a readable skops model file ({type(exc).__name__}: {exc})") from None
    allowed = set(_own_types()) | set(trusted or ())
    refused = sorted(t for t in untrusted if t not in allowed)
    if refused:
        raise ValueError(f"{str(path)!r} holds types that are not trusted: {refused}; pass trusted=[...] "
                         "only if you know where the file comes from")
    try:
        obj = sio.load(path, trusted=sorted(untrusted))
    except Exception as exc:  # noqa: BLE001
        raise ValueError(f"{str(path)!r} could not be loaded ({type(exc).__name__}: {exc})") from None
    if not isinstance(obj, dict) or _CARD_KEY not in obj or "estimator" not in obj:
        raise ValueError(f"{str(path)!r} is not a framing model file (no model card)")
    card = dict(obj[_CARD_KEY])
    est = obj["estimator"]
    saved = str(card.get("framing_version", "0")).split(".")[0]
    if saved != __version__.split(".")[0]:
        warnings.warn(f"this model was saved by framing {card.get('framing_version')} and is loaded by framing "
                      f"{__version__} (another major version): its features or labels may differ; retrain it "
                      "or check its predictions", UserWarning, stacklevel=2)
    import sklearn

    if str(card.get("sklearn_version", "")).split(".")[:2] != sklearn.__version__.split(".")[:2]:
        warnings.warn(f"this model was saved with scikit-learn {card.get('sklearn_version')} and is loaded with "
                      f"{sklearn.__version__}: predictions may differ slightly", UserWarning, stacklevel=2)
    if card.get("scores"):
        from io import StringIO

        import pandas as pd

        card["scores"] = pd.read_json(StringIO(card["scores"]), orient="index")
    else:
        card["scores"] = None
    card["params"] = json.loads(card.get("params") or "{}")
    est.model_card_ = card
    return est
