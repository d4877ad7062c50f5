"""The page in headless Chromium, every network request blocked: it draws, filters and
shows data only as text."""

import os
from pathlib import Path

import networkx as nx
import pytest
from browser_support import close, open_page

import graphkit as gk

pytestmark = pytest.mark.browser


VISIBLE = "graphkit.view.drawnCounts()"
"""Actors drawn, and relations drawn: each on its own line or counted in its pair's line."""
LINES = "network.body.edgeIndices.length"
"""Lines vis-network draws: one per relation, or one per pair with several relations."""
DRAWN = """graphkit.drawnRelations().map(j => {
    const m = graphkit.model;
    return [m.key(m.from[j]), m.key(m.to[j]), m.relation(j).name];
})"""
"""The relations drawn, each as (source, target, relation type)."""
EDGES = """graphkitData.edges.from.map((from, j) => ({
    id: j, from: from, to: graphkitData.edges.to[j], relation: graphkit.model.relation(j).name
}))"""
"""The page's relations as objects, from its columns."""


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where screenshots go: $GRAPHKIT_SCREENSHOTS to keep them, else a temporary folder
    (tests never write into the repository)."""
    folder = os.environ.get("GRAPHKIT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def syria_page(browser):
    """The page `graphkit build` writes for the bundled dataset, opened once."""
    G = gk.load_dataset("syria-2024")
    visit = open_page(browser, gk.html_page(gk.annotate(G)))
    yield G, visit
    close(visit)


def screen_point(page, canvas_xy):
    """Page coordinates of a point given in the network's canvas coordinates."""
    return page.evaluate(
        """([x, y]) => {
            const dom = network.canvasToDOM({x, y});
            const box = document.getElementById('network').getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        list(canvas_xy),
    )


def node_points(page):
    return page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const pos = network.getPositions();
        return Object.entries(pos).map(([id, p]) => {
            const d = network.canvasToDOM(p);
            return [Number(id), box.left + d.x, box.top + d.y];
        });
    }""")


