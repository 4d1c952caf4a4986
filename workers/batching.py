"""Several queued articles through Stanza in one pass: about 20% less time per article on
2 cores (`bench/stages.py`, "batching").

RQ hands a worker one job at a time. When a job starts, its worker also claims the next
queued jobs nobody has claimed, analyses them all together and saves each one's result,
marked with its job id. When those jobs come up, on any worker, they find the mark and
return the saved result without a second extraction. The jobs stay in RQ's queue and
registries throughout, so RQ's guarantees (requeue after a crash, retries, timeouts) are
unchanged; a claim expires, so the jobs of a worker that dies mid-batch are computed by
whoever runs them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from redis import Redis
from rq import Queue, Worker
from rq.job import Job
from rq.timeouts import JobTimeoutException

from liqaa.articles import JOB_FUNCTION
from liqaa.store import PREFIX, Store

CLAIM_TTL_S = 300  # an upper bound: a claim whose worker has died is dropped at once (see `run`)
BATCH_CHARS = 20_000  # long articles are analysed alone, so a batch stays a few seconds of work

Compute = Callable[[list[dict]], list[dict]]  # payloads in, results (ExtractionResult JSON) out


def claim_key(job_id: str) -> str:
    return f"{PREFIX}:claim:{job_id}"


def done_key(job_id: str) -> str:
    return f"{PREFIX}:batched:{job_id}"


def claim(redis: Redis, job_id: str, worker: str) -> bool:
    """Claim a job nobody has claimed for this worker's batch."""
    return bool(redis.set(claim_key(job_id), worker, nx=True, ex=CLAIM_TTL_S))


def holds(redis: Redis, job_id: str, worker: str) -> bool:
    holder = redis.get(claim_key(job_id))
    return holder is not None and holder.decode() == worker


def claim_alive(redis: Redis, job_id: str) -> bool:
    """Is the job still claimed, by a worker that is still alive (its RQ heartbeat key exists)?"""
    holder = redis.get(claim_key(job_id))
    return holder is not None and bool(redis.exists(Worker.redis_worker_namespace_prefix + holder.decode()))


def saved_for(store: Store, job_id: str) -> dict | None:
    """The result a batch saved for this job, if one did."""
    article_id = store.redis.get(done_key(job_id))
    return store.cached_result(article_id.decode()) if article_id else None


def queued_payloads(queue: Queue, own_id: str, want: int, worker: str, chars: int) -> list[tuple[str, dict]]:
    """Up to `want` jobs waiting behind this one, claimed for this batch, with `chars` of text at most."""
    if want <= 0:
        return []
    ids = [i for i in queue.get_job_ids(0, 4 * want) if i != own_id]
    out = []
    for job in Job.fetch_many(ids, connection=queue.connection, serializer=queue.serializer):
        if job is None or job.func_name != JOB_FUNCTION or not job.args or not isinstance(job.args[0], dict):
            continue
        size = len(job.args[0].get("text") or "")
        if size <= chars and not queue.connection.exists(done_key(job.id)) and claim(queue.connection, job.id, worker):
            out.append((job.id, job.args[0]))
            chars -= size
            if len(out) == want:
                break
    return out


def run(queue: Queue | None, store: Store, job: Job | None, payload: dict, compute: Compute, size: int) -> dict:
    """This job's result: saved by an earlier batch, or computed in a batch with the jobs behind it."""
    if job is None or queue is None or not job.worker_name:  # run outside a worker (tests, the CLI)
        return compute([payload])[0]
    job_id, worker = job.id, job.worker_name
    ready = saved_for(store, job_id)
    if ready is not None:
        return ready
    mine = claim(store.redis, job_id, worker) or holds(store.redis, job_id, worker)  # a retry of its own
    room = BATCH_CHARS - len(payload.get("text") or "") if mine else BATCH_CHARS
    batch = ([(job_id, payload)] if mine else []) + queued_payloads(queue, job_id, size - 1 if mine else size, worker, room)
    if batch:
        try:
            results = dict(zip([i for i, _ in batch], compute([p for _, p in batch])))  # saved by compute
        except Exception as exc:
            # one bad article must not fail or delay the others: they run on their own, this one alone
            others = [claim_key(i) for i, _ in batch if i != job_id]
            if others:
                store.redis.delete(*others)
            if len(batch) == 1 or isinstance(exc, JobTimeoutException):
                raise
            if mine:
                return compute([payload])[0]
        for other_id, p in batch:
            store.redis.set(done_key(other_id), p["article_id"], ex=store.ttl_s)
        if mine:
            return results[job_id]
    # another worker holds this job in its batch: wait for its result, or take the job back. A dead
    # worker's heartbeat key outlives it by a minute, so the wait stops at half this job's timeout.
    deadline = time.monotonic() + (job.timeout or CLAIM_TTL_S) / 2
    while time.monotonic() < deadline:
        ready = saved_for(store, job_id)
        if ready is not None:
            return ready
        if not claim_alive(store.redis, job_id):
            break  # its worker died (or failed the batch and let go): run it here
        time.sleep(0.05)
    return compute([payload])[0]
