"""Signposting guides for contact-centre staff, one per need category in taxonomy.yaml.

Each guide gives the questions to ask, the urgent and safeguarding routes, when to
offer a needs assessment or a carer's assessment, and the services to suggest first.
Python builds the view (:class:`GuideView`); the markup is ``templates/finder/guide.md``
(autoescaped); phone numbers in the text become ``tel:`` links there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build_tools.finder.phones import TextPart, phone_parts, tel_url
from build_tools.rendering import Renderer

TEMPLATES = Path(__file__).parent / "templates"
GUIDES_DIR = "signposting"
INDEX_SRC = f"{GUIDES_DIR}/index.md"
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


@dataclass(frozen=True)
class Phone:
    number: str
    tel: str


@dataclass(frozen=True)
class Suggestion:
    name: str
    url: str
    summary: str
    phone: Phone | None


@dataclass(frozen=True)
class GuideView:
    """What one category's guide shows."""

    slug: str
    name: str
    description: str
    questions: list[str]
    urgent: list[TextPart]
    refer_on: list[TextPart]
    emergency: Phone
    safeguarding: Phone
    out_of_hours: Phone | None
    out_of_hours_hours: str
    carers_category: bool
    needs_assessment_page: str | None
    carers_assessment_page: str | None
    suggestions: list[Suggestion]


def _phone(number: object) -> Phone:
    text = str(number or "")
    return Phone(text, tel_url(text))


def guide_view(category: Any, summaries: list[Mapping[str, Any]],
               identity: Mapping[str, Any], docs_dir: Path) -> GuideView:
    """The view model of one category's guide."""
    sign = category.signposting or {}
    refer_on = str(sign.get("refer_on", "") or "")
    out_of_hours = identity.get("out_of_hours") or {}
    return GuideView(
        slug=category.slug,
        name=category.name,
        description=category.description,
        questions=[str(q) for q in sign.get("ask") or []],
        urgent=phone_parts(str(sign.get("urgent", "") or "")),
        refer_on=phone_parts(refer_on),
        emergency=_phone(identity.get("emergency", "999")),
        safeguarding=_phone((identity.get("safeguarding") or {}).get("phone", "")),
        out_of_hours=_phone(out_of_hours["phone"]) if out_of_hours.get("phone") else None,
        out_of_hours_hours=str(out_of_hours.get("hours", "")),
        carers_category=category.slug == "carers-support" or "carer" in refer_on.lower(),
        needs_assessment_page=(NEEDS_ASSESSMENT_PAGE
                               if (docs_dir / NEEDS_ASSESSMENT_PAGE).exists() else None),
        carers_assessment_page=(CARERS_ASSESSMENT_PAGE
                                if (docs_dir / CARERS_ASSESSMENT_PAGE).exists() else None),
        suggestions=[
            Suggestion(str(s["name"]), str(s["url"]), str(s.get("summary", "")),
                       _phone(s["phones"][0]["number"]) if s.get("phones") else None)
            for s in services_to_suggest(category.slug, summaries)
        ],
    )


def guide_markdown(category: Any, summaries: list[Mapping[str, Any]],
                   identity: Mapping[str, Any], docs_dir: Path,
                   renderer: Renderer | None = None) -> str:
    """One category's guide as Markdown (data inside escaped HTML blocks)."""
    view = guide_view(category, summaries, identity, docs_dir)
    return (renderer or Renderer([TEMPLATES])).render(
        "finder/guide.md", page=guide_src(category.slug), guide=view)


def index_markdown(categories: Iterable[Any], renderer: Renderer | None = None) -> str:
    """``signposting/index.md``: a list of the guides."""
    guides = [{"name": c.name, "description": c.description, "page": guide_url(c.slug)}
              for c in categories]
    return (renderer or Renderer([TEMPLATES])).render(
        "finder/guides-index.md", page=INDEX_SRC, guides=guides)
