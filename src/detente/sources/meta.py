"""A page's own metadata: title, site name, canonical URL and publication date.

The date is taken only from what the publisher declared (JSON-LD ``datePublished``, meta tags
such as ``article:published_time``, ``<time datetime>``), never inferred from text or URLs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from detente.sources.dates import parse_date

_DATE_META = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @property='og:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publishdate' or @name='date' or @name='dc.date'"
    " or @name='DC.date.issued' or @name='dcterms.created' or @name='sailthru.date']/@content"
)
_TIME = (
    "//time[@itemprop='datePublished' or @pubdate]/@datetime",
    "//article//time/@datetime",
    "//time/@datetime",
)
_TITLE = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//title//text()",
    "//h1//text()",
)
_SITE = ("//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content")
_URL = ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    date: dt.date | None = None
    site: str | None = None
    url: str | None = None


def page_meta(tree: etree._Element) -> PageMeta:
    linked = list(_json_ld(tree))
    return PageMeta(
        title=_first(tree, _TITLE) or _ld_value(linked, "headline"),
        date=_date(tree, linked),
        site=_first(tree, _SITE) or _ld_publisher(linked),
        url=_first(tree, _URL),
    )


def _first(tree: etree._Element, paths: tuple[str, ...]) -> str | None:
    for path in paths:
        for value in tree.xpath(path):
            text = " ".join(str(value).split())
            if text:
                return text
    return None


def _date(tree: etree._Element, linked: list[dict]) -> dt.date | None:
    candidates = [_ld_value(linked, "datePublished"), _ld_value(linked, "dateCreated")]
    candidates += [str(value) for value in tree.xpath(_DATE_META)]
    for path in _TIME:
        candidates += [str(value) for value in tree.xpath(path)]
    for value in candidates:
        date = parse_date(value)
        if date:
            return date
    return None


def _json_ld(tree: etree._Element) -> Iterator[dict]:
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        yield from _objects(data)


def _objects(data: object, depth: int = 0) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)


def _ld_value(linked: list[dict], key: str) -> str | None:
    for item in linked:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _ld_publisher(linked: list[dict]) -> str | None:
    for item in linked:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"].strip() or None
    return None
