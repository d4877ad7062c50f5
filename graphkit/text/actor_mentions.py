"""Finding the actors of an actors table in parsed text: names, aliases, country names,
capitals and demonyms, longest match first.

A name matches whatever its case, diacritics, apostrophes or a leading ``#`` (``turkiye``,
``Türkiye`` and ``#Türkiye`` are one name), and hyphens and spaces between words are the
same (``al-Qaeda``, ``al Qaeda``). Where no name matches exactly, capitalised words are
compared once more with the spelling variations of transliteration set aside (o/u, e/i,
y/i, q/k, doubled letters, Arabic articles: ``al-Jolani`` is ``Julani``, ``al-Qaida`` is
``al-Qaeda``); such a match is reported as ``via="spelling"``. Acronyms (a name in
capitals: ``US``, ``IS``, ``AA``) match only in capitals, so the pronoun "us" and the verb
"is" are not actors. Where two names overlap, the longest wins (``Islamic State West
Africa Province`` before ``Islamic State``). A group named in the plural in -is is found
in the singular too (``Houthis``, "the Houthi movement") unless the table gives the
singular to another actor.

A state of the actors table (kind ``state`` with a ``country`` code) is also found by the
names, capitals and seats of government of the reference table of countries
(``data/reference/countries.csv``, read by :func:`graphkit.countries`:
``America``, ``Ankara``, ``the White House``) unless the actors table gives that name to
another actor (a city called Damascus stays the city); an actor named as an international
body of that table (``United Nations``) by the body's other names (``UN``, ``U.N.``).

Where two names found in a text overlap, the longer wins ("the army-led cabinet" is
"army-led cabinet", not "the army"); where they overlap without one lying inside the
other and name two actors, an :class:`~graphkit.AliasConflictWarning` says so, once per
pair. Words that two actors of the table both have as names (or both as aliases) name
neither, and one that is an actor's name and another's alias names the first; the table
gets an :class:`~graphkit.AliasConflictWarning` listing them.

Demonyms (``Turkish``, ``Iranian``) are found as well, but they name a country only in
the roles where they stand for its state (``Turkish forces``, ``Iranian-backed``);
:meth:`ActorMatcher.state_for` says which actor that is. The seats of states' organs of
``data/text/office_metonyms.csv`` (``the Kremlin``, ``the Pentagon``, ``the Knesset``)
name the state (a government seat its government, where the table has one), and the
organs of international bodies of ``body_organs.csv`` (``the Security Council``) the
actor named after the body (:mod:`graphkit.text.offices`).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..base.errors import AliasConflictWarning
from .lexicon import RelationLexicon
from .offices import default_offices

__all__ = ["ActorMatcher", "AliasConflict", "Argument", "Mention", "normalise"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_JOINERS = frozenset({"-", "\u2010", "\u2011"})
_FUNCTION_WORDS = frozenset({"the", "of", "a", "an", "and", "in", "for", "al", "el", "'s"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{0,5}$")


def normalise(text: str) -> str:
    """A word as names are compared: accents removed, case folded, apostrophes unified,
    a leading ``#`` and dots dropped.

    Examples
    --------
    >>> normalise("#Türkiye"), normalise("U.S."), normalise("Hay\u2019at")
    ('turkiye', 'us', "hay'at")
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lstrip("#").replace(".", "").casefold()


@lru_cache(maxsize=65536)
def _normalised(text: str) -> str:
    return normalise(text)


@lru_cache(maxsize=65536)
def _loosened(text: str) -> str:
    return loose(normalise(text))


def _possessor(word: str) -> str:
    """A normalised word without a possessive ending glued to it ("china's" -> "china");
    the tokenizer splits the usual apostrophes, so this only meets the rare ones."""
    return word[:-2] if len(word) > 3 and word.endswith("'s") else word


def _exact(text: str) -> str:
    return text.replace(".", "")


_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "ul"})
_LOOSE_STEPS = (("ou", "u"), ("o", "u"), ("e", "i"), ("y", "i"), ("q", "k"), ("ph", "f"), ("'", ""))


