"""The strict YAML loader (loading/yaml_strict.py) and safe file reading (loading/files.py).

YAML 1.2 core scalars, located errors for everything refused, bounded work on hostile input, and no
tracebacks: every problem is an InputError whose diagnostics say where.
"""

from __future__ import annotations

import hashlib
import math
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from compliance_checker.errors import InputError
from compliance_checker.loading import declaration as declaration_module
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.loading.yaml_strict import MAX_DEPTH, MAX_NODES, parse_yaml

REPO = Path(__file__).resolve().parents[1]

VALID = textwrap.dedent(
    """\
    format_version: "1.0"
    provider:
      name: Acme AI
      country: DE
    model:
      name: acme-lm
      version: "1.0"
      modalities:
        input: [text]
        output: [text]
      training_compute:
        flop: 3.8e25
    """
)


def parse_error(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_yaml(text, "decl.yaml")
    return info.value


def load_error(path: Path, **kwargs: int) -> InputError:
    with pytest.raises(InputError) as info:
        load_declaration(path, **kwargs)
    return info.value


# --- YAML 1.2 core scalars ---------------------------------------------------------------------------


def test_yaml_12_scalars() -> None:
    text = textwrap.dedent(
        """\
        country: NO
        flop: 3.8e25
        flop_int_exp: 1e25
        flop_signed: -2.5E+3
        half: .5
        date: 2025-02-30
        real_date: 2025-08-02
        yes_word: yes
        no_word: no
        on_word: on
        off_word: Off
        y: y
        true_word: true
        false_word: FALSE
        integer: 42
        octal_like: 012
        octal: 0o17
        hex: 0x1F
        null_word: null
        tilde: ~
        empty:
        quoted_number: "3.8e25"
        version: 1.10
        """
    )
    data = parse_yaml(text, "decl.yaml").data
    assert data["country"] == "NO"
    assert isinstance(data["flop"], float) and data["flop"] == 3.8e25
    assert isinstance(data["flop_int_exp"], float) and data["flop_int_exp"] == 1e25
    assert data["flop_signed"] == -2500.0
    assert data["half"] == 0.5
    assert data["date"] == "2025-02-30"
    assert data["real_date"] == "2025-08-02"
    for key, word in [
        ("yes_word", "yes"),
        ("no_word", "no"),
        ("on_word", "on"),
        ("off_word", "Off"),
        ("y", "y"),
    ]:
        assert data[key] == word
    assert data["true_word"] is True
    assert data["false_word"] is False
    assert data["integer"] == 42 and isinstance(data["integer"], int)
    assert data["octal_like"] == 12
    assert data["octal"] == 15
    assert data["hex"] == 31
    assert data["null_word"] is None and data["tilde"] is None and data["empty"] is None
    assert data["quoted_number"] == "3.8e25"
    assert data["version"] == 1.1


@pytest.mark.parametrize(("text", "sign"), [(".inf", 1), ("-.Inf", -1), ("+.INF", 1)])
def test_infinities_are_floats(text: str, sign: int) -> None:
    number = parse_yaml(f"a: {text}\n", "decl.yaml").data["a"]
    assert math.isinf(number) and math.copysign(1, number) == sign


def test_nan_is_a_float() -> None:
    assert math.isnan(parse_yaml("a: .nan\n", "decl.yaml").data["a"])


def test_positions_are_recorded() -> None:
    doc = parse_yaml(VALID, "decl.yaml")
    pos = doc.position(("model", "training_compute", "flop"))
    assert (pos.line, pos.column) == (12, 5)
    # An absent path falls back to its nearest written ancestor.
    pos = doc.position(("model", "licence", "spdx"))
    assert (pos.line, pos.column) == (5, 1)


# --- refused documents, each with a location ----------------------------------------------------------


def test_duplicate_key_at_depth_names_key_and_both_lines() -> None:
    text = 'model:\n  name: a\n  version: "1"\n  name: b\n'
    error = parse_error(text)
    (diag,) = error.diagnostics
    assert "'name'" in diag.message
    assert "line 2" in diag.message and "line 4" in diag.message
    assert (diag.line, diag.column) == (4, 3)


def test_same_key_in_different_mappings_is_allowed() -> None:
    data = parse_yaml("a:\n  name: x\nb:\n  name: y\n", "decl.yaml").data
    assert data == {"a": {"name": "x"}, "b": {"name": "y"}}


@pytest.mark.parametrize(
    "payload",
    [
        "a: !!python/object/apply:os.system ['touch {marker}']\n",
        "a: !!python/object/apply:subprocess.call [['touch', '{marker}']]\n",
        "a: !!python/object/new:subprocess.Popen [['touch', '{marker}']]\n",
        "a: !!python/name:os.system\n",
        "? !!python/name:os.system\n: 1\n",
        "a: !custom 'touch {marker}'\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {{x: null}}\n",
    ],
)
def test_tags_are_refused_and_never_executed(tmp_path: Path, payload: str) -> None:
    marker = tmp_path / "pwned"
    file = tmp_path / "decl.yaml"
    file.write_text(payload.format(marker=marker), encoding="utf-8")
    error = load_error(file)
    (diag,) = error.diagnostics
    assert "tag" in diag.message
    assert diag.line == 1 and diag.column is not None
    assert not marker.exists()


def test_merge_keys_are_refused() -> None:
    error = parse_error("base: &b {a: 1}\nother:\n  <<: *b\n  c: 2\n")
    (diag,) = error.diagnostics
    assert "merge" in diag.message
    assert (diag.line, diag.column) == (3, 3)


@pytest.mark.parametrize(
    ("text", "fragment", "line", "column"),
    [
        ("a: &x 1\n*x : 2\n", "aliases cannot be used as mapping keys", 2, 1),
        ("? [a]\n: 1\n", "mapping keys must be plain strings", 1, 3),
        ("? {a: 1}\n: 1\n", "mapping keys must be plain strings", 1, 3),
        ("a: *nope\n", "alias *nope refers to no complete anchor", 1, 4),
        ("a: &x [1, *x]\n", "alias *x refers to no complete anchor", 1, 11),  # inside its own anchor
        ("!!python/name:os.system a: 1\n", "unsupported YAML tag", 1, 1),
        ("a: !!int abc\n", "'abc' is not a valid integer", 1, 4),
        ("a: !!float x\n", "'x' is not a valid number", 1, 4),
    ],
)
def test_keys_aliases_and_explicit_scalar_tags(text: str, fragment: str, line: int, column: int) -> None:
    (diag,) = parse_error(text).diagnostics
    assert fragment in diag.message
    assert (diag.line, diag.column) == (line, column)


def test_an_anchor_defined_again_is_allowed_and_the_latest_counts() -> None:
    assert parse_yaml("a: &x 1\nb: &x [2]\nc: *x\n", "decl.yaml").data == {"a": 1, "b": [2], "c": [2]}


def test_explicit_core_tags_are_plain_data() -> None:
    data = parse_yaml("a: !!str 12\nb: !!int 0x_1F\nc: ! 12\n? !!str 7\n: !!float 1\n", "decl.yaml").data
    assert data == {"a": "12", "b": 31, "c": 12, "7": 1.0}
    assert isinstance(data["7"], float)


def test_several_documents_are_refused() -> None:
    error = parse_error("a: 1\n---\nb: 2\n")
    (diag,) = error.diagnostics
    assert "more than one YAML document" in diag.message
    assert diag.line in (2, 3)  # the second document's marker or its first key


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file_is_refused(text: str) -> None:
    (diag,) = parse_error(text).diagnostics
    assert "empty" in diag.message
    assert (diag.line, diag.column) == (1, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("- a\n- b\n", "a list"), ("just text\n", "text"), ("42\n", "a whole number"), ("---\n", "null")],
)
def test_root_must_be_a_mapping(tmp_path: Path, text: str, kind: str) -> None:
    file = tmp_path / "decl.yaml"
    file.write_text(text, encoding="utf-8")
    (diag,) = load_error(file).diagnostics
    assert "top level must be a mapping" in diag.message and kind in diag.message
    assert (diag.line, diag.column) == (1, 1)


