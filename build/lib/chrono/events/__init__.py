"""Stages 4 and 5, events: reads tagged, dated articles and adds event candidates (one per dated
statement: its date, actors, places, headline, status), then merges the candidates that report
the same happening across articles, using same-event features (actors, places, kind, wording)."""
