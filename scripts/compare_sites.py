"""Compare two built sites page by page: the main text and the link targets.

    python scripts/compare_sites.py OLD_SITE NEW_SITE [--ignore GLOB ...]

For every HTML page in either site it takes the page's main content (Material's
``<article>``, else ``<main>``, else ``<body>``), its text with whitespace normalised
(scripts and styles left out) and the ``href`` of every link in it, and lists:

- pages only in one of the sites;
- pages whose text differs (each change shown with a few words either side);
- pages whose link targets differ (targets gained and lost, counted).

Exit status 0 when nothing differs, 1 when something does, 2 on a usage error. Used to
show that a refactor leaves the built site the same (issue 10).
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import sys
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

CONTEXT_WORDS = 6
MAX_CHANGES = 8
SKIP_TEXT = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}


@dataclass
class Page:
    """What is compared of one page."""

    text: str
    links: Counter[str] = field(default_factory=Counter)


class _Extractor(HTMLParser):
    """Collects text and hrefs inside the first element named ``container``."""

    def __init__(self, container: str) -> None:
        super().__init__(convert_charrefs=True)
        self.container = container
        self.depth = 0  # open elements inside the container (0: outside)
        self.done = False
        self.skipping = 0
        self.words: list[str] = []
        self.links: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if self.depth == 0:
            if tag == self.container:
                self.depth = 1
            return
        if tag in VOID:
            self._link(tag, attrs)
            return
        self.depth += 1
        if tag in SKIP_TEXT:
            self.skipping += 1
        self._link(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth and not self.done:
            self._link(tag, attrs)

    def _link(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href is not None:
                self.links[href.strip()] += 1

    def handle_endtag(self, tag: str) -> None:
        if self.done or self.depth == 0 or tag in VOID:
            return
        if tag in SKIP_TEXT and self.skipping:
            self.skipping -= 1
        self.depth -= 1
        if self.depth == 0:
            self.done = True

    def handle_data(self, data: str) -> None:
        if self.depth and not self.done and not self.skipping:
            self.words.extend(data.split())


def read_page(path: Path) -> Page:
    """The main text (whitespace-normalised) and link targets of one HTML file."""
    html = path.read_text(encoding="utf-8", errors="replace")
    for container in ("article", "main", "body"):
        if f"<{container}" in html:
            extractor = _Extractor(container)
            extractor.feed(html)
            extractor.close()
            return Page(" ".join(extractor.words), extractor.links)
    return Page(" ".join(html.split()))


def html_pages(site: Path, ignore: list[str]) -> dict[str, Path]:
    """Every ``.html`` file under ``site`` by its relative path, minus ignored globs."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if not any(fnmatch.fnmatch(rel, pattern) for pattern in ignore):
            pages[rel] = path
    return pages


def text_changes(old: str, new: str) -> list[str]:
    """Each changed stretch of words as ``- old words`` / ``+ new words`` with context."""
    a, b = old.split(), new.split()
    out = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(a[max(0, i1 - CONTEXT_WORDS):i1])
        after = " ".join(a[i2:i2 + CONTEXT_WORDS])
        out.append(f"…{before} [- {' '.join(a[i1:i2])} -] [+ {' '.join(b[j1:j2])} +] {after}…")
    return out


def link_changes(old: Counter[str], new: Counter[str]) -> list[str]:
    lost, gained = old - new, new - old
    return ([f"- {href}" + (f" (×{n})" if n > 1 else "") for href, n in sorted(lost.items())]
            + [f"+ {href}" + (f" (×{n})" if n > 1 else "") for href, n in sorted(gained.items())])


def compare(old_site: Path, new_site: Path, ignore: list[str] | None = None) -> list[str]:
    """Every difference as report lines; empty when the sites match."""
    ignore = ignore or []
    old_pages, new_pages = html_pages(old_site, ignore), html_pages(new_site, ignore)
    report: list[str] = []
    for rel in sorted(old_pages.keys() - new_pages.keys()):
        report.append(f"{rel}: only in {old_site}")
    for rel in sorted(new_pages.keys() - old_pages.keys()):
        report.append(f"{rel}: only in {new_site}")
    for rel in sorted(old_pages.keys() & new_pages.keys()):
        old, new = read_page(old_pages[rel]), read_page(new_pages[rel])
        if old.text != new.text:
            changes = text_changes(old.text, new.text)
            report.append(f"{rel}: text differs ({len(changes)} change(s))")
            report.extend(f"    {line}" for line in changes[:MAX_CHANGES])
            if len(changes) > MAX_CHANGES:
                report.append(f"    … and {len(changes) - MAX_CHANGES} more")
        if old.links != new.links:
            report.append(f"{rel}: link targets differ")
            report.extend(f"    {line}" for line in link_changes(old.links, new.links))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the site built before the change")
    parser.add_argument("new", type=Path, help="the site built after it")
    parser.add_argument("--ignore", action="append", default=[], metavar="GLOB",
                        help="leave out pages matching GLOB (e.g. 'assets/*'); repeatable")
    args = parser.parse_args(argv)
    for site in (args.old, args.new):
        if not site.is_dir():
            print(f"error: {site} is not a folder; build the site first", file=sys.stderr)
            return 2
    report = compare(args.old, args.new, args.ignore)
    for line in report:
        print(line)
    pages = len(html_pages(args.new, args.ignore))
    print(f"{pages} pages compared: " + ("no differences" if not report else
                                          f"{sum(not r.startswith(' ') for r in report)} "
                                          "difference(s)"))
    return 1 if report else 0


if __name__ == "__main__":
    raise SystemExit(main())
