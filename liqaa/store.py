"""Everything Liqaa keeps in Redis, and the one place its key names are written."""

from __future__ import annotations

import json

from redis import Redis

PREFIX = "liqaa"


def result_key(article_id: str, version: str) -> str:
    return f"{PREFIX}:result:{version}:{article_id}"


def job_of_key(article_id: str, version: str) -> str:
    return f"{PREFIX}:job-of:{version}:{article_id}"


def counter_key(name: str) -> str:
    return f"{PREFIX}:count:{name}"


HISTOGRAM_KEY = f"{PREFIX}:extraction-seconds"
HISTOGRAM_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)


class Store:
    """Results and job ids are kept per pipeline version (`liqaa.version`); counters are global."""

    def __init__(self, redis: Redis, ttl_s: int, version: str):
        self.redis = redis
        self.ttl_s = ttl_s
        self.version = version

    def cached_result(self, article_id: str) -> dict | None:
        raw = self.redis.get(result_key(article_id, self.version))
        return json.loads(raw) if raw else None

    def cached_raw(self, article_id: str) -> bytes | None:
        return self.redis.get(result_key(article_id, self.version))

    def save_result(self, article_id: str, result: dict) -> None:
        self.redis.set(result_key(article_id, self.version), json.dumps(result, ensure_ascii=False), ex=self.ttl_s)

    def job_for(self, article_id: str) -> str | None:
        raw = self.redis.get(job_of_key(article_id, self.version))
        return raw.decode() if raw else None

    def claim_job(self, article_id: str, job_id: str, force: bool = False) -> str:
        """Record job_id for the article unless one is recorded (and not forced); return the recorded id."""
        key = job_of_key(article_id, self.version)
        if force:
            self.redis.set(key, job_id, ex=self.ttl_s)
            return job_id
        if self.redis.set(key, job_id, ex=self.ttl_s, nx=True):
            return job_id
        existing = self.redis.get(key)
        return existing.decode() if existing else job_id

    def release_job(self, article_id: str, job_id: str) -> None:
        """Forget the article's job (when it failed), so that a resubmission runs again."""
        key = job_of_key(article_id, self.version)
        if self.redis.get(key) == job_id.encode():
            self.redis.delete(key)

    def count(self, name: str, by: int = 1) -> None:
        self.redis.incrby(counter_key(name), by)

    def observe_seconds(self, seconds: float) -> None:
        bucket = next((str(b) for b in HISTOGRAM_BUCKETS if seconds <= b), "+Inf")
        with self.redis.pipeline() as pipe:
            pipe.hincrby(HISTOGRAM_KEY, bucket, 1)
            pipe.hincrbyfloat(HISTOGRAM_KEY, "sum", seconds)
            pipe.execute()

    def histogram(self) -> tuple[dict[str, int], float]:
        raw = {k.decode(): v for k, v in self.redis.hgetall(HISTOGRAM_KEY).items()}
        total = float(raw.pop("sum", 0))
        return {k: int(v) for k, v in raw.items()}, total

    def counts(self, *names: str) -> dict[str, int]:
        values = self.redis.mget([counter_key(n) for n in names])
        return {n: int(v or 0) for n, v in zip(names, values)}
