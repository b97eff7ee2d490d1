"""Calendar arithmetic for legal time limits: days, weeks, calendar months, years and business days."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Move ``count`` working days (Monday to Friday) forward or back.

    Public holidays are not taken into account: the Code of Practice does not say whose holidays count,
    so the checker uses the strictest reading (only weekends are skipped).
    """
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    current = day
    while remaining:
        current += dt.timedelta(days=step)
        if current.weekday() < 5:
            remaining -= 1
    return current


def shift(
    day: dt.date, *, days: int = 0, weeks: int = 0, months: int = 0, years: int = 0, business_days: int = 0
) -> dt.date:
    result = day + dt.timedelta(days=days, weeks=weeks)
    if months or years:
        result = add_months(result, months + 12 * years)
    if business_days:
        result = add_business_days(result, business_days)
    return result
