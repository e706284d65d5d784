"""Load the council's identity (``council.yaml``): name and contacts.

Localities are not here: their one home is ``services_directory/areas.yaml``, read
through :func:`build_tools.directory.localities`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.features import BuildContext
from build_tools.links import link_phone_numbers
from build_tools.problems import Problem, ProblemsFound

IDENTITY_FILE = "council.yaml"
REQUIRED_KEYS = ("name", "site_name", "contact_centre", "safeguarding")


def load_identity(project_root: Path) -> dict[str, Any]:
    """Read ``council.yaml``; raise :class:`ProblemsFound` naming any missing key."""
    from build_tools.identity_checks import read_identity, value_problems

    data, positions, problems = read_identity(project_root / IDENTITY_FILE)
    if problems:
        raise ProblemsFound(problems)
    problems = value_problems(data, positions)
    if problems:
        raise ProblemsFound(problems)
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise ProblemsFound(
            [
                Problem(IDENTITY_FILE, 1, 1, key, "is required", f"add `{key}:` to {IDENTITY_FILE}")
                for key in missing
            ]
        )
    return data


class IdentityFeature:
    """Expose the identity to Markdown pages as ``{{ council.* }}``."""

    name = "identity"

    def sources(self, ctx: BuildContext) -> list[Path]:
        return [ctx.project_root / IDENTITY_FILE]

    def variables(self, ctx: BuildContext) -> dict[str, Any]:
        return {"council": ctx.identity}

    def page_html(self, ctx: BuildContext, src_uri: str, html: str) -> str:
        """Every phone number on an advice page becomes a tappable ``tel:`` link."""
        return link_phone_numbers(html)


FEATURE = IdentityFeature()
