"""DataFrames into tables: each column as the text a CSV file would hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from .cells import check_cells, check_header, clean_name
from .table import Table

__all__ = ["table_from_frame"]


def table_from_frame(frame: pd.DataFrame, *, what: str, index_name: str | None) -> Table:
    if index_name and frame.index.name == index_name and index_name not in frame.columns:
        frame = frame.reset_index()
    raw_names = [str(c) for c in frame.columns]
    columns = [clean_name(c) for c in raw_names]
    cells: dict[str, np.ndarray] = {}
    originals: dict[str, pd.Series] = {}
    for name, (_, series) in zip(columns, frame.items(), strict=True):
        cells[name] = _text_column(series)
        if _is_number_column(series):
            originals[name] = series
    lines = np.arange(2, len(frame) + 2, dtype=np.int64)
    table = Table(f"{what} DataFrame", columns, cells, lines, originals=originals)
    check_header(table, raw_names, line=1)
    table.shape_problems = len(table.problems)
    check_cells(table, controls=True, long_fields=True)
    return table


def _is_number_column(series: pd.Series) -> bool:
    return pd.api.types.is_bool_dtype(series.dtype) or (
        pd.api.types.is_numeric_dtype(series.dtype)
        and not pd.api.types.is_complex_dtype(series.dtype)
    )


def _text_column(series: pd.Series) -> np.ndarray:
    """A DataFrame column as the text a CSV file would hold: numbers as written (a whole
    float as an integer: a year column with a gap is stored as floats), dates as
    ``YYYY-MM-DD`` (dates are days here), missing values as ``""``."""
    dtype = series.dtype
    missing = series.isna().to_numpy(dtype=bool)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        text = series.dt.strftime("%Y-%m-%d")
    elif pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
        text = series.astype(object).astype(str)
    elif pd.api.types.is_float_dtype(dtype):
        numbers = series.to_numpy(dtype=float, na_value=np.nan)
        whole = np.isfinite(numbers) & (numbers == np.round(numbers)) & (abs(numbers) < 2**53)
        out = numbers.astype(str).astype(object)
        out[whole] = numbers[whole].astype(np.int64).astype(str)
        out[missing] = ""
        return out
    elif pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        text = series.astype(object).where(~missing, "").str.strip()
        return text.to_numpy(dtype=object)
    else:
        return np.array([_cell(v) for v in series.tolist()], dtype=object)
    out = text.to_numpy(dtype=object)
    out[missing] = ""
    return out


def _cell(value: Any) -> str:
    """One cell of a column of mixed types."""
    if value is None or (not isinstance(value, (list, tuple, dict, set)) and pd.isna(value)):
        return ""
    if isinstance(value, dt.datetime):  # pandas Timestamps too: dates are days here
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
