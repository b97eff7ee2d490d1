"""Read a baseline: a JSON report from an earlier `check --format json` run, reduced to its findings.

A baseline can be large (a batch of thousands of declarations) and is an input like any other, so reading
it is bounded whatever it holds:

- The report as ``check`` writes it holds one declaration per line. It is read a line at a time: each
  declaration is decoded, reduced to its findings and dropped, so memory depends on the largest
  declaration, not on the file (at most ``MAX_PIECE_BYTES`` a line; the file at most ``MAX_BYTES``).
- A report in any other layout (re-indented by a tool) is decoded whole, up to ``MAX_PIECE_BYTES``.
- Before a piece is decoded, it must hold at least ``MIN_BYTES_PER_VALUE`` bytes per JSON value (counted
  from its ``,``, ``:``, ``[`` and ``{``), ``MIN_BYTES_PER_LIST`` per list and ``MIN_BYTES_PER_STRING`` per
  string (counted from its quotes, escaped ones included: an overcount); while it is decoded, each
  object keeps only the members a baseline uses. Together they bound what decoding builds to a few times
  the piece (see SECURITY.md); nesting too deep for the decoder and numbers too long are refused.
- Every field the comparison uses is checked for its type.

Every refusal is a located error (``baseline.json:LINE:COL: error: ...``), exit code 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.files import open_regular
from compliance_checker.models.baseline import Finding, finding_ids

MAX_BYTES = 2 * 1024**3
MAX_PIECE_BYTES = 64 * 1024**2
MIN_BYTES_PER_VALUE = 8  # a report has about 16
MIN_BYTES_PER_LIST = 128  # a report has about 500
MIN_BYTES_PER_STRING = 12  # a report has about 23 (keys included)
_SMALL = 1024  # pieces this short are decoded whatever their shape
_HEAD = b'{"tool":'
_DECLARATIONS = b'"declarations":['


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.found: set[Finding] = set()

    def fail(self, message: str, line: int | None = None, column: int | None = None) -> InputError:
        return InputError([Diagnostic(self.name, message, line, column)])

    def text(self, raw: bytes, line: int) -> str:
        """One piece of JSON as text, once its counts are within the bounds of the module docstring."""
        if len(raw) > _SMALL:
            counts = (
                (
                    "JSON values",
                    sum(raw.count(char) for char in (b",", b":", b"[", b"{")) + 1,
                    MIN_BYTES_PER_VALUE,
                ),
                ("lists", raw.count(b"["), MIN_BYTES_PER_LIST),
                ("strings", raw.count(b'"') // 2, MIN_BYTES_PER_STRING),
            )
            for what, count, least in counts:
                if count * least > len(raw):
                    raise self.fail(
                        f"holds {count:,} {what} in {len(raw):,} bytes, far more than a report holds; "
                        "not a compliance-checker JSON report",
                        line,
                        1,
                    )
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self.fail(f"not UTF-8 (byte 0x{raw[exc.start]:02x})", line, exc.start + 1) from None

    def loads(self, text: str, line: int) -> Any:
        """Decode a piece: each object keeps only the members a baseline uses."""
        try:
            return json.loads(text, object_hook=_kept)
        except json.JSONDecodeError as exc:
            raise self.fail(f"not a JSON report: {exc.msg}", line + exc.lineno - 1, exc.colno) from None
        except RecursionError:
            raise self.fail("not a JSON report: nested too deeply", line, 1) from None
        except ValueError:  # an integer with more digits than Python reads
            raise self.fail("not a JSON report: holds a number too long to read", line, 1) from None

    def declaration(self, decl: Any, index: int, line: int | None) -> None:
        """The findings of one declaration of the report; a value of the wrong type is refused."""
        where = f"declarations[{index}]"

        def expect(value: Any, kinds: type | tuple[type, ...], what: str, field: str) -> Any:
            if not isinstance(value, kinds) or isinstance(value, bool):
                raise self.fail(f"{field}: expected {what}, got {_json_type(value)}", line, 1)
            return value

        expect(decl, dict, "an object (a declaration)", where)
        path = expect(decl.get("path"), str, "a string", f"{where}.path")
        model = expect(decl.get("model"), (str, type(None)), "a string or null", f"{where}.model")
        results = expect(decl.get("results"), list, "a list", f"{where}.results")
        for number, result in enumerate(results):
            at = f"{where}.results[{number}]"
            expect(result, dict, "an object (a rule's result)", at)
            rule = expect(result.get("rule"), str, "a string", f"{at}.rule")
            status = expect(result.get("status"), str, "a string", f"{at}.status")
            waived = expect(
                result.get("waived_status"), (str, type(None)), "a string or null", f"{at}.waived_status"
            )
            failed = []
            for item_number, item in enumerate(
                expect(result.get("evidence"), list, "a list", f"{at}.evidence")
            ):
                item_at = f"{at}.evidence[{item_number}]"
                expect(item, dict, "an object (an evidence item)", item_at)
                item_path = expect(item.get("path"), str, "a string", f"{item_at}.path")
                if expect(item.get("status"), str, "a string", f"{item_at}.status") == "failed":
                    failed.append(item_path)
            self.found |= finding_ids(path, model, rule, waived or status, failed)

    def streamed(self, handle: BinaryIO) -> None:
        """The report as ``check`` writes it: a head line, one declaration per line, then the tail."""
        index, line = 0, 1
        while True:
            line += 1
            raw = handle.readline(MAX_PIECE_BYTES + 1)
            if not raw:
                raise self.fail("the report ends before its list of declarations does; it is cut short", line)
            if len(raw) > MAX_PIECE_BYTES:
                raise self.fail(
                    f"line is over the {MAX_PIECE_BYTES:,}-byte limit of one declaration", line, 1
                )
            raw = raw.rstrip(b"\r\n")
            if raw.startswith(b"]"):
                return  # the tail: summary, exit code, notices
            text = self.text(raw.removesuffix(b","), line)
            del raw  # only the text while it is decoded: a piece may be 64 MiB
            self.declaration(self.loads(text, line), index, line)
            index += 1

    def whole(self, handle: BinaryIO, first: bytes) -> None:
        raw = first + handle.read(MAX_PIECE_BYTES + 1 - len(first))
        del first
        if len(raw) > MAX_PIECE_BYTES:
            raise self.fail(
                f"a report in another layout than `check --format json` writes (one declaration per line) "
                f"may be at most {MAX_PIECE_BYTES:,} bytes",
                1,
                1,
            )
        text = self.text(raw, 1)
        del raw
        data = self.loads(text, 1)
        declarations = data.get("declarations") if isinstance(data, dict) else None
        if not isinstance(declarations, list):
            raise self.fail("not a compliance-checker JSON report: no 'declarations' list", 1, 1)
        for index, decl in enumerate(declarations):
            self.declaration(decl, index, None)


# The members a baseline uses; every other member of every object is dropped as soon as it is decoded.
_KEPT = frozenset({"declarations", "path", "model", "results", "rule", "status", "waived_status", "evidence"})
_NOTHING: dict[str, Any] = {}  # shared by every object that keeps nothing (never changed)


def _kept(members: dict[str, Any]) -> dict[str, Any]:
    kept = {key: value for key, value in members.items() if key in _KEPT}
    return kept or _NOTHING


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def load_baseline(path: str | Path) -> frozenset[Finding]:
    reader = _Reader(str(path))
    with open_regular(Path(path), max_bytes=MAX_BYTES, kind="JSON report") as handle:
        try:
            first = handle.readline(MAX_PIECE_BYTES + 1)
            if first.startswith(_HEAD) and first.rstrip(b"\r\n").endswith(_DECLARATIONS):
                del first
                reader.streamed(handle)
            else:
                reader.whole(handle, first)
        except OSError as exc:
            raise reader.fail(f"cannot read this file: {exc.strerror or exc}") from None
    return frozenset(reader.found)
