"""Pronouns and descriptions resolved to the actors a document names before them.

Rule-based and explainable, so each resolution can be shown ("it -> the militia") and
checked. Within one parsed document, :class:`Coreference` resolves:

- **he, she, him, his, her, himself, herself**: the nearest person of the actors table
  named before, in the same sentence or the two before it, a subject first;
- **it, its, itself, they, them, their, themselves**: the subject of the nearest clause
  before the pronoun (in its sentence, else the main subject of the sentences before it,
  at most two back), when that subject is an actor of a compatible kind (``it``: not a
  person; ``they``: an armed group, an organisation, a government, or two or more
  coordinated actors); where that subject names no actor (a report, an attack), the
  pronoun is left unresolved rather than passed on to an actor further back;
- **descriptions** -- a definite noun phrase ("the group", "the militia", "the kingdom",
  "the regime", "the army", "government forces"; a government word also describes a
  state's own armed forces, which may rule: "the regime" for the Tatmadaw) whose head is
  a description word of
  ``data/text/cues.csv`` (kinds ``description_group``, ``description_state``,
  ``description_government``, ``description_forces``): the nearest actor named before in
  the document (at most :data:`DESCRIPTION_WINDOW` sentences back) of a kind the word
  can describe; a demonym in the description must be the actor's country ("the Lebanese
  militia"); the army and forces words describe a state, a government, or an armed group
  whose own name holds the word ("the army" for the Sudanese Armed Forces); a collective
  head word ("the coalition", "the alliance", "coalition forces": ``collective_noun``)
  only an organisation or an actor whose own name is headed by a collective noun ("the
  Three Brotherhood Alliance"), never an armed group of another name, and after a
  coalition named by its leader ("the Saudi-led coalition ... the coalition") the leader
  (round 64);
- **pairs** -- "both sides", "both parties", "the two countries", "the two sides" (a
  ``description_pair`` word with "both" or "two"): the nearest *pair* named before, at
  most :data:`PAIR_WINDOW` sentences back -- two compatible actors coordinated with each
  other and with no third ("A and B", "A and its rival, B"), or the subject and the
  object of one verb ("A clashed with B", "A met B") -- the nearest sentence first;
  without such a pair, the two nearest distinct actors named before, of a compatible
  kind (a state named by a demonym on its organ counts: "the Kyrgyz government"); none
  when one of the two is coordinated with a third compatible actor ("A, B and C met.
  The two countries ..."). Two coordinated demonyms on one noun are a pair ("Armenian
  and Azerbaijani troops clashed"). A pair description stands for two parties facing
  each other (round 60): a coordinated pair acting as one side -- the joint subject of a
  verb of support or mediation, of "are allies", or of a verb with an actor as object
  ("Egypt and the UAE backed the LNA", "A and B brokered talks", "A and B fought C") --
  is passed over for any other pair in the window, and is taken only by a word that is
  no sides word ("the two governments"), never by "both sides", "the two parties" or
  "the two rivals"; nor do those take a backer and its client named last ("Iran armed
  the Houthis. ... both sides": no guess);
- **numbered group descriptions** -- "the three countries", "all four governments", "the
  three juntas", "the trio", "the three" (:meth:`Coreference._counted`, round 63): the
  nearest list named before with as many items as the number, all of them actors of the
  head word's sort (lists of another count passed over; a list of the count with an item
  of another sort, or the predicate's own actor, gives nothing); with no such list, the
  actors of the sort named one by one as subjects in the description's sentence and the
  two before, when exactly that many. "The two juntas" and "the pair" are pairs;
- **plural collective descriptions** -- "these nations", "the groups", "the neighbouring
  countries": the nearest coordination of two or more compatible actors before, passing
  over single actors named in between and the actors of the description's own predicate;
- **ruling words** -- "the junta", "the regime", "this ruling clique" (``description_ruling``
  of ``cues.csv``): what the nearest earlier phrase with a ruling head was read as, before
  any nearer state ("Thailand's junta ... Laos criticised the junta": Thailand).

- **government words as owners** -- "*government* forces", "*federal* troops", "*regime*
  bases", "*junta* troops" (a bare ``description_government`` or ``government_adjective``
  word where a demonym could stand, :meth:`Coreference.government_owner`): a ruling word
  as the ruling words above, else the one state or government the whole document names;
  two or more, or none, give nothing (round 58).

- **a possessed act** -- "accused the Nigerian army of abuses in *its* campaign",
  "praised Kenya for *its* airstrikes": the object of the verb the act noun hangs from
  through prepositions (the accused or praised one, not the accuser); a possessive in the
  phrase of such an act is its owner ("its offensive against *its* rival"); and the act a
  verb of judgement (``judged_act_verb`` of ``cues.csv``) is about is not the judge's own
  ("Manila welcomed *its* offensive": the group named before);
- **a bare act noun** -- "Iran condemned *the strikes*", "the attacks were carried out
  with backing from X" (:meth:`Coreference.doers`): the doers of the act of violence it
  refers back to, in its sentence or the two before -- the nearest of its sort ("the
  strikes" a strike, else any act of violence; "the attack", "the assault", "the
  offensive" any), stated by a verb and its subject or passive ``by`` phrase, an act
  noun and its owner, ``by`` or ``from`` phrase, or a light verb's object ("launched
  strikes on"); nothing where another act the noun may mean has other doers (rounds 47
  and 61);
- **"Both"** standing alone as a subject or object ("Both fought al-Shabaab"): as a pair
  description.
- **the two sides named back inside a preposition or after a quantifier** (round 66):
  a plural pronoun after a preposition ("talks between *them*", "held talks with
  *them*", :meth:`Coreference._pronoun_pair`) stands for the coordinated pair its nearest
  subject names, and after "between", "among" or a quantifier also for a subject and its
  facing object ("Ethiopia clashed with Eritrea"); "each of them", "either of the two"
  are read through their ``of`` phrase (:meth:`Coreference._quantified`); "either side",
  "each party", and the unnumbered plurals "the warring parties", "the belligerents",
  "the rivals" are pair descriptions (:func:`_sides_named_back`). "Neither" is not read.

A singular description is left unresolved when the actor it would take is coordinated
with another it could stand for ("Kenya and Somalia met. The government ..."), and never
stands for the subject of the verb it hangs from, however deep ("Norway brokered talks
between the government and the rebels": not Norway); a state or government description
may take a state named by a demonym on its organ ("Pakistani police ... the
government"). A list whose parse hangs items as appositions ("Mali, Burkina Faso and
Niger") or leaves out a name the table lacks ("JNIM, ISGS and Ansar al-Islam") is still a
list of three, which no pair description stands for.

A pronoun is never resolved to an actor its own verb already has as an argument ("Iran
attacked it"), except a possessive ("Iran and its allies"). Each resolution comes back
as :class:`~graphkit.text.arguments.Argument` with ``via`` ``pronoun`` or
``description``, ``words`` the pronoun or description and ``antecedent`` the words it
was resolved to.
"""

from __future__ import annotations

from collections.abc import Callable

from .actor_mentions import Argument
from .lemmas import lemma

__all__ = ["DESCRIPTION_WINDOW", "PAIR_WINDOW", "PRONOUN_WINDOW", "Coreference", "singular"]

PRONOUN_WINDOW = 2
"""How many sentences back a pronoun's antecedent may be."""
DESCRIPTION_WINDOW = 6
"""How many sentences back a description's antecedent may be."""
PAIR_WINDOW = 10
"""How many sentences back the pair that "both sides" or "the two countries" stands for
may have been introduced as a pair ("A and B fought": the parties a news item keeps
returning to, often named together only in its first sentence)."""

_PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
_SINGULAR = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_POSSESSIVE = frozenset({"his", "her", "its", "their"})
_COLLECTIVE_KINDS = frozenset({"armed_group", "organisation", "government"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_PAIR_WORDS = frozenset({"both", "two"})
_NAME_PREPOSITIONS = frozenset({"of", "against", "for", "to", "in", "on", "de", "du", "des"})
"""Words after which a name goes on past its head ("Global Coalition *against* Daesh")."""
_NARROWING_OF = {
    "description_group": ("description_armed",),
}
"""The cue kinds of narrower words (``cues.csv``) a description class also reads: each
stands for one kind of actor only (:meth:`Coreference._narrowed_compatible`)."""


class Coreference:
    """Resolves the pronouns and descriptions of one parsed document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    mention_at : dict
        ``{token index: Mention}`` of the actors named in the document.
    kind : callable
        ``actor id -> kind`` in the actors table.
    country : callable
        ``actor id -> country code`` (empty if none).
    names : callable
        ``actor id -> set of its names' words`` (normalised), for the forces words.
    name_keys : callable
        ``actor id -> list of its names and aliases``, each as its normalised words in
        order, for the collective words (:meth:`Coreference._collective_name`).
    named : callable
        ``token -> list of Argument``: the actors a subject token names without
        coreference (the argument resolver's own reading).
    words : dict
        The cue word lists (``description_group``, ``description_state``,
        ``description_government``, ``description_forces``, ``description_pair``).
    demonyms : dict
        ``{token index: country code}`` of the document's demonyms.
    """

    def __init__(
        self,
        doc,
        mention_at: dict,
        *,
        kind: Callable[[str], str],
        country: Callable[[str], str],
        names: Callable[[str], set[str]],
        name_keys: Callable[[str], list[tuple[str, ...]]] = lambda actor: [],
        named: Callable[[object], list[Argument]],
        national_forces: Callable[[str], bool] = lambda actor: False,
        words: dict[str, frozenset[str]],
        demonyms: dict[int, str],
        state_for: Callable[[str], str | None] = lambda country: None,
        forces_of: Callable[[str], str | None] = lambda country: None,
    ):
        self._doc = doc
        self._mention_at = mention_at
        self._kind = kind
        self._country = country
        self._names = names
        self._name_keys = name_keys
        self._named = named
        self._national_forces = national_forces
        self._words = words
        self._demonyms = demonyms
        self._state_for = state_for
        self._forces_of = forces_of
        self._memo: dict[int, list[Argument]] = {}
        self._described_words: set[int] = set()
        self._busy: set[int] = set()
        self._sentences = list(doc.sents)
        self._sentence_of = {}
        for number, sent in enumerate(self._sentences):
            for i in range(sent.start, sent.end):
                self._sentence_of[i] = number
        self._description_kinds = {
            "description_group": ("armed_group", "organisation"),
            "description_state": ("state",),
            "description_government": ("government", "state"),
            "description_forces": ("state", "government", "armed_group"),
        }

    # -- public -------------------------------------------------------------------------

    def is_candidate(self, token) -> bool:
        """Whether the token is a pronoun or the head of a description this resolves."""
        lower = token.lower_
        if _bare_both(token) or _bare_count(token) is not None or _bare_quantifier(token):
            return True
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return lower in _PERSONAL or lower in _SINGULAR or lower in _PLURAL
        return self._description_class(token) is not None

    def resolve(self, token) -> list[Argument]:
        """The actors a pronoun or description stands for (empty if none is found)."""
        return self._once(token, lambda: self._resolve(token))

    def _once(self, token, find) -> list[Argument]:
        """``find()`` for the token, computed once per token and remembered; empty while
        the token is being resolved (a description whose antecedent leads back to it)."""
        if token.i in self._memo:
            return self._memo[token.i]
        if token.i in self._busy:
            return []
        self._busy.add(token.i)
        try:
            found = find()
        finally:
            self._busy.discard(token.i)
        self._memo[token.i] = found
        return found

    def described(self, token) -> list[Argument]:
        """A government or state word read as a description wherever it stands, also
        inside a compound stance where no determiner marks it definite ("pro-*government*
        militia", "*state*-backed", "anti-*regime* coalition"): the actor named before it
        that such a description would be read as (empty if none)."""
        base = lemma(token)
        for kind in ("description_government", "description_state"):
            words = self._words.get(kind, frozenset())
            if base not in words and token.lower_ not in words:
                continue
            return self._once(token, lambda kind=kind: self._described(token, kind))
        return []

    def government_owner(self, token, taken: set[int]) -> list[Argument]:
        """The state a bare government word names where a demonym could stand: the owner
        of a forces, asset or act noun written "*government* forces", "*federal* troops",
        "a *federal* army base", "*regime* bases", "*junta* troops" (round 58 of issue 16).

        The word is read as the description it would head ("the government", "the
        regime"), with a stricter choice, since nothing but the document says whose
        government is meant:

        1. a ruling word ("junta", "regime"; ``description_ruling`` of ``cues.csv``) is
           what the nearest earlier phrase with a ruling head was read as ("Mali's junta
           ... *junta* troops": Mali), as the description itself is;
        2. otherwise the one actor of a government description's kinds (a state, a
           government, or a state's own armed forces such as the Tatmadaw) the whole
           document names, by name or alias, by a demonym of a table state, or by an
           organ ("the Ethiopian government"), before or after the word. Two or more such
           actors (Kenya and Somalia), or none, give nothing: the word is not guessed.

        The actors named by the other arguments of the word's own clause (``taken``,
        word positions) are never the owner ("Government forces shelled *Eritrean*
        positions": not Eritrea's); their mentions there are no candidates, but the same
        actor named elsewhere in the document is one, so "Ethiopia ... Eritrea closed its
        border. Government forces shelled Eritrean positions" gives nothing (two states
        named), not Ethiopia: the word is not guessed.

        Parameters
        ----------
        token : spacy.tokens.Token
            The government word (a compound or adjective of the owned noun).
        taken : set of int
            The positions of the words of the other arguments of its clause.

        Returns
        -------
        list of Argument
            The state, with ``via`` ``description`` and the word as the description
            (the resolution is shown as one: "government -> Ethiopia"); empty if none.

        Notes
        -----
        Caveats: the choice is made per document, not per conflict, so a document that
        names one state but means another's government ("Kenya hosted talks. Government
        forces attacked X", Somalia's forces meant) is read as the state it names; a
        state named only as a place in a capital ("met in Nairobi") does not count.
        """
        if token.i in self._busy:
            return []
        self._busy.add(token.i)
        try:
            return self._government_owner(token, taken)
        finally:
            self._busy.discard(token.i)

    def _government_owner(self, token, taken: set[int]) -> list[Argument]:
        description = "description_government"
        kinds = self._description_kinds[description]
        excluded = {self._mention_at[i].actor for i in taken if i in self._mention_at}
        excluded |= {
            s for i in taken if i in self._demonyms if (s := self._state_for(self._demonyms[i]))
        }
        first = self._sentences[self._window(token, DESCRIPTION_WINDOW)].start
        chained = self._ruling_chain(token, first, kinds, description, taken)
        if chained is not None:
            if chained.actor in excluded:
                return []
            return [self._argument(token, chained, "description")]
        found: dict[str, Argument] = {}
        for i in range(len(self._doc)):
            if i == token.i or i in taken or i in self._busy:
                continue
            at = self._candidate_at(i, token, kinds, description)
            if at is not None:
                found.setdefault(at[0].actor, at[0])
                continue
            state = self._state_for(self._demonyms[i]) if i in self._demonyms else None
            if state and self._compatible(state, kinds, token, description):
                found.setdefault(state, Argument(state, i, "demonym", self._doc[i].text))
        owners = [a for actor, a in found.items() if actor not in excluded]
        if len(found) != 1 or len(owners) != 1:
            return []
        return [self._argument(token, owners[0], "description")]

    def doers(self, token) -> list[Argument]:
        """Whose act a bare definite act noun is ("Iran condemned *the strikes*", "the
        attacks were carried out with backing from ..."): the doers of the act it refers
        back to, stated earlier in its sentence or in the :data:`PRONOUN_WINDOW` sentences
        before.

        The rule (rounds 47 and 61 of issue 16): the noun refers to the nearest act of its
        sort named before it (:func:`_act_sort`: "the strikes" to a strike, "the bombing"
        to a bombing, or to any act of violence where the window names none of its sort;
        a general noun, "the attack", "the assault", "the offensive", to any act of
        violence), stated by a verb of that sort with its subject ("Chile bombed
        Peru") or its passive's ``by`` phrase ("Peru was bombed by Chile"), by an act noun
        with its owner, ``by`` or ``from`` phrase ("strikes from both the U.S. and U.K.",
        "Russia's strikes") or by an act noun as the object of a light verb ("Israel
        launched strikes on ..."; ``light_verb`` of ``cues.csv``). Its doers are the
        actors those name, each resolved with the noun's words ("the strikes -> Israel").

        Caveats: only when unambiguous -- another act of the noun's sort in the window
        with other named doers ("A struck B. C struck D. E condemned the strikes") gives
        nothing, no guess for the most recent; an act whose nearest statement names no
        actor doer ("gunmen attacked", "Hezbollah was struck") gives nothing. Empty unless
        the noun has a determiner "the", "these" or "those" and nothing naming whose act
        it is (no possessive, compound, modifier, ``by`` or ``from`` phrase). Whether the
        earlier act was done, denied or planned is not read; the noun's own reading (the
        stance on it and its status) is the verb's."""
        sort = _act_sort(token)
        if sort is None or token.i in self._mention_at:
            return []
        left = [c for c in token.children if c.i < token.i]
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in left):
            return []
        if any(c.dep_ in ("poss", "compound", "nmod", "amod") for c in left):
            return []
        if any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in token.children):
            return []
        first = self._sentences[self._window(token, PRONOUN_WINDOW)].start
        words = [self._doc[i] for i in range(token.i - 1, first - 1, -1)]
        if sort != "*" and not any(
            _same_sort(sort, w) and self._act_doers(w) is not None for w in words
        ):
            sort = "*"  # "Chile bombed Peru. ... the strikes": no strike, any act of violence
        chosen: list[Argument] | None = None
        for word in words:
            if not _same_sort(sort, word):
                continue
            doers = self._act_doers(word)
            if doers is None:
                continue
            found: list[Argument] = []
            for doer in doers:
                for named in (doer, *doer.conjuncts):
                    for argument in self._named(named):
                        if argument.actor and argument.actor not in {a.actor for a in found}:
                            found.append(argument)
            if chosen is None:
                if not found:
                    return []  # the nearest act's doer is no actor
                chosen = found
            elif found and {a.actor for a in found} != {a.actor for a in chosen}:
                return []  # two acts the noun may mean, by different doers: no guess
        if chosen is None:
            return []
        return [self._argument(token, a, "description") for a in chosen]

    def _act_doers(self, word) -> list | None:
        """The words naming the doer of an act of violence at ``word`` (a verb's subjects,
        a passive's ``by`` phrase, an act noun's owner, ``by`` or ``from`` phrase, or the
        subjects of the light verb whose object it is), ``[]`` for an act whose doer is
        not written, None where ``word`` states no act ("Strikes from A hit B": the
        noun, further back, says whose)."""
        if word.pos_ == "VERB":
            if word.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in word.children):
                # "Peru was attacked by Chile": the doer is the agent, if any
                return [p for a in word.children if a.dep_ == "agent" for p in a.children]
            doers = [c for c in word.children if c.dep_ == "nsubj"]
            if doers and all(_act_sort(d) is not None for d in doers):
                return None
            return doers
        if word.pos_ != "NOUN" or _act_sort(word) is None:
            return None
        doers = [c for c in word.children if c.dep_ == "poss"]
        doers += [
            p
            for prep in word.children
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        verb = word.head
        if (
            not doers
            and word.dep_ == "dobj"
            and verb.pos_ == "VERB"
            and lemma(verb) in self._words.get("light_verb", frozenset())
        ):
            # "Israel launched strikes on Hezbollah": the light verb's subject did them
            return [c for c in verb.children if c.dep_ == "nsubj"]
        return doers

    def act_owner(self, token) -> list[Argument] | None:
        """Whose act a possessive pronoun owns where its sentence says so (the object of
        the verb the act hangs from: "praised *Kenya* for *its* airstrikes"; the owner of
        the act it is inside: "its offensive against *its* rival"), else None."""
        if token.lower_ not in _POSSESSIVE or token.dep_ != "poss":
            return None
        return self._act_owner(token)

    def judged(self, token) -> bool:
        """Whether a possessive pronoun owns the act a verb of judgement is about ("Manila
        welcomed *its* offensive"), so that it does not stand for the judge."""
        return bool(self._judges(token))

    # -- internals ----------------------------------------------------------------------

    def _resolve(self, token) -> list[Argument]:
        lower = token.lower_
        if _bare_both(token):
            return self._pair(token)  # "Both fought al-Shabaab": the pair named before
        if _bare_count(token) is not None:
            return self._counted(token)  # "Russia armed the three": the list named before
        if _bare_quantifier(token):
            return self._quantified(token)  # "Kenya hosted each of them": the pair before
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            if lower in _PERSONAL:
                return self._person(token)
            if lower in _SINGULAR or lower in _PLURAL:
                if lower == "it" and _pleonastic(token):
                    return []
                place = _pair_place(token)
                if place is not None:
                    pair = self._pronoun_pair(token)
                    if pair is not None:
                        return [self._argument(token, a, "pronoun") for a in pair]
                    if place in _PAIR_PREPOSITIONS:
                        return []  # "mediated between them": two or more, or nobody
                coordinated = self._coordinated_owner(token)
                if coordinated:
                    return coordinated
                doer = self._act_owner(token)
                if doer is not None:
                    return doer
                return self._subject_chain(token, plural=lower in _PLURAL, skip=self._judges(token))
            return []
        description = self._description_class(token)
        if description is None:
            return []
        if description == "description_pair":
            return self._pair(token)
        if description == "description_count":
            return self._counted(token)
        if description == "description_person":
            return self._titled_person(token)
        if description == "description_claim":
            return self._claimant_before(token)
        return self._described(token, description)

    def _description_class(self, token) -> str | None:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self._mention_at:
            return None
        base = lemma(token)
        text = token.lower_
        left = [c for c in token.children if c.i < token.i]
        determiners = {c.lower_ for c in left if c.dep_ in ("det", "predet", "nummod")}
        counted = _count(token)
        if counted is not None:
            # "the three countries", "all four governments", "the trio"; "the pair" and
            # "the two juntas" are pairs (round 63)
            return "description_pair" if counted[0] == 2 else "description_count"
        pair_words = self._words.get("description_pair", frozenset())
        if (base in pair_words or text in pair_words or singular(token) in pair_words) and (
            determiners & _PAIR_WORDS
        ):
            return "description_pair"
        if _sides_named_back(token, determiners):
            # "either side", "each party", "the warring parties", "the belligerents"
            return "description_pair"
        if base in _ACCUSATIONS and self._bare_claim(token, left):
            return "description_claim"
        if base in self._words.get("description_person", frozenset()) and token.tag_ != "NNS":
            return "description_person" if self._bare_title(token, left) else None
        for kind in (
            "description_group",
            "description_state",
            "description_government",
            "description_forces",
        ):
            words = self._words.get(kind, frozenset()).union(
                *(self._words.get(narrow, frozenset()) for narrow in _NARROWING_OF.get(kind, ()))
            )
            if kind == "description_forces" and token.tag_ == "NNS":
                continue  # "the troops", "the forces": anyone's
            if base in words or text in words:
                definite = bool(determiners & _DETERMINERS)
                # "government forces", "regime troops": a bare compound of a description
                bare = token.dep_ == "compound" and not any(
                    c.dep_ in ("poss", "compound", "amod") and c.i < token.i
                    for c in token.head.children
                    if c.i != token.i
                )
                # "the RSF militia" is named, "the Tobruk government" someone else's
                named_modifier = any(
                    c.i in self._mention_at or c.pos_ == "PROPN"
                    for c in left
                    if c.dep_ in ("compound", "poss", "nmod")
                )
                # "the Iran-backed militant group" says something new: it introduces
                described = any(
                    (c.dep_ in ("amod", "compound") and c.lower_.endswith(("-backed", "ed")))
                    or (c.dep_ == "amod" and c.tag_ == "VBN")
                    for c in left
                )
                if (definite or bare) and not named_modifier and not described:
                    return kind
                if definite and described and not named_modifier and kind != "description_forces":
                    self._described_words.add(token.i)
                    return kind
        return None

    def _bare_claim(self, token, left) -> bool:
        """ "the allegation", "these accusations": an accusation word with a definite
        determiner and no word saying whose (no possessive, compound or adjective; no
        ``by`` or ``of`` after it)."""
        if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in left):
            return False
        if any(c.dep_ in ("poss", "compound", "nmod", "amod") for c in left):
            return False
        return not any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from")
            for c in token.children
            if c.i > token.i
        )

    def _claimant_before(self, token) -> list[Argument]:
        """Whose accusation "the allegation" is: the actors of the nearest accusation
        before it, in its sentence or the :data:`PRONOUN_WINDOW` sentences before (the
        subjects of accuse, allege, charge or blame, or the ``by`` agent of their passive;
        the owner of an earlier accusation word), never the word's own predicate's other
        argument ("Peru accused Chile of arming the MRTA. Chile dismissed the allegation":
        Peru)."""
        first = self._sentences[self._window(token, PRONOUN_WINDOW)].start
        others = self._co_arguments(token) | self._subject_words(token)
        taken = {m.actor for i in others if (m := self._mention_at.get(i)) is not None}
        found: dict[str, Argument] = {}
        for i in range(token.i - 1, first - 1, -1):
            word = self._doc[i]
            base = lemma(word)
            accusers = []
            if word.pos_ == "VERB" and base in _ACCUSING:
                accusers = [c for c in word.children if c.dep_ == "nsubj"]
                accusers += [
                    p
                    for agent in word.children
                    if agent.dep_ == "agent"
                    for p in agent.children
                    if p.dep_ == "pobj"
                ]
            elif word.pos_ == "NOUN" and base in _ACCUSATIONS:
                accusers = [c for c in word.children if c.dep_ == "poss"]
            for accuser in accusers:
                for conjunct in (accuser, *accuser.conjuncts):
                    mention = self._mention_at.get(conjunct.i)
                    if mention is None or mention.actor in taken:
                        continue
                    found.setdefault(
                        mention.actor,
                        Argument(mention.actor, conjunct.i, mention.via, mention.text),
                    )
            if found:
                break  # the nearest accusation only
        # the accusers of that one accusation: one, or several coordinated ("Peru and
        # Bolivia accused ...")
        return [self._argument(token, a, "description") for a in found.values()]

    def _bare_title(self, token, left) -> bool:
        """ "the president", "this general", "the Colombian president": a title with a
        definite determiner and nothing that names whose title it is (no possessive, no
        compound, no name; a demonym only narrows the country)."""
        if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in left):
            return False
        if any(c.dep_ in ("poss", "compound", "nmod") for c in left):
            return False
        if any(c.dep_ in ("prep", "appos") for c in token.children if c.i > token.i):
            return False  # "the president of Chile", "the president, Boric": named there
        return not any(
            c.dep_ == "amod" and c.i not in self._demonyms for c in left
        )  # "the former president", "the new leader": maybe someone else

    def _titled_person(self, token) -> list[Argument]:
        """A bare title ("the president said") is the person named before with that same
        title ("President Gabriel Boric"), in its sentence or the :data:`PRONOUN_WINDOW`
        sentences before, when exactly one such person is there (of the demonym's country
        if the title has one), never the other argument of its own predicate."""
        first = self._sentences[self._window(token, PRONOUN_WINDOW)].start
        title = lemma(token)
        country = self._modifier_country(token)
        others = self._co_arguments(token) | self._subject_words(token)
        found: dict[str, Argument] = {}
        for i in range(token.i - 1, first - 1, -1):
            mention = self._antecedent(i)
            if mention is None or i in others or self._kind(mention.actor) != "person":
                continue
            if country and self._country(mention.actor) != country:
                continue
            if not self._titled(mention, title):
                continue
            found.setdefault(mention.actor, Argument(mention.actor, i, mention.via, mention.text))
        if len(found) != 1:
            return []
        (person,) = found.values()
        return [self._argument(token, person, "description")]

    def _titled(self, mention, title: str) -> bool:
        """Whether a person's mention carries the title: the word just before it ("President
        Gabriel Boric") or a compound or apposition of its head ("Boric, the president")."""
        start = mention.start
        if start > 0 and lemma(self._doc[start - 1]).lower() == title:
            return True
        head = self._doc[mention.end - 1]
        return any(
            c.dep_ in ("compound", "appos") and lemma(c).lower() == title for c in head.children
        )

    def _argument(self, token, found: Argument, via: str) -> Argument:
        words = self._phrase(token) if via == "description" else token.text
        antecedent = found.words or self._phrase(self._doc[found.token])
        return Argument(found.actor, found.token, via, words, antecedent)

    def _phrase(self, token) -> str:
        """The words of a mention or noun phrase at ``token``, as written."""
        mention = self._mention_at.get(token.i)
        if mention is not None:
            return mention.text
        left = [c for c in token.children if c.i < token.i and c.dep_ != "punct"]
        start = min([token.i] + [w.i for c in left for w in c.subtree])
        return self._doc[start : token.i + 1].text

    def _antecedent(self, i: int):
        """The mention starting at word ``i`` if it can be an antecedent: not a capital
        used as a place ("met in *Cairo*")."""
        mention = self._mention_at.get(i)
        if mention is None or mention.start != i:
            return None
        if mention.via == "capital" and self._doc[mention.end - 1].dep_ == "pobj":
            return None
        return mention

    def _window(self, token, size: int) -> int:
        return max(0, self._sentence_of.get(token.i, 0) - size)

    def _person(self, token) -> list[Argument]:
        first = self._sentences[self._window(token, PRONOUN_WINDOW)].start
        best = None
        for i in range(token.i - 1, first - 1, -1):
            mention = self._antecedent(i)
            if mention is None or self._kind(mention.actor) != "person":
                continue
            if self._same_verb(token, self._doc[i]):
                continue
            subject = self._doc[i].dep_ in _SUBJECTS or self._doc[mention.end - 1].dep_ in _SUBJECTS
            distance = self._sentence_of[token.i] - self._sentence_of[i]
            key = (distance, not subject, token.i - i)
            if best is None or key < best[0]:
                best = (key, Argument(mention.actor, i, mention.via, mention.text))
        if best is None:
            return self._office_holder(token)
        return [self._argument(token, best[1], "pronoun")]

    def _office_holder(self, token) -> list[Argument]:
        """He or she for an office holder the table does not name ("UAE Ambassador
        Mohamed Abushahab ... He urged"): the state or body the office is of, when the
        subject of the nearest clause before is such an office (R5)."""
        for subject in self._subjects_before(token):
            if self._same_verb(token, subject):
                continue
            named = self._named(subject)
            titled = named[0].via == "office" if len(named) == 1 else False
            titled = titled or (
                len(named) == 1
                and named[0].via == "owner"
                and lemma(subject) in self._words.get("title_noun", frozenset())
            )
            if titled and self._kind(named[0].actor) not in ("person", ""):
                return [self._argument(token, named[0], "pronoun")]
            return []
        return []

    def _coordinated_owner(self, token) -> list[Argument]:
        """A possessive in a phrase coordinated with a name stands for that name ("KSS and
        *its* Secretary General", "Haftar and *his* LNA")."""
        if token.lower_ not in _POSSESSIVE or token.dep_ != "poss":
            return []
        phrase = token.head
        if phrase.dep_ != "conj":
            return []
        first = phrase.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        mention = self._mention_at.get(first.i)
        if mention is None or self._kind(mention.actor) in ("person", ""):
            return []
        found = Argument(mention.actor, first.i, mention.via, mention.text)
        return [self._argument(token, found, "pronoun")]

    def _act_owner(self, token) -> list[Argument] | None:
        """Whose act a possessive pronoun owns, where the sentence says it: the object of
        the verb the act's phrase hangs from ("accused *the Nigerian army* of abuses in
        *its* campaign", "praised *Kenya* for *its* airstrikes": the accused or praised
        one, not the accuser), reached from the act noun (``event_noun`` of ``cues.csv``)
        through prepositions only; and a possessive inside the phrase of an act whose own
        owner is a pronoun is that owner ("its offensive against *its* rival"). None when
        neither applies, so the pronoun is resolved as any other."""
        if token.lower_ not in _POSSESSIVE or token.dep_ != "poss":
            return None
        acts = self._words.get("event_noun", frozenset())
        noun = token.head
        if lemma(noun) not in acts and noun.lower_ not in acts:
            return self._same_owner(token, noun, acts)
        word = noun
        while word.dep_ in ("pobj", "prep", "pcomp") and word.head != word:
            word = word.head
            objects = []
            if word.dep_ == "dobj" and word.pos_ in ("NOUN", "PROPN"):
                objects = [word]
            elif word.pos_ in ("VERB", "AUX"):
                objects = [c for c in word.children if c.dep_ == "dobj"]
            for obj in objects:
                if lemma(obj) in acts:
                    continue  # "rejected HRW's criticism of its campaign": an act, no doer
                found = [a for a in self._named(obj) if a.actor]
                found = [a for a in found if self._kind(a.actor) != "person"]
                if len(found) == 1 or (found and token.lower_ == "their"):
                    return [self._argument(token, a, "pronoun") for a in found]
            if word.dep_ == "dobj" or (word.pos_ in ("VERB", "AUX") and word.dep_ != "pcomp"):
                return None  # the object of the verb the act hangs from names no actor
        return None

    def _same_owner(self, token, noun, acts: frozenset[str]) -> list[Argument] | None:
        """ "its offensive against *its* rival": a possessive on the object of a
        preposition of an act noun that a possessive pronoun owns stands for what that
        pronoun stands for."""
        word = noun
        if word.dep_ == "appos":
            word = word.head
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return None
        act = word.head.head
        if act.pos_ in ("VERB", "AUX"):
            # "welcomed its offensive against its rival": the parser hangs "against" on
            # the verb whose object the act is
            act = next((c for c in act.children if c.dep_ == "dobj"), act)
        if lemma(act) not in acts and act.lower_ not in acts:
            return None
        owners = [c for c in act.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE]
        if len(owners) != 1 or owners[0].i == token.i:
            return None
        found = [a for a in self.resolve(owners[0]) if a.actor]
        return [
            Argument(a.actor, a.token, "pronoun", token.text, a.antecedent or a.words)
            for a in found
        ] or None

    def _judges(self, token) -> set[int]:
        """The subjects of a verb of judgement (``judged_act_verb``) whose object is the act
        a possessive pronoun owns: a judge welcomes or condemns another's act ("Manila
        welcomed *its* offensive": not Manila's)."""
        if token.lower_ not in _POSSESSIVE or token.dep_ != "poss":
            return set()
        noun, verb = token.head, token.head.head
        acts = self._words.get("event_noun", frozenset())
        if noun.dep_ != "dobj" or (lemma(noun) not in acts and noun.lower_ not in acts):
            return set()
        if lemma(verb) not in self._words.get("judged_act_verb", frozenset()):
            return set()
        return {c.i for c in verb.children if c.dep_ in _SUBJECTS}

    def _subject_chain(
        self, token, *, plural: bool, skip: set[int] | None = None
    ) -> list[Argument]:
        """The subject of the nearest clause before the pronoun, if it is an actor of a
        compatible kind (none of the subjects ``skip``)."""
        for subject in self._subjects_before(token):
            if skip and subject.i in skip:
                continue
            found = [a for a in self._named(subject) if a.actor]
            if not found and subject.pos_ == "PRON" and subject.lower_ in _SINGULAR | _PLURAL:
                # "Chad said *it* had sent troops to Niger to help it": a pronoun subject
                # passes on what it stands for
                found = [a for a in self.resolve(subject) if a.actor]
            if not found:
                return []  # the nearest subject is no actor: "it" is likely that thing
            if self._same_verb(token, subject) and token.lower_ not in _POSSESSIVE:
                continue
            taken = self._own_co_actors(token)
            if taken and {a.actor for a in found} <= taken:
                # the subject is the pronoun's own co-argument ("Peru attacked the MRTA.
                # It retaliated against Peru"): the next in salience, that clause's object
                return self._object_of(token, subject, taken, plural=plural)
            if plural:
                if len(found) >= 2 or all(self._kind(a.actor) in _COLLECTIVE_KINDS for a in found):
                    return [self._argument(token, a, "pronoun") for a in found]
                if (
                    len(found) == 1
                    and subject.tag_ == "NNS"
                    and subject.i not in self._mention_at
                    and self._kind(found[0].actor) not in ("person", "")
                ):
                    # a plural phrase for an actor's people: "Chilean troops ... They",
                    # "Kenyan officers ... they" (number agrees with the phrase)
                    return [self._argument(token, found[0], "pronoun")]
                return []
            if len(found) == 1 and self._kind(found[0].actor) not in ("person", ""):
                return [self._argument(token, found[0], "pronoun")]
            if len(found) == 1 and self._kind(found[0].actor) == "":
                return [self._argument(token, found[0], "pronoun")]
            return []
        return []

    def co_actors(self, token) -> set[str]:
        """The actors a pronoun never stands for: those named among the other arguments of
        its own verb, and the subject its clause shares with the clause above it."""
        return self._own_co_actors(token)

    def _own_co_actors(self, token) -> set[str]:
        """The actors named (by name) among the other arguments of the pronoun's own verb,
        which it never stands for."""
        if token.lower_ in _POSSESSIVE:
            return set()
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        own = {w.i for w in token.subtree}
        found = set()
        for word in verb.subtree:
            if word.i in own or word.i not in self._mention_at:
                continue
            governor = word.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head != governor:
                governor = governor.head
            if governor.i == verb.i:
                found.add(self._mention_at[word.i].actor)
        for subject in _controllers(token):
            # "Rwanda sent troops to help *it*", "Rwanda helped *it* fight": the helper is
            # the subject the clause shares, which the pronoun does not stand for (itself
            # a pronoun, what that stands for: "Chad said *it* had sent troops to help it")
            named = self._named(subject)
            if not named and subject.pos_ == "PRON":
                named = self.resolve(subject)
            found |= {a.actor for a in named if a.actor}
        return found

    def _object_of(self, token, subject, taken: set[str], *, plural: bool) -> list[Argument]:
        """The one actor named as an object of the subject's verb (its direct object, or
        the object of a preposition or ``by`` on it), not among ``taken``, of a kind the
        pronoun agrees with; none if there are none or several."""
        verb = subject.head
        # "has begun *deploying* troops to Mali": the verbs the subject's clause goes on in
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        words = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative", "attr")]
        # "sent troops *to* Mali", "approved the deployment of troops *to* Mali"
        for head in [*verbs, *(w for w in words if w.dep_ == "dobj")]:
            for prep in head.children:
                if prep.dep_ in ("prep", "agent", "dative"):
                    words += [c for c in prep.children if c.dep_ == "pobj"]
        found: dict[str, Argument] = {}
        for word in words:
            for conjunct in (word, *word.conjuncts):
                mention = self._mention_at.get(conjunct.i)
                if mention is None or mention.actor in taken:
                    continue
                kind = self._kind(mention.actor)
                if kind == "person" or (plural and kind not in _COLLECTIVE_KINDS):
                    continue
                found.setdefault(
                    mention.actor, Argument(mention.actor, conjunct.i, mention.via, mention.text)
                )
        if len(found) != 1:
            return []
        (antecedent,) = found.values()
        return [self._argument(token, antecedent, "pronoun")]

    def _subjects_before(self, token):
        """Subjects before the token: those of its sentence, nearest first, then the main
        subject (or the last subject) of each sentence before it, up to the window."""
        number = self._sentence_of.get(token.i, 0)
        sent = self._sentences[number]
        here = [t for t in sent if t.i < token.i and t.dep_ in _SUBJECTS and t.i not in self._busy]
        yield from reversed(here)
        for back in range(number - 1, self._window(token, PRONOUN_WINDOW) - 1, -1):
            previous = self._sentences[back]
            subjects = [t for t in previous if t.dep_ in _SUBJECTS]
            if not subjects:
                continue
            main = [t for t in subjects if t.head.dep_ == "ROOT"]
            yield (main or subjects)[-1]

    def _same_verb(self, token, other) -> bool:
        """Whether two argument tokens hang from the same verb (a pronoun does not stand
        for a co-argument: "Iran attacked it")."""
        if token.lower_ in _POSSESSIVE:
            return False
        return token.head.i == other.head.i and token.head.pos_ in ("VERB", "AUX")

    def _compatible(self, actor: str, kinds: tuple[str, ...], token, description: str) -> bool:
        kind = self._kind(actor)
        if kind not in kinds and not (
            # "the regime", "the junta" where a state's armed forces rule (the Tatmadaw)
            description == "description_government" and self._national_forces(actor)
        ):
            return False
        if not self._narrowed_compatible(actor, kind, token):
            return False
        country = self._modifier_country(token)
        if country and self._country(actor) != country:
            return False
        if description == "description_forces" and kind == "armed_group":
            if not self._national_forces(actor):
                # a group of its own named after an army ("the Arakan Army"): only the
                # head word itself, never "the army" for the Rapid Support *Forces*
                return bool(self._names(actor) & {lemma(token), token.lower_})
            words = self._words["description_forces"] | {"armed", "forces"}
            return bool(self._names(actor) & words)
        return True

    def _narrowed_compatible(self, actor: str, kind: str, token) -> bool:
        """Whether the actor is of the one kind a narrower description word stands for
        (``cues.csv``): an armed-group word ("the gangs", "the insurgents", "the
        militants") only an armed group that is not its state's own armed forces. Other
        description words keep their class's kinds. ("The bloc" and "the island" are no
        descriptions: a bloc is as often a party's or a parliament's as an international
        body's, an island a region of a state as often as a state, which the actor kinds
        cannot tell apart; each made wrong rows on held-out text.)"""
        armed = self._words.get("description_armed", frozenset())
        heads = {lemma(token), token.lower_, singular(token)}
        if heads & armed:
            return kind == "armed_group" and not self._national_forces(actor)
        if heads & self._words.get("collective_noun", frozenset()):
            return kind == "organisation" or self._collective_name(actor)
        return True

    def _collective_name(self, actor: str) -> bool:
        """Whether one of the actor's names or aliases is headed by a collective noun
        (``collective_noun`` of ``cues.csv``: coalition, alliance, bloc, axis, league,
        grouping, pact), so that "the coalition" or "the alliance" may stand for it.

        A description headed by a collective noun ("the coalition", "the alliance",
        "coalition forces") stands only for an actor named before that is such a
        collective (round 64): an organisation (as the ``description_group`` row already
        allows: "NATO ... the alliance"), or an actor of another kind whose name is
        headed by a collective noun -- "the Three Brotherhood Alliance", "the Global
        Coalition against Daesh", "Alliance Fleuve Congo" -- never an armed group of
        another name. So "Saudi Arabia attacked the Houthis. The coalition comprised
        ..." resolves "the coalition" to nobody, and its members listed after it give no
        ``member_of`` row (ANNOTATION.md R2: an unnamed coalition gives no row).

        The head of a name is its first word when that is a collective noun (the French
        order, "Alliance Fleuve Congo"), else the last word before its first preposition
        ("Global *Coalition* against Daesh", "*Alliance* of Sahel States", "Three
        Brotherhood *Alliance*"); a collective noun inside the name is not its head
        ("Myanmar National Democratic Alliance Army" is an army).

        Caveats: the collective nouns are interchangeable ("the coalition" may stand for
        the Three Brotherhood Alliance); "front" and "union" count as no name head, since
        they name single movements as often (Polisario Front, Karen National Union); an
        armed coalition whose table name has no collective head (JNIM, HTS) is no longer
        what "the alliance" or "the coalition" stands for; any organisation still is,
        also one that is no collective (the United Nations)."""
        collectives = self._words.get("collective_noun", frozenset())
        for key in self._name_keys(actor):
            if not key:
                continue
            if key[0] in collectives:
                return True
            before = next((i for i, w in enumerate(key) if w in _NAME_PREPOSITIONS), len(key))
            if before and key[before - 1] in collectives:
                return True
        return False

    def _modifier_country(self, token) -> str:
        for child in token.children:
            if child.i < token.i and child.i in self._demonyms:
                return self._demonyms[child.i]
        return ""

    def _co_arguments(self, token) -> set[int]:
        """Words that are other arguments of the predicate the token is an argument of
        ("*China's* support for the regime": the regime is not China)."""
        governor = token.head
        while governor.dep_ in ("prep", "agent") and governor.head != governor:
            governor = governor.head
        found: set[int] = set()
        for child in governor.children:
            if child.dep_ in ("poss", "nsubj", "nsubjpass", "compound", "amod", "dobj"):
                found.update(w.i for w in child.subtree)
        found.discard(token.i)
        return found - {w.i for w in token.subtree}

    def _described(self, token, description: str) -> list[Argument]:
        """The compatible actor named before a description, the nearest sentence first,
        in it a subject first, then the nearest ("The FRD maintains Hizballah's presence.
        The branch is led by ...": the FRD)."""
        kinds = self._description_kinds[description]
        if token.i in self._described_words:
            return self._described_again(token, kinds, description)
        first = self._sentences[self._window(token, DESCRIPTION_WINDOW)].start
        others = self._co_arguments(token)
        if self._plural_collective(token):
            return self._coordination_before(token, first, kinds, description, others)
        chained = self._ruling_chain(token, first, kinds, description, others)
        if chained is not None:
            return [self._argument(token, chained, "description")]
        repeated = self._repeated(token, first, others)
        if repeated is not None:
            return [self._argument(token, repeated, "description")]
        # the subject of the verb the description hangs from, however deep ("Norway
        # brokered talks between *the government* and the rebels": not Norway; a writer
        # who means the subject says "its")
        others = others | self._subject_words(token)
        # nor what a pronoun or "both" in that subject stands for ("France and Wagner
        # ... Both struggled against *the insurgents*": neither of the two)
        subject_actors = self._resolved_actors(self._subject_words(token) - {token.i})
        # nor an actor its own predicate names as another argument ("China sent warships
        # near Taiwan. *The island* condemned Beijing": not China), as for a pronoun
        subject_actors |= self._argument_actors(token, others)
        here = self._sentence_of.get(token.i, 0)
        best = None
        for i in range(token.i - 1, first - 1, -1):
            found = self._candidate_at(i, token, kinds, description)
            if found is None or i in others or found[0].actor in subject_actors:
                continue
            distance = here - self._sentence_of[i]
            if best is not None and distance > best[0][0]:
                break
            subject = any(
                self._doc[k].dep_ in _SUBJECTS
                or (self._doc[k].dep_ == "poss" and self._doc[k].head.dep_ in _SUBJECTS)
                for k in found[1]
            )
            # within the sentence the nearest ("that country" after "aid to Rwanda"),
            # across sentences a subject first
            key = (distance, bool(distance) and not subject, token.i - i)
            if best is None or key < best[0]:
                best = (key, found[0])
        if best is None:
            return self._only_one_in_document(token, kinds, description, others)
        if description == "description_group" and self._state_forces_between(
            best[1], token, others | self._subject_words(token)
        ):
            return []  # "Al-Shabaab attacked. Kenyan troops repelled it. ... the fighters"
        # a forces description's own predicate's other actor is no rival ("talks between
        # Colombia and the ELN. The ELN attacked the army": Colombia)
        taken = subject_actors if description == "description_forces" else set()
        if self._coordinated_rival(best[1], token, kinds, description, others, taken):
            return []  # "Kenya and Somalia met. The government ...": which one?
        if description == "description_forces" and self._group_army_beside_forces(
            best[1], token, first, kinds, others
        ):
            return []  # "The Arakan Army attacked Tatmadaw positions. ... the army"
        return [self._argument(token, best[1], "description")]

    def _state_forces_between(self, found: Argument, token, taken: set[int]) -> bool:
        """Whether a plural group description ("the fighters", "the militants") follows a
        state's forces named after the group it would take ("*Kenyan* troops", "*Sudan's*
        army"): whose fighters is then not said, unless that state is the other party of
        the description's own predicate (its words ``taken``: "the Philippine army
        pursued the fighters", "Ankara struck the insurgents" after "Turkish soldiers")."""
        if token.tag_ not in ("NNS", "NNPS"):
            return False
        parties = {self._mention_at[i].actor for i in taken if i in self._mention_at}
        for i in range(found.token + 1, token.i):
            word = self._doc[i]
            owner = i in self._demonyms or (
                word.dep_ in ("poss", "compound") and word.head.pos_ == "NOUN"
            )
            if not owner or word.head.i == token.i or i in taken:
                continue
            organ = self._antecedent_or_organ(i)
            forces = lemma(word.head) in self._words.get("description_forces", frozenset())
            if organ is None or not forces or organ.actor in parties:
                continue
            if self._kind(organ.actor) == "state":
                return True
        return False

    def _only_one_in_document(
        self, token, kinds: tuple[str, ...], description: str, others: set[int]
    ) -> list[Argument]:
        """ "Talks between *the government* and the rebels" before the state is named: in
        a description coordinated with a description of the other side (a government or
        state word with a group word, or the reverse), the one actor of a compatible kind
        the whole document names, named after it; none when it names two or more."""
        other_kinds: dict[str, tuple[str, ...]] = {
            "description_group": ("description_government", "description_state"),
            "description_government": ("description_group",),
            "description_state": ("description_group",),
        }
        wanted = other_kinds.get(description)
        if not wanted:
            return []
        partners = [m for m in _members(token) if m.i != token.i]
        if not any(self._description_class(m) in wanted for m in partners):
            return []
        found: dict[str, Argument] = {}
        for i in range(token.i + 1, len(self._doc)):
            mention = self._antecedent(i)
            if mention is None or i in others:
                continue
            if self._compatible(mention.actor, kinds, token, description):
                found.setdefault(
                    mention.actor, Argument(mention.actor, i, mention.via, mention.text)
                )
        if len(found) != 1:
            return []
        (only,) = found.values()
        return [self._argument(token, only, "description")]

    def _coordinated_rival(
        self,
        found: Argument,
        token,
        kinds: tuple[str, ...],
        description: str,
        others: set[int],
        taken: frozenset[str] | set[str] = frozenset(),
    ) -> bool:
        """Whether the antecedent a singular description would take is coordinated with
        another actor the description could stand for ("Kenya and Somalia discussed ...
        the government"): a writer who means one of them names it."""
        if token.tag_ in ("NNS", "NNPS"):
            return False  # "the rebels" may stand for the members of one of several
        mention = self._mention_at.get(found.token)
        if mention is None:
            return False
        for member in _members(self._doc[mention.end - 1]):
            at = self._mention_at.get(member.i)
            if at is None or at.actor == found.actor or member.i in others or at.actor in taken:
                continue
            if mention.start <= member.i < mention.end:
                continue  # the antecedent itself, read as its state's forces (round 67)
                continue
            if self._compatible(at.actor, kinds, token, description):
                return True
        return False

    def _candidate_at(
        self, i: int, token, kinds: tuple[str, ...], description: str
    ) -> tuple[Argument, range] | None:
        """The compatible actor word ``i`` begins a mention of, with the words that say
        whether it is a subject; for a state or government description also the state a
        demonym names on an organ of it ("*Pakistani* police ... the government":
        Pakistan), the organ's words saying whether it is a subject; for a forces
        description the state's forces (:meth:`_forces_candidate`). None otherwise."""
        if description == "description_forces":
            return self._forces_candidate(i, token, kinds)
        mention = self._antecedent(i)
        if mention is not None:
            if not self._compatible(mention.actor, kinds, token, description):
                return None
            found = Argument(mention.actor, i, mention.via, mention.text)
            return found, range(mention.start, mention.end)
        if description not in ("description_government", "description_state"):
            return None
        organ = self._antecedent_or_organ(i)
        if organ is None or not self._compatible(organ.actor, kinds, token, description):
            return None
        return organ, range(i, self._doc[i].head.i + 1)

    def _forces_candidate(
        self, i: int, token, kinds: tuple[str, ...]
    ) -> tuple[Argument, range] | None:
        """What a description of a state's armed forces ("the army", "the military", "the
        force") may stand for at word ``i`` (round 67 of issue 16), with the words that
        say whether it is a subject.

        Definition (ANNOTATION.md R1: armed forces named by their country are the state,
        unless the table has those forces; a description stands for the actor it refers
        to):

        1. an actor of the table that is a state's own armed forces (``national_forces``:
           the Sudanese Armed Forces, FAMa, the Tatmadaw), named by name, alias or an
           organ ("Sudan's army", "*Malian* soldiers"), is taken as named;
        2. a state or government named before is taken only where the document places it
           in the fighting (:meth:`_in_fighting`): a party of a fight, an attack or a
           truce, the place of one, or the state of an armed group named in reach --
           never a state named only as a host, mediator, broker, backer or speaker ("The
           talks, hosted by Saudi Arabia and the United States, aimed at a truce between
           the army and the RSF": not the United States). Where the table has that
           state's own armed forces, they are taken in its stead (``forces_of``: "Kenya
           hosted talks between Sudan and the RSF. The RSF attacked the army": the
           Sudanese Armed Forces);
        3. an armed group whose own name holds a forces word (the Arakan Army) is taken
           as named, but gives way to nothing where a state's forces are in reach as
           well (:meth:`_group_army_beside_forces`).

        Caveats: the fighting is read from the parse only (the verb or noun a mention
        hangs from, :data:`_FIGHTING`); a state named as the doer of a verb outside that
        list ("Kenya deployed troops", "Egypt said its army") is passed over; the nearest
        fighting state, a subject first, still wins over a second fighting state ("Russia
        struck Kyiv. ... the army": Russia), as before this round; a document that names
        neither the state nor its forces gives nothing, even where the table has them
        (R1: a description stands only for an actor the document names).
        """
        found = self._antecedent_or_organ(i)
        if found is None or not self._compatible(found.actor, kinds, token, "description_forces"):
            return None
        mention = self._mention_at.get(i)
        if mention is not None and mention.start == i:
            words = range(mention.start, mention.end)
            head = mention.end - 1
        else:
            words = range(i, self._doc[i].head.i + 1)
            head = self._doc[i].head.i
        if self._kind(found.actor) not in ("state", "government"):
            return found, words
        if not self._in_fighting(found.actor, head, token):
            return None
        forces = self._forces_of(self._country(found.actor))
        if forces is not None and forces != found.actor:
            found = Argument(forces, found.token, found.via, found.words)
        return found, words

    def _in_fighting(self, actor: str, head: int, token) -> bool:
        """Whether the document places a state or government named at word ``head`` in the
        fighting a forces description is about: the mention hangs, through nouns and
        prepositions, from a verb or noun of fighting, attack or truce (:data:`_FIGHTING`:
        "Russia *struck* Kyiv", "a *truce* between Sudan and the RSF", "*attacks* in
        Mali"), or an armed group of the same country that is not its own forces is named
        in the description's window, up to the end of its sentence ("talks between
        Ethiopia and the TPLF": Ethiopia). A host, mediator, broker, backer or speaker
        ("hosted by Saudi Arabia", "Norway brokered", "Egypt backs", "Kenya said") is
        not."""
        country = self._country(actor)
        first = self._sentences[self._window(token, DESCRIPTION_WINDOW)].start
        last = self._sentences[self._sentence_of.get(token.i, 0)].end
        for j in range(first, last):
            mention = self._mention_at.get(j)
            if mention is None or mention.start != j or not country:
                continue
            other = mention.actor
            if (
                self._kind(other) == "armed_group"
                and self._country(other) == country
                and not self._national_forces(other)
            ):
                return True
        word = self._doc[head]
        while word.head.i != word.i:
            word = word.head
            if lemma(word) in _FIGHTING:
                return True
            if word.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _group_army_beside_forces(
        self, found: Argument, token, first: int, kinds: tuple[str, ...], others: set[int]
    ) -> bool:
        """Whether a forces description would take an armed group that is not a state's
        own forces but whose name holds a forces word ("the Arakan Army") while a state's
        forces are in reach too (a national forces actor, or a state in the fighting:
        "The Arakan Army attacked Tatmadaw positions. China urged the army to stop"):
        which army is meant is not said, so nothing is taken."""
        if self._kind(found.actor) != "armed_group" or self._national_forces(found.actor):
            return False
        for i in range(first, token.i):
            if i in others:
                continue
            candidate = self._forces_candidate(i, token, kinds)
            if candidate is None or candidate[0].actor == found.actor:
                continue
            actor = candidate[0].actor
            if self._national_forces(actor) or self._kind(actor) in ("state", "government"):
                return True
        return False

    def _described_again(self, token, kinds: tuple[str, ...], description: str) -> list[Argument]:
        """A definite description that says something of its referent ("the Iran-backed
        group", "the al-Qaida-affiliated group") may introduce a new actor; it is taken
        for one named before only when exactly one actor of a compatible kind is named in
        the sentence before, other than the actors of its own modifiers ("Iran" in
        "Iran-backed") and its predicate's other arguments; none when such an actor is
        named in its own sentence before it."""
        first = self._sentences[self._window(token, 1)].start
        others = self._co_arguments(token)
        own = {
            self._mention_at[w.i].actor
            for c in token.children
            if c.i < token.i
            for w in c.subtree
            if w.i in self._mention_at
        }
        here = self._sentence_of.get(token.i, 0)
        found: dict[str, Argument] = {}
        for i in range(token.i - 1, first - 1, -1):
            mention = self._antecedent(i)
            if mention is None or i in others or mention.actor in own:
                continue
            if not self._compatible(mention.actor, kinds, token, description):
                continue
            if self._sentence_of[i] == here:
                # a writer who means an actor just named in the same sentence says "it";
                # "the truce between Israel and the Iran-backed group" after Hamas in the
                # same sentence is another group
                return []
            found.setdefault(mention.actor, Argument(mention.actor, i, mention.via, mention.text))
        if len(found) != 1:
            return []
        (antecedent,) = found.values()
        return [self._argument(token, antecedent, "description")]

    def _plural_collective(self, token) -> bool:
        """Whether a description is the plural of a collective word ("the groups", "these
        nations", "the neighbouring countries"): it stands for several actors, where "the
        rebels", "the militants" or "the troops" are the members of one."""
        if token.tag_ not in ("NNS", "NNPS") and singular(token) == token.lower_:
            return False
        base = lemma(token).lower()
        return base in _COLLECTIVE_WORDS or singular(token) in _COLLECTIVE_WORDS

    def _coordination_before(
        self, token, first: int, kinds: tuple[str, ...], description: str, others: set[int]
    ) -> list[Argument]:
        """A plural collective description ("the groups", "the neighbouring countries",
        "these nations") stands for the nearest coordination before it of two or more
        actors of a kind it agrees with ("Rwanda and Uganda ... the neighbouring
        countries"), the nearest sentence first; single actors named in between are
        passed over (a plural is never one actor), and so are the actors of its own
        predicate's other arguments ("the TPLF attacked the groups": not the TPLF)."""
        taken = self._argument_actors(token, others)
        for i in range(token.i - 1, first - 1, -1):
            mention = self._antecedent(i)
            if mention is None or i in others or mention.actor in taken:
                continue
            if not self._compatible(mention.actor, kinds, token, description):
                continue
            found = self._coordinated(token, i, kinds, description, others, taken)
            if found:
                return found
        return []

    def _resolved_actors(self, words: set[int]) -> set[str]:
        """The actors the pronouns, descriptions and bare "both" among ``words`` stand
        for (those being resolved now left out)."""
        found: set[str] = set()
        for i in sorted(words):
            word = self._doc[i]
            if i in self._busy or i in self._mention_at or not self.is_candidate(word):
                continue
            found.update(a.actor for a in self.resolve(word))
        return found

    def _argument_actors(self, token, others: set[int]) -> set[str]:
        """The actors named among the other arguments of the token's own predicate and the
        subject of its verb, which a description never stands for."""
        words = others | self._subject_words(token)
        return {self._mention_at[i].actor for i in words if i in self._mention_at}

    def _ruling_chain(
        self, token, first: int, kinds: tuple[str, ...], description: str, others: set[int]
    ) -> Argument | None:
        """A description whose head is a ruling word (``description_ruling`` of
        ``cues.csv``: "the junta", "the regime", "this ruling clique") is what the nearest
        earlier phrase with a ruling head was read as: a mention holding the word ("the
        Myanmar military junta"), an owned phrase ("Mali's junta") or a description
        resolved before ("the Israeli regime ... the regime"); writers keep such a word
        for one referent, while the nearest state named in between ("China") is another.
        None when there is no such phrase, or it stands for no single compatible actor."""
        ruling = self._words.get("description_ruling", frozenset())
        if lemma(token) not in ruling:
            return None
        taken = self._argument_actors(token, others)
        for i in range(token.i - 1, first - 1, -1):
            word = self._doc[i]
            if i in others or i in self._busy or lemma(word) not in ruling:
                continue
            if word.pos_ not in ("NOUN", "PROPN"):
                continue
            mention = self._mention_at.get(i)
            if mention is not None:
                found = [Argument(mention.actor, mention.start, mention.via, mention.text)]
            elif self.is_candidate(word):
                found = [a for a in self.resolve(word) if a.actor]
            else:
                found = [a for a in self._named(word) if a.actor]
                if not found and word.dep_ == "compound" and word.head.pos_ == "NOUN":
                    # "Mali's junta government": the phrase the word modifies
                    found = [a for a in self._named(word.head) if a.actor]
            if len(found) != 1 or found[0].actor in taken:
                return None
            if not self._compatible(found[0].actor, kinds, token, description):
                return None
            return Argument(
                found[0].actor,
                found[0].token,
                found[0].via,
                found[0].antecedent or found[0].words or self._phrase(word),
            )
        return None

    def _coordinated(
        self,
        token,
        i: int,
        kinds: tuple[str, ...],
        description: str,
        others: set[int],
        taken: frozenset[str] | set[str] = frozenset(),
    ) -> list[Argument]:
        """The actors of the coordination the antecedent at word ``i`` is part of, those of
        a kind the description agrees with; none unless there are two or more (a plural
        is never one actor: "the groups" after one group is left alone)."""
        mention = self._mention_at[i]
        word = self._doc[mention.end - 1]  # the mention's head: its last word
        first = word
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        found: list[Argument] = []
        for conjunct in (first, *first.conjuncts):
            at = self._mention_at.get(conjunct.i)
            if at is None or conjunct.i in others or at.actor in taken:
                continue
            if not self._compatible(at.actor, kinds, token, description):
                continue
            if at.actor in {a.actor for a in found}:
                continue
            found.append(Argument(at.actor, at.start, at.via, at.text))
        if len(found) < 2:
            return []
        found.sort(key=lambda a: a.token)
        return [self._argument(token, a, "description") for a in found]

    def _repeated(self, token, first: int, others: set[int]) -> Argument | None:
        """The actor of the nearest earlier phrase with the same head word and an owner
        (a possessive, a compound or a demonym), where that phrase stands for exactly one
        actor ("Peru's junta ... the junta": whatever "Peru's junta" was read as, the army
        that rules, not the state named in it; "the Peruvian government ... the
        government": Peru, not a nearer subject). A coalition, force, alliance or mission
        named by its leader ("the Saudi-led coalition", "the coalition, led by Saudi
        Arabia") is such a phrase: "the coalition" after it stands for the leader, as the
        phrase itself does (ANNOTATION.md R2; round 64)."""
        base = lemma(token)
        for i in range(token.i - 1, first - 1, -1):
            word = self._doc[i]
            if word.pos_ not in ("NOUN", "PROPN") or lemma(word) != base or i in others:
                continue
            if i in self._mention_at or i in self._busy:
                return None
            owners = [
                c
                for c in word.children
                if c.i < word.i and (c.dep_ in ("poss", "compound") or c.i in self._demonyms)
            ]
            # "the Saudi-led coalition ... the coalition": its leader (ANNOTATION.md R2)
            led = any(c.lower_ == "led" and c.dep_ in ("amod", "acl") for c in word.children)
            if not owners and not led:
                return None  # an earlier description of its own: resolved the same way
            found = [a for a in self._named(word) if a.actor]
            if len(found) != 1:
                return None
            return Argument(found[0].actor, found[0].token, found[0].via, self._phrase(word))
        return None

    def _pair(self, token) -> list[Argument]:
        """The two actors named last before "both sides", "the two countries", "both
        States", "the two armed groups": of the kind the head word describes (a state for
        country, nation, state and neighbour; an armed group or organisation for group,
        movement, militia, organisation; any actor but a person for side, party and
        government), never the other arguments of the description's own predicate
        ("Chile criticised the two countries": not Chile), at most
        :data:`PRONOUN_WINDOW` sentences back, or :data:`DESCRIPTION_WINDOW` when the head
        word narrows the kind ("the two armed groups" may reach back to a group named
        five sentences before, past the states named since)."""
        kinds = _PAIR_KINDS.get(lemma(token).lower()) or _PAIR_KINDS.get(singular(token))
        counted = _count(token)
        if kinds is None and counted is not None:
            kinds = counted[1]  # "the two juntas", "the two capitals" (round 63)
        sides = _sides_word(token)
        others = self._co_arguments(token) | self._subject_words(token)
        # "Kenya denied arming either side": the subject the infinitive or gerund shares
        others |= {w.i for subject in _controllers(token) for w in subject.subtree}
        unit, one_side = self._pair_unit(token, kinds, others)
        if unit:
            return [self._argument(token, a, "description") for a in unit]
        if one_side and sides:
            return []  # "Egypt and the UAE backed the LNA. ... both sides": one side only
        window = PRONOUN_WINDOW if kinds is None else DESCRIPTION_WINDOW
        first = self._sentences[self._window(token, window)].start
        found: list[Argument] = []
        for i in range(token.i - 1, first - 1, -1):
            if i in others:
                continue
            candidate = self._antecedent_or_organ(i)
            if candidate is None:
                continue
            kind = self._kind(candidate.actor)
            if kind == "person" or (kinds is not None and kind not in kinds):
                continue
            if candidate.actor in {a.actor for a in found}:
                continue
            found.append(candidate)
            if len(found) == 2:
                if self._third_coordinated(found, kinds):
                    return []  # "A, B and C met. The two countries ...": which two?
                if sides and self._backer_and_client(found):
                    return []  # "Iran armed the Houthis. ... both sides": not two sides
                if sides and all(_places(self._doc[a.token]) for a in found):
                    return []  # "Weapons flowed through Chad and Libya": places, not sides
                return [self._argument(token, a, "description") for a in reversed(found)]
        return []

    def _pronoun_pair(self, token) -> list[Argument] | None:
        """The two parties a plural pronoun inside a prepositional phrase names back
        ("talks between *them*", "mediated between *them*", "held talks with *them*",
        "each of *them*"), read with round 60's pair units (round 66 of issue 16).

        Definition: the pronoun stands for what the subject of the nearest clause before
        it names, as any "they" does (:meth:`_subject_chain`), subjects of its own
        predicate and a subject whose phrase holds the pronoun ("*Talks* between them
        resumed") passed over; where that subject is a coordination of two actors
        ("Egypt and Sudan objected ...": :meth:`_coordinated_pair`), the pronoun is the
        two. After a preposition that needs two or more parties ("between", "among") or
        a quantifier ("each of them", "either of them"), a subject with its facing object
        is a pair too ("Ethiopia clashed with Eritrea": :meth:`_verb_pair`), as it is for
        "both sides"; after another preposition it is not ("Hezbollah attacked Israel.
        Iran sent weapons to *them*": Hezbollah, the subject chain's reading). A
        subject that is itself a plural pronoun passes on the pair it stands for.

        Returns
        -------
        list of Argument or None
            The two parties, in the order of the text; ``[]`` where the pronoun may mean
            people named as a plural object of the subject's clause ("Egypt and Sudan
            deported migrants. Kenya negotiated with *them*": no guess); None where the
            nearest subject names no pair (the caller reads the pronoun as before, or
            gives nothing where two parties are needed).

        Notes
        -----
        Caveats: a pair acting as one side is taken ("Egypt and the UAE backed the SAF.
        Talks between *them*": Egypt and the UAE), since a pronoun follows its subject,
        where "both sides" would pass it over; the people check is made only after a
        preposition that needs no plurality, and it reads any plural object naming no
        actor as people ("Rwanda and the DRC held talks. Angola met with *them*": no
        guess); a pronoun as a direct object ("Ethiopia criticised *them*") or a subject
        ("*They* met") is not read this way.
        """
        place = _pair_place(token)
        plural_place = place in _PLURAL_PLACES
        own = self._subject_words(token)
        for subject in self._subjects_before(token):
            if subject.i in own or token.i in {w.i for w in subject.subtree}:
                continue
            if subject.pos_ == "PRON" and subject.lower_ in _PLURAL:
                found = [a for a in self.resolve(subject) if a.actor]
                if len({a.actor for a in found}) == 2:
                    return [Argument(a.actor, a.token, a.via, a.antecedent) for a in found]
                return None
            pair = self._coordinated_pair(subject, token)
            if not pair and plural_place:
                pair = self._verb_pair(subject, token)
            if len(pair) != 2:
                return None
            if not plural_place and self._people_object(subject):
                return []  # "... deported migrants. Kenya negotiated with them": people
            return sorted(pair, key=lambda a: a.token)
        return None

    def _people_object(self, subject) -> bool:
        """Whether the clause of a subject has a plural direct object that names no actor
        ("deported *hundreds* of migrants", "arrested *smugglers*"): what a later "them"
        may mean instead of the subject."""
        verb = subject.head
        for word in verb.children:
            if word.dep_ != "dobj" or word.tag_ not in ("NNS", "NNPS"):
                continue
            if word.i in self._mention_at or word.i in self._busy:
                continue
            if not [a for a in self._named(word) if a.actor]:
                return True
        return False

    def _quantified(self, token) -> list[Argument]:
        """The actors a quantifier with an ``of`` phrase stands for: "*each of them*",
        "*either of them*", "*each of the two*" (round 66 of issue 16).

        Definition: a plural pronoun after the quantifier is read as
        :meth:`_pronoun_pair` reads it; "the two" as a pair description (:meth:`_pair`);
        any other description the resolver reads ("each of the three countries",
        "either of the warring parties") as that description. Each actor comes back with
        ``via`` ``description`` and the quantifier's phrase as its words ("each of them
        -> Serbia").

        Caveat: "neither" is not read (its negation is not carried to the relation, so
        the rows would be stated as asserted); "each of the soldiers" and other wholes
        that name no actor give nothing.
        """
        whole = _quantified_whole(token)
        if whole is None:
            return []
        if whole.lower_ in _PLURAL:
            found = self._pronoun_pair(whole) or []
        elif whole.pos_ == "NUM" and _number(whole) == 2:
            found = self._pair(token)
        elif self.is_candidate(whole):
            found = self.resolve(whole)
        else:
            found = []
        words = self._doc[token.i : whole.i + 1].text
        return [
            Argument(
                a.actor,
                a.token,
                "description",
                words,
                a.antecedent or a.words or self._phrase(self._doc[a.token]),
            )
            for a in found
        ]

    def _counted(self, token) -> list[Argument]:
        """The actors a numbered group description stands for: "the three countries",
        "all four governments", "the trio", "the three" (round 63 of issue 16).

        Definition: a definite description ("the", "these", "those", "all") with a
        number of three or more (:data:`_NUMBERS`, or digits) on a plural head word of a
        sort (:data:`_COUNT_KINDS`: countries, states, nations, neighbours, capitals and
        powers are states; governments, juntas, regimes and administrations a state or
        its government; groups, movements, factions, organisations and militias armed
        groups or organisations; allies, members, partners, sides, parties any actor but
        a person), a collective noun of a number ("the trio", :data:`_SET_NOUNS`), or the
        number standing alone as an argument ("Russia armed *the three*"), stands for
        the set of actors named before it of that sort and that count. Two ("the two
        juntas", "the pair") is a pair description, read by :meth:`_pair`.

        Rule, only where unambiguous, at most :data:`DESCRIPTION_WINDOW` sentences back,
        in the description's own sentence before it or in the sentences before:

        1. the nearest written list (coordinated or hung as appositions,
           :func:`_members`) with as many items as the number: all its items actors of
           the head word's sort and none an argument of the description's own predicate
           (nor the antecedent of a relative clause it is in), else nothing ("Mali,
           Burkina Faso and JNIM ... the three countries": no guess). Lists of another
           count are passed over ("France and Germany ... the three countries" reaches
           "Mali, Burkina Faso and Niger" before them). A list item that is a name the
           table lacks counts as an item that is no actor;
        2. with no such list, the actors named one by one ("Mali left ... Burkina Faso
           and Niger followed"): the distinct actors of the sort named in the
           description's sentence and the :data:`PRONOUN_WINDOW` sentences before it
           (by name, or by a demonym on an organ), other than its predicate's own, when
           they are exactly as many as the number and each is named as a subject (or in
           a subject's list); else nothing ("Mali and Niger expelled *French* troops
           ... the three countries": France is no subject, so no guess).

        Each actor comes back resolved (``via`` ``description``, the mention reading
        "The three countries -> Mali").

        Notes
        -----
        Caveats: a list named only by demonyms ("Malian, Burkinabe and Nigerien
        troops") is not read as a list; a count that the writer gets wrong, or a list
        one of whose items the table lacks ("Mali, Burkina Faso and Chad" without
        Chad), gives nothing; a nearer list of the same count and another sort is not
        passed over (no guess); what the predicate says of the set ("each", "jointly")
        is not read: every row is written for every member.
        """
        counted = _count(token) or _bare_count(token)
        if counted is None:
            return []
        number, kinds = counted
        others = self._co_arguments(token) | self._subject_words(token)
        taken = self._argument_actors(token, others) | self._relative_antecedents(token)
        taken |= {
            self._mention_at[w.i].actor
            for c in token.children
            if c.i < token.i
            for w in c.subtree
            if w.i in self._mention_at
        }  # "the three Iran-backed militias": not Iran
        first = self._sentences[self._window(token, DESCRIPTION_WINDOW)].start
        seen: set[int] = set()
        for i in range(token.i - 1, first - 1, -1):
            mention = self._antecedent(i)
            if mention is None or i in others or i in seen:
                continue
            members = _members(self._doc[mention.end - 1])
            seen.update(m.i for m in members)
            if len(members) < 2 or any(m.i >= token.i for m in members):
                continue
            items: list[Argument | None] = [self._head_actor(m) for m in members]
            size = len(members) + (1 if self._unnamed_third(mention) else 0)
            if size != number:
                continue  # a list of another count: not the one counted
            found: dict[str, Argument] = {}
            for item in items:
                if item is None or item.actor in taken:
                    return []  # a list of the count with an item of no fitting actor
                if not self._count_fits(item.actor, kinds, token):
                    return []
                found.setdefault(item.actor, item)
            if len(found) != number:
                return []
            return [self._argument(token, a, "description") for a in found.values()]
        return self._counted_one_by_one(token, number, kinds, others, taken)

    def _counted_one_by_one(
        self,
        token,
        number: int,
        kinds: tuple[str, ...] | None,
        others: set[int],
        taken: set[str],
    ) -> list[Argument]:
        """Rule 2 of :meth:`_counted`: the actors of the sort named in the description's
        sentence and the :data:`PRONOUN_WINDOW` sentences before it, when they are
        exactly ``number`` and each is named as a subject."""
        first = self._sentences[self._window(token, PRONOUN_WINDOW)].start
        found: dict[str, Argument] = {}
        subjects: set[str] = set()
        for i in range(token.i - 1, first - 1, -1):
            if i in others:
                continue
            candidate = self._antecedent_or_organ(i)
            if candidate is None or candidate.actor in taken:
                continue
            if not self._count_fits(candidate.actor, kinds, token):
                continue
            found.setdefault(candidate.actor, candidate)
            mention = self._mention_at.get(i)
            word = self._doc[mention.end - 1] if mention is not None else self._doc[i].head
            head = _members(word)[0]
            if head.dep_ in _SUBJECTS or (head.dep_ == "poss" and head.head.dep_ in _SUBJECTS):
                subjects.add(candidate.actor)
        if len(found) != number or set(found) != subjects:
            return []
        ordered = sorted(found.values(), key=lambda a: a.token)
        return [self._argument(token, a, "description") for a in ordered]

    def _count_fits(self, actor: str, kinds: tuple[str, ...] | None, token) -> bool:
        """Whether an actor is of the sort a numbered group description's head word
        stands for (:data:`_COUNT_KINDS`; any but a person for none), of the country a
        demonym on it names ("the three Sudanese factions"); a militia word only an armed
        group that is not a state's own forces."""
        kind = self._kind(actor)
        if kind == "person":
            return False
        if kinds is not None and kind not in kinds:
            governing = "government" in kinds and self._national_forces(actor)
            if not governing:  # "the three juntas" may be a state's own ruling forces
                return False
        if not self._narrowed_compatible(actor, kind, token):
            return False
        country = self._modifier_country(token)
        return not country or self._country(actor) == country

    def _pair_unit(
        self, token, kinds: tuple[str, ...] | None, others: set[int]
    ) -> tuple[list[Argument], bool]:
        """The nearest pair named before a pair description, and whether a pair acting as
        one side was passed over.

        Rule: at most :data:`PAIR_WINDOW` sentences back, the nearest sentence first (the
        description's own sentence before any other) and in it the pair nearest the
        description: two compatible actors coordinated with each other and with no third
        ("Ethiopia and Eritrea fought ...", "Hamas and its rival, Fatah, ..."), or the
        subject of a verb and its object or ``with``/``against`` object ("Peru clashed
        with Chile", "Peru signed a deal with Chile"); none of them an argument of the
        description's own predicate or the antecedent of a relative clause it is in
        ("China, which borders both countries": not China). A coordinated pair that acts
        as *one side* (:meth:`_one_side`: the joint subject of a verb of support or
        mediation, of "are allies", or of a verb with an actor as its object -- "Egypt and
        the UAE backed the LNA", "Saudi Arabia and the United States brokered talks",
        "Turkey and Azerbaijan are close allies") is passed over for any other pair in the
        window (round 60: a pair description stands for the two parties facing each
        other, not for a backer pair or a mediator pair named since).

        Returns
        -------
        (list of Argument, bool)
            The pair (empty when there is none) and whether a one-side pair was passed
            over; when no other pair is found, the nearest one-side pair is returned for a
            description that is no sides word ("the two governments" may be the two
            backers), and none for a sides word (:func:`_sides_word`).

        Notes
        -----
        Caveat: a pair acting together and meant by "the two governments" is taken only
        when no facing pair is named within the window; a coordination whose verb has no
        actor object and is no verb of support ("A and B sent envoys") still counts as a
        pair. For a sides word, a pair that is the object of a preposition of place or
        route ("through Chad and the CAR", :func:`_places`) is no pair of sides.
        """
        sides = _sides_word(token)
        taken = self._argument_actors(token, others) | self._relative_antecedents(token)
        here = self._sentence_of.get(token.i, 0)
        one_side: list[Argument] = []
        for number in range(here, max(0, here - PAIR_WINDOW) - 1, -1):
            sent = self._sentences[number]
            best: tuple[int, list[Argument]] | None = None
            for i in range(sent.start, min(sent.end, token.i)):
                mention = self._mention_at.get(i)
                if i in others:
                    continue
                if mention is None or mention.start != i:
                    if i not in self._demonyms:
                        continue
                    candidates = [self._demonym_pair(i, token)]
                    head = self._doc[i]
                else:
                    head = self._doc[mention.end - 1]
                    candidates = [self._coordinated_pair(head, token), self._verb_pair(head, token)]
                for pair in candidates:
                    if len(pair) != 2 or {a.actor for a in pair} & taken:
                        continue
                    if not all(self._pair_kind(a.actor, kinds) for a in pair):
                        continue
                    if sides and _places(head):
                        continue  # "weapons reach the RSF *through Chad and the CAR*"
                    ordered = sorted(pair, key=lambda a: a.token)
                    if self._one_side(head, pair):
                        if not one_side:
                            one_side = ordered
                        continue
                    last = max(a.token for a in pair)
                    if best is None or last > best[0]:
                        best = (last, ordered)
            if best is not None:
                return best[1], bool(one_side)
        if one_side and not _sides_word(token):
            return one_side, False
        return [], bool(one_side)

    def _demonym_pair(self, i: int, token) -> list[Argument]:
        """The two states of two coordinated demonyms on one noun, read as the argument
        resolver reads the phrase ("*Armenian and Azerbaijani* troops clashed": Armenia
        and Azerbaijan), when the demonym at ``i`` is the first of them and every member
        of the list is a demonym (round 60)."""
        members = _members(self._doc[i])
        if len(members) != 2 or members[0].i != i or any(m.i >= token.i for m in members):
            return []
        if not all(m.i in self._demonyms for m in members):
            return []
        noun = members[0].head
        if noun.i == i or noun.pos_ not in ("NOUN", "PROPN") or noun.i in self._busy:
            return []
        found: dict[str, Argument] = {}
        for a in self._named(noun):
            if a.actor:
                found.setdefault(a.actor, a)
        if len(found) != 2:
            return []
        return [
            Argument(a.actor, m.i, a.via, self._phrase(noun))
            for a, m in zip(found.values(), members, strict=True)
        ]

    def _one_side(self, head, pair: list[Argument]) -> bool:
        """Whether a coordinated pair acts as one side of its clause: the coordination is
        the subject of a verb of support or mediation (:data:`_ONE_SIDE_VERBS`: "Egypt and
        the UAE backed ...", "... brokered talks") or the direct object of a verb of
        support, the clients of one backer ("Tehran arms Hezbollah and Hamas"; round 67:
        "the two sides" after it are not the two clients), of "be" with an alliance noun
        (:data:`_ONE_SIDE_NOUNS`: "are close allies"), or of a verb whose direct object or
        ``with``/``against`` object names an actor ("Saudi Arabia and the UAE fought the
        Houthis"). A subject-and-object pair ("A clashed with B") is never one side."""
        members = _members(head)
        if len(members) < 2 or not any(m.i == head.i for m in members):
            return False
        first = members[0]
        if first.dep_ == "dobj" and lemma(first.head) in _ONE_SIDE_VERBS:
            # the clients of one backer ("Tehran arms Hezbollah and Hamas", round 67)
            return True
        if first.dep_ not in _SUBJECTS:
            return False
        verb = first.head
        if lemma(verb) in _ONE_SIDE_VERBS:
            return True
        if any(c.dep_ in ("attr", "acomp") and lemma(c) in _ONE_SIDE_NOUNS for c in verb.children):
            return True
        chosen = {a.actor for a in pair}
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for holder in (verb, *objects):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "against"):
                    objects.extend(w for w in prep.children if w.dep_ == "pobj")
        return any(
            (at := self._head_actor(w)) is not None and at.actor not in chosen for w in objects
        )

    def _backer_and_client(self, found: list[Argument]) -> bool:
        """Whether the two actors named last are the subject and the object of one verb of
        support ("Iran armed the Houthis", "Russia funds Serbia's army"): a backer and its
        client, which "both sides" or "the two rivals" do not stand for (round 60)."""
        verbs = [self._clause_verb(self._doc[a.token]) for a in found]
        if verbs[0] is None or verbs[1] is None or verbs[0].i != verbs[1].i:
            return False
        return lemma(verbs[0]) in _ONE_SIDE_VERBS

    @staticmethod
    def _clause_verb(word):
        """The verb whose clause a word is in (its nearest verb head), or None."""
        while word.head.i != word.i:
            word = word.head
            if word.pos_ in ("VERB", "AUX"):
                return word
        return None

    def _pair_kind(self, actor: str, kinds: tuple[str, ...] | None) -> bool:
        kind = self._kind(actor)
        return kind != "person" and (kinds is None or kind in kinds)

    def _head_actor(self, word) -> Argument | None:
        """The actor a word heads a mention of (its last word), or whose appositive it is
        ("its rival, *Fatah*")."""
        for candidate in (word, *(c for c in word.children if c.dep_ == "appos")):
            mention = self._mention_at.get(candidate.i)
            if mention is not None and mention.end - 1 == candidate.i:
                return Argument(mention.actor, mention.start, mention.via, mention.text)
        return None

    def _coordinated_pair(self, head, token) -> list[Argument]:
        """The actors of the coordination a mention's head is part of, when it has exactly
        two distinct ones before ``token`` and no other conjunct names an actor."""
        conjuncts = _members(head)
        if len(conjuncts) < 2 or any(c.i >= token.i for c in conjuncts):
            return []
        if any(
            (m := self._mention_at.get(c.i)) is not None and self._unnamed_third(m)
            for c in conjuncts
        ):
            return []  # "JNIM, ISGS and Ansar al-Islam": three parties, one not in the table
        found: dict[str, Argument] = {}
        for conjunct in conjuncts:
            at = self._head_actor(conjunct)
            if at is None:
                return []  # "A, B and the rebels": not a pair of actors
            found.setdefault(at.actor, at)
        return list(found.values())

    def _verb_pair(self, head, token) -> list[Argument]:
        """The subject at a mention's head and the one object of its verb that faces it: the
        object of ``with`` or ``against`` on the verb or on its direct object ("signed a
        deal *with* B", "clashed with B"), or the direct object of a verb of meeting or
        fighting (:data:`_FACING`: "A met B", "A attacked B"); not of support or speech
        ("Turkey backed Azerbaijan" makes no two sides)."""
        if head.dep_ not in _SUBJECTS or head.conjuncts:
            return []
        verb = head.head
        subject = self._head_actor(head)
        objects = [c for c in verb.children if c.dep_ == "dobj" and lemma(verb) in _FACING]
        for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "against"):
                    objects.extend(w for w in prep.children if w.dep_ == "pobj")
        found = [a for a in (self._head_actor(w) for w in objects if w.i < token.i) if a]
        if subject is None or len({a.actor for a in found} - {subject.actor}) != 1:
            return []
        other = next(a for a in found if a.actor != subject.actor)
        return [subject, other]

    def _relative_antecedents(self, token) -> set[str]:
        """The actors a relative clause holding ``token`` is about ("*China*, which borders
        both countries")."""
        found: set[str] = set()
        word = token
        while word.head.i != word.i:
            if word.dep_ == "relcl":
                at = self._head_actor(word.head)
                if at is not None:
                    found.add(at.actor)
            word = word.head
        return found

    def _third_coordinated(self, found: list[Argument], kinds: tuple[str, ...] | None) -> bool:
        """Whether one of the two actors a pair description would take is coordinated with a
        third actor of a compatible kind ("Kyrgyzstan, Tajikistan and Uzbekistan"): the
        pair is then ambiguous and is left unresolved."""
        chosen = {a.actor for a in found}
        for argument in found:
            word = self._doc[argument.token]
            mention = self._mention_at.get(argument.token)
            if mention is not None:
                word = self._doc[mention.end - 1]
                if self._unnamed_third(mention):
                    return True
            for conjunct in _members(word):
                at = self._mention_at.get(conjunct.i)
                if at is None and conjunct.pos_ == "PROPN" and conjunct.dep_ == "conj":
                    return True  # "JNIM, ISGS and Ansar al-Islam": a third named party
                if at is None or at.actor in chosen:
                    continue
                kind = self._kind(at.actor)
                if kind != "person" and (kinds is None or kind in kinds):
                    return True
        return False

    def _unnamed_third(self, mention) -> bool:
        """Whether a mention is the middle of a written list of three whose last item is a
        name the actors table lacks ("JNIM, *ISGS* and Ansar al-Islam"), read from the
        words, as the parser may not coordinate such a name."""
        start, end = mention.start, mention.end
        if start == 0 or self._doc[start - 1].text != "," or end + 1 >= len(self._doc):
            return False
        after, name = self._doc[end], self._doc[end + 1]
        return after.lower_ == "and" and name.pos_ == "PROPN" and name.i not in self._mention_at

    def _antecedent_or_organ(self, i: int) -> Argument | None:
        """The actor a word ``i`` begins a mention of, or, for a demonym, of the organ it
        modifies as the argument resolver reads it ("*the Ethiopian government*" and
        "*Indian* troops" name Ethiopia and India though only the demonym is a mention);
        None otherwise."""
        mention = self._antecedent(i)
        if mention is not None:
            return Argument(mention.actor, i, mention.via, mention.text)
        if i not in self._demonyms:
            return None
        head = self._doc[i].head
        if head.i == i or head.pos_ not in ("NOUN", "PROPN") or head.i in self._busy:
            return None
        found = [a for a in self._named(head) if a.actor]
        if len(found) != 1:
            return None
        return Argument(found[0].actor, i, found[0].via, self._phrase(head))

    def _subject_words(self, token) -> set[int]:
        """The words of the subject of the verb the token is an object of (the other
        argument of the same relation)."""
        governor = token.head
        while governor.dep_ in ("prep", "agent", "pobj", "dobj") and governor.head != governor:
            governor = governor.head
        if governor.pos_ not in ("VERB", "AUX"):
            return set()
        found: set[int] = set()
        for child in governor.children:
            if child.dep_ in _SUBJECTS and child.i != token.i:
                found.update(w.i for w in child.subtree)
        if (
            not found
            and token.dep_ not in _SUBJECTS  # "..., and *the three states* condemned X"
            and governor.dep_ == "conj"
            and governor.head.pos_ in ("VERB", "AUX")
        ):
            # "The army pursued the fighters and attacked *the militants*": the subject
            # the coordinated verbs share
            for child in governor.head.children:
                if child.dep_ in _SUBJECTS:
                    found.update(w.i for w in child.subtree)
        return found - {w.i for w in token.subtree}


