"""What each graph file format can hold, checked before anything is written.

A graph built by hand can carry any Python object as an attribute. GraphML and GEXF hold
text, whole numbers, floating-point numbers and booleans; node-link JSON holds those,
``None``, lists and objects with text keys. Anything else would be written as something
it was not (a dict as its ``repr``, a date as text) or break the file (a NUL character
makes XML that no reader accepts), so the writers check every value first and raise one
:class:`GraphWriteError` that lists every kind of problem, naming the node or edge and the
attribute. Nothing is changed silently; numpy scalars are written as the Python numbers
they equal.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Any

import networkx as nx
import numpy as np

from ..base.characters import LONE_SURROGATES, XML_ILLEGAL
from ..base.errors import GraphWriteError, Problem

__all__ = [
    "BOOKKEEPING",
    "bookkeeping",
    "check_graph",
    "element_name",
    "empty_graph",
    "from_xml",
    "plain",
    "xml_attribute",
    "xml_text",
    "xml_text_problem",
    "xml_typed",
]

BOOKKEEPING = "graphkit.format"
"""Graph attribute name reserved for what graphkit records about a file (graph type, key
type) so that :func:`~graphkit.read_graph` restores the graph exactly."""

_SHOWN = 80
"""Characters of a bad value shown in an error."""


class _ForeignFile(Exception):
    """A graph file graphkit did not write: read it with networkx's general reader."""


def element_name(kind: str, element: Any) -> str:
    """How a problem names a node, an edge or the graph.

    Examples
    --------
    >>> element_name("node", "hts"), element_name("edge", ("turkey", "hts", "backs"))
    ("node 'hts'", "edge ('turkey', 'hts', 'backs')")
    """
    if kind in ("graph", "edges"):
        return f"the {kind}"
    if kind == "edge":
        return f"edge ({', '.join(repr(x) for x in element)})"
    return f"{kind} {element!r}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def plain(value: Any) -> Any:
    """A numpy scalar as the Python value it equals; any other value unchanged.

    Examples
    --------
    >>> plain(np.int64(3)), plain(np.float32(0.5)), plain(np.bool_(True)), plain("x")
    (3, 0.5, True, 'x')
    """
    if isinstance(value, np.generic):
        return value.item()
    return value


def xml_text_problem(text: str) -> str | None:
    """Why ``text`` cannot be written in XML 1.0, or None if it can.

    XML 1.0 has no way to write most control characters, even escaped, and no reader
    accepts a lone surrogate; tabs, newlines and carriage returns are fine.

    Examples
    --------
    >>> xml_text_problem("Turkey\\tHTS"), xml_text_problem("bell\\x07")
    (None, 'text without control characters (U+0007 at position 4 cannot be written in XML)')
    """
    match = XML_ILLEGAL.search(text)
    if match is None:
        return None
    code = ord(match[0])
    what = "a lone surrogate" if 0xD800 <= code <= 0xDFFF else "control characters"
    return (
        f"text without {what} (U+{code:04X} at position {match.start()} cannot be written in XML)"
    )


_XML_EXPECTED = (
    "text, a number or a boolean (GraphML and GEXF have no lists, dicts, dates or empty "
    "values: write .json for lists, dicts and None, store a date as ISO text with "
    ".isoformat(), and leave a missing value out)"
)
_JSON_EXPECTED = (
    "text, a finite number, a boolean, None, or a list or dict of these with text keys "
    "(JSON has no dates, tuples, sets or NaN: store a date as ISO text with .isoformat(), "
    "a tuple or set as a list)"
)


def _xml_value_problem(value: Any) -> str | None:
    value = plain(value)
    if isinstance(value, str):
        return xml_text_problem(value)
    if isinstance(value, bool | Integral | Real) and not isinstance(value, complex):
        return None if isinstance(value, bool | int | float) else _XML_EXPECTED
    return _XML_EXPECTED


