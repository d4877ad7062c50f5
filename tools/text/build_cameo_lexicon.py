"""Convert the PETRARCH coders' CAMEO dictionaries into graphkit's lexicon tables.

Reads the pinned copies under ``tools/text/sources/`` (each file's repository, commit and
SHA-256 in ``tools/text/sources/MANIFEST.csv``; the script refuses a file whose checksum
differs) and writes, in ``graphkit/data/text/``:

``cameo_verbs.csv``
    One row per verb entry and per verb pattern of the two verb dictionaries, with its
    CAMEO code.
``cameo_synsets.csv``
    The members of the dictionaries' synonym sets (``&CURRENCY``, ``&MILITARY`` ...)
    that patterns refer to.
``offices.csv``
    The agents dictionary: titles, offices, institutions and kinds of people with their
    CAMEO role codes.

and ``tools/text/cameo_dropped.csv``: every source line that was not converted, with the
reason. Run from the repository root::

    python tools/text/build_cameo_lexicon.py          # write the tables
    python tools/text/build_cameo_lexicon.py --check  # exit 1 if a table would change

The conversion is deterministic: rows are written in source order (dictionary, then
line), cells are plain text, and the only model involved is spaCy's rule lemmatizer of
the pinned ``en_core_web_sm`` 3.8.0 (its files checked against
``data/text/model_manifest.csv`` by :func:`graphkit.text.pipeline.english_pipeline`),
used for a few verb entries that the dictionaries list in an inflected form.

The pattern normal form (column ``pattern``)
--------------------------------------------
Tokens separated by one space:

``*``
    the verb (any verb of the pattern's block, see ``synset``);
``*_off``, ``wire_*``
    a multi-word verb: the verb with the words that must stand next to it;
``word``
    a literal word, lower case; ``word_word`` are words that must be adjacent;
``&NAME``
    any member of synonym set NAME (``cameo_synsets.csv``);
``SOURCE``, ``TARGET``
    where the source and target actors sit (PETRARCH ``$`` and ``+``);
``BOTH``
    one coordinated phrase holding source and target, "A and B" (PETRARCH ``%``);
``SKIP``
    any one noun phrase (PETRARCH ``^``);
``{w1 w2 head}``
    a noun phrase with head ``head`` and modifiers (petrarch2 only);
``(prep w ...)``
    a prepositional phrase (petrarch2 only).

petrarch2 patterns are phrase structure: each element is matched on the parse and other
words may stand between them. universalpetrarch patterns are TABARI-style word
sequences: other words may stand between space-separated tokens, not inside a ``_``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "tools" / "text" / "sources"
OUTPUT = ROOT / "graphkit" / "data" / "text"
DROPPED = ROOT / "tools" / "text" / "cameo_dropped.csv"

P2_VERBS = "petrarch2/CAMEO.2.0.txt"
UP_VERBS = "universalpetrarch/CAMEO.verbpatterns.150430.txt"
AGENTS = "petrarch2/Phoenix.agents.txt"
CODEBOOK = "text_to_cameo/CAMEO_codefile.txt"
SUPPLEMENT = "graphkit/offices_supplement.csv"

ORIGIN = {
    P2_VERBS: "petrarch2:CAMEO.2.0.txt",
    UP_VERBS: "universalpetrarch:CAMEO.verbpatterns.150430.txt",
    AGENTS: "petrarch2:Phoenix.agents.txt",
}

# The order in which two dictionaries' rows for the same pattern are preferred: petrarch2's
# CAMEO.2.0 is the later, maintained dictionary (corrected in March 2019), written for
# matching on a parse as graphkit does; the TABARI-style file dates from April 2015.
ORIGIN_RANK = {ORIGIN[P2_VERBS]: 0, ORIGIN[UP_VERBS]: 1}

VERB_COLUMNS = [
    "lemma",
    "particle",
    "pattern",
    "subject_nouns",
    "object_nouns",
    "preposition",
    "prep_nouns",
    "cameo",
    "voice",
    "synset",
    "kind",
    "lemma_basis",
    "forms",
    "origin",
    "line",
    "preferred",
]
SYNSET_COLUMNS = ["synset", "member", "plural", "origin", "line"]
OFFICE_COLUMNS = [
    "words",
    "role",
    "secondary",
    "kind",
    "code",
    "plural",
    "source_form",
    "origin",
    "line",
]
DROPPED_COLUMNS = ["origin", "line", "text", "reason"]


def word_set(text: str) -> frozenset[str]:
    """The words of a text, as a set."""
    return frozenset(text.split())


MARKERS = {"$": "SOURCE", "+": "TARGET", "%": "BOTH", "^": "SKIP"}

# Words read as the particle of a phrasal verb when they stand right after the verb, bare
# (not heading a prepositional phrase): "set out views", "put up resistance".
PARTICLES = word_set("up down out off away back forward forth aside ahead apart together")

# Prepositions that open a prepositional phrase in a TABARI-style word sequence.
PREPOSITIONS = word_set(
    """about above across after against along alongside amid amidst among amongst around as
    at before behind below beneath beside besides between beyond by despite during for
    from in inside into near of on onto outside over since than through throughout to
    toward towards under until upon via with within without"""
)

# TABARI stems in the agents file (an entry ending in a stem matched any word starting with
# it; PETRARCH2 matches whole words, so the stems no longer matched): the words they stood
# for, as the file's own !MINIST! substitution set spells them.
AGENT_STEMS = {
    "MINIST": ["MINISTER", "MINISTRY"],
    "AUTHORIT": ["AUTHORITY"],
    "COMPAN": ["COMPANY"],
    "INDUSTR": ["INDUSTRY"],
    "MILITA": ["MILITIA"],
}

# The singular members of the agents file's substitution sets (the file lists the plurals
# too; a table of words keeps the singular and leaves plurals to the matcher's lemmas).
SUBSTITUTION_SINGULARS = {
    "PERSON": ["MAN", "WOMAN", "PERSON"],
    "MINIST": ["MINISTER", "MINISTRY"],
}

# Head words (last word) of the agents entries that name a body, and those that name a
# post held by one person in a state, an organisation or an armed force. Any other entry
# names a kind of person (farmer, rebel, student, soldier) or, for the heads in
# ASSET_HEADS, equipment (a warship, a fighter jet).
INSTITUTION_HEADS = word_set(
    """academy administration agency airforce alliance army assembly association authority
    bank board body brigade bureau bureaucracy cabinet cartel caucus center centre chamber
    church club coalition command commission committee company congress constabulary
    corporation corps council court delegation department directorate division embassy
    enterprise establishment executive faction federation firm force foundation front fund
    gendarmerie government group guard house industry infantry inquiry institute
    duma institution intelligence judiciary junta league legislature leadership marines media
    military militia ministry mission movement navy network office opposition
    organization organisation paramilitary parliament party patrol police presidency press
    prosecution regime regiment secretariat security senate service society squad squadron
    staff syndicate treasury tribunal union unit university"""
)
OFFICE_HEADS = word_set(
    """adviser advisor ambassador attache attorney chair chairman chairperson chairwoman
    chancellor chief commandant commander commissioner consul councillor councilor
    counselor counsellor delegate deputy diplomat director emir emissary envoy
    general governor head judge justice king lawmaker leader legislator magistrate marshal
    mayor minister monarch negotiator official parliamentarian premier president
    prosecutor queen representative secretary senator sheikh speaker spokesman
    spokesperson spokeswoman sultan tsar viceroy"""
)
ASSET_HEADS = word_set(
    """aircraft airliner battleship battlewagon boat bomber carrier chopper containership
    cruiser destroyer drone frigate gunboat gunship helicopter jet jumbojet plane ship
    submarine supertanker tank tanker uav vehicle vessel warplane warship"""
)


class SourceError(Exception):
    """A pinned source file is missing or differs from its manifest entry."""


@dataclass
class Dropped:
    """Source lines that were not converted, with the reason."""

    rows: list[dict[str, str]] = field(default_factory=list)

    def add(self, origin: str, line: int, text: str, reason: str) -> None:
        self.rows.append(
            {"origin": origin, "line": str(line), "text": text.strip(), "reason": reason}
        )


# ---------------------------------------------------------------------------- sources


def read_manifest() -> list[dict[str, str]]:
    """The pinned source files, each with repository, commit, path and SHA-256."""
    with open(SOURCES / "MANIFEST.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def source_lines(name: str) -> list[str]:
    """The lines of a pinned source file, after checking its SHA-256 against the manifest."""
    entry = {row["file"]: row for row in read_manifest()}.get(name)
    if entry is None:
        raise SourceError(f"{name}: not listed in {SOURCES / 'MANIFEST.csv'}")
    path = SOURCES / name
    if not path.exists():
        raise SourceError(f"{path}: missing (pinned copy of {entry['repository']})")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry["sha256"]:
        raise SourceError(
            f"{path}: SHA-256 {digest} differs from the manifest's {entry['sha256']} "
            f"({entry['repository']} {entry['commit']}:{entry['path']})"
        )
    return data.decode("utf-8").split("\n")


def read_codebook() -> dict[str, str]:
    """CAMEO event codes and their labels from the vendored codebook list.

    The list's ``LABEL:`` lines are the codebook; ``LABELi:`` lines are ICEWS's re-wordings
    of the same codes (and a few misprinted codes such as ``13y``), not read, nor are the
    three ``LABEL:`` lines whose code carries ICEWS's ``i`` suffix (``0811i``, ``1321i``,
    ``138i``: re-wordings of 0811, 1321 and 138)."""
    codes: dict[str, str] = {}
    for number, text in enumerate(source_lines(CODEBOOK), start=1):
        found = re.match(r"LABEL: (\d{3,4})= ?(.*)$", text)
        if found:
            codes.setdefault(found.group(1), found.group(2).strip())
        elif text.startswith("LABEL: ") and not re.match(r"LABEL: \d{3,4}i=", text):
            raise SourceError(f"{CODEBOOK}:{number}: unreadable codebook line {text!r}")
    return codes


# ---------------------------------------------------------------------------- lemmas


def spacy_verb_lemmatizer() -> Callable[[str], str]:
    """The lemma of a dictionary's verb entry, read with spaCy's rule lemmatizer (the
    pinned English model).

    The dictionaries list base forms ("SAY {SAYS SAID SAYING}"), so an entry is its own
    lemma when spaCy's table of verb lemmas holds it ("FELL", to cut down, stays "fell",
    not "fall"; "SPEED" stays "speed"); any other word is lemmatised as a verb and takes
    spaCy's lemma when that is a known verb lemma ("ANGERED" -> "anger", "THREW" ->
    "throw"), else stays as written ("CORDON"; "UNIMPRESS", not "unimpres")."""
    from spacy.tokens import Doc

    from graphkit.text.lemmas import on_demand_lemmatizer
    from graphkit.text.pipeline import english_pipeline

    nlp = english_pipeline()
    lemmatizer = on_demand_lemmatizer(nlp)
    if lemmatizer is None:
        raise SourceError("the English pipeline has no rule lemmatizer")
    known = frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])
    cache: dict[str, str] = {}

    def lemma(word: str) -> str:
        word = word.lower()
        if word not in cache:
            found = word
            if word not in known:
                doc = Doc(nlp.vocab, words=[word])
                doc[0].pos_ = "VERB"
                forms = [f.lower() for f in lemmatizer.rule_lemmatize(doc[0])]
                found = forms[0] if forms and forms[0] in known else word
            cache[word] = found
        return cache[word]

    return lemma


# ---------------------------------------------------------------------------- verbs


@dataclass
class VerbEntry:
    """One verb (or multi-word verb) of a block."""

    word: str  # the verb word, upper case as written
    before: list[str]  # words of a multi-word verb before the verb
    after: list[str]  # words of a multi-word verb after the verb
    forms: list[str]  # inflected forms as the dictionary lists them
    code: str  # the entry's own code, else the block's


@dataclass
class Block:
    """A verb block: ``--- NAME [CODE] ---``, its verbs and its patterns."""

    name: str
    code: str
    line: int
    verbs: list[tuple[int, str, VerbEntry]] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


def split_comment(text: str) -> tuple[str, str]:
    """A dictionary line's content and its comment (after the first ``#``)."""
    content, _, comment = text.partition("#")
    return content.strip(), comment.strip()


