"""Words of the donor report: table titles, row and column labels, the title page's sentences.

"English|Русский|Тоҷикӣ" per key, terms as in the glossary. Vocabulary codes (categories,
districts, assistance types …) are worded by reports/vocabulary; this module adds the codes
that only statistics use (sex × age columns, outcomes, measures, "new", "unknown", "total").
"""

from __future__ import annotations

from ajo_cases.reports.vocabulary import label

_ORDER = {"en": 0, "ru": 1, "tg": 2}

WORDS: dict[str, str] = {
    # the title page and the legend
    "donor_report": "Statistics report|Статистический отчёт|Ҳисоботи оморӣ",
    "anonymised": "Anonymised statistics for donors|Обезличенная статистика для доноров|"
    "Омори беном барои донорҳо",
    "period": "Reporting period|Отчётный период|Давраи ҳисобот",
    "period_value": "{start} – {end}|{start} – {end}|{start} – {end}",
    "period_open": "up to {end}|по {end}|то {end}",
    "project": "Project|Проект|Лоиҳа",
    "district": "Home district|Район проживания|Ноҳияи зист",
    "category": "Category|Категория|Категория",
    "all": "All|Все|Ҳама",
    "age_bands": "Age groups|Возрастные группы|Гурӯҳҳои синну сол",
    "filter": "Filter|Фильтр|Филтр",
    "threshold": "Small numbers hidden|Скрытие малых чисел|Пинҳон кардани рақамҳои хурд",
    "threshold_value": "counts from 1 to {below} shown as “<{n}”|"
    "числа от 1 до {below} показаны как «<{n}»|"
    "рақамҳо аз 1 то {below} ҳамчун «<{n}» нишон дода шудаанд",
    "exact": "Exact numbers, small ones included: for internal use only, not for donors.|"
    "Точные числа, включая малые: только для внутреннего использования, не для доноров.|"
    "Рақамҳои дақиқ, хурдҳо низ: танҳо барои истифодаи дохилӣ, на барои донорҳо.",
    "excluded": "Left out (consent to be counted withdrawn)|"
    "Исключено (согласие на учёт в статистике отозвано)|"
    "Хориҷ карда шуд (розигӣ ба ҳисоб дар омор бозпас гирифта шуд)",
    "excluded_value": "{cases} case(s) of {persons} person(s)|"
    "дел: {cases}, лиц: {persons}|парвандаҳо: {cases}, шахсон: {persons}",
    "legend_small": "“<{n}”: fewer than {n}, hidden so that no person can be recognised.|"
    "«<{n}»: меньше {n}; скрыто, чтобы нельзя было узнать человека.|"
    "«<{n}»: камтар аз {n}; пинҳон карда шуд, то касе шинохта нашавад.",
    "legend_complement": "“x”: hidden so that a small number cannot be worked out from the "
    "totals.|«x»: скрыто, чтобы малое число нельзя было вычислить по итогам.|"
    "«x»: пинҳон карда шуд, то рақами хурдро аз ҷамъбаст ҳисоб карда натавонанд.",
    "legend_persons": "Each person is counted once per table; definitions: docs/statistics.md.|"
    "Каждый человек учтён в таблице один раз; определения: docs/statistics.md.|"
    "Ҳар шахс дар ҳар ҷадвал як маротиба ҳисоб шудааст; таърифҳо: docs/statistics.md.",
    "overlapping": "One person may appear in several rows; the total counts each person once.|"
    "Один человек может быть в нескольких строках; итог считает каждого один раз.|"
    "Як шахс метавонад дар якчанд сатр бошад; ҳамагӣ ҳар шахсро як маротиба ҳисоб мекунад.",
    "amounts": "Amounts in somoni (TJS).|Суммы в сомони (TJS).|Маблағҳо бо сомонӣ (TJS).",
    "charts": "Charts|Диаграммы|Диаграммаҳо",
    "tables": "Tables|Таблицы|Ҷадвалҳо",
    "no_chart": "Nothing to show for this filter.|Для этого фильтра нет данных.|"
    "Барои ин филтр маълумот нест.",
    "hidden_in_chart": "Hidden numbers are drawn as 0 and marked.|"
    "Скрытые числа показаны как 0 и отмечены.|"
    "Рақамҳои пинҳон ҳамчун 0 нишон дода шуда, қайд шудаанд.",
    # table titles
    "persons_by_category": "Persons assisted by category, sex and age|"
    "Получатели помощи по категории, полу и возрасту|"
    "Гирандагони кӯмак аз рӯи категория, ҷинс ва синну сол",
    "persons_by_age_band": "Persons assisted by age group|Получатели помощи по возрастным "
    "группам|Гирандагони кӯмак аз рӯи гурӯҳи синну сол",
    "persons_new_continuing": "New and continuing persons assisted|"
    "Новые и продолжающие получатели помощи|Гирандагони кӯмаки нав ва идомадиҳанда",
    "persons_by_district": "Persons assisted by home district|"
    "Получатели помощи по району проживания|Гирандагони кӯмак аз рӯи ноҳияи зист",
    "persons_by_exploitation": "Persons by form of exploitation|Лица по формам эксплуатации|"
    "Шахсон аз рӯи шакли истисмор",
    "persons_by_country": "Persons by country of exploitation|Лица по стране эксплуатации|"
    "Шахсон аз рӯи кишвари истисмор",
    "assistance_persons": "Persons who received assistance, by type|"
    "Получатели помощи по видам помощи|Гирандагони кӯмак аз рӯи намуди кӯмак",
    "assistance_services": "Assistance given: services and cost|"
    "Оказанная помощь: услуги и расходы|Кӯмаки расонидашуда: хизматҳо ва хароҷот",
    "referrals": "Referrals by type of partner organisation and outcome|"
    "Направления по типу организации-партнёра и результату|"
    "Равонакуниҳо аз рӯи намуди ташкилоти шарик ва натиҷа",
    "grants_by_sector": "Reintegration grants by business sector|"
    "Гранты на реинтеграцию по отраслям|Грантҳои реинтегратсия аз рӯи соҳа",
    "shelter": "Shelter: admissions and bed-nights|Приют: поступления и койко-ночи|"
    "Паноҳгоҳ: қабул ва шабҳои истиқомат",
    "activities": "Informational meetings and trainings|Информационные встречи и тренинги|"
    "Вохӯриҳои иттилоотӣ ва омӯзишҳо",
    # chart titles where they differ from the table's
    "chart_persons_by_category": "Persons assisted by category and sex|"
    "Получатели помощи по категории и полу|Гирандагони кӯмак аз рӯи категория ва ҷинс",
    "chart_referrals": "Referral outcomes|Результаты направлений|Натиҷаҳои равонакунӣ",
    "chart_grants_by_sector": "Grants approved by business sector|Одобренные гранты по отраслям|"
    "Грантҳои тасдиқшуда аз рӯи соҳа",
    # rows and columns only statistics use
    "total": "Total|Всего|Ҳамагӣ",
    "unknown": "Not known|Неизвестно|Номаълум",
    "new": "New|Новые|Нав",
    "continuing": "Continuing|Продолжающие|Идомадиҳанда",
    "information_meeting": "Informational meetings|Информационные встречи|Вохӯриҳои иттилоотӣ",
    "training": "Trainings|Тренинги|Омӯзишҳо",
    "age.0-17": "Under 18|До 18 лет|То 18-сола",
    "age.18+": "18 and over|18 лет и старше|18-сола ва калонтар",
    "age.unknown": "Age not known|Возраст неизвестен|Синну сол номаълум",
    "age_short.0-17": "0–17|0–17|0–17",
    "age_short.18+": "18+|18+|18+",
    "age_short.unknown": "?|?|?",
    "age_note": "0–17: under 18 (girls, boys); 18+: 18 and over (women, men); ?: age not known.|"
    "0–17: до 18 лет (девочки, мальчики); 18+: 18 лет и старше (женщины, мужчины); "
    "?: возраст неизвестен.|0–17: то 18-сола (духтарон, писарон); 18+: 18-сола ва калонтар "
    "(занон, мардон); ?: синну сол номаълум.",
    "services": "Services|Услуги|Хизматҳо",
    "cost": "Cost, TJS|Расходы, сомони|Хароҷот, сомонӣ",
    "approved": "Approved|Одобрено|Тасдиқ шуд",
    "approved_amount": "Amount approved, TJS|Одобренная сумма, сомони|Маблағи тасдиқшуда, сомонӣ",
    "handed_over": "Handed over|Переданы|Супорида шуд",
    "handed_over_amount": "Value handed over, TJS|Стоимость переданного, сомони|"
    "Арзиши супоридашуда, сомонӣ",
    "monitored": "Monitored|Мониторинг проведён|Мониторинг шуд",
    "running": "Business running|Бизнес работает|Тиҷорат фаъол аст",
    "admissions": "Admissions|Поступления|Қабул",
    "persons": "Persons|Человек|Нафар",
    "bed_nights": "Bed-nights|Койко-ночи|Шабҳои истиқомат",
    "women": "Women|Женщины|Занон",
    "men": "Men|Мужчины|Мардон",
    "girls": "Girls|Девочки|Духтарон",
    "boys": "Boys|Мальчики|Писарон",
    "participants": "Participants|Участники|Иштирокчиён",
    "series.total": "Persons|Человек|Нафар",
    "series.approved": "Grants approved|Одобрено грантов|Грантҳои тасдиқшуда",
}

