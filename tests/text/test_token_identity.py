"""No spaCy token is compared with ``is``: spaCy makes a new ``Token`` object on every
access (``doc[0] is doc[0]`` is False), so ``word.head is word`` is never true and a walk
up the tree that stops "at the root" that way never stops there (round 31 found a hang of
that kind; every such test in the package was made ``==``)."""

from __future__ import annotations

import ast
from pathlib import Path

import graphkit.text
from graphkit.text.pipeline import english_pipeline

TOKEN_NAMES = {
    "word",
    "token",
    "verb",
    "noun",
    "head",
    "participle",
    "child",
    "root",
    "clause",
    "trigger",
    "aux",
    "governor",
}
"""Names the text package gives spaCy tokens."""


def _token_like(node: ast.expr) -> bool:
    """A name or attribute the package gives tokens (``word``, ``word.head``,
    ``self.trigger``)."""
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_NAMES
    return isinstance(node, ast.Name) and node.id in TOKEN_NAMES


def identity_tests_of_tokens(source: str) -> list[int]:
    """Lines of ``source`` where a token-like expression is compared with ``is``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
            if (
                isinstance(op, ast.Is | ast.IsNot)
                and (_token_like(left) or _token_like(right))
                and not any(isinstance(s, ast.Constant) for s in (left, right))
            ):
                lines.append(node.lineno)
    return lines


def test_the_text_package_compares_no_token_with_is():
    package = Path(graphkit.text.__file__).parent
    found = {
        f"{path.relative_to(package)}:{line}"
        for path in sorted(package.rglob("*.py"))
        for line in identity_tests_of_tokens(path.read_text(encoding="utf-8"))
    }
    assert found == set()


def test_the_check_finds_an_identity_test_and_passes_equality():
    assert identity_tests_of_tokens("if word.head is word:\n    pass\n") == [1]
    assert identity_tests_of_tokens("x = verb.head is not verb\n") == [1]
    assert identity_tests_of_tokens("if word.head == word or word is None:\n    pass\n") == []


def test_tokens_are_new_objects_on_each_access_and_equal_by_position():
    doc = english_pipeline()("Russia attacked Ukraine.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head is not root  # why ``is`` cannot be used
    assert root.head == root
