"""Legible at 200 actors (issue 18): names never overlap on screen in either view, those
left out appear when zooming in or hovering; parallel relations between two actors are one
line with their number, unfolded on click with every relation's evidence; data text in the
new places (period labels, camp names) stays text."""

from __future__ import annotations

import itertools
import json

import pytest
from browser_support import close, open_page
from conflict_graphs import synthetic_conflicts, war

import graphkit as gk

pytestmark = pytest.mark.browser

RENDERERS = ["vis", "webgl"]


def errors_of(visit) -> list[str]:
    return [e for e in visit.errors if "GL Driver Message" not in e]


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture(scope="module", params=RENDERERS)
def crowded(request, browser):
    G = gk.annotate(synthetic_conflicts(200))
    visit = open_page(browser, gk.html_page(G, color_by="camp", renderer=request.param))
    yield request.param, G, visit
    close(visit)


def boxes(page) -> list[list[float]]:
    return page.evaluate("graphkit.model.labelBoxes()")


def assert_apart(found: list[list[float]], width: float, height: float) -> None:
    for a, b in itertools.combinations(found, 2):
        apart = (
            a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
        )
        assert apart, (a, b)
    for x, _y, w, _h, _ in found:
        assert x >= -1 and x + w <= width + 1, (x, w)


def test_names_never_overlap_and_more_appear_when_zooming_in(crowded):
    _renderer, G, visit = crowded
    page = visit.page
    page.click("#fit")
    page.wait_for_timeout(300)
    size = page.locator("#network").bounding_box()
    full = boxes(page)
    names = [b for b in full if b[4] >= 0]
    assert len(names) >= 40  # a crowded graph still shows many names
    assert len(names) < len(G)  # ... but not all: some would overlap
    assert_apart(full, size["width"], size["height"])
    # zoomed in on the middle (+, twice: 2.25 times), names left out at full view come
    # back, still apart
    page.locator("#stage").click(position={"x": 3, "y": 3})  # the page has the keyboard
    page.keyboard.press("Escape")
    page.keyboard.press("+")
    page.keyboard.press("+")
    page.wait_for_timeout(500)
    zoomed = boxes(page)
    assert_apart(zoomed, size["width"], size["height"])
    shown_now = {b[4] for b in zoomed if b[4] >= 0}
    assert shown_now - {b[4] for b in names}, "zooming in shows no name that was left out"
    page.click("#fit")
    assert visit.blocked == [] and errors_of(visit) == []


def test_a_name_left_out_shows_on_hover(crowded):
    renderer, _G, visit = crowded
    page = visit.page
    page.click("#fit")
    page.wait_for_timeout(300)
    shown = {b[4] for b in boxes(page) if b[4] >= 0}
    hidden = [i for i in range(page.evaluate("graphkit.model.N")) if i not in shown]
    assert hidden
    box = page.locator("#network").bounding_box()
    for i in hidden:  # the first one the pointer can reach (not under a bigger actor)
        x, y = page.evaluate(
            "i => { const p = graphkit.view.screenPosition(i); return [p.x, p.y]; }", i
        )
        page.mouse.move(box["x"] + x, box["y"] + y, steps=2)
        page.wait_for_timeout(250)
        name = page.evaluate("i => graphkit.model.label(i)", i)
        if page.is_visible("#tooltip") and name in page.inner_text("#tooltip .head"):
            break
    else:
        pytest.fail("no hidden actor could be hovered")
    if renderer == "vis":  # the page draws it; sigma draws the hovered name on its own layer
        page.wait_for_timeout(200)
        assert i in {b[4] for b in boxes(page)}
    page.mouse.move(box["x"] + 2, box["y"] + 2)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_parallel_relations_are_one_line_with_their_number(browser, renderer):
    G = gk.load_dataset("syria-2024")
    visit = open_page(browser, gk.html_page(G, renderer=renderer, size_by=None))
    page = visit.page
    try:
        keys = page.evaluate("graphkitData.nodes.key")
        us, hts = keys.index("united_states"), keys.index("hts")
        pairs = page.evaluate("graphkit.model.bundles.map(b => [b.a, b.b, b.members.length])")
        expected = {}
        for u, v in G.edges():
            pair = tuple(sorted((keys.index(u), keys.index(v))))
            expected[pair] = expected.get(pair, 0) + 1
        assert sorted(tuple(p) for p in pairs) == sorted(
            (a, b, n) for (a, b), n in expected.items() if n > 1
        )
        b = next(k for k, p in enumerate(pairs) if {p[0], p[1]} == {us, hts})
        assert b in page.evaluate("graphkit.view.bundlesDrawn()")
        assert page.evaluate("graphkit.view.drawnCounts()") == [24, 41]
        counts = [c for c in boxes(page) if c[4] < 0]
        assert b in [-1 - c[4] for c in counts]  # its number is written on it
        page.evaluate("b => graphkit.openPair(b)", b)  # as a click on the line does
        details = page.inner_text("#details")
        assert "Hayat Tahrir al-Sham — United States: 2 relations" in details or (
            "United States — Hayat Tahrir al-Sham: 2 relations" in details
        )
        for u, v, d in G.edges(data=True):
            if {u, v} == {"united_states", "hts"}:
                assert d["relation"] in details and d["evidence"] in details
        assert b not in page.evaluate("graphkit.view.bundlesDrawn()")  # unfolded
        assert page.evaluate("graphkit.view.drawnCounts()") == [24, 41]
        page.click("#details .fold")
        assert b in page.evaluate("graphkit.view.bundlesDrawn()")
        assert errors_of(visit) == [] and visit.blocked == []
    finally:
        close(visit)


