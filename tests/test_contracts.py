"""The contract every public name keeps, generated from ``gk.__all__``, never a hand list.

- Functions whose first argument is a graph leave it as it was (its whole deep state,
  compared before and after), on the bundled Syria graph and on a plain signed graph,
  whether they accept the plain graph or refuse it.
- Every public name has a numpydoc docstring: a summary, sections numpydoc knows in its
  order, every parameter documented, a ``Returns`` section where something is returned,
  and an ``Examples`` section (the doctest run runs it); constants have an attribute
  docstring in their module.
- Every parameter and the return of every public function, and the parameters of public
  classes, carry type hints.
- The lazy export maps (``_EXPORTS``), ``__all__`` and the ``TYPE_CHECKING`` imports of
  every package agree, and each name is exported from the module that defines it.
- Every exception and warning graphkit defines, and every graphkit class a public
  function takes or returns, is a public name (``gk.X``).

Breaches in modules other helpers are restructuring (events, text, cli) and in the base
layer are listed in :data:`KNOWN_FAILURES`: each is a strict ``xfail`` naming its reason,
so it turns red, and must be removed, once fixed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import pkgutil
import re
import sys
from pathlib import Path

import networkx as nx
import pytest
from graph_state import graph_state_of
from parts import need_module

import graphkit as gk

PUBLIC = [name for name in gk.__all__ if name != "__version__"]
OBJECTS = {name: getattr(gk, name) for name in PUBLIC}
CLASSES = [n for n, o in OBJECTS.items() if inspect.isclass(o)]
FUNCTIONS = [n for n, o in OBJECTS.items() if callable(o) and n not in CLASSES]
"""Functions, wrapped ones too (``functools.cache``)."""
DATA = [n for n in PUBLIC if n not in FUNCTIONS and n not in CLASSES]

KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def cases(check: str, names) -> list:
    """``names`` as test parameters, a strict xfail where KNOWN_FAILURES lists one."""
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[check, name])]
            if (check, name) in KNOWN_FAILURES
            else [],
        )
        for name in names
    ]


def test_known_failures_name_real_checks_and_names():
    checks = {"docstring", "type hints", "exported classes", "exceptions", "mutation"}
    for check, name in KNOWN_FAILURES:
        assert check in checks, check
        assert name in PUBLIC or name in exception_classes(), f"stale entry {name!r}"


# -- graphs are not mutated -----------------------------------------------------------


def takes_a_graph_first(function) -> bool:
    first = next(iter(inspect.signature(function).parameters.values()), None)
    if first is None:
        return False
    annotation = str(first.annotation)
    return first.name.startswith("G") or "Graph" in annotation


def takes_graphs_first(function) -> bool:
    """A function over several graphs (``combine(graphs)``)."""
    first = next(iter(inspect.signature(function).parameters.values()), None)
    return first is not None and first.name == "graphs"


GRAPH_FIRST = [n for n in FUNCTIONS if takes_a_graph_first(OBJECTS[n])]


def extra_arguments(name: str, G: nx.Graph, tmp_path: Path) -> tuple[tuple, dict]:
    """The further arguments a graph-first function needs (none for most)."""
    other = G.copy()  # diff's second graph, checked unchanged too
    return {
        "relation_subgraph": (("backs",), {}),
        "snapshot": (("2024-12-05",), {}),
        "diff": ((other,), {}),
        "to_html": ((tmp_path / "page.html",), {}),
        "to_image": ((tmp_path / "graph.png",), {}),
        "write_graph": ((tmp_path / "graph.graphml",), {}),
        "show": ((), {"open": False}),
    }.get(name, ((), {}))


def required_after_the_first(function) -> list[str]:
    parameters = list(inspect.signature(function).parameters.values())[1:]
    return [
        p.name
        for p in parameters
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]


def plain_signed_graph() -> nx.Graph:
    """A signed graph as networkx users make one: an nx.Graph with ``sign`` on each edge."""
    G = nx.Graph(name="plain")
    G.add_edges_from(
        [
            ("a", "b", {"sign": 1}),
            ("b", "c", {"sign": 1}),
            ("a", "c", {"sign": -1}),
            ("c", "d", {"sign": -1, "weight": 0.5, "start": "2024-01"}),
        ]
    )
    G.nodes["a"]["name"] = "A"
    return G


def test_every_graph_first_function_has_its_arguments(tmp_path):
    assert {"signed_graph", "centrality", "balance", "to_html", "write_graph"} <= set(GRAPH_FIRST)
    for name in GRAPH_FIRST:
        given, _ = extra_arguments(name, nx.Graph(), tmp_path)
        assert len(given) == len(required_after_the_first(OBJECTS[name])), name


@pytest.mark.parametrize("graph", ["syria", "plain signed graph"])
@pytest.mark.parametrize("name", cases("mutation", GRAPH_FIRST))
def test_a_graph_given_first_is_left_as_it_was(name, graph, tmp_path):
    if name == "widget":
        need_module("anywidget", "pip install 'graphkit-actors[widget]'")
    G = gk.load_dataset("syria-2024") if graph == "syria" else plain_signed_graph()
    args, kwargs = extra_arguments(name, G, tmp_path)
    graphs = [G, *(a for a in args if isinstance(a, nx.Graph))]
    first: object = G
    if takes_graphs_first(OBJECTS[name]):  # combine([G1, G2]): both must stay as they were
        other = gk.load_dataset("gdelt-2019-10") if graph == "syria" else plain_signed_graph()
        graphs.append(other)
        first = [G, other]
    before = [graph_state_of(H) for H in graphs]
    try:
        result = OBJECTS[name](first, *args, **kwargs)
    except (gk.DataError, ValueError, TypeError, KeyError) as exc:
        # refusing a graph is fine (a plain graph lacks what some functions need), but
        # the graph must be as it was, and the refusal must be for the plain graph only
        assert graph != "syria", f"{name} refused the bundled graph: {exc!r}"
        result = None
    assert [graph_state_of(H) for H in graphs] == before
    if isinstance(result, nx.Graph):  # a graph returned shares no attribute dict with G
        result.graph["changed"] = True
        for _, d in result.nodes(data=True):
            d["changed"] = True
        for *_, d in result.edges(data=True):
            d["changed"] = True
        assert [graph_state_of(H) for H in graphs] == before


# -- docstrings -------------------------------------------------------------------------

NUMPYDOC_SECTIONS = [
    "Parameters",
    "Attributes",
    "Returns",
    "Yields",
    "Receives",
    "Other Parameters",
    "Raises",
    "Warns",
    "Warnings",
    "See Also",
    "Notes",
    "References",
    "Examples",
    "Methods",
]
"""Section names numpydoc knows, in the order it expects them (Attributes right after
Parameters, as in a class docstring)."""


def sections(doc: str) -> dict[str, list[str]]:
    """A docstring's sections: title -> lines, ``""`` for the summary and description."""
    lines = inspect.cleandoc(doc).splitlines()
    out: dict[str, list[str]] = {"": []}
    title = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        underline = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if line.strip() and underline and set(underline) == {"-"}:
            assert len(underline) == len(line.strip()), f"underline of {line.strip()!r}"
            title = line.strip()
            assert title not in out, f"section {title!r} twice"
            out[title] = []
            i += 2
            continue
        out[title].append(line)
        i += 1
    return out


