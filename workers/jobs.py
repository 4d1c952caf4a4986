"""The RQ job. Arguments and result are plain JSON (the queue uses RQ's JSONSerializer)."""

from __future__ import annotations

import datetime as dt

from redis import Redis
from rq import Queue, get_current_job
from rq.serializers import JSONSerializer

from liqaa.settings import get_settings
from liqaa.store import Store
from liqaa.version import pipeline_version
from workers import batching
from workers.nlp import settings_pipeline
from workers.pipeline import process_many


def extract_article(payload: dict) -> dict:
    settings = get_settings()
    nlp = settings_pipeline(settings)
    version = pipeline_version(settings)
    store = Store(Redis.from_url(settings.redis_url), settings.result_ttl_s, version)

    def compute(payloads: list[dict]) -> list[dict]:
        results = process_many(nlp, [(p["article_id"], p["text"], published(p)) for p in payloads], version)
        store.count("analysis_passes")
        out = []
        for result in results:
            data = result.model_dump(mode="json")
            store.save_result(result.article_id, data)
            store.count("finished")
            store.observe_seconds(result.processing_ms / 1000)
            out.append(data)
        return out

    job = get_current_job()
    queue = Queue(job.origin, connection=store.redis, serializer=JSONSerializer) if job else None
    return batching.run(queue, store, job, payload, compute, settings.batch_size)


def published(payload: dict) -> dt.date | None:
    return dt.date.fromisoformat(payload["published_at"]) if payload.get("published_at") else None
