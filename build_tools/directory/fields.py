"""Checks for single values that a schema cannot make: postcodes here; phones, links and
emails come from the one home of link rules, :mod:`build_tools.links`."""

from __future__ import annotations

import re

from build_tools.links import e164, email_problem, link_problem, phone_problem

# Groups: 1 outward code (the district), 2 inward code.
POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$")


def normalise_postcode(text: str) -> tuple[str, str] | None:
    """``wy1 2ab`` → (``WY1 2AB``, ``WY1``); ``None`` if it is not a UK postcode shape."""
    match = POSTCODE.match(" ".join(text.upper().split()))
    if not match:
        return None
    return f"{match[1]} {match[2]}", match[1]


__all__ = ["e164", "email_problem", "link_problem", "normalise_postcode", "phone_problem"]
