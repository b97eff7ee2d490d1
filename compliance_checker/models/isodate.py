"""Reading ``YYYY-MM-DD`` dates, shared by the pydantic models and the pydantic-free fast path."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise ValueError("expected a date written as YYYY-MM-DD, such as 2025-08-02")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a real calendar date; expected YYYY-MM-DD, such as 2025-08-02"
        ) from None
