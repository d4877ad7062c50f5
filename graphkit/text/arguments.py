"""Which actors a word of a parsed sentence stands for.

A trigger's subject or object is rarely the actor's name alone. :class:`ArgumentResolver`
follows the ways news prose names an actor in an argument position:

- the name itself, and names coordinated with it ("Turkey and Qatar");
- a relative pronoun, to what the clause describes ("Haftar, *who* is backed by Egypt");
- a body that acts for its owner ("*Russian* troops", "the government *of Ethiopia*",
  "*Pakistan's* defense minister", "fighters *with* al-Shabaab"): demonyms count for state
  organs and assets only, never for members of a group ("Armenian separatists" are not
  Armenia);
- something an actor owns, when it is attacked ("*US* warships"), and, for verbs of
  opinion, an act standing for its doer ("condemned *Russia's* invasion");
- apposition ("Pakistan's defense minister, *Khwaja Asif*"), preferring a named person of
  the table to the office;
- an unknown person with a title naming a country ("*Qatari* Prime Minister Al Thani"):
  the state;
- in a claim an actor makes about itself, the pronoun for the claimant ("JNIM said *they*
  killed ...", "Hamas confirmed that *its* delegation met ...").
"""

from __future__ import annotations

from dataclasses import replace

from .actor_mentions import ActorMatcher, Argument, Mention
from .coreference import Coreference
from .lemmas import lemma
from .lexicon import DESCRIPTION_KINDS, RelationLexicon
from .offices import default_offices

__all__ = ["Argument", "ArgumentResolver"]

