"""Liveness, readiness and Prometheus metrics; open even when API keys are set."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Worker

from liqaa.store import HISTOGRAM_BUCKETS, Store
from service import deps

router = APIRouter()


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Redis unreachable or no worker alive"}})
def readyz(queue: Queue = Depends(deps.queue)) -> JSONResponse:
    try:
        queue.connection.ping()
        workers = Worker.count(queue=queue)
    except RedisError as exc:
        return JSONResponse({"status": "unavailable", "redis": f"unreachable: {exc}", "workers": 0}, 503)
    if workers < 1:
        return JSONResponse({"status": "unavailable", "redis": "ok", "workers": 0}, 503)
    return JSONResponse({"status": "ready", "redis": "ok", "workers": workers})


class RedisCollector:
    """Counts kept in Redis, so every API and worker process reports the same totals."""

    def __init__(self, redis: Redis, queue: Queue):
        self.store, self.queue = Store(redis, 1, ""), queue

    def collect(self):  # type: ignore[no-untyped-def]
        counts = self.store.counts("submitted", "finished", "failed", "analysis_passes")
        passes = counts.pop("analysis_passes")
        for name, value in counts.items():
            yield CounterMetricFamily(f"liqaa_jobs_{name}", f"jobs {name}", value=value)
        yield CounterMetricFamily("liqaa_analysis_passes", "Stanza passes (one covers a batch of queued articles)",
                                  value=passes)
        yield GaugeMetricFamily("liqaa_queue_depth", "jobs waiting in the queue", value=self.queue.count)
        buckets, total = self.store.histogram()
        cumulative, pairs = 0, []
        for bound in HISTOGRAM_BUCKETS:
            cumulative += buckets.get(str(bound), 0)
            pairs.append((str(bound), cumulative))
        pairs.append(("+Inf", cumulative + buckets.get("+Inf", 0)))
        yield HistogramMetricFamily("liqaa_extraction_seconds", "analysis + extraction time per article",
                                    buckets=pairs, sum_value=total)


@router.get("/metrics", response_class=Response,
            responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Prometheus text"}})
def metrics(queue: Queue = Depends(deps.queue)) -> Response:
    registry = CollectorRegistry()
    registry.register(RedisCollector(queue.connection, queue))
    return Response(generate_latest(registry), media_type="text/plain; version=0.0.4")
