"""Which event candidates are compared: reads the candidates (their intervals, and for long
intervals their actors, places and nouns) and adds which clusters of them are neighbours, held
compactly: no set of neighbours is stored for any candidate or cluster.

- Short intervals (up to a month) are neighbours when they overlap or lie within ``window`` of
  each other: candidate a and b meet when ``[a.start, a.end + window]`` and ``[b.start, b.end +
  window]`` meet, which is exactly the pairs a sweep over the candidates sorted by start yields.
  They are found by binary search in arrays sorted by start, one array per band of lengths (so
  that a search looks back only as far as the longest interval of its band).
- Long intervals ("2014", "im Herbst") overlap a great many others, so a pair with one of them is
  a neighbour only if the two also share a blocking key (an actor, a place, a noun) and overlap,
  with at most ``LONG_NEIGHBOURS`` per key: these few pairs are listed.

A cluster's neighbours are the clusters that hold a neighbour of one of its members, which is
what merging neighbour sets cluster by cluster gives, found again from the members' intervals
whenever they are needed.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from chrono.events.similarity import Candidate, entity_keys

CONFLICT_WINDOW = dt.timedelta(days=3)
COARSE_SPAN = dt.timedelta(days=31)
MAX_POSTING = 2000  # a blocking key shared by more candidates than this says nothing
LONG_NEIGHBOURS = 10  # a long interval ("2014") is compared with at most this many per shared key
BANDS = (dt.timedelta(hours=15), dt.timedelta(days=2), dt.timedelta(days=8), COARSE_SPAN)
EPOCH = dt.datetime(1970, 1, 1)
MICROSECOND = dt.timedelta(microseconds=1)


def candidate_pairs(items: list[Candidate], window: dt.timedelta = CONFLICT_WINDOW) -> Iterator[tuple[Candidate, Candidate]]:
    """The pairs worth comparing, never all pairs of a corpus: those of short intervals that meet
    within ``window`` (a sweep over the candidates sorted by start), then :func:`long_pairs`."""
    yield from _sweep([c for c in items if _is_short(c)], window)
    yield from long_pairs(items)


def long_pairs(items: list[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """The pairs with a long interval: candidates that share a blocking key and overlap, each
    meeting at most ``LONG_NEIGHBOURS`` of those before it per key."""
    if all(_is_short(c) for c in items):
        return
    postings: dict[str, list[Candidate]] = {}
    for item in items:
        for key in _blocking_keys(item):
            postings.setdefault(key, []).append(item)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTING or all(_is_short(c) for c in posting):
            continue
        for a, b in _sweep(posting, dt.timedelta(0), LONG_NEIGHBOURS):
            pair = (min(a.index, b.index), max(a.index, b.index))
            if pair in seen or (_is_short(a) and _is_short(b)):
                continue
            seen.add(pair)
            yield a, b


def _is_short(item: Candidate) -> bool:
    return item.end - item.start <= COARSE_SPAN


def _sweep(items: list[Candidate], window: dt.timedelta, limit: int | None = None) -> Iterator[tuple[Candidate, Candidate]]:
    """Pairs of ``items`` whose intervals overlap or lie within ``window``; with ``limit``, each
    item meets only the ``limit`` latest-starting of those before it (a bound for long intervals,
    which would otherwise meet every other candidate of a year)."""
    ordered = sorted(items, key=lambda c: (c.start, c.end))
    active: list[Candidate] = []
    for item in ordered:
        active = [other for other in active if other.end + window >= item.start]
        for other in (active if limit is None else active[-limit:]):
            yield other, item
        active.append(item)


def _blocking_keys(item: Candidate) -> set[str]:
    if item.event is None:
        return set()
    keys = entity_keys(item.event) | {f"place:{p.name}" for p in item.event.locations}
    for source in item.event.sources:
        keys |= {word.lower() for word in re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}", source.statement)}
    return keys


def _unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique, by sorting: several times faster on these arrays)."""
    ordered = np.sort(values)
    fresh = np.empty(len(ordered), dtype=bool)
    fresh[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=fresh[1:])
    return ordered[fresh]


def _micro(moment: dt.datetime) -> int:
    return (moment - EPOCH) // MICROSECOND


