"""What leaves the engine has the types Ibis gives it: sums of whole numbers as 64-bit
integers (exact at the largest counts), truncated dates as dates, the fate as one byte."""

from __future__ import annotations

import pytest

import graphkit as gk
from conftest import SAMPLES
from graphkit.events.sources import event_source

pytestmark = pytest.mark.engine

LARGEST = 2**31 - 1
"""The largest count a source's row may hold (a larger one is a problem)."""


def one_relation(tmp_path, mentions: list[int]):
    """GDELT 2.0 rows that make one relation (the sample's first row between two
    countries, repeated with new ids), with these mention counts."""
    columns = event_source("gdelt2").columns
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    countries = [columns.index("Actor1CountryCode"), columns.index("Actor2CountryCode")]
    first = next(
        fields
        for fields in (line.split("\t") for line in lines)
        if all(fields[i] for i in countries) and fields[countries[0]] != fields[countries[1]]
    )
    rows = []
    for n, count in enumerate(mentions):
        fields = list(first)
        fields[0], fields[columns.index("NumMentions")] = str(n + 1), str(count)
        rows.append("\t".join(fields))
    path = tmp_path / "events.CSV"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return gk.read_events(path, format="gdelt2")


@pytest.mark.parametrize("detail", ["counts", "full"])
def test_the_largest_counts_sum_exactly_beyond_32_bits(engine, tmp_path, detail):
    events = one_relation(tmp_path, [LARGEST, LARGEST, LARGEST, 7])
    assert len(events.problems) == 0
    relations = gk.aggregate_events(events, period=None, detail=detail)
    assert len(relations) == 1
    # by hand: 3 x 2,147,483,647 + 7 = 6,442,450,948
    assert int(relations["mentions"].iloc[0]) == 6_442_450_948
    assert str(relations["mentions"].dtype) == "Int64"


def test_the_engine_hands_over_whole_sums_in_64_bits_and_keys_in_their_own_types(engine, tmp_path):
    import pyarrow as pa

    from graphkit.events.actor_ids import actor_identities
    from graphkit.events.cell_expression import cells_expression

    events = one_relation(tmp_path, [LARGEST, 1])
    expression = cells_expression(
        events,
        period="M",
        mappings={"cameo": gk.event_mapping("cameo")},
        identities=actor_identities(events),
        dedupe="daily",
        detail="counts",
    )
    # the rows as DuckDB hands them over (Ibis's own conversion casts them afterwards)
    backend = expression.get_backend()
    backend._run_pre_execute_hooks(expression)  # registers the expression's memtables
    result = backend.con.execute(backend.compile(expression)).arrow()
    cells = result.read_all() if hasattr(result, "read_all") else result
    for name in ("mentions", "reports"):
        assert cells.schema.field(name).type == pa.int64(), name
    # a truncated date is a date (not DuckDB's timestamp), the fate one byte
    assert cells.schema.field("period_start").type == pa.date32()
    assert cells.schema.field("fate").type == pa.int8()
    kept = cells.filter(pa.compute.equal(cells["fate"], 0))
    assert kept["mentions"].to_pylist() == [LARGEST + 1]
