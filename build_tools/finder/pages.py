"""The finder and contact-centre pages: a form the finder's JavaScript brings to life.

Python builds the view models; the markup is in ``templates/finder/``. The first page of
results and every option's count for the empty search are part of the page (see
:mod:`build_tools.finder.static`), so results show as soon as the HTML is parsed.
Without JavaScript the form stays hidden; the page shows that first page and links to
the category and locality pages, which list every service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from build_tools.components import ELEMENTS_URI
from build_tools.finder.index import COST_KINDS, Vocabulary
from build_tools.finder.static import PRINT_WORDS, WORDS, Counts, empty_counts, first_page
from build_tools.rendering import Renderer, raw_html_block, relative_url

TEMPLATES = Path(__file__).parent / "templates"
FINDER_SRC = "finder/index.md"
CONTACT_SRC = "finder/contact-centre.md"
INDEX_URI = "finder/services.json"
SCRIPT_DIR = "assets/javascripts/finder"
SCRIPT_URI = f"{SCRIPT_DIR}/app.js"
#: Modules app.js imports (fetched in parallel with it).
SCRIPT_IMPORTS = ("core.js", "dom.js", "finder_more.js", "search_words.js", "more_filters.js",
                  "near.js", "trust.js", "zero_results.js")
#: Modules only the contact-centre view loads (after the index, with ``import()``).
CONTACT_IMPORTS = ("contact.js", "saved_list.js", "prescription_print.js", "hours_words.js")
#: Fields of an empty result, for the template element the script clones.
PROTO_FIELDS = ("id", "name", "href", "summary", "place", "cost", "step_text", "step_label",
                "step_href", "org", "phone", "phone_href", "email", "email_href", "website",
                "hours", "checked", "stale", "distance")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    text: str


@dataclass(frozen=True)
class OptionGroup:
    label: str | None
    options: list[Option]


@dataclass(frozen=True)
class Select:
    name: str
    label: str = ""
    groups: list[OptionGroup] = field(default_factory=list)


@dataclass(frozen=True)
class CheckboxGroup:
    name: str
    legend: str
    items: list[dict[str, str]]


@dataclass(frozen=True)
class FormView:
    selects: list[Select]
    checkboxes: list[CheckboxGroup]


@dataclass(frozen=True)
class BrowseView:
    categories: list[tuple[str, str]]
    areas: list[tuple[str, str]]


@dataclass(frozen=True)
class OpenEstimateView:
    """The contact-centre box that opens an estimate a caller shared.

    ``estimators``: JSON ``{flow: page path from the site root}`` of the estimator pages;
    ``share_module``: the estimator's ``share.js``, which reads the code."""

    estimators: str
    share_module: str
    script: str = f"{SCRIPT_DIR}/open_estimate_form.js"


@dataclass(frozen=True)
class ShellView:
    name: str
    form: FormView
    browse: BrowseView
    total: int
    first: list[dict[str, Any]]
    proto: dict[str, str] = field(default_factory=lambda: dict.fromkeys(PROTO_FIELDS, ""))
    words: dict[str, str] = field(default_factory=lambda: dict(WORDS))
    print_words: dict[str, str] = field(default_factory=lambda: dict(PRINT_WORDS))
    index: str = INDEX_URI
    script: str = SCRIPT_URI
    modules: tuple[str, ...] = (ELEMENTS_URI, *(f"{SCRIPT_DIR}/{name}"
                                                for name in SCRIPT_IMPORTS))


def _counted(counts: Counts | None, facet: str) -> dict[str, int]:
    return (counts or {}).get(facet, {})


def _option(value: str, label: str, count: int | None = None) -> Option:
    return Option(value, label, label if count is None else f"{label} ({count})")


def _options(items: Iterable[tuple[str, str]], got: dict[str, int]) -> list[Option]:
    return [_option(slug, label, got.get(slug)) for slug, label in items]


def _select(name: str, label: str, any_label: str, items: Iterable[tuple[str, str]],
            counts: Counts | None) -> Select:
    got = _counted(counts, name)
    options = [_option("", any_label, got.get("")), *_options(items, got)]
    return Select(name, label, [OptionGroup(None, options)])


def _checkboxes(name: str, legend: str, items: Iterable[tuple[str, str]],
                counts: Counts | None) -> CheckboxGroup:
    got = _counted(counts, name)
    return CheckboxGroup(name, legend, [
        {"value": slug, "label": label, "id": f"fs-{name}-{slug}",
         "count": f"({got[slug]})" if slug in got else ""}
        for slug, label in items])


