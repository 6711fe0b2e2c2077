from __future__ import annotations

import pytest

from conflicts.extraction import Gazetteer
from tests.conflicts.extraction.gazetteer_records import RECORDS


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_records(RECORDS)
