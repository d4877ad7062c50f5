"""The noun frame: nominalisations with their possessive, modifier and prepositions
("*Turkey's support for* the GNA", "an *attack by* Hamas *on* Israel"), the subject of a
light verb ("*launched attacks on*"), a recipient ("*has the backing of* Qatar"), a
seeker ("*sought* Israel's *support*"), a predicate ("is a key *patron of*") and titles
("ISIS *leader* Abu Bakr al-Baghdadi", "Turkey's *President* Erdogan")."""

from __future__ import annotations

from dataclasses import replace

from ..arguments import Argument, ArgumentResolver
from ..dates import MONTH_WORDS
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .candidates import pairs
from .mediation import is_mediation
from .syntax import (
    LISTING_VERBS,
    children,
    holders,
    infinitive,
    is_partitive,
    is_passive,
    pobjs,
    prep_objects,
    resolve_role,
)
from .verb import verb_subjects
from .vicinity import VICINITY_ROLES, territory_owners, vicinity_objects

__all__ = ["noun_frame"]

# prepositions through which a verb makes its noun's act or state its subject's ("engaged
# *in* talks with", "is *at* war with", "responsible *for* attacks on")
_LIGHT_PREPOSITIONS = frozenset({"in", "into", "for", "to", "on", "at"})
# verbs whose passive participle names an act's doer, besides the light verbs
_DOING = frozenset({"perpetrate", "commit", "execute", "undertake", "mount"})
# participles that name an act's doer joined to it by a hyphen ("an *Azerbaijani-launched*
# offensive", "a *Kenyan-led* raid"; round 47): the light verbs of doing, never "claimed"
# (a claim is reported, R4) nor "made" or "built" (a maker, round 13)
_DOING_COMPOUND = _DOING | {"launch", "conduct", "stage", "wage", "lead"}
# participles whose object is an act's target ("strikes *targeting* Hezbollah")
_TARGETING = frozenset({"target"})
# verbs of an act's purpose whose object is the act's target ("an assault *to topple* the
# GNA", "an offensive *to dislodge* the RSF")
_OVERTHROWING = frozenset(
    {"topple", "overthrow", "oust", "dislodge", "destroy", "crush", "defeat", "eliminate"}
)
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})


