"""The live server the browser tests drive answers one request at a time
(tests/support/live_server.py): its threads would share SQLite's one in-memory connection."""

from __future__ import annotations

import socketserver
import urllib.request


def test_the_live_server_answers_one_request_at_a_time_and_closes_each(live_server):
    assert not isinstance(live_server.thread.httpd, socketserver.ThreadingMixIn)
    with urllib.request.urlopen(f"{live_server.url}/accounts/login/", timeout=30) as response:
        assert response.status == 200
        assert response.headers["Connection"] == "close"
