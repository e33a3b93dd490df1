"""Tests for framing.sources: every pattern of source, the typology, distinct sources, the profile
and the table. All passages are fictional and written for these tests."""

from __future__ import annotations

import math
import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import extract_sources, source_table, sourcing_profile
from framing.corpus import Document
from framing.sources import SOURCE_TYPES, SOURCE_VIAS, SourceMention, profile_columns


def found(text: str) -> list[tuple[str, str, str, str]]:
    """(span text, name, type, via) of each mention."""
    return [(m.text, m.name, m.source_type, m.via) for m in extract_sources(text)]


def by_name(text: str) -> dict[str, tuple[str, str]]:
    return {m.name: (m.source_type, m.via) for m in extract_sources(text)}


# -- records ---------------------------------------------------------------------------------


def test_record_fields_and_offsets():
    text = "« Nous tiendrons », a déclaré Claire Dumas, maire de Valmont."
    (m,) = extract_sources(text)
    assert isinstance(m, SourceMention)
    assert m._fields == ("start", "end", "text", "name", "source_type", "via")
    assert text[m.start:m.end] == m.text == "Claire Dumas"
    assert m.source_type in SOURCE_TYPES and m.via in SOURCE_VIAS


def test_public_names_exported():
    for name in ("extract_sources", "sourcing_profile", "source_table", "SourceMention", "SOURCE_TYPES"):
        assert name in framing.__all__


def test_every_offset_points_into_the_text():
    text = ("Selon le parquet de Valmont, deux hommes ont été interpellés. De source judiciaire, ils "
            "étaient connus. « C'est un soulagement », a confié une habitante à l'AFP. Dans un "
            "communiqué, trois ONG demandent une enquête, a-t-on appris auprès du collectif Rivages.")
    for m in extract_sources(text):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)


# -- patterns --------------------------------------------------------------------------------


def test_selon_and_dapres():
    assert by_name("Selon le préfet du Var, la route restera fermée jusqu'à lundi.") == {
        "le préfet du Var": ("official", "selon")}
    got = by_name("D'après l'Insee, le chômage a reculé de deux points en un an.")
    assert got == {"Insee": ("expert", "selon")}


def test_de_source_policiere():
    text = "De source policière, trois personnes ont été interpellées dans la nuit à Valmont."
    assert found(text) == [("source policière", "source policière", "anonymous", "selon")]


def test_de_source_proche_du_dossier():
    text = "Le suspect aurait avoué, de source proche du dossier, avant d'être déféré."
    ((span, _, stype, via),) = found(text)
    assert span == "source proche du dossier" and stype == "anonymous" and via == "selon"


def test_selon_nos_informations_is_anonymous():
    assert found("Selon nos informations, le directeur du port va démissionner.") == [
        ("nos informations", "nos informations", "anonymous", "selon")]


def test_aupres_de():
    text = "Trois personnes ont été interpellées, a-t-on appris auprès de la préfecture du Nord."
    ((span, name, stype, via),) = found(text)
    assert span == "la préfecture du Nord" and stype == "official" and via == "auprès"


def test_aupres_needs_a_verb_of_learning():
    assert found("Le maire s'est excusé auprès des habitants du quartier pour le retard.") == []


def test_statement_given_to_an_outlet_adds_the_outlet():
    text = "Le maire, Paul Morel, a indiqué à l'AFP que la route serait fermée."
    assert found(text) == [
        ("Paul Morel", "Paul Morel", "official", "quote"),
        ("AFP", "AFP", "media", "media"),
    ]


@pytest.mark.parametrize("text, outlet", [
    ("Interrogé par franceinfo, Paul Morel, maire de Valmont, a estimé que la grève était justifiée.",
     "franceinfo"),
    ("« Nous irons au bout », a affirmé mercredi sur franceinfo Jacques Morin, préfet du Var.", "franceinfo"),
    ("La ministre Hélène Vidal a assuré sur LCI que la réforme serait votée.", "LCI"),
    ("« Rien n'est décidé », a confié Paul Morel, maire de Valmont, au Parisien.", "Le Parisien"),
    ("Les syndicats accusent dans les colonnes du Parisien la direction de mentir.", "Le Parisien"),
])
def test_outlets_that_carry_a_statement(text, outlet):
    media = [m for m in extract_sources(text) if m.via == "media"]
    assert [(m.name, m.source_type) for m in media] == [(outlet, "media")]


