"""``POST /api/ingest``: present only when the app was started with a token, and requiring it.

The body is one uploaded document or feed (any kind the sources read; ``name`` gives its file
name, whose extension helps the sniffing), or empty with ``url`` naming a feed or page to read.
The documents are stored, then every document not yet coded is coded.
"""

from __future__ import annotations

import hmac
import re
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from .. import api
from .errors import ApiError

router = APIRouter(prefix="/api")
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def check_token(request: Request) -> None:
    """Compare the bearer token in constant time; 401 without one, 403 with a wrong one."""
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "ingest needs 'Authorization: Bearer <token>'")
    expected = request.app.state.token.encode()
    if not hmac.compare_digest(given.strip().encode(), expected):
        raise ApiError(403, "wrong token")


def _run(db, inputs: list[str], code: bool) -> dict:
    with db.writer() as store:
        report = api.ingest(inputs, store)
        coded = api.code_documents(store) if code else None
    return {"ingest": report.to_dict(), "coding": coded.to_dict() if coded else None}


def _rename_failures(result: dict, temp: str, name: str) -> dict:
    """Failures name the upload as the client called it, never the server's temporary path."""
    for failure in result["ingest"]["failures"]:
        failure["origin"] = str(failure["origin"]).replace(temp, name)
    return result


@router.post("/ingest", summary="Store and code uploaded documents or a feed URL (token only)")
async def post_ingest(
    request: Request,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    name: Annotated[str, Query(max_length=200)] = "upload",
    code: bool = True,
) -> dict:
    check_token(request)
    body = await request.body()
    if url is not None:
        if body:
            raise ApiError(400, "give either a body or a url, not both")
        if not URL_RE.match(url):
            raise ApiError(422, "url: only http and https URLs are read")
        return await run_in_threadpool(_run, request.app.state.db, [url], code)
    if not body:
        raise ApiError(400, "empty body: upload a document, or pass ?url=")
    safe = SAFE_NAME.sub("_", Path(name).name).lstrip(".") or "upload"
    with tempfile.TemporaryDirectory(prefix="detente-upload-") as folder:
        path = Path(folder) / safe
        path.write_bytes(body)
        result = await run_in_threadpool(_run, request.app.state.db, [str(path)], code)
    return _rename_failures(result, str(path), safe)
