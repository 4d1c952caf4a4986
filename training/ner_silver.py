"""Silver NER training data: SaudiNewsNet sentences tagged by a vote of teacher NER models.

ANERcorp gives NER 4,000 sentences. The teachers (the NER learned on all of train+dev and
fold models each learned on all of it but one contiguous part) tag sentences of SaudiNewsNet
articles the word vectors did not learn from; an entity enough teachers give is kept
(`vote`). The NER that ships learns on the gold sentences, repeated, and these silver ones:
measured on ANERcorp test it gains about a point over gold alone, in precision.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import stanza
from stanza.models.ner.utils import decode_from_bioes

from training.segment import article_paragraphs, batched, tokenizer
from workers.nlp import float32_vectors, without_optimisers
from workers.segmentation import load_frequencies, tokenize

TEACHER = "ner_teacher.pt"  # the NER learned on all of train+dev, when it teaches


def fold_model(k: int) -> str:
    return f"ner_fold{k}.pt"


def folds(gold: list, n: int) -> list[tuple[list, list]]:
    """(learn on, score steps on) for n fold teachers. Each learns on all but one contiguous nth
    (the last takes the rest): neighbouring ANERcorp sentences share a document, so interleaved
    folds would let a teacher learn the very documents another scores. Each scores its steps on
    200 sentences it learns on (the corpus's first, or for the first fold its last), so that like
    the main NER on train+dev it keeps in effect its last step."""
    return [([s for j in range(n) if j != k for s in held_out(gold, n, j)], gold[:200] if k else gold[-200:])
            for k in range(n)]


def held_out(gold: list, n: int, k: int) -> list:
    """The contiguous nth of the gold sentences that fold teacher k does not learn on."""
    size = len(gold) // n
    return gold[k * size:(k + 1) * size if k < n - 1 else len(gold)]


def corpus_sentences(tokenizer_path: Path, corpus: Path, skip: int, n_articles: int, freq_file: Path) -> list[list[str]]:
    """The pipeline's tokens of articles [skip, skip + n_articles), one list per sentence of 3–80 tokens."""
    paragraphs = list(article_paragraphs(corpus, n_articles, skip))
    nlp, freq = tokenizer(tokenizer_path), load_frequencies(freq_file)
    return [[t for t, _, _ in sent] for chunk in batched(paragraphs, 256) for doc in tokenize(nlp, chunk, freq)
            for sent in doc if 3 <= len(sent) <= 80]


def tag(model: Path, pretrain: Path, sentences: list[list[str]]) -> list[list[str]]:
    """The BIOES tags one NER model gives each sentence."""
    with without_optimisers():
        nlp = stanza.Pipeline(lang="ar", dir=str(model.parent), allow_unknown_language=True, processors="tokenize,ner",
                              tokenize_pretokenized=True, download_method=None, ner_model_path=str(model),
                              ner_pretrain_path=str(pretrain), use_gpu=False, logging_level="WARN",
                              foundation_cache=float32_vectors(pretrain))
    docs = nlp.bulk_process([stanza.Document([], text=[s]) for s in sentences])
    return [[t.ner for t in d.sentences[0].tokens] for d in docs]


def vote(sentences: list[list[str]], tags: list[list[list[str]]], need: int) -> list[list[dict[str, str]]]:
    """BIO training sentences keeping each entity `need` or more teachers give, most votes first."""
    out = []
    for i, words in enumerate(sentences):
        labels = ["O"] * len(words)
        votes = Counter((e["start"], e["end"], e["type"]) for teacher in tags for e in decode_from_bioes(teacher[i]))
        for (first, last, label), n in sorted(votes.items(), key=lambda kv: -kv[1]):
            if n >= need and all(x == "O" for x in labels[first:last + 1]):
                labels[first:last + 1] = [f"B-{label}"] + [f"I-{label}"] * (last - first)
        out.append([{"text": w, "ner": t} for w, t in zip(words, labels)])
    return out
