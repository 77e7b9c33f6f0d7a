"""The worker pool: the core in worker processes, surviving a worker that dies.

Articles go to the workers in small batches, each with the run's ``RunConfig`` (so a worker
started by spawn runs what a forked one would); results come back in input order. Workers are
forked where the platform allows, so they start with the parent's loaded pipeline instead of
loading their own. If a worker dies (a crash in native code, the out-of-memory killer), the pool
is rebuilt and the articles of the batches it took down are retried one at a time, so only the
article that kills a worker is reported as failed.

Engine code only: what happens to one batch is ``core.extract_articles``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from claimx import core
from claimx.inputs import Article
from claimx.nlp import load_pipeline

Result = core.Outcome
CRASHED = "a worker process died while processing it"
PARENT_CHECK_SECONDS = 0.5  # how soon a worker notices that its parent is gone
WORKER_STOP_SECONDS = 5.0  # how long to wait for a terminated worker to exit


def extract_in_processes(
    articles: Iterable[Article],
    config: core.RunConfig,
    jobs: int,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Outcomes of ``articles`` in input order, from ``jobs`` worker processes (started by
    ``start_method``: fork where the platform has it, else spawn)."""
    pool = _Pool(config, jobs, start_method)
    window: deque[tuple[list[Article], Future[list[Result]], int]] = deque()
    finished = False
    try:
        for batch in _batches(articles, jobs):
            window.append((batch, pool.submit(batch), pool.generation))
            if len(window) >= 2 * jobs:
                yield from _collect(pool, *window.popleft())
        while window:
            yield from _collect(pool, *window.popleft())
        finished = True
    finally:
        if finished:
            pool.shutdown()
        else:  # interrupted, or the reader stopped early: do not wait for the batches in flight
            pool.terminate()


def _collect(
    pool: _Pool, batch: list[Article], future: Future[list[Result]], generation: int
) -> list[Result]:
    try:
        return future.result()
    except (BrokenProcessPool, CancelledError):
        pool.restart_if(generation)
    except Exception:  # the batch could not be sent or returned (pickling): find which article
        if pool.config.debug:
            raise
    return [_one_at_a_time(pool, article) for article in batch]


def _one_at_a_time(pool: _Pool, article: Article) -> Result:
    generation = pool.generation
    try:
        return pool.submit([article]).result()[0]
    except (BrokenProcessPool, CancelledError):
        pool.restart_if(generation)
        return core.Failure(article, CRASHED)
    except Exception as error:
        if pool.config.debug:
            raise
        return core.Failure(article, f"in a worker process: {type(error).__name__}: {error}")


def _work(config: core.RunConfig, batch: list[Article]) -> list[Result]:
    """In a worker: the batch through the (per-process cached) pipeline, as ``config`` says."""
    pipeline = load_pipeline(config.model)
    return list(core.extract_articles(batch, pipeline, config))


