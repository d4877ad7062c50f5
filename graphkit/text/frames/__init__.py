"""Candidate relations in one parsed sentence: triggers of the lexicon and the frames that
find their source and target.

Four frames read a trigger's arguments from the dependency parse:

verb (:mod:`.verb`)
    Active ("Turkey *backs* HTS"), passive ("HTS was *armed* by Turkey", "HTS, *backed* by
    Turkey,"), with prepositional targets ("*fought* against", "*provides* weapons *to*"),
    reversed roles ("Hezbollah *receives* support from Iran"), an infinitive's object
    ("*threatened* to overthrow the TFG") and subjects shared with a governing or
    coordinated verb ("*began* attacking", "attacked ... and killed").
modifier (:mod:`.modifier`)
    A participle joined to its source: "*Iranian-backed* Houthis", "the *US-led*
    coalition".
noun (:mod:`.noun`)
    Nominalisations with their possessive, modifier and prepositions ("*Turkey's support
    for* the GNA", "an *attack by* Hamas *on* Israel", "the *US designation of* HTS"), the
    subject of a light verb ("Peshmerga forces *launched attacks on* ISIS"), a recipient
    ("Al-Sarraj *has the backing of* Qatar"), a predicate ("Iran is a key *patron of*
    Hezbollah", "Hezbollah functions *as* Iran's *proxy*") and titles ("ISIS *leader* Abu
    Bakr al-Baghdadi", "Turkey's *President* Erdogan").
symmetric (:mod:`.candidates`)
    "war *between* A and B", "A and B restored ties": both directions; a type the
    vocabulary makes symmetric is reported once, the smaller actor id as source.
CAMEO (:mod:`.cameo`)
    A verb no hand row reads, coded by the most specific matching pattern of the PETRARCH
    coders' dictionaries, its code made a relation type by the CAMEO event mapping
    ("Hamas *kidnapped* Israeli soldiers": 181, attacks).
verdict (:mod:`.verdict`)
    A speaker's verdict on an actor or its act ("Japan said the strikes by Russia
    *sabotaged* peace efforts", "described the attack by Hamas as *cowardly*"): the
    speaker opposes the actor.
stances and possessives (:mod:`.modifier`, :mod:`.triggers`)
    "*pro*-TPLF fighters", "*anti*-regime coalition"; a person's possessive on a group's
    name ("Haftar and *his* LNA": leads).

:mod:`.triggers` finds the words of a sentence that are triggers of the lexicon and hands
each to its frame; :mod:`.syntax` holds the reading of the parse the frames share;
:mod:`.candidates` turns the actors a frame found into candidates with their modality and
confidence. The word lists the frames read (object-control verbs, titles, quantities,
light verbs, ...) are cue kinds of the lexicon (``data/text/cues.csv``). Every candidate
carries its trigger's CAMEO code and the words that named each actor, with what a
pronoun or description was resolved to (:class:`~.candidates.Candidate`).
"""

from __future__ import annotations

from .candidates import Candidate
from .triggers import sentence_candidates

__all__ = ["Candidate", "sentence_candidates"]
