"""Shared components: the Jinja form macros in ``templates/components/forms.html`` and their
one CSS family, ``forms.css``, written into the site as ``assets/stylesheets/forms.css``; and
the browser modules in ``assets/`` (``elements.js``: build DOM elements as text), written as
``assets/javascripts/components/`` by every feature whose scripts import them.

Registered as ``build_tools.components:FEATURE``; mkdocs.yml lists the stylesheet in
``extra_css``.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.features import BuildContext, GeneratedAsset

STYLESHEET = Path(__file__).parent / "forms.css"
STYLESHEET_URI = "assets/stylesheets/forms.css"
ASSETS = Path(__file__).parent / "assets"
SCRIPT_DIR = "assets/javascripts/components"
ELEMENTS_URI = f"{SCRIPT_DIR}/elements.js"


def script_assets() -> list[GeneratedAsset]:
    """The shared browser modules (``*.test.mjs`` files stay out of the site)."""
    return [GeneratedAsset(f"{SCRIPT_DIR}/{path.name}", source=path)
            for path in sorted(ASSETS.glob("*.js"))]


class ComponentsFeature:
    """Ships the form components' stylesheet and the shared browser modules."""

    name = "components"

    def assets(self, ctx: BuildContext) -> list[GeneratedAsset]:
        return [GeneratedAsset(STYLESHEET_URI, source=STYLESHEET), *script_assets()]


FEATURE = ComponentsFeature()

__all__ = ["ELEMENTS_URI", "FEATURE", "STYLESHEET_URI", "ComponentsFeature", "script_assets"]
