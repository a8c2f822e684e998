"""The "what happened at the round?" questions on the application page, on a phone, from
the keyboard alone: reached with Tab, with a visible focus ring, and answered with Enter.

axe-core checks the same page (tests/browser/main_pages.py) at both sizes and in both
colour modes; this walks it the way a keyboard user does."""

from __future__ import annotations

import pytest

from interviews.models import Application, Outcome
from tests.browser.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True)

# Tab presses allowed to reach the question from the top of the page: the phone's menu
# button, the header and the headline come first, the question right after them.
TAB_LIMIT = 40

# WCAG 2.2 (1.4.11, 2.4.13): a focus indicator contrasts at least 3:1 with what is around it.
CONTRAST_OF_FOCUS_RING = """element => {
    const rgb = colour => colour.match(/[\\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
        const [R, G, B] = [r, g, b].map(v => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    let behind = element.parentElement;
    while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) {
        behind = behind.parentElement;
    }
    const ring = luminance(rgb(getComputedStyle(element).outlineColor));
    const ground = luminance(rgb(getComputedStyle(behind || document.body).backgroundColor));
    return (Math.max(ring, ground) + 0.05) / (Math.min(ring, ground) + 0.05);
}"""


def tab_to(page, target) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(1, TAB_LIMIT + 1):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return presses
    raise AssertionError(f"not reached with {TAB_LIMIT} presses of Tab")


@pytest.mark.parametrize("color_scheme", ["dark", "light"])
def test_the_outcome_question_is_answered_from_the_keyboard_on_a_phone(demo_context, color_scheme):
    page = demo_context(PHONE, color_scheme)
    application = Application.objects.get(owner__username="demo", company="Copperfield Schools")
    page.goto(application.get_absolute_url())
    question = page.locator("form.question")
    assert question.count() == 1
    legend = question.locator("legend").inner_text()
    assert legend.startswith("How did") and legend.endswith("?"), legend
    done = question.get_by_role("button", name="Done, waiting to hear")

    tab_to(page, done)
    assert done.evaluate("element => element.matches(':focus-visible')")
    assert done.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    assert done.evaluate(CONTRAST_OF_FOCUS_RING) >= 3
    # Every answer fits the phone's width: none hides past the right edge.
    for button in question.get_by_role("button").all():
        edge = button.bounding_box()
        assert edge["x"] >= 0 and edge["x"] + edge["width"] <= PHONE["width"], button

    page.keyboard.press("Enter")
    page.get_by_text("Logged the panel interview: done, waiting to hear.").wait_for()
    assert page.locator("form.question").count() == 0
    held = application.rounds.get()
    assert held.outcome == Outcome.DONE
