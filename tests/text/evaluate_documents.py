"""Score relation extraction against the evaluation corpus of issue 16.

    python tests/text/evaluate_documents.py [--errors] [--families]

Two parts, each printed for every split the corpus holds (``split`` column), the development
part first, then the held-out part (tests/text/data/ANNOTATION.md, R11), then the second
held-out part (R13), then the third (R14), then any other split in name order:

- **whole documents** (``documents.csv``, ``document_gold.csv``): per document and overall
  recall and precision on (source, relation, target), *status recall* (gold relations found
  with the right modality), the share of true finds of asserted relations that are marked
  not asserted (``negated``), and the same recall and precision at the level of relation
  families (polarity x mode of ``data/relation_types.csv``);
- **new single sentences** (``sentences_v2.csv``): the figures of
  ``evaluate_devset.py`` (precision, recall, no-relation sentences given a triple,
  not-asserted triples returned as asserted, by type and phenomenon), plus family level.

The extractor is any function ``texts, documents, dates -> review table`` whose table has
the columns ``document``, ``source``, ``relation``, ``target`` and ``negated`` (True: the
text does not assert the relation). The columns ``modality``, ``attributed_to`` and
``start`` are scored where present; the report says which are missing and how the status
was judged without them. By default the extractor is :func:`graphkit.extract_relations`
with the corpus's actors table and each document's date as ``reported``; the relation
types event data uses by default (``specific=True``), ``--families`` for the seven
families of the first edition.

Scoring rules (all deterministic; ties need no breaking since everything is a set):

- Predictions of ``reports_on``, ``comments_on``, ``captures``, ``controls`` and
  ``withdraws_from`` are not annotated by the rules (R2) and are ignored (counted).
- A symmetric relation (``fights``, ``consults``, ``allied_with``, ``cooperates_with``,
  ``borders``) is compared with its two actors in sorted order; a pair predicted in both
  directions counts once (and is counted as a symmetric duplicate).
- A triple is *found* when some prediction has the same source, relation and target, in
  any modality. Recall is over the distinct gold triples of a document, precision over the
  distinct predicted triples.
- A gold row (a triple with one modality and claimant) is *found with the right status*
  when a prediction of its triple has the same ``modality``; without a ``modality``
  column, when its ``negated`` agrees: False for ``asserted`` and ``reported`` (the first
  edition counted attributed claims as asserted), True for ``denied``, ``ended``,
  ``planned`` and ``hypothetical``.
- *Marked not asserted*: an asserted gold row whose triple is found only in predictions
  with ``negated`` True.
- Family level compares (source, family, target); a symmetric relation on either side
  matches its pair in either direction.
- ``attributed_to`` and ``start`` are compared with the gold's as written: actor ids, and
  ISO dates (*compatible* when one is a prefix of the other, ``2024-05`` and ``2024-05-11``).
- Micro figures sum over documents; macro figures average the per-document ones over the
  documents where they are defined.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from graphkit.text.evaluation import EvaluationReport

DATA = Path(__file__).parent / "data"

IGNORED_TYPES = ("reports_on", "comments_on", "captures", "controls", "withdraws_from")
MODALITIES = ("asserted", "reported", "denied", "ended", "planned", "hypothetical")
ASSERTING = frozenset({"asserted", "reported"})
REQUIRED = ("document", "source", "relation", "target", "negated")
OPTIONAL = ("modality", "attributed_to", "start")

Triple = tuple[str, str, str]
_TOTALS = (
    "gold_triples",
    "predicted_triples",
    "tp",
    "gold_rows",
    "status_right",
    "asserted_found",
    "false_negations",
    "leaks",
    "fam_gold",
    "fam_pred",
    "fam_tp",
    "fam_pred_tp",
    "attribution",
    "attribution_total",
    "start_exact",
    "start_compatible",
    "start_total",
)
Extractor = Callable[[Sequence[str], Sequence[str], Sequence[str]], pd.DataFrame]


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Families:
    """Family and symmetry of every relation type (from a relation-types table)."""

    family: Mapping[str, str]
    symmetric: frozenset[str]

    @classmethod
    def from_table(cls, table: pd.DataFrame) -> Families:
        """``table`` indexed by relation name with ``polarity``, ``mode``, ``symmetric``."""
        family = {}
        for name, row in table.iterrows():
            mode = str(row["mode"])
            if mode in ("structural", "territorial"):
                family[str(name)] = mode
            else:
                sign = {1: "positive", -1: "negative", 0: "neutral"}[int(row["polarity"])]
                family[str(name)] = f"{sign}_{mode}"
        symmetric = frozenset(str(n) for n, s in table["symmetric"].items() if bool(s))
        return cls(family=family, symmetric=symmetric)

    @classmethod
    def default(cls) -> Families:
        import graphkit as gk

        return cls.from_table(gk.default_vocabulary().relation_types)

    def of(self, relation: str) -> str:
        return self.family.get(relation, "unknown")

    def canonical(self, source: str, relation: str, target: str) -> Triple:
        if relation in self.symmetric and target < source:
            return (target, relation, source)
        return (source, relation, target)


def _family_match(
    wanted: set[tuple[str, str, str, bool]], offered: set[tuple[str, str, str, bool]]
) -> set[tuple[str, str, str, bool]]:
    """The keys of ``wanted`` that some key of ``offered`` matches at family level.

    A key is (family, source, target, symmetric); a symmetric key on either side matches
    the same pair in either direction.
    """
    directed = {(f, s, t) for f, s, t, _ in offered}
    pairs = {(f, frozenset((s, t))) for f, s, t, sym in offered if sym}
    hits = set()
    for key in wanted:
        f, s, t, sym = key
        reversed_hit = sym and (f, t, s) in directed
        if (f, s, t) in directed or (f, frozenset((s, t))) in pairs or reversed_hit:
            hits.add(key)
    return hits


def _family_keys(triples: Iterable[Triple], families: Families) -> set[tuple[str, str, str, bool]]:
    return {(families.of(r), s, t, r in families.symmetric) for s, r, t in triples}


# --------------------------------------------------------------------------- input checks


class ScoringInputError(ValueError):
    """A review or gold table the scorer cannot read; the message lists every problem."""


def check_review(review: pd.DataFrame, where: str = "review table") -> list[str]:
    """Problems of a review table (missing columns, bad ``negated`` or ``modality`` values).

    Returns the list of optional columns that are absent (scored as unknown).
    """
    problems = []
    missing = [c for c in REQUIRED if c not in review.columns]
    if missing:
        problems.append(f"{where}: missing column(s) {', '.join(missing)}; expected {REQUIRED}")
    if "negated" in review.columns:
        bad = [
            (i, v) for i, v in zip(review.index, review["negated"], strict=True) if not _is_bool(v)
        ]
        for i, v in bad[:20]:
            problems.append(f"{where}: row {i}, column negated: {v!r} is not True or False")
        if len(bad) > 20:
            problems.append(f"{where}: ... {len(bad) - 20} more bad negated values")
    if "modality" in review.columns:
        for i, v in zip(review.index, review["modality"], strict=True):
            if isinstance(v, str) and v and v not in MODALITIES:
                problems.append(f"{where}: row {i}, column modality: {v!r}, expected {MODALITIES}")
    if problems:
        raise ScoringInputError("\n".join(problems))
    return [c for c in OPTIONAL if c not in review.columns]


def _is_bool(value: object) -> bool:
    return isinstance(value, bool) or type(value).__name__ == "bool_"


def check_gold(gold: pd.DataFrame, families: Families, where: str = "gold table") -> None:
    """Raise :class:`ScoringInputError` listing every bad row of a document gold table."""
    needed = ("document", "source", "relation", "target", "modality", "attributed_to")
    missing = [c for c in needed if c not in gold.columns]
    if missing:
        raise ScoringInputError(f"{where}: missing column(s) {', '.join(missing)}")
    problems = []
    for i, row in enumerate(gold.to_dict("records"), start=2):
        if row["relation"] not in families.family:
            problems.append(f"{where}, line {i}: unknown relation {row['relation']!r}")
        if row["modality"] not in MODALITIES:
            problems.append(
                f"{where}, line {i}: modality {row['modality']!r}, expected {MODALITIES}"
            )
        if families.canonical(row["source"], row["relation"], row["target"]) != (
            row["source"],
            row["relation"],
            row["target"],
        ):
            problems.append(f"{where}, line {i}: symmetric relation not in sorted order")
    if problems:
        raise ScoringInputError("\n".join(problems))


# --------------------------------------------------------------------------- documents


@dataclass
class _Prediction:
    triple: Triple
    negated: bool
    modality: str | None
    attributed_to: str | None
    start: str | None


@dataclass
class DocumentReport:
    """Figures of one scoring of documents (see the module documentation)."""

    overall: pd.Series
    per_document: pd.DataFrame
    by_relation: pd.DataFrame
    by_family: pd.DataFrame
    by_modality: pd.DataFrame
    notes: list[str]
    errors: pd.DataFrame = field(repr=False)

    def __str__(self) -> str:
        o = self.overall
        lines = [
            f"documents {int(o['documents'])}, gold triples {int(o['gold_triples'])}, "
            f"predicted triples {int(o['predicted_triples'])}",
            f"recall {o['recall']:.3f} (macro {o['macro_recall']:.3f}), precision "
            f"{o['precision']:.3f} (macro {o['macro_precision']:.3f}), F1 {o['f1']:.3f}",
            f"status recall (found with the right {o['status_by']}) {o['status_recall']:.3f} "
            f"(macro {o['macro_status_recall']:.3f})",
            f"true finds of asserted relations marked not asserted: "
            f"{o['false_negation_rate']:.1%} ({int(o['false_negations'])} of "
            f"{int(o['asserted_found'])})",
            f"not-asserted gold returned as asserted: {int(o['leaks'])}",
            f"family level: recall {o['family_recall']:.3f}, precision {o['family_precision']:.3f}",
            f"claimant right for found reported relations: {_share(o, 'attribution')}",
            f"start right for found dated relations: {_share(o, 'start_exact', 'start_total')} "
            f"exact, {_share(o, 'start_compatible', 'start_total')} compatible",
        ]
        lines += [f"note: {n}" for n in self.notes]
        lines += ["", "per document:", _table(self.per_document)]
        lines += ["", "by relation type:", _table(self.by_relation)]
        lines += ["", "by family:", _table(self.by_family)]
        lines += ["", "by gold modality:", _table(self.by_modality)]
        return "\n".join(lines)


def _share(o: pd.Series, name: str, total_name: str | None = None) -> str:
    total = o[total_name or f"{name}_total"]
    if not total:
        return "not scored"
    return f"{o[name] / total:.3f} ({int(o[name])} of {int(total)})"


def _table(frame: pd.DataFrame) -> str:
    return frame.to_string(float_format=lambda x: f"{x:.3f}")


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _f1(p: float, r: float) -> float:
    if p != p or r != r:
        return float("nan")
    return 2 * p * r / (p + r) if p + r else 0.0


def _predictions(
    review: pd.DataFrame, families: Families, notes: list[str]
) -> dict[str, list[_Prediction]]:
    kept: dict[str, list[_Prediction]] = {}
    ignored = 0
    directions: dict[tuple[str, Triple], set[tuple[str, str]]] = {}
    for row in review.to_dict("records"):
        relation = str(row["relation"])
        if relation in IGNORED_TYPES:
            ignored += 1
            continue
        source, target = str(row["source"]), str(row["target"])
        triple = families.canonical(source, relation, target)
        if relation in families.symmetric:
            directions.setdefault((str(row["document"]), triple), set()).add((source, target))
        kept.setdefault(str(row["document"]), []).append(
            _Prediction(
                triple=triple,
                negated=bool(row["negated"]),
                modality=_text(row.get("modality")),
                attributed_to=_text(row.get("attributed_to")),
                start=_text(row.get("start")),
            )
        )
    if ignored:
        notes.append(f"{ignored} predicted row(s) of types the rules do not annotate ignored")
    twice = sum(1 for d in directions.values() if len(d) > 1)
    if twice:
        notes.append(f"{twice} symmetric pair(s) predicted in both directions (counted once)")
    return kept


def _absent_notes(absent: Sequence[str]) -> list[str]:
    notes = []
    if "modality" in absent:
        notes.append(
            "no modality column: status judged by `negated` "
            "(asserted and reported gold expect False, the others True)"
        )
    if "attributed_to" in absent:
        notes.append("no attributed_to column: claimants not scored")
    if "start" in absent:
        notes.append("no start column: dates not scored")
    return notes


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def _status_right(gold_modality: str, prediction: _Prediction, by_modality: bool) -> bool:
    if by_modality:
        return prediction.modality == gold_modality
    return prediction.negated == (gold_modality not in ASSERTING)


def score_documents(
    gold: pd.DataFrame,
    review: pd.DataFrame,
    *,
    documents: Sequence[str] | None = None,
    families: Families | None = None,
) -> DocumentReport:
    """Score a review table against document gold rows (see the module documentation).

    Parameters
    ----------
    gold : pandas.DataFrame
        Rows of ``document_gold.csv``: ``document``, ``source``, ``relation``, ``target``,
        ``modality``, ``attributed_to`` and optionally ``start``.
    review : pandas.DataFrame
        The extractor's rows: ``document``, ``source``, ``relation``, ``target``,
        ``negated``, and where it has them ``modality``, ``attributed_to``, ``start``.
    documents : sequence of str, optional
        The documents scored; those of ``gold`` by default. Predictions for other
        documents are ignored (noted).
    families : Families, optional
        Relation families and symmetric types; the bundled vocabulary's by default.

    Raises
    ------
    ScoringInputError
        Listing every missing column and bad value of either table.
    """
    families = families or Families.default()
    gold = gold.fillna("")
    check_gold(gold, families)
    absent = check_review(review)
    by_modality = "modality" not in absent
    notes = _absent_notes(absent)
    predictions = _predictions(review, families, notes)
    documents = sorted(set(gold["document"]) if documents is None else set(documents))
    extra = sorted(set(predictions) - set(documents))
    if extra:
        notes.append(f"predictions for documents without gold ignored: {', '.join(extra)}")

    per_doc = []
    errors = []
    counts: dict[str, dict[str, int]] = {"tp": {}, "fp": {}, "fn": {}}
    fam_counts: dict[str, dict[str, int]] = {"tp": {}, "fp": {}, "fn": {}}
    modality_rows: dict[str, list[int]] = {m: [0, 0, 0] for m in MODALITIES}
    totals = dict.fromkeys(_TOTALS, 0)
    for document in documents:
        rows = gold[gold["document"] == document]
        preds = predictions.get(document, [])
        by_triple: dict[Triple, list[_Prediction]] = {}
        for p in preds:
            by_triple.setdefault(p.triple, []).append(p)
        gold_triples = {(r["source"], r["relation"], r["target"]) for r in rows.to_dict("records")}
        predicted = set(by_triple)
        hits = gold_triples & predicted
        status_right = asserted_found = false_neg = leaks = 0
        asserted_triples = {
            (r["source"], r["relation"], r["target"])
            for r in rows.to_dict("records")
            if r["modality"] in ASSERTING
        }
        for r in rows.to_dict("records"):
            triple = (r["source"], r["relation"], r["target"])
            found = by_triple.get(triple, [])
            counter = modality_rows[r["modality"]]
            counter[0] += 1
            if found:
                counter[1] += 1
            right = any(_status_right(r["modality"], p, by_modality) for p in found)
            status_right += right
            counter[2] += right
            if r["modality"] == "asserted" and found:
                asserted_found += 1
                if all(p.negated for p in found):
                    false_neg += 1
                    errors.append((document, "marked not asserted", *triple))
            if (
                r["modality"] not in ASSERTING
                and triple not in asserted_triples
                and any(not p.negated for p in found)
            ):
                leaks += 1
                errors.append((document, f"{r['modality']}, returned as asserted", *triple))
            scored = "attributed_to" not in absent
            if scored and found and r["modality"] == "reported" and r["attributed_to"]:
                totals["attribution_total"] += 1
                totals["attribution"] += any(p.attributed_to == r["attributed_to"] for p in found)
            if found and r.get("start") and "start" not in absent:
                totals["start_total"] += 1
                starts = [p.start for p in found if p.start]
                totals["start_exact"] += r["start"] in starts
                totals["start_compatible"] += any(
                    s.startswith(r["start"]) or r["start"].startswith(s) for s in starts
                )
        gold_keys = _family_keys(gold_triples, families)
        pred_keys = _family_keys(predicted, families)
        fam_hit_gold = _family_match(gold_keys, pred_keys)
        fam_hit_pred = _family_match(pred_keys, gold_keys)
        for kind, triples in (
            ("tp", hits),
            ("fp", predicted - gold_triples),
            ("fn", gold_triples - predicted),
        ):
            for s, r, t in triples:
                counts[kind][r] = counts[kind].get(r, 0) + 1
                if kind != "tp":
                    errors.append(
                        (document, "missed" if kind == "fn" else "false positive", s, r, t)
                    )
        for kind, keys in (
            ("tp", fam_hit_gold),
            ("fn", gold_keys - fam_hit_gold),
            ("fp", pred_keys - fam_hit_pred),
        ):
            for f, _, _, _ in keys:
                fam_counts[kind][f] = fam_counts[kind].get(f, 0) + 1
        n_rows = len(rows)
        per_doc.append(
            {
                "document": document,
                "gold": len(gold_triples),
                "predicted": len(predicted),
                "found": len(hits),
                "recall": _ratio(len(hits), len(gold_triples)),
                "precision": _ratio(len(hits), len(predicted)),
                "status_recall": _ratio(status_right, n_rows),
                "marked_not_asserted": false_neg,
                "family_recall": _ratio(len(fam_hit_gold), len(gold_keys)),
                "family_precision": _ratio(len(fam_hit_pred), len(pred_keys)),
            }
        )
        totals["gold_triples"] += len(gold_triples)
        totals["predicted_triples"] += len(predicted)
        totals["tp"] += len(hits)
        totals["gold_rows"] += n_rows
        totals["status_right"] += status_right
        totals["asserted_found"] += asserted_found
        totals["false_negations"] += false_neg
        totals["leaks"] += leaks
        totals["fam_gold"] += len(gold_keys)
        totals["fam_pred"] += len(pred_keys)
        totals["fam_tp"] += len(fam_hit_gold)
        totals["fam_pred_tp"] += len(fam_hit_pred)

    per_document = pd.DataFrame(per_doc).set_index("document") if per_doc else pd.DataFrame()
    recall = _ratio(totals["tp"], totals["gold_triples"])
    precision = _ratio(totals["tp"], totals["predicted_triples"])
    overall = pd.Series(
        {
            "documents": len(documents),
            "gold_triples": totals["gold_triples"],
            "predicted_triples": totals["predicted_triples"],
            "tp": totals["tp"],
            "recall": recall,
            "precision": precision,
            "f1": _f1(precision, recall),
            "macro_recall": per_document["recall"].mean() if per_doc else float("nan"),
            "macro_precision": per_document["precision"].mean() if per_doc else float("nan"),
            "status_by": "modality" if by_modality else "negated",
            "status_recall": _ratio(totals["status_right"], totals["gold_rows"]),
            "macro_status_recall": per_document["status_recall"].mean()
            if per_doc
            else float("nan"),
            "asserted_found": totals["asserted_found"],
            "false_negations": totals["false_negations"],
            "false_negation_rate": _ratio(totals["false_negations"], totals["asserted_found"]),
            "leaks": totals["leaks"],
            "family_recall": _ratio(totals["fam_tp"], totals["fam_gold"]),
            "family_precision": _ratio(totals["fam_pred_tp"], totals["fam_pred"]),
            **{
                k: totals[k]
                for k in (
                    "attribution",
                    "attribution_total",
                    "start_exact",
                    "start_compatible",
                    "start_total",
                )
            },
        }
    )
    return DocumentReport(
        overall=overall,
        per_document=per_document,
        by_relation=_prf_table(counts, "relation"),
        by_family=_prf_table(fam_counts, "family"),
        by_modality=pd.DataFrame(
            [
                {
                    "modality": m,
                    "gold_rows": c[0],
                    "found": c[1],
                    "status_right": c[2],
                    "recall": _ratio(c[1], c[0]),
                    "status_recall": _ratio(c[2], c[0]),
                }
                for m, c in modality_rows.items()
                if c[0]
            ],
            columns=["modality", "gold_rows", "found", "status_right", "recall", "status_recall"],
        ).set_index("modality"),
        notes=notes,
        errors=pd.DataFrame(
            sorted(errors), columns=["document", "error", "source", "relation", "target"]
        ),
    )


def _prf_table(counts: Mapping[str, Mapping[str, int]], name: str) -> pd.DataFrame:
    keys = sorted(set().union(*(c.keys() for c in counts.values())))
    rows = []
    for key in keys:
        tp, fp, fn = (counts[k].get(key, 0) for k in ("tp", "fp", "fn"))
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        rows.append({name: key, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r})
    return pd.DataFrame(rows, columns=[name, "tp", "fp", "fn", "precision", "recall"]).set_index(
        name
    )


# --------------------------------------------------------------------------- sentences


@dataclass
class SentenceReport:
    """The first-edition figures (:class:`graphkit.text.evaluation.EvaluationReport`) on
    ``sentences_v2.csv``, with symmetric predictions canonical, plus family level and the
    status of the gold readings (``gold_modality``)."""

    report: EvaluationReport
    family_recall: float
    family_precision: float
    status_recall: float
    status_by: str
    notes: list[str]

    def __str__(self) -> str:
        lines = [
            str(self.report),
            "",
            f"family level: recall {self.family_recall:.3f}, precision {self.family_precision:.3f}",
            f"gold readings found with the right {self.status_by}: {self.status_recall:.3f}",
        ]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


def parse_readings(text: object) -> list[tuple[Triple, str, str]]:
    """``"a backs b:reported:c; d opposes e:asserted"`` -> ``[((a, backs, b), reported, c),
    ((d, opposes, e), asserted, "")]`` (the ``gold_modality`` column of ``sentences_v2``).

    Examples
    --------
    >>> parse_readings("rwanda backs m23:denied:rwanda; uganda backs m23:reported")
    [(('rwanda', 'backs', 'm23'), 'denied', 'rwanda'), (('uganda', 'backs', 'm23'), 'reported', '')]
    """
    readings: list[tuple[Triple, str, str]] = []
    if not isinstance(text, str):
        return readings
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        fields = part.split(":")
        words = fields[0].split()
        if len(words) != 3 or len(fields) > 3 or (len(fields) > 1 and fields[1] not in MODALITIES):
            raise ScoringInputError(f"gold_modality: cannot read {part!r}")
        modality = fields[1] if len(fields) > 1 else "asserted"
        readings.append(
            ((words[0], words[1], words[2]), modality, fields[2] if len(fields) > 2 else "")
        )
    return readings


def score_sentences(
    sentences: pd.DataFrame, review: pd.DataFrame, *, families: Families | None = None
) -> SentenceReport:
    """Score a review table (``document`` = sentence id) against ``sentences_v2`` rows."""
    from graphkit.text.evaluation import parse_triples, score

    families = families or Families.default()
    absent = check_review(review)
    notes = [n for n in _absent_notes(absent) if "start" not in n]
    predictions = _predictions(review, families, notes)
    ids = [str(i) for i in sentences["id"]]
    asserted = {i: {p.triple for p in predictions.get(i, []) if not p.negated} for i in ids}
    report = score(sentences.assign(id=ids), asserted)
    gold_keys: set = set()
    pred_keys: set = set()
    fam_tp = fam_pred_tp = status_right = readings_total = 0
    for i, row in zip(ids, sentences.to_dict("records"), strict=True):
        g = _family_keys(parse_triples(row["gold"]), families)
        p = _family_keys(asserted[i], families)
        fam_tp += len(_family_match(g, p))
        fam_pred_tp += len(_family_match(p, g))
        gold_keys |= {(i, *k) for k in g}
        pred_keys |= {(i, *k) for k in p}
        by_triple: dict[Triple, list[_Prediction]] = {}
        for pred in predictions.get(i, []):
            by_triple.setdefault(pred.triple, []).append(pred)
        for triple, modality, _ in parse_readings(row.get("gold_modality")):
            readings_total += 1
            status_right += any(
                _status_right(modality, pred, "modality" not in absent)
                for pred in by_triple.get(triple, [])
            )
    return SentenceReport(
        report=report,
        family_recall=_ratio(fam_tp, len(gold_keys)),
        family_precision=_ratio(fam_pred_tp, len(pred_keys)),
        status_recall=_ratio(status_right, readings_total),
        status_by="negated" if "modality" in absent else "modality",
        notes=notes,
    )


# --------------------------------------------------------------------------- the corpus


def load_corpus(data: Path = DATA) -> dict[str, pd.DataFrame]:
    """The corpus tables: ``documents`` (with a ``text`` column), ``gold``, ``sentences``,
    ``actors``."""
    documents = pd.read_csv(data / "documents.csv", keep_default_na=False, dtype=str)
    documents["text"] = [(data / name).read_text(encoding="utf-8") for name in documents["file"]]
    return {
        "documents": documents,
        "gold": pd.read_csv(data / "document_gold.csv", keep_default_na=False, dtype=str),
        "sentences": pd.read_csv(data / "sentences_v2.csv", keep_default_na=False, dtype=str),
        "actors": pd.read_csv(data / "document_actors.csv", keep_default_na=False, dtype=str),
    }


SPLIT_TITLES = {
    "dev": "development part",
    "held": "held-out part",
    "held2": "second held-out part",
    "held3": "third held-out part",
}


def split_order(splits: Iterable[str]) -> list[tuple[str, str]]:
    """The splits present, each once with its title: ``dev``, ``held``, ``held2``, ``held3``,
    then the others in name order (titled ``part <name>``).

    Examples
    --------
    >>> [s for s, _ in split_order(["held3", "held2", "dev", "held", "dev", "extra"])]
    ['dev', 'held', 'held2', 'held3', 'extra']
    >>> split_order(["extra"])
    [('extra', 'part extra')]
    """
    present = set(splits)
    known = [s for s in SPLIT_TITLES if s in present]
    others = sorted(present - set(SPLIT_TITLES))
    return [(s, SPLIT_TITLES[s]) for s in known] + [(s, f"part {s}") for s in others]


def graphkit_extractor(actors: pd.DataFrame, **options: Any) -> Extractor:
    """:func:`graphkit.extract_relations` as an :data:`Extractor` (model loaded once)."""
    import graphkit as gk
    from graphkit.text.pipeline import english_pipeline

    nlp = english_pipeline()

    def extract(
        texts: Sequence[str], documents: Sequence[str], dates: Sequence[str]
    ) -> pd.DataFrame:
        frames = []
        for text, document, date in zip(texts, documents, dates, strict=True):
            frames.append(
                gk.extract_relations(
                    text,
                    actors=actors,
                    document=document,
                    reported=date or None,
                    nlp=nlp,
                    **options,
                )
            )
        return pd.concat(frames, ignore_index=True)

    return extract


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument(
        "--specific", action="store_true", help="extract_relations(specific=True), the default"
    )
    parser.add_argument("--families", action="store_true", help="extract_relations(specific=False)")
    args = parser.parse_args(argv)
    corpus = load_corpus()
    options: dict[str, Any] = {"specific": not args.families}
    extract = graphkit_extractor(corpus["actors"], **options)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.2f} on {os.cpu_count()} cores; options {options})")
    splits = [*corpus["documents"]["split"], *corpus["sentences"]["split"]]
    for split, title in split_order(splits):
        docs = corpus["documents"][corpus["documents"]["split"] == split]
        review = extract(list(docs["text"]), list(docs["id"]), list(docs["date"]))
        gold = corpus["gold"][corpus["gold"]["split"] == split]
        report = score_documents(gold, review, documents=list(docs["id"]))
        print(f"\n== whole documents, {title} ==")
        print(report)
        if args.errors:
            print("\nerrors:")
            print(report.errors.to_string(index=False))
        sentences = corpus["sentences"][corpus["sentences"]["split"] == split]
        dates = [""] * len(sentences)
        review = extract(list(sentences["text"]), list(sentences["id"]), dates)
        print(f"\n== new single sentences, {title} ==")
        sreport = score_sentences(sentences, review)
        print(sreport)
        if args.errors:
            texts = dict(zip(sentences["id"], sentences["text"], strict=True))
            print("\nerrors:")
            for sentence, rows in sreport.report.errors.groupby("id", sort=True):
                print(f"  {sentence}: {texts[sentence][:110]}")
                for row in rows.itertuples():
                    print(f"      {row.error}: {row.source} {row.relation} {row.target}")


if __name__ == "__main__":
    main()
