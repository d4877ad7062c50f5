"""The date a sentence states for a relation: absolute dates, and relative ones resolved
against the document's reported date.

:func:`find_dates` reads the date expressions of a parsed sentence:

- **stated** dates, as precise as written: ``2 June 2019``, ``June 2, 2019``, ``March
  2023``, ``mid-April 2023``, ``2024-12-05``, ``in 2003``, ``since 2014``, ``the 2019
  attack``;
- **relative** dates, resolved against the reported date (R8 of the annotation rules,
  ``tests/text/data/ANNOTATION.md``): ``today``, ``yesterday``, ``on Tuesday`` (the last
  Tuesday on or before the reported date), ``last week`` (the month of that week's
  Thursday: relations carry ISO dates, which have no weeks), ``this month``, ``last
  month``, ``on 4 June`` and ``in July`` (the last such day or month not after the
  reported date), ``this year``, ``last year``, ``in November last year``. Each is
  resolved only as far as the reported date is precise: ``last Sunday`` in a document
  dated to the month gives nothing.

:func:`relation_date` picks the one that dates a relation: a date attached to the trigger
or to a word that governs it in its own clause ("*On 14 March 2021*, the coalition
launched attacks on ..."; "the *2019* attack"). Dates of other clauses ("Iran, which
attacked Israel *in April*, ...") and end dates (``until 2015``) date nothing; durations
(``for two years``) and ``recently`` are not dates. Without a date of its own a relation
takes the reported date, and ``date_basis`` says which: ``stated``, ``relative`` or
``reported``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..core.dates import parse_date

__all__ = ["MONTH_WORDS", "DateMention", "find_dates", "relation_date"]

_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in {
        calendar.month_name[number].lower(),
        calendar.month_abbr[number].lower(),
    }
}
_MONTHS["sept"] = 9
MONTH_WORDS = frozenset(_MONTHS)
"""Every word a month is written with, lower case: names and abbreviations ("march",
"mar", "sept")."""
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH = (
    r"(?P<month>"
    + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
    + r")\.?"
)
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89][0-9]{2}|20[0-9]{2})"
_WEEKDAY = r"(?P<weekday>" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")"
_BEFORE_MONTH = r"(?i:in|since|during|from|by|early|late|mid-?|the\s+end\s+of)"
_BEFORE_YEAR = r"(?i:in|since|during|from|of|by|early|late|mid-?|summer|spring|autumn|fall|winter)"

# (pattern, kind), tried in this order; a stretch of text is read once, by the first that
# takes it. Month and day names are capitalised ("may" is a modal); the other words are
# matched in any case.
_PATTERNS = [
    (r"\b(?P<iso>(?:1[89][0-9]{2}|20[0-9]{2})-[01][0-9]-[0-3][0-9])\b", "iso"),
    (rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", "day_month_year"),
    (rf"\b{_MONTH}\s*{_DAY},?\s+{_YEAR}\b", "month_day_year"),
    (rf"\b{_MONTH},?\s+(?:(?i:of)\s+)?{_YEAR}\b", "month_year"),
    (rf"\b{_MONTH}\s+(?P<which>(?i:last|this|next))\s+(?i:year)\b", "month_relative_year"),
    (rf"\b{_DAY}\s+{_MONTH}(?![A-Za-z])", "day_month"),
    (rf"\b{_MONTH}\s*{_DAY}\b(?!\s*(?:,\s*)?[0-9])", "month_day"),
    (rf"\b{_BEFORE_MONTH}\s+{_MONTH}(?![A-Za-z])", "month"),
    (r"\b(?P<which>(?i:last|this|next|past))\s+(?P<unit>(?i:week|month|year))\b", "relative_unit"),
    (
        r"\b(?P<which>(?i:earlier|later))\s+(?i:this)\s+(?P<unit>(?i:week|month|year))\b",
        "relative_unit",
    ),
    (r"\b(?P<word>(?i:today|yesterday|tonight))\b", "word"),
    (rf"\b(?:(?i:last|this)\s+)?{_WEEKDAY}\b", "weekday"),
    (rf"\b{_BEFORE_YEAR}\s+{_YEAR}\b", "year"),
    (rf"\b(?i:the|a|an|its|their|his|her|this|that)\s+{_YEAR}(?=\s+[a-z])", "year_modifier"),
]
_COMPILED = [(re.compile(p), kind) for p, kind in _PATTERNS]

_END_WORDS = frozenset({"until", "till", "through", "to", "before"})
_TIMES_OF_DAY = frozenset(
    {"night", "morning", "afternoon", "evening", "day", "dawn", "dusk", "weekend", "eve"}
)
# links below a trigger whose words' dates are the trigger's own ("an assault on a base *on
# Sept. 17*": the parser hangs the date on "base")
_BELOW = frozenset({"prep", "pobj"})
# links through which a date of a governing word dates the trigger: its own clause
_CLIMB = frozenset(
    {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "oprd", "conj", "dative"}
    | {"nsubj", "nsubjpass", "compound", "amod", "agent", "npadvmod"}
)
_MAX_CLIMB = 8


@dataclass(frozen=True)
class DateMention:
    """A date expression of a sentence and what it resolves to."""

    start: int
    """Index of its first token in the document."""
    end: int
    """Index after its last token."""
    value: str
    """The ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    basis: str
    """``stated`` or ``relative`` (resolved against the reported date)."""
    anchor: int
    """Index of the word the date phrase hangs from (past its preposition)."""
    ends: bool
    """An end date (``until 2015``), which dates no relation's start."""


