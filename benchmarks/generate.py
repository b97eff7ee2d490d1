"""Generate realistic declarations for benchmarks: the shipped samples with varied values.

Usage: python benchmarks/generate.py OUT_DIR [--count 1000] [--broken 5] [--seed 1]

Each generated file is a shipped valid sample with its provider and model names, version, free text and
numbers varied (numbers keep two significant figures, dates keep their order and stay in the past), so
no two files are alike and every rule has work to do. ``--broken N`` adds N files that are broken in
different ways (bad YAML, a duplicate key, a wrong type, an unknown key, an impossible date). Evidence
folders are copied next to the files so that evidence paths resolve.
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


def generate(out: Path, count: int, broken: int = 0, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    samples = [p for p in sorted(SAMPLES.glob("*.yaml"))]
    out.mkdir(parents=True, exist_ok=True)
    for sample in samples:
        evidence = SAMPLES / "evidence" / sample.stem
        if evidence.is_dir():
            shutil.copytree(evidence, out / "evidence" / sample.stem, dirs_exist_ok=True)
    parsed = [(s, parse_yaml(s.read_text(encoding="utf-8"), str(s)).data) for s in samples]
    written: list[Path] = []
    for index in range(count):
        sample, data = parsed[index % len(parsed)]
        varied = _vary(data, rng, index)
        if isinstance(varied.get("model"), dict):
            varied["model"]["version"] = f"{index // len(parsed) + 1}.{index % 10}"
        path = out / f"{sample.stem}-{index:05d}.yaml"
        path.write_text(
            yaml.dump(varied, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        written.append(path)
    for index in range(broken):
        name, breaker = BROKEN[index % len(BROKEN)]
        source = written[index] if written else samples[0]
        path = out / f"broken-{name}-{index:03d}.yaml"
        path.write_text(breaker(source.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--broken", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    files = generate(options.out, options.count, options.broken, options.seed)
    print(f"wrote {len(files)} declarations to {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