def parse_verb_entry(content: str, block_code: str) -> VerbEntry:
    """``+CORDON_OFF {+CORDONED_OFF ...} [code]``, ``SAY {SAYS SAID SAYING}`` or
    ``SNUB [111] {SNUBS SNUBBING SNUBBED}``."""
    code = block_code
    found = re.search(r"\[([^\]]*)\]", content)  # usually last, once before the forms
    if found:
        code = found.group(1).strip()
        content = (content[: found.start()] + " " + content[found.end() :]).strip()
    forms_text = ""
    if "{" in content:
        content, _, rest = content.partition("{")
        forms_text = rest.partition("}")[0]
    phrase = content.split()[0]
    words = phrase.split("_")
    if len(words) > 1:
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        if len(marked) != 1:
            raise ValueError(f"multi-word verb {phrase!r} needs one word marked with '+'")
        at = marked[0]
        verb = words[at][1:]
        before, after = [w for w in words[:at] if w], [w for w in words[at + 1 :] if w]
    else:
        verb, before, after = words[0].lstrip("+"), [], []
    if not re.fullmatch(r"[A-Z][A-Z'-]*", verb):
        raise ValueError(f"verb {verb!r} is not a word")
    # a multi-word verb's forms are phrases: "+ASKED_FOR" is "asked for"
    forms = [
        " ".join(w for w in form.replace("+", "").split("_") if w) for form in forms_text.split()
    ]
    return VerbEntry(verb, before, after, forms, code)


