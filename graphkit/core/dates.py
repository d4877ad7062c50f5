"""Partial ISO dates (``2016``, ``2017-01``, ``2024-12-05``) and the days they span."""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["first_day", "last_day", "parse_date", "to_date"]

# ASCII digits only: ``\d`` would also take Arabic-Indic and other digits, which
# other tools (Gephi's time bounds) cannot read.
_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def parse_date(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day covered by a partial ISO date.

    A year covers the whole year, a year-month the whole month, a full date one day.
    Digits are ASCII (``0-9``): ``٢٠٢٤`` is not a year here.

    Parameters
    ----------
    text : str
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Returns
    -------
    tuple of datetime.date
        ``(first_day, last_day)``.

    Raises
    ------
    ValueError
        If ``text`` is not one of the three forms or is not a real calendar date.

    Examples
    --------
    >>> parse_date("2016")
    (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
    >>> parse_date("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> parse_date("2024-12-05")
    (datetime.date(2024, 12, 5), datetime.date(2024, 12, 5))
    """
    match = _PARTIAL.match(text.strip())
    if not match:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if month_text is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(month_text)
    if day_text is None:
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range in {text!r}")
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    try:
        day = dt.date(year, month, int(day_text))
    except ValueError as exc:  # 2024-02-30
        raise ValueError(f"not a calendar date: {text!r} ({exc})") from None
    return day, day


def first_day(value: str | dt.date) -> dt.date:
    """First day covered by a partial ISO date (see :func:`parse_date`) or a date."""
    return _span(value)[0]


def last_day(value: str | dt.date) -> dt.date:
    """Last day covered by a partial ISO date (see :func:`parse_date`) or a date."""
    return _span(value)[1]


def _span(value: str | dt.date) -> tuple[dt.date, dt.date]:
    # Graphs from other tools may hold date objects rather than ISO strings.
    _refuse_missing(value)
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return day, day
    return parse_date(str(value))


def to_date(value: str | dt.date | dt.datetime) -> dt.date:
    """A single day from a date, datetime, pandas Timestamp or full ISO date string.

    Examples
    --------
    >>> to_date("2024-12-05")
    datetime.date(2024, 12, 5)
    >>> import datetime
    >>> to_date(datetime.datetime(2024, 12, 5, 18, 30))
    datetime.date(2024, 12, 5)
    """
    _refuse_missing(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        first, last = parse_date(value)
        if first != last:
            raise ValueError(f"a snapshot needs a single day (YYYY-MM-DD), got {value!r}")
        return first
    raise TypeError(f"expected a date, datetime or 'YYYY-MM-DD' string, got {type(value).__name__}")


def _refuse_missing(value: object) -> None:
    """A missing value (pandas' ``NaT``, NaN) is no date; ``NaT`` is a ``datetime`` whose
    ``date()`` is ``NaT`` again, so it would otherwise pass for one."""
    if value != value:  # NaT and NaN only
        raise ValueError(f"expected a date, got a missing value ({value!r})")
