"""The steps of one estimator flow as static HTML ``<section>`` elements.

Every step is fully rendered, so without JavaScript the whole questionnaire is one long
form. The browser script shows one step at a time.
"""

from __future__ import annotations

from typing import Any

from build_tools.estimator_site.controls import render_question
from build_tools.estimator_site.html import attrs, esc, json_attr, tel_href
from build_tools.estimator_site.links import HOW_WE_ESTIMATE, PAPER, Link

RESERVED_STEPS = {"start", "check", "results"}

OTHER_FLOW = {
    "person": ("carer/", "Looking after someone?",
               "Check if you could get support as a carer"),
    "carer": ("../", "Need care and support yourself?",
              "Check if you could get help with care and support"),
}

WHAT_YOU_FIND_OUT = {
    "person": (
        "whether you are likely to be eligible for care and support from the council",
        "an indicative personal budget: roughly what your care could cost the council each week",
        "how much you might pay towards your care each week, and what the council might pay",
        "how long your savings might last if you pay for your own care",
    ),
    "carer": (
        "whether you are likely to be eligible for support as a carer",
        "an indicative carer's budget",
        "where to get support and a carer's assessment",
    ),
}

HAVE_TO_HAND = {
    "person": (
        "a rough idea of your savings and investments",
        "how much you get each week from pensions and benefits",
        "what you pay each week for rent, mortgage and Council Tax",
    ),
    "carer": (
        "a rough idea of how many hours a week you spend caring",
        "the area where the person you care for lives",
    ),
}


def step_id(name: str) -> str:
    """The HTML id of a step section (also its URL fragment)."""
    return f"step-{name}"


def section(name: str, inner: str, *, show_if: Any = None, title: str = "") -> str:
    """A step: back link, error summary, the content and the Continue button's place."""
    return (
        f"<section{attrs(class_='fs-est-step', id=step_id(name), data_step=name, data_title=title, data_show_if=json_attr(show_if) if show_if else None)}>"  # noqa: E501
        f"{inner}</section>"
    )


def back_link() -> str:
    """GOV.UK back link; the script turns it into a history step (hidden without script)."""
    return ('<a href="#step-start" class="fs-est-back-link fs-est-js-only" data-action="back">'
            "Back</a>")


def error_summary() -> str:
    """The error summary, filled and focused by the script when answers are missing."""
    return (
        '<div class="fs-est-error-summary" tabindex="-1" hidden data-error-summary>'
        '<h2 class="fs-est-error-summary__title">There is a problem</h2>'
        '<ul class="fs-est-error-summary__list"></ul></div>'
    )


def button(text: str, action: str, *, secondary: bool = False, submit: bool = False) -> str:
    """A GOV.UK-style button that only works with the script (hidden without it)."""
    classes = "fs-est-button fs-est-js-only" + (" fs-est-button--secondary" if secondary else "")
    kind = "submit" if submit else "button"
    return f"<button{attrs(type=kind, class_=classes, data_action=action)}>{esc(text)}</button>"


def contact_paragraph(identity: dict[str, Any]) -> str:
    """How to reach the contact centre, from council.yaml."""
    centre = identity.get("contact_centre") or {}
    phone = centre.get("phone", "")
    return (
        f"<p>To talk it through, call {esc(identity.get('name'))} adult social care on "
        f'<a href="{esc(tel_href(phone))}">{esc(phone)}</a> ({esc(centre.get("hours"))}).</p>'
    )


def fallback_message(identity: dict[str, Any], root: str, reason: str) -> str:
    """What to do when the estimate cannot be worked out in this browser."""
    return (
        f'<h2 class="fs-est-fallback__title">{esc(reason)}</h2>'
        "<p>You can still read the questions on this page. To get an estimate without it:</p>"
        '<ul class="fs-est-list">'
        f'<li><a href="{esc(root + PAPER)}">print the paper version of the questions</a></li>'
        f'<li><a href="{esc(root + HOW_WE_ESTIMATE)}">read how we estimate</a>, so that you or '
        "an adviser can work it out by hand</li></ul>"
        + contact_paragraph(identity)
    )


def start_step(questionnaire: dict[str, Any], identity: dict[str, Any], root: str) -> str:
    """The start page: what the tool does, what to have to hand, privacy, Start now."""
    flow = questionnaire["flow"]
    other_href, other_question, other_text = OTHER_FLOW[flow]
    finds = "".join(f"<li>{esc(item)}</li>" for item in WHAT_YOU_FIND_OUT[flow])
    hand = "".join(f"<li>{esc(item)}</li>" for item in HAVE_TO_HAND[flow])
    inner = (
        f'<h1 class="fs-est-heading" tabindex="-1">{esc(questionnaire["title"])}</h1>'
        f'<p class="fs-est-lead">{esc(questionnaire.get("intro"))}</p>'
        f'<p>Use this to find out:</p><ul class="fs-est-list">{finds}</ul>'
        f'<h2>Before you start</h2><p>It helps to have:</p><ul class="fs-est-list">{hand}</ul>'
        "<p>If you do not know an amount exactly, a rough figure is fine.</p>"
        '<h2>Your answers stay on this device</h2>'
        "<p>The estimate is worked out in your web browser. Nothing you type is sent to the "
        "council or anyone else, and nothing is kept after you close the page unless you "
        "choose to save your answers.</p>"
        f'<div class="fs-est-inset">{esc(questionnaire.get("indicative_notice"))}</div>'
        '<div class="fs-est-remembered fs-est-js-only" hidden data-remembered>'
        '<h2>You have answers saved on this device</h2>'
        '<p data-remembered-when></p>'
        + button("Continue with saved answers", "resume-remembered")
        + button("Forget them", "forget", secondary=True)
        + "</div>"
        + button("Start now", "start", submit=True)
        + '<div class="fs-est-load fs-est-js-only">'
        '<h2>Continue from a saved file</h2>'
        '<div class="fs-est-group" data-load-group>'
        '<label class="fs-est-label" for="fs-est-load-file">Choose the answers file you saved '
        "before</label>"
        '<div class="fs-est-hint" id="fs-est-load-file-hint">It is a small file ending in .json. '
        "It is read on this device and not sent anywhere.</div>"
        '<p class="fs-est-error-message" id="fs-est-load-file-error" hidden></p>'
        '<input class="fs-est-file" id="fs-est-load-file" type="file" '
        'accept=".json,application/json" '
        'aria-describedby="fs-est-load-file-hint" data-load-file></div></div>'
        f'<h2>{esc(other_question)}</h2><p><a href="{esc(other_href)}">{esc(other_text)}</a></p>'
        "<h2>Other ways to work it out</h2>"
        f'<ul class="fs-est-list"><li><a href="{esc(root + HOW_WE_ESTIMATE)}">How we estimate</a>: '
        "every question, points value and figure we use</li>"
        f'<li><a href="{esc(root + PAPER)}">Paper version of the questions</a> to print</li></ul>'
        + contact_paragraph(identity)
    )
    return section("start", inner, title=questionnaire["title"])