def test_outlet_merely_mentioned_is_not_a_source():
    assert [m for m in extract_sources("Le film a été diffusé sur TF1 en 2019 puis sur Arte.") if m.via == "media"] == []


def test_document_in_a_communique_without_author():
    text = ("La route sera fermée lundi. Dans un communiqué publié dimanche, il est précisé que les "
            "travaux dureront trois semaines.")
    assert ("un communiqué", "document", "document") in [
        (m.text, m.source_type, m.via) for m in extract_sources(text)]


def test_communique_of_a_speaker_is_not_a_second_source():
    text = "Dans un communiqué, la préfecture a précisé que la route était fermée."
    assert found(text) == [("la préfecture", "préfecture", "official", "quote")]


def test_study_published_by():
    text = "Une étude publiée par l'Inserm montre que le risque a doublé en dix ans."
    assert found(text) == [("Une étude publiée par l'Inserm", "Une étude publiée par l'Inserm", "document",
                            "document")]


def test_document_as_object_is_not_cited():
    assert found("Le conseil a voté le rapport mardi. La décision de sa direction, affirmant rien, a surpris.") == []


def test_outlet_reporting():
    assert found("Le projet serait abandonné, a rapporté le journal Le Parisien.") == [
        ("Le Parisien", "Le Parisien", "media", "quote")]


def test_state_media_are_media():
    text = "Selon l'agence TASS, les négociations reprendront lundi. Selon RT, la délégation est arrivée."
    assert {m.source_type for m in extract_sources(text)} == {"media"}


def test_hedges_and_the_author_are_not_sources():
    assert found("Selon toute vraisemblance, la récolte sera bonne. On sait que la pluie a aidé.") == []
    assert found("Selon les cas, le remboursement prend deux à six semaines.") == []


def test_people_merely_mentioned_are_not_sources():
    assert found("Claire Dumas a inauguré le pont de Valmont en présence du préfet.") == []


# -- typology --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, stype", [
    ("Un haut responsable a assuré que rien ne changerait.", "anonymous"),
    ("Un enquêteur a confié que la piste criminelle était privilégiée.", "anonymous"),
    ("Une source proche du dossier affirme que le contrat est signé.", "anonymous"),
    ("Le procureur de Valmont a indiqué que l'enquête était ouverte.", "official"),
    ("Un habitant a dit que c'était terrible.", "citizen"),
    ("Une voisine raconte avoir entendu des cris vers minuit.", "citizen"),
    ("Le porte-parole du gouvernement a assuré que la réforme passerait.", "official"),
    ("La porte-parole de la CGT a dénoncé une réforme injuste.", "organisation"),
    ("Le député Marc Vautrin estime que le texte est mal écrit.", "political"),
    ("Nadia Ferhat, chercheuse au CNRS, estime que le phénomène est ancien.", "expert"),
    ("L'avocate de la famille, Maître Inès Caron, a dénoncé une enquête bâclée.", "expert"),
    ("Philippe Martin, secrétaire général de la CGT, a dénoncé une réforme injuste.", "organisation"),
    ("Le PDG de Norvalis, Hugo Besson, a annoncé que l'usine fermerait.", "organisation"),
    ("Un rapport de la Cour des comptes souligne que les coûts ont doublé.", "document"),
])
def test_types_from_roles(text, stype):
    (m,) = extract_sources(text)
    assert m.source_type == stype, m


def test_person_typed_by_a_role_given_later_in_the_text():
    text = ("« Il faut rouvrir la ligne », a lancé Yvan Cordier. Yvan Cordier, maire de Portsel, "
            "a rappelé que la gare avait fermé en 2015.")
    assert {m.source_type for m in extract_sources(text)} == {"official"}


def test_first_name_only_is_a_private_person():
    text = "Karine, la quarantaine, raconte qu'elle n'a rien vu venir."
    ((_, name, stype, _),) = found(text)
    assert (name, stype) == ("Karine", "citizen")


def test_coordinated_named_sources_are_two_mentions():
    text = "Christophe Valin et Laurent Dufresne ont appelé au calme après les incidents de samedi."
    names = [m.name for m in extract_sources(text)]
    assert names == ["Christophe Valin", "Laurent Dufresne"]


