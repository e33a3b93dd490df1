"""Tests for framing.models: the scikit-learn contract (tested explicitly: check_estimator skips
raw-text estimators), bad input, evaluation, explanation and safe model files. Texts are fictional."""

from __future__ import annotations

import pickle
import warnings

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline

import framing
from framing.models import (
    GENRES,
    MFC_FRAMES,
    TECHNIQUES,
    FrameClassifier,
    FrameLexiconScorer,
    FramingFeatures,
    GenreClassifier,
    TechniqueClassifier,
    evaluate,
    load_model,
    save_model,
    text_units,
    top_features,
)

ECO = ["Le budget de l'État et la dette publique inquiètent les marchés financiers.",
       "La croissance ralentit et le chômage repart à la hausse, selon l'Insee.",
       "Les prix de l'énergie pèsent sur le pouvoir d'achat des ménages.",
       "L'entreprise annonce un plan d'économies et des licenciements."]
CRIME = ["La police a interpellé trois suspects après le braquage de la bijouterie.",
         "Le tribunal correctionnel a condamné le voleur à deux ans de prison.",
         "Une enquête est ouverte pour meurtre après la découverte du corps.",
         "Le suspect a été placé en garde à vue pour agression."]
POL = ["Le parti a désigné son candidat pour l'élection présidentielle.",
       "L'opposition dénonce la stratégie du gouvernement avant le scrutin.",
       "Les députés de la majorité préparent la campagne des municipales.",
       "Le remaniement du gouvernement fragilise le Premier ministre."]
TEXTS = (ECO + CRIME + POL) * 2
Y = ([["Economic"]] * 4 + [["Crime_and_punishment"]] * 4 + [["Political"]] * 4) * 2
Y[0] = ["Economic", "Political"]
Y[12] = ["Economic", "Political"]


@pytest.fixture(scope="module")
def frames():
    return FrameClassifier(min_df=1, cv=2).fit(TEXTS, Y)


# -- the scikit-learn contract -------------------------------------------------------------------


@pytest.mark.parametrize("cls", [FrameClassifier, TechniqueClassifier, GenreClassifier, FrameLexiconScorer,
                                 FramingFeatures])
def test_parameters_only_in_init_and_clone(cls):
    est = cls()
    params = est.get_params()
    clone_ = clone(est)
    assert clone_.get_params() == params
    assert not [k for k in vars(est) if k.endswith("_")]  # nothing learned before fit
    key = next(iter(params))
    est.set_params(**{key: params[key]})


def test_set_params_changes_the_model():
    est = FrameClassifier().set_params(C=3.0, min_labels=2)
    assert est.C == 3.0 and est.min_labels == 2


def test_learned_attributes(frames):
    assert list(frames.classes_) == list(MFC_FRAMES)
    assert frames.thresholds_.shape == (14,) and frames.n_train_ == len(TEXTS)


def test_predict_and_proba_aligned_with_classes(frames):
    pred = frames.predict(["La police a arrêté un suspect pour vol.", "Le budget et la dette inquiètent."])
    assert pred[0] == ("Crime_and_punishment",) and "Economic" in pred[1]
    proba = frames.predict_proba(["La police a arrêté un suspect."])
    assert proba.shape == (1, 14) and ((proba >= 0) & (proba <= 1)).all()
    assert proba[0, list(frames.classes_).index("Crime_and_punishment")] == proba.max()


def test_at_least_one_label_per_article(frames):
    for labels in frames.predict(["Il fait beau.", "Rien à signaler."]):
        assert len(labels) >= 1


def test_deterministic():
    a = FrameClassifier(min_df=1, cv=2).fit(TEXTS, Y)
    b = FrameClassifier(min_df=1, cv=2).fit(TEXTS, Y)
    probe = ["Les marchés et la dette.", "Un suspect arrêté."]
    assert np.array_equal(a.predict_proba(probe), b.predict_proba(probe))
    assert np.array_equal(a.thresholds_, b.thresholds_)