def question_step(page: dict[str, Any]) -> str:
    """One questionnaire page: one question (its label is the h1) or a small group."""
    questions = page.get("questions") or []
    single = len(questions) == 1
    inner = back_link() + error_summary()
    if not single:
        inner += f'<h1 class="fs-est-heading" tabindex="-1">{esc(page["title"])}</h1>'
    if page.get("intro"):
        inner += f'<p class="fs-est-lead">{esc(page["intro"])}</p>'
    inner += "".join(render_question(question, heading=single) for question in questions)
    inner += button("Continue", "continue", submit=True)
    title = questions[0]["label"] if single else page["title"]
    return section(page["id"], inner, show_if=page.get("show_if"), title=title)


def check_step(questionnaire: dict[str, Any]) -> str:
    """Check your answers: filled by the script, with Change links back to each page."""
    inner = (
        back_link()
        + '<h1 class="fs-est-heading" tabindex="-1">Check your answers</h1>'
        '<dl class="fs-est-summary" data-summary></dl>'
        '<h2>Your answers on this device</h2>'
        '<div class="fs-est-checkboxes__item fs-est-js-only">'
        '<input class="fs-est-checkboxes__input" id="fs-est-remember" type="checkbox" '
        'aria-describedby="fs-est-remember-hint" data-remember>'
        '<label class="fs-est-checkboxes__label" for="fs-est-remember">Remember my answers on '
        "this device</label>"
        '<div class="fs-est-hint fs-est-checkboxes__hint" id="fs-est-remember-hint">Your answers '
        "are kept in this browser until you forget them or start again. Do not choose this on a "
        "shared or public computer.</div></div>"
        + button("Forget answers on this device", "forget", secondary=True)
        + '<h2>Now get your estimate</h2>'
        "<p>Your estimate is worked out on this device. Nothing is sent anywhere.</p>"
        + button("Get my estimate", "continue", submit=True)
        + '<div class="fs-est-actions fs-est-js-only">'
        + button("Save my answers to a file", "save", secondary=True)
        + button("Start again", "restart", secondary=True)
        + "</div>"
    )
    return section("check", inner, title="Check your answers")


def link_list(links: list[Link], root: str) -> str:
    """A list of links to site pages."""
    items = "".join(f'<li><a href="{esc(root + link.path)}">{esc(link.text)}</a></li>'
                    for link in links)
    return f'<ul class="fs-est-list">{items}</ul>'


def results_step(identity: dict[str, Any], root: str, advice: list[Link],
                 directory: list[Link]) -> str:
    """The results page; the script fills ``[data-results-body]`` from the engine's answer."""
    inner = (
        back_link()
        + '<h1 class="fs-est-heading" tabindex="-1">Your estimate</h1>'
        '<div class="fs-est-waiting" data-results-waiting hidden>'
        '<div class="fs-est-spinner" aria-hidden="true"></div>'
        "<p>Working out your estimate. The calculator is still loading on this device: this "
        "can take a few seconds on a slow connection or an older phone.</p></div>"
        '<div class="fs-est-results-error" data-results-error hidden></div>'
        '<div class="fs-est-results" data-results-body></div>'
        '<h2>What happens next</h2>'
        "<p>This is an estimate, not a decision. To get care and support arranged, ask the "
        "council for a needs assessment (or a carer's assessment). A social care worker talks "
        "with you about what matters to you and agrees a support plan.</p>"
        + contact_paragraph(identity)
        + ('<h2>Find help near you</h2>' + link_list(directory, root) if directory else "")
        + ('<h2>Read more</h2>' + link_list(advice, root) if advice else "")
        + f'<p><a href="{esc(root + HOW_WE_ESTIMATE)}">How we estimate</a>: the questions, points '
        "and figures behind this estimate.</p>"
        '<div class="fs-est-actions fs-est-js-only">'
        + button("Print or save as PDF", "print", secondary=True)
        + button("Save my answers to a file", "save", secondary=True)
        + button("Change my answers", "to-check", secondary=True)
        + button("Start again", "restart", secondary=True)
        + "</div>"
    )
    return section("results", inner, title="Your estimate")
