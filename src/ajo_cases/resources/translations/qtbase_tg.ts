<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<!-- Qt ships no Tajik translation: the strings of Qt's own widgets that appear in AJO Cases. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ҳамаро захира кардан</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ҳа ба &amp;ҳама</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е ба ҳама</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Қатъ кардан</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Нодида гирифтан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Рад кардан</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Татбиқ кардан</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Аз нав танзим кардан</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Барқарор кардани пешфарзҳо</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Захира накардан</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Бе захира пӯшидан</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Нишон додани тафсилот...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Пинҳон кардани тафсилот...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Баргардонидани амал</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Баргардонидани амал</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Нусха бардоштани &amp;суроғаи пайванд</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Чоп кардан</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Чоп кардан</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Имконот &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Имконот &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Чоп ба файл (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Файли маҳаллӣ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Навиштани файли PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Чоп ба файл ...</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Ҳамаро чоп кардан</translation>
    </message>
    <message>
        <source>Print selection</source>
        <translation>Чопи қисми интихобшуда</translation>
    </message>
    <message>
        <source>Print current page</source>
        <translation>Чопи саҳифаи ҷорӣ</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
</context>
</TS>
