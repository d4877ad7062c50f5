"""Sphinx configuration of graphkit's documentation (``make docs``).

The site builds offline and opens from the file system: no intersphinx inventories are
fetched, MathJax is bundled (sphinx-mathjax-offline), the notebooks are shown with their
committed outputs (never executed here), and the PyData theme loads nothing from a CDN.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

import graphkit  # noqa: E402

project = "graphkit"
author = "graphkit developers"
copyright = "graphkit developers, MIT licence"
release = version = graphkit.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.mathjax",
    "sphinx-mathjax-offline",
    "numpydoc",
    "myst_nb",
    "graphkit_docs",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = ["_build", "**.ipynb_checkpoints", "_generated/cli.md"]
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["graphkit.css"]

# API pages: one per public name, generated from gk.__all__ (docs/_ext/graphkit_docs.py)
autosummary_generate = True
autosummary_generate_overwrite = False  # the constants' pages are written by graphkit_docs
autosummary_imported_members = True
autodoc_typehints = "none"  # numpydoc's Parameters sections say the types
autodoc_default_options = {"members": False}
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
numpydoc_validation_checks: set[str] = set()

# Notebooks: their committed outputs, which the test suite checks are up to date
nb_execution_mode = "off"
nb_merge_streams = True
nb_ipywidgets_js: dict = {}  # no widget JavaScript from a CDN
myst_enable_extensions = ["colon_fence", "deflist", "html_image"]
myst_heading_anchors = 3

html_theme = "pydata_sphinx_theme"
html_title = f"graphkit {version}"
html_theme_options = {
    "navigation_with_keys": False,
    "show_toc_level": 2,
    "footer_start": ["copyright"],
    "footer_end": ["sphinx-version"],
    "secondary_sidebar_items": ["page-toc"],
}
html_sidebars = {"**": ["sidebar-nav-bs"]}
html_show_sourcelink = False
html_copy_source = False
suppress_warnings = ["myst.header"]
