"""Reading an RQ job back as the API's JobView."""

from __future__ import annotations

from rq.job import Job

from liqaa.store import Store
from schemas import ErrorInfo, ExtractionResult, JobState, JobView

STATES = {"queued": JobState.queued, "deferred": JobState.queued, "scheduled": JobState.queued,
          "started": JobState.started, "finished": JobState.finished}


def error_of(job: Job) -> ErrorInfo:
    latest = job.latest_result()
    trace = (latest.exc_string if latest else None) or "the job failed without a message"
    last = trace.strip().splitlines()[-1]
    if "JobTimeoutException" in trace:
        return ErrorInfo(code="timeout", message=f"extraction took longer than the job timeout: {last}")
    if "AbandonedJobError" in trace or "Moved to FailedJobRegistry" in trace:
        return ErrorInfo(code="worker_lost", message="the worker running this job died and no retries were left")
    return ErrorInfo(code="extraction_failed", message=last)


def view_of(job: Job, store: Store) -> JobView:
    aid = job.meta.get("article_id", "")
    state = STATES.get(job.get_status(refresh=False) or "", JobState.failed)
    view = JobView(job_id=job.id, article_id=aid, status=state, enqueued_at=job.enqueued_at,
                   started_at=job.started_at, ended_at=job.ended_at)
    if state == JobState.finished:
        raw = store.cached_result(aid) or job.return_value()
        view.result = ExtractionResult.model_validate(raw) if raw else None
    elif state == JobState.failed:
        view.error = error_of(job)
    return view
