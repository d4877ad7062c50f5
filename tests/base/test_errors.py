"""Error messages print data inert: a file name, a value or a hint taken from the data
cannot send escape sequences to the terminal a traceback is shown on."""

from __future__ import annotations

import pytest

import graphkit as gk

ESCAPES = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


@pytest.mark.parametrize(
    "error",
    [
        gk.DataError(
            [gk.Problem("evil\x1b[2J\n.csv", 3, "id", 1, "a\x07", "an id \x1b]0;x\x07\u202e")]
        ),
        gk.GraphWriteError(
            [gk.Problem("node 'x\x9b31m'", None, "name\r", None, "'v\x1b'", "text \u202e")],
            "GraphML",
        ),
    ],
)
def test_messages_hold_no_raw_control_or_bidirectional_character(error):
    message = str(error)
    assert not [c for c in ESCAPES if c in message], repr(message)
    assert "\\x1b" in message or "\\x9b" in message


def test_a_file_name_cannot_pose_as_a_line_of_its_own():
    error = gk.DataError([gk.Problem("a.csv\nOK: no problems", 2, None, None, None, "x")])
    assert str(error).splitlines()[0] == "a.csv\\nOK: no problems: 1 problem"


def test_public_classes_are_named_as_users_reach_them():
    assert gk.DataError.__module__ == "graphkit"
    with pytest.raises(gk.DataError) as caught:
        gk.read_actors("no such file.csv")
    assert caught.type is gk.DataError and "graphkit.DataError" in caught.exconly()
