"""The engine's search for control characters: cheap tests first, the regular expression
only where they leave a doubt, never a different answer."""

from __future__ import annotations

import pytest

from graphkit.base.characters import CONTROL_CHARACTERS

pytestmark = pytest.mark.engine


def _every_code_point() -> list[str]:
    """Each Unicode scalar value (surrogates cannot be UTF-8 text) inside a URL-like text,
    alone, and at the start and end of a text."""
    texts = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        texts.append(f"https://a.example/{character}x")
    texts += ["\x00", "\x1f", "\x7f", "\x9f", "\ufffe", "\uffff", "a\x1b", "", '"', "\\"]
    return texts


def test_has_control_agrees_with_the_expression_alone_and_python_on_every_code_point(engine):
    import ibis
    import pyarrow as pa

    from graphkit.events.expressions import CONTROLS, has_control

    texts = [*_every_code_point(), None]
    table = ibis.memtable(pa.table({"text": pa.array(texts, pa.string())}))
    con = ibis.duckdb.connect()
    result = con.to_pyarrow(
        table.select(
            fast=has_control(table.text),
            regex=table.text.re_search(CONTROLS).fill_null(False),
        )
    )
    fast, regex = result["fast"].to_pylist(), result["regex"].to_pylist()
    python = [False if t is None else bool(CONTROL_CHARACTERS.search(t)) for t in texts]
    assert fast == regex
    assert fast == python  # the oracle: the characters graphkit refuses, defined in Python
    # by hand: C0 less tab, line feed and carriage return (29), DEL and C1 (33), U+FFFE and
    # U+FFFF (2), then the seven short texts holding one of them
    assert sum(fast) == 29 + 33 + 2 + 7
