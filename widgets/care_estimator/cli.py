"""Command line: ``python -m care_estimator estimate --date YYYY-MM-DD answers.json``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from care_estimator.answers import InvalidAnswers
from care_estimator.api import load_answers, parse_date, safe_estimate
from care_estimator.questionnaire import FLOWS, load_questionnaire

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="care_estimator", description="Indicative adult "
                                     "social care estimates (England). Prints JSON.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("estimate", help="estimate from an answers JSON file ('-' for stdin)")
    run.add_argument("--date", required=True, help="assessment date, YYYY-MM-DD")
    run.add_argument("answers", help="answers JSON file, or - for standard input")
    show = sub.add_parser("questionnaire", help="print a questionnaire as JSON")
    show.add_argument("flow", choices=FLOWS)
    show.add_argument("--date", required=True, help="date, YYYY-MM-DD")
    return parser


def _read(path: str) -> str:
    return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")


def _fail(problems: list[dict[str, str]]) -> int:
    lines = [f"  - {p['field']}: {p['message']}" for p in problems]
    print(f"error: {len(problems)} problem(s) with the input:\n" + "\n".join(lines),
          file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; bad input prints every problem and returns 2 (never a traceback)."""
    args = _parser().parse_args(argv)
    problems: list[dict[str, str]] = []
    date = None
    try:
        date = parse_date(args.date)
    except InvalidAnswers as error:
        problems += error.problems
    if args.command == "questionnaire":
        if problems:
            return _fail(problems)
        try:
            print(json.dumps(load_questionnaire(args.flow, date), indent=2, ensure_ascii=False))
        except ValueError as error:
            return _fail([{"field": "date", "message": str(error)}])
        return 0
    payload = None
    try:
        payload, found = load_answers(_read(args.answers))
        problems += [{**p, "field": "answers"} for p in found]
    except OSError as error:
        problems.append({"field": "answers", "message": f"cannot read {args.answers}: "
                         f"{error.strerror or error}"})
    except UnicodeDecodeError:
        problems.append({"field": "answers", "message": f"{args.answers} is not UTF-8 text"})
    if problems or date is None:
        return _fail(problems)
    result, problems = safe_estimate(payload, date)
    if result is None:
        return _fail(problems)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
