"""Per-article cost of each Stanza processor and of the extraction layer, and the worker's memory."""

from __future__ import annotations

import datetime as dt
import resource
import time

import stanza

from workers.analysis import Analysis, analyse, analyse_many, finish, from_stanza
from workers.extraction import extract_meetings
from workers.nlp import NLP
from workers.segmentation import tokenize

PROCESSORS = ("pos", "lemma", "depparse", "ner")


def run(nlp: NLP, articles: list[dict]) -> dict:
    texts = [a["text"] for a in articles]
    cost = dict.fromkeys(("tokenize", *PROCESSORS, "extraction"), 0.0)
    for text in texts:
        t = time.perf_counter()
        sents = tokenize(nlp.tokenizer, [text], nlp.frequencies or {})[0]
        cost["tokenize"] += time.perf_counter() - t
        docs = [stanza.Document([], text=[[tok for tok, _, _ in s] for s in sents])]
        docs = nlp.tagger.processors["tokenize"].bulk_process(docs)  # pre-split: only builds the sentences
        for name in PROCESSORS:  # each processor on its own, as the pipeline runs them
            t = time.perf_counter()
            docs = nlp.tagger.processors[name].bulk_process(docs)
            if name == "lemma":
                nlp.finish_lemmas(docs)  # respelling and the voters' vote
            cost[name] += time.perf_counter() - t
        doc = docs[0]
        assert doc.num_words and all(w.upos for w in doc.iter_words()), "the processors did not run"
        analysis: Analysis = from_stanza(doc, text, [[(a, b) for _, a, b in s] for s in sents])
        finish(nlp, analysis)
        t = time.perf_counter()
        extract_meetings(analysis, dt.date(2015, 7, 21))
        cost["extraction"] += time.perf_counter() - t
    n = len(texts)
    batching = batch_costs(nlp, texts)
    per_article_ms = {k: round(v / n * 1000, 2) for k, v in cost.items()}
    stanza_ms = sum(v for k, v in per_article_ms.items() if k != "extraction")
    return {
        "articles": n,
        "mean_chars": round(sum(map(len, texts)) / n),
        "per_article_ms": per_article_ms,
        "stanza_ms": round(stanza_ms, 2),
        "extraction_over_stanza": round(per_article_ms["extraction"] / stanza_ms, 4),
        "batching": batching,
        "worker_max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def batch_costs(nlp: NLP, texts: list[str], size: int = 8) -> dict:
    """Whole analysis per article, one article at a time and `size` articles in one Stanza pass."""
    texts = texts[: len(texts) // size * size]
    t = time.perf_counter()
    for text in texts:
        analyse(nlp, text)
    alone = (time.perf_counter() - t) / len(texts)
    t = time.perf_counter()
    for i in range(0, len(texts), size):
        analyse_many(nlp, texts[i:i + size])
    together = (time.perf_counter() - t) / len(texts)
    return {"articles": len(texts), "one_at_a_time_ms": round(alone * 1000, 1),
            f"batches_of_{size}_ms": round(together * 1000, 1), "batched_speedup": round(alone / together, 3)}
