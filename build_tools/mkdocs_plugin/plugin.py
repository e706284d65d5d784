"""MkDocs plugin: calls the core's pipeline at the right MkDocs events, nothing more."""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from build_tools import csp, pipeline, site_swap
from build_tools.features import BuildContext, sources
from build_tools.identity import load_identity
from build_tools.links import tel_url
from build_tools.mkdocs_plugin.config import FirststopConfig
from build_tools.problems import ProblemsFound, format_problems
from build_tools.registry import load_features
from build_tools.rendering import long_date

LOG = logging.getLogger("mkdocs.plugins.firststop")


class FirststopPlugin(BasePlugin[FirststopConfig]):
    """Validate sources, generate pages and assets, template Markdown, set the CSP."""

    def __init__(self) -> None:
        self.serving = False
        self.features: list[Any] = []
        self.ctx: BuildContext | None = None
        self.variables: dict[str, Any] = {}
        self.generated: set[str] = set()
        self.swap: tuple[Path | None, bool] | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        try:
            identity = load_identity(root)
        except ProblemsFound as error:
            raise PluginError(f"firststop: fix these problems first:\n{error}") from error
        self.features = load_features(self.config.features)
        config.site_url = self._site_url(config, identity)
        self.ctx = BuildContext(
            project_root=root,
            docs_dir=Path(config.docs_dir),
            site_dir=Path(config.site_dir),
            identity=identity,
            today=self._today(),
            strict=bool(config.strict),
            serving=self.serving,
            site_url=config.site_url or "",
            feature_names=frozenset(getattr(f, "name", "") for f in self.features),
        )
        return config

    def _site_url(self, config: Any, identity: dict[str, Any]) -> str | None:
        """The public address: FIRSTSTOP_SITE_URL, else mkdocs.yml's ``site_url`` (set by
        ``mkdocs serve`` to its own address), else council.yaml's ``site_url``."""
        address = (os.environ.get("FIRSTSTOP_SITE_URL") or config.site_url
                   or identity.get("site_url"))
        if not address:
            LOG.warning("firststop: council.yaml has no site_url, so sitemap.xml lists no "
                        "pages and the page-not-found page works only at the root of a host. "
                        "Add `site_url: https://your-address/` to council.yaml.")
            return None
        return str(address) if str(address).endswith("/") else f"{address}/"

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        """Live reload when any feature's sources change (records, council.yaml, rules…)."""
        for path in sources(self._context(), self.features):
            server.watch(str(path))
        return server

    def _today(self) -> date:
        text = os.environ.get("FIRSTSTOP_TODAY") or self.config.today
        return date.fromisoformat(text) if text else date.today()

    @event_priority(100)
    def on_pre_build(self, config: Any) -> None:
        """Runs before MkDocs cleans the site folder, so bad sources leave it untouched."""
        try:
            warnings = pipeline.check(self._context(), self.features)
            self.variables = pipeline.template_variables(self._context(), self.features)
        except ProblemsFound as error:
            raise PluginError(f"firststop: fix these problems first:\n{error}") from error
        if warnings:
            self.log_warnings(warnings)
        if not self.serving:  # keep the old site until this build has fully succeeded
            site_dir = Path(config.site_dir)
            created = not site_dir.exists()
            self.swap = (site_swap.stash(site_dir), created)

    def on_build_error(self, error: Exception) -> None:
        if self.swap is not None and self.ctx is not None:
            site_swap.restore(self.ctx.site_dir, *self.swap)
            self.swap = None

    def on_shutdown(self) -> None:
        if self.swap is not None:
            site_swap.discard(self.swap[0])
            self.swap = None

    def log_warnings(self, problems: list[Any]) -> None:
        """Warnings that do not stop a non-strict build are still shown."""
        LOG.info("firststop: %s", format_problems(problems))

    def on_files(self, files: Files, config: Any) -> Files:
        self.generated = set()
        for page in pipeline.generated_pages(self._context(), self.features):
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            existing = files.get_file_from_path(page.src_uri)
            if existing is not None:
                raise PluginError(
                    f"firststop: {page.src_uri} is generated; remove it from content/"
                )
            files.append(File.generated(config, page.src_uri, content=page.markdown,
                                        inclusion=inclusion))
            self.generated.add(page.src_uri)
        return files

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        env.globals["council"] = self._context().identity
        env.filters["fs_date"] = long_date
        env.filters["fs_tel"] = tel_url  # tel:+44…, or None for text that is not a number
        env.globals["firststop_csp"] = csp.policy("default", serving=self.serving)
        return env

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
        src_uri = page.file.src_uri
        ctx = self._context()
        try:
            if src_uri in self.generated:
                # Generated pages carry escaped data; never evaluate them as templates.
                return pipeline.apply_page_hooks(ctx, self.features, src_uri, page.meta, markdown)
            return pipeline.render_markdown(
                ctx, self.features, self.variables, src_uri, page.meta, markdown
            )
        except ProblemsFound as error:
            raise PluginError(f"firststop: fix these problems first:\n{error}") from error

    def on_page_content(self, html: str, page: Any, config: Any, files: Files) -> str:
        if page.file.src_uri in self.generated:
            return html
        return pipeline.apply_html_hooks(self._context(), self.features, page.file.src_uri, html)

    def on_page_context(self, context: dict, page: Any, config: Any, nav: Any) -> dict:
        profile = page.meta.get("csp", "default")
        try:
            context["firststop_csp"] = csp.policy(profile, serving=self.serving)
        except csp.UnknownProfile as error:
            raise PluginError(f"firststop: content/{page.file.src_uri}: csp: {error}") from error
        return context

    def on_post_build(self, config: Any) -> None:
        try:
            pipeline.write_assets(self._context(), self.features)
        except (OSError, RuntimeError, ValueError) as error:
            raise PluginError(f"firststop: could not write the site's assets: {error}") from error

    def _context(self) -> BuildContext:
        if self.ctx is None:
            raise PluginError("firststop: the plugin was not configured")
        return self.ctx
