"""graphkit: typed, signed, dated and sourced actor-relationship graphs.

Read actors and relations, build a plain :class:`networkx.MultiDiGraph`, analyse it
(centrality, structural balance, camps, implied alignments, change over time) and
show it as a self-contained HTML page or in Jupyter.

Examples
--------
>>> import graphkit as gk
>>> G = gk.load_dataset("syria-2024")
>>> G.edges["israel", "iran", "warns"]["mode"]
'verbal'
"""

from .build import build_graph, diff, relation_subgraph, signed_graph, snapshot
from .datasets import DATASETS, load_dataset
from .errors import DataError, Problem
from .export import FORMATS, read_graph, write_graph
from .io import read_actors, read_relations

# -- analytics (centrality.py, balance.py): imports below this line
# -- end analytics
# -- rendering (render.py and friends): imports below this line
# -- end rendering
from .vocabulary import (
    Vocabulary,
    add_actor_kind,
    add_relation_type,
    default_vocabulary,
)

__version__ = "0.1.0"

__all__ = [
    # -- analytics names below this line
    # -- end analytics names
    # -- rendering names below this line
    # -- end rendering names
    "DATASETS",
    "FORMATS",
    "DataError",
    "Problem",
    "Vocabulary",
    "__version__",
    "add_actor_kind",
    "add_relation_type",
    "build_graph",
    "default_vocabulary",
    "diff",
    "load_dataset",
    "read_actors",
    "read_graph",
    "read_relations",
    "relation_subgraph",
    "signed_graph",
    "snapshot",
    "write_graph",
]
