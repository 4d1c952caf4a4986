"""A worker killed with SIGKILL in the middle of a job loses nothing: the job runs again and finishes."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from redis import Redis
from rq import Worker

from service.app import create_app
from tests.conftest import WorkerProcess, make_settings, poll, sample

FAST_RECOVERY = {"LIQAA_MAINTENANCE_INTERVAL_S": "2", "LIQAA_WORKER_TTL_S": "20"}


def test_sigkilled_worker_loses_no_job(redis_url: str) -> None:
    long_article = sample()
    long_article["text"] = "\n".join([long_article["text"]] * 4)  # a few seconds of work
    with TestClient(create_app(make_settings(redis_url, job_timeout_s=15))) as client:
        doomed = WorkerProcess(redis_url, env=FAST_RECOVERY)
        doomed.wait_registered()
        job = client.post("/v1/articles", json=long_article).json()
        assert poll(client, job["status_url"], until=("started",), timeout=60)["status"] == "started"
        doomed.kill()
        assert client.get(job["status_url"]).json()["status"] == "started"  # nobody finished it
        rescuer = WorkerProcess(redis_url, env=FAST_RECOVERY)
        try:
            t0 = time.monotonic()
            view = poll(client, job["status_url"], timeout=240)
            assert view["status"] == "finished", view.get("error")
            assert view["result"]["meetings"]
            print(f"recovered {time.monotonic() - t0:.0f} s after the kill")
        finally:
            rescuer.stop()
        names = {w.name for w in Worker.all(connection=Redis.from_url(redis_url))}
        assert len(names) <= 2
