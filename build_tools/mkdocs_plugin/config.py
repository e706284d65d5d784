"""Options for the ``firststop`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as opt


class FirststopConfig(base.Config):
    """``plugins: - firststop: {...}`` in mkdocs.yml."""

    identity_file = opt.Type(str, default="council.yaml")
    features = opt.Optional(opt.ListOfItems(opt.Type(str)))
    """Import paths (``module:attribute``) of the features to build with; default: all
    of :data:`build_tools.registry.FEATURE_PATHS`."""
    today = opt.Optional(opt.Type(str))
    """Build as if on this ISO date (also FIRSTSTOP_TODAY); default: the real date."""
