"""``create_app``: the FastAPI application serving the REST API and the dashboard."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from . import analysis_routes, ingest, routes
from .db import Database
from .deps import Limits
from .errors import HANDLED, handle_error
from .middleware import BodyLimit, SecurityHeaders

DEFAULT_MAX_BODY = 20 * 1024 * 1024
DEFAULT_MAX_PAGE = 500
DEFAULT_MAX_EXPORT = 1_000_000
STATIC = resources.files("detente.web").joinpath("static")


def create_app(
    db_path: str | os.PathLike,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    max_page: int = DEFAULT_MAX_PAGE,
    max_export: int = DEFAULT_MAX_EXPORT,
    cors_origins: tuple[str, ...] = (),
) -> FastAPI:
    """The app over the store at ``db_path``.

    The store is opened read-only unless ``token`` is given, which also adds ``POST /api/ingest``
    (requiring ``Authorization: Bearer <token>``). No cross-origin access unless
    ``cors_origins`` lists the origins allowed to read (never to write).
    """
    db = Database(db_path, writable=token is not None)
    app = FastAPI(
        title="detente",
        summary="Sourced CAMEO event data between states: events, relations, alerts, brief.",
        version="0.1.0",
        docs_url=None,  # the stock pages load scripts from a CDN; /docs is served from here
        redoc_url=None,
        lifespan=_closing(db),
    )
    app.state.db = db
    app.state.token = token
    app.state.limits = Limits(max_page=max_page, max_body=max_body, max_export=max_export)
    for error in HANDLED:
        app.add_exception_handler(error, handle_error)
    app.include_router(routes.router)
    app.include_router(analysis_routes.router)
    if token is not None:
        app.include_router(ingest.router)
    _add_pages(app)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_credentials=False,
        )
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _closing(db: Database):
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    return lifespan


def _add_pages(app: FastAPI) -> None:
    static = str(STATIC)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(os.path.join(static, "index.html"))

    @app.get("/documents/{doc_id}", include_in_schema=False)
    def document_page(doc_id: str) -> FileResponse:
        return FileResponse(os.path.join(static, "document.html"))

    @app.get("/docs", include_in_schema=False)
    def docs_page() -> FileResponse:
        return FileResponse(os.path.join(static, "docs.html"))

    app.mount("/static", StaticFiles(directory=static), name="static")