_FACING = frozenset(
    {
        "meet",
        "host",
        "face",
        "fight",
        "battle",
        "confront",
        "engage",
        "attack",
        "invade",
        "strike",
        "bomb",
        "shell",
        "raid",
    }
)
"""Verbs whose subject and direct object are the two sides of an exchange or a fight."""

_ONE_SIDE_VERBS = frozenset(
    {
        "back",
        "support",
        "arm",
        "fund",
        "finance",
        "aid",
        "help",
        "sponsor",
        "supply",
        "train",
        "equip",
        "broker",
        "mediate",
    }
)
"""Verbs whose joint subjects act as one side, and whose subject and object are a backer
and its client, not two sides (round 60)."""
_ONE_SIDE_NOUNS = frozenset({"ally", "partner", "backer", "patron", "sponsor", "friend"})
"""Nouns after "be" whose joint subjects are one side ("are close allies")."""
_SIDES_WORDS = frozenset({"side", "party", "rival", "foe", "adversary", "enemy", "belligerent"})
"""Pair words that name two opposed parties: never a one-side pair or a backer and its
client (round 60)."""


_ROUTE_PREPOSITIONS = frozenset(
    {"through", "via", "across", "from", "into", "in", "inside", "within", "near", "along"}
)
"""Prepositions whose coordinated objects are places an act passes through or happens in
("through Chad and the CAR", "from Libya and Chad"), not two sides."""


