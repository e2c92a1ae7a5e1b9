"""Run matching work on every core: groups of items that share one source text.

Matching is pure CPU work in Python, so threads do not help; worker processes do. Small jobs
stay in this process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

C = TypeVar("C")  # what a group shares (a source text and its metadata)
T = TypeVar("T")  # one item of work
R = TypeVar("R")  # one result

# Below this many items in all, one process does the work: starting workers (a fresh
# interpreter importing factbase, about 0.5 s each) would cost more than it saves.
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
) -> list[list[R]]:
    """``fn(shared, items)`` for every group, results in the order of groups and items.

    ``fn`` must be a module-level function (it is sent to worker processes by name).
    """
    total = sum(len(items) for _, items in groups)
    workers = default_workers() if workers is None else workers
    done = 0
    if workers <= 1 or total < MIN_PARALLEL_ITEMS:
        out: list[list[R]] = []
        for shared, items in groups:
            out.append(fn(shared, items))
            done += len(items)
            if progress:
                progress(done, total)
        return out
    # Tasks of about CHUNK_ITEMS items: a large group is split, small groups travel together.
    tasks: list[list[tuple[int, C, Sequence[T]]]] = [[]]
    size = 0
    for g, (shared, items) in enumerate(groups):
        for k in range(0, len(items), CHUNK_ITEMS):
            part = items[k:k + CHUNK_ITEMS]
            if size + len(part) > CHUNK_ITEMS and tasks[-1]:
                tasks.append([])
                size = 0
            tasks[-1].append((g, shared, part))
            size += len(part)
    results: list[list[R]] = [[] for _ in groups]
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
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


def _run_task(
    fn: Callable[[C, Sequence[T]], list[R]], parts: list[tuple[C, Sequence[T]]]
) -> list[list[R]]:
    """One worker task: several groups (or parts of one), in order."""
    return [fn(shared, items) for shared, items in parts]
