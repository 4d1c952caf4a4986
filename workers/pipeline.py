"""Article in, ExtractionResult out: Stanza analysis, then the extraction stages."""

from __future__ import annotations

import datetime as dt
import time

from schemas import ExtractionResult
from workers.analysis import analyse_many
from workers.extraction import extract_meetings
from workers.nlp import NLP


def process(nlp: NLP, article_id: str, text: str, published_at: dt.date | None, version: str) -> ExtractionResult:
    return process_many(nlp, [(article_id, text, published_at)], version)[0]


def process_many(nlp: NLP, articles: list[tuple[str, str, dt.date | None]], version: str) -> list[ExtractionResult]:
    """(article_id, text, published_at) each; Stanza runs once over all of them (larger batches)."""
    t0 = time.perf_counter()
    analyses = analyse_many(nlp, [text for _, text, _ in articles])
    share = (time.perf_counter() - t0) / max(1, len(articles))
    out = []
    for (article_id, _, published_at), analysis in zip(articles, analyses):
        t = time.perf_counter()
        meetings = extract_meetings(analysis, published_at)
        out.append(ExtractionResult(article_id=article_id, pipeline_version=version, meetings=meetings,
                                    processing_ms=round((share + time.perf_counter() - t) * 1000, 1)))
    return out
