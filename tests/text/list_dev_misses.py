"""List the missed gold triples of the *development* documents, each with its sentence,
its gold note and the resolved mentions (pronouns, descriptions) the extractor made there.

    python tests/text/list_dev_misses.py [--all] [--document docNN]

Only rows with ``split == dev`` of ``documents.csv`` and ``document_gold.csv`` are read
past the split filter: the held-out parts are never printed (ANNOTATION.md R11). Without
``--all`` only misses whose gold note or sentence suggests coreference (a pronoun or a
description word of ``data/text/cues.csv``) are listed; each is shown with what the
coreference resolver did with the candidate words of its sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

from evaluate_documents import graphkit_extractor, load_corpus

PRONOUNS = re.compile(r"\b(he|she|it|its|they|them|their|his|her)\b", re.I)


def _description_words() -> set[str]:
    from graphkit.text.lexicon import default_lexicon

    lexicon = default_lexicon()
    words: set[str] = set()
    for kind in (
        "description_group",
        "description_state",
        "description_government",
        "description_forces",
        "description_pair",
    ):
        words |= set(lexicon.cue(kind))
    return words


def _anaphors(docs: pd.DataFrame, actors: pd.DataFrame) -> None:
    """Each pronoun and description of the dev documents, with the actors it was read as."""
    from graphkit.text.arguments import ArgumentResolver
    from graphkit.text.extraction import actor_matcher
    from graphkit.text.lemmas import LEMMATIZER_KEY, on_demand_lemmatizer
    from graphkit.text.lexicon import default_lexicon
    from graphkit.text.pipeline import english_pipeline

    nlp = english_pipeline()
    lexicon = default_lexicon()
    matcher = actor_matcher(actors, lexicon, nlp)
    for doc_row in docs.itertuples():
        doc = nlp(doc_row.text)
        doc.user_data[LEMMATIZER_KEY] = on_demand_lemmatizer(nlp)
        mentions, demonyms = matcher.find(doc)
        resolver = ArgumentResolver(doc, mentions, demonyms, matcher, lexicon)
        coreference = resolver.coreference
        for number, sent in enumerate(doc.sents, 1):
            for token in sent:
                if not coreference.is_candidate(token):
                    continue
                found = coreference.resolve(token)
                what = ", ".join(f"{a.actor} ({a.antecedent})" for a in found) or "-"
                print(f"{doc_row.id} s{number} {token.text!r} [{token.dep_}]: {what}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--document")
    parser.add_argument("--anaphors", action="store_true", help="every anaphor and its reading")
    args = parser.parse_args(argv)
    corpus = load_corpus()
    docs = corpus["documents"][corpus["documents"]["split"] == "dev"]
    gold = corpus["gold"][corpus["gold"]["split"] == "dev"]
    if args.document:
        docs = docs[docs["id"] == args.document]
        gold = gold[gold["document"] == args.document]
    if args.anaphors:
        _anaphors(docs, corpus["actors"])
        return
    extract = graphkit_extractor(corpus["actors"])
    review = extract(list(docs["text"]), list(docs["id"]), list(docs["date"]))
    from graphkit.text.pipeline import english_pipeline

    nlp = english_pipeline()
    words = _description_words()
    found = {(r.document, r.source, r.relation, r.target) for r in review.itertuples()}
    symmetric = {"fights", "consults", "allied_with", "cooperates_with", "borders"}
    resolved = review[
        review["source_mention"].str.contains("->") | review["target_mention"].str.contains("->")
    ]
    total = 0
    for doc in docs.itertuples():
        sents = [s.text.strip() for s in nlp(doc.text).sents]
        for g in (
            gold[gold["document"] == doc.id]
            .drop_duplicates(["source", "relation", "target"])
            .itertuples()
        ):
            key = (doc.id, g.source, g.relation, g.target)
            if key in found or (
                g.relation in symmetric and (doc.id, g.target, g.relation, g.source) in found
            ):
                continue
            numbers = [int(n) for n in re.findall(r"\d+", str(g.sentence))] or [0]
            text = " ".join(sents[n - 1] for n in numbers if 0 < n <= len(sents))
            lowered = set(re.findall(r"[a-z]+", text.lower()))
            coref = (
                bool(PRONOUNS.search(text))
                or bool(lowered & words)
                or re.search(r"coref|pronoun|descri|named in sentence|= ", str(g.note))
            )
            if not args.all and not coref:
                continue
            total += 1
            print(f"{doc.id} s{g.sentence}: {g.source} {g.relation} {g.target}  [{g.note}]")
            print(f"    {text[:400]}")
            here = resolved[resolved["document"] == doc.id]
            for r in here.itertuples():
                if r.evidence.strip() and r.evidence.strip()[:60] in text:
                    print(
                        f"    resolved: {r.source_mention} | {r.target_mention} "
                        f"({r.source} {r.relation} {r.target})"
                    )
    print(f"\n{total} listed")


if __name__ == "__main__":
    main()
