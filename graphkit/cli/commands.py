"""The ``graphkit`` command: a thin layer over the library functions of the same purpose.

Exit codes: 0 success, 1 bad input (the located reasons on stderr), 2 wrong usage.
Commands of optional parts (event data, text) live in their own modules, listed in
:data:`COMMAND_MODULES`; each has a ``register(commands)`` function that adds its
subcommands and imports its engine only when a command runs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import graphkit as gk

__all__ = ["COMMAND_MODULES", "main"]

COMMAND_MODULES: tuple[str, ...] = (
    # modules of optional parts, one per line
)
"""Modules that add subcommands (``register(commands)``), in the order of ``--help``."""


class UsageError(Exception):
    """Arguments that do not fit together: exit code 2, like argparse's own errors."""


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
        return args.run(args)
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return 0
    except UsageError as exc:
        args.command_parser.print_usage(sys.stderr)
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return 2
    except gk.DataError as exc:
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return 1
    except gk.MissingDependencyError as exc:
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return 1
    except (KeyError, ValueError, OSError) as exc:
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"graphkit: error: {reason}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphkit",
        description="Build, check, analyse and draw actor-relationship graphs.",
        epilog="Without --actors/--relations, commands use the bundled dataset "
        "(syria-2024). Run 'graphkit COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"graphkit {gk.__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    build = _command(commands, "build", _build, "write the interactive HTML page and summarise")
    _input_options(build)
    build.add_argument(
        "-o", "--output", type=Path, help="HTML file to write (default: out/NAME.html)"
    )

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
        help="rows of each table to print (default: 15)",
    )
    analyze.add_argument(
        "--csv",
        type=Path,
        metavar="DIR",
        help="also write centrality.csv, camps.csv, tensions.csv and implied.csv to DIR",
    )
    analyze.add_argument(
        "--over-time",
        metavar="FREQ",
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
        default="graphml",
        help="file format (default: graphml)",
    )
    export.add_argument(
        "-o", "--output", type=Path, help="file to write (default: out/NAME.FORMAT)"
    )

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands)
    return parser


def _command(commands, name: str, run, help: str) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
    command.set_defaults(run=run, command_parser=command)
    return command


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
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


def _load(args: argparse.Namespace):
    if (args.actors is None) != (args.relations is None):
        raise UsageError("give both --actors and --relations, or neither")
    if args.actors is None:
        return gk.load_dataset(args.dataset)
    return gk.build_graph(
        args.actors, args.relations, name=args.relations.stem, require_sources=args.strict
    )


def _name(G) -> str:
    return G.graph.get("name") or "graph"


def _validate(args: argparse.Namespace) -> int:
    if (args.actors is None) != (args.relations is None):
        raise UsageError("give both --actors and --relations, or neither")
    if args.actors is None:
        G = gk.load_dataset(args.dataset)
        print(f"OK: {_name(G)}: {G.number_of_nodes()} actors, {G.number_of_edges()} relations")
        return 0
    report = gk.validate(args.actors, args.relations, require_sources=args.strict)
    report.raise_for_problems()
    assert report.actors is not None and report.relations is not None
    print(
        f"OK: {args.relations.stem}: {len(report.actors)} actors, {len(report.relations)} relations"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    G = _load(args)
    path = gk.write_graph(
        G, args.output or Path("out") / f"{_name(G)}.{args.format}", format=args.format
    )
    print(f"wrote {path} ({G.number_of_nodes()} actors, {G.number_of_edges()} relations)")
    return 0


def _build(args: argparse.Namespace) -> int:
    G = _load(args)
    path = args.output or Path("out") / f"{_name(G)}.html"
    table = gk.centrality(G)
    report = gk.balance(G)
    gk.to_html(gk.annotate(G, table=table, camps=report), path)
    print(gk.summarize(G, table=table, report=report))
    print(f"\nwrote {path}  (open it in a browser; it works offline)")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    G = _load(args)
    table = gk.centrality(G)
    report = gk.balance(G)
    implied = gk.implied_relations(G)
    print(f"Centrality (top {args.top} of {len(table)}):")
    print(table.head(args.top).to_string(float_format=lambda x: f"{x:.3f}"))
    print()
    print(repr(report))
    print()
    print(f"Implied alignments (top {args.top} of {len(implied)}):")
    for line in implied["explanation"].head(args.top):
        print(f"  {line}")
    if args.csv is not None:
        tables = {
            "centrality": table,
            "camps": report.to_frame(),
            "tensions": report.frustrated_edges,
            "implied": implied,
        }
        paths = gk.write_tables(tables, args.csv)
        print(f"\nwrote {', '.join(p.name for p in paths)} to {args.csv}")
    if args.over_time:
        _over_time(G, args.over_time, args.csv or Path("out"), args.top)
    return 0


def _over_time(G, freq: str, folder: Path, top: int) -> None:
    """``analyze --over-time``: the table printed, its CSVs and figure written."""
    from graphkit.analysis.temporal import over_time_summary, over_time_tables
    from graphkit.render.over_time_figure import save_over_time

    over = gk.balance_over_time(G, freq=freq)
    print(f"\n{over_time_summary(over, top=top)}")
    paths = gk.write_tables(over_time_tables(over), folder)
    paths.append(save_over_time(over, folder / "over_time.png"))
    print(f"\nwrote {', '.join(p.name for p in paths)} to {folder}")
