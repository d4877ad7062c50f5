"""Compare graphkit's hand lexicon with the converted CAMEO verb dictionaries.

For every row of ``data/text/relation_lexicon.csv``: is its lemma a lemma of
``data/text/cameo_verbs.csv``, and which relation would the CAMEO code of that verb give
through the bundled CAMEO mapping (``data/event_mappings/cameo.csv``, longest code prefix
wins, as for event data)? The code compared is the verb's own code (its preferred verb
entry: the code PETRARCH gives the verb when no pattern matches), in the active voice; a
verb the dictionaries code only with an object ("sign" + agreement) has no own code.

A hand row agrees when the CAMEO relation equals its ``specific`` relation if it has one,
else its ``relation``; it has the same sign when the two relation types have the same
polarity in ``data/relation_types.csv``. Prints a Markdown report. Run from the
repository root::

    python tools/text/compare_cameo_lexicon.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(ROOT / "graphkit" / "data" / name, dtype=str, keep_default_na=False)


def compare() -> tuple[pd.DataFrame, dict[str, int]]:
    """One row per hand-lexicon row with its CAMEO code, relation and verdict."""
    from graphkit.events.mappings import event_mapping, relation_of

    mapping = event_mapping("cameo")
    hand = read("text/relation_lexicon.csv")
    verbs = read("text/cameo_verbs.csv")
    polarity = dict(read("relation_types.csv")[["name", "polarity"]].values)
    own = verbs[
        (verbs["kind"] == "verb")
        & (verbs["preferred"] == "true")
        & (verbs["voice"].isin(["any", "active"]))
        & (verbs["particle"] == "")
    ]
    own_code = dict(zip(own["lemma"], own["cameo"], strict=True))
    lemmas = set(verbs["lemma"])
    rows = []
    for row in hand.itertuples(index=False):
        want = row.specific or row.relation
        code = own_code.get(row.lemma)
        found = relation_of(code, mapping) if code else None
        if row.lemma not in lemmas:
            verdict = "not in CAMEO verbs"
        elif code is None:
            verdict = "not a CAMEO verb entry"
        elif not code:
            verdict = "no code alone"
        elif found == want:
            verdict = "same"
        elif found and polarity.get(found) == polarity.get(want):
            verdict = "same sign"
        else:
            verdict = "different"
        rows.append(
            {
                "lemma": row.lemma,
                "pos": row.pos,
                "hand": want,
                "hand_relation": row.relation,
                "cameo": code or "",
                "cameo_relation": found or ("(not a relation)" if code else ""),
                "verdict": verdict,
            }
        )
    table = pd.DataFrame(rows)
    counts = {
        "rows": len(hand),
        "lemma in CAMEO verbs": int(hand["lemma"].isin(lemmas).sum()),
        "VERB rows": int((hand["pos"] == "VERB").sum()),
        "VERB rows in CAMEO verbs": int(
            (hand["lemma"].isin(lemmas) & (hand["pos"] == "VERB")).sum()
        ),
    }
    return table, counts


def main() -> int:
    table, counts = compare()
    print("## Coverage\n")
    for name, value in counts.items():
        print(f"- {name}: {value}")
    print("\n## Verdicts by hand relation (the specific one where the row has one)\n")
    verdicts = ["same", "same sign", "different", "no code alone", "not in CAMEO verbs"]
    verdicts += [v for v in sorted(set(table["verdict"])) if v not in verdicts]
    print("| relation | " + " | ".join(verdicts) + " |")
    print("|---|" + "---|" * len(verdicts))
    for relation, part in table.groupby("hand", sort=True):
        counted = Counter(part["verdict"])
        print(f"| {relation} | " + " | ".join(str(counted[v]) for v in verdicts) + " |")
    print("\n## Rows whose CAMEO code gives another relation\n")
    print("| lemma | pos | hand | CAMEO code | CAMEO relation | verdict |")
    print("|---|---|---|---|---|---|")
    shown = table[table["verdict"].isin(["same sign", "different"])]
    for row in shown.sort_values(["hand", "lemma", "pos"]).itertuples(index=False):
        print(
            f"| {row.lemma} | {row.pos} | {row.hand} | {row.cameo} | {row.cameo_relation} "
            f"| {row.verdict} |"
        )
    uncoded = table[table["verdict"] == "no code alone"]
    print("\n## Verbs the dictionaries code only with an object or a preposition\n")
    print(", ".join(sorted(set(uncoded["lemma"]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