def read_blocks(name: str, dropped: Dropped) -> tuple[list[Block], list[tuple[int, str, str]]]:
    """The verb blocks of a verb dictionary and its synonym-set members."""
    origin = ORIGIN[name]
    blocks: list[Block] = []
    synsets: list[tuple[int, str, str]] = []  # (line, synset label, member as written)
    label = ""
    in_patterns = False
    for number, raw in enumerate(source_lines(name), start=1):
        text = raw.rstrip()
        if text.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if not in_patterns:
            if text.startswith("&"):
                label = text.strip()
            elif text.startswith("+") and label:
                synsets.append((number, label, split_comment(text[1:])[0]))
            else:
                dropped.add(origin, number, text, "not a synonym set line")
            continue
        if text.startswith("---"):
            found = re.match(r"---\s*(\S+)\s*(?:\[([^\]]*)\])?\s*(?:---|###)", text)
            if not found:
                dropped.add(origin, number, text, "unreadable block header")
                continue
            blocks.append(Block(found.group(1), (found.group(2) or "---").strip(), number))
        elif text.startswith("~"):
            dropped.add(
                origin,
                number,
                text,
                "verb transformation (a rule over a verb and the clause it governs), "
                "not a verb pattern",
            )
        elif text.startswith("-"):
            if not blocks:
                dropped.add(origin, number, text, "pattern before the first block")
                continue
            blocks[-1].patterns.append((number, text))
        else:
            if not blocks:
                dropped.add(origin, number, text, "verb before the first block")
                continue
            content, comment = split_comment(text)
            try:
                entry = parse_verb_entry(content, blocks[-1].code)
            except ValueError as exc:
                dropped.add(origin, number, text, str(exc))
                continue
            blocks[-1].verbs.append((number, comment, entry))
    return blocks, synsets


