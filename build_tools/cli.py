"""The editors' command line: ``firststop COMMAND``.

Each area of the core adds its commands through a ``register(subparsers)`` function
listed in :data:`COMMAND_MODULES`; a command's handler returns the process exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

COMMAND_MODULES: list[str] = [
    "build_tools.directory.commands",
]


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every registered command."""
    parser = argparse.ArgumentParser(
        prog="firststop",
        description="Check, scaffold, import and export a firststop site's records.",
    )
    parser.add_argument(
        "--root", default=".", help="the project folder (default: the current folder)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
