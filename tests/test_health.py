from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import WorkerProcess, poll


def test_readyz_needs_a_worker(client: TestClient, redis_url: str) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 503
    w = WorkerProcess(redis_url)
    try:
        w.wait_registered()
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["workers"] == 1
    finally:
        w.stop()


def test_metrics_count_jobs(client: TestClient, worker: WorkerProcess) -> None:
    job = client.post("/v1/articles", json={"text": "التقى الرئيس الفرنسي نظيره الألماني في برلين اليوم."}).json()
    poll(client, job["status_url"])
    text = client.get("/metrics").text
    assert "liqaa_jobs_submitted_total 1.0" in text
    assert "liqaa_jobs_finished_total 1.0" in text
    assert "liqaa_queue_depth 0.0" in text
    assert 'liqaa_extraction_seconds_count 1.0' in text


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/articles", "/v1/articles/batch", "/v1/jobs/{job_id}", "/v1/articles/{article_id}"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