def find_dates(sent, reported: str | None, *, skip: frozenset[int] = frozenset()) -> list:
    """The date expressions of a parsed sentence span, in order.

    Parameters
    ----------
    sent : spacy.tokens.Span
    reported : str or None
        The document's date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), against which
        relative expressions are resolved; None resolves none.
    skip : frozenset of int
        Token indices that are not dates whatever they look like (the words of an actor's
        name: the "March 23 Movement").

    Returns
    -------
    list of DateMention

    Examples
    --------
    >>> from graphkit.text.pipeline import english_pipeline
    >>> doc = english_pipeline()("On Tuesday, Iran attacked Iraq, as it had in March 2023.")
    >>> [(d.value, d.basis) for d in find_dates(doc[:], "2024-06-13")]
    [('2024-06-11', 'relative'), ('2023-03', 'stated')]
    """
    doc = sent.doc
    text = sent.text
    offset = sent.start_char
    taken: list[tuple[int, int]] = []
    found = []
    for pattern, kind in _COMPILED:
        for match in pattern.finditer(text):
            begin, finish = match.span()
            if any(begin < b_end and b_begin < finish for b_begin, b_end in taken):
                continue
            value, basis = _resolve(kind, match, reported)
            if value is None:
                continue
            span = doc.char_span(offset + begin, offset + finish, alignment_mode="expand")
            if span is None or any(i in skip for i in range(span.start, span.end)):
                continue
            taken.append((begin, finish))
            anchor, ends = _anchor(span)
            found.append(DateMention(span.start, span.end, value, basis, anchor, ends))
    return sorted(found, key=lambda d: d.start)


def relation_date(
    trigger, dates: list[DateMention], reported: str | None
) -> tuple[str | None, str | None]:
    """The ``(start, date_basis)`` of a relation a trigger states.

    The date attached nearest to the trigger on its way up its own clause (the trigger
    itself first, then each governor), else the reported date (basis ``reported``), else
    nothing.
    """
    if dates:
        by_anchor: dict[int, DateMention] = {}
        for mention in dates:
            if not mention.ends and not (mention.start <= trigger.i < mention.end):
                by_anchor.setdefault(mention.anchor, mention)
        word = trigger
        for _ in range(_MAX_CLIMB):
            found = by_anchor.get(word.i)
            if found is None and word == trigger:
                found = _below(trigger, by_anchor)
            if found is None and word != trigger and trigger.pos_ == "NOUN":
                found = _purpose_date(trigger, word, by_anchor)
            if found is not None:
                return found.value, found.basis
            if word.head == word or word.dep_ not in _CLIMB:
                break
            word = word.head
    if reported:
        return str(reported), "reported"
    return None, None


def _purpose_date(trigger, verb, by_anchor: dict[int, DateMention]) -> DateMention | None:
    """A date the parser hung on the purpose of an act noun's governing verb.

    "Haftar launched an assault to topple the GNA *on April 4*" is parsed with "to topple"
    an adverbial clause of "launched" and the date on "topple": the date is the
    launching's, and so the assault's (round 57, where the purpose clause also names the
    assault's target: :func:`graphkit.text.frames.noun._purpose_on_light_verb`). Read only
    for a noun trigger (the act a light verb makes happen), on a to-infinitive clause of
    the verb it climbs to, after the trigger, when the verb itself has no date; a verb
    trigger keeps its own clause's dates, and a purpose before the act ("To topple the
    GNA, Haftar ...") is not read.
    """
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i > trigger.i
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        ):
            found = by_anchor.get(clause.i)
            if found is not None:
                return found
    return None


