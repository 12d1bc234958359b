from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.places.geoparser import Geoparser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "000_f6ca0bb061373b92.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def geoparser() -> Geoparser:
    return Geoparser()
