"""Readability of every advice page with textstat, and a report of the hardest pages.

Run ``python -m build_tools.content_checks.readability [--limit N] [--check]``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from build_tools.content_checks.frontmatter import parse_page
from build_tools.content_checks.pages import advice_pages, display_path
from build_tools.content_checks.prose import markdown_to_prose

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # textstat 0.7.4 imports the deprecated pkg_resources
    import textstat

MIN_READING_EASE = 60.0
MAX_SENTENCE_LENGTH = 20.0


@dataclass(frozen=True)
class Readability:
    """Scores for one page's prose."""

    path: str
    reading_ease: float
    sentence_length: float
    words: int

    @property
    def passes(self) -> bool:
        """Flesch reading ease at least 60 and at most 20 words a sentence."""
        return (self.reading_ease >= MIN_READING_EASE
                and self.sentence_length <= MAX_SENTENCE_LENGTH)


def score_text(path: str, prose: str) -> Readability:
    """Score plain prose (see :func:`markdown_to_prose`)."""
    return Readability(
        path=path,
        reading_ease=float(textstat.flesch_reading_ease(prose)),
        sentence_length=float(textstat.avg_sentence_length(prose)),
        words=int(textstat.lexicon_count(prose)),
    )


def score_page(path: Path, content_dir: Path) -> Readability:
    """Score one Markdown file's prose, without its front matter."""
    page = parse_page(path.read_text(encoding="utf-8"))
    return score_text(display_path(path, content_dir), markdown_to_prose(page.body))


def score_pages(content_dir: Path) -> list[Readability]:
    """Scores for every advice page, hardest to read first."""
    scores = [score_page(path, content_dir) for path in advice_pages(content_dir)]
    return sorted(scores, key=lambda s: (s.reading_ease, -s.sentence_length))


def format_report(scores: Sequence[Readability], limit: int = 10) -> str:
    """A plain-text table of the ``limit`` hardest pages, and a summary line."""
    lines = [f"{'reading ease':>12}  {'words/sentence':>14}  {'words':>5}  page"]
    for score in scores[:limit]:
        flag = "" if score.passes else "  <- too hard"
        lines.append(f"{score.reading_ease:12.1f}  {score.sentence_length:14.1f}  "
                     f"{score.words:5d}  {score.path}{flag}")
    failing = sum(1 for s in scores if not s.passes)
    lines.append(f"{len(scores)} page(s); {failing} below reading ease {MIN_READING_EASE:g} "
                 f"or above {MAX_SENTENCE_LENGTH:g} words a sentence")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; with ``--check`` exit 1 if any page is too hard."""
    parser = argparse.ArgumentParser(description="List the hardest advice pages to read.")
    parser.add_argument("--content", type=Path, default=Path("content"),
                        help="the content folder (default: content)")
    parser.add_argument("--limit", type=int, default=10, help="pages to list (default: 10)")
    parser.add_argument("--check", action="store_true", help="exit 1 if any page fails")
    args = parser.parse_args(argv)
    if not args.content.is_dir():
        print(f"error: {args.content} is not a folder", file=sys.stderr)
        return 2
    scores = score_pages(args.content)
    print(format_report(scores, args.limit))
    return 1 if args.check and any(not s.passes for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main())
