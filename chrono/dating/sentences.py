"""Sentences of an article: reads its text, its boilerplate spans and its mentions, and adds the
sentences outside boilerplate (split by syntok and at line ends), each with the event features of
its words (:mod:`chrono.events.features`), the mentions' own words left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from chrono.events.features import Features, features
from chrono.model import Article, Mention


@dataclass(slots=True)
class Sentence:
    """A sentence (or one line of it) outside boilerplate: its span, text and event features."""

    start: int
    end: int
    text: str
    feats: Features


def article_sentences(article: Article, mentions: list[Mention]) -> list[Sentence]:
    """Sentences of the article text outside boilerplate, split by syntok and at line ends."""
    text = article.text
    spans = [(m.start, m.end) for m in mentions]
    result = []
    for start, end in _sentence_spans(text):
        for line_start, line_end in _line_pieces(text, start, end):
            if article.in_boilerplate(line_start, line_end):
                continue
            piece = text[line_start:line_end]
            skip = [(s - line_start, e - line_start) for s, e in spans if line_start <= s < line_end]
            result.append(Sentence(line_start, line_end, piece, features(piece, skip, article.language)))
    return result


ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """syntok's sentences, joined again where one ends in a day ordinal ("Am 3." + "Oktober 1990 ...")."""
    from syntok import segmenter

    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and ORDINAL_END.search(text[spans[-1][0]:spans[-1][1]]) and "\n" not in text[spans[-1][1]:start]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for match in re.finditer(r"\n", text[start:end]):
        pieces.append((pos, start + match.start()))
        pos = start + match.end()
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]
