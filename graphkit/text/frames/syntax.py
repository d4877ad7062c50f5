"""The reading of the dependency parse that every frame shares: passives, prepositional
objects, what a predicate or title noun describes, and the actors of a role."""

from __future__ import annotations

from ..arguments import Argument, ArgumentResolver
from ..lemmas import lemma

__all__ = [
    "LISTING_VERBS",
    "announced_acts",
    "children",
    "fill",
    "holders",
    "infinitive",
    "is_partitive",
    "is_passive",
    "own_subjects",
    "pobjs",
    "prep_objects",
    "resolve_role",
]


def children(token, *deps):
    """The children of ``token`` attached by one of the dependency labels ``deps``."""
    return [c for c in token.children if c.dep_ in deps]


_FUTURE_MODALS = frozenset({"will", "would", "'ll", "'d", "wo"})


def announced_acts(verb) -> list:
    """The clauses in which the subject of ``verb`` announces an act of its own: a
    clausal complement whose subject is a personal pronoun and whose verb takes "will" or
    "would" ("Israel warned *it would strike* Hezbollah", "threatened *that they will
    attack*"; round 34)."""
    return [
        clause
        for clause in children(verb, "ccomp")
        if clause.pos_ in ("VERB", "AUX")
        and any(s.tag_ == "PRP" for s in children(clause, "nsubj"))
        and any(a.lower_ in _FUTURE_MODALS for a in children(clause, "aux"))
    ]


