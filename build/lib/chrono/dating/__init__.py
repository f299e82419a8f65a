"""Stage 2, dating: reads articles with or without a given publication date and adds
``Article.published``: the date given in metadata, else one written on the page (date line,
stamp, caption), else one inferred from the text and from the other articles by a small
constraint solver, each with its evidence, confidence and runner-up."""
