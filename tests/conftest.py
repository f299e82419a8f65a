"""Shared test settings: the hypothesis profiles of the property tests, and a cache folder of the
test run's own (the city index is kept there, never in the user's cache).

    dev (default)  200 examples each, for a quick run
    ci             2,000 examples each (.ci/run sets CHRONO_HYPOTHESIS_PROFILE=ci)
    thorough       10,000 examples each (tools/property_check.py)
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
           "derandomize": False, "print_blob": True}
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.register_profile("ci", max_examples=2_000, **_COMMON)
settings.register_profile("thorough", max_examples=10_000, **_COMMON)
settings.load_profile(os.environ.get("CHRONO_HYPOTHESIS_PROFILE", "dev"))

if "CHRONO_CACHE_DIR" not in os.environ:  # subprocesses the tests start inherit it too
    os.environ["CHRONO_CACHE_DIR"] = tempfile.mkdtemp(prefix="chrono-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CHRONO_CACHE_DIR"], True)
