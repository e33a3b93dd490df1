"""framing: media-bias and framing analysis of French news.

Importing ``framing`` is fast: pandas, scikit-learn, matplotlib, spaCy and Dask are imported only by
the functions that need them.
"""

from ._version import __version__
from .actors import actor_labels, attached_labels
from .analyze import AnalysisError, analyze, analyze_to
from .compare import distinctive_terms
from .corpus import Document, iter_documents, load_sample, read_corpus
from .display import Highlight, highlight, records_frame
from .indicators import lexical_profile, loaded_terms
from .lexicon import Entry, Lexicon, TermMatch, default_lexicon
from .plotting import (
    plot_actor_labels,
    plot_distinctive_terms,
    plot_frames,
    plot_indicators,
    plot_sources,
    plot_speakers,
    plot_timeline,
)
from .quotes import Quote, extract_quotes, quote_profile
from .sources import SOURCE_TYPES, SourceMention, extract_sources, source_table, sourcing_profile
from .text import Span, Token, normalise, paragraphs, sentences, tokens

#: Names served by :mod:`framing.models`, imported on first use (scikit-learn loads only then).
_MODEL_NAMES = ("FramingFeatures", "FrameClassifier", "GenreClassifier", "TechniqueClassifier",
                "FrameLexiconScorer", "evaluate", "top_features", "save_model", "load_model",
                "MFC_FRAMES", "TECHNIQUES", "GENRES")


def __getattr__(name):
    if name in _MODEL_NAMES:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


__all__ = [
    "__version__",
    "Document",
    "read_corpus",
    "iter_documents",
    "load_sample",
    "Token",
    "Span",
    "normalise",
    "tokens",
    "sentences",
    "paragraphs",
    "analyze",
    "analyze_to",
    "AnalysisError",
    "loaded_terms",
    "lexical_profile",
    "Lexicon",
    "Entry",
    "TermMatch",
    "default_lexicon",
    "actor_labels",
    "attached_labels",
    "distinctive_terms",
    "Quote",
    "extract_quotes",
    "quote_profile",
    "SourceMention",
    "SOURCE_TYPES",
    "extract_sources",
    "sourcing_profile",
    "source_table",
    *_MODEL_NAMES,
    "highlight",
    "Highlight",
    "records_frame",
    "plot_indicators",
    "plot_distinctive_terms",
    "plot_sources",
    "plot_speakers",
    "plot_frames",
    "plot_timeline",
    "plot_actor_labels",
]
