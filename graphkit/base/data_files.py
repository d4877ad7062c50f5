"""The data files bundled inside the package (``graphkit/data``): vocabulary, datasets,
event mappings, samples and text lexicons.

The repository's top-level ``data`` folder is a link to the same files, so the examples'
``data/actors.csv`` works from a checkout.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA_DIR", "data_path"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
"""The folder of the bundled data files."""


def data_path(name: str) -> Path:
    """Path of a bundled data file, such as ``"relation_types.csv"``.

    Examples
    --------
    >>> data_path("actors.csv").name
    'actors.csv'
    """
    return DATA_DIR / name
