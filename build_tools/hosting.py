"""Security headers for static hosts, made from the built pages' own CSP meta tags.

After the pages are written, every HTML file's ``Content-Security-Policy`` meta tag is
read back and mapped to its profile in :mod:`build_tools.csp`; two files are written into
the site folder:

- ``_headers`` (Netlify and Cloudflare Pages read it from the published folder and do not
  serve it): the CSP as a real header (so ``frame-ancestors`` works) per folder, plus
  ``X-Content-Type-Options``, ``Referrer-Policy`` and ``Permissions-Policy`` for every path.
- ``nginx-headers.conf``: the same as a ``map`` and ``add_header`` lines to ``include``
  inside nginx's ``http { }`` block. Nothing in it is secret; delete it before publishing
  if you prefer.

Rules never overlap for the CSP, because hosts that merge matching rules would join two
policies and enforce both.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from build_tools import csp
from build_tools.features import BuildContext, GeneratedAsset

HEADERS_FILE = "_headers"
ROBOTS_FILE = "robots.txt"
NGINX_FILE = "nginx-headers.conf"
COMMON_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                           "magnetometer=(), microphone=(), payment=(), usb=()"),
}
_META = re.compile(r"""<meta\s+http-equiv=["']Content-Security-Policy["']\s+"""
                   r"""content=(["'])(.*?)\1""", re.I | re.S)


class HostingProblem(ValueError):
    """A built page has no CSP meta tag, or one no profile produces."""


def page_profiles(site_dir: Path) -> dict[str, str]:
    """URL path of every built HTML page → its CSP profile, from the meta tags."""
    found: dict[str, str] = {}
    for page in sorted(site_dir.rglob("*.html")):
        relative = page.relative_to(site_dir).as_posix()
        match = _META.search(page.read_text(encoding="utf-8", errors="replace"))
        if not match:
            continue  # not a page the theme made (e.g. a vendored file); no rule for it
        try:
            found["/" + relative] = csp.profile_of(html.unescape(match.group(2)))
        except csp.UnknownProfile as error:
            raise HostingProblem(f"{relative}: {error}") from error
    return found


def rules(profiles: dict[str, str]) -> list[tuple[str, str]]:
    """Non-overlapping (pattern, profile) rules: a whole folder as ``/folder/*`` when all
    its pages share a profile, else its files one by one (``/x/`` and ``/x/index.html``)."""

    def walk(prefix: str, paths: dict[str, str]) -> list[tuple[str, str]]:
        if len(set(paths.values())) == 1 and prefix != "/":
            return [(prefix + "*", next(iter(paths.values())))]
        result: list[tuple[str, str]] = []
        folders: dict[str, dict[str, str]] = {}
        for path, profile in sorted(paths.items()):
            rest = path[len(prefix):]
            if "/" in rest:
                folder = rest.split("/", 1)[0]
                folders.setdefault(folder, {})[path] = profile
            else:
                if rest == "index.html":
                    result.append((prefix, profile))
                result.append((path, profile))
        for folder, inner in sorted(folders.items()):
            result += walk(f"{prefix}{folder}/", inner)
        return result

    return walk("/", profiles)


def headers_file(profiles: dict[str, str]) -> str:
    lines = ["# Security headers for Netlify / Cloudflare Pages, made by firststop from the",
             "# same CSP profiles as each page's <meta> tag. Do not edit: rebuilt each time.",
             "/*"]
    lines += [f"  {name}: {value}" for name, value in COMMON_HEADERS.items()]
    for pattern, profile in rules(profiles):
        lines += [pattern, f"  Content-Security-Policy: {csp.header_policy(profile)}"]
    return "\n".join(lines) + "\n"


def _nginx_pattern(pattern: str) -> str:
    if pattern.endswith("*"):
        return '"~^' + re.escape(pattern[:-1]).replace('"', '\\"') + '"'
    return '"' + pattern + '"'


def nginx_file(profiles: dict[str, str], base: str = "/") -> str:
    """The nginx include; ``base`` is the path the site is published under (nginx's
    ``$uri`` includes it, unlike the paths in ``_headers``)."""
    mount = base.rstrip("/")
    found = [(mount + pattern, profile) for pattern, profile in rules(profiles)]
    counts: dict[str, int] = {}
    for _, profile in found:
        counts[profile] = counts.get(profile, 0) + 1
    default = "default" if "default" in counts else max(counts, key=counts.__getitem__,
                                                       default="default")
    lines = ["# Security headers for nginx, made by firststop from the same CSP profiles as",
             "# each page's <meta> tag. Include this file inside `http { }`:",
             "#     include /etc/nginx/snippets/nginx-headers.conf;",
             "# (a server or location with its own add_header lines must include it there too).",
             "map $uri $firststop_csp {",
             f'    default "{csp.header_policy(default)}";']
    for pattern, profile in found:
        if profile != default:
            lines.append(f'    {_nginx_pattern(pattern)} "{csp.header_policy(profile)}";')
    lines.append("}")
    lines.append("add_header Content-Security-Policy $firststop_csp always;")
    lines += [f'add_header {name} "{value}" always;' for name, value in COMMON_HEADERS.items()]
    return "\n".join(lines) + "\n"


def robots_txt(site_url: str) -> str:
    """Every page may be indexed; the sitemap's full address when the site's is known."""
    text = "User-agent: *\nAllow: /\n"
    return text + (f"Sitemap: {site_url}sitemap.xml\n" if site_url else "")


class HostingFeature:
    """Writes ``_headers`` and ``nginx-headers.conf`` after the pages (see module doc)."""

    name = "hosting"

    def assets(self, ctx: BuildContext) -> Iterator[GeneratedAsset]:
        if ctx.serving:
            return
        yield GeneratedAsset(ROBOTS_FILE, content=robots_txt(ctx.site_url).encode("utf-8"))
        profiles = page_profiles(ctx.site_dir)
        if not profiles:
            return
        yield GeneratedAsset(HEADERS_FILE, content=headers_file(profiles).encode("utf-8"))
        base = urlsplit(ctx.site_url).path or "/"
        yield GeneratedAsset(NGINX_FILE, content=nginx_file(profiles, base).encode("utf-8"))


FEATURE = HostingFeature()
