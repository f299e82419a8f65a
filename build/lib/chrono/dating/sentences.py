"""Sentences of an article: reads its text, its boilerplate spans and its mentions, and adds the
sentences outside boilerplate (:mod:`chrono.text.segments`, cut at line ends), each with the event features of
its words (:mod:`chrono.events.features`), the mentions' own words left out.
"""
from __future__ import annotations

from dataclasses import dataclass

from chrono.events.features import Features, features
from chrono.model import Article, Mention
from chrono.text.segments import line_spans, sentence_spans


@dataclass(slots=True)
class Sentence:
    """A sentence (or one line of it) outside boilerplate: its span, text and event features."""

    start: int
    end: int
    text: str
    feats: Features


def article_sentences(article: Article, mentions: list[Mention]) -> list[Sentence]:
    """Sentences of the article text outside boilerplate, cut at line ends."""
    text = article.text
    spans = [(m.start, m.end) for m in mentions]
    result = []
    for start, end in sentence_spans(text, article.language):
        for line_start, line_end in line_spans(text, start, end):
            if article.in_boilerplate(line_start, line_end):
                continue
            piece = text[line_start:line_end]
            skip = [(s - line_start, e - line_start) for s, e in spans if line_start <= s < line_end]
            result.append(Sentence(line_start, line_end, piece, features(piece, skip, article.language)))
    return result