def documented_names(lines: list[str]) -> list[str]:
    """The names a Parameters (or Attributes) section lists: ``name : type`` lines at the
    left margin, several names separated by commas."""
    names = []
    for line in lines:
        if line and not line[0].isspace():
            head = line.split(" : ")[0]
            names += [n.strip().lstrip("*") for n in head.split(",")]
    return names


def signature_names(function) -> list[str]:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in parameters if p.name != "self"]


def own_init(cls) -> bool:
    """True when the class (or a graphkit base) defines ``__init__`` (or is a dataclass)."""
    init = cls.__init__
    return getattr(init, "__module__", "").startswith("graphkit") or hasattr(
        cls, "__dataclass_fields__"
    )


def docstring_problems(name: str) -> list[str]:
    obj = OBJECTS[name]
    doc = obj.__doc__
    if not doc or not doc.strip():
        return ["no docstring"]
    problems = []
    parts = sections(doc)
    if not parts[""] or not parts[""][0].strip():
        problems.append("no summary line")
    titles = [t for t in parts if t]
    unknown = [t for t in titles if t not in NUMPYDOC_SECTIONS]
    if unknown:
        problems.append(f"sections numpydoc does not know: {unknown}")
    known = [t for t in titles if t in NUMPYDOC_SECTIONS]
    if known != sorted(known, key=NUMPYDOC_SECTIONS.index):
        problems.append(f"sections out of numpydoc's order: {known}")
    if not any(line.lstrip().startswith(">>> ") for line in parts.get("Examples", [])):
        problems.append("no Examples section with an example")
    if name in FUNCTIONS:
        wanted = signature_names(obj)
        returns = inspect.signature(obj).return_annotation
        if returns not in ("None", None) and not {"Returns", "Yields"} & set(parts):
            problems.append("no Returns section")
    elif own_init(obj):
        wanted = signature_names(obj)
    else:
        wanted = []
    listed = documented_names(parts.get("Parameters", []) + parts.get("Attributes", []))
    missing = [p for p in wanted if p not in listed]
    if missing:
        problems.append(f"parameters not documented: {missing}")
    if name in FUNCTIONS:
        unknown_names = [p for p in documented_names(parts.get("Parameters", [])) if p]
        extra = [p for p in unknown_names if p not in wanted]
        if extra:
            problems.append(f"documented parameters the function does not have: {extra}")
    return problems


