"""Shared form components: the Jinja macros in ``templates/components/forms.html`` and their
one CSS family, ``forms.css``, written into the site as ``assets/stylesheets/forms.css``.

Registered as ``build_tools.components:FEATURE``; mkdocs.yml lists the stylesheet in
``extra_css``.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.features import BuildContext, GeneratedAsset

STYLESHEET = Path(__file__).parent / "forms.css"
STYLESHEET_URI = "assets/stylesheets/forms.css"


class ComponentsFeature:
    """Ships the form components' stylesheet."""

    name = "components"

    def assets(self, ctx: BuildContext) -> list[GeneratedAsset]:
        return [GeneratedAsset(STYLESHEET_URI, source=STYLESHEET)]


FEATURE = ComponentsFeature()

__all__ = ["FEATURE", "STYLESHEET_URI", "ComponentsFeature"]
