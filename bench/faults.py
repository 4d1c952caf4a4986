"""Load and faults, asserted (python bench/faults.py): nothing lost, nothing run twice, recovery by itself.

1. 1,000 submissions (500 articles, each sent twice) from 50 concurrent clients: every job
   finishes exactly once, the repeats get the same job or the cached result.
2. The same load with a worker SIGKILLed in the middle: every job still finishes.
3. The same load with Redis restarted in the middle (append-only file on): queued jobs
   survive; the API answers 503 while Redis is down and recovers without a restart.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Stack
from liqaa.store import Store

CLIENTS = 50
FAST_RECOVERY = {"LIQAA_JOB_TIMEOUT_S": "20", "LIQAA_JOB_RETRIES": "2", "LIQAA_MAINTENANCE_INTERVAL_S": "2",
                 "LIQAA_WORKER_TTL_S": "20"}


def articles(n: int, tag: str) -> list[dict]:
    return [{"text": f"التقى وزير الخارجية المصري نظيره الأردني في القاهرة اليوم وبحثا العلاقات الثنائية. {tag} {i}",
             "published_at": "2024-03-12"} for i in range(n)]


def submit_all(stack: Stack, bodies: list[dict], during=None) -> tuple[list[dict], int]:  # type: ignore[no-untyped-def]
    """Send bodies from CLIENTS threads (retrying 503s); run `during` once a third are in."""
    answers: list[dict] = [{}] * len(bodies)
    unavailable = 0
    lock = threading.Lock()

    def send(i: int) -> None:
        nonlocal unavailable
        with httpx.Client(base_url=stack.base, timeout=30) as client:
            while True:
                resp = client.post("/v1/articles", json=bodies[i])
                if resp.status_code in (200, 202):
                    answers[i] = resp.json()
                    return
                assert resp.status_code == 503, resp.text
                with lock:
                    unavailable += 1
                time.sleep(0.5)

    with ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(send, i) for i in range(len(bodies))]
        if during:
            while sum(f.done() for f in futures) < len(bodies) // 3:
                time.sleep(0.05)
            during()
        for f in futures:
            f.result()
    return answers, unavailable


def wait_finished(stack: Stack, job_ids: set[str], timeout: float = 600) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    status: dict[str, str] = {}
    with httpx.Client(base_url=stack.base, timeout=30) as client:
        while time.monotonic() < deadline:
            for job_id in job_ids - {j for j, s in status.items() if s in ("finished", "failed")}:
                resp = client.get(f"/v1/jobs/{job_id}")
                if resp.status_code == 200:
                    status[job_id] = resp.json()["status"]
            if all(status.get(j) in ("finished", "failed") for j in job_ids):
                break
            time.sleep(1)
    return status


def scenario(name: str, workers: int, during=None, n: int = 500) -> dict:  # type: ignore[no-untyped-def]
    bodies = articles(n, name)
    with Stack(workers, env=FAST_RECOVERY) as stack:
        t0 = time.perf_counter()
        answers, unavailable = submit_all(stack, bodies + bodies, during=lambda: during(stack) if during else None)
        jobs = {a["job_id"] for a in answers}
        status = wait_finished(stack, jobs)
        from redis import Redis

        counts = Store(Redis.from_url(stack.redis.url), 1, "").counts("submitted", "finished", "failed")
        report = {
            "scenario": name, "submissions": len(answers), "distinct_jobs": len(jobs),
            "finished": sum(s == "finished" for s in status.values()),
            "not_finished": sorted(j for j in jobs if status.get(j) != "finished")[:5],
            "extractions_run": counts["finished"], "jobs_enqueued": counts["submitted"],
            "answered_503": unavailable, "seconds": round(time.perf_counter() - t0, 1),
        }
    assert report["distinct_jobs"] == n, report
    assert report["finished"] == n, report
    assert report["extractions_run"] == n, report  # exactly once each: no loss, no double run
    return report


def kill_a_worker(stack: Stack) -> None:
    victim = next(p for p in stack.procs[1:] if p.poll() is None)  # procs[0] is the API
    os.killpg(victim.pid, signal.SIGKILL)  # the worker and its scheduler child, as when its container dies
    stack.start_workers(1)


def restart_redis(stack: Stack) -> None:
    stack.redis.stop()  # SIGTERM: Redis writes its append-only file and exits
    down = httpx.post(f"{stack.base}/v1/articles", json=articles(1, "down")[0], timeout=30)
    assert down.status_code == 503 and "Redis" in down.json()["error"]["message"], down.text
    time.sleep(2)
    stack.redis.start()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500  # distinct articles; each is submitted twice
    reports = [scenario("load", 2, n=n), scenario("worker-killed", 2, kill_a_worker, n=n),
               scenario("redis-restarted", 2, restart_redis, n=n)]
    print(json.dumps(reports, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
