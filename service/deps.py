"""Request-scoped access to settings, Redis, the queue and the store.

All async: they do no I/O, and FastAPI would run sync dependencies in its thread pool.
"""

from __future__ import annotations

import hmac

from fastapi import Depends, Request
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from liqaa.settings import Settings
from liqaa.store import Store
from service.errors import ApiError


async def settings(request: Request) -> Settings:
    return request.app.state.settings


async def redis(request: Request) -> Redis:
    return request.app.state.redis


async def queue(request: Request) -> Queue:
    return Queue(request.app.state.settings.queue_name, connection=request.app.state.redis,
                 serializer=JSONSerializer)


async def store(request: Request) -> Store:
    state = request.app.state
    return Store(state.redis, state.settings.result_ttl_s, state.version)


async def require_key(request: Request, cfg: Settings = Depends(settings)) -> None:
    """With LIQAA_API_KEYS set, /v1 needs `Authorization: Bearer <key>`; compared in constant time."""
    keys = cfg.keys
    if not keys:
        return
    scheme, _, given = (request.headers.get("authorization") or "").partition(" ")
    ok = scheme.lower() == "bearer" and any(hmac.compare_digest(given.encode(), k.encode()) for k in keys)
    if not ok:
        raise ApiError(401, "unauthorized", "missing or wrong API key: send `Authorization: Bearer <key>`",
                       headers={"WWW-Authenticate": "Bearer"})
