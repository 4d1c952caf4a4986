"""Tokenize raw text with the freshly trained tokenizer, so that every later model
(word vectors, NER) learns on the very tokens the pipeline produces at run time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import stanza


def tokenizer(model_path: Path, sentence_split: bool = True) -> stanza.Pipeline:
    resources = model_path.parent / "resources.json"
    if not resources.exists():
        resources.write_text("{}")
    return stanza.Pipeline(
        lang="ar",
        dir=str(model_path.parent),
        allow_unknown_language=True,
        processors="tokenize",
        tokenize_model_path=str(model_path),
        tokenize_no_ssplit=not sentence_split,
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
    )


def token_spans(nlp: stanza.Pipeline, texts: list[str]) -> Iterator[list[tuple[str, int, int]]]:
    """(text, start, end) of each token, one list per input text (sentences merged)."""
    docs = nlp.bulk_process([stanza.Document([], text=t) for t in texts])
    for doc in docs:
        yield [(tok.text, tok.start_char, tok.end_char) for sent in doc.sentences for tok in sent.tokens]


def batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
