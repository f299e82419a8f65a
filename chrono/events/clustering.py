"""Clustering event candidates: reads the candidates with their profiles (see
:mod:`chrono.events.similarity`) and adds the clusters of those that report one event, with the
context-dated candidates attached to the event of their date.

1. Blocking: candidates are sorted by date and only those whose intervals overlap (or lie within
   a few days of each other, so that conflicting reports can still meet) are compared; a corpus
   is never compared pair by pair.
2. Clusters grow by average linkage within each block; disjoint dates need a much higher score
   (they then become a date conflict in the consistency report).
3. Context-dated candidates (a duration, "erstmals seit ...") never make an event of their own:
   they join the best event of their day, or are dropped.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
import re
from collections.abc import Sequence

from chrono.events.explain import merge_link
from chrono.events.similarity import Candidate, Cluster, cluster_score, cosines, entity_keys, places_meet, ruled_out

CONFLICT_WINDOW = dt.timedelta(days=3)
MERGE_THRESHOLD = 0.30
CONFLICT_THRESHOLD = 0.60
ATTACH_THRESHOLD = 0.12
SAME_DOCUMENT_BONUS = 0.15
CONTEXT_BONUS = 0.3
COARSE_SPAN = dt.timedelta(days=31)
MAX_POSTING = 2000  # a blocking key shared by more candidates than this says nothing
LONG_NEIGHBOURS = 10  # a long interval ("2014") is compared with at most this many per shared key
GRAIN_SPAN = {"minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1)}


# ---------------------------------------------------------------- blocking and clustering


def candidate_pairs(items: list[Candidate], window: dt.timedelta = CONFLICT_WINDOW):
    """The pairs worth comparing, never all pairs of a corpus.

    Short intervals (up to a month): pairs that overlap or lie within ``window`` of each other, by
    a sweep over the candidates sorted by start. Long intervals ("2014", "im Herbst") overlap a
    great many others, so a pair with one of them is compared only if the two also share a
    blocking key (an actor, a place, a noun) and overlap in time.
    """
    short = [c for c in items if c.end - c.start <= COARSE_SPAN]
    yield from _sweep(short, window)
    if len(short) == len(items):
        return
    postings: dict[str, list[Candidate]] = {}
    for item in items:
        for key in _blocking_keys(item):
            postings.setdefault(key, []).append(item)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTING or all(c.end - c.start <= COARSE_SPAN for c in posting):
            continue
        for a, b in _sweep(posting, dt.timedelta(0), LONG_NEIGHBOURS):
            pair = (min(a.index, b.index), max(a.index, b.index))
            if pair in seen or (a.end - a.start <= COARSE_SPAN and b.end - b.start <= COARSE_SPAN):
                continue
            seen.add(pair)
            yield a, b


def _sweep(items: list[Candidate], window: dt.timedelta, limit: int | None = None):
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


def cluster_candidates(items: list[Candidate], vectors) -> list[Cluster]:
    """Agglomerative clustering by cluster profiles, inside the blocks of :func:`candidate_pairs`.

    The best-scoring pair of clusters merges first; a heap holds the scores, and a pair whose
    clusters changed since it was scored is re-scored only when it comes up.
    """
    clusters: dict[int, Cluster] = {c.index: Cluster(c, vectors) for c in items}
    neighbours: dict[int, set[int]] = {c.index: set() for c in items}
    for a, b in candidate_pairs(items):
        neighbours[a.index].add(b.index)
        neighbours[b.index].add(a.index)
    version = dict.fromkeys(clusters, 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(i: int, others: Sequence[int]) -> None:
        """Score cluster i against each of others and queue the pairs that may merge."""
        # the cheap reasons two clusters cannot merge first; the cosine of their words only for the rest
        keys = clusters[i].gate_keys
        worth = [j for j in others if not (keys is not None and (other := clusters[j].gate_keys) is not None
                                           and keys.isdisjoint(other))
                 and not _cannot_merge(clusters[min(i, j)], clusters[max(i, j)])]
        texts = cosines(clusters[i], [clusters[j] for j in worth], [i < j for j in worth])
        for j, text in zip(worth, texts, strict=True):
            a, b = min(i, j), max(i, j)
            score = _merge_score(clusters[a], clusters[b], text, checked=True)
            if score is not None:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for i, links in neighbours.items():
        push(i, [j for j in links if i < j])
    while heap:
        _, i, j, vi, vj = heapq.heappop(heap)
        if i not in clusters or j not in clusters or version[i] != vi or version[j] != vj:
            continue
        link = merge_link(clusters[i], clusters[j])
        clusters[i].absorb(clusters.pop(j))
        clusters[i].links.append(link)
        version[i] += 1
        for other in neighbours.pop(j):
            neighbours[other].discard(j)
            if other != i:
                neighbours[other].add(i)
                neighbours[i].add(other)
        neighbours[i].discard(i)
        push(i, list(neighbours[i]))
    return list(clusters.values())


def _cannot_merge(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters cannot merge now, whatever the cosine of their words."""
    core_a, core_b = a.core_nouns, b.core_nouns
    if core_a and core_b and not core_a & core_b and not a.entities.keys() & b.entities.keys() \
            and not (a.kinds & b.kinds and places_meet(a, b) != 0.0):
        # no actor, name or noun in common, nor a kind of happening in one place: a demonstration
        # and an arrest in one city
        return True
    return ruled_out(a, b)


