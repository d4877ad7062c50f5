"""The verb frame: a trigger verb's source and target, active or passive, with their
prepositions, an infinitive's object, and subjects shared with a governing or coordinated
verb."""

from __future__ import annotations

from ..arguments import ArgumentResolver
from ..lemmas import lemma
from ..lexicon import LexiconEntry, RelationLexicon
from .candidates import pairs
from .syntax import (
    announced_acts,
    children,
    infinitive,
    is_passive,
    own_subjects,
    participle_described,
    pobjs,
    prep_objects,
    resolve_role,
)
from .vicinity import VICINITY_ROLES, territory_owners, vicinity_objects

__all__ = ["verb_frame", "verb_subjects"]


def verb_frame(verb, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon):
    """The candidates of a trigger verb."""

    def lookup(v, role):
        # a hand row's verb is transitive, so it shares the object of the verbs
        # coordinated after it; a CAMEO row's bare verb may not be ("retreated and
        # attacked Israel")
        found = _verb_role(
            v,
            role,
            lexicon,
            share=not entry.pattern,
            cues=entry.cues,
            aimed=entry.relation == "opposes",
        )
        if role == "object" and entry.cues and (entry.specific or entry.relation) in _LABELLING:
            found = [w for o in found for w in (_labelled(o, entry.cues) or [o])]
        return found

    if entry.voice == "passive" and not is_passive(verb):
        return
    if (entry.specific or entry.relation) == "agrees_with" and _no_deal(verb, lexicon):
        return
    # a participle describing a noun ("entities *affiliated* with Hamas, the Islamic State
    # and al-Qaida"): the noun alone, not the names the parser coordinated with it
    described = verb.dep_ == "acl" and is_passive(verb) and verb.head != verb

    def fill_roles(roles, events: bool) -> list:
        for role in roles:
            if role == "object" and described and verb.head.lower_ in _QUANTIFIERS:
                # "Hezbollah, Hamas and the Houthis, *all* backed by Iran": the whole list
                found = resolve_role(_described_by(_participle_head(verb)), resolver, events=events)
            elif role == "object" and described:
                found = [
                    a
                    for word in _described_by(_participle_head(verb))
                    for a in resolver.resolve_alone(word, events=events)
                ]
            elif role in VICINITY_ROLES or (role == "on" and entry.specific == "mobilizes_against"):
                # "massed troops *on Guyana's border*", "*near the border with* Armenia":
                # the owner of the territory a force is shown near (round 35)
                found = territory_owners(lookup(verb, role), resolver, lexicon)
            else:
                found = resolve_role(lookup(verb, role), resolver, events=events)
            if found:
                return found
        return []

    sources = fill_roles(entry.source, False)
    targets = fill_roles(entry.target, True)
    if targets and _sends_people(entry, lexicon):
        # people sent to a state or an organisation name a place ("sent troops to
        # Mozambique") or a contribution to its mission, not a recipient they back
        # (ANNOTATION.md R2, round 27)
        targets = [t for t in targets if resolver.matcher.kind(t.actor) not in _NO_RECIPIENT]
    if entry.relation == "rejects" and not is_passive(verb):
        # "X accused Y of Z, a charge (that) Y denies": the charge is the accuser's, not
        # the name it was set beside (round 31)
        targets = resolve_role(_charged_by(verb, lexicon), resolver, events=False) or targets
    if not targets and (entry.specific or entry.relation) in _RESTRICTING:
        targets = _restricted_states(verb, entry, resolver, lexicon, lookup)
    rule = f"{'passive' if is_passive(verb) else 'verb'}:{entry.lemma}"
    if entry.pattern:
        rule += f" (CAMEO {entry.code}: {entry.pattern})"
    yield from pairs(sources, targets, verb, entry, rule, resolver)


