"""Articles per second end to end through the HTTP API, with 1 and with 2 workers."""

from __future__ import annotations

import time

import httpx

from bench.stack import Stack


def run_once(articles: list[dict], workers: int) -> dict:
    with Stack(workers) as stack, httpx.Client(base_url=stack.base, timeout=60) as client:
        t0 = time.perf_counter()
        jobs = []
        for i in range(0, len(articles), 100):
            resp = client.post("/v1/articles/batch", json={"articles": articles[i:i + 100]})
            resp.raise_for_status()
            jobs += [j["job_id"] for j in resp.json()["jobs"]]
        pending, failed = set(jobs), 0
        while pending:
            time.sleep(0.5)
            for job_id in list(pending):
                status = client.get(f"/v1/jobs/{job_id}").json()["status"]
                if status in ("finished", "failed"):
                    pending.discard(job_id)
                    failed += status == "failed"
        elapsed = time.perf_counter() - t0
    return {"articles": len(articles), "seconds": round(elapsed, 1), "articles_per_s": round(len(articles) / elapsed, 2),
            "failed": failed}


def run(articles: list[dict]) -> dict:
    one = run_once(articles, 1)
    two = run_once(articles, 2)
    return {"one_worker": one, "two_workers": two,
            "speedup": round(two["articles_per_s"] / one["articles_per_s"], 2)}
