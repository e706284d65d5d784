"""What the finder's search needs beyond the records: editors' synonyms and the venue
accessibility features (``taxonomy.yaml``) and postcode-district centres (``areas.yaml``).

Each is checked here, with a :class:`~build_tools.problems.Problem` naming file, line
and field. The browser side (``assets/search_words.js``, ``assets/near.js``) normalises and stems
words the same way as :func:`normalise` and :func:`stem` (keep them in step).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from build_tools.directory.loader import _rel, _shared_file, directory_root
from build_tools.directory.yaml_lines import DuplicateKey, Positions, load_with_positions
from build_tools.problems import Problem, Severity

TAXONOMY_FILE = "taxonomy.yaml"
AREAS_FILE = "areas.yaml"
LATITUDE = (49.0, 61.0)  # Great Britain, as in the organisation schema
LONGITUDE = (-9.0, 2.0)

_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_NOT_WORD = re.compile(r"[^a-z0-9£]+")
_STEM_EXCEPTIONS = {
    "bus": "bus", "buses": "bus", "news": "news", "series": "series", "species": "species",
    "glasses": "glasses", "means": "means", "wellness": "wellness", "children": "child",
    "people": "people", "women": "woman", "men": "man",
}


def normalise(text: str) -> str:
    """Lower case, accents and apostrophes dropped, other non-letters a space."""
    value = unicodedata.normalize("NFKD", str(text).lower())
    value = "".join(c for c in value if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", value)).strip()


def stem(word: str) -> str:
    """The light stemmer of ``assets/search_words.js``: plurals and -ing forms."""
    if len(word) <= 3 or re.search(r"\d", word):
        return word
    if word in _STEM_EXCEPTIONS:
        return _STEM_EXCEPTIONS[word]
    w = word
    if w.endswith("ies") and len(w) > 4 and not re.search(r"[ae]ies$", w):
        w = w[:-3] + "y"
    elif re.search(r"(sses|ches|shes|xes|zzes)$", w):
        w = w[:-2]
    elif w.endswith("s") and not re.search(r"(ss|us|is|ous|ics)$", w):
        w = w[:-1]
    if w.endswith("ing") and len(w) - 3 >= 4:
        w = w[:-3]
        if re.search(r"([bdfgmnprt])\1$", w):
            w = w[:-1]
    return w


def search_form(text: str) -> str:
    """The form the finder compares: normalised, and stemmed when it is one word."""
    normal = normalise(text)
    return normal if " " in normal else stem(normal)


@dataclass(frozen=True)
class AccessFeature:
    """A venue accessibility feature the finder filters on."""

    slug: str
    name: str
    matches: tuple[str, ...]

    def found_in(self, lines: Iterable[str]) -> bool:
        """Whether any of a venue's accessibility lines mentions this feature."""
        texts = [normalise(line) for line in lines]
        return any(f" {normalise(m)} " in f" {t} " for m in self.matches for t in texts)


@dataclass
class SearchTerms:
    """Synonym groups (editor text, key first), access features, district centres."""

    synonyms: list[list[str]] = field(default_factory=list)
    access: list[AccessFeature] = field(default_factory=list)
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def access_bits(self, lines: Iterable[str]) -> int:
        """Bit ``i`` set when the venue has feature ``i``."""
        lines = list(lines)
        return sum(1 << i for i, feature in enumerate(self.access) if feature.found_in(lines))


def _read(path: Path) -> tuple[Any, Positions]:
    """The file's data, or ``None`` when it is missing or unreadable (the directory's
    loader reports that)."""
    try:
        return load_with_positions(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, DuplicateKey, yaml.YAMLError):
        return None, Positions()


def synonym_groups(data: Any, pos: Positions, rel: str) -> tuple[list[list[str]], list[Problem]]:
    """``synonyms:`` as groups (``[word, *others]``), with a problem for each bad line."""
    problems: list[Problem] = []
    if data is None:
        return [], []
    if not isinstance(data, dict):
        return [], [Problem(rel, *pos.at(("synonyms",)), "synonyms",
                            "must map a word to the other words people use for it",
                            "write lines like `dementia: [alzheimer's, memory loss]`")]
    groups: list[list[str]] = []
    seen: dict[str, tuple[str, int]] = {}
    for key, value in data.items():
        where = ("synonyms", key)
        line, col = pos.at(where, key=True)
        name = f"synonyms.{key}"
        if not normalise(str(key)):
            problems.append(Problem(rel, line, col, name, "has no letters or digits",
                                    "start the line with a word"))
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(isinstance(v, str | int)
                                                                for v in value):
            problems.append(Problem(rel, line, col, name,
                                    "must be a list of the other words people use",
                                    f"write `{key}: [word, other word]`"))
            continue
        group = [str(key)]
        own = search_form(str(key))
        for index, raw in enumerate(value):
            text = str(raw)
            v_line, v_col = pos.at((*where, index))
            form = search_form(text)
            if not form:
                problems.append(Problem(rel, v_line, v_col, f"{name}[{index}]",
                                        "has no letters or digits", "delete it"))
            elif form == own:
                problems.append(Problem(rel, v_line, v_col, f"{name}[{index}]",
                                        f'"{text}" is a form of "{key}": the finder already '
                                        "finds it", "delete it",
                                        Severity.WARNING))
            else:
                group.append(text)
        for text in group:
            form = search_form(text)
            if not form:
                continue
            if form in seen and seen[form][0] != str(key):
                other, other_line = seen[form]
                problems.append(Problem(
                    rel, line, col, name,
                    f'"{text}" is also in the line for "{other}" (line {other_line})',
                    "a word may be in one line only: merge the two lines or delete one"))
            seen.setdefault(form, (str(key), line))
        if len(group) > 1:
            groups.append(group)
    return groups, problems


