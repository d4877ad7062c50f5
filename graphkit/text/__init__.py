"""Relations proposed from text, with their evidence, for an analyst to review and accept.

``extract_relations`` reads articles with spaCy and proposes one row per candidate
relation between the actors of a table (the sentence, its span, the trigger, negation,
hedges and who said it); ``write_review`` and ``read_review`` carry the review table to a
spreadsheet and back; ``accept_relations`` turns the rows marked ``ok`` into validated
relations rows and ``append_relations`` adds them to a relations table; ``propose_actors``
lists the parties the texts name that the actors table lacks, as new actors to review
(``write_proposals`` writes them for a spreadsheet), ``accept_actors`` validates the ones
kept and ``append_actors`` adds them to an actors table. ``extract_relations_on_spark``
runs the same extraction over documents in a Spark table, on the cluster's workers.
Importing this package loads neither spaCy nor its
model; the first extraction does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..base.lazy import lazy_exports

_EXPORTS = {
    "REVIEW_COLUMNS": ".extraction",
    "extract_relations": ".extraction",
    "extract_relations_on_spark": ".distributed",
    "accept_relations": ".review",
    "append_relations": ".review",
    "read_review": ".review",
    "write_review": ".review",
    "RelationLexicon": ".lexicon",
    "read_lexicon": ".lexicon",
    "english_pipeline": ".pipeline",
    "propose_actors": ".unknown_actors",
    "accept_actors": ".actor_review",
    "append_actors": ".actor_review",
    "write_proposals": ".actor_review",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "REVIEW_COLUMNS",
    "RelationLexicon",
    "accept_actors",
    "accept_relations",
    "append_actors",
    "append_relations",
    "english_pipeline",
    "extract_relations",
    "extract_relations_on_spark",
    "propose_actors",
    "read_lexicon",
    "read_review",
    "write_proposals",
    "write_review",
]

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time, __getattr__ loads these
    from .actor_review import accept_actors, append_actors, write_proposals
    from .distributed import extract_relations_on_spark
    from .extraction import REVIEW_COLUMNS, extract_relations
    from .lexicon import RelationLexicon, read_lexicon
    from .pipeline import english_pipeline
    from .review import accept_relations, append_relations, read_review, write_review
    from .unknown_actors import propose_actors
