"""The graph as one self-contained, offline HTML page (its scripts inlined, no request).

Two views draw the same page. Graphs of analyst size get **vis-network**, which draws the
actor kinds' shapes, line patterns by mode and rings around marked actors; it is read at
render time from the installed pyvis package (a dependency already, so there is one copy on
disk and its licence header, MIT or Apache-2.0, travels with it). Graphs above
:data:`WEBGL_FROM_ACTORS` actors or :data:`WEBGL_FROM_RELATIONS` relations get **sigma.js 3**
with graphology, which draws with WebGL and answers a hover within milliseconds at 200,000
relations where vis-network needs seconds; its bundle is vendored in ``vendor/`` with its
licences (rebuilt by ``js/build.sh``).

The page is ``templates/page.html`` with ``page.css``, the view's script
(``view_vis.js`` or ``view_sigma.js``), the controls shared by both (``ui.js``: legend,
filters, "as of" and periods, search, focus, selection, the names drawn where they fit,
parallel relations folded into one line, tooltips, details) and the data substituted
in: the compact wire format of :mod:`graphkit.render.wire` as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped. The scripts build every element from the data with ``textContent``; a
Content-Security-Policy forbids every request.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..base.characters import LONE_SURROGATES
from ..base.table import gc_paused
from ..core.vocabulary import Vocabulary
from ..io.files import atomic_write
from .scene import drawable, view_model
from .wire import compact

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RENDERERS", "WEBGL_FROM_ACTORS", "WEBGL_FROM_RELATIONS", "html_page", "to_html"]

RENDERERS = ("auto", "vis", "webgl")
"""The values of ``renderer=``."""
WEBGL_FROM_ACTORS = 5_000
"""With more actors than this (drawn), ``renderer="auto"`` writes the WebGL page."""
WEBGL_FROM_RELATIONS = 20_000
"""With more relations than this (drawn), ``renderer="auto"`` writes the WebGL page."""


def to_html(
    G: nx.Graph,
    path: str | os.PathLike,
    *,
    color_by: str | Mapping = "kind",
    size_by: str | Mapping | None = "auto",
    table: pd.DataFrame | None = None,
    camps: Mapping | None = None,
    top: int | None = None,
    labels: int | None = None,
    positions: Mapping | None = None,
    seed: int = 0,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
    renderer: str = "auto",
) -> Path:
    """Write the graph as one self-contained interactive HTML page.

    The page needs no server and makes no network request: its scripts and the data
    are inlined. It shows a header (title, counts, documents), a search box that finds
    an actor by name, id or alias as you type and centres on it (``/`` goes there), a
    focus mode that dims all but the selected actors and their neighbours one or two
    steps away, a legend naming every relation type and actor kind present with check
    boxes that show or hide them, an "as of" date control when relations are dated (the
    same rule as :func:`~graphkit.snapshot`), tooltips on hover and details with evidence
    and document on click; ctrl-click, or the lasso (Shift and drag), selects several
    actors. Positions are computed in Python (:func:`~graphkit.force_layout`, a signed
    force layout) and physics is off, so large graphs draw at once; they are the same
    for every date. Every text from the data is shown as text, never interpreted as
    HTML; documents become links only when they are ``http(s)`` URLs.

    Legible with many actors: names are drawn by priority (selected, hovered, then the
    largest) only where they overlap no other name, the others appearing when zooming in
    or on hover, in both views; the relations between one pair of actors are one line
    with their number, unfolded on click with every relation's evidence in the details;
    relation types differ by colour, or by line pattern where colours of one mode run
    out (:mod:`graphkit.render.palette`); figures are in a fixed order, shares as
    percentages, numbers to 3 significant digits.

    Coloured by camp, the page reads what :func:`~graphkit.annotate` writes: the two camps
    of each conflict take a pair of colours and are named after their label actor with
    the camp they face, a component without opposition is one group of its own colour
    (camps of different components are never drawn as opposed), inferred placements are
    lighter with a ring, actors against both sides have a dark ring. When the graph has
    camps per period (``gk.annotate(G, freq="M")``: the attributes ``periods`` and
    ``camp_by_period``), the "as of" control recolours each actor by the camp of that
    day's period and says which period it shows, and Play (or the period buttons) steps
    through the periods, showing the relations of each and ringing the actors that
    switched; without them the legend says that colours are for all dates.

    Which page: up to :data:`WEBGL_FROM_ACTORS` (5,000) actors and
    :data:`WEBGL_FROM_RELATIONS` (20,000) relations, vis-network (``window.network``)
    draws kinds as shapes, line patterns by mode and rings; above
    either, sigma.js with WebGL (``window.sigma``) draws every actor as a disc and every
    relation as a straight line, and stays responsive at hundreds of thousands of
    relations (see ``benchmarks/RESULTS.md``).

    Drawing runs no analysis: sizes, camps and figures are read from node attributes
    or from ``table`` and ``camps``. Draw ``gk.annotate(G)`` to have actors sized by
    PageRank and coloured by camp with the analysis computed once.

    Parameters
    ----------
    G : networkx.Graph
        Usually a graph from :func:`~graphkit.build_graph`; any networkx graph renders
        (missing names, kinds or relation types are drawn in neutral colours).
    path : str or path-like
        The file to write; parent folders are created, and the file is replaced whole
        or not at all.
    color_by : {"kind", "camp"}, node attribute name or mapping, default "kind"
        Node colour: the actor kind's colour; the camp (from the attributes
        :func:`~graphkit.annotate` writes, as above, or from ``camps``, which gives labels
        only, so the legend says who faces whom is not recorded); the categories of a
        node attribute; or a mapping ``{actor: category}``.
    size_by : str, mapping or None, default "auto"
        Node size: a numeric node attribute, a column of ``table`` (``"pagerank"``,
        ``"betweenness"``, ``"degree"``, ...), a mapping ``{actor: number}``, or None for
        equal sizes. ``"auto"`` is PageRank when the actors carry it or ``table`` has it,
        else equal sizes.
    table : pandas.DataFrame, optional
        The centrality table of ``G`` (:func:`graphkit.centrality`); its main figures
        appear in the actors' tooltips.
    camps : mapping, optional
        ``{actor: camp}``, as :func:`graphkit.camps` returns it, for ``color_by="camp"``.
    top : int, optional
        Keep only the ``top`` actors with the largest ``size_by`` value (and the
        relations among them); the page says how many actors and relations were left out.
    labels : int, optional
        How many actors (the largest) may have their name at full view, where it fits;
        the others show theirs when zoomed in, where they fit. Default: all up to 200
        actors, else 30.
    positions : mapping, optional
        ``{actor: (x, y)}`` in any scale (y upwards). By default the actors' ``x`` and
        ``y`` attributes when every actor drawn has both (:func:`~graphkit.with_positions`
        stores them once for all dates, so the pages of a graph's snapshots keep its
        layout), else :func:`~graphkit.force_layout` of the drawn graph.
    seed : int, default 0
        Seed of the layout.
    title : str, optional
        Page title; by default ``G.graph["title"]``, else ``G.graph["name"]`` (the
        dataset's name, or the relations file's from the command line), else the dataset
        of the events it was aggregated from, else "Actors and relations".
    vocabulary : Vocabulary, optional
        Colours, shapes and modes of relation types and actor kinds; the graph's own
        (:func:`~graphkit.vocabulary_of`) if omitted.
    renderer : {"auto", "vis", "webgl"}, default "auto"
        The view: chosen by size, or forced.

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> A = gk.annotate(G)  # centrality and camps, computed once, on a copy
    >>> page = gk.to_html(A, pathlib.Path(tempfile.mkdtemp()) / "syria.html", color_by="camp")
    >>> text = page.read_text(encoding="utf-8")
    >>> "Hayat Tahrir al-Sham" in text, "https://" in text.split("vis-network")[0]
    (True, False)
    """
    page = html_page(
        G,
        color_by=color_by,
        size_by=size_by,
        table=table,
        camps=camps,
        top=top,
        labels=labels,
        positions=positions,
        seed=seed,
        title=title,
        vocabulary=vocabulary,
        renderer=renderer,
    )
    path = Path(path)
    with atomic_write(path) as handle:
        handle.write(page)
    return path


def html_page(G: nx.Graph, *, renderer: str = "auto", **options: Any) -> str:
    """The page :func:`to_html` writes, as a string (same keyword options).

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    renderer : {"auto", "vis", "webgl"}, default "auto"
        The view: chosen by size, or forced.
    **options
        The other keyword options of :func:`to_html`.

    Returns
    -------
    str
        The whole HTML document.

    Raises
    ------
    ValueError
        For an unknown ``renderer``.

    Examples
    --------
    >>> import graphkit as gk
    >>> page = gk.html_page(gk.load_dataset("syria-2024"), size_by=None)
    >>> page.startswith("<!DOCTYPE html>"), 'data-renderer="vis"' in page
    (True, True)
    >>> 'data-renderer="webgl"' in gk.html_page(gk.load_dataset("syria-2024"), renderer="webgl")
    True
    """
    if renderer not in RENDERERS:
        raise ValueError(f"renderer must be one of {', '.join(RENDERERS)}; got {renderer!r}")
    model = view_model(G, **options)
    if renderer == "auto":
        large = (
            len(model["nodes"]) > WEBGL_FROM_ACTORS or len(model["edges"]) > WEBGL_FROM_RELATIONS
        )
        renderer = "webgl" if large else "vis"
    parts = {
        "TITLE": html.escape(drawable(model["title"])),
        "RENDERER": renderer,
        "STYLE": _template("page.css"),
        "LIB_JS": _sigma_js() if renderer == "webgl" else _vis_js(),
        "VIEW_JS": _template("view_sigma.js" if renderer == "webgl" else "view_vis.js"),
        "DATA": _data_json(model),
        "UI_JS": _template("ui.js"),
    }
    # One pass over the template: text substituted in is never scanned for placeholders.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m[1]], _template("page.html"))


def _data_json(model: dict) -> str:
    with gc_paused():
        return _script_json(compact(model))


def _script_json(data) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no comment."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    # a lone surrogate (half a UTF-16 pair, made in Python) as its JSON escape: the page
    # gets the same string and shows U+FFFD for it, and the page can be written as UTF-8
    return LONE_SURROGATES.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


@cache
def _template(name: str) -> str:
    template = resources.files("graphkit.render").joinpath("templates").joinpath(name)
    return template.read_text(encoding="utf-8")


@cache
def _sigma_js() -> str:
    """sigma.js and graphology, vendored as one script (see ``vendor/README.md``)."""
    script = (
        resources.files("graphkit.render").joinpath("vendor").joinpath("sigma-graphology.min.js")
    )
    return re.sub(r"</(script)", r"<\\/\1", script.read_text(encoding="utf-8"), flags=re.IGNORECASE)


@cache
def _vis_js() -> str:
    """vis-network's script, read from the installed pyvis package (one copy on disk).

    The package is found, not imported: importing pyvis imports IPython and jinja2
    (0.17 s), and only the script file it ships is needed."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pyvis is not installed; pip install graphkit-actors")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    found = sorted(
        lib.glob("vis-*/vis-network.min.js"),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)),
    )
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}; reinstall pyvis")
    script = found[-1].read_text(encoding="utf-8")
    # No source map: developer tools would try to fetch it from next to the page.
    script = re.sub(r"^//# sourceMappingURL=.*$", "", script, flags=re.MULTILINE)
    return re.sub(r"</(script)", r"<\\/\1", script, flags=re.IGNORECASE)
