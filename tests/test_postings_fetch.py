"""A pasted address is fetched with the mailbox's protections: only public addresses
(loopback only where the installation allows its own network, as these tests do), the
connection pinned to the address checked, limits on size and redirects, and a redirect
into a private network refused like the first address."""

from __future__ import annotations

import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.urls import reverse

from interviews.postings import fetching
from interviews.postings.fetching import FetchError, fetch
from interviews.postings.models import Posting
from tests.support.production import manage, production_env

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "data" / "postings"
NEW = reverse("interviews:posting_create")


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


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def own_network(settings):
    settings.POSTINGS_PRIVATE_NETWORK = True


def test_a_pasted_address_is_fetched_and_read(owner_client, user, site, own_network):
    response = owner_client.post(NEW, {"address": f"{site}/go/lever", "page": ""})
    posting = Posting.objects.get(owner=user)
    assert response["Location"] == posting.get_absolute_url()
    assert (posting.title, posting.company) == ("Senior Android Developer", "Quarry Mobile")
    assert posting.address == f"{site}/lever"  # where the redirect led


def test_loopback_is_refused_unless_the_installation_allows_its_own_network(owner_client, site):
    response = owner_client.post(NEW, {"address": f"{site}/lever", "page": ""})
    assert response.status_code == HTTPStatus.OK
    assert "inside a private network" in response.content.decode()
    assert not Posting.objects.exists()


def test_production_settings_refuse_loopback():
    script = (
        "from django.conf import settings; from interviews.postings.fetching import fetch, "
        "FetchError\ntry:\n    fetch('http://127.0.0.1:9/job', "
        "private_network=settings.POSTINGS_PRIVATE_NETWORK)\nexcept FetchError as e:\n"
        "    print('refused:', e)"
    )
    result = manage("shell", "-v", "0", "-c", script, **production_env())
    assert "refused: 127.0.0.1 is an address inside a private network" in result.stdout, (
        result.stderr
    )


def test_a_redirect_into_a_private_network_is_refused(site, monkeypatch):
    # The site itself is allowed (as a public one would be); where it sends us is not.
    checked = []
    real = fetching.checked_address

    def only_the_site(host, port, *, private_network):
        checked.append(host)
        return real(host, port, private_network=host == "127.0.0.1")

    monkeypatch.setattr(fetching, "checked_address", only_the_site)
    connected = []
    monkeypatch.setattr(socket, "create_connection", _recording(connected))
    with pytest.raises(FetchError, match="inside a private network"):
        fetch(f"{site}/inside", private_network=False)
    assert checked == ["127.0.0.1", "10.0.0.7"]
    assert [address for address, _ in connected] == ["127.0.0.1"]


def _recording(connected):
    real = socket.create_connection

    def create(address, *args, **kwargs):
        connected.append(address)
        return real(address, *args, **kwargs)

    return create


def test_the_connection_goes_to_the_address_checked(site, monkeypatch):
    # A name that answers a public address when checked, then (rebinding) another: the
    # connection goes to the one checked.
    port = int(site.rsplit(":", 1)[1])
    monkeypatch.setattr(fetching, "checked_address", lambda host, port, **k: "127.0.0.1")
    connected = []
    monkeypatch.setattr(socket, "create_connection", _recording(connected))
    page, _ = fetch(f"http://jobs.example.test:{port}/ashby", private_network=False)
    assert "Lumen Atlas" in page
    assert connected == [("127.0.0.1", port)]


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("huge", "larger than 3 MB"),
        ("picture", "image/gif, not a web page"),
        ("missing", "answered 404"),
        ("go/go/go/go/go/lever", "more than 4 times"),
    ],
)
def test_what_is_not_a_page_is_a_clear_error(owner_client, site, own_network, path, error):
    response = owner_client.post(NEW, {"address": f"{site}/{path}", "page": ""})
    assert response.status_code == HTTPStatus.OK
    assert error in response.content.decode()
    assert not Posting.objects.exists()


def test_a_slow_site_runs_out_of_time(monkeypatch):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    monkeypatch.setattr(fetching, "SECONDS", 0.5)
    try:
        with pytest.raises(FetchError, match="Couldn't read the page"):
            fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", private_network=True)
    finally:
        listener.close()
