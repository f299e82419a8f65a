"""Why candidates were merged: reads two clusters at the moment they merge (their evidence from
:func:`chrono.events.similarity.score_signals`) and adds a record of what decided it, which the
chronology keeps under each merged event's ``merge``.

A link records the score, each feature's value and weight, what the two sides shared (actors,
places, kinds of happening) and how their dates met (overlapping, or disjoint: a conflict the
report will name). ``decided_by`` lists the features that spoke for the merge in any link, the
strongest first.
"""
from __future__ import annotations

from typing import Any

from chrono.events.similarity import Cluster, cluster_score, score_signals, text_cosine


def merge_link(a: Cluster, b: Cluster, how: str = "merged") -> dict[str, Any]:
    """The record of one merge of ``a`` and ``b`` (``how``: merged, or attached for a
    context-dated statement joining an event)."""
    text = text_cosine(a, b)  # once for both
    signals = score_signals(a, b, text) or []
    score = cluster_score(a, b, text)
    shared: dict[str, list[str]] = {}
    actors = sorted(key.split(":", 1)[1] for key in a.entities.keys() & b.entities.keys())
    if actors:
        shared["actors"] = actors
    places = sorted((a.places or a.datelines) & (b.places or b.datelines))
    if places:
        shared["places"] = places
    kinds = sorted(a.kinds & b.kinds)
    if kinds:
        shared["kinds"] = kinds
    overlap = max(a.start, b.start) <= min(a.end, b.end)
    return {
        "how": how,
        "score": round(score, 3) if score is not None else None,
        "dates": "overlap" if overlap else "disjoint",
        "features": {name: {"value": round(value, 3), "weight": round(weight, 3)} for name, weight, value in signals},
        "shared": shared,
    }


def merge_record(links: list[dict[str, Any]]) -> dict[str, Any] | None:
    """What decided an event's merges: the features that spoke for them (value weighted, summed
    over the links, strongest first) and the links themselves; None for an event of one statement."""
    if not links:
        return None
    strength: dict[str, float] = {}
    for link in links:
        for name, feature in link["features"].items():
            if feature["value"] > 0:
                strength[name] = strength.get(name, 0.0) + feature["value"] * feature["weight"]
        if link["dates"] == "overlap":
            strength["dates"] = strength.get("dates", 0.0)
    decided = sorted((name for name in strength if name != "dates"), key=lambda n: -strength[n])
    if any(link["dates"] == "overlap" for link in links):
        decided.append("dates")
    return {"decided_by": decided, "links": links}
