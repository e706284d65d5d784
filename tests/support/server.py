"""A quiet static file server on 127.0.0.1 for the built site, with the right MIME types."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import ClassVar

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pagefind": "application/octet-stream",
}


class SiteHandler(SimpleHTTPRequestHandler):
    """Serve files without logging every request to stderr."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        **EXTRA_TYPES,
    }

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serve_with(handler_class: type[SiteHandler], root: Path, mount: str = "/",
               host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``root`` with ``handler_class`` on a free port on ``host`` (loopback only);
    yields the base URL (``http://127.0.0.1:PORT`` + ``mount``)."""
    handler = functools.partial(handler_class, directory=str(root))
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}{mount}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_directory(root: Path, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``root`` on a free port; yields the base URL ending in ``/``."""
    with serve_with(SiteHandler, root, "/", host) as url:
        yield url


class StaticHostHandler(SiteHandler):
    """Like a static host: the site mounted under ``mount`` (``/`` or ``/care/``) and
    ``404.html`` sent, with status 404, for any address that has no file."""

    mount = "/"

    def send_head(self):  # the base class's signature
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.mount):
            return self._not_found()
        self.path = "/" + self.path[len(self.mount):]
        target = Path(self.translate_path(self.path))
        if target.is_dir() and not (target / "index.html").is_file():
            return self._not_found()
        if not target.exists():
            return self._not_found()
        return super().send_head()

    def _not_found(self):
        page = Path(self.directory) / "404.html"
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)


@contextmanager
def serve_like_a_host(root: Path, mount: str = "/", host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``root`` under ``mount`` with its 404 page; yields the site's base URL."""
    handler_class = type("MountedHandler", (StaticHostHandler,), {"mount": mount})
    with serve_with(handler_class, root, mount, host) as url:
        yield url