def test_indicator_matrix_and_label_lists_give_the_same_model():
    from framing.models import _binarize

    matrix, _ = _binarize(Y, len(Y), None, MFC_FRAMES)
    a = FrameClassifier(min_df=1, cv=2).fit(TEXTS, Y)
    b = FrameClassifier(min_df=1, cv=2).fit(TEXTS, matrix)
    assert np.array_equal(a.predict_proba(TEXTS[:3]), b.predict_proba(TEXTS[:3]))


def test_pickle_round_trip(frames):
    again = pickle.loads(pickle.dumps(frames))
    assert again.predict(TEXTS) == frames.predict(TEXTS)


def test_cross_val_score_and_grid_search_in_a_pipeline():
    from framing.models import _binarize

    # scikit-learn's splitters need multi-label targets as an indicator matrix
    matrix, _ = _binarize(Y, len(Y), None, MFC_FRAMES)
    scores = cross_val_score(FrameClassifier(min_df=1, cv=2), TEXTS, matrix, cv=3)
    assert scores.shape == (3,) and (scores > 0.5).all()
    grid = GridSearchCV(Pipeline([("clf", FrameClassifier(min_df=1, cv=2))]), {"clf__C": [1.0, 100.0]}, cv=2)
    grid.fit(TEXTS, matrix)
    assert grid.best_params_["clf__C"] in (1.0, 100.0)
    assert grid.predict(["La police a arrêté un suspect."])[0] == ("Crime_and_punishment",)


def test_other_label_sets():
    clf = FrameClassifier(labels="auto", min_df=1, cv=2).fit(TEXTS, Y)
    assert list(clf.classes_) == ["Crime_and_punishment", "Economic", "Political"]
    mine = FrameClassifier(labels=["eco", "crime", "pol"], min_df=1, cv=2)
    mine.fit(TEXTS, [["eco"] if "Economic" in r else ["crime"] if "Crime_and_punishment" in r else ["pol"]
                     for r in Y])
    assert set(mine.predict(["Le tribunal a condamné le voleur."])[0]) == {"crime"}


def test_fixed_threshold():
    clf = FrameClassifier(min_df=1, threshold=0.5).fit(TEXTS, Y)
    assert (clf.thresholds_ == 0.5).all()


# -- bad input ---------------------------------------------------------------------------------


def test_predict_before_fit():
    for est in (FrameClassifier(), TechniqueClassifier(), GenreClassifier()):
        with pytest.raises(NotFittedError, match="fit"):
            est.predict(["Un texte."])


@pytest.mark.parametrize("X, y, error, match", [
    ("un seul texte", [["Economic"]], TypeError, "list of texts"),
    ([b"bytes"], [["Economic"]], TypeError, "str"),
    ([], [], ValueError, "empty"),
    (["Un texte.", "  "], [["Economic"], ["Political"]], ValueError, "empty text"),
    (["Un.", "Deux."], [["Economic"]], ValueError, "1 rows but `X` has 2"),
    (["Un.", "Deux."], [["Economic"], ["Banane"]], ValueError, "'Banane'"),
    (["Un.", "Deux."], [["Economic"], ["Economic"]], ValueError, "two classes"),
    (["Un.", "Deux."], [[1], [0]], ValueError, "1 columns but the label set has 14"),
    (["Un.", "Deux."], [["Economic"], [3.5]], TypeError, "row 1"),
])
def test_fit_errors_name_the_problem(X, y, error, match):
    with pytest.raises(error, match=match):
        FrameClassifier(min_df=1).fit(X, y)


def test_bad_parameters():
    with pytest.raises(ValueError, match="labels"):
        FrameClassifier(labels="everything").fit(TEXTS, Y)
    with pytest.raises(ValueError, match="threshold"):
        FrameClassifier(min_df=1, threshold=2.0).fit(TEXTS, Y)


