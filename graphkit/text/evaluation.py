"""How well extraction finds the relations of annotated sentences: precision, recall and F1
on (source, relation, target) triples, by relation type and by linguistic phenomenon.

The gold table has one row per sentence: ``id``, ``text``, ``gold`` and ``not_asserted``
(triples written ``source relation target``, ``;``-separated) and ``phenomena``
(space-separated tags, ``none`` for a sentence that states no relation); see
``tests/text/data/ANNOTATION.md`` for the rules behind the development set graphkit ships.

A triple counts as found when a row with ``negated=False`` has the same source, relation
and target; rows with ``negated=True`` are not predictions. Three further figures are
reported: the share of no-relation sentences for which anything is returned as asserted
(false-positive rate), and the number of not-asserted triples returned as asserted
(leaks), which must be zero.

Examples
--------
>>> gold = pd.DataFrame({"id": ["a", "b"], "text": ["...", "..."],
...                      "gold": ["iran backs hezbollah", ""], "not_asserted": ["", ""],
...                      "phenomena": ["active", "none"]})
>>> predicted = {"a": {("iran", "backs", "hezbollah"), ("iran", "backs", "hamas")},
...              "b": set()}
>>> report = score(gold, predicted)
>>> report.overall[["precision", "recall", "f1"]].round(2).to_dict()
{'precision': 0.5, 'recall': 1.0, 'f1': 0.67}
>>> report.false_positive_rate
0.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .extraction import extract_relations

__all__ = ["EvaluationReport", "evaluate_extraction", "parse_triples", "score"]

Triple = tuple[str, str, str]


def parse_triples(text: object) -> set[Triple]:
    """``"a backs b; c opposes d"`` -> ``{("a", "backs", "b"), ("c", "opposes", "d")}``.

    Examples
    --------
    >>> sorted(parse_triples("iran backs hezbollah;hamas opposes israel"))
    [('hamas', 'opposes', 'israel'), ('iran', 'backs', 'hezbollah')]
    """
    if not isinstance(text, str):
        return set()
    triples = set()
    for part in text.split(";"):
        words = part.split()
        if len(words) == 3:
            triples.add((words[0], words[1], words[2]))
        elif words:
            raise ValueError(f"expected 'source relation target', got {part.strip()!r}")
    return triples


@dataclass
class EvaluationReport:
    """Figures of one evaluation (see the module documentation)."""

    overall: pd.Series
    by_relation: pd.DataFrame
    by_phenomenon: pd.DataFrame
    false_positive_rate: float
    no_relation_sentences: int
    leaks: int
    errors: pd.DataFrame = field(repr=False)
    sentences_per_second: float | None = None

    def __str__(self) -> str:
        o = self.overall
        lines = [
            f"sentences {int(o['sentences'])}: precision {o['precision']:.3f}, "
            f"recall {o['recall']:.3f}, F1 {o['f1']:.3f} "
            f"(tp {int(o['tp'])}, fp {int(o['fp'])}, fn {int(o['fn'])})",
            f"no-relation sentences with an asserted triple: "
            f"{self.false_positive_rate:.1%} of {self.no_relation_sentences}",
            f"not-asserted triples returned as asserted: {self.leaks}",
        ]
        if self.sentences_per_second is not None:
            lines.append(f"speed: {self.sentences_per_second:.0f} sentences/s")
        lines += ["", "by relation type:", _table(self.by_relation)]
        lines += ["", "by phenomenon:", _table(self.by_phenomenon)]
        return "\n".join(lines)


def _table(frame: pd.DataFrame) -> str:
    return frame.to_string(float_format=lambda x: f"{x:.3f}")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = float("nan") if not tp + fp + fn else 0.0
    if tp:
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def score(gold: pd.DataFrame, predicted: Mapping[str, set[Triple]]) -> EvaluationReport:
    """Compare the asserted triples predicted per sentence id with a gold table.

    Parameters
    ----------
    gold : pandas.DataFrame
        Columns ``id``, ``gold``, ``not_asserted`` and ``phenomena``.
    predicted : mapping
        ``{sentence id: set of (source, relation, target)}`` returned as asserted.
    """
    counts: dict[str, dict[str, Any]] = {}
    by_phenomenon: dict[str, dict[str, int]] = {}
    errors = []
    tp = fp = fn = leaks = none_total = none_hit = 0
    for row in gold.to_dict("records"):
        expected = parse_triples(row.get("gold"))
        denied = parse_triples(row.get("not_asserted"))
        got = set(predicted.get(row["id"], set()))
        hits, extra, missed = got & expected, got - expected, expected - got
        tp, fp, fn = tp + len(hits), fp + len(extra), fn + len(missed)
        leaks += len(got & denied)
        if not expected:
            none_total += 1
            none_hit += bool(got)
        for triples, kind in ((hits, "tp"), (extra, "fp"), (missed, "fn")):
            for triple in triples:
                counts.setdefault(triple[1], {"tp": 0, "fp": 0, "fn": 0})[kind] += 1
        tags = str(row.get("phenomena") or "none").split()
        for tag in tags:
            entry = by_phenomenon.setdefault(tag, {"sentences": 0, "tp": 0, "fp": 0, "fn": 0})
            entry["sentences"] += 1
            entry["tp"] += len(hits)
            entry["fp"] += len(extra)
            entry["fn"] += len(missed)
        for triple in sorted(extra):
            errors.append((row["id"], "false positive", *triple))
        for triple in sorted(missed):
            errors.append((row["id"], "missed", *triple))
        for triple in sorted(got & denied):
            errors.append((row["id"], "not asserted, returned", *triple))
    precision, recall, f1 = _prf(tp, fp, fn)
    overall = pd.Series(
        {
            "sentences": len(gold),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    )
    return EvaluationReport(
        overall=overall,
        by_relation=_figures(counts, "relation"),
        by_phenomenon=_figures(by_phenomenon, "phenomenon"),
        false_positive_rate=none_hit / none_total if none_total else 0.0,
        no_relation_sentences=none_total,
        leaks=leaks,
        errors=pd.DataFrame(errors, columns=["id", "error", "source", "relation", "target"]),
    )


def _figures(counts: Mapping[str, Mapping[str, int]], name: str) -> pd.DataFrame:
    rows = []
    for key in sorted(counts):
        c = counts[key]
        precision, recall, f1 = _prf(c["tp"], c["fp"], c["fn"])
        rows.append({name: key, **c, "precision": precision, "recall": recall, "f1": f1})
    columns = [name, *(["sentences"] if name == "phenomenon" else []), "tp", "fp", "fn"]
    return pd.DataFrame(rows, columns=[*columns, "precision", "recall", "f1"]).set_index(name)


def evaluate_extraction(
    gold: pd.DataFrame,
    *,
    actors: pd.DataFrame,
    nlp: Any = None,
    relations: Iterable[str] | None = None,
    **options: Any,
) -> EvaluationReport:
    """Extract from every sentence of a gold table (in one batch) and :func:`score` it.

    ``options`` go to :func:`~graphkit.extract_relations`; the report also gives the
    sentences per second of that batch (the model already loaded). ``relations``
    scores only the triples of those relation types, for a gold that annotates fewer
    types than the extractor gives (others would count as false positives).
    """
    import time

    texts = list(gold["text"])
    ids = [str(i) for i in gold["id"]]
    extract_relations(texts[:1], actors=actors, nlp=nlp, **options)  # loads the model
    began = time.perf_counter()
    review = extract_relations(texts, actors=actors, nlp=nlp, document=ids, **options)
    elapsed = time.perf_counter() - began
    asserted = review[~review["negated"]]
    if relations is not None:
        asserted = asserted[asserted["relation"].isin(list(relations))]
    predicted: dict[str, set[Triple]] = {i: set() for i in ids}
    for document, source, relation, target in zip(
        asserted["document"],
        asserted["source"],
        asserted["relation"],
        asserted["target"],
        strict=True,
    ):
        predicted[document].add((source, relation, target))
    report = score(gold.assign(id=ids), predicted)
    report.sentences_per_second = len(texts) / elapsed if elapsed > 0 else None
    return report
