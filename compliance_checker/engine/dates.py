"""Calendar arithmetic for legal time limits: days, weeks, calendar months, years and business days.

Every function saturates instead of failing: a limit that would fall after 9999-12-31 is that day, one
before 0001-01-01 is that day. A placement planned for 9999-12-31 is a valid declaration, and a custom
ruleset may ask for an offset of a million years; neither can be represented exactly, both stay far
beyond any real date. The one inexact case is a date on the calendar's last (or first) day itself, which
is then compared with the saturated limit as if the limit fell on that day.
"""

from __future__ import annotations

import datetime as dt

_FIRST = dt.date.min.toordinal()
_LAST = dt.date.max.toordinal()


def _on(ordinal: int) -> dt.date:
    """The date with this day number, saturated at the calendar's ends."""
    return dt.date.fromordinal(min(max(ordinal, _FIRST), _LAST))


def _weekday(ordinal: int) -> int:
    return (ordinal - 1) % 7  # day 1, 0001-01-01, was a Monday


def add_days(day: dt.date, days: int) -> dt.date:
    return _on(day.toordinal() + days)


def _days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without importing ``calendar`` and ``locale`` at start-up."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if year < dt.MINYEAR:
        return dt.date.min
    if year > dt.MAXYEAR:
        return dt.date.max
    last = _days_in_month(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Move ``count`` working days (Monday to Friday) forward or back, in constant time.

    Public holidays are not taken into account: the Code of Practice does not say whose holidays count,
    so the checker uses the strictest reading (only weekends are skipped).
    """
    if count == 0:
        return day
    step = 1 if count > 0 else -1
    ordinal = day.toordinal()
    # From a weekend day, the working days after it (before it) are those after the Friday before it
    # (before the Monday after it); from a working day, every 5 working days are exactly one week.
    while _weekday(ordinal) >= 5:
        ordinal -= step
    weeks, remaining = divmod(abs(count), 5)
    ordinal += step * 7 * weeks
    while remaining:
        ordinal += step
        if _weekday(ordinal) < 5:
            remaining -= 1
    return _on(ordinal)


def shift(
    day: dt.date, *, days: int = 0, weeks: int = 0, months: int = 0, years: int = 0, business_days: int = 0
) -> dt.date:
    result = add_days(day, days + 7 * weeks)
    if months or years:
        result = add_months(result, months + 12 * years)
    if business_days:
        result = add_business_days(result, business_days)
    return result
