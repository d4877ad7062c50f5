"""A made-up event source, declared as a new source would be: one record, nothing else.

"Toy" events come in quoted CSV files with a header, dates written ``DD.MM.YYYY`` (a
form no bundled source uses, parsed by a rule of this module), actors named in words
with a country, a made-up code system with its own mapping, and a severity from -10 to
10 that decides the quad class. ``tests/events/test_sources.py`` registers it and reads,
checks, aggregates and draws it with no other change to the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphkit.events import expressions as ex
from graphkit.events.sources import ActorRule, DateRule, EventSource, Side

MAPPING = Path(__file__).parent / "data" / "toy_mapping.csv"


def dotted_date(table: Any, column: str) -> Any:
    """``05.03.2024`` as a date; NULL for any other text or an impossible day."""
    import ibis

    written = ex.as_text(table, column)
    iso = written.substr(6, 4) + "-" + written.substr(3, 2) + "-" + written.substr(0, 2)
    shaped = written.re_search(r"^[0-9]{2}\.[0-9]{2}\.[0-9]{4}$")
    return ibis.ifelse(shaped, iso.try_cast("date"), ibis.null("date"))


def kind(actor: str, country: str, role: str) -> str:
    return "government" if actor.startswith("Gov ") else "armed_group"


def event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    import ibis

    severity = ex.number(t, "severity", "float64", source.ranges)
    act = ex.text(t, "act")
    return {
        "event_id": ex.text(t, "id"),
        "code": act,
        "root_code": act,
        "quad_class": ibis.cases(
            (severity > 0, ex.literal(1, "int8")),
            (severity <= 0, ex.literal(4, "int8")),
            else_=ex.null("int8"),
        ),
        "goldstein": severity,
        "story_id": ex.text(t, "id"),
    }


TOY = EventSource(
    name="toy",
    title="Toy",
    columns=("id", "day", "from", "to", "from_country", "to_country", "act", "severity", "note"),
    needed=("id", "day", "from", "to", "from_country", "to_country", "act", "severity"),
    date=DateRule("day", dotted_date, "a date as DD.MM.YYYY"),
    actors=ActorRule(
        source=Side("from", "from", country="from_country"),
        target=Side("to", "to", country="to_country"),
        kind=kind,
    ),
    event_columns=event_columns,
    code_system="toy",
    mapping=str(MAPPING),
    quad_convention="toy",
    listed=100,
    numbers={"severity": "decimal"},
    ranges={"severity": (-10, 10)},
    delimiter=",",
    quoted=True,
)
