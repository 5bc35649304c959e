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
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Феҳрист ёфт нашуд.
Дуруст будани номи феҳристро санҷед.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл ёфт нашуд.
Дуруст будани номи файлро санҷед.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файли %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 аллакай ҳаст.
Онро иваз кунем?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Интихоб кардан</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Нест кардан</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ҷузвдони нав</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Иваз кардани ном</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захира кардан</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» аз навиштан ҳифз шудааст.
Бо вуҷуди ин нест карда шавад?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Тахаллус</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» дар ҳақиқат нест карда шавад?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ба намуди муфассал гузаштан</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ба намуди рӯйхат гузаштан</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Феҳристро нест кардан муяссар нашуд.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Сохтани ҷузвдони нав</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Сохтани ҷузвдони нав</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Намуди муфассал</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Феҳристҳо</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Феҳрист:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Номи файл:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Ҷузвдони файлҳо</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлҳо</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Навъи файлҳо:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Ёфтани феҳрист</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ҷузвдон</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ба пеш</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ба пеш</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ба феҳристи болоӣ гузаштан</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Рӯйхат</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Ҷойҳо ва хатчӯбҳо</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ҷустан дар:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Навъи файлҳо:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Ҷустан дар:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ҷузвдони нав</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Феҳристи болоӣ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Ҷойҳои охирин</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Захира кардан ҳамчун</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Миёнбур</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Нишон додан </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Нишон додани файлҳои &amp;пинҳон</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Панели паҳлуӣ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Номаълум</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Номи «%1»-ро истифода бурдан мумкин нест.&lt;/b&gt;&lt;p&gt;Номи дигар, кӯтоҳтар ё бе аломатҳои китобатро санҷед.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Санаи тағйир</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Номи нодурусти файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
</context>
</TS>
