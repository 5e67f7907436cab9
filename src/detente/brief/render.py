"""Render a :class:`~detente.brief.compose.Brief` as Markdown or as one self-contained HTML page."""

from __future__ import annotations

from html import escape

from ..analysis import Evidence
from ..analysis.names import display_name
from .compose import Brief, Claim
from .svg import network_svg, series_svg

SECTIONS = (
    ("developments", "Main developments"),
    ("shifts", "Shifts"),
    ("cross_pressures", "Cross-pressures"),
)
EMPTY = {
    "developments": "No counted events in this period.",
    "uncited": "No development could be cited: no event had a stored sentence holding its actors.",
    "shifts": "No dyad moved significantly away from its own baseline.",
    "cross_pressures": "No unbalanced triad met the evidence threshold.",
}


def _empty(brief: Brief, name: str) -> str:
    if name == "developments" and brief.events:
        return EMPTY["uncited"]
    return EMPTY[name]


def title(brief: Brief) -> str:
    who = f" ({display_name(brief.actor)})" if brief.actor else ""
    return f"Brief{who}: {brief.since.isoformat()} to {brief.until.isoformat()}"


def intro(brief: Brief) -> str:
    return (
        f"{brief.events} counted events (reposts of a story count once; negated and "
        "hypothetical events never count). Each statement is built from stored events and "
        "followed by the source sentences behind it."
    )


# -- Markdown ------------------------------------------------------------------------------


def to_markdown(brief: Brief) -> str:
    lines = [f"# {title(brief)}", "", intro(brief), ""]
    for name, heading in SECTIONS:
        lines += [f"## {heading}", ""]
        claims: tuple[Claim, ...] = getattr(brief, name)
        if not claims:
            lines += [_empty(brief, name), ""]
        for number, claim in enumerate(claims, 1):
            lines.append(f"{number}. {claim.text}")
            lines += [f"    - {_md_citation(c)}" for c in claim.citations]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_citation(c: Evidence) -> str:
    quoted = _marked(c, "**", "**").replace("\n", " ")
    source = f"*{_md_escape(c.title or c.doc_id)}*"
    where = f"<{c.url}>" if c.url else f"document {c.doc_id}"
    return f"\u201c{quoted}\u201d \u2014 {source}, {c.date.isoformat()}, {where}"


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>" else ch for ch in text)


# -- HTML ----------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
    "color:#222;line-height:1.45}h1,h2{font-family:sans-serif}"
    "blockquote{margin:.3rem 0 .3rem 1.2rem;padding-left:.6rem;border-left:3px solid #ccc;"
    "font-size:.92rem}mark{background:#fff2a8}cite{font-style:italic}"
    ".charts svg{margin:.5rem 1rem .5rem 0}.meta{color:#555;font-size:.9rem}"
)


def to_html(brief: Brief) -> str:
    body = [f"<h1>{escape(title(brief))}</h1>", f'<p class="meta">{escape(intro(brief))}</p>']
    for name, heading in SECTIONS:
        body.append(f"<h2>{escape(heading)}</h2>")
        if name == "developments" and brief.series:
            body.append(
                '<div class="charts">'
                + "".join(
                    series_svg(buckets, f"{display_name(a)} \u2013 {display_name(b)}")
                    for (a, b), buckets in brief.series
                )
                + "</div>"
            )
        if name == "cross_pressures" and brief.network.edges:
            body.append(f'<div class="charts">{network_svg(brief.network)}</div>')
        claims: tuple[Claim, ...] = getattr(brief, name)
        if not claims:
            body.append(f"<p>{escape(_empty(brief, name))}</p>")
            continue
        body.append("<ol>" + "".join(_html_claim(c) for c in claims) + "</ol>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>'
        f"<title>{escape(title(brief))}</title><style>{_STYLE}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )


def _html_claim(claim: Claim) -> str:
    quotes = "".join(_html_citation(c) for c in claim.citations)
    return f"<li><p>{escape(claim.text)}</p>{quotes}</li>"


def _html_citation(c: Evidence) -> str:
    name = escape(c.title or c.doc_id)
    source = f'<a href="{escape(c.url)}">{name}</a>' if c.url else name
    return (
        f"<blockquote>\u201c{_marked(c, '<mark>', '</mark>', html=True)}\u201d "
        f"\u2014 <cite>{source}</cite>, {c.date.isoformat()}</blockquote>"
    )


def _marked(c: Evidence, open_: str, close: str, *, html: bool = False) -> str:
    """The cited sentence with the source and target actor spans wrapped in markers."""
    sentence = c.sentence or ""
    spans = sorted({c.source_span, c.target_span} - {None})
    out, at = [], 0
    for start, end in spans:
        if start < at:  # overlapping spans: mark the first only
            continue
        out += [_plain(sentence[at:start], html), open_, _plain(sentence[start:end], html), close]
        at = end
    out.append(_plain(sentence[at:], html))
    return "".join(out)


def _plain(text: str, html: bool) -> str:
    return escape(text) if html else _md_escape(text)
