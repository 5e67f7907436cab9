"""HTML to text: trafilatura for whole pages, a plain lxml walk for fragments and fallbacks."""

from __future__ import annotations

import re
from functools import cache

import lxml.html
from lxml import etree
from trafilatura import extract
from trafilatura.settings import Extractor, use_config
from trafilatura.utils import load_html

from detente.sources.encoding import clean_text

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table td th tr ul".split()
)
SKIP_TAGS = frozenset(
    "head title script style noscript template nav header footer aside form".split()
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)


@cache
def extractor(max_bytes: int) -> Extractor:
    """Explicit trafilatura options: main text only, and no date guessing at all.

    Metadata extraction is off (``with_metadata=False``), so trafilatura never calls htmldate;
    :mod:`detente.sources.meta` reads the date from the page's own metadata instead.
    """
    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return Extractor(
        config=config,
        output_format="txt",
        fast=False,
        precision=False,
        recall=False,
        comments=False,
        formatting=False,
        links=False,
        images=False,
        tables=False,
        dedup=False,
        with_metadata=False,
    )


def declared_charset(head: bytes, content_type: str | None = None) -> str | None:
    """The charset named by a Content-Type header or a ``<meta charset>`` in the page's head."""
    if content_type and "charset=" in content_type.lower():
        return content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    match = _CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def parse(markup: str) -> etree._Element | None:
    """The lxml tree of a page, or ``None`` when there is no markup to parse."""
    return load_html(markup)


def main_text(tree: etree._Element, max_bytes: int) -> str:
    """The page's main text (no navigation, ads or footers); the plain walk if trafilatura fails."""
    text = clean_text(extract(tree, options=extractor(max_bytes)) or "")
    return text or tree_text(tree)


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed summary, an e-mail part), one block per line."""
    try:
        tree = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(markup)
    return tree_text(tree)


def tree_text(tree: etree._Element) -> str:
    """The visible text of a tree, blocks on their own lines, furniture elements skipped."""
    parts: list[str] = []
    _walk(tree, parts)
    return clean_text("".join(parts))


def _walk(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in SKIP_TAGS or not tag:
        if element.tail:
            parts.append(element.tail)
        return
    block = tag.lower() in BLOCK_TAGS
    if block:
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(element.tail)
