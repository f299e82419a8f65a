"""German: word tables (tables.yaml), rules (rules.py), corpus (corpus.yaml)."""
