"""What a sentence does with the relation its trigger states: its modality, scoped to the
trigger's own clause and the words that govern it, and who claims it.

Every candidate relation gets one of six modalities (DESIGN.md, "Text"; the annotation
rules of ``tests/text/data/ANNOTATION.md``, R4):

``asserted``
    The text states it as fact, also inside a description ("*Iranian-backed* Houthis") or
    a nominalisation.
``reported``
    A claimant says it ("*Israel says* Iran backs Hezbollah", "*according to* the UN",
    "Sudan *accused* the UAE *of* arming the RSF", "the *claim* that ..."), or the text
    hedges it ("*reportedly*", "*allegedly*", "is *believed to*", "*may have* armed").
``planned``
    An intention, a pledge, a schedule or an act about to happen ("*will* meet", "*is
    about to* restore ties", "*vowed to* wage war", "*agreed to* resume relations",
    "announced it *would* suspend").
``hypothetical``
    A condition, a wish, a proposal or a mere possibility ("*if* Iran attacks", "*would*
    place sanctions", "*hopes to*", "*urged* X *to*", "*ready to*", "*attempted to*",
    "*might* attack").
``ended``
    It held and no longer does ("*stopped* funding", "the *suspension of* talks with",
    "*once* part of", "*no longer* supports", "a *former* ally").
``denied``
    The text or a party negates it ("has *not* endorsed", "*denied* arming", "*refused*
    to", "the claim that Qatar arms the group *is wrong*", "*rejected* accusations of").

When several apply, the strongest wins: denied > ended > hypothetical > planned > reported
> asserted (so "Sudan said it *will* submit a file" is planned, claimed by Sudan).

**Scope.** The trigger's own words (its negation, auxiliaries, condition, hedges) count,
and so do the words that govern it, climbing the parse one link at a time through
complements (``xcomp``, ``ccomp``, objects, prepositions): "*denied* arming", "*vowed* to
wage war". A coordinated verb shares its head's negation and auxiliaries only when it has
none of its own and the same form ("did *not* arm or fund"); it never takes its head's
own meaning, so in "The militia *dropped* its neutrality and now fights beside the army"
the fighting is asserted. A relative clause, an adverbial clause of time or cause, an
apposition or a subject is a clause of its own: what governs it only reports it ("Iran
*denied* arming Hezbollah, which attacked Israel": the attack is asserted). After a verb
of saying the climb stops: the innermost claimant is the one who says it.

**Weak evidence errs to asserted.** A true relation marked not asserted costs an analyst
most, so the cues with common asserted readings count only where they are unambiguous:
stopping, refusing and denying that are themselves denied, planned or wished leave the
relation holding ("did *not stop* supporting", "*must stop* attacking", "did *not
hesitate* to attack"; "did not deny" is reported); rejecting or condemning an act named
with its own doer takes it as done (only *deny* denies it: "*rejected* the RSF's attack
on"); planned heads such as *set*, *go*, *due*, *agree*, *commit* or *decision* plan only
an infinitive ("is *set to* meet", not "*went* to war", "*due* to Iran's support");
verbs of naming state a view, not a wish ("what Turkey *called* aggression" is Turkey's
claim, "*considers* the PKK a terrorist group" the designation); "*ordered* strikes on"
reports the strikes; "would *later*", "would *often*" and "*went on* to" tell a past as
fact; "*once*" over a past verb is a time, not a condition; a preposition of reason or
time presupposes what it governs ("has *not* apologised *for* attacking": asserted); "not
the only", "not alone in" and "not just" add to the relation, they do not negate it;
going on presupposes the relation holds, so a plan to go on leaves it asserted ("*will
continue to* support", "*vowed to keep* backing"; "did *not continue*" ends it); "*could
have* supplied" and "*must be* arming" are hedged claims (reported), "could attack" a
possibility; the means of an act is done, whatever the verb it serves means ("*ended* the
year *by attacking*"); an act its clause says took place is asserted whatever adjective
names it ("the *planned* offensive *began*", "the *alleged* attack *took place*"), and
denied when it "did *not* take place".

**Questions and headlines.** A yes/no question states nothing ("*Did* Eritrea arm the
group?": hypothetical; "*Why* did ..." presupposes the act); a headline's bare infinitive
is a plan ("Kenya *to* attack the group").

**Who claims it.** ``claimant`` is the word for the claimant: the subject of the verb of
saying or denying ("*Israel* says", "*Rwanda* denied"), the owner of a claim noun ("*Sudan's*
accusations", "*UN* report"), the object of "according to", "per" or "citing".
:func:`~graphkit.text.extraction.extract_relations` turns it into an actor id of the table
(``attributed_to``), or leaves it empty when the claimant is not an actor ("Western
officials said").

The word lists are cue kinds of the lexicon (``data/text/cues.csv``): ``negation_word``,
``negating_head`` (its words that are neither refusing nor ending are denials by saying),
``refusing_head``, ``ending_head``,
``ended_word``, ``planned_head``, ``planned_modal``, ``hypothetical_head``,
``hypothetical_modal``, ``implicative_head``, ``conditional_mark``, ``hedge_word``,
``hedge_head``, ``hedge_modal``, ``speech_verb``, ``report_noun``, ``falsity_word``,
``intention_verb`` (a stance held in its own attempt: "trying to topple"),
``occurrence_verb`` (a verb saying an act took place), ``means_preposition`` ("by"
attacking), ``confirming_verb`` (a verb whose object report its subject makes its own
claim: "confirmed reports that").

References
----------
.. [1] Saurí, R. and Pustejovsky, J. (2009). FactBank: a corpus annotated with event
   factuality. *Language Resources and Evaluation* 43(3), 227-268.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lemmas import lemma
from .lexicon import RelationLexicon

__all__ = ["MODALITIES", "NOT_ASSERTED", "Modality", "modality"]

MODALITIES = ("asserted", "reported", "planned", "hypothetical", "ended", "denied")
"""The modalities of a relation, weakest first: when several apply, the last wins."""

NOT_ASSERTED = frozenset({"planned", "hypothetical", "ended", "denied"})
"""The modalities of relations the text does not assert (``negated`` in a review table)."""

# links through which a governor's meaning reaches the word below it
_COMPLEMENT = frozenset(
    {"xcomp", "ccomp", "dobj", "pcomp", "prep", "pobj", "acomp", "attr", "oprd", "acl", "dative"}
)
# links that keep the governor's own negation and auxiliaries ("has *not* launched attacks
# on"): the same event, not a clause of its own
_SAME_EVENT = frozenset({"xcomp", "dobj", "pcomp", "prep", "pobj", "acomp", "attr", "oprd"})
# links of a passive subject, which a verb of ending or denying governs ("aid was cut")
_PASSIVE_SUBJECT = frozenset({"nsubjpass"})
_SOURCES = frozenset({"according", "per", "citing", "quoting"})
# planned heads whose object is given in the promise itself: "pledged support to"
_PLEDGES = frozenset({"pledge", "promise", "commit", "agree", "vow"})
# ended words that end a state ("was *previously* al-Qaeda's official"), not an act
_STATE_ONLY = frozenset({"previously", "formerly"})
# planned heads that plan only an infinitive ("is *set to* meet", "*agreed to* resume",
# "is *due to* visit"); without one they have common asserted readings ("*set up* a
# supply line for", "*went* to war with", "*due* to Iran's support for", "*agreed on*
# cooperation", "an *agreement* on cooperation")
_INFINITIVE_ONLY = frozenset(
    {
        "go",
        "going",
        "set",
        "about",
        "due",
        "agree",
        "resolve",
        "commit",
        "determine",
        "determined",
        "decision",
        "agreement",
        "commitment",
    }
)
# verbs of naming: what they name is the namer's view, not a wish ("what Turkey *called*
# aggression", "*considers* the PKK a terrorist group"); "called *for*", "called *on* X
# *to*" and "considering sanctions" are still wishes
_NAMING = frozenset({"call", "consider", "regard", "describe", "label", "brand", "term", "dub"})
_NAMED = frozenset({"oprd", "attr"})
# verbs of ordering whose object is the act itself ("*ordered* strikes on"): the order is
# reported as carried out; "ordered troops *to* attack" stays a wish
_ORDERS = frozenset({"order", "authorize", "authorise"})
# verbs that claim an act with its doer's own word for it: "*took* credit for the raid",
# "*accepted* responsibility for the attack" (reported by the subject, as "claimed")
_TAKING = frozenset({"take", "accept", "assume"})
_CREDIT = frozenset({"credit", "responsibility"})
# the only verbs that deny a relation stated as a description ("*denied* the attack on");
# rejecting, condemning or disputing one takes it as done ("*rejected* the US sanctions on
# Russia", "*condemned* China's firing of water cannon")
_DENY_FACT = frozenset({"deny", "disavow", "refute", "rebut"})
# adverbs that make "would" a past habit or a future in the past, told as fact ("Iran
# *would later* arm the Houthis", "*would often* attack")
_NARRATIVE = frozenset(
    {
        "later",
        "often",
        "eventually",
        "subsequently",
        "repeatedly",
        "frequently",
        "regularly",
        "usually",
        "routinely",
        "afterwards",
        "sometimes",
    }
)
# words after "not" that make it "not only ... but": the relation is asserted
_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "solely", "alone", "sole"})
# prepositions of reason, time or concession: what they govern is presupposed, so the
# negation and auxiliaries of the verb above do not reach it ("Israel has *not*
# apologised *for* attacking the ship", "did *not* retreat *after* attacking"); its
# meaning still does ("*blamed* Iran *for* arming": reported)
_PRESUPPOSING = frozenset(
    {"for", "after", "before", "since", "despite", "following", "upon", "over", "amid"}
)
# predicates whose subject is only planned or possible ("the ceasefire *is expected to*
# be announced", "talks are *likely to* resume")
_RAISING_PLANS = frozenset({"expect", "set", "due", "schedule", "slate", "plan", "poise"})
_RAISING_POSSIBLE = frozenset({"likely", "unlikely", "possible", "may", "might"})
# verbs of going on: their complement holds now, whatever is said of its future
_CONTINUING = frozenset({"continue", "keep", "remain", "persist", "maintain"})
# modals that hedge a claim about the past or the present when the verb is perfect or
# progressive ("*could have* supplied", "*must be* arming"), not otherwise ("could attack")
_EPISTEMIC = frozenset({"could", "must"})
# verbs that change how much of a relation there is: a change of degree presupposes the
# relation, so denying, planning or wishing it leaves the relation holding ("agreed *not
# to escalate* the conflict", "may *step up* its attacks on", "did *not increase* its
# support for"): the conflict, the attacks and the support are asserted
_DEGREE = frozenset(
    {
        "escalate",
        "intensify",
        "increase",
        "expand",
        "step",
        "deepen",
        "strengthen",
        "ramp",
        "boost",
        "scale",
        "double",
        "redouble",
        "broaden",
        "widen",
        "reduce",
        "de-escalate",
        "deescalate",
    }
)
# verbs that finish a gathering, and the gatherings they finish: finishing a meeting says
# it took place ("the ministers *ended the meeting* without a deal"), unlike suspending
# talks or ending support, which end a relation that held
_FINISHING = frozenset({"end", "conclude", "close", "finish", "wrap", "adjourn"})
_GATHERINGS = frozenset(
    {
        "meeting",
        "meetings",
        "visit",
        "summit",
        "session",
        "conference",
        "round",
        "call",
        "trip",
        "tour",
    }
)
_MAX_CLIMB = 12


@dataclass
class Modality:
    """What a sentence does with a relation its trigger states.

    The flags keep the first edition's meaning, so frames may set them: ``negated`` is
    denied or ended, ``hypothetical`` is only supposed or planned. :attr:`label` is the
    modality they add up to.
    """

    negated: bool = False
    hypothetical: bool = False
    hedged: bool = False
    attributed_to: str | None = None
    cues: list[str] = field(default_factory=list)
    denied: bool = False
    ended: bool = False
    planned: bool = False
    reported: bool = False
    claimant: int | None = None
    """Index in the document of the word that names the claimant (or the denier)."""

    @property
    def asserted(self) -> bool:
        """Neither negated nor hypothetical: asserted or reported."""
        return not (self.negated or self.hypothetical)

    @property
    def label(self) -> str:
        """One of :data:`MODALITIES`, by precedence."""
        if self.negated:
            ended = self.ended or any(c.startswith("ends:") for c in self.cues)
            return "ended" if ended and not self.denied else "denied"
        if self.hypothetical:
            return "planned" if self.planned and not self._possible else "hypothetical"
        if self.reported or self.hedged or self.attributed_to or self.claimant is not None:
            return "reported"
        return "asserted"

    # "hypothetical" proper, as opposed to only planned; kept apart so that a frame that
    # clears ``hypothetical`` clears both
    _possible: bool = field(default=False, repr=False)

    def deny(self, cue: str) -> None:
        self.negated = self.denied = True
        self.cues.append(cue)

    def end(self, cue: str) -> None:
        self.negated = self.ended = True
        self.cues.append(cue)

    def plan(self, cue: str) -> None:
        self.hypothetical = self.planned = True
        self.cues.append(cue)

    def suppose(self, cue: str) -> None:
        self.hypothetical = self._possible = True
        self.cues.append(cue)

    def report(self, cue: str, claimant=None, *, hedge: bool = False) -> None:
        self.reported = True
        self.hedged = self.hedged or hedge
        self.cues.append(cue)
        if claimant is not None and self.claimant is None:
            self.claimant = claimant.i
            self.attributed_to = _phrase(claimant)


class _Cues:
    """The cue lists of a lexicon, looked up once per call."""

    def __init__(self, lexicon: RelationLexicon):
        cue = lexicon.cue
        self.negation = cue("negation_word")
        self.refusing = cue("refusing_head")
        self.ending = cue("ending_head")
        self.negating = cue("negating_head")
        self.denying = self.negating - self.refusing - self.ending
        self.confirming = cue("confirming_verb")
        self.ended_words = cue("ended_word")
        self.planned = cue("planned_head")
        self.planned_modals = cue("planned_modal")
        self.hypothetical = cue("hypothetical_head")
        self.hypothetical_modals = cue("hypothetical_modal")
        self.implicative = cue("implicative_head")
        self.conditions = cue("conditional_mark")
        self.hedge_words = cue("hedge_word")
        self.hedge_heads = cue("hedge_head")
        self.hedge_modals = cue("hedge_modal")
        self.speech = cue("speech_verb")
        self.claims = cue("report_noun")
        self.charges = cue("charge_noun")
        self.falsity = cue("falsity_word")
        self.intention = cue("intention_verb")
        self.seeking = cue("seeking_verb")
        self.object_control = cue("object_control_verb")
        self.occurrence = cue("occurrence_verb")
        self.means = cue("means_preposition")
        self.collapsing = cue("collapsing_verb")
        self.threats = cue("threat_word")
        self.excluding = cue("excluding_head")
        self.obligation = cue("obligation_head")


def modality(
    trigger, lexicon: RelationLexicon, *, modals_count: bool = True, presupposed: bool = False
) -> Modality:
    """Read the modality of the relation a trigger states, and who claims it.

    Parameters
    ----------
    trigger : spacy.tokens.Token
    lexicon : RelationLexicon
        Where the cue words come from.
    modals_count : bool, default True
        False for frames such as "won't allow", whose modal is part of the statement.
    presupposed : bool, default False
        True for a relation stated as a description ("with *Azerbaijan's close ally*
        Turkey", "*Iranian-backed* Houthis"): the clause around it does not make it
        planned, hypothetical, ended or denied (only its own words do, or a verb of
        denying or ending whose object it is), though it is reported with it.

    Returns
    -------
    Modality
        Its :attr:`~Modality.label` is the modality; ``claimant`` the claimant's word.

    Examples
    --------
    >>> from graphkit.text.pipeline import english_pipeline
    >>> from graphkit.text.lexicon import default_lexicon
    >>> from graphkit.text.lemmas import LEMMATIZER_KEY, on_demand_lemmatizer
    >>> nlp = english_pipeline()
    >>> def parse(text):
    ...     doc = nlp(text)
    ...     doc.user_data[LEMMATIZER_KEY] = on_demand_lemmatizer(nlp)
    ...     return doc
    >>> doc = parse("The militia dropped its neutrality and now fights the army.")
    >>> modality(doc[7], default_lexicon()).label  # "fights": not "dropped"
    'asserted'
    >>> doc = parse("Rwanda has long denied helping M23.")
    >>> found = modality(doc[4], default_lexicon())
    >>> found.label, doc[found.claimant].text
    ('denied', 'Rwanda')
    """
    cues = _Cues(lexicon)
    result = Modality()
    state = _Climb(trigger, cues, result, modals_count, lexicon)
    state.own(trigger)
    _promised(trigger, result, cues.threats)
    word = trigger
    if (
        lemma(trigger) in _ACCUSATION_NOUNS
        and trigger.dep_ in ("dobj", "nsubjpass")
        and lemma(trigger.head) in cues.denying | cues.refusing
    ):
        # "Egypt rejected *accusations* by Ethiopia that ...": the rejection denies what
        # is alleged, not that it was alleged; the accusation is as its denier's clause
        word = trigger.head
    full = not presupposed  # the governors' own meaning still applies
    same_event = True  # the governors' negation and auxiliaries still apply
    for step in range(_MAX_CLIMB):
        head, link = word.head, word.dep_
        if head == word:
            break
        if link == "relcl" and _claim_content(word, head, cues):
            link = "acl"  # "a report *that it had funded* X", parsed as a relative clause
        if link == "advcl" and _purpose(word, head):
            # "denied *deploying* troops *to fight* X": an infinitive of purpose is
            # done as its verb is done (denied, ended, planned), not a clause of its
            # own (ANNOTATION.md R4, round 44)
            link = "pcomp"
        if link == "conj":
            # a coordinated word: its head's particles only if shared, never its meaning;
            # what governs the head governs both
            if full and same_event and _shares(word, head):
                state.own(head)
            word = head
            continue
        if link in _COMPLEMENT or (link in _PASSIVE_SUBJECT and full):
            if full and link == "prep" and _time_participle(word, trigger):
                # "called for talks *after shelling* X", "*before withdrawing from* X": a
                # participle of time is its own act, said as its main clause is (an
                # adverbial clause), not what the head asks, plans or denies (round 40)
                full = same_event = False
                if state.reporting(head, link, word):
                    break
                word = head
                continue
            if not full:
                if (
                    presupposed
                    and (
                        (step == 0 and link in ("dobj", "nsubjpass", "pobj"))
                        or (step == 1 and link == "prep" and word.lower_ == "of")
                    )
                    # "*lifted* the US-backed sanctions", "the *suspension* of its support"
                    and not state.negative_not_asserted(head, described=True)
                ):
                    state.denial_or_end(head)
                if state.reporting(head, link, word):
                    break
                word = head
                continue
            same_event = (
                same_event
                and link in _SAME_EVENT
                and not (link == "prep" and word.lower_ in _PRESUPPOSING)
            )
            if (
                link == "prep"
                and word.lower_ in cues.means
                and _means_of(word)
                and lemma(head) in cues.ending | cues.refusing | cues.denying
            ):
                # "*ended* the year *by attacking*": the means is done; the head's
                # negation and modals still reach it, its meaning does not
                if same_event:
                    state.own(head)
                word = head
                continue
            if link == "ccomp" and _charge_denied(word, head, cues):
                # "X accused Y of Z, *a charge* Y denies", parsed with the accusation as
                # the complement of "denies": the denial is of the charge, and the
                # accusation is written as made (ANNOTATION.md R4, round 31)
                break
            if state.negative_not_asserted(head, described=False):
                break
            if link == "dobj" and state.changes_degree(head):
                break
            if link == "xcomp" and state.continuing(head):
                break
            if same_event:
                state.own(head)
            if state.governor(head, link, word):
                break
            if link in ("ccomp", "acl", "advcl", "nsubjpass"):
                same_event = False
        else:
            # a clause of its own (relative or adverbial clause, apposition, subject,
            # modifier): what it states is presupposed, asserted whatever governs it
            # ("U.S. officials say ... the *Iranian-backed* Houthis")
            if link in ("nsubj", "csubj") and lemma(word) in cues.claims:
                state.claim_predicate(word, head)
            if link in ("nsubj", "nsubjpass") and word == trigger:
                state.raised(head)
            if link != "advcl":
                break
            # an adverbial clause of time or cause is said with its main clause
            full = same_event = False
            if state.reporting(head, link, word):
                break
        word = head
    state.finish()
    return result


_PROMISING = {"promise": "planned", "pledge": "planned", "offer": "hypothetical"}
"""Verbs that give only in the future or on acceptance (R4: a pledge is ``planned``, an
offer ``hypothetical``): "Iran *promised* the Houthis missiles", "*pledged* military aid
to", "*offered* the RSF weapons" (round 20)."""


_GIVEN_BY_PROMISING = frozenset({"support", "backing", "solidarity"})
"""Objects a pledge gives as it is made: political support (R2: ``backs``), asserted
("Russia and Iran *pledged* unconditional *support* to Syria"), unlike aid, weapons or
money, which it only promises. An offer of support stays hypothetical (it may be
declined)."""


def _gives_support(token) -> bool:
    """Whether a pledge's object is support it gives as it is made."""
    return lemma(token) in _GIVEN_BY_PROMISING or token.lower_ in _GIVEN_BY_PROMISING


def _promised(trigger, result: Modality, threats: frozenset[str] = frozenset()) -> None:
    """A promise or an offer of what the trigger names: the trigger itself ("*promised*
    the Houthis missiles") or the thing it is the object of ("*pledged* aid to"), unless
    that thing is support, which a pledge itself gives, or force or harm (``threats``),
    which the promise threatens as it is made ("*promised to crush* X", "*promised a
    merciless response* to X": the threat asserted, ANNOTATION.md R4, round 34)."""
    if trigger.pos_ == "VERB":
        if lemma(trigger) == "pledge":
            return  # "pledged allegiance to": joining, done by the pledge itself
        if any(c.dep_ in ("xcomp", "dobj") and lemma(c) in threats for c in trigger.children):
            return
        verb = trigger
    elif trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        if lemma(trigger.head) == "pledge" and _gives_support(trigger):
            return  # "pledged unconditional support to": support given as it is pledged
        verb = trigger.head
    else:
        return
    kind = _PROMISING.get(lemma(verb))
    if kind == "planned":
        result.plan(f"promised:{verb.text}")
    elif kind == "hypothetical":
        result.suppose(f"offered:{verb.text}")


def _claim_content(clause, noun, cues: _Cues) -> bool:
    """Whether a clause the parser made relative is in truth the content of a claim noun:
    "a report *that* it had funded X" (a "that" marking it, not a relative pronoun filling
    one of its places) (round 36)."""
    return lemma(noun) in cues.claims and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _charge_denied(clause, head, cues: _Cues) -> bool:
    """Whether ``clause``, the complement of a verb of denying written before it, is in
    truth summed up by a charge noun the verb denies: "Kinshasa accused Rwanda of laying
    mines, *a charge* Rwanda denies" (the parser hangs the accusation on "denies", its
    object the charge between them)."""
    return (
        clause.i < head.i
        and lemma(head) in cues.denying
        and any(
            c.dep_ == "dobj" and lemma(c) in cues.charges and clause.i < c.i < head.i
            for c in head.children
        )
    )


_ACCUSATION_NOUNS = frozenset({"accusation", "allegation"})
"""Nouns whose own relation (the accuser opposes the accused) stands when what they allege
is denied."""


class _Climb:
    """The walk up from one trigger: each word's own particles and each governor's
    meaning, recorded on ``result``."""

    def __init__(
        self, trigger, cues: _Cues, result: Modality, modals_count: bool, lexicon: RelationLexicon
    ):
        self.trigger = trigger
        self.cues = cues
        self.lexicon = lexicon
        self.result = result
        self.modals_count = modals_count
        self.would = None  # a "would" of the trigger's own, planned or hypothetical
        self.maybe = None  # a "may" or "might" of the trigger's own
        self.continuous = False  # "may *have* armed", "may *be* receiving"
        self.intention = lemma(trigger) in cues.intention
        self.condition = False
        self.saying_above = False  # a verb of saying or planning governs the "would"
        self.narrative = False  # "would *later*": a past habit or a future in the past
        self.occurred = _occurred(trigger, cues)  # "the planned offensive *began*"

    # -- a word's own particles ---------------------------------------------------------

    def own(self, word) -> None:
        cues, result = self.cues, self.result
        negation = None
        ended_adverb = None
        perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in word.children)
        nominal = word.pos_ in ("NOUN", "PROPN")
        narrative = _narrative(word)
        if narrative and word == self.trigger:
            self.narrative = True
        for child in word.children:
            dep, lower = child.dep_, child.lower_
            if dep == "neg" or (dep == "det" and lower == "no"):
                following = {t.lower_ for t in word.doc[child.i + 1 : child.i + 3]}
                if following & _NOT_ONLY:
                    continue  # "not only", "does not just arm ... it funds", "not the only"
                if lower in cues.negation or dep == "neg":
                    negation = child
            elif dep == "advmod" and lower in cues.ended_words:
                if lower in ("longer", "anymore") and not _has_negation(child, word, cues):
                    continue
                if lower in _STATE_ONLY and not (nominal or lemma(word) == "be" or _had_been(word)):
                    continue  # "had previously attacked" is an attack, not an ended state
                ended_adverb = child
            elif dep == "amod" and lower in cues.ended_words:
                ended_adverb = child  # "a *former* ally"
            elif (
                dep in ("amod", "compound")
                and nominal
                and word == self.trigger
                and self.occurred
                and (
                    lemma(child) in cues.planned
                    or lemma(child) in cues.hypothetical
                    or lower in cues.hedge_words
                )
            ):
                # "the *planned* offensive *began*", "the *alleged* attack *took place*":
                # the adjective names what the act was called before; the clause says it
                # took place
                result.cues.append(f"took place:{child.text}")
                continue
            elif dep in ("amod", "compound") and nominal and lemma(child) in cues.planned:
                result.plan(f"planned:{child.text}")  # "the *upcoming* talks"
            elif dep in ("amod", "compound") and nominal and lemma(child) in cues.hypothetical:
                result.suppose(f"wish:{child.text}")  # "a *possible* attack", "*proposed* talks"
            elif dep in ("aux", "auxpass") and _asks(child, word):
                # "*Did* Eritrea arm al-Shabaab?": a yes/no question states nothing
                result.suppose(f"question:{child.text}")
            elif (
                dep == "aux"
                and child.tag_ == "TO"
                and word.dep_ == "ROOT"
                and any(c.dep_ == "nsubj" for c in word.children)
            ):
                # a headline's infinitive: "Kenya *to* attack al-Shabaab" is a plan
                result.plan(f"headline:{child.text}")
            elif dep in ("aux", "auxpass") and self.modals_count:
                if lower in cues.planned_modals:
                    result.plan(f"modal:{child.text}")
                elif lower in cues.hedge_modals or (
                    lower in _EPISTEMIC and word == self.trigger and _perfect_or_progressive(word)
                ):
                    # "may have armed"; "could have armed", "must be arming": a hedged
                    # claim, not an ability or an obligation
                    if word == self.trigger:
                        self.maybe = child
                        self.continuous = perfect or any(
                            c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in word.children
                        )
                    else:
                        result.suppose(f"modal:{child.text}")
                elif lower in cues.hypothetical_modals:
                    if lower in ("would", "'d") and narrative and word != self.trigger:
                        pass  # "Iran *would go on* to arm", "would *later* back": told as fact
                    elif lower in ("would", "'d"):
                        # the trigger's, or its clause's ("announced it *would begin*
                        # supplying"): planned or hypothetical, decided by the whole climb
                        self.would = self.would or child
                    else:
                        result.suppose(f"modal:{child.text}")
            elif dep == "mark" and lower in cues.conditions and not _temporal_once(child, word):
                self.condition = True
                result.suppose(f"condition:{child.text}")
            if dep in ("advmod", "amod") and lower in cues.hedge_words:
                result.report(f"hedge:{child.text}", hedge=True)
        if negation is not None:
            if _negation_ends(negation, word, cues):
                result.end(f"no longer:{word.text}")
            else:
                result.deny(f"not:{word.text}")
        elif ended_adverb is not None:
            result.end(f"once:{ended_adverb.text}")

    # -- a governor's meaning -----------------------------------------------------------

    def governor(self, head, link: str, below) -> bool:
        """Apply what ``head`` means for the word below it; True to stop climbing."""
        cues, result = self.cues, self.result
        base = lemma(head)
        verbal = head.pos_ in ("VERB", "AUX", "ADJ")
        nominal = head.pos_ in ("NOUN", "PROPN")
        if base in cues.denying and (verbal or nominal):
            result.deny(f"denied:{head.text}")
            if verbal:
                subject = _subject(head)
                if subject is not None:
                    result.claimant = subject.i
                    result.attributed_to = _phrase(subject)
            return True
        if base in cues.refusing and verbal:
            result.deny(f"refused:{head.text}")
            return True
        if base in cues.ending and (verbal or nominal):
            if link == "dobj" and self.finishes_gathering(head):
                return False
            result.end(f"ended:{head.text}")
            return False
        # trying to topple is opposing already; asking someone else to topple is not
        intended = self.intention and base not in cues.object_control
        if base in cues.obligation and verbal and link in ("xcomp", "prep", "pcomp"):
            # "is *bound* by treaty to defend", "is *obliged* to come to X's defence": owed,
            # so to happen (round 34)
            result.plan(f"owed:{head.text}")
            return False
        if (
            base in cues.planned
            and (
                (verbal and link in ("xcomp", "prep", "pobj", "pcomp"))
                or (verbal and link == "dobj" and base not in _PLEDGES)
                or (nominal and link in ("acl", "prep", "pobj", "pcomp"))
            )
            and (base not in _INFINITIVE_ONLY or _plans_infinitive(head, link, below))
        ):
            # "threatened *attacks* on", "threatened X *with* sanctions", "planned an
            # offensive against"; but a pledge of support is support (verbal), not a plan
            result.plan(f"planned:{head.text}")
            self.saying_above = True
            return False
        if (
            (base in cues.implicative or _goes_on(head))
            and verbal
            and link in ("xcomp", "advcl", "prep", "pcomp")
        ):
            return False  # "began attacking", "helped X defeat", "went on to": it happened
        if base in _NAMING and link in _NAMED:
            # the namer's view: "what Turkey *called* Israeli aggression" is Turkey's claim;
            # "*considers* the PKK a terrorist group" is the designation itself
            return self._said(head) if base == "call" and verbal else False
        if base in _ORDERS and verbal and link == "dobj":
            return False  # "*ordered* strikes on": the strikes, as carried out
        if (
            base in cues.hypothetical
            and (verbal or nominal)
            and not (link == "dobj" and base in cues.seeking)
        ):
            # "wants talks with", "called for talks with", "urged X to"; but seeking help
            # is courting, which a frame makes of it ("sought Qatar's support")
            if link == "ccomp" and base in cues.speech:
                return self._said(head)
            if not intended:
                result.suppose(f"wish:{head.text}")
            return False
        if nominal and base in cues.claims and link in ("acl", "ccomp", "prep", "pcomp", "pobj"):
            return self._claimed(head)
        if (
            verbal
            and (base in cues.speech or base in cues.hedge_heads)
            and link in ("ccomp", "xcomp", "prep", "pcomp", "advcl")
        ):
            return self._said(head)
        if (
            verbal
            and base in _TAKING
            and link in ("prep", "dobj")
            and any(lemma(o) in _CREDIT for o in head.children if o.dep_ == "dobj")
        ):
            return self._said(head)
        if verbal and base in cues.hedge_heads and link in ("dobj", "pobj", "dative"):
            # "reported attacks by", "alleged support for"; but what is announced or
            # declared as an object is done in the saying ("announced the suspension of
            # talks", "declared a ceasefire")
            return self._said(head)
        if verbal and link == "xcomp" and _infinitive(below) and not intended:
            # any other verb with an infinitive ("moved to", "is keen to"): not asserted,
            # unless the verb is one that makes its complement happen (implicative_head)
            result.suppose(f"infinitive:{head.text}")
        return False

    def negative_not_asserted(self, head, *, described: bool) -> bool:
        """A head of denying, refusing or ending that is itself not asserted: True (stop
        climbing) with what that makes of the relation below it.

        Stopping, refusing and denying presuppose the relation, or its absence; when the
        stopping is itself denied, only planned or wished, the relation holds: "Iran did
        *not stop* supporting Hamas", "*must stop* attacking", "*urged* X *to end* its
        support", "*failed to stop* the attack on" (asserted), "did *not hesitate* to
        attack" (asserted), "did *not deny* arming" (reported), "*might refuse* to back"
        (hypothetical).

        An act named by a noun without its doer, under a stopping only planned or wished,
        keeps the plan ("Blinken *intends to revoke* the designation of the Houthis": the
        subject of "revoke" is not the designation's doer, so nothing holds for him)."""
        cues = self.cues
        base = lemma(head)
        verbal = head.pos_ in ("VERB", "AUX", "ADJ")
        nominal = head.pos_ in ("NOUN", "PROPN")
        if base in cues.refusing and verbal:
            kind = "refusing"
        elif base in cues.ending and (verbal or nominal):
            kind = "ending"
        elif base in cues.denying and (verbal or nominal):
            kind = "denying"
        else:
            return False
        above = modality(head, self.lexicon).label
        if above in ("asserted", "reported"):
            return False
        if (
            kind == "ending"
            and above in ("planned", "hypothetical")
            and not described
            and self.trigger.pos_ in ("NOUN", "PROPN")
        ):
            return False
        result = self.result
        if kind == "denying":
            result.report(f"not denied:{head.text}")
        elif base in cues.excluding and above == "denied":
            # "has *not ruled out* strikes on X", "*refused to rule out*": possible (round 34)
            result.suppose(f"not ruled out:{head.text}")
        elif kind == "refusing" and above == "planned":
            result.plan(f"planned:{head.text}")
        elif kind == "refusing" and above == "hypothetical":
            result.suppose(f"wish:{head.text}")
        else:
            result.cues.append(f"holds:{head.text}")  # "did not stop", "must stop"
        return True

    def continuing(self, head) -> bool:
        """A relation said to go on ("*will continue to* support", "*vowed to keep*
        backing", "said it *would continue to* arm"): going on presupposes it holds now,
        so a plan or a wish to continue leaves it asserted (reported when claimed); a
        denied continuing ends it ("did *not continue* to fund"). True to stop climbing."""
        if lemma(head) not in _CONTINUING or head.pos_ not in ("VERB", "AUX"):
            return False
        above = modality(head, self.lexicon)
        label = above.label
        if label in ("asserted", "reported"):
            return False
        if label in ("denied", "ended"):
            self.result.end(f"ended:{head.text}")
        elif above.claimant is not None:
            self.result.report(f"said:{head.text}", self.trigger.doc[above.claimant])
        else:
            self.result.cues.append(f"holds:{head.text}")
        return True

    def changes_degree(self, head) -> bool:
        """A relation whose degree a verb changes ("agreed *not to escalate* the conflict",
        "*will step up* attacks on", "did *not increase* its support"): the change
        presupposes the relation, so a denied, planned or wished change leaves it
        asserted (reported when claimed). True to stop climbing."""
        if lemma(head) not in _DEGREE or head.pos_ not in ("VERB", "AUX"):
            return False
        if self.trigger.pos_ not in ("NOUN", "PROPN"):
            return False
        above = modality(head, self.lexicon)
        if above.label in ("asserted", "reported"):
            return False
        if above.claimant is not None:
            self.result.report(f"said:{head.text}", self.trigger.doc[above.claimant])
        else:
            self.result.cues.append(f"holds:{head.text}")
        return True

    def finishes_gathering(self, head) -> bool:
        """A meeting, visit or summit that a verb finishes ("*ended the meeting* without
        a deal"): finishing it says it took place, so it stays asserted; suspending
        talks or ending support still ends them."""
        if lemma(head) not in _FINISHING or self.trigger.lower_ not in _GATHERINGS:
            return False
        self.result.cues.append(f"completed:{head.text}")
        return True

    def denial_or_end(self, head) -> None:
        """Only a verb of denying or ending governs a description that is its object."""
        base = lemma(head)
        if self.finishes_gathering(head):
            return
        if head.pos_ in ("VERB", "AUX"):
            if base in _DENY_FACT:
                self.result.deny(f"denied:{head.text}")
                subject = _subject(head)
                if subject is not None:  # the denier, as for a clause ("denied arming")
                    self.result.claimant = subject.i
                    self.result.attributed_to = _phrase(subject)
            elif base in self.cues.refusing:
                self.result.deny(f"denied:{head.text}")
            elif base in self.cues.ending:
                self.result.end(f"ended:{head.text}")
        elif head.pos_ == "NOUN" and base in self.cues.ending:
            self.result.end(f"ended:{head.text}")

    def reporting(self, head, link: str, below) -> bool:
        """Outside the trigger's own clause: only a verb of saying or a claim noun reaches
        it (True to stop climbing)."""
        base = lemma(head)
        verbal = head.pos_ in ("VERB", "AUX")
        if verbal and link == "ccomp" and base in self.cues.speech:
            return self._said(head)
        if verbal and link == "dobj" and base in self.cues.hedge_heads:
            return self._said(head)  # "the UN *reported* attacks by Hamas on Israel"
        if (
            head.pos_ in ("NOUN", "PROPN")
            and base in self.cues.claims
            and link in ("acl", "ccomp", "prep", "pcomp")
        ):
            return self._claimed(head)
        return False

    def raised(self, predicate) -> None:
        """An act named as the subject of a plan or a possibility: "a ceasefire between A
        and B *is expected to* be announced" (planned), "talks are *likely to* resume"
        (hypothetical)."""
        if self.trigger.pos_ not in ("NOUN", "PROPN"):
            return
        if lemma(predicate) in self.cues.occurrence and any(
            c.dep_ == "neg" for c in predicate.children
        ):
            # "the alleged attack *did not take place*": the act is denied
            self.result.deny(f"not:{predicate.text}")
            return
        if self._collapsed(predicate):
            # "talks between A and B *collapsed*", "the truce *broke down*": it held and
            # no longer holds
            self.result.end(f"ended:{predicate.text}")
            return
        # "is expected to", or a copula's adjective: "are likely to"
        for word in (predicate, *(c for c in predicate.children if c.dep_ == "acomp")):
            if not any(c.dep_ == "xcomp" and _infinitive(c) for c in word.children):
                continue
            base = lemma(word)
            if base in _RAISING_PLANS:
                self.result.plan(f"planned:{word.text}")
            elif base in _RAISING_POSSIBLE:
                self.result.suppose(f"wish:{word.text}")

    def _collapsed(self, predicate) -> bool:
        """Whether a verb says, as a fact, that the act named as its subject fell apart: a
        ``collapsing_verb`` of the cues, alone or with its particle joined by a hyphen
        ("collapse", "break-down"), neither negated nor under a modal ("talks *may*
        collapse" says nothing of their end)."""
        base = lemma(predicate)
        words = {base} | {
            f"{base}-{c.lower_}" for c in predicate.children if c.dep_ in ("prt", "advmod")
        }
        if not words & self.cues.collapsing:
            return False
        modals = self.cues.hypothetical_modals | self.cues.planned_modals | self.cues.hedge_modals
        return not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in predicate.children
        )

    def claim_predicate(self, claim, predicate) -> bool:
        """A claim noun as the subject of a predicate: "the claim ... *is wrong*" denies
        it. Otherwise nothing (True to stop climbing)."""
        for child in predicate.children:
            if child.dep_ in ("acomp", "attr", "oprd") and lemma(child) in self.cues.falsity:
                self.result.deny(f"false:{child.text}")
                return True
        return False

    def _said(self, verb) -> bool:
        if self.result.reported and self.result.claimant is not None:
            return True
        claimant = _claimant(verb) or self._issuer(verb)
        hedge = lemma(verb) in self.cues.hedge_heads and claimant is None
        self.result.report(f"said:{verb.text}", claimant, hedge=hedge)
        self.saying_above = True
        return True

    def _issuer(self, verb):
        """Who issued the statement a verb of saying describes: "*the ELN* released a
        statement claiming that", "*its* statement saying"; None where the statement is
        cited, quoted, denied or refused (round 36)."""
        noun = verb.head
        if verb.dep_ != "acl" or noun == verb or lemma(noun) not in self.cues.claims:
            return None
        owner = _owner(noun)
        if owner is not None:
            return owner
        governor = noun.head
        if noun.dep_ != "dobj" or governor.pos_ not in ("VERB", "AUX"):
            return None
        base = lemma(governor)
        cues = self.cues
        if base in cues.speech or base in cues.hedge_heads or base in cues.negating:
            return None
        return _subject(governor)

    def _claimed(self, noun) -> bool:
        """A claim noun ("the *claim* that", "*accusations* of"): reported, and denied
        when the claim is rejected or called false."""
        result = self.result
        owner = _owner(noun)
        result.report(f"claim:{noun.text}", owner)
        head, link = noun.head, noun.dep_
        if head == noun:
            return True
        if link == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and head.head != head:
            # "dismissed *as unfounded* a report that": the parser hangs the report on the
            # "as" of the dismissing verb (round 36)
            head, link = head.head, "dobj"
        elif (
            link == "dobj"
            and lemma(head) in self.cues.falsity
            and head.dep_ in ("advcl", "acomp", "oprd")
            and head.head != head
        ):
            # "rejected as baseless a report that", parsed with the report as the object
            # of "baseless" (round 36)
            head = head.head
        if link == "dobj" and lemma(head) in self.cues.confirming and owner is None:
            # "Kenya *confirmed* reports that its troops had attacked": the confirmer
            # makes the claim its own (round 36)
            subject = _subject(head)
            if subject is not None:
                result.claimant = subject.i
                result.attributed_to = _phrase(subject)
        if link in ("dobj", "nsubjpass") and lemma(head) in self.cues.denying:
            result.deny(f"denied:{head.text}")
            subject = _subject(head)
            if subject is not None:
                result.claimant = subject.i
                result.attributed_to = _phrase(subject)
        elif link in ("nsubj", "csubj"):
            self.claim_predicate(noun, head)
        return True

    def finish(self) -> None:
        """What only the whole climb decides: a "would", and a source named anywhere in
        the sentence ("according to X")."""
        result = self.result
        if self.maybe is not None:
            if self.continuous or self.saying_above:  # "may have armed": a hedged claim
                result.report(f"hedge:{self.maybe.text}", hedge=True)
            else:  # "might attack": a possibility
                result.suppose(f"modal:{self.maybe.text}")
        if self.would is not None and self.narrative and not self.condition:
            pass  # "Iran *would later* arm the Houthis": a past told as fact
        elif self.would is not None:
            if self.saying_above and not self.condition:
                result.plan(f"modal:{self.would.text}")  # "announced it *would* suspend"
            else:
                result.suppose(f"modal:{self.would.text}")
        if result.claimant is None:
            source = _according_to_in(self.trigger, self.cues.speech)
            if source is not None:
                result.report("according to", source, hedge=True)