def edge_points(page):
    """A point on each straight edge drawn, on screen: the one nearest its middle where
    the pointer finds that edge and no actor (a large actor can cover a short edge's
    middle)."""
    return page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const shares = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7];
        return network.body.data.edges.get().filter(e => !e.smooth && !e.hidden).map(e => {
            const a = network.getPosition(e.from), b = network.getPosition(e.to);
            let d = network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
            for (const t of shares) {
                const p = network.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
                const free = network.getNodeAt(p) === undefined;
                if (free && network.getEdgeAt(p) === e.id) { d = p; break; }
            }
            return [e.id, box.left + d.x, box.top + d.y];
        });
    }""")


def test_missing_browser_fails_in_ci_and_skips_elsewhere(monkeypatch):
    import browser_support

    monkeypatch.setattr(browser_support, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GRAPHKIT_REQUIRE_ALL", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium not found"):
        browser_support.launch_or_skip()
    for variable in ("CI", "GRAPHKIT_REQUIRE_ALL"):
        with monkeypatch.context() as m:
            m.setenv(variable, "1")
            with pytest.raises(pytest.fail.Exception, match="required here"):
                browser_support.launch_or_skip()


def test_page_draws_offline_with_every_actor_and_relation(syria_page, screenshots):
    G, visit = syria_page
    page = visit.page
    assert visit.blocked == [] and visit.errors == []
    assert page.evaluate(VISIBLE) == [G.number_of_nodes(), G.number_of_edges()]
    pairs = {frozenset((u, v)) for u, v in G.edges()}
    assert page.evaluate(LINES) == len(pairs) < G.number_of_edges()  # one line per pair
    assert page.evaluate("network.physics.options.enabled") is False
    assert page.inner_text("h1") == G.graph["title"]
    assert "24 actors · 41 relations · 1 document" in page.inner_text("#summary")
    page.screenshot(path=str(screenshots / "syria-2024.png"))
    assert (screenshots / "syria-2024.png").stat().st_size > 20_000


def test_legend_names_every_relation_type_and_kind(syria_page):
    G, visit = syria_page
    relations = visit.page.eval_on_selector_all(
        "#legend-relations [data-relation] .name", "els => els.map(e => e.textContent)"
    )
    kinds = visit.page.eval_on_selector_all(
        "#legend-kinds [data-kind] .name", "els => els.map(e => e.textContent)"
    )
    assert sorted(relations) == sorted({d["relation"] for *_, d in G.edges(data=True)})
    assert sorted(kinds) == sorted({d["kind"] for _, d in G.nodes(data=True)})
    assert "dashed, a statement" in visit.page.inner_text("#legend-notes")


def test_hiding_a_relation_type_hides_its_edges(syria_page):
    G, visit = syria_page
    page = visit.page
    backs = sum(d["relation"] == "backs" for *_, d in G.edges(data=True))
    page.click("[data-relation=backs] input")
    try:
        assert page.evaluate(VISIBLE) == [len(G), G.number_of_edges() - backs]
        drawn = page.evaluate(DRAWN)
        assert len(drawn) == G.number_of_edges() - backs
        assert all(relation != "backs" for *_, relation in drawn)
    finally:
        page.click("[data-relation=backs] input")
    assert page.evaluate(VISIBLE) == [len(G), G.number_of_edges()]


def test_hiding_a_kind_hides_its_actors_and_their_relations(syria_page):
    G, visit = syria_page
    page = visit.page
    cities = {n for n, d in G.nodes(data=True) if d["kind"] == "city"}
    page.click("[data-kind=city] input")
    try:
        kept = G.subgraph(set(G) - cities)
        assert page.evaluate(VISIBLE) == [len(kept), kept.number_of_edges()]
    finally:
        page.click("[data-kind=city] input")


@pytest.mark.parametrize("day", ["2016-06-01", "2024-12-04", "2024-12-05", "2024-12-07"])
def test_as_of_date_shows_what_snapshot_keeps(syria_page, day):
    G, visit = syria_page
    page = visit.page
    page.fill("#asof-date", day)
    page.dispatch_event("#asof-date", "change")
    try:
        shown = page.evaluate(DRAWN)
        snap = gk.snapshot(G, day)
        assert sorted(map(tuple, shown)) == sorted(
            (u, v, d["relation"]) for u, v, d in snap.edges(data=True)
        )
        assert day in page.inner_text("#asof-note")
    finally:
        page.click("#asof-clear")
    assert page.evaluate(VISIBLE) == [len(G), G.number_of_edges()]


def test_hover_and_click_show_evidence_and_document(syria_page):
    G, visit = syria_page
    page = visit.page
    ids = page.evaluate("graphkitData.nodes.key")
    points = {ids[i]: (x, y) for i, x, y in node_points(page)}
    page.mouse.move(*points["hts"])
    page.wait_for_selector("#tooltip:not([hidden])")
    tip = page.inner_text("#tooltip")
    assert "Hayat Tahrir al-Sham" in tip and "armed_group" in tip
    page.mouse.click(*points["hts"])
    details = page.inner_text("#details")
    assert "Hayat Tahrir al-Sham" in details and "backs" in details and "Turkey" in details
    # The relation Turkey -> HTS (backs) at its midpoint: type, evidence and document.
    data_edges = page.evaluate(EDGES)
    edge = next(
        e
        for e in data_edges
        if (ids[e["from"]], ids[e["to"]], e["relation"]) == ("turkey", "hts", "backs")
    )
    where = dict((i, (x, y)) for i, x, y in edge_points(page))[edge["id"]]
    page.click("#details-close")  # the card may cover the relation
    page.mouse.move(0, 0)
    page.mouse.click(*where)
    details = page.inner_text("#details")
    attrs = G.edges["turkey", "hts", "backs"]
    assert "Turkey → Hayat Tahrir al-Sham: backs" in details
    assert attrs["evidence"] in details and attrs["document"] in details
    page.click("#details-close")
    assert page.is_hidden("#details")
    assert visit.errors == [] and visit.blocked == []


PWNED = "window.__pwned = [];"
"""Runs before the page: any injected script that ran leaves its field name here."""


def _probe(field: str) -> str:
    hook = f"window.__pwned.push('{field}')"
    return (
        f'{field} <img src=x onerror="{hook}"><svg onload="{hook}"></svg>'
        f"</script><script>{hook}</script><b>bold</b>"
    )


def _probe_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        name=_probe("graph name"),
        title=_probe("graph title"),
        documents=_probe("graph documents")
        + "\njavascript:"
        + "window.__pwned.push('js document')\nhttps://example.invalid/doc",
    )
    a, b, c = _probe("id a"), _probe("id b"), "c"
    G.add_node(
        a,
        name=_probe("name a"),
        kind=_probe("kind"),
        description=_probe("description"),
        aliases=_probe("aliases"),
        country=_probe("country"),
        note=_probe("extra"),
    )
    G.nodes[a][_probe("attribute key")] = _probe("attribute value")
    G.add_node(b, name=_probe("name b"), kind="state")
    G.add_node(c, kind="city")
    G.add_edge(
        a,
        b,
        key=_probe("key"),
        relation=_probe("relation"),
        evidence=_probe("evidence"),
        document="javascript:window.__pwned.push('js link')",
        start=_probe("start"),
        url=_probe("url"),
        reported=_probe("reported"),
    )
    G.edges[a, b, _probe("key")][_probe("edge attribute key")] = 1
    G.add_edge(
        b,
        c,
        key="backs",
        relation="backs",
        evidence=_probe("evidence 2"),
        document='https://example.invalid/report?a=<b>&c="d"',
        weight=0.5,
    )
    G.add_edge(
        c,
        a,
        key="warns",
        relation="warns",
        document=_probe("document"),
        url="http://example.invalid/x",
    )
    return G


@pytest.mark.parametrize("color_by", ["kind", "note"])
def test_injected_markup_runs_nothing_on_load_hover_or_click(browser, color_by):
    G = _probe_graph()
    visit = open_page(browser, gk.html_page(G, size_by=None, color_by=color_by), init_script=PWNED)
    page = visit.page
    try:
        for _, x, y in node_points(page):
            page.mouse.move(x, y)
            page.wait_for_selector("#tooltip:not([hidden])")
            page.mouse.click(x, y)
            page.wait_for_selector("#details:not([hidden])")
            page.click("#details-close")  # the card may cover the next node
        for _, x, y in edge_points(page):
            page.mouse.move(x, y)
            page.wait_for_selector("#tooltip:not([hidden])")
            page.mouse.click(x, y)
            page.wait_for_selector("#details:not([hidden])")
            page.click("#details-close")
        page.click("#documents summary")  # last: it resizes the canvas
        for box in page.query_selector_all("aside input[type=checkbox]"):
            box.click()
            box.click()
        # Every link in the page goes to an http(s) URL; javascript: ones are plain text.
        hrefs = page.eval_on_selector_all("a", "as => as.map(a => a.href)")
        assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
        assert "javascript:window.__pwned.push('js document')" in page.inner_text("header")
        assert page.evaluate("window.__pwned") == []
        assert page.query_selector_all("img, b, body svg[onload]") == []
        assert visit.blocked == []
        assert visit.errors == []
    finally:
        close(visit)


def test_probes_are_shown_as_text_in_every_place(browser):
    G = _probe_graph()
    visit = open_page(browser, gk.html_page(G, size_by=None), init_script=PWNED)
    page = visit.page
    try:
        legend = page.inner_text("aside")
        assert _probe("relation") in legend and _probe("kind") in legend
        assert page.title() == _probe("graph title")
        ids = page.evaluate("graphkitData.nodes.key")
        points = {ids[i]: (x, y) for i, x, y in node_points(page)}
        page.mouse.click(*points[_probe("id a")])
        details = page.inner_text("#details")
        for field in (
            "name a",
            "description",
            "aliases",
            "country",
            "extra",
            "attribute key",
            "attribute value",
            "id a",
        ):
            assert _probe(field) in details, field
        edge = next(e["id"] for e in page.evaluate(EDGES) if e["relation"].startswith("relation"))
        where = dict((i, (x, y)) for i, x, y in edge_points(page))[edge]
        page.mouse.click(*where)
        details = page.inner_text("#details")
        for field in ("relation", "evidence", "start", "url", "reported", "edge attribute key"):
            assert _probe(field) in details, field
        assert "javascript:window.__pwned.push('js link')" in details
        assert page.query_selector_all("#details a") == []
        page.click("#documents summary")
        header = page.inner_text("header")
        assert _probe("graph title") in header and _probe("graph documents") in header
        assert page.evaluate("window.__pwned") == []
        assert visit.errors == [] and visit.blocked == []
    finally:
        close(visit)


def test_names_that_are_javascript_object_keys_work_like_any_other(browser):
    G = nx.MultiDiGraph()
    for name in ("__proto__", "constructor", "toString"):
        G.add_node(name, name=name, kind=name)
        G.add_edge(name, "x", key=name, relation=name)
    visit = open_page(browser, gk.html_page(G, size_by=None))
    try:
        page = visit.page
        assert page.evaluate(VISIBLE) == [4, 3]
        page.click('[data-relation="__proto__"] input')
        assert page.evaluate(VISIBLE) == [4, 2]
        page.click('[data-kind="constructor"] input')
        assert page.evaluate(VISIBLE) == [3, 1]
        assert visit.errors == [] and visit.blocked == []
    finally:
        close(visit)


def test_large_graph_draws_every_actor_and_relation(browser, screenshots):
    G = nx.gnm_random_graph(5_000, 15_000, seed=1, directed=True)
    degree = dict(G.degree())
    visit = open_page(browser, gk.html_page(G, size_by=degree))
    try:
        assert visit.page.evaluate(VISIBLE) == [5_000, 15_000]
        assert visit.errors == [] and visit.blocked == []
        visit.page.screenshot(path=str(screenshots / "random-5000.png"))
    finally:
        close(visit)