def verb_subjects(verb, lexicon: RelationLexicon, depth: int = 0) -> list:
    """Who does what a verb says: its subject (its ``by`` agent when passive), or that of
    the verb it depends on ("*began* attacking"), the object of an object-control verb
    ("urged *Qatar* to expel"), the word a participle describes."""
    if depth > 4:
        return []
    if is_passive(verb):
        agents = [p for a in children(verb, "agent") for p in pobjs(a)]
        return agents or _shared_agents(verb) or _stray_agents(verb)
    # "The Department of State is today designating": with an adverb between the
    # auxiliary and the participle, the parser may hang the subject on the auxiliary
    subjects = own_subjects(verb)
    if subjects:
        # "Rwanda and Uganda, *both of which* share borders with": the list
        subjects = [w for s in subjects for w in (_quantified(s) or [s])]
        return subjects + _companions(verb, subjects)
    head, link = verb.head, verb.dep_
    if head == verb:
        return []
    if link in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):
        # "Egypt is firmly opposed to the RSF", "is hostile to": the copula's subject
        return children(head, "nsubj", "nsubjpass")
    if link == "amod" and verb.pos_ == "ADJ" and verb.i > head.i and head.pos_ in ("NOUN", "PROPN"):
        # "the RSF, *loyal* to Hemedti": an adjective phrase written after the noun it
        # describes says it of that noun
        return [head]
    if link in ("xcomp", "advcl", "conj", "dobj") and head.pos_ in ("VERB", "AUX"):
        if link == "xcomp" and lemma(head) in lexicon.cue("object_control_verb"):
            objects = children(head, "dobj") or prep_objects([head], {"on", "upon"})
            if not objects and is_passive(head):
                objects = children(head, "nsubjpass")  # "we are forced to sever"
            if objects:
                return objects
        if link == "xcomp" and is_passive(head) and children(head, "nsubjpass"):
            # "NATO is obliged to defend", "Iran is believed to arm": the passive's
            # subject does what the infinitive says, not its by-agent ("bound *by treaty*")
            # (round 34)
            return children(head, "nsubjpass")
        if link == "conj" and is_passive(head) and not is_passive(verb):
            # "Haftar's forces were assisted by Russia and have the backing of Egypt": the
            # passive's subject, not its agent
            return children(head, "nsubjpass")
        if link == "conj" and _breaks_perfect(verb, head):
            # "found that the militia had committed atrocities and sanctioned its
            # commander": a simple past cannot share the "had" of a perfect, so it is
            # coordinated with the verb that governs that clause
            return verb_subjects(head.head, lexicon, depth + 1)
        return verb_subjects(head, lexicon, depth + 1)
    if (
        link == "acl"
        and infinitive(verb)
        and head.dep_ == "dobj"
        and head.head.pos_ in ("VERB", "AUX")
        and lexicon.is_trigger(lemma(head), "NOUN")
    ):
        # "launched an offensive to topple the GNA": the purpose of an act is its doer's,
        # the subject of the verb that makes the act happen
        return verb_subjects(head.head, lexicon, depth + 1)
    if (
        link == "acl"
        and infinitive(verb)
        and head.pos_ == "NOUN"
        and head.dep_ != "ROOT"  # no main verb: the parse is not to be trusted
        and lemma(head) in lexicon.cue("planned_head") | lexicon.cue("hypothetical_head")
    ):
        # "Washington's decision *to sanction* the RSF", "a bid by Turkey *to isolate* X":
        # what a noun of intent or wish is to do, its owner does (the noun makes it
        # planned or hypothetical: modality; nouns of refusing or failing are left out)
        owners = children(head, "poss") or [
            p for prep in children(head, "prep") if prep.lower_ == "by" for p in pobjs(prep)
        ]
        if owners:
            return owners
    if link == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "a video of its drones *striking* Russian positions": the parser may hang the
        # participle on the picture; its doer is the picture's "of" (round 43)
        return _depicted(verb, head, lexicon) or [head]
    if link == "pcomp":
        governor = head.head
        objects = children(governor, "dobj")
        if is_passive(governor) and not objects:
            objects = children(governor, "nsubjpass")  # "has been accused by Sudan of arming"
        if (
            is_passive(governor)
            and not objects
            and governor.dep_ == "acl"
            and governor.head.pos_ in ("NOUN", "PROPN")
        ):
            # "Algeria, long accused by Morocco of arming the Polisario": the participle's
            # noun is the one accused, not the by-agent (round 36)
            objects = [governor.head]
        if governor.pos_ in ("VERB", "AUX") and objects and head.lower_ in _DOER_PREPOSITIONS:
            # "accused Iran of funneling", "blamed Iran for arming", "charged X with",
            # "warned Iran against sending", "prevented X from sailing"
            return objects
        if governor.pos_ == "NOUN":
            owners = children(governor, "poss")
            if owners:
                return owners
            if governor.dep_ == "dobj" and governor.head.pos_ in ("VERB", "AUX"):
                return verb_subjects(
                    governor.head, lexicon, depth + 1
                )  # "rejected accusations of supplying"
        if governor.pos_ in ("VERB", "AUX"):
            return verb_subjects(governor, lexicon, depth + 1)
        if governor.pos_ == "ADJ" and governor.dep_ == "acomp" and lemma(governor) in _DEVOTED:
            # "the US remains committed to using all tools to counter": the subject of the
            # copula the adjective describes
            return children(governor.head, "nsubj", "nsubjpass")
    return []


