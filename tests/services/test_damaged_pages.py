"""A page damaged deep in the file (the vault still unlocks) reads as "damaged, restore a
backup" wherever it is met: case list, statistics, verify and the command line; the file is
never recreated."""

from datetime import date

import pytest

from ajo_cases import cli
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.errors import VaultDamaged
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.casework import case_list
from ajo_cases.services.demo import demo
from ajo_cases.services.statistics import statistics as stats
from tests.support import ADMIN, ADMIN_PASSWORD

# the local SQLCipher file itself; the office server has tests of its own (tests/server)
pytestmark = pytest.mark.local_only


@pytest.fixture
def damaged_dir(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    demo.fill_demo(vault, cases=200, seed=5, today=date(2026, 3, 1))
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    db = vault_dir / "cases.db"
    data = bytearray(db.read_bytes())
    for offset in range(len(data) // 3, len(data), 4096 * 7):  # every 7th page of the rest
        data[offset + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    return vault_dir


def test_damage_met_after_unlock_says_damaged(damaged_dir):
    before = (damaged_dir / "cases.db").read_bytes()
    vault = open_vault(damaged_dir, ADMIN, ADMIN_PASSWORD)  # the pages read at unlock are fine
    try:
        for action in (
            lambda: case_list.list_cases(vault, limit=500),
            lambda: stats.compute(vault, StatsFilter(), today=date(2026, 3, 1)),
        ):
            with pytest.raises(VaultDamaged) as caught:
                action()
            assert caught.value.code == "vault.damaged"
            assert "SELECT" not in str(caught.value) and "restore" in str(caught.value)
        report = verify_vault(vault, full=True)
        assert not report.ok
    finally:
        vault.close()
    after = (damaged_dir / "cases.db").read_bytes()  # never recreated: same salt, not shorter
    assert after[:16] == before[:16] and len(after) >= len(before)


def test_command_line_says_damaged_without_a_traceback(damaged_dir, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(damaged_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["stats", "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "restore" in err and "Traceback" not in err
