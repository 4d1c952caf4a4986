"""`liqaa`: start the service, run a worker, extract one article, submit articles, evaluate."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import typer
from tqdm import tqdm

from liqaa.settings import REPO_ROOT, get_settings
from liqaa.version import pipeline_version

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
SAMPLE = REPO_ROOT / "samples" / "seed-egypt-turkey.json"


def read_article(path: Path) -> dict:
    """A JSON file with `text` (and optional title, published_at), or a plain text file."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        doc = json.loads(raw)
        return {k: doc.get(k) for k in ("text", "title", "published_at", "source_url") if doc.get(k) is not None}
    return {"text": raw}


def summary(result: dict) -> str:
    lines = []
    for i, m in enumerate(result["meetings"], 1):
        who = " ⟷ ".join(f"{p['name']} ({p['country'] or '-'})" for p in m["participants"])
        date = (m.get("date") or {}).get("value") or "undated"
        lines.append(f"  meeting {i}: {who}; {m['mode']}, {m['status']}, {date}; "
                     f"{len(m['topics'])} topics, {len(m['outcomes'])} outcomes")
    return "\n".join(lines) or "  no meeting found"


def wait_ready(base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the service at {base} was not ready within {timeout:.0f} s")


def submit_and_wait(client: httpx.Client, article: dict, timeout: float = 300) -> dict:
    resp = client.post("/v1/articles", json=article)
    if resp.status_code == 200:
        return resp.json()
    resp.raise_for_status()
    url = resp.json()["status_url"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        view = client.get(url).json()
        if view["status"] in ("finished", "failed"):
            return view
        time.sleep(0.3)
    raise RuntimeError(f"job {url} did not finish within {timeout:.0f} s")


def spawn_workers(n: int, env: dict) -> list[subprocess.Popen]:
    # each in its own process group, so that stopping it stops RQ's scheduler child too
    return [subprocess.Popen([sys.executable, "-m", "workers.worker"], env=env, cwd=REPO_ROOT, start_new_session=True)
            for _ in range(n)]


def stop_workers(procs: list[subprocess.Popen], grace_s: float = 30) -> None:
    """SIGTERM to each worker's group (a running job finishes first), SIGKILL after grace_s."""
    for p in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)


@app.command()
def up(port: int = typer.Option(8000, help="HTTP port"), workers: int = typer.Option(1, help="worker processes"),
       host: str = typer.Option("127.0.0.1"), sample: Path | None = typer.Option(SAMPLE, help="article to process once ready"),
       once: bool = typer.Option(False, help="stop after the sample is processed")) -> None:
    """Start Redis (embedded unless REDIS_URL is set), the workers and the API; process a sample."""
    import uvicorn

    from liqaa.redis_server import RedisServer, free_port
    from service.app import create_app

    settings = get_settings()
    redis_server = None
    if not settings.redis_url:
        redis_port = 6379 if _port_free(6379) else free_port()
        redis_server = RedisServer(redis_port, REPO_ROOT / ".liqaa" / "redis").start()
        settings.redis_url = redis_server.url
        typer.echo(f"embedded Redis {redis_server.url} (append-only file in {redis_server.data_dir})")
    env = {**os.environ, "REDIS_URL": settings.redis_url}
    procs = spawn_workers(workers, env)
    typer.echo(f"{workers} worker(s) started; API on http://{host}:{port} (docs at /docs)")
    if not settings.keys:
        typer.echo("LIQAA_API_KEYS is not set: the API is open to anyone who can reach it")
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=host, port=port, log_level="warning"))

    def run_sample() -> None:
        base = f"http://{host}:{port}"
        try:
            wait_ready(base, timeout=180)
            if sample:
                headers = {"Authorization": f"Bearer {settings.keys[0]}"} if settings.keys else {}
                with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
                    view = submit_and_wait(client, read_article(sample))
                typer.echo(f"sample {sample.name}: job {view['job_id']} {view['status']}")
                if view.get("result"):
                    typer.echo(summary(view["result"]))
        except Exception as exc:
            typer.echo(f"sample failed: {exc}", err=True)
        if once:
            server.should_exit = True

    threading.Thread(target=run_sample, daemon=True).start()
    try:
        server.run()
    finally:
        stop_workers(procs)
        if redis_server:
            redis_server.stop()


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


@app.command()
def worker(burst: bool = typer.Option(False, help="exit when the queue is empty")) -> None:
    """Run one worker against REDIS_URL."""
    from workers.worker import run

    run(burst=burst)


@app.command()
def extract(file: Path = typer.Argument(..., exists=True, readable=True),
            published_at: str | None = typer.Option(None, help="YYYY-MM-DD, overrides the file's")) -> None:
    """Print the meetings of one article as JSON, without any server."""
    from liqaa.articles import article_id
    from schemas import ArticleSubmission
    from workers.nlp import settings_pipeline
    from workers.pipeline import process

    settings = get_settings()
    raw = read_article(file)
    if published_at:
        raw["published_at"] = published_at
    article = ArticleSubmission(**raw)
    nlp = settings_pipeline(settings)
    result = process(nlp, article_id(article), article.text, article.published_date(), pipeline_version(settings))
    typer.echo(result.model_dump_json(indent=1))


@app.command()
def submit(files: list[Path] = typer.Argument(..., exists=True), url: str = typer.Option("http://127.0.0.1:8000"),
           api_key: str | None = typer.Option(None, envvar="LIQAA_API_KEY"),
           out: Path | None = typer.Option(None, help="folder for one <name>.json result per file")) -> None:
    """Send articles to a running API, show progress, print each summary."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for path in tqdm(files, desc="articles", unit="article"):
            view = submit_and_wait(client, read_article(path))
            tqdm.write(f"{path.name}: {view['status']}")
            if view.get("result"):
                tqdm.write(summary(view["result"]))
                if out:
                    out.mkdir(parents=True, exist_ok=True)
                    (out / f"{path.stem}.json").write_text(json.dumps(view, ensure_ascii=False, indent=1))
            elif view.get("error"):
                tqdm.write(f"  error: {view['error']['message']}")


@app.command("eval")
def evaluate(gold_dir: Path = typer.Argument(..., exists=True), out_dir: Path = typer.Argument(...),
             scorer: Path = typer.Option(REPO_ROOT.parent / "shared" / "eval" / "score.py", exists=True)) -> None:
    """Run the real pipeline on every gold file, write predictions, print score.py's table."""
    from workers.nlp import settings_pipeline
    from workers.pipeline import process

    settings = get_settings()
    nlp = settings_pipeline(settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in tqdm(sorted(gold_dir.glob("*.json")), desc="articles", unit="article"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["published_at"][:10]) if gold.get("published_at") else None
        result = process(nlp, gold["id"], gold["text"], published, pipeline_version(settings))
        (out_dir / path.name).write_text(result.model_dump_json(indent=1), encoding="utf-8")
    subprocess.run([sys.executable, str(scorer), "score", str(gold_dir), str(out_dir)], check=True)


if __name__ == "__main__":
    app()