def test_unknown_name_typed_media_by_its_words():
    assert by_name("Selon Hérault Infos, la digue a cédé dans la nuit.")["Hérault Infos"][0] == "media"


# -- distinct sources ------------------------------------------------------------------------


def test_one_source_named_several_ways_counts_once():
    text = ("Dmitri Shugaev, directeur du FSMTC, a déclaré que les livraisons continueraient. "
            "« Rien ne change », a ajouté Shugaev. Le directeur du FSMTC a précisé que les contrats "
            "étaient signés. Il a enfin assuré que les prix resteraient stables.")
    mentions = extract_sources(text)
    assert len(mentions) == 4
    assert {m.name for m in mentions} == {"Dmitri Shugaev"}
    row = sourcing_profile(text)
    assert row["sources"] == 4 and row["distinct_sources"] == 1
    assert row["top_source"] == "Dmitri Shugaev" and row["top_source_mentions"] == 4
    assert row["source_entropy"] == 0.0 and row["source_type_entropy"] == 0.0


def test_two_unnamed_witnesses_are_two_sources():
    text = ("« J'ai entendu une explosion », raconte un témoin. Un autre témoin assure qu'il n'a "
            "rien entendu.")
    assert sourcing_profile(text)["distinct_sources"] == 2


# -- profile ---------------------------------------------------------------------------------


def test_profile_columns_and_formulas():
    text = ("« Nous partons », a déclaré la maire, Claire Dumas. Selon une source proche du dossier, le "
            "projet est abandonné. Claire Dumas a ajouté que la ville paierait.")
    row = sourcing_profile(text)
    assert tuple(row) == profile_columns()
    assert row["sources"] == 3 and row["distinct_sources"] == 2
    assert row["sources_official_share"] == pytest.approx(2 / 3)
    assert row["sources_anonymous_share"] == pytest.approx(1 / 3)
    assert sum(row[f"sources_{t}_share"] for t in SOURCE_TYPES) == pytest.approx(1.0)
    assert row["sources_direct_share"] == pytest.approx(1 / 3)
    h = -(2 / 3 * math.log2(2 / 3) + 1 / 3 * math.log2(1 / 3))
    assert row["source_type_entropy"] == pytest.approx(h)
    assert row["source_entropy"] == pytest.approx(h)
    assert row["top_source"] == "Claire Dumas" and row["top_source_mentions"] == 2


def test_profile_without_sources():
    row = sourcing_profile("Il pleut sur Valmont depuis trois jours.")
    assert row["sources"] == 0 and row["distinct_sources"] == 0 and row["top_source"] is None
    assert math.isnan(row["sources_official_share"]) and math.isnan(row["source_entropy"])


def test_unattributed_quotes_are_counted_not_sourced():
    row = sourcing_profile("« Nous ne partirons pas. Jamais, même sous la contrainte. »")
    assert row["sources"] == 0 and row["unattributed_quotes"] == 1


def test_analyze_has_the_sourcing_columns():
    docs = [Document("a", "Selon le préfet du Var, la route est fermée.", outlet="X"),
            Document("b", "", outlet="Y")]
    df = framing.analyze(docs, indicators=["sources"])
    assert list(df.index) == ["a", "b"]
    for col in profile_columns():
        assert col in df.columns
    assert df.loc["a", "sources"] == 1 and df.loc["a", "sources_official_share"] == 1.0
    assert df.loc["b", "sources"] == 0


def test_analyze_matches_sourcing_profile():
    docs = framing.load_sample()[:6]
    df = framing.analyze(docs, indicators=["sources"])
    for doc, (_, row) in zip(docs, df.iterrows()):
        expected = sourcing_profile(doc.text)
        for key, value in expected.items():
            if isinstance(value, float) and math.isnan(value):
                assert math.isnan(row[key])
            else:
                assert row[key] == value, (doc.id, key)


# -- table -----------------------------------------------------------------------------------


