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

from .balance import (
    BalanceReport,
    balance,
    camps,
    frustrated_edges,
    frustration_index,
)
from .build import build_graph, diff, relation_subgraph, signed_graph, snapshot
from .centrality import centrality, pn_centrality
from .datasets import DATASETS, load_dataset
from .errors import DataError, Problem
from .export import FORMATS, read_graph, write_graph
from .image import to_figure, to_image
from .implied import implied_relations
from .io import read_actors, read_relations
from .jupyter import GraphView, show
from .layout import force_layout
from .render import html_page, to_html, view_model
from .vocabulary import (
    Vocabulary,
    add_actor_kind,
    add_relation_type,
    default_vocabulary,
)

__version__ = "0.1.0"

__all__ = [
    "DATASETS",
    "FORMATS",
    "BalanceReport",
    "DataError",
    "GraphView",
    "Problem",
    "Vocabulary",
    "__version__",
    "add_actor_kind",
    "add_relation_type",
    "balance",
    "build_graph",
    "camps",
    "centrality",
    "default_vocabulary",
    "diff",
    "force_layout",
    "frustrated_edges",
    "frustration_index",
    "html_page",
    "implied_relations",
    "load_dataset",
    "pn_centrality",
    "read_actors",
    "read_graph",
    "read_relations",
    "relation_subgraph",
    "show",
    "signed_graph",
    "snapshot",
    "to_figure",
    "to_html",
    "to_image",
    "view_model",
    "write_graph",
]
