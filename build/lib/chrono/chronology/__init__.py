"""Stage 7, the chronology: reads the merged events and findings and writes the JSON document,
validated against its JSON Schema (shipped in this package as ``chronology.schema.json``, the
same file as the repository's ``schemas/chronology.schema.json``)."""
