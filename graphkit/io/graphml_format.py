"""GraphML written and read back exactly: graph type, edge keys and typed attributes.

The file is plain GraphML 1.0 that yEd, Gephi, Cytoscape and ``networkx.read_graphml``
read. What GraphML alone cannot say is recorded in one graph attribute,
``graphkit.format`` (JSON: the networkx graph class and the type of edge keys), so a
multigraph without parallel edges, or with no edges at all, comes back as a multigraph.
Edge keys are written as the ``key`` edge data that networkx's reader also uses; edges
have no ``id`` (GraphML does not require one, and keys repeat across pairs).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..base.progress import step
from .graph_values import (
    BOOKKEEPING,
    _ForeignFile,
    bookkeeping,
    empty_graph,
    from_xml,
    plain,
    xml_attribute,
    xml_text,
    xml_typed,
)

__all__ = ["read_graphml", "write_graphml"]

_NS = "http://graphml.graphdrawing.org/xmlns"
_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<graphml xmlns="{_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    f'xsi:schemaLocation="{_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
_KEY_DATA = "k"
"""Id of the GraphML key holding multigraph edge keys (user attributes get d0, d1, ...)."""
_FORMAT_DATA = "graphkit"
_CHUNK = 2000


def _edges(G: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict]]:
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for u, v, d in G.edges(data=True):
            yield u, v, None, d


def write_graphml(G: nx.Graph, handle: IO[str]) -> None:
    """Write ``G`` (already checked by :func:`~graphkit.io.graph_values.check_graph`)."""
    keys: dict[tuple[str, str, str], str] = {}
    for domain, items in (
        ("graph", [G.graph]),
        ("node", (d for _, d in G.nodes(data=True))),
        ("edge", (d for *_, d in _edges(G))),
    ):
        for data in items:
            for name, value in data.items():
                declared = (domain, name, xml_typed(value)[0])
                if declared not in keys:
                    keys[declared] = f"d{len(keys)}"
    out = [_HEADER]
    record = bookkeeping(G)
    out.append(
        f'<key id="{_FORMAT_DATA}" for="graph" attr.name="{BOOKKEEPING}" attr.type="string"/>\n'
    )
    if G.is_multigraph():
        key_type = "long" if record["keys"] == "int" else "string"
        out.append(f'<key id="{_KEY_DATA}" for="edge" attr.name="key" attr.type="{key_type}"/>\n')
    for (domain, name, type_name), key_id in keys.items():
        out.append(
            f'<key id="{key_id}" for="{domain}" attr.name="{xml_attribute(name)}" '
            f'attr.type="{type_name}"/>\n'
        )
    direction = "directed" if G.is_directed() else "undirected"
    out.append(f'<graph edgedefault="{direction}">\n')
    out.append(f'<data key="{_FORMAT_DATA}">{xml_text(json.dumps(record))}</data>\n')
    out.append(_data(G.graph, "graph", keys))
    handle.write("".join(out))
    total = G.number_of_nodes() + G.number_of_edges()
    with step("writing GraphML", total=total, unit="actors and relations") as progress:
        out = []
        for n, d in G.nodes(data=True):
            out.append(f'<node id="{xml_attribute(str(n))}">{_data(d, "node", keys)}</node>\n')
            if len(out) == _CHUNK:
                handle.write("".join(out))
                progress.advance(len(out))
                out = []
        for u, v, k, d in _edges(G):
            key = "" if k is None else f'<data key="{_KEY_DATA}">{xml_text(str(plain(k)))}</data>'
            out.append(
                f'<edge source="{xml_attribute(str(u))}" target="{xml_attribute(str(v))}">'
                f"{key}{_data(d, 'edge', keys)}</edge>\n"
            )
            if len(out) == _CHUNK:
                handle.write("".join(out))
                progress.advance(len(out))
                out = []
        out.append("</graph>\n</graphml>\n")
        handle.write("".join(out))
        progress.advance(len(out) - 1)


def _data(data: dict, domain: str, keys: dict) -> str:
    parts = []
    for name, value in data.items():
        type_name, text = xml_typed(value)
        parts.append(f'<data key="{keys[domain, name, type_name]}">{xml_text(text)}</data>')
    return "".join(parts)


def read_graphml(path: Path) -> nx.Graph:
    """Read a GraphML file graphkit wrote, restoring the graph class, keys and attributes.

    Raises
    ------
    _ForeignFile
        If the file has no ``graphkit.format`` record (another tool wrote it).
    """
    G: nx.Graph | None = None
    record: dict | None = None
    keys: dict[str, tuple[str, str]] = {}
    graph_attributes: dict[str, Any] = {}
    tags: list[str] = []
    for event, element in ET.iterparse(path, events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if event == "start":
            tags.append(tag)
            continue
        tags.pop()
        if tag == "key":
            keys[element.get("id", "")] = (
                element.get("attr.name", ""),
                element.get("attr.type", "string"),
            )
        elif tag == "data" and tags and tags[-1] == "graph":
            name, type_name = keys[element.get("key", "")]
            if element.get("key") == _FORMAT_DATA and name == BOOKKEEPING:
                record = json.loads(element.text or "{}")
            else:
                graph_attributes[name] = from_xml(type_name, element.text or "")
        elif tag in ("node", "edge"):
            if G is None:
                if record is None:
                    raise _ForeignFile(path)
                G = empty_graph(record)
            if tag == "node":
                G.add_node(element.get("id"), **_decode(element, keys)[1])
            else:
                key, data = _decode(element, keys)
                source, target = element.get("source"), element.get("target")
                if G.is_multigraph():
                    G.add_edge(source, target, key=_key(key, record), **data)
                else:
                    G.add_edge(source, target, **data)
            element.clear()
    if G is None:
        if record is None:
            raise _ForeignFile(path)
        G = empty_graph(record)
    G.graph.update(graph_attributes)
    return G


def _key(text: str | None, record: dict | None) -> Any:
    if text is None:
        raise ValueError("a multigraph edge without its key")
    return int(text) if record and record.get("keys") == "int" else text


def _decode(element: ET.Element, keys: dict) -> tuple[str | None, dict]:
    key, data = None, {}
    for child in element:
        key_id = child.get("key", "")
        if key_id == _KEY_DATA:
            key = child.text or ""
        else:
            name, type_name = keys[key_id]
            data[name] = from_xml(type_name, child.text or "")
    return key, data