def test_a_click_on_a_folded_line_unfolds_it(browser):
    G = gk.load_dataset("syria-2024")
    visit = open_page(browser, gk.html_page(G, size_by=None))
    page = visit.page
    try:
        lines = page.evaluate("network.body.edgeIndices.length")
        b = page.evaluate("graphkit.view.bundlesDrawn()")[0]
        a, c = page.evaluate("b => [graphkit.model.bundles[b].a, graphkit.model.bundles[b].b]", b)
        box = page.locator("#network").bounding_box()
        pa, pc = (
            page.evaluate(
                "i => { const p = graphkit.view.screenPosition(i); return [p.x, p.y]; }", i
            )
            for i in (a, c)
        )
        # a point on the line a third of the way, away from the number in the middle
        x, y = pa[0] + (pc[0] - pa[0]) / 3, pa[1] + (pc[1] - pa[1]) / 3
        page.mouse.click(box["x"] + x, box["y"] + y)
        page.wait_for_selector("#details .fold")
        assert page.evaluate("network.body.edgeIndices.length") == lines + 1  # 2 lines for 1
        assert "2 relations" in page.inner_text("#details .head")
    finally:
        close(visit)


PWNED = "window.__pwned = [];"


def probe(field: str) -> str:
    hook = f"window.__pwned.push('{field}')"
    return f'{field} <img src=x onerror="{hook}"></script><script>{hook}</script><b>b</b>'


@pytest.mark.parametrize("renderer", RENDERERS)
def test_period_labels_and_camp_names_are_shown_as_text(browser, renderer):
    G = war()
    G.nodes["army"]["name"] = probe("camp name")
    label = probe("period")
    G.graph["periods"] = json.dumps([{"label": label, "start": "2024-01-01", "end": "2024-01-31"}])
    G.graph["camps"] = json.dumps(
        {
            "camps": [
                {
                    "label": "army",
                    "component": "army",
                    "opposes": "militia",
                    "size": 3,
                    "name": probe("listed camp"),
                },
                {
                    "label": "militia",
                    "component": "army",
                    "opposes": "army",
                    "size": 2,
                    "name": "MILITIA",
                },
            ]
        }
    )
    G.nodes["militia"]["camp_by_period"] = json.dumps({label: "army"})
    G.nodes["militia"]["switched_in"] = json.dumps([label])
    visit = open_page(
        browser, gk.html_page(G, color_by="camp", renderer=renderer), init_script=PWNED
    )
    page = visit.page
    try:
        page.click("#period-next")
        assert probe("period") in page.inner_text("#period-label")
        assert probe("period") in page.inner_text("#colour-note")
        assert probe("listed camp") in page.inner_text("#legend-colors")
        page.click("#asof-clear")
        assert "faces the Camp of " + probe("listed camp") in page.inner_text("#legend-colors")
        keys = page.evaluate("graphkitData.nodes.key")
        page.evaluate("i => graphkit.select([i])", keys.index("army"))
        box = page.locator("#network").bounding_box()
        x, y = page.evaluate(
            "i => { const p = graphkit.view.screenPosition(i); return [p.x, p.y]; }",
            keys.index("militia"),
        )
        page.mouse.click(box["x"] + x, box["y"] + y)
        page.wait_for_selector("#details:not([hidden])")
        assert probe("listed camp") in page.inner_text("#details")
        assert page.evaluate("window.__pwned") == []
        assert page.query_selector_all("img, b") == []
        assert visit.blocked == [] and errors_of(visit) == []
    finally:
        close(visit)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_labels_caps_the_names_at_full_view_and_zooming_in_shows_more(browser, renderer):
    G = gk.annotate(gk.load_dataset("syria-2024"))
    visit = open_page(browser, gk.html_page(G, renderer=renderer, labels=3))
    page = visit.page
    try:
        largest = sorted(G, key=lambda n: -G.nodes[n].get("pagerank", 0.0))[:3]  # as scene ranks
        keys = page.evaluate("graphkitData.nodes.key")
        named = {keys[b[4]] for b in boxes(page) if b[4] >= 0}
        assert named <= set(largest) and named
        page.locator("#stage").click(position={"x": 3, "y": 3})
        page.keyboard.press("Escape")
        page.keyboard.press("+")
        page.keyboard.press("+")
        page.wait_for_timeout(500)
        assert {keys[b[4]] for b in boxes(page) if b[4] >= 0} - set(largest)
    finally:
        close(visit)
