"""Disjoint sets: which items are joined, directly or through others."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Union-find with path halving; items are added on first sight."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[ra] = rb

    def groups(self, items: Iterable[T]) -> dict[T, list[T]]:
        """``items`` by the root of their set, each list in the order given."""
        out: dict[T, list[T]] = defaultdict(list)
        for x in items:
            out[self.find(x)].append(x)
        return out
