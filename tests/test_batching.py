"""Queued articles are analysed together, each job still finishes once with its own result."""

from __future__ import annotations

from fastapi.testclient import TestClient
from redis import Redis

from liqaa.store import Store
from tests.conftest import WorkerProcess, poll

TEXTS = [
    "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس.",
    "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في أنقرة أمس.",
    "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.",
    "عقد مجلس إدارة الشركة اجتماعه السنوي لمناقشة الميزانية.",
    "بحث وزير الدفاع السعودي الأمير خالد بن سلمان مع نظيره الأمريكي لويد أوستن التعاون العسكري.",
]


def test_queued_articles_are_analysed_in_one_pass(client: TestClient, redis_url: str) -> None:
    # submitted while no worker runs: all five wait in the queue
    jobs = client.post("/v1/articles/batch", json={"articles": [{"text": t} for t in TEXTS]}).json()["jobs"]
    worker = WorkerProcess(redis_url)
    try:
        views = [poll(client, j["status_url"]) for j in jobs]
    finally:
        worker.stop()
    assert [v["status"] for v in views] == ["finished"] * 5
    assert [v["result"]["article_id"] for v in views] == [j["article_id"] for j in jobs]
    countries = [{p["country"] for m in v["result"]["meetings"] for p in m["participants"]} for v in views]
    assert countries == [{"EG", "GR"}, {"TR", "IR"}, {"FR", "DE"}, set(), {"SA", "US"}]
    counts = Store(Redis.from_url(redis_url), 1, "").counts("finished", "analysis_passes")
    assert counts["finished"] == 5  # each article extracted once
    assert counts["analysis_passes"] < 5  # and several of them together


def test_one_at_a_time_when_batch_size_is_1(client: TestClient, redis_url: str) -> None:
    jobs = client.post("/v1/articles/batch", json={"articles": [{"text": t} for t in TEXTS[:3]]}).json()["jobs"]
    worker = WorkerProcess(redis_url, env={"LIQAA_BATCH_SIZE": "1"})
    try:
        views = [poll(client, j["status_url"]) for j in jobs]
    finally:
        worker.stop()
    assert all(v["status"] == "finished" for v in views)
    counts = Store(Redis.from_url(redis_url), 1, "").counts("finished", "analysis_passes")
    assert counts == {"finished": 3, "analysis_passes": 3}


def test_a_broken_job_in_a_batch_fails_alone(client: TestClient, redis_url: str) -> None:
    from rq import Queue
    from rq.serializers import JSONSerializer

    from liqaa.articles import JOB_FUNCTION

    queue = Queue("liqaa", connection=Redis.from_url(redis_url), serializer=JSONSerializer)
    broken = queue.enqueue(JOB_FUNCTION, {"article_id": "broken"}, meta={"article_id": "broken"})
    jobs = client.post("/v1/articles/batch", json={"articles": [{"text": t} for t in TEXTS[:2]]}).json()["jobs"]
    worker = WorkerProcess(redis_url, env={"LIQAA_JOB_RETRIES": "0"})
    try:
        # well inside the 120 s a claim lasts: the good jobs were not left waiting on the failed batch
        views = [poll(client, j["status_url"], timeout=90) for j in jobs]
        failed = poll(client, f"/v1/jobs/{broken.id}", timeout=90)
    finally:
        worker.stop()
    assert [v["status"] for v in views] == ["finished", "finished"]
    assert failed["status"] == "failed" and "text" in failed["error"]["message"]
