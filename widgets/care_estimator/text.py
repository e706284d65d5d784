"""Words the engine returns (reasons, next steps), read from ``rules/text/*.yaml``.

The engine decides which sentence applies; the sentences themselves are data, so an
adviser can reword them without touching Python. Works from the compiled rules too.
"""

from __future__ import annotations

from typing import Any

from care_estimator.rules_loader import rules_file


def sentence(file: str, key: str, values: dict[str, Any] | None = None) -> str:
    """One sentence of ``rules/text/<file>.yaml`` by its dotted key, filled in and on one line.

    ``sentence("reasons", "person.eligible", {"unable": 3})``.
    """
    node: Any = rules_file(f"text/{file}")
    for part in key.split("."):
        node = node[part]
    return " ".join(str(node).split()).format_map(values or {})
