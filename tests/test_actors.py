"""Tests of actor labelling (fictional sentences written for these tests)."""

import pytest

from framing import Document, load_sample
from framing.actors import actor_labels, attached_labels

KOVALAN = "Andrés Kovalan"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le pays refuse de reconnaître l'imposteur Andrés Kovalan.", [("imposteur", "before")]),
        ("Washington soutient le chef de l'opposition Andrés Kovalan.", [("chef de l'opposition", "before")]),
        ("Kovalan, président par intérim autoproclamé, a répondu.", [("président par intérim autoproclamé", "apposition")]),
        ("Ils saluent le courage du président par intérim Andrés Kovalan.", [("président par intérim", "before")]),
        ("Le soutien de Paris au président Kovalan inquiète.", [("président", "before")]),
        ("En avril, le président du Parlement valdorien, Andrés Kovalan, a prêté serment.",
         [("président du parlement valdorien", "before")]),
        ("Hier, l'opposant Kovalan, figure de la contestation, a parlé.",
         [("opposant", "before"), ("figure de la contestation", "apposition")]),
        ("L'imposteur ANDRES KOVALAN a menti.", [("imposteur", "before")]),  # case and accents
        # a title with complements and a parenthesis, as state media write it
        ("Ainsi s'est présenté le représentant spécial de Miroslav Dragan auprès de l'Union continentale (UC) "
         "Andrés Kovalan, venu en personne.",
         [("représentant spécial de miroslav dragan auprès de l'union continentale", "before")]),
        ("Le président a reçu l'imposteur Kovalan.", [("imposteur", "before")]),
        ("Le président reçoit l'imposteur Kovalan.", [("imposteur", "before")]),
        ("Elle est la représentante spéciale de M. Kovalan.", []),  # the honorific is part of the mention
        ("Le pays dont l'armée soutiendrait secrètement Kovalan.", []),  # a conditional verb ends the label
        # no label
        ("Le représentant spécial de Andrés Kovalan est arrivé.", []),
        ("Selon le ministère, Andrés Kovalan a quitté le pays.", []),
        ("Andrés Kovalan, qui dirige le Parlement, a parlé.", []),
        ("Andrés Kovalan, a-t-on appris, est arrivé.", []),
        ("Kovalanisme et Kovalan-bis ne sont pas des mentions.", []),
        ("", []),
    ],
)
def test_attached_labels(text, expected):
    found = attached_labels(text, KOVALAN)
    assert [(a.label, a.kind) for a in found] == expected
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.mention_start < a.mention_end


def test_aliases_are_mentions():
    text = "Le régime accuse le putschiste El Comandante."
    assert [a.label for a in attached_labels(text, KOVALAN, aliases=["El Comandante"])] == ["putschiste"]


def test_actor_labels_per_outlet_on_the_sample():
    table = actor_labels(load_sample(), KOVALAN, by="outlet")
    assert list(table.columns) == ["group", "label", "kind", "count", "documents", "example"]
    messager = table[table.group == "Le Messager International"]
    assert "imposteur" in set(messager.label)
    assert (table["count"] >= table["documents"]).all()


def test_actor_labels_without_groups():
    docs = [Document("a", "L'imposteur Kovalan ment. L'imposteur Kovalan fuit."), Document("b", "Le traître Kovalan.")]
    table = actor_labels(docs, KOVALAN)
    assert table.to_dict("records") == [
        {"label": "imposteur", "kind": "before", "count": 2, "documents": 1, "example": "a"},
        {"label": "traître", "kind": "before", "count": 1, "documents": 1, "example": "b"},
    ]


@pytest.mark.parametrize("actor", [None, "", "   ", 3])
def test_bad_actor(actor):
    with pytest.raises(TypeError, match="`actor`"):
        attached_labels("Texte.", actor)


def test_bad_text():
    with pytest.raises(TypeError, match="`text`"):
        attached_labels(b"x", KOVALAN)


def test_a_verb_after_the_comma_is_not_an_apposition():
    assert attached_labels("Pour la presse, Andrés Kovalan, dénonce les sanctions.", KOVALAN) == []
