"""The sorted-word name index: prefix search in any order, overlay for changes, duplicates."""

from ajo_cases.domain import names
from ajo_cases.services.people.name_index import Entry, NameIndex, parse_search_key


def _entry(name: str, year: int | None = None) -> Entry:
    return Entry(tuple(names.tokens(name)), year)


def _index() -> NameIndex:
    index = NameIndex()
    index.load(
        {
            "p1": _entry("Қодиров Ҷамшед Jamshed Qodirov", 1990),
            "p2": _entry("Раҳимова Нигора Nigora Rahimova", 1985),
            "p3": _entry("Qodirova Zarina", 2001),
        }
    )
    return index


def test_prefix_any_order_and_script():
    index = _index()
    assert index.match("джам", 10) == ["p1"]
    assert sorted(index.match("qod", 10)) == ["p1", "p3"]
    assert index.match("zar кодир", 10) == ["p3"]
    assert index.match("нигора ҷамшед", 10) == []
    assert index.match("", 10) == []


def test_limit():
    assert len(_index().match("qod", 1)) == 1


def test_changes_are_found_before_and_after_rebuild():
    index = _index()
    index.put("p1", _entry("Фарҳодов Фарҳод", 1990))
    assert index.match("jamshed", 10) == []  # the stale word no longer matches
    assert index.match("farhod", 10) == ["p1"]
    for i in range(2100):  # enough changes to force a rebuild of the sorted list
        index.put(f"n{i}", _entry(f"Name{i} Family"))
    assert index.match("farhod", 10) == ["p1"]
    assert len(index) == 3 + 2100


def test_same_name_needs_two_words_and_agreeing_year():
    index = _index()
    words = set(names.tokens("Jamshed Kodirov"))
    assert index.same_name(words, 1990) == ["p1"]
    assert index.same_name(words, None) == ["p1"]
    assert index.same_name(words, 1975) == []
    assert index.same_name(set(names.tokens("Jamshed Sharipov")), None) == []


def test_search_key_format():
    assert parse_search_key("jamshed kodirov|1990") == Entry(("jamshed", "kodirov"), 1990)
    assert parse_search_key("zarina|") == Entry(("zarina",), None)
