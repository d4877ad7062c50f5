"""gk.widget in a real JupyterLab: a selection made in the browser is read in Python, a filter
set in Python changes what the browser draws, and a notebook saved without widget state shows
the static picture when reopened."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient
from test_lab_notebook import cell, open_notebook, shown_text

import graphkit as gk

pytestmark = [pytest.mark.jupyter, pytest.mark.slow]

CELLS = [
    "import json\nimport graphkit as gk\n"
    'G = gk.load_dataset("syria-2024")\nw = gk.widget(G, height=600)\n'
    "picked = []\nw.on_select(picked.append)\nw",
    "print(json.dumps(sorted(w.selected)))\nprint(json.dumps(picked[-1] if picked else None))",
    'w.hidden_kinds = ["city"]',
    "print(json.dumps(w.shown))",
]


def widget_notebook(path, *, execute: bool = False) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    if execute:
        NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    nbformat.write(nb, path)


def run_cell(page, index: int) -> str:
    """Run one cell from the keyboard; its printed output."""
    target = cell(page, index)
    target.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
    output = target.locator(".jp-OutputArea-output")
    output.first.wait_for(timeout=60_000)
    return shown_text(output.first)


def test_selection_and_filters_travel_between_browser_and_python(lab, lab_page):
    widget_notebook(lab.root / "widget.ipynb")
    G = gk.load_dataset("syria-2024")
    page = lab_page
    open_notebook(page, lab, "widget.ipynb", outputs=False)
    page.get_by_text("| Idle").first.wait_for(timeout=60_000)
    cell(page, 0).locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
    view = cell(page, 0).locator(".graphkit-widget iframe")
    view.wait_for(timeout=120_000)
    frame = view.element_handle().content_frame()
    frame.wait_for_selector("body[data-drawn]", state="attached", timeout=60_000)
    # the live widget hides the static copy displayed after it
    outputs = cell(page, 0).locator(".jp-OutputArea-child")
    assert outputs.count() == 2 and not outputs.nth(1).is_visible()

    # select two actors in the browser: a click, then a ctrl-click
    view.scroll_into_view_if_needed()
    ids = frame.evaluate("graphkitData.nodes.key")

    def point(actor):
        """Where the actor is on the screen, once that has stopped moving: JupyterLab may
        still be scrolling the cell into view, a card can move the iframe, and the
        drawing can still be resized inside it; a click on a moving target is a drag."""

        def where():
            box = view.bounding_box()
            x, y = frame.evaluate(
                """i => {
                    const p = graphkit.view.screenPosition(i);
                    const r = document.getElementById('network').getBoundingClientRect();
                    return [r.left + p.x, r.top + p.y];
                }""",
                ids.index(actor),
            )
            return box["x"] + x, box["y"] + y

        here, previous = where(), None
        for _ in range(50):
            if here == previous:
                break
            page.wait_for_timeout(100)
            here, previous = where(), here
        return here

    def selected_becomes(expected):
        # (polled: the page's policy forbids the eval that wait_for_function needs)
        for _ in range(100):
            if frame.evaluate("graphkit.selected()") == expected:
                break
            page.wait_for_timeout(50)
        return frame.evaluate("graphkit.selected()")

    def click(actor):
        # the pointer arrives first, as a hand's would: the hover redraws the view, and
        # a press held while that drawing runs for 250 ms is no longer a click
        x, y = point(actor)
        page.mouse.move(x, y)
        # the hover's redraw has run (two animation frames later; at most 2 s) before the
        # wait, however busy the machine
        frame.evaluate(
            "() => new Promise(done => {"
            " requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 2000); })"
        )
        page.wait_for_timeout(300)
        page.mouse.click(x, y)

    def under_pointer(actor):
        """What the frame has at the actor's place: the drawing, or what covers it."""
        x, y = point(actor)
        box = view.bounding_box()
        return frame.evaluate(
            """([x, y]) => {
                const e = document.elementFromPoint(x, y);
                return !e ? 'nothing' : e.closest('#network') ? 'drawing' : e.tagName + '#' + e.id;
            }""",
            [x - box["x"], y - box["y"]],
        )

    def select(actor, *, control=False):
        # the actor is in the drawing, not under the sidebar or a card: a view fitted to
        # the frame's first size, before JupyterLab laid the cell out, once put Iran
        # outside the drawing, where no click reaches it
        assert under_pointer(actor) == "drawing", f"{actor} is under {under_pointer(actor)}"
        page.wait_for_timeout(400)  # two clicks in quick succession are a double-click
        if control:
            page.keyboard.down("Control")
        click(actor)
        if control:
            page.keyboard.up("Control")

    select("turkey")
    assert selected_becomes(["turkey"]) == ["turkey"]
    select("iran", control=True)
    assert selected_becomes(["turkey", "iran"]) == ["turkey", "iran"]
    page.wait_for_timeout(500)  # the model's update reaches the kernel
    selected, picked = run_cell(page, 1).strip().split("\n")
    assert json.loads(selected) == ["iran", "turkey"]
    assert json.loads(picked) == ["turkey", "iran"]  # on_select saw the last selection

    # hide a kind from Python: the browser draws the others only
    cities = sum(d["kind"] == "city" for _, d in G.nodes(data=True))
    cell(page, 2).locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
    # (polled from here: the page's policy forbids the eval that wait_for_function needs)
    for _ in range(300):
        if frame.evaluate("graphkit.shown().actors") == len(G) - cities:
            break
        page.wait_for_timeout(100)
    assert frame.evaluate("graphkit.view.drawnCounts()")[0] == len(G) - cities
    assert not frame.is_checked("[data-kind=city] input")
    page.wait_for_timeout(500)
    shown = json.loads(run_cell(page, 3))
    kept = G.subgraph([n for n, d in G.nodes(data=True) if d["kind"] != "city"])
    assert shown == {"actors": len(G) - cities, "relations": kept.number_of_edges()}
    assert page.blocked == []


def test_a_notebook_saved_without_widget_state_shows_the_picture(lab, lab_page):
    widget_notebook(lab.root / "widget-saved.ipynb", execute=True)
    open_notebook(lab_page, lab, "widget-saved.ipynb")
    target = cell(lab_page, 0)
    target.scroll_into_view_if_needed()
    picture = target.locator(".jp-OutputArea-output img")
    picture.first.wait_for(timeout=60_000)
    assert picture.first.evaluate("img => img.complete && img.naturalWidth") > 300
    text = shown_text(target)
    assert "Run this cell" in text
    assert "<GraphWidget of 'Syria" in text  # the widget's own text
