"""The loaded directory: organisations, services, locations, taxonomy and areas."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from build_tools.directory.costs import Cost
from build_tools.directory.hours import OpeningHours
from build_tools.directory.ids import stable_id
from build_tools.directory.yaml_lines import Positions
from build_tools.problems import Problem


@dataclass(frozen=True)
class SourceRef:
    """Where a record was written: project-relative path, 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1


@dataclass
class Record:
    """What every record in an organisation's YAML file has; ``KIND`` names its HSDS table."""

    KIND: ClassVar[str] = ""

    slug: str
    name: str
    data: dict[str, Any]
    source: SourceRef

    @property
    def id(self) -> str:
        """The stable UUIDv5 of this record, derived from its kind and slug."""
        return stable_id(self.KIND, self.slug)


@dataclass
class Organisation(Record):
    KIND: ClassVar[str] = "organization"

    service_slugs: list[str] = field(default_factory=list)
    location_slugs: list[str] = field(default_factory=list)


@dataclass
class OrganisationPart(Record):
    """A location or service: belongs to one organisation and has opening hours."""

    organisation_slug: str
    hours: OpeningHours = field(default_factory=OpeningHours)


@dataclass
class Location(OrganisationPart):
    KIND: ClassVar[str] = "location"

    postcode: str = ""
    district: str = ""
    area_slug: str | None = None


@dataclass
class Service(OrganisationPart):
    KIND: ClassVar[str] = "service"

    costs: list[Cost] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    localities: list[str] = field(default_factory=list)
    location_slugs: list[str] = field(default_factory=list)


@dataclass
class Category:
    slug: str
    name: str
    description: str
    signposting: dict[str, Any]
    source: SourceRef

    @property
    def id(self) -> str:
        return stable_id("taxonomy_term", "category", self.slug)


@dataclass
class Area:
    slug: str
    name: str
    rural: bool
    postcode_districts: list[str]
    description: str
    source: SourceRef


@dataclass
class RecordFile:
    """One organisation file as read: its data and path.

    ``positions`` (line and column of every value) are only needed to report a problem,
    so they are not kept after loading: they are read again from ``source`` on first use.
    """

    path: str
    data: dict[str, Any]
    source: Path | None = None
    _positions: Positions | None = field(default=None, repr=False, compare=False)

    @property
    def positions(self) -> Positions:
        if self._positions is None:
            from build_tools.directory.yaml_lines import load_with_positions

            text = self.source.read_text(encoding="utf-8") if self.source else ""
            self._positions = load_with_positions(text)[1]
        return self._positions


@dataclass
class Directory:
    """Everything loaded from ``services_directory/``; see README.md for the contract."""

    organisations: dict[str, Organisation] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    areas: dict[str, Area] = field(default_factory=dict)
    client_groups: dict[str, str] = field(default_factory=dict)
    referral_routes: dict[str, str] = field(default_factory=dict)
    delivery_modes: dict[str, str] = field(default_factory=dict)
    files: list[RecordFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def file(self, path: str) -> RecordFile:
        """The loaded record file at ``path`` (project-relative)."""
        index = self.__dict__.get("_file_index")
        if index is None or len(index) != len(self.files):
            index = self.__dict__["_file_index"] = {f.path: f for f in self.files}
        return index[path]

    def organisation_of(self, service: Service) -> Organisation:
        return self.organisations[service.organisation_slug]

    def services_in_category(self, slug: str) -> list[Service]:
        return sorted((s for s in self.services.values() if slug in s.categories),
                      key=lambda s: s.name.lower())

    def services_in_area(self, slug: str) -> list[Service]:
        return sorted((s for s in self.services.values() if slug in s.localities),
                      key=lambda s: s.name.lower())

    def district_area(self, district: str) -> Area | None:
        for area in self.areas.values():
            if district in area.postcode_districts:
                return area
        return None