def test_source_table_rows_and_counts():
    docs = [Document("d1", "« Il faut agir », a déclaré Claire Dumas, maire de Valmont. Elle a ajouté que "
                           "la ville paierait. Selon l'AFP, le chantier reprendra.", outlet="A"),
            Document("d2", "Il pleut.", outlet="B"),
            Document("d3", "Selon l'AFP, le pont est fermé.", outlet="B")]
    table = source_table(docs)
    assert list(table.columns) == ["id", "outlet", "date", "source", "source_type", "mentions", "quotes",
                                   "direct_quotes", "words_quoted", "vias"]
    assert list(table["id"]) == ["d1", "d1", "d2", "d3"]
    first = table.iloc[0]
    assert (first["source"], first["source_type"], first["mentions"], first["quotes"], first["direct_quotes"],
            first["words_quoted"]) == ("Claire Dumas", "official", 2, 2, 1, 6)
    assert table.iloc[2]["mentions"] == 0 and pd.isna(table.iloc[2]["source"])  # the document without a source
    per_outlet = table.groupby(["outlet", "source"])["quotes"].sum()
    assert per_outlet[("B", "AFP")] == 1


def test_source_table_error_policies(monkeypatch):
    import framing.sources as src

    real = src._find

    def boom(text, view=None):
        if "boom" in text:
            raise RuntimeError("kaput")
        return real(text, view)

    monkeypatch.setattr(src, "_find", boom)
    docs = [Document("ok", "Selon l'AFP, le pont est fermé."), Document("bad", "boom")]
    with pytest.raises(framing.AnalysisError, match="bad"):
        source_table(docs)
    recorded = source_table(docs, errors="record")
    assert list(recorded["id"]) == ["ok", "bad"] and "kaput" in recorded.iloc[1]["error"]
    with pytest.warns(RuntimeWarning, match="skipped 1"):
        skipped = source_table(docs, errors="skip")
    assert list(skipped["id"]) == ["ok"] and skipped.attrs["skipped"] == ["bad"]


# -- bad input, robustness, complexity ---------------------------------------------------------


@pytest.mark.parametrize("func", [extract_sources, sourcing_profile])
def test_type_errors_name_the_argument(func):
    with pytest.raises(TypeError, match="text"):
        func(b"bytes")
    with pytest.raises(TypeError, match="text"):
        func(None)


def test_bad_error_policy():
    with pytest.raises(ValueError, match="errors"):
        source_table(["a"], errors="ignore")


def test_empty_and_blank():
    assert extract_sources("") == [] and extract_sources(" \n ") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab «»\"',.:;-—\nSelon lAFPdeuxsource policière auprès ")), max_size=300))
def test_never_crashes(text):
    for m in extract_sources(text):
        assert text[m.start:m.end] == m.text


def test_linear_time():
    unit = ("Selon le préfet du Var, la route est fermée. « Nous tiendrons », a déclaré Claire Dumas à "
            "l'AFP. De source policière, deux hommes ont été interpellés, a-t-on appris auprès du parquet. ")
    small, big = unit * 20, unit * 200

    def best(text):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            extract_sources(text)
            times.append(time.perf_counter() - t)
        return min(times)

    assert best(big) < 30 * best(small)


def test_postposed_attribution_line_with_the_outlet():
    text = ("Dmitri Shugaev, directeur du FSMTC, a évoqué les livraisons.\n\nLes contrats seront honorés, "
            "nous ne changerons rien.\n\n- a déclaré Shugaev dans une interview avec le journal Kommersant.")
    got = [(m.text, m.name, m.via) for m in extract_sources(text)]
    assert ("Shugaev", "Dmitri Shugaev", "quote") in got
    assert ("Kommersant", "Kommersant", "media") in got
    assert sourcing_profile(text)["distinct_sources"] == 2


@pytest.mark.parametrize("text, span, stype", [
    ("Dans l'entourage du ministre, on assure que la réforme sera votée.", "entourage du ministre", "anonymous"),
    ("À Matignon, on indique que le texte sera amendé.", "Matignon", "official"),
    ("Du côté de la préfecture, on assure que la route rouvrira lundi.", "préfecture", "official"),
    ("Au sein du gouvernement, on reconnaît que le calendrier est serré.", "gouvernement", "official"),
])
def test_a_place_that_speaks_through_on(text, span, stype):
    assert [(m.text, m.source_type, m.via) for m in extract_sources(text)] == [(span, stype, "quote")]


@pytest.mark.parametrize("text", [
    "À Paris, on dit que la ville change vite.",
    "Au cours de la soirée, on notera que la salle était pleine.",
    "Dans l'ordre, on trouve les régions du Nord puis celles du Sud.",
])
def test_an_impersonal_on_after_a_mere_place_is_not_a_source(text):
    assert extract_sources(text) == []