def split_code(code: str) -> list[tuple[str, str]]:
    """``(cameo, voice)`` pairs of a dictionary code: ``042`` applies in either voice,
    ``042:043`` is 042 in the active and 043 in the passive voice, ``:173`` applies in the
    passive only; ``---`` is the null code (no event), written as an empty ``cameo``."""
    if ":" not in code:
        return [("" if code == "---" else code, "any")]
    active, _, passive = code.partition(":")
    active = "" if active in ("", "---") else active
    passive = "" if passive in ("", "---") else passive
    if active == passive:
        return [(active, "any")]
    pairs = []
    if active or not passive:
        pairs.append((active, "active"))
    if passive:
        pairs.append((passive, "passive"))
    return pairs


def token_form(token: str, synsets: frozenset[str]) -> str:
    """A pattern token in the normal form: markers spelled out, words in lower case,
    synonym sets as ``&NAME``; ``_``-joined parts each so.

    A part starting with ``&`` names the longest defined synonym set its ``_``-joined
    parts spell (``&MILITARY_AID`` is ``&MILITARY`` next to "aid"; ``&FIGHT_OF_WORDS`` is
    a set); ValueError when none is defined (PETRARCH ignores such a pattern)."""
    parts = token.split("_")
    out: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if part.startswith("&"):
            for end in range(len(parts), index, -1):
                name = "_".join(parts[index:end])[1:].upper()
                if name in synsets:
                    out.append("&" + name)
                    index = end
                    break
            else:
                raise ValueError(f"undefined synonym set {part!r}")
            continue
        if part not in MARKERS and re.search(r"[$+%^*]", part):
            raise ValueError(f"actor marker inside the word {part!r}")
        if part not in MARKERS and not re.search(r"[A-Za-z0-9]", part):
            where = "" if part == token else f" in {token!r}"
            raise ValueError(f"{part!r}{where} is not a word")
        out.append(MARKERS.get(part, part.lower()))
        index += 1
    return "_".join(out)


def split_star(tokens: list[str]) -> tuple[list[str], str, list[str]]:
    """Tokens before the verb, the token holding ``*`` (with the words ``_``-joined to the
    verb), tokens after it; ValueError unless exactly one ``*``."""
    count = sum(t.count("*") for t in tokens)
    if count != 1:
        raise ValueError(f"{count} verb markers '*' (want 1)")
    at = next(i for i, t in enumerate(tokens) if "*" in t)
    return tokens[:at], tokens[at], tokens[at + 1 :]


