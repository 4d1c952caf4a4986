"""An RQ worker that loads the Stanza pipeline once, before its first job, and never forks.

RQ's default worker forks a work-horse per job; a fork would inherit the loaded
models, but torch's thread pools are not fork-safe once used. SimpleWorker runs
jobs in its own process, so the pipeline is built once and reused for every job.
"""

from __future__ import annotations

import logging
import time

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Queue, SimpleWorker
from rq.serializers import JSONSerializer

from liqaa.settings import Settings, get_settings
from liqaa.store import Store
from liqaa.version import pipeline_version
from workers.nlp import settings_pipeline

log = logging.getLogger("liqaa.worker")


class LiqaaWorker(SimpleWorker):
    def handle_job_failure(self, job, queue, **kwargs):  # type: ignore[no-untyped-def]
        super().handle_job_failure(job, queue, **kwargs)
        if job.get_status(refresh=True) == "failed":
            settings = get_settings()
            store = Store(self.connection, settings.result_ttl_s, pipeline_version(settings))
            store.count("failed")
            store.release_job(job.args[0]["article_id"], job.id)


def run(settings: Settings | None = None, burst: bool = False, name: str | None = None) -> None:
    settings = settings or get_settings()
    if not settings.redis_url:
        raise SystemExit("REDIS_URL is not set: start the service with `liqaa up`, or point REDIS_URL at Redis")
    t0 = time.perf_counter()
    settings_pipeline(settings)
    log.warning("pipeline loaded in %.1f s", time.perf_counter() - t0)
    redis = Redis.from_url(settings.redis_url)
    queue = Queue(settings.queue_name, connection=redis, serializer=JSONSerializer)
    wait = 1.0
    while True:  # RQ's work loop quits on a Redis error in mid-job; start it again, models still loaded
        try:
            worker = LiqaaWorker([queue], connection=redis, serializer=JSONSerializer, name=name,
                                 maintenance_interval=settings.maintenance_interval_s, worker_ttl=settings.worker_ttl_s)
            worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
            if burst or worker._stop_requested:
                return
            wait = 1.0
        except (RedisConnectionError, RedisTimeoutError) as exc:
            log.warning("Redis unreachable (%s); trying again in %.0f s", exc, wait)
        time.sleep(wait)
        wait = min(wait * 2, 30.0)


if __name__ == "__main__":
    run()
