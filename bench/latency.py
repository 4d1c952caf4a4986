"""API latency under 200 concurrent clients on loopback: submit, and GET of a cached result."""

from __future__ import annotations

import asyncio
import statistics
import time

import httpx

from bench.stack import Stack


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def _clients(base: str, n_clients: int, per_client: int, make_request) -> tuple[list[float], int]:  # type: ignore[no-untyped-def]
    limits = httpx.Limits(max_connections=n_clients, max_keepalive_connections=n_clients)
    timings, errors = [], 0
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def one(c: int) -> None:
            nonlocal errors
            for k in range(per_client):
                t = time.perf_counter()
                resp = await make_request(client, c * per_client + k)
                timings.append((time.perf_counter() - t) * 1000)
                errors += resp.status_code >= 400
        await asyncio.gather(*(one(c) for c in range(n_clients)))
    return timings, errors


def run(articles: list[dict], clients: int = 200, per_client: int = 5) -> dict:
    with Stack(1) as stack:
        # one finished article to read back from the cache
        first = httpx.post(f"{stack.base}/v1/articles", json=articles[0], timeout=30).json()
        while httpx.get(f"{stack.base}/v1/jobs/{first['job_id']}").json()["status"] != "finished":
            time.sleep(0.2)
        article_id = first["article_id"]

        async def submit(client: httpx.AsyncClient, i: int) -> httpx.Response:
            return await client.post("/v1/articles", json={"text": f"التقى الوزير نظيره رقم {i} في العاصمة."})

        async def cached(client: httpx.AsyncClient, i: int) -> httpx.Response:
            return await client.get(f"/v1/articles/{article_id}")

        submit_ms, submit_errors = asyncio.run(_clients(stack.base, clients, per_client, submit))
        get_ms, get_errors = asyncio.run(_clients(stack.base, clients, per_client * 4, cached))
    return {
        "clients": clients,
        "submit": {"requests": len(submit_ms), "p50_ms": round(percentile(submit_ms, 50), 2),
                   "p99_ms": round(percentile(submit_ms, 99), 2)},
        "cached_get": {"requests": len(get_ms), "p50_ms": round(percentile(get_ms, 50), 2),
                       "p99_ms": round(percentile(get_ms, 99), 2)},
        "errors": submit_errors + get_errors,
    }
