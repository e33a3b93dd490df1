"""Closed-class French words shared by the extractors: one place for each list.

Open classes (speech verbs, speaker nouns, names, outlets, institutions) live in ``resources/``.
"""

from __future__ import annotations

__all__ = ["HONORIFICS", "ARTICLES"]

#: Titles written before a name, with the gender they mark (``None``: either).
HONORIFICS: dict[str, str | None] = {
    "m.": "m",
    "m": "m",
    "mm.": "m",
    "monsieur": "m",
    "mgr": "m",
    "mgr.": "m",
    "mme": "f",
    "mme.": "f",
    "madame": "f",
    "mlle": "f",
    "me": None,
    "me.": None,
    "maître": None,
    "dr": None,
    "dr.": None,
    "pr": None,
    "pr.": None,
}

#: Articles, contracted articles, demonstratives and possessives that open a noun phrase.
ARTICLES = frozenset(
    "le la l' les un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos".split()
)
