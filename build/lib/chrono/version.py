"""The version of chrono, in one place (read by the package build and the chronology's generator)."""
__version__ = "0.2.0"
