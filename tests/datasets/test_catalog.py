"""The bundled dataset: the report's actors and statements, loadable from anywhere."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import graphkit as gk

ACTORS_NAMED_IN_REPORT = {
    "hts",
    "syrian_government",
    "bashar_al_assad",
    "turkey",
    "recep_tayyip_erdogan",
    "israel",
    "iran",
    "united_states",
    "jake_sullivan",
    "sdf",
    "al_qaeda",
    "jabhat_al_nusra",
    "abu_mohammad_al_julani",
    "sohr",
    "hama",
    "homs",
    "damascus",
    "quneitra_province",
    "deraa",
    "suwayda",
    "golan_heights",
}

STATEMENTS = [
    ("turkey", "hts", "backs"),
    ("turkey", "syrian_government", "opposes"),
    ("israel", "iran", "warns"),
    ("iran", "syrian_government", "backs"),
    ("united_states", "sdf", "backs"),
    ("united_states", "hts", "designates_terrorist"),
    ("united_states", "hts", "favours"),
    ("united_states", "hts_founding_factions", "funds"),
    ("hts_founding_factions", "hts", "merged_into"),
    ("hts", "israel", "courts"),
    ("jabhat_al_nusra", "al_qaeda", "splits_from"),
    ("abu_mohammad_al_julani", "hts", "leads"),
    ("hts", "hama", "captures"),
    ("hts", "homs", "attacks"),
]


def test_every_named_actor_is_present(syria):
    assert set(syria) >= ACTORS_NAMED_IN_REPORT


@pytest.mark.parametrize("edge", STATEMENTS, ids=lambda e: "-".join(e))
def test_stated_relations_are_edges(syria, edge):
    assert syria.has_edge(*edge)


def test_dates_given_by_the_report(syria):
    assert syria.edges["hts", "hama", "captures"]["start"] == "2024-12-05"
    assert syria.edges["hts", "homs", "attacks"]["start"] == "2024-12-07"
    assert syria.edges["jabhat_al_nusra", "al_qaeda", "splits_from"]["start"] == "2016"
    assert syria.edges["hts_founding_factions", "hts", "merged_into"]["start"] == "2017"


def test_unknown_dataset_lists_the_available_ones():
    with pytest.raises(KeyError, match="syria-2024"):
        gk.load_dataset("syria")


def test_loads_from_any_directory(tmp_path):
    code = "import graphkit as gk; print(gk.load_dataset().number_of_edges())"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert int(result.stdout) == gk.load_dataset().number_of_edges()


def test_installed_wheel_carries_the_dataset(tmp_path):
    """A non-editable install (pip install .) finds the data inside the package."""
    root = Path(__file__).parents[2]
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", tmp_path / "dist", root],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("graphkit_actors-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", target, wheel], check=True, capture_output=True
    )
    code = (
        "import graphkit as gk; G = gk.load_dataset(); "
        "print(gk.__file__); print(G.number_of_edges())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    location, edges = result.stdout.split()
    assert Path(location).is_relative_to(target)
    assert int(edges) == gk.load_dataset().number_of_edges()
