"""Print the full evaluation of relation extraction on the development set.

    .venv/bin/python tests/text/evaluate_devset.py [--errors]

For the development part and the held-aside part of tests/text/data/sentences.csv:
precision, recall and F1 on (source, relation, target) triples, by relation type and by
phenomenon, the false-positive rate on sentences that state no relation, the number of
not-asserted triples returned as asserted, and the speed of the batch. ``--errors`` also
lists every false positive and missed triple. The test suite checks the same figures stay
above the issue's bars (tests/text/test_evaluation.py), scored the same way: this first
edition annotates the seven relation families of its time, so the extractor runs with
``specific=False`` and only those types are scored.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pandas as pd

from graphkit.text.evaluation import evaluate_extraction

DATA = Path(__file__).parent / "data"

FIRST_EDITION = {
    "backs",
    "opposes",
    "warns",
    "courts",
    "designates_terrorist",
    "leads",
    "member_of",
}
"""The relation families the first edition of the annotation rules annotates
(data/ANNOTATION.md): only these are scored on ``sentences.csv``; rows of other types
(reduces_relations, appeals_to, borders, ...: the second edition's) are not scored
against it, as the corpus scorer ignores types its rules leave out."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    actors = pd.read_csv(DATA / "actors.csv", keep_default_na=False)
    sentences = pd.read_csv(DATA / "sentences.csv", keep_default_na=False)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.2f} on {os.cpu_count()} cores)")
    for split, title in (("dev", "development part"), ("held", "held-aside part")):
        part = sentences[sentences["split"] == split]
        report = evaluate_extraction(part, actors=actors, specific=False, relations=FIRST_EDITION)
        print(f"\n== {title} ==")
        print(report)
        if args.errors:
            texts = dict(zip(part["id"], part["text"], strict=True))
            print("\nerrors:")
            for sentence, rows in report.errors.groupby("id", sort=True):
                print(f"  {sentence}: {texts[sentence][:110]}")
                for row in rows.itertuples():
                    print(f"      {row.error}: {row.source} {row.relation} {row.target}")


if __name__ == "__main__":
    main()
