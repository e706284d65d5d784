"""Test-only feature: the sanitiser's HTML layer without its validation, so a build can
show that nh3 alone keeps hostile advice-page HTML out of the built site."""

from __future__ import annotations

from build_tools.content_checks.sanitise import FEATURE as SANITISE


class HtmlOnly:
    name = "sanitise-html-only"
    page_html = staticmethod(SANITISE.page_html)


HTML_ONLY = HtmlOnly()
