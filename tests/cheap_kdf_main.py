"""``python -m tests.cheap_kdf_main ARGS``: the program with the test suite's cheap key derivation.

Child processes of the tests open vaults sealed with cheap parameters; the installed program has
no switch for that (nothing in the environment lowers the cost), so they start through this.
"""

from __future__ import annotations

import sys

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
