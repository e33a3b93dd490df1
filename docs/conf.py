"""Sphinx configuration for the framing documentation.

Build from the repository root, offline, with warnings as errors::

    python -m sphinx -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import sys
from pathlib import Path

# Import the package from this checkout even when it is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import framing

# -- Project -----------------------------------------------------------------------------------

project = "framing"
author = "the framing authors"
copyright = "the framing authors"
release = framing.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General -----------------------------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "numpydoc",
    "matplotlib.sphinxext.plot_directive",
]

# -- plots of the gallery, drawn at build time from the sample corpus --------------------------

plot_include_source = True
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 90)]
plot_rcparams = {"savefig.bbox": "tight"}

exclude_patterns = ["_build"]
root_doc = "index"

# -- autodoc and autosummary -------------------------------------------------------------------

autodoc_default_options = {"members": True, "member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_inherit_docstrings = False
# The API page writes its own summary tables; no stub pages are generated.
autosummary_generate = False

# -- numpydoc ----------------------------------------------------------------------------------

numpydoc_show_class_members = False
numpydoc_show_inherited_class_members = False
numpydoc_class_members_toctree = False
numpydoc_attributes_as_param_list = True
numpydoc_xref_param_type = False
numpydoc_validation_checks: set[str] = set()

# -- intersphinx -------------------------------------------------------------------------------

# The build runs offline: no inventories are fetched, so no mapping is configured.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

# -- HTML --------------------------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"framing {release}"
html_theme_options = {
    "description": "Media-bias and framing analysis of French news",
    "fixed_sidebar": True,
}


# -- Cross-references to re-exported names -----------------------------------------------------


def _resolve_reexport(app, env, node, contnode):
    """Resolve ``framing.X`` to the module that defines ``X`` (``framing.corpus.read_corpus``).

    Docstrings refer to the public names as users write them, e.g. :func:`framing.read_corpus`;
    the API page documents each name in its defining module.
    """
    if node.get("refdomain") != "py":
        return None
    package, _, name = node.get("reftarget", "").partition(".")
    if package != "framing" or not name or "." in name:
        return None
    module = getattr(getattr(framing, name, None), "__module__", None)
    if not module or module == "framing":
        return None
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], f"{module}.{name}", node, contnode
    )


def _skip_sklearn_routing(app, what, name, obj, skip, options):
    """Leave out scikit-learn's metadata-routing helpers (``set_fit_request``…) inherited by the
    estimators of :mod:`framing.models`: they are scikit-learn's, documented there."""
    if name.startswith("set_") and name.endswith("_request"):
        return True
    return skip


def setup(app):
    app.connect("missing-reference", _resolve_reexport)
    app.connect("autodoc-skip-member", _skip_sklearn_routing)
