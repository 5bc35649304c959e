"""Full names from one register cell, split the way names are written here."""

import pytest

from ajo_cases.domain.person_names import is_latin, split_full_name


@pytest.mark.parametrize(
    ("text", "family", "given", "patronymic"),
    [
        ("Қодиров Ҷамшед Раҳимович", "Қодиров", "Ҷамшед", "Раҳимович"),  # Фамилия Имя Отчество
        ("ИВАНОВА ОЛЬГА ПЕТРОВНА", "ИВАНОВА", "ОЛЬГА", "ПЕТРОВНА"),
        ("Раҳимова Нигора", "Раҳимова", "Нигора", None),
        ("Нигора Раҳимова", "Раҳимова", "Нигора", None),  # given name first: the -ова tells
        ("Ҳасанзода Фарида духтари Каримҷон", "Ҳасанзода", "Фарида", "духтари Каримҷон"),
        ("Саидов Алишер ибни Олим", "Саидов", "Алишер", "ибни Олим"),
        ("Каримова Дилноза Рустам кизи", "Каримова", "Дилноза", "Рустам кизи"),
        ("Юсупов Бахтиёр Анвар угли", "Юсупов", "Бахтиёр", "Анвар угли"),
        ("Исмоилов Муҳаммад Алӣ", "Исмоилов", "Муҳаммад Алӣ", None),  # two given names
        ("Qodirov Jamshed Rahimovich", "Qodirov", "Jamshed", "Rahimovich"),
        ("Jamshed Qodirov", "Qodirov", "Jamshed", None),
        ("Jamshed Rahimovich Qodirov", "Qodirov", "Jamshed", "Rahimovich"),
        ("Rahimova Nigora Rustam qizi", "Rahimova", "Nigora", "Rustam qizi"),
        ("Abdulloev, Farrukh", "Abdulloev", "Farrukh", None),
        ("  Шарипова   Мадина  ", "Шарипова", "Мадина", None),
        ("Иванов", "Иванов", None, None),
    ],
)
def test_split(text, family, given, patronymic):
    parts = split_full_name(text)
    assert (parts.family, parts.given, parts.patronymic) == (family, given, patronymic)
    assert parts.certain


def test_order_assumed_when_nothing_tells():
    # Neither word has a family-name ending: the register order (family name first) is taken
    # and the split says it is not sure, so that the dry run can show the row.
    parts = split_full_name("Раҳмон Эмомалӣ")
    assert (parts.family, parts.given, parts.certain) == ("Раҳмон", "Эмомалӣ", False)
    single = split_full_name("Нигора")
    assert (single.family, single.given, single.certain) == (None, "Нигора", False)


def test_latin_or_cyrillic():
    assert is_latin("Jamshed Qodirov") and is_latin("O'g'li")
    assert not is_latin("Ҷамшед") and not is_latin("Jamshed Қодиров")
