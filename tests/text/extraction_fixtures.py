"""Fixtures of the text-extraction tests: the English model, loaded once per session, and
an actors table for the sentences the tests write.

A module the tests import their fixtures from, not a ``conftest.py``: several
``conftest`` modules in sub-folders shadow one another under pytest's import mode."""

from pathlib import Path

import pandas as pd
import pytest
from parts import missing, need_module

DATA = Path(__file__).parent / "data"

__all__ = [
    "SCORED_OUT",
    "actors",
    "annotated_rows",
    "audit_params",
    "extract",
    "mentioned_rows",
    "nlp",
    "review_rows",
    "triples",
]

SCORED_OUT = frozenset({"reports_on", "comments_on", "captures", "controls", "withdraws_from"})
"""Relation types the annotation rules leave out (ANNOTATION.md; the corpus scorer's
``IGNORED_TYPES``): the audits' case tables expect no row of them either way."""


@pytest.fixture(scope="session")
def nlp():
    """spaCy's English pipeline, its files verified (skipped on a laptop without it, a
    failure in CI)."""
    need_module("spacy", "pip install 'graphkit-actors[extract]'")
    from graphkit.base.errors import MissingDependencyError
    from graphkit.text.pipeline import english_pipeline

    try:
        return english_pipeline()
    except MissingDependencyError as exc:
        missing(str(exc))


