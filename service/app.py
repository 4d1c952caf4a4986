"""The app factory: tests and `liqaa up` each build their own app from Settings."""

from __future__ import annotations

from fastapi import FastAPI
from redis import Redis

from liqaa import PIPELINE_VERSION
from liqaa.settings import Settings, get_settings
from liqaa.version import pipeline_version
from service import errors, health, routes


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    if not settings.redis_url:
        raise RuntimeError("REDIS_URL is not set: `liqaa up` starts an embedded Redis and sets it")
    app = FastAPI(title="Liqaa", version=PIPELINE_VERSION,
                  description="Meetings reported in Arabic news articles, as typed data.")
    app.state.settings = settings
    app.state.version = pipeline_version(settings)  # the models' digest, computed once: results are cached under it
    app.state.redis = Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=5,
                                     health_check_interval=10)
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(health.router)
    return app
