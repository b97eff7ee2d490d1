"""The fast path against pydantic: whenever it vouches for a declaration, pydantic accepts it and dumps
exactly the same values (same types, same key order); whenever pydantic rejects one, it does not vouch.
Over the samples, the invalid samples, tests/inputs, every rule-case base and case, and hypothesis-made
variations of valid declarations. Deterministic, like test_fuzz. Also: the generated validator is the one
the generator makes from the published schema today, and the engine reads one view whichever path
validated a file.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import math
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from compliance_checker.engine.classify import classify
from compliance_checker.errors import InputError
from compliance_checker.loading import fastpath
from compliance_checker.loading.files import read_text
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.common import COUNTRY_CODES, assigned_country, not_after_as_of
from compliance_checker.models.crossfield import MODEL_CHECKS
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.isodate import parse_iso_date
from tests.conftest import ROOT, SAMPLES
from tests.test_rule_cases import BASES_DIR, DEFAULT_AS_OF, all_cases, apply, base

AS_OFS = (None, DEFAULT_AS_OF, dt.date(2025, 8, 1), dt.date(2024, 1, 1))


def _pydantic(data: Any, as_of: dt.date | None) -> dict[str, Any] | None:
    try:
        return Declaration.model_validate(data, context={"as_of": as_of}).model_dump()
    except ValidationError:
        return None


def _same(a: Any, b: Any, where: str = "") -> None:
    """Equal, and of the same types all the way down (1 == 1.0 == True is not enough)."""
    assert type(a) is type(b), f"{where}: {a!r} ({type(a).__name__}) vs {b!r} ({type(b).__name__})"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} vs {list(b)}"
        for key in a:
            _same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), f"{where}: lengths {len(a)} vs {len(b)}"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{index}]")
    else:
        assert a == b, f"{where}: {a!r} vs {b!r}"


def check_equivalent(data: Any, as_of: dt.date | None) -> tuple[bool, bool]:
    """(fast path vouched, pydantic accepted), after asserting the one-sided contract."""
    fast = fastpath.fast_values(data, as_of=as_of)
    slow = _pydantic(data, as_of)
    if fast is not None:
        assert slow is not None, "the fast path accepted what pydantic rejects"
        _same(fast, slow)
    return fast is not None, slow is not None


def _read(path: Path) -> Any:
    text, _ = read_text(path)  # the loader's own reading: encodings, size, byte order marks
    return parse_yaml(text, str(path)).data


def test_the_generated_validator_is_current() -> None:
    from compliance_checker.tools.fastpath import generate
    from compliance_checker.tools.schemas import FAST_VALIDATOR

    for name, text in generate(Declaration.model_json_schema()).items():
        assert FAST_VALIDATOR.with_name(name).read_text(encoding="utf-8") == text, (
            f"{name}: regenerate with: python -m compliance_checker.tools.schemas"
        )


# --- shipped and test inputs ----------------------------------------------------------------------------

VALID_SAMPLES = sorted(SAMPLES.glob("*.yaml"))
INVALID_FILES = sorted((SAMPLES / "invalid").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "inputs").rglob("*.yaml")
)
BASES = sorted(BASES_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", VALID_SAMPLES + BASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_valid_declarations_take_the_fast_path(path: Path) -> None:
    data = _read(path)
    for as_of in AS_OFS:
        fast, slow = check_equivalent(data, as_of)
        assert fast == slow, f"as of {as_of}: pydantic accepts, but the fast path does not vouch"
    assert _pydantic(data, DEFAULT_AS_OF) is not None


@pytest.mark.parametrize("path", INVALID_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_invalid_inputs_are_left_to_pydantic(path: Path) -> None:
    try:
        data = _read(path)
    except InputError:
        return  # refused while parsing: never reaches validation
    for as_of in AS_OFS:
        check_equivalent(data, as_of)


CASES = all_cases()


def test_every_rule_case_is_equivalent_and_classifies_the_same() -> None:
    """Every case's declaration is valid, vouched for by the fast path with the model's values, and
    classified the same from either. Cases that change a base the same way on the same date are the
    same input (often the same change for several rules): each distinct input is checked once."""
    seen: set[tuple[Any, ...]] = set()
    for case in CASES:
        key = (case.base, case.as_of, repr(case.set), case.unset)
        if key in seen:
            continue
        seen.add(key)
        data = apply(base(case.base), case)
        values = fastpath.fast_values(data, as_of=case.as_of)
        model = Declaration.model_validate(data, context={"as_of": case.as_of})  # raises when invalid
        assert values is not None, f"{case.id}: pydantic accepts, but the fast path does not vouch"
        _same(values, model.model_dump(), case.id)
        assert classify(fastpath.view(values), case.as_of) == classify(model, case.as_of), case.id


# --- the view -------------------------------------------------------------------------------------------


def test_the_view_reads_like_the_model() -> None:
    data = _read(SAMPLES / "frontier-systemic-risk.yaml")
    values = fastpath.fast_values(data, as_of=DEFAULT_AS_OF)
    assert values is not None
    record: Any = fastpath.view(values)
    model = Declaration.model_validate(data, context={"as_of": DEFAULT_AS_OF})
    assert record.model.training_compute.flop == model.model.training_compute.flop
    assert record.model.systemic_risk.rebuttal == model.model.systemic_risk.rebuttal
    assert [e.id for e in record.evidence] == [e.id for e in model.evidence]
    assert record.rulesets == model.rulesets and isinstance(record.rulesets, dict)
    assert record.model.modalities.input == model.model.modalities.input
    with pytest.raises(AttributeError):
        _ = record.provider.no_such_field
    with pytest.raises(AttributeError):
        record.provider.name = "changed"
    again = pickle.loads(pickle.dumps(record))
    assert again == record and again.model.training_compute.flop == model.model.training_compute.flop


# --- what the schema cannot say: the model validators must all be known to the fast path --------------


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found:
                found.append(annotation)
                for field in annotation.model_fields.values():
                    visit(field.annotation)
            return
        for arg in typing.get_args(annotation):
            visit(arg)

    visit(root)
    return found


def _functions_in(annotation: Any) -> set[Any]:
    found: set[Any] = set()
    for item in getattr(annotation, "__metadata__", ()):
        if hasattr(item, "func"):
            found.add(item.func)
    for arg in typing.get_args(annotation):
        found |= _functions_in(arg)
    return found


def test_the_fast_path_knows_every_model_validator() -> None:
    with_checks: set[str] = set()
    functions: set[Any] = set()
    for model in _models(Declaration):
        decorators = model.__pydantic_decorators__
        assert not decorators.field_validators and not decorators.root_validators, model.__name__
        if decorators.model_validators:
            with_checks.add(model.__name__)
        for field in model.model_fields.values():
            functions |= _functions_in(field.annotation)
            functions |= {m.func for m in field.metadata if hasattr(m, "func")}
    assert with_checks == set(MODEL_CHECKS)
    # assigned_country is mirrored by the enum the schema publishes for a country code (tested below).
    assert functions <= {parse_iso_date, not_after_as_of, assigned_country}


def test_the_published_country_enum_is_the_validator_s_list() -> None:
    schema = json.loads((ROOT / "schemas" / "declaration.schema.json").read_text(encoding="utf-8"))
    country = schema["$defs"]["Provider"]["properties"]["country"]["anyOf"][0]
    assert set(country["enum"]) == COUNTRY_CODES
    assert fast_validate_country("ZZ") is None and fast_validate_country("EL") is not None


def fast_validate_country(code: str) -> dict[str, Any] | None:
    data = {
        "format_version": "1.0",
        "provider": {"name": "Acme", "country": code},
        "model": {"name": "m", "version": "1", "modalities": {"input": ["text"], "output": ["text"]}},
    }
    return fastpath.fast_values(data)


def _reads_alike(view: Any, model: Any, where: str) -> None:
    """Every field of the view reads as the model's: nested models as views, lists of them as lists."""
    for name in type(model).model_fields:
        got, want = getattr(view, name), getattr(model, name)
        if isinstance(want, BaseModel):
            _reads_alike(got, want, f"{where}.{name}")
        elif isinstance(want, list) and want and isinstance(want[0], BaseModel):
            assert isinstance(got, list) and len(got) == len(want), f"{where}.{name}"
            for index, (a, b) in enumerate(zip(got, want, strict=True)):
                _reads_alike(a, b, f"{where}.{name}[{index}]")
        else:
            _same(got, want, f"{where}.{name}")