_DEVOTED = frozenset({"committed", "dedicated", "devoted"})
"""Adjectives of a standing policy whose "to" + gerund its holder does ("remains
*committed to* countering"); adjectives of ability or wish ("capable of", "keen on") are
left alone, their complement not asserted."""

_DOER_PREPOSITIONS = frozenset({"of", "for", "with", "against", "from"})
"""Prepositions after a verb's object that make that object the doer of the gerund they
govern ("warned Iran *against* sending"); after others ("*after* returning", "*by*
arming") the doer is the verb's subject."""


def _breaks_perfect(verb, head) -> bool:
    """A verb in the simple past coordinated under a perfect ("had committed ... and
    sanctioned") that is itself the complement of another verb: the parser's attachment
    cannot be right."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children)
    return (
        perfect
        and verb.tag_ == "VBD"
        and head.tag_ == "VBN"
        and head.dep_ in ("ccomp", "xcomp")
        and head.head.pos_ in ("VERB", "AUX")
        and not children(verb, "aux")
    )


def _shared_agents(verb) -> list:
    """The agent of a passive coordinated with this one ("is *funded* and armed by Iran":
    the "by" hangs on the last verb)."""
    related = [c for c in verb.children if c.dep_ == "conj" and is_passive(c)]
    if verb.dep_ == "conj" and is_passive(verb.head):
        related.append(verb.head)
    # "is funded, trained and armed by Iran": the list of participles is a chain of
    # conjuncts, the agent on its last
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.tag_ == "VBN":
        first = first.head
    if is_passive(first):
        chain, stack = [], [first]
        while stack:
            word = stack.pop(0)
            chain.append(word)
            stack.extend(c for c in word.children if c.dep_ == "conj" and c.tag_ == "VBN")
        related.extend(w for w in chain if w != verb and w not in related)
    for other in related:
        agents = [p for a in children(other, "agent") for p in pobjs(a)]
        if agents:
            return agents
    return []


def _stray_agents(verb) -> list:
    """The objects of a "by" the parser hung below the passive verb's other phrase ("is
    listed as a terrorist organisation *by* the EU")."""
    for child in children(verb, "prep", "oprd", "advcl", "xcomp"):
        if child.lower_ == "by":
            # "Mali was sent helicopters *by Russia*": a name after a "by" the parser
            # read as a preposition (not "by air", "by arming")
            named = [p for p in pobjs(child) if p.pos_ == "PROPN"]
            if named and children(verb, "dobj"):
                return named
            continue
        for word in child.subtree:
            if word.dep_ == "prep" and word.lower_ == "by" and word.head.dep_ in ("pobj", "prep"):
                return pobjs(word)
    # "is designated a terrorist group by Turkey, the EU and the US": the "by" on the
    # predicate noun the parser read as an object
    for noun in children(verb, "dobj", "attr"):
        for word in children(noun, "prep"):
            if word.lower_ == "by":
                return pobjs(word)
    return []


def _passive_subjects(verb) -> list:
    """A passive verb's subjects (``nsubj`` where the parser gave it an ``auxpass``): the
    first only where the parser gave it two that are not coordinated and the second
    follows a clause that opens on the first ("Washington's decision *to sanction the
    RSF* was welcomed": the decision, not the RSF, whom the parser also made a subject
    of "welcomed")."""
    subjects = children(verb, "nsubjpass") or (
        children(verb, "nsubj") if children(verb, "auxpass") else []
    )
    if len(subjects) < 2:
        return subjects
    first = subjects[0]
    clauses = [c for c in first.children if c.dep_ in ("acl", "relcl") and c.i > first.i]
    return [s for s in subjects if s == first or not any(c.i < s.i for c in clauses)]


