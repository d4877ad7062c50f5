"""The large-graph page (sigma.js 3, WebGL) against the vis-network page, in one run.

For each size (actors/relations: 10k/30k, 50k/200k, 100k/1M by default), a scale-free
graph with graphkit attributes (relation types, weights, evidence and a document) is drawn
both ways with the same positions, and each page is opened from a file in headless
Chromium (software WebGL, every network request blocked). Measured, medians of --repeat
runs where a run is repeated:

* ``write_s``: ``gk.to_html`` wall time. For the WebGL page it includes the layout; the
  vis-network page is given the same positions, so its time excludes the layout.
* ``MB`` and ``B/rel``: the page size, and the bytes of its data block per relation.
* ``draw_ms``: navigation start to the first completed drawing.
* ``drawn``: actors the view has drawn (it must be all of them).
* ``hover_ms``: from the mouse move onto an actor to its tooltip on screen (5 actors).
* ``click_ms``: from the button's release (``pointerup``) on an actor to its details on screen.
* ``heap_MB`` / ``rss_MB``: the page's JavaScript heap, and the resident memory of the
  browser's renderer and GPU processes, after the first drawing and the interactions.

Run: ``.venv/bin/python benchmarks/bench_viewer.py [--sizes 10000:30000 50000:200000]
[--repeat 3] [--timeout 240]``; raw output goes to ``benchmarks/results/viewer.txt``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import numpy as np

import graphkit as gk

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from browser_support import close, launch_or_skip, open_page  # noqa: E402

MARKS = """
window.__marks = {};
document.addEventListener("mousemove", () => { window.__marks.move = performance.now(); }, true);
document.addEventListener("pointerup", () => { window.__marks.up = performance.now(); }, true);
document.addEventListener("DOMContentLoaded", () => {
  const watch = (id, mark) => new MutationObserver(() => {
    if (!document.getElementById(id).hidden) window.__marks[mark] = performance.now();
  }).observe(document.getElementById(id), { attributes: true, attributeFilter: ["hidden"] });
  watch("tooltip", "tooltip");
  watch("details", "details");
});
"""
"""Runs before the page: when the mouse moved or was released, and when cards appeared."""


def typed_graph(n: int, m: int, seed: int = 0) -> nx.MultiDiGraph:
    """A scale-free graph of ``n`` actors and about ``m`` relations, as graphkit builds."""
    rng = np.random.default_rng(seed)
    vocab = gk.default_vocabulary()
    kinds = ["state", "government", "armed_group", "organisation", "person"]
    names = ["backs", "funds", "opposes", "fights", "warns", "courts", "leads", "member_of"]
    relations = [vocab.relation(name) for name in names]
    simple = nx.barabasi_albert_graph(n, max(1, round(m / n)), seed=seed)
    G = nx.MultiDiGraph(name=f"bench-{n}", title=f"Benchmark graph, {n:,} actors")
    for i in simple:
        G.add_node(f"a{i}", name=f"Actor {i}", kind=kinds[rng.integers(len(kinds))], place=False)
    flips = rng.random(simple.number_of_edges()) < 0.5
    picks = rng.integers(len(relations), size=simple.number_of_edges())
    weights = rng.uniform(0.3, 1.0, size=simple.number_of_edges()).round(2)
    for (u, v), flip, pick, weight in zip(simple.edges(), flips, picks, weights, strict=True):
        if flip:
            u, v = v, u
        rel = relations[pick]
        G.add_edge(
            f"a{u}",
            f"a{v}",
            key=rel.name,
            relation=rel.name,
            polarity=rel.polarity,
            mode=rel.mode,
            symmetric=rel.symmetric,
            weight=float(weight),
            evidence=f"Statement {u}-{v}",
            document="Benchmark corpus",
        )
    return G


def memory(browser, page) -> tuple[float, float]:
    """The page's JS heap (MB) and the RSS (MB) of the browser's renderer and GPU processes."""
    session = page.context.new_cdp_session(page)
    session.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    session.detach()
    info = browser.new_browser_cdp_session().send("SystemInfo.getProcessInfo")
    rss = 0.0
    for process in info["processInfo"]:
        if process["type"] in ("renderer", "GPU"):
            try:
                status = Path(f"/proc/{process['id']}/status").read_text()
            except OSError:
                continue
            rss += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
            )
    return metrics.get("JSHeapUsedSize", 0) / 1e6, rss / 1e3


def wait_mark(page, name: str, timeout_s: float = 30.0) -> float | None:
    """Poll for a mark set by the page (its policy forbids the eval wait_for_function needs)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        marks = page.evaluate("window.__marks")
        if name in marks:
            return marks[name]
        page.wait_for_timeout(20)
    return None