def star_form(token: str, synsets: frozenset[str]) -> tuple[str, list[str], list[str]]:
    """The verb token in the normal form, with the words joined before and after it."""
    before, _, after = token.partition("*")
    if (before and not before.endswith("_")) or (after and not after.startswith("_")):
        raise ValueError(f"verb marker '*' inside a word in {token!r}")
    left = token_form(before[:-1], synsets).split("_") if before else []
    right = token_form(after[1:], synsets).split("_") if after else []
    return "_".join([*left, "*", *right]), left, right


@dataclass
class Element:
    """A phrase of a petrarch2 pattern: a noun, ``{noun phrase}`` or ``(prep ...)``."""

    kind: str  # "word", "np" or "pp"
    words: list[str]  # normal-form tokens; for "pp" the preposition first

    def text(self) -> str:
        if self.kind == "np":
            return "{" + " ".join(self.words) + "}"
        if self.kind == "pp":
            return "(" + " ".join(self.words) + ")"
        return self.words[0]

    def nouns(self) -> str:
        """The element's words, markers and brackets left out, joined by spaces."""
        words = self.words[1:] if self.kind == "pp" else self.words
        text = " ".join(w for w in words if w not in MARKERS.values())
        return " ".join(re.sub(r"[{}()]", " ", text).replace("_", " ").split())


def p2_elements(tokens: list[str], synsets: frozenset[str]) -> list[Element]:
    """The phrases of one side of a petrarch2 pattern, or ValueError when unbalanced."""
    elements: list[Element] = []
    stack: list[Element] = []
    for token in tokens:
        if token == "(":
            if stack:
                raise ValueError("a prepositional phrase inside another phrase")
            stack.append(Element("pp", []))
        elif token == "{":
            if stack and stack[-1].kind == "np":
                raise ValueError("a noun phrase inside a noun phrase")
            stack.append(Element("np", []))
        elif token in (")", "}"):
            want = "pp" if token == ")" else "np"
            if not stack or stack[-1].kind != want:
                raise ValueError(f"unbalanced {token!r}")
            done = stack.pop()
            if not done.words:
                raise ValueError(f"empty {done.text()!r}")
            if stack:
                stack[-1].words.append(done.text())
            else:
                elements.append(done)
        elif stack:
            stack[-1].words.append(token_form(token, synsets))
        else:
            elements.append(Element("word", [token_form(token, synsets)]))
    if stack:
        raise ValueError("unbalanced '(' or '{'")
    return elements


@dataclass
class Parsed:
    """A pattern in the normal form with the columns derived from it."""

    pattern: str
    particle: str = ""
    subject_nouns: str = ""
    object_nouns: str = ""
    preposition: str = ""
    prep_nouns: str = ""


def parse_p2_pattern(body: str, synsets: frozenset[str]) -> Parsed:
    """A petrarch2 pattern ``[pre nouns] [pre preps] * [post nouns] [post preps]``."""
    for bracket in "(){}":
        body = body.replace(bracket, f" {bracket} ")
    pre_tokens, star, post_tokens = split_star(body.split())
    verb, left, right = star_form(star, synsets)
    pre, post = p2_elements(pre_tokens, synsets), p2_elements(post_tokens, synsets)
    after = [Element("word", [w]) for w in right] + post
    particle = ""
    if after and after[0].kind == "word" and after[0].words[0] in PARTICLES:
        particle = after[0].words[0]
    objects = [e for e in after if e.kind != "pp"][1 if particle else 0 :]
    preps = [e for e in post if e.kind == "pp"]
    before = [e for e in pre if e.kind != "pp"] + [Element("word", [w]) for w in left]
    return Parsed(
        pattern=" ".join([*(e.text() for e in pre), verb, *(e.text() for e in post)]),
        particle=particle,
        subject_nouns="|".join(n for e in before if (n := e.nouns())),
        object_nouns="|".join(n for e in objects if (n := e.nouns())),
        preposition=preps[0].words[0] if preps else "",
        prep_nouns=preps[0].nouns() if preps else "",
    )


