"""``firststop`` commands for the directory: check, new, stale, export, import."""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Any

from build_tools.directory.checks import validate
from build_tools.directory.loader import DEFAULT_DIR, directory_root, load_directory
from build_tools.problems import Severity, blocking, format_problems


def today() -> date:
    """``$FIRSTSTOP_TODAY`` (for tests and previews) or the real date."""
    text = os.environ.get("FIRSTSTOP_TODAY")
    return date.fromisoformat(text) if text else date.today()


def register(subparsers: Any) -> None:
    """Add the directory's commands to the ``firststop`` parser."""
    check = subparsers.add_parser("check", help="validate the service directory records")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--directory", type=Path, help="records folder (default: "
                       f"{DEFAULT_DIR}/ or $FIRSTSTOP_DIRECTORY)")
    check.set_defaults(handler=run_check)

    new = subparsers.add_parser("new", help="scaffold a new record from a template")
    new.add_argument("kind", choices=["organisation", "organization"])
    new.add_argument("name", help="the organisation's name, in quotes")
    new.add_argument("--directory", type=Path)
    new.set_defaults(handler=run_new)

    stale = subparsers.add_parser("stale", help="records and advice pages past review_due")
    stale.add_argument("--directory", type=Path)
    stale.set_defaults(handler=run_stale)

    export = subparsers.add_parser("export", help="write Open Referral UK JSON and CSV")
    export.add_argument("out", type=Path, help="folder to write into")
    export.add_argument("--format", choices=["json", "csv", "both"], default="both")
    export.add_argument("--directory", type=Path)
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser("import", help="make YAML records from HSDS or Open "
                                "Referral UK (1.0 or 3.0) JSON, or HSDS CSV")
    imp.add_argument("source", type=Path, help="a JSON file, a folder of JSON pages, an "
                     "export folder or a datapackage folder/datapackage.json")
    imp.add_argument("--into", type=Path, help="records folder to write (default: "
                     f"{DEFAULT_DIR}/organisations)")
    imp.add_argument("--overwrite", action="store_true", help="replace existing files")
    imp.add_argument("--orphans-into", metavar="ORG", help="put services that name no "
                     "organisation under this organisation (its id or the slug of its name)")
    imp.add_argument("--report", action="store_true", help="print the full import report")
    imp.set_defaults(handler=run_import)


def _root(args: argparse.Namespace) -> Path:
    return Path(args.root).resolve()


def run_check(args: argparse.Namespace) -> int:
    directory = load_directory(_root(args), args.directory)
    problems = validate(directory, today())
    stopping = blocking(problems, args.strict)
    if problems:
        print(format_problems(problems), file=sys.stderr if stopping else sys.stdout)
    if stopping:
        return 1
    print(f"ok: {len(directory.organisations)} organisations, {len(directory.services)} "
          f"services, {len(directory.locations)} locations")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from build_tools.directory.scaffold import BadName, scaffold_organisation

    root = directory_root(_root(args), args.directory) / "organisations"
    try:
        path = scaffold_organisation(root, args.name, today())
    except FileExistsError as error:
        print(f"error: {error} already exists; choose another name", file=sys.stderr)
        return 1
    except BadName as error:
        print(f"error: name: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {root}: cannot write: {error.strerror} (check the folder)",
              file=sys.stderr)
        return 1
    print(f"created {path}; fill in the TODO lines, then run `firststop check`")
    return 0


def _stale_pages(project_root: Path, on: date) -> list[Any] | None:
    try:
        review = import_module("build_tools.content_checks.review")
    except ImportError:
        return None
    return list(review.stale_pages(project_root / "content", on))


def run_stale(args: argparse.Namespace) -> int:
    """Records and advice pages past ``review_due``, grouped by who must check them."""
    root = _root(args)
    on = today()
    directory = load_directory(root, args.directory)
    by_owner: dict[str, list[str]] = defaultdict(list)
    records = 0
    for org in sorted(directory.organisations.values(), key=lambda o: o.data["review_due"]):
        if org.data["review_due"] < on.isoformat():
            owner = org.data["record_owner"]
            by_owner[f"{owner['name']} <{owner['email']}>"].append(
                f"  {org.source.path}: {org.name} (review due {org.data['review_due']})")
            records += 1
    pages = _stale_pages(root, on)
    for page in pages or []:
        owner = str(getattr(page, "owner", "(no owner)"))
        due = getattr(page, "review_due", None)
        when = f"review due {due}" if due else "no review_due date"
        by_owner[owner].append(f"  content/{getattr(page, 'path', page)}: "
                               f"{getattr(page, 'title', '')} ({when})")
    for owner, lines in sorted(by_owner.items()):
        print(owner)
        print("\n".join(lines))
    print(f"{records} directory record(s) past review_due")
    if pages is None:
        print("advice pages: not checked (build_tools.content_checks.review is not installed)")
    else:
        print(f"{len(pages)} advice page(s) past review_due")
    errors = [p for p in directory.problems if p.severity is Severity.ERROR]
    if errors:
        print(f"note: {len(errors)} record problem(s); run `firststop check`", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from build_tools.directory.exchange import write_export

    directory = load_directory(_root(args), args.directory)
    problems = validate(directory, today())
    if blocking(problems, strict=False):
        print(format_problems(problems), file=sys.stderr)
        return 1
    written = write_export(directory, args.out, args.format)
    print(f"wrote {len(written)} files to {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from build_tools.directory.exchange import ImportError_, import_source

    root = _root(args)
    into = args.into or directory_root(root) / "organisations"
    try:
        written = import_source(args.source, into, overwrite=args.overwrite, today=today(),
                                orphans_into=args.orphans_into)
    except ImportError_ as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    report = written.report
    if args.report or report.unmodelled or report.notes:
        print(report.format())
    print(f"wrote {len(written)} record file(s) to {into}; run `firststop check`")
    return 0