def _verb_objects(
    verb, share: bool = False, bare: frozenset[str] = frozenset(), aimed: bool = False
) -> list:
    if is_passive(verb):
        described = participle_described(verb)
        subjects = _passive_subjects(verb)
        if not subjects and described is not None:
            subjects = [described]
        if subjects:
            # "both of which are backed by Iran": the words the quantifier counts
            return [o for s in subjects for o in (_quantified(s) or [s])]
        if verb.dep_ in ("acl", "amod", "relcl") and verb.head != verb:
            return _described_by(_participle_head(verb))
        if verb.dep_ == "conj" and is_passive(verb.head):
            # "Hamas is funded and *armed* by Iran": the first participle's subject
            return _verb_objects(verb.head, share, bare)
        if (
            verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "auxpass" and c.tag_ in _FINITE for c in verb.children)
        ):
            # "the Houthis, who seized Sanaa and *are armed* by Iran": the subject of the
            # active verb it is coordinated with (a finite passive only: "accused him of
            # corruption and *being backed* by" is not the accusers')
            return children(verb.head, "nsubj")
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            # "M23's fighters are believed to be led by Ntaganda": the raised subject
            return children(verb.head, "nsubjpass", "nsubj")
        if (
            verb.dep_ == "advcl"
            and verb.i < verb.head.i
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("mark", "advmod") for c in verb.children)
        ):
            # "*Influenced* by Hezbollah, the movement adopted ...": a participle clause
            # before its main clause describes the main clause's subject
            return children(verb.head, "nsubj", "nsubjpass")
        return []
    objects = children(verb, "dobj", "dative")
    if not objects and verb.dep_ == "amod" and children(verb, "nsubj"):
        objects = [verb.head]  # "The Taliban sheltered TTP fighters", parsed as one phrase
    if not objects:
        # a small clause: "considers [HTS a terrorist organization]"
        for clause in children(verb, "ccomp", "xcomp"):
            if clause.pos_ in ("NOUN", "PROPN", "ADJ") or infinitive(clause):
                objects += children(clause, "nsubj")  # "allow [Iran to entrench]"
            elif clause.tag_ == "VB" and lemma(verb) in bare:
                # "helped [Mozambique fight an insurgency]": a bare infinitive's subject
                objects += children(clause, "nsubj")
    if not objects and share:
        objects = _shared_objects(verb, aimed)
    return objects


def _charged_by(verb, lexicon: RelationLexicon) -> list:
    """Who made the charge a verb of rejecting has as its object, when the charge sums up
    a clause of accusing written before it, which the parser hung on the verb ("Kinshasa
    accused Rwanda of laying mines, *a charge* Rwanda denies": Kinshasa; "Eritrea has been
    accused by Ethiopia of ..., a charge Asmara denies": Ethiopia)."""
    charge = verb.head
    charge_nouns = lexicon.cue("charge_noun")
    if verb.dep_ == "relcl" and lemma(charge) in charge_nouns and charge.dep_ == "appos":
        # "Bamako accused France of arming JNIM, *a charge* Paris denies": a charge set
        # beside an accusation, whose verb of accusing is the nearest one above it
        accusing = lexicon.cue("speech_verb") | lexicon.cue("opinion_verb")
        word = charge.head
        while lemma(word) not in accusing and word.head.i != word.i:
            word = word.head
        return verb_subjects(word, lexicon) if lemma(word) in accusing else []
    charges = [c for c in children(verb, "dobj") if lemma(c) in charge_nouns]
    if not charges:
        return []
    return [
        s
        for clause in children(verb, "ccomp")
        if clause.i < charges[0].i
        for s in verb_subjects(clause, lexicon)
    ]


_LABELLING = frozenset({"opposes", "designates_terrorist"})
"""Types whose cue words are the label a naming verb gives its object ("called X *a
criminal gang*", "branded X *an enemy*"; round 31)."""


def _labelled(word, cues: frozenset[str]) -> list:
    """The names a label is given to when the parser made the label itself the object and
    the name its modifier ("called [the NPA bandits]", "called [JNIM "extremists"]"): the
    object is a cue word of the row, and the names before it in its phrase are what it
    labels (round 31). Otherwise nothing."""
    if lemma(word) not in cues and word.lower_ not in cues:
        return []
    return [c for c in word.children if c.dep_ in ("compound", "nmod") and c.i < word.i]


