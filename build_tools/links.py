"""The one home of the link rules: which URLs a page may link to, and how email
addresses and phone numbers become ``mailto:`` and ``tel:`` links.

Every feature (directory, finder, estimator pages) and the templates (through the
renderer's globals) use these functions; nothing else decides what a safe link is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

import phonenumbers

SAFE_SCHEMES = ("https://", "http://", "mailto:", "tel:")
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_UNSAFE_IN_URL = "<>\"'` \n\t"
_SHORT_NUMBER = re.compile(r"^\d{3,6}$")  # 999, 111, 116123: national short numbers
# Ofcom's ranges reserved for TV and radio drama (national significant numbers).
# libphonenumber treats some as invalid, but they are the only numbers demo data may use.
DRAMA_RANGES = (
    re.compile(r"^1632960\d{3}$"),
    re.compile(r"^2079460\d{3}$"),
    re.compile(r"^(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$"),
    re.compile(r"^7700900\d{3}$"),
    re.compile(r"^8081570\d{3}$"),
)


def safe_url(url: object) -> str | None:
    """The URL (stripped) if it uses an allowed scheme and no quote or space, else ``None``."""
    text = str(url or "").strip()
    if text.lower().startswith(SAFE_SCHEMES) and not any(c in text for c in _UNSAFE_IN_URL):
        return text
    return None


def link_problem(url: str) -> str | None:
    """Why ``url`` is not an acceptable website address (http(s) with a host), or ``None``."""
    lowered = url.strip().lower()
    if not lowered.startswith(("https://", "http://")):
        return f"{url!r} is not an http(s) link"
    host = lowered.split("://", 1)[1].split("/", 1)[0]
    if not host or "." not in host or any(c in url for c in " <>\"'`"):
        return f"{url!r} is not a complete web address"
    return None


def email_problem(address: str) -> str | None:
    """Why ``address`` is not an email address, or ``None``."""
    if not EMAIL.match(str(address)):
        return f"{address!r} is not an email address"
    return None


def mailto_url(address: object, subject: str = "", body: str = "") -> str | None:
    """``mailto:`` URL (subject and body percent-encoded, the body's lines ended with
    CRLF as RFC 6068 asks), or ``None`` if it is not an address."""
    text = str(address or "").strip()
    if email_problem(text):
        return None
    url = f"mailto:{quote(text, safe='@.+-_')}"
    fields = [f"subject={quote(subject)}"] if subject else []
    if body:
        fields.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n")))
    return url + ("?" + "&".join(fields) if fields else "")


def _parse(number: str) -> tuple[phonenumbers.PhoneNumber | None, str | None]:
    """The parsed number and ``None``, or ``None`` and why it is not a valid UK number."""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException as error:
        return None, f"cannot read {number!r} as a phone number ({error})"
    national = str(parsed.national_number)
    if parsed.country_code == 44 and any(r.match(national) for r in DRAMA_RANGES):
        return parsed, None
    if not phonenumbers.is_valid_number(parsed):
        return None, f"{number!r} is not a valid UK phone number"
    return parsed, None


def phone_problem(number: str) -> str | None:
    """A reason the number is not a valid UK number, or ``None``."""
    return _parse(number)[1]


def e164(number: str) -> str:
    """The number as +44…; assumes :func:`phone_problem` passed."""
    return phonenumbers.format_number(phonenumbers.parse(number, "GB"),
                                      phonenumbers.PhoneNumberFormat.E164)


def tel_url(number: object) -> str | None:
    """``tel:`` URL for a UK number (``tel:+441632960000``) or a national short number
    (``tel:999``); ``None`` if it is neither, so the number is shown as plain text."""
    return _tel(str(number or "").strip())


@lru_cache(maxsize=4096)
def _tel(text: str) -> str | None:
    compact = text.replace(" ", "")
    if _SHORT_NUMBER.match(compact):
        return f"tel:{compact}"
    parsed = _parse(text)[0] if text else None
    if parsed is None:
        return None
    return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# A UK number as people write it (01632 960000, 020 7946 0000, 0800 123 4567) or 999/111,
# not inside a longer number, a price or a date.
_NUMBER_IN_TEXT = re.compile(r"(?<![\d£$.,/-])(0\d{2,4}(?: ?\d{3,4}){1,2}|999|111)(?![\d/-]|\.\d)")
_TAG = re.compile(r"(<[^>]*>)")
_NO_LINKS_INSIDE = ("a", "code", "pre", "script", "style", "textarea", "title", "button")


def link_phone_numbers(html: str) -> str:
    """Make every phone number in the page's text a ``tel:`` link, so it can be tapped.

    Works on finished HTML: only text between tags changes (numbers are digits and
    spaces, so nothing else is touched), never inside an existing link, code, a button
    or a script; a number :func:`tel_url` does not accept stays plain text."""
    parts = _TAG.split(html)
    open_blocks: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            tag = name.group(1).lower() if name else ""
            if tag in _NO_LINKS_INSIDE and not part.endswith("/>"):
                if part.startswith("</"):
                    if tag in open_blocks:
                        del open_blocks[len(open_blocks) - 1 - open_blocks[::-1].index(tag)]
                else:
                    open_blocks.append(tag)
        elif part and not open_blocks:
            parts[index] = _NUMBER_IN_TEXT.sub(_phone_link, part)
    return "".join(parts)


def _phone_link(match: re.Match[str]) -> str:
    number = match.group(1)
    target = tel_url(number)
    return f'<a href="{target}">{number}</a>' if target else number