def form_view(vocab: Vocabulary, place: str, days: Iterable[tuple[str, str]],
              counts: Counts | None = None, languages: Iterable[str] = (),
              access: Iterable[tuple[str, str]] = ()) -> FormView:
    """The search box and filters; with ``counts`` (the empty search's) every option
    shows its count already."""
    area_counts = _counted(counts, "area")
    areas = Select("area", "Area or postcode district", [
        OptionGroup(None, [_option("", f"Anywhere in {place}", area_counts.get(""))]),
        *(OptionGroup(name, [_option(slug, f"All of {name}", area_counts.get(slug)),
                             *(_option(d, f"{d} ({name})", area_counts.get(d))
                               for d in districts)])
          for slug, name, districts in vocab.areas),
    ])
    # "Open now" depends on the visitor's clock: its count comes from the script.
    open_counts = _counted(counts, "open")
    when = Select("open", "When it is open", [OptionGroup(None, [
        _option("", "Any time", open_counts.get("")), _option("now", "Open now"),
        *(_option(day, f"Open on {name}", open_counts.get(day)) for day, name in days)])])
    return FormView(
        selects=[
            _select("category", "Need", "Any need", vocab.categories, counts),
            areas,
            Select("age"),
            _select("for", "Who it is for", "Anyone", vocab.client_groups, counts),
            _select("lang", "Language", "Any language", [(name, name) for name in languages],
                    counts),
            when,
            Select("at"),
        ],
        checkboxes=[
            _checkboxes("cost", "Cost", COST_KINDS, counts),
            _checkboxes("delivery", "How it is delivered", vocab.delivery_modes, counts),
            _checkboxes("referral", "How to get it", vocab.referral_routes, counts),
            _checkboxes("access", "At the venue", access, counts),
        ],
    )


def shell_view(view: str, vocab: Vocabulary, place: str, data: Mapping[str, Any],
               site_root: str) -> ShellView:
    """Everything the finder's shell shows for one view (``public`` or ``contact-centre``)."""
    return ShellView(
        name=view,
        form=form_view(vocab, place, [tuple(d) for d in data["days"]], empty_counts(data),
                       data.get("languages") or [],
                       [tuple(a) for a in data.get("access") or []]),
        browse=BrowseView(list(vocab.categories), [(s, n) for s, n, _ in vocab.areas]),
        total=len(data["services"]),
        first=first_page(data, view, site_root),
        modules=(ELEMENTS_URI, *(f"{SCRIPT_DIR}/{name}" for name in
                                 SCRIPT_IMPORTS + (CONTACT_IMPORTS if view == "contact-centre"
                                                   else ()))),
    )


def _place(identity: Mapping[str, Any]) -> str:
    return str(identity.get("short_name") or identity.get("name") or "the area")


def _page(renderer: Renderer, template: str, src: str, view: str, vocab: Vocabulary,
          identity: Mapping[str, Any], data: Mapping[str, Any], **extra: Any) -> str:
    place = _place(identity)
    site_root = relative_url(src, "")
    shell = renderer.render("finder/shell.html", page=src,
                            view=shell_view(view, vocab, place, data, site_root))
    return renderer.render(template, page=src, place=place,
                           shell=Markup(raw_html_block(shell)), **extra)


def finder_markdown(vocab: Vocabulary, identity: Mapping[str, Any], data: Mapping[str, Any],
                    renderer: Renderer | None = None) -> str:
    """The public finder page (``finder/index.md``)."""
    phone = str((identity.get("contact_centre") or {}).get("phone", ""))
    return _page(renderer or Renderer([TEMPLATES]), "finder/finder.md", FINDER_SRC, "public",
                 vocab, identity, data, phone=phone, phone_href="tel:" + phone.replace(" ", ""))


def contact_markdown(vocab: Vocabulary, identity: Mapping[str, Any], data: Mapping[str, Any],
                     renderer: Renderer | None = None,
                     open_estimate: OpenEstimateView | None = None) -> str:
    """The dense contact-centre view (``finder/contact-centre.md``); with ``open_estimate``
    (a build with the estimator) it can open an estimate a caller shared."""
    renderer = renderer or Renderer([TEMPLATES])
    box = ""
    if open_estimate is not None:
        box = Markup(raw_html_block(renderer.render("finder/open_estimate.html", page=CONTACT_SRC,
                                                    view=open_estimate)))
    return _page(renderer, "finder/contact-centre.md", CONTACT_SRC,
                 "contact-centre", vocab, identity, data, open_estimate=box)
