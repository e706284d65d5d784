"""'Last checked' means checked: a page records a hash of what the editor checked.

``checked_hash`` in the front matter is a short SHA-256 of the page body, its
``last_reviewed`` date and its ``sources:``. Change any of them without re-checking and the
hash no longer matches, so the build fails. After re-checking the page against its sources,
an editor runs::

    .venv/bin/python -m build_tools.content_checks.checked stamp content/paying/top-ups.md

which sets ``last_reviewed`` to today and writes the new hash. ``status`` lists every page
whose hash does not match.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from build_tools.content_checks.frontmatter import FENCE, Page, parse_page
from build_tools.content_checks.metadata import as_date
from build_tools.content_checks.pages import advice_pages, display_path
from build_tools.problems import Problem

HASH_LENGTH = 16
STAMP = "python -m build_tools.content_checks.checked stamp"


def checked_hash(page: Page) -> str:
    """The hash of what an editor checks: body text, ``last_reviewed`` and ``sources``."""
    body = "\n".join(line.rstrip() for line in page.body.strip().splitlines())
    reviewed = as_date(page.meta.get("last_reviewed"))
    sources = json.dumps(page.meta.get("sources"), sort_keys=True, default=str)
    text = f"{reviewed}\n{sources}\n{body}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def check_checked(path: str, page: Page) -> list[Problem]:
    """A problem if the page changed since its ``last_reviewed`` date was recorded."""
    if page.error:
        return []
    recorded: Any = page.meta.get("checked_hash")
    hint = (f"check the page against its sources, then run `{STAMP} {path}` "
            "to set last_reviewed to today and record the check")
    if recorded is None:
        return [Problem(path, 1, 1, "checked_hash", "is missing", hint)]
    if str(recorded) != checked_hash(page):
        reviewed = page.meta.get("last_reviewed")
        return [Problem(path, page.line_of("checked_hash"), 1, "checked_hash",
                        f"the page, its sources or its date changed after it was checked "
                        f"on {reviewed}", hint)]
    return []


def stamp(text: str, today: date) -> str:
    """The page text with ``last_reviewed: today`` and a fresh ``checked_hash``."""
    page = parse_page(text)
    if page.error:
        raise ValueError(page.error)
    lines = text.splitlines(keepends=True)
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    head = [line for line in lines[1:end] if not line.startswith("checked_hash:")]
    head = [f"last_reviewed: {today.isoformat()}\n" if line.startswith("last_reviewed:")
            else line for line in head]
    if not any(line.startswith("last_reviewed:") for line in head):
        head.append(f"last_reviewed: {today.isoformat()}\n")
    rebuilt = "".join([lines[0], *head, lines[end], *lines[end + 1:]])
    digest = checked_hash(parse_page(rebuilt))
    head.append(f"checked_hash: {digest}\n")
    return "".join([lines[0], *head, lines[end], *lines[end + 1:]])


def main(argv: list[str] | None = None) -> int:
    """``stamp PAGE...`` after re-checking pages; ``status`` lists pages changed since."""
    parser = argparse.ArgumentParser(prog="python -m build_tools.content_checks.checked")
    sub = parser.add_subparsers(dest="command", required=True)
    stamp_cmd = sub.add_parser("stamp", help="record that you have re-checked these pages")
    stamp_cmd.add_argument("pages", nargs="+", type=Path)
    stamp_cmd.add_argument("--date", type=date.fromisoformat, default=date.today(),
                           help="the date you checked them (default today)")
    status_cmd = sub.add_parser("status", help="list pages changed since they were checked")
    status_cmd.add_argument("--content", type=Path, default=Path("content"))
    args = parser.parse_args(argv)
    if args.command == "stamp":
        for path in args.pages:
            path.write_text(stamp(path.read_text(encoding="utf-8"), args.date), encoding="utf-8")
            print(f"{path}: checked on {args.date}")
        return 0
    changed = []
    for path in advice_pages(args.content):
        shown = display_path(path, args.content)
        changed += check_checked(shown, parse_page(path.read_text(encoding="utf-8")))
    for problem in changed:
        print(problem.format())
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
