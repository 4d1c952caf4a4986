"""The /v1 resources: articles and jobs."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi import Path as ApiPath
from fastapi.responses import JSONResponse
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job

from liqaa.settings import Settings
from liqaa.store import Store
from schemas import (
    ArticleSubmission,
    BatchAccepted,
    BatchSubmission,
    ErrorResponse,
    ExtractionResult,
    JobAccepted,
    JobState,
    JobView,
)
from service import deps
from service.errors import ApiError
from service.jobs import view_of
from service.submissions import accepted, check_size, submit

ID_PATTERN = r"^[A-Za-z0-9_-]+$"  # RQ's job id alphabet
router = APIRouter(prefix="/v1", dependencies=[Depends(deps.require_key)])
ERRORS: dict[int | str, dict] = {
    code: {"model": ErrorResponse, "description": what} for code, what in (
        (400, "the body is not JSON"), (401, "missing or wrong API key"), (422, "a field is invalid (named)"),
        (503, "Redis unreachable"))}


@router.post("/articles", status_code=202, response_model=None,
             responses={202: {"description": "queued or running; poll status_url", "model": JobAccepted},
                        200: {"description": "already extracted: the finished job with its result",
                              "model": JobView},
                        413: {"description": "text over the size limit", "model": ErrorResponse}, **ERRORS})
def submit_article(article: ArticleSubmission, request: Request, response: Response,
                   force: bool = Query(False, description="extract again even if a result is cached"),
                   queue: Queue = Depends(deps.queue), store: Store = Depends(deps.store),
                   cfg: Settings = Depends(deps.settings)) -> JSONResponse:
    check_size(article, cfg.max_text_chars)
    view = submit(article, queue, store, cfg, force)
    if view.status == JobState.finished:
        return JSONResponse(view.model_dump(mode="json"), status_code=200)
    body = accepted(view, request)
    return JSONResponse(body.model_dump(mode="json"), status_code=202, headers={"Location": body.status_url})


@router.post("/articles/batch", status_code=202, response_model=BatchAccepted,
             responses={413: {"description": "an article's text is over the size limit", "model": ErrorResponse},
                        **ERRORS})
def submit_batch(batch: BatchSubmission, request: Request, force: bool = Query(False),
                 queue: Queue = Depends(deps.queue), store: Store = Depends(deps.store),
                 cfg: Settings = Depends(deps.settings)) -> BatchAccepted:
    for i, article in enumerate(batch.articles):
        check_size(article, cfg.max_text_chars, field=f"articles.{i}.text")
    return BatchAccepted(jobs=[accepted(submit(a, queue, store, cfg, force), request) for a in batch.articles])


@router.get("/jobs/{job_id}", response_model=JobView,
            responses={404: {"description": "no such job", "model": ErrorResponse}, **ERRORS})
def get_job(job_id: str = ApiPath(pattern=ID_PATTERN, max_length=128), queue: Queue = Depends(deps.queue),
            store: Store = Depends(deps.store)) -> JobView:
    try:
        job = Job.fetch(job_id, connection=queue.connection, serializer=queue.serializer)
    except NoSuchJobError:
        raise ApiError(404, "job_not_found", f"no job with job_id {job_id!r} (unknown or expired)") from None
    return view_of(job, store)


@router.get("/articles/{article_id}", response_model=ExtractionResult,
            responses={404: {"description": "no cached result for this article", "model": ErrorResponse}, **ERRORS})
async def get_article(article_id: str = ApiPath(pattern=ID_PATTERN, max_length=128), store: Store = Depends(deps.store)) -> Response:
    raw = store.cached_raw(article_id)  # stored as the JSON of an ExtractionResult: sent as it is
    if raw is None:
        raise ApiError(404, "article_not_found", f"no cached result for article_id {article_id!r}")
    return Response(content=raw, media_type="application/json")