@pytest.fixture(scope="session")
def actors() -> pd.DataFrame:
    """Actors of several conflicts, with the aliases a user would write (never demonyms,
    capitals or possessives)."""
    rows = [
        ("turkey", "Turkey", "state", "Türkiye|Turkiye", "TUR"),
        ("qatar", "Qatar", "state", "", "QAT"),
        ("iran", "Iran", "state", "Islamic Republic of Iran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("united_states", "United States", "state", "US|U.S.|USA", "USA"),
        ("russia", "Russia", "state", "Russian Federation", "RUS"),
        ("ukraine", "Ukraine", "state", "", "UKR"),
        ("saudi_arabia", "Saudi Arabia", "state", "", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("syria", "Syria", "state", "", "SYR"),
        ("syrian_government", "Syrian government", "government", "Assad government", "SYR"),
        ("hts", "Hayat Tahrir al-Sham", "armed_group", "HTS|Tahrir al-Sham", "SYR"),
        ("sna", "Syrian National Army", "armed_group", "SNA", "SYR"),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("hezbollah", "Hezbollah", "armed_group", "Hizbollah", "LBN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah|Ansarallah", "YEM"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("al_qaeda", "al-Qaeda", "armed_group", "al-Qaida", ""),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("julani", "Abu Mohammad al-Julani", "person", "Julani|al-Julani", "SYR"),
        ("erdogan", "Recep Tayyip Erdogan", "person", "Erdogan|Erdoğan", "TUR"),
        ("putin", "Vladimir Putin", "person", "Putin", "RUS"),
        ("nasrallah", "Hassan Nasrallah", "person", "Nasrallah", "LBN"),
        ("damascus", "Damascus", "city", "", "SYR"),
        ("european_union", "European Union", "organisation", "EU", ""),
    ]
    return pd.DataFrame(rows, columns=["id", "name", "kind", "aliases", "country"])


@pytest.fixture
def extract(nlp, actors):
    """``extract(text, **options)``: the review table of one text, in the seven relation
    families (``specific=False``) unless asked: the phenomena and modality tests were
    written, and their expected types chosen, for the families."""
    from graphkit.text import extract_relations

    def run(text, **options):
        options.setdefault("actors", actors)
        options.setdefault("specific", False)
        return extract_relations(text, nlp=nlp, **options)

    return run


@pytest.fixture(scope="session")
def triples():
    """``triples(review, negated=False)``: the (source, relation, target) of the rows with
    this ``negated`` value."""

    def select(review: pd.DataFrame, *, negated: bool = False) -> set[tuple[str, str, str]]:
        rows = review[review["negated"] == negated]
        return set(zip(rows["source"], rows["relation"], rows["target"], strict=True))

    return select


def review_rows(
    nlp, text: str, actors: pd.DataFrame, columns: tuple[str, ...]
) -> set[tuple[str, ...]]:
    """The ``columns`` of every row the extractor gives for ``text`` with ``actors``, as a
    set of tuples."""
    from graphkit.text import extract_relations

    review = extract_relations(text, actors=actors, nlp=nlp)
    return set(review[list(columns)].itertuples(index=False, name=None))


def annotated_rows(nlp, text: str, actors: pd.DataFrame) -> set[tuple[str, ...]]:
    """The (source, relation, target, modality, claimant or "") of every row the
    extractor gives for ``text`` with ``actors``, less the types the annotation rules
    leave out (:data:`SCORED_OUT`): what the audits' case tables write by hand."""
    from graphkit.text import extract_relations

    review = extract_relations(text, actors=actors, nlp=nlp)
    return {
        (
            r.source,
            r.relation,
            r.target,
            r.modality,
            r.attributed_to if isinstance(r.attributed_to, str) else "",
        )
        for r in review.itertuples()
        if r.relation not in SCORED_OUT
    }


def mentioned_rows(nlp, text: str, actors: pd.DataFrame) -> set[tuple[str, ...]]:
    """The (source, relation, target, source_mention, target_mention) of every row the
    extractor gives for ``text`` with ``actors``: what it found and how it named each
    argument ("it -> the militia")."""
    mentions = ("source", "relation", "target", "source_mention", "target_mention")
    return review_rows(nlp, text, actors, mentions)


ASSERTED = "asserted"


def expected_row(
    source: str, target: str, relation: str, modality: str = ASSERTED, by: str = ""
) -> tuple[str, ...]:
    """An audit case's expected row as the audit tests compare it: (source, relation,
    target, modality, attributed to)."""
    return (source, relation, target, modality, by)


def audit_params(cases, gaps, *, text_at: int = 2, ids=None, reason: str = "a known gap"):
    """An audit's case table as ``pytest.param`` rows: every case runs, and the cases
    whose text is in ``gaps`` (the gaps the audit left, with their causes written beside
    them) are expected to fail, strictly, so that a gap a later change closes is seen
    and taken off the list. ``text_at`` is the position of the text in a case; ``ids``
    names each case (by default its first fields and its position)."""
    unknown = set(gaps) - {case[text_at] for case in cases}
    if unknown:
        raise ValueError(f"known gaps that are no case of the audit: {sorted(unknown)}")
    params = []
    for i, case in enumerate(cases):
        name = ids(i, case) if ids is not None else "-".join([*map(str, case[:text_at]), str(i)])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if case[text_at] in gaps else []
        params.append(pytest.param(*case, marks=marks, id=name))
    return params


def assert_a_third_tempting(cases, *, at_least: int = 70, kind_at: int = 1) -> None:
    """An audit's case table has at least ``at_least`` cases, between a quarter and a half
    of them (``kind`` ``"tempt"``) built to tempt a wrong row: the shape every round's
    audit promises (its known gaps are checked by :func:`audit_params`)."""
    assert len(cases) >= at_least
    tempting = sum(1 for case in cases if case[kind_at] == "tempt")
    assert len(cases) // 4 <= tempting <= len(cases) // 2


PROBE_ACTORS = pd.DataFrame(
    [
        ("armenia", "Armenia", "state", "", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "", "AZE"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("chad", "Chad", "state", "", "TCD"),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("iran", "Iran", "state", "", "IRN"),
        ("islamic_jihad", "Islamic Jihad", "armed_group", "PIJ", "PSE"),
        ("israel", "Israel", "state", "", "ISR"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("mali", "Mali", "state", "", "MLI"),
        ("niger", "Niger", "state", "", "NER"),
        ("qatar", "Qatar", "state", "", "QAT"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("russia", "Russia", "state", "", "RUS"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF|Sudanese army", "SDN"),
        ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("turkey", "Turkey", "state", "", "TUR"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)
"""The actors of the small probe-found tests of session 32 (alliances, mediation,
relational nouns, asked-for nouns, intent nouns, threatened acts, negated lists):
states, armed groups and organisations of several conflicts, one table shared so each
test names the same actor the same way."""
