"""show(G) in Jupyter: an iframe srcdoc of the same page, displayed without a server."""

import base64
import html
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import matplotlib.image
import pytest
from browser_support import close, open_page

import graphkit as gk


def srcdoc(markup: str) -> str:
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" .*</iframe>', markup, re.S)
    assert match, markup[:200]
    return html.unescape(match[1])


def fallback(markup: str) -> str:
    """What is inside the iframe element: shown only where the frame is not (sanitised)."""
    match = re.fullmatch(r'<iframe srcdoc="[^"]*" [^>]*>(.*)</iframe>', markup, re.S)
    assert match, markup[:200]
    return match[1]


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


def test_inside_the_iframe_is_a_picture_of_the_same_graph_and_how_to_see_it_live(syria):
    view = gk.show(syria, size_by=None)
    inside = fallback(view._repr_html_())
    picture = re.search(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', inside)
    assert picture and base64.b64decode(picture[1]) == view.picture
    assert view.picture.startswith(b"\x89PNG")
    image = matplotlib.image.imread(io.BytesIO(view.picture))
    assert image.shape[1] >= 700 and image[..., :3].min() < 0.5  # wide, with ink on it
    assert "Run this cell (or trust the notebook)" in inside and ".open()" in inside
    assert "<script" not in inside and "srcdoc" not in inside


def test_the_mime_bundle_offers_the_picture_as_png_too(syria):
    view = gk.show(syria)
    bundle = view._repr_mimebundle_()
    assert base64.b64decode(bundle["image/png"]) == view.picture
    assert bundle["text/html"] == view._repr_html_()
    assert bundle["text/plain"] == repr(view)


def test_the_same_graph_gives_the_same_output_bytes(syria):
    first, second = gk.show(syria), gk.show(gk.load_dataset("syria-2024"))
    assert first._repr_mimebundle_() == second._repr_mimebundle_()


def test_without_a_picture_the_frame_still_says_how_to_see_it(syria):
    view = gk.show(syria, picture=False)
    assert view.picture is None and "image/png" not in view._repr_mimebundle_()
    assert "Run this cell" in fallback(view._repr_html_())


def test_repr_says_what_it_is_and_how_to_open_it(syria):
    text = repr(gk.show(syria))
    assert text.startswith("<GraphView of 'Syria, 7 December 2024: the opposition offensive' ")
    assert "(24 actors, 41 relations)" in text and ".open()" in text and ".save(" in text
    assert "kB" in text


def test_data_text_in_the_description_is_escaped_in_the_picture_alt(tmp_path):
    import networkx as nx

    G = nx.MultiDiGraph(title='"><script>alert(1)</script>')
    G.add_edge("a", "b", relation="backs")
    inside = fallback(gk.show(G)._repr_html_())
    assert "<script>" not in inside and "&lt;script&gt;" in inside


OPEN_SCRIPT = """
import sys, graphkit as gk
view = gk.show(gk.load_dataset("syria-2024"), open=sys.argv[1] == "open", picture=False)
print(view.opened or "")
"""


def run_with_browser(tmp_path, mode: str):
    """Run show() in a fresh Python whose web browser is a command recording the URL."""
    record = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {record}\n')
    browser.chmod(0o755)
    # the page open() writes (and leaves, for the browser) goes in the test's folder
    env = {**os.environ, "BROWSER": str(browser), "TMPDIR": str(tmp_path)}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-c", OPEN_SCRIPT, mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    opened = record.read_text().split() if record.exists() else []
    return done.stdout.strip(), opened


def test_open_writes_a_temporary_page_and_opens_the_browser_on_it(tmp_path):
    path, opened = run_with_browser(tmp_path, "open")
    assert opened == [Path(path).as_uri()]
    assert Path(path).parent.parent == tmp_path  # a folder of its own in the temp dir
    page = Path(path).read_text(encoding="utf-8")
    assert page == gk.html_page(gk.load_dataset("syria-2024"))


def test_show_outside_a_terminal_or_notebook_opens_nothing(tmp_path):
    path, opened = run_with_browser(tmp_path, "auto")  # stdout is a pipe here
    assert path == "" and opened == []


def test_ipython_displays_it_as_html(syria):
    from IPython.core.interactiveshell import InteractiveShell

    formats, _ = InteractiveShell.instance().display_formatter.format(gk.show(syria))
    assert formats["text/html"].startswith("<iframe srcdoc=")
    assert set(formats) == {"text/html", "image/png", "text/plain"}


def test_save_writes_the_page(syria, tmp_path):
    view = gk.show(syria)
    path = view.save(tmp_path / "sub" / "page.html")
    assert path.read_text(encoding="utf-8") == view.page
    assert "GraphView" in repr(view)


def test_options_are_passed_on(syria):
    with pytest.raises(ValueError, match="top needs size_by"):
        gk.show(syria, size_by=None, top=3)


@pytest.mark.browser
def test_iframe_draws_in_a_browser_without_requests(syria, chromium):
    browser = chromium
    notebook = f"<!DOCTYPE html><html><body><h1>cell output</h1>{gk.show(syria)._repr_html_()}"
    visit = open_page(browser, notebook, wait=False)
    frame = visit.page.frames[1]
    frame.wait_for_selector("body[data-drawn]", state="attached", timeout=20_000)
    # actors drawn, and relations drawn (a pair's relations on one line, counted)
    counts = frame.evaluate("graphkit.view.drawnCounts()")
    assert counts == [syria.number_of_nodes(), syria.number_of_edges()]
    box = visit.page.query_selector("iframe").bounding_box()
    assert box["height"] == 640 and box["width"] > 1000
    assert visit.errors == [] and visit.blocked == []
    close(visit)