# Which vocabulary names a table's rows (others use WORDS or print the code: age bands).
ROW_VOCAB: dict[str, str] = {
    "persons_by_category": "category",
    "persons_by_district": "district",
    "persons_by_exploitation": "exploitation_type",
    "persons_by_country": "country",
    "assistance_persons": "assistance_type",
    "assistance_services": "assistance_type",
    "referrals": "partner_type",
    "grants_by_sector": "grant_sector",
    "shelter": "sex",
}
# Column codes worded by a vocabulary rather than WORDS.
COLUMN_VOCAB: dict[str, str] = {
    "female": "sex", "male": "sex", "other_unknown": "sex",
    "sent": "referral_status", "accepted": "referral_status", "declined": "referral_status",
    "completed": "referral_status", "withdrawn": "referral_status",
}  # fmt: skip


def stats_text(lang: str, key: str, **values: object) -> str:
    """A word or sentence of the report in the document language (English if untranslated)."""
    words = WORDS[key].split("|")
    found = words[_ORDER[lang]] or words[0]
    return found.format(**values) if values else found


def table_title(lang: str, table: str) -> str:
    return stats_text(lang, table) if table in WORDS else table.replace("_", " ")


def chart_title(lang: str, table: str) -> str:
    key = f"chart_{table}"
    return stats_text(lang, key) if key in WORDS else table_title(lang, table)


