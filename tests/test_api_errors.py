"""Bad input gets a clear error naming the field; nothing the client sends crashes the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from liqaa.redis_server import RedisServer, free_port
from service.app import create_app
from tests.conftest import make_settings

GOOD = "التقى وزير الخارجية المصري نظيره الأردني في القاهرة."


@pytest.mark.parametrize(("body", "field"), [
    ({"text": ""}, "text"),
    ({"text": "   \n\t "}, "text"),
    ({"text": "The minister met his counterpart."}, "text"),
    ({"title": "بلا نص"}, "text"),
    ({"text": GOOD, "published_at": "2024-13-45"}, "published_at"),
    ({"text": GOOD, "published_at": "yesterday"}, "published_at"),
    ({"text": GOOD, "source_url": "not a url"}, "source_url"),
    ({"text": 42}, "text"),
])
def test_invalid_fields_are_named(client: TestClient, body: dict, field: str) -> None:
    resp = client.post("/v1/articles", json=body)
    assert resp.status_code == 422
    error = resp.json()["error"]
    assert error["code"] == "invalid_request"
    assert field in error["message"]


def test_text_over_the_limit_is_413(redis_url: str) -> None:
    with TestClient(create_app(make_settings(redis_url, max_text_chars=50))) as c:
        resp = c.post("/v1/articles", json={"text": GOOD * 3})
        assert resp.status_code == 413
        assert "text" in resp.json()["error"]["message"] and "50" in resp.json()["error"]["message"]
        batch = c.post("/v1/articles/batch", json={"articles": [{"text": GOOD[:40]}, {"text": GOOD * 3}]})
        assert batch.status_code == 413 and "articles.1.text" in batch.json()["error"]["message"]


def test_body_that_is_not_json(client: TestClient) -> None:
    resp = client.post("/v1/articles", content=b"{text: ", headers={"content-type": "application/json"})
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "invalid_json"


def test_batch_limits(client: TestClient) -> None:
    assert client.post("/v1/articles/batch", json={"articles": []}).status_code == 422
    many = client.post("/v1/articles/batch", json={"articles": [{"text": GOOD}] * 101})
    assert many.status_code == 422 and "articles" in many.json()["error"]["message"]
    bad = client.post("/v1/articles/batch", json={"articles": [{"text": GOOD}, {"text": ""}]})
    assert bad.status_code == 422 and "articles.1.text" in bad.json()["error"]["message"]


def test_unknown_ids_are_404(client: TestClient) -> None:
    job = client.get("/v1/jobs/no-such-job")
    assert job.status_code == 404 and "no-such-job" in job.json()["error"]["message"]
    assert client.get("/v1/articles/0123456789abcdef01234567").status_code == 404


def test_api_keys(redis_url: str) -> None:
    with TestClient(create_app(make_settings(redis_url, api_keys="k1, k2"))) as c:
        assert c.post("/v1/articles", json={"text": GOOD}).status_code == 401
        assert c.post("/v1/articles", json={"text": GOOD}, headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.post("/v1/articles", json={"text": GOOD}, headers={"Authorization": "Bearer k2"}).status_code == 202
        assert c.get("/healthz").status_code == 200
        assert c.get("/metrics").status_code == 200


def test_redis_down_is_503_and_recovers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    server = RedisServer(port, tmp_path)
    with TestClient(create_app(make_settings(f"redis://127.0.0.1:{port}/0"))) as c:
        down = c.post("/v1/articles", json={"text": GOOD})
        assert down.status_code == 503
        assert "Redis" in down.json()["error"]["message"]
        assert c.get("/readyz").status_code == 503
        server.start()
        try:
            assert c.post("/v1/articles", json={"text": GOOD}).status_code == 202
        finally:
            server.stop()
