"""The page as a notebook widget that talks back to Python (anywidget, no build step).

The widget shows the same page :func:`~graphkit.show` shows, in a sandboxed frame, and
relays messages between the page and the widget's model: the actors selected in the browser
(clicked, ctrl-clicked or lassoed) reach ``w.selected`` in Python, and the filters set in
Python (``w.hidden_kinds``, ``w.hidden_relations``, ``w.as_of``) are applied in the
browser at once, and the other way round. It works wherever anywidget does (JupyterLab,
Notebook 7, VS Code, Colab, marimo).

A notebook saved without widget state (the default) and reopened shows no widget: each
widget is therefore followed by a second output, the static picture of
:class:`~graphkit.GraphView` (the interactive page when the notebook is trusted), which the
live widget hides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..base.optional import require
from .notebook import GraphView, show
from .scene import _text

if TYPE_CHECKING:
    import anywidget
    import traitlets
else:
    anywidget = require("anywidget", "widget", purpose="gk.widget")
    traitlets = require("traitlets", "widget", purpose="gk.widget")

__all__ = ["GraphWidget", "widget"]

_ESM = r"""
// Relays messages between the page (in a sandboxed frame) and the widget's model.
function render({ model, el }) {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
  frame.title = "graphkit network";
  frame.style.cssText = "width: 100%; border: 1px solid #dde2e8; border-radius: 4px; " +
    "box-sizing: border-box; height: " + model.get("height") + "px";
  frame.srcdoc = model.get("_page");
  el.classList.add("graphkit-widget");
  el.append(frame);
  // The static copy displayed after the widget is for notebooks reopened without it: hidden
  // while the widget runs (it is added to the output area just after the widget).
  const hideCopy = () => {
    const output = el.closest(".jp-OutputArea-child, .output_area");
    const next = output && output.nextElementSibling;
    if (next && next.querySelector("iframe[data-graphkit-fallback], img.graphkit-picture")) {
      next.style.display = "none";
    }
  };
  const watcher = new MutationObserver(hideCopy);
  let tries = 0;
  const watch = () => {  // the view is attached to the page after render returns
    const area = el.closest(".jp-OutputArea, .output");
    if (area) { watcher.observe(area, { childList: true }); hideCopy(); }
    else if (tries++ < 100) setTimeout(watch, 100);
  };
  watch();
  let ready = false;
  const send = () => {
    if (!ready) return;
    frame.contentWindow.postMessage({
      graphkit: "set",
      hiddenKinds: model.get("hidden_kinds"),
      hiddenRelations: model.get("hidden_relations"),
      asOf: model.get("as_of") || null,
      selected: model.get("selected")
    }, "*");
  };
  const receive = (event) => {
    const m = event.data;
    if (event.source !== frame.contentWindow || !m || typeof m.graphkit !== "string") return;
    if (m.graphkit === "ready") { ready = true; send(); return; }
    if (m.graphkit !== "state") return;
    const state = { selected: m.selected, hidden_kinds: m.hiddenKinds,
      hidden_relations: m.hiddenRelations, as_of: m.asOf || null, shown: m.shown };
    let changed = false;
    for (const [trait, value] of Object.entries(state)) {
      if (JSON.stringify(model.get(trait)) !== JSON.stringify(value)) {
        model.set(trait, value);
        changed = true;
      }
    }
    if (changed) model.save_changes();
    el.dataset.shownActors = String(m.shown.actors);
    el.dataset.shownRelations = String(m.shown.relations);
  };
  window.addEventListener("message", receive);
  model.on("change:hidden_kinds", send);
  model.on("change:hidden_relations", send);
  model.on("change:as_of", send);
  model.on("change:selected", send);
  return () => { window.removeEventListener("message", receive); watcher.disconnect(); };
}
export default { render };
"""

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GraphWidget(anywidget.AnyWidget):
    """The interactive page as a widget whose selection and filters are shared with Python.

    Made by :func:`widget`. Its traits are read and set like attributes; a value that is
    not an actor, kind or relation type of the graph is refused.

    Parameters
    ----------
    view : GraphView
        The page shown (:func:`~graphkit.show` makes it).
    actors, kinds, relations : list of str
        The actor ids, actor kinds and relation types the page draws: the values the
        traits accept.

    Attributes
    ----------
    selected : list of str
        Actors selected in the browser (click; ctrl-click or the lasso for several);
        setting it selects them in the browser.
    hidden_kinds, hidden_relations : list of str
        Actor kinds and relation types hidden; set them from Python or tick the legend.
    as_of : str or None
        Show the relations that held on that day, ``"YYYY-MM-DD"``
        (:func:`~graphkit.snapshot`'s rule); a :class:`datetime.date` is accepted.
    shown : dict
        ``{"actors": n, "relations": m}`` drawn in the browser after the filters (read
        only; empty until a browser shows the widget).

    Examples
    --------
    >>> import datetime
    >>> import graphkit as gk
    >>> w = gk.widget(gk.load_dataset("syria-2024"))
    >>> type(w).__name__, w.selected, w.shown
    ('GraphWidget', [], {})
    >>> w.selected = ["hts"]
    >>> w.as_of = datetime.date(2024, 12, 4)
    >>> w.as_of
    '2024-12-04'
    >>> w.selected = ["nobody"]
    Traceback (most recent call last):
    ...
    traitlets.traitlets.TraitError: not an actor of the graph: 'nobody'
    """

    _esm = _ESM
    _page = traitlets.Unicode("").tag(sync=True)
    height = traitlets.Int(640).tag(sync=True)
    selected = traitlets.List(traitlets.Unicode()).tag(sync=True)
    hidden_kinds = traitlets.List(traitlets.Unicode()).tag(sync=True)
    hidden_relations = traitlets.List(traitlets.Unicode()).tag(sync=True)
    as_of = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    shown = traitlets.Dict().tag(sync=True)

    def __init__(
        self, view: GraphView, *, actors: list[str], kinds: list[str], relations: list[str]
    ):
        self._view = view
        self._actors, self._kinds, self._relations = set(actors), kinds, relations
        super().__init__(_page=view.page, height=view.height)

    @traitlets.validate("hidden_kinds")
    def _known_kinds(self, proposal):
        return _known(proposal["value"], self._kinds, "actor kind")

    @traitlets.validate("hidden_relations")
    def _known_relations(self, proposal):
        return _known(proposal["value"], self._relations, "relation type")

    @traitlets.validate("selected")
    def _known_actors(self, proposal):
        unknown = [a for a in proposal["value"] if a not in self._actors]
        if unknown:
            raise traitlets.TraitError(f"not an actor of the graph: {unknown[0]!r}")
        return list(proposal["value"])

    @traitlets.validate("as_of")
    def _a_day(self, proposal):
        value = proposal["value"]
        if value is None or (isinstance(value, str) and _DAY.match(value)):
            if value is not None:
                dt.date.fromisoformat(value)  # a real calendar day
            return value
        raise traitlets.TraitError(f"as_of must be a day 'YYYY-MM-DD' or None, got {value!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "as_of" and isinstance(value, dt.date):
            value = (value.date() if isinstance(value, dt.datetime) else value).isoformat()
        super().__setattr__(name, value)

    def on_select(self, callback: Callable[[list[str]], Any]) -> None:
        """Call ``callback(selected_ids)`` each time the selection changes."""
        self.observe(lambda change: callback(list(change["new"])), names="selected")

    def _ipython_display_(self, **kwargs: Any) -> None:
        from IPython.display import display

        bundle = super()._repr_mimebundle_()
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        display(data, metadata=metadata, raw=True)
        # what stays visible when the notebook is reopened without widget state
        display(_fallback_bundle(self._view), raw=True)

    def __repr__(self) -> str:
        return (
            f"<GraphWidget of {self._view.description}: selected {self.selected}, "
            f"hidden kinds {self.hidden_kinds}, hidden relations {self.hidden_relations}, "
            f"as of {self.as_of}>"
        )


def _known(values: Iterable[str], known: list[str], what: str) -> list[str]:
    values = list(values)
    unknown = [v for v in values if v not in known]
    if unknown:
        raise traitlets.TraitError(
            f"not a {what} of the graph: {unknown[0]!r}; known: {', '.join(known)}"
        )
    return values


def _fallback_bundle(view: GraphView) -> dict:
    bundle = view._repr_mimebundle_()
    bundle["text/html"] = bundle["text/html"].replace(
        "<iframe ", '<iframe data-graphkit-fallback="widget" ', 1
    )
    bundle["text/plain"] = "(a static copy of the widget above, for when it is not running)"
    return bundle


def widget(G: nx.Graph, *, height: int = 640, **options: Any) -> GraphWidget:
    """The interactive page as a notebook widget sharing its selection and filters with Python.

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    height : int, default 640
        Height in pixels.
    **options
        The keyword options of :func:`~graphkit.to_html` (``color_by``, ``size_by``,
        ``camps``, ``table``, ``top``, ``renderer``, ...).

    Returns
    -------
    GraphWidget
        Display it (last expression of a cell); read ``w.selected``, set
        ``w.hidden_kinds``, ``w.hidden_relations`` and ``w.as_of``; ``w.on_select(f)``
        calls ``f`` with the new selection.

    Raises
    ------
    graphkit.MissingDependencyError
        Without anywidget: ``pip install 'graphkit-actors[widget]'``.

    Examples
    --------
    >>> import graphkit as gk
    >>> w = gk.widget(gk.load_dataset("syria-2024"))
    >>> w.hidden_kinds = ["city"]
    >>> w.as_of = "2024-12-04"
    >>> w.hidden_relations = ["bombs"]
    Traceback (most recent call last):
    ...
    traitlets.traitlets.TraitError: not a relation type of the graph: 'bombs'; known: ...
    """
    view = show(G, height=height, open=False, **options)
    # the names the page gives actors, kinds and relation types (graphkit.render.scene)
    kinds = sorted(
        {_text(d["kind"]) if d.get("kind") else "(no kind)" for _, d in G.nodes(data=True)}
    )
    relations = sorted(
        {
            "(untyped)" if d.get("relation") is None else _text(d["relation"])
            for *_, d in G.edges(data=True)
        }
    )
    return GraphWidget(view, actors=[_text(n) for n in G], kinds=kinds, relations=relations)
