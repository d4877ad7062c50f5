"""Pages of the documentation that are made from the package itself, at build time.

* the API reference: one page per name of ``gk.__all__`` (autosummary), so a new public
  function has its page the day it is exported;
* the command-line reference, from the argument parser of ``graphkit``;
* the vocabulary: every relation type and actor kind, from the bundled tables;
* the notebooks, copied with their committed outputs;
* the gallery: pictures of the bundled datasets, drawn by graphkit.

Everything is written under ``docs/_generated/`` (and ``docs/api/generated/`` by
autosummary), which is not committed.
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1]
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"


def public_names() -> list[str]:
    """The names the API reference documents: ``gk.__all__`` without ``__version__``."""
    import graphkit as gk

    return [name for name in gk.__all__ if not name.startswith("_")]


def defining_module(name: str) -> str:
    """The module a public name is defined in (``graphkit.datasets.catalog``)."""
    import graphkit as gk

    relative = gk._EXPORTS.get(name)
    return "graphkit" + relative if relative else getattr(gk, name).__module__


def is_data(name: str) -> bool:
    """A public constant (``DATASETS``, ``FORMATS``) rather than a function or class."""
    import graphkit as gk

    return not callable(getattr(gk, name))


def data_docstring(name: str) -> str:
    """The docstring written under a module-level constant in its module's source."""
    from sphinx.pycode import ModuleAnalyzer

    docs = ModuleAnalyzer.for_module(defining_module(name)).find_attr_docs()
    return "\n".join(docs.get(("", name), [])).strip()


def summary(name: str) -> str:
    """The first line of what the reference says about a public name."""
    import graphkit as gk

    text = data_docstring(name) if is_data(name) else (getattr(gk, name).__doc__ or "")
    return text.strip().splitlines()[0] if text.strip() else ""


def cli_commands() -> list[tuple[str, argparse.ArgumentParser]]:
    """Every command of ``graphkit`` (``"build"``, ``"events build"``, ...) and its parser,
    in the order of ``graphkit --help``."""
    from graphkit.cli.commands import _parser

    found: list[tuple[str, argparse.ArgumentParser]] = []

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    command = f"{prefix} {name}".strip()
                    found.append((command, sub))
                    walk(sub, command)

    walk(_parser(), "")
    return found


def cli_anchor(command: str) -> str:
    return "cli-" + command.replace(" ", "-")


def write_api() -> None:
    stubs = DOCS / "api" / "generated"
    if stubs.is_dir():  # a name no longer public must not keep a page
        for stub in stubs.glob("graphkit.*.rst"):
            if stub.stem.removeprefix("graphkit.") not in public_names():
                stub.unlink()
    title = "API reference"
    lines = [
        title,
        "=" * len(title),
        "",
        "Every public name of ``graphkit``, one page each, as ``import graphkit as gk`` "
        "reaches it (``gk.centrality``, ``gk.DataError``, ...). The page of a function "
        "gives its definition, parameters, what it returns and raises, references and "
        "examples that the test suite runs.",
        "",
        ".. currentmodule:: graphkit",
        "",
        ".. autosummary::",
        "   :toctree: generated",
        "   :nosignatures:",
        "",
        *[f"   {name}" for name in public_names()],
        "",
    ]
    _write(DOCS / "api" / "index.rst", "\n".join(lines))
    # Constants have no docstring of their own (DATASETS.__doc__ is dict's): their pages
    # take the docstring written under them in the module that defines them.
    for name in public_names():
        if is_data(name):
            title = f"graphkit.{name}"
            _write(
                DOCS / "api" / "generated" / f"{title}.rst",
                "\n".join(
                    [
                        title,
                        "=" * len(title),
                        "",
                        ".. currentmodule:: graphkit",
                        "",
                        f".. data:: {name}",
                        "",
                        *(
                            f"   {line}" if line else ""
                            for line in data_docstring(name).splitlines()
                        ),
                        "",
                    ]
                ),
            )


