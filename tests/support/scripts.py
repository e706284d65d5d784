"""Open built pages with the Content-Security-Policy bypassed and report anything that ran.

Hostile-input tests use this: with the CSP out of the way, an escaping failure would really
execute, so the pages are opened in Chromium, every element in ``scope`` gets the events an
attacker's handler would wait for, and the helper lists what ran or could run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.browser import RecordedPage
from tests.support.server import serve_directory

# Elements that must not appear inside ``scope`` (the theme's own scripts sit outside it).
FORBIDDEN = ('iframe, object, embed, base, frame, applet, form[action^="http"], '
             'form[action^="//"]')
EVENTS = ("mouseover", "mouseenter", "focus", "click", "toggle")
_FIRE = """([scope, events]) => document.querySelectorAll(scope + ' *').forEach(el => {
    for (const type of events)
        if (!(type === 'click' && el.tagName === 'A')) el.dispatchEvent(new Event(type));
})"""
_REPORT = """([scope, forbidden]) => ({
    flag: window.__xss === undefined ? null : String(window.__xss),
    forbidden: [...document.querySelectorAll(scope + ' :is(' + forbidden + ')')]
        .map(el => el.tagName.toLowerCase()),
    refresh: [...document.querySelectorAll('meta[http-equiv]')]
        .filter(m => /refresh/i.test(m.getAttribute('http-equiv'))).length,
    handlers: [...document.querySelectorAll('*')].flatMap(
        el => [...el.attributes].filter(a => a.name.startsWith('on'))
                                .map(a => el.tagName.toLowerCase() + '.' + a.name)),
    links: [...document.querySelectorAll('a[href], area[href], iframe[src], img[src]')]
        .map(el => el.getAttribute('href') || el.getAttribute('src'))
        .filter(v => /^\\s*(javascript|vbscript|data):/i.test(v)),
    title: document.title,
    html: document.documentElement.outerHTML,
})"""


@dataclass
class ScriptRun:
    """What the pages showed, and everything found that ran or could run."""

    found: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    html: dict[str, str] = field(default_factory=dict)


def scripts_that_ran(browser: Any, site: Path, paths: Iterable[str], *, scope: str = "body",
                     forbidden: str = FORBIDDEN, wait_ms: int = 200) -> ScriptRun:
    """Open each site path with the CSP bypassed, fire events on every element in ``scope``,
    and list what ran: ``window.__xss`` set, a dialog, an ``on*`` attribute, a
    javascript:/vbscript:/data: link, a ``forbidden`` element, a refresh, an external request."""
    run = ScriptRun()
    with serve_directory(site) as url:
        context = browser.new_context(bypass_csp=True, service_workers="block")
        recorded = RecordedPage(page=context.new_page(), base_url=url).attach()
        try:
            for path in paths:
                recorded.goto(path)
                recorded.page.evaluate(_FIRE, [scope, list(EVENTS)])
                recorded.page.wait_for_timeout(wait_ms)
                report = recorded.page.evaluate(_REPORT, [scope, forbidden])
                run.titles[path], run.html[path] = report["title"], report["html"]
                if report["flag"] is not None:
                    run.found.append(f"{path}: window.__xss = {report['flag']}")
                run.found += [f"{path}: <{tag}> in {scope}" for tag in report["forbidden"]]
                run.found += [f"{path}: meta refresh"] * report["refresh"]
                run.found += [f"{path}: handler {name}" for name in report["handlers"]]
                run.found += [f"{path}: link {link[:60]}" for link in report["links"]]
            run.found += [f"dialog: {kind}" for kind in recorded.dialogs]
            run.found += [f"external request: {u}" for u in recorded.external_requests()]
        finally:
            context.close()
    return run
