"""A live server that answers one request at a time.

Django's live server is threaded, and on SQLite every request thread shares the test's
one in-memory connection (``connections_override``). Two queries at once on that
connection can deadlock: CI hung at 99% with the Insights page's charts, three requests
blocked inside SQLite while Chromium waited for them. Served one at a time, in the server's
own thread (which already holds the shared connection), the requests cannot meet. Not
being a ``ThreadingMixIn``, the server also answers ``Connection: close``, so one browser
connection never holds the others up.
"""

from __future__ import annotations

from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread


class OneAtATimeServer(WSGIServer):
    def __init__(self, *args, connections_override=None, **kwargs):
        # The server thread installs the shared connections itself (LiveServerThread.run).
        super().__init__(*args, **kwargs)
        self.connections_override = connections_override


def serve_one_request_at_a_time() -> None:
    LiveServerThread.server_class = OneAtATimeServer
