"""Real parts only: a real Redis server started here, real worker processes, the real app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from redis import Redis
from rq import Worker

from liqaa.redis_server import RedisServer, free_port
from liqaa.settings import REPO_ROOT, Settings
from service.app import create_app

SAMPLES = REPO_ROOT / "samples"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(free_port(), tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    Redis.from_url(redis_server.url).flushall()
    return redis_server.url


def make_settings(redis_url: str, **overrides: object) -> Settings:
    return Settings(redis_url=redis_url, **overrides)


@pytest.fixture
def settings(redis_url: str) -> Settings:
    return make_settings(redis_url)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


class WorkerProcess:
    """`python -m workers.worker` in its own process, as `liqaa up` starts it."""

    def __init__(self, redis_url: str, env: dict[str, str] | None = None):
        self.redis_url = redis_url
        full_env = {**os.environ, "REDIS_URL": redis_url, **(env or {})}
        # its own process group: a kill takes its scheduler child along, as when a container dies
        self.proc = subprocess.Popen([sys.executable, "-m", "workers.worker"], env=full_env, cwd=REPO_ROOT,
                                     start_new_session=True)

    def wait_registered(self, count: int = 1, timeout: float = 120) -> None:
        redis = Redis.from_url(self.redis_url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(Worker.all(connection=redis)) >= count:
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}")
            time.sleep(0.2)
        raise TimeoutError("worker did not register")

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        wait_group_gone(self.proc.pid)


def wait_group_gone(pgid: int, timeout: float = 15) -> None:
    """Until every process of the group has exited. RQ's scheduler child shares the worker's Redis
    socket; while it lingers, a dequeue the worker had pending can still take the next test's job."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.fixture
def worker(redis_url: str) -> Iterator[WorkerProcess]:
    w = WorkerProcess(redis_url)
    w.wait_registered()
    yield w
    w.stop()


def poll(client: TestClient, url: str, until: tuple[str, ...] = ("finished", "failed"), timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        view = client.get(url).json()
        if view["status"] in until:
            return view
        time.sleep(0.2)
    raise TimeoutError(f"{url} still {view['status']} after {timeout} s")


def sample(name: str = "seed-egypt-turkey") -> dict:
    import json

    doc = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return {"text": doc["text"], "title": doc.get("title") or None, "published_at": doc.get("published_at")}


def models_dir() -> Path:
    return Path(os.environ.get("LIQAA_MODELS_DIR", REPO_ROOT / "models"))
