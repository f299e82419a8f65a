"""German: word tables (tables.yaml), rules (rules.py and the rules_*.py groups), corpus (corpus.yaml)."""