def noun_frame(noun, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon):
    """The candidates of a trigger noun."""
    if entry.specific in ("fights", "attacks") and _figurative(noun, lexicon):
        return  # "a battle of words", "a diplomatic campaign against": no armed act
    light, kind = _light_verb(noun, lexicon)

    def lookup(n, role):
        return _noun_role(n, role, light, kind, lexicon)

    def resolve_modifiers(tokens):
        found: list[Argument] = []
        for token in tokens:
            for argument in resolver.resolve(token) or (
                [resolver.state_of_demonym(token)] if resolver.state_of_demonym(token) else []
            ):
                if argument.actor not in {a.actor for a in found}:
                    found.append(argument)
        return found

    used: list[str] = []

    def events_of(role: str) -> bool:
        # "outrage at *Russia's attack*", "condemnation of *the Israeli strikes*": an
        # opinion's object may be an act standing for its doer, as a verb of opinion's is
        return entry.lemma in _OPINION_NOUNS and role not in entry.source

    def fill(roles):
        for role in roles:
            tokens = lookup(noun, role)
            if role in VICINITY_ROLES:
                # "drills near the border with South Korea": the owner of the territory
                # a force is shown near (round 35)
                found = territory_owners(tokens, resolver, lexicon)
            elif role in ("modifier", "possessor"):
                found = resolve_modifiers(tokens)
            else:
                found = resolve_role(tokens, resolver, events=events_of(role))
            if not found and role in _HIT_PREPOSITIONS:
                # "strikes on *Houthi-held areas*": a place named as held by an actor is
                # that actor as the act's target, as it is a verb's object
                found = [a for t in tokens for a in resolver.held_place(t)]
            if found:
                used.append(role)
                return found
        return []

    title = entry.relation in ("leads", "member_of") and "holder" in entry.source
    if title:
        yield from _title_frame(noun, entry, resolver, fill)
        return
    if kind == "seeking" and entry.relation == "backs":
        seekers = resolve_role(_light_subjects(light, lexicon), resolver, events=False)
        asked = fill(("possessor", "modifier", "from", "of"))
        yield from pairs(
            seekers, asked, noun, _as_courts(entry), f"noun:seek {entry.lemma}", resolver
        )
        return
    if kind == "drawn":
        # "the strike drew condemnation from X", "..., drawing praise from Y": those the
        # reaction is from react to the verb's subject, or to the doer of the act it names
        reactors = fill(("from", "by"))
        taken = {r.token for r in reactors}
        drawers = resolve_role(_light_subjects(light, lexicon), resolver, events=True)
        drawers = [a for a in drawers if a.token not in taken]
        yield from pairs(reactors, drawers, noun, entry, f"noun:drew {entry.lemma}", resolver)
        return
    sources = fill([r for r in entry.source if not (kind == "receiving" and r == "subject")])
    taken = {s.token for s in sources}
    targets: list[Argument] = []
    for role in entry.target:
        if role == "of" and "of" in entry.source and used[-1:] not in (["possessor"], ["modifier"]):
            continue  # "of" is the target only beside a named source: "Iranian backing of X"
        targets = [a for a in fill((role,)) if a.token not in taken]
        if targets:
            break
    if kind == "receiving" and not targets:
        targets = resolve_role(_light_subjects(light, lexicon), resolver, events=False)
        sources = sources or resolve_role(prep_objects([light], {"from"}), resolver, events=False)
    if entry.relation == "backs" and sources and not targets:
        targets = [a for a in _backed_doers(noun, lexicon, resolver) if a.token not in taken]
    if sources and not targets and used[:1] == ["subject"] and not entry.symmetric:
        # "A cut ties with B, *enacting a blockade*": the participle's act, naming no
        # target, is on the clause's object (ANNOTATION.md R2, round 40)
        targets = [a for a in _clause_object(noun, light, entry, resolver) if a.token not in taken]
    ending = None
    if (
        entry.symmetric
        and (entry.specific or entry.relation) not in ("consults", "borders")
        and not targets
        and len(sources) < 2
    ):
        participle = _ended_by_participle(noun, lexicon)
        if participle is not None:
            # "A and B signed a peace deal, *ending* decades of war", "A signed a deal
            # with B, ending the war": the war was theirs, and it ended (not talks: a deal
            # ending them says they took place, as "ended the meeting" does)
            ending, clause = participle, participle.head
            sources = sources or resolve_role(
                _light_subjects(clause, lexicon), resolver, events=False
            )
            partners = [clause, *children(clause, "dobj")]
            taken = {s.token for s in sources}
            targets = [
                a
                for a in resolve_role(prep_objects(partners, {"with"}), resolver, events=False)
                if a.token not in taken
            ]
    if ending is not None:
        if any(resolver.matcher.kind(a.actor) == "person" for a in (*sources, *targets)):
            # "President X and FARC leader Y signed a deal, ending decades of war": the war
            # was their state's and group's (R5), which the titles name, not the signers';
            # the titles' bodies are not this clause's parties, so nothing is said
            return
        for candidate in pairs(sources, targets, noun, entry, f"noun:{entry.lemma}", resolver):
            if candidate.modality.label not in ("ended", "denied"):
                candidate.modality.end(f"ended:{ending.text}")
            yield candidate
        return
    yield from pairs(
        sources,
        targets,
        noun,
        entry,
        f"noun:{entry.lemma}",
        resolver,
        presupposed=(_described(noun, light) and not _asked_for(noun, lexicon))
        or _owned_act(light, used, lexicon),
    )


_OPINION_NOUNS = frozenset(
    {"condemnation", "criticism", "denunciation", "outrage", "anger", "indignation"}
)
"""Nouns of opinion whose object may be an act standing for its doer, like the objects of
the ``opinion_verb`` cues ("condemned *Russia's invasion*")."""

_HIT_PREPOSITIONS = frozenset({"on", "against", "at", "into", "inside"})
"""Prepositions of an act noun's target ("strikes *on*", "a raid *into*")."""

