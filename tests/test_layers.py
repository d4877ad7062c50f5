"""Imports run one way: base < core < io < datasets < analysis < render < events, text < cli.

Every ``import`` and ``from ... import`` in the package is checked, function-local ones and
those only for type checkers included, and so are the module paths of the lazy re-export
tables. ``events`` and ``text`` never import each other or ``render``; only the command
line (and the top-level ``__init__``, which re-exports the public API) imports the
package as a whole.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graphkit"

LAYERS = {
    "base": 0,
    "core": 1,
    "io": 2,
    "datasets": 3,
    "analysis": 4,
    "render": 5,
    "events": 6,
    "text": 6,
    "cli": 7,
    "__main__": 8,
}
"""The layer of each part of the package; a part imports only parts of a lower layer (or
itself)."""

APART = {("events", "text"), ("text", "events"), ("events", "render"), ("text", "render")}
"""Parts that never import each other although the order alone would allow it."""


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    if not level:
        return target or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([target] if target else [])])


def imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every graphkit import in a file, lazy tables included."""
    module, is_package = module_name(path, root), path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = resolve(module, is_package, node.level, node.module)
            if target == "graphkit" or target.startswith("graphkit."):
                # `from graphkit import core` names a module: count the module itself
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    is_module = any(
                        (root.parent / sub.replace(".", "/")).with_suffix(suffix).exists()
                        for suffix in ("", ".py")
                    )
                    found.append((node.lineno, sub if is_module else target))
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "graphkit"
            ]
        elif isinstance(node, ast.Assign) and is_package and isinstance(node.value, ast.Dict):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if names == ["_EXPORTS"]:
                for value in node.value.values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        dots = len(value.value) - len(value.value.lstrip("."))
                        found.append(
                            (value.lineno, resolve(module, True, dots, value.value[dots:] or None))
                        )
    return found


def part(module: str) -> str | None:
    """The part (top-level subpackage) of a graphkit module; None for the package itself."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else None


def upward_imports(root: Path = PACKAGE) -> list[str]:
    wrong = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        here = part(module)
        if here is None:
            continue  # graphkit/__init__.py: the public API, re-exported
        for line, target in imports(path, root):
            there = part(target)
            where = f"{path.relative_to(root.parent)}:{line}: {module} imports {target}"
            if there is None:
                if LAYERS[here] < LAYERS["cli"]:
                    wrong.append(f"{where} (the whole package)")
            elif there != here and (LAYERS[there] >= LAYERS[here] or (here, there) in APART):
                wrong.append(where)
    return wrong


def test_every_part_has_a_layer():
    parts = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()}
    parts = {p for p in parts if not p.startswith(("_", ".")) or p == "__main__"}
    assert parts - {"py", "data"} <= set(LAYERS) | {"data"}, parts - set(LAYERS)


def test_no_import_runs_upward():
    assert upward_imports() == []


@pytest.mark.parametrize(
    ("where", "line", "expected"),
    [
        ("core/vocabulary.py", "from ..io.files import atomic_write", "imports graphkit.io.files"),
        ("io/tables.py", "    from ..analysis import summary", "graphkit.analysis.summary"),
        ("events/reading.py", "from ..text import lexicon", "imports graphkit.text.lexicon"),
        ("text/review.py", "import graphkit as gk", "(the whole package)"),
        ("base/table.py", "from graphkit.core import schema", "graphkit.core.schema"),
    ],
)
def test_the_check_finds_an_upward_import(tmp_path, where, line, expected):
    copy = tmp_path / "graphkit"
    copy.mkdir()
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    victim = copy / where
    source = victim.read_text(encoding="utf-8")
    if line.startswith("    "):
        source += f"\n\ndef _late():\n{line}\n"
    else:
        source += f"\n{line}\n"
    victim.write_text(source, encoding="utf-8")
    wrong = upward_imports(copy)
    assert len(wrong) == 1 and expected in wrong[0], wrong
