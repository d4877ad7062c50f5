"""Score the extractor on the round-19 precision audit (precision_audit_cases.py) and print
the table of BASELINE.md: per class, sentences, right, wrong triple (no such pair
expected), wrong pair or direction (the pair expected with another type or direction),
wrong status (the triple expected with another status); then each wrong row.

    python tests/text/precision_audit.py [--class NAME]

Only sentences written for the audit are read; no corpus file."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from precision_audit_cases import ACTORS, CASES

SYMMETRIC = {"fights", "consults", "allied_with", "cooperates_with", "borders"}
IGNORED = {"reports_on", "comments_on", "captures", "controls", "withdraws_from"}


def canonical(source: str, relation: str, target: str) -> tuple[str, str, str]:
    if relation in SYMMETRIC and target < source:
        source, target = target, source
    return source, relation, target


def parse_expected(text: str) -> tuple[dict, set]:
    """Required rows {triple: status} and optional triples."""
    required: dict[tuple[str, str, str], str] = {}
    optional: set[tuple[str, str, str]] = set()
    for item in filter(None, (part.strip() for part in text.split(";"))):
        is_optional = item.startswith("?")
        item = item.lstrip("?")
        triple_text, _, status = item.partition(":")
        triple = canonical(*triple_text.split())
        if is_optional:
            optional.add(triple)
        else:
            required[triple] = status or "asserted"
    return required, optional


def status_of(modality: str) -> str:
    return modality if modality in ("asserted", "reported") else "not"


def judge(rows, expected: str) -> tuple[list, list]:
    """Wrong rows (kind, triple, status) and missed required triples of one sentence."""
    required, optional = parse_expected(expected)
    pairs = {frozenset((s, t)) for s, _, t in list(required) + list(optional)}
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for source, relation, target, modality in rows:
        if relation in IGNORED:
            continue
        found[canonical(source, relation, target)].add(status_of(modality))
    wrong = []
    for triple, statuses in sorted(found.items()):
        if triple in optional:
            continue
        if triple in required:
            want = required[triple]
            if want != "any" and want not in statuses:
                wrong.append(("wrong status", triple, "/".join(sorted(statuses)), want))
            continue
        kind = "wrong pair" if frozenset((triple[0], triple[2])) in pairs else "wrong triple"
        wrong.append((kind, triple, "/".join(sorted(statuses)), ""))
    missed = [triple for triple in required if triple not in found]
    return wrong, missed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--class", dest="only")
    args = parser.parse_args()
    from graphkit.text import extract_relations

    cases = [case for case in CASES if args.only is None or case[0] == args.only]
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    details = []
    for cls, text, expected in cases:
        review = extract_relations(text, actors=ACTORS)
        rows = [(r.source, r.relation, r.target, r.modality) for r in review.itertuples()]
        wrong, missed = judge(rows, expected)
        counts = table[cls]
        counts[0] += 1
        counts[1] += not wrong
        for kind, *_ in wrong:
            counts[{"wrong triple": 2, "wrong pair": 3, "wrong status": 4}[kind]] += 1
        counts[5] += len(missed)
        for kind, triple, got, want in wrong:
            details.append(
                f"{cls:18} {kind:12} {' '.join(triple)} [{got}"
                + (f" want {want}" if want else "")
                + f"]  | {text}"
            )
        for triple in missed:
            details.append(f"{cls:18} {'missed':12} {' '.join(triple)}  | {text}")
    print(
        "| class | sentences | right | wrong triple | wrong pair or direction | wrong status"
        " | missed |"
    )
    total = [0] * 6
    for cls, counts in table.items():
        print(f"| {cls} | " + " | ".join(str(c) for c in counts) + " |")
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("| all | " + " | ".join(str(c) for c in total) + " |")
    print()
    print("\n".join(details))


if __name__ == "__main__":
    main()
