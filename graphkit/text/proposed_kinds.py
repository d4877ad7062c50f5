"""The kind suggested for a party :func:`~graphkit.text.propose_actors` proposes, and why:
from spaCy's label, the country names, capitals and seats of government of the lexicon,
and the words in and beside the name (cue kinds of ``data/text/cues.csv``:
``government_name_word``, ``armed_name_word``, ``armed_context_word``, ``group_noun`` with
``armed_adjective``, ``province_word``). The rules are tabled in
:mod:`graphkit.text.unknown_actors`."""

from __future__ import annotations

from .actor_mentions import normalise
from .lexicon import RelationLexicon

__all__ = ["KindCues"]


class KindCues:
    """What suggests a proposed party's kind, read from a lexicon.

    Parameters
    ----------
    lexicon : RelationLexicon
        Where the country names, capitals and cue words come from.
    """

    def __init__(self, lexicon: RelationLexicon):
        self._countries = _country_names(lexicon)
        self._armed_name = lexicon.cue("armed_name_word")
        self._armed_context = lexicon.cue("armed_context_word")
        self._group_nouns = lexicon.cue("group_noun")
        self._armed_adjectives = lexicon.cue("armed_adjective")
        self._government = lexicon.cue("government_name_word")
        self._province = lexicon.cue("province_word")
        self._titles = lexicon.cue("title_noun") | lexicon.cue("job_title_word")

    def armed_cue(self, span) -> tuple[str, bool] | None:
        """A word in or beside the name that says the party is armed, and whether it is a
        strong cue (a name word, "armed group") or a weak one ("X fighters"); None if none."""
        for token in span:
            if token.lower_ in self._armed_name:
                return f"'{token.text}' in the name", True
        root = span.root
        inside = {t.i for t in span}
        neighbours = []
        if root.dep_ in ("compound", "amod", "nmod", "appos", "poss", "npadvmod"):
            neighbours.append(root.head)  # "Hamas militants", "the militia X"
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            neighbours.append(root.head.head)  # "fighters of X"
        for child in root.children:
            if child.i not in inside and child.dep_ in ("compound", "amod", "appos", "nmod"):
                neighbours.extend(t for t in child.subtree if abs(t.i - root.i) <= 8)
        if root.dep_ == "appos":
            neighbours.extend(t for t in root.head.subtree if abs(t.i - root.i) <= 8)
        weak = None
        for token in neighbours:
            if token.i in inside:
                continue
            adjectives = [c for c in token.children if c.lower_ in self._armed_adjectives]
            if token.lower_ in self._group_nouns and adjectives:
                return f"'{adjectives[0].text} {token.text}' beside the name", True
            if weak is None and token.lower_ in self._armed_context:
                weak = f"'{token.text}' beside the name"
        return (weak, False) if weak is not None else None

    def person_cue(self, span) -> str | None:
        """A title or honorific right before a name ("President Joe Biden", "Gen. Haftar",
        "Prime Minister Abiy Ahmed", "Mr Smith"), or None."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and doc[i].text in (".",):
            i -= 1
        if i < 0:
            return None
        word = doc[i].lower_.rstrip(".")
        if word in self._titles or word in _HONORIFICS:
            return f"'{doc[i].text}' before the name"
        return None

    def kind(
        self,
        name: str,
        label: str,
        cue: tuple[str, bool] | None,
        person: str | None = None,
    ) -> tuple[str, str, str, bool]:
        """(kind, country code, why, sure) for a party named ``name`` with spaCy label
        ``label``, armed-group cue ``cue`` and person cue ``person`` (a title or
        honorific before the name)."""
        words = name.split()
        last = normalise(words[-1]) if words else ""
        lowered = {normalise(w) for w in words}
        found = self._countries.get(normalise(name))
        if found is not None and found[1] == "name":
            code, _, kind = found
            if kind == "international_organisation":
                return (
                    "organisation",
                    "",
                    f"{label}, an international body of the reference table ({code})",
                    True,
                )
            if kind == "territory":
                return (
                    "region",
                    code,
                    f"{label}, a territory of the reference table ({code})",
                    True,
                )
            return "state", code, f"{label}, a country name of the reference table ({code})", True
        if cue is not None and cue[1] and label != "ORG":
            # "the M23 rebel group" (GPE), "armed group Al Shabaab" (PERSON): the model's label
            # is less likely than the words around the name
            return "armed_group", "", f"spaCy {label}, but an armed-group cue: {cue[0]}", False
        if label == "PERSON":
            if person is not None:
                return "person", "", f"spaCy PERSON, {person}", True
            # the small model labels many group names PERSON (Hizballah, al-Shabab,
            # Lashkar-e-Taiba): 39 of 47 right on the development texts, below the 95%
            # kind_sure promises
            return "person", "", "spaCy PERSON (no title before the name)", False
        if found is not None:
            if found[1] == "capital":
                return (
                    "city",
                    found[0],
                    f"{label}, capital of {found[0]} in the reference table: a city, but news "
                    "often names the state by its capital (then make it an alias of that state)",
                    False,
                )
            return (
                "government",
                found[0],
                f"{label}, seat of government of {found[0]} in the reference table (or make it "
                "an alias of that state)",
                False,
            )
        if label == "GPE":
            if last in self._province:
                return "province", "", f"GPE named '... {words[-1]}'", True
            if last == "region":
                return "region", "", "GPE named '... Region'", True
            return (
                "city",
                "",
                "GPE, not a country of the reference table: a city assumed "
                "(could be a province or region)",
                False,
            )
        if label == "LOC":
            return "region", "", "spaCy LOC (a place that is not a country or city)", False
        if lowered & self._government:
            return "government", "", f"{label} with a government word in the name", True
        if cue is not None:
            return "armed_group", "", f"{label} with an armed-group cue: {cue[0]}", True
        return (
            "organisation",
            "",
            f"{label} without an armed-group cue: an organisation assumed",
            False,
        )


_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "capt", "captain", "lt", "maj"}
)


def _country_names(lexicon: RelationLexicon) -> dict[str, tuple[str, str, str]]:
    """Normalised names, capitals and other seats of government of the reference table's
    states, territories and international bodies -> (code, "name", "capital" or "seat",
    the row's kind): the first of a country's ``capitals`` is its capital city, the others
    (``White House``, ``Pentagon``) seats of its government. A name of a current entity
    wins over a former state's."""
    found: dict[str, tuple[str, str, str]] = {}
    for country in lexicon.countries:
        for position, capital in enumerate(country.capitals):
            role = "seat" if position else "capital"
            found.setdefault(normalise(capital), (country.code, role, country.kind))
    for country in sorted(lexicon.countries, key=lambda c: c.kind != "former_state"):
        for name in country.names:
            found[normalise(name)] = (country.code, "name", country.kind)
    return found
