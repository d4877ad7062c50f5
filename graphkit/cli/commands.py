"""The ``graphkit`` command: a thin layer over the library functions of the same purpose.

Exit codes: 0 success, 1 bad input (the located reasons on stderr), 2 wrong usage.
Commands of optional parts (event data, text) live in their own modules, listed in
:data:`COMMAND_MODULES`; each has a ``register(commands)`` function that adds its
subcommands and imports its engine only when a command runs.

Every command shows the progress of its long phases on an interactive terminal
(``--quiet`` silences it), prints text from the data inert (no escape sequence reaches
the terminal), writes each file whole or not at all, and never ends in a traceback: an
unexpected failure is one line on stderr (``GRAPHKIT_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import graphkit as gk
from graphkit.base.progress import quiet
from graphkit.base.terminal import inert, one_line

from .phases import _UsageError, check_not_an_input, check_output, phase

__all__ = ["COMMAND_MODULES", "main"]

COMMAND_MODULES: tuple[str, ...] = (
    # modules of optional parts, one per line
    "graphkit.cli.event_commands",
    "graphkit.cli.text_commands",
)
"""Modules that add subcommands (``register(commands)``), in the order of ``--help``."""

_PAGE_SUFFIXES = {".html": "HTML", ".htm": "HTML"}
_NOT_GRAPH_SUFFIXES = {
    ".csv",
    ".tsv",
    ".tab",
    ".html",
    ".htm",
    ".png",
    ".svg",
    ".pdf",
    ".parquet",
    ".zip",
    ".gz",
    ".ipynb",
    ".py",
}
"""Extensions that name another kind of file: a graph written there is a mistake."""
_TIME_LIMIT = 10.0
"""Seconds the command line gives the exact frustration solver (the library gives 60)."""


def _period_length(text: str) -> str:
    """``--over-time FREQ``: a period length pandas knows (D, W, M, Q, Y or a multiple such
    as 2W), else a usage error naming the value."""
    import pandas as pd

    try:
        pd.period_range(start="2000-01-01", periods=1, freq=text)
    except (ValueError, TypeError, NotImplementedError):
        raise argparse.ArgumentTypeError(
            f"{inert(text)!r} is not a period length: use D, W, M, Q or Y (day, week, month, "
            "quarter, year) or a multiple such as 2W"
        ) from None
    return text


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage).

    Examples
    --------
    >>> main(["validate"])
    OK: syria-2024: 24 actors, 41 relations
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _warnings_as_notes():
            if getattr(args, "quiet", False):
                with quiet():
                    return args.run(args)
            return args.run(args)
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return 0
    except _UsageError as exc:
        args.command_parser.print_usage(sys.stderr)
        _error(exc)
        return 2
    except (gk.DataError, gk.MissingDependencyError) as exc:
        _error(exc)
        return 1
    except OSError as exc:
        _error(_os_reason(exc))
        return 1
    except MemoryError:
        _error("not enough memory for this input")
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:
        if os.environ.get("GRAPHKIT_DEBUG", "") not in ("", "0"):
            raise
        _error(
            f"internal error ({type(exc).__name__}: {exc}); please report it "
            "(GRAPHKIT_DEBUG=1 shows the traceback)"
        )
        return 1


@contextlib.contextmanager
def _warnings_as_notes():
    """graphkit's own warnings printed as one inert line each (``graphkit: warning:``),
    as they happen; other libraries' warnings are not for the command's user (shown with
    ``GRAPHKIT_DEBUG=1``)."""
    debug = os.environ.get("GRAPHKIT_DEBUG", "") not in ("", "0")

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, gk.GraphkitWarning):
            print(f"graphkit: warning: {one_line(message)}", file=sys.stderr)
        elif debug:
            print(f"{filename}:{lineno}: {category.__name__}: {message}", file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield


def _error(reason: object) -> None:
    print(f"graphkit: error: {inert(reason)}", file=sys.stderr)


def _os_reason(exc: OSError) -> str:
    """An OSError in words: 'FILE: reason', without Python's '[Errno N]'."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphkit",
        description="Build, check, analyse and draw actor-relationship graphs.",
        epilog="Without --actors/--relations, commands use the bundled dataset "
        "(syria-2024). Run 'graphkit COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"graphkit {gk.__version__}")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="show no progress (also after the command)"
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    build = _command(commands, "build", _build, "write the interactive HTML page and summarise")
    _input_options(build)
    build.add_argument(
        "-o", "--output", type=Path, help="HTML file to write (default: out/NAME.html)"
    )
    build.add_argument(
        "--color-by",
        choices=("camp", "kind"),
        default="camp",
        help="colour actors by camp (shapes show kinds) or by kind (default: camp)",
    )
    build.add_argument(
        "--over-time",
        metavar="FREQ",
        type=_period_length,
        help="the camps of each period (D, W, M, Q or Y), so the page's 'as of' control and "
        "its play button colour actors by the camps of that period",
    )
    _solver_options(build)

    analyze = _command(
        commands,
        "analyze",
        _analyze,
        "print the centrality table, the camps, tensions and implied alignments",
    )
    _input_options(analyze)
    analyze.add_argument(
        "--top",
        type=_positive,
        default=15,
        metavar="N",
        help="items of each printed list: table rows, camps and their members, tensions, "
        "implied alignments (default: 15)",
    )
    analyze.add_argument(
        "--csv",
        type=Path,
        metavar="DIR",
        help="also write centrality.csv, camps.csv, tensions.csv and implied.csv to DIR "
        "(for spreadsheets: see the README)",
    )
    implied = analyze.add_argument_group(
        "implied alignments", "which implied pairs are kept (strongest first)"
    )
    implied.add_argument(
        "--implied-top",
        type=_positive,
        default=10_000,
        metavar="N",
        help="at most N pairs in all (default: 10000)",
    )
    implied.add_argument(
        "--implied-per-actor",
        type=_positive,
        default=10,
        metavar="K",
        help="keep a pair only if it is among the K strongest of one of its actors (default: 10)",
    )
    implied.add_argument(
        "--implied-min-score",
        type=_non_negative,
        default=0.0,
        metavar="S",
        help="keep pairs whose absolute score is at least S (default: 0, all)",
    )
    _solver_options(analyze)
    analyze.add_argument(
        "--over-time",
        metavar="FREQ",
        type=_period_length,
        help="also the signed graph period by period (FREQ: D, W, M, Q or Y): print it and "
        "write over_time.csv, camps_over_time.csv and over_time.png to DIR of --csv (or out/)",
    )

    validate = _command(
        commands, "validate", _validate, "check data files and report every problem of both"
    )
    _input_options(validate)

    export = _command(commands, "export", _export, "write the graph as GraphML, GEXF or JSON")
    _input_options(export)
    export.add_argument(
        "-f",
        "--format",
        choices=sorted(set(gk.FORMATS.values())),
        help="file format (default: the one -o ends in, else graphml); must agree with -o",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file to write, ending in .graphml, .gexf or .json (default: out/NAME.FORMAT)",
    )

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands)
    return parser


