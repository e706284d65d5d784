"""The council's localities and the need taxonomy, read through one API.

Localities (with their postcode districts and ``rural`` flag) have one home:
``services_directory/areas.yaml``; the need categories and other vocabularies are in
``taxonomy.yaml`` beside it. Everything that needs them — the directory, the finder, the
advice-page checks, the estimator pages — calls :func:`load_vocabulary` (or
:func:`localities` / :func:`category_slugs`) instead of reading the files.

The estimator is a standalone package (it runs in Pyodide), so its rules keep their own
``localities:`` list in ``widgets/care_estimator/rules/local.yaml`` (with the ``rural``
flag the budget uplift uses, and an extra "somewhere else" answer marked ``outside``).
:func:`estimator_locality_problems` makes the build stop if that list and
``areas.yaml`` disagree, naming the line to fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.directory.loader import (
    DEFAULT_DIR,
    _read,
    _rel,
    _shared_file,
    directory_root,
    load_areas,
    load_taxonomy,
)
from build_tools.directory.model import Area, Directory
from build_tools.problems import Problem

AREAS_FILE = "areas.yaml"
TAXONOMY_FILE = "taxonomy.yaml"


def vocabulary_files(project_root: Path, records: Path | None = None) -> tuple[Path, Path]:
    """Where ``taxonomy.yaml`` and ``areas.yaml`` are read from for this project."""
    root = directory_root(project_root, records)
    return (_shared_file(root, project_root, TAXONOMY_FILE),
            _shared_file(root, project_root, AREAS_FILE))


def load_vocabulary(project_root: Path, records: Path | None = None) -> Directory:
    """A :class:`Directory` holding only the taxonomy and the areas (no records);
    problems reading them are in ``.problems``."""
    directory = Directory()
    taxonomy, areas = vocabulary_files(project_root, records)
    load_taxonomy(directory, taxonomy, _rel(taxonomy, project_root))
    load_areas(directory, areas, _rel(areas, project_root))
    return directory


def localities(project_root: Path, records: Path | None = None) -> list[Area]:
    """The council's localities, in ``areas.yaml`` order."""
    return list(load_vocabulary(project_root, records).areas.values())


def category_slugs(project_root: Path, records: Path | None = None) -> frozenset[str] | None:
    """The need-category slugs the project's ``taxonomy.yaml`` names (every entry with a
    ``slug``; the directory's checks report incomplete entries), or ``None`` if the
    project has no taxonomy."""
    for base in (directory_root(project_root, records), project_root / DEFAULT_DIR):
        path = base / TAXONOMY_FILE
        if path.is_file():
            data, _, problems = _read(path, _rel(path, project_root))
            items = data.get("categories") if isinstance(data, dict) else None
            if problems or not isinstance(items, list):
                return frozenset()
            return frozenset(str(item["slug"]) for item in items
                             if isinstance(item, dict) and item.get("slug"))
    return None


def estimator_rules_file() -> Path | None:
    """The estimator's ``local.yaml`` (its source, not the compiled copy), if installed."""
    try:
        from care_estimator.rules_loader import RULES_DIR
    except ImportError:
        return None
    path = Path(RULES_DIR) / "local.yaml"
    return path if path.is_file() else None


def estimator_locality_problems(areas: dict[str, Area], rules_file: Path,
                                project_root: Path) -> list[Problem]:
    """Problems if the estimator's ``localities:`` (apart from ``outside: true`` answers)
    are not the directory's areas, in the same order, with the same names and ``rural``."""
    rel = _rel(rules_file, project_root)
    data, pos, problems = _read(rules_file, rel)
    if problems:
        return problems
    items: list[Any] = data.get("localities") if isinstance(data, dict) else None
    fix = (f"make `localities:` list each area of {AREAS_FILE} in order, as "
           "{value: SLUG, label: NAME, rural: true or false}")
    if not isinstance(items, list):
        return [Problem(rel, 1, 1, "localities", "is missing", fix)]
    inside = [(i, item) for i, item in enumerate(items)
              if not (isinstance(item, dict) and item.get("outside"))]
    wanted = list(areas.values())
    found: list[Problem] = []
    for (index, item), area in zip(inside, wanted, strict=False):
        line, column = pos.at(("localities", index))
        item = item if isinstance(item, dict) else {}
        expected = {"value": area.slug, "label": area.name, "rural": area.rural}
        actual = {"value": item.get("value"), "label": item.get("label"),
                  "rural": bool(item.get("rural"))}
        if actual != expected:
            differs = ", ".join(f"{key} is {actual[key]!r}, {AREAS_FILE} says {value!r}"
                                for key, value in expected.items() if actual[key] != value)
            found.append(Problem(rel, line, column, f"localities[{index}]", differs,
                                 f"change it to match area {area.slug!r} in {AREAS_FILE}"))
    line, column = pos.at(("localities",))
    if len(inside) > len(wanted):
        extra = ", ".join(repr(item.get("value") if isinstance(item, dict) else item)
                          for _, item in inside[len(wanted):])
        found.append(Problem(rel, line, column, "localities",
                             f"{extra} not in {AREAS_FILE}",
                             f"add it to {AREAS_FILE}, remove it here, or mark it "
                             "`outside: true`"))
    elif len(inside) < len(wanted):
        missing = ", ".join(repr(a.slug) for a in wanted[len(inside):])
        found.append(Problem(rel, line, column, "localities",
                             f"missing {missing} from {AREAS_FILE}", fix))
    return found
