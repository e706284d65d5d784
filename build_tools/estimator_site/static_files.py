"""The estimator's own JavaScript and CSS (``static/``), written into the site as assets.

Scripts go to ``assets/javascripts/estimator/`` (flow.js imports its siblings and the
worker by relative URL), the stylesheet to ``assets/stylesheets/estimator.css`` (listed in
mkdocs.yml's ``extra_css``). Unit tests (``*.test.mjs``) stay out of the site.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.features import GeneratedAsset

STATIC = Path(__file__).parent / "static"
SCRIPTS_URI = "assets/javascripts/estimator/"
STYLESHEET_URI = "assets/stylesheets/estimator.css"


def static_assets() -> list[GeneratedAsset]:
    """Every script and the stylesheet, sorted by name."""
    assets = [GeneratedAsset(SCRIPTS_URI + path.name, source=path)
              for path in sorted(STATIC.glob("*.js"))]
    assets.append(GeneratedAsset(STYLESHEET_URI, source=STATIC / "estimator.css"))
    return assets