def _places(head) -> bool:
    """Whether a coordinated pair at ``head`` is the object of a preposition of place or
    route: places, which a sides word ("either side", "both parties") never stands for
    (round 66)."""
    while head.dep_ in ("compound", "det", "amod", "flat") and head.head != head:
        head = head.head  # a word of the name: its phrase's head
    first = _members(head)[0]
    return first.dep_ == "pobj" and first.head.lower_ in _ROUTE_PREPOSITIONS


def _sides_word(token) -> bool:
    """Whether a pair description's head word names two opposed parties ("both sides",
    "the two parties", "the rivals")."""
    return lemma(token).lower() in _SIDES_WORDS or singular(token) in _SIDES_WORDS


_QUANTIFIERS = frozenset({"each", "either"})
"""Quantifiers that name the two parties one at a time ("*either* side", "*each* of them");
"neither" is left out, as its negation is not carried to the relation (round 66)."""
_PAIR_PREPOSITIONS = frozenset({"between", "among", "amongst"})
"""Prepositions whose object is two or more parties ("talks *between* them")."""
_PLURAL_PLACES = _PAIR_PREPOSITIONS | {"quantifier"}
"""The places of a plural pronoun that need two or more parties (:func:`_pair_place`)."""
_SIDES_MODIFIERS = frozenset(
    {"warring", "rival", "opposing", "feuding", "belligerent", "conflicting", "hostile"}
)
"""Adjectives that keep a plural sides word a description of the two sides ("the
*warring* parties"); any other modifier ("the political parties") makes it none."""


