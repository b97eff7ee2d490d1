"""Located validation errors for declarations (loading/declaration.py, loading/validation.py).

Each invalid declaration must be refused with an InputError whose diagnostics name the file, the line
and column of the offending key or value, and say what was expected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.declaration import load_declaration

BASE = """\
format_version: "1.0"
provider:
  name: Acme AI
  country: DE
model:
  name: acme-lm
  version: "1"
  modalities:
    input: [text]
    output: [text]
  training_compute:
    flop: 3.8e25
"""

EVIDENCE_DUPLICATE = (
    BASE
    + "evidence:\n"
    + "  - id: report\n    url: https://acme.example/a\n"
    + "  - id: report\n    url: https://acme.example/b\n"
)

# name -> declaration text. Every one of these must be refused.
INVALID = {
    "unknown_key": BASE.replace("  country: DE", "  country: DE\n  contry: FR"),
    "unknown_top_key": BASE + "modle: x\n",
    "missing_version": BASE.replace('  version: "1"\n', ""),
    "missing_provider": BASE[BASE.index("model:") :].replace("model:", 'format_version: "1.0"\nmodel:', 1),
    "string_flop": BASE.replace("flop: 3.8e25", 'flop: "3.8e25"'),
    "impossible_date": BASE + "  placed_on_market: 2025-02-30\n",
    "badly_written_date": BASE + "  placed_on_market: 2025-2-3\n",
    "nan_flop": BASE.replace("flop: 3.8e25", "flop: .nan"),
    "inf_flop": BASE.replace("flop: 3.8e25", "flop: .inf"),
    "negative_flop": BASE.replace("flop: 3.8e25", "flop: -1e24"),
    "zero_flop": BASE.replace("flop: 3.8e25", "flop: 0"),
    "negative_cumulative": BASE + "    cumulative_flop: -.inf\n",
    "duplicate_evidence": EVIDENCE_DUPLICATE,
    "url_and_path": BASE + "evidence:\n  - id: a\n    url: https://acme.example/a\n    path: a.pdf\n",
    "neither_url_nor_path": BASE + "evidence:\n  - id: a\n",
    "bad_country": BASE.replace("country: DE", "country: Germany"),
    "boolean_country": BASE.replace("country: DE", "country: true"),
    "number_as_version": BASE.replace('version: "1"', "version: 1"),
    "unknown_modality": BASE.replace("output: [text]", "output: [txt]"),
    "no_modality": BASE.replace("output: [text]", "output: []"),
    "wrong_format_version": BASE.replace('format_version: "1.0"', 'format_version: "2.0"'),
    "provider_not_mapping": BASE.replace(
        "provider:\n  name: Acme AI\n  country: DE\n", "provider: Acme AI\n"
    ),
}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "declaration.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors(tmp_path: Path, text: str) -> list[Diagnostic]:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_declaration(path)
    return info.value.diagnostics


def only(found: list[Diagnostic], needle: str) -> Diagnostic:
    matching = [d for d in found if needle in d.message]
    assert len(matching) == 1, [d.render() for d in found]
    return matching[0]


def test_base_is_valid(tmp_path: Path) -> None:
    loaded = load_declaration(write(tmp_path, BASE))
    assert loaded.declaration.model.training_compute.flop == 3.8e25


def test_unknown_key_suggests_the_closest_and_is_located(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["unknown_key"]), "unknown key")
    assert "'contry'" in diag.message
    assert "did you mean 'country'?" in diag.message
    assert "allowed keys:" in diag.message
    assert (diag.line, diag.column) == (5, 3)
    assert diag.path == "provider.contry"
    assert diag.render().startswith(f"{tmp_path / 'declaration.yaml'}:5:3: error: unknown key")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["unknown_top_key"]), "unknown key")
    assert "did you mean 'model'?" in diag.message
    assert "the top level" in diag.message
    assert (diag.line, diag.column) == (13, 1)


def test_unknown_key_without_a_close_match_has_no_hint(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, BASE + "zzzzzz: 1\n"), "unknown key")
    assert "did you mean" not in diag.message


def test_missing_required_key_names_it(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["missing_version"]), "missing required key")
    assert "'version'" in diag.message and "model" in diag.message
    assert diag.line == 5  # the `model:` mapping that lacks it


def test_missing_top_level_mapping(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["missing_provider"]), "missing required key")
    assert "'provider'" in diag.message and "the top level" in diag.message


def test_number_written_as_string_is_refused(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["string_flop"]), "model.training_compute.flop")
    assert "'3.8e25'" in diag.message
    assert "without quotes" in diag.message
    assert (diag.line, diag.column) == (12, 5)  # the key whose value is wrong


def test_impossible_date_is_refused_with_the_reason(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["impossible_date"]), "placed_on_market")
    assert "'2025-02-30' is not a real calendar date" in diag.message
    assert (diag.line, diag.column) == (13, 3)


def test_date_in_the_wrong_format_is_refused(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["badly_written_date"]), "placed_on_market")
    assert "YYYY-MM-DD" in diag.message


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("nan_flop", "finite"),
        ("inf_flop", "finite"),
        ("negative_flop", "greater than 0"),
        ("zero_flop", "greater than 0"),
        ("negative_cumulative", "finite"),
    ],
)
def test_non_positive_or_non_finite_compute_is_refused(tmp_path: Path, case: str, expected: str) -> None:
    diag = only(errors(tmp_path, INVALID[case]), expected)
    assert diag.path is not None and diag.path.startswith("model.training_compute.")
    assert diag.line is not None and diag.line >= 12


def test_duplicate_evidence_ids_are_refused(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, EVIDENCE_DUPLICATE), "used more than once")
    assert "'report'" in diag.message


def test_duplicate_evidence_id_is_located_at_the_repeat(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, EVIDENCE_DUPLICATE), "used more than once")
    lines = EVIDENCE_DUPLICATE.splitlines()
    first = lines.index("  - id: report")
    second_id_line = lines.index("  - id: report", first + 1) + 1  # 1-based line of the repeat
    assert diag.line == second_id_line
    assert diag.path is not None and diag.path.startswith("evidence")


@pytest.mark.parametrize("case", ["url_and_path", "neither_url_nor_path"])
def test_evidence_needs_exactly_one_location(tmp_path: Path, case: str) -> None:
    diag = only(errors(tmp_path, INVALID[case]), "exactly one of 'url' or 'path'")
    assert diag.path == "evidence[0]"
    assert (diag.line, diag.column) == (14, 5)


def test_sha256_only_for_path_evidence(tmp_path: Path) -> None:
    text = BASE + "evidence:\n  - id: a\n    url: https://acme.example/a\n    sha256: " + "ab" * 32 + "\n"
    only(errors(tmp_path, text), "'sha256' can only be checked")


def test_string_expected_gets_a_quoting_hint(tmp_path: Path) -> None:
    diag = only(errors(tmp_path, INVALID["number_as_version"]), "model.version")
    assert "quote it" in diag.message
    assert (diag.line, diag.column) == (7, 3)


def test_all_problems_are_reported_together_in_file_order(tmp_path: Path) -> None:
    text = BASE.replace("country: DE", "country: Germany").replace("flop: 3.8e25", 'flop: "3.8e25"')
    found = errors(tmp_path, text)
    assert [d.path for d in found] == ["provider.country", "model.training_compute.flop"]
    assert [d.line for d in found] == [4, 12]


def test_country_no_is_norway_not_false(tmp_path: Path) -> None:
    loaded = load_declaration(write(tmp_path, BASE.replace("country: DE", "country: NO")))
    assert loaded.declaration.provider.country == "NO"


@pytest.mark.parametrize("case", sorted(INVALID))
def test_every_error_has_file_line_and_column(tmp_path: Path, case: str) -> None:
    path = write(tmp_path, INVALID[case])
    with pytest.raises(InputError) as info:
        load_declaration(path)
    assert info.value.diagnostics
    for diag in info.value.diagnostics:
        assert diag.file == str(path)
        assert isinstance(diag.line, int) and diag.line >= 1
        assert isinstance(diag.column, int) and diag.column >= 1
        assert diag.message
        assert diag.location() == f"{path}:{diag.line}:{diag.column}"


# --- evidence paths are examined without tracebacks --------------------------------------------------


def _with_evidence_path(quoted_path: str) -> str:
    return BASE + f"evidence:\n  - id: doc\n    path: {quoted_path}\n"


def _load_or_input_error(path: Path) -> None:
    """Loading may refuse the file (InputError) or record the evidence file as unusable; nothing else."""
    try:
        loaded = load_declaration(path)
    except InputError as error:
        assert error.diagnostics and all(d.line is not None for d in error.diagnostics)
        return
    assert loaded.evidence_files["doc"].exists is False


@pytest.mark.parametrize(
    "quoted_path",
    [
        '"../outside.pdf"',
        '"/etc/passwd"',
        '""',
        '"missing/report.pdf"',
        pytest.param(
            '"docs/a\\0b.pdf"',
            id="nul-escape",
        ),
        pytest.param(
            '"' + "x" * 300 + "/" + "y" * 300 + '.pdf"',
            id="name-too-long",
        ),
    ],
)
def test_hostile_evidence_paths_never_raise_a_traceback(tmp_path: Path, quoted_path: str) -> None:
    _load_or_input_error(write(tmp_path, _with_evidence_path(quoted_path)))


def test_evidence_path_through_a_symlink_loop_is_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    _load_or_input_error(write(tmp_path, _with_evidence_path('"loop/report.pdf"')))
