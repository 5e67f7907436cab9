"""One JSON error shape for every failure, built in one place.

Every error answer is ``{"error": {"status": N, "message": "..."}}``. Messages of the core's
errors that may name server files (store, dictionaries) and unexpected exceptions are replaced by
a generic sentence and logged, so no path or stack trace reaches a client.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import ConfigError, DetenteError, SourceError, StoreError, UnsupportedSource

log = logging.getLogger("detente.web")


class ApiError(Exception):
    """A request the API refuses, with its HTTP status and a message for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> dict:
    return {"error": {"status": status, "message": message}}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid value')}" if where else err.get("msg"))
    return "; ".join(parts) or "invalid request"


def _status_and_message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, ApiError):
        return exc.status, exc.message
    if isinstance(exc, RequestValidationError):
        return 422, _validation_message(exc)
    if isinstance(exc, HTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, ConfigError):
        return 400, str(exc)
    if isinstance(exc, UnsupportedSource):
        return 415, exc.reason
    if isinstance(exc, SourceError):
        return 400, exc.reason
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return 503, "the event database is not available"
    if isinstance(exc, DetenteError):
        log.error("detente error: %s", exc)
        return 500, "the server could not answer this request"
    log.exception("unexpected error", exc_info=exc)
    return 500, "internal error"


async def handle_error(request: Request, exc: Exception) -> JSONResponse:
    """The exception handler registered for every error class the app can meet."""
    status, message = _status_and_message(exc)
    headers = getattr(exc, "headers", None) if isinstance(exc, HTTPException) else None
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


HANDLED = (ApiError, RequestValidationError, HTTPException, DetenteError, Exception)
