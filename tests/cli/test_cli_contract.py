"""The contract every ``graphkit`` command keeps, checked over the commands the parser has.

The commands are walked from :func:`graphkit.cli.commands._parser` (nested ones too:
``events build``, ...), never listed by hand, so a new command is checked as soon as it
exists:

- ``--help`` exits 0, prints on stdout only, and lists every option the command has;
- a wrong option exits 2 with the usage on stderr and nothing on stdout;
- a bad input (a file that does not exist, chosen from the command's own arguments) exits 1
  with ``graphkit: error:`` naming the file, and no traceback;
- ``--quiet`` is accepted before and after the command and no progress is printed with it,
  where progress would be printed without it.

Every command runs in-process; a sample also runs through the installed ``graphkit``
command in a subprocess.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import graphkit.base.progress as progress
import graphkit.cli.phases as phases
from graphkit.cli import main
from graphkit.cli.commands import _parser

MISSING = "no-such-input.csv"
"""The bad input every command is given: a file that does not exist."""
WRONG = "--no-such-option"

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]


def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """``(path, parser)`` for every command and subcommand, depth first, in parser order."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name), sub
                yield from walk(sub, (*prefix, name))


def is_group(parser: argparse.ArgumentParser) -> bool:
    """A command that only holds subcommands (``events``)."""
    return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)


COMMANDS = {" ".join(path): sub for path, sub in walk(_parser())}
LEAVES = [name for name, sub in COMMANDS.items() if not is_group(sub)]
SAMPLE = ["validate", "events", "events describe", "accept"]
"""Commands also run through the installed ``graphkit`` command (one of each module)."""

# Known breaches of the contract, in modules other helpers are restructuring: each is
# expected to fail, and strict, so the entry turns red (and must be removed) once fixed.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def cases(check: str, names: list[str]) -> list:
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[check, name])]
            if (check, name) in KNOWN_FAILURES
            else [],
        )
        for name in names
    ]


def bad_input(name: str) -> list[str]:
    """Arguments that reach the command with an input file that does not exist: each
    positional argument and each required option is given one (a required option with
    choices its first choice); a command with neither gets the files of its ``input``
    options."""
    sub = COMMANDS[name]
    args: list[str] = []
    for action in sub._actions:
        if not action.option_strings:
            args.append(MISSING)
        elif action.required:
            # each option its own missing file: an output named like an input is refused
            # as a usage error before any file is read
            own = f"no-such-{action.dest}.csv"
            value = next(iter(action.choices)) if action.choices else own
            args += [action.option_strings[-1], value]
    if not args:
        for group in sub._action_groups:
            if group.title == "input":
                for action in group._group_actions:
                    if action.type is Path:
                        args += [action.option_strings[-1], MISSING]
    assert args, f"'graphkit {name}' has no input to give a missing file to"
    return args


@dataclass
class Run:
    code: int
    out: str
    err: str


