"""Stage 1, ingest: reads files, folders, JSONL corpora and manifests (front matter, encodings,
byte-order marks) and adds :class:`chrono.model.Article` objects with their given metadata, the
boilerplate spans of each text (bylines, captions, link lists) and the date line if one stands
at the top."""
