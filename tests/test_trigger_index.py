"""The tagger's shortcuts give what the slow way gives: the trigger index names the rules each rule's
own trigger names, and a word is offered to the participle pattern only when it ends as one can."""
import pathlib
import re

import pytest

from chrono.lang import load
from chrono.temporal.rules import Language

ROOT = pathlib.Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def _words() -> list[str]:
    """Every word of the test articles and seeds, lower case, with numbers and made-up compounds."""
    words: set[str] = set()
    for path in [*(ROOT / "tests" / "data").rglob("*.txt"), *(ROOT / "seeds").glob("*.txt")]:
        words.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace").lower()))
    words.update(["2022", "12", "7", "123", "05", "q3", "kw", "jahrhundertwende", "faschingsdienstag",
                  "zweiwöchig", "dreistündigen", "achtzigerjahre", "90er", "jahreshälfte", "wochenende"])
    return sorted(words)


@pytest.fixture(scope="module")
def german() -> Language:
    return load("de")


def test_the_trigger_index_names_the_rules_whose_triggers_fire(german):
    german.classify("montag")  # the index is made on the first word
    index = german.trigger_index
    for word in _words():
        expected = tuple(i for i, rule in enumerate(german.rules) if rule.trigger and rule.trigger.fires(word))
        assert index.rules_of(word) == expected, word


def test_every_participle_ends_as_the_language_says(german):
    assert german.participle is not None
    found = [w for w in _words() if german.participle.fullmatch(w)]
    assert len(found) > 100  # the texts hold many participles
    assert all(w.endswith(german.participle_endings) for w in found)
