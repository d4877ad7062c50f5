"""A symmetric relation given both ways between one pair is kept, and said to count twice."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import graphkit as gk

ACTORS = pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"], "kind": "state"})


def relations(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "target", "relation"])


def test_both_directions_of_a_symmetric_relation_warn_with_their_lines():
    rows = relations([("a", "b", "fights"), ("a", "c", "backs"), ("b", "a", "fights")])
    with pytest.warns(
        gk.SymmetricRelationWarning, match=r"fights between 'a' and 'b' \(lines 2, 4\)"
    ):
        G = gk.build_graph(ACTORS, rows)
    assert G.number_of_edges() == 3  # nothing is dropped


@pytest.mark.parametrize(
    "rows",
    [
        [("a", "b", "backs"), ("b", "a", "backs")],  # not symmetric: two relations
        [("a", "b", "fights"), ("a", "c", "fights")],  # two pairs
        [("a", "b", "fights"), ("b", "a", "consults")],  # two types
    ],
)
def test_other_relations_do_not_warn(rows):
    with warnings.catch_warnings():
        warnings.simplefilter("error", gk.SymmetricRelationWarning)
        gk.build_graph(ACTORS, relations(rows))


def test_two_statements_of_a_symmetric_relation_do_not_warn():
    # two documents each saying the pair fights, one naming b first: two statements
    rows = relations([("a", "b", "fights"), ("b", "a", "fights")]).assign(
        evidence=["A and B clashed", "B attacked A's positions"], document=["d1", "d2"]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", gk.SymmetricRelationWarning)
        G = gk.build_graph(ACTORS, rows)
    assert G.number_of_edges() == 2


@pytest.mark.parametrize("name", sorted(gk.DATASETS))
def test_the_bundled_datasets_state_each_symmetric_relation_once(name):
    with warnings.catch_warnings():
        warnings.simplefilter("error", gk.SymmetricRelationWarning)
        gk.load_dataset(name)