@pytest.mark.parametrize("name", cases("docstring", FUNCTIONS + CLASSES))
def test_every_public_callable_has_a_numpydoc_docstring_with_examples(name):
    assert docstring_problems(name) == []


def attribute_docstring(module_name: str, name: str) -> str | None:
    """The string literal right after ``name = ...`` at the top of the module."""
    source = Path(sys.modules[module_name].__file__ or "").read_text(encoding="utf-8")
    body = ast.parse(source).body
    for statement, following in itertools.pairwise(body):
        targets = (
            statement.targets
            if isinstance(statement, ast.Assign)
            else [statement.target]
            if isinstance(statement, ast.AnnAssign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
                return following.value.value
            return None
    return None


@pytest.mark.parametrize("name", DATA)
def test_every_public_constant_has_an_attribute_docstring(name):
    module = "graphkit" + gk._EXPORTS[name]
    importlib.import_module(module)
    doc = attribute_docstring(module, name)
    assert doc and doc.strip(), f"{module}.{name} has no docstring"


# -- type hints -------------------------------------------------------------------------


def unannotated(function, *, returns: bool) -> list[str]:
    signature = inspect.signature(function)
    missing = [
        p.name
        for p in signature.parameters.values()
        if p.name != "self" and p.annotation is inspect.Parameter.empty
    ]
    if returns and signature.return_annotation is inspect.Signature.empty:
        missing.append("return")
    return missing


@pytest.mark.parametrize("name", cases("type hints", FUNCTIONS))
def test_every_public_function_has_type_hints(name):
    assert unannotated(OBJECTS[name], returns=True) == []


@pytest.mark.parametrize("name", cases("type hints", [c for c in CLASSES if own_init(OBJECTS[c])]))
def test_every_public_class_has_typed_parameters(name):
    assert unannotated(OBJECTS[name], returns=False) == []


def test_classes_with_parameters_of_their_own_are_checked():
    assert {"DataError", "Vocabulary", "BalanceReport", "GraphView"} <= {
        c for c in CLASSES if own_init(OBJECTS[c])
    }


# -- the export maps --------------------------------------------------------------------


def packages() -> list[str]:
    names = ["graphkit"] + [
        m.name for m in pkgutil.walk_packages(gk.__path__, "graphkit.") if m.ispkg
    ]
    return [n for n in names if hasattr(importlib.import_module(n), "_EXPORTS")]


def type_checking_imports(package: str) -> dict[str, str]:
    """``{name: ".module"}`` of the package's ``if TYPE_CHECKING:`` block."""
    path = Path(importlib.import_module(package).__file__ or "")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom), ast.dump(statement)
                for alias in statement.names:
                    out[alias.asname or alias.name] = "." * statement.level + (
                        statement.module or ""
                    )
    return out


def test_lazy_packages_are_found():
    assert {"graphkit", "graphkit.core", "graphkit.io", "graphkit.events"} <= set(packages())


@pytest.mark.parametrize("package", packages())
def test_the_export_map_all_and_type_checking_imports_agree(package):
    module = importlib.import_module(package)
    exports: dict[str, str] = module._EXPORTS
    eager = {
        n
        for n, v in vars(module).items()
        if not n.startswith("_") and not inspect.ismodule(v) and n not in exports
    } - {"TYPE_CHECKING", "annotations", "lazy_exports"}
    assert len(module.__all__) == len(set(module.__all__)), "a name twice in __all__"
    assert set(module.__all__) - {"__version__"} == set(exports) | eager
    assert set(dir(module)) >= set(module.__all__)
    imported = type_checking_imports(package)
    if imported or package == "graphkit":
        assert imported == exports
    for name, where in exports.items():
        defining = importlib.import_module(where, package)
        value = getattr(module, name)
        assert getattr(defining, name) is value
        if inspect.isfunction(value) or inspect.isclass(value):
            assert value.__module__ == defining.__name__, (
                f"{package}.{name} is exported from {defining.__name__}, "
                f"but defined in {value.__module__}"
            )


def test_removed_names_say_what_to_use():
    with pytest.raises(AttributeError, match="immutable"):
        gk.add_relation_type  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        gk.no_such_name  # noqa: B018


# -- classes and exceptions -------------------------------------------------------------


def all_modules() -> list[str]:
    return ["graphkit", *sorted(m.name for m in pkgutil.walk_packages(gk.__path__, "graphkit."))]


def exception_classes() -> list[str]:
    """``module.Name`` of every exception and warning class graphkit defines (a ``class``
    statement in the module's source), except those private by their name
    (``_Truncated``: a signal inside one module)."""
    out = []
    for module_name in all_modules():
        module = importlib.import_module(module_name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                value = vars(module).get(node.name)
                if inspect.isclass(value) and issubclass(value, BaseException):
                    out.append(f"{module_name}.{node.name}")
    return sorted(out)


@pytest.mark.parametrize("qualified", cases("exceptions", exception_classes()))
def test_every_exception_and_warning_is_public_and_in_the_errors_module(qualified):
    module, _, name = qualified.rpartition(".")
    assert module == "graphkit.base.errors"
    assert name in gk.__all__ and getattr(gk, name) is getattr(sys.modules[module], name)


def test_the_errors_module_defines_what_graphkit_exports():
    errors = importlib.import_module("graphkit.base.errors")
    exported = {n for n in gk.__all__ if inspect.isclass(getattr(gk, n))}
    for name in errors.__all__:
        value = getattr(errors, name)
        if inspect.isclass(value) and value.__module__ == errors.__name__:
            assert name in exported, name


def graphkit_classes_in(annotation: str, module) -> list[type]:
    """The graphkit classes an annotation names, looked up in the function's module."""
    out = []
    for dotted in re.findall(r"[A-Za-z_][\w.]*", annotation):
        head, *rest = dotted.split(".")
        value = vars(module).get(head)
        for part in rest:
            value = getattr(value, part, None)
        if inspect.isclass(value) and value.__module__.startswith("graphkit"):
            out.append(value)
    return out


def signature_classes(name: str) -> list[type]:
    function = OBJECTS[name]
    module = sys.modules[function.__module__]
    signature = inspect.signature(function)
    annotations = [str(p.annotation) for p in signature.parameters.values()]
    annotations.append(str(signature.return_annotation))
    return [c for a in annotations for c in graphkit_classes_in(a, module)]


@pytest.mark.parametrize("name", cases("exported classes", FUNCTIONS))
def test_every_graphkit_class_a_public_function_takes_or_returns_is_public(name):
    for cls in signature_classes(name):
        assert getattr(gk, cls.__name__, None) is cls, f"{cls.__module__}.{cls.__name__}"


def test_classes_in_signatures_are_found():
    assert gk.BalanceReport in signature_classes("balance")
    assert gk.ValidationReport in signature_classes("validate")
