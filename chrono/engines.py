"""Where per-article work runs: in this process, over a pool of local processes, or on Dask.

Reads a function and a list of articles; adds the function's results, in the order of the
articles, whichever engine ran them. Work is sent in chunks of articles, so that a worker reads
many articles per message; results come back as they finish and ``progress`` hears of each
chunk. The engines give the same results: only where the work runs differs.

- :class:`LocalEngine` with ``jobs=1`` runs everything here; with more, a process pool
  (``concurrent.futures``, forked workers that inherit the loaded language data).
- :class:`DaskEngine` sends the chunks to a Dask cluster (``dask.distributed``): the scheduler
  at ``address``, or a ``LocalCluster`` of ``jobs`` worker processes when none is given. Workers
  of a remote cluster need chrono installed.
- :class:`ForkedShares` is for work that needs what this process already holds (all articles'
  dating states) and keeps state of its own between steps (the rounds of publication-date
  inference): ``jobs`` forked processes, each owning one share of the items for the whole run.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Any

Progress = Callable[[int], None]  # told how many more articles are done
CHUNK = 16  # articles per task


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def chunks(items: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _run_chunk(func: Callable[..., Any], chunk: Sequence[Any], args: tuple[Any, ...]) -> list[Any]:
    return [func(item, *args) for item in chunk]


class LocalEngine:
    """This process (``jobs=1``) or a pool of ``jobs`` processes on this machine."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = max(1, jobs if jobs is not None else default_jobs())
        self._pool: ProcessPoolExecutor | None = None

    def map(self, func: Callable[..., Any], items: Sequence[Any], *args: Any,
            progress: Progress | None = None) -> list[Any]:
        """``[func(item, *args) for item in items]``; ``func`` must be importable (module level)."""
        # what all items share (the people of the whole corpus) goes with every chunk: then a few
        # large chunks per worker, so that it is not sent over and over
        parts = chunks(items, max(CHUNK, -(-len(items) // (self.jobs * 4))) if args else CHUNK)
        if self.jobs == 1 or len(parts) < 2:
            out: list[Any] = []
            for part in parts:
                out += _run_chunk(func, part, args)
                if progress:
                    progress(len(part))
            return out
        if self._pool is None:
            context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context)
        futures = {self._pool.submit(_run_chunk, func, part, args): i for i, part in enumerate(parts)}
        return _in_order(futures, as_completed(futures), parts, progress)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskEngine:
    """A Dask cluster: the scheduler at ``address``, or a LocalCluster of ``jobs`` processes."""

    def __init__(self, address: str | None = None, jobs: int | None = None) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if address:
            self.client = Client(address)
        else:
            self.cluster = LocalCluster(n_workers=max(1, jobs or default_jobs()), threads_per_worker=1,
                                        processes=True, dashboard_address=None)
            self.client = Client(self.cluster)

    def map(self, func: Callable[..., Any], items: Sequence[Any], *args: Any,
            progress: Progress | None = None) -> list[Any]:
        from dask.distributed import as_completed as dask_completed

        parts = chunks(items)
        if not parts:
            return []
        shared = self.client.scatter([args], broadcast=True)[0] if args else ()  # sent once to each worker
        futures = self.client.map(_run_chunk, [func] * len(parts), parts, [shared] * len(parts), pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        done: dict[int, list[Any]] = {}
        for future in dask_completed(futures):
            done[index[future.key]] = future.result()
            if progress:
                progress(len(parts[index[future.key]]))
        return [result for i in range(len(parts)) for result in done[i]]

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _in_order(futures: dict[Future, int], finished, parts: list[Sequence[Any]],
              progress: Progress | None) -> list[Any]:
    done: dict[int, list[Any]] = {}
    for future in finished:
        i = futures[future]
        done[i] = future.result()
        if progress:
            progress(len(parts[i]))
    return [result for i in range(len(parts)) for result in done[i]]


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class ForkedShares:
    """``jobs`` forked processes, each owning share ``k`` (of ``jobs``) of some work for its whole life.

    ``make(k, jobs)`` runs in worker ``k`` right after the fork (so it sees everything this process
    holds) and returns the step function of that share; ``step(message)`` sends ``message`` to every
    worker and returns their answers, in the order of the shares. A share always goes to the same
    process, so what a step function remembers stays with its share.
    """

    def __init__(self, make: Callable[[int, int], Callable[[Any], Any]], jobs: int) -> None:
        context = multiprocessing.get_context("fork")
        self.connections = []
        self.processes = []
        for k in range(jobs):
            here, there = context.Pipe()
            process = context.Process(target=_serve_share, args=(there, make, k, jobs), daemon=True)
            process.start()
            there.close()
            self.connections.append(here)
            self.processes.append(process)

    def step(self, message: Any) -> list[Any]:
        for connection in self.connections:
            connection.send((True, message))
        answers = []
        for connection in self.connections:
            try:
                ok, answer = connection.recv()
            except EOFError:
                ok, answer = False, "it ended before answering"
            if not ok:
                raise RuntimeError(f"a worker failed:\n{answer}")
            answers.append(answer)
        return answers

    def close(self) -> None:
        for connection in self.connections:  # a sibling forked later holds this end too: no EOF, a word
            try:
                connection.send((False, None))
            except OSError:
                pass
            connection.close()
        for process in self.processes:
            process.join()

    def __enter__(self) -> ForkedShares:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve_share(connection: Any, make: Callable[[int, int], Callable[[Any], Any]], k: int, jobs: int) -> None:
    import traceback

    try:
        step = make(k, jobs)
        while True:
            try:
                going, message = connection.recv()
            except EOFError:
                return
            if not going:
                return
            try:
                connection.send((True, step(message)))
            except Exception:  # noqa: BLE001 - said in the main process
                connection.send((False, traceback.format_exc()))
    finally:
        connection.close()


def make_engine(engine: str = "local", jobs: int | None = None, scheduler: str | None = None) -> LocalEngine | DaskEngine:
    """The engine a command asked for: ``local`` (``jobs`` processes) or ``dask``."""
    if engine == "dask":
        return DaskEngine(scheduler, jobs)
    return LocalEngine(jobs)
