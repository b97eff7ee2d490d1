"""Exact comparison of the numbers people write in declarations.

``1e24 * 3 == 3e24`` is false in binary floating point; legal thresholds ("greater than one third")
must not depend on that. A float is converted through its shortest decimal representation, which is
exactly what the user wrote, and compared as a Decimal.
"""

from __future__ import annotations

from decimal import Decimal


def exact(value: float | int) -> Decimal:
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))


def sci(value: float | int | Decimal) -> str:
    """1e25 -> '1.0e+25', 38000000000000000000000000 -> '3.8e+25': readable in reasons and messages."""
    number = Decimal(value) if not isinstance(value, Decimal) else value
    if number == 0:
        return "0"
    text = f"{number:.6e}"
    mantissa, exponent = text.split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}e{int(exponent):+d}"


def significant_figures(text: str) -> int:
    """How many significant figures a number is written with: '2.4e25' -> 2, '2.40e25' -> 3.

    A whole number written out in full ('400000000000') is an exact count, so every digit counts.
    Trailing zeros of a mantissa with an exponent and no decimal point ('40e24') are ambiguous and not
    counted, so the answer is never more precise than what was written.
    """
    lowered = text.strip().lstrip("+-").lower().replace("_", "")
    mantissa, has_exponent = lowered.split("e")[0], "e" in lowered
    if not any(ch.isdigit() for ch in mantissa):
        return 0
    digits = mantissa.replace(".", "").lstrip("0")
    if has_exponent and "." not in mantissa:
        digits = digits.rstrip("0")
    return max(len(digits), 1)


def power_of_ten(value: Decimal) -> int | None:
    """k when value is exactly 10**k, else None."""
    if value <= 0:
        return None
    normal = value.normalize()
    _sign, digits, exponent = normal.as_tuple()
    if digits == (1,) and isinstance(exponent, int):
        return exponent
    return None
