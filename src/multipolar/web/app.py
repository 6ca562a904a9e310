"""The application factory: routers, limits, JSON errors, CORS (off by default) and the dashboard."""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any

from anyio import CapacityLimiter
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from multipolar.store.database import StoreError
from multipolar.web.cache import ResponseCache
from multipolar.web.database import DatabaseBusy
from multipolar.web.routes import coding, documents, events, network, places, relations
from multipolar.web.settings import ServeSettings

log = logging.getLogger("multipolar.web")

#: Headers of every dashboard response: nothing loads from elsewhere.
DASHBOARD_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 (by Content-Length, or while streaming)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(self.limit, scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(self.limit, scope, receive, send)


class _TooLarge(Exception):
    pass


async def _too_large(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    response = JSONResponse({"detail": f"request body over the limit of {limit} bytes"}, status_code=413)
    await response(scope, receive, send)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body"))
    return f"invalid {where or 'request'}: {first.get('msg', 'bad value')}"


def _install_errors(app: FastAPI) -> None:
    """JSON error bodies ``{"detail": "..."}`` everywhere, never a stack trace."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{key: e.get(key) for key in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": _validation_message(errors), "errors": jsonable_encoder(errors)}, 422)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        status = 503 if isinstance(exc, DatabaseBusy) else 500
        headers = {"Retry-After": "2"} if status == 503 else None
        return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": f"internal error ({type(exc).__name__}); see the server log"}, 500)


class DashboardFiles(StaticFiles):
    """The dashboard's files, with :data:`DASHBOARD_HEADERS` (no middleware on the API's path)."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers.update(DASHBOARD_HEADERS)
        return response


def _install_dashboard(app: FastAPI) -> None:
    static = resources.files("multipolar.web").joinpath("static")
    app.mount("/static", DashboardFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), headers=DASHBOARD_HEADERS)


def create_app(settings: ServeSettings) -> FastAPI:
    """The multipolar HTTP API and dashboard over ``settings.db``."""
    app = FastAPIOffline(  # /docs serves Swagger UI from the fastapi-offline package, not a CDN
        docs_url="/docs",
        redoc_url=None,
        title="multipolar",
        version="0.1.0",
        summary="Evidence-linked CAMEO/PLOVER event data: events, dyads, relations, graph, blocs, documents.",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.cache = ResponseCache(settings.cache_size)
    app.state.query_limiter = CapacityLimiter(settings.query_workers)
    for module in (events, relations, network, places, documents, coding):
        app.include_router(module.router)
    _install_errors(app)
    _install_dashboard(app)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"])
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app
