"""Finding temporal expressions and resolving them against a reference date."""
