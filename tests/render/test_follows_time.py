"""The page follows time (issue 18): with camps per period, the "as of" control colours
each actor by the camp of that day's period and says which period it shows, a play button
steps through the periods and marks who switched, focus changes the "Shown:" counter, and
positions stay put. In headless Chromium, both views, every request blocked."""

from __future__ import annotations

import json

import pytest
from browser_support import close, open_page
from conflict_graphs import war

import graphkit as gk
from graphkit.render import scene

pytestmark = pytest.mark.browser

RENDERERS = ["vis", "webgl"]
DRAWN_COLOUR = {
    # the fill each view draws for actor i
    "vis": "i => network.body.nodes[i].options.color.background",
    "webgl": "i => sigma.getNodeDisplayData(String(i)).color",
}
PERIODS = [
    {"label": f"2024-{m:02d}", "start": f"2024-{m:02d}-01", "end": f"2024-{m:02d}-{d}"}
    for m, d in ((1, 31), (2, 29), (3, 31), (4, 30), (5, 31))
]


def switching_graph():
    """The militia sides with the army until February 2024 and fights it from March: one
    camp in February, the other in April, "switched" in March."""
    G = war()
    G.graph["periods"] = json.dumps(PERIODS)
    army = {p["label"]: "army" for p in PERIODS}
    G.nodes["army"]["camp_by_period"] = json.dumps(army)
    G.nodes["ally"]["camp_by_period"] = json.dumps(army)
    G.nodes["militia"]["camp_by_period"] = json.dumps(
        {"2024-01": "army", "2024-02": "army", "2024-03": "militia", "2024-04": "militia"}
    )
    G.nodes["militia"]["switched_in"] = json.dumps(["2024-03"])
    G.nodes["envoy"]["camp_by_period"] = json.dumps({"2024-04": "militia"})
    for *_, d in G.edges(data=True):
        if d["relation"] == "fights":
            d["start"] = "2024-03-10"
    G.add_edge(
        "army",
        "militia",
        relation="allied_with",
        polarity=1,
        mode="material",
        start="2023-06",
        end="2024-03-09",
    )
    return G


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture(scope="module", params=RENDERERS)
def switching_page(request, browser):
    G = switching_graph()
    visit = open_page(browser, gk.html_page(G, color_by="camp", renderer=request.param))
    yield request.param, G, visit
    close(visit)


def index(page, key: str) -> int:
    return page.evaluate("graphkitData.nodes.key").index(key)


def colour(page, renderer: str, key: str) -> str:
    return page.evaluate(f"({DRAWN_COLOUR[renderer]})({index(page, key)})")


def set_day(page, day: str) -> None:
    page.fill("#asof-date", day)
    page.dispatch_event("#asof-date", "change")


def test_as_of_colours_an_actor_with_the_camp_of_that_days_period(switching_page):
    renderer, _G, visit = switching_page
    page = visit.page
    army, militia = scene.CAMP_PAIRS[0]
    assert colour(page, renderer, "militia") == militia  # all dates: the camp it ended in
    set_day(page, "2024-02-15")
    assert colour(page, renderer, "militia") == army == colour(page, renderer, "army")
    assert "2024-02" in page.inner_text("#period-label")
    assert "camps of 2024-02 (2024-02-01 to 2024-02-29)" in page.inner_text("#colour-note")
    set_day(page, "2024-04-15")
    assert colour(page, renderer, "militia") == militia != colour(page, renderer, "army")
    assert colour(page, renderer, "envoy") == militia
    assert colour(page, renderer, "leader") == scene.NO_CAMP  # no camp in April's data
    assert "2024-04" in page.inner_text("#period-label")
    legend = page.inner_text("#legend-colors")
    assert "Camp of MILITIA" in legend and "no camp in this period" in legend
    set_day(page, "2023-01-01")  # before every period: the colours of all dates
    assert colour(page, renderer, "militia") == militia
    assert "no period covers 2023-01-01" in page.inner_text("#colour-note")
    page.click("#asof-clear")
    assert colour(page, renderer, "leader") == gk.render.palette.lighter(army, scene.LIGHT_SHARE)
    assert visit.blocked == [] and [e for e in visit.errors if "GL Driver" not in e] == []


