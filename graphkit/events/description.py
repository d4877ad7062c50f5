"""What a set of events holds, at a glance: rows, dates, top actors and codes, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..base.terminal import inert
from .problems import file_frame, problem_frame, problem_text
from .sources import event_source

__all__ = ["EventDescription", "describe_events"]


@dataclass(frozen=True)
class EventDescription:
    """The summary :func:`describe_events` gives; ``str()`` reads as a short report.

    Attributes
    ----------
    rows : int
        Events read.
    first, last : str or None
        The earliest and latest event date (ISO).
    datasets : dict
        Events per source format.
    top_sources, top_targets, top_codes : pandas.DataFrame
        The most frequent actors on each side and event codes, with counts.
    problems : pandas.DataFrame
        What reading found (empty for tables not read by :func:`~graphkit.read_events`).
    files : pandas.DataFrame
        Rows read per file (empty likewise).

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> print(str(gk.describe_events(ev, top=1)).splitlines()[0])
    500 events (GDELT 2.0 500), 2018-10-24 to 2019-10-24
    """

    rows: int
    first: str | None
    last: str | None
    datasets: dict[str, int]
    top_sources: pd.DataFrame
    top_targets: pd.DataFrame
    top_codes: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: problem_frame([]))
    files: pd.DataFrame = field(default_factory=lambda: file_frame([]))

    def __str__(self) -> str:
        sets = ", ".join(f"{event_source(d).title} {n:,}" for d, n in self.datasets.items())
        lines = [f"{self.rows:,} events ({sets}), {self.first} to {self.last}"]
        if len(self.files):
            lines.append(f"{len(self.files)} file(s):")
            lines += [
                f"  {inert(r.file)}: {r.rows:,} rows, {r.problems} problems ({r.status})"
                for r in self.files.itertuples()
            ]
        for title, table in (
            ("top source actors", self.top_sources),
            ("top target actors", self.top_targets),
            ("top event codes", self.top_codes),
        ):
            items = ", ".join(
                f"{inert(str(name))} {n:,}"
                for name, n in zip(table.iloc[:, 0], table["events"], strict=True)
            )
            lines.append(f"{title}: {items or '(none)'}")
        count = len(self.problems)
        lines.append(f"{count} problem{'s' if count != 1 else ''} found")
        for row in self.problems.head(10).itertuples():
            lines.append(f"  {inert(problem_text(row))}")
        if count > 10:
            lines.append(f"  ... and {count - 10} more (events.problems lists them all)")
        return "\n".join(lines)


def describe_events(events: Any, *, top: int = 5) -> EventDescription:
    """Summarise canonical events: how many, when, who, what, and what went wrong.

    Parameters
    ----------
    events : ibis.Table
        Canonical events (:func:`~graphkit.read_events` adds its problems and files).
    top : int, default 5
        How many actors and codes to list.

    Returns
    -------
    EventDescription
        Rows, first and last date, events per source, the ``top`` actors on each side
        and codes with their counts, and what reading found (``problems`` and ``files``
        of an :class:`~graphkit.EventTable`; empty for other tables). ``str()`` of it is
        the report ``graphkit events describe`` prints.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/icews_sample.tsv"), format="icews")
    >>> summary = gk.describe_events(ev, top=2)
    >>> summary.rows, summary.first, summary.last
    (500, '2018-06-01', '2018-06-01')
    >>> summary.top_codes["code"].tolist()
    ['040', '010']
    """
    stats = events.aggregate(
        rows=events.count(), first=events.date.min(), last=events.date.max()
    ).to_pyarrow()
    row = stats.to_pylist()[0]

    def counts(column: str, limit: int | None = top) -> pd.DataFrame:
        table = events.filter(events[column].notnull())
        frame = table.group_by(column).agg(events=table.count()).to_pyarrow().to_pandas()
        frame = frame.sort_values(["events", column], ascending=[False, True], kind="stable")
        return frame.head(limit).reset_index(drop=True)

    datasets = counts("dataset", None)
    return EventDescription(
        rows=int(row["rows"]),
        first=None if row["first"] is None else row["first"].isoformat(),
        last=None if row["last"] is None else row["last"].isoformat(),
        datasets=dict(zip(datasets["dataset"], datasets["events"].astype(int), strict=True)),
        top_sources=counts("source"),
        top_targets=counts("target"),
        top_codes=counts("code"),
        problems=events.problems if hasattr(events, "problems") else problem_frame([]),
        files=events.files if hasattr(events, "files") else file_frame([]),
    )
