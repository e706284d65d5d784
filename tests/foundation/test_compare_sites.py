"""scripts/compare_sites.py: the before/after check of issue 10, on tiny made-up sites."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "compare_sites.py"
SPEC = importlib.util.spec_from_file_location("compare_sites", SCRIPT)
assert SPEC and SPEC.loader
compare_sites = sys.modules.setdefault("compare_sites", importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(compare_sites)

PAGE = """<!doctype html><html><head><title>T</title><script>var x = 1;</script></head>
<body><nav><a href="../nav/">Menu</a></nav><main><article class="md-content__inner">
{body}
</article></main><footer>Footer text</footer></body></html>"""


def site(base: Path, pages: dict[str, str]) -> Path:
    for rel, body in pages.items():
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(body=body), encoding="utf-8")
    return base


def test_same_meaning_in_other_markup_and_spacing_is_no_difference(tmp_path: Path) -> None:
    old = site(tmp_path / "old",
               {"index.html": "<h1>Hello</h1>\n<p>Two  words <a href='a/'>here</a></p><br>"})
    new = site(tmp_path / "new",
               {"index.html": "<h1>Hello</h1><div>Two\nwords\n<a href=\"a/\">here</a></div>"})
    assert compare_sites.compare(old, new) == []
    assert compare_sites.main([str(old), str(new)]) == 0


def test_changed_text_links_and_pages_are_listed(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    old = site(tmp_path / "old", {
        "index.html": "<p>Call us on 01632 960000 today.</p><a href='x/'>X</a><a href='y/'>Y</a>",
        "gone/index.html": "<p>Old page</p>",
    })
    new = site(tmp_path / "new", {
        "index.html": "<p>Call us on 01632 960001 today.</p><a href='x/'>X</a><a href='z/'>Y</a>"
                      "<script>ignored()</script>",
        "added/index.html": "<p>New page</p>",
    })
    report = compare_sites.compare(old, new)
    assert "gone/index.html: only in " + str(old) in report
    assert "added/index.html: only in " + str(new) in report
    assert "index.html: text differs (1 change(s))" in report
    assert any("[- 960000 -] [+ 960001 +]" in line for line in report)
    assert "index.html: link targets differ" in report
    assert "    - y/" in report and "    + z/" in report
    assert compare_sites.main([str(old), str(new)]) == 1
    assert "difference(s)" in capsys.readouterr().out


def test_only_the_main_content_counts(tmp_path: Path) -> None:
    old = site(tmp_path / "old", {"index.html": "<p>Same</p>"})
    new = site(tmp_path / "new", {"index.html": "<p>Same</p>"})
    changed = (new / "index.html").read_text().replace("Footer text", "Other footer")
    (new / "index.html").write_text(changed.replace("../nav/", "../elsewhere/"))
    assert compare_sites.compare(old, new) == []


def test_ignored_pages_and_missing_folders(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    old = site(tmp_path / "old", {"a.html": "<p>1</p>", "skip/b.html": "<p>2</p>"})
    new = site(tmp_path / "new", {"a.html": "<p>1</p>", "skip/b.html": "<p>3</p>"})
    assert compare_sites.compare(old, new, ["skip/*"]) == []
    assert compare_sites.compare(old, new) != []
    assert compare_sites.main([str(old), str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err