def loose(word: str) -> str:
    """A transliteration-tolerant key of a normalised word: o/u, e/i, y/i and q/k are one,
    doubled letters are single, apostrophes go.

    Examples
    --------
    >>> loose("jolani") == loose("julani"), loose("qaeda") == loose("qaida")
    (True, True)
    """
    for old, new in _LOOSE_STEPS:
        word = word.replace(old, new)
    out: list[str] = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _loose_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """The loose key of a name: each word :func:`loose`, articles dropped; in a name of
    two words or more, "a" is folded with "e" and "i" too ("Omar el-Beshir" is "Omar
    al-Bashir"), since the other words keep such a name apart."""
    key = tuple(loose(w) for w in words if w not in _ARTICLES)
    if len(key) >= 2:
        key = tuple(w.replace("a", "i") for w in key)
    return key


@dataclass(frozen=True)
class AliasConflict:
    """Two actors of a table whose names collide: ``words`` ``shared`` by ``actors``
    (``kept`` by the one whose name, not alias, they are, else by neither), or, in a text,
    the name ``words`` of ``actors[0]`` overlapping ``longer``, a name of ``actors[1]``,
    without either lying inside the other (``overlap``: the longer match was taken, its
    actor is ``kept``)."""

    words: str
    actors: tuple[str, ...]
    kind: str
    kept: str | None
    longer: str = ""

    def message(self) -> str:
        """The conflict in words, for the warning."""
        if self.kind == "shared":
            who = " and ".join(repr(a) for a in self.actors)
            rule = (
                f"kept for {self.kept!r}, whose name it is" if self.kept else "matched for neither"
            )
            return f"{self.words!r} names {who} ({rule})"
        return (
            f"the text names {self.words!r} ({self.actors[0]!r}) overlapping {self.longer!r} "
            f"({self.actors[1]!r}): the longer was taken"
        )


@dataclass(frozen=True)
class Mention:
    """An actor named in a document: token span ``[start, end)`` and how it was named."""

    actor: str
    start: int
    end: int
    text: str
    via: str  # "name", "alias", "spelling", "country name", "capital"


@dataclass(frozen=True)
class Argument:
    """An actor an argument stands for.

    Attributes
    ----------
    actor : str
        The actor id.
    token : int
        The index of the word that named it (in the document).
    via : str
        How: ``name``, ``alias``, ``spelling``, ``country name``, ``capital``,
        ``demonym``, ``owner`` (a body or asset of the actor: "*Russian* troops"),
        ``office`` (an office or body of a state: "Chad's Foreign Ministry", "the
        Kremlin"), ``relative``, ``apposition``, ``claimant``, ``pronoun`` or
        ``description`` (resolved to an earlier mention: "it", "the militia").
    words : str
        The words of the sentence that named it ("Chad's Foreign Ministry", "it").
    antecedent : str
        For a pronoun or description, the words of the mention it was resolved to ("the
        Sudanese army"); else empty.
    """

    actor: str
    token: int
    via: str
    words: str = ""
    antecedent: str = ""

    @property
    def mention(self) -> str:
        """The words, and what they were resolved to: ``"it -> the RSF"``."""
        if self.antecedent:
            return f"{self.words} -> {self.antecedent}"
        return self.words


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    exact: tuple[str, ...] | None  # acronyms: the words as written, compared case-sensitively
    actor: str | None  # None for demonyms
    country: str | None
    via: str


