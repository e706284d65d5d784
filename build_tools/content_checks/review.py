"""Review dates for advice pages, and the build feature that checks every advice page.

:func:`stale_pages` feeds ``firststop stale``; :data:`FEATURE` runs in every build and
reports bad front matter, typed money amounts and rules figures, unconfirmed figures
without the note, uncited or unknown sources, pages changed since they were checked and
broken links as problems with file and line, and pages past ``review_due`` as warnings.
Its ``page_markdown`` hook writes each page's "Sources" footnotes from ``sources:``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from build_tools.content_checks.checked import check_checked
from build_tools.content_checks.figures import (
    ESCAPE_TEXT,
    RulesFacts,
    rules_facts,
    scan_figures,
    shows_unconfirmed,
)
from build_tools.content_checks.frontmatter import Page, parse_page
from build_tools.content_checks.links import check_link, find_links
from build_tools.content_checks.metadata import as_date, check_metadata
from build_tools.content_checks.money import find_amounts
from build_tools.content_checks.pages import (
    NOT_ADVICE_DIRS,
    NOT_ADVICE_FILES,
    advice_pages,
    display_path,
)
from build_tools.content_checks.sources import check_citations, footnotes
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
    path: str, page: Page, slugs: frozenset[str] | None, today: date, existing: frozenset[str],
    rules: RulesFacts | None = None,
) -> list[Problem]:
    """Every problem with one page (``path`` is content/...); ``rules`` adds the figure checks."""
    problems = check_metadata(path, page, slugs, today)
    problems += check_citations(path, page)
    problems += check_checked(path, page)
    if rules is not None:
        problems += _figure_problems(path, page, rules)
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


def _figure_problems(path: str, page: Page, rules: RulesFacts) -> list[Problem]:
    """Rules figures typed by hand, and unconfirmed figures shown without the note."""
    typed_figures, unused = scan_figures(page.body, rules.figures, first_line=page.body_line)
    problems = [
        Problem(path, typed.line, typed.column, "(text)",
                f"{typed.text!r} is typed into the page",
                f"write {{{{ rules.{typed.name} }}}} so it changes with the rules, or, if this "
                f"number is not that figure, put {ESCAPE_TEXT} in the sentence")
        for typed in typed_figures
    ]
    problems += [
        Problem(path, escape.line, escape.column, "(text)",
                f"{ESCAPE_TEXT} is in a sentence with no rules figure",
                "remove it, or move it into the sentence with the number it is about")
        for escape in unused
    ]
    shown = shows_unconfirmed(page.body, rules.unconfirmed)
    if shown:
        problems.append(Problem(
            path, page.body_line, 1, "(text)",
            "shows figures not yet confirmed (" + ", ".join(shown) + ") without saying so",
            "add {{ rules.unconfirmed_note }} to the page, near the figures"))
    return problems


def is_advice_page(src_uri: str) -> bool:
    """Whether a docs-relative path such as ``paying/index.md`` is an advice page."""
    parts = src_uri.split("/")
    return parts[0] not in NOT_ADVICE_DIRS and src_uri not in NOT_ADVICE_FILES


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
        rules = rules_facts(ctx.project_root, ctx.today)
        problems: list[Problem] = []
        for path in advice_pages(content_dir):
            page = parse_page(path.read_text(encoding="utf-8"))
            problems.extend(page_problems(display_path(path, content_dir), page, slugs,
                                          ctx.today, existing, rules))
        return problems

    def page_markdown(self, ctx: BuildContext, src_uri: str, meta: dict[str, Any],
                      markdown: str) -> str:
        """An advice page with its cited sources written as footnotes."""
        del ctx
        return footnotes(meta, markdown) if is_advice_page(src_uri) else markdown


FEATURE = ContentChecksFeature()