def write_cli() -> None:
    lines = [
        "# Command-line reference",
        "",
        "Generated from the argument parser of `graphkit`: every command with every option. "
        "Exit codes: 0 success, 1 bad input (the located reasons on standard error), 2 "
        "wrong usage. See {doc}`/guide/command-line` for a guided tour.",
        "",
    ]
    for command, parser in cli_commands():
        depth = "#" * (2 + command.count(" "))
        lines += [
            f"({cli_anchor(command)})=",
            f"{depth} graphkit {command}",
            "",
            "```text",
            parser.format_help().rstrip(),
            "```",
            "",
        ]
    _write(GENERATED / "cli.md", "\n".join(lines))


def _swatch(colour: str) -> str:
    safe = html.escape(colour)
    return (
        f'<span class="gk-swatch" style="background:{safe}" title="{safe}"></span> '
        f"<code>{safe}</code>"
    )


def write_vocabulary() -> None:
    import graphkit as gk
    from graphkit.core.vocabulary import MODES

    vocabulary = gk.default_vocabulary()
    relations = [vocabulary.relation(name) for name in vocabulary.relation_names()]
    kinds = [vocabulary.kind(name) for name in vocabulary.kind_names()]
    text = [f"## Relation types ({len(relations)})", ""]
    for mode in MODES:
        rows = sorted((r for r in relations if r.mode == mode), key=lambda r: (-r.polarity, r.name))
        text += [
            f"### {mode.capitalize()} ({len(rows)})",
            "",
            "| relation type | polarity | symmetric | the source ... the target | colour |",
            "|---|---|---|---|---|",
            *(
                f"| `{r.name}` | {r.polarity:+d} | {'yes' if r.symmetric else 'no'} | "
                f"{r.description} | {_swatch(r.color)} |"
                for r in rows
            ),
            "",
        ]
    text += [
        f"## Actor kinds ({len(kinds)})",
        "",
        "| actor kind | place | shape | meaning | colour |",
        "|---|---|---|---|---|",
        *(
            f"| `{k.name}` | {'yes' if k.place else 'no'} | {k.shape} | {k.description} | "
            f"{_swatch(k.color)} |"
            for k in kinds
        ),
        "",
    ]
    _write(GENERATED / "vocabulary-tables.md", "\n".join(text))


def copy_notebooks() -> list[str]:
    target = GENERATED / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        data = path.read_bytes()
        copy = target / path.name
        if not copy.exists() or copy.read_bytes() != data:
            copy.write_bytes(data)
        names.append(path.stem)
    return names


def draw_gallery() -> None:
    import graphkit as gk

    folder = GENERATED / "gallery"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name in sorted(gk.DATASETS):
        G = gk.load_dataset(name)
        A = gk.annotate(G, time_limit=10)
        picture = folder / f"{name}.png"
        if not picture.exists():
            gk.to_image(A, picture, color_by="camp", size_by="pagerank")
        entries += [
            f"## {G.graph.get('title') or name}",
            "",
            f"`gk.load_dataset({name!r})`: {G.number_of_nodes()} actors, "
            f"{G.number_of_edges()} relations, coloured by camp and sized by PageRank "
            "(`gk.to_image(gk.annotate(G), path, color_by='camp', size_by='pagerank')`).",
            "",
            f"```{{image}} gallery/{name}.png",
            f":alt: the {name} dataset drawn by graphkit",
            "```",
            "",
        ]
    _write(GENERATED / "gallery.md", "\n".join(["# Gallery", "", *entries]))


def _write(path: Path, text: str) -> None:
    """Write only when the text changed, so Sphinx rebuilds only what changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def generate() -> None:
    write_api()
    write_cli()
    write_vocabulary()
    copy_notebooks()
    draw_gallery()


def setup(app):
    app.connect("config-inited", lambda app, config: generate())
    return {"parallel_read_safe": True, "parallel_write_safe": True}
