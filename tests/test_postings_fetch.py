"""A pasted address is fetched with the mailbox's protections: only public addresses
(loopback only where the installation allows its own network, as these tests do), the
connection pinned to the address checked, limits on size and redirects, and a redirect
into a private network refused like the first address."""

from __future__ import annotations

import socket
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.postings import fetching
from interviews.postings.fetching import FetchError, fetch
from interviews.postings.models import Posting
from tests.support.career_pages import career_site_fixture  # noqa: F401  (career_site)
from tests.support.production import manage, production_env

pytestmark = pytest.mark.django_db

NEW = reverse("interviews:posting_create")


@pytest.fixture
def own_network(settings):
    settings.POSTINGS_PRIVATE_NETWORK = True


def test_a_pasted_address_is_fetched_and_read(owner_client, user, career_site, own_network):
    response = owner_client.post(NEW, {"address": f"{career_site}/go/lever", "page": ""})
    posting = Posting.objects.get(owner=user)
    assert response["Location"] == posting.get_absolute_url()
    assert (posting.title, posting.company) == ("Senior Android Developer", "Quarry Mobile")
    assert posting.address == f"{career_site}/lever"  # where the redirect led


def test_loopback_is_refused_unless_the_installation_allows_its_own_network(
    owner_client, career_site
):
    response = owner_client.post(NEW, {"address": f"{career_site}/lever", "page": ""})
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


def test_a_redirect_into_a_private_network_is_refused(career_site, monkeypatch):
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
        fetch(f"{career_site}/inside", private_network=False)
    assert checked == ["127.0.0.1", "10.0.0.7"]
    assert [address for address, _ in connected] == ["127.0.0.1"]


def _recording(connected):
    real = socket.create_connection

    def create(address, *args, **kwargs):
        connected.append(address)
        return real(address, *args, **kwargs)

    return create


def test_the_connection_goes_to_the_address_checked(career_site, monkeypatch):
    # A name that answers a public address when checked, then (rebinding) another: the
    # connection goes to the one checked.
    port = int(career_site.rsplit(":", 1)[1])
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
def test_what_is_not_a_page_is_a_clear_error(owner_client, career_site, own_network, path, error):
    response = owner_client.post(NEW, {"address": f"{career_site}/{path}", "page": ""})
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
