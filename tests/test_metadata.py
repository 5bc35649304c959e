"""The version comes from one place and the command line reports it."""

from importlib.metadata import version

import pytest

from ajo_cases import __version__, cli


def test_installed_metadata_matches_package_version():
    assert version("ajo-cases") == __version__


def test_version_option(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"AJO Cases {__version__}"
