"""Every relation type shown at once can be told apart, with normal colour vision and with
the common deficiencies; city and province are drawn differently."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import graphkit as gk
from graphkit.render import palette

# Sharma, Wu and Dalal (2005), Table 1: pairs of CIELAB colours and their CIEDE2000.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA)
def test_ciede2000_matches_the_published_test_pairs(lab1, lab2, expected):
    assert palette._ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert palette._ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_red_and_green_of_one_lightness_are_close_for_a_red_green_deficiency():
    red, green = "#c0392b", "#6a8d18"  # far apart for normal vision
    normal = palette._ciede2000(palette._views(red)[0], palette._views(green)[0])
    assert normal > 40
    assert palette.colour_difference(red, green) < 12  # the deficient views decide


def _every_type_graph() -> nx.MultiDiGraph:
    names = gk.default_vocabulary().relation_names()
    actors = [f"a{i}" for i in range(len(names) + 1)]
    G = gk.build_graph(
        _frame(id=actors, name=actors, kind=["state"] * len(actors)),
        _frame(source=actors[:-1], target=actors[1:], relation=names),
    )
    return G


def _frame(**columns):
    import pandas as pd

    return pd.DataFrame(columns)


def test_every_type_of_the_vocabulary_drawn_at_once_is_told_apart():
    legend = gk.view_model(_every_type_graph(), size_by=None)["legend"]["relations"]
    assert len(legend) == len(gk.default_vocabulary().relation_names())
    for one, other in itertools.combinations(legend, 2):
        if one["dashes"] == other["dashes"]:
            difference = palette.colour_difference(one["color"], other["color"])
            assert difference >= palette.MIN_DIFFERENCE, (one["name"], other["name"])
            assert one["mode"] == other["mode"] or {one["mode"], other["mode"]} <= {
                "material",
                "",
            }


def test_modes_never_share_a_line_pattern():
    patterns = {mode: set(options) for mode, options in palette.PATTERNS.items()}
    for one, other in itertools.combinations(patterns, 2):
        assert not patterns[one] & patterns[other], (one, other)


@pytest.mark.parametrize(
    "names",
    [
        ("fights", "attacks"),
        ("leads", "member_of", "linked_to"),
        ("captures", "controls", "withdraws_from"),
    ],
)
def test_the_types_the_issue_found_alike_differ_by_colour_alone(names):
    vocab = gk.default_vocabulary()
    for one, other in itertools.combinations(names, 2):
        a, b = vocab.relation(one).color, vocab.relation(other).color
        assert palette.colour_difference(a, b) >= palette.MIN_DIFFERENCE, (one, other)


@pytest.mark.parametrize("dataset", ["syria-2024", "gdelt-2019-10"])
def test_the_bundled_datasets_need_no_pattern_beyond_their_modes(dataset):
    legend = gk.view_model(gk.load_dataset(dataset), size_by=None)["legend"]["relations"]
    first = {mode: options[0] for mode, options in palette.PATTERNS.items()}
    assert {r["name"]: r["dashes"] for r in legend} == {
        r["name"]: None if first[r["mode"]] is None else list(first[r["mode"]]) for r in legend
    }


def test_a_type_too_close_to_an_earlier_one_gets_the_next_pattern():
    assert palette.line_patterns(
        [("material", "#b2182b"), ("material", "#b71c1c"), ("material", "#0072b2")]
    ) == [None, (14, 4), None]
    # the order given is the priority: the first keeps the plain line
    assert palette.line_patterns([("material", "#b71c1c"), ("material", "#b2182b")]) == [
        None,
        (14, 4),
    ]


def test_city_and_province_are_drawn_in_different_shapes_and_colours():
    vocab = gk.default_vocabulary()
    city, province = vocab.kind("city"), vocab.kind("province")
    assert city.shape != province.shape
    assert palette.colour_difference(city.color, province.color) >= palette.MIN_DIFFERENCE
    shapes = [vocab.kind(k).shape for k in vocab.kind_names()]
    assert len(set(shapes)) == len(shapes)


def test_lighter_mixes_with_white():
    assert palette.lighter("#0072b2", 0.0) == "#0072b2"
    assert palette.lighter("#0072b2", 1.0) == "#ffffff"
    assert palette.lighter("#204060", 0.5) == "#90a0b0"
