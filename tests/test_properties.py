"""Property tests (hypothesis) of the tagger and of a build: arbitrary unicode and random mixes of
German date words, numbers and punctuation, publication dates from year 1 to 9999. The number of
examples is the profile's (tests/conftest.py): 2,000 each in CI."""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from properties import (
    a_prefix_shifts_offsets_only,
    articles,
    build_writes_a_valid_chronology,
    publication,
    tag_never_raises_and_mentions_are_sound,
    tagging_is_deterministic,
    texts,
)


@given(texts, publication)
def test_tag_never_raises_and_every_mention_is_sound(text, published):
    tag_never_raises_and_mentions_are_sound(text, published)


@given(texts, publication)
def test_tagging_is_deterministic(text, published):
    tagging_is_deterministic(text, published)


@given(texts, publication)
def test_a_prefix_shifts_offsets_and_changes_nothing_else(text, published):
    a_prefix_shifts_offsets_only(text, published)


@given(articles)
@example([(None, "am"), (dt.date(1, 1, 1), "Montag")])  # a weekday given the calendar's first day
@example([(dt.date(9999, 12, 31), "Am Montag und am 3. März, gestern und kommende Woche.")])
@example([(dt.date(2022, 1, 12), "Er kam am\n\nMontag war er da.")])  # a preposition closing the paragraph before
def test_build_on_a_random_small_corpus_writes_a_valid_chronology(corpus):
    build_writes_a_valid_chronology(corpus)
