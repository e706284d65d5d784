"""Run axe-core (from node_modules) inside the page under test."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

AXE_FILE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source() -> str:
    if not AXE_FILE.exists():
        raise RuntimeError(f"{AXE_FILE} is missing: run `make test`, which runs npm ci")
    return AXE_FILE.read_text(encoding="utf-8")


def run_axe(page: Any, tags: list[str] | None = None) -> list[dict[str, Any]]:
    """axe's violations for the page as it is now (evaluated over DevTools, so CSP allows it)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        tags or WCAG_TAGS,
    )
    return result["violations"]


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable summary for assertion messages."""
    lines = []
    for violation in violations:
        targets = [node["target"] for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return "\n".join(lines)