def _lol_bomb(levels: int = 9) -> str:
    lines = ['a: &a "lol"']
    previous = "a"
    for i in range(1, levels + 1):
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly() -> None:
    start = time.perf_counter()
    error = parse_error(_lol_bomb())
    elapsed = time.perf_counter() - start
    (diag,) = error.diagnostics
    assert f"{MAX_NODES:,}" in diag.message
    assert diag.line is not None and diag.column is not None
    assert elapsed < 10, f"alias expansion took {elapsed:.1f}s"


def test_small_aliases_are_expanded() -> None:
    data = parse_yaml("a: &x [1, 2]\nb: *x\n", "decl.yaml").data
    assert data == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize(
    "text",
    [
        "[" * 200 + "]" * 200,
        "{a: " * 200 + "1" + "}" * 200,
        "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "leaf\n",
        "- " * 200 + "x\n",
    ],
)
def test_deep_nesting_is_refused_with_a_located_input_error(text: str) -> None:
    try:
        parse_yaml(text, "decl.yaml")
    except InputError as error:
        (diag,) = error.diagnostics
        assert f"deeper than {MAX_DEPTH}" in diag.message
        assert diag.line is not None and diag.column is not None
    except RecursionError:  # pragma: no cover - the failure being guarded against
        pytest.fail("deep nesting raised RecursionError instead of InputError")
    else:  # pragma: no cover
        pytest.fail("deep nesting was accepted")


