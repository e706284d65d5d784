"""Phone numbers in free text, split out so templates can link them (``tel:``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools import links as link_rules

_PHONE = re.compile(r"\b(0\d{3,4} ?\d{3} ?\d{3,4}|999|111)\b")


@dataclass(frozen=True)
class TextPart:
    """A run of text; ``tel`` is the number's ``tel:`` URL when the run is a phone number."""

    text: str
    tel: str = ""


def tel_url(number: str) -> str:
    """``01632 960100`` → ``tel:+441632960100`` (the link rules' form, :mod:`build_tools.links`);
    a number those rules do not accept keeps its digits."""
    return link_rules.tel_url(number) or "tel:" + "".join(number.split())


def phone_parts(text: str) -> list[TextPart]:
    """``text`` as runs, with UK phone numbers (and 999/111) as their own runs."""
    parts: list[TextPart] = []
    last = 0
    for match in _PHONE.finditer(text):
        if match.start() > last:
            parts.append(TextPart(text[last:match.start()]))
        parts.append(TextPart(match.group(1), tel_url(match.group(1))))
        last = match.end()
    if last < len(text):
        parts.append(TextPart(text[last:]))
    return parts
