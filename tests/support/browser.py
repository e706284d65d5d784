"""Debian's Chromium through Playwright, with every request and console message recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1"}


def launch(playwright: Any) -> Any:
    """Start headless Debian Chromium (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run `make test`, which installs it")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


@dataclass
class RecordedPage:
    """A Playwright page plus what it asked for and what it logged."""

    page: Any
    base_url: str
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self) -> RecordedPage:
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.console.append((message.type, message.text)))
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        return self

    def _dialog(self, dialog: Any) -> None:
        """Note every dialog; let the page go when it asks "leave this page?" (beforeunload)."""
        self.dialogs.append(dialog.type)
        if dialog.type == "beforeunload":
            dialog.accept()
        else:
            dialog.dismiss()

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def goto(self, path: str, **kwargs: Any) -> Any:
        """Open a site path (relative to the site root) and wait until the network is idle."""
        kwargs.setdefault("wait_until", "networkidle")
        return self.page.goto(self.url(path), **kwargs)

    def external_requests(self) -> list[str]:
        """Requests to any host other than 127.0.0.1 (data: and blob: URLs are local)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in {"http", "https", "ws", "wss"}
            and urlsplit(url).hostname not in LOCAL_HOSTS
        ]

    def console_errors(self) -> list[str]:
        """Console errors and uncaught exceptions."""
        return [text for kind, text in self.console if kind == "error"] + self.page_errors

    def clear(self) -> None:
        self.requests.clear()
        self.console.clear()
        self.page_errors.clear()