def test_moderate_nesting_is_accepted() -> None:
    data = parse_yaml("a: " + "[" * 20 + "1" + "]" * 20 + "\n", "decl.yaml").data
    data = data["a"]
    for _ in range(20):
        data = data[0]
    assert data == 1


@pytest.mark.parametrize(
    "shape",
    [("[", "]"), ("{a: ", "}"), ("- ", "")],
    ids=["flow-sequence", "flow-mapping", "block-sequence"],
)
def test_very_deep_nesting_does_not_crash_the_process(tmp_path: Path, shape: tuple[str, str]) -> None:
    """Run in a subprocess: a stack overflow in C (SIGSEGV) must fail this test, not kill pytest."""
    file = tmp_path / "deep.yaml"
    depth = 1_000_000  # a few MB, under the 10 MB default limit
    opening, closing = shape
    file.write_text(opening * depth + "x" + closing * depth, encoding="utf-8")
    code = (
        "import sys\n"
        "from compliance_checker.errors import InputError\n"
        "from compliance_checker.loading.declaration import load_declaration\n"
        "try:\n"
        "    load_declaration(sys.argv[1])\n"
        "except InputError as e:\n"
        "    print(e.diagnostics[0].message)\n"
        "    sys.exit(3)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", code, str(file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, f"exit status {done.returncode}; stderr: {done.stderr[-500:]}"
    assert "nesting" in done.stdout


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "[" * 100_000 + "]" * 100_000, "a: " + "[" * 100_000 + "]" * 100_000 + "\n"],
    ids=["unclosed", "closed", "as-a-value"],
)
def test_a_100_000_deep_flow_is_a_located_nesting_error_in_this_process(text: str) -> None:
    """libyaml's own bound (1,000 flow levels, met while it scans ahead) or ours: both located."""
    (diag,) = parse_error(text).diagnostics
    assert diag.message == f"nesting deeper than {MAX_DEPTH} levels is not supported"
    assert diag.line == 1 and diag.column is not None and 60 < diag.column <= 1_004


PURE_PYTHON = r"""
import json, sys
sys.modules["yaml._yaml"] = None  # as if PyYAML had been built without libyaml
from compliance_checker.errors import InputError
from compliance_checker.loading import yaml_strict
assert not yaml_strict.LIBYAML
doc = yaml_strict.parse_yaml(open(sys.argv[1], encoding="utf-8").read(), "f.yaml")
try:
    yaml_strict.parse_yaml("a: 1\na: 2\n", "d.yaml")
except InputError as error:
    duplicate = error.diagnostics[0].render()
print(json.dumps({
    "data": doc.data,
    "keys": [[list(p), v.line, v.column] for p, v in doc.key_positions.items()],
    "values": [[list(p), v.line, v.column] for p, v in doc.value_positions.items()],
    "numbers": [[list(p), t] for p, t in doc.number_texts.items()],
    "duplicate": duplicate,
}))
"""


def test_without_libyaml_the_pure_python_parser_gives_the_same_document() -> None:
    """A PyYAML without its C extension: the loader falls back to PyYAML's parser, same results."""
    import json

    sample = REPO / "sample_declarations" / "frontier-systemic-risk.yaml"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", PURE_PYTHON, str(sample)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    pure = json.loads(done.stdout)
    doc = parse_yaml(sample.read_text(encoding="utf-8"), "f.yaml")
    assert pure["data"] == json.loads(json.dumps(doc.data))
    assert pure["keys"] == [[list(p), v.line, v.column] for p, v in doc.key_positions.items()]
    assert pure["values"] == [[list(p), v.line, v.column] for p, v in doc.value_positions.items()]
    assert pure["numbers"] == [[list(p), t] for p, t in doc.number_texts.items()]
    assert len(pure["values"]) > 500
    assert "duplicate key 'a'" in pure["duplicate"] and pure["duplicate"].startswith("d.yaml:2:1:")


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a:\n\tb: 1\n", 2, 1),
        ('model:\n  name: x\n\tversion: "1"\n', 3, 1),
    ],
)
def test_tab_indentation_is_refused(text: str, line: int, column: int) -> None:
    (diag,) = parse_error(text).diagnostics
    assert "tab" in diag.message
    assert (diag.line, diag.column) == (line, column)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [('a: 1\nb: "abc\nc: 2\n', 2, 4), ("a: 1\nb: 'abc\n", 2, 4)],
)
def test_unterminated_quote_points_at_the_opening_quote(text: str, line: int, column: int) -> None:
    (diag,) = parse_error(text).diagnostics
    assert "unterminated quoted string" in diag.message
    assert (diag.line, diag.column) == (line, column)


