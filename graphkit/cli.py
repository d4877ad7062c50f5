"""The ``graphkit`` command: a thin layer over the library functions of the same names."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

import graphkit as gk
from graphkit.files import atomic_write

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 1 on bad input).

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
    except gk.DataError as exc:
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

    build = commands.add_parser("build", help="write the interactive HTML page and summarise")
    _input_options(build)
    build.add_argument("-o", "--output", type=Path,
                       help="HTML file to write (default: out/NAME.html)")
    build.set_defaults(run=_build)

    analyze = commands.add_parser(
        "analyze", help="print the centrality table, the camps, tensions and implied alignments"
    )
    _input_options(analyze)
    analyze.add_argument("--top", type=int, default=15, metavar="N",
                         help="rows of each table to print (default: 15)")
    analyze.add_argument("--csv", type=Path, metavar="DIR",
                         help="also write centrality.csv, camps.csv, tensions.csv and "
                         "implied.csv to DIR")
    analyze.set_defaults(run=_analyze)

    validate = commands.add_parser("validate", help="check data files and report every problem")
    _input_options(validate)
    validate.set_defaults(run=_validate)

    export = commands.add_parser("export", help="write the graph as GraphML, GEXF or JSON")
    _input_options(export)
    export.add_argument("-f", "--format", choices=sorted(set(gk.FORMATS.values())),
                        default="graphml", help="file format (default: graphml)")
    export.add_argument("-o", "--output", type=Path,
                        help="file to write (default: out/NAME.FORMAT)")
    export.set_defaults(run=_export)
    return parser


def _input_options(command: argparse.ArgumentParser) -> None:
    group = command.add_argument_group("input")
    group.add_argument("--dataset", default="syria-2024", choices=sorted(gk.DATASETS),
                       help="bundled dataset (default: syria-2024)")
    group.add_argument("--actors", type=Path, help="actors CSV file (with --relations)")
    group.add_argument("--relations", type=Path, help="relations CSV file (with --actors)")
    group.add_argument("--strict", action="store_true",
                       help="require evidence and a document on every relation")


def _load(args: argparse.Namespace) -> nx.MultiDiGraph:
    if (args.actors is None) != (args.relations is None):
        raise ValueError("give both --actors and --relations, or neither")
    if args.actors is None:
        return gk.load_dataset(args.dataset)
    return gk.build_graph(args.actors, args.relations, name=args.relations.stem,
                          require_sources=args.strict)


def _name(G: nx.MultiDiGraph) -> str:
    return G.graph.get("name") or "graph"


def _validate(args: argparse.Namespace) -> int:
    G = _load(args)
    print(f"OK: {_name(G)}: {G.number_of_nodes()} actors, {G.number_of_edges()} relations")
    return 0


def _export(args: argparse.Namespace) -> int:
    G = _load(args)
    path = gk.write_graph(G, args.output or Path("out") / f"{_name(G)}.{args.format}",
                          format=args.format)
    print(f"wrote {path} ({G.number_of_nodes()} actors, {G.number_of_edges()} relations)")
    return 0


def _build(args: argparse.Namespace) -> int:
    G = _load(args)
    path = args.output or Path("out") / f"{_name(G)}.html"
    table = gk.centrality(G)
    report = gk.balance(G)
    gk.to_html(G, path, table=table)
    print(_summary(G, table, report))
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
        for name, frame in tables.items():
            path = args.csv / f"{name}.csv"
            with atomic_write(path) as handle:
                frame.to_csv(handle, index=name in ("centrality", "camps"))
        print(f"\nwrote {', '.join(f'{name}.csv' for name in tables)} to {args.csv}")
    return 0


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common())


_SUMMARY_COLUMNS = ["name", "kind", "backers", "opponents", "betweenness", "pagerank"]


def _summary(G: nx.MultiDiGraph, table, report) -> str:
    title = G.graph.get("title") or _name(G)
    kinds = Counter(d.get("kind", "?") for _, d in G.nodes(data=True))
    relations = Counter(d.get("relation", "?") for *_, d in G.edges(data=True))
    top = table[[c for c in _SUMMARY_COLUMNS if c in table.columns]].head(5)
    signs = Counter(d.get("polarity", 0) for *_, d in G.edges(data=True))
    items = [f"{name}\N{NO-BREAK SPACE}{count}" for name, count in relations.most_common()]
    by_type = textwrap.fill(", ".join(items), width=88, initial_indent=" " * 13,
                            subsequent_indent=" " * 13).replace("\N{NO-BREAK SPACE}", " ")
    lines = [
        title,
        f"  actors     {G.number_of_nodes():>4}  ({_counts(kinds)})",
        f"  relations  {G.number_of_edges():>4}  ({signs[1]} supportive, {signs[-1]} hostile, "
        f"{signs[0]} unsigned)",
        by_type,
        "",
        "Most central actors:",
        top.to_string(float_format=lambda x: f"{x:.3f}"),
        "",
        repr(report),
    ]
    return "\n".join(lines)