_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "despite", "while"})
"""Prepositions whose participle is an act of its own, before, after or beside the main
clause's ("*after* shelling X", "*before* withdrawing from X"): said as an adverbial
clause is, not governed by the main verb's meaning (ANNOTATION.md R4, round 40).

Not :data:`_PRESUPPOSING`, which it overlaps on purpose: that set keeps what a
preposition governs out of the negation and auxiliaries of the verb above ("did *not*
retreat *after* attacking"); this one says which prepositions make their participle a
clause of its own for the subject search and the scope of the main verb's meaning
(``while`` is one of these only; ``for``, ``over``, ``amid`` and ``following`` only of
those)."""


def _time_participle(prep, trigger) -> bool:
    """Whether ``prep`` is a preposition of time whose participle holds the trigger."""
    return prep.lower_ in _TIME_PREPOSITIONS and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.left_edge.i <= trigger.i <= c.right_edge.i
        for c in prep.children
    )


def _means_of(prep) -> bool:
    """ "*by* attacking": a means preposition over a gerund."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _occurred(trigger, cues: _Cues) -> bool:
    """An act noun as the subject of a past verb that says it took place, the verb itself
    asserted: "the planned offensive *began*", "the alleged attack *took place*", "the
    proposed talks *were held*"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in cues.occurrence:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" or c.lower_ in cues.negation for c in verb.children):
        return False
    if any(c.lower_ not in ("has", "have", "had", "was", "were", "been") for c in auxiliaries):
        return False  # "will begin", "may take place", "is to be held"
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and bool(auxiliaries)


