"""The event sources: one module each, one :class:`EventSource` record per module.

Every module of this package that declares ``SOURCE = EventSource(...)`` is a source;
this registry finds them (in the order of their ``listed`` number) and is the only
place that knows the set. Reading, the canonical view, checks, aggregation, the actor
table and descriptions ask the registry for a source's record by name and read it;
nothing else compares source names. Adding a source is adding a module here (or
calling :func:`register_source` with a record of one's own).

Examples
--------
>>> list(SOURCES)
['gdelt2', 'gdelt1', 'icews', 'polecat', 'ucdp', 'acled']
>>> event_source("gdelt2").columns[26], len(event_source("gdelt2").columns)
('EventCode', 61)
>>> event_source("acled").code_system, event_source("acled").directed
('acled', False)
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .record import ActorRule, DateRule, EventSource, Side

if TYPE_CHECKING:
    from ..mappings import MappingSource

__all__ = [
    "SOURCES",
    "ActorRule",
    "DateRule",
    "EventSource",
    "Side",
    "code_system_mappings",
    "event_source",
    "register_source",
    "unregister_source",
]

_REGISTERED: dict[str, EventSource] = {}

SOURCES: Mapping[str, EventSource] = MappingProxyType(_REGISTERED)
"""Every source by its ``format=`` name, in the order they are listed (a read-only view:
:func:`register_source` adds to it)."""


def event_source(name: str) -> EventSource:
    """The record of a ``format=`` name, or a ValueError listing the valid names.

    Examples
    --------
    >>> event_source("icews").header
    True
    >>> event_source("gdelt")
    Traceback (most recent call last):
    ...
    ValueError: unknown event format 'gdelt'; expected one of gdelt2, gdelt1, icews, polecat, ucdp, acled
    """  # noqa: E501
    try:
        return _REGISTERED[name]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown event format {name!r}; expected one of {', '.join(_REGISTERED)}"
        ) from None


def register_source(source: EventSource) -> None:
    """Add a source of one's own; it is then read, checked and aggregated like the others.

    Raises
    ------
    ValueError
        If a source of that name is registered already.
    """
    if not isinstance(source, EventSource):
        raise TypeError(f"expected an EventSource, got {type(source).__name__}")
    if source.name in _REGISTERED:
        raise ValueError(f"an event source named {source.name!r} is registered already")
    _REGISTERED[source.name] = source
    ordered = sorted(_REGISTERED.values(), key=lambda s: (s.listed, s.name))
    _REGISTERED.clear()
    _REGISTERED.update((s.name, s) for s in ordered)


def unregister_source(name: str) -> None:
    """Remove a source registered by :func:`register_source` (or any other)."""
    event_source(name)  # the error names the registered sources
    del _REGISTERED[name]


def code_system_mappings() -> dict[str, MappingSource]:
    """The default mapping of each code system, from the sources that use it.

    Examples
    --------
    >>> code_system_mappings()
    {'cameo': 'cameo', 'plover': 'plover', 'ucdp': 'ucdp', 'acled': 'acled'}
    """
    mappings: dict[str, MappingSource] = {}
    for source in _REGISTERED.values():
        mappings.setdefault(source.code_system, source.mapping)
    return mappings


def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_") or module.name == "record":
            continue
        declared = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SOURCE", None)
        if isinstance(declared, EventSource):
            register_source(declared)


_discover()
