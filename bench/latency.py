"""API latency under 200 concurrent clients on loopback: GET of a cached result, and submit.

Each client holds its own keep-alive connection and sends at a steady pace (a poller that asks
every half second), starting at a random offset. Latency is measured from the moment a request
was due, not from when the client got round to sending it, so a stalled server cannot hide its
queueing delay by slowing the clients down (no coordinated omission).

The cached GETs run while the workers are idle; the submits run while the workers process them.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx
import uvloop

from bench.stack import Stack

# a request returns its status code; aiohttp: a client light enough not to be what is measured
Request = Callable[[aiohttp.ClientSession, int], Awaitable[int]]


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def summary(ms: list[float], errors: int) -> dict:
    return {"requests": len(ms), "errors": errors, "p50_ms": round(percentile(ms, 50), 2),
            "p99_ms": round(percentile(ms, 99), 2), "max_ms": round(max(ms), 2)}


async def paced_clients(base: str, n_clients: int, per_s: float, seconds: float, request: Request) -> dict:
    timings: list[float] = []
    errors = 0
    period = 1 / per_s

    async def client(c: int) -> None:
        nonlocal errors
        connector = aiohttp.TCPConnector(limit=1)  # one keep-alive connection per client
        async with aiohttp.ClientSession(base, connector=connector, timeout=aiohttp.ClientTimeout(30)) as http:
            async with http.get("/healthz") as resp:  # open the connection before the clock starts
                await resp.read()
            await barrier.wait()
            await go.wait()
            due = clock[0] + random.uniform(0, period)
            k = 0
            while due < clock[0] + seconds:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                try:
                    errors += await request(http, c * 1_000_000 + k) >= 400
                except aiohttp.ClientError:
                    errors += 1
                timings.append((time.perf_counter() - due) * 1000)
                due += period
                k += 1

    barrier, go, clock = asyncio.Barrier(n_clients + 1), asyncio.Event(), [0.0]
    tasks = [asyncio.create_task(client(c)) for c in range(n_clients)]
    await barrier.wait()  # every connection is open
    clock[0] = time.perf_counter() + 0.5
    go.set()
    await asyncio.gather(*tasks)
    return summary(timings, errors)


def run(stack: Stack, articles: list[dict], clients: int = 200, per_s: float = 2.0, seconds: float = 15.0) -> dict:
    random.seed(7)
    # one finished article to read back from the cache
    first = httpx.post(f"{stack.base}/v1/articles", json=articles[0], timeout=30).json()
    while httpx.get(f"{stack.base}/v1/jobs/{first['job_id']}").json()["status"] != "finished":
        time.sleep(0.2)
    article_id = first["article_id"]

    async def cached(http: aiohttp.ClientSession, i: int) -> int:
        async with http.get(f"/v1/articles/{article_id}") as resp:
            await resp.read()
            return resp.status

    async def submit(http: aiohttp.ClientSession, i: int) -> int:
        async with http.post("/v1/articles", json={"text": f"التقى الوزير نظيره رقم {i} في العاصمة."}) as resp:
            await resp.read()
            return resp.status

    get = uvloop.run(paced_clients(stack.base, clients, per_s, seconds, cached))
    # submits are paced slower: each one is a job the worker then runs
    post = uvloop.run(paced_clients(stack.base, clients, per_s / 4, seconds, submit))
    return {"clients": clients, "workers": stack.n_workers, "cached_get": {"per_client_per_s": per_s, **get},
            "submit": {"per_client_per_s": per_s / 4, **post}, "errors": get["errors"] + post["errors"]}
