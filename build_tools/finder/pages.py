"""The finder and contact-centre pages: a form the finder's JavaScript brings to life.

The first page of results and every option's count for the empty search are rendered
here (see :mod:`build_tools.finder.static`), so results show as soon as the HTML is
parsed. Without JavaScript the form stays hidden; the page shows that first page and
links to the category and locality pages, which list every service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from build_tools.finder.html import e, front_matter, url_from
from build_tools.finder.index import COST_KINDS, DAYS, Vocabulary
from build_tools.finder.static import PAGE_SIZE, Counts, empty_counts, first_page, summary_html

FINDER_URL = "finder/"
CONTACT_URL = "finder/contact-centre/"
INDEX_URI = "finder/services.json"
SCRIPT_URI = "assets/javascripts/finder/app.js"
#: Modules app.js imports (fetched in parallel with it).
SCRIPT_IMPORTS = ("core.js", "dom.js", "contact.js")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _option(value: str, label: str, count: int | None = None) -> str:
    text = label if count is None else f"{label} ({count})"
    return f'<option value="{e(value)}" data-label="{e(label)}">{e(text)}</option>'


def _counted(counts: Counts | None, facet: str) -> dict[str, int]:
    return (counts or {}).get(facet, {})


def _select(name: str, label: str, any_label: str, options: list[str], hint: str = "",
            count: int | None = None) -> str:
    hint_html = f'<p class="fs-hint" id="fs-{name}-hint">{e(hint)}</p>' if hint else ""
    described = f' aria-describedby="fs-{name}-hint"' if hint else ""
    return (f'<div class="fs-field"><label class="fs-label" for="fs-{name}">{e(label)}</label>'
            f'{hint_html}'
            f'<select class="fs-select" id="fs-{name}" name="{name}"{described}>'
            f'{_option("", any_label, count)}{"".join(options)}</select></div>')


def _checkboxes(name: str, legend: str, items: list[tuple[str, str]],
                counts: dict[str, int]) -> str:
    boxes = "".join(
        f'<div class="fs-check"><input type="checkbox" id="fs-{name}-{e(slug)}" name="{name}" '
        f'value="{e(slug)}"><label for="fs-{name}-{e(slug)}">{e(label)} '
        f'<span class="fs-count">{f"({counts[slug]})" if slug in counts else ""}</span>'
        '</label></div>'
        for slug, label in items
    )
    return f'<fieldset class="fs-fieldset"><legend>{e(legend)}</legend>{boxes}</fieldset>'


def filter_form(vocab: Vocabulary, place: str, counts: Counts | None = None) -> str:
    """The search box and every filter, all hidden until the script is ready.

    With ``counts`` (the empty search's), each option shows its count already.
    """
    def opts(facet: str, items: Any) -> list[str]:
        got = _counted(counts, facet)
        return [_option(s, n, got.get(s)) for s, n in items]

    def select(name: str, label: str, any_label: str, options: list[str]) -> str:
        return _select(name, label, any_label, options, count=_counted(counts, name).get(""))

    area_counts = _counted(counts, "area")
    areas = "".join(
        f'<optgroup label="{e(name)}">{_option(slug, f"All of {name}", area_counts.get(slug))}'
        f'{"".join(_option(d, f"{d} ({name})", area_counts.get(d)) for d in districts)}'
        '</optgroup>'
        for slug, name, districts in vocab.areas
    )
    # "Open now" depends on the visitor's clock: its count comes from the script.
    days = [(day, f"Open on {name}") for day, name in zip(DAYS, DAY_NAMES, strict=True)]
    open_options = [_option("now", "Open now"), *opts("open", days)]
    return "".join([
        '<form class="fs-finder__form" role="search" aria-label="Find a service" hidden>',
        '<div class="fs-field fs-field--search"><label class="fs-label" for="fs-q">'
        'Search by name, need or keyword</label>'
        '<input class="fs-input" id="fs-q" name="q" type="search" autocomplete="off" '
        'spellcheck="false"></div>',
        '<div class="fs-finder__filters">',
        select("category", "Need", "Any need", opts("category", vocab.categories)),
        select("area", "Area or postcode district", f"Anywhere in {place}", [areas]),
        '<div class="fs-field"><label class="fs-label" for="fs-age">Age of the person</label>'
        '<p class="fs-hint" id="fs-age-hint">In years, for example 67</p>'
        '<p class="fs-error fs-finder__age-error" id="fs-age-error" hidden>'
        '<span class="fs-visually-hidden">Error:</span> Enter the age as a number, like 67</p>'
        '<input class="fs-input fs-input--short" id="fs-age" name="age" type="text" '
        'inputmode="numeric" autocomplete="off" aria-describedby="fs-age-hint fs-age-error"></div>',
        select("for", "Who it is for", "Anyone", opts("for", vocab.client_groups)),
        select("open", "When it is open", "Any time", open_options),
        _checkboxes("cost", "Cost", list(COST_KINDS), _counted(counts, "cost")),
        _checkboxes("delivery", "How it is delivered", list(vocab.delivery_modes),
                    _counted(counts, "delivery")),
        _checkboxes("referral", "How to get it", list(vocab.referral_routes),
                    _counted(counts, "referral")),
        '</div>',
        '<p class="fs-finder__actions"><button type="button" class="md-button fs-finder__clear">'
        'Clear search and filters</button></p>',
        '</form>',
    ])


def browse_links(vocab: Vocabulary, page_url: str) -> str:
    """Links to every category and locality page (each lists all its services)."""
    cats = "".join(f'<li><a href="{e(url_from(page_url, f"categories/{s}/"))}">{e(n)}</a></li>'
                   for s, n in vocab.categories)
    areas = "".join(f'<li><a href="{e(url_from(page_url, f"localities/{s}/"))}">{e(n)}</a></li>'
                    for s, n, _ in vocab.areas)
    return ('<div class="fs-finder__browse"><h2 id="browse-by-need">Browse services by need</h2>'
            f'<ul class="fs-columns">{cats}</ul>'
            '<h2 id="browse-by-area">Browse services by area</h2>'
            f'<ul class="fs-columns">{areas}</ul></div>')


def _results(view: str, site_root: str, data: Mapping[str, Any] | None) -> tuple[str, str, str]:
    """The summary line, the list's attributes and its items for the empty search."""
    if data is None:
        return "", "", ""
    items, ids = first_page(data, view, site_root)
    ids_attr = f' data-static-ids="{",".join(map(str, ids))}"'
    return summary_html(len(data["services"]), PAGE_SIZE.get(view, 20)), ids_attr, items


def _shell(view: str, page_url: str, vocab: Vocabulary, place: str, extra: str = "",
           data: Mapping[str, Any] | None = None) -> str:
    index = url_from(page_url, INDEX_URI).rstrip("/")
    site_root = url_from(page_url, "") + "/"
    script = url_from(page_url, SCRIPT_URI).rstrip("/")
    summary, list_attrs, items = _results(view, site_root, data)
    counts = empty_counts(data) if data is not None else None
    return (
        f'<div class="fs-finder fs-finder--{e(view)}" data-finder-view="{e(view)}" '
        f'data-finder-index="{e(index)}" data-site-root="{e(site_root)}">\n'
        '<p class="fs-finder__nojs">Searching and filters need JavaScript, which is turned off '
        'or has not loaded. You can still <a href="#browse-by-need">browse every service by '
        'need</a> or <a href="#browse-by-area">by area</a>.</p>\n'
        f'{filter_form(vocab, place, counts)}\n'
        '<div class="fs-finder__main">'
        '<h2 class="fs-finder__heading" id="results-heading">Services</h2>'
        f'<p class="fs-finder__summary">{summary}</p>'
        '<div class="fs-finder__status fs-visually-hidden" role="status" aria-live="polite" '
        'aria-atomic="true"></div>'
        f'<ol class="fs-finder__list" aria-labelledby="results-heading"{list_attrs}>{items}</ol>'
        '<p><button type="button" class="md-button fs-finder__more" hidden>'
        'Show more services</button></p>'
        f'</div>{extra}\n'
        f'{browse_links(vocab, page_url)}\n'
        '</div>\n\n'
        f'<link rel="preload" href="{e(index)}" as="fetch" crossorigin="anonymous">\n'
        f'{module_preloads(script)}'
        f'<script type="module" async src="{e(script)}"></script>\n'
    )


def module_preloads(script: str) -> str:
    """``modulepreload`` links for app.js's imports, so they download with it, not after."""
    folder = script.rsplit("/", 1)[0]
    return "".join(f'<link rel="modulepreload" href="{e(folder)}/{name}">\n'
                   for name in SCRIPT_IMPORTS)


def finder_markdown(vocab: Vocabulary, identity: Mapping[str, Any],
                    data: Mapping[str, Any] | None = None) -> str:
    """The public finder page (``finder/index.md``); ``data`` (the index) pre-renders results."""
    place = str(identity.get("short_name") or identity.get("name") or "the area")
    contact = identity.get("contact_centre") or {}
    return (
        front_matter(title="Find a local service",
                     description=f"Search care and support services in {place}.")
        + "# Find a local service\n\n"
        + f'<p class="fs-lead">Search for care and support services in {e(place)}. '
        f'Choose filters to narrow the list. If you are not sure what you need, phone us on '
        f'<a href="tel:{e(str(contact.get("phone", "")).replace(" ", ""))}">'
        f'{e(contact.get("phone", ""))}</a>.</p>\n\n'
        + _shell("public", FINDER_URL, vocab, place, data=data)
    )


def contact_markdown(vocab: Vocabulary, identity: Mapping[str, Any],
                     data: Mapping[str, Any] | None = None) -> str:
    """The dense contact-centre view (``finder/contact-centre.md``)."""
    place = str(identity.get("short_name") or identity.get("name") or "the area")
    rx = (
        '<section class="fs-rx" aria-labelledby="rx-heading">'
        '<h2 id="rx-heading" tabindex="-1">Information prescription</h2>'
        '<p class="fs-hint">Add services with “Add to list” (or press A on a result). '
        'Nothing is sent or saved: print it or copy it into an email or letter.</p>'
        '<p class="fs-rx__empty">No services on the list yet.</p>'
        '<ol class="fs-rx__items"></ol>'
        '<div class="fs-field"><label class="fs-label" for="rx-date">Date</label>'
        '<input class="fs-input fs-input--date" type="date" id="rx-date" name="rx-date"></div>'
        '<div class="fs-field"><label class="fs-label" for="rx-note">Note for the caller</label>'
        '<textarea class="fs-textarea" id="rx-note" name="rx-note" rows="3"></textarea></div>'
        '<div class="fs-field"><label class="fs-label" for="rx-text">Text to copy</label>'
        '<textarea class="fs-textarea fs-rx__text" id="rx-text" rows="10" readonly>'
        '</textarea></div>'
        '<p class="fs-rx__buttons">'
        '<button type="button" class="md-button md-button--primary fs-rx__copy">'
        'Copy the list</button> '
        '<button type="button" class="md-button fs-rx__printbutton">Print the list</button> '
        '<button type="button" class="md-button fs-rx__clear">Clear the list</button></p>'
        '<pre class="fs-rx__print" aria-hidden="true"></pre>'
        '</section>'
        '<div class="fs-cc__copybox">'
        '<label class="fs-label" for="fs-copied">Last copied contact</label>'
        '<textarea class="fs-textarea fs-cc__copied" id="fs-copied" rows="6" readonly>'
        '</textarea></div>'
        '<div class="fs-cc__status fs-visually-hidden" role="status" aria-live="polite"></div>'
    )
    return (
        front_matter(title="Contact-centre finder",
                     description="A dense view of the service directory for advisers.")
        + "# Contact-centre finder\n\n"
        + '<p class="fs-lead">For advisers signposting callers. On a result, press C to copy its '
        'contact details or A to add it to the information prescription. '
        '<a href="../../signposting/">Signposting guides</a> list the questions to ask.</p>\n\n'
        + _shell("contact-centre", CONTACT_URL, vocab, place, rx, data=data)
    )
