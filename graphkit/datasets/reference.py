"""The reference table of countries and international bodies, and the lookups into it.

One table (``data/reference/countries.csv``, built by ``tools/reference``; its sources,
rules and known gaps are in ``data/reference/SOURCES.md``) gives every state,
territory, former state, CAMEO region and international body one id: ISO 3166-1
alpha-3 for countries (``TUR``), a documented code outside ISO where needed (``XKX``
Kosovo), the CAMEO region code for regions (``MEA``) and an acronym for bodies
(``UN``, ``NATO``). Event readers, text extraction and :func:`~graphkit.link_actors`
resolve what their sources write to these ids through :func:`resolve_countries`.

Each lookup is a dictionary built once from the table; a column of values is resolved
by looking up its distinct values only and spreading the answers with one ``take``, so
a million event rows cost little more than their few hundred distinct values: about
0.1 s, a third of what ``Series.map`` with a plain dict takes
(``benchmarks/bench_reference.py``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import numpy as np
import pandas as pd

from ..base.data_files import data_path
from ..base.errors import DataError, Problem
from ..base.hints import closest

__all__ = [
    "BY",
    "COUNTRY_KINDS",
    "KIND_OF_ACTOR",
    "countries",
    "country_actors",
    "label_key",
    "resolve_countries",
]

COUNTRY_KINDS = ("state", "territory", "former_state")
"""Kinds of rows that are countries: the values an actors table's ``country`` column may
name. Regions and international bodies are not countries."""

KIND_OF_ACTOR = MappingProxyType(
    {
        "state": "state",
        "territory": "state",
        "former_state": "state",
        "international_organisation": "organisation",
        "region": "region",
    }
)
"""The actor kind of the default vocabulary each kind of row becomes in
:func:`country_actors`. A territory acts as a whole (Hong Kong's authorities, Puerto
Rico's government), so it is a ``state`` rather than a ``region``, which is a place and
left out of the analyses by default."""

_NUMBER_COLUMNS = ("gw_code", "cow_code")

_LABEL_FIELDS = (
    "name",
    "official_name",
    "aliases",
    "icews_name",
    "ucdp_name",
    "acled_name",
    "demonyms",
    "capitals",
)

BY = MappingProxyType(
    {
        "label": _LABEL_FIELDS,
        "code": ("id", "cameo", "cameo_variants", "former_codes", "cameo_actor"),
        "iso2": ("iso2",),
        "iso_numeric": ("iso_numeric",),
        "gw": ("gw_code",),
        "cow": ("cow_code",),
        "cow_abbrev": ("cow_abbrev",),
        "icews": ("icews_name",),
        "ucdp": ("ucdp_name",),
        "acled": ("acled_name",),
    }
)
"""What :func:`resolve_countries` can look values up by, and the columns of the table each
lookup reads, in order of preference (the ``field`` it reports is the first that
matched)."""

_NUMERIC_BY = frozenset({"iso_numeric", "gw", "cow"})
_LABEL_BY = frozenset({"label", "icews", "ucdp", "acled"})

_APOSTROPHES_AND_DOTS = re.compile("[.'\u2019\u2018\u02bc`]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def label_key(text: str) -> str:
    """A label as lookups compare it: accents removed, case folded, ``&`` read as
    ``and``, dots and apostrophes dropped, other punctuation a space, the word ``the``
    dropped, spaces collapsed.

    So ``"U.S."`` and ``"us"``, ``"Côte d’Ivoire"`` and ``"COTE DIVOIRE"``, ``"The
    Gambia"`` and ``"Gambia"``, ``"Guinea-Bissau"`` and ``"guinea bissau"`` are one
    label. Letters outside the Latin alphabet (once accents are removed) are dropped.

    Examples
    --------
    >>> label_key("U.S."), label_key("Côte d’Ivoire"), label_key("The  Gambia")
    ('us', 'cote divoire', 'gambia')
    >>> label_key("Republic of the Congo"), label_key("Trinidad & Tobago")
    ('republic of congo', 'trinidad and tobago')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES_AND_DOTS.sub("", text.replace("&", " and "))
    return " ".join(word for word in _NOT_ALNUM.split(text) if word and word != "the")


def _code_key(value: Hashable) -> str | None:
    return value.strip().upper() or None if isinstance(value, str) else None


def _label_value_key(value: Hashable) -> str | None:
    return label_key(value) or None if isinstance(value, str) else None


def _number_key(value: Hashable) -> int | None:
    """An integer code however it was written: ``4``, ``4.0``, ``"004"``."""
    if isinstance(value, bool | np.bool_):
        return None
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return int(value) if math.isfinite(value) and float(value).is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isascii() and text.isdigit() else None
    return None


def _key_function(by: str) -> Callable[[Hashable], Hashable | None]:
    if by in _NUMERIC_BY:
        return _number_key
    return _label_value_key if by in _LABEL_BY else _code_key


@cache
def _table() -> pd.DataFrame:
    table = pd.read_csv(
        data_path("reference/countries.csv"),
        dtype=str,
        keep_default_na=False,
        encoding="utf-8",
    )
    frame = table.set_index("id")
    for column in frame.columns:
        if column in _NUMBER_COLUMNS:
            numbers = [int(v) if v else None for v in frame[column].tolist()]
            frame[column] = pd.array(numbers, dtype="Int64")
        else:
            frame[column] = frame[column].mask(frame[column] == "")
    return frame


def countries() -> pd.DataFrame:
    """The reference table of states, territories, former states, CAMEO regions and
    international bodies: one row per entity, indexed by its id.

    Ids are ISO 3166-1 alpha-3 for countries (``TUR``), ISO 3166-3 for former states
    (``SUN``), a documented code for entities outside ISO (``XKX`` Kosovo), the CAMEO
    code for regions (``MEA``) and an acronym for international bodies (``UN``,
    ``NATO``, ``ARAB_LEAGUE``). ``data/reference/SOURCES.md`` says where every column
    comes from, and what is missing.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, sorted, with the columns ``name`` (the short name news uses),
        ``kind`` (``state``, ``territory``, ``former_state``,
        ``international_organisation``, ``region``), ``official_name``, ``aliases``,
        ``demonyms``, ``capitals`` (each ``|``-separated, as an actors table's
        aliases), ``part_of`` (a territory's state), ``iso2``, ``iso_numeric`` (text,
        zero-padded: ``"004"``), ``former_codes``, ``cameo``, ``cameo_variants``,
        ``cameo_actor``, ``cameo_regions`` (``|``-separated), ``gw_code`` and
        ``cow_code`` (nullable integers), ``cow_abbrev``, ``icews_name``, ``ucdp_name``,
        ``acled_name``, ``start`` and ``end`` (ISO dates of former states). Missing
        values are missing (NaN in text columns, ``<NA>`` in numbers), never empty
        text. The table is read once; each call returns a fresh copy, so changing it
        changes nothing else.

    See Also
    --------
    resolve_countries : the id of a code, number or name.
    country_actors : rows of this table as an actors table.

    Examples
    --------
    >>> import graphkit as gk
    >>> table = gk.countries()
    >>> turkey = table.loc["TUR"]
    >>> turkey["name"], turkey["cameo"], int(turkey["gw_code"]), turkey["iso_numeric"]
    ('Turkey', 'TUR', 640, '792')
    >>> table.loc["COD", "aliases"].split("|")[:3]
    ['Democratic Republic of Congo', 'DR Congo', 'DRC']
    >>> table["kind"].value_counts().to_dict()
    {'state': 197, 'territory': 56, 'international_organisation': 33, 'region': 25, 'former_state': 10}
    """  # noqa: E501
    return _table().copy()


@dataclass(frozen=True)
class _Answer:
    id: str | None
    field: str
    candidates: str | None


@dataclass(frozen=True)
class _Lookup:
    """One lookup: every key of its columns mapped to the position of its answer, and the
    answers as arrays (the last position is "no answer")."""

    positions: dict[Hashable, int]
    ids: pd.api.extensions.ExtensionArray
    fields: pd.api.extensions.ExtensionArray
    candidates: pd.api.extensions.ExtensionArray
    key: Callable[[Hashable], Hashable | None]


def _split(value: object) -> list[str]:
    return [part for part in value.split("|") if part] if isinstance(value, str) else []


@cache
def _lookup(by: str) -> _Lookup:
    table = _table()
    key = _key_function(by)
    found: dict[Hashable, dict[str, str]] = {}  # key -> {id: best field}
    for field in BY[by]:
        values = table.index.to_series() if field == "id" else table[field]
        for entity, value in zip(table.index.tolist(), values.tolist(), strict=True):
            texts = [value] if field in _NUMBER_COLUMNS else _split(value)
            for text in texts:
                if text is None or text is pd.NA:
                    continue
                k = key(text)
                if k is not None:
                    found.setdefault(k, {}).setdefault(entity, field)
    answers: list[_Answer] = []
    positions: dict[Hashable, int] = {}
    for k, matches in found.items():
        entities = sorted(matches)
        best_field = min(matches.values(), key=BY[by].index)
        if len(entities) == 1:
            answers.append(_Answer(entities[0], best_field, None))
        else:
            answers.append(_Answer(None, best_field, "|".join(entities)))
        positions[k] = len(answers) - 1
    answers.append(_Answer(None, "", None))

    return _Lookup(
        positions,
        pd.array([a.id for a in answers], dtype="str"),
        pd.array([a.field or None for a in answers], dtype="str"),
        pd.array([a.candidates for a in answers], dtype="str"),
        key,
    )


def resolve_countries(
    values: Iterable[Hashable] | pd.Series | str, *, by: str = "label"
) -> pd.DataFrame:
    """The reference id of each value: a code, a number or a name as a source writes it.

    Only the distinct values are looked up, each once in a dictionary built on first
    use, so a column of a million values costs little more than its distinct values:
    about 0.1 s for a million labels of a thousand spellings (see Notes).

    Parameters
    ----------
    values : iterable or pandas.Series
        The values to resolve; a single string is one value. Missing values (``None``,
        NaN) resolve to nothing.
    by : str, default "label"
        What the values are:

        * ``"label"``: a name, official name, alias, demonym or capital, or the country
          name ICEWS, UCDP or ACLED writes; compared by :func:`label_key` (case,
          accents, dots, apostrophes and other punctuation, and the word "the" do not
          matter: ``"the U.S."`` is ``"US"``).
        * ``"code"``: an id, a CAMEO country, region or organisation code, including the
          variants and withdrawn codes CAMEO sources write (``ROM`` Romania, ``ZAR``
          DR Congo, ``KSV`` Kosovo, ``UNO`` the UN) and the full CAMEO organisation
          actor codes (``IGOWSTNAT`` NATO); case and surrounding spaces ignored.
        * ``"iso2"``, ``"cow_abbrev"``: ISO alpha-2 and Correlates of War letter codes.
        * ``"iso_numeric"``, ``"gw"``, ``"cow"``: ISO 3166 numeric, Gleditsch-Ward and
          COW numbers, as integers or text (``4``, ``4.0``, ``"004"``).
        * ``"icews"``, ``"ucdp"``, ``"acled"``: only the country names that dataset
          writes.

    Returns
    -------
    pandas.DataFrame
        One row per value, in order (with the Series' index, else a range), columns:

        * ``id``: the reference id, or missing when the value names no row or more than
          one.
        * ``field``: the column of :func:`countries` that matched (``name``,
          ``aliases``, ``demonyms``, ``cameo``, ``former_codes``, ...), missing when
          nothing matched.
        * ``candidates``: for a value that names several rows, their ids
          (``|``-separated, sorted), and ``id`` is missing: an ambiguous value never
          resolves silently. "Congolese" is the demonym of both Congos; ISO numeric 891
          was Yugoslavia's and Serbia and Montenegro's.

    Raises
    ------
    ValueError
        For an unknown ``by``.

    See Also
    --------
    countries : the table.
    link_actors : the reference id of each actor of an actors table or graph.

    Notes
    -----
    To resolve a column of an engine table (DuckDB, Spark), resolve its distinct values
    here and join the result, a table of a few hundred rows, to it.

    Examples
    --------
    >>> import graphkit as gk
    >>> gk.resolve_countries(["Türkiye", "the U.S.", "Kremlin", "Congolese", "Atlantis"])
        id     field candidates
    0  TUR   aliases        NaN
    1  USA   aliases        NaN
    2  RUS  capitals        NaN
    3  NaN  demonyms    COD|COG
    4  NaN       NaN        NaN
    >>> gk.resolve_countries(["ROM", "ZAR", "UNO", "IGOWSTNAT"], by="code")["id"].tolist()
    ['ROU', 'COD', 'UN', 'NATO']
    >>> gk.resolve_countries([640, "652", 2.0], by="gw")["id"].tolist()
    ['TUR', 'SYR', 'USA']
    """
    if by not in BY:
        raise ValueError(f"unknown by={by!r}{closest(str(by), BY)}; one of: {', '.join(BY)}")
    lookup = _lookup(by)
    index: pd.Index | None = None
    if isinstance(values, str):
        values = [values]
    if isinstance(values, pd.Series):
        index = values.index
        codes, uniques = values.factorize(use_na_sentinel=True)
    else:
        data = values if isinstance(values, np.ndarray) else list(values)
        codes, uniques = pd.factorize(np.asarray(data, dtype=object), use_na_sentinel=True)
    none = len(lookup.ids) - 1
    answer = np.fromiter(
        (lookup.positions.get(lookup.key(u), none) for u in list(uniques)),
        dtype=np.int64,
        count=len(uniques),
    )
    answer = np.append(answer, none)  # code -1 (a missing value) takes the last position
    rows = answer[codes]
    return pd.DataFrame(
        {
            "id": lookup.ids.take(rows),
            "field": lookup.fields.take(rows),
            "candidates": lookup.candidates.take(rows),
        },
        index=index if index is not None else pd.RangeIndex(len(rows)),
    )


def country_actors(ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows of the reference table as an actors table, ready for
    :func:`~graphkit.build_graph`.

    Parameters
    ----------
    ids : iterable of str, optional
        Reference ids (``TUR``, ``UN``, ``MEA``), in the order wanted; a repeated id is
        kept once. Every row when omitted.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, columns ``name`` (the table's), ``kind`` (from the row's kind
        by :data:`KIND_OF_ACTOR`: ``state``, ``organisation`` or ``region``), ``aliases``
        (the official name when it differs from the name, then the aliases,
        ``|``-separated), ``country`` (the row's own id for a country, missing for a
        region or an international body) and ``reference_kind`` (the row's kind in the
        table: ``territory``, ``former_state``, ...).

    Raises
    ------
    DataError
        Listing every id that is not in the table, with the closest one.

    Examples
    --------
    >>> import graphkit as gk
    >>> gk.country_actors(["TUR", "UN", "MEA"])[["name", "kind", "country"]]
                   name          kind country
    id
    TUR          Turkey         state     TUR
    UN   United Nations  organisation     NaN
    MEA     Middle East        region     NaN
    """
    table = _table()
    wanted = table.index.tolist() if ids is None else list(dict.fromkeys(_id_list(ids)))
    known = set(table.index)
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise DataError(
            [
                Problem(
                    "country_actors",
                    None,
                    "ids",
                    None,
                    str(value),
                    "an id of the reference table (gk.countries())" + _id_hint(value),
                )
                for value in unknown
            ]
        )
    rows = table.loc[wanted]
    aliases = [
        "|".join(
            dict.fromkeys([*([official] if official and official != name else []), *_split(more)])
        )
        or None
        for name, official, more in zip(
            rows["name"].tolist(),
            rows["official_name"].tolist(),
            rows["aliases"].tolist(),
            strict=True,
        )
    ]
    is_country = rows["kind"].isin(COUNTRY_KINDS).to_numpy()
    frame = pd.DataFrame(
        {
            "name": rows["name"].to_numpy(),
            "kind": rows["kind"].map(dict(KIND_OF_ACTOR)).to_numpy(),
            "aliases": pd.array(aliases, dtype="str"),
            "country": pd.array(np.where(is_country, rows.index, None), dtype="str"),
            "reference_kind": rows["kind"].to_numpy(),
        },
        index=pd.Index(wanted, name="id", dtype="str"),
    )
    return frame


def _id_hint(value: object) -> str:
    """`` ('Turkey' is TUR)`` for a code or label of a row, else the closest id."""
    for by in ("code", "label"):
        found = resolve_countries([value], by=by)["id"].iloc[0]
        if isinstance(found, str):
            return f" ({str(value)!r} is {found})"
    return closest(str(value), sorted(_table().index))


def _id_list(ids: Iterable[str]) -> list[str]:
    if isinstance(ids, str):
        return [ids]
    return list(ids)
