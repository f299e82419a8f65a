"""Clustering event candidates: reads the candidates with their profiles (see
:mod:`chrono.events.similarity`) and adds the clusters of those that report one event, with the
context-dated candidates attached to the event of their date.

1. Blocking (:mod:`chrono.events.blocking`): only neighbours are compared, clusters whose
   intervals overlap or lie within a few days of each other (so that conflicting reports can
   still meet), or that share a key with a long interval; a corpus is never compared pair by
   pair, and no neighbour sets are stored.
2. Clusters grow by average linkage between neighbours; of a cluster's neighbours only those
   that share a core noun, actor or kind with it are scored (the others cannot merge with it);
   disjoint dates need a much higher score (they then become a date conflict in the
   consistency report), and no two members of a cluster may lie further apart than the window in
   which conflicting reports meet (complete linkage on dates).
3. Context-dated candidates (a duration, "erstmals seit ...") never make an event of their own:
   they join the best event of their day, or are dropped.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq

import numpy as np

from chrono.events.blocking import COARSE_SPAN, CONFLICT_WINDOW, Neighbourhood
from chrono.events.explain import merge_link
from chrono.events.similarity import Candidate, Cluster, cluster_score, cosines, places_meet, ruled_out

MERGE_THRESHOLD = 0.30
CONFLICT_THRESHOLD = 0.60
ATTACH_THRESHOLD = 0.12
SAME_DOCUMENT_BONUS = 0.15
CONTEXT_BONUS = 0.3
GRAIN_SPAN = {"minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1)}


# ---------------------------------------------------------------- clustering


def cluster_candidates(items: list[Candidate], vectors) -> list[Cluster]:
    """Agglomerative clustering by cluster profiles, between neighbours (see
    :mod:`chrono.events.blocking`).

    The best-scoring pair of clusters merges first; a heap holds the scores, and a pair whose
    clusters changed since it was scored is re-scored only when it comes up. A cluster's
    neighbours are found again when it changes, and only those that share one of its core nouns,
    actors or kinds (or that have no core nouns) are looked at: which clusters hold a key is
    kept per key.
    """
    clusters: dict[int, Cluster] = {c.index: Cluster(c, vectors) for c in items}
    near = Neighbourhood(items)
    gates = _Gates()
    for key, cluster in clusters.items():
        gates.add(key, cluster.gate_keys)
    version = dict.fromkeys(clusters, 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(i: int, later_only: bool = False) -> None:
        """Score cluster i against its neighbours (with ``later_only``, those of greater keys) and
        queue the pairs that may merge."""
        adjacent = near.of(i, (m.index for m in clusters[i].members))
        if later_only:
            adjacent = adjacent[adjacent > i]
        # the cheap reasons two clusters cannot merge first; the cosine of their words only for the rest
        others = gates.sharing(i, adjacent)
        worth = [j for j in others if not _cannot_merge(clusters[min(i, j)], clusters[max(i, j)])]
        texts = cosines(clusters[i], [clusters[j] for j in worth], [i < j for j in worth])
        for j, text in zip(worth, texts, strict=True):
            a, b = min(i, j), max(i, j)
            score = _merge_score(clusters[a], clusters[b], text, checked=True)
            if score is not None:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for i in list(clusters):
        push(i, later_only=True)
    while heap:
        _, i, j, vi, vj = heapq.heappop(heap)
        if i not in clusters or j not in clusters or version[i] != vi or version[j] != vj:
            continue
        link = merge_link(clusters[i], clusters[j])
        gates.remove(i)
        gates.remove(j)
        absorbed = clusters.pop(j)
        near.merged(i, (m.index for m in clusters[i].members), j, (m.index for m in absorbed.members))
        clusters[i].absorb(absorbed)
        clusters[i].links.append(link)
        version[i] += 1
        gates.add(i, clusters[i].gate_keys)
        push(i)
    return list(clusters.values())


class _Gates:
    """The gate keys of the clusters (:attr:`Cluster.gate_keys`), and per key the clusters that
    hold it: who can share a key with a cluster is looked up, not tested one by one."""

    def __init__(self) -> None:
        self.keys: dict[int, frozenset | None] = {}
        self.postings: dict[tuple[str, str], set[int]] = {}
        self.ungated: set[int] = set()  # clusters without core nouns: no key rules a pair with them out

    def add(self, key: int, gate: frozenset | None) -> None:
        self.keys[key] = gate
        if gate is None:
            self.ungated.add(key)
        for item in gate or ():
            self.postings.setdefault(item, set()).add(key)

    def remove(self, key: int) -> None:
        gate = self.keys.pop(key)
        self.ungated.discard(key)
        for item in gate or ():
            posting = self.postings[item]
            posting.discard(key)
            if not posting:
                del self.postings[item]

    def sharing(self, i: int, adjacent: np.ndarray) -> list[int]:
        """The clusters of ``adjacent`` whose gate keys are not disjoint from those of cluster i
        (or that have none, or all when i has none), in key order: from the postings of i's keys
        where they hold fewer clusters than ``adjacent``."""
        keys = self.keys[i]
        if keys is None:
            return adjacent.tolist()
        chosen = [self.postings[k] for k in keys if k in self.postings]
        if sum(len(p) for p in chosen) + len(self.ungated) < len(adjacent):
            found = np.fromiter(set().union(*chosen, self.ungated), dtype=np.int64)
            return np.intersect1d(found, adjacent, assume_unique=True).tolist()
        gates = self.keys
        return [j for j in adjacent.tolist() if (other := gates[j]) is None or not keys.isdisjoint(other)]


def _cannot_merge(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters cannot merge now, whatever the cosine of their words."""
    if max(a.start, b.start) > min(a.end, b.end) + CONFLICT_WINDOW:
        # complete linkage on dates: every two members must lie within the window in which
        # conflicting reports meet (a cluster's start and end are the latest start and the earliest
        # end of its members), so sentences written to one template do not chain week by week
        return True
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
    score = cluster_score(a, b, text, allowed=True)  # _cannot_merge asked ruled_out
    if score is None:
        return None
    overlap = max(a.start, b.start) <= min(a.end, b.end) and a.consistent and b.consistent
    needed = MERGE_THRESHOLD if overlap else CONFLICT_THRESHOLD
    return score if score >= needed else None


