"""Where the bundled data files are: inside an installed wheel, or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["data_path"]


@cache
def _data_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    # A wheel carries data/ inside the package (graphkit/data); an editable install
    # or a plain checkout reads the repository's top-level data/ folder.
    for candidate in (package / "data", package.parent / "data"):
        if (candidate / "relation_types.csv").is_file():
            return candidate
    raise FileNotFoundError(f"graphkit's data folder is missing (looked in {package} and above)")


def data_path(name: str) -> Path:
    """Path of a bundled data file, such as ``"relation_types.csv"``.

    Examples
    --------
    >>> data_path("actors.csv").name
    'actors.csv'
    """
    return _data_dir() / name
