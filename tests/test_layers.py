"""The core never loads Qt: importing every non-UI package leaves PySide6 out."""

import subprocess
import sys

CORE = [
    "ajo_cases.domain",
    "ajo_cases.vault",
    "ajo_cases.storage",
    "ajo_cases.services",
    "ajo_cases.reports",
    "ajo_cases.cli",
]


def test_core_packages_do_not_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(leaked))\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