@pytest.mark.parametrize(
    "text",
    [
        "a: [1, 2\n",
        "a: {b: 1\n",
        "a: b: c\n",
        "a:\n  - x\n  y: 1\n",
        "? [a, b]\n: 1\n",
        "a: *undefined\n",
        "a: 1\n b: 2\n",
        "%YAML 9.9\n---\na: 1\n",
    ],
)
def test_malformed_yaml_is_a_located_input_error(text: str) -> None:
    error = parse_error(text)
    assert error.diagnostics
    for diag in error.diagnostics:
        assert diag.file == "decl.yaml"
        assert isinstance(diag.line, int) and diag.line >= 1
        assert isinstance(diag.column, int) and diag.column >= 1


# --- files.py through load_declaration ----------------------------------------------------------------


def test_valid_file_loads(tmp_path: Path) -> None:
    file = tmp_path / "decl.yaml"
    file.write_text(VALID, encoding="utf-8")
    loaded = load_declaration(file)
    assert loaded.declaration.model.training_compute.flop == 3.8e25
    assert loaded.sha256 == hashlib.sha256(VALID.encode("utf-8")).hexdigest()


def test_missing_file(tmp_path: Path) -> None:
    (diag,) = load_error(tmp_path / "absent.yaml").diagnostics
    assert "no such file" in diag.message
    assert diag.file == str(tmp_path / "absent.yaml")


def test_directory(tmp_path: Path) -> None:
    (diag,) = load_error(tmp_path).diagnostics
    assert "directory" in diag.message


def test_nul_bytes(tmp_path: Path) -> None:
    file = tmp_path / "decl.yaml"
    file.write_bytes(VALID.encode() + b"notes: a\x00b\n")
    (diag,) = load_error(file).diagnostics
    assert "NUL" in diag.message
    assert (diag.line, diag.column) == (13, 1)


def test_non_utf8_bytes(tmp_path: Path) -> None:
    file = tmp_path / "decl.yaml"
    file.write_bytes(VALID.replace("Acme AI", "Café AI").encode("latin-1"))
    (diag,) = load_error(file).diagnostics
    assert "UTF-8" in diag.message and "0xe9" in diag.message
    assert (diag.line, diag.column) == (3, 12)


def test_bom_prefixed_file_is_accepted(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + VALID.encode("utf-8")
    file = tmp_path / "decl.yaml"
    file.write_bytes(raw)
    loaded = load_declaration(file)
    assert loaded.declaration.format_version == "1.0"
    assert loaded.declaration.provider.name == "Acme AI"
    assert loaded.sha256 == hashlib.sha256(raw).hexdigest()


def test_crlf_line_endings_are_accepted(tmp_path: Path) -> None:
    file = tmp_path / "decl.yaml"
    file.write_bytes(VALID.replace("\n", "\r\n").encode("utf-8"))
    assert load_declaration(file).declaration.model.name == "acme-lm"


def test_file_over_max_bytes_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parse_yaml was called on an oversized file")

    monkeypatch.setattr(declaration_module, "parse_yaml", must_not_parse)
    file = tmp_path / "decl.yaml"
    file.write_text(VALID + "notes: '" + "x" * 2000 + "\n", encoding="utf-8")  # also invalid YAML
    (diag,) = load_error(file, max_bytes=1000).diagnostics
    assert "1,000-byte limit" in diag.message


def test_file_at_exactly_max_bytes_is_read(tmp_path: Path) -> None:
    file = tmp_path / "decl.yaml"
    file.write_text(VALID, encoding="utf-8")
    size = file.stat().st_size
    assert load_declaration(file, max_bytes=size).declaration.model.name == "acme-lm"
    with pytest.raises(InputError):
        load_declaration(file, max_bytes=size - 1)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "decl.yaml"
    os.mkfifo(fifo)
    (diag,) = load_error(fifo).diagnostics
    assert "not a regular file" in diag.message


def test_a_loaded_document_survives_pickling_with_its_positions() -> None:
    """The index keeps the parser's marks: a document still pickles (worker processes, caches)."""
    import pickle

    doc = parse_yaml(VALID, "decl.yaml")
    copy = pickle.loads(pickle.dumps(doc))
    assert copy.data == doc.data
    assert dict(copy.key_positions) == dict(doc.key_positions) and len(copy.key_positions) > 10
    assert dict(copy.value_positions) == dict(doc.value_positions)
    assert copy.position(("model", "training_compute", "flop")) == doc.position(
        ("model", "training_compute", "flop")
    )
