"""Publication dates: the solver on constructed constraints, the inference on constructed mentions
(independent of the tagger), and the five seed articles with the real tagger."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from chrono.dating.inference import date_articles
from chrono.dating.solver import Constraint, solve
from chrono.ingest.files import iter_articles
from chrono.model import Article, Mention
from chrono.temporal import expr as ex
from chrono.temporal import extract
from chrono.temporal.resolve import resolve
from chrono.temporal.written import parse_written_date

SEEDS = Path(__file__).parent.parent / "seeds"
D = dt.date


# ---------------------------------------------------------------- the solver


def interval(kind: str, start: D, end: D, weight: float = 1.0, proposes: bool = True) -> Constraint:
    return Constraint(kind, weight, lambda d: float(start <= d <= end), lambda d: kind,
                      (start, end) if proposes else None)


def test_solver_picks_the_day_that_satisfies_the_most_weight():
    constraints = [interval("a", D(2022, 1, 10), D(2022, 1, 20)), interval("b", D(2022, 1, 15), D(2022, 1, 25)),
                   interval("c", D(2022, 1, 18), D(2022, 1, 18), weight=0.5)]
    solution = solve(constraints)
    assert solution.best == D(2022, 1, 18)
    assert solution.runner_up is not None and solution.runner_up != solution.best
    assert solution.score == pytest.approx(2.5)


def test_solver_breaks_a_tie_by_the_habit_of_news():
    constraints = [interval("week", D(2022, 1, 3), D(2022, 1, 9))]
    solution = solve(constraints, habit=lambda d: (abs((d - D(2022, 1, 7)).days),))
    assert solution.best == D(2022, 1, 7)
    assert solution.tie_broken_by_recency
    clear = solve([interval("day", D(2022, 1, 7), D(2022, 1, 7)), interval("week", D(2022, 1, 3), D(2022, 1, 9))])
    assert solution.confidence < clear.confidence


def test_solver_without_any_proposed_day_returns_none():
    assert solve([interval("bound", D(2022, 1, 1), D(2022, 12, 31), proposes=False)]) is None


def test_contradicted_constraints_are_reported():
    constraints = [interval("a", D(2022, 1, 10), D(2022, 1, 12), weight=2),
                   interval("b", D(2022, 2, 1), D(2022, 2, 2), weight=1)]
    solution = solve(constraints)
    assert solution.best in (D(2022, 1, 10), D(2022, 1, 11), D(2022, 1, 12))
    assert [c.kind for c in solution.contradicted] == ["b"]


@pytest.mark.parametrize(("written", "expected"), [
    ("12.01.2022", (D(2022, 1, 12), "day")),
    ("12. Januar 2022", (D(2022, 1, 12), "day")),
    ("2022-01", (D(2022, 1, 1), "month")),
    ("gestern", None),
])
def test_written_dates_are_parsed_with_their_precision(written, expected):
    assert parse_written_date(written) == expected


# ---------------------------------------------------------------- inference on constructed mentions


def mention(text: str, phrase: str, expression: ex.Expr, tense: str | None, signal: str | None = None,
            kind: str = "DATE", mod: str | None = None) -> Mention:
    start = text.index(phrase)
    probe = resolve(expression, D(2000, 1, 1), tense)
    return Mention(start, start + len(phrase), phrase, kind, probe.value, mod, signal, probe.grain,
                   None if expression.relative else probe.earliest, None if expression.relative else probe.latest,
                   tense, expr=expression)


@pytest.fixture
def fake_tagger(monkeypatch):
    """Replace the tagger by a table text -> mentions, so the inference is tested on its own."""
    table: dict[str, list[Mention]] = {}
    monkeypatch.setattr(extract, "tag", lambda text, published=None, language="de": table.get(text, []))
    return table


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text)


def test_a_date_line_gives_the_day_and_anchors_another_articles_weekday(fake_tagger):
    dated = article("dated", "Stand: 12.01.2022\nDer Rat tagte am Mittwoch in Genf.")
    other = article("other", "Der Rat kam am Mittwoch in Genf zusammen. Die Stimmung war gedrückt.")
    fake_tagger[dated.text] = [mention(dated.text, "Mittwoch", ex.Weekday(3), "past")]
    fake_tagger[other.text] = [mention(other.text, "Mittwoch", ex.Weekday(3), "past")]
    date_articles([dated, other])
    assert (dated.published.value, dated.published.source) == ("2022-01-12", "text")
    assert (other.published.value, other.published.source) == ("2022-01-12", "inferred")
    assert any("dated" in line and "Mittwoch" in line for line in other.published.evidence)
    # the kinds of evidence the inferred day rests on: the event the dated article dates
    assert "same-event date" in other.published.grounds and dated.published.grounds == []


def test_a_future_weekday_of_a_dated_event_puts_the_article_before_it(fake_tagger):
    dated = article("dated", "Stand: 12.01.2022\nDer Rat tagte am Mittwoch in Genf.")
    preview = article("preview", "Für Mittwoch ist eine Tagung des Rats in Genf angesetzt. "
                                 "Am Freitag sagte die Ministerin, sie sei zuversichtlich.")
    fake_tagger[dated.text] = [mention(dated.text, "Mittwoch", ex.Weekday(3), "past")]
    fake_tagger[preview.text] = [mention(preview.text, "Mittwoch", ex.Weekday(3), "future"),
                                 mention(preview.text, "Freitag", ex.Weekday(5), "past")]
    date_articles([dated, preview])
    assert preview.published.value == "2022-01-07"  # the Friday before Wednesday 12 January
    assert preview.published.runner_up is not None
    assert any("Freitag" in line for line in preview.published.evidence)


def test_since_duration_and_a_month_about_the_same_matter_give_the_month(fake_tagger):
    text = ("Zuletzt hatte der Rat im Juli 2019 in Genf getagt. "
            "Erstmals seit zweieinhalb Jahren tagte der Rat am Mittwoch wieder in Genf.")
    alone = article("alone", text)
    fake_tagger[text] = [mention(text, "Juli 2019", ex.Date(2019, 7), "past"),
                         mention(text, "zweieinhalb Jahren", ex.Duration(2.5, "Y"), "past", "seit", "DURATION"),
                         mention(text, "Mittwoch", ex.Weekday(3), "past")]
    date_articles([alone])
    assert (alone.published.value, alone.published.precision, alone.published.source) == (
        "2022-01", "month", "inferred")


@pytest.mark.parametrize(("top", "expected"), [
    ("Wien, 3. März 2023 (APA) – Der Nationalrat hat ein Gesetz beschlossen.", "2023-03-03"),
    ("Bern, 12.5.2023 – Der Bundesrat hat über die Vorlage beraten.", "2023-05-12"),
    ("Stand: 14.02.2023 18:05 Uhr\nDie Regierung hat neue Massnahmen angekündigt.", "2023-02-14"),
    ("Veröffentlicht am 2. Juni 2021\nDer Landtag tagte.", "2021-06-02"),
])
def test_a_dateline_or_date_line_at_the_top_gives_the_day(fake_tagger, top, expected):
    dated = article("dated", top)
    date_articles([dated])
    assert (dated.published.value, dated.published.precision, dated.published.source) == (expected, "day", "text")
    assert dated.published.evidence


def test_a_date_deep_in_a_long_sentence_is_no_date_line(fake_tagger):
    text = "Der Rat, der zuletzt am 12.01.2022 tagte, will sich wieder treffen."
    plain = article("plain", text)
    date_articles([plain])
    assert plain.published is None


def test_a_month_only_date_line_stays_month_precise_when_nothing_fixes_the_day(fake_tagger):
    monthly = article("monthly", " date 2022-01\nDer Rat tagte am Mittwoch.")
    date_articles([monthly])
    assert (monthly.published.value, monthly.published.precision, monthly.published.source) == (
        "2022-01", "month", "text")


def test_an_article_without_evidence_keeps_no_date(fake_tagger):
    lonely = article("lonely", "Der Rat tagte am Mittwoch.")
    fake_tagger[lonely.text] = [mention(lonely.text, "Mittwoch", ex.Weekday(3), "past")]
    date_articles([lonely])
    assert lonely.published is None


def test_mentions_inside_boilerplate_are_ignored(fake_tagger):
    text = "Der Rat tagte in Genf.\n\nDiese Webseite verwendet Cookies. Datenschutzeinstellungen am 12.01.2022 ändern."
    furniture = article("furniture", text)
    fake_tagger[text] = [mention(text, "12.01.2022", ex.Date(2022, 1, 12), "past")]
    date_articles([furniture])
    assert furniture.published is None


def test_a_given_date_that_the_sources_contradict_is_flagged_with_the_fitting_date(fake_tagger, tmp_path):
    dated = article("dated", "Stand: 12.01.2022\nDer Rat tagte am Mittwoch in Genf.")
    preview = article("preview", "Für Mittwoch ist eine Tagung des Rats in Genf angesetzt. "
                                 "Am Freitag sagte die Ministerin, sie sei zuversichtlich.")
    fake_tagger[dated.text] = [mention(dated.text, "Mittwoch", ex.Weekday(3), "past")]
    fake_tagger[preview.text] = [mention(preview.text, "Mittwoch", ex.Weekday(3), "future"),
                                 mention(preview.text, "Freitag", ex.Weekday(5), "past")]
    from chrono.ingest.frontmatter import given_published

    preview.published = given_published("2022-01-12", "the manifest", "preview.txt")
    date_articles([dated, preview])
    assert (preview.published.value, preview.published.source) == ("2022-01-12", "given")
    assert preview.published.conflicts
    assert "2022-01-07 would fit" in preview.published.conflicts[-1]


# ---------------------------------------------------------------- the seed articles, real tagger


@pytest.fixture(scope="module")
def seeds():
    articles = list(iter_articles([SEEDS]))
    date_articles(articles)
    return {a.id[:3]: a for a in articles}


@pytest.mark.parametrize(("seed", "expected"), [
    ("000", "2022-01-12"), ("001", "2022-01-12"), ("002", "2022-01-12"), ("003", "2022-01-07"), ("004", "2022-01-12"),
])
def test_seed_publication_dates_without_any_metadata(seeds, seed, expected):
    published = seeds[seed].published
    assert published is not None
    assert (published.value, published.precision) == (expected, "day")
    assert published.source in ("text", "inferred")
    assert 0 < published.confidence <= 1


def quotes(line: str) -> list[str]:
    return [q.rstrip("…") for q in re.findall(r"“([^”]+)”", line)]


def test_seed_evidence_quotes_sentences_that_are_in_the_articles(seeds):
    corpus = " ".join(" ".join(a.text.split()) for a in seeds.values())
    for seed, art in seeds.items():
        assert art.published.evidence, seed
        for line in art.published.evidence:
            for quoted in quotes(line):
                assert " ".join(quoted.split()) in corpus, (seed, quoted)


def test_seed_002_date_comes_from_its_caption(seeds):
    published = seeds["002"].published
    assert published.source == "text"
    assert any("12.01.2022" in line for line in published.evidence)


def test_no_evidence_comes_from_the_boilerplate_of_seed_002(seeds):
    article = seeds["002"]
    furniture = [" ".join(article.text[s:e].split()) for s, e in article.boilerplate]
    lines = [line for a in seeds.values() for line in a.published.evidence + a.published.conflicts]
    for line in lines:
        for quoted in quotes(line):
            quoted = " ".join(quoted.split())
            assert not any(quoted in block or block in quoted for block in furniture if len(block) > 12), quoted


def test_no_mention_used_for_dating_lies_in_boilerplate_of_seed_002():
    from chrono.dating.state import prepare_state as _prepare

    (article,) = iter_articles([SEEDS / "002_7193a20db939d4fa.txt"])
    state = _prepare(article)
    assert state.mentions, "the tagger finds the article's own dates"
    assert all(not article.in_boilerplate(m.start, m.end) for m in state.mentions)
    assert all(not article.in_boilerplate(s.start, s.end) for s in state.sentences)


def test_wrong_given_date_for_seed_003_is_flagged(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published\n003_8e5494bd7d007070.txt,2022-01-12\n", encoding="utf-8")
    articles = {a.id[:3]: a for a in iter_articles([SEEDS], manifest=manifest)}
    date_articles(list(articles.values()))
    wrong = articles["003"].published
    assert (wrong.value, wrong.source) == ("2022-01-12", "given")
    report = "\n".join(wrong.conflicts)
    for phrase in ("Freitag", "kommenden Woche", "Mittwoch"):
        assert phrase in report, phrase
    assert "2022-01-07 would fit" in report
    for seed in ("000", "001", "002", "004"):
        assert articles[seed].published.value == "2022-01-12", seed
