"""GEXF (Gephi's format) written and read back exactly, and the same bytes on every run.

The file is GEXF 1.2 as Gephi reads it: nodes labelled with their ``name``, edges with
their relation type and numeric ``weight``, and, where an edge's ``start`` or ``end`` is
a date, time bounds (``YYYY-MM-DD``, the first day of ``start`` and the last day of
``end``) for Gephi's timeline. Every attribute is also written, typed, as an
``attvalue``, which is what graphkit reads back: labels, GEXF weights and time bounds are
derived for Gephi and ignored on reading. Graph attributes, the graph class and the type
of edge keys are stored as JSON in ``<meta><description>`` (GEXF has no graph
attributes); multigraph edge keys are the ``networkx_key`` attribute networkx's reader
also understands. No date or version is written, so the same graph gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..base.progress import step
from ..core.dates import first_day, last_day
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

__all__ = ["GEXF_NAMESPACE", "read_gexf", "write_gexf"]

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
_CREATOR = "graphkit"
_KEY_ATTRIBUTE = "networkx_key"
_CHUNK = 2000


def _edges(G: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict]]:
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for u, v, d in G.edges(data=True):
            yield u, v, None, d


def _bound(value: Any, end: bool) -> str | None:
    """A GEXF date for Gephi's timeline, or None when the value is not a date."""
    if value is None or isinstance(value, bool | int | float):
        return None
    try:
        day = last_day(value) if end else first_day(value)
    except (ValueError, TypeError):
        return None
    return day.isoformat()


def _time_bounds(d: dict) -> tuple[str | None, str | None]:
    start, end = _bound(d.get("start"), end=False), _bound(d.get("end"), end=True)
    if start and end and dt.date.fromisoformat(start) > dt.date.fromisoformat(end):
        return None, None  # Gephi refuses an interval that ends before it starts
    return start, end


def write_gexf(G: nx.Graph, handle: IO[str]) -> None:
    """Write ``G`` (already checked by :func:`~graphkit.io.graph_values.check_graph`)."""
    declared: dict[str, dict[tuple[str, str], str]] = {"node": {}, "edge": {}}
    for domain, items in (
        ("node", (d for _, d in G.nodes(data=True))),
        ("edge", (d for *_, d in _edges(G))),
    ):
        ids = declared[domain]
        for data in items:
            for name, value in data.items():
                typed = (name, xml_typed(value)[0])
                if typed not in ids:
                    ids[typed] = f"{domain[0]}{len(ids)}"
    key_type = None
    if G.is_multigraph():
        key_type = "long" if bookkeeping(G)["keys"] == "int" else "string"
    dynamic = any(any(_time_bounds(d)) for *_, d in _edges(G))
    description = json.dumps(
        {BOOKKEEPING: bookkeeping(G), "graph": G.graph}, ensure_ascii=False, allow_nan=False
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<gexf xmlns="{GEXF_NAMESPACE}" version="1.2">\n',
        f"<meta>\n<creator>{_CREATOR}</creator>\n",
        f"<description>{xml_text(description)}</description>\n</meta>\n",
        f'<graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" ',
        'mode="dynamic" timeformat="date">\n' if dynamic else 'mode="static">\n',
    ]
    for domain, ids in declared.items():
        extra = key_type is not None and domain == "edge"
        if not ids and not extra:
            continue
        out.append(f'<attributes class="{domain}" mode="static">\n')
        if extra:
            out.append(f'<attribute id="key" title="{_KEY_ATTRIBUTE}" type="{key_type}"/>\n')
        for (name, type_name), attribute_id in ids.items():
            out.append(
                f'<attribute id="{attribute_id}" title="{xml_attribute(name)}" '
                f'type="{type_name}"/>\n'
            )
        out.append("</attributes>\n")
    out.append("<nodes>\n")
    handle.write("".join(out))
    total = G.number_of_nodes() + G.number_of_edges()
    with step("writing GEXF", total=total, unit="actors and relations") as progress:
        out = []
        for n, d in G.nodes(data=True):
            name = d.get("name")
            label = name if isinstance(name, str) else str(n)
            out.append(
                f'<node id="{xml_attribute(str(n))}" label="{xml_attribute(label)}">'
                f"{_attvalues(d, declared['node'])}</node>\n"
            )
            if len(out) == _CHUNK:
                handle.write("".join(out))
                progress.advance(len(out))
                out = []
        out.append("</nodes>\n<edges>\n")
        for number, (u, v, k, d) in enumerate(_edges(G)):
            attributes = [
                f'id="{number}"',
                f'source="{xml_attribute(str(u))}"',
                f'target="{xml_attribute(str(v))}"',
            ]
            relation = d.get("relation")
            if isinstance(relation, str):
                attributes.append(f'label="{xml_attribute(relation)}"')
            weight = plain(d.get("weight"))
            if isinstance(weight, int | float) and not isinstance(weight, bool):
                attributes.append(f'weight="{xml_typed(float(weight))[1]}"')
            start, end = _time_bounds(d)
            if start:
                attributes.append(f'start="{start}"')
            if end:
                attributes.append(f'end="{end}"')
            key = ""
            if k is not None:
                key = f'<attvalue for="key" value="{xml_attribute(str(plain(k)))}"/>'
            values = _attvalues(d, declared["edge"], key)
            out.append(f"<edge {' '.join(attributes)}>{values}</edge>\n")
            if len(out) == _CHUNK:
                handle.write("".join(out))
                progress.advance(len(out))
                out = []
        out.append("</edges>\n</graph>\n</gexf>\n")
        handle.write("".join(out))
        progress.advance(total - progress.done)


