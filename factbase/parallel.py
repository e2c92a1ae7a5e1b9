"""Run matching work on every core: groups of items that share one source text.

Matching is pure CPU work in Python, so threads do not help; worker processes do. Small jobs
stay in this process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

C = TypeVar("C")  # what a group shares (a source text and its metadata)
T = TypeVar("T")  # one item of work
R = TypeVar("R")  # one result

# Below this many items in all, one process does the work: starting workers (each a fresh
# interpreter importing factbase, about 0.5 s, where processes cannot be forked; a forked one
# then fills its own caches) would cost more than it saves.
MIN_PARALLEL_ITEMS = 2000
# Items sent to a worker at once: large enough to amortise sending the source text, small
# enough to keep both cores busy to the end and the progress bar moving.
CHUNK_ITEMS = 250


def default_workers() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def map_groups(
    fn: Callable[[C, Sequence[T]], list[R]],
    groups: Sequence[tuple[C, Sequence[T]]],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    min_items: int = MIN_PARALLEL_ITEMS,
    chunk: int = CHUNK_ITEMS,
) -> list[list[R]]:
    """``fn(shared, items)`` for every group, results in the order of groups and items.

    ``fn`` must be a module-level function (it is sent to worker processes by name). Below
    ``min_items`` items in all the work stays in this process; a worker is sent about ``chunk``
    items at once.
    """
    total = sum(len(items) for _, items in groups)
    workers = default_workers() if workers is None else workers
    done = 0
    if workers <= 1 or total < min_items:
        out: list[list[R]] = []
        for shared, items in groups:
            out.append(fn(shared, items))
            done += len(items)
            if progress:
                progress(done, total)
        return out
    # Tasks of about ``chunk`` items: a large group is split, small groups travel together.
    tasks: list[list[tuple[int, C, Sequence[T]]]] = [[]]
    size = 0
    for g, (shared, items) in enumerate(groups):
        for k in range(0, len(items), chunk):
            part = items[k:k + chunk]
            if size + len(part) > chunk and tasks[-1]:
                tasks.append([])
                size = 0
            tasks[-1].append((g, shared, part))
            size += len(part)
    results: list[list[R]] = [[] for _ in groups]
    # Forked workers start with factbase already imported (spawned ones import it again: on
    # benchmarks/scale_cli.py, 1,000 sources, checking an import took 4.0 s spawned, 3.0 s
    # forked). They run pure functions and never print, so no lock a thread of this process
    # (a progress bar's) held at the fork is ever waited for.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with _pool(workers, method) as pool:
        futures = [
            pool.submit(_run_task, fn, [(shared, part) for _, shared, part in task])
            for task in tasks
        ]
        for task, future in zip(tasks, futures, strict=True):
            for (g, _, part), outcome in zip(task, future.result(), strict=True):
                results[g].extend(outcome)
                done += len(part)
            if progress:
                progress(done, total)
    return results


# How long an interrupted run waits for an ended worker (and the pool's thread) to be gone.
WORKER_END_SECONDS = 5
# How often a worker looks whether the process that started it is still there.
PARENT_CHECK_SECONDS = 0.2


# New objects a worker of ``map_shared`` makes before its garbage collector runs (Python's default
# is 700). A claim's check makes many objects and its caches keep them: judging the 57 claims of
# benchmarks/scale_cli.py's draft against its 1,000 sources, with the library frozen as in a
# worker, the collector ran 1,134 times for 1.5 of 29 CPU seconds with the default, and 7 times
# for 0.34 s with this. The checks make few reference cycles, so little garbage waits longer.
WORKER_YOUNG_OBJECTS = 50_000

# What ``map_shared`` hands its workers: set before they are forked, so they find it in the
# memory they start with instead of receiving it through a pipe.
_SHARED: tuple[Callable[[Any, Any], Any], Any] | None = None


def map_shared(
    fn: Callable[[C, T], R],
    shared: C,
    items: Sequence[T],
    *,
    workers: int | None = None,
    min_items: int = 2,
    prepare: Callable[[], None] | None = None,
    cost: Callable[[T], float] | None = None,
) -> list[R]:
    """``fn(shared, item)`` for every item, results in the order of items.

    For work whose shared part is large and slow to send (a whole library of sources and its
    index): the workers are forked from this process after ``shared`` is built, so they read it
    where it already is, and only the items and results travel; ``prepare`` builds what they
    would otherwise each build for themselves, and is called only when workers are forked. Below
    ``min_items`` items, or where processes cannot be forked, the work stays in this process.

    ``cost`` estimates an item's share of the work (asked after ``prepare``, only when workers
    are forked): the costliest items are handed out first, so that the last one to finish is a
    cheap one and no worker waits idle at the end while another finishes a long item.
    """
    global _SHARED
    workers = default_workers() if workers is None else workers
    workers = min(workers, len(items))
    if workers <= 1 or len(items) < min_items or "fork" not in mp.get_all_start_methods():
        return [fn(shared, item) for item in items]
    if prepare is not None:
        prepare()
    order = costliest_first(items, cost) if cost is not None else list(range(len(items)))
    _SHARED = (fn, shared)
    # Objects that exist now are left out of the workers' garbage collection, so that it does
    # not write to (and so copy) the pages they share with this process.
    gc.freeze()
    try:
        with _pool(workers, "fork", young_objects=WORKER_YOUNG_OBJECTS) as pool:
            # One item a task: items of a draft differ widely in cost, so the workers take the
            # next one as they finish.
            done = pool.map(_run_shared, [items[i] for i in order], chunksize=1)
            results: dict[int, R] = dict(zip(order, done, strict=True))
            return [results[i] for i in range(len(items))]
    finally:
        gc.unfreeze()
        _SHARED = None


def costliest_first(items: Sequence[T], cost: Callable[[T], float]) -> list[int]:
    """The positions of ``items``, the costliest first; items of equal cost in their order."""
    costs = [cost(item) for item in items]
    return sorted(range(len(items)), key=lambda i: -costs[i])


def _run_shared(item: Any) -> Any:
    assert _SHARED is not None
    fn, shared = _SHARED
    return fn(shared, item)


@contextmanager
def _pool(
    workers: int, method: str = "spawn", *, young_objects: int | None = None
) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that never outlive the work.

    SIGTERM is turned into SystemExit while the pool runs, so the process unwinds (rolling back
    its transaction) instead of dying with its workers left behind; on any way out but success
    the workers are ended at once, not waited for. A worker leaves by itself when its parent
    disappears (SIGKILL leaves the parent no chance to clean up), and ignores Ctrl-C, which the
    terminal sends to the whole process group: the parent decides. ``young_objects``: the new
    objects a worker makes before its garbage collector runs, if not Python's default.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=mp.get_context(method),
        initializer=_worker_init,
        initargs=(os.getpid(), young_objects),
    )
    previous = _on_sigterm(_terminated)
    try:
        yield pool
    except BaseException:
        _end_workers(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        _on_sigterm(previous)


def _terminated(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def _on_sigterm(handler: Any) -> Any:
    """Install ``handler`` for SIGTERM (in the main thread only); return the one it replaces."""
    if handler is None or threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, handler)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    # The executor has no public way to stop a running task: end its processes, then let it
    # notice they are gone.
    processes = list(getattr(pool, "_processes", {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    results = getattr(pool, "_result_queue", None)  # (shutting down forgets them)
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=WORKER_END_SECONDS)
        if process.is_alive():
            process.kill()  # (past the wait, nothing a worker still does is wanted)
            process.join(timeout=WORKER_END_SECONDS)
    # A worker ended halfway through sending a result leaves the executor's thread reading the
    # rest of it, which no one will write, for as long as a writing end of that pipe is open:
    # this process's own is closed now that the workers are gone, so the read sees the end.
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
    # The executor's own thread notices the ended workers and closes its wake-up pipe. Wait for
    # it: the interpreter's exit hook writes to that pipe, and writing while the thread closes
    # it prints a traceback on the way out.
    if isinstance(manager, threading.Thread) and manager is not threading.current_thread():
        manager.join(timeout=WORKER_END_SECONDS)


def _worker_init(parent: int, young_objects: int | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler, which turns the signal into
    # SystemExit: the executor would send that back as the task's result, blocking on a pipe
    # the ending parent no longer reads. Ended by the parent, a worker just ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if young_objects is not None:
        gc.set_threshold(young_objects, *gc.get_threshold()[1:])
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _run_task(
    fn: Callable[[C, Sequence[T]], list[R]], parts: list[tuple[C, Sequence[T]]]
) -> list[list[R]]:
    """One worker task: several groups (or parts of one), in order."""
    return [fn(shared, items) for shared, items in parts]
