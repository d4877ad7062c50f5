"""Score the extractor on a fresh sample (round 21's fresh_sample.py, round 59's
fresh_sample2.py), by document and by sentence, and list every miss and every wrong triple.

    python tests/text/score_fresh_sample.py [--sample fresh_sample2] [--list] [--per-document]

By document: each item extracted whole (with its date as ``reported``), triples compared
as sets per item (symmetric types in id order, the five unannotated types of R2 ignored);
*status* is right when a prediction of the triple is not negated for asserted and reported
gold, negated for the other modalities. By sentence: each sentence extracted alone and
compared with the gold rows whose first sentence it is (rows that need another sentence,
a pronoun or description, are then out of reach: the figure is a floor for sentences).
*Not asserted*: of the gold rows whose modality is not asserted or reported (denied,
ended, planned, hypothetical), how many were found with a negated prediction; and of the
predicted triples, how many carry only negated predictions.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))

import graphkit as gk
from graphkit.text.pipeline import english_pipeline

IGNORED = {"reports_on", "comments_on", "captures", "controls", "withdraws_from"}
ASSERTING = {"asserted", "reported"}


sample: ModuleType = importlib.import_module("fresh_sample")


def canonical(source: str, relation: str, target: str) -> tuple[str, str, str]:
    if relation in sample.SYMMETRIC and target < source:
        source, target = target, source
    return source, relation, target


def predicted(review) -> dict[tuple[str, str, str], set[bool]]:
    out: dict[tuple[str, str, str], set[bool]] = {}
    for row in review.to_dict("records"):
        if row["relation"] in IGNORED:
            continue
        key = canonical(row["source"], row["relation"], row["target"])
        out.setdefault(key, set()).add(bool(row["negated"]))
    return out


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float]:
    return (tp / npred if npred else 1.0), (tp / ngold if ngold else 1.0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list misses and wrong triples")
    parser.add_argument(
        "--sample", default="fresh_sample", help="the sample module (fresh_sample, fresh_sample2)"
    )
    parser.add_argument(
        "--per-document", action="store_true", help="print each item's recall and precision"
    )
    args = parser.parse_args(argv)
    global sample
    sample = importlib.import_module(args.sample)
    nlp = english_pipeline()
    actors = sample.actors()
    gold = sample.gold()
    tot = {"tp": 0, "pred": 0, "gold": 0, "status": 0, "rows": 0}
    nas = {"rows": 0, "found": 0, "negated": 0, "pred": 0, "pred_negated": 0}
    per_doc = []
    stot = {"tp": 0, "pred": 0, "gold": 0, "none": 0, "none_hit": 0}
    macro_r, macro_p = [], []
    lines = []
    for doc, _style, _conflict, date, sentences in sample.DOCUMENTS:
        rows = gold[gold["document"] == doc]
        review = gk.extract_relations(
            " ".join(sentences), actors=actors, document=doc, reported=date, nlp=nlp
        )
        pred = predicted(review)
        gtrip = {(r.source, r.relation, r.target) for r in rows.itertuples()}
        tp = len(gtrip & set(pred))
        tot["tp"] += tp
        tot["pred"] += len(pred)
        tot["gold"] += len(gtrip)
        for r in rows.itertuples():
            tot["rows"] += 1
            flags = pred.get((r.source, r.relation, r.target), set())
            want = r.modality not in ASSERTING
            tot["status"] += want in flags
            if want:
                nas["rows"] += 1
                nas["found"] += bool(flags)
                nas["negated"] += True in flags
        nas["pred"] += len(pred)
        nas["pred_negated"] += sum(flags == {True} for flags in pred.values())
        p, rc = prf(tp, len(pred), len(gtrip))
        macro_r.append(rc)
        macro_p.append(p)
        per_doc.append(
            f"  {doc}: recall {rc:.3f} ({tp} of {len(gtrip)}), precision {p:.3f} "
            f"({tp} of {len(pred)})"
        )
        first: dict[tuple[str, str, str], tuple[int, str]] = {}
        for r in rows.itertuples():
            first.setdefault((r.source, r.relation, r.target), (r.sentence, r.modality))
        for t in sorted(gtrip - set(pred)):
            s, m = first[t]
            lines.append(f"MISS {doc} s{s} {' '.join(t)} [{m}] | {sentences[s - 1]}")
        for t in sorted(set(pred) - gtrip):
            hit = review[
                (review["relation"] == t[1])
                & (review["source"].isin(t[::2]))
                & (review["target"].isin(t[::2]))
            ]
            evidence = hit["evidence"].iloc[0] if "evidence" in hit and len(hit) else ""
            lines.append(f"WRONG {doc} {' '.join(t)} | {evidence}")
        for t in sorted(gtrip & set(pred)):
            s, m = first[t]
            if (m not in ASSERTING) not in pred[t]:
                lines.append(f"STATUS {doc} s{s} {' '.join(t)} [{m}] got negated={pred[t]}")
        # by sentence
        for number, sentence in enumerate(sentences, 1):
            srows = rows[rows["sentence"] == number]
            strip = {(r.source, r.relation, r.target) for r in srows.itertuples()}
            review = gk.extract_relations(
                sentence, actors=actors, document=doc, reported=date, nlp=nlp
            )
            spred = set(predicted(review))
            stot["tp"] += len(strip & spred)
            stot["pred"] += len(spred)
            stot["gold"] += len(strip)
            if not strip and not (rows["sentence"] == number).any():
                stot["none"] += 1
                stot["none_hit"] += bool(spred)
    p, r = prf(tot["tp"], tot["pred"], tot["gold"])
    print(
        f"documents: {len(sample.DOCUMENTS)} items, {tot['gold']} gold triples, "
        f"{tot['pred']} predicted, {tot['tp']} found: recall {r:.3f} "
        f"(macro {sum(macro_r) / len(macro_r):.3f}), precision {p:.3f} "
        f"(macro {sum(macro_p) / len(macro_p):.3f}); rows with the right status "
        f"{tot['status']} of {tot['rows']}"
    )
    p, r = prf(stot["tp"], stot["pred"], stot["gold"])
    print(
        f"sentences: {sum(len(d[4]) for d in sample.DOCUMENTS)}, {stot['gold']} gold triples, "
        f"{stot['pred']} predicted, {stot['tp']} found: recall {r:.3f}, precision {p:.3f}; "
        f"sentences without gold given a triple {stot['none_hit']} of {stot['none']}"
    )
    print(
        f"not asserted: {nas['rows']} gold rows (denied, ended, planned, hypothetical), "
        f"{nas['found']} found, {nas['negated']} of them negated; predicted triples with only "
        f"negated predictions {nas['pred_negated']} of {nas['pred']}"
    )
    if args.per_document:
        print("\n".join(per_doc))
    if args.list:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
