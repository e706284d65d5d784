"""Build hook: compile every rules YAML file into ``care_estimator/rules_compiled.json``.

The browser (Pyodide) has no PyYAML, so the wheel carries the rules as JSON. The
compiler lives in ``care_estimator/compile_rules.py`` and is loaded by file path so
that building never imports the package itself.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = HERE / "care_estimator"


def _compiler():
    spec = importlib.util.spec_from_file_location(
        "_care_estimator_compile_rules", PACKAGE_DIR / "compile_rules.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


class BuildPyWithRules(build_py):
    """``build_py`` that also writes the compiled rules JSON into the build folder."""

    def run(self) -> None:
        super().run()
        compiler = _compiler()
        target = Path(self.build_lib) / "care_estimator" / compiler.COMPILED_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(compiler.compile_to_json(PACKAGE_DIR / "rules"), encoding="utf-8")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        compiler = _compiler()
        outputs.append(str(Path(self.build_lib) / "care_estimator" / compiler.COMPILED_NAME))
        return outputs


setup(cmdclass={"build_py": BuildPyWithRules})
