"""Submit → queue → real worker → cache → poll, through the real app and a real Redis."""

from __future__ import annotations

from fastapi.testclient import TestClient
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from schemas import ExtractionResult
from tests.conftest import WorkerProcess, poll, sample

ARTICLE = {
    "text": "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان أمس نظيره الإسباني خوسيه مانويل ألباريس، "
            "وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي بين البلدين.",
    "published_at": "2024-03-05",
}


def test_seed_article_is_extracted_end_to_end(client: TestClient, worker: WorkerProcess) -> None:
    article = sample()
    resp = client.post("/v1/articles", json=article)
    assert resp.status_code == 202
    body = resp.json()
    assert resp.headers["location"] == body["status_url"]
    assert body["status"] in ("queued", "started")
    view = poll(client, body["status_url"])
    assert view["status"] == "finished", view.get("error")
    result = ExtractionResult.model_validate(view["result"])
    assert result.article_id == body["article_id"]
    assert result.meetings, "the sample reports a meeting"
    meeting = result.meetings[0]
    assert len(meeting.participants) >= 2
    text = article["text"]
    spans = [meeting.trigger] + [p.name_evidence for p in meeting.participants]
    spans += [t.evidence for t in meeting.topics] + [o.evidence for o in meeting.outcomes]
    for span in spans:
        assert text[span.start:span.end] == span.text
    assert view["enqueued_at"] and view["ended_at"]
    cached = client.get(f"/v1/articles/{body['article_id']}")
    assert cached.status_code == 200 and cached.json()["meetings"] == view["result"]["meetings"]


def test_resubmission_is_answered_from_the_cache(client: TestClient, worker: WorkerProcess, redis_url: str) -> None:
    first = client.post("/v1/articles", json=ARTICLE).json()
    done = poll(client, first["status_url"])
    assert done["status"] == "finished"
    queue = Queue("liqaa", connection=Redis.from_url(redis_url), serializer=JSONSerializer)
    jobs_before = queue.job_ids + queue.finished_job_registry.get_job_ids()
    # the same article, with other white space and Unicode composition, is the same article
    again = client.post("/v1/articles", json={**ARTICLE, "text": "  " + ARTICLE["text"].replace(" ", "  ") + "\n"})
    assert again.status_code == 200
    assert again.json()["status"] == "finished"
    assert again.json()["job_id"] == first["job_id"]
    assert again.json()["result"]["meetings"] == done["result"]["meetings"]
    assert queue.job_ids + queue.finished_job_registry.get_job_ids() == jobs_before  # no second extraction


def test_same_article_while_queued_gets_the_same_job(client: TestClient) -> None:
    a = client.post("/v1/articles", json=ARTICLE)
    b = client.post("/v1/articles", json=ARTICLE)
    assert a.status_code == b.status_code == 202
    assert a.json()["job_id"] == b.json()["job_id"]
    other = client.post("/v1/articles", json={**ARTICLE, "published_at": "2024-03-06"})
    assert other.json()["job_id"] != a.json()["job_id"]


def test_force_recomputes(client: TestClient, worker: WorkerProcess) -> None:
    first = client.post("/v1/articles", json=ARTICLE).json()
    assert poll(client, first["status_url"])["status"] == "finished"
    forced = client.post("/v1/articles?force=true", json=ARTICLE)
    assert forced.status_code == 202
    assert forced.json()["job_id"] != first["job_id"]
    assert poll(client, forced.json()["status_url"])["status"] == "finished"


def test_batch_submits_one_job_per_article(client: TestClient, worker: WorkerProcess) -> None:
    articles = [ARTICLE, {**ARTICLE, "published_at": "2024-03-07"}, {"text": "انعقد اجتماع مجلس الإدارة أمس."}]
    resp = client.post("/v1/articles/batch", json={"articles": articles})
    assert resp.status_code == 202
    jobs = resp.json()["jobs"]
    assert len({j["job_id"] for j in jobs}) == 3
    views = [poll(client, j["status_url"]) for j in jobs]
    assert all(v["status"] == "finished" for v in views)
    assert views[2]["result"]["meetings"] == []  # a board meeting alone is no meeting


def test_failed_job_says_why(client: TestClient, redis_url: str, worker: WorkerProcess) -> None:
    queue = Queue("liqaa", connection=Redis.from_url(redis_url), serializer=JSONSerializer)
    job = queue.enqueue("workers.jobs.extract_article", {"article_id": "broken"}, meta={"article_id": "broken"})
    view = poll(client, f"/v1/jobs/{job.id}")
    assert view["status"] == "failed"
    assert view["error"]["code"] == "extraction_failed"
    assert "text" in view["error"]["message"]