def _asks(auxiliary, word) -> bool:
    """A yes/no question: the auxiliary opens its sentence, which ends with a question
    mark ("*Did* Eritrea arm al-Shabaab?"); a wh-question ("Why did ...") or a tag ("...,
    did it not?") presupposes the act."""
    sentence = word.sent
    if auxiliary.i != sentence.start:
        return False
    last = [t for t in sentence if not t.is_space]
    return bool(last) and last[-1].text == "?"


def _shares(conjunct, head) -> bool:
    """Whether a coordinated word shares its head's negation and auxiliaries: it has
    neither subject nor auxiliary of its own, and the same form ("did not *arm* or
    *fund*", "will meet and *sign*")."""
    if conjunct.pos_ in ("NOUN", "PROPN"):
        return True
    for child in conjunct.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg"):
            return False
    return conjunct.tag_ == head.tag_ or conjunct.tag_ == "VB"


def _plans_infinitive(head, link: str, below) -> bool:
    """A planned head of :data:`_INFINITIVE_ONLY` over the infinitive it plans ("is *set
    to* meet", "the *decision to* sanction"); "going to" only as "going"."""
    if lemma(head) == "go" and head.tag_ != "VBG":
        return False
    return link in ("xcomp", "acl") and _infinitive(below)


def _goes_on(head) -> bool:
    """ "went *on* to arm": what followed, told as fact."""
    return lemma(head) == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)


