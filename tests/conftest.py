"""Fixtures shared by the test modules."""

import networkx as nx
import pytest
from browser_support import launch_or_skip
from graph_state import graph_state_of

import graphkit as gk


@pytest.fixture
def syria() -> nx.MultiDiGraph:
    """A fresh copy of the bundled dataset (tests may modify it)."""
    return gk.load_dataset("syria-2024")


@pytest.fixture
def graph_state():
    """``graph_state(G)``: a deep copy of G's whole state, to compare before and after."""
    return graph_state_of


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session.

    Playwright's synchronous API allows one running instance per thread: a second
    ``sync_playwright().start()`` while another is alive fails ("Sync API inside the
    asyncio loop"), so every browser test shares this one (each page gets its own
    context from ``open_page``)."""
    playwright, browser = launch_or_skip()
    yield browser
    browser.close()
    playwright.stop()