_RELATIVE = frozenset({"who", "which", "that", "whom"})
_THIRD_PERSON = frozenset({"it", "they", "its", "their", "them", "itself", "themselves"})
_FIRST_PLURAL = frozenset({"we", "our", "us", "ourselves"})
_OWNER_LINKS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_MAX_DEPTH = 5
_MILITARY_NAMES = frozenset({"army", "military", "armed", "forces", "tatmadaw", "junta"})
"""Words of the names of a state's armed forces in an actors table."""
_POSTED = frozenset({"ambassador", "envoy", "representative", "delegate", "mission", "embassy"})
"""Heads whose organisation compound is where they are posted and whose possessive or
demonym is whom they represent ("Sudan's UN ambassador" represents Sudan)."""
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Heads whose "for" phrase is whom they speak for ("a spokesman *for* the army")."""
_FORMER = frozenset({"former", "ex", "ex-", "onetime", "erstwhile"})
# prepositions by which an act noun names its target ("support *for*", "an attack *on*")
_TARGET_PREPOSITIONS = frozenset({"for", "to", "on", "against", "into"})
_SINGULAR = frozenset({"it", "its"})
_STATE_KINDS = ("state", "government")
_STANCES = frozenset({"anti", "pro"})
_OUTLETS = frozenset({"media", "press", "television", "tv", "news", "outlet", "source", "agency"})
"""Heads whose demonym speaks for a state in a claim ("*Iranian* state media said")."""
_NOT_ORGANS = {"tank": frozenset({"think"})}
"""Compounds that make an organ noun something else ("think tank")."""
# participles that make a place its controller's, as a target ("strikes on *Houthi-held*
# areas", "shelled *RSF-controlled* districts", "the *Hamas-run* ministry")
_CONTROLLED = frozenset({"control", "hold", "run", "occupy", "administer", "dominate"})
_HELD_PLACES = frozenset(
    {
        "area",
        "part",
        "territory",
        "region",
        "zone",
        "town",
        "city",
        "village",
        "district",
        "neighborhood",
        "neighbourhood",
        "province",
        "port",
        "airport",
        "enclave",
        "pocket",
        "sector",
        "strip",
        "governorate",
        "suburb",
        "locality",
        "land",
        "front",
        "line",
    }
)


_LED_BODIES = frozenset(
    {"coalition", "alliance", "force", "forces", "mission", "bloc", "contingent", "taskforce"}
)
"""Bodies an "X-led" or "led by X" names by their leader (ANNOTATION.md R2, round 20)."""

_OPENING = frozenset({"(", "["})
_CLOSING = frozenset({")", "]"})
_RENAMING_MARKS = frozenset({",", "(", "[", "\u2014", "\u2013", "--", "-"})
"""What sets a name renaming a description off from it ("a militia, the ADF", "a militia
-- the ADF", "a militia (the ADF)")."""


def _before_participle(word) -> bool:
    """Whether a name is the first half of a participle modifier ("UN-backed",
    "Iranian-led"), which says who acts on the noun, not whose it is."""
    doc = word.doc
    i = word.right_edge.i
    return (
        i + 2 < len(doc)
        and doc[i + 1].text in ("-", "\u2010", "\u2011")
        and doc[i + 2].lower_.endswith("ed")
    )


def _stance_prefix(word, start: int | None = None) -> bool:
    """Whether a name is written after "anti-" or "pro-" ("anti-Assad", "pro-GNA");
    ``start`` is where the name begins, if it is known (a mention of several words)."""
    doc = word.doc
    i = word.left_edge.i if start is None else start
    if i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011") and doc[i - 2].lower_ in _STANCES:
        return True
    return i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-")


class ArgumentResolver:
    """Resolves argument tokens of one parsed document to actors of the table.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    mentions : list of Mention
        From :meth:`ActorMatcher.find`.
    demonyms : dict
        ``{token index: country code}`` from :meth:`ActorMatcher.find`.
    matcher : ActorMatcher
    lexicon : RelationLexicon
    """

    def __init__(
        self,
        doc,
        mentions: list[Mention],
        demonyms: dict[int, str],
        matcher: ActorMatcher,
        lexicon: RelationLexicon,
    ):
        self.doc = doc
        self.matcher = matcher
        self.lexicon = lexicon
        self.demonyms = demonyms
        self.mention_at: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.mention_at[i] = mention
        self._agent = lexicon.cue("agent_noun")
        self._member = lexicon.cue("member_noun")
        self._asset = lexicon.cue("asset_noun") | lexicon.cue("port_noun")
        # the verbs and nouns of attacking, whose "from" right after a unit they hit names
        # the unit's owner ("attacked troops *from* India"; round 50)
        self._attack_words = frozenset(
            e.lemma for e in lexicon.all_entries() if e.specific == "attacks" and not e.pattern
        )
        # acts and dispositions a stance or a label may be about ("wary of China's
        # *influence*", "called Russia's *referendums* a sham"): an actor's own, like its
        # acts (round 31)
        self._event = lexicon.cue("event_noun") | lexicon.cue("stance_object_noun")
        self._claims = lexicon.cue("claim_noun")
        self._conduct = lexicon.cue("conduct_noun")
        self._speech = lexicon.cue("speech_verb")
        self._reports = lexicon.cue("report_noun")
        self._offices = default_offices().heads
        self._titles = lexicon.cue("title_noun")
        self._forces = lexicon.cue("description_forces")
        self._governing = lexicon.cue("description_government")
        # a group's, an armed group's or a partner's description, not a state's, a
        # government's or a person's ("the country, X" and "the leader, X" stay R1's)
        self._renamable = (
            lexicon.cue("description_group")
            | lexicon.cue("description_armed")
            | lexicon.cue("renamed_noun")
        )
        self._persons = lexicon.cue("description_person")
        self.coreference = Coreference(
            doc,
            self.mention_at,
            kind=matcher.kind,
            country=matcher.country,
            names=matcher.name_words,
            name_keys=matcher.name_keys,
            named=lambda token: self._one(token, False, 1),
            national_forces=self._is_national_forces,
            words={
                kind: lexicon.cue(kind)
                for kind in (
                    *DESCRIPTION_KINDS,
                    "title_noun",
                    "event_noun",
                    "judged_act_verb",
                    "light_verb",
                    "collective_noun",
                )
            },
            demonyms=demonyms,
            state_for=matcher.state_for,
            forces_of=lambda country: matcher.organ_of(country, _MILITARY_NAMES, ("armed_group",)),
        )

    # -- public -------------------------------------------------------------------------

    def with_words(self, argument: Argument) -> Argument:
        """The argument with its ``words`` filled in (the mention at its token, else the
        token itself) where the frame that found it left them empty."""
        if argument.words:
            return argument
        mention = self.mention_at.get(argument.token)
        words = mention.text if mention is not None else self.doc[argument.token].text
        return replace(argument, words=words)

    def resolve(self, token, *, events: bool = False) -> list[Argument]:
        """The actors ``token`` and the words coordinated with it stand for, in order."""
        found: list[Argument] = []
        for word in self.conjuncts(token):
            for argument in self._one(word, events, 0):
                if argument.actor not in {a.actor for a in found}:
                    found.append(argument)
        return found

    def resolve_alone(self, token, *, events: bool = False) -> list[Argument]:
        """The actors ``token`` stands for, without the words coordinated with it."""
        return self._one(token, events, 0)

    def named(self, token, *, conjuncts: bool = True) -> list[Argument]:
        """Only the actors ``token`` names itself (by name, through a relative pronoun, a
        claimant's pronoun or an apposition), with its conjuncts unless ``conjuncts`` is
        False: the holder of an office must be named, not inferred from a title."""
        found: list[Argument] = []
        for word in self.conjuncts(token) if conjuncts else [token]:
            candidates = [word, *(c for c in word.children if c.dep_ == "appos")]
            for candidate in candidates:
                mention = self.mention_at.get(candidate.i)
                if mention is not None:
                    argument = Argument(mention.actor, candidate.i, mention.via)
                elif candidate.lower_ in _RELATIVE:
                    clause = candidate.head
                    argument = None
                    if clause.dep_ in ("relcl", "acl"):
                        named = self.named(clause.head)
                        argument = named[0] if named else None
                elif candidate.pos_ == "PRON":
                    argument = self.claimant(candidate)
                else:
                    argument = None
                if argument is not None and argument.actor not in {a.actor for a in found}:
                    found.append(argument)
                    break
        return found

    def conjuncts(self, token) -> list:
        """``token`` and the words coordinated under it ("Egypt, the UAE and Russia"),
        also names of a list the parser hung as appositions ("the U.S., Turkey, Saudi
        Arabia, Qatar")."""
        words, stack = [], [token]
        while stack:
            word = stack.pop(0)
            word = self._titled_person(word) if word != token else word
            if word in words:
                continue
            words.append(word)
            hidden = self._hidden_conjunct(word)
            if hidden is not None and hidden not in words:
                words.append(hidden)
            # "Army chief Burhan and RSF commander Hemedti", parsed as the name in
            # apposition to the title holding the coordination
            stack.extend(
                c
                for a in word.children
                if a.dep_ == "appos" and a.i in self.mention_at and word.i not in self.mention_at
                for c in a.children
                if c.dep_ == "conj"
            )
            stack.extend(
                c
                for c in word.children
                if c.dep_ == "conj"
                or (
                    # "Eritrea, Amhara, and Afar": a middle item hung as an adverbial
                    c.dep_ in ("appos", "npadvmod")
                    and c.i in self.mention_at
                    and word.i in self.mention_at
                    and self._listed(self.mention_at[word.i], self.mention_at[c.i])
                )
            )
        return words

    def _titled_person(self, word):
        """The name right after a title the parser made a conjunct by itself ("Santos and
        FARC *leader* Rodrigo Londono", "with Izetbegovic and Croatian *President* Franjo
        Tudjman", the name hung elsewhere): the title is that person's, who is the
        conjunct (round 32). A title before no name in the table stays, so the body of
        an unknown holder's title acts (R5: "and FARC commander Ivan Marquez")."""
        if word.i in self.mention_at or lemma(word) not in self._titles:
            return word
        after = word.i + 1
        mention = self.mention_at.get(after)
        if (
            mention is None
            or mention.start != after
            or self.matcher.kind(mention.actor) != "person"
        ):
            return word
        return self.doc[mention.end - 1]

    def _hidden_conjunct(self, word):
        """A titled person the parser hung inside the next conjunct's name ("*Serbian
        President Vucic* and Kosovo Prime Minister Kurti", "*SAF chief Burhan* and RSF
        commander Dagalo", one noun phrase headed by the last name): the last person
        named before an "and" among the words before ``word``, which is a conjunct of
        its own (round 32). Only a person in the table: an unknown first holder is left."""
        if word.pos_ != "PROPN":
            return None
        before = [c for c in word.subtree if c.i < word.i]
        cuts = [c for c in before if c.dep_ == "cc" and c.lower_ == "and"]
        if not cuts:
            return None
        cut = cuts[-1]
        for c in reversed(before):
            mention = self.mention_at.get(c.i)
            if c.i < cut.i and mention is not None and mention.end <= cut.i:
                if self.matcher.kind(mention.actor) == "person":
                    return self.doc[mention.end - 1]
                return None
        return None

    def _listed(self, first: Mention, second: Mention) -> bool:
        """Whether two names in apposition are items of a list ("the EU, the US and
        Japan"): two actors, both persons or neither, with only a comma and articles
        between them, after the first's abbreviation in brackets ("the Arakan Army (AA),
        the Ta'ang National Liberation Army (TNLA), and ...")."""
        if first.actor == second.actor:
            return False
        start, end = sorted((first, second), key=lambda m: m.start)
        words = self.doc[start.end : end.start]
        if len(words) > 3 and words[0].text in _OPENING and words[2].text in _CLOSING:
            words = words[3:]  # "(AA)", "[AA]": one word in brackets
        between = [t.lower_ for t in words]
        if not between or len(between) > 2 or "," not in between:
            return False
        if any(w not in (",", "the") for w in between):
            return False
        person = self.matcher.kind(first.actor) == "person"
        return person == (self.matcher.kind(second.actor) == "person")

    def modifier_actors(self, token, *, demonyms: bool = True) -> list[Argument]:
        """Actors named by the modifiers of a word: "*US* designation", "*Iranian* support",
        "*Turkey's* backing"; possessive pronouns of a claimant count. Modifiers that name
        the word (compounds) come before possessives, so "Somalia's al-Shabaab group" is
        al-Shabaab."""
        found: list[Argument] = []
        posted = lemma(token) in _POSTED
        ranked = sorted(
            (c for c in token.children if c.dep_ in _OWNER_LINKS),
            key=lambda c: (
                (c.dep_ not in ("poss", "amod")) if posted else (c.dep_ == "poss"),
                c.dep_ == "amod",
            ),
        )
        for child in ranked:
            if found and (posted or child.dep_ in ("poss", "amod")):
                break
            mention = self.mention_at.get(child.i)
            if _stance_prefix(child, mention.start if mention is not None else None):
                continue  # "anti-Assad rebels", "pro-GNA forces" are no one's
            if _before_participle(child):
                continue  # "Libya's UN-backed government" is not the UN's
            for word in self.conjuncts(child):
                for argument in self._modifier(word, demonyms):
                    if argument.actor not in {a.actor for a in found}:
                        found.append(argument)
        return found

    def state_of_demonym(self, token) -> Argument | None:
        """The state a demonym token names ("Turkish"), if the table has it."""
        country = self.demonyms.get(token.i)
        if country is None:
            return None
        actor = self.matcher.state_for(country)
        return Argument(actor, token.i, "demonym") if actor else None

    def people_of_state(self, token) -> Argument | None:
        """A bare plural demonym as an argument stands for its state ("*Venezuelans*
        rejected the court's jurisdiction"), unless it is counted ("two Israelis", "dozens
        of Syrians": people, not the state) or describes a word after it."""
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or not token.lower_.endswith("s")
            or token.dep_ in ("amod", "compound", "poss", "nmod")
        ):
            return None
        if any(c.dep_ in ("nummod", "quantmod", "amod") for c in token.children):
            return None  # "two Americans", "many Syrians", "young Iraqis"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.pos_
            in (
                "NOUN",
                "NUM",
                "PRON",
            )
        ):
            return None  # "dozens of Syrians", "thousands of Afghans"
        return self.state_of_demonym(token)

    def voice_of_state(self, word) -> Argument | None:
        """The state a demonym names when the phrase it modifies speaks for that state:
        an organ, office, report or outlet ("*Iranian* officials", "a *US* report",
        "*Iranian* state media"), never a private person ("a *Syrian* refugee said")."""
        state = self.state_of_demonym(word)
        if state is None or word.head == word:
            return None
        base = lemma(word.head)
        if (
            base in self._agent
            or base in self._offices
            or base in self._claims
            or base in self._reports
            or base in _OUTLETS
        ):
            return state
        return None

    def claimant(self, token) -> Argument | None:
        """For a third-person pronoun inside what an actor says, that actor; unless a
        clause of the claim has a subject of its own before the pronoun ("the US found
        that the militia had ... sanctioned *its* commander": the militia's), which
        coreference reads instead. For "we" or "our" in what a speaker says, the
        speaker's side: the speaker, or the state of a speaking person ("'We are forced
        to sever relations', President al-Beshir said": Sudan, R1)."""
        first = token.lower_ in _FIRST_PLURAL
        if token.lower_ not in _THIRD_PERSON and not first:
            return None
        word = token
        for _ in range(8):
            if word.head == word:
                return None
            if word.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass")
                and c.i < token.i
                and not (c.left_edge.i <= token.i <= c.right_edge.i)
                and c.pos_ != "PRON"
                # "Pakistan said Indian forces attacked *its* posts": a plural noun is no
                # antecedent of "it" or "its" (round 50)
                and not (token.lower_ in _SINGULAR and c.tag_ == "NNS")
                for c in word.children
            ):
                return None
            if word.dep_ in ("ccomp", "xcomp") and lemma(word.head) in self._speech:
                for subject in word.head.children:
                    if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ != "PRON":
                        found = self._one(subject, False, 1)
                        if not found:
                            return None
                        actor = found[0].actor
                        if first and self.matcher.kind(actor) == "person":
                            actor = self.matcher.state_for(self.matcher.country(actor)) or actor
                            if actor == found[0].actor:
                                return None
                        return Argument(actor, found[0].token, "claimant", token.text)
                return None
            word = word.head
        return None

    # -- internals ----------------------------------------------------------------------

    def _speaker(self, pronoun) -> Argument | None:
        """The claimant a pronoun in their own words stands for, unless the pronoun's own
        clause already has that actor as its shared subject ("Chad said it sent troops to
        Niger to help *it*": Niger, not Chad)."""
        found = self.claimant(pronoun)
        if found is not None and found.actor in self.coreference.co_actors(pronoun):
            return None
        return found

    def _bound(self, pronoun) -> Argument | None:
        """A possessive pronoun for the subject of its own clause: "Turkey has been open
        about *its* backing of HTS" (not across clauses, and only if that subject is one
        actor)."""
        if pronoun.lower_ not in ("its", "their") or self.coreference.judged(pronoun):
            return None  # "Manila welcomed *its* offensive": a judge's object is another's
        word = pronoun.head
        for _ in range(6):
            if word.pos_ in ("VERB", "AUX") or word.head == word:
                break
            word = word.head
        if word.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return None
        if subjects[0].left_edge.i <= pronoun.i <= subjects[0].right_edge.i:
            return None  # "their forces attacked": the pronoun is in the subject itself
        found = self.named(subjects[0])
        if len(found) != 1:
            return None
        return Argument(found[0].actor, found[0].token, "pronoun")

    def _modifier(self, word, demonyms: bool) -> list[Argument]:
        mention = self.mention_at.get(word.i)
        if mention is not None:
            return [Argument(mention.actor, word.i, mention.via)]
        if demonyms:
            state = self.state_of_demonym(word)
            if state is not None:
                return [state]
        if word.lower_ == "whose":
            return self._antecedent(word, 1)
        if demonyms and self._government_word(word):
            # "*government* forces", "*federal* troops": the one state the document names
            return self.coreference.government_owner(word, self._clause_others(word))
        if word.pos_ == "PRON":
            owned = self.coreference.act_owner(word)  # "accused X of abuses in *its* campaign"
            if owned is not None:
                return owned
            bound = self._speaker(word) or self._bound(word)
            return [bound] if bound else self.coreference.resolve(word)
        if word.pos_ in ("NOUN", "PROPN"):
            base = lemma(word)
            if (
                base in self._agent
                or base in self._asset
                or base in self._member
                or base in self._offices
            ):
                return self._owner(word, base, False, 1)  # "African Union troops' base"
        if word.dep_ == "compound":
            # "the *Turkish* Defence Ministry": the owner modifies the office's own name
            for child in word.children:
                if child.i < word.i and child.dep_ in ("compound", "amod", "nmod"):
                    found = self._modifier(child, demonyms)
                    if found:
                        return found
        return []

    def _government_word(self, word) -> bool:
        """Whether a word is a bare government word standing where a demonym could, as
        the owner of a forces, asset or act noun: "*government* forces", "*federal*
        troops", "a *federal* army base", "*regime* bases", "*junta* troops", "a
        *government* offensive" (a word of ``description_government`` or
        ``government_adjective`` of ``cues.csv``; round 58).

        Bare means that nothing else says whose: the word has no modifier of its own but
        another government word ("*federal* government forces"; not "*local* government
        forces", "*Somaliland* government forces", "*rebel* government forces"), the noun
        has no other owner word (a name, a demonym, a possessive, another noun but a bare
        forces word: "the *RSF's* parallel government forces", "*Eritrean* government
        forces"; "a federal *army* base" stays bare) and no owner
        after it ("government forces *of the TPLF*", "*from* Chad", "*loyal to* X")."""
        governing = self._governing | self.lexicon.cue("government_adjective")
        if word.dep_ not in ("compound", "amod") or not ({lemma(word), word.lower_} & governing):
            return False
        head = word.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i < word.i or head.i in self.mention_at:
            return False
        if lemma(head) not in self._agent | self._asset | self._event:
            return False

        def other_owner(child) -> bool:
            if child.i == word.i or child.dep_ not in _OWNER_LINKS:
                return False
            if any(c.dep_ in _OWNER_LINKS for c in child.children):
                return True
            # "a federal *army* base": a bare forces word is what is owned, not an owner
            bare_forces = child.dep_ == "compound" and lemma(child) in self._forces
            return not ({lemma(child), child.lower_} & governing) and not bare_forces

        if any(other_owner(c) for c in word.children) or any(
            other_owner(c) for c in head.children if c.i < head.i
        ):
            return False
        return not any(
            c.dep_ in ("prep", "amod") and c.lower_ in ("of", "from", "loyal", "allied")
            for c in head.children
            if c.i > head.i
        )

    def _clause_others(self, word) -> set[int]:
        """The words of the clause a modifier's phrase is an argument of, less that
        phrase: the other arguments, whose actors do not own it."""
        phrase = word
        while (
            phrase.head != phrase
            and phrase.head.pos_ not in ("VERB", "AUX")
            and phrase.dep_ not in ("ccomp", "advcl", "relcl", "acl", "xcomp")
        ):
            phrase = phrase.head
        clause = phrase.head
        if clause.pos_ not in ("VERB", "AUX"):
            return set()
        own = {w.i for w in phrase.subtree}
        nested = {
            w.i
            for c in clause.children
            if c.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis")
            for w in c.subtree
        }
        return {w.i for w in clause.subtree} - own - nested - {clause.i}

    def _one(self, token, events: bool, depth: int, *, from_appos: bool = False) -> list[Argument]:
        if depth > _MAX_DEPTH:
            return []
        mention = self.mention_at.get(token.i)
        if mention is not None:
            return [Argument(mention.actor, token.i, mention.via)]
        lower = token.lower_
        if lower in _RELATIVE or lower == "whose":
            return self._antecedent(token, depth)
        people = self.people_of_state(token)
        if people is not None:
            return [people]
        if token.pos_ == "PRON":
            owned = self.coreference.act_owner(token)  # "accused X of abuses in *its* campaign"
            if owned is not None:
                return owned
            bound = self._speaker(token) or (self._bound(token) if token.dep_ == "poss" else None)
            return [bound] if bound else self.coreference.resolve(token)
        appositions = [c for c in token.children if c.dep_ == "appos"] if not from_appos else []
        for child in appositions:  # a name in apposition first: "the minister, Khwaja Asif"
            mention = self.mention_at.get(child.i)
            if mention is not None:
                return [Argument(mention.actor, child.i, "apposition")]
        listed = self._members_listed(token, depth)  # "known as the GNA", "including KH"
        if listed:
            return listed
        renamed = self._renamed(token)  # "a militia, the ADF," hung on the verb (round 39)
        if renamed is not None:
            return [renamed]
        if token.tag_ == "CD" or lemma(token) in self.lexicon.cue("quantity_noun"):
            # "killing *three of* its soldiers", "dozens of Kenyan troops": a number of the
            # members or agents is them (R6; round 36)
            counted = [p for prep in token.children if prep.lower_ == "of" for p in prep.children]
            for word in counted:
                if word.dep_ == "pobj":
                    found = self._one(word, events, depth + 1)
                    if found:
                        return found
        owned = self._owner(token, lemma(token), events, depth)
        if owned:
            return owned
        led = self._leader(token, depth)
        if led:
            return led
        if events:
            controller = self._controller(token)
            if controller:
                return controller
        for child in appositions:
            named = self._one(child, events, depth + 1, from_appos=True)
            if named:
                return [
                    Argument(
                        a.actor, a.token, "apposition" if a.via in ("name", "alias") else a.via
                    )
                    for a in named
                ]
        if token.pos_ == "PROPN":
            office = self._office(token)
            if office:
                return office
        if token.dep_ == "appos" and not from_appos:
            named = [
                Argument(a.actor, a.token, "apposition")
                for a in self._one(token.head, events, depth + 1, from_appos=True)
            ]
            if named:
                return named
        if self.coreference.is_candidate(token):
            return self.coreference.resolve(token)
        return []

    def _antecedent(self, token, depth: int) -> list[Argument]:
        clause = token.head
        while clause.dep_ not in ("relcl", "acl") and clause.head != clause:
            if clause.dep_ in ("ROOT", "ccomp", "advcl"):
                return []
            clause = clause.head
        if clause.dep_ not in ("relcl", "acl"):
            return []
        heads = [clause.head]
        listed = self.conjuncts(clause.head)[1:]
        start = clause.left_edge.i
        if (
            listed
            and start > 0
            and clause.doc[start - 1].text == ","
            and all(word.i < start for word in listed)
        ):
            # "Kenya, Uganda and Ethiopia, which fight al-Shabaab": a clause set off by a
            # comma after a list is said of every item (the parser hangs it on the first)
            heads += listed
        found: list[Argument] = []
        for head in heads:
            for a in self._one(head, False, depth + 1):
                if a.actor not in {f.actor for f in found}:
                    found.append(Argument(a.actor, a.token, "relative"))
        return found

    def _is_office(self, base: str) -> bool:
        """Whether a head word names an office or organ of a state (``offices.csv``)."""
        return base in self._offices

    def _owner(self, token, base: str, events: bool, depth: int) -> list[Argument]:
        state_organ = base in self._agent or base in self._asset or base in self._offices
        member = base in self._member
        event = events and base in self._event
        if not (state_organ or member or event):
            return []
        if any(c.lower_ in _FORMER for c in token.children if c.i < token.i):
            return []  # "a former FARC leader" acts for nobody
        if any(
            c.dep_ == "compound" and c.lower_ in _NOT_ORGANS.get(base, ()) for c in token.children
        ):
            return []  # "a Russian think tank" is no organ of Russia
        found = [
            self._owned(token, a)
            for a in self.modifier_actors(token, demonyms=state_organ or event)
        ]
        if member and not state_organ and not event:
            # "Syria's rebels", "Somalia's Islamists": a state's rebels are not the state
            found = [a for a in found if self.matcher.kind(a.actor) not in ("state", "government")]
        if not found:
            # "forces loyal to Haftar" are Haftar's (ANNOTATION.md R5)
            for adjective in token.children:
                if adjective.dep_ == "amod" and adjective.lower_ in ("loyal", "allied"):
                    for prep in adjective.children:
                        if prep.dep_ == "prep" and prep.lower_ == "to":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    found += [
                                        self._owned(token, a)
                                        for a in self._one(pobj, False, depth + 1)
                                    ]
        if found:
            return found
        if event:
            # "the supply of weapons ... by the UAE": the doer, wherever the parser hung "by"
            places = [token]
            if token.dep_ == "dobj":
                places.append(token.head)
            for place in places:
                for child in place.children:
                    if (
                        child.dep_ in ("prep", "agent")
                        and child.lower_ == "by"
                        and child.i > token.i
                    ):
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                found += [
                                    self._owned(token, a) for a in self._one(pobj, False, depth + 1)
                                ]
            if not found:
                # "the actions *carried out by* the ELN": a participle naming the doer
                for participle in token.children:
                    if participle.dep_ == "acl" and participle.tag_ == "VBN":
                        for agent in participle.children:
                            if agent.dep_ == "agent":
                                for pobj in agent.children:
                                    if pobj.dep_ == "pobj":
                                        found += [
                                            self._owned(token, a)
                                            for a in self._one(pobj, False, depth + 1)
                                        ]
            if not found and (
                base in self._claims or base in self._conduct or self._targeted(token, depth)
            ):
                # "the jurisdiction of the ICJ", "the mediation of Kenya": whose claim;
                # "the actions of the ELN", "the role of Chad", "the deployment of Russian
                # troops": whose conduct; "the support of Iran *for* the Houthis": an act
                # whose target another preposition names has its doer in "of"
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found += [
                                    self._owned(token, a) for a in self._one(pobj, False, depth + 1)
                                ]
            if not found:
                # "Israel struck Hezbollah. Iran condemned *the strikes*": the doers of the
                # act the bare noun refers back to, if unambiguous (round 61)
                found = self.coreference.doers(token)
            return found
        seats = ("in",) if base in self._governing else ()
        # "a spokesman *for* the Sudanese army": whom a spokesman speaks for
        speaks_for = ("for",) if base in _SPEAKERS else ()
        # "the foreign ministry *in Cairo*": an office in a capital is its state's, where
        # the office is not one posted abroad ("the embassy in Cairo" is another state's)
        seated = base in self._offices and base not in _POSTED
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "with", "from", *seats, *speaks_for):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for word in self.conjuncts(pobj):
                            named = self._one(word, False, depth + 1) or self._of_of(word, depth)
                            found += [self._owned(token, a) for a in named]
            elif child.dep_ == "prep" and child.lower_ == "in" and seated:
                for pobj in child.children:
                    mention = self.mention_at.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if mention is not None and mention.via == "capital":
                        found.append(self._owned(token, Argument(mention.actor, pobj.i, "capital")))
        if not found and (base in self._agent or member):
            found = [self._owned(token, a) for a in self._attacked_from(token, depth)]
            if member and not state_organ:  # "fighters from Somalia" are not Somalia
                found = [a for a in found if self.matcher.kind(a.actor) not in _STATE_KINDS]
        if not found and base in self._asset and base not in _POSTED | {"consulate"}:
            # "struck targets *in Syria*": an asset no one is named as owning is the
            # state's it is in (a state named by its name or capital, not a place; not an
            # embassy or consulate, another state's), also
            # where the parser hung "in" on the verb the asset is the object of
            holders = [token] + ([token.head] if token.dep_ == "dobj" else [])
            for child in (c for h in holders for c in h.children):
                if child.dep_ == "prep" and child.lower_ == "in" and child.i > token.i:
                    for pobj in child.children:
                        mention = self.mention_at.get(pobj.i) if pobj.dep_ == "pobj" else None
                        if (
                            mention is not None
                            and mention.via in ("name", "alias", "capital")
                            and self.matcher.kind(mention.actor) == "state"
                        ):
                            owned = self._owned(token, Argument(mention.actor, pobj.i, "place"))
                            where = self.doc[token.left_edge.i : mention.end].text
                            found.append(replace(owned, words=where))  # "targets in Syria"
        return found

    def _attacked_from(self, token, depth: int) -> list[Argument]:
        """The owner of attacked troops or fighters named by a "from" the parser hung on
        the verb or act noun of attacking, right after them ("Pakistan attacked troops
        *from India*", "a surprise attack on troops *from the MNDAA*"; ANNOTATION.md R6,
        round 50): not after any other verb ("withdrew troops from Mali" names a place)."""
        if token.dep_ == "dobj":
            holder = token.head
        elif (
            token.dep_ == "pobj"
            and token.head.lower_ in ("on", "against")
            and token.head.head.pos_ == "NOUN"
        ):
            holder = token.head.head
        else:
            return []
        if lemma(holder) not in self._attack_words:
            return []
        after = token.right_edge.i + 1
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == after:
                return [
                    a
                    for pobj in prep.children
                    if pobj.dep_ == "pobj" and pobj.i in self.mention_at
                    for a in self._one(pobj, False, depth + 1)
                ]
        return []

    def _leader(self, token, depth: int) -> list[Argument]:
        """The leader of a coalition, force, alliance or mission no actor of the table
        names, which stands for it ("the *US*-led coalition struck", "a *French*-led
        force", "the coalition, led by *Saudi Arabia*, bombed"; ANNOTATION.md R2, round
        20): the leader is the actor of the clause, as a state's organ is the state."""
        if lemma(token) not in _LED_BODIES:
            return []
        found: list[Argument] = []
        for participle in token.children:
            if participle.lower_ != "led":
                continue
            if participle.dep_ == "amod":
                for word in participle.children:
                    if word.i < participle.i and word.dep_ in (
                        "npadvmod",
                        "compound",
                        "nmod",
                        "amod",
                    ):
                        found += self._modifier(word, demonyms=True)
            elif participle.dep_ == "acl":
                for agent in participle.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                found += self._one(pobj, False, depth + 1)
        words = self.phrase(token)
        return [Argument(a.actor, a.token, "owner", words) for a in found]

    def _targeted(self, token, depth: int) -> bool:
        """Whether an act noun names an actor as its target by a preposition other than
        "of" ("the support of Iran *for the Houthis*", "the attack of Wagner *on Ukrainian
        lines*"), so that its "of" names the doer (ANNOTATION.md R2, round 18)."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in _TARGET_PREPOSITIONS
            and any(
                self._one(pobj, False, depth + 1) for pobj in prep.children if pobj.dep_ == "pobj"
            )
            for prep in token.children
        )

    def _of_of(self, word, depth: int) -> list[Argument]:
        """The owner named by an "of" inside an "of" ("the Ministry of Defense *of
        Azerbaijan*")."""
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = self._one(pobj, False, depth + 1)
                        if found:
                            return found
        return []

    def _members_listed(self, token, depth: int) -> list[Argument]:
        """The actors a noun phrase names by a list or a name after it: "organizations,
        *including* KH and Harakat al-Nujaba", "groups *such as* ...", "the coalition
        *known as* the Three Brotherhood Alliance"."""
        found: list[Argument] = []
        for child in token.children:
            such_as = child.lower_ == "as" and any(c.lower_ == "such" for c in child.children)
            if child.dep_ == "prep" and (child.lower_ in ("including", "like") or such_as):
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "acl" and lemma(child) in ("know", "call", "name", "dub"):
                pobjs = [
                    p
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "as"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ] + [c for c in child.children if c.dep_ == "oprd"]
            else:
                continue
            for pobj in pobjs:
                for word in self.conjuncts(pobj):
                    for argument in self._one(word, False, depth + 1):
                        if argument.actor not in {a.actor for a in found}:
                            found.append(argument)
        return found

    def _renamed(self, token) -> Argument | None:
        """The actor named right after a description ("a paramilitary force, *the Rapid
        Support Forces (RSF)*", "an armed group — *the M23* —") where the parser hung the
        name away from it (on the verb, as an adverbial): the name renames the
        description, which is its argument (ANNOTATION.md R1, round 39). Only a
        group's description (``description_group``, ``description_armed`` and
        ``renamed_noun`` cues: not "the country", "the government"), a name of
        the table right after a comma, a dash or an opening bracket (an article between),
        and the name ending the phrase: a comma, a dash, a closing bracket, a preposition
        or the sentence's end after it (with its own bracketed abbreviation), never a
        verb ("a militia, Rwanda said") and never a name that is itself a subject, a
        capital, or a person after a description of no person ("the leader of that tiny
        nation, Irfaan Ali" names the leader)."""
        if token.pos_ != "NOUN" or token.i in self.mention_at:
            return None
        if lemma(token) not in self._renamable:
            return None
        doc = self.doc
        i = token.right_edge.i  # the comma may be the noun's own last child
        if doc[i].text not in _RENAMING_MARKS or i == token.i:
            i += 1
        if i >= len(doc) or doc[i].text not in _RENAMING_MARKS:
            return None
        i += 1
        while i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
            i += 1
        mention = self.mention_at.get(i)
        if mention is None or mention.start != i or mention.via == "capital":
            return None
        if self.matcher.kind(mention.actor) == "person" and lemma(token) not in self._persons:
            return None  # "the leader of that tiny nation, Irfaan Ali": the title's holder
        name = doc[mention.end - 1]
        if name.dep_ in ("nsubj", "nsubjpass", "poss") or name.head == token:
            return None  # a subject of its own, or already an apposition of the noun
        end = mention.end
        if end + 2 < len(doc) and doc[end].text in _OPENING and doc[end + 2].text in _CLOSING:
            end += 3  # "(RSF)": its own abbreviation
        if end < len(doc) and not (
            doc[end].text in _RENAMING_MARKS
            or doc[end].text in _CLOSING
            or doc[end].is_punct
            or doc[end].pos_ in ("ADP", "SCONJ", "CCONJ")
        ):
            return None
        if end < len(doc) and doc[end].pos_ == "CCONJ":
            return None  # "a militia, the ADF and ...": a list, not a new name
        return Argument(mention.actor, name.i, "apposition", mention.text)

    def held_place(self, token) -> list[Argument]:
        """The actor that holds a place named as held by it ("*Houthi*-controlled parts of
        Yemen", "*RSF*-held areas"), where ``token`` is such a place, else nothing."""
        return self._controller(token)

    def _controller(self, token) -> list[Argument]:
        """The actor that holds a place named as a target: "*Houthi*-controlled parts of
        Yemen", "*RSF*-held areas" (the place stands for its holder, as an asset does)."""
        if lemma(token) not in _HELD_PLACES:
            return []  # "the RSF-controlled government" is not the RSF
        for participle in token.children:
            if participle.dep_ != "amod" or lemma(participle) not in _CONTROLLED:
                continue
            for word in participle.children:
                if word.i < participle.i and word.dep_ in ("npadvmod", "compound", "nmod"):
                    named = self._modifier(word, demonyms=False)
                    if named:
                        return [self._owned(token, a) for a in named]
        return []

    def _owned(self, token, owner: Argument) -> Argument:
        """The owner of a body, asset or act as the argument, named by the whole phrase
        ("its commander", "Chad's Foreign Ministry") and, where the owner was a pronoun or
        description, what that was resolved to."""
        state = self.matcher.kind(owner.actor) in ("state", "government")
        via = "office" if state and self._is_office(lemma(token)) else "owner"
        antecedent = owner.antecedent or (
            owner.words if owner.via in ("pronoun", "description") else ""
        )
        actor = self._organ(owner, lemma(token)) if state else owner.actor
        return Argument(actor, owner.token, via, self.phrase(token), antecedent)

    def _is_national_forces(self, actor: str) -> bool:
        """Whether an actor is its country's armed forces, named after the country."""
        country = self.matcher.country(actor)
        if not country or self.matcher.kind(actor) != "armed_group":
            return False
        return self.matcher.organ_of(country, _MILITARY_NAMES, ("armed_group",)) == actor

    def _organ(self, owner: Argument, base: str) -> str:
        """A state's armed forces or government as the table names them, where the phrase
        names that organ and the table has it: the armed forces named after the country
        ("Myanmar's junta" is the Tatmadaw, "Sudan's army" the Sudanese Armed Forces), the
        country's one government actor where a capital names the government ("the
        Tripoli government" is the GNA; "the Somali government" stays Somalia, as a
        government actor of the table may be of another time); else the state
        (ANNOTATION.md R1)."""
        state = owner.actor
        country = self.matcher.country(state)
        if not country:
            return state
        if base in self._forces or base == "junta":
            found = self.matcher.organ_of(country, _MILITARY_NAMES, ("armed_group",))
            if found is not None:
                return found
        if base in self._governing and base != "junta" and owner.via == "capital":
            found = self.matcher.organ_of(country, frozenset(), ("government",))
            if found is not None and found != state:
                return found
        return state

    def phrase(self, token) -> str:
        """The words of the noun phrase of ``token``: its left modifiers and the token,
        and an "of", "with" or "from" phrase after it."""
        start, end = token.i, token.i
        for child in token.children:
            if child.i < token.i and child.dep_ not in ("punct", "cc"):
                start = min(start, child.left_edge.i)
            elif (
                child.i > token.i
                and child.dep_ == "prep"
                and child.lower_ in ("of", "with", "from")
            ):
                end = max(end, child.right_edge.i)
        mention = self.mention_at.get(end)
        if mention is not None:
            end = max(end, mention.end - 1)
        return self.doc[start : end + 1].text

    def _office(self, token) -> list[Argument]:
        """An unknown person (or ship, base) whose title names a country or group: that
        actor ("*Qatari* Prime Minister Al Thani", "the *U.S.* bulk carrier Gibraltar
        Eagle")."""
        titled = any(
            lemma(c) in self._agent or lemma(c) in self._asset or lemma(c) in self._offices
            for c in token.subtree
            if c.i < token.i
        )
        if not titled:
            return []
        ended = self.lexicon.cue("ended_word")
        if any(c.lower_ in ended for c in token.subtree if c.i < token.i):
            # "Former Pakistani Prime Minister Imran Khan": he no longer acts for the state
            return []
        # only the title's own words: after the last "and" or comma before the name
        # ("Kagame met Congolese President Tshisekedi and *M23 leader* Sultani Makenga",
        # the first conjunct parsed under the second's name)
        start = max(
            (c.i + 1 for c in token.subtree if c.i < token.i and (c.dep_ == "cc" or c.text == ",")),
            default=token.left_edge.i,
        )
        for word in token.subtree:
            if word.i >= token.i:
                break
            if word.i < start:
                continue
            mention = self.mention_at.get(word.i)
            if mention is not None:
                return [Argument(mention.actor, word.i, "office")]
            state = self.state_of_demonym(word)
            if state is not None:
                return [Argument(state.actor, word.i, "office")]
        return []
