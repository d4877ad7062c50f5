"""Headless Chromium for the browser tests and benchmarks, with every network request blocked.

A page is served from a made-up origin (``http://graphkit.invalid/``) by intercepting
the request, so it behaves as an opened file; any other request the page makes is
aborted and recorded, and console errors and uncaught exceptions are collected.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from parts import missing

CHROMIUM = os.environ.get("GRAPHKIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ORIGIN = "http://graphkit.invalid"
PAGE_URL = f"{ORIGIN}/page.html"


def chromium_available() -> bool:
    return os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM) is not None


def launch_or_skip():
    """Start playwright and Chromium; skip (or fail in CI) when either is missing."""
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed"
    if reason is None and not chromium_available():
        reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if reason is not None:
        missing(reason)
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise
    return playwright, browser


@dataclass
class Visit:
    """One page load: the playwright page and what happened while it was open."""

    page: object
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def wait_drawn(self, timeout_ms: float = 20_000) -> float:
        """Wait for the page's first completed drawing; milliseconds since navigation."""
        # A selector, not wait_for_function: polling a JavaScript predicate needs eval,
        # which the page's Content-Security-Policy forbids.
        self.page.wait_for_selector("body[data-drawn]", state="attached", timeout=timeout_ms)
        return self.page.evaluate("window.graphkitFirstDrawMs")


def open_page(
    browser,
    html: str | None = None,
    *,
    file=None,
    viewport=(1400, 900),
    wait: bool = True,
    init_script: str | None = None,
    wait_until: str = "load",
) -> Visit:
    """Load ``html`` (or the page in ``file``, by its file:// URL, as a double-click does)
    as the only thing the page may fetch; block and record every other request.

    ``init_script`` runs in the page before any of its own scripts. ``wait_until`` is
    passed to ``page.goto`` ("commit" returns as soon as navigation starts, for pages
    whose scripts block the load event).
    """
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    visit = Visit(page)
    url = PAGE_URL if file is None else Path(file).resolve().as_uri()

    def route(request_route, request):
        if file is not None and request.url == url:
            request_route.continue_()
        elif html is not None and request.url == PAGE_URL:
            request_route.fulfill(
                status=200, content_type="text/html; charset=utf-8", body=html.encode("utf-8")
            )
        else:
            visit.blocked.append(request.url)
            request_route.abort()

    def console(message):
        if message.type in ("error", "warning"):
            visit.errors.append(f"console.{message.type}: {message.text}")

    def failed(request):
        if request.url not in visit.blocked:
            visit.blocked.append(request.url)

    context.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda exc: visit.errors.append(f"pageerror: {exc}"))
    page.on("requestfailed", failed)
    page.goto(url, wait_until=wait_until)
    if wait:
        visit.wait_drawn()
    return visit


def close(visit: Visit) -> None:
    visit.page.context.close()
