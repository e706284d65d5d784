"""Check that every sentence the estimator's engine returns has both forms.

Someone answering for another person reads the engine's ``other`` form of each sentence
("Their savings count as capital"), everyone else its ``you`` form. A sentence without
both forms, or whose forms fill in different ``{placeholders}``, is named here with its
file, line and key, so the build stops before a result reads wrongly or fails to fill in.
The rule itself lives with the engine (``care_estimator.text.form_issues``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.directory.yaml_lines import Positions, load_with_positions
from build_tools.estimator_site.engine import load_engine
from build_tools.problems import Problem, Severity

RULES_DIR = "widgets/care_estimator/rules"


def _positions(path: Path) -> Positions | None:
    try:
        return load_with_positions(path.read_text(encoding="utf-8"))[1]
    except Exception:  # the engine's own loading reports a broken file
        return None


def check_engine_words(project_root: Path) -> list[Problem]:
    """Problems for engine sentences that lack a form or whose placeholders differ."""
    load_engine(project_root)
    from care_estimator.text import text_files

    return word_problems(text_files(), project_root / RULES_DIR)


def word_problems(files: dict[str, Any], rules_dir: Path) -> list[Problem]:
    """Problems for ``{path under rules/: sentences}``, with lines read from ``rules_dir``."""
    from care_estimator.text import form_issues

    problems = []
    for name, words in files.items():
        source = f"{RULES_DIR}/{name}"
        positions = _positions(rules_dir / name)
        for key, what in form_issues(words):
            line, column = (positions.at(tuple(key.split(".")), key=True) if positions
                            else (1, 1))
            message, _, hint = what.partition("; ")
            problems.append(Problem(source, line, column, key, message, hint, Severity.ERROR))
    return problems
