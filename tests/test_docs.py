"""The documentation site: built offline with warnings as errors, a page for every public
name and every command, the vocabulary and the notebooks in it, nothing fetched from the
network, and search that works from the file system."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from parts import need_module

import graphkit as gk

DOCS = Path(__file__).resolve().parents[1] / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import graphkit_docs  # noqa: E402 - the generator of the site's reference pages

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    need_module("sphinx", "pip install 'graphkit-actors[docs]'")
    from sphinx.cmd.build import build_main

    out = tmp_path_factory.mktemp("docs")
    code = build_main(
        [
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            "-d",
            str(out / "doctrees"),
            str(DOCS),
            str(out / "html"),
        ]
    )
    assert code == 0, "the docs build failed or warned (run `make docs` to see why)"
    return out / "html"


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_public_name_has_its_page(site):
    names = [n for n in gk.__all__ if not n.startswith("_")]
    assert graphkit_docs.public_names() == names
    for name in names:
        page = site / "api" / "generated" / f"graphkit.{name}.html"
        assert page.is_file(), f"no page for gk.{name}"
        words = re.findall(r"[A-Za-z]{4,}", graphkit_docs.summary(name))[:3]
        assert words and all(w in text_of(page) for w in words), (name, words)


def test_every_command_has_its_section_with_every_option(site):
    page = text_of(site / "cli.html")
    commands = graphkit_docs.cli_commands()
    assert {"build", "analyze", "validate", "export", "events build", "extract"} <= {
        c for c, _ in commands
    }
    for command, parser in commands:
        assert f'id="{graphkit_docs.cli_anchor(command)}"' in page, command
        for action in parser._actions:
            for option in action.option_strings:
                assert option in page, (command, option)


def test_the_vocabulary_page_lists_every_relation_type_and_kind(site):
    page = text_of(site / "vocabulary.html")
    vocabulary = gk.default_vocabulary()
    for name in [*vocabulary.relation_names(), *vocabulary.kind_names()]:
        assert (
            f'<code class="docutils literal notranslate"><span class="pre">{name}</span></code>'
            in page
        ), name
    for name in vocabulary.relation_names():
        assert vocabulary.relation(name).color in page


def test_the_notebooks_appear_with_their_headings_and_figures(site):
    import nbformat

    for notebook in sorted((DOCS.parent / "notebooks").glob("*.ipynb")):
        page = site / "_generated" / "notebooks" / f"{notebook.stem}.html"
        assert page.is_file(), notebook.name
        html = text_of(page)
        cells = nbformat.read(notebook, as_version=4).cells
        headings = [
            line.lstrip("#").strip()
            for cell in cells
            if cell.cell_type == "markdown"
            for line in cell.source.splitlines()
            if line.startswith("#")
        ]
        figures = sum(
            1
            for cell in cells
            for output in cell.get("outputs", [])
            if "image/png" in output.get("data", {}) and "text/html" not in output["data"]
        )
        shown = len(re.findall(r"<img[^>]+src=\"(?:data:image/png|[^\"]*\.png)", html))
        assert shown >= figures, (notebook.name, shown, figures)
        for heading in headings:
            words = re.findall(r"[A-Za-z]{4,}", heading)[:3]
            assert all(w in html for w in words), (notebook.name, heading)


class _Resources(HTMLParser):
    """Every address a page loads by itself (scripts, styles, images, frames, media)."""

    LOADS: ClassVar[dict[str, str]] = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "embed": "src",
        "audio": "src",
        "video": "src",
        "object": "data",
    }

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.LOADS and attributes.get(self.LOADS[tag]):
            self.found.append(attributes[self.LOADS[tag]])
        if (tag == "link" and "stylesheet" in (attributes.get("rel") or "")) or (
            tag == "link"
            and (attributes.get("rel") in ("preload", "icon", "manifest", "modulepreload"))
        ):
            self.found.append(attributes.get("href") or "")


def test_no_page_or_style_loads_anything_from_the_network(site):
    remote = re.compile(r"^(https?:)?//", re.I)
    for page in site.rglob("*.html"):
        parser = _Resources()
        parser.feed(text_of(page))
        assert not [a for a in parser.found if remote.match(a)], page
    for style in site.rglob("*.css"):
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", text_of(style))
        assert not [u for u in urls if remote.match(u)], style


@pytest.mark.browser
def test_search_works_from_the_file_system_and_nothing_is_requested(site, chromium):
    context = chromium.new_context()
    page = context.new_page()
    outside: list[str] = []

    def route(request_route, request):
        if request.url.startswith("file://"):
            request_route.continue_()
        else:
            outside.append(request.url)
            request_route.abort()

    page.route("**/*", route)
    page.goto((site / "index.html").as_uri())
    assert "graphkit" in page.title()
    page.goto((site / "search.html").as_uri() + "?q=frustration")
    page.wait_for_selector("#search-results li", timeout=20_000)
    results = page.locator("#search-results li a").evaluate_all("links => links.map(a => a.href)")
    assert any("graphkit.frustration_index.html" in r for r in results), results
    context.close()
    assert outside == []