def _narrative(word) -> bool:
    """A "would" told as fact: "would *later*", "would *often*", "would *go on* to"."""
    return _goes_on(word) or any(
        c.dep_ == "advmod" and c.lower_ in _NARRATIVE for c in word.children
    )


def _temporal_once(mark, word) -> bool:
    """ "*Once* the RSF attacked, ...": "once" over a past verb is a time, not a condition."""
    return mark.lower_ == "once" and (
        word.tag_ in ("VBD", "VBN")
        or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in word.children)
    )


def _perfect_or_progressive(word) -> bool:
    """ "could *have* armed", "must *be* arming"."""
    auxiliaries = {c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & {"have", "has", "had"}) or (
        word.tag_ == "VBG" and bool(auxiliaries & {"be", "been"})
    )


def _has_negation(adverb, word, cues: _Cues) -> bool:
    """ "no longer", "not ... anymore": a negation on the adverb or on its verb."""
    for owner in (adverb, word):
        for child in owner.children:
            if child.dep_ == "neg" or child.lower_ in cues.negation:
                return True
    return False


def _had_been(word) -> bool:
    """A state held before a past moment: "they *had* previously *been* integrated"."""
    aux = {c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")}
    return "had" in aux and "been" in aux


def _negation_ends(negation, word, cues: _Cues) -> bool:
    """A negation that says the relation ended: "no longer", "not ... anymore"."""
    for child in word.children:
        if child.dep_ == "advmod" and child.lower_ in ("longer", "anymore"):
            return True
    return False


def _purpose(word, head) -> bool:
    """An infinitive of purpose on a gerund that is itself a verb's complement
    ("denied *sending* troops *to help* X", "stopped *deploying* troops *to fight* X"),
    with no subordinator of its own."""
    return (
        _infinitive(word)
        and not any(c.dep_ == "mark" for c in word.children)
        and head.tag_ == "VBG"
        and head.dep_ in ("xcomp", "pcomp")
    )


def _infinitive(word) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.tag_ == "TO" for c in word.children)


