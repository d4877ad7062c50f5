"""The raw file layouts of the six event sources: columns, delimiters, headers, variants.

Each source ships its events differently: GDELT as tab-separated files with no header
(61 columns in 2.0, 58 in 1.0 daily files, 57 in the pre-April-2013 backfile), ICEWS and
POLECAT as tab-separated files with a header, UCDP GED and ACLED as quoted CSV files
with a header. A :class:`Layout` says how to split a file into the codebook's columns and
which of those columns the canonical schema needs; :func:`~graphkit.as_events` turns
such columns into canonical events.

Sources of the column lists: the GDELT Event Codebooks V1.0 and V2.0; ICEWS Dataverse
``.tab`` files; the POLECAT header as quoted in public loaders; UCDP GED 22.1+ (49
columns); ACLED exports since the 20 March 2023 restructure (31 columns). See
``shared/reference/event-data.md`` for the citations.

Examples
--------
>>> LAYOUTS["gdelt2"].columns[26], len(LAYOUTS["gdelt2"].columns)
('EventCode', 61)
>>> sorted(LAYOUTS)
['acled', 'gdelt1', 'gdelt2', 'icews', 'polecat', 'ucdp']
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FORMATS", "LAYOUTS", "Layout", "layout"]

_GDELT_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)


def _gdelt_columns(adm2: bool) -> tuple[str, ...]:
    geo = ["Type", "FullName", "CountryCode", "ADM1Code"]
    if adm2:
        geo.append("ADM2Code")
    geo += ["Lat", "Long", "FeatureID"]
    return (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        *(f"Actor1{part}" for part in _GDELT_ACTOR),
        *(f"Actor2{part}" for part in _GDELT_ACTOR),
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
        *(f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in geo),
        "DATEADDED",
        "SOURCEURL",
    )


_GDELT2 = _gdelt_columns(adm2=True)
_GDELT1 = _gdelt_columns(adm2=False)

_ICEWS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)

_POLECAT = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)

_UCDP = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)

_ACLED = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


@dataclass(frozen=True)
class Layout:
    """How one source writes its events to files.

    Attributes
    ----------
    name : str
        The ``format=`` name (``"gdelt2"``).
    title : str
        How evidence text names the source (``"GDELT 2.0"``).
    columns : tuple of str
        The codebook's columns in file order.
    needed : tuple of str
        The columns :func:`~graphkit.as_events` reads (the others are kept only when
        asked for); a table missing one of them is refused.
    numbers, dates : dict
        Columns that must hold a number (``{column: "integer" | "decimal"}``) or a date
        (``{column: description of the format}``), checked on every row.
    ranges : dict
        The values a number column can hold, ``{column: (low, high)}`` with None for no
        bound (a count is never negative, a Goldstein score lies in [-10, 10]); a value
        outside, NaN or infinity included, is a problem and read as missing.
    header : bool
        Whether files start with a header line (GDELT files have none).
    delimiter : str
        The field separator.
    quoted : bool
        Whether fields may be quoted (CSV); tab files are split on every tab.
    variants : dict
        Other field counts a headerless file may have, and their columns (GDELT 1.0's
        57-column backfile rows, which lack ``SOURCEURL``).
    directed : str
        Whether the source's dyads have a direction, in words.
    """

    name: str
    title: str
    columns: tuple[str, ...]
    needed: tuple[str, ...]
    numbers: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    header: bool = True
    delimiter: str = "\t"
    quoted: bool = False
    variants: dict[int, tuple[str, ...]] = field(default_factory=dict)
    directed: str = "directed: source acts on target"


_GDELT_NEEDED = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "SOURCEURL",
)
_GDELT_NUMBERS = {
    "GLOBALEVENTID": "integer",
    "IsRootEvent": "integer",
    "QuadClass": "integer",
    "GoldsteinScale": "decimal",
    "NumMentions": "integer",
    "NumSources": "integer",
    "NumArticles": "integer",
}
_GDELT_DATES = {"SQLDATE": "a date as YYYYMMDD"}
_GDELT_RANGES: dict[str, tuple[float | None, float | None]] = {
    "IsRootEvent": (0, 1),
    "QuadClass": (1, 4),
    "GoldsteinScale": (-10, 10),
    "NumMentions": (0, None),
    "NumSources": (0, None),
    "NumArticles": (0, None),
}

LAYOUTS: dict[str, Layout] = {
    "gdelt2": Layout(
        "gdelt2",
        "GDELT 2.0",
        _GDELT2,
        _GDELT_NEEDED,
        _GDELT_NUMBERS,
        _GDELT_DATES,
        _GDELT_RANGES,
        header=False,
    ),
    "gdelt1": Layout(
        "gdelt1",
        "GDELT 1.0",
        _GDELT1,
        _GDELT_NEEDED,
        _GDELT_NUMBERS,
        _GDELT_DATES,
        _GDELT_RANGES,
        header=False,
        variants={57: _GDELT1[:-1]},
    ),
    "icews": Layout(
        "icews",
        "ICEWS",
        _ICEWS,
        (
            "Event ID",
            "Event Date",
            "Source Name",
            "Source Sectors",
            "Source Country",
            "CAMEO Code",
            "Intensity",
            "Target Name",
            "Target Sectors",
            "Target Country",
            "Story ID",
        ),
        {"Intensity": "decimal"},
        {"Event Date": "a date as YYYY-MM-DD"},
        {"Intensity": (-10, 10)},
    ),
    "polecat": Layout(
        "polecat",
        "POLECAT",
        _POLECAT,
        (
            "Event ID",
            "Event Date",
            "Event Type",
            "Event Mode",
            "Intensity",
            "Actor Name",
            "Actor Country",
            "Primary Actor Sector",
            "Recipient Name",
            "Recipient Country",
            "Primary Recipient Sector",
            "Source",
        ),
        {"Intensity": "decimal"},
        {"Event Date": "a date as YYYY-MM-DD"},
    ),
    "ucdp": Layout(
        "ucdp",
        "UCDP GED",
        _UCDP,
        (
            "id",
            "type_of_violence",
            "side_a",
            "side_b",
            "number_of_sources",
            "source_article",
            "date_start",
            "best",
        ),
        {"type_of_violence": "integer", "number_of_sources": "integer", "best": "integer"},
        {"date_start": "a date as YYYY-MM-DD (a time after it is ignored)"},
        {"type_of_violence": (1, 3), "best": (0, None)},
        delimiter=",",
        quoted=True,
        directed="undirected, except one-sided violence (type 3): side A acts on civilians",
    ),
    "acled": Layout(
        "acled",
        "ACLED",
        _ACLED,
        (
            "event_id_cnty",
            "event_date",
            "event_type",
            "sub_event_type",
            "actor1",
            "inter1",
            "actor2",
            "inter2",
            "source",
            "fatalities",
        ),
        {"fatalities": "integer"},
        {"event_date": "a date as YYYY-MM-DD or '15 January 2023'"},
        {"fatalities": (0, None)},
        delimiter=",",
        quoted=True,
        directed="undirected: ACLED's actor1 and actor2 do not imply who acted on whom",
    ),
}
"""Every supported source by its ``format=`` name."""

FORMATS = tuple(LAYOUTS)
"""The ``format=`` names: gdelt2, gdelt1, icews, polecat, ucdp, acled."""


def layout(format: str) -> Layout:
    """The layout of a ``format=`` name, or a ValueError listing the valid names.

    Examples
    --------
    >>> layout("icews").header
    True
    >>> layout("gdelt")
    Traceback (most recent call last):
    ...
    ValueError: unknown event format 'gdelt'; expected one of gdelt2, gdelt1, icews, polecat, ucdp, acled
    """  # noqa: E501
    try:
        return LAYOUTS[format]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown event format {format!r}; expected one of {', '.join(FORMATS)}"
        ) from None