def _merge_score(a: Cluster, b: Cluster, text: float | None = None, checked: bool = False) -> float | None:
    """The score if the two clusters may merge now, else None (``text`` as in :func:`cluster_score`;
    ``checked``: :func:`_cannot_merge` already said they may)."""
    if not checked and _cannot_merge(a, b):
        return None
    score = cluster_score(a, b, text)
    if score is None:
        return None
    overlap = max(a.start, b.start) <= min(a.end, b.end) and a.consistent and b.consistent
    needed = MERGE_THRESHOLD if overlap else CONFLICT_THRESHOLD
    return score if score >= needed else None


# ---------------------------------------------------------------- context-dated statements


def attach_context_dated(weak: list[Candidate], clusters: list[Cluster], vectors) -> None:
    """Add each context-dated candidate to the best event of its date, best matches first.

    Only events whose dates meet the statement's are considered (clusters sorted by start, so a
    statement looks at its own date window, not at the whole corpus).
    """
    ordered = sorted(clusters, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    longest = max((c.end - c.start for c in ordered), default=dt.timedelta(0))
    singles = [Cluster(item, vectors) for item in weak]

    def window(single: Cluster) -> list[Cluster]:
        low = bisect.bisect_left(starts, single.start - longest)
        high = bisect.bisect_right(starts, single.end)
        return [c for c in ordered[low:high] if c.end >= single.start]

    def best_for(single: Cluster) -> tuple[float, Cluster] | None:
        scored = [(score, c) for c in window(single) if (score := _attach_score(single, c)) is not None]
        return max(scored, key=lambda pair: pair[0], default=None)

    first = [(found[0], n) for n, single in enumerate(singles) if (found := best_for(single))]
    for _, n in sorted(first, reverse=True):
        found = best_for(singles[n])  # again: events may have grown since
        if found is None or found[0] < ATTACH_THRESHOLD:
            continue
        found[1].links.append(merge_link(found[1], singles[n], "attached"))
        found[1].take(singles[n])


def _attach_score(single: Cluster, cluster: Cluster) -> float | None:
    item = single.members[0]
    if not (cluster.start <= item.end and item.start <= cluster.end) or not _fits_durations(item, cluster):
        return None
    score = cluster_score(single, cluster)
    if score is None:
        return None
    context = item.event.sources[0].context
    if context is not None and any(s.mention is context for c in cluster.members for s in c.event.sources):
        return score + CONTEXT_BONUS
    if item.document in cluster.documents:
        return score + SAME_DOCUMENT_BONUS
    return score


def _fits_durations(item: Candidate, cluster: Cluster) -> bool:
    """A statement dated only to its day is not evidence for an event of one evening or minute,
    and an event dated to the minute cannot be what lasted four hours."""
    grains = {c.event.date.grain for c in cluster.members if not c.event.weak}
    if any(_finer(grain, item.event.date.grain) for grain in grains):
        return False
    return not (item.event.sources[0].durations and grains & set(GRAIN_SPAN))


GRAINS = ("second", "minute", "hour", "partofday", "day", "weekend", "week", "month", "season",
          "quarter", "half", "year", "decade", "century")


def _finer(grain: str | None, than: str | None) -> bool:
    if grain not in GRAINS or than not in GRAINS:
        return False
    return GRAINS.index(grain) < GRAINS.index(than)