def test_genre_errors_and_predictions():
    texts = ["Selon la préfecture, la route est fermée, a indiqué le maire.",
             "Je pense que cette réforme est une honte et une erreur.",
             "Le conseil municipal a voté le budget mardi, a précisé la mairie.",
             "À mon avis, ce projet absurde doit être abandonné."] * 3
    y = ["reporting", "opinion"] * 6
    clf = GenreClassifier(min_df=1).fit(texts, y)
    assert list(clf.classes_) == ["opinion", "reporting"]  # in the order of GENRES
    assert clf.predict_proba(texts[:2]).shape == (2, 2)
    assert list(clf.predict(["Je crois que cette décision est une faute."])) == ["opinion"]
    with pytest.raises(ValueError, match="'satyre'"):
        GenreClassifier(min_df=1).fit(texts[:2], ["reporting", "satyre"])
    with pytest.raises(ValueError, match="two classes"):
        GenreClassifier(min_df=1).fit(texts[:2], ["opinion", "opinion"])
    with pytest.raises(ValueError, match="2 labels but `X` has 3"):
        GenreClassifier(min_df=1).fit(texts[:3], ["opinion", "reporting"])
    assert set(GENRES) == {"opinion", "reporting", "satire"}


# -- techniques -----------------------------------------------------------------------------------


def test_techniques_per_unit_and_per_article():
    units = ["Ce régime corrompu est une honte absolue !", "Le conseil se réunit mardi à 18 heures.",
             "Une catastrophe, un scandale d'État, un désastre !", "La séance a duré deux heures."] * 4
    y = [["Loaded_Language"], [], ["Loaded_Language", "Exaggeration-Minimisation"], []] * 4
    clf = TechniqueClassifier(min_df=1, cv=2).fit(units, y)
    assert list(clf.classes_) == list(TECHNIQUES)
    assert clf.predict(["La séance a duré trois heures."]) == [()]
    article = "Quelle honte, ce scandale absolu !\n\nLe conseil se réunit jeudi.\n\nLa séance a duré une heure."
    out = clf.predict_units(article)
    assert [article[s:e] for s, e, _ in out][1] == "Le conseil se réunit jeudi."
    assert "Loaded_Language" in out[0][2] and out[1][2] == ()


def test_text_units_split_long_paragraphs():
    long = " ".join(["Une phrase de remplissage assez longue pour compter."] * 40)
    units = text_units(long)
    assert len(units) == 40 and all(e - s < 100 for s, e in units)
    with pytest.raises(ValueError, match="unit"):
        text_units("Un.", unit="page")


# -- features --------------------------------------------------------------------------------


def test_framing_features():
    f = FramingFeatures().fit(TEXTS)
    names = list(f.get_feature_names_out())
    assert "n_terms" in names and "quotes" in names and "sources" in names and "top_source" not in names
    X = f.transform(["« Non », a dit Léa Morel. Selon l'AFP, le pont est fermé.", ""])
    assert X.shape == (2, len(names)) and np.isfinite(X).all()
    assert X[0, names.index("quotes")] >= 1 and X[1].sum() == 0
    with pytest.raises(NotFittedError):
        FramingFeatures().transform(["Un."])


def test_features_in_the_classifier():
    clf = FrameClassifier(min_df=1, cv=2, features=("lexical",)).fit(TEXTS, Y)
    assert clf.predict(["La police a arrêté un suspect."])[0] == ("Crime_and_punishment",)


# -- zero-shot lexicon ---------------------------------------------------------------------------


def test_lexicon_scorer_needs_no_training():
    scorer = FrameLexiconScorer()
    pred = scorer.predict(CRIME + ECO + ["Bonjour."])
    assert all("Crime_and_punishment" in p for p in pred[:4])
    assert all("Economic" in p for p in pred[4:8])
    assert all(len(p) >= 1 for p in pred[:8]) and pred[8] == ()  # no cue, no frame
    scores = scorer.decision_function(["Le tribunal a condamné le voleur."])
    assert scores.shape == (1, 14) and scores.max() > 0


def test_lexicon_covers_every_frame_with_60_cues():
    from framing.models import _frame_lexicon

    counts = {}
    for frame, _, _ in _frame_lexicon():
        counts[frame] = counts.get(frame, 0) + 1
    assert set(counts) == set(MFC_FRAMES) and min(counts.values()) >= 60


