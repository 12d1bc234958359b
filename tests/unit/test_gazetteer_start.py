"""The cached start's own costs: the cache's key is read without importlib.metadata (whose
import of email, zipfile and csv was a tenth of the start), and names the same versions."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

from dashboard.places import gazetteer


@pytest.mark.parametrize("name", [*gazetteer._PACKAGES, "pyyaml"])
def test_the_keys_versions_are_the_installed_ones(name: str) -> None:
    assert gazetteer._version(name) == metadata.version(name)


def test_a_package_that_is_not_installed_is_an_error() -> None:
    with pytest.raises(metadata.PackageNotFoundError):
        gazetteer._version("no-such-package-geonews")


def test_the_key_is_read_without_importing_importlib_metadata() -> None:
    code = (
        "import sys\n"
        "from dashboard.places.gazetteer import _fingerprint, MIN_CITY_POPULATION\n"
        "_fingerprint(MIN_CITY_POPULATION)\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
