"""Outputs are written whole or not at all."""

import pytest

from graphkit.io.files import atomic_write


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
