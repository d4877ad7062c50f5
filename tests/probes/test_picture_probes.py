"""Issue 19's probes of the drawing functions on graphs made in Python with text no file
could hold: a lone surrogate (half a UTF-16 pair), two halves in the wrong order, and
control characters (NUL, ESC sequences, BEL), in an actor id, a name, a description,
relation evidence, a relation type and the title.

Each case asserts the one right behaviour for one function: ``to_html`` writes a UTF-8
page with no raw control character; ``to_image`` a PNG; ``show`` a page and its picture;
``widget`` a page and a model state that encode as UTF-8 JSON (what the notebook sends);
never a raw ``UnicodeEncodeError`` or matplotlib ``TypeError``.
"""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

import graphkit as gk

BAD = {
    "lone surrogate": "\ud800",
    "halves reversed": "\udfff\ud800",
    "control characters": "\x00\x1b[2J\x07",
}
FIELDS = ["id", "name", "description", "evidence", "relation", "title"]
FUNCTIONS = ["to_html", "to_image", "show", "widget"]
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def hostile(bad: str, field: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title=f"T{bad}" if field == "title" else "T")
    a = f"a{bad}" if field == "id" else "a"
    G.add_node(
        a,
        name=f"A{bad}" if field == "name" else "A",
        kind="state",
        description=f"d{bad}" if field == "description" else "d",
    )
    G.add_node("b", name="B", kind="state")
    G.add_edge(
        a,
        "b",
        key="k",
        relation=f"opposes{bad}" if field == "relation" else "opposes",
        polarity=-1,
        mode="verbal",
        symmetric=False,
        evidence=f"e{bad}" if field == "evidence" else "e",
    )
    return G


def page_is_clean(page: str) -> None:
    page.encode("utf-8")  # strict: raises on a lone surrogate
    assert not RAW_CONTROL.search(page)


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("bad", list(BAD))
def test_text_no_file_could_hold_is_drawn_safely(tmp_path, bad, field, function):
    G = hostile(BAD[bad], field)
    if function == "to_html":
        path = gk.to_html(G, tmp_path / "page.html")
        page_is_clean(path.read_bytes().decode("utf-8"))
    elif function == "to_image":
        path = gk.to_image(G, tmp_path / "g.png", dpi=40)
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    elif function == "show":
        view = gk.show(G, open=False)
        bundle = view._repr_mimebundle_()
        page_is_clean(view.page)
        json.dumps(bundle, ensure_ascii=False).encode("utf-8")
    else:
        w = gk.widget(G)
        page_is_clean(w._page)
        json.dumps(w.get_state(), ensure_ascii=False).encode("utf-8")


PAYLOADS = {
    "script": "</script><script>window.__pwned=1</script>",
    "markup": '<img src=x onerror="window.__pwned=1">',
    "formula": '=HYPERLINK("http://attacker.invalid","x")',
    "rlo": "\u202eexe.gnp",
    "object key": "__proto__",
}


@pytest.mark.parametrize("payload", list(PAYLOADS))
def test_the_widget_model_carries_hostile_strings_as_data(payload):
    text = PAYLOADS[payload]
    G = nx.MultiDiGraph(title=text)
    G.add_node(text, name=text, kind="state", description=text)
    G.add_node("b", name="B", kind="state")
    G.add_edge(
        text,
        "b",
        key="k",
        relation="opposes",
        polarity=-1,
        mode="verbal",
        symmetric=False,
        evidence=text,
    )
    w = gk.widget(G)
    plain = gk.widget(hostile("", "id"))
    # the page holds as many script and img tags as a page of plain data: none from data
    for tag in ("<script", "</script", "<img"):
        assert w._page.lower().count(tag) == plain._page.lower().count(tag), tag
    w.selected = [text]  # the actor's id is a value the trait takes, as given
    assert w.selected == [text]
    state = json.loads(json.dumps(w.get_state(), ensure_ascii=False))
    assert state["selected"] == [text]
