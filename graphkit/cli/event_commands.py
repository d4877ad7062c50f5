"""``graphkit events build`` and ``graphkit events describe``: event files to a page.

Each command is a few lines over the library: ``events build`` is
:func:`~graphkit.events.pipeline.build_event_graph` (read, aggregate, actors, graph,
centrality, balance) and then drawing and writing; ``events describe`` is
:func:`~graphkit.read_events` and :func:`~graphkit.describe_events`. The commands parse,
print and write; DuckDB is imported only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

import graphkit as gk

from ..base.terminal import inert
from ..events.sources import SOURCES
from .phases import check_not_an_input, check_output

__all__ = ["register"]

_SHOWN = 10
"""Problems printed to the terminal; the page and --tables hold the rest of the data."""


def register(commands) -> None:
    """Add the ``events`` command and its subcommands to the ``graphkit`` parser."""
    events = commands.add_parser(
        "events",
        help="read event data (GDELT, ICEWS, POLECAT, UCDP GED, ACLED) into relations",
        description="Read event data files and turn them into relations between actors.",
    )
    events.set_defaults(command_parser=events, run=lambda args: _usage(events))
    sub = events.add_subparsers(title="event commands", metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="aggregate events to relations, build the graph, write the page and summarise",
        description="Read event files, aggregate them to dyad x period relations, build "
        "the graph, write the interactive page and print a summary.",
    )
    build.set_defaults(run=_build, command_parser=build)
    _inputs(build)
    build.add_argument(
        "--period",
        default="M",
        choices=["D", "W", "M", "Q", "Y", "all"],
        help="period of a relation: day, week, month, quarter, year or all (default: M)",
    )
    build.add_argument(
        "--actors",
        default="code",
        choices=["code", "country", "country+role"],
        help="actor ids: the source's codes, countries, or country+role (default: code)",
    )
    build.add_argument("--dedupe", choices=["daily"], help="keep one event per dyad, code, day")
    build.add_argument("--from", dest="start", metavar="DATE", help="first day kept (ISO)")
    build.add_argument("--to", dest="end", metavar="DATE", help="last day kept (ISO)")
    build.add_argument(
        "--country",
        action="append",
        metavar="CODE",
        help="keep events whose source or target country is CODE (repeatable)",
    )
    build.add_argument(
        "--code", action="append", metavar="PREFIX", help="keep event codes starting so"
    )
    build.add_argument("--root-only", action="store_true", help="GDELT root events only")
    build.add_argument("--min-mentions", type=int, metavar="N", help="at least N mentions")
    build.add_argument("--mapping", help="code mapping: cameo, plover, acled, ucdp or a CSV file")
    build.add_argument(
        "-o", "--output", type=Path, help="HTML page to write (default: out/events.html)"
    )
    build.add_argument(
        "--tables",
        type=Path,
        metavar="DIR",
        help="also write actors.csv and relations.csv to DIR, exactly, as input for "
        "'graphkit build/analyze --actors --relations'",
    )

    describe = sub.add_parser(
        "describe",
        help="rows, date range, top actors and codes, problems found",
        description="Describe event files: rows, date range, top actors and codes, and "
        "every problem found while reading.",
    )
    describe.set_defaults(run=_describe, command_parser=describe)
    _inputs(describe)
    describe.add_argument("--top", type=int, default=5, metavar="N", help="actors and codes")


def _inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps a --quiet given before the command
        help="show no progress",
    )
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILES",
        help="event files, or glob patterns for names no file has (data/2024*.zip)",
    )
    command.add_argument(
        "-f", "--format", required=True, choices=tuple(SOURCES), help="source format"
    )
    command.add_argument(
        "--strict", action="store_true", help="stop at any problem instead of listing it"
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _show_problems(problems: Any) -> None:
    """The first problems reading found, each in words, on standard error."""
    from ..events.problems import problem_text

    if not len(problems):
        return
    print(f"graphkit: {len(problems)} problem(s) reading the files:", file=sys.stderr)
    for row in problems.head(_SHOWN).itertuples():
        print(inert(f"  {problem_text(row)}"), file=sys.stderr)
    if len(problems) > _SHOWN:
        print(f"  ... and {len(problems) - _SHOWN} more", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from ..events.pipeline import build_event_graph

    inputs = _input_files(args.files)
    if args.output is not None:  # refused before a long read, not after it
        check_output(args.output, {".html": "HTML", ".htm": "HTML"}, "the page", inputs)
    if args.tables is not None:  # writing actors.csv or relations.csv must not destroy one
        for name in ("actors.csv", "relations.csv"):
            check_not_an_input(args.tables / name, inputs, "--tables", "folder")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)  # printed below
        result = build_event_graph(
            args.files,
            args.format,
            errors="raise" if args.strict else "report",
            period=None if args.period == "all" else args.period,
            actors=args.actors,
            dedupe=args.dedupe,
            mapping=args.mapping,
            start=args.start,
            end=args.end,
            countries=args.country,
            codes=args.code,
            root_only=args.root_only,
            min_mentions=args.min_mentions,
        )
    _show_problems(result.events.problems)
    fates = ", ".join(f"{n:,} {fate}" for fate, n in result.fates.items() if n)
    print(f"{result.count:,} events: {fates or 'none'}")
    if result.relations.empty:
        raise gk.DataError(
            [
                gk.Problem(
                    ", ".join(args.files),
                    None,
                    None,
                    None,
                    None,
                    "events that make relations (none left after the filters and the mapping)",
                )
            ]
        )
    path = args.output or Path("out") / "events.html"
    check_not_an_input(path, inputs)
    gk.to_html(gk.annotate(result.graph, table=result.table, camps=result.report), path)
    if args.tables is not None:
        tables = {"actors": result.actors.reset_index(), "relations": result.relations}
        written = _write_inputs(tables, args.tables)
        print(f"wrote {', '.join(p.name for p in written)} to {args.tables}")
    print(gk.summarize(result.graph, table=result.table, report=result.report))
    print(f"\nwrote {path}  (open it in a browser; it works offline)")
    return 0


def _input_files(names: list[str]) -> list[Path]:
    """The files the event file names and globs stand for (as reading will take
    them); names that stand for none are left to reading to report."""
    from ..events.archives import resolve_paths

    found = []
    for name in names:
        try:
            found.extend(resolve_paths(name))
        except gk.DataError:
            found.append(Path(name))
    return found


def _write_inputs(tables: dict[str, Any], directory: Path) -> list[Path]:
    """Write the tables as ``graphkit build --actors --relations`` reads them, exactly.

    These files are program input, not reports for people: an id written with a
    spreadsheet's protective apostrophe would come back as another id. So, unlike
    ``analyze --csv``, no cell is changed; the two files are replaced together or not
    at all.
    """
    from ..io.files import atomic_files

    with atomic_files() as group:
        for name, frame in tables.items():
            with group.open(Path(directory) / f"{name}.csv") as handle:
                frame.to_csv(handle, index=False, lineterminator="\n")
    return group.paths


def _describe(args: argparse.Namespace) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)  # described below
        events = gk.read_events(
            args.files, format=args.format, errors="raise" if args.strict else "report"
        )
    print(gk.describe_events(events, top=args.top))
    return 0
