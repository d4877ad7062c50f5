"""Screenshots of the pages as users see them: 1,400 x 900 pixels in headless Chromium,
every network request blocked, written to ``benchmarks/screenshots/``.

* ``syria.png``: the bundled syria-2024 dataset, annotated, coloured by camp.
* ``sudan*.png``: the illustrative Sudan-size test graph (40 actors, 81 dated relations,
  ``tests/render/data/sudan-size``) annotated by quarter: all dates, "as of" 1 March
  2023 (army and RSF still allied), 1 June 2023 (at war), the quarter in which Sudan
  Shield changed sides (played), and the army-RSF pair unfolded with its relations.
* ``gdelt.png``: the bundled gdelt-2019-10 dataset (27 countries), annotated, by camp;
  ``gdelt-78.png``: the same 500 GDELT rows (``data/samples/gdelt2_sample.tsv``) with
  actors by their CAMEO code instead of their country (the name kept from when those
  codes gave 78 actors; generic roles without a country are no actors now: 42 actors,
  53 relations; needs the events extra, DuckDB).
* ``synthetic-200*.png``: a made-up graph of 200 actors in several conflicts
  (``tests/render/conflict_graphs.py``), with both views, at full view and zoomed in.
* ``sudan-over-time.png``: ``gk.plot_over_time`` of the Sudan-size graph by quarter.

The camps per period come from ``gk.annotate(G, freq=...)``.

Run: ``.venv/bin/python benchmarks/screenshots.py [--out benchmarks/screenshots]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import networkx as nx

import graphkit as gk

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "tests" / "render"))
from browser_support import close, launch_or_skip, open_page  # noqa: E402
from conflict_graphs import sudan_size, synthetic_conflicts  # noqa: E402


def annotated(G: nx.Graph, freq: str | None = None) -> nx.Graph:
    """``gk.annotate(G, freq=freq)``: the camps over all dates, and per period with ``freq``."""
    return gk.annotate(G, freq=freq) if freq else gk.annotate(G)


def gdelt_by_code() -> nx.MultiDiGraph:
    """The 500 rows of the bundled GDELT sample, actors by CAMEO code, month by month."""
    from graphkit.base.data_files import data_path

    events = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    relations = gk.aggregate_events(events, period="M", actors="code")
    actors = gk.event_actors(events, actors="code", relations=relations)
    return gk.build_graph(
        actors.reset_index(),
        relations,
        name="gdelt2-sample-by-code",
        title="GDELT 2.0, 24 October 2019: 500 events, actors by CAMEO code",
    )


def shoot(browser, page_html: str, path: Path, actions=None) -> list[str]:
    visit = open_page(browser, page_html, viewport=(1400, 900))
    try:
        page = visit.page
        page.wait_for_timeout(600)
        if actions:
            actions(page)
            page.wait_for_timeout(600)
        page.screenshot(path=str(path))
        problems = [e for e in visit.errors if "GL Driver Message" not in e] + visit.blocked
    finally:
        close(visit)
    print(f"wrote {path}{'  PROBLEMS: ' + str(problems) if problems else ''}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    playwright, browser = launch_or_skip()
    problems = []
    try:
        syria = annotated(gk.load_dataset("syria-2024"))
        problems += shoot(browser, gk.html_page(syria, color_by="camp"), args.out / "syria.png")

        sudan = gk.with_positions(annotated(sudan_size(), freq="Q"))
        page = gk.html_page(sudan, color_by="camp")
        problems += shoot(browser, page, args.out / "sudan.png")
        for day in ("2023-03-01", "2023-06-01"):

            def as_of(p, day=day):
                p.fill("#asof-date", day)
                p.dispatch_event("#asof-date", "change")

            problems += shoot(browser, page, args.out / f"sudan-{day}.png", as_of)

        def switch_quarter(p):
            labels = [q["label"] for q in json.loads(sudan.graph["periods"])]
            p.evaluate("k => graphkit.setPeriod(k)", labels.index("2024Q4"))

        problems += shoot(browser, page, args.out / "sudan-2024Q4-played.png", switch_quarter)

        def unfold(p):
            keys = p.evaluate("graphkitData.nodes.key")
            saf, rsf = keys.index("saf"), keys.index("rsf")
            b = p.evaluate(
                "([a, c]) => graphkit.model.bundles.findIndex(x => x.a === Math.min(a, c) "
                "&& x.b === Math.max(a, c))",
                [saf, rsf],
            )
            p.evaluate("b => graphkit.openPair(b)", b)  # as a click on the folded line

        problems += shoot(browser, page, args.out / "sudan-unfolded.png", unfold)
        names = {n: d["name"] for n, d in sudan.nodes(data=True)}
        fig = gk.plot_over_time(gk.balance_over_time(sudan_size(), freq="Q"), names=names)
        fig.savefig(args.out / "sudan-over-time.png", dpi=100)
        print(f"wrote {args.out / 'sudan-over-time.png'}")

        gdelt = annotated(gk.load_dataset("gdelt-2019-10"))
        problems += shoot(browser, gk.html_page(gdelt, color_by="camp"), args.out / "gdelt.png")
        gdelt78 = annotated(gdelt_by_code())
        page = gk.html_page(gdelt78, color_by="camp")
        problems += shoot(browser, page, args.out / "gdelt-78.png")

        synthetic = annotated(synthetic_conflicts(200))
        for renderer in ("vis", "webgl"):
            html = gk.html_page(synthetic, color_by="camp", renderer=renderer)
            problems += shoot(browser, html, args.out / f"synthetic-200-{renderer}.png")

            def zoom(p, renderer=renderer):
                if renderer == "webgl":  # about 2.2 times, on the middle of the drawing
                    p.evaluate(
                        "sigma.getCamera().setState({x: 0.5, y: 0.5, ratio: 0.45, angle: 0})"
                    )
                    return
                box = p.locator("#network").bounding_box()
                p.mouse.move(box["x"] + box["width"] * 0.45, box["y"] + box["height"] * 0.45)
                for _ in range(5):
                    p.mouse.wheel(0, -200)
                    p.wait_for_timeout(150)

            problems += shoot(
                browser, html, args.out / f"synthetic-200-{renderer}-zoomed.png", zoom
            )
    finally:
        browser.close()
        playwright.stop()
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
