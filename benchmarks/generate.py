"""Generate realistic declarations for benchmarks: the shipped samples with varied values.

Usage: python benchmarks/generate.py OUT_DIR [--count 1000] [--broken 5] [--seed 1]
                                       [--size 15KB] [--sample STEM ...]

Each generated file is a shipped valid sample with its provider and model names, version, free text and
numbers varied (numbers keep two significant figures, dates keep their order and stay in the past), so
no two files are alike and every rule has work to do. ``--broken N`` adds N files that are broken in
different ways (bad YAML, a duplicate key, a wrong type, an unknown key, an impossible date). Evidence
folders are copied next to the files so that evidence paths resolve.

``--size`` (e.g. ``15KB``, ``40KB``, ``1MB``) grows each file to about that many bytes the way real
declarations grow: longer free-text answers (a third of the growth) and more entries in the evidence
list (the rest; URL evidence with a description and a date, as an auditor's annex would have). Only the
samples that are not larger than the target and at least a quarter of it are used (else the largest
sample), so that a 15 KB file is mostly declaration, not padding; ``--sample`` picks samples by name.
The files stay valid declarations: the added text and evidence change no rule's outcome.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compliance_checker.loading.yaml_strict import _Core12Resolver, parse_yaml  # noqa: E402

SAMPLES = ROOT / "sample_declarations"
BROKEN = (
    ("bad-yaml", lambda text: text.replace("\nmodel:\n", "\nmodel: [\n", 1)),
    ("duplicate-key", lambda text: text.replace("\nmodel:\n", "\nmodel:\n  name: again\n", 1)),
    ("wrong-type", lambda text: text.replace("format_version: '1.0'", "format_version: 1.0", 1)),
    ("unknown-key", lambda text: text.replace("\nmodel:\n", "\nmodel:\n  colour: blue\n", 1)),
    ("impossible-date", lambda text: re.sub(r"release_date: \S+", "release_date: 2025-02-30", text, count=1)),
)


class _Dumper(yaml.SafeDumper):
    """Floats as written by repr (YAML 1.2 plain scalars); strings quoted only where YAML 1.2 needs it."""


_Dumper.add_representer(float, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", repr(v)))
_Dumper.yaml_implicit_resolvers = _Core12Resolver.yaml_implicit_resolvers

_FastDumper: type = _Dumper
if hasattr(yaml, "CSafeDumper"):
    # libyaml's emitter writes the same text (the representer and resolver stay the Python ones) about
    # six times faster, which matters for the 10,000-file benchmark batch.
    class _CDumper(yaml.CSafeDumper):
        pass

    _CDumper.add_representer(float, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", repr(v)))
    _CDumper.yaml_implicit_resolvers = _Core12Resolver.yaml_implicit_resolvers
    _FastDumper = _CDumper

# Realistic filler for free-text answers and evidence descriptions (generic compliance prose that no
# rule reads).
_SENTENCES = (
    "The answer was reviewed by the Regulatory Affairs team and approved by the model owner.",
    "Figures are taken from the training logs and were cross-checked against the cloud invoices.",
    "Where an item does not apply, the reason is recorded in the documentation change log.",
    "The description covers the released version and every version still served in the Union.",
    "Changes since the previous release are listed in section 4 of the technical documentation.",
    "Downstream providers are told of material changes at least 30 days before they take effect.",
    "The process is audited once a year by an external firm and the findings are tracked to closure.",
    "Internal guidance explains the terms used here to engineers who maintain the model.",
    "Records are kept in the document management system with access limited to named staff.",
    "Estimates carry an uncertainty of about ten percent, stated with each figure in the annex.",
    "The same controls apply to fine-tuned variants that are placed on the market under our name.",
    "An escalation path to the Head of Compliance exists for answers that cannot be given in time.",
    "Staff who prepare the documentation receive annual training on the AI Act and the Code.",
    "Third-party components are listed with their licences in the software bill of materials.",
    "Open questions from the last review were closed before this version of the declaration.",
    "The data protection officer was consulted and her comments are attached to the record.",
)
_EVIDENCE_KINDS = (
    "Minutes of the model release board",
    "Signed approval of the documentation release",
    "External audit letter on documentation controls",
    "Training log extract for the final pre-training run",
    "Cloud invoice summary supporting the compute estimate",
    "Data licence agreement (redacted)",
    "Crawler change log entry",
    "Red-team engagement summary",
    "Internal training record for documentation staff",
    "Access review report for the documentation repository",
)
# A string is free text (safe to lengthen) when it has at least this many characters and spaces in it.
_FREE_TEXT_MIN = 60
_TEXT_SHARE = 1 / 3


def _vary(value: Any, rng: random.Random, index: int, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _vary(v, rng, index, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_vary(v, rng, index, key) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        # One factor per file keeps related numbers (flop <= cumulative_flop) in order.
        mantissa, exponent = f"{value:.1e}".split("e")
        varied = round(float(mantissa) * (0.9 + 0.1 * ((index * 7919) % 100) / 100), 1)
        return float(f"{max(varied, 1.1)}e{exponent}")
    if isinstance(value, int):
        return value
    if key in ("name", "legal_name") or key.endswith(("description", "justification", "process")):
        return f"{value} ({index})"
    return value


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_FastDumper, sort_keys=False, allow_unicode=True)


def _free_text_slots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """(container, key) of every free-text string: long prose with spaces, not a URL or an id."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(item, str):
            if len(item) >= _FREE_TEXT_MIN and " " in item and not item.startswith(("http://", "https://")):
                found.append((value, key))
        else:
            _free_text_slots(item, found)
    return found