def parse_up_pattern(body: str, synsets: frozenset[str]) -> Parsed:
    """A TABARI-style pattern: a word sequence around ``*`` (universalpetrarch)."""
    if any(bracket in body for bracket in "(){}"):
        raise ValueError("brackets in a TABARI-style pattern")
    # PETRARCH's reader turns the legacy "WORD_ " (an open match) into "WORD ".
    body = re.sub(r"_(?=\s|$)", "", body)
    pre_tokens, star, post_tokens = split_star(body.split())
    verb, left, right = star_form(star, synsets)
    pre = [token_form(t, synsets) for t in pre_tokens]
    post = [token_form(t, synsets) for t in post_tokens]
    after = right + post
    particle = after[0] if after and after[0] in PARTICLES else ""
    objects: list[str] = []
    preposition, prep_nouns = "", []
    for token in after[1:] if particle else after:
        if token in MARKERS.values():
            if preposition:
                break
            continue
        if not preposition and token in PREPOSITIONS:
            preposition = token
            continue
        if preposition:
            if token in PREPOSITIONS:
                break
            prep_nouns.append(token)
        else:
            objects.append(token)
    words = [t for t in [*pre, *left] if t not in MARKERS.values()]
    return Parsed(
        pattern=" ".join([*pre, verb, *post]),
        particle=particle,
        subject_nouns=" ".join(words).replace("_", " "),
        object_nouns=" ".join(objects).replace("_", " "),
        preposition=preposition,
        prep_nouns=" ".join(prep_nouns).replace("_", " "),
    )


PATTERN_LINE = re.compile(r"^-(?P<body>[^\[]*)\[(?P<code>[^\]]*)\]\s*$")


def pattern_comment_verb(comment: str) -> str:
    """The verb a pattern's comment names as the one it was found with (``# RUSH``)."""
    found = re.match(r"([A-Z][A-Z'-]*)(?:\s|$|<|,)", comment)
    return found.group(1) if found else ""


