"""Nothing on the main page types scrolls sideways on a 320 px phone (WCAG 1.4.10 Reflow),
with every details section opened so hidden controls count too."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.browser import RecordedPage

PAGES = ["", "estimator/", "estimator/carer/", "finder/", "finder/contact-centre/",
         "paying/", "paying/minimum-income-guarantee/", "services/prices/", "services/a-z/",
         "services/adult-safeguarding-team/", "open-referral/", "estimator/how-we-estimate/",
         "organisations/age-well-wyvernshire/", "localities/eastbridge/", "categories/advocacy/",
         "signposting/advocacy/", "search/?q=care"]


@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scroll_at_320px(browser: Any, site_url: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    RecordedPage(page=page, base_url=site_url).attach().goto(path)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
    sizes = page.evaluate("""() => ({
        page: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
        widest: [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                       && getComputedStyle(e).position !== 'fixed'
                       && !e.closest('pre, .md-typeset__scrollwrap, [hidden]'))
          .slice(0, 3).map(e => e.tagName + '.' + e.className),
    })""")
    context.close()
    assert sizes["scroll"] <= sizes["page"], sizes
