"""Tokenize raw text with the freshly trained tokenizer and the run-time repairs, so that every
later model (word vectors, NER) learns on the very tokens the pipeline produces at run time."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import stanza

from workers.segmentation import count_words, load_frequencies, tokenize


def tokenizer(model_path: Path, sentence_split: bool = True) -> stanza.Pipeline:
    resources = model_path.parent / "resources.json"
    if not resources.exists():
        resources.write_text("{}")
    return stanza.Pipeline(lang="ar", dir=str(model_path.parent), allow_unknown_language=True, processors="tokenize",
                           tokenize_model_path=str(model_path), tokenize_no_ssplit=not sentence_split,
                           download_method=None, use_gpu=False, logging_level="WARN")


def token_spans(nlp: stanza.Pipeline, texts: list[str], freq_file: Path) -> Iterator[list[tuple[str, int, int]]]:
    """(text, start, end) of each repaired token, one list per input text (sentences merged)."""
    for sentences in tokenize(nlp, texts, load_frequencies(freq_file)):
        yield [tok for sent in sentences for tok in sent]


PARAGRAPH = re.compile(r"\n+")


def article_paragraphs(corpus: Path, n_articles: int, skip: int = 0) -> Iterator[str]:
    """The non-empty paragraphs of SaudiNewsNet articles [skip, skip + n_articles) (n_articles 0: all)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in islice(f, skip, skip + n_articles if n_articles else None):
            for para in PARAGRAPH.split(json.loads(line).get("content") or ""):
                if para.strip():
                    yield para.strip()


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_frequencies(corpus: Path, out: Path) -> int:
    """The word frequency list the tokenizer repairs consult (SaudiNewsNet, white-space words)."""
    def texts() -> Iterator[str]:
        with gzip.open(corpus, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line).get("content") or ""

    words = count_words(texts())
    out.write_text("".join(f"{w}\t{c}\n" for w, c in words), encoding="utf-8")
    return len(words)
