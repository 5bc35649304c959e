"""Registers as offices keep them, made by the tests: title rows, Russian or Tajik headers,
full names in one cell, words instead of codes, several services in one cell, dates in every
form, the data on a sheet that is not the first, CP1251 CSV."""

from datetime import date, datetime, timedelta

from openpyxl import Workbook

EXCEL_DAY = 45_300  # an Excel day number in a date column
EXCEL_DATE = date(1899, 12, 30) + timedelta(days=EXCEL_DAY)

RU_HEADER = [
    "№ п/п", "Ф.И.О.", "Пол", "Дата рождения", "Район", "Категория", "Дата обращения",
    "Вид оказанной помощи", "Страна миграции", "Тел.", "Подпись",
]  # fmt: skip
RU_ROWS = [
    [1, "Қодиров Ҷамшед Раҳимович", "м", datetime(1990, 3, 12), "г. Худжанд",
     "Вернувшийся мигрант", "12.03.2024", "юр., мед.", "Россия", "+992 92 123 45 67", None],
    [2, "Раҳимова Нигора Рустамовна", "ж", "1999", "н. Б. Гафуров", "ЖТЛ",
     datetime(2024, 4, 1), "психолог; приют", "РФ", None, None],
    [3, "Ivanova Olga", "жен.", 1985, "Ҷ. Расулов", "уязвимый мигрант", EXCEL_DAY, "продукты",
     "Казахстан", None, None],
    [4, "Ҳасанзода Фарида духтари Каримҷон", "зан", "20 июля 2001 г.", "Спитаменский район",
     "ЖТЛ", "05/05/2024", "юридическая", "ОАЭ", None, None],
    [5, "Саидов Алишер ибни Олим", "мард", "01.01.1980", "Мархамат", "Вернувшийся",
     "10.06.2024", "мед", "Россия", None, None],
]  # fmt: skip


def russian_register(path):
    """XLSX: an instructions sheet first; the register on the second, under two title rows,
    with the row of column numbers under the header and a total line at the end."""
    book = Workbook()
    book.active.title = "Инструкция"
    book.active.append(["Заполняйте реестр на листе «Реестр 2024»."])
    sheet = book.create_sheet("Реестр 2024")
    sheet.append(["Реестр получателей помощи ОО «АҶО» за 2024 год"])
    sheet.append(["Согдийская область"])
    sheet.append(RU_HEADER)
    sheet.append(list(range(1, len(RU_HEADER) + 1)))
    for row in RU_ROWS:
        sheet.append(row)
    sheet.append(["Итого: 5 человек"])
    book.save(path)
    return path


TG_HEADER = ["Рақам", "Ному насаб", "Ҷинс", "Соли таваллуд", "Ноҳия", "Гурӯҳ",
             "Санаи муроҷиат", "Намуди кӯмак"]  # fmt: skip
TG_ROWS = [
    ["1", "Шарипова Мадина", "зан", 1995, "ш. Хуҷанд", "муҳоҷири бозгашта", "15.02.2024",
     "ҳуқуқӣ, тиббӣ"],
    ["2", "Jamshed Qodirov", "мард", 1988, "Истаравшан", "қурбонии савдои одамон", "2024-03-01",
     "равонӣ"],
    ["3", "Rahimova Nigora Rustam qizi", "зан", "12.05.2000", "Конибодом", "осебпазир",
     "01.04.2024", "иҷтимоӣ ва ҳуқуқӣ"],
]  # fmt: skip


def tajik_register(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Феҳрист"
    sheet.append(TG_HEADER)
    for row in TG_ROWS:
        sheet.append(row)
    book.save(path)
    return path


CP1251_LINES = [
    "Реестр мигрантов, вернувшихся в 2024 году;;;;;;;",
    "№;ФИО;Пол;Год рождения;Район;Категория;Дата обращения;Вид помощи",
    "1;Кодиров Джамшед Рахимович;м;1990;Худжанд;возвращенец;12.03.2024;юридическая",
    "2;Рахимова Нигора;ж;1999;Исфара;мигрант из космоса;01.04.2024;медицинская",
    "3;Назаров Умед Каримович;м;31.02.1985;Канибадам;возвращенец;02.04.2024;психологическая",
    "4;Olimova Zarina;ж;2001;Бустон;ЖТЛ;03.04.2024;соц.",
]


def cp1251_register(path):
    path.write_bytes("\r\n".join(CP1251_LINES).encode("cp1251"))
    return path