_NEUTRAL_SIDES = frozenset({"party", "side"})
"""Sides words that in the plural name the two sides of a conflict only with a modifier
of conflict ("the *warring* parties"): bare, "the parties" and "the sides" are the
parties of whatever was named last (talks or a deal of any number, or political parties),
round 66."""


def _pair_place(token) -> str | None:
    """Where a plural pronoun stands inside a prepositional phrase: the preposition
    ("between", "with"), or "quantifier" for the ``of`` phrase of a quantifier ("each of
    *them*", "both of *them*"); None elsewhere (round 66)."""
    if token.dep_ != "pobj" or token.head.dep_ not in ("prep", "agent"):
        return None
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.lower_ in (
        *_QUANTIFIERS,
        "both",
        "neither",
    ):
        return "quantifier"
    return preposition.lower_


def _quantified_whole(token):
    """The object of the ``of`` phrase of a quantifier ("each of *them*"), or None."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > token.i:
            for word in prep.children:
                if word.dep_ == "pobj":
                    return word
    return None


def _bare_quantifier(token) -> bool:
    """ "Kenya hosted *each* of them", "denied arming *either* of the two": "each" or
    "either" standing as a subject or object with an ``of`` phrase (round 66); never
    "either" as a conjunction ("either mediate or stay out")."""
    return (
        token.lower_ in _QUANTIFIERS
        and token.pos_ in ("DET", "PRON")
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and _quantified_whole(token) is not None
    )


def _sides_named_back(token, determiners: set[str]) -> bool:
    """Whether a noun names the two sides of a conflict back without a number: a sides
    word (:data:`_SIDES_WORDS`) after "each" or "either" ("either side", "each party"),
    or in the plural after "the", "these" or "those" ("the belligerents", "the rivals",
    "the warring parties", "the warring sides"; "the parties" and "the sides" only with
    such an adjective, :data:`_NEUTRAL_SIDES`), with no owner, compound, number or other
    adjective than one of conflict (:data:`_SIDES_MODIFIERS`) and no ``of`` phrase
    ("either side *of the border*", "the enemies *of Israel*": no description). Read
    as a pair description by :meth:`Coreference._pair` (round 66).

    Caveat: "neither side" is not read (the negation is not carried); "the neighbours",
    "the factions" are not sides words (plural collectives read them, or nothing)."""
    if token.pos_ not in ("NOUN", "PROPN") or not _sides_word(token):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i for c in token.children):
        return False
    left = [c for c in token.children if c.i < token.i]
    if any(c.dep_ in ("poss", "compound", "nmod", "nummod") for c in left):
        return False
    if any(c.dep_ == "amod" and c.lower_ not in _SIDES_MODIFIERS for c in left):
        return False
    if token.tag_ in ("NNS", "NNPS"):
        if lemma(token).lower() in _NEUTRAL_SIDES and not any(c.dep_ == "amod" for c in left):
            return False  # "the parties", "the sides": of whatever was named, of any number
        return bool(determiners & {"the", "these", "those"}) and "all" not in determiners
    return bool(determiners & _QUANTIFIERS) and len(determiners) == 1


_PAIR_KINDS: dict[str, tuple[str, ...]] = {
    "country": ("state",),
    "nation": ("state",),
    "state": ("state",),
    "neighbour": ("state",),
    "neighbor": ("state",),
    "group": ("armed_group", "organisation"),
    "movement": ("armed_group", "organisation"),
    "militia": ("armed_group",),
    "faction": ("armed_group", "organisation"),
    "organisation": ("organisation", "armed_group"),
    "organization": ("organisation", "armed_group"),
}
"""The kinds of actor a pair description's head word stands for (others: any but a
person)."""

_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
"""Number words a numbered group description counts with (digits are read too)."""

_STATES = ("state",)
_GOVERNMENTS = ("government", "state")
_GROUPS = ("armed_group", "organisation")
_COUNT_KINDS: dict[str, tuple[str, ...] | None] = {
    "country": _STATES,
    "nation": _STATES,
    "state": _STATES,
    "neighbour": _STATES,
    "neighbor": _STATES,
    "capital": _STATES,
    "power": _STATES,
    "government": _GOVERNMENTS,
    "junta": _GOVERNMENTS,
    "regime": _GOVERNMENTS,
    "administration": _GOVERNMENTS,
    "group": _GROUPS,
    "movement": _GROUPS,
    "faction": _GROUPS,
    "organisation": _GROUPS,
    "organization": _GROUPS,
    "militia": ("armed_group",),
    "ally": None,
    "member": None,
    "partner": None,
    "side": None,
    "party": None,
}
"""The head words of a numbered group description ("the three *juntas*") and the kinds of
actor each stands for (None: any but a person), round 63."""
_SET_NOUNS = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4}
"""Collective nouns of a number: "the pair", "the trio" stand for that many actors of any
kind but a person."""
_COUNT_DETERMINERS = frozenset({"the", "these", "those", "all"})


def _number(word) -> int | None:
    """The count a number word or digits say ("three", "3"), or None."""
    text = word.lower_
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def _count(token) -> tuple[int, tuple[str, ...] | None] | None:
    """A numbered group description's count and the kinds its head word stands for:
    "the three countries" (3, states), "all four governments", "these three groups",
    "the trio" (3, any); None for any other word, and for an indefinite count ("three
    countries have recognised it"), a count of one, a head with an owner ("Russia's
    three allies") or with an ``of`` phrase naming its whole ("three members of
    NATO")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    left = [c for c in token.children if c.i < token.i]
    if not any(c.dep_ in ("det", "predet") and c.lower_ in _COUNT_DETERMINERS for c in left):
        return None
    if any(c.dep_ in ("poss", "nmod") for c in left) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children if c.i > token.i
    ):
        return None
    base = lemma(token).lower()
    numbers = [n for c in left if c.dep_ == "nummod" and (n := _number(c)) is not None]
    if base in _SET_NOUNS and token.tag_ in ("NN", "NNP") and not numbers:
        return _SET_NOUNS[base], None
    if token.tag_ not in ("NNS", "NNPS") and singular(token) == token.lower_:
        return None
    head = base if base in _COUNT_KINDS else singular(token)
    if head not in _COUNT_KINDS or len(numbers) != 1 or numbers[0] < 2:
        return None
    return numbers[0], _COUNT_KINDS[head]


