"""A ``<select>`` of hundreds of fixed options (every time zone, every country), its
options rendered once per process instead of once per page.

Django renders each option of a ``Select`` through a template: the board's first-visit
form (issue 27) spent about 30 ms of a 65 ms page on its 600 time zones and 250
countries. ``LongSelect`` writes the same markup (the same escaping, the same
whitespace: ``tests/test_long_select.py`` compares it with Django's own ``Select``) from
a list kept per set of choices; a page only marks the selected option. Grouped choices
(``<optgroup>``) are left to Django's ``Select``.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

# One entry per set of choices in use (a form's field): a handful in the whole product.
KEPT_CHOICES = 16


@lru_cache(maxsize=KEPT_CHOICES)
def _options(choices: tuple) -> tuple[tuple[str, str, str], ...]:
    """Each option as (its value as the form compares it, the markup before where
    ``selected`` goes, the markup after), as Django's ``select_option.html`` writes it."""
    return tuple(
        (
            str(value),
            f'\n  <option value="{conditional_escape(str(value))}"',
            f">{conditional_escape(label)}</option>\n",
        )
        for value, label in choices
    )


def options_html(choices: tuple, selected: set[str]) -> SafeString:
    """The options, the first whose value is in ``selected`` marked (a single select)."""
    parts, marked = [], False
    for value, before, after in _options(choices):
        parts.append(before)
        if not marked and value in selected:
            parts.append(" selected")
            marked = True
        parts.append(after)
    return mark_safe("".join(parts))  # every value and label escaped above


def _attrs(attrs: dict) -> str:
    """The attributes as Django's ``attrs.html`` writes them."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class LongSelect(forms.Select):
    """``forms.Select`` for long flat lists of choices, the options kept between pages."""

    def render(self, name, value, attrs=None, renderer=None):
        choices = tuple(self.choices)
        if any(isinstance(label, (list, tuple)) for _, label in choices):
            return super().render(name, value, attrs, renderer)  # groups: Django's markup
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        options = options_html(choices, set(widget["value"]))  # format_value: strings
        name_html = conditional_escape(widget["name"])
        return mark_safe(  # the name, attributes and options escaped
            f'<select name="{name_html}"{_attrs(widget["attrs"])}>{options}\n</select>'
        )
