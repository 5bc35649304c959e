"""Pruning the change feed on a real PostgreSQL: the old entries are gone, a PC that had not
read them refreshes everything and misses no change, a PC that had read them carries on, and
no app login can cut the feed shorter than the floor or edit it by hand."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ajo_cases.domain.records import CaseForm
from ajo_cases.services import change_feed
from ajo_cases.services.casework import cases
from ajo_cases.services.changes import Changes
from ajo_cases.services.people import people, search
from ajo_cases.storage.feed_pruning_sql import MIN_KEEP, PRUNED
from ajo_cases.storage.models_core import ChangeFeedEntry
from tests.server.test_change_feed import FORM, _two_pcs
from tests.support import CANARY_NAME

FILLER = MIN_KEEP + 50


def _fill(pg_cluster, url: str, count: int) -> None:
    """`count` committed feed entries, numbered by the server's own trigger."""
    pg_cluster.sql(
        "INSERT INTO change_feed (tbl, ids) "  # noqa: S608 - constants only
        f"SELECT 'project', 'p' || n FROM generate_series(1, {count}) AS n",
        make_url(url).database,
    )


def _entries(vault) -> list[tuple[int, str, str | None]]:
    with vault.read_session() as session:
        rows = session.execute(
            select(ChangeFeedEntry.seq, ChangeFeedEntry.tbl, ChangeFeedEntry.ids).order_by(
                ChangeFeedEntry.seq
            )
        )
        return [(int(seq), tbl, ids) for seq, tbl, ids in rows]


def test_a_pc_behind_the_pruned_point_refreshes_everything_and_misses_nothing(
    tmp_path, empty_database, pg_cluster
):
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        assert search.find(b, CANARY_NAME) == []  # B's name index is built, without her
        behind = change_feed.head(b)  # B reads nothing more until after the pruning
        person, _ = people.register(a, FORM, allow_duplicate=True)
        case, _ = cases.open_case(a, person.id, CaseForm(opened_on=date(2026, 3, 1)))
        _fill(pg_cluster, empty_database, FILLER)
        caught_up = change_feed.head(a) - 10  # a PC that had read almost everything

        assert change_feed.prune(a, keep=0) > 0  # asked for nothing kept: the floor holds

        left = _entries(a)
        assert len(left) == MIN_KEEP + 1  # the newest MIN_KEEP and the marker
        marker_seq, marker_tbl, marker_ids = left[0]
        assert (marker_tbl, marker_ids) == (PRUNED, None)
        assert all(seq > behind for seq, _t, _i in left)
        assert not any(tbl in ("beneficiary", "case_file") for _s, tbl, _i in left)

        position, heard = change_feed.catch_up(b, behind)
        assert position == left[-1][0]
        assert heard.everything
        assert heard.touches("person", "case", "users", "bed")
        assert heard.concerns_case(case.id)  # an open case window reloads too
        assert [hit.case_id for hit in search.find(b, CANARY_NAME)] == [case.id]

        _pos, later = change_feed.catch_up(b, caught_up)  # past the marker: no full refresh
        assert not later.everything
        assert caught_up > marker_seq

        assert change_feed.prune(a, keep=0) == 0  # nothing more below the floor
        assert _entries(a)[0][:2] == (marker_seq, PRUNED)
    finally:
        a.close()
        b.close()


def test_app_logins_may_not_edit_or_delete_feed_entries(tmp_path, empty_database):
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        people.register(a, FORM, allow_duplicate=True)
        for statement in (
            "DELETE FROM change_feed",
            "UPDATE change_feed SET tbl = '*pruned*'",
            "INSERT INTO change_feed (tbl) VALUES ('beneficiary')",
        ):
            with pytest.raises(DBAPIError, match="permission denied"), b.engine.begin() as conn:
                conn.execute(text(statement))
        with a.read_session() as session:
            assert session.scalar(select(func.count()).select_from(ChangeFeedEntry)) >= 1
    finally:
        a.close()
        b.close()


def test_the_follower_prunes_when_it_connects(tmp_path, empty_database, pg_cluster, monkeypatch):
    a, b = _two_pcs(tmp_path, empty_database)
    _fill(pg_cluster, empty_database, FILLER)
    monkeypatch.setattr(change_feed, "KEEP", 0)  # the floor, MIN_KEEP, applies
    heard: list[Changes] = []
    connected = threading.Event()
    follower = change_feed.FeedFollower(b, heard.append, lambda up: up and connected.set())
    follower.start()
    try:
        assert connected.wait(10)
        for _ in range(100):
            if len(_entries(a)) == MIN_KEEP + 1:
                break
            threading.Event().wait(0.1)
        assert len(_entries(a)) == MIN_KEEP + 1
        assert _entries(a)[0][1] == PRUNED
        assert not any(c.everything for c in heard)  # it had read everything: no refresh
    finally:
        follower.stop(wait=5)
        a.close()
        b.close()
