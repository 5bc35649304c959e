"""The first page of People & cases with people registered without a case listed first.

    python benchmarks/bench_case_list.py [--cases 20000] [--lonely 50] [--runs 15]

On a demo vault of --cases cases plus --lonely people registered without a case: the first
page (200 rows, newest codes first) as the list opens it (people without a case looked up
too), against the same page with that look-up left out (the query the list ran before).
Median of --runs; the ratio is the cost of never losing anyone from the list.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import median_seconds, report

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.records import CaseFilter, PersonForm  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.casework import case_list  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402
from ajo_cases.services.people import people  # noqa: E402

PASSWORD = "benchmark passphrase long"


class CasesOnly(CaseFilter):
    """The same filter without the people registered without a case: the list before."""

    def includes_people_without_case(self) -> bool:
        return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--lonely", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        vault, _code = create_vault(Path(temp) / "vault", "admin", PASSWORD)
        try:
            demo.fill_demo(vault, cases=args.cases, seed=1)
            for n in range(args.lonely):
                form = PersonForm(sex="female", category="returnee_migrant", given_name=f"P{n}")
                people.register(vault, form, allow_duplicate=True)
            with_people = median_seconds(
                lambda: case_list.list_cases(vault, CaseFilter(), sort="code", limit=200), args.runs
            )
            cases_only = median_seconds(
                lambda: case_list.list_cases(vault, CasesOnly(), sort="code", limit=200), args.runs
            )
        finally:
            vault.close()
    report(
        f"case_list_{args.cases}",
        [
            ("first page, people without a case first", with_people),
            ("first page, cases only (before)", cases_only),
        ],
    )
    print(f"  ratio with / without: {with_people / cases_only:.2f}")


if __name__ == "__main__":
    main()