def _command(commands, name: str, run, help: str) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
    command.set_defaults(run=run, command_parser=command)
    command.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps a --quiet given before the command
        help="show no progress",
    )
    return command


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of 0 or more, got {text!r}")
    return value


def _input_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("input")
    group.add_argument(
        "--dataset",
        default="syria-2024",
        choices=sorted(gk.DATASETS),
        help="bundled dataset (default: syria-2024)",
    )
    group.add_argument("--actors", type=Path, help="actors CSV file (with --relations)")
    group.add_argument("--relations", type=Path, help="relations CSV file (with --actors)")
    group.add_argument(
        "--strict", action="store_true", help="require evidence and a document on every relation"
    )


def _solver_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--time-limit",
        type=_non_negative,
        default=_TIME_LIMIT,
        metavar="SECONDS",
        help="time for proving the camps optimal; beyond it the best camps found are used "
        f"and the report says so (default: {_TIME_LIMIT:g})",
    )


def _load(args: argparse.Namespace):
    if (args.actors is None) != (args.relations is None):
        raise _UsageError("give both --actors and --relations, or neither")
    with phase("reading and checking the tables"):
        if args.actors is None:
            return gk.load_dataset(args.dataset)
        return gk.build_graph(
            args.actors, args.relations, name=args.relations.stem, require_sources=args.strict
        )


def _name(G) -> str:
    return G.graph.get("name") or "graph"


def _analyse(G, args: argparse.Namespace):
    with phase("centrality table"):
        table = gk.centrality(G)
    with phase("solving the camps (exact frustration index)"):
        report = gk.balance(G, time_limit=args.time_limit)
    return table, report