def _json_value_problem(value: Any, depth: int = 0) -> str | None:
    value = plain(value)
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, str):
        return "valid Unicode text (no lone surrogates)" if LONE_SURROGATES.search(value) else None
    if isinstance(value, float):
        return None if math.isfinite(value) else _JSON_EXPECTED
    if depth > 50:
        return "a value nested less than 50 levels deep"
    if isinstance(value, list):
        for item in value:
            problem = _json_value_problem(item, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return _JSON_EXPECTED
            problem = _json_value_problem(item, depth + 1)
            if problem:
                return problem
        return None
    return _JSON_EXPECTED


@dataclass
class _Collected:
    """Problems grouped by (kind, attribute, expectation): the first element and a count."""

    first: Problem
    kind: str
    count: int = 1


def _elements(G: nx.Graph) -> Iterator[tuple[str, Any, dict]]:
    yield "graph", None, G.graph
    for n, d in G.nodes(data=True):
        yield "node", n, d
    if G.is_multigraph():
        for u, v, k, d in G.edges(keys=True, data=True):
            yield "edge", (u, v, k), d
    else:
        for u, v, d in G.edges(data=True):
            yield "edge", (u, v), d


_RESERVED_JSON = {"node": {"id"}, "edge": {"source", "target"}}


def check_graph(G: nx.Graph, format: str) -> None:
    """Raise :class:`GraphWriteError` listing everything in ``G`` that ``format`` cannot
    store exactly; return None when the whole graph can be written.

    Checked: attribute names (text, legal in the format), attribute values (see the module
    docstring), node ids (written as text: two ids with the same text would merge) and
    edge keys (text or whole numbers, not both). For JSON, the names node-link data uses
    itself (``id`` on nodes; ``source``, ``target`` and, in multigraphs, ``key`` on
    edges) cannot be attribute names. The name ``"graphkit.format"`` is reserved in
    ``G.graph``. Problems of one kind are counted, and the first element shown.

    Examples
    --------
    >>> import datetime
    >>> G = nx.Graph([("a", "b", {"start": datetime.date(2024, 12, 7)})])
    >>> check_graph(G, "JSON")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.GraphWriteError: cannot write JSON: 1 problem
      edge ('a', 'b'), attribute 'start': got datetime.date(2024, 12, 7); expected text, ...
    """
    xml = format in ("GraphML", "GEXF")
    value_problem = _xml_value_problem if xml else _json_value_problem
    reserved = dict(_RESERVED_JSON)
    if not xml and G.is_multigraph():
        reserved["edge"] = {*reserved["edge"], "key"}
    found: dict[tuple[str, str | None, str], _Collected] = {}

    def add(
        kind: str, element: Any, attribute: str | None, value: str | None, expected: str
    ) -> None:
        group = (kind, attribute, expected)
        if group in found:
            found[group].count += 1
        else:
            problem = Problem(element_name(kind, element), None, attribute, None, value, expected)
            found[group] = _Collected(problem, kind)

    if BOOKKEEPING in G.graph:
        add("graph", None, BOOKKEEPING, None, "no graph attribute of this name (graphkit's own)")
    for kind, element, data in _elements(G):
        for name, value in data.items():
            if kind == "graph" and name == BOOKKEEPING:
                continue
            if not isinstance(name, str) or (xml and xml_text_problem(name)):
                add(kind, element, str(name), None, "attribute names that are text")
                continue
            if not xml and name in reserved.get(kind, ()):
                add(
                    kind,
                    element,
                    name,
                    None,
                    f"no {kind} attribute named {name!r} in node-link JSON, which uses the "
                    "name itself (rename the attribute, or write .graphml or .gexf)",
                )
                continue
            # GEXF keeps graph attributes as JSON in its description
            in_json = kind == "graph" and format == "GEXF"
            problem = (_json_value_problem if in_json else value_problem)(value)
            if problem:
                add(kind, element, name, _shown(value), problem)
    _check_ids(G, xml, add)
    problems: list[Problem] = []
    for collected in found.values():
        first = collected.first
        if collected.count > 1:
            others = collected.count - 1
            plural = {"node": "nodes", "edge": "edges"}.get(collected.kind, collected.kind)
            source = (
                f"{first.source} and {others:,} other {plural if others > 1 else collected.kind}"
            )
            first = Problem(source, None, first.column, None, first.value, first.expected)
        problems.append(first)
    if problems:
        raise GraphWriteError(problems, format)


def _check_ids(G: nx.Graph, xml: bool, add) -> None:
    written_as: dict[str, Hashable] = {}
    for n in G:
        text = str(n)
        if text in written_as:
            other = written_as[text]
            add("node", n, None, None, f"node ids whose text differs ({other!r} is also {text!r})")
        written_as[text] = n
        value = plain(n)
        if not isinstance(value, str | int) or isinstance(value, bool):
            add("node", n, None, None, "node ids that are text or whole numbers")
        elif xml and xml_text_problem(text):
            add("node", n, None, None, f"a node id in {xml_text_problem(text)}")
    if G.is_multigraph():
        kinds = set()
        for u, v, k in G.edges(keys=True):
            key = plain(k)
            if isinstance(key, bool) or not isinstance(key, str | int):
                add("edge", (u, v, k), None, None, "edge keys that are text or whole numbers")
            elif isinstance(key, str) and xml and xml_text_problem(key):
                add("edge", (u, v, k), None, None, f"an edge key in {xml_text_problem(key)}")
            else:
                kinds.add(type(key))
        if len(kinds) > 1:
            add("edges", None, None, None, "edge keys that are all text or all whole numbers")


def xml_typed(value: Any) -> tuple[str, str]:
    """The XML Schema type and text of a value :func:`check_graph` accepted for XML.

    Floats are written with Python's shortest exact ``repr`` (read back bit for bit),
    non-finite ones as XML Schema's ``NaN``, ``INF`` and ``-INF``.

    Examples
    --------
    >>> xml_typed(True), xml_typed(np.int64(7)), xml_typed(0.1), xml_typed(float("-inf"))
    (('boolean', 'true'), ('long', '7'), ('double', '0.1'), ('double', '-INF'))
    """
    value = plain(value)
    if isinstance(value, bool):
        return "boolean", "true" if value else "false"
    if isinstance(value, int):
        return "long", str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "double", "NaN"
        if math.isinf(value):
            return "double", "INF" if value > 0 else "-INF"
        return "double", repr(value)
    return "string", value


def from_xml(type_name: str, text: str) -> Any:
    """Undo :func:`xml_typed` (and read the other XML Schema types other tools write).

    Examples
    --------
    >>> from_xml("boolean", "true"), from_xml("long", "7"), from_xml("double", "-INF")
    (True, 7, -inf)
    """
    if type_name == "boolean":
        return text.strip().lower() in ("true", "1")
    if type_name in ("long", "int", "integer"):
        return int(text)
    if type_name in ("double", "float"):
        return float(text)
    return text


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def xml_text(text: str) -> str:
    """Element content that an XML parser reads back exactly (a carriage return would
    otherwise become a newline).

    Examples
    --------
    >>> xml_text("a < b & c\\r\\n")
    'a &lt; b &amp; c&#13;\\n'
    """
    return text.translate(_TEXT_ESCAPES)


def xml_attribute(text: str) -> str:
    """An attribute value, for double quotes, that an XML parser reads back exactly (tabs
    and newlines would otherwise become spaces).

    Examples
    --------
    >>> xml_attribute('say "hi"\\tthen\\ngo')
    'say &quot;hi&quot;&#9;then&#10;go'
    """
    return text.translate(_ATTRIBUTE_ESCAPES)


def bookkeeping(G: nx.Graph) -> dict:
    """What graphkit records about a graph so its reader restores the same class and keys."""
    record: dict[str, Any] = {"graph_type": type(G).__name__ if _standard(G) else _base(G)}
    if G.is_multigraph():
        keys = {type(plain(k)) for _, _, k in G.edges(keys=True)}
        record["keys"] = "int" if keys == {int} else "str"
    return record


def _standard(G: nx.Graph) -> bool:
    return type(G) in (nx.Graph, nx.DiGraph, nx.MultiGraph, nx.MultiDiGraph)


def _base(G: nx.Graph) -> str:
    return {(False, False): "Graph", (True, False): "DiGraph", (False, True): "MultiGraph"}.get(
        (G.is_directed(), G.is_multigraph()), "MultiDiGraph"
    )


def empty_graph(record: dict) -> nx.Graph:
    """A new graph of the class named in a bookkeeping record."""
    name = record.get("graph_type")
    if name not in ("Graph", "DiGraph", "MultiGraph", "MultiDiGraph"):
        raise ValueError(f"unknown graph type {name!r} in the file's {BOOKKEEPING!r} record")
    return getattr(nx, name)()
