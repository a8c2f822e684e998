"""Walking a page with Tab alone, as a keyboard user does: what it never reaches, where
focus goes out of sight, and where focus shows no ring (tests/browser/test_keyboard_walk.py
shows it catches each)."""

from __future__ import annotations

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
