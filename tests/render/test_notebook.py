"""show(G) in Jupyter: an iframe srcdoc of the same page, displayed without a server."""

import html
import re

import pytest
from browser_support import close, launch_or_skip, open_page

import graphkit as gk


def srcdoc(markup: str) -> str:
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" .*</iframe>', markup, re.S)
    assert match, markup[:200]
    return html.unescape(match[1])


def test_repr_html_is_an_iframe_of_the_same_page(syria):
    view = gk.show(syria, height=480, size_by="degree", table=gk.centrality(syria))
    markup = view._repr_html_()
    assert (
        srcdoc(markup)
        == view.page
        == gk.html_page(syria, size_by="degree", table=gk.centrality(syria))
    )
    assert "height: 480px" in markup and "width: 100%" in markup
    assert 'sandbox="allow-scripts' in markup and "allow-same-origin" not in markup
    assert "<script" not in markup  # the page exists only inside the attribute


def test_ipython_displays_it_as_html(syria):
    from IPython.core.interactiveshell import InteractiveShell

    formats, _ = InteractiveShell.instance().display_formatter.format(gk.show(syria))
    assert formats["text/html"].startswith("<iframe srcdoc=")


def test_save_writes_the_page(syria, tmp_path):
    view = gk.show(syria)
    path = view.save(tmp_path / "sub" / "page.html")
    assert path.read_text(encoding="utf-8") == view.page
    assert "GraphView" in repr(view)


def test_options_are_passed_on(syria):
    with pytest.raises(ValueError, match="top needs size_by"):
        gk.show(syria, size_by=None, top=3)


@pytest.mark.browser
def test_iframe_draws_in_a_browser_without_requests(syria):
    playwright, browser = launch_or_skip()
    try:
        notebook = f"<!DOCTYPE html><html><body><h1>cell output</h1>{gk.show(syria)._repr_html_()}"
        visit = open_page(browser, notebook, wait=False)
        frame = visit.page.frames[1]
        frame.wait_for_selector("body[data-drawn]", state="attached", timeout=20_000)
        counts = frame.evaluate(
            "[network.body.nodeIndices.length, network.body.edgeIndices.length]"
        )
        assert counts == [syria.number_of_nodes(), syria.number_of_edges()]
        box = visit.page.query_selector("iframe").bounding_box()
        assert box["height"] == 640 and box["width"] > 1000
        assert visit.errors == [] and visit.blocked == []
        close(visit)
    finally:
        browser.close()
        playwright.stop()
