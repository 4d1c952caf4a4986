from pydantic import BaseModel, Field

from schemas.meeting import Meeting


class ExtractionResult(BaseModel):
    article_id: str = Field(description="stable id of the normalised article (text, title, published_at)")
    pipeline_version: str = Field(description="code version + digest of the models and lexicons that made the result")
    meetings: list[Meeting]
    processing_ms: float = Field(ge=0, description="analysis and extraction time in the worker")
