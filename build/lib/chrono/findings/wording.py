"""The words of a finding: German templates from ``chrono/lang/<code>/findings.yaml``, with sources
named as a reader knows them and dates and durations in words ("fast fünf Stunden",
"KW 2/2022 (10.–16. Jan. 2022)").

Reads the sources, expressions and dates a finding rests on; adds :class:`Wording`, which a finding
carries until :func:`explain` turns it into its sentence once the documents are known.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chrono.lang.data import language_data
from chrono.render.labels import describe_date, duration_words, format_day, parse_moment
from chrono.render.names import document_label, source_label


@dataclass(slots=True)
class Wording:
    """A template key and its fields: sources (dicts with ``document``), expressions and dates."""

    key: str
    fields: dict[str, Any] = field(default_factory=dict)


def _words(language: str) -> dict[str, Any]:
    return language_data(language, "findings")


def template(key: str, language: str = "de", **fields: Any) -> str:
    return " ".join(str(_words(language)["templates"][key]).split()).format(**fields)


def date_words(date: dict[str, Any] | None, language: str = "de") -> str:
    """A date (value with earliest/latest where known) in words: the day, or the unit with its span."""
    date = date or {}
    if not date.get("earliest") and date.get("value"):
        return describe_date({"value": date["value"]}, language)
    return describe_date(date, language)


def day_words(value: str | None, language: str = "de") -> str:
    moment = parse_moment(value)
    return format_day(moment.date(), language) if moment else str(value or "")


def _source_date(source: dict[str, Any]) -> dict[str, Any]:
    """The date a source gives, as precise as it is known."""
    date = dict(source.get("date") or {})
    mention = source.get("mention") or {}
    return date if date.get("earliest") else {**mention, **date}


def _fill(value: Any, names: dict[str, str], language: str) -> Any:
    """A field in words: a source dict becomes its name, a list of sources their names."""
    if isinstance(value, dict) and "document" in value:
        return names.get(str(value["document"])) or source_label(value, None, language)
    if isinstance(value, list) and value and all(isinstance(v, dict) and "document" in v for v in value):
        return ", ".join(dict.fromkeys(_fill(v, names, language) for v in value))
    return value


def document_names(documents: Any, language: str = "de") -> dict[str, str]:
    """Each document id with its name (outlet, else title, else short file name)."""
    names = {}
    for document in documents or []:
        doc_id = document.get("id") if isinstance(document, dict) else getattr(document, "id", None)
        if doc_id is not None:
            names[str(doc_id)] = document_label(document, language)
    return names


def explain(wording: Wording | str, names: dict[str, str], language: str = "de") -> str:
    """The finding's sentence; a plain string is kept as it is."""
    if isinstance(wording, str):
        return wording
    if wording.key in _KINDS:
        return _KINDS[wording.key](dict(wording.fields), names, language)
    return template(wording.key, language, **{k: _fill(v, names, language) for k, v in wording.fields.items()})


def _refinement(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    coarse, fine = fields["coarse_source"], fields["fine_source"]
    return template("date_refinement", language, coarse=_fill(coarse, names, language),
                    fine=_fill(fine, names, language),
                    coarse_words=(coarse.get("mention") or {}).get("text", ""),
                    fine_words=(fine.get("mention") or {}).get("text", ""),
                    coarse_date=date_words(_source_date(coarse), language),
                    fine_date=date_words(_source_date(fine), language))


def _conflict(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    groups: dict[str, list[dict[str, Any]]] = {}
    for source in fields["dated"]:
        groups.setdefault(date_words(_source_date(source), language), []).append(source)
    described = "; ".join(template("date_conflict_item", language, date=date, sources=_fill(group, names, language))
                          for date, group in groups.items())
    text = template("date_conflict", language, described=described)
    if fields.get("doubtful"):
        text += " " + template("date_conflict_relative", language, sources=_fill(fields["doubtful"], names, language))
    return text


def _rescued(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    source, alternative = fields["source_dict"], fields["alternative"]
    return template("publication_rescued", language, words=(source.get("mention") or {}).get("text", ""),
                    source=_fill(source, names, language), date=date_words(_source_date(source), language),
                    published=day_words(source.get("published"), language),
                    alternative_published=day_words(alternative.get("published"), language),
                    alternative_date=date_words(alternative, language))


def _durations(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    items = []
    for source, expression in fields["stated"]:
        words = expression.get("text", "")
        duration = duration_words(expression.get("value", ""), expression.get("mod"), words, language)
        key = "duration_item" if duration.casefold() != words.casefold() else "duration_item_plain"
        items.append(template(key, language, words=words, source=_fill(source, names, language), duration=duration))
    return template("duration_discrepancy", language, described="; ".join(items))


def _anchors(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    items = []
    for source, expression, interval in fields["implied"]:
        start, end = (day_words(m.date().isoformat(), language) if m.year > 1 else "…" for m in interval)
        span = start if start == end else template_span(start, end, language)
        items.append(template("anchor_item", language, words=expression.get("text", ""),
                              source=_fill(source, names, language), span=span))
    return template("anchor_discrepancy", language, described="; ".join(items))


def template_span(start: str, end: str, language: str) -> str:
    return str(_words(language)["span"]).format(start=start, end=end)


def _publication(fields: dict[str, Any], names: dict[str, str], language: str) -> str:
    source, info = fields["source_dict"], fields["info"]
    how = _words(language)["published_how"]
    return template(fields["which"], language, source=_fill(source, names, language),
                    date=date_words(_source_date(source), language),
                    published=day_words(info.get("value"), language),
                    how=how.get(info.get("source") or "unknown", how["unknown"]))


_KINDS = {"date_refinement": _refinement, "date_conflict": _conflict, "publication_rescued": _rescued,
          "duration_discrepancy": _durations, "anchor_discrepancy": _anchors, "publication_date": _publication}