def _start_worker(parent: int) -> None:
    """First thing in each worker. Ctrl-C reaches every process of the terminal's group: the
    parent handles it and stops the workers, so they ignore it (no traceback from each). SIGTERM
    stops a worker outright, as by default. A parent killed outright cannot stop its workers:
    they watch for it and exit, instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_without_parent, args=(parent,), daemon=True).start()
    _close_inherited_sockets()


def _close_inherited_sockets() -> None:
    """A worker forked by ``claimx serve`` (the pool forks its workers when work first comes,
    and again after one dies) holds copies of the server's listening socket and of the
    connections open at that moment: a connection the server closes would stay open for its
    client while a worker holds a copy (no end of stream is sent). Workers talk to their
    parent through pipes and need no socket. (Linux: where there is no /proc/self/fd, nothing
    is done.)"""
    try:
        numbers = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for number in numbers:
        try:
            if stat.S_ISSOCK(os.fstat(number).st_mode):
                os.close(number)
        except OSError:  # (the listing's own descriptor, closed by now)
            continue


def _exit_without_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


# Batches while more input follows, and once it has all been read. A worker runs a batch of a
# dozen articles as one spaCy batch, more cheaply than six batches of two (measured: 3 % less
# CPU); at the end small batches keep both workers busy to the last article, where a large one
# would leave one idle for half a batch. Reading ahead by LOOK_AHEAD batches tells the two apart.
LARGE_BATCH = (16, 25_000)  # articles, characters (a longer article is a batch of its own)
SMALL_BATCH = (8, 10_000)
LOOK_AHEAD = 2  # large batches per worker read ahead of the one sent


def _batches(articles: Iterable[Article], jobs: int) -> Iterator[list[Article]]:
    """Large batches while the input goes on, small ones for what is left when it ends (the
    cost of a batch sent and returned is a millisecond)."""
    reserve = LARGE_BATCH[1] * LOOK_AHEAD * jobs
    ahead: deque[Article] = deque()
    ahead_chars = 0
    for article in articles:
        ahead.append(article)
        ahead_chars += len(article.text)
        while ahead_chars > reserve:
            batch = _take(ahead, *LARGE_BATCH)
            ahead_chars -= sum(len(a.text) for a in batch)
            yield batch
    while ahead:
        yield _take(ahead, *SMALL_BATCH)


def _take(ahead: deque[Article], size: int, chars: int) -> list[Article]:
    """The first articles of ``ahead``, at most ``size`` and about ``chars`` characters (at
    least one)."""
    batch = [ahead.popleft()]
    total = len(batch[0].text)
    while ahead and len(batch) < size and total + len(ahead[0].text) <= chars:
        total += len(ahead[0].text)
        batch.append(ahead.popleft())
    return batch


class _Pool:
    """A process pool that can be rebuilt after a worker died."""

    def __init__(self, config: core.RunConfig, jobs: int, start_method: str | None) -> None:
        self.config = config
        self.jobs = jobs
        if start_method is None:
            methods = multiprocessing.get_all_start_methods()
            start_method = "fork" if "fork" in methods else "spawn"
        self.context = multiprocessing.get_context(start_method)
        self.executor = self._new()
        self.generation = 0

    def _new(self) -> ProcessPoolExecutor:
        # Objects alive now (the loaded pipeline) move out of the garbage collector's sight, so
        # forked workers do not touch, and so copy, the pages they share with the parent.
        gc.freeze()
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=self.context,
            initializer=_start_worker,
            initargs=(os.getpid(),),
        )

    def submit(self, batch: list[Article]) -> Future[list[Result]]:
        return self.executor.submit(_work, self.config, batch)

    def restart_if(self, generation: int) -> None:
        """Rebuild the pool if the one that broke is the current one (not an older one)."""
        if generation == self.generation:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new()
            self.generation += 1

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop now: cancel what waits, stop the workers in the middle of their batches."""
        # ProcessPoolExecutor has no public way to stop its workers before Python 3.14
        # (terminate_workers); its worker table has kept this name and shape since 3.2.
        table = getattr(self.executor, "_processes", None) or {}
        workers = list(table.values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join(WORKER_STOP_SECONDS)


class WorkerPool:
    """The same workers for a caller that sends batches as requests arrive, each with its own
    settings, and waits for each on its own (``claimx serve``, which also decides what goes
    in a batch). After a ``BrokenProcessPool`` the caller calls ``restart_if`` with the
    generation it submitted under, and may submit again."""

    def __init__(self, config: core.RunConfig, jobs: int, start_method: str | None = None) -> None:
        self._pool = _Pool(config, jobs, start_method)

    @property
    def generation(self) -> int:
        return self._pool.generation

    def start(self) -> Future[list[Result]]:
        """Start the workers now (an empty batch): forked before the caller starts threads."""
        return self._pool.submit([])

    def submit(self, articles: list[Article], config: core.RunConfig) -> Future[list[Result]]:
        """A batch through the core in a worker, as ``config`` says (the request's cut-off,
        whether its records carry their text)."""
        return self._pool.executor.submit(_work, config, articles)

    def restart_if(self, generation: int) -> None:
        self._pool.restart_if(generation)

    def terminate(self) -> None:
        self._pool.terminate()
