"""The page inline in Jupyter, with a static picture wherever the page cannot run.

A notebook output is an ``<iframe srcdoc>`` holding the whole page, so no server, file or
CDN is needed. Jupyter shows HTML outputs of an untrusted notebook (every notebook cloned or
downloaded is untrusted until its cells are run) only after sanitising them, which removes
the ``<iframe>``: the picture placed inside the iframe element then remains, with a line
saying how to see the interactive view. The same picture is in the output as
``image/png`` for front ends that show no HTML. Outside a notebook, :meth:`GraphView.open`
writes the page to a temporary file and opens it in the browser.
"""

from __future__ import annotations

import base64
import html
import io
import os
import sys
import tempfile
import webbrowser
from pathlib import Path
from typing import Any

import networkx as nx

from ..io.files import atomic_write
from .page import html_page

__all__ = ["GraphView", "show"]

PICTURE_SIZE = (11.0, 6.5)
"""Size in inches of the static picture, drawn at :data:`PICTURE_DPI`."""
PICTURE_DPI = 72
UNTRUSTED_NOTE = (
    "Static picture of the interactive view. Run this cell (or trust the notebook) to "
    "explore it here, or call .open() on the view to open it in a browser."
)


class GraphView:
    """A rendered page that displays itself in Jupyter and opens itself elsewhere.

    In a notebook its output is an ``<iframe srcdoc>`` holding the whole page (the same
    page :func:`~graphkit.to_html` writes), sandboxed with scripts allowed and without
    the notebook's origin. Inside the iframe element is a static picture of the same graph
    and a line saying how to see the interactive view: browsers never show it next to a
    running frame, but it is what remains when Jupyter sanitises the output of an
    untrusted notebook. The picture is also offered as ``image/png``.

    Parameters
    ----------
    page : str
        A complete HTML page, as returned by :func:`~graphkit.html_page`.
    height : int, default 640
        Height of the frame in pixels; it takes the full width of the output area.
    picture : bytes, optional
        A PNG of the same graph (:func:`show` draws one with :func:`~graphkit.to_figure`).
    description : str, optional
        What the page shows, for ``repr`` (``"'Syria...': 24 actors, 41 relations"``).

    Examples
    --------
    >>> import graphkit as gk
    >>> view = gk.GraphView("<!DOCTYPE html><p>a & b</p>", height=300, description="a page")
    >>> view._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;&lt;p&gt;a &amp; b')
    True
    >>> sorted(view._repr_mimebundle_()), view.height
    (['text/html', 'text/plain'], 300)
    """

    def __init__(
        self,
        page: str,
        *,
        height: int = 640,
        picture: bytes | None = None,
        description: str = "",
    ):
        self.page = page
        self.height = int(height)
        self.picture = picture
        self.description = description
        self.opened: Path | None = None

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, str]:
        bundle = {"text/html": self._repr_html_(), "text/plain": repr(self)}
        if self.picture is not None:
            bundle["image/png"] = base64.b64encode(self.picture).decode("ascii")
        return bundle

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'title="graphkit network" style="width: 100%; height: {self.height}px; '
            'box-sizing: border-box; border: 1px solid #dde2e8; border-radius: 4px;">'
            f"{self._fallback_html()}</iframe>"
        )

    def _fallback_html(self) -> str:
        """What a sanitised output keeps: the picture and how to get the interactive view."""
        note = f"<p><em>{html.escape(UNTRUSTED_NOTE)}</em></p>"
        if self.picture is None:
            return note
        data = base64.b64encode(self.picture).decode("ascii")
        alt = html.escape(f"graph: {self.description}" if self.description else "graph")
        return (
            f'<img src="data:image/png;base64,{data}" alt="{alt}" class="graphkit-picture">{note}'
        )

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (atomically; parent folders are created)."""
        path = Path(path)
        with atomic_write(path) as handle:
            handle.write(self.page)
        return path

    def open(self) -> Path:
        """Write the page to a temporary file and open it in the default web browser.

        The file stays after Python exits (the browser may read it later); its path is
        returned and kept in ``.opened``. Set the ``BROWSER`` environment variable to
        choose the browser (see :mod:`webbrowser`).
        """
        folder = Path(tempfile.mkdtemp(prefix="graphkit-"))
        self.opened = self.save(folder / "graph.html")
        webbrowser.open(self.opened.as_uri())
        return self.opened

    def __repr__(self) -> str:
        what = f" of {self.description}" if self.description else ""
        size = f"{len(self.page.encode('utf-8')) / 1e3:,.0f} kB"
        where = (
            f"opened in your browser from {self.opened}"
            if self.opened
            else "call .open() to see it in your browser"
        )
        return (
            f"<GraphView{what}: an interactive HTML page ({size}); {where}, "
            ".save('graph.html') to keep it; in Jupyter it displays inline>"
        )


def show(
    G: nx.Graph,
    *,
    height: int = 640,
    picture: bool = True,
    open: bool | None = None,
    **options: Any,
) -> GraphView:
    """Show the graph: inline in a notebook, in the browser from a script or terminal.

    In Jupyter (JupyterLab, Notebook, VS Code, Colab) the view displays as the last
    expression of a cell or through ``display``; a notebook opened untrusted shows its
    static picture until the cell is run. Run from a terminal (a script or the Python
    prompt), the page is written to a temporary file and opened in the browser.

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    height : int, default 640
        Height of the view in pixels.
    picture : bool, default True
        Draw the static picture shown where the page cannot run (it takes about a
        second for a thousand relations; turn it off for very large graphs).
    open : bool, optional
        Open the page in the browser. Default: only outside Jupyter, when standard output
        is a terminal (so tests and pipelines never launch a browser).
    **options
        The keyword options of :func:`~graphkit.to_html` (``color_by``, ``size_by``,
        ``top``, ``labels``, ``positions``, ``seed``, ``title``, ``vocabulary``,
        ``table``, ``camps``, ``renderer``).

    Returns
    -------
    GraphView
        Displays itself; ``.page`` is the HTML, ``.save(path)`` writes it and ``.open()``
        opens it in a browser.

    Examples
    --------
    >>> import graphkit as gk
    >>> view = gk.show(gk.load_dataset("syria-2024"), height=500)
    >>> view._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    >>> sorted(view._repr_mimebundle_())
    ['image/png', 'text/html', 'text/plain']
    >>> view  # doctest: +ELLIPSIS
    <GraphView of 'Syria, 7 December...' (24 actors, 41 relations): ... call .open() ...>
    """
    page_options = {k: v for k, v in options.items() if k != "renderer"}
    png = _picture(G, page_options) if picture else None
    title = options.get("title") or G.graph.get("title") or G.graph.get("name") or "graph"
    description = (
        f"{str(title)!r} ({G.number_of_nodes():,} actors, {G.number_of_edges():,} relations)"
    )
    view = GraphView(html_page(G, **options), height=height, picture=png, description=description)
    if open if open is not None else _in_terminal():
        view.open()
    return view


def _picture(G: nx.Graph, options: dict) -> bytes:
    """A PNG of the graph as the page draws it (same colours, layout and legend)."""
    import matplotlib

    from .image import NO_METADATA, REPRODUCIBLE, to_figure

    with matplotlib.rc_context(REPRODUCIBLE):
        fig = to_figure(G, figsize=PICTURE_SIZE, **options)
        buffer = io.BytesIO()
        fig.savefig(
            buffer, format="png", dpi=PICTURE_DPI, facecolor="white", metadata=NO_METADATA["png"]
        )
    return buffer.getvalue()


def _in_terminal() -> bool:
    """True outside a Jupyter kernel when standard output is an interactive terminal."""
    shell = sys.modules.get("IPython") and _ipython_shell()
    if shell is not None and type(shell).__name__ == "ZMQInteractiveShell":
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _ipython_shell():
    from IPython import get_ipython

    return get_ipython()