def _subject(verb):
    """The subject of a verb (a passive's "by" agent first), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    # a participle or infinitive without a subject of its own: its governor's
    # ("*Rwanda*, denying ...", "the ministry *issued* a statement denying ...")
    head = verb.head
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in _TIME_PREPOSITIONS
        and head.head.pos_ in ("VERB", "AUX")
    ):
        head = verb = head.head  # "*Somalia* reopened its embassy after accusing Kenya"
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    if head != verb and verb.dep_ in ("advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _claimant(verb):
    """Who a verb of saying quotes: its subject, or the source the subject cites ("a WSJ
    report, *citing US intelligence sources*, said"); None for a passive without agent
    ("is believed to")."""
    if lemma(verb) in ("quote", "cite"):  # "DW quoted *Salame* as telling"
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    subject = _subject(verb)
    if subject is None:
        return None
    for child in subject.children:
        if child.dep_ in ("acl", "advcl") and child.lower_ in ("citing", "quoting"):
            for source in child.children:
                if source.dep_ == "dobj":
                    return source
    return subject


def _owner(noun):
    """Who makes a claim: "*Sudan's* accusations", "*UN* report", "claims *by* X",
    "allegations *from* X"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("PROPN", "ADJ"):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _according_to_in(trigger, speech: frozenset[str] = frozenset()):
    """The source of an "according to X", "per X" or "citing X" anywhere in the
    trigger's sentence, unless the trigger is inside it. "Citing X" on a verb of an act
    ("Israeli tanks fired into Lebanon, *citing* suspects") is the doer's reason, not a
    source (ANNOTATION.md R4, round 40); on a report, an outlet or a verb of saying ("a
    WSJ report, citing officials", "Reuters reported, citing sources") it is."""
    for token in trigger.sent:
        if token.lower_ not in _SOURCES or token.dep_ not in ("prep", "advcl", "xcomp", "acl"):
            continue
        if _gives_reason(token, speech):
            continue
        source = _according_to(token)
        if source is not None and not (token.left_edge.i <= trigger.i <= token.right_edge.i):
            return source
    return None


def _gives_reason(token, speech: frozenset[str]) -> bool:
    """Whether a "citing X" / "quoting X" participle hangs on a verb of an act rather
    than on a report, an outlet or a verb of saying: the doer's reason ("shelled the
    border, *citing* provocations"), which reports nothing."""
    head = token.head
    return (
        token.lower_ in ("citing", "quoting")
        and token.dep_ in ("advcl", "xcomp")
        and head != token
        and head.pos_ in ("VERB", "AUX")
        and lemma(head) not in speech
    )


def _according_to(prep):
    """The source word of "according to X", "per X", "citing X"."""
    if prep.lower_ == "according":
        tos = [c for c in prep.children if c.lower_ == "to"]
        pobjs = [c for t in tos for c in t.children if c.dep_ == "pobj"]
    else:
        pobjs = [c for c in prep.children if c.dep_ in ("pobj", "dobj")]
    return pobjs[0] if pobjs else None


def _phrase(head) -> str:
    """The noun phrase of ``head``, without relative clauses or trailing apposition."""
    words = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep"):
            continue
        words.extend(child.subtree)
    for child in head.children:
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of",):
            words.extend(child.subtree)
    words.sort(key=lambda t: t.i)
    return head.doc[words[0].i : words[-1].i + 1].text.strip(" ,")
