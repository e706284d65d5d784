"""Problems found in editors' files, reported all at once with file, line, field and a fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is: errors stop the build, warnings stop it only under --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at one place, with a hint on how to fix it."""

    path: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """Render as ``path:LINE:COL: field.path: message (hint)``."""
        text = f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message}"
        if self.severity is Severity.WARNING:
            text = f"{text} [warning]"
        return f"{text} ({self.hint})" if self.hint else text


class ProblemsFound(Exception):
    """Raised when a build must stop; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(format_problems(self.problems))


def format_problems(problems: list[Problem]) -> str:
    """One line per problem, then a count, ready to print."""
    lines = [p.format() for p in problems]
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(problems) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)")
    return "\n".join(lines)


def blocking(problems: list[Problem], strict: bool) -> list[Problem]:
    """The problems that stop a build: errors always, warnings too when strict."""
    return [p for p in problems if strict or p.severity is Severity.ERROR]
