"""The vocabulary is data: bundled tables, validation, extension."""

import pandas as pd
import pytest

import graphkit as gk
from graphkit.core.vocabulary import MODES, Vocabulary

REQUIRED_TYPES = {
    "backs",
    "funds",
    "arms",
    "courts",
    "allied_with",
    "opposes",
    "fights",
    "attacks",
    "warns",
    "threatens",
    "sanctions",
    "designates_terrorist",
    "leads",
    "member_of",
    "merged_into",
    "splits_from",
    "captures",
    "controls",
}


def test_bundled_relation_types():
    types = Vocabulary().relation_types
    assert set(types.index) >= REQUIRED_TYPES
    assert set(types["polarity"]) <= {-1, 0, 1}
    assert set(types["mode"]) <= set(MODES)
    assert types.loc["fights", "symmetric"] and not types.loc["backs", "symmetric"]
    assert types.loc["opposes", "polarity"] == -1 and types.loc["funds", "polarity"] == 1


def test_bundled_actor_kinds():
    kinds = Vocabulary().actor_kinds
    assert {"state", "armed_group", "person", "city"} <= set(kinds.index)
    assert kinds.loc["city", "place"] and not kinds.loc["state", "place"]


def test_with_relation_type_returns_a_new_vocabulary_usable_in_data():
    base = Vocabulary()
    vocab = base.with_relation_type(
        "mediates", polarity=0, mode="verbal", description="brokers talks"
    )
    assert "mediates" not in base.relation_names()
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["mediates"]})
    G = gk.build_graph(actors, relations, vocabulary=vocab)
    assert G.edges["a", "b", "mediates"]["mode"] == "verbal"
    with pytest.raises(gk.DataError, match="mediates"):
        gk.build_graph(actors, relations, vocabulary=Vocabulary())


def test_building_with_a_redefined_type_leaves_the_default_unchanged():
    flipped = gk.default_vocabulary().with_relation_type("backs", polarity=-1, mode="material")
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["backs"]})
    G = gk.build_graph(actors, relations, vocabulary=flipped)
    assert G.edges["a", "b", "backs"]["polarity"] == -1
    assert gk.default_vocabulary().relation("backs").polarity == 1
    assert gk.build_graph(actors, relations).edges["a", "b", "backs"]["polarity"] == 1


def test_vocabulary_cannot_be_changed_in_place():
    vocab = Vocabulary()
    with pytest.raises(AttributeError, match="immutable"):
        vocab._relations = {}
    with pytest.raises(TypeError):
        vocab._relations["backs"] = None  # type: ignore[index]
    with pytest.raises(AttributeError, match="immutable"):
        gk.add_relation_type  # noqa: B018 - the removed module-level mutator says why


def test_graph_carries_its_vocabulary_through_files(tmp_path):
    mine = gk.default_vocabulary().with_relation_type(
        "mediates", polarity=0, mode="verbal", color="#123456"
    )
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["mediates"]})
    G = gk.build_graph(actors, relations, vocabulary=mine)
    assert gk.vocabulary_of(G) == mine
    for suffix in (".graphml", ".gexf", ".json"):
        again = gk.read_graph(gk.write_graph(G, tmp_path / f"g{suffix}"))
        assert gk.vocabulary_of(again) == mine, suffix


def test_graph_without_a_vocabulary_uses_the_bundled_one():
    import networkx as nx

    assert gk.vocabulary_of(nx.Graph()) == gk.default_vocabulary()


def test_a_broken_vocabulary_attribute_is_a_clear_error():
    import networkx as nx

    with pytest.raises(ValueError, match="'relation_types' is not a vocabulary table"):
        gk.vocabulary_of(nx.Graph(relation_types="{not json"))
    with pytest.raises(gk.DataError, match="1, 0 or -1"):
        gk.vocabulary_of(
            nx.Graph(relation_types='[{"name": "x", "polarity": 7, "mode": "verbal"}]')
        )


@pytest.mark.parametrize(
    ("kwargs", "column"),
    [
        (dict(polarity=2, mode="verbal"), "polarity"),
        (dict(polarity=1, mode="spoken"), "mode"),
        (dict(polarity=1, mode="verbal", color="green"), "color"),
    ],
)
def test_with_relation_type_validates(kwargs, column):
    with pytest.raises(gk.DataError) as info:
        Vocabulary().with_relation_type("x", **kwargs)
    assert [p.column for p in info.value.problems] == [column]


def test_bad_name_is_rejected():
    with pytest.raises(gk.DataError, match="lower-case name"):
        Vocabulary().with_actor_kind("Armed Group")


def test_custom_vocabulary_file_errors_are_located(tmp_path):
    path = tmp_path / "types.csv"
    path.write_text("name,polarity,mode\nbacks,1,material\nbacks,-1,verbal\nhits,-1,kinetic\n")
    with pytest.raises(gk.DataError) as info:
        Vocabulary(relation_types=path)
    assert [(p.line, p.column) for p in info.value.problems] == [(3, "name"), (4, "mode")]


def test_unknown_lookup_suggests():
    with pytest.raises(KeyError, match="did you mean 'warns'"):
        Vocabulary().relation("wrans")


def test_vocabulary_from_dataframes():
    types = Vocabulary().relation_types.reset_index()
    vocab = Vocabulary(
        relation_types=types[types["name"] != "warns"], actor_kinds=Vocabulary().actor_kinds
    )
    assert "warns" not in vocab.relation_names() and "backs" in vocab.relation_names()
    assert vocab.kind("city").place
