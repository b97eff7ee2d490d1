"""Build hook: compile the shipped rulesets and profiles when the package is built.

Every shipped ruleset is validated (schema, each record's own rules, ids, references, declaration paths)
and the result pickled into ``compliance_checker/_compiled.pickle``, which a check loads instead of
parsing and validating about 250 rules on every start. An invalid ruleset stops the build with its
located errors. A wheel gets the file from a temporary folder; an editable install gets it beside the
package (the folder the install points to), where ``python -m compliance_checker.tools.compile``
rewrites it after an edit. Either way the checker only uses the file while it matches the ruleset
files and the code it was made from, and otherwise compiles in memory (``loading.rulesets.compiled``).

The compiler runs in its own interpreter, on this source tree, whatever the build process has imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = "compliance_checker/_compiled.pickle"


class CompileRulesets(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"
    _folder: str | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # an sdist ships the sources; its wheel compiles them
        if version == "editable":
            self._compile(Path(self.root) / COMPILED)  # the install imports the package from here
            return
        self._folder = tempfile.mkdtemp(prefix="compliance-checker-")
        target = Path(self._folder) / "compiled.pickle"
        self._compile(target)
        build_data["force_include"][str(target)] = COMPILED

    def _compile(self, target: Path) -> None:
        path = os.pathsep.join([self.root, *filter(None, [os.environ.get("PYTHONPATH")])])
        done = subprocess.run(
            [sys.executable, "-m", "compliance_checker.tools.compile", str(target)],
            cwd=self.root,
            env={**os.environ, "PYTHONPATH": path},
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"the shipped rulesets do not validate:\n{done.stderr.strip()}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
