"""Outputs are written whole or not at all, alone or in groups; leftovers of killed runs are
removed; a full disk is reported as such."""

import contextlib
import errno
import os
import subprocess
import sys
import time

import pytest
from parts import missing

from graphkit.io.files import atomic_files, atomic_write, remove_stale_temporaries


def ended_pid() -> int:
    """The id of a process that has ended (nothing else can have reused it this soon)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("old page")
    with pytest.raises(RuntimeError), atomic_write(path) as handle:
        handle.write("half a new pa")
        raise RuntimeError("renderer crashed")
    assert path.read_text() == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_binary_mode_and_new_folders(tmp_path):
    path = tmp_path / "a" / "b" / "image.png"
    with atomic_write(path, "wb") as handle:
        handle.write(b"\x89PNG")
    assert path.read_bytes() == b"\x89PNG"


def test_the_temporary_file_names_the_writing_process(tmp_path):
    path = tmp_path / "g.graphml"
    with atomic_write(path) as handle:
        (temporary,) = [p.name for p in tmp_path.iterdir()]
        handle.write("x")
    assert temporary.startswith(f".g.graphml.{os.getpid()}.") and temporary.endswith(".tmp")


def test_leftovers_of_ended_processes_are_removed_on_the_next_write(tmp_path):
    dead = ended_pid()
    leftovers = [f".page.html.{dead}.abc123.tmp", f".page.html.{dead}.zz_9.tmp"]
    running = [f".page.html.{os.getpid()}.abc.tmp", ".page.html.1.abc.tmp"]  # pid 1 runs
    others = [
        ".page.html.bak",
        "page.html.tmp",
        f".other.html.{dead}.abc.tmp",
        ".page.htmlx.1.a.tmp",
    ]
    for name in leftovers + running + others:
        (tmp_path / name).write_text("half")
    with atomic_write(tmp_path / "page.html") as handle:
        handle.write("page")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(["page.html", *running, *others])


def test_leftovers_without_a_process_id_are_removed_after_an_hour(tmp_path):
    old, new = tmp_path / ".t.csv.k2j3h4g5.tmp", tmp_path / ".t.csv.a1b2c3d4.tmp"
    for p in (old, new):
        p.write_text("half")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    assert remove_stale_temporaries(tmp_path / "t.csv") == [old]
    assert new.exists()


def test_a_group_is_written_all_or_nothing(tmp_path):
    (tmp_path / "a.csv").write_text("old a")
    (tmp_path / "b.csv").write_text("old b")
    with pytest.raises(RuntimeError), atomic_files() as group:
        with group.open(tmp_path / "a.csv") as f:
            f.write("new a")
        with group.open(tmp_path / "b.csv") as f:
            f.write("half of b")
            raise RuntimeError("third table failed")
    assert (tmp_path / "a.csv").read_text() == "old a"
    assert (tmp_path / "b.csv").read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]
    with atomic_files() as group:
        for name in ("a.csv", "b.csv", "c.csv"):
            with group.open(tmp_path / name) as f:
                f.write(f"new {name}")
    assert [(tmp_path / n).read_text() for n in ("a.csv", "b.csv", "c.csv")] == [
        "new a.csv",
        "new b.csv",
        "new c.csv",
    ]
    assert len(list(tmp_path.iterdir())) == 3


@contextlib.contextmanager
def small_disk(path, size="64k"):
    """A real, tiny filesystem (tmpfs) mounted at ``path``: writes beyond it fail ENOSPC."""
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if done.returncode != 0:
        missing(f"cannot mount a small tmpfs to fill a disk ({done.stderr.decode().strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def test_a_full_disk_is_reported_and_leaves_the_old_file(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        (disk / "t.csv").write_text("old table")
        with pytest.raises(OSError) as info, atomic_write(disk / "t.csv") as handle:
            for _ in range(200):
                handle.write("x" * 1024)
        assert info.value.errno == errno.ENOSPC
        assert f"no space left on the device to write {disk / 't.csv'}" in str(info.value)
        assert "nothing was written" in str(info.value)
        assert (disk / "t.csv").read_text() == "old table"
        assert [p.name for p in disk.iterdir()] == ["t.csv"]


def test_a_full_disk_in_a_group_replaces_nothing(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        (disk / "a.csv").write_text("old a")
        with pytest.raises(OSError, match="no space left") as info, atomic_files() as group:
            with group.open(disk / "a.csv") as f:
                f.write("new a")
            with group.open(disk / "b.csv") as f:
                f.write("x" * 200_000)
        assert str(disk / "b.csv") in str(info.value)
        assert (disk / "a.csv").read_text() == "old a"
        assert [p.name for p in disk.iterdir()] == ["a.csv"]


def test_a_symlinked_output_is_written_through_to_its_target(tmp_path):
    shared = tmp_path / "shared" / "relations.csv"
    shared.parent.mkdir()
    shared.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(shared)
    with atomic_write(link) as f:
        f.write("new")
    assert link.is_symlink() and shared.read_text() == "new"
    assert sorted(p.name for p in shared.parent.iterdir()) == ["relations.csv"]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_device_or_pipe_is_never_replaced_by_a_file(tmp_path, kind):
    target = tmp_path / "special"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        try:
            os.mknod(target, 0o666 | __import__("stat").S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
    with pytest.raises(OSError, match="not a regular file"), atomic_write(target) as f:
        f.write("x")
    assert not target.is_file() and target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["special"]
    with (
        pytest.raises(OSError, match="not a regular file"),
        atomic_files() as group,
        group.open(target) as f,
    ):
        f.write("x")
    assert not target.is_file()
