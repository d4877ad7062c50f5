"""Candidate relations in one parsed sentence: triggers of the lexicon and the frames that
find their source and target.

Four frames read a trigger's arguments from the dependency parse:

verb
    Active ("Turkey *backs* HTS"), passive ("HTS was *armed* by Turkey", "HTS, *backed* by
    Turkey,"), with prepositional targets ("*fought* against", "*provides* weapons *to*"),
    reversed roles ("Hezbollah *receives* support from Iran"), an infinitive's object
    ("*threatened* to overthrow the TFG") and subjects shared with a governing or
    coordinated verb ("*began* attacking", "attacked ... and killed").
modifier
    A participle joined to its source: "*Iranian-backed* Houthis", "the *US-led*
    coalition".
noun
    Nominalisations with their possessive, modifier and prepositions ("*Turkey's support
    for* the GNA", "an *attack by* Hamas *on* Israel", "the *US designation of* HTS"), the
    subject of a light verb ("Peshmerga forces *launched attacks on* ISIS"), a recipient
    ("Al-Sarraj *has the backing of* Qatar"), a predicate ("Iran is a key *patron of*
    Hezbollah", "Hezbollah functions *as* Iran's *proxy*") and titles ("ISIS *leader* Abu
    Bakr al-Baghdadi", "Turkey's *President* Erdogan").
symmetric
    "war *between* A and B", "A and B restored ties": both directions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .arguments import Argument, ArgumentResolver
from .lemmas import lemma
from .lexicon import LexiconEntry, RelationLexicon
from .modality import Modality, modality

__all__ = ["Candidate", "sentence_candidates"]

_IRREGULAR = {
    "led": "lead",
    "fought": "fight",
    "struck": "strike",
    "held": "hold",
    "sought": "seek",
}
_CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})
_OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "force",
        "order",
        "persuade",
        "convince",
        "allow",
        "help",
        "prompt",
        "pressure",
        "push",
        "press",
        "encourage",
        "authorize",
        "authorise",
        "tell",
        "invite",
        "enable",
    }
)
_TITLES = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "leader",
        "chief",
        "commander",
        "premier",
        "king",
        "emir",
        "chairman",
        "spokesman",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "head",
    }
)
_BASE = {"verb": 0.9, "passive": 0.85, "modifier": 0.85, "noun": 0.75, "title": 0.8}
_INDIRECT = {
    "owner",
    "office",
    "relative",
    "apposition",
    "demonym",
    "capital",
    "claimant",
    "pronoun",
    "spelling",
}


@dataclass
class Candidate:
    """One relation a sentence states or mentions."""

    source: Argument
    relation: str
    specific: str
    target: Argument
    trigger: Any  # spacy.tokens.Token
    rule: str
    confidence: float
    modality: Modality


def sentence_candidates(
    sent, resolver: ArgumentResolver, lexicon: RelationLexicon
) -> list[Candidate]:
    """Every candidate relation of a sentence span, at most one per (source, relation,
    target, assertion), the most confident kept."""
    best: dict[tuple, Candidate] = {}
    for token in sent:
        for pos, base in _trigger_keys(token):
            entries = _matching_entries(token, lexicon.entries(base, pos), lexicon)
            for entry in entries:
                for candidate in _frame(token, entry, resolver, lexicon):
                    key = (
                        candidate.source.actor,
                        candidate.relation,
                        candidate.target.actor,
                        candidate.modality.asserted,
                    )
                    kept = best.get(key)
                    if kept is None or candidate.confidence > kept.confidence:
                        best[key] = candidate
    return sorted(best.values(), key=lambda c: (c.trigger.i, c.source.token, c.target.token))


# -- triggers -----------------------------------------------------------------------------


def _trigger_keys(token) -> list[tuple[str, str]]:
    base = lemma(token)
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        return [("VERB", base)]
    if token.pos_ == "ADJ":
        text = token.lower_
        keys = [("VERB", base)]
        if text in _IRREGULAR:
            keys.append(("VERB", _IRREGULAR[text]))
        elif text.endswith("ied"):
            keys.append(("VERB", text[:-3] + "y"))
        elif text.endswith("ed"):
            keys += [("VERB", text[:-2]), ("VERB", text[:-1])]
        return keys
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower):
        return [("NOUN", base)]
    if token.pos_ == "PROPN" and base in _TITLES:
        return [("NOUN", base)]
    return []


def _cue_words(token) -> set[str]:
    words = set()
    stack = [token]
    while stack:
        word = stack.pop()
        words.add(lemma(word))
        words.add(word.lower_)
        for child in word.children:
            if child.dep_ in _CLAUSAL and child.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            if child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            stack.append(child)
    doc = token.doc
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc):
            words.add(lemma(doc[i]))
    return words


def _matching_entries(token, entries, lexicon) -> list[LexiconEntry]:
    if not entries:
        return []
    cued = [e for e in entries if e.cues]
    if cued:
        words = _cue_words(token)
        matched = [e for e in cued if e.cues & words]
        if matched:
            return matched
    return [e for e in entries if not e.cues]


# -- frames -------------------------------------------------------------------------------


def _frame(token, entry: LexiconEntry, resolver: ArgumentResolver, lexicon: RelationLexicon):
    if entry.pos == "VERB":
        if _is_modifier_participle(token):
            yield from _modifier_frame(token, entry, resolver, lexicon)
        else:
            yield from _verb_frame(token, entry, resolver, lexicon)
    else:
        yield from _noun_frame(token, entry, resolver, lexicon)


def _children(token, *deps):
    return [c for c in token.children if c.dep_ in deps]


def _is_passive(verb) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod", "relcl")
        and bool(_children(verb, "agent"))
    )


def _is_modifier_participle(token) -> bool:
    if token.dep_ not in ("amod", "compound", "nmod", "acl") or token.head is token:
        return False
    if token.tag_ not in ("VBN", "JJ", "VBD") or _children(
        token, "agent", "nsubj", "nsubjpass", "dobj"
    ):
        return False
    return any(
        c.dep_ in ("npadvmod", "compound", "amod", "nmod", "advmod", "nsubj") and c.i < token.i
        for c in token.children
    ) or (token.i >= 2 and token.doc[token.i - 1].text == "-")


def _pobjs(prep) -> list:
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if objects:
        return objects
    # the parser left the preposition without its object ("support for HTS angered"):
    # the word right after it, past an article
    doc = prep.doc
    i = prep.i + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return [doc[i]] if i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN") else []


def _prep_objects(words, preps: set[str]) -> list:
    found = []
    for word in words:
        for child in word.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                found += _pobjs(child)
            elif child.dep_ == "prt" and child.lower_ in preps:
                found += [c for c in word.children if c.dep_ == "dobj"]
    return found


def _verb_subjects(verb, depth: int = 0) -> list:
    if depth > 4:
        return []
    if _is_passive(verb):
        agents = [p for a in _children(verb, "agent") for p in _pobjs(a)]
        return agents
    subjects = _children(verb, "nsubj", "csubj")
    if subjects:
        return subjects
    head, link = verb.head, verb.dep_
    if head is verb:
        return []
    if link in ("xcomp", "advcl", "conj", "dobj") and head.pos_ in ("VERB", "AUX"):
        if link == "xcomp" and lemma(head) in _OBJECT_CONTROL:
            objects = _children(head, "dobj") or _prep_objects([head], {"on", "upon"})
            if objects:
                return objects
        if link == "conj" and _is_passive(head) and not _is_passive(verb):
            return []
        return _verb_subjects(head, depth + 1)
    if link == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [head]
    if link == "pcomp":
        governor = head.head
        objects = _children(governor, "dobj")
        if governor.pos_ in ("VERB", "AUX") and objects:
            return objects  # "accused Iran of funneling"
        if governor.pos_ == "NOUN":
            owners = _children(governor, "poss")
            if owners:
                return owners
            if governor.dep_ == "dobj" and governor.head.pos_ in ("VERB", "AUX"):
                return _verb_subjects(
                    governor.head, depth + 1
                )  # "rejected accusations of supplying"
        if governor.pos_ in ("VERB", "AUX"):
            return _verb_subjects(governor, depth + 1)
    return []


def _infinitive(word) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children)


def _verb_objects(verb) -> list:
    if _is_passive(verb):
        subjects = _children(verb, "nsubjpass")
        if subjects:
            return subjects
        if verb.dep_ in ("acl", "amod", "relcl") and verb.head is not verb:
            return [verb.head]
        return []
    objects = _children(verb, "dobj", "dative")
    if not objects and verb.dep_ == "amod" and _children(verb, "nsubj"):
        objects = [verb.head]  # "The Taliban sheltered TTP fighters", parsed as one phrase
    if not objects:
        # a small clause: "considers [HTS a terrorist organization]"
        for clause in _children(verb, "ccomp", "xcomp"):
            if clause.pos_ in ("NOUN", "PROPN", "ADJ") or _infinitive(clause):
                objects += _children(clause, "nsubj")  # "allow [Iran to entrench]"
    return objects


def _infinitive_objects(verb, preps) -> list:
    found = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found += _children(child, "dobj")
            found += _prep_objects([child], {"against", "on", "at"} | set(preps))
    return found


def _verb_role(verb, role: str, entry: LexiconEntry) -> list:
    if role == "subject":
        return _verb_subjects(verb)
    if role == "object":
        return _verb_objects(verb)
    if role == "infinitive":
        return _infinitive_objects(verb, ())
    # a preposition, on the verb or on its object ("restored relations with X")
    words = [verb, *_children(verb, "dobj")]
    return _prep_objects(words, {role})


def _resolve_role(tokens, resolver: ArgumentResolver, *, events: bool) -> list[Argument]:
    found: list[Argument] = []
    for token in tokens:
        for argument in resolver.resolve(token, events=events):
            if argument.actor not in {a.actor for a in found}:
                found.append(argument)
    return found


def _fill(verb_or_noun, roles, lookup, resolver, *, events=False) -> list[Argument]:
    """The actors of the first role (in order) that names any."""
    for role in roles:
        found = _resolve_role(lookup(verb_or_noun, role), resolver, events=events)
        if found:
            return found
    return []


def _verb_frame(verb, entry, resolver, lexicon):
    sources = _fill(verb, entry.source, lambda v, r: _verb_role(v, r, entry), resolver)
    targets = _fill(verb, entry.target, lambda v, r: _verb_role(v, r, entry), resolver, events=True)
    rule = f"{'passive' if _is_passive(verb) else 'verb'}:{entry.lemma}"
    yield from _pairs(sources, targets, verb, entry, rule, resolver)


def _modifier_frame(participle, entry, resolver, lexicon):
    if entry.source != ("subject",) or "object" not in entry.target:
        return
    sources: list[Argument] = []
    for child in participle.children:
        if child.i < participle.i and child.dep_ in (
            "npadvmod",
            "compound",
            "amod",
            "nmod",
            "advmod",
            "nsubj",
        ):
            sources += resolver.resolve(child, events=False) or _named_left(child, resolver)
    if not sources and participle.i >= 2 and participle.doc[participle.i - 1].text == "-":
        left = participle.doc[participle.i - 2]
        sources = resolver.resolve(left) or (
            [resolver.state_of_demonym(left)] if resolver.state_of_demonym(left) else []
        )
    head = participle.head
    targets = resolver.resolve(head) or _resolve_role(_holders(head), resolver, events=False)
    if not targets and participle.i + 1 < len(participle.doc):
        # "the Iran-backed Houthis fired ...", parsed as one noun phrase: the name that follows
        following = resolver.mention_at.get(participle.i + 1)
        if following is not None:
            targets = [Argument(following.actor, participle.i + 1, following.via)]
    yield from _pairs(
        sources, targets, participle, entry, f"modifier:{entry.lemma}", resolver, presupposed=True
    )


def _named_left(word, resolver) -> list[Argument]:
    """The actor a word names, or, for a bare state organ, the demonym or name just before
    it ("Russian *State*-backed")."""
    state = resolver.state_of_demonym(word)
    if state is not None:
        return [state]
    if word.i > 0 and lemma(word) in resolver.lexicon.cue("agent_noun"):
        left = word.doc[word.i - 1]
        mention = resolver.mention_at.get(left.i)
        if mention is not None:
            return [Argument(mention.actor, left.i, "owner")]
        state = resolver.state_of_demonym(left)
        if state is not None:
            return [Argument(state.actor, left.i, "owner")]
    return []


def _holders(noun) -> list:
    """What a predicate or title noun describes (see ``holder`` in the lexicon)."""
    link, head = noun.dep_, noun.head
    found = []
    if link in ("attr", "acomp") and head.pos_ in ("VERB", "AUX"):
        found += _children(head, "nsubj", "nsubjpass")
    elif link == "oprd":
        found += _children(head, "dobj") or _children(head, "nsubjpass")
    elif link == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        found += _children(verb, "nsubj", "nsubjpass") or _children(verb, "dobj")
    elif link == "appos":
        found.append(head)
    elif link in ("compound", "nmod"):
        # "ISIS leader Baghdadi", "secretary general Hassan Nasrallah"
        while head.dep_ in ("compound", "nmod") and head.head is not head:
            head = head.head
        if head.pos_ == "PROPN":
            found.append(head)
    elif link == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        found += _children(head.head, "nsubj", "nsubjpass")
    elif link == "conj":
        found += _holders(head)
    elif link == "nsubj" and head.pos_ == "AUX":
        found += _children(head, "attr")
    return found + _children(noun, "appos")


_QUANTITIES = frozenset(
    {
        "package",
        "series",
        "wave",
        "round",
        "string",
        "number",
        "spate",
        "barrage",
        "flurry",
        "set",
        "host",
        "dozen",
        "hundred",
        "thousand",
        "couple",
        "volley",
        "salvo",
        "raft",
        "slew",
    }
)


def _light_verb(noun, lexicon):
    """The verb that makes a noun's act happen, and how: ('light' | 'receiving' | 'seeking'),
    or (None, None). "launched *a series of* strikes" counts as "launched strikes"."""
    head, link = noun.head, noun.dep_
    if (
        link == "pobj"
        and head.lower_ == "of"
        and lemma(head.head) in _QUANTITIES
        and head.head is not head
    ):
        return _light_verb(head.head, lexicon)
    if link == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into", "for", "to", "on"):
        governor = head.head
        governing = lemma(governor)
        if governing in lexicon.cue("responsible_word"):
            return governor, "light"
        if governor.pos_ in ("VERB", "AUX") and (
            governing in lexicon.cue("light_verb") or governing in lexicon.cue("predicate_verb")
        ):
            return governor, "light"
        return None, None
    if link not in ("dobj", "nsubjpass", "attr") or head.pos_ not in ("VERB", "AUX"):
        return None, None
    governing = lemma(head)
    if governing in lexicon.cue("receiving_verb"):
        return head, "receiving"
    if governing in lexicon.cue("seeking_verb"):
        return head, "seeking"
    if governing in lexicon.cue("light_verb") or governing in lexicon.cue("negating_head"):
        # "halted its support for", "revoked the designation of": the subject's own act
        return head, "light"
    return None, None


def _light_subjects(verb, lexicon) -> list:
    if verb.pos_ == "ADJ" or lemma(verb) in lexicon.cue("responsible_word"):
        copula = verb.head
        return _children(copula, "nsubj") if copula is not verb else []
    if _is_passive(verb) and not _children(verb, "agent"):
        return _children(verb, "nsubjpass")  # "Peshmerga forces were caught in clashes"
    return _verb_subjects(verb)


def _noun_role(noun, role: str, light, kind, resolver, lexicon) -> list:
    if role == "possessor":
        return _children(noun, "poss")
    if role == "modifier":
        return [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if role == "holder":
        return _holders(noun)
    if role == "subject":
        if light is None or kind != "light":
            return []
        return _light_subjects(light, lexicon)
    words = [noun]
    if light is not None and role not in ("of",):
        words.append(light)
    elif noun.dep_ == "dobj" and role not in ("of",) and noun.head.pos_ in ("VERB", "AUX"):
        # "condemned the supply of weapons to the RSF by the UAE": the parser hangs the
        # noun's prepositions on the verb
        return _prep_objects(words, {role}) or [
            o for o in _prep_objects([noun.head], {role}) if o.i > noun.i
        ]
    elif noun.dep_ in ("nsubj", "nsubjpass") and role == "between":
        words.append(noun.head)  # "as war raged between Yerevan and Baku"
    if role == "of":
        # "the Commander-in-Chief of ...": the parser hangs "of" on "Chief"
        words += [
            p for prep in _children(noun, "prep") if prep.lower_ == "in" for p in _pobjs(prep)
        ]
    return _prep_objects(words, {role})


def _noun_frame(noun, entry, resolver, lexicon):
    light, kind = _light_verb(noun, lexicon)

    def lookup(n, role):
        return _noun_role(n, role, light, kind, resolver, lexicon)

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

    def fill(roles):
        for role in roles:
            tokens = lookup(noun, role)
            found = (
                resolve_modifiers(tokens)
                if role in ("modifier", "possessor")
                else _resolve_role(tokens, resolver, events=False)
            )
            if found:
                used.append(role)
                return found
        return []

    title = entry.relation in ("leads", "member_of") and "holder" in entry.source
    if title:
        yield from _title_frame(noun, entry, resolver, lexicon, fill)
        return
    if kind == "seeking" and entry.relation == "backs":
        seekers = _resolve_role(_light_subjects(light, lexicon), resolver, events=False)
        asked = fill(("possessor", "modifier", "from", "of"))
        yield from _pairs(
            seekers, asked, noun, _as_courts(entry), f"noun:seek {entry.lemma}", resolver
        )
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
        targets = _resolve_role(_light_subjects(light, lexicon), resolver, events=False)
        sources = sources or _resolve_role(_prep_objects([light], {"from"}), resolver, events=False)
    yield from _pairs(
        sources,
        targets,
        noun,
        entry,
        f"noun:{entry.lemma}",
        resolver,
        presupposed=_described(noun, light),
    )


_NAMED = frozenset({"name", "alias", "apposition"})


def _title_frame(noun, entry, resolver, lexicon, fill):
    """Offices: "ISIS leader Abu Bakr al-Baghdadi", "Turkey's President Erdogan", "Min Aung
    Hlaing, the commander of the Tatmadaw". The holder must be named (an office is not
    inferred from an unknown person's title)."""
    holders: list[Argument] = []
    for holder in _holders(noun):
        for argument in resolver.named(holder):
            if argument.actor not in {h.actor for h in holders}:
                holders.append(argument)
    targets = fill(entry.target)
    if not holders:
        # "the leader of the Lebanese militia Hezbollah Hassan Nasrallah": the parser
        # folds the person into the object of "of"
        named = [
            resolver.mention_at[w.i]
            for prep in _children(noun, "prep")
            if prep.lower_ == "of"
            for w in prep.subtree
            if w.i in resolver.mention_at
        ]
        people = [m for m in named if resolver.matcher.kind(m.actor) == "person"]
        groups = [m for m in named if resolver.matcher.kind(m.actor) != "person"]
        if people and groups and people[-1].start > groups[-1].start:
            holders = [Argument(people[-1].actor, people[-1].start, "name")]
            targets = [Argument(groups[-1].actor, groups[-1].start, "name")]
    holder_ids = {h.actor for h in holders}
    targets = [t for t in targets if t.actor not in holder_ids]
    if not targets:
        for holder in _holders(noun):
            targets = [
                a
                for a in resolver.modifier_actors(holder)
                if a.token != noun.i and a.actor not in holder_ids
            ]
            if targets:
                break
    yield from _pairs(
        holders,
        targets,
        noun,
        entry,
        f"title:{entry.lemma}",
        resolver,
        presupposed=_described(noun, None),
    )


