"""Stage 6, findings: reads merged events and their sources and adds the consistency report:
sources that disagree about a date, refinements, vague datings and discrepancies in what they
report (durations, counts)."""
