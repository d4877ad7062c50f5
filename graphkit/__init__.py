"""graphkit: typed, signed, dated and sourced actor-relationship graphs.

Read actors and relations, build a plain :class:`networkx.MultiDiGraph`, analyse it
(centrality, structural balance, camps, implied alignments, change over time) and
show it as a self-contained HTML page or in Jupyter.

Every public name is importable from here (``gk.centrality(G)``); each is loaded from
its module on first use, so ``import graphkit`` stays fast and optional engines load
only when called.

Examples
--------
>>> import graphkit as gk
>>> G = gk.load_dataset("syria-2024")
>>> G.edges["israel", "iran", "warns"]["mode"]
'verbal'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base.errors import (
    AliasConflictWarning,
    DataError,
    EventProblemsWarning,
    GraphkitWarning,
    GraphWriteError,
    MissingDependencyError,
    ModelChecksumError,
    NotProvenOptimalWarning,
    Problem,
    SymmetricRelationWarning,
    UndefinedMeasureWarning,
)
from .base.lazy import lazy_exports

__version__ = "0.2.0"

_EXPORTS = {
    # core: vocabulary, tables -> graph, projections, time
    "Vocabulary": ".core.vocabulary",
    "default_vocabulary": ".core.vocabulary",
    "vocabulary_of": ".core.vocabulary",
    "build_graph": ".core.build",
    "signed_graph": ".core.projection",
    "relation_subgraph": ".core.projection",
    "snapshot": ".core.snapshots",
    "diff": ".core.snapshots",
    # io: reading, validating, graph files
    "read_actors": ".io.tables",
    "read_relations": ".io.tables",
    "validate": ".io.tables",
    "ValidationReport": ".io.tables",
    "FORMATS": ".io.graph_files",
    "read_graph": ".io.graph_files",
    "write_graph": ".io.graph_files",
    # datasets, and the reference of countries and bodies that joins sources
    "DATASETS": ".datasets.catalog",
    "load_dataset": ".datasets.catalog",
    "countries": ".datasets.reference",
    "resolve_countries": ".datasets.reference",
    "country_actors": ".datasets.reference",
    "link_actors": ".datasets.linking",
    "combine": ".datasets.linking",
    # analysis
    "centrality": ".analysis.centrality_table",
    "pn_centrality": ".analysis.centrality_table",
    "BalanceReport": ".analysis.signed.structural_balance",
    "balance": ".analysis.signed.structural_balance",
    "camps": ".analysis.signed.structural_balance",
    "camp_table": ".analysis.signed.structural_balance",
    "frustrated_edges": ".analysis.signed.structural_balance",
    "frustration_index": ".analysis.signed.structural_balance",
    "implied_relations": ".analysis.signed.implied",
    "annotate": ".analysis.annotation",
    "balance_over_time": ".analysis.temporal",
    "camps_over_time": ".analysis.temporal",
    "summarize": ".analysis.summary",
    "write_tables": ".analysis.summary",
    # render
    "force_layout": ".analysis.layout",
    "with_positions": ".analysis.layout",
    "view_model": ".render.scene",
    "html_page": ".render.page",
    "to_html": ".render.page",
    "to_figure": ".render.image",
    "to_image": ".render.image",
    "GraphView": ".render.notebook",
    "show": ".render.notebook",
    "plot_over_time": ".render.over_time_figure",
    "widget": ".render.notebook_widget",
    "GraphWidget": ".render.notebook_widget",
    # relations from text (spaCy: the extra graphkit-actors[extract])
    "extract_relations": ".text.extraction",
    "RelationLexicon": ".text.lexicon",
    "read_lexicon": ".text.lexicon",
    "accept_relations": ".text.review",
    "append_relations": ".text.review",
    "read_review": ".text.review",
    "write_review": ".text.review",
    "propose_actors": ".text.unknown_actors",
    "accept_actors": ".text.actor_review",
    "append_actors": ".text.actor_review",
    "write_proposals": ".text.actor_review",
    # event data (DuckDB, Ibis, Arrow: the extra graphkit-actors[events])
    "read_events": ".events.reading",
    "EventTable": ".events.reading",
    "as_events": ".events.canonical",
    "event_mapping": ".datasets.code_mappings",
    "aggregate_events": ".events.aggregation",
    "event_actors": ".events.actor_table",
    "describe_events": ".events.description",
    "EventDescription": ".events.description",
}

_REMOVED = {
    "add_relation_type": "a Vocabulary is immutable; use "
    "gk.default_vocabulary().with_relation_type(...) and pass vocabulary= to build_graph",
    "add_actor_kind": "a Vocabulary is immutable; use "
    "gk.default_vocabulary().with_actor_kind(...) and pass vocabulary= to build_graph",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, removed=_REMOVED)

__all__ = [
    "AliasConflictWarning",
    "DataError",
    "EventProblemsWarning",
    "GraphWriteError",
    "GraphkitWarning",
    "MissingDependencyError",
    "ModelChecksumError",
    "NotProvenOptimalWarning",
    "Problem",
    "SymmetricRelationWarning",
    "UndefinedMeasureWarning",
    "__version__",
    *sorted(_EXPORTS),
]


if TYPE_CHECKING:  # what type checkers and IDEs see; at run time, __getattr__ loads these
    from .analysis.annotation import annotate
    from .analysis.centrality_table import centrality, pn_centrality
    from .analysis.layout import force_layout, with_positions
    from .analysis.signed.implied import implied_relations
    from .analysis.signed.structural_balance import (
        BalanceReport,
        balance,
        camp_table,
        camps,
        frustrated_edges,
        frustration_index,
    )
    from .analysis.summary import summarize, write_tables
    from .analysis.temporal import balance_over_time, camps_over_time
    from .core.build import build_graph
    from .core.projection import relation_subgraph, signed_graph
    from .core.snapshots import diff, snapshot
    from .core.vocabulary import Vocabulary, default_vocabulary, vocabulary_of
    from .datasets.catalog import DATASETS, load_dataset
    from .datasets.code_mappings import event_mapping
    from .datasets.linking import combine, link_actors
    from .datasets.reference import countries, country_actors, resolve_countries
    from .events.actor_table import event_actors
    from .events.aggregation import aggregate_events
    from .events.canonical import as_events
    from .events.description import EventDescription, describe_events
    from .events.reading import EventTable, read_events
    from .io.graph_files import FORMATS, read_graph, write_graph
    from .io.tables import ValidationReport, read_actors, read_relations, validate
    from .render.image import to_figure, to_image
    from .render.notebook import GraphView, show
    from .render.notebook_widget import GraphWidget, widget
    from .render.over_time_figure import plot_over_time
    from .render.page import html_page, to_html
    from .render.scene import view_model
    from .text.actor_review import accept_actors, append_actors, write_proposals
    from .text.extraction import extract_relations
    from .text.lexicon import RelationLexicon, read_lexicon
    from .text.review import accept_relations, append_relations, read_review, write_review
    from .text.unknown_actors import propose_actors