def access_features(data: Any, pos: Positions, rel: str) -> tuple[list[AccessFeature],
                                                                   list[Problem]]:
    """``accessibility_features:`` as features, with a problem for each bad entry."""
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(rel, *pos.at(("accessibility_features",)), "accessibility_features",
                            "must be a list", "copy the layout of the demo taxonomy.yaml")]
    features, problems, slugs = [], [], set()
    for index, item in enumerate(data):
        where = ("accessibility_features", index)
        line, col = pos.at(where)
        name = f"accessibility_features[{index}]"
        matches = item.get("matches") if isinstance(item, dict) else None
        if (not isinstance(item, dict) or not item.get("slug") or not item.get("name")
                or not isinstance(matches, list) or not matches
                or not all(normalise(str(m)) for m in matches)):
            problems.append(Problem(rel, line, col, name,
                                    "needs slug, name and a list of matches",
                                    "for example: slug: hearing-loop, name: Hearing loop, "
                                    "matches: [hearing loop, induction loop]"))
            continue
        if item["slug"] in slugs:
            problems.append(Problem(rel, line, col, f"{name}.slug",
                                    f"{item['slug']!r} appears twice", "give each a new slug"))
            continue
        slugs.add(item["slug"])
        features.append(AccessFeature(str(item["slug"]), str(item["name"]),
                                      tuple(str(m) for m in matches)))
    return features, problems


def district_centres(data: Any, pos: Positions, rel: str,
                     districts: Iterable[str]) -> tuple[dict[str, tuple[float, float]],
                                                        list[Problem]]:
    """``district_centres:`` as ``{district: (latitude, longitude)}``; every district of
    ``areas`` should have one once any has."""
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(rel, *pos.at(("district_centres",)), "district_centres",
                            "must map each postcode district to its centre",
                            "write `WY1: {latitude: 52.40, longitude: -1.90}`")]
    known = [str(d).upper() for d in districts]
    centres: dict[str, tuple[float, float]] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        district = str(key).upper()
        line, col = pos.at(("district_centres", key), key=True)
        name = f"district_centres.{key}"
        if district not in known:
            problems.append(Problem(rel, line, col, name,
                                    f"{key} is not a postcode district of any area",
                                    "add it to an area's postcode_districts, or delete it"))
            continue
        lat = value.get("latitude") if isinstance(value, dict) else None
        lon = value.get("longitude") if isinstance(value, dict) else None
        if (not isinstance(lat, int | float) or not isinstance(lon, int | float)
                or isinstance(lat, bool) or isinstance(lon, bool)
                or not LATITUDE[0] <= lat <= LATITUDE[1]
                or not LONGITUDE[0] <= lon <= LONGITUDE[1]):
            problems.append(Problem(rel, line, col, name,
                                    "needs a latitude (49 to 61) and longitude (-9 to 2) "
                                    "in Great Britain",
                                    "write `{latitude: 52.40, longitude: -1.90}`"))
            continue
        centres[district] = (float(lat), float(lon))
    missing = [d for d in known if d not in centres]
    if centres and missing:
        problems.append(Problem(rel, *pos.at(("district_centres",), key=True), "district_centres",
                                f"no centre for {', '.join(missing)}: postcodes there "
                                "cannot be placed", "add a line for each",
                                Severity.WARNING))
    return centres, problems


def load_search_terms(project_root: Path, records: Path | None = None) -> SearchTerms:
    """Read and check the finder's synonyms, access features and district centres."""
    root = directory_root(project_root, records)
    terms = SearchTerms()
    taxonomy = _shared_file(root, project_root, TAXONOMY_FILE)
    data, pos = _read(taxonomy)
    rel = _rel(taxonomy, project_root)
    if isinstance(data, dict):
        terms.synonyms, problems = synonym_groups(data.get("synonyms"), pos, rel)
        terms.problems += problems
        terms.access, problems = access_features(data.get("accessibility_features"), pos, rel)
        terms.problems += problems
    areas = _shared_file(root, project_root, AREAS_FILE)
    data, pos = _read(areas)
    if isinstance(data, dict):
        districts = [d for item in data.get("areas") or [] if isinstance(item, dict)
                     for d in item.get("postcode_districts") or []]
        terms.centres, problems = district_centres(data.get("district_centres"), pos,
                                                   _rel(areas, project_root), districts)
        terms.problems += problems
    return terms
