"""Words of a person's copy of their data, per document language (beside texts.py, which holds
the words every document shares). Terms follow GLOSSARY.md."""

from __future__ import annotations

from typing import Final

from ajo_cases.reports.texts import check_language

_EN: Final[dict[str, str]] = {
    "title": "Personal data held",
    "intro": "Everything the organisation holds about the person named below, in all their "
    "cases, on {date}. Made by {user} at the person's request.",
    "erased": "The personal data of this person were erased on {date}. Only the facts used "
    "for statistics are kept.",
    "hand_over": "This copy holds personal data. Hand it only to the person, or to someone "
    "they authorised in writing.",
    "case": "Case {code}",
    "documents": "Documents held",
    "document_kind": "Kind",
    "document_name": "File name",
    "size": "Size",
    "shared": "Shared with partner organisations",
    "sent": "Sent",
    "fields_shared": "Personal details passed on",
    "nothing_shared": "none (no consent to share)",
    "override": "sent without the person's consent, on an administrator's written reason",
    "printed": "Form printed",
    "history": "Who viewed, changed, printed or copied the record",
    "when": "When",
    "who": "Account",
    "what": "Action",
    "fields": "Fields",
    "consent_history": "Every consent answer, oldest first",
}
_RU: Final[dict[str, str]] = {
    "title": "Хранимые персональные данные",
    "intro": "Всё, что организация хранит о названном ниже человеке, по всем его делам, на "
    "{date}. Составлено: {user}, по просьбе этого человека.",
    "erased": "Персональные данные этого человека удалены {date}. Хранятся только сведения "
    "для статистики.",
    "hand_over": "Эта копия содержит персональные данные. Передавайте её только самому "
    "человеку или тому, кого он письменно уполномочил.",
    "case": "Дело {code}",
    "documents": "Хранимые документы",
    "document_kind": "Вид",
    "document_name": "Имя файла",
    "size": "Размер",
    "shared": "Передано организациям-партнёрам",
    "sent": "Отправлено",
    "fields_shared": "Переданные личные сведения",
    "nothing_shared": "ничего (нет согласия на передачу)",
    "override": "отправлено без согласия человека, по письменному обоснованию администратора",
    "printed": "Форма напечатана",
    "history": "Кто просматривал, изменял, печатал или копировал запись",
    "when": "Когда",
    "who": "Учётная запись",
    "what": "Действие",
    "fields": "Поля",
    "consent_history": "Все ответы о согласии, от ранних к поздним",
}
_TG: Final[dict[str, str]] = {
    "title": "Маълумоти шахсии нигоҳдошташуда",
    "intro": "Ҳама чизе, ки ташкилот дар бораи шахси зерин дар ҳамаи парвандаҳояш нигоҳ "
    "медорад, то {date}. Тартиб дод: {user}, бо дархости худи ин шахс.",
    "erased": "Маълумоти шахсии ин шахс {date} нест карда шуд. Танҳо маълумот барои омор "
    "нигоҳ дошта мешавад.",
    "hand_over": "Ин нусха маълумоти шахсиро дар бар мегирад. Онро танҳо ба худи шахс ё ба "
    "касе, ки ӯ хаттӣ ваколат додааст, супоред.",
    "case": "Парвандаи {code}",
    "documents": "Ҳуҷҷатҳои нигоҳдошташуда",
    "document_kind": "Намуд",
    "document_name": "Номи файл",
    "size": "Андоза",
    "shared": "Ба ташкилотҳои шарик супорида шуд",
    "sent": "Фиристода шуд",
    "fields_shared": "Маълумоти шахсии супоридашуда",
    "nothing_shared": "ҳеҷ чиз (розигӣ барои супоридан нест)",
    "override": "бе розигии шахс, бо асосноккунии хаттии маъмур фиристода шуд",
    "printed": "Варақа чоп шуд",
    "history": "Кӣ сабтро дид, тағйир дод, чоп кард ё нусха гирифт",
    "when": "Кай",
    "who": "Ҳисоб",
    "what": "Амал",
    "fields": "Майдонҳо",
    "consent_history": "Ҳамаи ҷавобҳо дар бораи розигӣ, аз аввал то охир",
}
_TABLES: Final = {"en": _EN, "ru": _RU, "tg": _TG}


def words(lang: str, key: str, **values: object) -> str:
    found = _TABLES[check_language(lang)].get(key) or _EN[key]
    return found.format(**values) if values else found