# ---------------------------------------------------------------- context-dated statements


def attach_context_dated(weak: list[Candidate], clusters: list[Cluster], vectors) -> None:
    """Add each context-dated candidate to the best event of its date, best matches first.

    Only events whose dates meet the statement's are considered (clusters sorted by start, so a
    statement looks at its own date window, not at the whole corpus), and only events dated to
    within a month (``COARSE_SPAN``), no less precisely than the statement, or told by the
    statement's own article: an event known only to its year is not the event of another
    article's statement of one day, and in a long archive such events would meet every statement
    of their year.
    """
    ordered = sorted((c for c in clusters if c.end - c.start <= COARSE_SPAN), key=lambda c: c.start)
    coarse = [c for c in clusters if c.end - c.start > COARSE_SPAN]
    coarse_of: dict[str, list[Cluster]] = {}
    for cluster in coarse:
        for document in cluster.documents:
            coarse_of.setdefault(document, []).append(cluster)
    starts = [c.start for c in ordered]
    longest = max((c.end - c.start for c in ordered), default=dt.timedelta(0))
    singles = [Cluster(item, vectors) for item in weak]

    def window(single: Cluster) -> list[Cluster]:
        low = bisect.bisect_left(starts, single.start - longest)
        high = bisect.bisect_right(starts, single.end)
        near = [c for c in ordered[low:high] if c.end >= single.start]
        span, document = single.end - single.start, single.members[0].document
        # the coarse events of its own article, and where it is coarse itself, those no coarser
        coarse_near = coarse_of.get(document, []) if span <= COARSE_SPAN else \
            [c for c in coarse if c.end - c.start <= span or document in c.documents]
        return near + [c for c in coarse_near if c.start <= single.end and c.end >= single.start]

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
