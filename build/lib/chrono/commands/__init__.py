"""The command line: reads the options of each ``chrono`` command and runs the pipeline stages
and library functions behind it; one module per area, each with ``register(app)``."""
