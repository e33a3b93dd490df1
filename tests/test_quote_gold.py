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