@pytest.mark.parametrize("path", VALID_SAMPLES + BASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_field_of_the_view_reads_as_the_model_s(path: Path) -> None:
    data = _read(path)
    values = fastpath.fast_values(data, as_of=DEFAULT_AS_OF)
    assert values is not None
    _reads_alike(
        fastpath.view(values), Declaration.model_validate(data, context={"as_of": DEFAULT_AS_OF}), ""
    )


def test_a_file_only_pydantic_vouches_for_is_read_through_the_same_view(tmp_path: Path) -> None:
    """The fast path leaves non-ASCII text in a pattern field to pydantic (Rust's regex engine); pydantic
    accepts this URL, and the engine gets the same kind of view, with the same facts, as for a file the
    fast path validated."""
    from compliance_checker.loading.declaration import load_declaration

    original = (SAMPLES / "open-source-exempt.yaml").read_text(encoding="utf-8")
    data = _read(SAMPLES / "open-source-exempt.yaml")
    url = data["evidence"][0].get("url")
    assert url, "the first evidence entry of the sample has a url"
    (tmp_path / "a.yaml").write_text(original, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(original.replace(url, "https://例え.jp/model-card", 1), encoding="utf-8")
    fast = load_declaration(tmp_path / "a.yaml", as_of=DEFAULT_AS_OF)
    slow = load_declaration(tmp_path / "b.yaml", as_of=DEFAULT_AS_OF)
    assert fastpath.fast_values(_read(tmp_path / "b.yaml"), as_of=DEFAULT_AS_OF) is None
    assert type(slow.declaration) is type(fast.declaration) is fastpath.View
    assert slow.declaration.evidence[0].url == "https://例え.jp/model-card"
    assert classify(slow.declaration, DEFAULT_AS_OF) == classify(fast.declaration, DEFAULT_AS_OF)


# --- hypothesis: variations of valid declarations -------------------------------------------------------

FUZZ = settings(
    max_examples=1500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ORIGINALS = [_read(p) for p in VALID_SAMPLES + BASES]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _scalars(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _scalars(value)]
    if isinstance(node, list):
        return [s for value in node for s in _scalars(value)]
    return [node]


DONORS = sorted({repr(s): s for d in ORIGINALS for s in _scalars(d)}.values(), key=repr)
NASTY: list[Any] = [
    None, True, False, 0, 1, -1, 0.0, -0.0, 1.5, 2**63, 2**64, 10**400, -(10**30), 1e308, 1e-320,
    math.inf, -math.inf, math.nan, "", " ", "TODO", "N/A", "1e25", "3.8e25", "true", "null", "1.0",
    "2024-02-29", "2023-02-29", "2024-13-01", "2024-1-1", "2099-01-01", "2026-11-30", "2026-11-29",
    "2024-01-01T00:00:00", "2024-01-01\n",
    "\uff12\uff10\uff12\uff14-01-01", "DE", "de", "DEU", "01/2025", "13/2025",
    "https://example.org/x", "https://exa mple.org", "http://例え.jp/", "a" * 64, "0" * 64, "ä\ud800",
    "text", "other", "hardware", "free_and_open_source", "<1B tokens", [], {}, ["text"], [1], [None],
    {"x": 1}, {"text": "1M"}, {1: "x"}, {"id": "e1", "url": "https://example.org"},
    {"id": "e1", "path": "a.pdf", "sha256": "0" * 64}, {"id": "e2", "url": "https://a.b", "path": "a"},
    {"id": "e3", "url": "https://a.b/c", "sha256": "0" * 64},
    {"id": "e4", "path": "b.pdf", "date": "2025-01-01"},
]  # fmt: skip
MAPPING_KEYS = [
    "unknown",
    "flop",
    "cumulative_flop",
    "url",
    "path",
    "sha256",
    "date",
    "id",
    "text",
    "evidence",
]


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _drop(data: Any, path: tuple[Any, ...]) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]


@st.composite
def variations(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(draw(st.sampled_from(ORIGINALS)))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["drop", "nasty", "donor", "donor", "add", "duplicate", "scale"]))
        if action == "drop":
            _drop(data, path)
            continue
        node = data
        for part in path[:-1]:
            node = node[part]
        current = node[path[-1]]
        if action == "nasty":
            _set(data, path, copy.deepcopy(draw(st.sampled_from(NASTY))))
        elif action == "donor":
            _set(data, path, draw(st.sampled_from(DONORS)))
        elif action == "add" and isinstance(current, dict):
            current[draw(st.sampled_from(MAPPING_KEYS))] = copy.deepcopy(
                draw(st.sampled_from(NASTY + DONORS))
            )
        elif action == "duplicate" and isinstance(current, list) and current:
            current.append(copy.deepcopy(draw(st.sampled_from(current))))
        elif action == "scale" and type(current) in (int, float):
            factor = draw(st.sampled_from([0, -1, 0.5, 2, 10**10, 1e300, 1e-300]))
            with contextlib.suppress(OverflowError):
                _set(data, path, current * factor)
    return data


def test_variations_are_equivalent_and_reach_both_sides() -> None:
    """The property over hypothesis-made variations; then, over the same examples, that it made valid and
    invalid ones and that the fast path vouches for most valid ones."""
    counts = {"fast": 0, "valid": 0, "total": 0}

    @FUZZ
    @given(data=variations(), as_of=st.sampled_from(AS_OFS))
    def variations_are_equivalent(data: Any, as_of: dt.date | None) -> None:
        fast, slow = check_equivalent(data, as_of)
        counts["total"] += 1
        counts["fast"] += fast
        counts["valid"] += slow

    variations_are_equivalent()
    assert 0 < counts["valid"] < counts["total"]
    assert counts["fast"] >= 0.9 * counts["valid"], counts


@settings(FUZZ, max_examples=300)
@given(
    value=st.one_of(
        st.text(max_size=12),
        st.from_regex(r"^\d{4}-\d{2}-\d{2}$", fullmatch=True),
        st.dates().map(dt.date.isoformat),
        st.integers(),
        st.floats(),
    ),
    field=st.sampled_from(
        [
            ("model", "training_compute", "flop"),
            ("model", "training_compute", "cumulative_flop"),
            ("model", "parameters"),
            ("model", "placed_on_market"),
            ("model", "systemic_risk", "notification_date"),
            ("provider", "country"),
        ]
    ),
    as_of=st.sampled_from(AS_OFS),
)
def test_scalar_fields_are_equivalent(value: Any, field: tuple[str, ...], as_of: dt.date | None) -> None:
    data = copy.deepcopy(ORIGINALS[0])
    node = data
    for part in field[:-1]:
        node = node.setdefault(part, {})
    node[field[-1]] = value
    check_equivalent(data, as_of)


EVIDENCE_ENTRY = st.fixed_dictionaries(
    {"id": st.sampled_from(["e1", "e2", "e3", "doc.v1", "-bad", 7])},
    optional={  # mostly valid values, so that the model checks decide
        "url": st.sampled_from(["https://example.org/a", "https://example.org/b", None, "ftp://x.org"]),
        "path": st.sampled_from(["docs/a.pdf", "b.txt", None, "", 3]),
        "sha256": st.sampled_from(["0" * 64, "ab" * 32, None, "A" * 64]),
        "date": st.sampled_from(["2025-01-01", "2024-06-30", "2099-01-01", "2025-02-30", None]),
        "description": st.sampled_from(["policy", None, 1.5]),
    },
)
EVIDENCE_LISTS = st.lists(EVIDENCE_ENTRY, max_size=3, unique_by=lambda e: e["id"]) | st.lists(
    EVIDENCE_ENTRY, max_size=3
)


@settings(FUZZ, max_examples=600)
@given(entries=EVIDENCE_LISTS, as_of=st.sampled_from(AS_OFS))
def test_evidence_entries_are_equivalent(entries: list[dict[str, Any]], as_of: dt.date | None) -> None:
    data = copy.deepcopy(ORIGINALS[0])
    data["evidence"] = entries
    check_equivalent(data, as_of)


# --- the point of it all ----------------------------------------------------------------------------------


def test_loading_a_valid_declaration_imports_neither_pydantic_nor_the_models() -> None:
    sample = str(SAMPLES / "open-source-exempt.yaml")
    code = (
        "import datetime, sys\n"
        "from compliance_checker.loading.declaration import load_declaration\n"
        f"loaded = load_declaration({sample!r}, as_of=datetime.date(2026, 11, 29))\n"
        "assert loaded.declaration.model.name\n"
        "heavy = ('pydantic', 'compliance_checker.models.declaration')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
