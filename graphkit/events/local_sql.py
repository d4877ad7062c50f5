"""A query over Arrow tables on an in-process DuckDB of its own, its rows as Arrow.

The roll-up and the relations' text ask DuckDB for work NumPy and Arrow do slowly (a
grouped ``arg_min`` over text, joining millions of strings): :func:`arrow_query` opens a
connection for the one query, registers the tables, and closes it, whichever engine held
the events.
"""

from __future__ import annotations

from typing import Any

__all__ = ["arrow_query"]


def arrow_query(query: str, *, threads: int | None = None, **tables: Any) -> Any:
    """The rows of ``query`` (an Arrow table), run on a new in-process DuckDB where each
    of ``tables`` is registered under its name; ``threads`` caps the connection's threads
    (None: DuckDB's own choice). Rows keep the order a plain projection gives them.

    Examples
    --------
    >>> import pyarrow as pa
    >>> t = pa.table({"g": [1, 1, 2], "x": ["b", "a", "c"]})
    >>> arrow_query("SELECT g, min(x) AS x FROM t GROUP BY g ORDER BY g", t=t).to_pylist()
    [{'g': 1, 'x': 'a'}, {'g': 2, 'x': 'c'}]
    """
    import duckdb

    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute("SET preserve_insertion_order = true")
        if threads is not None:
            con.execute(f"SET threads = {int(threads)}")
        for name, table in tables.items():
            con.register(name, table)
        cursor = con.execute(query)
        # DuckDB 1.4 renamed fetch_arrow_table, which 2.0 removes
        fetch = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
        return fetch()
    finally:
        con.close()
