"""A read or a save that loses the office server reads "the office server is not reachable",
in the user's language, never as a program error; a local vault's own errors are not taken
for a lost server. A stale save names who changed the record and when, in local time."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import psycopg
from sqlalchemy.exc import OperationalError

from ajo_cases.errors import ServerRolledBack, ServerUnreachable, StaleRecord, VaultRolledBack
from ajo_cases.ui.app import i18n
from ajo_cases.ui.kit.formatting import format_moment
from ajo_cases.ui.runtime.failures import failure_text


def test_a_lost_server_connection_is_said_as_such_in_every_language():
    lost = OperationalError(
        "SELECT 1", {}, psycopg.OperationalError("server closed the connection")
    )
    for lang in ("tg", "ru", "en"):
        i18n.set_language(lang)
        said = failure_text(lost)
        assert said == failure_text(ServerUnreachable("x"))
        assert said.details == "server.unreachable"
    i18n.set_language("en")
    assert failure_text(lost).sentence.startswith("The office server is not reachable.")


def test_a_local_vaults_operational_error_is_not_a_lost_server():
    local = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    assert failure_text(local).details != "server.unreachable"


def test_a_stale_save_names_who_and_when_in_local_time():
    at = datetime(2026, 3, 5, 9, 30, tzinfo=UTC).replace(tzinfo=None)
    stale = StaleRecord("x", field="version", who="nigora", at=at.isoformat())
    i18n.set_language("ru")
    try:
        said = failure_text(stale).sentence
        assert said.startswith("nigora изменил(а) эту запись " + format_moment(at))
    finally:
        i18n.set_language("en")
    without_who = StaleRecord("x", field="version")  # the audit log had no entry
    assert failure_text(without_who).sentence.startswith("Someone else changed this record")


def test_a_rolled_back_server_is_refused_with_its_own_sentence_in_every_language():
    """Not the local vault's "older than the key file": the office server is older than
    what this PC saw."""
    rolled_back = ServerRolledBack("the office server holds an older state …")
    local = failure_text(VaultRolledBack("x")).sentence
    said = {}
    for lang in ("tg", "ru", "en"):
        i18n.set_language(lang)
        said[lang] = failure_text(rolled_back)
        assert said[lang].details == "server.rolled_back"
    i18n.set_language("en")
    assert said["en"].sentence.startswith("The office server holds an older state")
    assert said["ru"].sentence.startswith("Сервер офиса хранит более старое состояние")
    assert said["tg"].sentence.startswith("Сервери идора ҳолати кӯҳнатареро")
    assert local != said["en"].sentence
