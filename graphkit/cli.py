"""The ``graphkit`` command: a thin layer over the library functions of the same names."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

import graphkit as gk

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
    gk.to_html(G, path)
    print(_summary(G, table))
    print(f"\nwrote {path}  (open it in a browser; it works offline)")
    return 0


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common())


def _summary(G: nx.MultiDiGraph, table) -> str:
    title = G.graph.get("title") or _name(G)
    kinds = Counter(d.get("kind", "?") for _, d in G.nodes(data=True))
    relations = Counter(d.get("relation", "?") for *_, d in G.edges(data=True))
    lines = [
        title,
        f"  actors     {G.number_of_nodes():>4}  ({_counts(kinds)})",
        f"  relations  {G.number_of_edges():>4}  ({_counts(relations)})",
        "",
        "Most central actors:",
        table.head(5).to_string(),
    ]
    return "\n".join(lines)