def interact(page, n_actors: int, tries: int = 5) -> tuple[list[float], list[float]]:
    """Hover then click ``tries`` actors spread over the graph; response times in ms."""
    hovers, clicks = [], []
    box = page.locator("#network").bounding_box()
    for k in range(tries):
        i = (k * 7919) % n_actors
        page.evaluate("i => graphkit.view.centerOn(i)", i)
        page.wait_for_timeout(500)  # redrawing
        x, y = page.evaluate(
            """i => { const p = graphkit.view.screenPosition(i); return [p.x, p.y]; }""", i
        )
        x, y = box["x"] + x, box["y"] + y
        page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)  # a corner, off every card
        page.wait_for_timeout(300)
        page.evaluate("window.__marks = {}; document.getElementById('tooltip').hidden = true")
        page.mouse.move(x, y)  # one move event: the response is timed from it
        shown = wait_mark(page, "tooltip")
        hovers.append(float("nan") if shown is None else shown - page.evaluate("__marks.move"))
        page.wait_for_timeout(400)  # sigma counts two clicks within 300 ms as a double click
        page.evaluate("window.__marks = {}; document.getElementById('details').hidden = true")
        page.mouse.click(x, y)
        shown = wait_mark(page, "details")
        clicks.append(float("nan") if shown is None else shown - page.evaluate("__marks.up"))
    return hovers, clicks


def measure(browser, path: Path, n_actors: int, timeout_s: float, repeat: int) -> dict:
    draws, result = [], {}
    for run in range(repeat):
        visit = open_page(browser, file=path, wait=False, wait_until="commit", init_script=MARKS)
        try:
            draws.append(visit.wait_drawn(timeout_ms=timeout_s * 1000))
        except Exception:
            close(visit)
            return {"draw_ms": None}
        if run == repeat - 1:
            page = visit.page
            result["drawn"] = page.evaluate("graphkit.view.drawnCounts()[0]")
            hovers, clicks = interact(page, n_actors)
            result["hover_ms"] = statistics.median(hovers)
            result["click_ms"] = statistics.median(clicks)
            result["heap_MB"], result["rss_MB"] = memory(browser, page)
            result["blocked"] = len(visit.blocked)
        close(visit)
    result["draw_ms"] = statistics.median(draws)
    result["draw_runs"] = draws
    return result


def data_bytes(page: str) -> int:
    return len(page.split('id="graphkit-data">', 1)[1].split("</script>", 1)[0].encode("utf-8"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", nargs="+", default=["10000:30000", "50000:200000", "100000:1000000"]
    )
    parser.add_argument("--repeat", type=int, default=3, help="page loads per measurement")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds to first drawing")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "viewer.txt")
    args = parser.parse_args(argv)

    playwright, browser = launch_or_skip()
    header = [
        f"# bench_viewer.py, {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"# Chromium {browser.version} (software WebGL), {platform.platform()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.2f}",
        "actors\trelations\tpage\twrite_s\tMB\tB/rel\tdraw_ms(median)\tdraw_runs\tdrawn"
        "\thover_ms\tclick_ms\theap_MB\trss_MB",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # Each line is appended as soon as it is measured: a long run cut short keeps its rows.
    record(args.out, *header)
    try:
        with tempfile.TemporaryDirectory() as folder:
            for size in args.sizes:
                n, m = (int(x) for x in size.split(":"))
                G = typed_graph(n, m)
                rows = {}
                start = time.perf_counter()
                webgl = gk.to_html(G, Path(folder) / "webgl.html", renderer="webgl")
                rows["webgl"] = (time.perf_counter() - start, webgl)
                positions = gk.force_layout(G)
                start = time.perf_counter()
                vis = gk.to_html(G, Path(folder) / "vis.html", renderer="vis", positions=positions)
                rows["vis"] = (time.perf_counter() - start, vis)
                for name, (seconds, path) in rows.items():
                    text = path.read_text(encoding="utf-8")
                    repeat = args.repeat if G.number_of_edges() <= 50_000 else 1
                    r = measure(browser, path, len(G), args.timeout, repeat)
                    del text
                    size_mb = path.stat().st_size / 1e6
                    per_relation = (
                        data_bytes(path.read_text(encoding="utf-8")) / G.number_of_edges()
                    )
                    if r["draw_ms"] is None:
                        shown = f"not drawn in {args.timeout:.0f} s\t-\t-\t-\t-\t-\t-"
                    else:
                        shown = (
                            f"{r['draw_ms']:.0f}\t{','.join(f'{d:.0f}' for d in r['draw_runs'])}"
                            f"\t{r['drawn']}\t{r['hover_ms']:.0f}\t{r['click_ms']:.0f}"
                            f"\t{r['heap_MB']:.0f}\t{r['rss_MB']:.0f}"
                        )
                    line = (
                        f"{len(G)}\t{G.number_of_edges()}\t{name}\t{seconds:.1f}\t{size_mb:.1f}"
                        f"\t{per_relation:.1f}\t{shown}"
                    )
                    record(args.out, line)
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
                record(args.out, f"# peak RSS of the Python process so far: {peak:,.0f} MB")
                del G
    finally:
        browser.close()
        playwright.stop()
    record(args.out, "")
    print(f"appended to {args.out}")
    return 0


def record(out: Path, *lines: str) -> None:
    """Print ``lines`` and append them to ``out``."""
    print("\n".join(lines), flush=True)
    with out.open("a", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    raise SystemExit(main())
