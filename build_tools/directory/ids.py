"""Stable identifiers: UUIDv5 from record slugs, so every export keeps the same ids."""

from __future__ import annotations

import uuid
from functools import lru_cache

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://firststop.example.org/open-referral/")


@lru_cache(maxsize=65536)
def stable_id(*parts: str | int) -> str:
    """``stable_id("service", "meals-on-wheels")`` → the same UUID string every time."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))
