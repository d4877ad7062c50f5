"""The ``graphkit`` command: each subcommand a few lines over one library function."""

from .commands import main

__all__ = ["main"]
