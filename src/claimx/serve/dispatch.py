"""From requests to the worker pool: the articles waiting, sent in batches as workers free up.

Each worker is given one batch at a time, and one more batch waits in the pool's queue for the
first worker to free up (so that no worker idles while a batch's answer comes back and the next
is made). While requests wait, the next batch takes several of them: an even share of those
waiting among the workers, within ``pool.LARGE_BATCH`` (the core runs a batch through spaCy more
cheaply than its articles one by one, as ``claimx extract -j N`` does: measured, with the small
batches of a stream's end, the server took a tenth more CPU an article than extract). A long
article is a batch of its own, so it holds up one worker and no other article. An article whose
client has gone before a worker took it is never sent.

When a worker dies, the pool is rebuilt and the articles of the batches it took down are tried
again alone, one at a time with nothing else running (as the local runner does): only an
article that kills a worker twice fails (``pool.CRASHED``).

Runs in the event loop's thread; the pool's futures report back through ``call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import deque
from concurrent.futures import CancelledError as FutureCancelled
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from claimx.core import Failure, Outcome, RunConfig
from claimx.inputs import Article
from claimx.pool import CRASHED, LARGE_BATCH, WorkerPool

ATTEMPTS = 2  # a worker died with it: tried once more, alone
QUEUED = 1  # batches sent beyond one a worker: ready in the pool's queue


class Stopped(Exception):
    """The server is stopping: the article will not be processed."""


@dataclass
class _Job:
    article: Article
    config: RunConfig
    future: asyncio.Future[Outcome]
    crashes: int = 0  # pools broken while it was with a worker
    alone: bool = False  # sent as a batch of its own (its batch could not be sent or returned)

    @property
    def suspect(self) -> bool:
        return self.crashes > 0

    @property
    def wanted(self) -> bool:
        return not self.future.done()  # (cancelled: its client has gone)


@dataclass
class Dispatcher:
    pool: WorkerPool
    jobs: int
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.get_running_loop)
    waiting: deque[_Job] = field(default_factory=deque)
    running: int = 0  # batches with the workers
    suspect_running: bool = False
    closed: bool = False

    def submit(self, article: Article, config: RunConfig) -> asyncio.Future[Outcome]:
        """The article's outcome, once a worker has processed it; cancel the future to take
        the article back (if no worker has taken it yet)."""
        if self.closed:
            raise Stopped
        job = _Job(article, config, self.loop.create_future())
        self.waiting.append(job)
        self._dispatch()
        return job.future

    def close(self) -> None:
        """No more batches; the articles still waiting are answered ``Stopped``."""
        self.closed = True
        while self.waiting:
            job = self.waiting.popleft()
            if job.wanted:
                job.future.set_exception(Stopped())

    def _dispatch(self) -> None:
        while not self.closed and not self.suspect_running and self.running < self.jobs + QUEUED:
            while self.waiting and not self.waiting[0].wanted:
                self.waiting.popleft()
            if not self.waiting:
                return
            if self.waiting[0].suspect:
                if self.running:  # a suspect runs with nothing else: wait for the workers
                    return
                self.suspect_running = True
                self._send([self.waiting.popleft()])
                return
            self._send(self._next_batch())

    def _next_batch(self) -> list[_Job]:
        """The first waiting article, and those after it that share its run's settings, up to
        an even share of what waits among the workers, within ``LARGE_BATCH``."""
        first = self.waiting.popleft()
        if first.alone:
            return [first]
        wanted = 1 + sum(1 for job in self.waiting if job.wanted)
        share = math.ceil(wanted / self.jobs)
        size, chars = min(share, LARGE_BATCH[0]), len(first.article.text)
        batch = [first]
        while self.waiting and len(batch) < size:
            job = self.waiting[0]
            if not job.wanted:
                self.waiting.popleft()
                continue
            length = len(job.article.text)
            if job.alone or job.suspect or job.config != first.config:
                break
            if chars + length > LARGE_BATCH[1]:
                break
            batch.append(self.waiting.popleft())
            chars += length
        return batch

    def _send(self, batch: list[_Job]) -> None:
        generation = self.pool.generation
        self.running += 1
        try:
            future = self.pool.submit([job.article for job in batch], batch[0].config)
        except RuntimeError:  # the pool broke (or shut down) before it took the batch
            self.loop.call_soon(self._broken, batch, generation)
            return
        future.add_done_callback(lambda done: self._report(batch, done, generation))

    def _report(self, batch: list[_Job], done: Future[list[Outcome]], generation: int) -> None:
        """In the pool's thread: back to the loop's."""
        with contextlib.suppress(RuntimeError):  # the loop has closed: the server has stopped
            self.loop.call_soon_threadsafe(self._finished, batch, done, generation)

    def _finished(self, batch: list[_Job], done: Future[list[Outcome]], generation: int) -> None:
        try:
            outcomes = done.result()
        except (BrokenProcessPool, FutureCancelled):
            self._broken(batch, generation)
            return
        except Exception as error:  # the batch could not be sent or returned (pickling)
            self._done_with(batch)
            if len(batch) > 1:  # find which article: each on its own
                for job in reversed(batch):
                    job.alone = True
                    if job.wanted:
                        self.waiting.appendleft(job)
            else:
                reason = f"in a worker process: {type(error).__name__}: {error}"
                self._settle(batch[0], Failure(batch[0].article, reason))
            self._dispatch()
            return
        self._done_with(batch)
        for job, outcome in zip(batch, outcomes, strict=True):
            self._settle(job, outcome)
        self._dispatch()

    def _broken(self, batch: list[_Job], generation: int) -> None:
        """A worker died: the pool is rebuilt (once), and the batch's articles are suspects."""
        self._done_with(batch)
        if self.closed:
            for job in batch:
                if job.wanted:
                    job.future.set_exception(Stopped())
            return
        self.pool.restart_if(generation)
        for job in reversed(batch):
            job.crashes += 1
            if job.crashes >= ATTEMPTS:
                self._settle(job, Failure(job.article, CRASHED))
            elif job.wanted:
                self.waiting.appendleft(job)
        self._dispatch()

    def _done_with(self, batch: list[_Job]) -> None:
        self.running -= 1
        if len(batch) == 1 and batch[0].suspect:
            self.suspect_running = False

    @staticmethod
    def _settle(job: _Job, outcome: Outcome) -> None:
        if job.wanted:
            job.future.set_result(outcome)