def _validate(args: argparse.Namespace) -> int:
    if (args.actors is None) != (args.relations is None):
        raise _UsageError("give both --actors and --relations, or neither")
    if args.actors is None:
        G = gk.load_dataset(args.dataset)
        print(
            f"OK: {one_line(_name(G))}: {G.number_of_nodes()} actors, "
            f"{G.number_of_edges()} relations"
        )
        return 0
    with phase("checking the tables"):
        report = gk.validate(args.actors, args.relations, require_sources=args.strict)
    report.raise_for_problems()
    assert report.actors is not None and report.relations is not None
    print(
        f"OK: {one_line(args.relations.stem)}: {len(report.actors)} actors, "
        f"{len(report.relations)} relations"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from graphkit.io.graph_files import graph_format

    if args.output is not None:
        if args.output.is_dir():
            raise _UsageError(f"{str(args.output)!r} is a folder; give -o a file name")
        check_not_an_input(args.output, [args.actors, args.relations])
        if args.output.suffix.lower() in _NOT_GRAPH_SUFFIXES:
            raise _UsageError(
                f"{str(args.output)!r} names a {args.output.suffix} file, not a graph file; "
                "give -o a name ending in .graphml, .gexf or .json"
            )
        try:
            fmt = graph_format(args.output, args.format)
        except ValueError as exc:
            raise _UsageError(str(exc)) from None
    else:
        fmt = args.format or "graphml"
    G = _load(args)
    path = gk.write_graph(G, args.output or Path("out") / f"{_name(G)}.{fmt}", format=fmt)
    print(f"wrote {one_line(path)} ({G.number_of_nodes()} actors, {G.number_of_edges()} relations)")
    return 0


def _build(args: argparse.Namespace) -> int:
    if args.output is not None:
        check_output(args.output, _PAGE_SUFFIXES, "the page", [args.actors, args.relations])
    G = _load(args)
    path = args.output or Path("out") / f"{_name(G)}.html"
    table, report = _analyse(G, args)
    with phase(
        "placing the actors and the camps of each period"
        if args.over_time
        else "placing the actors"
    ):
        annotated = gk.annotate(
            G, table=table, camps=report, freq=args.over_time, time_limit=args.time_limit
        )
    with phase("drawing the page"):
        gk.to_html(annotated, path, color_by=args.color_by)
    print(gk.summarize(G, table=table, report=report))
    print(f"\nwrote {one_line(path)}  (open it in a browser; it works offline)")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from graphkit.analysis.summary import describe_balance, describe_table

    if args.csv is not None and args.csv.exists() and not args.csv.is_dir():
        raise _UsageError(f"--csv takes a folder, and {str(args.csv)!r} is a file")
    G = _load(args)
    table, report = _analyse(G, args)
    # the periods before anything is written: a command that fails writes nothing
    over = gk.balance_over_time(G, freq=args.over_time) if args.over_time else None
    implied = gk.implied_relations(
        G,
        top=args.implied_top,
        per_actor=args.implied_per_actor,
        min_score=args.implied_min_score,
    )
    print(describe_table(table, args.top, "Centrality"))
    print()
    print(describe_balance(report, top=args.top))
    print()
    print(f"Implied alignments (top {min(args.top, len(implied)):,} of {len(implied):,} kept):")
    for line in implied["explanation"].head(args.top):
        print(f"  {one_line(line)}")
    tables = {}
    if args.csv is not None:
        tables = {
            "centrality": table,
            "camps": report.camp_table,
            "tensions": report.frustrated_edges,
            "implied": implied,
        }
    if over is not None:
        from graphkit.analysis.temporal import over_time_summary

        print(f"\n{over_time_summary(over, top=args.top)}")
    if tables or over is not None:
        _write_analysis(tables, over, args.csv)
    return 0


def _write_analysis(tables: dict, over, csv: Path | None) -> None:
    """``analyze``'s files, all or nothing: the tables of ``--csv`` and, with
    ``--over-time``, its CSVs and figure (in the folder of ``--csv``, or ``out/``)."""
    from graphkit.analysis.summary import write_people_table_to
    from graphkit.analysis.temporal import over_time_tables
    from graphkit.io.files import atomic_files
    from graphkit.render.over_time_figure import write_over_time_to

    with phase("writing the tables"), atomic_files() as group:
        for name, frame in tables.items():
            assert csv is not None
            with group.open(csv / f"{name}.csv") as handle:
                write_people_table_to(name, frame, handle)
        folder = csv or Path("out")
        if over is not None:
            for name, frame in over_time_tables(over).items():
                with group.open(folder / f"{name}.csv") as handle:
                    write_people_table_to(name, frame, handle)
            with group.open(folder / "over_time.png", "wb") as binary:
                write_over_time_to(over, binary, "png")
    names = [p.name for p in group.paths]
    if tables:
        print(f"\nwrote {', '.join(names[: len(tables)])} to {one_line(csv)}")
    if over is not None:
        print(f"\nwrote {', '.join(names[len(tables) :])} to {one_line(folder)}")
