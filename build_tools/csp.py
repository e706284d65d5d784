"""Content-Security-Policy for every page: the site's own files only.

Profiles widen the base policy for pages that need it; the Pyodide pages need
``'wasm-unsafe-eval'`` to compile WebAssembly and nothing else.
"""

from __future__ import annotations

BASE_POLICY: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "worker-src": ("'self'",),
    "manifest-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}

PROFILES: dict[str, dict[str, tuple[str, ...]]] = {
    "default": {},
    "pyodide": {"script-src": ("'self'", "'wasm-unsafe-eval'"), "worker-src": ("'self'",)},
    "search": {"script-src": ("'self'", "'wasm-unsafe-eval'")},
}

# Directives a browser ignores in a <meta> tag: sent only as an HTTP header (see hosting.py).
HEADER_ONLY: dict[str, tuple[str, ...]] = {"frame-ancestors": ("'none'",)}

# `mkdocs serve` injects an inline script for live reload; only the local preview allows it.
SERVE_EXTRA: dict[str, tuple[str, ...]] = {"script-src": ("'unsafe-inline'",)}


class UnknownProfile(ValueError):
    """A page asked for a CSP profile that does not exist."""


def policy(profile: str = "default", *, serving: bool = False) -> str:
    """The policy string for a page using ``profile`` (front matter ``csp:``)."""
    if profile not in PROFILES:
        raise UnknownProfile(f"unknown csp profile {profile!r}; use one of {sorted(PROFILES)}")
    directives = dict(BASE_POLICY)
    directives.update(PROFILES[profile])
    if serving:
        for name, sources in SERVE_EXTRA.items():
            directives[name] = directives[name] + sources
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def header_policy(profile: str = "default") -> str:
    """The same policy as the page's meta tag plus the header-only directives."""
    extra = "; ".join(f"{name} {' '.join(sources)}" for name, sources in HEADER_ONLY.items())
    return f"{policy(profile)}; {extra}"


def profile_of(meta_policy: str) -> str:
    """Which profile a page's meta-tag policy came from; :class:`UnknownProfile` if none."""
    for name in PROFILES:
        if policy(name) == meta_policy:
            return name
    raise UnknownProfile(f"no csp profile gives the policy {meta_policy[:80]!r}")