class Neighbourhood:
    """Which clusters of ``items`` are neighbours; ``owner`` says which cluster holds a candidate
    (the key of a cluster is the index of its first candidate) and follows the merges."""

    def __init__(self, items: Sequence[Candidate], window: dt.timedelta = CONFLICT_WINDOW) -> None:
        size = 1 + max((c.index for c in items), default=-1)
        self.owner = np.arange(size, dtype=np.int64)
        self.window = window // MICROSECOND
        self.lo = np.zeros(size, dtype=np.int64)  # a short candidate's [start, end + window]
        self.hi = np.zeros(size, dtype=np.int64)
        self.short = np.zeros(size, dtype=bool)
        bands: list[list[int]] = [[] for _ in BANDS]
        for item in items:
            if not _is_short(item):
                continue
            self.short[item.index] = True
            self.lo[item.index], self.hi[item.index] = _micro(item.start), _micro(item.end) + self.window
            bands[bisect.bisect_left(BANDS, item.end - item.start)].append(item.index)
        self.bands = []  # per band: the indices sorted by start, their starts and reaches, the longest reach
        for band in bands:
            if band:
                index = np.asarray(band, dtype=np.int64)
                index = index[np.lexsort((index, self.lo[index]))]
                self.bands.append((index, self.lo[index], self.hi[index], int((self.hi[index] - self.lo[index]).max())))
        self._known: dict[int, np.ndarray] = {}  # of a merged cluster: its neighbours (some since merged)
        self.long: dict[int, list[int]] = {}  # the listed pairs with a long interval, both ways
        for a, b in long_pairs(list(items)):
            self.long.setdefault(a.index, []).append(b.index)
            self.long.setdefault(b.index, []).append(a.index)

    def of(self, key: int, members: Iterable[int]) -> np.ndarray:
        """The keys of the clusters (other than ``key``) that hold a neighbour of one of
        ``members`` (candidate indices: those of cluster ``key``), sorted."""
        known = self._known.get(key)
        if known is None:
            known = self._candidates(np.fromiter(members, dtype=np.int64))
        keys = _unique(self.owner[known])
        keys = keys[keys != key]
        if key in self._known:
            self._known[key] = keys.astype(np.int32)  # the neighbours as clusters: shorter
        return keys

    def _candidates(self, members: np.ndarray) -> np.ndarray:
        """The candidates that are neighbours of one of ``members`` (some are members themselves)."""
        found = [self._short_neighbours(members[self.short[members]])]
        listed = [j for m in members.tolist() for j in self.long.get(m, ())]
        if listed:
            found.append(np.asarray(listed, dtype=np.int64))
        return np.concatenate(found)

    def _short_neighbours(self, members: np.ndarray) -> np.ndarray:
        """Short candidates whose interval meets that of one of ``members`` (short too)."""
        if not len(members):
            return np.zeros(0, dtype=np.int64)
        order = np.argsort(self.lo[members], kind="stable")
        lows, highs = self.lo[members][order], self.hi[members][order]
        # the members' intervals joined where they meet: fewer, longer searches
        reach = np.maximum.accumulate(highs)
        fresh = np.ones(len(lows), dtype=bool)
        fresh[1:] = lows[1:] > reach[:-1]
        starts = np.flatnonzero(fresh)
        seg_lo, seg_hi = lows[starts], np.maximum.reduceat(highs, starts)
        found = []
        for index, band_lo, band_hi, longest in self.bands:
            first = np.searchsorted(band_lo, seg_lo - longest, side="left")
            last = np.searchsorted(band_lo, seg_hi, side="right")
            for a, b, low in zip(first.tolist(), last.tolist(), seg_lo.tolist(), strict=True):
                if a < b:
                    span = slice(a, b)
                    found.append(index[span][band_hi[span] >= low])
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def merged(self, key: int, mine: Iterable[int], other: int, theirs: Iterable[int]) -> None:
        """Cluster ``other`` (its candidates ``theirs``) joins cluster ``key`` (its candidates
        ``mine``): its candidates now belong to ``key``, and the neighbours of both are kept
        for ``key`` (a cluster that grows is looked at again and again: its neighbours are found
        from its members' intervals once, then carried along)."""
        theirs = np.fromiter(theirs, dtype=np.int64)
        own = self._known.pop(key, None)
        if own is None:
            own = self._candidates(np.fromiter(mine, dtype=np.int64))
        joined = self._known.pop(other, None)
        if joined is None:
            joined = self._candidates(theirs)
        self._known[key] = np.concatenate([own, joined]).astype(np.int32)
        self.owner[theirs] = key

