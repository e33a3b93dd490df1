"""The quote gold set (tests/data/quotes_gold.jsonl) is well formed: issue 4 scores against it."""

import json
from pathlib import Path

import pytest

from framing.verbs import CUE_CLASSES

GOLD = Path(__file__).parent / "data" / "quotes_gold.jsonl"
KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organisation", "media", "anonymous", "group", "document", "unknown"}


def _passages():
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_gold_set_covers_the_patterns():
    passages = _passages()
    assert len(passages) >= 30
    assert len({p["id"] for p in passages}) == len(passages)
    assert len({p["pattern"] for p in passages}) >= 25


@pytest.mark.parametrize("passage", _passages(), ids=lambda p: p["id"])
def test_gold_passage_is_consistent(passage):
    text = passage["text"]
    for q in passage["quotes"]:
        assert q["quote"] in text
        assert q["kind"] in KINDS
        assert q["speaker_type"] in SPEAKER_TYPES
        assert q["cue_class"] in CUE_CLASSES
        assert q["speaker"] is None or q["speaker"] in text


HELDOUT = Path(__file__).parent / "data" / "quotes_heldout.jsonl"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _bench():
    import sys

    sys.path.insert(0, str(BENCH))
    import bench_quotes

    return bench_quotes


def _predict(text):
    from framing import extract_quotes

    return [(q.start, q.end, q.speaker, q.kind, q.speaker_type, q.cue) for q in extract_quotes(text)]


@pytest.mark.parametrize("path", [GOLD, HELDOUT], ids=["dev", "heldout"])
def test_quality_on_the_fictional_gold_sets_does_not_regress(path):
    # guards measured figures (F1 1.00 / 0.98, speaker 0.98 / 0.87), with a margin
    scores = _bench().score(_bench().load_gold(path), _predict)
    assert scores["F1"] >= 0.93
    assert scores["speaker_acc"] >= 0.80


@pytest.mark.orangesum
def test_quality_on_real_news_does_not_regress():
    real = _bench().load_real()
    if real is None:
        pytest.skip("OrangeSum is not available (../shared/corpora/orangesum)")
    # measured on the 100 hand-annotated OrangeSum articles: F1 0.87, speaker accuracy 0.85;
    # on the second annotator's 50: F1 0.83, speaker accuracy 0.78 (floors leave a small margin)
    scores = _bench().score(real, _predict)
    assert scores["F1"] >= 0.85
    assert scores["speaker_acc"] >= 0.81
    blind = _bench().score(_bench().load_real(_bench().REAL_BLIND), _predict)
    assert blind["F1"] >= 0.81
    assert blind["speaker_acc"] >= 0.75
    # the dev batches 26000-26749 (6,076 quotes): F1 0.84, speaker accuracy 0.81 (floors with a margin)
    dev = [p for path in _bench().REAL_DEVS for p in _bench().load_real(path)]
    more = _bench().score(dev, _predict)
    assert more["F1"] >= 0.83
    assert more["speaker_acc"] >= 0.79
