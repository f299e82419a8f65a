"""A chronology carrying a hostile article's text in every field that reaches the timeline page."""
from __future__ import annotations

import copy
from pathlib import Path

XSS_ARTICLE = Path(__file__).parent / "data" / "render" / "xss_article.txt"
XSS_TEXT = XSS_ARTICLE.read_text(encoding="utf-8")


def hostile(chronology: dict) -> dict:
    """The chronology with the hostile article's text in every field that reaches the page."""
    data = copy.deepcopy(chronology)
    line = XSS_TEXT.splitlines()[2]
    data["documents"].append({"id": "xss", "file": "xss_article.txt", "source": XSS_TEXT.splitlines()[0],
                              "title": "<script>window.__xss = 6</script>", "url": "javascript:window.__xss=7",
                              "language": "de", "published": {"value": "2022-01-14", "precision": "day",
                                                              "source": "given", "confidence": 1.0,
                                                              "evidence": [], "runner_up": None},
                              "boilerplate": [], "mentions": []})
    start = line.index("Am Freitag")
    data["events"].append({
        "id": "E900", "title": line, "status": "happened",
        "date": {"value": "2022-01-14", "type": "DATE", "grain": "day", "mod": None,
                 "earliest": "2022-01-14", "latest": "2022-01-14"},
        "locations": [{"name": "Bern <img src=x onerror=\"window.__xss = 8\">", "geonameid": None,
                       "country": "CH", "lat": None, "lon": None}],
        "actors": [{"name": "<svg onload=\"window.__xss = 9\">", "role": "\"'", "kind": "person"}],
        "sources": [{"document": "xss", "outlet": XSS_TEXT.splitlines()[0], "published": "2022-01-14",
                     "sentence": line, "sentence_start": 0, "sentence_end": len(line),
                     "mention": {"text": "Am Freitag, 14. Januar 2022", "start": start, "end": start + 27,
                                 "value": "2022-01-14", "type": "DATE"}}],
        "findings": ["F900"],
    })
    data["findings"].append({"id": "F900", "kind": "date_conflict", "severity": "conflict", "event": "E900",
                             "sources": [{"document": "xss", "quote": XSS_TEXT.splitlines()[4], "value": None}],
                             "explanation": "</script><script>window.__xss = 10</script>"})
    return data
