"""Review dates for advice pages, and the build feature that checks every advice page.

:func:`stale_pages` feeds ``firststop stale``; :data:`FEATURE` runs in every build and
reports bad front matter, typed money amounts and broken links as problems with
file and line, and pages past ``review_due`` as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from build_tools.content_checks.frontmatter import Page, parse_page
from build_tools.content_checks.links import check_link, find_links
from build_tools.content_checks.metadata import as_date, check_metadata
from build_tools.content_checks.money import find_amounts
from build_tools.content_checks.pages import advice_pages, display_path
from build_tools.content_checks.taxonomy import category_slugs
from build_tools.features import BuildContext
from build_tools.problems import Problem


@dataclass(frozen=True, order=True)
class StalePage:
    """An advice page whose review is overdue (``review_due`` is ``None`` if missing)."""

    path: str
    title: str
    owner: str
    review_due: date | None
    days_overdue: int | None

    def __str__(self) -> str:
        due = f"review due {self.review_due}" if self.review_due else "no valid review_due"
        return f"{self.path}: {self.title} ({due}; owner {self.owner})"


def stale_pages(content_dir: Path, today: date) -> list[StalePage]:
    """Advice pages with ``review_due`` before ``today`` or missing, oldest first."""
    stale = []
    for path in advice_pages(content_dir):
        page = parse_page(path.read_text(encoding="utf-8"))
        due = as_date(page.meta.get("review_due"))
        if due is not None and due >= today:
            continue
        stale.append(StalePage(
            path=display_path(path, content_dir),
            title=str(page.meta.get("title") or path.stem),
            owner=str(page.meta.get("owner") or "(no owner)"),
            review_due=due,
            days_overdue=(today - due).days if due else None,
        ))
    return sorted(stale, key=lambda s: (s.review_due or date.min, s.path))


def page_problems(
    path: str, page: Page, slugs: frozenset[str] | None, today: date, existing: frozenset[str]
) -> list[Problem]:
    """Front matter, money and link problems for one page (``path`` is content/...)."""
    problems = check_metadata(path, page, slugs, today)
    for amount in find_amounts(page.body, first_line=page.body_line):
        problems.append(Problem(
            path, amount.line, amount.column, "(text)",
            f"the amount {amount.text!r} is typed into the page",
            "use a rules variable such as {{ rules.capital_upper_limit }} so it cannot go stale",
        ))
    page_uri = path.split("/", 1)[1]
    for link in find_links(page.body, first_line=page.body_line):
        broken = check_link(link, page_uri, existing)
        if broken is not None:
            problems.append(Problem(path, link.line, link.column, "(link)",
                                    f"{link.target!r} {broken.message}", broken.hint))
    return problems


class ContentChecksFeature:
    """Checks every advice page in ``ctx.docs_dir`` before anything is written."""

    name = "content_checks"

    def validate(self, ctx: BuildContext) -> list[Problem]:
        content_dir = ctx.docs_dir
        if not content_dir.is_dir():
            return []
        slugs = category_slugs(ctx.project_root)
        existing = frozenset(
            p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file()
        )
        problems: list[Problem] = []
        for path in advice_pages(content_dir):
            page = parse_page(path.read_text(encoding="utf-8"))
            problems.extend(page_problems(display_path(path, content_dir), page, slugs,
                                          ctx.today, existing))
        return problems


FEATURE = ContentChecksFeature()
