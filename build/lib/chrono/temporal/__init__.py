"""Stage 3, temporal: reads an article's text and its publication date and adds its temporal
mentions (TIMEX3 type, value, mod, earliest/latest): rules of the language package find them,
a pure ``resolve(expression, anchor, tense)`` gives each its value, and ``evaluate`` scores a
tagging against gold."""
