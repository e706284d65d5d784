"""Load the council's identity (``council.yaml``): name and contacts.

Localities are not here: their one home is ``services_directory/areas.yaml``, read
through :func:`build_tools.directory.localities`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from build_tools.features import BuildContext
from build_tools.problems import Problem, ProblemsFound

IDENTITY_FILE = "council.yaml"
REQUIRED_KEYS = ("name", "site_name", "contact_centre", "safeguarding")


def load_identity(project_root: Path) -> dict[str, Any]:
    """Read ``council.yaml``; raise :class:`ProblemsFound` naming any missing key."""
    path = project_root / IDENTITY_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ProblemsFound(
            [Problem(IDENTITY_FILE, 1, 1, "(file)", f"cannot read: {error}", "fix the YAML syntax")]
        ) from error
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


FEATURE = IdentityFeature()
