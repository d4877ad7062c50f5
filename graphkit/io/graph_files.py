"""Write graphs as GraphML, GEXF or node-link JSON, and read them back with nothing lost."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from .files import atomic_write

__all__ = ["FORMATS", "read_graph", "write_graph"]

FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}
"""File extensions and the format each selects."""

# Bookkeeping the networkx readers add that was never in the graph.
_READER_GRAPH_KEYS = ("node_default", "edge_default", "mode")
_GEXF_NS = "http://www.gexf.net/1.2draft"


def _format(path: Path, format: str | None) -> str:
    if format is not None:
        if format not in FORMATS.values():
            choices = ", ".join(FORMATS.values())
            raise ValueError(f"unknown format {format!r}; choose one of {choices}")
        return format
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            f"cannot tell the format of {str(path)!r} from its extension; "
            f"use one of {', '.join(FORMATS)} or pass format="
        ) from None


def write_graph(G: nx.Graph, path: str | os.PathLike, *, format: str | None = None) -> Path:
    """Write ``G`` to ``path`` as GraphML, GEXF or node-link JSON, chosen by extension.

    The file appears whole or not at all. Attribute values must be strings, numbers or
    booleans (graphkit graphs are); missing values are simply absent.

    Parameters
    ----------
    G : networkx graph
        Any graph; a graphkit MultiDiGraph keeps its edge keys.
    path : str or path
        Ends in ``.graphml``, ``.gexf`` or ``.json`` unless ``format`` is given.
    format : {"graphml", "gexf", "json"}, optional
        Overrides the extension.

    Returns
    -------
    pathlib.Path
        The path written.

    Notes
    -----
    GEXF has no place for arbitrary graph attributes: they are stored as JSON in the
    file's ``<meta><description>``, which :func:`read_graph` restores. In GEXF, graphkit's
    ``start`` and ``end`` edge attributes are also GEXF time bounds, which Gephi's
    timeline understands.

    Examples
    --------
    >>> import tempfile, pathlib, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> path = gk.write_graph(G, pathlib.Path(tempfile.mkdtemp()) / "syria.graphml")
    >>> H = gk.read_graph(path)
    >>> nx.utils.edges_equal(G.edges(keys=True, data=True), H.edges(keys=True, data=True))
    True
    """
    path = Path(path)
    fmt = _format(path, format)
    if fmt == "graphml":
        text = "\n".join(nx.generate_graphml(G))
    elif fmt == "gexf":
        text = _gexf_text(G)
    else:
        data = nx.node_link_data(G, edges="edges")
        text = json.dumps(data, ensure_ascii=False, indent=1)
    with atomic_write(path) as handle:
        handle.write(text + "\n")
    return path


def read_graph(path: str | os.PathLike, *, format: str | None = None) -> nx.Graph:
    """Read a graph written by :func:`write_graph` (or by another tool in those formats).

    Node ids are strings; a multigraph keeps its edge keys; readers' bookkeeping
    attributes (GEXF ``id``/``label``, GraphML defaults) are removed when they carry
    nothing the graph did not already say.

    Examples
    --------
    >>> import tempfile, pathlib, graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> H = gk.read_graph(gk.write_graph(G, pathlib.Path(tempfile.mkdtemp()) / "g.gexf"))
    >>> H.graph == G.graph and dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    True
    """
    path = Path(path)
    fmt = _format(path, format)
    if fmt == "graphml":
        G = nx.read_graphml(path, force_multigraph=_is_multigraph_graphml(path))
    elif fmt == "gexf":
        G = nx.read_gexf(path, relabel=False)
        _clean_gexf(G, path)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        G = nx.node_link_graph(data, edges="edges")
    for key in _READER_GRAPH_KEYS:
        G.graph.pop(key, None)
    return G


def _is_multigraph_graphml(path: Path) -> bool:
    # networkx writes edge ids (our keys) only for multigraphs.
    for _, element in ET.iterparse(path):
        if element.tag.endswith("}edge"):
            return "id" in element.attrib
    return False


def _gexf_text(G: nx.Graph) -> str:
    text = "\n".join(nx.generate_gexf(G))
    ET.register_namespace("", _GEXF_NS)
    root = ET.fromstring(text)
    meta = root.find(f"{{{_GEXF_NS}}}meta")
    description = ET.SubElement(meta, f"{{{_GEXF_NS}}}description")
    description.text = json.dumps(
        {k: v for k, v in G.graph.items() if k != "name"}, ensure_ascii=False
    )
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _clean_gexf(G: nx.Graph, path: Path) -> None:
    root = ET.parse(path).getroot()
    description = root.find(f"{{{_GEXF_NS}}}meta/{{{_GEXF_NS}}}description")
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
