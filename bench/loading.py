"""Model loading: time to load the pipeline, then the first and second job in one real worker."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redis import Redis
from rq import Queue, Worker
from rq.serializers import JSONSerializer

from bench.stack import stop
from liqaa.articles import JOB_FUNCTION, article_id, job_payload
from liqaa.redis_server import RedisServer, free_port
from liqaa.settings import REPO_ROOT
from schemas import ArticleSubmission


def run(articles: list[dict]) -> dict:
    server = RedisServer(free_port(), Path(tempfile.mkdtemp(prefix="liqaa-bench-"))).start()
    redis = Redis.from_url(server.url)
    queue = Queue("liqaa", connection=redis, serializer=JSONSerializer)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "workers.worker"], cwd=REPO_ROOT, start_new_session=True,
                            env={**os.environ, "REDIS_URL": server.url})
    try:
        while not Worker.all(connection=redis):  # the worker registers once its pipeline is loaded
            time.sleep(0.05)
        load_s = time.perf_counter() - t0
        jobs = []
        for body in articles[:2]:
            article = ArticleSubmission(**body)
            aid = article_id(article)
            job = queue.enqueue(JOB_FUNCTION, job_payload(article, aid), meta={"article_id": aid})
            while job.get_status(refresh=True) not in ("finished", "failed"):
                time.sleep(0.02)
            job.refresh()
            result = job.return_value()
            jobs.append({"job_s": round((job.ended_at - job.started_at).total_seconds(), 3),
                         "own_processing_s": round(result["processing_ms"] / 1000, 3)})
    finally:
        stop(proc)
        server.stop()
    first, second = jobs
    bar = load_s / 10 + second["own_processing_s"]
    return {"load_s": round(load_s, 2), "first_job": first, "second_job": second,
            "second_job_bar_s": round(bar, 3), "second_job_ok": second["job_s"] <= bar}
