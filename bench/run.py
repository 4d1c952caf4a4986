"""Run the four benchmarks and print their figures (python bench/run.py [--json] [--articles N]).

1. stage costs per article (Stanza processors, extraction) and worker memory
2. model loading, first and second job in one worker
3. end-to-end throughput through the HTTP API with 1 and 2 workers
4. API latency under 200 concurrent clients (submit, cached GET), in the same stack as 3
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import typer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import articles, latency, loading, stages, throughput
from bench.stack import Stack
from liqaa.settings import get_settings
from workers.nlp import settings_pipeline

app = typer.Typer(add_completion=False)


@app.command()
def main(as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
         n_articles: int = typer.Option(500, "--articles", help="articles for the throughput run"),
         n_stage: int = typer.Option(50, "--stage-articles", help="articles for the stage costs"),
         out: Path | None = typer.Option(None, help="also write the JSON here")) -> None:
    t0 = time.perf_counter()
    corpus = articles.load(max(n_articles, n_stage) + 1)
    settings = get_settings()
    report: dict = {"source": "saudinewsnet" if articles.SNN.exists() else "samples"}
    report["stages"] = stages.run(settings_pipeline(settings),
                                  corpus[:n_stage])
    report["loading"] = loading.run(corpus)
    with Stack(1) as stack:
        report["throughput"] = throughput.run(stack, corpus[:n_articles])
        report["latency"] = latency.run(stack, corpus[n_articles:] or corpus)
    report["summary"] = {
        "extraction_over_stanza": report["stages"]["extraction_over_stanza"],
        "load_s": report["loading"]["load_s"],
        "second_job_s": report["loading"]["second_job"]["job_s"],
        "articles_per_s_1_worker": report["throughput"]["one_worker"]["articles_per_s"],
        "articles_per_s_2_workers": report["throughput"]["two_workers"]["articles_per_s"],
        "speedup_2_workers": report["throughput"]["speedup"],
        "submit_p50_ms": report["latency"]["submit"]["p50_ms"],
        "submit_p99_ms": report["latency"]["submit"]["p99_ms"],
        "cached_get_p50_ms": report["latency"]["cached_get"]["p50_ms"],
        "cached_get_p99_ms": report["latency"]["cached_get"]["p99_ms"],
        "errors": report["latency"]["errors"] + report["throughput"]["one_worker"]["failed"]
        + report["throughput"]["two_workers"]["failed"],
        "total_s": round(time.perf_counter() - t0, 1),
    }
    flat = {**report["summary"], "details": report}
    text = json.dumps(flat, ensure_ascii=False, indent=None if as_json else 1)
    if out:
        out.write_text(text)
    print(text)


if __name__ == "__main__":
    app()
