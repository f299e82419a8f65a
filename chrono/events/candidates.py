"""Event candidates: reads an article with its temporal mentions and adds one event candidate
per dated statement, with its date, headline, status, places, actors and source (the sentence
spans come from :mod:`chrono.text.segments`, the dates from :mod:`chrono.events.dates`, the
actors from :mod:`chrono.events.actors`, the headline from :mod:`chrono.events.headlines`).

An event is a dated statement: a sentence (or clause) with a DATE or TIME mention that dates
something that happened, is planned or is expected. A DURATION never dates an event by itself;
a sentence that only says how long something lasted ("berieten rund vier Stunden lang") or that
something happens again for the first time since ("nach zweieinhalb Jahren wieder tagt") becomes
a *context-dated* candidate: it takes the date of the nearest dated sentence before it, and it
may join an event reported elsewhere but never makes an event of its own (see chrono.events.merging).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import cast

from chrono.events import places as gazetteer
from chrono.events.actors import actors_in, known_people, regions_in, without_organisations
from chrono.events.cues import cues, lower_words
from chrono.events.dates import (
    days_with_their_time,
    is_activity_duration,
    is_age,
    is_elapsed,
    is_frequency,
    shifted,
    usable_date,
    written_span,
)
from chrono.events.headlines import first_words, headline, time_frame, without_spans
from chrono.events.model import Actor, Event, Source
from chrono.model import Article, Mention, TimeValue
from chrono.text.segments import clause_span, paragraphs, sentences

FINE_GRAINS = ("minute", "hour", "partofday", "second")
CONTEXT_SENTENCES = 6
STATEMENT_WORDS = 6


def _time_value(mention: Mention) -> TimeValue:
    return TimeValue(mention.type, cast(str, mention.value), mention.grain, mention.mod, mention.earliest,
                     mention.latest)


def _range_pairs(sentence: str, offset: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """("von 2011 bis 2018"): consecutive date mentions joined by bis/-."""
    pairs = []
    for first, second in itertools.pairwise(mentions):
        between = sentence[first.end - offset:second.start - offset]
        before = sentence[max(0, first.start - offset - 9):first.start - offset].lower()
        if re.fullmatch(r"\s*(?:bis(?: zum| zur)?|-|–|und)\s*", between) and re.search(r"\b(?:von|vom|zwischen)\s+$", before):
            pairs.append((first, second))
    return pairs


def _joined(first: Mention, second: Mention) -> TimeValue:
    grain = first.grain if first.grain == second.grain else None
    return TimeValue(first.type, f"{first.value}/{second.value}", grain or first.grain, None,
                     first.earliest, second.latest)


def _day_of(mention: Mention) -> TimeValue:
    """The date a context-dated statement takes from a mention before it: its day if finer."""
    if mention.grain in FINE_GRAINS:
        day = cast(str, mention.earliest or mention.value)[:10]
        return TimeValue("DATE", day, "day", None, day, day)
    return _time_value(mention)


def _published_date(article: Article) -> Mention | None:
    if article.published is None or article.published.precision != "day":
        return None
    day = article.published.value
    return Mention(0, 0, "", "DATE", day, grain="day", earliest=day, latest=day)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention]
    paragraph: int = 0
    inherited: list[Actor] = field(default_factory=list)  # actors of the sentence before, for "Er ..."
    actors: list[Actor] | None = None  # its own, once asked for (see _actors_of)
    dateline: gazetteer.Place | None = None  # the place of the dateline above it ("Graz. ...")
    country: str | None = None  # the article's country, for towns of one name in several countries


def _actors_of(sentence: _Sentence, people: dict[str, Actor], language: str) -> list[Actor]:
    """The actors named in ``sentence`` (a new list), found once: a sentence is asked for its own
    candidates and again as the sentence before the next one, always with the same ``people``."""
    if sentence.actors is None:
        sentence.actors = actors_in(sentence.text, people, language)
    return list(sentence.actors)


def _sentences(article: Article, mentions: list[Mention]) -> list[_Sentence]:
    kept = [m for m in mentions if not article.in_boilerplate(m.start, m.end) and not is_frequency(m, article.text)]
    result = []
    datelines = _datelines(article)
    country = gazetteer.article_country(article.text, article.language)
    for start, end, paragraph in _joined_across([(s.start, s.end, s.paragraph) for s in sentences(article.text, article.language)], kept):
        if article.in_boilerplate(start, end):
            continue
        inside = [m for m in kept if start <= m.start and m.end <= end]
        dateline = next((place for begin, place in reversed(datelines) if begin <= start), None)
        result.append(_Sentence(start, end, article.text[start:end], sorted(inside, key=lambda m: m.start),
                                paragraph, dateline=dateline, country=country))
    return result


def _datelines(article: Article) -> list[tuple[int, gazetteer.Place | None]]:
    """Where each dateline's place starts to apply: from its paragraph on, until the next dateline
    (a police report gives one to each of its items)."""
    found: list[tuple[int, gazetteer.Place | None]] = []
    for start, end in paragraphs(article.text):
        place = gazetteer.dateline_place(article.text[start:end], article.language)
        if place is not None:
            found.append((start, place))
    return found


def _joined_across(spans: list[tuple[int, int, int]], mentions: list[Mention]) -> list[tuple[int, int, int]]:
    """Sentences joined where a temporal expression runs across their boundary."""
    joined: list[tuple[int, int, int]] = []
    for start, end, paragraph in spans:
        if joined and any(m.start < joined[-1][1] and m.end > start for m in mentions):
            start = joined.pop()[0]
        joined.append((start, end, paragraph))
    return joined


def extract_events(article: Article, mentions: list[Mention] | None = None, *, language: str = "de",
                   people: dict[str, Actor] | None = None) -> list[Event]:
    """One event candidate per dated clause of ``article`` (mentions default to ``article.mentions``).

    Mentions inside boilerplate never make events. ``people`` maps surnames to people known from
    elsewhere (e.g. other articles of the corpus); people introduced in this article are added.
    """
    mentions = list(article.mentions if mentions is None else mentions)
    known = dict(people or {})
    for surname, person in known_people(article.text, language).items():
        if surname not in known or len(person.name) > len(known[surname].name):
            known[surname] = person  # "Regierungschefin Rehwald" is the Anke Rehwald known from elsewhere
    sentences = _sentences(article, mentions)
    events: list[Event] = []
    published = _published_date(article)
    context: Mention | None = published
    context_age = 0
    previous: Event | None = None
    before: _Sentence | None = None
    for sentence in sentences:
        prior = before if before is not None and before.paragraph == sentence.paragraph else None
        if prior is not None:
            sentence.inherited = _actors_of(prior, known, language) or prior.inherited
        before = sentence
        dated = [m for m in days_with_their_time(article.text, sentence.mentions) if usable_date(m)]
        first_word = (lower_words(sentence.text) or [""])[0]
        if previous is not None and not dated and first_word in cues(language)["anaphoric_starts"]:
            _extend(previous, sentence)
            continue
        made = _dated_candidates(article, sentence, dated, known, language)
        if prior is not None and not prior.mentions and set(lower_words(sentence.text)) & set(cues(language)["date_nouns"]):
            for event in made:  # "Wann ... zurückkehren können, ist offen. Flury nannte Ende November als Termin."
                event.sources[0].statement = _blank(prior, None, language) + " " + event.sources[0].statement
        made += _context_candidates(article, sentence, dated, context if context_age <= CONTEXT_SENTENCES
                                    else published, known, language)
        events.extend(made)
        previous = made[-1] if made else None
        anchoring = [m for m in dated if (m.signal or "").lower() != "seit"]
        if anchoring:
            context, context_age = anchoring[-1], 0
        else:
            context_age += 1
    return events


def _extend(event: Event, sentence: _Sentence) -> None:
    """A sentence starting "Damals ..." continues the statement of the one before it."""
    source = event.sources[0]
    source.statement += " " + sentence.text
    source.regions = sorted(set(source.regions) | set(regions_in(sentence.text)))
    for place in gazetteer.places_in(sentence.text):
        if place[2] not in event.locations:
            event.locations.append(place[2])


def _dated_candidates(article: Article, sentence: _Sentence, dated: list[Mention],
                      people: dict[str, Actor], language: str) -> list[Event]:
    if not _says_something(sentence, language):
        return []  # a date line ("Saarbrücken, 24. März 2025."): nothing happens in it
    ranges = _range_pairs(sentence.text, sentence.start, dated)
    seconds = {id(second) for _, second in ranges}
    firsts = {id(first) for first, _ in ranges}
    events = []
    for mention in dated:
        if id(mention) in seconds:
            continue
        if _end_point(mention) and id(mention) not in firsts and _dated_otherwise(sentence, mention, dated, seconds):
            continue  # "am Dienstag ... bis 2026 verlängert": the clause is dated by its other date
        pair = next((p for p in ranges if p[0] is mention), None)
        date = _joined(*pair) if pair else _time_value(mention)
        end = pair[1].end if pair else mention.end
        written = (_written_start(sentence, mention, language), end)
        is_since = (mention.signal or "").lower() == "seit"
        event = _candidate(article, sentence, mention, written, date, people, language,
                           status="happened" if is_since else None)
        if is_since:
            event.locations = []  # the places of "erstmals seit ..." are those of the new occurrence
        events.append(event)
    return events


def _written_in(sentence: _Sentence, mention: Mention, language: str) -> int:
    """Where the mention as written begins in its sentence, its preposition included: never before
    the sentence (a "Am" closing the paragraph before is not part of it)."""
    return written_span(sentence.text, shifted(mention, sentence.start), language)[0]


def _written_start(sentence: _Sentence, mention: Mention, language: str) -> int:
    """:func:`_written_in`, as an offset in the article."""
    return _written_in(sentence, mention, language) + sentence.start


def _end_point(mention: Mention) -> bool:
    """"bis 2026", "bis Montag": the end of a state or a deadline, not the date it began."""
    return (mention.signal or "").lower() in cues()["end_signals"]


def _dated_otherwise(sentence: _Sentence, mention: Mention, dated: list[Mention], seconds: set[int]) -> bool:
    """Whether the clause of ``mention`` holds another date that is neither an end point nor "seit"."""
    local = (mention.start - sentence.start, mention.end - sentence.start)
    left, right = clause_span(sentence.text, *local)
    return any(other is not mention and id(other) not in seconds and not _end_point(other)
               and (other.signal or "").lower() != "seit"
               and left <= other.start - sentence.start and other.end - sentence.start <= right
               for other in dated)


def _says_something(sentence: _Sentence, language: str) -> bool:
    """Whether anything but places, names and dates is left of a sentence without its temporal
    expressions: a statement has a verb, and German writes verbs in lower case."""
    text = _blank(sentence, None, language)
    return any(len(word) > 2 and word.islower() and word not in cues(language)["prepositions"]
               for word in re.findall(r"[\wäöüß]+", text))


def _context_candidates(article: Article, sentence: _Sentence, dated: list[Mention],
                        context: Mention | None, people: dict[str, Actor], language: str) -> list[Event]:
    """Statements dated by the sentences before them: a duration, or "erstmals seit ..." ."""
    if context is None:
        return []
    own_dates = [m for m in dated if (m.signal or "").lower() != "seit"]
    if own_dates:
        return []
    words = set(lower_words(sentence.text))
    first_since = bool(words & set(cues(language)["first_since"]))
    elapsed = [m for m in sentence.mentions if is_elapsed(m, language, sentence.text)]
    since_dates = [m for m in dated if (m.signal or "").lower() == "seit"]
    activity = [m for m in sentence.mentions if is_activity_duration(m, sentence.text, language)]
    if not activity and not (first_since and (elapsed or since_dates)):
        return []
    own = (activity or elapsed or since_dates)[0]
    written = (_written_start(sentence, own, language), own.end)
    event = _candidate(article, sentence, own, written, _day_of(context), people, language)
    source = event.sources[0]
    source.dated_by = "context"
    source.context = context if context.text else None
    return [event]


def _candidate(article: Article, sentence: _Sentence, mention: Mention, written: tuple[int, int],
               date: TimeValue, people: dict[str, Actor], language: str,
               status: str | None = None) -> Event:
    local = (mention.start - sentence.start, mention.end - sentence.start)
    clause = clause_span(sentence.text, *local)
    clause_text = sentence.text[clause[0]:clause[1]]
    said = clause, clause_text  # what the statement is compared by
    if len(clause_text.split()) < 4 or time_frame(clause_text, sentence.text[clause[1]:], language):
        clause, clause_text = (0, len(sentence.text)), sentence.text  # "Es war kurz nach neun Uhr, als ..."
        if len(said[1].split()) < 4:
            said = clause, clause_text
    actors = _actors_of(sentence, people, language)
    if not actors and set(lower_words(sentence.text)) & set(cues(language)["anaphors"]):
        actors = list(sentence.inherited)  # "Er ...", "Seine Mannschaft ...": those of the sentence before
    blanks = [(max(0, _written_in(sentence, m, language) - clause[0]),
               m.end - sentence.start - clause[0])
              for m in sentence.mentions if clause[0] <= m.start - sentence.start and m.end - sentence.start <= clause[1]
              and not is_age(m, sentence.text, language)]  # "ein 23-Jähriger" is who, not when
    places = []
    for _, _, place in gazetteer.places_in(without_organisations(sentence.text, language), language, sentence.country):
        if place not in places:
            places.append(place)
    source = Source(
        document=article.id, outlet=article.source,
        published=article.published.value if article.published else None,
        sentence=sentence.text, sentence_start=sentence.start, sentence_end=sentence.end,
        mention=mention, written=written,
        status=status or status_of(clause_text, mention.tense, language), date=date,
        durations=[m for m in sentence.mentions if is_activity_duration(m, sentence.text, language)],
        anchors=[m for m in sentence.mentions
                 if is_elapsed(m, language, sentence.text) or (usable_date(m) and (m.signal or "").lower() == "seit")],
        statement=_blank(sentence, said[0] if len(said[1].split()) >= STATEMENT_WORDS else None, language),
        regions=regions_in(sentence.text, language),
        dateline=sentence.dateline,
    )
    if status is None and source.status == "happened" and _still_to_come(article, mention, date):
        source.status = "planned"
    lead = without_spans(sentence.text[:clause[0]], [(_written_in(sentence, m, language),
                                                  m.end - sentence.start) for m in sentence.mentions
                                                 if m.end - sentence.start <= clause[0]])
    title = (headline(clause_text, blanks, actors, language, lead=lead)
             or first_words(sentence.text) or mention.text)
    return Event(date=date, title=title, status=source.status,
                 sources=[source], locations=places, actors=actors)


def _still_to_come(article: Article, mention: Mention, date: TimeValue) -> bool:
    """A date after the publication day, told in the present ("Karlsruhe empfängt am Sonntag ...",
    "Weiter geht es am Freitag") or as an end point ("bleibt bis Montag gesperrt"), is a schedule,
    not a report. A past-tense report of such a date stays a report: the consistency check
    questions it."""
    published = _published_date(article)
    if published is None or date.earliest is None or (mention.tense == "past" and not _end_point(mention)):
        return False
    return date.earliest[:10] > (published.value or "")


def status_of(clause: str, tense: str | None, language: str = "de") -> str:
    """happened | planned | expected, from cue words in the clause and the sentence's tense."""
    tokens = lower_words(clause)
    # "länger als erwartet", "früher als geplant": a comparison, not an expectation or a plan
    words = {w for i, w in enumerate(tokens) if i == 0 or tokens[i - 1] not in cues(language)["comparison"]}
    status_cues = cues(language)["status"]
    if words & set(status_cues["planned"]):
        return "planned"
    if words & set(status_cues["expected"]) or words & set(status_cues["future"]) or tense == "future":
        return "expected"
    return "happened"


def _blank(sentence: _Sentence, clause: tuple[int, int] | None, language: str) -> str:
    """The clause (or sentence) with every temporal expression removed: what it says, not when."""
    text = sentence.text
    anchor = re.compile(rf"\s+(?:{'|'.join(cues(language)['anchor_prepositions'])})\s+"
                        rf"(?:{'|'.join(cues(language)['articles'])}|des)\s+[A-ZÄÖÜ][\wäöüß-]*")
    for mention in sorted(sentence.mentions, key=lambda m: m.start, reverse=True):
        if is_age(mention, sentence.text, language):
            continue
        start = _written_in(sentence, mention, language)
        end = mention.end - sentence.start
        if mention.type == "DURATION" and (after := anchor.match(text, end)):
            end = after.end()  # "zwei Tage nach der Landtagswahl": another event, named only to date this one
        text = text[:start] + " " * (end - start) + text[end:]
    if clause is not None:
        text = text[clause[0]:clause[1]]
    return " ".join(text.split())
