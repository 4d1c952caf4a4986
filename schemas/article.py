import datetime as dt
import re

from pydantic import AnyHttpUrl, BaseModel, Field, field_validator

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
MAX_BATCH = 100


class ArticleSubmission(BaseModel):
    text: str = Field(description="the article body, Arabic; the title is not part of it")
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

    def published_date(self) -> dt.date | None:
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at


class BatchSubmission(BaseModel):
    articles: list[ArticleSubmission] = Field(min_length=1, max_length=MAX_BATCH)