_QUANTIFIERS = frozenset({"all", "both", "each"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _quantified(word) -> list:
    """The words a quantifier counts: "*both* of which", "*all* of them"."""
    if word.lower_ not in _QUANTIFIERS:
        return []
    counted = [p for prep in children(word, "prep") if prep.lower_ == "of" for p in pobjs(prep)]
    clause = word.head
    if any(p.lower_ in ("which", "whom") for p in counted) and clause.dep_ == "relcl":
        return [clause.head]  # "Hezbollah and the Houthis, both of which": the list
    return counted


def _participle_head(verb):
    """The noun a participle describes: the one the parser hung it on, or the last item of
    a list that item starts when the participle follows that item and a comma ("between
    the army and *the M23*, led by Makenga": the parser hangs "led" on "army"; round 52)."""
    head = verb.head
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "," and head.i < verb.i - 2:
        last = verb.doc[verb.i - 2]
        word = last
        while word.dep_ == "conj" and word.head != word and word.head.i >= head.i:
            word = word.head
            if word == head:
                return last
    return head


def _described_by(noun) -> list:
    """What a participle describing ``noun`` describes: the noun, or the names the noun
    stands for ("Hezbollah, Hamas and the Houthis, *all* backed by Iran"; "the RSF is *a
    paramilitary group* backed by the UAE")."""
    if noun.lower_ in _QUANTIFIERS and noun.dep_ == "appos" and noun.head != noun:
        return [noun.head]
    if (
        noun.dep_ == "attr"
        and noun.pos_ in ("NOUN", "PROPN")
        and lemma(noun.head) in ("be", "remain", "become")
        and children(noun.head, "nsubj")
    ):
        return children(noun.head, "nsubj")
    return [noun]


def _companions(verb, subjects) -> list:
    """Who does it with the subject: "Iran, *along with* Russia, backed", "Russia,
    *together with* Iran, backed", "Iran, *alongside* Russia, backed", "Iran, *through*
    the IRGC, backed"."""
    found = []
    for word in (verb, *subjects):
        for prep in children(word, "prep"):
            if prep.lower_ in ("along", "together"):
                found += [p for w in children(prep, "prep") if w.lower_ == "with" for p in pobjs(w)]
            elif prep.lower_ == "alongside" and prep.i < verb.i:
                # "Cuba, *alongside* Nicaragua, backed", "*Alongside* Ethiopia, Kenya
                # attacked" (after the verb it is a partner or a place: "fought alongside
                # the KIA", "advanced alongside the river"; ANNOTATION.md R2, round 38)
                found += pobjs(prep)
            elif (
                prep.lower_ in ("through", "via")
                and prep.i < verb.i
                and any(s.i < prep.i for s in subjects)
            ):
                # "Iran, *through* the IRGC, has supported KSS": the body it acts through
                # does it too (after the verb, or before the subject, it is a route: "armed
                # the RSF through Chad", "Through Chad, the UAE armed")
                found += pobjs(prep)
            elif prep.lower_ == "with" and any(
                c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in prep.children
            ):
                found += pobjs(prep)
    return found


def _shared_objects(verb, aimed: bool = False) -> list:
    """The object of the verbs coordinated after this one, which the parser hangs on the
    last ("Iran *backed* and armed the Houthis", "*armed*, funded and trained"): shared
    when those verbs have no subject of their own and are active. A verb with a ``by``
    agent of its own is a participle the parser took for a finite verb ("A and B, both
    *backed by* C, condemned D"): its doer is named, and D is not its object. For a
    hostile row (``aimed``), what the last verb's act is aimed at counts too ("*blocked*
    and fired water cannon *at* Y's ships"; not for support: "armed and sent fighters
    against Y" arms nobody)."""
    if children(verb, "agent"):
        return []
    for conjunct in children(verb, "conj"):
        if conjunct.pos_ != "VERB" or is_passive(conjunct):
            continue
        if children(conjunct, "nsubj", "nsubjpass", "csubj"):
            continue
        objects = children(conjunct, "dobj") or _shared_objects(conjunct, aimed)
        if aimed:
            # what the last verb's act is aimed at, on that verb itself (not "vetoed
            # the resolution *on* Y") (round 42)
            objects = objects + [
                p
                for prep in children(conjunct, "prep")
                if prep.lower_ in _AIMED
                for p in pobjs(prep)
            ]
        if objects:
            return objects
    return []


_AIMED = frozenset({"at", "against"})


def _misread_bare_infinitive(verb, acts: frozenset[str]) -> list:
    """The helped of "helped *the Malian army* recapture Kidal" where the parser read the
    bare infinitive as a noun ("army/compound recapture/dobj", "Syria/compound
    retake/compound Aleppo/dobj"): the words between the verb and the act (an
    ``bare_infinitive_act`` cue, lower case, not parsed as a verb with a subject), their
    heads outside them. Nothing when the act follows the verb at once ("helped rebuild
    hospitals", "helped broker a truce") or the parse already reads it as a clause
    (round 51)."""
    if any(
        c.pos_ in ("VERB", "AUX") and children(c, "nsubj", "nsubjpass")
        for c in children(verb, "ccomp", "xcomp")
    ):
        return []
    subtree = {t.i for t in verb.subtree}
    for word in verb.doc[verb.i + 2 : verb.i + 8]:
        if word.i not in subtree or word.is_punct or word.pos_ in ("VERB", "AUX", "ADP"):
            return []
        if word.text.islower() and word.lower_ in acts and word.pos_ in ("NOUN", "PROPN"):
            span = range(verb.i + 1, word.i)
            return [
                t
                for t in verb.doc[verb.i + 1 : word.i]
                if t.head.i not in span and not t.is_punct and t.dep_ != "det"
            ]
    return []


def _infinitive_objects(verb, preps) -> list:
    found: list = []
    announced = announced_acts(verb)
    for child in verb.children:
        if (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")) or child in announced:
            # "threatened to shell and bomb X": the object written once, after the last
            # of the coordinated infinitives (round 42)
            found += children(child, "dobj") or _shared_objects(child)
            # "threatened to impose sanctions *on* X": the act's object's target too
            # (round 34)
            found += prep_objects(
                [child, *children(child, "dobj")], {"against", "on", "at"} | set(preps)
            )
    return found


def _verb_role(
    verb,
    role: str,
    lexicon: RelationLexicon,
    *,
    share: bool = False,
    cues: frozenset[str] = frozenset(),
    aimed: bool = False,
) -> list:
    if role == "subject":
        return verb_subjects(verb, lexicon)
    if role == "object":
        if lemma(verb) in lexicon.cue("bare_infinitive_verb"):
            misread = _misread_bare_infinitive(verb, lexicon.cue("bare_infinitive_act"))
            if misread:
                return misread
        return _verb_objects(verb, share, lexicon.cue("bare_infinitive_verb"), aimed)
    if role == "infinitive":
        return _infinitive_objects(verb, ())
    if role == "clause":
        return [s for c in children(verb, "ccomp") for s in children(c, "nsubj", "nsubjpass")]
    if role == "claimant":
        return _claimants(verb, lexicon)
    # a preposition, on the verb, its object or its adverb ("restored relations with X",
    # "broke away from X"), or its passive subject ("ties *with Kenya* were severed by")
    words = [verb, *children(verb, "dobj", "advmod", "prt")]
    if role in VICINITY_ROLES:
        return vicinity_objects([verb, *children(verb, "dobj")], role)
    # "refused to *sign* a deal *with* X": on an infinitive the row names among its cues,
    # or on that infinitive's object (round 29)
    for clause in children(verb, "xcomp"):
        if clause.pos_ in ("VERB", "AUX") and lemma(clause) in cues:
            words += [clause, *children(clause, "dobj")]
    # "refused to attend the talks *hosted by* X", "boycotted the summit *convened by* X":
    # the participle describing the talks the verb or its infinitive takes part in, where
    # the row names it among its cues (ANNOTATION.md R2, round 49)
    talks = [t for w in words for t in _taken_part_in(w)] if cues else []
    talks += [t for w in talks for t in _taken_part_in(w)]  # "take part *in* talks"
    words += [
        a
        for t in talks
        if lemma(t) in lexicon.cue("talks_noun")
        for a in children(t, "acl")
        if lemma(a) in cues and is_passive(a)
    ]
    # "provided $1 billion in loans *to Egypt*": the thing a sum measures carries the role
    words += [m for o in children(verb, "dobj") for m in _measured(o, lexicon)]
    if is_passive(verb):
        # "Aid to X was cut": csubjpass. Only a subject the row names as its object
        # ("ties *with Kenya* were severed"): in "relations with Iran were discussed by
        # the cabinet" the phrase belongs to the noun, not to the act (round 22)
        words += [
            s
            for s in children(verb, "nsubjpass", "csubjpass")
            if s.lower_ in cues or lemma(s) in cues
        ]
    found = prep_objects(words, {role})
    if not found and role in _RECIPIENT_PREPOSITIONS:
        found = _recipients(verb, lexicon)
    return found


def _claimants(verb, lexicon: RelationLexicon) -> list:
    """The subject of the speech verb that says the act ("*Armenia* accused Azerbaijan of
    violating the ceasefire", "*Colombia* said the ELN had breached the truce"): the other
    party of a truce the act breaks when the sentence names no party (round 48). Only
    through "of"/"for" phrases and clausal complements: a condition ("will respond if X
    breaks the truce") is no claim, and a denial is the doer's own."""
    speech = lexicon.cue("speech_verb")
    word = verb
    for _ in range(4):
        if word.dep_ in ("pcomp", "pobj", "prep", "ccomp") and word.head != word:
            word = word.head
        else:
            return []
        if word.pos_ in ("VERB", "AUX") and lemma(word) in speech:
            if lemma(word) == "deny":
                return []
            return verb_subjects(word, lexicon)
    return []


def _taken_part_in(word) -> list:
    """The object of a word and the objects of its "in" and "from" phrases: the talks a
    verb of taking part names ("attend *the talks*", "participate *in the talks*")."""
    return children(word, "dobj") + [
        p for prep in children(word, "prep") if prep.lower_ in ("in", "from") for p in pobjs(prep)
    ]


def _measured(word, lexicon: RelationLexicon) -> list:
    """The things a sum measures ("$1 billion *in loans*", "$60 billion *of* arms")."""
    if word.lower_ not in lexicon.cue("sum_word") and word.pos_ != "NUM":
        return []
    return [
        p for prep in children(word, "prep") if prep.lower_ in ("in", "of") for p in pobjs(prep)
    ]


_RECIPIENT_PREPOSITIONS = frozenset({"to"})
"""The preposition of a recipient, which English may also write as the first of two
objects ("gave weapons *to* the Houthis", "gave *the Houthis* weapons"). Not "for": no
giving row reads it, and the rows that do ("called *for*", "pushing *for*") take an
object and its name ("called the U.S. decision a violation", "whom X called invaders"),
not a recipient and a thing."""

_NO_RECIPIENT = frozenset({"state", "organisation"})
"""Kinds of actor that people sent "to" do not back: a state is the place they go to, an
organisation the mission they join (ANNOTATION.md R2, round 27)."""


def _sends_people(entry: LexiconEntry, lexicon: RelationLexicon) -> bool:
    """Whether ``entry`` reads people sent to a recipient: a "to" target, and cue words
    that are all ``sent_people`` ("sent fighters to the GNA")."""
    return "to" in entry.target and bool(entry.cues) and entry.cues <= lexicon.cue("sent_people")


def _recipients(verb, lexicon: RelationLexicon) -> list:
    """The recipient of a double-object clause, where a "to" recipient is read
    (ANNOTATION.md R2, round 20): the parser's ``dative`` noun ("granted *Egypt* a
    loan"), the first of two direct objects, or a noun phrase at the very front of the
    object that the parser hung on the thing given ("gave *the Houthis* drones", "sent
    *Mali* attack helicopters", unless the thing is people: "sent *Wagner* mercenaries");
    in the passive, the subject, where the thing remains the object ("*Mali* was sent
    helicopters by Russia")."""
    objects = sorted(children(verb, "dobj"), key=lambda t: t.i)
    if not objects or children(verb, "oprd"):
        # an object predicate names the object ("called the decision *a violation*");
        # and with no thing given there is no second object: "gave *Israel's army*
        # more time" (a measure, not a thing) has a dative the lexicon would read as
        # the thing
        return []
    if is_passive(verb):
        return children(verb, "nsubjpass")
    found = [d for d in children(verb, "dative") if d.pos_ in ("NOUN", "PROPN", "PRON")]
    if len(objects) > 1:
        found.append(objects[0])
    if found:
        return found
    # people given are whose a name before them says ("sent *Wagner* mercenaries")
    people = lexicon.cue("member_noun") | lexicon.cue("sent_people")
    if any(p.lower_ == "with" for w in (verb, *objects) for p in children(w, "prep")):
        return []  # "provide *the Tripoli government* with drones": the whole object
    for thing in objects:
        if lemma(thing) not in people:
            found += _leading_phrase(verb, thing)
    return found


def _leading_phrase(verb, thing) -> list:
    """The noun phrase the object of ``verb`` begins with, where the parser hung it on
    the object's head ``thing`` as a modifier: its first word right after the verb
    (past determiners), and the head of the modifier that holds it."""
    doc = verb.doc
    i = verb.i + 1
    while i < thing.i and doc[i].dep_ == "det":
        i += 1
    if i >= thing.i:
        return []
    word = doc[i]
    chain = [word]  # "Pakistan fighter jets": Pakistan on "fighter", "fighter" on "jets"
    while word.head.i != thing.i and word.head.i < thing.i and word.head.i != word.i:
        word = word.head
        chain.append(word)
    # "sent Sudan aid": a name the parser read as an adjective of the thing
    named_modifier = word.dep_ == "amod" and word.pos_ == "PROPN"
    if word.head.i != thing.i or (word.dep_ not in ("compound", "nmod") and not named_modifier):
        return []
    # "sent *Lebanon's* Hezbollah rockets": the recipient's owner is no recipient (round 22)
    owners = {w.i for c in chain if c.dep_ == "poss" for w in c.subtree}
    chain = [c for c in chain if c.i not in owners and c.dep_ != "case"]
    if word.pos_ not in ("PROPN", "NOUN") or any(
        t.text in ("-", "\u2010", "\u2011") for t in doc[word.left_edge.i : word.i + 1]
    ):
        return []  # "US-made", "Turkish-built": the maker, not a recipient
    return chain


_RESTRICTING = frozenset({"reduces_relations", "sanctions", "coerces"})
"""Relation types of restrictions: their target may be a state's people or traffic."""


def _restricted_states(verb, entry: LexiconEntry, resolver: ArgumentResolver, lexicon, lookup):
    """The states whose people or traffic a restriction falls on: a demonym on a word of
    ``restricted_noun`` in one of the trigger's target roles ("cancelled visas for
    *Indian* nationals", "closed its airspace to *Pakistani*-owned aircraft"), tried in
    the roles' order. Elsewhere ("*Indian* nationals were killed") such words name no
    actor: the people of a state are not the state."""
    restricted = lexicon.cue("restricted_noun")
    for role in entry.target:
        found: list = []
        for token in lookup(verb, role):
            if lemma(token) not in restricted:
                continue
            named = resolver.modifier_actors(token, demonyms=True) or [
                # "*Indian*-owned and operated aircraft": a demonym inside a modifier
                state
                for left in token.lefts
                for word in left.subtree
                if (state := resolver.state_of_demonym(word)) is not None
            ]
            for argument in named:
                if resolver.matcher.kind(argument.actor) != "state":
                    continue
                if argument.actor not in {a.actor for a in found}:
                    found.append(argument)
        if found:
            return found
    return []


def _depicted(verb, head, lexicon: RelationLexicon) -> list:
    """The actor a picture or account shows doing the act of ``verb``, a participle the
    parser hung on the picture ("footage of Pakistani soldiers *firing* at ...": the
    soldiers): the object of the picture's "of" before the participle; none when ``head``
    is no ``depiction_noun`` (cues.csv) or has no such "of"."""
    if lemma(head) not in lexicon.cue("depiction_noun"):
        return []
    return [
        shown
        for prep in children(head, "prep")
        if prep.lower_ == "of" and prep.i < verb.i
        for shown in children(prep, "pobj")
        if shown.i < verb.i and shown.pos_ in ("NOUN", "PROPN", "PRON")
    ]


def _no_deal(verb, lexicon: RelationLexicon) -> bool:
    """Whether "agree" names no deal between the agreeing parties (ANNOTATION.md R2, round
    45): a finding agreed ("agreed *that* the situation was serious"), or an infinitive
    that is no act agreed on together (``no_deal_infinitive``, cues.csv: "agreed *to meet*",
    the meeting planned only; "agreed *to disagree*")."""
    if lemma(verb) != "agree":
        return False
    if children(verb, "ccomp"):
        return True
    return any(
        lemma(clause) in lexicon.cue("no_deal_infinitive")
        for clause in children(verb, "xcomp")
        if clause.pos_ in ("VERB", "AUX")
    )
