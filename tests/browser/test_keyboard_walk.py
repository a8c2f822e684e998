"""Every main page walked with Tab alone, at a laptop's and a phone's size: each control a
mouse could use is reached, in an order that never jumps to something hidden, and each
shows a focus ring when it has the focus.

axe-core (test_accessibility.py) checks what a page is made of; this checks what a
keyboard user meets, one press at a time."""

from __future__ import annotations

import pytest

from tests.browser.conftest import LAPTOP, PHONE
from tests.browser.main_pages import main_pages
from tests.support.keyboard import walk

pytestmark = pytest.mark.django_db(transaction=True)


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
