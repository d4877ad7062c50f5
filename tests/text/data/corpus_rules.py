"""The two mechanical rules of the evaluation corpus: sentence numbering and the held-out draw.

Both are part of the annotation (tests/text/data/ANNOTATION.md, R10 and R11) and were fixed
before any extractor ran on the corpus:

- :func:`split_sentences` numbers the sentences of a document; ``document_gold.csv`` gives
  each relation the 1-based number of the first sentence that states it.
- :func:`draw_held` draws the held-out quarter of documents and of new sentences.

    python tests/text/data/corpus_rules.py doc07      # print a document's numbered sentences
    python tests/text/data/corpus_rules.py --draw     # print the held-out draw

Examples
--------
>>> split_sentences("Rwanda denies it. U.S. officials said so.\\nA heading\\nGen. Kabarebe led it.")
['Rwanda denies it.', 'U.S. officials said so.', 'A heading', 'Gen. Kabarebe led it.']
>>> draw_held(["a", "b", "c", "d", "e", "f", "g", "h"], seed=16)
['d', 'f']
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).parent
SEED = 16  # the number; drawn once, before any extraction on the corpus

# Words that end with a full stop without ending a sentence (compared without case).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "capt",
        "maj",
        "brig",
        "adm",
        "cmdr",
        "sgt",
        "gov",
        "sen",
        "rep",
        "pres",
        "jr",
        "sr",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "etc",
    ]
)
_END = re.compile(r"[.!?]+(?:[\"'”’)\]]|\[\d{1,3}\])*")
_OPENING = re.compile(r"[A-Z0-9\"'“‘(\[]")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the mark ``text[start:end]`` closes a sentence."""
    rest = text[end:]
    if not rest[:1].isspace():
        return False
    following = rest.lstrip()
    if not following or not _OPENING.match(following):
        return False
    if text[start] == ".":
        word = re.search(r"(\S+)$", text[:start])
        token = word.group(1) if word else ""
        bare = token.lstrip("(\"'“‘[").lower()
        if bare in ABBREVIATIONS:
            return False
        if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", bare):  # initials: U.S, E.O, J
            return False
    return True


def split_sentences(text: str) -> list[str]:
    """The sentences of a document, in order (R10 of ANNOTATION.md).

    Every line break ends a sentence (headings, bullets and list items are sentences of
    their own; blank lines are dropped). Within a line, a sentence ends at ``.``, ``!`` or
    ``?`` (with any closing quotes or brackets, or citation marks such as ``[16]``, after
    it) that is followed by white space and
    then a capital letter, a digit or an opening quote or bracket, except after an
    abbreviation of :data:`ABBREVIATIONS` or after initials (``U.S.``, ``E.O.``, ``J.``).
    Sentences are stripped of surrounding white space.
    """
    sentences = []
    for line in text.split("\n"):
        start = 0
        for match in _END.finditer(line):
            if _ends_sentence(line, match.start(), match.end()):
                sentences.append(line[start : match.end()].strip())
                start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def draw_held(ids: Iterable[str], seed: int = SEED) -> list[str]:
    """A seeded random quarter (rounded to the nearest whole) of ``ids``, sorted (R11).

    The ids are sorted first, so the draw depends on the set of ids and the seed only.
    """
    ordered = sorted(ids)
    chosen = random.Random(seed).sample(ordered, round(len(ordered) / 4))
    return sorted(chosen)


def _main(argv: list[str]) -> None:
    if argv and argv[0] == "--draw":
        import csv

        documents = [p.stem for p in sorted((DATA / "documents").glob("*.txt"))]
        print("held documents:", " ".join(draw_held(documents)))
        path = DATA / "sentences_v2.csv"
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                ids = [row["id"] for row in csv.DictReader(handle)]
            print("held sentences:", " ".join(draw_held(ids)))
        return
    for name in argv:
        text = (DATA / "documents" / f"{name}.txt").read_text(encoding="utf-8")
        print(f"== {name}")
        for number, sentence in enumerate(split_sentences(text), start=1):
            print(f"{number:3d}  {sentence}")


if __name__ == "__main__":
    _main(sys.argv[1:])
