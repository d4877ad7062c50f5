"""Drawing a graph that is already analysed: HTML page, static image, notebook view."""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "view_model": ".scene",
    "html_page": ".page",
    "to_html": ".page",
    "to_figure": ".image",
    "to_image": ".image",
    "GraphView": ".notebook",
    "show": ".notebook",
    "plot_over_time": ".over_time_figure",
    "widget": ".notebook_widget",
    "GraphWidget": ".notebook_widget",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
