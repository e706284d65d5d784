"""Checks for single values that a schema cannot make: phones, postcodes, links, emails."""

from __future__ import annotations

import re

import phonenumbers

POSTCODE = re.compile(r"^(?P<outward>[A-Z]{1,2}\d[A-Z\d]?) ?(?P<inward>\d[A-Z]{2})$")
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
SAFE_SCHEMES = ("https://", "http://", "mailto:", "tel:")
# Ofcom's ranges reserved for TV and radio drama (national significant numbers).
# libphonenumber treats some as invalid, but they are the only numbers demo data may use.
DRAMA_RANGES = (
    re.compile(r"^1632960\d{3}$"),
    re.compile(r"^2079460\d{3}$"),
    re.compile(r"^(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$"),
    re.compile(r"^7700900\d{3}$"),
    re.compile(r"^8081570\d{3}$"),
)


def normalise_postcode(text: str) -> tuple[str, str] | None:
    """``wy1 2ab`` → (``WY1 2AB``, ``WY1``); ``None`` if it is not a UK postcode shape."""
    match = POSTCODE.match(" ".join(text.upper().split()))
    if not match:
        return None
    return f"{match['outward']} {match['inward']}", match["outward"]


def phone_problem(number: str) -> str | None:
    """A reason the number is not a valid UK number, or ``None``."""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException as error:
        return f"cannot read {number!r} as a phone number ({error})"
    national = str(parsed.national_number)
    if parsed.country_code == 44 and any(r.match(national) for r in DRAMA_RANGES):
        return None
    if not phonenumbers.is_valid_number(parsed):
        return f"{number!r} is not a valid UK phone number"
    return None


def e164(number: str) -> str:
    """The number as +44…; assumes :func:`phone_problem` passed."""
    return phonenumbers.format_number(phonenumbers.parse(number, "GB"),
                                      phonenumbers.PhoneNumberFormat.E164)


def link_problem(url: str) -> str | None:
    """Only http(s) web addresses with a host are allowed for websites."""
    lowered = url.strip().lower()
    if not lowered.startswith(("https://", "http://")):
        return f"{url!r} is not an http(s) link"
    host = lowered.split("://", 1)[1].split("/", 1)[0]
    if not host or "." not in host or any(c in url for c in " <>\"'`"):
        return f"{url!r} is not a complete web address"
    return None


def email_problem(email: str) -> str | None:
    if not EMAIL.match(email):
        return f"{email!r} is not an email address"
    return None