def test_lexicon_matches_inflected_forms():
    scorer = FrameLexiconScorer(threshold=0.1, relative=0.0)
    assert "Crime_and_punishment" in scorer.predict(["Les suspects ont été condamnés et emprisonnés."])[0]


def test_lexicon_scorer_custom_lexicon():
    scorer = FrameLexiconScorer(lexicon=[("Sport", "football", 1.0), ("Sport", "match", 1.0),
                                         ("Météo", "pluie", 1.0)], threshold=1.0)
    assert list(scorer.fit().classes_) == ["Météo", "Sport"]
    assert scorer.predict(["Le match de football est reporté."]) == [("Sport",)]


# -- evaluation and explanation ---------------------------------------------------------------


def test_evaluate_table(frames):
    table = evaluate(FrameClassifier(labels="auto", min_df=1, cv=2), TEXTS, Y, cv=3)
    assert list(table.columns) == ["precision", "recall", "f1", "support"]
    assert list(table.index[-2:]) == ["micro avg", "macro avg"]
    assert table.loc["Economic", "support"] == 8
    assert 0.5 < table.loc["micro avg", "f1"] <= 1.0
    lex = evaluate(FrameLexiconScorer(), TEXTS, Y, cv=2)
    assert "micro avg" in lex.index
    with pytest.raises(ValueError, match="cv"):
        evaluate(FrameClassifier(), TEXTS, Y, cv=1)


def test_evaluate_single_label():
    texts = ["Selon la préfecture, la route est fermée.", "Je pense que cette réforme est une honte."] * 6
    table = evaluate(GenreClassifier(labels="auto", min_df=1), texts, ["reporting", "opinion"] * 6, cv=3)
    assert table.loc["micro avg", "f1"] == 1.0


def test_top_features(frames):
    top = top_features(frames, "Crime_and_punishment", n=10)
    assert list(top.columns) == ["feature", "weight"] and len(top) == 10
    assert top["weight"].is_monotonic_decreasing
    words = top_features(frames, "Crime_and_punishment", n=400)["feature"]
    words = [f for f in words if f.startswith("words__")][:15]
    assert any("police" in f or "suspect" in f or "tribunal" in f or "prison" in f for f in words), words
    with pytest.raises(ValueError, match="label"):
        top_features(frames, "Banane")
    with pytest.raises(ValueError, match="constant"):
        top_features(frames, "Morality")
    lex = top_features(FrameLexiconScorer(), "Economic", n=5)
    assert len(lex) == 5


# -- model files -------------------------------------------------------------------------------


def test_save_and_load_give_identical_predictions(frames, tmp_path):
    scores = evaluate(FrameClassifier(labels="auto", min_df=1, cv=2), TEXTS, Y, cv=2)
    path = save_model(frames, tmp_path / "frames.skops", scores=scores, description="test model")
    loaded = load_model(path)
    assert loaded.predict(TEXTS) == frames.predict(TEXTS)
    assert np.array_equal(loaded.predict_proba(TEXTS), frames.predict_proba(TEXTS))
    card = loaded.model_card_
    assert card["labels"] == list(MFC_FRAMES) and card["training_size"] == len(TEXTS)
    assert card["framing_version"] == framing.__version__ and card["description"] == "test model"
    assert card["scores"].loc["micro avg", "f1"] == pytest.approx(scores.loc["micro avg", "f1"])
    assert card["params"]["C"] == frames.C and card["created"][:2] == "20"


@pytest.mark.parametrize("make", [
    lambda: TechniqueClassifier(min_df=1, cv=2).fit(TEXTS, [["Loaded_Language"], []] * 12),
    lambda: GenreClassifier(labels="auto", min_df=1).fit(TEXTS, ["a", "b"] * 12),
    lambda: FrameLexiconScorer().fit(),
    lambda: Pipeline([("clf", FrameClassifier(min_df=1, cv=2))]).fit(TEXTS, Y),
])
def test_every_estimator_round_trips(make, tmp_path):
    est = make()
    loaded = load_model(save_model(est, tmp_path / "m.skops"))
    assert list(loaded.predict(TEXTS[:4])) == list(est.predict(TEXTS[:4]))