def _attvalues(data: dict, ids: dict, first: str = "") -> str:
    parts = [first] if first else []
    for name, value in data.items():
        type_name, text = xml_typed(value)
        parts.append(f'<attvalue for="{ids[name, type_name]}" value="{xml_attribute(text)}"/>')
    return f"<attvalues>{''.join(parts)}</attvalues>" if parts else ""


def read_gexf(path: Path) -> nx.Graph:
    """Read a GEXF file graphkit wrote, restoring the graph class, keys and attributes.

    Raises
    ------
    _ForeignFile
        If graphkit did not write the file (its ``<meta>`` says otherwise).
    """
    ns = f"{{{GEXF_NAMESPACE}}}"
    G: nx.Graph | None = None
    record: dict | None = None
    creator = None
    attributes: dict[str, tuple[str, str]] = {}
    for _, element in ET.iterparse(path, events=("end",)):
        tag = element.tag
        if tag == f"{ns}creator":
            creator = element.text
        elif tag == f"{ns}description":
            if creator != _CREATOR:
                raise _ForeignFile(path)
            content = json.loads(element.text or "{}")
            record = content[BOOKKEEPING]
            G = empty_graph(record)
            G.graph.update(content.get("graph", {}))
        elif tag == f"{ns}attribute":
            attributes[element.get("id", "")] = (
                element.get("title", ""),
                element.get("type", "string"),
            )
        elif tag in (f"{ns}node", f"{ns}edge"):
            if G is None or record is None:
                raise _ForeignFile(path)
            key, data = _decode(element, attributes, ns)
            if tag == f"{ns}node":
                G.add_node(element.get("id"), **data)
            elif G.is_multigraph():
                if key is None:
                    raise ValueError(f"edge {element.get('id')!r} has no {_KEY_ATTRIBUTE}")
                typed_key = int(key) if record.get("keys") == "int" else key
                G.add_edge(element.get("source"), element.get("target"), key=typed_key, **data)
            else:
                G.add_edge(element.get("source"), element.get("target"), **data)
            element.clear()
    if G is None:
        raise _ForeignFile(path)
    return G


def _decode(element: ET.Element, attributes: dict, ns: str) -> tuple[str | None, dict]:
    key, data = None, {}
    values = element.find(f"{ns}attvalues")
    if values is not None:
        for value in values:
            attribute_id = value.get("for", "")
            text = value.get("value", "")
            if attribute_id == "key":
                key = text
            else:
                name, type_name = attributes[attribute_id]
                data[name] = from_xml(type_name, text)
    return key, data
