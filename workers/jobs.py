"""The RQ job. Arguments and result are plain JSON (the queue uses RQ's JSONSerializer)."""

from __future__ import annotations

import datetime as dt

from redis import Redis

from liqaa.settings import get_settings
from liqaa.store import Store
from liqaa.version import pipeline_version
from workers.nlp import get_pipeline
from workers.pipeline import process

JOB_FUNCTION = "workers.jobs.extract_article"


def extract_article(payload: dict) -> dict:
    settings = get_settings()
    nlp = get_pipeline(settings.models_dir, settings.stanza_dir, settings.torch_threads)
    published = dt.date.fromisoformat(payload["published_at"]) if payload.get("published_at") else None
    version = pipeline_version(settings)
    result = process(nlp, payload["article_id"], payload["text"], published, version).model_dump(mode="json")
    store = Store(Redis.from_url(settings.redis_url), settings.result_ttl_s, version)
    store.save_result(payload["article_id"], result)
    store.count("finished")
    store.observe_seconds(result["processing_ms"] / 1000)
    return result