_BEING_UNDER = frozenset({"be", "come", "remain", "stay", "fall"})
"""Verbs whose subject is what an act is on in "is *under attack* from"."""


def _figurative(noun, lexicon) -> bool:
    """Whether an act noun of fighting is said of words, courts or money, not arms: a
    modifier before it ("a *diplomatic* campaign", "a *legal* battle") or an "of" after it
    ("a battle *of words*") is a ``figurative_conflict_word`` of ``cues.csv``."""
    words = lexicon.cue("figurative_conflict_word")
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and lemma(child) in words:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(lemma(p) in words for p in child.children if p.dep_ == "pobj")
        ):
            return True
    return False


def _under(noun) -> bool:
    """Whether an act noun is what its clause's subject is under ("is under attack")."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and lemma(noun.head.head) in _BEING_UNDER
    )


def _backed_doers(noun, lexicon, resolver: ArgumentResolver) -> list[Argument]:
    """Whom support given "with" an act backs: the act's doer ("Chile attacked Peru *with
    the backing of* Norway": Chile; "the attacks were carried out *with backing from*
    Norway": whoever the attacks are of, named with them or, through coreference, in the
    sentences before)."""
    with_ = noun.head
    if noun.dep_ != "pobj" or with_.lower_ != "with" or with_.dep_ != "prep":
        return []
    verb = with_.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if is_passive(verb):
        agents = [p for agent in children(verb, "agent") for p in pobjs(agent)]
        if agents:
            return resolve_role(agents, resolver, events=False)
        acts = children(verb, "nsubjpass")
        return resolve_role(acts, resolver, events=True) or [
            a for act in acts for a in resolver.coreference.doers(act)
        ]
    return resolve_role(verb_subjects(verb, lexicon), resolver, events=False)


def _light_verb(noun, lexicon):
    """The verb that makes a noun's act happen, and how: ('light' | 'receiving' | 'seeking'
    | 'drawn': a reaction drawn by the verb's subject, "drew condemnation from"),
    or (None, None). "launched *a series of* strikes" counts as "launched strikes"."""
    # "the attack of 1 April 2018 *perpetrated by* X": the parser hangs the participle on
    # the act's date (round 47)
    dated = [
        d
        for p in children(noun, "prep")
        if p.lower_ == "of"
        for d in pobjs(p)
        if d.lower_ in MONTH_WORDS
    ]
    for participle in children(noun, "acl") + [a for d in dated for a in children(d, "acl")]:
        # "the attack on Israel *carried out by* Hamas", "*perpetrated by* X against Y":
        # a light verb's passive participle naming the doer
        if (
            is_passive(participle)
            and children(participle, "agent")
            and lemma(participle) in lexicon.cue("light_verb") | _DOING
        ):
            return participle, "light"
    head, link = noun.head, noun.dep_
    if link == "appos" and head.i < noun.i and _act_name(head, lexicon):
        # "launched Operation Claw-Lock, an offensive against", "responded with Operation
        # Deliberate Force, a bombing campaign against": an act noun renaming the act a
        # name names has that name's verb
        return _light_verb(head, lexicon)
    if (
        link == "pobj"
        and head.lower_ == "of"
        and lemma(head.head) in lexicon.cue("quantity_noun")
        and head.head != head
    ):
        return _light_verb(head.head, lexicon)
    if link == "pobj" and head.dep_ == "prep" and head.lower_ == "with":
        # "retaliated with air raids on X", "opened a war on three fronts with strikes on
        # X": an act its doer answers or opens with
        verb = _instrument_verb(head.head)
        return (verb, "light") if verb is not None else (None, None)
    if (
        link == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("in", "into", "for", "to", "on", "at")
    ):
        governor = head.head
        governing = lemma(governor)
        if governing in lexicon.cue("responsible_word"):
            return governor, "light"
        if governing == "call" and head.lower_ == "for":
            return None, None  # "called for sanctions on Russia": an appeal, not the act
        if governor.pos_ in ("VERB", "AUX") and (
            governing in lexicon.cue("light_verb") or governing in lexicon.cue("predicate_verb")
        ):
            return governor, "light"
        if governor.pos_ == "VERB" and any(
            lemma(o) in lexicon.cue("responsible_word") for o in children(governor, "dobj")
        ):
            # "took credit for the raid on": the parser hangs "for" on the verb, not on
            # the word that ties the subject to the act
            return governor, "light"
        return None, None
    if link not in ("dobj", "nsubjpass", "attr") or head.pos_ not in ("VERB", "AUX"):
        return None, None
    governing = lemma(head)
    if governing in lexicon.cue("receiving_verb"):
        return head, "receiving"
    if governing in lexicon.cue("seeking_verb"):
        return head, "seeking"
    if governing in lexicon.cue("drawing_verb"):
        return head, "drawn"
    if (
        governing in lexicon.cue("light_verb")
        or governing in lexicon.cue("enacting_verb")
        or governing in lexicon.cue("negating_head")
    ):
        # "halted its support for", "revoked the designation of": the subject's own act
        return head, "light"
    return None, None


def _act_name(name, lexicon) -> bool:
    """Whether a proper name names an act ("*Operation* Deliberate Force", "the Tet
    *Offensive*"): a word of it is an ``event_noun`` of ``cues.csv``."""
    if name.pos_ != "PROPN":
        return False
    words = lexicon.cue("event_noun")
    return any(
        lemma(w) in words or w.lower_ in words
        for w in name.subtree
        if w.i <= name.i and w.pos_ == "PROPN"
    )


_WITH_ACTS = frozenset(
    {
        "respond",
        "retaliate",
        "react",
        "reply",
        "answer",
        "hit",
        "strike",
        "punish",
        "open",
        "launch",
        "begin",
        "start",
        "escalate",
        "follow",
        "continue",
        "intensify",
    }
)
"""Verbs whose subject does the act a "with" phrase names ("*retaliated* with air raids
on", "*opened* a war with strikes on"), not a partner or a charge ("charged with",
"met with", "provided X with")."""


def _instrument_verb(word):
    """The verb of :data:`_WITH_ACTS` a "with" phrase hangs on, directly or through the
    noun phrases of its object or a prepositional phrase ("opened a war on three fronts
    with"), else None."""
    for _ in range(3):
        if word.pos_ == "VERB":
            return word if lemma(word) in _WITH_ACTS else None
        if word.dep_ == "dobj":
            word = word.head
        elif word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
        else:
            return None
    return None


def _ended_by_participle(noun, lexicon):
    """The ending participle with this noun as its object that hangs on a clause's verb,
    else None: "A and B signed a peace deal, *ending* decades of war" gives "ending" (the
    object may be the "of" of a span: "decades of war", "years of fighting"). The
    relation the noun names held between that clause's parties (its subjects, and the
    partners after "with") and ends with it (R4, ``ended``: the participle is an
    ``ending_head``)."""
    word = noun
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.dep_ == "prep":
        word = word.head.head
    if word.dep_ != "dobj":
        return None
    participle = word.head
    if (
        participle.tag_ != "VBG"
        or participle.dep_ not in ("advcl", "xcomp")
        or lemma(participle) not in lexicon.cue("ending_head")
        or participle.head == participle
        or participle.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    return participle


_CLAUSE_TARGETS = frozenset({"with", "on", "against", "to", "at"})
"""Prepositions of a clause's object that a participle's act inherits ("cut ties *with*
B", "imposed sanctions *on* B")."""


def _clause_object(noun, light, entry: LexiconEntry, resolver: ArgumentResolver) -> list:
    """The actors a clause's verb acts on, for an act noun that a participle hanging on
    that clause makes its subject's own and that names no target of its own ("A severed
    ties with B, *enacting* a land blockade": B; "A attacked B, *launching* an
    offensive": B). A noun with a preposition of its own ("a blockade *of* the port", "an
    embargo *on* its exports") names its own target, and the clause's object is left."""
    if (
        light is None
        or noun.dep_ != "dobj"
        or noun.head != light
        or light.tag_ != "VBG"
        or light.dep_ not in ("advcl", "xcomp")
        or light.head == light
        or light.head.pos_ not in ("VERB", "AUX")
        or any(p.lower_ in entry.target or p.lower_ == "of" for p in children(noun, "prep"))
    ):
        return []
    clause = light.head
    objects = children(clause, "dobj")
    found = resolve_role(objects, resolver, events=False)
    return found or resolve_role(
        prep_objects([clause, *objects], set(_CLAUSE_TARGETS)), resolver, events=False
    )


def _light_subjects(verb, lexicon) -> list:
    if verb.pos_ == "ADJ" or lemma(verb) in lexicon.cue("responsible_word"):
        copula = verb.head
        return children(copula, "nsubj") if copula != verb else []
    if is_passive(verb) and not children(verb, "agent"):
        return children(verb, "nsubjpass")  # "Peshmerga forces were caught in clashes"
    return verb_subjects(verb, lexicon)


def _noun_role(noun, role: str, light, kind, lexicon) -> list:
    if role == "possessor":
        return children(noun, "poss")
    if role == "modifier":
        found = [
            c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
        ]
        # "US-led air strikes", "French-led operations against": the leader does the act;
        # so does the doer of a hyphened participle of doing ("an Azerbaijani-launched
        # offensive", "an Ethiopian-conducted strike": round 47)
        found += [
            w
            for c in found
            if c.lower_ == "led"
            or (
                c.tag_ == "VBN"
                and lemma(c) in _DOING_COMPOUND
                and c.i >= 2
                and noun.doc[c.i - 1].text in _HYPHENS
            )
            for w in c.children
            if w.i < c.i and w.dep_ in ("npadvmod", "compound", "nmod", "amod")
        ]
        # "the Israel-Hamas war", "the Iran-Iraq talks": the parser hangs the first name
        # on the second
        return found + [
            c
            for m in found
            for c in m.children
            if c.dep_ == "compound" and c.i + 2 == m.i and noun.doc[c.i + 1].text in _HYPHENS
        ]
    if role == "holder":
        return holders(noun)
    if role in VICINITY_ROLES:
        # on the noun, its light verb ("held drills *near* X") or the verb of a clause on
        # it ("the largest drills it has ever held *near* X")
        verbs = [light] if light is not None else []
        verbs += [c for c in children(noun, "relcl") if c.pos_ in ("VERB", "AUX")]
        return vicinity_objects([noun, *verbs], role)
    if role == "subject":
        if light is None or kind != "light":
            return []
        return _light_subjects(light, lexicon)
    words = [noun]
    if role == "of":
        # "the Commander-in-Chief of ...": the parser hangs "of" on "Chief" (only a
        # hyphenated "in": not "support of rebels in the DRC")
        words += [
            p
            for prep in children(noun, "prep")
            if prep.lower_ == "in" and prep.i > 0 and noun.doc[prep.i - 1].text == "-"
            for p in pobjs(prep)
        ]
    else:
        # "the restoration of ties between A and B": the parser hangs "between" on "ties"
        words += [p for prep in children(noun, "prep") if prep.lower_ == "of" for p in pobjs(prep)]
    # "its call for the Philippines to remove": "for" marks a clause whose subject it is
    marked = [
        subject
        for clause in children(noun, "advcl", "acl", "relcl")
        + (children(light, "advcl") if light is not None and role == "after" else [])
        # "expressed outrage *after* a Russian attack killed 21": the clause hangs on the
        # light verb
        if any(c.dep_ == "mark" and c.lower_ == role for c in clause.children)
        for subject in children(clause, "nsubj")
    ]
    if light is not None and role not in ("of",):
        words.append(light)
    elif noun.dep_ == "dobj" and role not in ("of",) and noun.head.pos_ in ("VERB", "AUX"):
        # "condemned the supply of weapons to the RSF by the UAE": the parser hangs the
        # noun's prepositions on the verb
        return (
            prep_objects(words, {role})
            or [o for o in prep_objects([noun.head], {role}) if o.i > noun.i]
        ) + marked
    elif noun.dep_ in ("nsubj", "nsubjpass") and role == "between":
        words.append(noun.head)  # "as war raged between Yerevan and Baku"
    if role == "between":
        # "the truce brokered by Angola between A and B", "talks hosted in Luanda between
        # A and B": the parser hangs "between" on the mediating participle (round 47)
        words += [c for c in children(noun, "acl") if c.tag_ == "VBN" and is_mediation(c)]
    if role == "by":
        # "the attack on a Malian base by JNIM": the parser may hang "by" on the target
        words += [
            p
            for prep in children(noun, "prep")
            if prep.lower_ in _HIT_PREPOSITIONS
            for p in pobjs(prep)
        ]
    if role in ("on", "against") and light is not None and light.head == noun:
        # "the attack launched by the ADF on Ugandan troops": the parser may hang the
        # target on the doer of the participle (round 47)
        words += [p for agent in children(light, "agent") for p in pobjs(agent)]
    if role in ("by", "from") and _under(noun):
        # "came *under attack by* the MRTA": the parser hangs "by" on the verb
        words.append(noun.head.head)
    if role in ("on", "against"):
        # "claimed several attacks, *including one on* a Kenyan base": the "one" stands
        # for the noun, its prepositions the noun's (round 36)
        words += [
            p
            for prep in children(noun, "prep")
            if prep.lower_ == "including"
            for p in pobjs(prep)
            if p.lower_ == "one"
        ]
    if role in ("on", "against") and _under(noun):
        # "the town is *under attack from* the MRTA": the act is on the one under it
        marked += children(noun.head.head, "nsubj")
    if role in ("on", "against"):
        # "Israeli strikes *targeting* Hezbollah", "an operation *targeting* the Houthis"
        marked += [
            o
            for c in children(noun, "acl")
            if lemma(c) in _TARGETING and not is_passive(c)
            for o in children(c, "dobj")
        ]
        # "launched an offensive *to topple* the GNA": what an act is for names its target;
        # the parser may call the infinitive a relative clause ("offensive to/aux
        # crush/relcl": round 57)
        marked += [
            o
            for c in children(noun, "acl") + children(noun, "relcl")
            if lemma(c) in _OVERTHROWING and infinitive(c)
            for o in children(c, "dobj")
        ]
        if kind == "light":
            # "launched an assault to topple the GNA" parsed "launched ... topple/advcl":
            # the same purpose, hung on the light verb (round 57)
            marked += _purpose_on_light_verb(noun, light)
    return prep_objects(words, {role}) + marked


def _purpose_on_light_verb(noun, light) -> list:
    """The objects of an act's purpose that the parser hung on the act's light verb.

    "Haftar launched an assault *to topple* the GNA" is parsed with "to topple" an
    adverbial clause of "launched" ("launched/ROOT ... topple/advcl"), not a clause of
    "assault" ("an offensive to oust the army" is often parsed "oust/acl" on the noun,
    which :func:`_noun_role` reads already). What the act is done for, when it is
    removing or destroying someone (``_OVERTHROWING``: "topple", "oust", "dislodge",
    "crush", ...), names the act's target either way (ANNOTATION.md R2, round 27's
    purpose infinitives: "sent the Army ... to topple" gives ``attacks``).

    The rule reads the purpose only where the parse leaves no doubt whose it is:

    - the act noun is the light verb's direct object, or the "of" object of it ("launched
      *a wave of attacks* to topple X");
    - the act names no target of its own ("on", "against", "at", "into", "inside"): "an
      attack on Y to topple Z" stays an attack on Y;
    - the clause is a bare infinitive with no subject of its own, after the noun.

    Caveats: a purpose verb of another kind ("to capture Goma", "to help Somalia") names
    no target of an attack and is left out, as on the noun; so is a purpose naming a place
    or no actor of the table, which the resolver then drops. A purpose hung on a light
    verb that has no act noun as object ("decided to topple X") is not read here at all.
    """
    if light is None:
        return []
    head = noun
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    if head.dep_ != "dobj" or head.head != light:
        return []
    if any(prep.lower_ in _HIT_PREPOSITIONS for prep in children(noun, "prep")):
        return []
    return [
        o
        for c in children(light, "advcl")
        if c.i > noun.i and lemma(c) in _OVERTHROWING and infinitive(c) and not children(c, "nsubj")
        for o in children(c, "dobj")
    ]


def _title_frame(noun, entry, resolver, fill):
    """Offices: "ISIS leader Abu Bakr al-Baghdadi", "Turkey's President Erdogan", "Min Aung
    Hlaing, the commander of the Tatmadaw". The holder must be named (an office is not
    inferred from an unknown person's title)."""
    named_holders: list[Argument] = []
    titles = resolver.lexicon.cue("title_noun")
    after = resolver.mention_at.get(noun.i + 1)
    if (
        after is not None
        and after.start == noun.i + 1
        and noun.tag_ != "NNS"
        and lemma(noun) in titles
        and resolver.matcher.kind(after.actor) == "person"
    ):
        # a title right before a person's name is that person's, however the parser hangs
        # the two ("SAF chief Burhan and RSF *commander* Dagalo", the title a conjunct of
        # Burhan; "Egyptian *President* Sisi and RSF commander Hemedti", the title under
        # Hemedti): round 32
        named_holders = [Argument(after.actor, after.end - 1, after.via)]
    for holder in _title_holders(noun, resolver) if not named_holders else ():
        # a title before a name holds that name only ("Russian President Putin and
        # Turkish President Erdogan": each his own)
        # ("SAF chief Burhan and RSF commander Hemedti": the chief is Burhan only)
        before = noun.dep_ in ("compound", "nmod") and noun.i < holder.i
        if before and _coordinated_between(noun, holder, titles):
            # "Egyptian President Sisi and RSF commander Hemedti": the president is not
            # Hemedti, whatever the parse hangs under his name
            continue
        own = holder.dep_ == "appos" and holder.head.i == noun.i and noun.tag_ != "NNS"
        # a plural before a list holds every name of it ("Islamic State *affiliates*
        # ISWAP, ISCAP and ISKP"; round 37), a singular its own name only
        single = before and noun.tag_ != "NNS"
        for argument in resolver.named(holder, conjuncts=not (single or own)):
            if argument.actor not in {h.actor for h in named_holders}:
                named_holders.append(argument)
    targets = fill(entry.target)
    if not named_holders:
        # "the leader of the Lebanese militia Hezbollah Hassan Nasrallah": the parser
        # folds the person into the object of "of"
        named = [
            resolver.mention_at[w.i]
            for prep in children(noun, "prep")
            if prep.lower_ == "of"
            for w in prep.subtree
            if w.i in resolver.mention_at
        ]
        people = [m for m in named if resolver.matcher.kind(m.actor) == "person"]
        groups = [m for m in named if resolver.matcher.kind(m.actor) != "person"]
        if people and groups and people[-1].start > groups[-1].start:
            named_holders = [Argument(people[-1].actor, people[-1].start, "name")]
            targets = [Argument(groups[-1].actor, groups[-1].start, "name")]
    if lemma(noun) in resolver.lexicon.cue("title_noun"):
        # a personal title ("leader", "president", "commander") is held by a person: not
        # "the supreme leader of Iran - ... Hezbollah", a parse's apposition
        named_holders = [h for h in named_holders if resolver.matcher.kind(h.actor) == "person"]
    holder_ids = {h.actor for h in named_holders}
    doc = noun.doc
    targets = [
        t
        for t in targets
        if t.actor not in holder_ids
        # a modifier before the title across a coordination is another conjunct's
        and not (t.token < noun.i and _coordinated_between(doc[t.token], noun, titles))
    ]
    if not targets:
        for holder in holders(noun):
            targets = [
                a
                for a in resolver.modifier_actors(holder)
                if a.token != noun.i and a.actor not in holder_ids
            ]
            if targets:
                break
    yield from pairs(
        named_holders,
        targets,
        noun,
        entry,
        f"title:{entry.lemma}",
        resolver,
        presupposed=_described(noun, None),
    )


def _title_holders(noun, resolver: ArgumentResolver) -> list:
    """What a title noun describes (:func:`~.syntax.holders`), and the name a title
    before it modifies where the tagger takes that name, an acronym, for a common noun
    ("Islamic State affiliate *ISWAP*", "al-Qaeda's affiliate *AQIS*": ISWAP and AQIS
    tagged NN; round 37): a name of the actors table, never any common noun."""
    found = holders(noun)
    if found or noun.dep_ not in ("compound", "nmod") or noun.head.i < noun.i:
        return found
    head = noun.head
    while head.dep_ in ("compound", "nmod") and head.head != head:
        head = head.head
    mention = resolver.mention_at.get(head.i)
    return [head] if mention is not None and mention.start > noun.i else []


def _coordinated_between(first, last, titles: frozenset[str]) -> bool:
    """Whether words ``first`` to ``last`` hold two titled conjuncts: a coordination ("and",
    "or", a comma) with a title on each side ("*President* Sisi and RSF *commander*
    Hemedti"): a title on one side is not the other conjunct's. A title shared by
    conjuncts ("its branches the FRD and the ESO") or an apposition after a title ("the
    leader of that nation, Irfaan Ali") has one title only."""
    words = first.doc[first.i : last.i + 1]
    for k, word in enumerate(words):
        if (
            (word.dep_ == "cc" or word.lower_ in ("and", "or", ","))
            and any(lemma(w) in titles for w in words[:k])
            and any(lemma(w) in titles for w in words[k + 1 :])
        ):
            return True
    return False


def _owned_act(light, used: list[str], lexicon) -> bool:
    """An act named with its own doer under a verb of denying, refusing or ending ("Egypt
    *rejected* the RSF's attack on", "Iran *lifted* its sanctions on"): a description of
    the act, which the verb takes as done; only a verb of denying it or ending it makes it
    not asserted (:func:`~graphkit.text.modality.modality`, ``presupposed``)."""
    return (
        light is not None
        and lemma(light) in lexicon.cue("negating_head")
        and used[:1] in (["possessor"], ["modifier"])
    )


def _asked_for(noun, lexicon) -> bool:
    """Whether a noun names what its verb asks for, proposes or plans, not something that
    is: the object of such a verb, or of its "for" ("Egypt *called for* a ceasefire
    between A and B", "*urged* a truce between", "*proposed* talks between", "is *pushing
    for* a deal"; ``hypothetical_head`` and ``planned_head`` of ``cues.csv``). Its
    relation is then not presupposed: the verb makes it hypothetical or planned, as
    it does an infinitive ("urged A and B to agree a truce")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    asking = lexicon.cue("hypothetical_head") | lexicon.cue("planned_head")
    return lemma(verb) in asking and lemma(verb) not in lexicon.cue("seeking_verb")


def _described(noun, light) -> bool:
    """A noun states its relation as a description, not as the clause's claim, unless a
    light verb makes it happen ("launched attacks") or it is the predicate ("is a patron
    of", "functions as Iran's proxy", "is *among* Hamas's backers", "is *one of* Iran's
    allies", "counts Hezbollah *among* its allies", "its *backers include* Qatar")."""
    if light is not None or _predicate(noun):
        return False
    # "As Belarus's ally, Russia rejected ...": an "as" phrase before the verb (or on the
    # subject) describes; "acts as Iran's proxy" states (round 46)
    as_phrase = noun.dep_ == "pobj" and noun.head.lower_ == "as"
    return not as_phrase or noun.head.i < noun.head.head.i or noun.head.head.pos_ == "PROPN"


def _predicate(noun) -> bool:
    """Whether a noun is what its clause says of an actor: the complement of "be" or of
    a verb of being or calling, an "among" phrase of a verb, the plural of a part that is
    such a complement ("Russia is *one* of Iran's allies"), or the subject of a verb of
    listing ("Hezbollah's *backers* include Iran")."""
    if noun.dep_ in ("attr", "acomp", "oprd"):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "among" and head.head.pos_ in ("VERB", "AUX"):
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        return is_partitive(head.head) and _predicate(head.head)
    return noun.dep_ == "nsubj" and head.pos_ == "VERB" and lemma(head) in LISTING_VERBS


def _as_courts(entry: LexiconEntry) -> LexiconEntry:
    return replace(entry, relation="courts", specific="", symmetric="")
