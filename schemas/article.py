import datetime as dt
import re

from pydantic import AnyHttpUrl, BaseModel, Field, field_validator

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
MAX_BATCH = 100


class ArticleSubmission(BaseModel):
    text: str = Field(description="the article body, Arabic; the title is not part of it",
                      json_schema_extra={"pattern": "[\u0621-\u064a]"})
    title: str | None = None
    published_at: dt.date | dt.datetime | None = Field(
        None, description="publication date or datetime; relative dates (أمس، غدا) resolve against it")
    source_url: AnyHttpUrl | None = None

    @field_validator("text")
    @classmethod
    def _arabic_text(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty")
        if not ARABIC_LETTER.search(text):
            raise ValueError("text has no Arabic letters")
        return text

    @field_validator("published_at", mode="before")
    @classmethod
    def _iso_string(cls, value: object) -> object:
        if value is not None and not isinstance(value, str | dt.date):
            raise ValueError("published_at must be an ISO date or datetime string, e.g. 2024-03-12")
        return value

    def published_date(self) -> dt.date | None:
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at


class BatchSubmission(BaseModel):
    articles: list[ArticleSubmission] = Field(min_length=1, max_length=MAX_BATCH)
