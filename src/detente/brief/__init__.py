"""The brief: a written digest of a period built from stored events, with citations.

``build_brief`` gathers the claims (a :class:`Brief` record); ``brief`` renders it as Markdown,
as one self-contained HTML page with inline SVG charts, or as a JSON-ready dict.
"""

from __future__ import annotations

import datetime as dt

from ..errors import ConfigError
from .compose import Brief, Claim, build_brief, citable
from .render import to_html, to_markdown

FORMATS = ("md", "html", "json")

__all__ = ["FORMATS", "Brief", "Claim", "brief", "build_brief", "citable", "to_html", "to_markdown"]


def brief(
    con,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    actor: str | None = None,
    fmt: str = "md",
) -> str | dict:
    """The brief of ``since``..``until`` (optionally about ``actor``) as ``md`` or ``html``
    text, or with ``fmt="json"`` as a dict (:meth:`Brief.to_dict`)."""
    if fmt not in FORMATS:
        raise ConfigError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    found = build_brief(con, since=since, until=until, actor=actor)
    if fmt == "json":
        return found.to_dict()
    return to_html(found) if fmt == "html" else to_markdown(found)
