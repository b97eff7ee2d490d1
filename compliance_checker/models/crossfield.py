"""What a declaration's schema cannot say, in one place for both validation paths.

A JSON Schema cannot compare two fields or compare a date with a run parameter. These plain functions
can, and both paths call them: the pydantic models' validators (``models/declaration.py``,
``models/common.py``) and the pydantic-free fast path (``loading/fastpath.py``) through ``MODEL_CHECKS``.
Each returns ``None`` when the values are fine, or the message that says what is wrong. No pydantic here:
the fast path must not import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def date_after_as_of(value: dt.date, as_of: dt.date | None) -> str | None:
    """A date that records something already done cannot lie after the as-of date (without one, a file
    validated on its own, nothing is compared)."""
    if as_of is None or not value > as_of:
        return None
    return (
        f"{value.isoformat()} is after the as-of date {as_of.isoformat()}; this date records something "
        "that has already happened, so it cannot be in the future (correct it, or check with a later "
        "--as-of)"
    )


def cumulative_below_training(flop: float | None, cumulative_flop: float | None) -> str | None:
    """``model.training_compute``: the cumulative figure includes the compute that updated the parameters."""
    if cumulative_flop is None or flop is None or not cumulative_flop < flop:
        return None
    return (
        f"cumulative_flop ({cumulative_flop:.3g}) cannot be less than flop ({flop:.3g}): "
        "cumulative compute includes the compute that updated the parameters"
    )


def evidence_location(url: str | None, path: str | None, sha256: str | None) -> str | None:
    """An evidence entry is a ``url`` or a ``path``, and only a file's digest can be checked."""
    if (url is None) == (path is None):
        return "an evidence entry needs exactly one of 'url' or 'path'"
    if sha256 is not None and path is None:
        return "'sha256' can only be checked for an evidence entry with a 'path'"
    return None


def repeated_evidence_id(ids: Iterable[str]) -> str | None:
    """Each evidence id once (the loader reports a repeat where it is written, before validation)."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            return f"evidence id {ident!r} is used more than once"
        seen.add(ident)
    return None


# The models' cross-field checks over a model's validated values (a dict in field order, as
# ``model_dump()`` gives it), keyed by the model's name in the published schema ("Declaration" for the top
# level). The fast path runs them; a test keeps this table equal to the models that have a validator.
MODEL_CHECKS: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "TrainingCompute": lambda v: cumulative_below_training(v["flop"], v["cumulative_flop"]),
    "Evidence": lambda v: evidence_location(v["url"], v["path"], v["sha256"]),
    "Declaration": lambda v: repeated_evidence_id(item["id"] for item in v["evidence"]),
}
