"""Articles per second end to end through the HTTP API, with 1 and then 2 workers.

One stack: the articles go through one worker, then a second worker joins and the same
articles are resubmitted with ?force=true (recomputed, not answered from the cache), so both
runs do the same work.
"""

from __future__ import annotations

import time

import httpx

from bench.stack import Stack


def run_once(client: httpx.Client, articles: list[dict], force: bool) -> dict:
    t0 = time.perf_counter()
    jobs = []
    for i in range(0, len(articles), 100):
        resp = client.post("/v1/articles/batch", json={"articles": articles[i:i + 100]}, params={"force": force})
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
    return {"articles": len(articles), "distinct_jobs": len(set(jobs)), "seconds": round(elapsed, 1),
            "articles_per_s": round(len(articles) / elapsed, 2), "failed": failed}


def run(stack: Stack, articles: list[dict]) -> dict:
    with httpx.Client(base_url=stack.base, timeout=60) as client:
        one = run_once(client, articles, force=False)
        stack.add_workers(1)
        two = run_once(client, articles, force=True)
    return {"one_worker": one, "two_workers": two,
            "speedup": round(two["articles_per_s"] / one["articles_per_s"], 2)}
