"""The committed notebook in a real JupyterLab: opened untrusted it shows a picture for every
graph cell; run, each graph cell shows the interactive page, which draws and answers a hover."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import lab_context

pytestmark = [pytest.mark.jupyter, pytest.mark.slow]

NOTEBOOK = "syria-2024.ipynb"


def graph_cells(lab) -> list[int]:
    """Indices (among all cells) of the code cells whose committed output is a graph view."""
    cells = json.loads((lab.root / NOTEBOOK).read_text(encoding="utf-8"))["cells"]
    return [
        i
        for i, cell in enumerate(cells)
        if any(
            "graphkit network" in "".join(o.get("data", {}).get("text/html", ""))
            for o in cell.get("outputs", [])
        )
    ]


def open_notebook(page, lab, name: str, *, outputs: bool = True) -> None:
    page.goto(lab.notebook_url(name))
    page.wait_for_selector(f"{SHOWN} .jp-Cell", timeout=60_000)
    if outputs:  # outputs further down are rendered once scrolled into view (windowing)
        page.wait_for_selector(".jp-OutputArea-output", timeout=60_000)


SHOWN = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"
"""The notebook in the tab shown (earlier tests' tabs may stay open, hidden)."""


def cell(page, index: int):
    return page.locator(f"{SHOWN} .jp-Cell").nth(index)


def shown_text(locator, *, attempts: int = 20) -> str:
    """The text a person sees in `locator`, read with it scrolled into view.

    JupyterLab draws cells with ``content-visibility: auto``: a cell off screen has its
    content skipped and its inner text is ``''``; a picture loading above can push a cell
    off screen between scrolling to it and reading it (CI, stop 27). So scroll and read
    again until the text is there (at most ``attempts`` times, 0.1 s apart)."""
    text = ""
    for _ in range(attempts):
        locator.scroll_into_view_if_needed()
        text = locator.inner_text()
        if text.strip():
            break
        locator.page.wait_for_timeout(100)
    return text


@pytest.fixture(scope="module")
def notebook_page(lab, lab_browser):
    """The committed notebook opened once (untrusted, as a clone is) for this module's tests,
    which run in order: look at it as opened, then run it."""
    context, page = lab_context(lab, lab_browser)
    open_notebook(page, lab, NOTEBOOK)
    yield page
    context.close()


def test_untrusted_notebook_shows_a_picture_for_every_graph_cell(lab, notebook_page):
    wanted = graph_cells(lab)
    assert wanted, "the committed notebook has no graph output: re-run and commit it"
    lab_page = notebook_page
    for index in wanted:
        output = cell(lab_page, index)
        output.scroll_into_view_if_needed()
        picture = output.locator(".jp-OutputArea-output img")
        picture.first.wait_for(timeout=30_000)
        loaded = picture.first.evaluate("img => img.complete && img.naturalWidth")
        assert loaded > 300, f"cell {index}: the picture did not load"
        assert output.locator("iframe").count() == 0  # untrusted: no page runs
        assert "Run this cell" in shown_text(output)
        keep_screenshot(output, f"untrusted-cell-{index}.png")
    assert lab_page.blocked == []


def keep_screenshot(locator, name: str) -> None:
    """Save a screenshot where $GRAPHKIT_SCREENSHOTS says (never into the repository)."""
    folder = os.environ.get("GRAPHKIT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        locator.screenshot(path=str(Path(folder) / name))


def run_all(page) -> None:
    # commands given before the kernel is connected are dropped
    page.get_by_text("| Idle").first.wait_for(timeout=60_000)
    page.locator(SHOWN).first.click()
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


INK = """() => {
    const canvas = document.querySelector('#network canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] > 0 && Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) < 200) ink++;
    }
    return ink;
}"""


def test_run_all_shows_the_interactive_page_that_draws_and_answers_a_hover(lab, notebook_page):
    wanted = graph_cells(lab)
    lab_page = notebook_page
    run_all(lab_page)
    for index in wanted:
        output = cell(lab_page, index)
        output.scroll_into_view_if_needed()
        frame_element = output.locator("iframe[title='graphkit network']")
        frame_element.wait_for(timeout=120_000)
        frame = frame_element.element_handle().content_frame()
        frame.wait_for_selector("body[data-drawn]", state="attached", timeout=60_000)
        assert frame.evaluate(INK) > 2000, f"cell {index}: the network canvas is blank"
        frame_element.scroll_into_view_if_needed()
        box = frame_element.bounding_box()
        x, y, label = frame.evaluate("""() => {
            const id = network.body.nodeIndices[0];
            const p = network.canvasToDOM(network.getPosition(id));
            const r = document.getElementById('network').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y, graphkit.model.label(id)];
        }""")
        lab_page.mouse.move(box["x"] + x, box["y"] + y)
        tooltip = frame.locator("#tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        assert label in tooltip.inner_text()
        keep_screenshot(output, f"trusted-cell-{index}.png")
    assert lab_page.blocked == []