def _bare_count(token) -> tuple[int, tuple[str, ...] | None] | None:
    """ "Russia armed *the three*": a number of three or more with a definite determiner
    standing alone as a subject or object, a numbered group description without a head
    word (any kind but a person); None otherwise."""
    number = _number(token)
    if number is None or number < 3 or token.pos_ != "NUM":
        return None
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _COUNT_DETERMINERS for c in token.children):
        return None
    return number, None


_ACTS = frozenset(
    {"attack", "strike", "airstrike", "raid", "bombing", "assault", "offensive", "shelling"}
)
"""Nouns of violent acts whose doers "the attacks" stands for."""
_ACTING = frozenset({"attack", "strike", "bomb", "raid", "shell", "assault", "hit", "target"})
"""Verbs of violent acts whose subjects did them."""
_FIGHTING = frozenset(
    {
        *_ACTING,
        *_ACTS,
        "fight",
        "fighting",
        "clash",
        "war",
        "battle",
        "combat",
        "invade",
        "invasion",
        "bombard",
        "ambush",
        "kill",
        "shoot",
        "fire",
        "besiege",
        "siege",
        "repel",
        "overrun",
        "hostility",
        "conflict",
        "confrontation",
        "truce",
        "ceasefire",
        "cease-fire",
        "armistice",
    }
)
"""Verbs and nouns of fighting, attack or truce whose parties, targets or places a forces
description's state must be (:meth:`Coreference._in_fighting`, round 67)."""
_GENERAL_ACTS = frozenset({"attack", "assault", "offensive"})
"""Act nouns that refer back to an act of violence of any sort ("the attack" after "A
struck B")."""
_SORTS = {"airstrike": "strike", "bombing": "bomb", "shelling": "shell"}
"""An act noun's sort where it is not the noun itself: the verb it names."""