def convert_verbs(
    name: str,
    codes: dict[str, str],
    lemmatize: Callable[[str], str],
    dropped: Dropped,
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The verb rows and synonym-set rows of one verb dictionary."""
    origin = ORIGIN[name]
    blocks, synsets = read_blocks(name, dropped)
    labels = frozenset(label[1:].strip().rstrip("_").upper() for _, label, _ in synsets)
    parse = parse_p2_pattern if name == P2_VERBS else parse_up_pattern
    rows: list[dict[str, str]] = []

    def emit(base: dict[str, str], code: str, number: int, text: str) -> None:
        pairs = split_code(code)
        bad = [c for c, _ in pairs if c and c not in codes]
        if bad:
            dropped.add(
                origin, number, text, f"code {code!r}: {', '.join(bad)} not in the CAMEO codebook"
            )
            return
        for cameo, voice in pairs:
            rows.append({**base, "cameo": cameo, "voice": voice, "line": str(number)})

    for block in blocks:
        members: dict[str, str] = {}
        first = ""
        for number, _comment, entry in block.verbs:
            lemma = lemmatize(entry.word)
            members.setdefault(entry.word, lemma)
            for form in entry.forms:
                if " " not in form:
                    members.setdefault(form.upper(), lemma)
            first = first or lemma
            pattern = "_".join([*(w.lower() for w in entry.before), "*", *entry.after]).lower()
            base = {
                "lemma": lemma,
                "particle": " ".join(entry.after).lower(),
                "pattern": pattern,
                "subject_nouns": "",
                "object_nouns": "",
                "preposition": "",
                "prep_nouns": "",
                "synset": block.name,
                "kind": "verb",
                "lemma_basis": "entry",
                "forms": "|".join(f.lower() for f in entry.forms),
                "origin": origin,
            }
            emit(base, entry.code, number, source_line(name, number))
        for number, text in block.patterns:
            found = PATTERN_LINE.match(split_comment(text)[0])
            if not found:
                dropped.add(origin, number, text, "no code in brackets at the end of the pattern")
                continue
            try:
                parsed = parse(found.group("body").strip(), labels)
            except ValueError as exc:
                dropped.add(origin, number, text, str(exc))
                continue
            named = pattern_comment_verb(split_comment(text)[1])
            if named and named in members:
                lemma, basis = members[named], "comment"
            elif named:
                lemma, basis = lemmatize(named), "comment_outside_block"
            elif first:
                lemma, basis = first, "block"
            else:
                dropped.add(origin, number, text, "pattern of a block without verbs")
                continue
            base = {
                "lemma": lemma,
                "particle": parsed.particle,
                "pattern": parsed.pattern,
                "subject_nouns": parsed.subject_nouns,
                "object_nouns": parsed.object_nouns,
                "preposition": parsed.preposition,
                "prep_nouns": parsed.prep_nouns,
                "synset": block.name,
                "kind": "pattern",
                "lemma_basis": basis,
                "forms": "",
                "origin": origin,
            }
            emit(base, found.group("code").strip(), number, text)
    synset_rows = []
    for number, label, member in synsets:
        plural = synset_plural(label, member)
        synset_rows.append(
            {
                "synset": label[1:].rstrip("_"),
                "member": "_".join(member.rstrip("_").lower().replace("_", " ").split()),
                "plural": plural,
                "origin": origin,
                "line": str(number),
            }
        )
    return rows, synset_rows


_LINES: dict[str, list[str]] = {}


def source_line(name: str, number: int) -> str:
    """Line ``number`` (1-based) of a pinned source file."""
    if name not in _LINES:
        _LINES[name] = source_lines(name)
    return _LINES[name][number - 1]


def synset_plural(label: str, member: str) -> str:
    """The plural PETRARCH generates for a synonym-set member, or "" when it makes none
    (the label or the member ends with ``_``)."""
    if label.endswith("_") or member.endswith("_"):
        return ""
    words = member.lower().replace("_", " ").split()
    last = words[-1]
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith("s"):
        last = last + "es"
    else:
        last = last + "s"
    return "_".join([*words[:-1], last])


def flat_key(pattern: str) -> str:
    """A pattern's words and symbols in order, brackets and adjacency left out: the key
    under which rows of the two dictionaries count as the same pattern."""
    return " ".join(re.sub(r"[{}()]", " ", pattern).replace("_", " ").split())


def mark_preferred(rows: list[dict[str, str]]) -> None:
    """Set ``preferred`` to "true" on one row of each group of rows with the same lemma,
    particle, pattern key (:func:`flat_key`) and voice, "false" on the others.

    The petrarch2 row wins over the universalpetrarch one (``ORIGIN_RANK``); then a
    pattern over a verb entry (PETRARCH codes a matched pattern before the verb's own
    code); then, within one dictionary, the first entry of a verb listed twice and the
    last line of a pattern given twice, as PETRARCH2's reader does (it keeps a verb's first
    entry and lets a later identical pattern replace an earlier one)."""

    def key(row: dict[str, str]) -> tuple[str, str, str, str]:
        return (row["lemma"], row["particle"], flat_key(row["pattern"]), row["voice"])

    def rank(row: dict[str, str]) -> tuple[int, int, int]:
        line = int(row["line"])
        if row["kind"] == "verb":
            return (-ORIGIN_RANK[row["origin"]], 0, -line)
        return (-ORIGIN_RANK[row["origin"]], 1, line)

    best: dict[tuple[str, str, str, str], tuple[int, int, int]] = {}
    for row in rows:
        best[key(row)] = max(best.get(key(row), rank(row)), rank(row))
    for row in rows:
        row["preferred"] = "true" if best[key(row)] == rank(row) else "false"


# ---------------------------------------------------------------------------- agents


def office_kind(words: list[str]) -> str:
    """office / institution / person-title / asset, from the entry's head word.

    The head is the word before the first "of" or "for" ("chief of staff", "ministry for
    the treasury"), else the last word (a trailing "in" or "of" left out). A head with a
    digit is an aircraft or weapon model ("f-16", "mig-21pfm"). A head in no list names a
    kind of person."""
    lowered = [w.lower() for w in words]
    while len(lowered) > 1 and lowered[-1] in ("in", "of"):
        lowered.pop()
    cut = next((i for i, w in enumerate(lowered) if w in ("of", "for") and i > 0), 0)
    for head in [lowered[cut - 1]] if cut else [lowered[-1]]:
        for candidate in (head, head[:-1] if head.endswith("s") else head):
            if candidate in OFFICE_HEADS:
                return "office"
            if candidate in INSTITUTION_HEADS:
                return "institution"
            if candidate in ASSET_HEADS or re.search(r"\d", candidate):
                return "asset"
    return "person-title"


AGENT_LINE = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]"
)


def convert_agents(dropped: Dropped) -> list[dict[str, str]]:
    """The rows of ``offices.csv`` from the agents dictionary."""
    origin = ORIGIN[AGENTS]
    sets: dict[str, list[str]] = {}
    rows: list[dict[str, str]] = []
    for number, raw in enumerate(source_lines(AGENTS), start=1):
        content, _ = split_comment(raw)
        if not content:
            continue
        if content.startswith("!") and "=" in content:
            label = content.split("!")[1]
            members = [m.strip() for m in content.partition("=")[2].split(",")]
            want = SUBSTITUTION_SINGULARS.get(label)
            if want is None or any(w not in members for w in want):
                raise SourceError(
                    f"{AGENTS}:{number}: substitution set !{label}! = {members}; the script "
                    f"knows the singular members of {sorted(SUBSTITUTION_SINGULARS)} only"
                )
            sets[label] = want
            continue
        found = AGENT_LINE.match(content)
        if not found:
            dropped.add(origin, number, raw, "no agent code in brackets")
            continue
        phrase, code = found.group("phrase").strip(), found.group("code").strip()
        plural = found.group("plural")
        role_codes = code.replace("~", "")
        if not re.fullmatch(r"([A-Z]{3})+", role_codes) or code.count("~") != 1:
            dropped.add(origin, number, raw, f"agent code {code!r} is not ~XXX... or XXX~")
            continue
        for expanded in expand_agent(phrase, sets):
            words = expanded.replace("_", " ").split()
            roles = [role_codes[i : i + 3] for i in range(0, len(role_codes), 3)]
            rows.append(
                {
                    "words": " ".join(w.lower() for w in words),
                    "role": roles[0],
                    "secondary": "|".join(roles[1:]),
                    "kind": office_kind(words),
                    "code": code,
                    "plural": agent_plural(plural),
                    "source_form": phrase,
                    "origin": origin,
                    "line": str(number),
                }
            )
    return rows


def convert_supplement() -> list[dict[str, str]]:
    """graphkit's own rows for offices the agents dictionary lacks (``treasury``,
    ``presidency``, ``emir`` ...), each with a note saying why, in ``offices.csv`` with
    their own origin."""
    origin = "graphkit:" + SUPPLEMENT.split("/")[-1]
    text = "\n".join(source_lines(SUPPLEMENT))
    rows = []
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        words = row["words"].split()
        kind = row["kind"]
        if kind not in ("office", "institution", "person-title", "asset") or not words:
            raise SourceError(f"{SUPPLEMENT}:{number}: kind {kind!r} or words {row['words']!r}")
        secondary = row["secondary"]
        rows.append(
            {
                "words": " ".join(words),
                "role": row["role"],
                "secondary": secondary,
                "kind": kind,
                "code": "~" + row["role"] + secondary.replace("|", ""),
                "plural": "",
                "source_form": row["words"],
                "origin": origin,
                "line": str(number),
            }
        )
    return rows


def agent_plural(plural: str | None) -> str:
    """The ``plural`` cell: "" when PETRARCH forms the regular plural, "(none)" for ``{}``
    (no plural: "police"), else the irregular plural the file gives."""
    if plural is None:
        return ""
    return " ".join(plural.replace("_", " ").lower().split()) or "(none)"


def expand_agent(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """An agents entry with its substitution markers and TABARI stems spelled out.

    A marker between letters is a search-and-replace slip of the source, not a marker:
    ``AD!MINIST!RATION`` (six entries) is read as ``ADMINISTRATION``."""
    phrase = re.sub(r"(?<=[A-Z])!([A-Z]+)!(?=[A-Z])", r"\1", phrase)
    found = re.search(r"!([A-Z]+)!", phrase)
    if found:
        if found.group(1) not in sets:
            raise SourceError(f"substitution set !{found.group(1)}! used before it is defined")
        out: list[str] = []
        for member in sets[found.group(1)]:
            out.extend(expand_agent(phrase[: found.start()] + member + phrase[found.end() :], sets))
        return out
    words = re.split(r"([_ ])", phrase)
    for index, word in enumerate(words):
        if word in AGENT_STEMS:
            out = []
            for full in AGENT_STEMS[word]:
                out.extend(expand_agent("".join([*words[:index], full, *words[index + 1 :]]), sets))
            return out
    return [phrase]


# ---------------------------------------------------------------------------- output


def csv_text(columns: list[str], rows: Iterable[dict[str, str]]) -> str:
    """Rows as CSV text: a header, ``\\n`` line ends, quotes only where needed."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row[c] for c in columns})
    return buffer.getvalue()


def build() -> dict[Path, str]:
    """Every output file's path and text."""
    codes = read_codebook()
    lemmatize = spacy_verb_lemmatizer()
    dropped = Dropped()
    verbs: list[dict[str, str]] = []
    synsets: list[dict[str, str]] = []
    for name in (P2_VERBS, UP_VERBS):
        found, members = convert_verbs(name, codes, lemmatize, dropped)
        verbs.extend(found)
        synsets.extend(members)
    mark_preferred(verbs)
    offices = convert_agents(dropped) + convert_supplement()
    return {
        OUTPUT / "cameo_verbs.csv": csv_text(VERB_COLUMNS, verbs),
        OUTPUT / "cameo_synsets.csv": csv_text(SYNSET_COLUMNS, synsets),
        OUTPUT / "offices.csv": csv_text(OFFICE_COLUMNS, offices),
        DROPPED: csv_text(DROPPED_COLUMNS, dropped.rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a written table would change"
    )
    args = parser.parse_args(argv)
    try:
        outputs = build()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    changed = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for path in changed:
            print(f"would change: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if changed else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
