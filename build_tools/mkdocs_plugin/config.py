"""Options for the ``firststop`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as opt


class FirststopConfig(base.Config):
    """``plugins: - firststop: {...}`` in mkdocs.yml."""

    identity_file = opt.Type(str, default="council.yaml")
    today = opt.Optional(opt.Type(str))
    """Build as if on this ISO date (also FIRSTSTOP_TODAY); default: the real date."""
