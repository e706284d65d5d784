"""Signposting guides: one per category, escaped, with urgent routes and suggestions."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from build_tools.finder.guides import guide_markdown, services_to_suggest

IDENTITY = {
    "safeguarding": {"phone": "01632 960100"},
    "out_of_hours": {"phone": "01632 960999", "hours": "Evenings"},
    "emergency": "999",
}


def category(**signposting: object) -> SimpleNamespace:
    return SimpleNamespace(
        slug="meals",
        name="Meals <b>",
        description="Food & <script>alert(1)</script>",
        signposting={
            "ask": ["Any <i>diet</i>?"],
            "urgent": "Call 01632 960010 now.",
            **signposting,
        },
    )


def service(name: str, routes: list[str], costs: list[str], areas: int) -> dict:
    return {
        "name": name,
        "url": f"services/{name}/",
        "summary": "S",
        "categories": ["meals"],
        "referral_routes": routes,
        "cost_kinds": costs,
        "localities": ["x"] * areas,
        "status": "active",
        "phones": [{"number": "01632 960500"}],
    }


def test_everything_from_yaml_is_escaped(tmp_path: Path) -> None:
    text = guide_markdown(category(refer_on="Offer a <carer's> assessment"), [], IDENTITY, tmp_path)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<i>diet</i>" not in text and "&lt;i&gt;diet&lt;/i&gt;" in text
    assert "Meals &lt;b&gt;" in text
    assert '<a href="tel:+441632960010">01632 960010</a>' in text
    assert 'href="tel:+441632960100"' in text and 'href="tel:999"' in text
    assert "carer&#39;s assessment" in text and "every time" in text  # refer_on mentions carers


def test_suggestions_put_self_referral_and_free_first() -> None:
    services = [
        service("council", ["via-council"], ["free"], 6),
        service("paid", ["self-referral"], ["charged"], 6),
        service("free-small", ["self-referral"], ["free"], 1),
        service("free-wide", ["self-referral"], ["free"], 6),
    ]
    names = [s["name"] for s in services_to_suggest("meals", services)]
    assert names == ["free-wide", "free-small", "paid", "council"]


def test_every_category_has_a_built_guide(built_site: Path) -> None:
    from build_tools.directory import load_directory

    root = Path(__file__).resolve().parents[2]
    categories = load_directory(root).categories
    assert categories
    index = (built_site / "signposting" / "index.html").read_text(encoding="utf-8")
    for slug in categories:
        html = (built_site / "signposting" / slug / "index.html").read_text(encoding="utf-8")
        assert "Questions to ask" in html and "tel:+441632960100" in html, slug
        assert f'href="../signposting/{slug}/"' in index
