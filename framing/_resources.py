"""The one reader of the package's tab-separated resources (``framing/resources/*.tsv``)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

__all__ = ["RESOURCES", "read_tsv"]

#: The folder of the package data.
RESOURCES = Path(__file__).parent / "resources"


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``resources/<name>`` as dicts keyed by the header (tab-separated, UTF-8, no quoting);
    an absent file gives no rows. Cached: each file is parsed once per process.

    >>> rows = read_tsv("speech_verbs.tsv")
    >>> rows[0]["lemma"], rows[0]["cue_class"]
    ('dire', 'neutral')
    """
    path = RESOURCES / name
    if not path.is_file():
        return ()
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(row for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row)
