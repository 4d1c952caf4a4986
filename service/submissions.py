"""Submitting an article: validate its size, reuse a cached result or a running job, else enqueue one."""

from __future__ import annotations

import uuid

from fastapi import Request
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job

from liqaa.articles import JOB_FUNCTION, article_id, job_payload
from liqaa.settings import Settings
from liqaa.store import Store
from schemas import ArticleSubmission, JobAccepted, JobState, JobView
from service.errors import ApiError
from service.jobs import view_of


def check_size(article: ArticleSubmission, limit: int, field: str = "text") -> None:
    if len(article.text) > limit:
        raise ApiError(413, "text_too_long", f"{field} is {len(article.text)} characters; the limit is {limit}")


def enqueue(queue: Queue, cfg: Settings, article: ArticleSubmission, aid: str, job_id: str) -> Job:
    retry = Retry(max=cfg.job_retries, interval=[5, 30]) if cfg.job_retries else None
    return queue.enqueue(JOB_FUNCTION, job_payload(article, aid), job_id=job_id, job_timeout=cfg.job_timeout_s,
                         retry=retry, result_ttl=cfg.result_ttl_s, failure_ttl=cfg.result_ttl_s,
                         meta={"article_id": aid}, description=f"article {aid}")


def submit(article: ArticleSubmission, queue: Queue, store: Store, cfg: Settings, force: bool) -> JobView:
    """The job view for this article: finished from the cache, or the queued/started job."""
    aid = article_id(article)
    if not force:
        cached = store.cached_result(aid)
        existing = store.job_for(aid)
        if cached is not None:
            return JobView(job_id=existing or aid, article_id=aid, status=JobState.finished, result=cached)
        if existing:
            try:
                job = Job.fetch(existing, connection=queue.connection, serializer=queue.serializer)
                if job.get_status() not in ("failed", "stopped", "canceled"):
                    return view_of(job, store)
            except NoSuchJobError:
                pass
            force = True
    job_id = uuid.uuid4().hex
    recorded = store.claim_job(aid, job_id, force=force)
    if recorded != job_id:  # a concurrent identical submission won the race: share its job
        return view_of(Job.fetch(recorded, connection=queue.connection, serializer=queue.serializer), store)
    job = enqueue(queue, cfg, article, aid, job_id)
    store.count("submitted")
    return view_of(job, store)


def accepted(view: JobView, request: Request) -> JobAccepted:
    return JobAccepted(job_id=view.job_id, article_id=view.article_id, status=view.status,
                       status_url=str(request.url_for("get_job", job_id=view.job_id)))
