"""Signposting guides for contact-centre staff, one per need category in taxonomy.yaml.

Each guide gives the questions to ask, the urgent and safeguarding routes, when to
offer a needs assessment or a carer's assessment, and the services to suggest first.
All text from YAML is escaped; phone numbers become ``tel:`` links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from build_tools.finder.html import e, front_matter, url_from, with_phone_links

GUIDES_DIR = "signposting"
SUGGEST_FIRST = 5
NEEDS_ASSESSMENT_PAGE = "assessments/needs-assessment.md"
CARERS_ASSESSMENT_PAGE = "carers/carers-assessment.md"


def guide_src(slug: str) -> str:
    return f"{GUIDES_DIR}/{slug}.md"


def guide_url(slug: str) -> str:
    return f"{GUIDES_DIR}/{slug}/"


def suggestion_rank(summary: Mapping[str, Any]) -> tuple[int, int, int, str]:
    """Easiest to reach first: self-referral, then free, then widest area, then name."""
    return (
        0 if "self-referral" in summary.get("referral_routes", []) else 1,
        0 if "free" in summary.get("cost_kinds", []) else 1,
        -len(summary.get("localities", [])),
        str(summary.get("name", "")).lower(),
    )


def services_to_suggest(category: str, summaries: Iterable[Mapping[str, Any]],
                        limit: int = SUGGEST_FIRST) -> list[Mapping[str, Any]]:
    """The active services in a category, easiest to reach first."""
    matching = [s for s in summaries if category in s.get("categories", [])
                and s.get("status", "active") == "active"]
    return sorted(matching, key=suggestion_rank)[:limit]


def _assessment_advice(category: Any, docs_dir: Path, src: str) -> str:
    refer_on = str(category.signposting.get("refer_on", ""))
    carers = category.slug == "carers-support" or "carer" in refer_on.lower()

    def page_link(text: str, page: str) -> str:
        if (docs_dir / page).exists():
            return f"[{text}]({url_from(GUIDES_DIR + '/', page).rstrip('/')})"
        return text

    needs = page_link("needs assessment", NEEDS_ASSESSMENT_PAGE)
    carer = page_link("carer's assessment", CARERS_ASSESSMENT_PAGE)
    lines = [
        f"- Offer a {needs} to anyone who appears to need care and support, "
        "whatever their income or savings.",
        f"- Offer a {carer} to anyone who gives unpaid care to an adult"
        + (" — in this category, ask about it every time." if carers else "."),
    ]
    return "\n".join(lines)


def guide_markdown(category: Any, summaries: list[Mapping[str, Any]],
                   identity: Mapping[str, Any], docs_dir: Path) -> str:
    """One category's guide as Markdown (data inside escaped HTML blocks)."""
    src = guide_src(category.slug)
    here = guide_url(category.slug)
    sign = category.signposting or {}
    questions = "".join(f"<li>{e(q)}</li>" for q in sign.get("ask") or [])
    safeguarding = identity.get("safeguarding") or {}
    out_of_hours = identity.get("out_of_hours") or {}
    emergency = str(identity.get("emergency", "999"))
    suggestions = services_to_suggest(category.slug, summaries)
    items = "".join(
        f'<li><a href="{e(url_from(here, s["url"]))}">{e(s["name"])}</a>: {e(s.get("summary", ""))}'
        + (f' Phone <a href="tel:{e(s["phones"][0]["number"].replace(" ", ""))}">'
           f'{e(s["phones"][0]["number"])}</a>.' if s.get("phones") else "")
        + "</li>"
        for s in suggestions
    )
    services_html = (f'<ol class="fs-guide__services">{items}</ol>' if items
                     else "<p>No services are listed in this category yet.</p>")
    all_link = e(url_from(here, f"categories/{category.slug}/"))
    finder_link = e(url_from(here, f"finder/contact-centre/?category={category.slug}"))
    safeguarding_phone = str(safeguarding.get("phone", ""))
    return (
        front_matter(title=f"Signposting: {category.name}",
                     description=f"Contact-centre guide for {category.name}.")
        + f"# Signposting: {e(category.name)}\n\n"
        + f'<p class="fs-lead">{e(category.description)}</p>\n\n'
        + "## Questions to ask\n\n"
        + (f'<ul class="fs-guide__questions">{questions}</ul>\n\n' if questions
           else "<p>No questions are listed for this category.</p>\n\n")
        + "## Urgent help and safeguarding\n\n"
        + '<div class="admonition warning"><p class="admonition-title">Urgent</p>'
        + f'<p>{with_phone_links(str(sign.get("urgent", "")))}</p>'
        + "<p>If someone is in immediate danger, call "
        + f'<a href="tel:{e(emergency)}">{e(emergency)}</a>. '
        + "If you think an adult is being abused or neglected, report it to the adult "
        + f'safeguarding team on <a href="tel:{e(safeguarding_phone.replace(" ", ""))}">'
        + f"{e(safeguarding_phone)}</a> the same day."
        + (f' Out of hours ({e(out_of_hours.get("hours", ""))}), call '
           f'<a href="tel:{e(str(out_of_hours["phone"]).replace(" ", ""))}">'
           f'{e(out_of_hours["phone"])}</a>.'
           if out_of_hours.get("phone") else "")
        + "</p></div>\n\n"
        + "## When to offer an assessment\n\n"
        + (f'<p>{with_phone_links(str(sign["refer_on"]))}</p>\n\n' if sign.get("refer_on") else "")
        + _assessment_advice(category, docs_dir, src) + "\n\n"
        + "## Services to suggest first\n\n"
        + "<p>Services people can contact themselves come first, then free ones.</p>\n\n"
        + services_html + "\n\n"
        + f'<p><a href="{all_link}">Every {e(category.name.lower())} service</a> · '
        + f'<a href="{finder_link}">Open in the contact-centre finder</a></p>\n'
    )


def index_markdown(categories: Iterable[Any]) -> str:
    """``signposting/index.md``: a list of the guides."""
    items = "".join(
        f'<li><a href="{e(url_from(GUIDES_DIR + "/", guide_url(c.slug)))}">{e(c.name)}</a>: '
        f"{e(c.description)}</li>" for c in categories)
    return (
        front_matter(title="Signposting guides",
                     description="Guides for contact-centre staff, one per need.")
        + "# Signposting guides\n\n"
        + "<p>One guide for each kind of need: what to ask, the urgent routes, when to offer "
        + 'an assessment, and which services to suggest first. Use them with the '
        + '<a href="../finder/contact-centre/">contact-centre finder</a>.</p>\n\n'
        + f'<ul class="fs-guide__list">{items}</ul>\n'
    )
