"""Write graphs as GraphML, GEXF or node-link JSON, and read them back with nothing lost.

The format follows the file's extension; a ``format=`` that contradicts it is an error,
so a ``.gexf`` file always holds GEXF. Before anything is written the whole graph is
checked against what the format can hold (:mod:`graphkit.io.graph_values`): a value the
format cannot store raises one :class:`~graphkit.GraphWriteError` naming
every node, edge and attribute concerned, instead of a file that is wrong or unreadable.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..base.characters import LONE_SURROGATES
from ..base.errors import DataError, Problem
from .files import atomic_write
from .gexf_format import GEXF_NAMESPACE, read_gexf, write_gexf
from .graph_values import _ForeignFile, check_graph, plain
from .graphml_format import read_graphml, write_graphml

__all__ = ["FORMATS", "graph_format", "read_graph", "write_graph"]

FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}
"""File extensions and the format each selects."""

_NAMES = {"graphml": "GraphML", "gexf": "GEXF", "json": "JSON"}
# Bookkeeping the networkx readers add that was never in the graph.
_READER_GRAPH_KEYS = ("node_default", "edge_default", "mode")


def graph_format(path: str | os.PathLike, format: str | None = None) -> str:
    """The format of a graph file: the one its extension names, or ``format``.

    Raises
    ------
    ValueError
        If ``format`` is unknown, if the extension names another format than ``format``
        (``g.gexf`` with ``format="graphml"``), or if neither tells the format.

    Examples
    --------
    >>> graph_format("out/g.GEXF"), graph_format("g.xml", "graphml")
    ('gexf', 'graphml')
    >>> graph_format("g.gexf", "json")
    Traceback (most recent call last):
    ...
    ValueError: 'g.gexf' ends in .gexf, which is GEXF, but the format asked for is json; \