class ActorMatcher:
    """Finds an actors table's actors in spaCy documents.

    Parameters
    ----------
    actors : pandas.DataFrame
        An actors table with ``id`` (as a column or the index), ``name``, ``kind`` and
        optionally ``aliases`` (``|``-separated) and ``country``.
    lexicon : RelationLexicon
        Where country names, capitals and demonyms come from.
    tokenize : callable
        ``text -> sequence of token texts``, the tokenizer of the pipeline that parses
        the documents, so names are split as the text is.
    places : collection of str, optional
        The actor kinds that are places (cities, provinces): they are found, but
        :meth:`is_place` lets extraction keep them out of roles only actors can play.
    """

    def __init__(
        self,
        actors: pd.DataFrame,
        lexicon: RelationLexicon,
        tokenize: Callable[[str], Iterable[str]],
        places: Iterable[str] = (),
    ):
        self._tokenize = tokenize
        self._places = frozenset(places)
        self._kinds: dict[str, str] = {}
        self._countries: dict[str, str] = {}
        self._words: dict[str, set[str]] = {}
        self._name_keys: dict[str, list[tuple[str, ...]]] = {}
        self._by_country: dict[str, list[tuple[str, str]]] = {}
        self._patterns: dict[tuple[str, ...], list[_Pattern]] = {}
        self._loose: dict[tuple[str, ...], set[str]] = {}
        self._firsts: frozenset[str] | None = None
        self._loose_firsts: frozenset[str] | None = None
        self._loose_longest = 1
        self._longest = 1
        taken: set[tuple[str, ...]] = set()
        singulars: dict[str, str] = {}
        states = {
            normalise(name): country.code
            for country in lexicon.countries
            if country.kind != "international_organisation"
            for name in country.names
        }
        bodies = {
            normalise(name): country.code
            for country in lexicon.countries
            if country.kind == "international_organisation"
            for name in country.names
        }
        self._bodies: dict[str, str] = {}
        self._overlaps_seen: set[tuple] = set()
        self._country_words: dict[str, set[str]] = {}
        for entity in lexicon.countries:
            for text in (*entity.names, *entity.demonyms):
                self._country_words.setdefault(entity.code, set()).update(
                    normalise(text).replace("-", " ").split()
                )
        for actor_id, row in _rows(actors):
            kind = str(row.get("kind") or "") if isinstance(row.get("kind"), str) else ""
            names = [row.get("name")]
            aliases = row.get("aliases")
            if isinstance(aliases, str):
                names += aliases.split("|")
            elif isinstance(aliases, (list, tuple, set)):
                names += [a for a in aliases if isinstance(a, str)]
            if "_" in actor_id:  # "saudi_arabia" names Saudi Arabia; "us" alone is a pronoun
                names.append(actor_id.replace("_", " "))
            country = row.get("country")
            normalised = {normalise(n) for n in names if isinstance(n, str)}
            if kind in ("", "state", "country"):
                # an actor named as a country is its state, even in a table without kinds
                # or country codes
                codes = {states[n] for n in normalised if n in states}
                if len(codes) == 1:
                    code = codes.pop()
                    if not (isinstance(country, str) and country):
                        country = code
                    if country == code:
                        kind = "state"
            if kind in ("", "organisation"):
                # an actor named as an international body of the reference table takes its
                # other names ("United Nations": "UN", "U.N.")
                codes = {bodies[n] for n in normalised if n in bodies}
                if len(codes) == 1:
                    self._bodies.setdefault(codes.pop(), actor_id)
            self._kinds[actor_id] = kind
            self._words[actor_id] = {w for n in normalised for w in n.replace("-", " ").split()}
            self._name_keys[actor_id] = [tuple(n.replace("-", " ").split()) for n in normalised]
            if isinstance(country, str) and country:
                self._countries[actor_id] = country
                self._by_country.setdefault(country, []).append((actor_id, kind))
            for position, name in enumerate(names):
                if isinstance(name, str) and name.strip():
                    via = "name" if position == 0 else "alias"
                    taken.add(self._add(name.strip(), actor_id, None, via))
            singulars.update(_singulars(names, actor_id))
        self.conflicts = self._settle_conflicts()
        for singular, actor_id in singulars.items():
            if self._key(singular) not in taken:
                taken.add(self._add(singular, actor_id, None, "alias"))
        offices = default_offices()
        for words, (code, role) in sorted(offices.metonyms.items()):
            prefer = ("government", "state") if role == "GOV" else ("state",)
            seat = self.state_for(code, prefer=prefer)
            if seat is not None and self._key(words) not in taken:
                taken.add(self._add(words, seat, code, "office"))
        for words, code in sorted(offices.organs.items()):
            body = self._bodies.get(code)
            if body is not None and self._key(words) not in taken:
                taken.add(self._add(words, body, None, "office"))
        for country in lexicon.countries:
            if country.kind == "international_organisation":
                body = self._bodies.get(country.code)
                for word in country.names:
                    if body is not None and self._key(word) not in taken:
                        taken.add(self._add(word, body, None, "alias"))
                continue
            state = self.state_for(country.code, prefer=("state",))
            for words, via in ((country.names, "country name"), (country.capitals, "capital")):
                for word in words:
                    if state is not None and self._key(word) not in taken:
                        self._add(word, state, country.code, via)
            for demonym in country.demonyms:
                self._add(demonym, None, country.code, "demonym")
                if demonym[-1:] in ("n", "i") and self._key(demonym + "s") not in taken:
                    # the people for the state: "Venezuelans", "Israelis" (read as an
                    # argument only, :meth:`ArgumentResolver.people_of_state`)
                    self._add(demonym + "s", None, country.code, "demonym")
        if self.conflicts:
            warnings.warn(
                "actors table: " + "; ".join(conflict.message() for conflict in self.conflicts),
                AliasConflictWarning,
                stacklevel=3,
            )

    def _settle_conflicts(self) -> list[AliasConflict]:
        """Names and aliases shared by two actors: each stays with the actor whose name
        (not alias) it is, else with neither."""
        conflicts: list[AliasConflict] = []
        for key in sorted(self._patterns):
            patterns = self._patterns[key]
            owners = sorted({p.actor for p in patterns if p.actor is not None})
            if len(owners) < 2:
                continue
            named = sorted({p.actor for p in patterns if p.via == "name" and p.actor})
            keep = named[0] if len(named) == 1 else None
            words = " ".join(key)
            conflicts.append(AliasConflict(words, tuple(owners), "shared", keep))
            self._patterns[key] = [p for p in patterns if p.actor in (None, keep)]
        return conflicts

    @property
    def _first_words(self) -> frozenset[str]:
        if self._firsts is None:
            self._firsts = frozenset(key[0] for key in self._patterns)
        return self._firsts

    @property
    def _loose_first(self) -> frozenset[str]:
        if self._loose_firsts is None:
            self._loose_firsts = frozenset(key[0] for key in self._loose)
            self._loose_longest = max((len(key) for key in self._loose), default=1)
        return self._loose_firsts

    def _key(self, text: str) -> tuple[str, ...]:
        words = [t for t in self._tokenize(text) if t not in _JOINERS]
        return tuple(normalise(w) for w in words if normalise(w))

    def _add(self, text: str, actor: str | None, country: str | None, via: str):
        words = [t for t in self._tokenize(text) if t not in _JOINERS]
        key = tuple(normalise(w) for w in words if normalise(w))
        if not key:
            return key
        acronym = len(words) == 1 and _ACRONYM.match(_exact(words[0])) is not None
        exact = tuple(_exact(w) for w in words) if acronym else None
        self._patterns.setdefault(key, []).append(_Pattern(key, exact, actor, country, via))
        self._longest = max(self._longest, len(key))
        if actor is not None and via in ("name", "alias") and not acronym:
            fuzzy = _loose_key(key)
            if fuzzy and sum(len(w) for w in fuzzy) >= 5:
                self._loose.setdefault(fuzzy, set()).add(actor)
        return key

    def _overlap(self, kept: tuple, dropped: tuple, positions: list[int], doc) -> None:
        """Warn, once per pair of names, where the text holds one actor's name overlapping
        another's without lying inside it ("the army-led cabinet": "the army" and
        "army-led cabinet"); the longer was taken."""
        (k_len, k_at, k_pattern), (d_len, d_at, d_pattern) = kept, dropped
        if d_pattern.actor is None or k_pattern.actor in (None, d_pattern.actor):
            return
        if k_at <= d_at and d_at + d_len <= k_at + k_len:
            return  # inside the longer name: how names are made
        pair = (k_pattern.words, d_pattern.words)
        if pair in self._overlaps_seen:
            return
        self._overlaps_seen.add(pair)
        kept_words = doc[positions[k_at] : positions[k_at + k_len - 1] + 1].text
        dropped_words = doc[positions[d_at] : positions[d_at + d_len - 1] + 1].text
        conflict = AliasConflict(
            kept_words,
            (k_pattern.actor, d_pattern.actor),
            "overlap",
            k_pattern.actor,
            dropped_words,
        )
        self.conflicts.append(conflict)
        warnings.warn(f"actors table: {conflict.message()}", AliasConflictWarning, stacklevel=4)

    def kind(self, actor: str) -> str:
        """The kind of an actor of the table."""
        return self._kinds.get(actor, "")

    def organ_of(self, country: str, words: frozenset[str], kinds: tuple[str, ...]) -> str | None:
        """The one actor of a country's code of one of ``kinds`` whose names hold one of
        ``words`` and a word of the country's name or demonym ("Sudanese Armed Forces",
        "Myanmar military" for armed forces, not "Rapid Support Forces"), or, with
        ``words`` empty, the one actor of that country of the first kind that has one."""
        candidates = [(a, k) for a, k in self._by_country.get(country, []) if k in kinds]
        if words:
            national = self._country_words.get(country, set())
            allowed = national | words | _FUNCTION_WORDS
            found = [
                a
                for a, _ in candidates
                if any(
                    set(key) <= allowed and set(key) & words and set(key) & national
                    for key in self._name_keys.get(a, ())
                )
            ]
            return found[0] if len(found) == 1 else None
        for kind in kinds:
            found = [a for a, k in candidates if k == kind]
            if len(found) == 1:
                return found[0]
        return None

    def country(self, actor: str) -> str:
        """The country code of an actor of the table (empty if none)."""
        return self._countries.get(actor, "")

    def name_words(self, actor: str) -> set[str]:
        """The words of an actor's name and aliases, normalised."""
        return self._words.get(actor, set())

    def name_keys(self, actor: str) -> list[tuple[str, ...]]:
        """Each of an actor's name and aliases as its normalised words, in order."""
        return self._name_keys.get(actor, [])

    def is_place(self, actor: str) -> bool:
        """Whether the actor's kind is a place (a city, a province)."""
        return self._kinds.get(actor, "") in self._places

    def state_for(
        self, country: str, prefer: tuple[str, ...] = ("state", "government")
    ) -> str | None:
        """The actor standing for a country: the only one of the first kind in ``prefer``
        that the table has for that country code, or None."""
        candidates = self._by_country.get(country, [])
        for kind in prefer:
            ids = [a for a, k in candidates if k == kind]
            if len(ids) == 1:
                return ids[0]
        return None

    def find(self, doc) -> tuple[list[Mention], dict[int, str]]:
        """The actor mentions of a parsed document, and its demonyms ``{token: country}``.

        Mentions do not overlap; a country name or capital that is part of a longer proper
        name (``Washington Post``) is not a mention.
        """
        texts = [t.text for t in doc]
        positions = [i for i, text in enumerate(texts) if text not in _JOINERS]
        # a possessive the tokenizer left on the name ("China´s", with an acute accent)
        words = [_possessor(_normalised(texts[i])) for i in positions]
        mentions: list[Mention] = []
        demonyms: dict[int, str] = {}
        found: list[tuple[int, int, _Pattern]] = []  # (length, first word, pattern)
        firsts = self._first_words
        for k in range(len(positions)):
            if words[k] not in firsts:
                continue
            for length in range(min(self._longest, len(positions) - k), 0, -1):
                match = None
                for pattern in self._patterns.get(tuple(words[k : k + length]), ()):
                    if pattern.exact is not None and pattern.exact != tuple(
                        _exact(texts[i]) for i in positions[k : k + length]
                    ):
                        continue
                    match = pattern
                    break
                if match is not None:
                    found.append((length, k, match))
                    break
        # the longest match wins where two overlap ("army-led cabinet" over "the army"),
        # then the earlier one
        used: dict[int, tuple[int, int, _Pattern]] = {}
        for length, k, pattern in sorted(found, key=lambda f: (-f[0], f[1])):
            span = range(k, k + length)
            taken = [used[j] for j in span if j in used]
            if taken:
                self._overlap(taken[0], (length, k, pattern), positions, doc)
                continue
            used.update(dict.fromkeys(span, (length, k, pattern)))
            start, end = positions[k], positions[k + length - 1] + 1
            if pattern.actor is None:
                for i in range(start, end):
                    demonyms[i] = pattern.country or ""
            else:
                mentions.append(
                    Mention(pattern.actor, start, end, doc[start:end].text, pattern.via)
                )
        mentions.sort(key=lambda m: m.start)
        named = {i for m in mentions for i in range(m.start, m.end)}
        dateline = _dateline_end(doc, mentions)
        mentions = [
            m
            for m in mentions
            if not (
                (m.via in ("country name", "capital") and _inside_name(doc, m, named))
                or (m.via == "office" and _in_longer_name(doc, m))
            )
        ]
        if self._loose:
            mentions += self._find_loose(doc, texts, mentions, demonyms)
            mentions.sort(key=lambda m: m.start)
        if dateline:
            mentions = [m for m in mentions if m.start >= dateline]
            demonyms = {i: c for i, c in demonyms.items() if i >= dateline}
        return mentions, demonyms

    def _find_loose(
        self, doc, texts: list[str], mentions: list[Mention], demonyms: dict[int, str]
    ) -> list[Mention]:
        """Names spelled another way ("al-Jolani" for "Julani", "Qaida" for "Qaeda"),
        where no name matched exactly; capitalised words only."""
        covered = {i for m in mentions for i in range(m.start, m.end)} | set(demonyms)
        positions = [
            i
            for i, text in enumerate(texts)
            if text[:1].isupper()
            and text not in _JOINERS
            and _normalised(text) not in _ARTICLES
            and i not in covered
        ]
        keys = [_loosened(texts[i]) for i in positions]
        folded = [key.replace("a", "i") for key in keys]  # as in names of two words or more
        found: list[Mention] = []
        k = 0
        while k < len(positions):
            match = None
            if keys[k] in self._loose_first or folded[k] in self._loose_first:
                for length in range(min(self._loose_longest, len(positions) - k), 0, -1):
                    span = positions[k : k + length]
                    if span[-1] - span[0] + 1 > 2 * length + 1:  # the words must be together
                        continue
                    words = folded if length >= 2 else keys
                    actors = self._loose.get(tuple(words[k : k + length]))
                    if actors is not None and len(actors) == 1:
                        match = (next(iter(actors)), span[0], span[-1] + 1, length)
                        break
            if match is None:
                k += 1
                continue
            actor, start, end, length = match
            while start > 0 and (
                texts[start - 1] in _JOINERS or _normalised(texts[start - 1]) in _ARTICLES
            ):
                start -= 1
            found.append(Mention(actor, start, end, doc[start:end].text, "spelling"))
            k += length
        return found


