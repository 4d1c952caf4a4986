import datetime as dt
from enum import StrEnum

from pydantic import BaseModel

from schemas.result import ExtractionResult


class JobState(StrEnum):
    queued = "queued"
    started = "started"
    finished = "finished"
    failed = "failed"


class ErrorInfo(BaseModel):
    code: str
    message: str


class FieldError(BaseModel):
    field: str
    message: str


class ErrorDetail(ErrorInfo):
    fields: list[FieldError] | None = None


class ErrorResponse(BaseModel):
    """The body of every error the API answers."""

    error: ErrorDetail


class JobAccepted(BaseModel):
    job_id: str
    article_id: str
    status: JobState
    status_url: str


class BatchAccepted(BaseModel):
    jobs: list[JobAccepted]


class JobView(BaseModel):
    job_id: str
    article_id: str
    status: JobState
    enqueued_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    result: ExtractionResult | None = None
    error: ErrorInfo | None = None
