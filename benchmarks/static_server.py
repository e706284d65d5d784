"""A static file server on 127.0.0.1 that compresses text with gzip, as any static host
would (nginx ``gzip on``, Netlify, GitHub Pages), for benchmarks that measure transfer."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

from tests.support.server import SiteHandler, serve_with

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".xml", ".txt", "/")


class GzipSiteHandler(SiteHandler):
    """Serve files, gzipped (level 6) when the client accepts it and the type compresses."""

    def send_head(self):  # the base class's signature
        path = self.translate_path(self.path)
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not wants or not self.path.split("?")[0].endswith(COMPRESSIBLE):
            return super().send_head()
        file = Path(path)
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            return super().send_head()
        body = gzip.compress(file.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return BytesIO(body)


@contextmanager
def serve_gzip(root: Path, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``root`` with gzip on a free port; yields the base URL ending in ``/``."""
    with serve_with(GzipSiteHandler, root, "/", host) as url:
        yield url
