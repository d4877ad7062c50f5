"""The page inline in Jupyter: an ``<iframe srcdoc>``, so no server, file or CDN is needed."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import networkx as nx

from ..io.files import atomic_write
from .page import html_page

__all__ = ["GraphView", "show"]


class GraphView:
    """A rendered page that displays itself in Jupyter.

    Its ``_repr_html_`` is an ``<iframe srcdoc>`` holding the whole page (the same page
    :func:`~graphkit.to_html` writes), sandboxed with scripts allowed, so it works in
    JupyterLab, Notebook, VS Code and Colab without a server and shows nothing from the
    notebook's origin to the page.

    Parameters
    ----------
    page : str
        A complete HTML page, as returned by :func:`~graphkit.html_page`.
    height : int, default 640
        Height of the frame in pixels; it takes the full width of the output area.
    """

    def __init__(self, page: str, *, height: int = 640):
        self.page = page
        self.height = int(height)

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'title="graphkit network" style="width: 100%; height: {self.height}px; '
            'box-sizing: border-box; border: 1px solid #dde2e8; border-radius: 4px;"></iframe>'
        )

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (atomically; parent folders are created)."""
        path = Path(path)
        with atomic_write(path) as handle:
            handle.write(self.page)
        return path

    def __repr__(self) -> str:
        return f"<GraphView: {len(self.page):,} characters of HTML, {self.height} px high>"


def show(G: nx.Graph, *, height: int = 640, **options: Any) -> GraphView:
    """Show the graph inline in a notebook (the last expression of a cell, or ``display``).

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    height : int, default 640
        Height of the view in pixels.
    **options
        The keyword options of :func:`~graphkit.to_html` (``color_by``, ``size_by``,
        ``top``, ``labels``, ``positions``, ``seed``, ``title``, ``vocabulary``, ``table``).

    Returns
    -------
    GraphView
        Displays itself; ``.page`` is the HTML and ``.save(path)`` writes it.

    Examples
    --------
    >>> import graphkit as gk
    >>> view = gk.show(gk.load_dataset("syria-2024"), height=500)
    >>> view._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """
    return GraphView(html_page(G, **options), height=height)
