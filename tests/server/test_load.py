"""Several office PCs (client processes) working one server vault at once, for a fixed time.

Each registers people and opens their cases, edits the same three cases, admits people to the
same three beds and imports small registers, journaling every change the server acknowledged.
Afterwards every acknowledged change is there, no bed is given twice on a night, case codes are
unique, ``verify --full`` passes and a dump of the database holds none of the names.
"""

from __future__ import annotations

import os

import pytest

from tests.pg_cluster import Cluster
from tests.server import load_support
from tests.server.load_support import Outcome
from tests.support import ADMIN

CLIENTS = 4
SECONDS = float(os.environ.get("AJO_LOAD_SECONDS", "20"))


@pytest.mark.slow
def test_clients_working_at_once_lose_nothing_and_break_no_rule(
    tmp_path, empty_database, pg_cluster: Cluster
) -> None:
    office = load_support.office(tmp_path, empty_database, workers=CLIENTS - 1)
    users = [ADMIN] + [f"worker{i}" for i in range(1, CLIENTS)]
    plans = [office.plan(i, user, SECONDS) for i, user in enumerate(users)]
    children = [load_support.start(plan) for plan in plans]
    for child in children:
        child.communicate(timeout=SECONDS + 180)
    outcome = Outcome(plans)
    assert outcome.of("crash") == []
    assert [child.returncode for child in children] == [0] * CLIENTS
    assert outcome.of("doubt") == []
    # the run did contend: every kind of change was acknowledged, and some were refused
    for kind in ("person", "case", "edit", "stay", "discharge", "import"):
        assert outcome.of(kind), f"no {kind} acknowledged in {SECONDS} s: {outcome.summary()}"
    refused = {(e["of"], e["code"]) for e in outcome.of("refused")}
    assert ("stay", "shelter.bed_occupied") in refused, outcome.summary()
    assert ("edit", "invalid_input") in refused, outcome.summary()  # saved by another meanwhile

    print(outcome.summary())  # what the run did, shown with -s
    vault = office.admin()
    try:
        outcome.check_all(vault, office.shared_cases)
    finally:
        vault.close()
    checked = load_support.verify_full(office.admin_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    dumped = load_support.dump(pg_cluster.bindir, empty_database)
    assert b"returnee_migrant" in dumped  # the facts are there, readable
    names = outcome.names_tried() | {office.family}
    assert len(names) > 20
    for name in names:
        assert name.encode("utf-8") not in dumped, "a name reached the server in clear"
