"""Every error the API gives has one shape: {"error": {"code", "message"}}, the message naming the field."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        self.status, self.code, self.message, self.headers = status, code, message, headers


def body(code: str, message: str, **extra: object) -> dict:
    return {"error": {"code": code, "message": message, **extra}}


def field_path(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "body"


async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return JSONResponse(body("invalid_json", "the request body is not valid JSON"), status_code=400)
    details = [{"field": field_path(tuple(e["loc"])), "message": e["msg"]} for e in errors]
    message = "; ".join(f"{d['field']}: {d['message']}" for d in details)
    return JSONResponse(body("invalid_request", message, fields=details), status_code=422)


async def api_error(_: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse(body(exc.code, exc.message), status_code=exc.status, headers=exc.headers)


async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse(body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)  # Allow on 405


async def redis_down(_: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(body("redis_unavailable", f"the job store (Redis) is unreachable: {exc}; retry later"),
                        status_code=503, headers={"Retry-After": "5"})


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(ApiError, api_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RedisConnectionError, redis_down)
    app.add_exception_handler(RedisTimeoutError, redis_down)
