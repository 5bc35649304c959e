"""Entry point of the packaged application (PyInstaller runs this file)."""

import sys

from ajo_cases.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
