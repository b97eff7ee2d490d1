"""`present`: the path holds an answer.

Not given (absent, null) and blank text fail. An empty list fails too ("none declared", but an answer is
expected), unless ``accept_none`` allows stating that nothing applies (an explicit ``N/A``, ``none`` or
empty list), where the legal form allows it. Partial: a placeholder (``x``, ``TODO``, ``TBD``, ``...``,
``lorem ipsum``, ``<...>``; docs/evidence.md), ``N/A`` where ``accept_none`` does not allow it, a list or
mapping with a placeholder entry, text pasted into another field of the same section, and, with
``words: {recommended: N}`` (or ``{recommended: N, up_to: true}``), text with fewer than a quarter of the N
words the legal form recommends. Put ``words`` only where the source states a length (the final Model
Documentation Form's items 7, 8, 21, 22, 23, 26, 27, 30, 33-36 and 43). ``also`` lists alternative
paths: the best of them counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from compliance_checker.engine.answers import is_thin, pasted_from, word_count
from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import (
    LONGEST_NONE,
    Operator,
    Read,
    Verdict,
    empty_list,
    failed,
    passed,
    plural,
    show,
    states_none,
    thin,
)
from compliance_checker.engine.placeholders import is_placeholder, placeholder_text
from compliance_checker.models.record import Meta, Record
from compliance_checker.models.ruleset import Check, DeclPath

# Type tuples for isinstance, made once: ``list | dict`` in a call makes a new union object every time.
_MAYBE_DEFAULT = (list, dict, bool)  # what validation may have filled in
_CONTAINERS = (list, tuple, dict)
_SEQUENCES = (list, tuple)


class WordCount(Record):
    """The length a form recommends for a free-text answer: about ``recommended`` words, or with
    ``up_to`` at most that many. An answer under a quarter of it is thin."""

    recommended: Annotated[
        int, Meta(minimum=1, description="The recommended number of words, as the form states it.")
    ]
    up_to: Annotated[bool, Meta(description="The form recommends at most this many words ('up to').")] = False


class Present(Check):
    """The path holds an answer: not given (absent, null, blank) fails; a placeholder, an answer far
    shorter than ``words`` or the same text as another answer of its section is partial. ``also`` lists
    alternative paths (any one); ``accept_none`` counts an explicit N/A, 'none' or empty list."""

    check: Literal["present"]
    also: tuple[DeclPath, ...] = ()
    accept_none: Annotated[
        bool,
        Meta(
            description="Count an explicit N/A, 'none' or empty list as an answer, where the legal form "
            "allows one."
        ),
    ] = False
    words: (
        Annotated[
            WordCount,
            Meta(
                description="The length the source form recommends for this free-text answer; an answer with "
                "fewer than a quarter of these words is partial. Only where the source states a length."
            ),
        ]
        | None
    ) = None


def _recommended(spec: Present) -> str:
    assert spec.words is not None
    return f"the Form recommends {'up to' if spec.words.up_to else 'about'} {spec.words.recommended}"


def _answer(path: str, spec: Present, ctx: Context) -> Verdict:
    """One path: not given, none, a thin answer or an answer."""
    value = ctx.lookup(path)
    if isinstance(value, str):  # most answers: text is never a default, nor MISSING
        return _text(path, value, spec, ctx)
    # Only a list, a mapping or a boolean can be a default the validation filled in (not given).
    if value is MISSING or (isinstance(value, _MAYBE_DEFAULT) and ctx.written(path) is MISSING):
        return failed(f"{path} is not given")
    if isinstance(value, _CONTAINERS) and not value:
        if spec.accept_none:
            return passed(
                f"{empty_list(path)} (the form allows stating that none applies)", declared_none=True
            )
        return failed(f"{empty_list(path)}; an answer is expected")
    if isinstance(value, _SEQUENCES) and all(is_placeholder(v) for v in value):
        return thin(f"{path} holds only placeholders ({show(value)}), which say nothing")
    blanks = _placeholder_parts(value, accept_none=spec.accept_none)
    if blanks:
        return thin(f"{path} has placeholders ({', '.join(blanks)}), which say nothing")
    return passed(f"{path} = {show(value)}")


def _text(path: str, value: str, spec: Present, ctx: Context) -> Verdict:
    stripped = value.strip()
    if not stripped:
        return failed(f"{path} is blank, which is not an answer")
    if len(stripped) <= LONGEST_NONE and states_none(stripped):  # a longer text cannot state none
        if spec.accept_none:
            return passed(f"{path} = {show(value)} (the form allows stating that none applies)")
        return thin(f"{path} is {show(value)}, which is not an answer here: nothing says none may apply")
    if placeholder_text(value):
        return thin(f"{path} is a placeholder ({show(value)}), which says nothing")
    pasted = pasted_from(value, ctx.field_of(path), ctx.duplicates) if value in ctx.duplicates else ()
    if pasted:
        return thin(
            f"{path} has the same text as {', '.join(pasted)}: one text cannot answer different questions"
        )
    if spec.words is None:
        return passed(f"{path} = {show(value)}")
    words = word_count(value)
    if is_thin(words, spec.words.recommended):
        return thin(
            f"{path} has {plural(words, 'word')}; {_recommended(spec)} (fewer than a quarter of that is thin)"
        )
    return passed(f"{path}: {plural(words, 'word')}; {_recommended(spec)}")


def _placeholder_parts(value: Any, *, accept_none: bool) -> list[str]:
    """The entries of a list, or values of a mapping, that are placeholder text: '[2] = 'x'' (an N/A
    that the form allows is not one)."""
    if isinstance(value, dict):
        parts = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, _SEQUENCES):
        parts = [(f"[{i}]", v) for i, v in enumerate(value)]
    else:
        return []
    return [
        f"{name} = {show(v)}"
        for name, v in parts
        if isinstance(v, str) and placeholder_text(v) and not (accept_none and states_none(v))
    ]


def evaluate(spec: Present, ctx: Context) -> Verdict:
    if not spec.also:  # most checks: one path, whose verdict is the check's
        return _answer(spec.path, spec, ctx)
    # The first path (in order) that holds an answer counts, else the first that holds a thin one: the
    # paths after the first answer are not read.
    thin_answer: Verdict | None = None
    for path in (spec.path, *spec.also):
        verdict = _answer(path, spec, ctx)
        if verdict.status == "ok":
            return verdict
        if thin_answer is None and verdict.status == "partial":
            thin_answer = verdict
    return thin_answer or failed(f"none of {', '.join((spec.path, *spec.also))} is given")


def describe(spec: Present) -> str:
    alts = "".join(f" or `{p}`" for p in spec.also)
    text = f"`{spec.path}`{alts} given" + (" (N/A or 'none' accepted)" if spec.accept_none else "")
    if spec.words is not None:
        how = "up to" if spec.words.up_to else "about"
        text += f", at least a quarter of the {how} {spec.words.recommended} words the Form recommends"
    return text


def reads(spec: Present) -> Iterator[Read]:
    yield Read(("path",), spec.path)
    for index, path in enumerate(spec.also):
        yield Read(("also", index), path)


OPERATOR = Operator(spec=Present, evaluate=evaluate, describe=describe, reads=reads)
