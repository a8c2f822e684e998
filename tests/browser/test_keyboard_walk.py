"""Every main page walked with Tab alone, at a laptop's and a phone's size: each control a
mouse could use is reached, in an order that never jumps to something hidden, and each
shows a focus ring when it has the focus.

axe-core (test_accessibility.py) checks what a page is made of; this checks what a
keyboard user meets, one press at a time."""

from __future__ import annotations

import pytest

from tests.browser.conftest import LAPTOP, PHONE
from tests.browser.main_pages import main_pages

pytestmark = pytest.mark.django_db(transaction=True)

# Marks each control a person can see and use with a number, and returns them. A radio
# group is one stop for Tab (the arrow keys move inside it), so only its first radio counts.
MARK_CONTROLS = """() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const seen = new Set();
    const usable = element => {
        if (element.matches(':disabled, [tabindex="-1"], input[type=hidden]')) return false;
        if (element.closest('[inert], [aria-hidden=true]')) return false;
        // Inside a closed <details> or a hidden menu counts as not there.
        return element.checkVisibility({visibilityProperty: true});
    };
    const controls = [...document.querySelectorAll(selector)].filter(usable).filter(element => {
        if (element.type !== 'radio') return true;
        const group = element.form + '|' + element.name;
        if (seen.has(group)) return false;
        seen.add(group);
        return true;
    });
    controls.forEach((element, index) => element.setAttribute('data-walk', index));
    return controls.map(element => element.outerHTML.slice(0, 120));
}"""

# What has the focus now: its mark (or the radio group's first mark), whether it can be
# seen, and whether a focus ring is drawn around it.
FOCUSED = """() => {
    let element = document.activeElement;
    if (!element || element === document.body) return null;
    if (element.type === 'radio') {
        const first = `input[type=radio][name="${element.name}"][data-walk]`;
        element = element.form.querySelector(first) || element;
    }
    const style = getComputedStyle(document.activeElement);
    return {
        mark: element.getAttribute('data-walk'),
        html: document.activeElement.outerHTML.slice(0, 120),
        seen: document.activeElement.checkVisibility({visibilityProperty: true}),
        ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
    };
}"""


def walk(page) -> list[str]:
    """Tab from the top of the page until focus comes round again; what went wrong."""
    controls = page.evaluate(MARK_CONTROLS)
    problems, ringed, previous = [], {}, None
    # A date field takes several presses (month, day, year and, on some screens, its
    # calendar button, whose ring Chromium draws inside the field where styles cannot be
    # read): it has a ring when any of its stops shows one.
    for _ in range(3 * len(controls) + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        mark = focused["mark"]
        if mark is None or not focused["seen"]:
            problems.append(f"focus went to something hidden: {focused['html']}")
            continue
        if mark in ringed and mark != previous:
            break  # round again: the walk is done
        ringed[mark] = ringed.get(mark, False) or focused["ring"]
        previous = mark
    for index, html in enumerate(controls):
        if str(index) not in ringed:
            problems.append(f"never reached: {html}")
        elif not ringed[str(index)]:
            problems.append(f"no focus ring: {html}")
    return problems


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_every_control_on_every_main_page_is_reached_with_tab(demo_context, viewport):
    page = demo_context(viewport)
    found = {}
    for name, path in main_pages().items():
        page.goto(path)
        if problems := walk(page):
            found[name] = problems
    assert not found, "\n".join(f"{name}: {p}" for name, ps in found.items() for p in ps)


def test_the_walk_finds_a_missing_ring_a_hidden_stop_and_an_unreachable_control(page):
    page.set_content(
        """<main>
        <a href="#one">Fine</a>
        <a href="#two" style="outline: none">No ring</a>
        <div aria-hidden="true"><button>Behind a curtain</button></div>
        <a href="#three" id="trap">A trap: Tab from here goes back to the top</a>
        <a href="#four">After the trap</a>
        <button style="display: none">Not shown</button>
        </main>
        <script>
        document.getElementById("trap").addEventListener("keydown", event => {
            if (event.key === "Tab") {
                event.preventDefault();
                document.querySelector("a").focus();
            }
        });
        </script>"""
    )
    page.add_style_tag(content=":focus-visible { outline: 3px solid blue; }")
    problems = walk(page)
    assert sorted(map(what_and_where, problems)) == [
        ("focus went to something hidden", "Behind a curtain"),
        ("never reached", "After the trap"),
        ("no focus ring", "No ring"),
    ], problems


def what_and_where(problem: str) -> tuple[str, str]:
    """("no focus ring", "No ring") from 'no focus ring: <a href="#two" ...>No ring</a>'."""
    what, html = problem.split(": ", 1)
    return what, html.split(">", 1)[1].split("<", 1)[0]