def test_stepping_through_periods_marks_who_switched(switching_page):
    renderer, _G, visit = switching_page
    page = visit.page
    page.click("#asof-clear")
    page.click("#period-next")  # the first period
    assert page.evaluate("graphkit.period()") == "2024-01"
    assert "period 2024-01 (1 of 5)" in page.inner_text("#period-label")
    page.click("#period-next")
    page.click("#period-next")
    assert page.evaluate("graphkit.period()") == "2024-03"
    assert "Switched camp: MILITIA." in page.inner_text("#colour-note")
    assert "switched camp in this period" in page.inner_text("#legend-colors")
    militia = index(page, "militia")
    assert page.evaluate("i => graphkit.model.ring(i)", militia) == "#ef6c00"
    if renderer == "vis":
        assert page.evaluate("i => network.body.nodes[i].options.borderWidth", militia) > 3
    # a period shows the relations that held at any time in it: both the alliance and the fight
    drawn = page.evaluate("graphkit.drawnRelations().map(j => graphkit.model.relation(j).name)")
    assert {"allied_with", "fights"} <= set(drawn)
    page.click("#period-next")
    assert page.evaluate("i => graphkit.model.ring(i)", militia) is None
    page.click("#asof-clear")


def test_play_steps_through_the_periods_and_stops_at_the_last(switching_page):
    _renderer, _G, visit = switching_page
    page = visit.page
    page.click("#asof-clear")
    page.click("#play")
    assert page.get_attribute("#play", "aria-pressed") == "true"
    assert page.evaluate("graphkit.period()") == "2024-01"
    for _ in range(80):  # 1.5 s a period
        if page.get_attribute("#play", "aria-pressed") == "false":
            break
        page.wait_for_timeout(200)
    assert page.evaluate("graphkit.period()") == "2024-05"
    assert page.inner_text("#play") == "Play"
    page.click("#asof-clear")


def test_positions_stay_put_whatever_the_date(switching_page):
    _renderer, _G, visit = switching_page
    page = visit.page
    where = "graphkitData.nodes.key.map((k, i) => graphkit.view.screenPosition(i))"
    before = page.evaluate(where)
    set_day(page, "2024-02-15")
    page.click("#period-next")
    assert page.evaluate(where) == before
    page.click("#asof-clear")


def test_without_periods_the_page_says_colours_are_for_all_dates(browser):
    visit = open_page(browser, gk.html_page(war(), color_by="camp", size_by=None))
    try:
        note = visit.page.inner_text("#colour-note")
        assert "Colours are for all dates" in note
        assert visit.page.is_hidden("#period-controls")
    finally:
        close(visit)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_focus_changes_the_shown_counter(browser, renderer):
    G = gk.load_dataset("syria-2024")
    visit = open_page(browser, gk.html_page(G, renderer=renderer, size_by=None))
    page = visit.page
    try:
        assert page.inner_text("#shown").startswith("Shown: 24 actors, 41 relations.")
        page.fill("#search", "Iran")
        page.keyboard.press("Enter")
        page.select_option("#focus-steps", "1")
        around = {"iran"} | set(G.successors("iran")) | set(G.predecessors("iran"))
        inside = G.subgraph(around).number_of_edges()
        text = page.inner_text("#shown")
        assert text.startswith(
            f"Shown: {len(around)} of 24 actors and {inside} of 41 relations in focus."
        ), text
        page.keyboard.press("Escape")
        assert page.inner_text("#shown").startswith("Shown: 24 actors, 41 relations.")
    finally:
        close(visit)


def test_camps_are_named_with_the_camp_they_face_and_marks_explained(browser):
    visit = open_page(browser, gk.html_page(war(), color_by="camp", size_by=None))
    page = visit.page
    try:
        legend = page.inner_text("#legend-colors")
        assert "Camp of ARMY" in legend and "faces the Camp of MILITIA" in legend
        assert "placed through leads or member_of (inferred)" in legend
        assert "against both camps" in legend
        leader = index(page, "leader")
        page.evaluate("i => graphkit.select([i])", leader)
        page.evaluate("i => graphkit.view.centerOn(i)", leader)
        box = page.locator("#network").bounding_box()
        x, y = page.evaluate(
            "i => { const p = graphkit.view.screenPosition(i); return [p.x, p.y]; }", leader
        )
        page.mouse.click(box["x"] + x, box["y"] + y)
        details = page.inner_text("#details")
        assert "Camp of ARMY" in details and "inferred through its leads" in details
        assert (
            page.evaluate("i => network.body.nodes[i].options.color.border", leader)
            == (scene.CAMP_PAIRS[0][0])
        )
    finally:
        close(visit)
