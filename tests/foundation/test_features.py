"""Features: a typed protocol, a build takes its list as an argument, and `make serve`
watches every source a feature reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from build_tools.features import HOOKS, BuildContext, Feature, sources
from build_tools.mkdocs_plugin.plugin import FirststopPlugin
from build_tools.registry import FEATURE_PATHS, load_features

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["build_tools.identity:FEATURE", "build_tools.directory.feature:FEATURE"]


def test_every_registered_feature_satisfies_the_protocol() -> None:
    features = load_features()
    assert len(features) == len(FEATURE_PATHS) >= 5
    for feature in features:
        assert isinstance(feature, Feature), feature
        assert any(hasattr(feature, hook) for hook in HOOKS), feature.name


def test_a_build_takes_its_feature_list() -> None:
    assert [f.name for f in load_features(SMALL)] == ["identity", "directory"]
    assert load_features([]) == []


def test_sources_are_existing_paths_without_repeats(tmp_path: Path) -> None:
    class Reads:
        name = "reads"

        def sources(self, ctx: BuildContext) -> list[Path]:
            return [tmp_path / "a.yaml", tmp_path / "a.yaml", tmp_path / "missing"]

    (tmp_path / "a.yaml").write_text("x: 1\n")
    ctx = BuildContext(tmp_path, tmp_path, tmp_path / "site", {}, date(2026, 11, 23))
    assert sources(ctx, [Reads(), object()]) == [(tmp_path / "a.yaml").resolve()]


def _plugin(tmp_path: Path, features: list[str] | None, command: str = "serve"
            ) -> FirststopPlugin:
    plugin = FirststopPlugin()
    errors, _warnings = plugin.load_config({} if features is None else {"features": features})
    assert not errors, errors
    plugin.on_startup(command=command, dirty=False)
    mkdocs_config = SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"),
                                    docs_dir=str(ROOT / "content"),
                                    site_dir=str(tmp_path / "site"), strict=True, site_url="")
    plugin.on_config(mkdocs_config)
    return plugin


def test_the_plugin_builds_with_the_features_it_is_given(tmp_path: Path) -> None:
    plugin = _plugin(tmp_path, SMALL)
    assert [f.name for f in plugin.features] == ["identity", "directory"]
    assert plugin.ctx is not None and plugin.ctx.feature_names == {"identity", "directory"}
    everything = _plugin(tmp_path, None, command="build")
    assert len(everything.features) == len(FEATURE_PATHS)


def test_serve_watches_records_identity_and_areas(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIRSTSTOP_DIRECTORY", raising=False)
    watched: list[str] = []
    plugin = _plugin(tmp_path, None)
    plugin.on_serve(SimpleNamespace(watch=watched.append), config=None, builder=None)
    expected = {ROOT / "council.yaml", ROOT / "services_directory",
                ROOT / "services_directory" / "areas.yaml",
                ROOT / "services_directory" / "taxonomy.yaml"}
    assert {str(path.resolve()) for path in expected} <= set(watched), watched
    assert any(path.endswith("local.yaml") for path in watched), watched