def code_label(lang: str, vocab: str, code: str) -> str:
    """A row, column or chart category: statistics' own words first, then the vocabulary."""
    if code in WORDS:
        return stats_text(lang, code)
    if vocab:
        return label(vocab, code, lang)  # the code itself when the table does not know it
    return code  # an age band such as 25-34


def row_label(lang: str, table: str, code: str) -> str:
    return code_label(lang, ROW_VOCAB.get(table, ""), code)


def column_label(lang: str, code: str) -> str:
    """'female.0-17' is worded by its parts (see sex_age_parts); other codes directly."""
    if "." in code:
        sex, group = sex_age_parts(lang, code)
        return f"{sex}, {group}"
    return code_label(lang, COLUMN_VOCAB.get(code, ""), code)


def sex_age_parts(lang: str, code: str, *, short: bool = False) -> tuple[str, str]:
    """('Female', 'Under 18') for 'female.0-17': the two header lines of a sex × age column;
    `short` gives '0–17', '18+', '?' for narrow printed columns (explained by "age_note")."""
    sex, _dot, group = code.partition(".")
    return label("sex", sex, lang), stats_text(lang, f"age{'_short' if short else ''}.{group}")


def series_label(lang: str, key: str) -> str:
    """A chart series: a sex, or the measure of a one-series chart."""
    if f"series.{key}" in WORDS:
        return stats_text(lang, f"series.{key}")
    return column_label(lang, key)
