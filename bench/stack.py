"""The whole service on loopback for a benchmark: a real Redis, the API under uvicorn, N workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from redis import Redis
from rq import Worker

from liqaa.redis_server import RedisServer, free_port
from liqaa.settings import REPO_ROOT


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group (a worker's scheduler child too), SIGKILL after 30 s."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    except PermissionError:
        proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


class Stack:
    def __init__(self, workers: int, env: dict[str, str] | None = None):
        self.n_workers = workers
        self.extra_env = env or {}
        self.redis = RedisServer(free_port(), Path(tempfile.mkdtemp(prefix="liqaa-bench-")))
        self.port = free_port()
        self.procs: list[subprocess.Popen] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Stack:
        self.redis.start()
        self.env = env = {**os.environ, "REDIS_URL": self.redis.url, "LIQAA_JOB_RETRIES": "0", **self.extra_env}
        self.procs.append(subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "service.main:app", "--port", str(self.port), "--log-level", "warning"],
            env=env, cwd=REPO_ROOT, start_new_session=True))
        self.add_workers(self.n_workers)
        return self

    def add_workers(self, n: int) -> None:
        """Start n more workers and wait until the API reports them ready."""
        self.start_workers(n)
        self.n_workers = want = len([p for p in self.procs if p.poll() is None]) - 1  # all but the API
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/readyz", timeout=2).json().get("workers", 0) >= want:
                    return
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.3)
        raise RuntimeError("the stack did not get ready")

    def start_workers(self, n: int, env: dict | None = None) -> list[subprocess.Popen]:
        new = [subprocess.Popen([sys.executable, "-m", "workers.worker"], env=env or self.env, cwd=REPO_ROOT,
                                start_new_session=True) for _ in range(n)]
        self.procs += new
        return new

    def worker_count(self) -> int:
        return len(Worker.all(connection=Redis.from_url(self.redis.url)))

    def __exit__(self, *exc: object) -> None:
        for p in self.procs:
            stop(p)
        self.redis.stop()