def is_passive(verb) -> bool:
    """A passive verb, or a participle with a ``by`` agent ("HTS, *backed* by Turkey"), or
    a participle describing the word before it ("Al-Shabaab, *linked* to al-Qaeda")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if participle_described(verb) is not None:  # a misread reduced relative
        return True
    if verb.tag_ != "VBN":
        return False
    if (
        verb.dep_ == "conj"
        and verb.head != verb
        and not children(verb, "nsubj", "aux", "dobj")
        and is_passive(verb.head)
    ):
        # "is funded *and armed* by Iran": the second participle shares the passive
        return True
    if verb.dep_ in ("acl", "amod", "relcl") and children(verb, "agent"):
        return True
    if (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and children(verb, "agent")
        and not children(verb, "nsubj", "aux", "dobj")
    ):
        # "*Backed* by Russia, the LNA advanced": a participle clause before its main clause
        return True
    # a reduced relative: "Al-Shabaab, *linked* to al-Qaeda,"
    return verb.dep_ == "acl" and not children(verb, "nsubj", "dobj", "aux")


def stray_subject(word) -> bool:
    """Whether an apposition is the subject of the verb after it, which the parser hung
    on the name ending a phrase that opens the clause ("*Under the leadership of Hussein
    al-Houthi*, the Houthis emerged": "the Houthis" an apposition of "Houthi"), the verb
    having no subject of its own (round 52)."""
    if word.dep_ != "appos":
        return False
    top = word.head
    while top.dep_ in ("pobj", "prep", "compound") and top.head != top:
        top = top.head
        if top.dep_ == "prep" and top.head.pos_ in ("VERB", "AUX"):
            verb = top.head
            return (
                top.i < verb.i
                and word.i < verb.i
                and not children(verb, "nsubj", "nsubjpass")
                and word.doc[word.i - 1].text != "("
                and any(t.text == "," for t in word.doc[word.head.i : word.i])
            )
    return False


def participle_described(verb):
    """The name a misread participle describes: a participle with a ``by`` agent right
    after a name and a comma that the parser made the verb of that name ("Hezbollah,
    *led* for three decades by Nasrallah, built") or a clause of the verb the name
    depends on ("split between the GNA, *led* by Fayez al Sarraj"), a reduced relative
    on that name (round 52); None for any other verb."""
    if (
        verb.tag_ not in ("VBN", "VBD")
        or not children(verb, "agent")
        or children(verb, "aux", "auxpass", "dobj")
        or verb.i < 2
        or verb.doc[verb.i - 1].text != ","
    ):
        return None
    name = verb.doc[verb.i - 2]
    subjects = children(verb, "nsubj")
    if subjects == [name]:
        return name
    if (
        not subjects
        and verb.dep_ == "advcl"
        and verb.head.i < name.i
        and name.pos_ in ("PROPN", "NOUN")
        and name.dep_ == "pobj"
        and verb.head in name.ancestors
        # "between the Houthis, led by X, and Hezbollah": the parser hangs the list's
        # next item on the agent; with a conjunct there, the phrase is left unread
        and not any(children(p, "conj") for agent in children(verb, "agent") for p in pobjs(agent))
    ):
        return name
    return None


def pobjs(prep) -> list:
    """The objects of a preposition."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if objects:
        return [_clause_subject(o) or o for o in objects]
    # the parser left the preposition without its object ("support for HTS angered"):
    # the word right after it, past an article
    doc = prep.doc
    i = prep.i + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return [doc[i]] if i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN") else []


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _clause_subject(obj):
    """The real object of a preposition where the parser read the clause after it as one
    noun phrase: in "Iran's support for *the Houthis* alarmed Saudi Arabia" (a sentence
    with no verb at its root) "alarmed" becomes a participle modifying "Saudi Arabia",
    the object; the name just before that participle is the preposition's object. A
    hyphenated participle ("the Iran-backed Houthis") is a modifier indeed."""
    if obj.sent.root.pos_ in ("VERB", "AUX"):
        return None
    for child in obj.children:
        if child.dep_ != "amod" or child.tag_ not in ("VBD", "VBN") or not 0 < child.i < obj.i:
            continue
        before = obj.doc[child.i - 1]
        if before.text not in _HYPHENS and before.pos_ in ("PROPN", "NOUN") and before.i > 0:
            return before
    return None


def prep_objects(words, preps: set[str]) -> list:
    """The objects of the prepositions ``preps`` attached to any of ``words`` (and the
    direct object of a particle verb: "*took on* HTS")."""
    found = []
    for word in words:
        for child in word.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                found += pobjs(child)
            elif child.dep_ == "prt" and child.lower_ in preps:
                found += [c for c in word.children if c.dep_ == "dobj"]
    return found


def infinitive(word) -> bool:
    """Whether a verb is a to-infinitive."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children)


def own_subjects(verb) -> list:
    """A verb's own subjects (``nsubj``, ``csubj``), or, where the parser hung them on the
    verb's auxiliary ("The Department of State is today designating", "Egypt and Qatar
    *are* mediating"), the auxiliary's."""
    return children(verb, "nsubj", "csubj") or [
        s for aux in children(verb, "aux") if aux.i < verb.i for s in children(aux, "nsubj")
    ]


def holders(noun) -> list:
    """What a predicate or title noun describes (see ``holder`` in the lexicon)."""
    link, head = noun.dep_, noun.head
    found = []
    if link in ("attr", "acomp") and head.pos_ in ("VERB", "AUX"):
        found += children(head, "nsubj", "nsubjpass")
    elif link == "oprd":
        found += children(head, "dobj") or children(head, "nsubjpass")
    elif (
        link == "pobj"
        and head.lower_ == "as"
        and head.head.pos_ in ("VERB", "AUX")
        and head.i < head.head.i
        and head.head.i > noun.i
    ):
        # "As Belarus's main ally, Russia vetoed ...": an "as" phrase before its verb is
        # said of the verb's subject (round 46)
        found += children(head.head, "nsubj", "nsubjpass")
    elif link == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        # "Pakistan described *the BLA* as a proxy of India", "used Hezbollah as a proxy":
        # what a verb's "as" says is said of its object; without one, of its subject
        # ("Iran acts as a patron of", "the PKK is seen as") (round 31)
        found += children(verb, "dobj") or children(verb, "nsubj", "nsubjpass")
    elif link == "appos":
        found.append(head)
    elif link in ("compound", "nmod"):
        # "ISIS leader Baghdadi", "secretary general Hassan Nasrallah"
        while head.dep_ in ("compound", "nmod") and head.head != head:
            head = head.head
        if head.pos_ == "PROPN":
            found.append(head)
    elif link == "pobj" and head.lower_ == "among" and head.head.pos_ in ("VERB", "AUX"):
        # "Iran counts *Hezbollah* among its allies", "*Qatar* is among Hamas's backers",
        # "Among Hamas's backers is *Qatar*": the verb's object, else its subject, else
        # what "be" says it is
        verb = head.head
        found += (
            children(verb, "dobj") or children(verb, "nsubj", "nsubjpass") or children(verb, "attr")
        )
    elif (
        link == "pobj" and head.lower_ == "of" and head.head.i < head.i and is_partitive(head.head)
    ):
        # "*Russia* is one of Iran's closest allies", "Russia, one of Iran's allies":
        # what the part ("one", "some", "two") is said to be, the noun is
        found += holders(head.head)
    elif link == "nsubj" and head.pos_ == "VERB" and lemma(head) in LISTING_VERBS:
        # "Hezbollah's backers include *Iran*": what the noun includes, it is
        found += children(head, "dobj")
    elif link == "pobj" and head.lower_ in ("under", "at") and head.head.pos_ in ("VERB", "AUX"):
        # "is under the command of", "is at odds with"
        found += children(head.head, "nsubj", "nsubjpass")
        if not found:
            # "Under the leadership of Hussein al-Houthi, the Houthis emerged": the parser
            # hangs the verb's subject on the name the phrase ends with (round 52)
            found += [
                a
                for prep in children(noun, "prep")
                if prep.lower_ == "of"
                for p in pobjs(prep)
                for a in children(p, "appos")
                if stray_subject(a)
            ]
    elif link == "pobj" and head.lower_ == "with" and head.head.pos_ in ("NOUN", "PROPN"):
        # "the 3BHA, *with* close ties to China": the phrase the "with" phrase describes
        found.append(head.head)
    elif (
        link == "pobj"
        and head.lower_ == "as"
        and head.head.pos_ == "PROPN"
        and head.head.i < head.i
    ):
        # "Russia, as Belarus's main ally, vetoed": the parser hangs "as" on the name
        found.append(head.head)
    elif link == "conj":
        found += holders(head)
    elif link == "nsubj" and head.pos_ == "AUX":
        found += children(head, "attr")
    found += children(noun, "appos")
    if not found and children(noun, "poss") and _listed_after(noun):
        # "Vucic’s closest allies, Russia and China, pledged": the parser reads the list
        # set off after a possessed noun as its conjuncts (round 46)
        found += [c for c in children(noun, "conj") if c.i == noun.i + 2]
    if not found and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN":
        # "Israeli PM Benjamin Netanyahu", where the parser cut the title off the name
        name = noun.doc[noun.i + 1]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        found.append(name)
    return found


_PARTITIVES = frozenset({"one", "some", "several", "many", "most", "each", "all", "both", "few"})
LISTING_VERBS = frozenset({"include", "comprise"})
"""Verbs whose object is among their subject noun ("its backers include Qatar")."""


def is_partitive(word) -> bool:
    """Whether a word names part of the plural noun of its "of" phrase ("*one* of Iran's
    allies", "*two* of its backers", "*some* of its partners")."""
    return word.lower_ in _PARTITIVES or word.pos_ == "NUM"


def _listed_after(noun) -> bool:
    """Whether a name follows the noun after a comma, as its conjunct."""
    doc = noun.doc
    return (
        noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == ","
        and doc[noun.i + 2].pos_ == "PROPN"
        and doc[noun.i + 2].head.i == noun.i
        and doc[noun.i + 2].dep_ == "conj"
    )


def resolve_role(tokens, resolver: ArgumentResolver, *, events: bool) -> list[Argument]:
    """The actors the tokens of a role stand for, each once, in order."""
    found: list[Argument] = []
    for token in tokens:
        for argument in resolver.resolve(token, events=events):
            if argument.actor not in {a.actor for a in found}:
                found.append(argument)
    return found


def fill(verb_or_noun, roles, lookup, resolver, *, events=False) -> list[Argument]:
    """The actors of the first role (in order) that names any."""
    for role in roles:
        found = resolve_role(lookup(verb_or_noun, role), resolver, events=events)
        if found:
            return found
    return []