def _act_sort(token) -> str | None:
    """The sort of act of violence a noun names ("strike" for "airstrikes", "*" for a
    general noun, :data:`_GENERAL_ACTS`), or None for no such noun."""
    base = lemma(token)
    if base not in _ACTS:
        return None
    if base in _GENERAL_ACTS:
        return "*"
    return _SORTS.get(base, base)


def _same_sort(sort: str, word) -> bool:
    """Whether ``word``, a verb or noun, states an act of violence of ``sort`` ("*": of
    any sort)."""
    base = lemma(word)
    if word.pos_ == "VERB":
        return base in _ACTING and (sort == "*" or base == sort)
    if word.pos_ != "NOUN" or base not in _ACTS:
        return False
    return sort == "*" or _act_sort(word) in (sort, "*")


_ACCUSATIONS = frozenset({"accusation", "allegation", "claim", "charge"})
"""Words for an accusation whose accuser "the allegation" stands for."""
_ACCUSING = frozenset({"accuse", "allege", "charge", "blame"})
"""Verbs whose subject (or ``by`` agent) makes an accusation."""

_COLLECTIVE_WORDS = frozenset(
    {
        "group",
        "movement",
        "militia",
        "organisation",
        "organization",
        "faction",
        "outfit",
        "affiliate",
        "coalition",
        "alliance",
        "country",
        "nation",
        "state",
        "kingdom",
        "republic",
        "government",
        "regime",
        "administration",
    }
)
"""Collective head words whose plural stands for several actors ("the groups", "these
nations"); the plurals of member words ("rebels", "militants", "troops") do not."""