def _described(noun, light) -> bool:
    """A noun states its relation as a description, not as the clause's claim, unless a
    light verb makes it happen ("launched attacks") or it is the predicate ("is a patron
    of", "functions as Iran's proxy")."""
    if light is not None or noun.dep_ in ("attr", "acomp", "oprd"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "as")


def _as_courts(entry: LexiconEntry) -> LexiconEntry:
    from dataclasses import replace

    return replace(entry, relation="courts", specific="", symmetric="")


# -- pairs --------------------------------------------------------------------------------


def _plausible(source: str, relation: str, target: str, matcher) -> bool:
    """Places do not act, and only attacks aim at them; offices and memberships are of
    groups and states, not of people."""
    if matcher.is_place(source):
        return False
    if matcher.is_place(target) and relation != "opposes":
        return False
    return not (relation in ("leads", "member_of") and matcher.kind(target) == "person")


def _pairs(sources, targets, trigger, entry: LexiconEntry, rule: str, resolver, presupposed=False):
    pairs: list[tuple[Argument, Argument, bool]] = []
    if entry.symmetric and not targets and len(sources) >= 2:
        pairs = [(a, b, False) for a in sources for b in sources if a.actor != b.actor]
    elif (
        entry.symmetric and not sources and len(targets) >= 2 and rule.startswith(("noun", "title"))
    ):
        pairs = [(a, b, False) for a in targets for b in targets if a.actor != b.actor]
    else:
        pairs = [(s, t, False) for s in sources for t in targets if s.actor != t.actor]
        if entry.symmetric == "always":
            pairs += [(t, s, True) for s, t, _ in list(pairs)]
    pairs = [
        p for p in pairs if _plausible(p[0].actor, entry.relation, p[1].actor, resolver.matcher)
    ]
    if not pairs:
        return
    mood = modality(
        trigger,
        resolver.lexicon,
        modals_count=entry.polarity != "needs_negation",
        presupposed=presupposed,
    )
    if entry.polarity == "ends":
        mood.negated = True
        mood.cues.append(f"ends:{trigger.text}")
    elif entry.polarity == "needs_negation":
        if not mood.negated:
            return
        mood.negated = False
        mood.hypothetical = False
    base = _BASE.get(rule.split(":")[0], 0.75)
    seen = set()
    for source, target, mirrored in pairs:
        key = (source.actor, target.actor)
        if key in seen:
            continue
        seen.add(key)
        confidence = base
        for argument in (source, target):
            if argument.via in _INDIRECT:
                confidence *= 0.9
        if mirrored:
            confidence *= 0.9
        if mood.hedged:
            confidence *= 0.85
        if mood.attributed_to:
            confidence *= 0.9
        yield Candidate(
            source=source,
            relation=entry.relation,
            specific=entry.specific or entry.relation,
            target=target,
            trigger=trigger,
            rule=rule + (" (mirrored)" if mirrored else ""),
            confidence=round(confidence, 2),
            modality=mood,
        )
