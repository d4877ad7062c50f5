"""The CAMEO mapping read against the CAMEO codebook itself (the copy vendored with the
lexicon's sources): root 16, "reduce relations", holds one sanction, 163."""

from __future__ import annotations

import re
from pathlib import Path

from graphkit.events.mappings import event_mapping, relation_of

CODEBOOK = (
    Path(__file__).resolve().parents[2]
    / "tools"
    / "text"
    / "sources"
    / "text_to_cameo"
    / "CAMEO_codefile.txt"
)


def codebook_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for line in CODEBOOK.read_text(encoding="utf-8").splitlines():
        found = re.match(r"^LABEL: (\d+)= (.+)$", line)
        if found:
            labels.setdefault(found[1], found[2])
    return labels


def test_the_codebook_says_163_imposes_sanctions_and_166_expels():
    labels = codebook_labels()
    assert labels["163"] == "Impose embargo, boycott, or sanctions"
    assert labels["166"] == "Expel or withdraw"


def test_root_16_makes_a_sanction_of_163_only():
    cameo = event_mapping("cameo")
    codes = sorted(code for code in codebook_labels() if code.startswith("16"))
    assert len(codes) == 13  # 160-166 and the sub-codes of 162 and 166
    relations = {code: relation_of(code, cameo) for code in codes}
    assert relations.pop("163") == "sanctions"
    assert set(relations.values()) == {"reduces_relations"}


def test_quad_classes_of_cameo_roots_under_both_conventions():
    """Every root 01-20 under GDELT's convention (01-05, 06-09, 10-14, 15-20) and the
    ICEWS tooling's (01-05, 06-08, 09-13, 14-20), written out by hand; text that is no
    root (a code, one digit, letters, blank, NULL) has no quad class."""
    import ibis
    import pyarrow as pa

    from graphkit.events.expressions import cameo_quad

    gdelt = [1] * 5 + [2] * 4 + [3] * 5 + [4] * 6
    icews = [1] * 5 + [2] * 3 + [3] * 5 + [4] * 7
    roots = [f"{r:02d}" for r in range(1, 21)]
    others = ["00", "21", "1", "010", "190", "0A", "1A", " 1", "", None]
    table = ibis.memtable(pa.table({"root": pa.array(roots + others, pa.string())}))
    for convention, expected in (("gdelt", gdelt), ("icews", icews)):
        found = table.select(quad=cameo_quad(table.root, convention)).to_pyarrow()
        assert found["quad"].to_pylist() == expected + [None] * len(others), convention