def in_process(argv: list[str], capsys) -> Run:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help, usage errors
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def subprocess_run(argv: list[str], cwd: Path) -> Run:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "GRAPHKIT_QUIET": ""}
    done = subprocess.run(
        [*COMMAND, *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GRAPHKIT_QUIET", raising=False)
    return tmp_path


def test_the_walk_finds_every_command_and_the_nested_ones():
    top = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(top) == 1 and set(top[0].choices) <= set(COMMANDS)
    assert {"build", "analyze", "validate", "export", "events build", "events describe"} <= set(
        COMMANDS
    )
    assert set(SAMPLE) <= set(COMMANDS)
    for _, name in KNOWN_FAILURES:
        assert name in COMMANDS, f"stale entry for {name!r} in KNOWN_FAILURES"


# -- --help -----------------------------------------------------------------------------


def assert_help_lists_everything(run: Run, name: str) -> None:
    assert run.code == 0 and run.err == "", run.err
    assert run.out.startswith(f"usage: graphkit {name}"), run.out[:200]
    sub = COMMANDS[name]
    for action in sub._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action.choices:
                assert re.search(rf"^\s+{re.escape(choice)}\b", run.out, re.M), choice
            continue
        strings = action.option_strings or [action.metavar or action.dest]
        for text in strings:
            assert re.search(rf"(?<![\w-]){re.escape(str(text))}(?![\w-])", run.out), (
                f"'graphkit {name} --help' does not list {text}"
            )


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_exits_0_and_lists_every_option(name, capsys):
    assert_help_lists_everything(in_process([*name.split(), "--help"], capsys), name)


def test_the_top_level_help_lists_every_command(capsys):
    run = in_process(["--help"], capsys)
    assert run.code == 0
    for name in COMMANDS:
        if " " not in name:
            assert re.search(rf"^\s+{re.escape(name)}\s", run.out, re.M), name


# -- a wrong option ---------------------------------------------------------------------


def wrong_option(name: str) -> list[str]:
    return [*name.split(), *([] if is_group(COMMANDS[name]) else bad_input(name)), WRONG]


def assert_usage_error(run: Run) -> None:
    assert run.code == 2 and run.out == "", run
    assert run.err.startswith("usage: graphkit"), run.err
    assert f"unrecognized arguments: {WRONG}" in run.err
    assert "Traceback" not in run.err


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_wrong_option_exits_2_with_the_usage_on_stderr(name, in_tmp, capsys):
    assert_usage_error(in_process(wrong_option(name), capsys))


# -- bad input --------------------------------------------------------------------------


def assert_bad_input(run: Run) -> None:
    assert run.code == 1 and run.out == "", run
    lines = run.err.splitlines()
    first_error = next(i for i, line in enumerate(lines) if line.startswith("graphkit: error: "))
    # only notes come before the error (such as which actors table a command used)
    assert all(line.startswith("graphkit: note: ") for line in lines[:first_error]), run.err
    assert "no-such-" in run.err, run.err  # names the missing file
    assert "Traceback" not in run.err and "[Errno" not in run.err


@pytest.mark.parametrize("name", LEAVES)
def test_a_missing_input_file_exits_1_with_an_error_and_no_traceback(name, in_tmp, capsys):
    assert_bad_input(in_process([*name.split(), *bad_input(name)], capsys))
    assert sorted(in_tmp.iterdir()) == []  # nothing written


# -- --quiet ----------------------------------------------------------------------------


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, so progress would be shown on it."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch):
    """stderr as a terminal, with progress shown at once (not after a second)."""
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress, "_REFRESH", 0.0)
    monkeypatch.setattr(phases, "_TICK", 0.001)

    def run(argv: list[str]) -> Run:
        err, out = Terminal(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = main(argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
        return Run(code, out.getvalue(), err.getvalue())

    return run


PROGRESS = "\r\x1b[2K"
"""What a progress line starts with on a terminal."""


def assert_only_the_error(run: Run) -> None:
    assert run.code == 1, run
    assert PROGRESS not in run.err
    lines = [line for line in run.err.splitlines() if not line.startswith("graphkit: note: ")]
    assert lines[0].startswith("graphkit: error: "), run.err  # notes are not progress
    assert all(line.startswith("  ") for line in lines[1:]), run.err


@pytest.mark.parametrize("name", cases("quiet before the command", LEAVES))
def test_quiet_before_the_command_is_accepted_and_prints_no_progress(name, in_tmp, terminal):
    assert_only_the_error(terminal(["--quiet", *name.split(), *bad_input(name)]))


@pytest.mark.parametrize("name", cases("quiet after the command", LEAVES))
def test_quiet_after_the_command_is_accepted_and_prints_no_progress(name, in_tmp, terminal):
    assert_only_the_error(terminal([*name.split(), *bad_input(name), "--quiet"]))
    assert_only_the_error(terminal([*name.split(), "-q", *bad_input(name)]))


RUNS_ON_ITS_OWN = [
    name
    for name in LEAVES
    if not any(a.required or not a.option_strings for a in COMMANDS[name]._actions)
]
"""Commands that need no argument (they use the bundled dataset): they run to the end."""


@pytest.mark.parametrize("name", RUNS_ON_ITS_OWN)
def test_a_whole_run_prints_progress_on_a_terminal_and_none_with_quiet(name, in_tmp, terminal):
    shown = terminal(name.split())
    assert shown.code == 0 and PROGRESS in shown.err, shown  # the check below can fail
    assert terminal([*name.split(), "--quiet"]) == Run(0, shown.out, "")
    assert terminal(["-q", *name.split()]) == Run(0, shown.out, "")


def test_commands_that_run_on_their_own_include_the_four_on_the_bundled_dataset():
    assert {"build", "analyze", "validate", "export"} <= set(RUNS_ON_ITS_OWN)


# -- through the installed command ------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLE)
def test_the_installed_command_keeps_the_contract(name, tmp_path):
    argv = name.split()
    assert_help_lists_everything(subprocess_run([*argv, "--help"], tmp_path), name)
    assert_usage_error(subprocess_run(wrong_option(name), tmp_path))
    if name in LEAVES:
        assert_bad_input(subprocess_run([*argv, *bad_input(name)], tmp_path))
        quiet = subprocess_run(["--quiet", *argv, *bad_input(name)], tmp_path)
        assert_bad_input(quiet)
        assert PROGRESS not in quiet.err
    assert sorted(tmp_path.iterdir()) == []
