"""The engine's ruleset objects (models.ruleset, plain dataclasses) mirror the validating pydantic models
(models.ruleset_file) class by class and field by field, and a check that reads the shipped rulesets from
the cache imports no pydantic."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from compliance_checker.models import ruleset as runtime
from compliance_checker.models import ruleset_file
from compliance_checker.models.ruleset import as_data
from tests.conftest import AS_OF, ROOT, SAMPLES


def _model_classes() -> list[type[BaseModel]]:
    return [
        value
        for value in vars(ruleset_file).values()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == ruleset_file.__name__
        and value is not ruleset_file.Strict
    ]


@pytest.mark.parametrize("model", _model_classes(), ids=lambda m: m.__name__)
def test_each_model_has_a_runtime_class_with_the_same_fields_and_defaults(model: type[BaseModel]) -> None:
    cls = getattr(runtime, model.__name__)
    assert dataclasses.is_dataclass(cls)
    fields = dataclasses.fields(cls)
    assert [f.name for f in fields] == list(model.model_fields)
    for spec in fields:
        info = model.model_fields[spec.name]
        if info.is_required():
            assert spec.default is spec.default_factory is dataclasses.MISSING, spec.name
        else:
            default = tuple(info.default) if isinstance(info.default, list) else info.default
            factory = spec.default_factory
            assert (spec.default if factory is dataclasses.MISSING else factory()) == default, spec.name
    assert [b.__name__ for b in cls.__mro__[1:] if b.__name__ in dir(ruleset_file)] == [
        b.__name__ for b in model.__mro__[1:] if b is not ruleset_file.Strict and b.__name__ in dir(runtime)
    ]


def _shipped_files() -> list[Path]:
    return sorted((ROOT / "rulesets").glob("*/*.yaml"))


@pytest.mark.parametrize("path", _shipped_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_runtime_rules_dump_like_the_models(path: Path) -> None:
    """`rules show` prints ``as_data`` of a runtime rule where it printed the model's ``model_dump``."""
    from compliance_checker.loading.yaml_strict import parse_yaml

    model = ruleset_file.Ruleset.model_validate(parse_yaml(path.read_text(encoding="utf-8"), str(path)).data)
    converted = ruleset_file.to_runtime(model)
    assert pickle.loads(pickle.dumps(converted)) == converted
    for rule, same in zip(model.rules, converted.rules, strict=True):
        for options in ({"exclude_none": True}, {"exclude_defaults": True}):
            dumped = rule.model_dump(mode="json", by_alias=True, **options)  # type: ignore[arg-type]
            assert as_data(same, **options) == dumped


def test_runtime_objects_are_frozen_and_compare_by_value() -> None:
    cond = runtime.PathCond(path="a", one_of=("x", "y"))
    assert cond == runtime.PathCond(path="a", one_of=("x", "y"))
    assert hash(cond) == hash(runtime.PathCond(path="a", one_of=("x", "y")))
    assert cond != runtime.PathCond(path="a", one_of=("x",))
    with pytest.raises(AttributeError):
        cond.path = "b"  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs the keyword argument 'path'"):
        runtime.PathCond(present=True)
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        runtime.PathCond(path="a", nope=1)
    assert runtime.Offset(weeks=2).unit() == ("weeks", 2)


CACHED_FORMATS = ["json", "table", "text", "sarif"]


@pytest.fixture(scope="module")
def heavy_modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A first process fills the ruleset cache; a second checks a sample in each format in turn, from
    the cache, and lists after each check the pydantic and jsonschema modules it has imported. Modules
    only accumulate, so a format that imports one shows it in its own list (and in those after it)."""
    env = {**os.environ, "COMPLIANCE_CHECKER_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    env.pop("COMPLIANCE_CHECKER_NO_CACHE", None)
    script = (
        "import sys\n"
        "from compliance_checker.cli import run\n"
        "for fmt in sys.argv[2:]:\n"
        f"    code = run(['check', sys.argv[1], '--as-of', {AS_OF!r}, '--format', fmt])\n"
        "    heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'jsonschema'))\n"
        "    print('@@', fmt, code, heavy)\n"
    )
    sample = str(SAMPLES / "frontier-systemic-risk.yaml")
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, sample, *formats],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        for formats in (CACHED_FORMATS[:1], CACHED_FORMATS)  # the first fills the cache
    ]
    lines = [line.split(" ", 3) for line in runs[1].stdout.splitlines() if line.startswith("@@ ")]
    return {fmt: heavy for _, fmt, _, heavy in lines}


@pytest.mark.parametrize("fmt", CACHED_FORMATS)
def test_a_cached_check_imports_no_pydantic(fmt: str, heavy_modules: dict[str, str]) -> None:
    assert heavy_modules[fmt] == "[]"
