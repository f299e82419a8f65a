"""Text segmentation shared by every stage: reads a text and adds paragraph, sentence and clause
spans with offsets into it (``chrono.text.segments``)."""