def _inside_name(doc, mention: Mention, named: set[int]) -> bool:
    """Whether a country name or capital is part of a longer proper name ("the *Washington*
    Post"): a compound of a proper noun right after it that names no actor."""
    last = doc[mention.end - 1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.pos_ == "PROPN"
        and head.i == mention.end
        and head.i not in named
    )


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _dateline_end(doc, mentions: list[Mention]) -> int:
    """Where a news item's dateline ends, if the document opens with one ("MOGADISHU,
    Somalia -", "N'DJAMENA, April 14 (Reuters) -", "WASHINGTON (AP) -"): the place in
    capitals where the report was filed, and what follows it up to the dash, are not
    actors. 0 if there is none."""
    if not mentions or mentions[0].start > 1 or mentions[0].via not in ("capital", "country name"):
        return 0
    first = mentions[0]
    letters = [c for c in first.text if c.isalpha()]
    after = doc[first.end].text if first.end < len(doc) else ""
    if not letters or not all(c.isupper() for c in letters) or after not in (",", "(", ":"):
        return 0
    if after == ":":
        return first.end + 1
    for token in doc[first.end : first.end + 12]:
        if token.text in _DASHES or token.text.startswith(tuple(_DASHES)):
            return token.i + 1
    return first.end


def _in_longer_name(doc, mention: Mention) -> bool:
    """Whether a seat or organ ("Security Council") is the end of a longer proper name
    ("the Philippines' *National* Security Council") or is owned by a name before it
    (then that owner's organ, read as such by the argument resolver)."""
    if mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if before.text in ("'s", "\u2019s", "'", "\u2019") or before.tag_ == "POS":
        return True
    return before.pos_ == "PROPN" or (before.text[:1].isupper() and before.lower_ != "the")


def _singulars(names, actor_id: str) -> dict[str, str]:
    """Group names in the plural in -is also name the group as an adjective: "Houthis",
    "the Houthi movement"."""
    found = {}
    for name in names:
        if isinstance(name, str) and " " not in name.strip() and len(name.strip()) >= 6:
            word = name.strip()
            if word.endswith("is") and word[0].isupper():
                found[word[:-1]] = actor_id
    return found


def _rows(actors: pd.DataFrame):
    frame = actors
    if "id" not in frame.columns:
        frame = frame.reset_index().rename(columns={frame.index.name or "index": "id"})
    for row in frame.to_dict("records"):
        actor_id = row.get("id")
        if isinstance(actor_id, str) and actor_id:
            yield actor_id, row
