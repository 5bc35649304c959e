"""Words and abbreviations people write, mapped to vocabulary codes; headers to fields."""

import pytest

from ajo_cases.services.exchange.import_mapping import match_header
from ajo_cases.services.exchange.vocab_words import code_for, codes_for


@pytest.mark.parametrize(
    ("vocab", "text", "code"),
    [
        ("sex", "ж", "female"), ("sex", "Жен.", "female"), ("sex", "зан", "female"),
        ("sex", "F", "female"), ("sex", "Female", "female"), ("sex", "М", "male"),
        ("sex", "муж", "male"), ("sex", "мард", "male"), ("sex", "мужской", "male"),
        ("district", "г. Худжанд", "khujand"), ("district", "ш. Хуҷанд", "khujand"),
        ("district", "Khujand", "khujand"), ("district", "н. Б. Гафуров", "b_gafurov"),
        ("district", "Б.Гафуров", "b_gafurov"), ("district", "Бободжон Гафуров", "b_gafurov"),
        ("district", "Ҷ. Расулов", "j_rasulov"), ("district", "Дж.Расулов", "j_rasulov"),
        ("district", "р-н Спитамен", "spitamen"), ("district", "Спитаменский район", "spitamen"),
        ("district", "ноҳияи Истаравшан", "istaravshan"), ("district", "Конибодом", "kanibadam"),
        ("district", "Горная Матча", "kuhistoni_mastchoh"), ("district", "Матча", "mastchoh"),
        ("category", "ЖТЛ", "victim_of_trafficking"),
        ("category", "Жертва торговли людьми", "victim_of_trafficking"),
        ("category", "қурбонии савдои одамон", "victim_of_trafficking"),
        ("category", "Вернувшийся мигрант", "returnee_migrant"),
        ("category", "муҳоҷири бозгашта", "returnee_migrant"),
        ("category", "Victim of trafficking", "victim_of_trafficking"),
        ("category", "victim_of_trafficking", "victim_of_trafficking"),
        ("assistance_type", "юр.", "legal"), ("assistance_type", "Юридическая", "legal"),
        ("assistance_type", "ҳуқуқӣ", "legal"), ("assistance_type", "мед.", "medical"),
        ("assistance_type", "психол.", "psychological"),
        ("country", "Россия", "RU"), ("country", "РФ", "RU"), ("country", "Русия", "RU"),
    ],
)  # fmt: skip
def test_words_to_codes(vocab, text, code):
    assert code_for(vocab, text) == code


@pytest.mark.parametrize(
    ("vocab", "text"), [("district", "Мархамат"), ("sex", "x"), ("category", "ма")]
)
def test_unknown_or_ambiguous_words(vocab, text):
    assert code_for(vocab, text) is None


def test_several_values_in_one_cell():
    assert codes_for("assistance_type", "юр., мед.; психолог") == (
        ("legal", "medical", "psychological"), [])  # fmt: skip
    assert codes_for("assistance_type", "юридическая и медицинская") == (("legal", "medical"), [])
    # a label that itself holds "и" stays one value
    assert codes_for("assistance_type", "Продукты и предметы первой необходимости")[0] == (
        "food_nfi",)  # fmt: skip
    assert codes_for("assistance_type", "юр/гадание") == (("legal",), ["гадание"])


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("№", "ref"), ("№ п/п", "ref"), ("Ф.И.О.", "full_name"), ("ФИО", "full_name"),
        ("Фамилия, имя, отчество", "full_name"), ("Ному насаб", "full_name"),
        ("Фамилия", "family_name"), ("Насаб", "family_name"), ("Имя", "given_name"),
        ("Номи падар", "patronymic"), ("Пол", "sex"), ("Ҷинс", "sex"), ("Gender", "sex"),
        ("Дата рождения", "birth_date"), ("Дата рожд.", "birth_date"),
        ("Санаи таваллуд", "birth_date"), ("Год рождения", "birth_year"),
        ("Соли таваллуд", "birth_year"), ("Район", "district"), ("Ноҳия", "district"),
        ("Дата обращения", "opened_on"), ("Санаи муроҷиат", "opened_on"),
        ("Вид помощи", "assistance_type"), ("Намуди кӯмак", "assistance_type"),
        ("Номер телефона", "phone"), ("Тел.", "phone"), ("Категория", "category"),
        ("Страна миграции", "country_exploitation"), ("Примечание", "notes"),
        ("family_name", "family_name"), ("opened on", "opened_on"),
    ],
)  # fmt: skip
def test_headers_to_fields(header, field):
    found = match_header(header)
    assert found is not None and found[0] == field


def test_headers_that_name_nothing():
    assert match_header("Подпись") is None
    assert match_header("Реестр получателей помощи за 2023 год") is None
