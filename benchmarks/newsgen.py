"""A deterministic generator of varied German news: stories told by several outlets.

    python benchmarks/newsgen.py --articles 1000 > corpus.jsonl     # JSONL, one article a line
    python benchmarks/newsgen.py --megabytes 5 --text > news.txt    # plain text

Every story is one happening (a council vote, a match, a company's figures, a storm, a police
report, a premiere ...) in an invented town, with invented people and organisations, on a day of
its own; three to five outlets report it in their own words, on the day or the day after, with
the dates said the way news says them (weekday, full date, "gestern", a clock time, "seit 2019",
"vor drei Wochen", "Anfang Mai", "in der kommenden Woche", durations), amid background
sentences without any date. Names, places and numbers come from a large combinatorial
vocabulary (syllables, suffixes, numbers), so tens of MB do not repeat a sentence; the same seed
gives the same text. Half the articles carry their publication date, the others must be dated.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from typing import Any

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
NUMBERS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf"]
FIRST = ["Anna", "Lukas", "Marie", "Jonas", "Sophie", "Felix", "Lea", "Paul", "Clara", "Elias", "Hanna", "Moritz",
         "Lena", "Tobias", "Julia", "Simon", "Katrin", "Florian", "Sabine", "Stefan", "Miriam", "Jakob", "Petra",
         "Matthias", "Ursula", "Thomas", "Nina", "Andreas", "Eva", "Michael", "Ingrid", "Georg", "Birgit", "Ralf",
         "Doris", "Werner", "Franziska", "Dominik", "Verena", "Reinhard", "Theresa", "Bernd", "Carina", "Holger"]
SYL1 = ["Ber", "Hol", "Kra", "Wen", "Stei", "Mar", "Lin", "Schu", "Ro", "Fal", "Gru", "Hei", "Kes", "Lau", "Mei",
        "Neu", "Ob", "Pfei", "Rei", "Sau", "Tan", "Vo", "Wal", "Zim", "Brun", "Dorn", "Eck", "Fisch", "Gei", "Har",
        "Al", "Bre", "Dü", "Ei", "Gos", "Hün", "Im", "Jo", "Kü", "Lö", "Mü", "Nor", "Ost", "Pas", "Quer", "Rü"]
SYL2 = ["", "de", "ter", "ri", "sel", "ben", "la", "na", "ger", "to", "wi", "mer", "ko", "lin", "ders", "ba",
        "gen", "mo", "sin", "ter", "ul", "ve", "zen", "ra"]
SYL3 = ["mann", "er", "ke", "hoff", "berg", "ner", "ling", "stein", "bauer", "witz", "huber", "maier", "brecht",
        "reiter", "hofer", "egger", "leitner", "schmid", "wald", "feld"]
TOWN3 = ["dorf", "hausen", "heim", "ingen", "stadt", "feld", "bach", "burg", "au", "kirchen", "brunn", "hofen",
         "weiler", "tal", "stetten", "roda", "leben", "grün"]
ROLES = ["Bürgermeisterin", "Bürgermeister", "Landrat", "Stadträtin", "Sprecher", "Sprecherin", "Vorsitzende",
         "Geschäftsführer", "Polizeisprecher", "Trainer", "Intendantin", "Meteorologe", "Kämmerer", "Direktorin"]
OUTLETS = ["Kurier", "Anzeiger", "Rundschau", "Tagblatt", "Nachrichten", "Zeitung", "Bote", "Echo", "Post"]
# background sentences: a subject, a verb, an object, a place, from combinatorial parts
STEMS = ["Schul", "Wasser", "Bau", "Verkehrs", "Gebühren", "Energie", "Wohnungs", "Kinder", "Kranken", "Müll", "Rad",
         "Bahn", "Sport", "Kultur", "Umwelt", "Park", "Strom", "Wärme", "Brücken", "Straßen", "Hafen", "Markt", "Forst",
         "Wein", "Milch", "Pflege", "Sicherheits", "Bürger", "Steuer", "Miet", "Boden", "Rathaus", "Bibliotheks",
         "Museums", "Theater", "Bus", "Friedhofs", "Gewerbe", "Jugend", "Senioren", "Feuerwehr", "Hochschul",
         "Klinik", "Abfall", "Breitband", "Wander", "Tourismus", "Handwerks", "Vereins", "Kanal"]
HEADS = [("plan", "der"), ("ordnung", "die"), ("projekt", "das"), ("konzept", "das"), ("streit", "der"),
         ("netz", "das"), ("zentrum", "das"), ("bericht", "der"), ("reform", "die"), ("programm", "das"),
         ("anlage", "die"), ("förderung", "die"), ("satzung", "die"), ("gutachten", "das"), ("ausbau", "der"),
         ("vertrag", "der"), ("verband", "der"), ("kommission", "die"), ("fonds", "der"), ("initiative", "die")]
ADJECTIVES = ["neue", "umstrittene", "geplante", "marode", "teure", "regionale", "kommunale", "digitale", "alte",
              "erweiterte", "gekürzte", "überarbeitete", "gemeinsame", "künftige", "bisherige", "zweite"]
VERBS = ["belastet", "betrifft", "verzögert", "ersetzt", "ergänzt", "stärkt", "gefährdet", "entlastet", "verteuert",
         "behindert", "begünstigt", "verändert", "beschäftigt", "überfordert", "schützt", "verbindet"]
OBJECTS = ["kleine Betriebe", "viele Familien", "die Landwirte", "den Einzelhandel", "die Pendler", "ältere Menschen",
           "die Vereine", "den Haushalt", "die Schulen", "die Anwohner", "junge Familien", "die Gastronomie"]
PLACES = ["in {town}", "im Kreis {town}", "rund um {town}", "zwischen {town} und {town2}", "im Süden von {town}",
          "in den Ortsteilen von {town2}"]
BACKGROUND = [
    "Die Lage in {town} gilt als angespannt, wie {person} sagte.",
    "Nach Angaben von {org} sind rund {n} Menschen betroffen.",
    "{person} kritisierte das Vorgehen scharf und forderte mehr Transparenz.",
    "Der Haushalt von {town} umfasst {n} Millionen Euro, davon {m} Millionen für Schulen und Straßen.",
    "Beobachter in {town2} rechnen mit einer längeren Debatte im {body}.",
    "„Wir haben alle Möglichkeiten geprüft“, betonte {person}.",
    "Die Opposition im {body} von {town} sprach von einem „Armutszeugnis“.",
    "Insgesamt {n} Vereine und {m} Betriebe hatten sich an der Umfrage von {org} beteiligt.",
    "Das Projekt kostet nach neuen Schätzungen {n},{m} Millionen Euro.",
    "Anwohner in {town} und {town2} hatten sich mehrfach beschwert.",
    "Der Kreis {town} zählt rund {n}.{m}00 Einwohner.",
    "{org} will die Zahlen noch genauer auswerten.",
    "Eine Entscheidung über weitere Schritte in {town2} steht noch aus.",
    "Die Strecke zwischen {town} und {town2} ist {n} Kilometer lang.",
    "Kritiker werfen {org} vor, zu spät reagiert zu haben.",
    "Auf der Bundesstraße {n} staute sich der Verkehr auf mehreren Kilometern.",
    "Die Gemeinde {town} hatte zuvor bereits {n} Anträge abgelehnt.",
    "{person} von {org} zeigte sich zuversichtlich.",
]
KINDS = {
    "vote": ("Der {body} von {town} hat {when} über den neuen Haushalt abgestimmt.",
             "{count} Mitglieder stimmten dafür, {m} dagegen.",
             "Die Sitzung dauerte {duration}.",
             "Die nächste Sitzung ist für {next} angesetzt."),
    "match": ("Der FC {town} hat {when} gegen den SV {town2} mit {n}:{m} gewonnen.",
              "Das Siegtor fiel {minute}.",
              "Vor {count}.{m}00 Zuschauern war die Partie {duration} lang ausgeglichen.",
              "Das Rückspiel soll {next} stattfinden."),
    "figures": ("{company} hat {when} seine Zahlen für {period} vorgelegt.",
                "Der Umsatz stieg um {n},{m} Prozent auf {count} Millionen Euro.",
                "Seit {year} wächst das Unternehmen ohne Unterbrechung.",
                "Die Hauptversammlung ist für {next} geplant."),
    "storm": ("Ein Sturm hat {when} in {town} Dächer abgedeckt und Bäume entwurzelt.",
              "Der Strom fiel in {count} Haushalten für {duration} aus.",
              "Die Feuerwehr rückte {clock} zu {n} Einsätzen aus.",
              "Der Wetterdienst erwartet {next} weitere Böen."),
    "police": ("Unbekannte sind {when} in ein Geschäft in {town} eingebrochen.",
               "Die Täter erbeuteten nach Polizeiangaben Waren im Wert von {count}.{m}00 Euro.",
               "Eine Zeugin hatte {clock} verdächtige Geräusche gehört.",
               "Die Polizei bittet bis {next} um Hinweise."),
    "premiere": ("Das Stadttheater {town} hat {when} die Uraufführung von „{title}“ gefeiert.",
                 "Die Inszenierung von {person} dauert {duration}.",
                 "Die Proben hatten vor {weeks} Wochen begonnen.",
                 "Weitere Vorstellungen folgen {next}."),
}
TITLES = ["Der stille Hafen", "Nachtzug nach {town}", "Die vierte Wand", "Spiegelsaal", "Im Garten von {town}"]


class NewsGenerator:
    """Stories and articles from one seed; ``articles(n)`` always gives the same n articles."""

    def __init__(self, seed: int = 12, start: dt.date = dt.date(2023, 1, 2), stories_per_week: int = 25) -> None:
        self.seed, self.start, self.stories_per_week = seed, start, stories_per_week

    # ---------------------------------------------------------------- vocabulary

    def person(self, r: random.Random) -> str:
        return f"{r.choice(FIRST)} {r.choice(SYL1)}{r.choice(SYL2)}{r.choice(SYL3)}"

    def town(self, r: random.Random) -> str:
        return f"{r.choice(SYL1)}{r.choice(SYL2)}{r.choice(TOWN3)}"

    def background(self, r: random.Random) -> str:
        """One sentence without a date, made of parts: some ten thousand subjects alone."""
        head, article = r.choice(HEADS)
        first = r.choice(STEMS)
        stem = first + r.choice(STEMS).lower() if r.random() < 0.6 else first
        subject = f"{article.capitalize()} {r.choice(ADJECTIVES)} {stem}{head}"
        sentence = f"{subject} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(PLACES)}"
        if r.random() < 0.5:
            return f"„{sentence}“, sagte {r.choice(ROLES)} {self.person(r)} aus {self.town(r)}."
        return sentence + "."

    def org(self, r: random.Random, town: str) -> str:
        return r.choice([f"der Verband {town}er Betriebe", f"die Stadtwerke {town}", f"der Kreisverband {town}",
                         f"die Initiative „{r.choice(SYL1)}{r.choice(SYL3)} hilft“", f"die Sparkasse {town}"])

    # ---------------------------------------------------------------- dates as news says them

    def _when(self, r: random.Random, day: dt.date, published: dt.date) -> str:
        gap = (published - day).days
        full = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
        choices = [f"am {WEEKDAYS[day.weekday()]}", f"am {full}", f"am {day.day:02d}.{day.month:02d}.{day.year}",
                   f"am {WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]},"]
        if gap == 0:
            choices += ["heute", "am heutigen Tag"]
        elif gap == 1:
            choices += ["gestern", "am gestrigen Abend"]
        return r.choice(choices)

    def _next(self, r: random.Random, day: dt.date) -> str:
        later = day + dt.timedelta(days=r.randint(5, 40))
        return r.choice([f"den {later.day}. {MONTHS[later.month - 1]}", "die kommende Woche",
                         f"Anfang {MONTHS[later.month - 1]}", f"{WEEKDAYS[later.weekday()]}, den {later.day}.{later.month}.",
                         "das Frühjahr", f"Ende {MONTHS[later.month - 1]} {later.year}", "den Herbst"])

    def _fill(self, r: random.Random, template: str, story: dict[str, Any], published: dt.date) -> str:
        day = story["day"]
        values = dict(story["names"])
        values.update(
            when=self._when(r, day, published), next=self._next(r, day), n=r.randint(2, 98), m=r.randint(1, 9),
            count=r.randint(11, 950), weeks=r.choice(NUMBERS), year=r.randint(1995, day.year - 1),
            duration=r.choice(["rund vier Stunden", "knapp zwei Stunden", f"{r.randint(2, 9)} Stunden",
                               "fast den ganzen Tag", f"mehr als {r.choice(NUMBERS)} Stunden", "90 Minuten"]),
            minute=r.choice([f"in der {r.randint(2, 90)}. Minute", "kurz vor Schluss", "kurz nach der Pause"]),
            clock=r.choice([f"gegen {r.randint(1, 23)} Uhr", f"um {r.randint(0, 23)}.{r.randint(10, 59)} Uhr",
                            "in der Nacht", "am frühen Morgen"]),
            period=r.choice(["das dritte Quartal", "das erste Halbjahr", f"das Geschäftsjahr {day.year - 1}"]),
            person2=self.person(r))
        return template.format(**values).replace("{town}", values["town"]).replace("{town2}", values["town2"])

    # ---------------------------------------------------------------- stories and articles

    def story(self, number: int) -> dict[str, Any]:
        r = random.Random(f"{self.seed}-story-{number}")
        week, slot = divmod(number, self.stories_per_week)
        day = self.start + dt.timedelta(weeks=week, days=slot % 7)
        town = self.town(r)
        names = {"town": town, "town2": self.town(r), "person": f"{r.choice(ROLES)} {self.person(r)}",
                 "org": self.org(r, town), "body": r.choice(["Gemeinderat", "Stadtrat", "Kreistag", "Landtag"]),
                 "company": f"Die {r.choice(SYL1)}{r.choice(SYL3)} {r.choice(['AG', 'GmbH', 'Werke'])}"}
        names["title"] = r.choice(TITLES).format(town=names["town2"])
        return {"number": number, "kind": r.choice(sorted(KINDS)), "day": day, "names": names,
                "outlets": r.sample(OUTLETS, r.randint(3, 5))}

    def article(self, story: dict[str, Any], outlet_index: int) -> dict[str, Any]:
        r = random.Random(f"{self.seed}-article-{story['number']}-{outlet_index}")
        published = story["day"] + dt.timedelta(days=r.choice([0, 1, 1]))
        lead, *details = KINDS[story["kind"]]
        sentences = [self._fill(r, lead, story, published)]
        pool = details + r.sample(BACKGROUND, r.randint(3, 5)) + [self.background(r) for _ in range(r.randint(3, 6))]
        r.shuffle(pool)
        sentences += [self._fill(r, s, story, published) for s in pool]
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        outlet = story["outlets"][outlet_index]
        title = f"{story['names']['town']}: {sentences[0].split(' hat ')[0][:60]}"
        return {"id": f"s{story['number']:05d}-{outlet_index}", "source": f"{story['names']['town2']}er {outlet}",
                "title": title, "text": "\n\n".join([title] + paragraphs), "published": published.isoformat()}

    def articles(self, count: int) -> Iterator[dict[str, Any]]:
        """``count`` articles, story after story; every other one without its publication date."""
        made, number = 0, 0
        while made < count:
            story = self.story(number)
            for index in range(len(story["outlets"])):
                if made == count:
                    return
                record = self.article(story, index)
                if made % 2:
                    del record["published"]
                yield record
                made += 1
            number += 1

    def text(self, megabytes: float) -> Iterator[str]:
        """Article texts until ``megabytes`` of UTF-8 have been made."""
        size, number = 0, 0
        while size < megabytes * 1e6:
            story = self.story(number)
            for index in range(len(story["outlets"])):
                text = self.article(story, index)["text"]
                size += len(text.encode("utf-8"))
                yield text
            number += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--megabytes", type=float)
    parser.add_argument("--text", action="store_true", help="plain text, articles apart by a blank line")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    generator = NewsGenerator(args.seed)
    if args.text:
        for text in generator.text(args.megabytes or 1.0):
            sys.stdout.write(text + "\n\n\n")
        return
    for record in generator.articles(args.articles):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
