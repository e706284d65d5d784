"""The generated estimator pages without a browser: escaping, CSP-safe HTML, the wheel cache."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import yaml

from build_tools.estimator_site import engine
from build_tools.estimator_site.feature import FEATURE
from build_tools.estimator_site.flow_page import flow_markdown
from build_tools.estimator_site.wheel import build_wheel, source_hash
from build_tools.features import BuildContext
from build_tools.identity import load_identity

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 23)
HOSTILE = '<script>alert(1)</script>" onmouseover="x'


def context(tmp_path: Path) -> BuildContext:
    return BuildContext(project_root=ROOT, docs_dir=ROOT / "content", site_dir=tmp_path,
                        identity=load_identity(ROOT), today=TODAY)


def test_pages_are_generated_with_the_pyodide_csp(tmp_path: Path) -> None:
    pages = {page.src_uri: page for page in FEATURE.pages(context(tmp_path))}
    assert set(pages) == {"estimator/index.md", "estimator/carer/index.md", "estimator/paper.md"}
    assert "csp: pyodide" in pages["estimator/index.md"].markdown
    assert "csp: pyodide" not in pages["estimator/paper.md"].markdown
    for page in pages.values():
        html = page.markdown
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), "no inline scripts"
        assert not re.search(r"\sstyle=", html), "no style attributes"
        assert not re.search(r"\son[a-z]+=", html), "no inline event handlers"
        assert "http://" not in html and "https://" not in html, "nothing from another host"


def test_every_questionnaire_value_is_escaped(tmp_path: Path) -> None:
    questionnaire = copy.deepcopy(engine.questionnaires(ROOT, TODAY)[0])
    questionnaire["title"] = HOSTILE
    page = questionnaire["pages"][0]
    page["title"] = HOSTILE
    for question in page["questions"]:
        question["label"] = HOSTILE
        question["hint"] = HOSTILE
        for option in question["options"]:
            option["label"] = HOSTILE
    identity = {**load_identity(ROOT), "name": HOSTILE}
    markdown = flow_markdown(questionnaire, identity, "estimator/index.md", "assets/x.whl", [], [])
    _, meta, html = markdown.split("---\n", 2)
    # front matter is data (the theme escapes the title); it must round-trip exactly
    assert yaml.safe_load(meta)["title"] == HOSTILE
    assert "<script>alert" not in html
    assert '" onmouseover="x' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_every_step_and_question_is_in_the_page(tmp_path: Path) -> None:
    pages = {page.src_uri: page for page in FEATURE.pages(context(tmp_path))}
    for questionnaire in engine.questionnaires(ROOT, TODAY):
        src = {"person": "estimator/index.md", "carer": "estimator/carer/index.md"}[
            questionnaire["flow"]]
        html = pages[src].markdown
        for step in questionnaire["pages"]:
            assert f'id="step-{step["id"]}"' in html
            for question in step["questions"]:
                assert f'data-question="{question["id"]}"' in html
        for name in ("start", "check", "results"):
            assert f'id="step-{name}"' in html


def test_wheel_is_cached_by_source_hash(tmp_path: Path) -> None:
    widgets = tmp_path / "widgets"
    widgets.mkdir()
    (widgets / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "tiny"\nversion = "1.0"\n[tool.setuptools]\npackages = ["tiny"]\n',
        encoding="utf-8")
    (widgets / "tiny").mkdir()
    (widgets / "tiny" / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    first = build_wheel(widgets, tmp_path / "cache")
    assert first.name == "tiny-1.0-py3-none-any.whl"
    assert build_wheel(widgets, tmp_path / "cache") == first
    assert not (widgets / "build").exists(), "building must not write into the sources"
    before = source_hash(widgets)
    (widgets / "tiny" / "__init__.py").write_text("X = 2\n", encoding="utf-8")
    assert source_hash(widgets) != before
    assert build_wheel(widgets, tmp_path / "cache") != first


def test_assets_ship_pyodide_and_the_wheel(tmp_path: Path) -> None:
    uris = [asset.dest_uri for asset in FEATURE.assets(context(tmp_path))]
    assert "assets/pyodide/pyodide.asm.wasm" in uris
    assert any(re.fullmatch(r"assets/estimator/[0-9a-f]{16}/care_estimator-.+-py3-none-any\.whl",
                            uri) for uri in uris)
    assert FEATURE.validate(context(tmp_path)) == []


STATIC = ROOT / "build_tools" / "estimator_site" / "static"


def _person_page(tmp_path: Path) -> str:
    pages = {page.src_uri: page for page in FEATURE.pages(context(tmp_path))}
    return pages["estimator/index.md"].markdown


def test_every_result_part_the_script_uses_has_a_template(tmp_path: Path) -> None:
    script = (STATIC / "results.js").read_text(encoding="utf-8")
    statuses = re.search(r"STATUSES = \[([^\]]*)\]", script)
    assert statuses
    wanted = {f"status-{name}" for name in re.findall(r'"(\w+)"', statuses.group(1))}
    wanted |= set(re.findall(r'part\(\s*"([\w-]+)"', script))
    wanted |= set(re.findall(r'listPart\("([\w-]+)"', script))
    wanted |= {name for pair in re.findall(r'\? "([\w-]+)" : "([\w-]+)"', script) for name in pair}
    assert {"budget-range", "contribution-full-cost", "errors", "status-cannot_tell"} <= wanted
    defined = set(re.findall(r'<template data-part="([\w-]+)">', _person_page(tmp_path)))
    assert wanted - defined == set()


def test_every_message_the_scripts_use_is_in_the_page(tmp_path: Path) -> None:
    used: set[str] = set()
    for script in STATIC.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bmsg\("([\w-]+)"', text))
        for args in re.findall(r'message\((?:messages|fallback), ([^;]*?)\)', text):
            used |= set(re.findall(r'(?:^|\? |: )"([\w-]+)"', args))
        used |= set(re.findall(r'"(file-for-\w+|error|ready|failed)"', text))
    assert {"ready", "not-a-saved-file", "required", "not-given"} <= used
    defined = set(re.findall(r'data-message="([\w-]+)"', _person_page(tmp_path)))
    assert used - defined == set()


def test_no_html_is_written_in_the_estimators_python() -> None:
    tag = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)(\s|>|/)")
    folders = ("build_tools/estimator_site", "build_tools/estimator_docs", "build_tools/components")
    found = [f"{path}:{number}" for folder in folders for path in (ROOT / folder).glob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if tag.search(line)]
    assert found == []


def test_scripts_and_styles_live_with_the_feature_not_in_content() -> None:
    assert not list((ROOT / "content").rglob("estimator*.css"))
    assert not list((ROOT / "content" / "assets" / "javascripts").glob("estimator/*"))
    uris = {asset.dest_uri for asset in FEATURE.assets(context(ROOT / "site"))}
    for script in STATIC.glob("*.js"):
        assert f"assets/javascripts/estimator/{script.name}" in uris
    assert "assets/stylesheets/estimator.css" in uris
    assert not any(uri.endswith(".test.mjs") for uri in uris), "unit tests stay out of the site"


def test_a_council_can_reword_a_template_without_python(tmp_path: Path) -> None:
    override = tmp_path / "templates" / "estimator" / "messages.html"
    override.parent.mkdir(parents=True)
    override.write_text('<template data-messages><p data-message="ready">All done</p></template>\n',
                        encoding="utf-8")
    questionnaire = engine.questionnaires(ROOT, TODAY)[0]
    args = (questionnaire, load_identity(ROOT), "estimator/index.md", "assets/x.whl", [], [])
    assert "All done" not in flow_markdown(*args)
    assert "All done" in flow_markdown(*args, None, tmp_path)
