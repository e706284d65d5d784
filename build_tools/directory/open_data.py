"""The Open Referral exports, made once per build, and the page that explains them.

The exports are written to a temporary folder while the pages are generated, so the
``/open-referral/`` page can give each file's real size; the ``assets`` step then copies
them into the site. One export per build, one file in memory at a time.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from build_tools.directory.exchange import iter_export_files
from build_tools.directory.model import Directory

# What each file is, for people choosing one (HSDS 3.0 table and API names).
DESCRIPTIONS = {
    "services.json": "Every service, one page of results in the HSDS API's list format",
    "organizations.json": "Every organisation, in the HSDS API's list format",
    "taxonomies.json": "The taxonomy used to classify services (need categories)",
    "taxonomy_terms.json": "Every need category as an HSDS taxonomy term",
    "datapackage/datapackage.json": "The CSV datapackage's descriptor: its tables and fields",
}


@dataclass(frozen=True)
class ExportFile:
    """One file of the export, for the data page."""

    path: str  # relative to the export folder
    size: int  # bytes
    format: str  # "JSON" or "CSV"
    description: str

    @property
    def size_text(self) -> str:
        """``16 KB``, ``1.2 MB``, ``990 bytes``."""
        if self.size < 1000:
            return f"{self.size} bytes"
        if self.size < 1_000_000:
            return f"{round(self.size / 1000)} KB"
        return f"{self.size / 1_000_000:.1f} MB"


@dataclass
class Export:
    """An export written to ``folder``: the list files people download, and how many
    single-record files sit in the per-record folders."""

    folder: Path
    files: list[ExportFile]
    record_files: dict[str, int]
    _holder: tempfile.TemporaryDirectory[str]

    def paths(self) -> list[str]:
        """Every file written, relative to the folder, sorted."""
        return sorted(p.relative_to(self.folder).as_posix()
                      for p in self.folder.rglob("*") if p.is_file())

    def close(self) -> None:
        self._holder.cleanup()


def write_export(directory: Directory) -> Export:
    """Write HSDS JSON and the CSV datapackage to a temporary folder and describe them."""
    holder = tempfile.TemporaryDirectory(prefix="firststop-export-")
    folder = Path(holder.name)
    files: list[ExportFile] = []
    record_files: dict[str, int] = {}
    for name, content in iter_export_files(directory, "both"):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        top, _, rest = name.partition("/")
        if rest and top != "datapackage":
            record_files[top] = record_files.get(top, 0) + 1
            continue
        fmt = "CSV" if name.endswith(".csv") else "JSON"
        description = DESCRIPTIONS.get(name) or f"The HSDS {Path(name).stem} table"
        files.append(ExportFile(name, len(content), fmt, description))
    return Export(folder, files, record_files, holder)


HSDS_VERSION = "3.0"
DEFAULT_LICENCE = ("Open Government Licence v3.0",
                   "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
DEFAULT_UPDATED = ("The data is published again every time a listing changes, and every "
                   "listing is checked at least once a year.")


@dataclass(frozen=True)
class OpenDataView:
    """What the ``/open-referral/`` page shows."""

    council: str
    fictional: bool
    services: int
    organisations: int
    hsds_version: str
    licence: str
    licence_url: str
    updated: str
    contact: str
    folder: str
    files: list[ExportFile]
    record_files: dict[str, int]


def open_data_view(directory: Directory, identity: dict, export: Export,
                   folder: str) -> OpenDataView:
    """The page's view model; licence, contact and update wording come from council.yaml's
    optional ``open_data:`` block (defaults: the OGL, the contact centre's email)."""
    settings = identity.get("open_data") or {}
    return OpenDataView(
        council=str(identity.get("name", "")),
        fictional=bool(identity.get("fictional")),
        services=len(directory.services),
        organisations=len(directory.organisations),
        hsds_version=HSDS_VERSION,
        licence=str(settings.get("licence") or DEFAULT_LICENCE[0]),
        licence_url=str(settings.get("licence_url") or DEFAULT_LICENCE[1]),
        updated=str(settings.get("updated") or DEFAULT_UPDATED),
        contact=str(settings.get("email")
                    or (identity.get("contact_centre") or {}).get("email") or ""),
        folder=folder.rstrip("/") + "/",
        files=export.files,
        record_files=export.record_files,
    )
