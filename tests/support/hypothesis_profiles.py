"""The hypothesis profiles (loaded by tests/conftest.py).

"ci" keeps the full counts: hypothesis's 100 examples a property, and each module's own
count from ``tests.support.fuzz.examples``. "dev", the default outside CI, tries fewer so a
developer's `make test` stays quick. HYPOTHESIS_PROFILE picks one by name.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=100)
settings.register_profile("dev", max_examples=15)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