def _controllers(token) -> list:
    """The subjects a pronoun's clause takes from the clause above it: a to-infinitive
    without a subject of its own shares its governor's ("Rwanda deployed troops to help
    *it*": Rwanda helps), and a bare infinitive's subject is the object of the verb above
    ("Rwanda helped *it* fight": Rwanda helps it). Empty for any other pronoun."""
    verb = token.head
    if token.dep_ == "nsubj" and verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp"):
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            return []  # "Iran said it *would* fund": a finite clause, no bare infinitive
        verb = verb.head  # the verb whose object the bare infinitive's subject is
    elif token.dep_ not in ("dobj", "dative"):
        return []
    found: list = []
    for _ in range(3):
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return found + own
        if verb.dep_ not in ("advcl", "xcomp") or verb.head == verb:
            return found
        if verb.dep_ == "advcl" and not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
        ):
            return found  # "..., helping it": a participle's subject is not settled
        verb = verb.head  # "has begun deploying troops to help it": begun's subject
    return found


def _bare_both(token) -> bool:
    """ "*Both* fought al-Shabaab", "struck both": "both" standing alone as a subject or
    object, a pair description without a head word."""
    return (
        token.lower_ == "both"
        and token.pos_ in ("DET", "PRON")
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def _members(word) -> list:
    """The members of the list a word is in, the word's own included: its conjuncts, and
    the items the parser hangs as appositions of the first ("Mali, *Burkina Faso* and
    Niger": Faso an apposition of Mali, Niger a conjunct of Faso), and an apposition of a
    conjunct ("Hamas and its rival, *Fatah*"), in the order of the text."""
    first = word
    while first.dep_ in ("conj", "appos") and first.head != first:
        first = first.head
    found = {first.i: first}
    todo = [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("conj", "appos") and child.i not in found:
                found[child.i] = child
                todo.append(child)
    return [found[i] for i in sorted(found)]


def singular(token) -> str:
    """A capitalised plural the tagger calls a proper noun ("Both *States*", lemma
    "States") in the singular; other words as they are."""
    text = token.lower_
    if token.pos_ == "PROPN" and text.endswith("s") and not text.endswith("ss"):
        return text[:-1]
    return text


def _pleonastic(token) -> bool:
    """ "It is reported that", "it was agreed to": an "it" that stands for no thing."""
    head = token.head
    if token.dep_ == "expl":
        return True
    if lemma(head) in ("be", "seem", "appear", "remain") or head.tag_ == "VBN":
        return any(c.dep_ in ("ccomp", "xcomp", "csubj", "acomp") for c in head.children) or (
            head.tag_ == "VBN" and token.dep_ == "nsubjpass"
        )
    return False
