"""The datasets bundled with graphkit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..base.data_files import data_path
from ..base.hints import closest

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["DATASETS", "Dataset", "load_dataset"]


@dataclass(frozen=True)
class Dataset:
    """A bundled dataset: its files and what it is."""

    name: str
    title: str
    description: str
    actors: str
    relations: str


DATASETS = {
    "syria-2024": Dataset(
        name="syria-2024",
        title="Syria, 7 December 2024: the opposition offensive",
        description=(
            "Actors and relations stated in a news report of 7 December 2024 on the fall "
            "of Hama, the advance on Homs and the encirclement of Damascus: HTS and its "
            "al-Qaeda lineage, the Assad government, Turkey, Israel, Iran, the United "
            "States, the SDF, and the places taken."
        ),
        actors="actors.csv",
        relations="relations.csv",
    ),
    "gdelt-2019-10": Dataset(
        name="gdelt-2019-10",
        title="GDELT 2.0, 24 October 2019: 500 real events between countries",
        description=(
            "Relations between countries aggregated month by month from 500 real rows of "
            "one GDELT 2.0 event export (24 October 2019, 14:30 UTC; GDELT also re-reports "
            "events of September 2019 and October 2018), mapped through CAMEO: event "
            "counts, Goldstein sums, quad classes, top codes and source URLs on every "
            "edge. Built by graphkit.events.sample_dataset; provenance in "
            "data/samples/SOURCES.md."
        ),
        actors="gdelt-2019-10/actors.csv",
        relations="gdelt-2019-10/relations.csv",
    ),
}
"""The bundled datasets by name."""


def load_dataset(name: str = "syria-2024") -> nx.MultiDiGraph:
    """Load a bundled dataset as a graph (see :func:`~graphkit.build_graph`).

    Parameters
    ----------
    name : str, default "syria-2024"
        A key of :data:`DATASETS`.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph on every call, so changing it leaves the next one as bundled.

    Raises
    ------
    KeyError
        For an unknown name, listing the available ones.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> G.graph["name"], G.has_edge("turkey", "hts", key="backs")
    ('syria-2024', True)
    """
    try:
        dataset = DATASETS[name]
    except KeyError:
        raise KeyError(
            f"unknown dataset {name!r}{closest(name, DATASETS)}; available: {', '.join(DATASETS)}"
        ) from None
    from ..core.build import build_graph  # here: listing the datasets imports no pandas

    return build_graph(
        data_path(dataset.actors),
        data_path(dataset.relations),
        name=dataset.name,
        title=dataset.title,
        require_sources=True,
    )
