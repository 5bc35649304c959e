"""Plain SQL run on the driver's cursor (the statistics' hot path), written once for both backends.

The statements are written for SQLite: ``:name`` parameters and ``INDEXED BY`` hints, which
keep SQLite's planner on the covering indexes. On PostgreSQL the hints go (its planner picks
the covering indexes itself) and the parameters become psycopg's ``%(name)s``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_HINT = re.compile(r"\s+INDEXED BY \w+")
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=256)
def for_dialect(sql: str, dialect: str) -> str:
    if dialect == "sqlite":
        return sql
    if "%" in sql:  # psycopg would read a literal percent sign as a placeholder
        raise ValueError("raw SQL for the server must not contain '%'")
    return _PARAM.sub(r"%(\1)s", _HINT.sub("", sql))


def as_day(value: str | date) -> date:
    """A DATE column as read: ISO text from SQLite, a date from PostgreSQL."""
    return value if isinstance(value, date) else date.fromisoformat(value)
