"""Time from navigation to first completed drawing: graphkit's page against pyvis defaults.

For 500, 1,000 and 10,000 actors (about three relations each, typed and signed as
graphkit builds them), both pages are opened in headless Chromium with every network
request blocked, in one run (each opened from a file:// URL, as a double-click does),
and the time of vis-network's first ``afterDrawing``
event is read from ``performance.now()`` (milliseconds since navigation started).

graphkit: ``gk.html_page(G)`` with its defaults (positions computed in Python, physics
off, straight edges); the Python time to build the page (centrality and layout
included) is reported separately. pyvis: ``Network(cdn_resources="in_line")`` (its only
mode that works offline; otherwise defaults: physics and smooth edges on) with
``from_nx``. Both get the same one-line hook right after ``new vis.Network(...)``.

Run: ``.venv/bin/python benchmarks/bench_render.py [--sizes 500 1000 10000]
[--timeout 120] [--repeat 3]``; raw output goes to ``benchmarks/results/render.txt``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

import graphkit as gk
from graphkit.render.page import _vis_js

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from browser_support import close, launch_or_skip, open_page  # noqa: E402

HOOK = (
    'network.once("afterDrawing", function () { window.graphkitFirstDrawMs = '
    'performance.now(); document.body.setAttribute("data-drawn", "true"); });'
)
ANCHOR = "network = new vis.Network(container, data, options);"


def typed_graph(n: int, seed: int = 0) -> nx.MultiDiGraph:
    """A scale-free graph of ``n`` actors and about 3n relations with graphkit attributes."""
    rng = np.random.default_rng(seed)
    vocab = gk.default_vocabulary()
    kinds = ["state", "government", "armed_group", "organisation", "person"]
    relations = ["backs", "funds", "opposes", "fights", "warns", "courts", "leads", "member_of"]
    simple = nx.barabasi_albert_graph(n, 3, seed=seed)
    G = nx.MultiDiGraph(name=f"bench-{n}", title=f"Benchmark graph, {n:,} actors")
    for i in simple:
        G.add_node(f"a{i}", name=f"Actor {i}", kind=kinds[rng.integers(len(kinds))], place=False)
    for u, v in simple.edges():
        if rng.random() < 0.5:
            u, v = v, u
        rel = vocab.relation(relations[rng.integers(len(relations))])
        G.add_edge(
            f"a{u}",
            f"a{v}",
            key=rel.name,
            relation=rel.name,
            polarity=rel.polarity,
            mode=rel.mode,
            symmetric=rel.symmetric,
            weight=float(rng.uniform(0.3, 1.0)),
            evidence=f"Statement {u}-{v}",
            document="Benchmark corpus",
        )
    return G


def bare_vis_page(G: nx.MultiDiGraph) -> str:
    """The floor: vis-network alone with the same positions, ids only, physics off."""
    model = gk.view_model(G, size_by=None)
    nodes = json.dumps([{"id": n["id"], "x": n["x"], "y": n["y"]} for n in model["nodes"]])
    edges = json.dumps([{"from": e["from"], "to": e["to"]} for e in model["edges"]])
    return (
        "<!DOCTYPE html><html><body style='margin:0'>"
        "<div id='n' style='width:1100px;height:800px'></div>"
        f"<script>{_vis_js()}</script><script>var network = new vis.Network("
        f"document.getElementById('n'), {{nodes: {nodes}, edges: {edges}}}, {{physics: false, "
        f"layout: {{improvedLayout: false}}, edges: {{smooth: false}}}});{HOOK}</script>"
    )


def pyvis_page(G: nx.MultiDiGraph) -> str:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.from_nx(G)
    page = net.generate_html()
    if ANCHOR not in page:
        raise RuntimeError("pyvis template changed: cannot hook its first drawing")
    return page.replace(ANCHOR, ANCHOR + HOOK, 1)


def first_draw(browser, page: str, timeout_s: float) -> tuple[float | None, int, list[str]]:
    """Open the page from a file, as a double-click does; ms to first drawing or None."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, encoding="utf-8")
        visit = open_page(browser, file=path, wait=False, wait_until="commit")
        try:
            ms = visit.wait_drawn(timeout_ms=timeout_s * 1000)
        except Exception:  # playwright's TimeoutError: not drawn in time
            ms = None
        blocked, errors = len(visit.blocked), visit.errors
        close(visit)
    return ms, blocked, errors


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 10_000])
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds to wait for pyvis's first drawing (default 120)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="graphkit runs per size")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "render.txt")
    parser.add_argument("--skip-pyvis", action="store_true", help="measure graphkit only")
    parser.add_argument("--append", action="store_true", help="add to the results file")
    args = parser.parse_args(argv)
    previous = args.out.read_text(encoding="utf-8").splitlines() if args.append else []

    playwright, browser = launch_or_skip()
    lines = [
        f"# bench_render.py, {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"# Chromium {browser.version}, {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.2f}",
        "# times: navigation start -> first vis-network afterDrawing, in ms; vis_floor_ms:",
        "# vis-network alone with the same positions and no options (median of --repeat)",
        "actors\trelations\tgraphkit_build_s\tgraphkit_page_MB\tgraphkit_draw_ms(median)"
        "\tgraphkit_runs\tvis_floor_ms\tpyvis_build_s\tpyvis_draw_ms\tspeedup",
    ]
    print("\n".join(lines), flush=True)
    try:
        for n in args.sizes:
            G = typed_graph(n)
            start = time.perf_counter()
            page = gk.html_page(G)
            build = time.perf_counter() - start
            runs = []
            for _ in range(args.repeat):
                ms, blocked, errors = first_draw(browser, page, 30)
                if ms is None or blocked or errors:
                    raise RuntimeError(f"graphkit page failed at {n}: {ms} {blocked} {errors}")
                runs.append(ms)
            ours = statistics.median(runs)
            floor_page = bare_vis_page(G)
            floor = statistics.median(
                first_draw(browser, floor_page, 30)[0] for _ in range(args.repeat)
            )
            if args.skip_pyvis:
                pyvis_build, shown, speedup, blocked = "-", "-", "-", 0
            else:
                start = time.perf_counter()
                theirs_page = pyvis_page(G)
                pyvis_build = f"{time.perf_counter() - start:.2f}"
                theirs, blocked, _ = first_draw(browser, theirs_page, args.timeout)
                speedup = (
                    f"{theirs / ours:.0f}x" if theirs else f">{args.timeout * 1000 / ours:.0f}x"
                )
                shown = f"{theirs:.0f}" if theirs else f">{args.timeout * 1000:.0f} (not drawn)"
            line = (
                f"{n}\t{G.number_of_edges()}\t{build:.2f}\t{len(page) / 1e6:.1f}\t{ours:.0f}"
                f"\t{','.join(f'{r:.0f}' for r in runs)}\t{floor:.0f}\t{pyvis_build}\t{shown}"
                f"\t{speedup}"
            )
            if blocked:
                line += f"\t# pyvis page made {blocked} blocked request(s) (its CDN tags)"
            lines.append(line)
            print(line, flush=True)
            _write(args.out, [*previous, *([""] if previous else []), *lines])
    finally:
        browser.close()
        playwright.stop()
    print(f"wrote {args.out}")
    return 0


def _write(path: Path, lines: list[str]) -> None:
    """Rewrite the results after each size, so a long run leaves what it measured."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