def test_unfitted_model_is_not_saved(tmp_path):
    with pytest.raises(NotFittedError):
        save_model(FrameClassifier(), tmp_path / "m.skops")


def test_tampered_or_foreign_files_are_refused(frames, tmp_path):
    garbage = tmp_path / "garbage.skops"
    garbage.write_bytes(b"not a zip at all")
    with pytest.raises(ValueError, match="not a readable"):
        load_model(garbage)
    pickled = tmp_path / "model.pkl"
    pickled.write_bytes(pickle.dumps(frames))
    with pytest.raises(ValueError, match="not a readable"):
        load_model(pickled)
    with pytest.raises(FileNotFoundError):
        load_model(tmp_path / "missing.skops")


class Foreign:
    """A type framing does not know."""

    def __init__(self):
        self.x = 1


def test_unknown_types_are_refused_unless_trusted(tmp_path):
    import skops.io as sio

    path = tmp_path / "foreign.skops"
    sio.dump({"framing_model_card": {"framing_version": framing.__version__}, "estimator": Foreign()}, path)
    with pytest.raises(ValueError, match="not trusted"):
        load_model(path)
    with pytest.raises(ValueError, match="not a framing model file|could not"):
        sio.dump({"estimator": Foreign()}, path)
        load_model(path, trusted=[f"{__name__}.Foreign"])


def test_a_file_without_card_is_not_a_framing_model(tmp_path):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    path = tmp_path / "plain.skops"
    sio.dump(LogisticRegression(), path)
    with pytest.raises(ValueError, match="not a framing model file"):
        load_model(path)


def test_other_major_version_warns(frames, tmp_path, monkeypatch):
    import framing.models as models

    monkeypatch.setattr(models, "__version__", "99.0.0")
    path = save_model(frames, tmp_path / "future.skops")
    monkeypatch.undo()
    with pytest.warns(UserWarning, match="another major version"):
        load_model(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_model(save_model(frames, tmp_path / "now.skops"))


def test_import_framing_does_not_import_sklearn():
    import subprocess
    import sys

    code = "import sys, framing; print('sklearn' in sys.modules); framing.FrameClassifier; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_evaluate_a_pipeline_uses_its_final_step():
    from sklearn.pipeline import make_pipeline

    units = ["Ce régime corrompu est une honte absolue !", "Le conseil se réunit mardi à 18 heures.",
             "Une catastrophe, un scandale d'État, un désastre !", "La séance a duré deux heures."] * 4
    y = [["Loaded_Language"], [], ["Loaded_Language"], []] * 4
    table = evaluate(make_pipeline(TechniqueClassifier(min_df=1, cv=2)), units, y, cv=2)
    assert "Loaded_Language" in table.index
    lex = evaluate(make_pipeline(FrameLexiconScorer()), TEXTS, Y, cv=2)
    assert "micro avg" in lex.index


def test_lexicon_scorer_gives_no_frame_without_a_cue():
    assert FrameLexiconScorer().predict(["", "...", "Il pleut."]) == [(), (), ()]


def test_a_loaded_pipeline_can_be_saved_again(tmp_path):
    pipe = Pipeline([("clf", FrameClassifier(min_df=1, cv=2))]).fit(TEXTS, Y)
    scores = evaluate(FrameClassifier(labels="auto", min_df=1, cv=2), TEXTS, Y, cv=2)
    loaded = load_model(save_model(pipe, tmp_path / "p.skops", scores=scores))
    again = load_model(save_model(loaded, tmp_path / "q.skops"))
    assert again.predict(TEXTS[:3]) == pipe.predict(TEXTS[:3])
    assert hasattr(loaded, "model_card_")  # saving did not strip the caller's card
