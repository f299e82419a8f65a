"""Sentences of an article: reads its text, its boilerplate spans and its mentions, and adds the
sentences outside boilerplate (:mod:`chrono.text.segments`, cut at line ends), each with the event features of
its words (:mod:`chrono.events.features`), the mentions' own words left out.

**A mention's own features.** A phrase that names another happening only to date this one ("neun
Tage nach dem Ausbruch des Waldbrands", ``anchor_phrase`` in ``sameevent.yaml``) does not say what
a mention elsewhere in the sentence dates: :func:`mention_features` leaves its words out, unless
the mention belongs to the phrase ("seit dem Angriff in der Nacht zum 2. März").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chrono.events.features import Features, cues, features
from chrono.model import Article, Mention
from chrono.text.segments import line_spans, sentence_spans


@dataclass(slots=True)
class Sentence:
    """A sentence (or one line of it) outside boilerplate: its span, text and event features."""

    start: int
    end: int
    text: str
    feats: Features


def article_sentences(article: Article, mentions: list[Mention], places: bool = True) -> list[Sentence]:
    """Sentences of the article text outside boilerplate, cut at line ends (``places=False``: their
    features without places)."""
    text = article.text
    spans = [(m.start, m.end) for m in mentions]
    result = []
    for start, end in sentence_spans(text, article.language):
        for line_start, line_end in line_spans(text, start, end):
            if article.in_boilerplate(line_start, line_end):
                continue
            piece = text[line_start:line_end]
            skip = [(s - line_start, e - line_start) for s, e in spans if line_start <= s < line_end]
            result.append(Sentence(line_start, line_end, piece, features(piece, skip, article.language, places)))
    return result


_GENITIVE = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*")
_JOINS = 4  # characters between a phrase and a mention that belongs to it ("Angriff in der Nacht")


@lru_cache(maxsize=8)
def reference_phrase(language: str) -> re.Pattern[str] | None:
    """A phrase that names another happening to date or place this one (``anchor_phrase``)."""
    pattern = cues(language).get("anchor_phrase")
    return re.compile(pattern) if pattern else None


def mention_features(sentence: Sentence, mention: Mention, mentions: list[Mention], language: str,
                     memo: dict[Any, Any]) -> Features:
    """The features of ``sentence`` for ``mention``: without the words of phrases that date it by
    another happening (the words of all ``mentions`` are left out as always); ``memo`` remembers
    the result per sentence and phrase set."""
    phrase = reference_phrase(language)
    if phrase is None:
        return sentence.feats
    references = []
    for m in phrase.finditer(sentence.text):
        end = m.end()
        genitive = _GENITIVE.match(sentence.text, end)
        if genitive:
            end = genitive.end()
        start, stop = sentence.start + m.start(), sentence.start + end
        joined = start <= mention.start <= stop + _JOINS or start <= mention.end <= stop
        if not joined:
            references.append((m.start(), end))
    if not references:
        return sentence.feats
    key = (sentence.start, tuple(references))
    if key not in memo:
        memo[key] = sentence_features(sentence, mentions, language, leave_out=references)
    return memo[key]  # type: ignore[no-any-return]


@lru_cache(maxsize=8)
def _continuation_opener(language: str) -> re.Pattern[str] | None:
    openers = cues(language).get("continuation_openers") or []
    if not openers:
        return None
    alternatives = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternatives})(?![\wäöüß])")


def continues(sentence: Sentence, language: str) -> bool:
    """Whether ``sentence`` tells what happened at the date of the sentence before it: it opens with
    a ``continuation_openers`` word ("Damals hatte ..."; a date it names besides is of something
    else: "Damals kündigte er an, das Werk bis Ende September zu schließen")."""
    opener = _continuation_opener(language)
    return opener is not None and opener.match(sentence.text) is not None


def joined(a: Features, b: Features) -> Features:
    """The features of two sentences read as one."""
    return Features(a.words | b.words, a.places | b.places, a.kinds | b.kinds)


def sentence_features(sentence: Sentence, mentions: list[Mention], language: str,
                      leave_out: list[tuple[int, int]] | None = None) -> Features:
    """The features of ``sentence`` (with its places), its mentions' words and the ``leave_out``
    spans (offsets in the sentence) left out."""
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in mentions
             if sentence.start <= m.start < sentence.end]
    return features(sentence.text, spans + (leave_out or []), language)
