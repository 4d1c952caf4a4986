"""The API's one contract: every request and response shape, as pydantic models."""

from schemas.article import ArticleSubmission, BatchSubmission
from schemas.job import BatchAccepted, ErrorInfo, ErrorResponse, JobAccepted, JobState, JobView
from schemas.meeting import (
    DateSource,
    Kind,
    Location,
    Meeting,
    MeetingDate,
    Mode,
    Outcome,
    OutcomeType,
    Participant,
    Role,
    Status,
    Topic,
    TopicKey,
)
from schemas.result import ExtractionResult
from schemas.span import Span

__all__ = [
    "ArticleSubmission", "BatchAccepted", "BatchSubmission", "DateSource", "ErrorInfo", "ErrorResponse", "ExtractionResult",
    "JobAccepted", "JobState", "JobView", "Kind", "Location", "Meeting", "MeetingDate", "Mode", "Outcome",
    "OutcomeType", "Participant", "Role", "Span", "Status", "Topic", "TopicKey",
]