def _below(trigger, by_anchor: dict[int, DateMention]) -> DateMention | None:
    """A date hung from a word of the trigger's own prepositional phrases."""
    stack = [c for c in trigger.children if c.dep_ in _BELOW]
    while stack:
        word = stack.pop(0)
        date = by_anchor.get(word.i)
        if date is not None:
            return date
        stack.extend(c for c in word.children if c.dep_ in _BELOW)
    return None


def _anchor(span) -> tuple[int, bool]:
    """The word a date phrase hangs from (past a preposition, and past a time of day: "on
    the *night* of January 12"), and whether the phrase is an end date."""
    inside = range(span.start, span.end)
    roots = [t for t in span if t.head.i not in inside or t.head == t]
    word = roots[-1] if roots else span[-1]
    ends = False
    if roots and roots[0].pos_ == "ADP":  # "In 2019 Qatar ...": the preposition says where
        ends = roots[0].lower_ in _END_WORDS
        word = roots[0]
    for _ in range(6):
        head = word.head
        if head == word:
            return word.i, ends
        if head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
            ends = ends or head.lower_ in _END_WORDS
            word = head
            continue
        if head.lower_ in _TIMES_OF_DAY and head.i < span.start:
            word = head
            continue
        return head.i, ends
    return word.head.i, ends


# --------------------------------------------------------------------------- resolving


def _resolve(kind: str, match: re.Match, reported: str | None) -> tuple[str | None, str]:
    groups = match.groupdict()
    if kind == "iso":
        return _valid(groups["iso"]), "stated"
    if kind in ("day_month_year", "month_day_year"):
        month = _MONTHS[groups["month"].lower()]
        return _valid(f"{groups['year']}-{month:02d}-{int(groups['day']):02d}"), "stated"
    if kind == "month_year":
        month = _MONTHS[groups["month"].lower()]
        return _valid(f"{groups['year']}-{month:02d}"), "stated"
    if kind in ("year", "year_modifier"):
        return groups["year"], "stated"
    # relative expressions: against the reported date, as far as it is precise
    if not reported:
        return None, "relative"
    try:
        first, last = parse_date(str(reported))
    except ValueError:
        return None, "relative"
    precision = len(str(reported).strip())  # 4, 7 or 10 characters
    if kind == "month_relative_year":
        month = _MONTHS[groups["month"].lower()]
        year = first.year + {"last": -1, "this": 0, "next": 1}[groups["which"].lower()]
        return f"{year}-{month:02d}", "relative"
    if kind in ("day_month", "month_day"):
        if precision < 7:
            return None, "relative"
        month = _MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        year = last.year if (month, day) <= (last.month, last.day) else last.year - 1
        return _valid(f"{year}-{month:02d}-{day:02d}"), "relative"
    if kind == "month":
        if precision < 7:
            return None, "relative"
        month = _MONTHS[groups["month"].lower()]
        year = last.year if month <= last.month else last.year - 1
        return f"{year}-{month:02d}", "relative"
    if kind == "relative_unit":
        return _relative_unit(groups["which"].lower(), groups["unit"].lower(), last, precision)
    if kind == "word":
        if precision < 10:
            return None, "relative"
        shift = {"today": 0, "tonight": 0, "yesterday": -1}[groups["word"].lower()]
        return (first + dt.timedelta(days=shift)).isoformat(), "relative"
    if kind == "weekday":
        if precision < 10:
            return None, "relative"
        back = (first.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
        return (first - dt.timedelta(days=back)).isoformat(), "relative"
    return None, "relative"


def _relative_unit(which: str, unit: str, day: dt.date, precision: int):
    if which == "next":
        return None, "relative"  # a plan's date, not a relation's start
    if unit == "year":
        year = day.year - (1 if which in ("last", "past") else 0)
        return str(year), "relative"
    if unit == "month":
        if precision < 7:
            return None, "relative"
        if which in ("last", "past"):
            previous = day.replace(day=1) - dt.timedelta(days=1)
            return f"{previous.year}-{previous.month:02d}", "relative"
        return f"{day.year}-{day.month:02d}", "relative"
    # weeks: relations carry ISO dates, so a week is given by the month of its Thursday
    if precision < 10:
        return None, "relative"
    if which in ("last", "past"):
        day = day - dt.timedelta(days=7)
    thursday = day + dt.timedelta(days=3 - day.weekday())
    return f"{thursday.year}-{thursday.month:02d}", "relative"


def _valid(text: str) -> str | None:
    try:
        parse_date(text)
    except ValueError:
        return None
    return text
