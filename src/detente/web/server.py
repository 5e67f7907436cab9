"""``serve``: run the app with uvicorn (what ``detente serve`` calls)."""

from __future__ import annotations

import os


def serve(
    db_path: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
) -> None:
    """Serve the dashboard and API over the store at ``db_path`` until interrupted."""
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(db_path, token=token), host=host, port=port, log_level="info")