def _evidence_entry(rng: random.Random, index: int, number: int) -> dict[str, str]:
    kind = _EVIDENCE_KINDS[number % len(_EVIDENCE_KINDS)]
    detail = rng.choice(_SENTENCES)
    return {
        "id": f"annex-{number:05d}",
        "description": f"{kind} ({index}-{number}). {detail}",
        "url": f"https://records.example/declarations/{index}/annex/{number:05d}",
        # In the past of every sample's timeline and of any --as-of a benchmark uses.
        "date": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
    }


def grow(data: dict[str, Any], size: int, rng: random.Random, index: int) -> str:
    """Lengthen free text and the evidence list until the dumped declaration is about ``size`` bytes.

    Returns the dumped text (within about 1% of ``size``; unchanged when it is already that large).
    """
    text = _dump(data)
    gap = size - len(text.encode("utf-8"))
    if gap <= 0:
        return text
    slots = _free_text_slots(data, [])
    text_budget = int(gap * _TEXT_SHARE) if slots else 0
    turn = 0
    while text_budget > 0:
        container, key = slots[turn % len(slots)]
        sentence = rng.choice(_SENTENCES)
        container[key] = f"{container[key]} {sentence}"
        # Folded lines are indented and wrapped: about 10% more bytes than characters added.
        text_budget -= int(len(sentence) * 1.1) + 1
        turn += 1
    evidence = data.setdefault("evidence", [])
    added: list[int] = []
    for _ in range(6):
        text = _dump(data)
        gap = size - len(text.encode("utf-8"))
        if abs(gap) <= max(size // 100, 64):
            break
        while gap > 0:
            entry = _evidence_entry(rng, index, len(added))
            evidence.append(entry)
            added.append(len(_dump([entry]).encode("utf-8")))
            gap -= added[-1]
        while gap < 0 and added:
            evidence.pop()
            gap += added.pop()
    return text


def _pick_samples(samples: list[Path], sizes: dict[Path, int], size: int | None) -> list[Path]:
    if size is None:
        return samples
    fitting = [s for s in samples if size // 4 <= sizes[s] <= size]
    return fitting or [max(samples, key=lambda s: sizes[s])]


def generate(
    out: Path,
    count: int,
    broken: int = 0,
    seed: int = 1,
    *,
    size: int | None = None,
    samples: list[str] | None = None,
    prefix: str = "",
) -> list[Path]:
    """Write ``count`` varied declarations (and ``broken`` broken ones) to ``out``; return their paths.

    ``size``: grow each file to about this many bytes (see the module docstring); ``samples``: the
    stems of the shipped samples to vary (default: all, or those that fit ``size``); ``prefix``: put
    before each file name.
    """
    rng = random.Random(seed)
    samples_all = sorted(SAMPLES.glob("*.yaml"))
    if samples is not None:
        unknown = sorted(set(samples) - {s.stem for s in samples_all})
        if unknown:
            raise ValueError(f"no shipped sample named {', '.join(unknown)}")
        samples_all = [s for s in samples_all if s.stem in samples]
    out.mkdir(parents=True, exist_ok=True)
    for sample in samples_all:
        evidence = SAMPLES / "evidence" / sample.stem
        if evidence.is_dir():
            shutil.copytree(evidence, out / "evidence" / sample.stem, dirs_exist_ok=True)
    loaded = {s: parse_yaml(s.read_text(encoding="utf-8"), str(s)).data for s in samples_all}
    chosen = _pick_samples(samples_all, {s: len(_dump(d)) for s, d in loaded.items()}, size)
    parsed = [(s, loaded[s]) for s in chosen]
    written: list[Path] = []
    for index in range(count):
        sample, data = parsed[index % len(parsed)]
        varied = _vary(data, rng, index)
        if isinstance(varied.get("model"), dict):
            varied["model"]["version"] = f"{index // len(parsed) + 1}.{index % 10}"
        path = out / f"{prefix}{sample.stem}-{index:05d}.yaml"
        if size is None:
            text = yaml.dump(varied, Dumper=_FastDumper, sort_keys=False, allow_unicode=True)
        else:
            text = grow(varied, size, random.Random(f"{seed}-{index}"), index)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for index in range(broken):
        name, breaker = BROKEN[index % len(BROKEN)]
        source = written[index] if written else samples_all[0]
        path = out / f"{prefix}broken-{name}-{index:03d}.yaml"
        path.write_text(breaker(source.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(path)
    return written


def parse_size(text: str) -> int:
    """``15KB`` -> 15,000 bytes; ``1MB`` -> 1,000,000; a plain number is bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 15KB, 1MB, 20000)")
    factor = {"": 1, "k": 1000, "m": 1000 * 1000}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--broken", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=parse_size, help="about this many bytes per file: 15KB, 40KB, 1MB")
    parser.add_argument("--sample", action="append", help="vary only this shipped sample (repeatable)")
    options = parser.parse_args()
    files = generate(
        options.out, options.count, options.broken, options.seed, size=options.size, samples=options.sample
    )
    print(f"wrote {len(files)} declarations to {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
