"""The estimator section of the site: generated question pages, Pyodide and the engine wheel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.estimator_site import links, paper, pyodide_files, snapshot
from build_tools.estimator_site.engine import questionnaires
from build_tools.estimator_site.engine_words import check_engine_words
from build_tools.estimator_site.flow_page import PYODIDE_URI, flow_markdown
from build_tools.estimator_site.headlines import load_headlines
from build_tools.estimator_site.journey import sections_for
from build_tools.estimator_site.other_wording import check_other_wording
from build_tools.estimator_site.static_files import static_assets
from build_tools.estimator_site.steps import RESERVED_STEPS
from build_tools.estimator_site.wheel import WheelBuildError, build_wheel, source_hash
from build_tools.features import BuildContext, GeneratedAsset, GeneratedPage
from build_tools.finder.pages import INDEX_URI
from build_tools.problems import Problem

HEADLINES_SHOWN_AS = "build_tools/estimator_site/text/headlines.yaml"
# Where each flow's page lives.
FLOW_PAGES = {"person": "estimator/index.md", "carer": "estimator/carer/index.md"}
PAPER_PAGE = paper.SRC_URI
WHEEL_CACHE = Path(".cache") / "estimator-wheel"
SNAPSHOT_CACHE = Path(".cache") / "estimator-snapshot"
QUESTIONNAIRE_FILE = "widgets/care_estimator/rules/questionnaire/{flow}.yaml"
# The finder's services index: the results list local services from it.
FINDER_INDEX = INDEX_URI


class EstimatorSiteFeature:
    """Pages and assets for the in-browser estimator."""

    name = "estimator_site"

    def _questionnaires(self, ctx: BuildContext) -> list[dict[str, Any]]:
        if "estimator_site.questionnaires" not in ctx.cache:
            ctx.cache["estimator_site.questionnaires"] = questionnaires(
                ctx.project_root, ctx.today)
        return ctx.cache["estimator_site.questionnaires"]

    def _wheel(self, ctx: BuildContext) -> Path:
        if "estimator_site.wheel" not in ctx.cache:
            ctx.cache["estimator_site.wheel"] = build_wheel(
                ctx.project_root / "widgets", ctx.project_root / WHEEL_CACHE)
        return ctx.cache["estimator_site.wheel"]

    def _snapshot(self, ctx: BuildContext) -> Path | None:
        if "estimator_site.snapshot" not in ctx.cache:
            ctx.cache["estimator_site.snapshot"] = snapshot.build_snapshot(
                pyodide_files.pyodide_dir(ctx.project_root), self._wheel(ctx),
                ctx.project_root / SNAPSHOT_CACHE)
        return ctx.cache["estimator_site.snapshot"]

    def snapshot_uri(self, ctx: BuildContext) -> str | None:
        """The start-up snapshot's path in the site (next to the wheel), if one was made."""
        if self._snapshot(ctx) is None:
            return None
        return self.wheel_uri(ctx).rsplit("/", 1)[0] + "/" + snapshot.FILE_NAME

    def wheel_uri(self, ctx: BuildContext) -> str:
        """The wheel's path in the site; the source hash in the folder name busts caches."""
        folder = source_hash(ctx.project_root / "widgets")
        return f"assets/estimator/{folder}/{self._wheel(ctx).name}"

    def validate(self, ctx: BuildContext) -> list[Problem]:
        problems = [
            Problem("package.json", 1, 1, f"node_modules/pyodide/{name}", "is missing",
                    "run `npm ci` (or `make test`) to install the pinned pyodide package")
            for name in pyodide_files.missing_files(ctx.project_root)
        ]
        try:
            questionnaires = self._questionnaires(ctx)
        except Exception as error:  # the engine reports its own problems; never a traceback
            return [*problems, Problem("widgets/care_estimator", 1, 1, "load_questionnaire",
                                       f"cannot load the questionnaires: {error}",
                                       "run the engine's tests: .venv/bin/pytest tests/engine")]
        _, headline_problems = load_headlines(shown_as=HEADLINES_SHOWN_AS)
        problems += headline_problems
        problems += check_engine_words(ctx.project_root)
        for questionnaire in questionnaires:
            source = QUESTIONNAIRE_FILE.format(flow=questionnaire["flow"])
            problems += sections_for(questionnaire["flow"], questionnaire["pages"])[1]
            problems += check_other_wording(ctx.project_root / source, shown_as=source)
            problems += [Problem(source, 1, 1, f"pages.{page['id']}",
                                 f"the page id {page['id']!r} is reserved by the estimator pages",
                                 f"rename it; {sorted(RESERVED_STEPS)} are reserved")
                         for page in questionnaire["pages"] if page["id"] in RESERVED_STEPS]
        try:
            self._wheel(ctx)
        except WheelBuildError as error:
            problems.append(Problem("widgets/pyproject.toml", 1, 1, "(wheel)",
                                    f"python -m build --wheel failed: {error}",
                                    "fix the packaging error shown"))
        return problems

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        questionnaires = self._questionnaires(ctx)
        wheel_uri = self.wheel_uri(ctx)
        snapshot_uri = self.snapshot_uri(ctx)
        generated = []
        for questionnaire in questionnaires:
            flow = questionnaire["flow"]
            src_uri = FLOW_PAGES[flow]
            markdown = flow_markdown(
                questionnaire, ctx.identity, src_uri, wheel_uri,
                links.advice_links(flow, ctx.docs_dir),
                links.directory_links(flow, ctx.project_root),
                snapshot_uri, ctx.project_root,
                services=FINDER_INDEX if "finder" in ctx.feature_names else "",
            )
            generated.append(GeneratedPage(src_uri, markdown, in_nav=flow == "person"))
        paper_page = paper.paper_markdown(questionnaires, ctx.identity, ctx.project_root)
        generated.append(GeneratedPage(PAPER_PAGE, paper_page))
        return generated

    def assets(self, ctx: BuildContext) -> list[Any]:
        folder = pyodide_files.pyodide_dir(ctx.project_root)
        assets = static_assets()
        assets += [GeneratedAsset(PYODIDE_URI + name, source=folder / name)
                   for name in pyodide_files.PYODIDE_FILES]
        assets.append(GeneratedAsset(self.wheel_uri(ctx), source=self._wheel(ctx)))
        made = self._snapshot(ctx)
        snapshot_uri = self.snapshot_uri(ctx)
        if made is not None and snapshot_uri is not None:
            assets.append(GeneratedAsset(snapshot_uri, source=made))
        return assets


FEATURE = EstimatorSiteFeature()
