"""Article in, ExtractionResult out: Stanza analysis, then the extraction stages."""

from __future__ import annotations

import datetime as dt
import time

from schemas import ExtractionResult
from workers.analysis import analyse
from workers.extraction import extract_meetings
from workers.nlp import NLP


def process(nlp: NLP, article_id: str, text: str, published_at: dt.date | None, version: str) -> ExtractionResult:
    t0 = time.perf_counter()
    analysis = analyse(nlp, text)
    meetings = extract_meetings(analysis, published_at)
    return ExtractionResult(article_id=article_id, pipeline_version=version, meetings=meetings,
                            processing_ms=round((time.perf_counter() - t0) * 1000, 1))
