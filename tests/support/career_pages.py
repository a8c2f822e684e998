"""Career pages served on loopback for the tests: the fixture pages of
tests/data/postings/, a redirect to each, one redirect into a private network, a page over
the fetch's size limit and a picture."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from interviews.postings import fetching

PAGES = Path(__file__).resolve().parent.parent / "data" / "postings"


class Pages(BaseHTTPRequestHandler):
    """The fixture pages, a redirect to each, one into a private network, one too large."""

    def do_GET(self):
        name = self.path.strip("/")
        if name.startswith("go/"):
            return self.answer(302, b"", location=f"/{name[3:]}")
        if name == "inside":
            return self.answer(302, b"", location="http://10.0.0.7/admin")
        if name == "huge":
            return self.answer(200, b"<p>" + b"x" * (fetching.MAX_BYTES + 10))
        if name == "picture":
            return self.answer(200, b"GIF89a", kind="image/gif")
        path = PAGES / f"{name}.html"
        if not name.isidentifier() or not path.exists():
            return self.answer(404, b"no such page")
        return self.answer(200, path.read_bytes())

    def answer(self, status, body, *, location="", kind="text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(name="career_site")
def career_site_fixture():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
