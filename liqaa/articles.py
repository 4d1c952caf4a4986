"""Normalisation and identity of a submitted article."""

import hashlib
import json
import re
import unicodedata

from schemas import ArticleSubmission

SPACE = re.compile(r"\s+")


def normalise(text: str | None) -> str:
    return SPACE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def article_id(article: ArticleSubmission) -> str:
    """Same text, title and published_at after normalising whitespace and Unicode → same id."""
    published = article.published_at.isoformat() if article.published_at else ""
    key = json.dumps([normalise(article.text), normalise(article.title), published], ensure_ascii=False)
    return hashlib.sha256(key.encode()).hexdigest()[:24]


JOB_FUNCTION = "workers.jobs.extract_article"  # what the queue calls, by name: the API never imports it


def job_payload(article: ArticleSubmission, article_id: str) -> dict:
    """What the queue carries: plain JSON, never pickle."""
    date = article.published_date()
    return {"article_id": article_id, "text": article.text, "title": article.title,
            "published_at": date.isoformat() if date else None}
