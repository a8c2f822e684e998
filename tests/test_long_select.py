"""LongSelect writes what Django's Select writes, options kept between pages (issue 27)."""

from __future__ import annotations

import pytest
from django import forms

from interviews.forms import PlaceForm, ProfileForm
from interviews.long_select import LongSelect
from interviews.profiles import country_choices, time_zone_choices

AWKWARD = [("", "---------"), ("a&b", 'Quote " and <tag>'), ("1", "One"), ("01", "Oh-one")]


@pytest.mark.parametrize("choices", [AWKWARD, time_zone_choices(), country_choices()])
@pytest.mark.parametrize("value", [None, "", "a&b", "01", "Europe/London", "GB", "none such"])
def test_the_markup_is_djangos_own(choices, value):
    attrs = {"id": "id_x", "class": "form-select", "required": True, "disabled": False}
    ours = LongSelect(choices=choices).render("x", value, attrs=dict(attrs))
    django = forms.Select(choices=choices).render("x", value, attrs=dict(attrs))
    assert ours == django


def test_grouped_choices_are_left_to_django():
    grouped = [("", "---------"), ("Territories", [("PR", "Puerto Rico"), ("GU", "Guam")])]
    ours = LongSelect(choices=grouped).render("region", "GU")
    assert ours == forms.Select(choices=grouped).render("region", "GU")
    assert "<optgroup" in ours


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", [PlaceForm, ProfileForm])
def test_the_place_forms_select_the_persons_zone_and_country(form_class, user):
    profile = user.profile
    profile.time_zone, profile.country = "America/New_York", "US"
    form = form_class(instance=profile)
    zone, country = str(form["time_zone"]), str(form["country"])
    assert '<option value="America/New_York" selected>America/New York</option>' in zone
    assert zone.count(" selected") == 1
    assert '<option value="US" selected>' in country
    assert isinstance(form.fields["time_zone"].widget, LongSelect)
