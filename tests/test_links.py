"""Links built without reverse() are the ones reverse() gives, under any script prefix."""

from __future__ import annotations

import pytest
from django.urls import reverse, set_script_prefix

from interviews.links import pk_url

NAMES = ["application_detail", "application_edit", "round_create", "update_create"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("pk", [1, 42, 2_147_483_646])
def test_a_link_is_what_reverse_gives(name, pk):
    assert pk_url(name, pk) == reverse(f"interviews:{name}", args=[pk])


def test_a_link_follows_the_script_prefix():
    try:
        set_script_prefix("/tracker/")
        assert pk_url("application_detail", 7) == reverse("interviews:application_detail", args=[7])
        assert pk_url("application_detail", 7).startswith("/tracker/")
    finally:
        set_script_prefix("/")
    assert not pk_url("application_detail", 7).startswith("/tracker/")
