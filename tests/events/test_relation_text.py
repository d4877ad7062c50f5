"""Text columns of the relations table written from Arrow dictionaries."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")

from graphkit.events.relation_text import _text  # noqa: E402


def spread(indices, dictionary):
    """The oracle: each row's text looked up in Python."""
    return [None if i is None else dictionary[i] for i in indices]


@pytest.mark.parametrize(
    ("indices", "dictionary"),
    [
        ([0, 0, 0, 0], ["gdelt2"]),  # one entry, every row
        ([1, 1, 1], ["icews", "gdelt2"]),  # one entry of two, every row
        ([0, 1, 0, 1], ["M", "all"]),  # two entries
        ([0, None, 0], ["gdelt2"]),  # a NULL row among one entry
        ([None, None], ["gdelt2"]),  # NULL in every row
        ([0, 0], [None]),  # one entry, itself NULL
        ([], ["gdelt2"]),  # no row
        ([0, 0, 0], ["Aleppo \u2013 \u00e9\u00e8 \U0001f600"]),  # text beyond ASCII
    ],
)
def test_a_dictionary_column_is_each_rows_own_text(indices, dictionary):
    values = pa.DictionaryArray.from_arrays(
        pa.array(indices, pa.int32()), pa.array(dictionary, pa.string())
    )
    column = _text(values)
    assert [None if v != v else v for v in column.tolist()] == spread(indices, dictionary)
    assert len(column) == len(indices) and str(column.dtype) == "str"


def test_chunks_of_one_entry_each_keep_their_own_text():
    chunks = [
        pa.DictionaryArray.from_arrays(pa.array([0, 0], pa.int32()), pa.array(["a"])),
        pa.DictionaryArray.from_arrays(pa.array([0], pa.int32()), pa.array(["b"])),
    ]
    assert _text(pa.chunked_array(chunks)).tolist() == ["a", "a", "b"]
