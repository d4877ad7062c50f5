"""The bundled ``gdelt-2019-10`` dataset, made from real GDELT rows through the event path.

``data/samples/gdelt2_sample.tsv`` holds 500 real rows of one GDELT 2.0 export (24
October 2019, 14:30 UTC; provenance in ``data/samples/SOURCES.md``). This module turns
them into the dataset's actors and relations tables exactly as a user would:
:func:`~graphkit.read_events`, :func:`~graphkit.aggregate_events` (countries, month by
month), :func:`~graphkit.event_actors`. The tables are shipped as CSV, so
``gk.load_dataset("gdelt-2019-10")`` needs no DuckDB; the test suite rebuilds them
here and checks that the shipped files are what this gives. Run
``python -m graphkit.events.sample_dataset`` to write them again.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from ..base.data_files import data_path

__all__ = ["ACTORS", "NAME", "PERIOD", "sample_tables", "write_sample_tables"]

NAME = "gdelt-2019-10"
"""The dataset's name, and its folder under ``data/``."""

PERIOD, ACTORS = "M", "country"
"""How the events are aggregated: country dyads, month by month, every event counted."""


def sample_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dataset's ``(actors, relations)`` built from the raw sample rows."""
    from .actor_table import event_actors
    from .aggregation import aggregate_events
    from .reading import read_events

    events = read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    relations = aggregate_events(events, period=PERIOD, actors=ACTORS, dedupe=None)
    actors = event_actors(events, actors=ACTORS, relations=relations)
    return actors.reset_index(), relations


def csv_text(frame: pd.DataFrame) -> str:
    """A table as the CSV text shipped (UTF-8, ``\\n`` line ends, no index)."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_sample_tables(folder: str | Path | None = None) -> list[Path]:
    """Write ``actors.csv`` and ``relations.csv`` of the dataset to ``folder``."""
    from ..io.files import atomic_write

    target = Path(folder) if folder is not None else data_path(NAME)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in zip(("actors", "relations"), sample_tables(), strict=True):
        path = target / f"{name}.csv"
        with atomic_write(path) as handle:
            handle.write(csv_text(frame))
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_sample_tables():
        print(f"wrote {written}")
