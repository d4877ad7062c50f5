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
