"""The fresh samples' gold is well formed (fresh_sample.py, fresh_sample2.py,
fresh_sample3.py): every row names actors of the sample's own table, a relation type of
the default vocabulary, a modality of ANNOTATION.md, a document of the sample and a
sentence it has (as the corpus's splitter numbers them), a reported row its claimant;
each actor id is one row of the table; the symmetric types the scorer orders are the
vocabulary's. The samples are measurements: these tests check only that they say what
they mean to, never what the extractor finds in them."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data"))

from corpus_rules import split_sentences

from graphkit.core.vocabulary import default_vocabulary

SAMPLES = ["fresh_sample", "fresh_sample2", "fresh_sample3"]
MODALITIES = {"asserted", "reported", "denied", "ended", "planned", "hypothetical"}


@pytest.mark.parametrize("name", SAMPLES)
def test_a_fresh_samples_gold_names_its_own_actors_types_documents_and_sentences(name):
    sample = importlib.import_module(name)
    actors, texts, gold = sample.actors(), sample.texts(), sample.gold()
    assert actors["id"].is_unique
    known = set(actors["id"])
    table = default_vocabulary().relation_types
    types = set(table.index)
    # the scorer puts symmetric types in id order with the sample's own list
    assert set(sample.SYMMETRIC) == set(table.index[table["symmetric"].astype(bool)])
    sentences = {doc: len(split_sentences(text)) for doc, text in texts.items()}
    problems = []
    for row in gold.itertuples(index=False):
        where = f"{row.document} s{row.sentence} {row.source} {row.relation} {row.target}"
        if row.document not in texts:
            problems.append(f"{where}: no such document")
        elif not 1 <= row.sentence <= sentences[row.document]:
            problems.append(f"{where}: the document has {sentences[row.document]} sentences")
        for actor in (row.source, row.target):
            if actor not in known:
                problems.append(f"{where}: {actor} is not in the actors table")
        if row.source == row.target:
            problems.append(f"{where}: a relation of an actor with itself")
        if row.relation not in types:
            problems.append(f"{where}: {row.relation} is no relation type")
        if row.modality not in MODALITIES:
            problems.append(f"{where}: modality {row.modality}")
        if row.modality == "reported" and row.attributed_to not in known:
            problems.append(f"{where}: reported by {row.attributed_to!r}, not an actor")
    assert problems == []
    assert len(gold) >= 100 and set(gold["document"]) <= set(texts)