change the file name or the format
    """
    path = Path(path)
    named = FORMATS.get(path.suffix.lower())
    if format is not None:
        if format not in _NAMES:
            raise ValueError(f"unknown format {format!r}; choose one of {', '.join(_NAMES)}")
        if named is not None and named != format:
            raise ValueError(
                f"{str(path)!r} ends in {path.suffix}, which is {_NAMES[named]}, but the "
                f"format asked for is {format}; change the file name or the format"
            )
        return format
    if named is None:
        raise ValueError(
            f"cannot tell the format of {str(path)!r} from its extension; "
            f"use one of {', '.join(FORMATS)} or pass format="
        )
    return named


def write_graph(G: nx.Graph, path: str | os.PathLike, *, format: str | None = None) -> Path:
    """Write ``G`` to ``path`` as GraphML, GEXF or node-link JSON, chosen by extension.

    :func:`read_graph` gives back the same graph: the same class (``Graph``,
    ``DiGraph``, ``MultiGraph`` or ``MultiDiGraph``, with or without edges), the same
    edge keys, and every attribute with its type. The file appears whole or not at all,
    and the same graph always gives the same bytes.

    Parameters
    ----------
    G : networkx graph
        Any graph. Node ids are written as text.
    path : str or path
        Ends in ``.graphml``, ``.gexf`` or ``.json``; the extension sets the format.
    format : {"graphml", "gexf", "json"}, optional
        For a path with another extension (``g.xml``); must agree with a known one.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        If the format is unknown or contradicts the extension.
    GraphWriteError
        (a :class:`~graphkit.DataError`) If the graph holds values the format cannot
        store; it lists each kind of problem with the node or edge and attribute, and
        nothing is written.

    Notes
    -----
    What each format holds:

    * **GraphML** and **GEXF**: text, whole numbers, floats (NaN and infinities
      included) and booleans. Not lists, dicts, dates or ``None`` (write JSON, or store
      dates as ISO text as graphkit does); not the control characters XML 1.0 cannot
      express (NUL, BEL, ESC, ...: tabs, newlines and carriage returns are kept).
    * **JSON** (networkx's node-link format, ``"edges"``): text (any character), whole
      numbers, finite floats, booleans, ``None``, lists and dicts of these with text
      keys. No NaN or infinity (not JSON), dates, tuples or sets. Node attribute ``id``
      and edge attributes ``source``, ``target`` (and ``key`` in multigraphs) are
      refused: node-link data uses those names itself.

    numpy scalars are written as the Python numbers they equal. GEXF keeps graph
    attributes as JSON in ``<meta><description>``, labels nodes with their ``name`` and
    edges with their ``relation`` for Gephi, and turns dated ``start``/``end`` into
    Gephi time bounds (see :mod:`graphkit.io.gexf_format`).

    Examples
    --------
    >>> import tempfile, pathlib, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> path = gk.write_graph(G, pathlib.Path(tempfile.mkdtemp()) / "syria.graphml")
    >>> H = gk.read_graph(path)
    >>> nx.utils.edges_equal(G.edges(keys=True, data=True), H.edges(keys=True, data=True))
    True
    >>> type(H).__name__
    'MultiDiGraph'
    """
    path = Path(path)
    fmt = graph_format(path, format)
    check_graph(G, _NAMES[fmt])
    with atomic_write(path) as handle:
        if fmt == "graphml":
            write_graphml(G, handle)
        elif fmt == "gexf":
            write_gexf(G, handle)
        else:
            json.dump(_node_link(G), handle, ensure_ascii=False, allow_nan=False, indent=1)
            handle.write("\n")
    return path


def _node_link(G: nx.Graph) -> dict:
    def values(d: dict) -> dict:
        return {k: _json_plain(v) for k, v in d.items()}

    edges = []
    if G.is_multigraph():
        for u, v, k, d in G.edges(keys=True, data=True):
            edges.append({**values(d), "source": plain(u), "target": plain(v), "key": plain(k)})
    else:
        for u, v, d in G.edges(data=True):
            edges.append({**values(d), "source": plain(u), "target": plain(v)})
    return {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": values(G.graph),
        "nodes": [{**values(d), "id": plain(n)} for n, d in G.nodes(data=True)],
        "edges": edges,
    }


def _json_plain(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, list):
        return [_json_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_plain(v) for k, v in value.items()}
    return value


def read_graph(path: str | os.PathLike, *, format: str | None = None) -> nx.Graph:
    """Read a graph written by :func:`write_graph`, or by another tool in those formats.

    A file graphkit wrote comes back exactly as it was written (class, keys, attributes
    and their types). Files from other tools (Gephi, yEd, Cytoscape, networkx, D3) are
    read with networkx's readers, whose bookkeeping attributes (GEXF ``id``/``label``
    equal to the id, GraphML defaults) are dropped. Node-link JSON may list its edges
    under ``"edges"`` (networkx) or ``"links"`` (D3 and older networkx).

    **Node ids are always strings**, whatever the format: GraphML and GEXF store them as
    text, and JSON ids that are numbers are turned into text too, so the same graph reads
    the same from any of the three.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read.
    format : {"graphml", "gexf", "json"}, optional
        The file's format; by default the one its extension names (see :data:`FORMATS`).

    Returns
    -------
    networkx.Graph
        The graph, of the class it was written as (``MultiDiGraph`` for graphkit graphs).

    Raises
    ------
    DataError
        If the file is not well-formed XML or JSON (with the line and column), or is not
        a graph in the format (naming what is missing).
    ValueError
        If the format is unknown or contradicts the extension.

    Examples
    --------
    >>> import tempfile, pathlib, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> H = gk.read_graph(gk.write_graph(G, pathlib.Path(tempfile.mkdtemp()) / "g.gexf"))
    >>> H.graph == G.graph and dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    True
    """
    path = Path(path)
    fmt = graph_format(path, format)
    try:
        if fmt == "json":
            return _read_node_link(path)
        try:
            return read_graphml(path) if fmt == "graphml" else read_gexf(path)
        except _ForeignFile:
            return _read_foreign(path, fmt)
    except ET.ParseError as exc:
        line, column = exc.position
        raise DataError(
            [
                Problem(
                    path.name,
                    line,
                    None,
                    None,
                    None,
                    f"well-formed XML ({exc.msg}, at character {column + 1})",
                )
            ]
        ) from None
    except (KeyError, ValueError, TypeError, nx.NetworkXError) as exc:
        if isinstance(exc, DataError):
            raise
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        raise DataError(
            [Problem(path.name, None, None, None, None, f"a {_NAMES[fmt]} graph ({reason})")]
        ) from None


def _read_foreign(path: Path, fmt: str) -> nx.Graph:
    if fmt == "graphml":
        G = nx.read_graphml(path, force_multigraph=_graphml_has_edge_ids(path))
    else:
        G = nx.read_gexf(path, relabel=False)
        _clean_gexf(G, path)
    for key in _READER_GRAPH_KEYS:
        G.graph.pop(key, None)
    return G


def _graphml_has_edge_ids(path: Path) -> bool:
    # networkx writes edge ids (its keys) only for multigraphs.
    for _, element in ET.iterparse(path):
        if element.tag.endswith("}edge"):
            return "id" in element.attrib
    return False


def _clean_gexf(G: nx.Graph, path: Path) -> None:
    """What GEXF files of graphkit 0.1 (written through networkx) kept in their meta."""
    root = ET.parse(path).getroot()
    description = root.find(f"{{{GEXF_NAMESPACE}}}meta/{{{GEXF_NAMESPACE}}}description")
    if description is not None and description.text:
        try:
            G.graph.update(json.loads(description.text))
        except json.JSONDecodeError:
            G.graph["description"] = description.text
    for node, data in G.nodes(data=True):
        if data.get("label") == node:
            del data["label"]
    for *_, data in G.edges(data=True):
        data.pop("id", None)


def _read_node_link(path: Path) -> nx.Graph:
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            [
                Problem(
                    path.name,
                    exc.lineno,
                    None,
                    None,
                    None,
                    f"valid JSON ({exc.msg}, at character {exc.colno})",
                )
            ]
        ) from None
    except RecursionError:
        raise DataError(
            [Problem(path.name, None, None, None, None, "JSON nested less deeply")]
        ) from None
    where = "node-link JSON: an object with 'nodes' and 'edges' (or 'links')"
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise DataError([Problem(path.name, None, None, None, None, where)])
    edges_key = "edges" if "edges" in data else "links" if "links" in data else None
    if edges_key is None:
        data = {**data, "edges": []}
        edges_key = "edges"
    if not isinstance(data[edges_key], list):
        raise DataError([Problem(path.name, None, edges_key, None, None, where)])
    problems = []
    ids = {
        node["id"]
        for node in data["nodes"]
        if isinstance(node, dict) and isinstance(node.get("id"), str | int)
    }
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str | int):
            problems.append(
                Problem(
                    path.name,
                    None,
                    f"nodes[{i}]",
                    None,
                    None,
                    "a node object with an 'id' that is text or a whole number",
                )
            )
    for i, edge in enumerate(data[edges_key]):
        if not isinstance(edge, dict) or not {"source", "target"} <= edge.keys():
            problems.append(
                Problem(
                    path.name,
                    None,
                    f"{edges_key}[{i}]",
                    None,
                    None,
                    "an edge object with 'source' and 'target'",
                )
            )
            continue
        for end in ("source", "target"):
            if not isinstance(edge[end], str | int) or edge[end] not in ids:
                problems.append(
                    Problem(
                        path.name,
                        None,
                        f"{edges_key}[{i}].{end}",
                        None,
                        repr(edge[end])[:80],
                        "the id of a node listed in 'nodes'",
                    )
                )
    problems += [
        Problem(path.name, None, where, None, None, "valid Unicode text (no lone surrogates)")
        for where in _lone_surrogates(data)
    ]
    if problems:
        raise DataError(problems)
    G = nx.node_link_graph(data, edges=edges_key)
    if any(not isinstance(n, str) for n in G):
        as_text = {n: str(n) for n in G}
        if len(set(as_text.values())) < len(as_text):
            raise DataError(
                [
                    Problem(
                        path.name,
                        None,
                        "nodes",
                        None,
                        None,
                        "node ids that stay distinct as text (such as 1 and '1')",
                    )
                ]
            )
        G = nx.relabel_nodes(G, as_text)
    return G


def _lone_surrogates(value: Any, where: str = "") -> Iterator[str]:
    """Where a JSON document holds a lone surrogate (``"\\ud800"`` decodes to one): text
    no UTF-8 file or page can hold, so it is refused when read, not when written."""
    if isinstance(value, str):
        if LONE_SURROGATES.search(value):
            yield where or "the document"
    elif isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            if isinstance(key, str) and LONE_SURROGATES.search(key):
                yield f"{where or 'the document'}: a key"
            yield from _lone_surrogates(item, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _lone_surrogates(item, f"{where}[{i}]")
