"""The build feature: ``rules`` variables, the "How we estimate" page, and rule checks."""

from __future__ import annotations

from typing import Any

from build_tools.estimator_docs.check import check_rules
from build_tools.estimator_docs.engine import date_in_range
from build_tools.estimator_docs.market_prices import market_price_problems
from build_tools.estimator_docs.page import SRC_URI, how_we_estimate
from build_tools.estimator_docs.variables import rules_variables
from build_tools.features import BuildContext, GeneratedPage
from build_tools.problems import Problem, Severity

RULES_DIR = "widgets/care_estimator/rules"


class EstimatorDocsFeature:
    """Publish the estimator's rules: figures for advice pages and a transparency page."""

    name = "estimator_docs"

    def validate(self, ctx: BuildContext) -> list[Problem]:
        problems = check_rules(ctx.project_root)
        if problems:
            return problems
        try:
            _on, warning = date_in_range(ctx.project_root, ctx.today)
            rules_variables(ctx.project_root, ctx.today)
        except Exception as error:  # report, never a traceback
            return [Problem(RULES_DIR, 1, 1, "(rules)", f"cannot load the estimator rules: "
                            f"{error}", "run the engine's tests: .venv/bin/pytest tests/engine")]
        if warning:
            return [Problem(f"{RULES_DIR}/parameters", 1, 1, "from", warning,
                            "add a parameter set for the current year",
                            Severity.WARNING)]
        return self.market_price_problems(ctx)

    def market_price_problems(self, ctx: BuildContext) -> list[Problem]:
        """The copied care-home market prices still match the directory (when it is built)."""
        if "directory" not in ctx.feature_names:
            return []
        from build_tools.directory.feature import FEATURE as DIRECTORY

        try:
            directory = DIRECTORY.directory(ctx)
        except Exception:  # the directory's own check reports why it cannot be loaded
            return []
        return market_price_problems(ctx.project_root, directory)

    def variables(self, ctx: BuildContext) -> dict[str, Any]:
        key = "estimator_docs.rules"
        if key not in ctx.cache:
            ctx.cache[key] = rules_variables(ctx.project_root, ctx.today)
        return {"rules": ctx.cache[key]}

    def pages(self, ctx: BuildContext) -> list[GeneratedPage]:
        return [GeneratedPage(SRC_URI, how_we_estimate(ctx.project_root, ctx.today),
                              in_nav=False)]


FEATURE = EstimatorDocsFeature()
