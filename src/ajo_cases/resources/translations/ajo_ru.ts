<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AJO Cases</source>
        <translation>О программе AJO Cases</translation>
    </message>
    <message>
        <source>AJO Cases %1</source>
        <translation>AJO Cases %1</translation>
    </message>
    <message>
        <source>Encrypted case management for the shelter and the migrant-support services of AJO, Sughd. Licence: GNU GPL version 3 or later. It includes the components below under their own licences.</source>
        <translation>Зашифрованный учёт дел для приюта и служб поддержки мигрантов AJO, Согдийская область. Лицензия: GNU GPL версии 3 или более поздней. Программа включает перечисленные ниже компоненты, на которые действуют их собственные лицензии.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Licence of the DejaVu fonts used in printed documents:</source>
        <translation>Лицензия шрифтов DejaVu, используемых в печатных документах:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add a planned action</source>
        <translation>Добавить запланированное действие</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Вид помощи:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>has a due date</source>
        <translation>есть срок</translation>
    </message>
    <message>
        <source>Describe the action or choose its kind.</source>
        <translation>Опишите действие или выберите его вид.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>Activities: %1 · participants: %2</source>
        <translation>Мероприятий: %1 · участников: %2</translation>
    </message>
    <message>
        <source>Delete the activity “%1” of %2? Its participants no longer count in the statistics. Use this only for a record entered by mistake.</source>
        <translation>Удалить мероприятие «%1» от %2? Его участники больше не будут учитываться в статистике. Только для записи, внесённой по ошибке.</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Record an informational meeting or a training</source>
        <translation>Записать информационную встречу или тренинг</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No activities recorded yet. Choose “New activity…” after an informational meeting or a training: the participants count in the donor statistics.</source>
        <translation>Мероприятия ещё не записаны. После информационной встречи или тренинга выберите «Новое мероприятие…»: участники учитываются в статистике для доноров.</translation>
    </message>
    <message>
        <source>No activities recorded yet.</source>
        <translation>Мероприятия ещё не записаны.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit the activity</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Дата проведения:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>For example: safe migration; never names</source>
        <translation>Например: безопасная миграция; никогда не пишите имена</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Без проекта</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Выберите вид мероприятия.</translation>
    </message>
    <message>
        <source>Enter how many took part.</source>
        <translation>Укажите, сколько человек участвовало.</translation>
    </message>
</context>
<context>
    <name>AddBedDialog</name>
    <message>
        <source>Add a bed</source>
        <translation>Добавление кровати</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Добавить кровать</translation>
    </message>
    <message>
        <source>Bed label:</source>
        <translation>Обозначение кровати:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Комната:</translation>
    </message>
    <message>
        <source>Give the bed a label, for example A1.</source>
        <translation>Задайте обозначение кровати, например A1.</translation>
    </message>
    <message>
        <source>A bed with this label exists already.</source>
        <translation>Кровать с таким обозначением уже есть.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>The new account can unlock the vault with its own password. What it may see depends on the role: a manager never sees names or other personal data.</source>
        <translation>Новая учётная запись открывает хранилище своим паролем. Что она видит, зависит от роли: руководитель никогда не видит имён и других персональных данных.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>An account with this name already exists.</source>
        <translation>Учётная запись с таким именем уже есть.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>My account</source>
        <translation>Моя учётная запись</translation>
    </message>
    <message>
        <source>You are signed in as “%1” (%2).</source>
        <translation>Вы вошли как «%1» (%2).</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Сведения…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Последнего администратора удалить нельзя.</translation>
    </message>
    <message>
        <source>Remove the account “%1” (%2)? From now on it cannot unlock the vault. Records it entered and its history stay. This cannot be undone: to let the person in again, add a new account.</source>
        <translation>Удалить учётную запись «%1» (%2)? После этого она не сможет открыть хранилище. Внесённые ею записи и их история сохранятся. Отменить это нельзя: чтобы снова впустить человека, добавьте новую учётную запись.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>“%1” can no longer sign in: the account&apos;s login on the office server is disabled and its open sessions have ended. Rotating the personal-data key completes the removal: every personal field is sealed again under a new key, while the other computers keep working, so the key this account held opens nothing from then on. Rotate the key now? (Every other account that reads personal data then gets a temporary password.)</source>
        <translation>«%1» больше не может войти: вход этой учётной записи на сервер офиса отключён, её открытые сеансы завершены. Удаление завершает смена ключа личных данных: все личные данные заново шифруются новым ключом, пока остальные компьютеры продолжают работать, и ключ, который был у этой учётной записи, с этого момента ничего не откроет. Сменить ключ сейчас? (Все остальные учётные записи, которые читают личные данные, получат временные пароли.)</translation>
    </message>
    <message>
        <source>“%1” can no longer unlock AJO Cases. Rotating the keys completes the removal: until then, someone who kept a copy of the key file or of a backup could still open it with that password. Rotate the keys now? (Every other account then gets a temporary password.)</source>
        <translation>«%1» больше не может открыть AJO Cases. Удаление завершает смена ключей: до неё тот, кто сохранил копию файла ключей или резервной копии, ещё может открыть её этим паролем. Сменить ключи сейчас? (Все остальные учётные записи получат временные пароли.)</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Учётная запись удалена</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Сменить ключи…</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Поступление в приют</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Кровать:</translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <source>No bed is free today.</source>
        <translation>Сегодня нет свободных кроватей.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Выберите кровать.</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Approved amount:</source>
        <translation>Одобренная сумма:</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>Одобренная сумма должна быть больше нуля.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo vault with invented records. User name: %1, password: %2</source>
        <translation>Демонстрационное хранилище с вымышленными записями. Имя пользователя: %1, пароль: %2</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Подготовка демонстрационного хранилища…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Дата оценки:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Уровень риска:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Потребности:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Цели:</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>Add assistance</source>
        <translation>Добавить помощь</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Trade:</source>
        <translation>Профессия:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Кем оказана:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Стоимость:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Выберите вид помощи.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 150 or 150,50.</source>
        <translation>Напишите сумму числом, например 150 или 150,50.</translation>
    </message>
</context>
<context>
    <name>AssistanceTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем оказана</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Наши сотрудники</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записал(а)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Добавить помощь…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Choose “Add assistance…” to record some.</source>
        <translation>Помощь ещё не записана. Выберите «Добавить помощь…», чтобы записать.</translation>
    </message>
    <message>
        <source>Delete the assistance “%1” of %2? Use this only for a record entered by mistake; the history keeps that it existed.</source>
        <translation>Удалить помощь «%1» от %2? Только для записи, внесённой по ошибке; в истории останется, что она была.</translation>
    </message>
    <message>
        <source>Delete assistance</source>
        <translation>Удаление помощи</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Удалить эту запись</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>Database structure</source>
        <translation>Структура базы данных</translation>
    </message>
    <message>
        <source>Encryption of every page</source>
        <translation>Шифрование всех страниц</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Связи между записями</translation>
    </message>
    <message>
        <source>Audit log chain</source>
        <translation>Цепочка журнала аудита</translation>
    </message>
    <message>
        <source>Audit log end matches the key file</source>
        <translation>Конец журнала аудита совпадает с файлом ключей</translation>
    </message>
    <message>
        <source>Signatures of the audit log entries</source>
        <translation>Подписи записей журнала аудита</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключей</translation>
    </message>
    <message>
        <source>Copy of the key file</source>
        <translation>Копия файла ключей</translation>
    </message>
    <message>
        <source>Every encrypted field belongs to its record</source>
        <translation>Каждое зашифрованное поле принадлежит своей записи</translation>
    </message>
    <message>
        <source>Every key slot is one the vault accepts</source>
        <translation>Все ключевые слоты приняты хранилищем</translation>
    </message>
    <message>
        <source>Statistics copies match the records</source>
        <translation>Копии для статистики совпадают с записями</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Every sign-in, view and change, newest first. The log keeps record ids and the names of changed fields, never their values, and cannot be altered: “Verify chain” proves that nothing was removed or changed.</source>
        <translation>Каждый вход, просмотр и изменение, сначала новые. Журнал хранит ID записей и названия изменённых полей, но никогда не их значения, и его нельзя изменить: «Проверить цепочку» доказывает, что ничего не удалено и не изменено.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Paste an id</source>
        <translation>Вставьте ID</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Показать ещё %1</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>Показано записей: %1</translation>
    </message>
    <message>
        <source>%1 newest entries shown</source>
        <translation>Показаны последние записи: %1</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Проверка хранилища…</translation>
    </message>
    <message>
        <source>Verified: the audit log chain is whole (%1) and the database and key file are intact.</source>
        <translation>Проверено: цепочка журнала аудита цела (%1), база данных и файл ключей не повреждены.</translation>
    </message>
    <message>
        <source>Not signed in since entries are signed: %1. Until each of them signs in, entries in their name cannot be checked.</source>
        <translation>Не входили с тех пор, как записи подписываются: %1. Пока каждый из них не войдёт, записи от их имени нельзя проверить.</translation>
    </message>
    <message>
        <source>Problems found: %1. Stop work and restore the latest backup, or ask for help.</source>
        <translation>Найдены проблемы: %1. Прекратите работу и восстановите последнюю резервную копию или обратитесь за помощью.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Сменить ключи…</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Выбрать вторую папку…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Прекратить копирование</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>No backup has been made yet. Back up now.</source>
        <translation>Резервная копия ещё не создавалась. Создайте её сейчас.</translation>
    </message>
    <message>
        <source>That is more than %1 days ago: back up now.</source>
        <translation>Это было более %1 дн. назад: создайте резервную копию сейчас.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ручная</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>second folder</source>
        <translation>вторая папка</translation>
    </message>
    <message>
        <source>This vault is on the office server: the PCs make no automatic backups, the server&apos;s administrator backs up the database. &quot;Back up now&quot; writes a copy that restores as a vault on one PC.</source>
        <translation>Это хранилище на сервере офиса: компьютеры не делают автоматических резервных копий, резервные копии базы данных делает администратор сервера. «Создать резервную копию» записывает копию, которая восстанавливается как хранилище на одном компьютере.</translation>
    </message>
    <message>
        <source>Backups are kept only on this computer.</source>
        <translation>Резервные копии хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <source>Each automatic backup is also copied to %1.</source>
        <translation>Каждая автоматическая резервная копия также копируется в %1.</translation>
    </message>
    <message>
        <source>Making and checking a backup…</source>
        <translation>Создание и проверка резервной копии…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Вторая папка для резервных копий</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>AJO Cases backups (*%1)</source>
        <translation>Резервные копии AJO Cases (*%1)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Restoring locks AJO Cases, replaces the current vault with the backup and keeps the current vault in the folder “replaced-&lt;date&gt;” inside the data folder. Everything entered after the backup was made will not be in the restored vault. Afterwards, sign in with the passwords that were valid when the backup was made.</source>
        <translation>При восстановлении AJO Cases блокируется, текущее хранилище заменяется резервной копией, а само оно сохраняется в папке «replaced-&lt;дата&gt;» внутри папки данных. Всего, что было внесено после создания копии, в восстановленном хранилище не будет. Затем войдите с паролями, которые действовали на момент создания копии.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to a different vault.</source>
        <translation>Внимание: эта резервная копия относится к другому хранилищу.</translation>
    </message>
    <message>
        <source>Warning: this backup is older than the current vault. What was recorded after it was made will not be in the restored vault.</source>
        <translation>Внимание: эта резервная копия старше текущего хранилища. Того, что было записано после её создания, в восстановленном хранилище не будет.</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>Заблокировать и восстановить</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Последняя проверенная резервная копия: %1.</translation>
    </message>
    <message>
        <source>The backup of %1 was checked and is intact. It holds %2 people and %3 cases.</source>
        <translation>Резервная копия от %1 проверена и цела. В ней людей: %2, дел: %3.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in to continue.</source>
        <translation>Резервная копия восстановлена. Войдите, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>No backup yet</source>
        <translation>Резервной копии ещё нет</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Backups older than %1 days are overdue; make one under Backups.</source>
        <translation>Резервная копия старше %1 дн. просрочена; создайте новую в разделе «Резервные копии».</translation>
    </message>
</context>
<context>
    <name>BedModel</name>
    <message>
        <source>Bed</source>
        <translation>Кровать</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Occupied by</source>
        <translation>Кто занимает</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>занята</translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободна</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>CaseFieldsTab</name>
    <message>
        <source>No project</source>
        <translation>Без проекта</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Для вашей роли только просмотр.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Социальный работник:</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Кто выявил:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Уровень риска:</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Все работники</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>Opened this month</source>
        <translation>Открыто в этом месяце</translation>
    </message>
    <message>
        <source>Opened in the last 3 months</source>
        <translation>Открыто за 3 месяца</translation>
    </message>
    <message>
        <source>Opened this year</source>
        <translation>Открыто в этом году</translation>
    </message>
    <message>
        <source>Opened last year</source>
        <translation>Открыто в прошлом году</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Personal data erased on %1</source>
        <translation>Персональные данные удалены %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>age at intake %1</source>
        <translation>возраст при обращении %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>риск: %1</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>риск не оценён</translation>
    </message>
    <message>
        <source>worker: %1</source>
        <translation>работник: %1</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>работник не назначен</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Consent to registration: given</source>
        <translation>Согласие на регистрацию: дано</translation>
    </message>
    <message>
        <source>Consent to registration: missing — record it on the Consent tab</source>
        <translation>Согласия на регистрацию нет — запишите его на вкладке «Согласие»</translation>
    </message>
    <message>
        <source>The person refused or withdrew consent to share with partner organisations</source>
        <translation>Человек отказался или отозвал согласие на передачу данных организациям-партнёрам</translation>
    </message>
    <message>
        <source>Not asked yet: ask the person before a referral and record the answer on the Consent tab</source>
        <translation>Ещё не спрашивали: спросите человека до направления и запишите ответ на вкладке «Согласие»</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>May be shared with %1 organisation(s)</source>
        <translation>Можно передавать организациям: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Counted in statistics</source>
        <translation>Учитывается в статистике</translation>
    </message>
    <message>
        <source>Left out of statistics (consent withdrawn)</source>
        <translation>Не учитывается в статистике (согласие отозвано)</translation>
    </message>
    <message>
        <source>The person is in the shelter now; discharge them on the Shelter tab first.</source>
        <translation>Человек сейчас в приюте; сначала оформите выписку на вкладке «Приют».</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Set active</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Move to follow-up</source>
        <translation>Перевести в мониторинг</translation>
    </message>
    <message>
        <source>Reopen case…</source>
        <translation>Возобновить дело…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Добавить помощь…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Направить…</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Принять в приют…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Person&apos;s data</source>
        <translation>Данные человека</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases: %1</source>
        <translation>Дел: %1</translation>
    </message>
    <message>
        <source>first %1 matches: type more to narrow</source>
        <translation>первые %1 совпадений: уточните поиск</translation>
    </message>
    <message>
        <source>Showing: my open cases</source>
        <translation>Показаны: мои открытые дела</translation>
    </message>
    <message>
        <source>Showing: cases with overdue follow-ups</source>
        <translation>Показаны: дела с просроченным мониторингом</translation>
    </message>
    <message>
        <source>Showing: cases with referrals awaiting an answer</source>
        <translation>Показаны: дела с направлениями без ответа</translation>
    </message>
    <message>
        <source>Showing: cases of people in the shelter</source>
        <translation>Показаны: дела людей в приюте</translation>
    </message>
    <message>
        <source>Showing: case plans awaiting approval</source>
        <translation>Показаны: планы дел, ждущие утверждения</translation>
    </message>
    <message>
        <source>Search by case code</source>
        <translation>Поиск по номеру дела</translation>
    </message>
    <message>
        <source>Search by name in any spelling, or by case code</source>
        <translation>Поиск по имени в любом написании или по номеру дела</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <source>Register a person (Ctrl+N)</source>
        <translation>Зарегистрировать человека (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Plans awaiting approval</source>
        <translation>Планы на утверждение</translation>
    </message>
    <message>
        <source>No cases to show. Register someone with “New person…” (Ctrl+N), or change the search and filters.</source>
        <translation>Нет дел для показа. Зарегистрируйте человека кнопкой «Новый человек…» (Ctrl+N) или измените поиск и фильтры.</translation>
    </message>
    <message>
        <source>No cases to show. Change the search or the filters.</source>
        <translation>Нет дел для показа. Измените поиск или фильтры.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Type a name in any spelling, or a case code</source>
        <translation>Введите имя в любом написании или номер дела</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>дела ещё нет</translation>
    </message>
    <message>
        <source>No open case found</source>
        <translation>Открытое дело не найдено</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Работник</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>The name failed its integrity check. Ask the administrator to verify the vault.</source>
        <translation>Имя не прошло проверку целостности. Попросите администратора проверить хранилище.</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Примерный возраст</translation>
    </message>
    <message>
        <source>erased on %1</source>
        <translation>удалено %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>дела ещё нет</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them.</source>
        <translation>Ваши несохранённые изменения до блокировки восстановлены. Сохраните их.</translation>
    </message>
    <message>
        <source>Case %1 — AJO Cases</source>
        <translation>Дело %1 — AJO Cases</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>В деле есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>The personal data of this person were erased on %1. The case is kept for statistics only and can no longer change.</source>
        <translation>Персональные данные этого человека удалены %1. Дело хранится только для статистики и больше не может изменяться.</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data…</source>
        <translation>Копия данных человека…</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data…</source>
        <translation>Удалить данные человека…</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change a password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Set a new password for your account “%1”. The old password stops working at once; other accounts are not affected.</source>
        <translation>Задайте новый пароль для своей учётной записи «%1». Старый пароль сразу перестанет действовать; другие учётные записи не затрагиваются.</translation>
    </message>
    <message>
        <source>Set a new password for the account “%1”. Its old password stops working at once; tell the person the new one in private.</source>
        <translation>Задайте новый пароль для учётной записи «%1». Старый пароль сразу перестанет действовать; сообщите новый пароль человеку лично.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Выберите пароль, который отвечает правилам выше.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Hatched marks are values the table hides (%1: fewer than %2 people; x: hidden so that totals do not reveal them). Bars show only the values the table shows.</source>
        <translation>Заштрихованные метки — значения, скрытые в таблице (%1: меньше %2 человек; x: скрыто, чтобы итоги их не раскрыли). Столбцы показывают только значения, которые показывает таблица.</translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation>Для этого фильтра нет данных.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check and preview</source>
        <translation>Проверка и предварительный просмотр</translation>
    </message>
    <message>
        <source>Every row was checked. Nothing has been written yet.</source>
        <translation>Каждая строка проверена. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>People as they will be imported</source>
        <translation>Люди, как они будут импортированы</translation>
    </message>
    <message>
        <source>Words to map</source>
        <translation>Слова без кода</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Рождение / возраст</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Word in the file</source>
        <translation>Слово в файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>These words matched no code. Choose the code for each, then Check again.</source>
        <translation>Эти слова не совпали ни с одним кодом. Выберите код для каждого и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation>Пропустить строки с проблемами и импортировать остальные</translation>
    </message>
    <message>
        <source>%1 rows: %2 people, %3 assistance records.</source>
        <translation>Строк: %1; людей: %2, записей о помощи: %3.</translation>
    </message>
    <message>
        <source>%1 problems: nothing is imported until they are corrected, or the rows are left out.</source>
        <translation>Проблем: %1. Ничего не импортируется, пока они не исправлены или эти строки не пропущены.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Что содержит каждый столбец</translation>
    </message>
    <message>
        <source>Proposed from the column headers. Change a field where it is wrong; columns set to “Not imported” are left out.</source>
        <translation>Предложено по заголовкам столбцов. Исправьте поле, где оно неверно; столбцы с «Не импортируется» пропускаются.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Save these choices…</source>
        <translation>Сохранить этот выбор…</translation>
    </message>
    <message>
        <source>Save them as a mapping file, to use for the next file of the same kind</source>
        <translation>Сохранить как файл сопоставления, чтобы использовать для следующего файла такого же вида</translation>
    </message>
    <message>
        <source>The header is in row %1 of sheet “%2”.</source>
        <translation>Заголовок — в строке %1 листа «%2».</translation>
    </message>
    <message>
        <source>The header is in row %1.</source>
        <translation>Заголовок — в строке %1.</translation>
    </message>
    <message>
        <source>Two columns are set to “%1”: choose one.</source>
        <translation>Два столбца указаны как «%1»: выберите один.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Save the column choices</source>
        <translation>Сохранение выбора столбцов</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Файлы сопоставления (*.json)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Consent to:</source>
        <translation>Согласие на:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Отказ или отзыв</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Организации:</translation>
    </message>
    <message>
        <source>Tick the organisations the person agreed to.</source>
        <translation>Отметьте организации, на которые человек согласился.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Согласие на</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Отказ или отзыв</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записал(а)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Записать согласие…</translation>
    </message>
    <message>
        <source>Registration consent is missing. Ask the person and record their answer; keep the signed form under Documents.</source>
        <translation>Нет согласия на регистрацию. Спросите человека и запишите ответ; подписанный бланк храните в «Документах».</translation>
    </message>
</context>
<context>
    <name>CreateVaultWindow</name>
    <message>
        <source>AJO Cases — create the vault</source>
        <translation>AJO Cases — создание хранилища</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Добро пожаловать в AJO Cases</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Create one now: you will be its administrator and can add the other accounts afterwards.</source>
        <translation>В папке %1 ещё нет хранилища. Создайте его сейчас: вы станете его администратором и затем сможете добавить остальные учётные записи.</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Имя администратора:</translation>
    </message>
    <message>
        <source>Your full name:</source>
        <translation>Ваши Ф. И. О.:</translation>
    </message>
    <message>
        <source>As printed on papers you sign</source>
        <translation>Как печатается в документах, которые вы подписываете</translation>
    </message>
    <message>
        <source>Letterhead for printed papers (can be changed later)</source>
        <translation>Бланк организации для печатных документов (можно изменить позже)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Телефон или эл. почта:</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Открыть резервную копию</translation>
    </message>
    <message>
        <source>Use the recovery code instead of a password</source>
        <translation>Использовать код восстановления вместо пароля</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Учётная запись администратора</translation>
    </message>
    <message>
        <source>Password or recovery code</source>
        <translation>Пароль или код восстановления</translation>
    </message>
    <message>
        <source>The backup opens with the passwords it was made with.</source>
        <translation>Резервная копия открывается паролями, которые действовали при её создании.</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Import and export</source>
        <translation>Импорт и экспорт</translation>
    </message>
    <message>
        <source>Bring in records from a CSV or Excel file, or export the records for reports and for moving to another vault.</source>
        <translation>Загрузите записи из файла CSV или Excel или экспортируйте записи для отчётов и переноса в другое хранилище.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the case records without names or contacts, for reporting.</source>
        <translation>Экспорт записей дел без имён и контактов — для отчётности.</translation>
    </message>
    <message>
        <source>Export pseudonymized…</source>
        <translation>Обезличенный экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Fill with demo records…</source>
        <translation>Заполнить демонстрационными записями…</translation>
    </message>
    <message>
        <source>Fill with demo records</source>
        <translation>Заполнить демонстрационными записями</translation>
    </message>
    <message>
        <source>Invented people and cases for training and trying things out. How many cases?</source>
        <translation>Вымышленные люди и дела для обучения и проб. Сколько дел создать?</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Добавление демонстрационных записей…</translation>
    </message>
    <message>
        <source>Cancelled. No demo records were added.</source>
        <translation>Отменено. Демонстрационные записи не добавлены.</translation>
    </message>
    <message>
        <source>Added %1 demo cases.</source>
        <translation>Добавлено демонстрационных дел: %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Partner organisations receive referrals and provide assistance; projects group cases, assistance and grants by donor. Only an administrator changes these lists.</source>
        <translation>Организации-партнёры принимают направления и оказывают помощь; проекты объединяют дела, помощь и гранты по донорам. Изменять эти списки может только администратор.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Добавить проект…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”? It disappears from the list for good. An organisation that already has referrals or assistance cannot be deleted; deactivate it instead.</source>
        <translation>Удалить организацию «%1»? Она навсегда исчезнет из списка. Организацию, у которой уже есть направления или помощь, удалить нельзя; вместо этого отключите её.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Delete an organisation</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete the project “%1”? It disappears from the list for good. A project that cases, assistance, grants or activities belong to cannot be deleted.</source>
        <translation>Удалить проект «%1»? Он навсегда исчезнет из списка. Проект, к которому относятся дела, помощь, гранты или мероприятия, удалить нельзя.</translation>
    </message>
    <message>
        <source>Delete a project</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <source>This organisation cannot be deleted: %1 referrals or assistance records name it. Deactivate it instead; it stays in their history.</source>
        <translation>Эту организацию нельзя удалить: она указана в направлениях или записях о помощи (%1). Отключите её; в их истории она останется.</translation>
    </message>
    <message>
        <source>This project cannot be deleted: %1 cases, assistance records, grants or activities belong to it.</source>
        <translation>Этот проект нельзя удалить: к нему относятся дела, записи о помощи, гранты или мероприятия (%1).</translation>
    </message>
    <message>
        <source>A project with this code already exists. Choose another code.</source>
        <translation>Проект с таким кодом уже есть. Выберите другой код.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>Проект заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge from the shelter</source>
        <translation>Выписка из приюта</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Выписать</translation>
    </message>
    <message>
        <source>Bed %1, admitted on %2.</source>
        <translation>Кровать %1, поступление %2.</translation>
    </message>
    <message>
        <source>Discharged on:</source>
        <translation>Дата выписки:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавил(а)</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Добавить документ…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No documents. Add scanned papers such as the signed consent form.</source>
        <translation>Документов нет. Добавьте сканы, например подписанное согласие.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавление документа</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most %1 MB; scan at a lower resolution or split the file.</source>
        <translation>Файл слишком большой. Документ может быть не больше %1 МБ; сканируйте с меньшим разрешением или разделите файл.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder can open it. Save it only where it is protected, and delete it when done.</source>
        <translation>Копия не будет зашифрована: её откроет любой, у кого есть доступ к папке. Сохраняйте только в защищённое место и удалите после работы.</translation>
    </message>
    <message>
        <source>The copy was saved.</source>
        <translation>Копия сохранена.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Не удалось записать файл. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Delete the document “%1” from this case? The file is removed from the vault and cannot be brought back; the history keeps that it existed.</source>
        <translation>Удалить документ «%1» из дела? Файл будет удалён из хранилища без возможности вернуть; в истории останется, что он был.</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Удалить документ</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Cases behind this number</source>
        <translation>Дела, из которых складывается число</translation>
    </message>
    <message>
        <source>%1 case(s). Case codes only: names are never shown here.</source>
        <translation>Дел: %1. Только номера дел: имена здесь никогда не показываются.</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Копировать номера</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Account details</source>
        <translation>Сведения об учётной записи</translation>
    </message>
    <message>
        <source>Who is behind the account “%1”: lists and printed papers show the full name and position instead of the user name.</source>
        <translation>Кто стоит за учётной записью «%1»: списки и печатные документы показывают Ф. И. О. и должность вместо имени пользователя.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Удаление данных человека</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>This erases for good the personal data of the person of case(s) %1: names, birth date, contacts, documents, every free text and %2 attached document(s). The facts counted in statistics stay, so reports for past periods do not change. The cases will show when the data was erased and can no longer change. This cannot be undone.</source>
        <translation>Будут навсегда удалены персональные данные человека по делу (делам) %1: имена, дата рождения, контакты, документы, все свободные тексты и прикреплённые документы (%2). Сведения, учитываемые в статистике, сохранятся, поэтому отчёты за прошлые периоды не изменятся. В делах будет указано, когда данные удалены, и они больше не смогут изменяться. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>%1 older copies in the vault folder (backups) still hold the person until they are deleted; restoring one erases the person again at once.</source>
        <translation>Более старые копии в папке хранилища (резервные копии, %1) содержат этого человека, пока их не удалят; при восстановлении любой из них человек сразу удаляется снова.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log; no names)</source>
        <translation>Причина (хранится в журнале аудита; без имён)</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Я понимаю, что это нельзя отменить</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Не более 500 символов.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name or password is wrong. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Вашей учётной записи это не разрешено.</translation>
    </message>
    <message>
        <source>This account&apos;s key is no longer valid: the account was removed or its password was changed. Ask the administrator.</source>
        <translation>Ключ этой учётной записи больше не действителен: учётная запись удалена или её пароль изменён. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This account was removed from the vault. Ask the administrator.</source>
        <translation>Эта учётная запись удалена из хранилища. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>Вашей роли не разрешено видеть персональные данные.</translation>
    </message>
    <message>
        <source>The vault is already open in another window or by another user of this computer. Close it there, then try again.</source>
        <translation>Хранилище уже открыто в другом окне или другим пользователем этого компьютера. Закройте его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database is damaged or was replaced. Nothing was changed. Restore the latest backup or ask the administrator.</source>
        <translation>База данных повреждена или подменена. Ничего не изменено. Восстановите последнюю резервную копию или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The database is older than the key file: an old copy may have been put in its place. Restore the latest backup or ask the administrator.</source>
        <translation>База данных старше файла ключей: возможно, на её место положили старую копию. Восстановите последнюю резервную копию или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The office server holds an older state than this PC has already seen (it may have been put back from an old copy); do not work on it and ask the administrator.</source>
        <translation>Сервер офиса хранит более старое состояние, чем уже видел этот компьютер (возможно, его вернули из старой копии); не работайте с ним и обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Файл ключей повреждён или отсутствует. Восстановите его из резервной копии или откройте хранилище кодом восстановления.</translation>
    </message>
    <message>
        <source>Your key slot asks for a password check outside the safe limits, so it was not run: the key file was probably edited. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Ваша ячейка ключа требует проверки пароля за безопасными пределами, поэтому она не выполнялась: вероятно, файл ключей изменён. Восстановите его из резервной копии или откройте хранилище кодом восстановления.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>Файл базы данных отсутствует или пуст. На его месте ничего не создано. Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The office server is not reachable. Check the network cable or Wi-Fi and try again; if it stays so, ask the administrator.</source>
        <translation>Сервер офиса недоступен. Проверьте сетевой кабель или Wi-Fi и попробуйте снова; если не поможет, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The office server could not prove it is the server in the connection file (its certificate does not match). Do not connect; ask the administrator.</source>
        <translation>Сервер офиса не смог доказать, что он — сервер из файла подключения (его сертификат не совпадает). Не подключайтесь; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server %server and is kept read-only here. Open the office server&apos;s vault to work.</source>
        <translation>Это хранилище перенесено на сервер офиса %server и здесь доступно только для чтения. Для работы откройте хранилище на сервере офиса.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>В этой папке уже есть хранилище.</translation>
    </message>
    <message>
        <source>The data folder cannot be used. Check that it exists and that you may write to it.</source>
        <translation>Папку данных нельзя использовать. Проверьте, что она существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of AJO Cases. Install the newer version.</source>
        <translation>Эта база данных создана более новой версией AJO Cases. Установите новую версию.</translation>
    </message>
    <message>
        <source>An integrity check failed. Stop work and ask the administrator to check the vault.</source>
        <translation>Проверка целостности не пройдена. Прекратите работу и попросите администратора проверить хранилище.</translation>
    </message>
    <message>
        <source>This item no longer exists. Refresh and try again.</source>
        <translation>Этого больше нет. Обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>The input was not accepted. Check it and try again.</source>
        <translation>Введённые данные не приняты. Проверьте их и попробуйте снова.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased: the case is kept for statistics only and can no longer change.</source>
        <translation>Данные этого человека удалены: дело хранится только для статистики и больше не может изменяться.</translation>
    </message>
    <message>
        <source>This is not a connection file of AJO Cases, or it is damaged. Ask the administrator for a new one.</source>
        <translation>Это не файл подключения AJO Cases, или он повреждён. Попросите у администратора новый.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не меньше %1 символов.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Пароль может содержать не больше %1 символов.</translation>
    </message>
    <message>
        <source>This password is too common. Choose another one.</source>
        <translation>Этот пароль слишком распространён. Выберите другой.</translation>
    </message>
    <message>
        <source>This is the published demo password. Choose another one.</source>
        <translation>Это опубликованный демонстрационный пароль. Выберите другой.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters. Choose another one.</source>
        <translation>В пароле повторяется слишком мало разных символов. Выберите другой.</translation>
    </message>
    <message>
        <source>The password is too easy to guess (a pattern, a keyboard row, a date or a common word). A few unrelated words are better.</source>
        <translation>Пароль слишком легко угадать (шаблон, ряд клавиатуры, дата или распространённое слово). Лучше несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>The password must not contain the account name.</source>
        <translation>Пароль не должен содержать имя учётной записи.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password was not accepted (%1).</source>
        <translation>Пароль не принят (%1).</translation>
    </message>
    <message>
        <source>The key file was damaged and has been restored from its backup copy. Tell the administrator.</source>
        <translation>Файл ключей был повреждён и восстановлен из резервной копии. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The key file does not match its checksum: it may have been altered. Tell the administrator.</source>
        <translation>Файл ключей не совпадает со своей контрольной суммой: возможно, его изменили. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The key file held key slots the vault does not accept (an account removed or replaced earlier); they were removed and the event recorded. Tell the administrator.</source>
        <translation>В файле ключей были ключевые слоты, которые хранилище не принимает (ранее удалённой или заменённой учётной записи); они удалены, событие записано. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program; its failed-login notes were not used. Tell the administrator.</source>
        <translation>Файл ключей был изменён вне программы; его записи о неудачных входах не использованы. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The audit log does not reach the point recorded earlier: entries were deleted or rewritten, or the record of that point was removed. Tell the administrator.</source>
        <translation>Журнал аудита не доходит до ранее записанной точки: записи удалены или переписаны, либо удалена сама запись об этой точке. Сообщите администратору.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server and is kept on this PC read-only, for reference. Work in the office server&apos;s vault.</source>
        <translation>Это хранилище перенесено на сервер офиса и хранится на этом компьютере только для чтения, для справки. Работайте в хранилище на сервере офиса.</translation>
    </message>
    <message>
        <source>The list of erased people (erasures.json) fails its check and was not applied. Tell the administrator.</source>
        <translation>Список удалённых людей (erasures.json) не прошёл проверку и не применён. Сообщите администратору.</translation>
    </message>
    <message>
        <source>Some records failed their integrity check and are left out of lists, search and exports. Tell the administrator to verify the vault.</source>
        <translation>Некоторые записи не прошли проверку целостности и не показываются в списках, поиске и выгрузках. Сообщите администратору, чтобы он проверил хранилище.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own: Administration, “Change my password…”. Until you do, this reminder comes back at every unlock.</source>
        <translation>Ваш пароль задал администратор. Выберите свой: Администрирование, «Сменить мой пароль…». Пока вы этого не сделаете, это напоминание будет появляться при каждом открытии.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>The action failed (%1). Ask the administrator.</source>
        <translation>Действие не выполнено (%1). Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Tell the administrator this reference: %1.</source>
        <translation>Произошла непредвиденная ошибка. Сообщите администратору этот номер: %1.</translation>
    </message>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>CSV table (import layout)</source>
        <translation>Таблица CSV (формат импорта)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX, import layout)</source>
        <translation>Книга Excel (XLSX, формат импорта)</translation>
    </message>
    <message>
        <source>HTCDS data standard (CSV)</source>
        <translation>Стандарт данных HTCDS (CSV)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Names and contacts:</source>
        <translation>Имена и контакты:</translation>
    </message>
    <message>
        <source>Leave out (pseudonymized export)</source>
        <translation>Не включать (обезличенный экспорт)</translation>
    </message>
    <message>
        <source>Your role may export pseudonymized records only.</source>
        <translation>Вашей роли разрешён только обезличенный экспорт.</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>The exported file is not encrypted and lies outside the vault. Keep it on an encrypted drive, share it only as agreed, and delete it when it is no longer needed.</source>
        <translation>Экспортированный файл не зашифрован и находится вне хранилища. Храните его на зашифрованном диске, передавайте только по договорённости и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Сохранение экспорта</translation>
    </message>
    <message>
        <source>Export files (*%1)</source>
        <translation>Файлы экспорта (*%1)</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another.</source>
        <translation>Папка не существует. Выберите другую.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Written: %1 cases in %2 rows.</source>
        <translation>Записано дел: %1, строк: %2.</translation>
    </message>
    <message>
        <source>%3 cases were left out because the person withdrew consent to statistics.</source>
        <translation>Не включено дел: %3 — человек отозвал согласие на учёт в статистике.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Отменено. Файл не записан.</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Copy of the person&apos;s data</source>
        <translation>Копия данных человека</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Everything held about the person in all their cases: personal details, every consent answer, what was shared with which organisation, the documents held, each case in full, and who viewed or changed the record. The saved file is not encrypted: hand it only to the person, and delete it afterwards.</source>
        <translation>Всё, что хранится о человеке во всех его делах: личные сведения, все ответы о согласии, что и какой организации передано, хранимые документы, каждое дело полностью и кто просматривал или изменял запись. Сохранённый файл не зашифрован: передайте его только самому человеку и затем удалите.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>JSON data (to move the data elsewhere)</source>
        <translation>Данные JSON (для переноса данных)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file: in the import format, or your own register with headers in Tajik, Russian or English. The header row and the columns are found for you.</source>
        <translation>Файл CSV или Excel (XLSX): в формате импорта или ваш собственный реестр с заголовками на таджикском, русском или английском. Строка заголовков и столбцы определяются сами.</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>До последнего шага ничего не записывается.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Use saved column choices…</source>
        <translation>Использовать сохранённый выбор столбцов…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выбор файла для импорта</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose saved column choices</source>
        <translation>Выбор сохранённого выбора столбцов</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Файлы сопоставления (*.json)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Only tasks assigned to you (%1); clear it to see everyone&apos;s</source>
        <translation>Только задачи, назначенные вам (%1); снимите, чтобы видеть задачи всех</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Дата выполнения:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Mark the selected task done on the date shown</source>
        <translation>Отметить выбранную задачу выполненной на указанную дату</translation>
    </message>
    <message>
        <source>Nothing is due. Tasks appear here when a plan action, a referral or a grant needs a follow-up within the next week or is overdue.</source>
        <translation>Сроков нет. Задачи появляются здесь, когда запланированному действию, направлению или гранту в ближайшую неделю нужен мониторинг или его срок уже прошёл.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>No follow-ups. They appear when actions are planned, referrals sent or a grant handed over.</source>
        <translation>Задач мониторинга нет. Они появляются, когда планируются действия, отправляются направления или передаётся грант.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>TJS</source>
        <translation>сом.</translation>
    </message>
</context>
<context>
    <name>GrantTab</name>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Доход в месяц</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>New business plan…</source>
        <translation>Новый бизнес-план…</translation>
    </message>
    <message>
        <source>Submit to the donor</source>
        <translation>Отправить донору</translation>
    </message>
    <message>
        <source>Approved…</source>
        <translation>Одобрен…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Rework the plan</source>
        <translation>Доработать план</translation>
    </message>
    <message>
        <source>Record a purchase…</source>
        <translation>Записать покупку…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Monitoring visit…</source>
        <translation>Мониторинговый визит…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Закрыть грант</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Мониторинговые визиты</translation>
    </message>
    <message>
        <source>No reintegration grant yet. Start one with “New business plan…”.</source>
        <translation>Гранта на реинтеграцию пока нет. Начните с «Новый бизнес-план…».</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Бизнес: %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Бюджет: %1</translation>
    </message>
    <message>
        <source>Own contribution: %1</source>
        <translation>Собственный вклад: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Одобрено: %1</translation>
    </message>
    <message>
        <source>Handed over on %1 in %2</source>
        <translation>Передано %1, место: %2</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Грант одобрен</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>Записать одобрение</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Case code</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Одобренная сумма</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <source>Next monitoring visit</source>
        <translation>Следующий мониторинговый визит</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Awaiting approval or monitoring</source>
        <translation>Ожидают одобрения или мониторинга</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Ожидают одобрения</translation>
    </message>
    <message>
        <source>No grants yet — open a case and add a business plan on its Grant tab.</source>
        <translation>Грантов пока нет — откройте дело и добавьте бизнес-план на вкладке «Грант».</translation>
    </message>
    <message>
        <source>No grants with this status. Choose another status above.</source>
        <translation>Нет грантов с таким статусом. Выберите другой статус выше.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the items</source>
        <translation>Передача имущества</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>Записать передачу</translation>
    </message>
    <message>
        <source>Monitoring visits are planned 3, 6 and 12 months after the handover.</source>
        <translation>Мониторинговые визиты планируются через 3, 6 и 12 месяцев после передачи.</translation>
    </message>
    <message>
        <source>Handed over on:</source>
        <translation>Дата передачи:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Write where the items were handed over.</source>
        <translation>Напишите, где было передано имущество.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>case worker %1 → %2</source>
        <translation>социальный работник %1 → %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Every view and change of this case, newest first. Values are never kept here, only which fields changed.</source>
        <translation>Каждый просмотр и изменение дела, сначала новые. Значения здесь не хранятся, только какие поля изменились.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>(yours)</source>
        <translation>(ваши)</translation>
    </message>
    <message>
        <source>Cases assigned to you that are not closed</source>
        <translation>Назначенные вам дела, которые не закрыты</translation>
    </message>
    <message>
        <source>Tasks past their due date, in %1 cases</source>
        <translation>Задачи с истёкшим сроком; дел: %1</translation>
    </message>
    <message>
        <source>Sent to an organisation, no answer recorded yet</source>
        <translation>Отправлены в организацию, ответ ещё не записан</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Beds in use today. This week: %1 admitted, %2 discharged</source>
        <translation>Занято кроватей сегодня. За неделю: поступили %1, выписаны %2</translation>
    </message>
    <message>
        <source>Submitted for approval, or handed over with monitoring visits to make</source>
        <translation>Отправлены на одобрение или переданы и ждут мониторинговых визитов</translation>
    </message>
    <message>
        <source>People whose cases all closed longer ago than the retention period</source>
        <translation>Люди, все дела которых закрыты раньше срока хранения</translation>
    </message>
    <message>
        <source>Review them and anonymise their data (Retention).</source>
        <translation>Проверьте их и обезличьте данные (Срок хранения).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last good backup. Backups are checked daily.</source>
        <translation>Последняя проверенная резервная копия. Копии проверяются ежедневно.</translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one now (Backups).</source>
        <translation>Резервная копия ещё не создавалась. Создайте её сейчас (раздел «Резервные копии»).</translation>
    </message>
    <message>
        <source>Backup overdue: the last good backup is older than %1 days. Make one now.</source>
        <translation>Резервная копия просрочена: последней проверенной копии больше %1 дн. Создайте новую сейчас.</translation>
    </message>
    <message>
        <source>Ask the administrator.</source>
        <translation>Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Последняя проверенная резервная копия</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Здравствуйте, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>Вы вошли с ролью «%1». %2</translation>
    </message>
    <message>
        <source>Only my work (clear to see everyone&apos;s)</source>
        <translation>Только моя работа (снимите, чтобы видеть работу всех)</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>Об этом хранилище</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Учётные записи:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Персональные данные:</translation>
    </message>
    <message>
        <source>visible to your account</source>
        <translation>доступны вашей учётной записи</translation>
    </message>
    <message>
        <source>hidden from your account</source>
        <translation>скрыты от вашей учётной записи</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Мои открытые дела</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченный мониторинг</translation>
    </message>
    <message>
        <source>Referrals awaiting an answer</source>
        <translation>Направления без ответа</translation>
    </message>
    <message>
        <source>Shelter today</source>
        <translation>Приют сегодня</translation>
    </message>
    <message>
        <source>Grants awaiting approval or monitoring</source>
        <translation>Гранты, ожидающие одобрения или мониторинга</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Срок хранения истёк</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Открыть «Срок хранения»</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Показать список</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Открыть «Резервные копии»</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Register number (rows with the same number are one person)</source>
        <translation>Номер в реестре (строки с одним номером — один человек)</translation>
    </message>
    <message>
        <source>Full name (split into family name, given name, patronymic)</source>
        <translation>Ф.И.О. (делится на фамилию, имя, отчество)</translation>
    </message>
    <message>
        <source>Year of birth (becomes an estimated age)</source>
        <translation>Год рождения (становится примерным возрастом)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Примерный возраст</translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation>Дата открытия дела</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Кем выявлен</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Date the case was closed</source>
        <translation>Дата закрытия дела</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Формы эксплуатации</translation>
    </message>
    <message>
        <source>Industry of forced labour</source>
        <translation>Отрасль принудительного труда</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <translation>Методы контроля</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Вербовка</translation>
    </message>
    <message>
        <source>Relation to the recruiter</source>
        <translation>Отношение к вербовщику</translation>
    </message>
    <message>
        <source>Country of recruitment</source>
        <translation>Страна вербовки</translation>
    </message>
    <message>
        <source>Country of exploitation or migration</source>
        <translation>Страна эксплуатации или миграции</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Страны транзита</translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation>Начало эксплуатации</translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation>Конец эксплуатации</translation>
    </message>
    <message>
        <source>Age when trafficked</source>
        <translation>Возраст на момент вербовки</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Account of events</source>
        <translation>Рассказ о событиях</translation>
    </message>
    <message>
        <source>Type of assistance (several per cell allowed)</source>
        <translation>Вид помощи (можно несколько в ячейке)</translation>
    </message>
    <message>
        <source>Date of assistance</source>
        <translation>Дата оказания помощи</translation>
    </message>
    <message>
        <source>Trade learnt</source>
        <translation>Освоенная профессия</translation>
    </message>
    <message>
        <source>Cost of assistance</source>
        <translation>Стоимость помощи</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Note on the assistance</source>
        <translation>Примечание к помощи</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Ready to import %1 people with %2 assistance records.</source>
        <translation>Готово к импорту: людей — %1, записей о помощи — %2.</translation>
    </message>
    <message>
        <source>%1 rows with problems will be left out.</source>
        <translation>Строки с проблемами (%1) будут пропущены.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Отменено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1 people and cases and %2 assistance records.</source>
        <translation>Импортировано людей и дел: %1, записей о помощи: %2.</translation>
    </message>
    <message>
        <source>Rows left out: %1.</source>
        <translation>Пропущенные строки: %1.</translation>
    </message>
    <message>
        <source>Import report, %1</source>
        <translation>Отчёт об импорте, %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранение отчёта об импорте</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>Файл не является текстом в кодировке UTF-8 или Windows-1251.</translation>
    </message>
    <message>
        <source>The file cannot be read as a CSV or XLSX table.</source>
        <translation>Файл не удаётся прочитать как таблицу CSV или XLSX.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open.</source>
        <translation>Не удаётся прочитать файл. Проверьте, что он существует и не открыт.</translation>
    </message>
    <message>
        <source>The file is larger than the import reads (20 MB, 100 columns, 2,000,000 filled cells, 32,767 characters in a cell). Split it into parts.</source>
        <translation>Файл больше, чем может прочитать импорт (20 МБ, 100 столбцов, 2 000 000 заполненных ячеек, 32 767 символов в ячейке). Разделите его на части.</translation>
    </message>
    <message>
        <source>The file has more than 50,000 rows (or rows numbered past 60,000). Split it into parts.</source>
        <translation>В файле больше 50 000 строк (или строки с номерами после 60 000). Разделите его на части.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name. Choose another sheet.</source>
        <translation>В книге нет листа с таким именем. Выберите другой лист.</translation>
    </message>
    <message>
        <source>The saved column choices do not fit this file. Choose the columns again.</source>
        <translation>Сохранённый выбор столбцов не подходит к этому файлу. Выберите столбцы заново.</translation>
    </message>
    <message>
        <source>The column appears twice in the first row.</source>
        <translation>Столбец встречается в первой строке дважды.</translation>
    </message>
    <message>
        <source>This column is not part of the import format.</source>
        <translation>Этого столбца нет в формате импорта.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>Нет этого обязательного столбца.</translation>
    </message>
    <message>
        <source>The row repeats an earlier row.</source>
        <translation>Строка повторяет одну из предыдущих.</translation>
    </message>
    <message>
        <source>The row has more cells than the first row has columns.</source>
        <translation>В строке больше ячеек, чем столбцов в первой строке.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Здесь нужно значение.</translation>
    </message>
    <message>
        <source>The value differs from the first row with the same ref.</source>
        <translation>Значение отличается от первой строки с тем же ref.</translation>
    </message>
    <message>
        <source>The same person appears in an earlier row.</source>
        <translation>Этот же человек уже есть в одной из предыдущих строк.</translation>
    </message>
    <message>
        <source>A person with this name and birth year is already in the vault.</source>
        <translation>Человек с таким именем и годом рождения уже есть в хранилище.</translation>
    </message>
    <message>
        <source>The dates or the status do not fit together.</source>
        <translation>Даты и статус не согласуются между собой.</translation>
    </message>
    <message>
        <source>More problems are not listed. Correct these first.</source>
        <translation>Остальные проблемы не показаны. Сначала исправьте эти.</translation>
    </message>
    <message>
        <source>Not a date. Write it as dd.MM.yyyy, for example 05.02.2025.</source>
        <translation>Это не дата. Пишите в виде дд.ММ.гггг, например 05.02.2025.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Дата в будущем.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <source>Formulas are not accepted. Enter the value itself.</source>
        <translation>Формулы не принимаются. Введите само значение.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>A word that matched no code. Choose its code under Words to map.</source>
        <translation>Слово, не совпавшее ни с одним кодом. Выберите его код на вкладке «Слова без кода».</translation>
    </message>
    <message>
        <source>Name order assumed (family name first): %1</source>
        <translation>Порядок имени принят по умолчанию (сначала фамилия): %1</translation>
    </message>
    <message>
        <source>Age estimated from the year of birth: %1</source>
        <translation>Возраст определён по году рождения: %1</translation>
    </message>
    <message>
        <source>Assistance dated on the day the case was opened (no date column): %1</source>
        <translation>Помощь датирована днём открытия дела (нет столбца с датой): %1</translation>
    </message>
    <message>
        <source>Skipped as a total line: %1</source>
        <translation>Пропущено как строка «Итого»: %1</translation>
    </message>
    <message>
        <source>Skipped as the row of column numbers: %1</source>
        <translation>Пропущено как строка номеров столбцов: %1</translation>
    </message>
    <message>
        <source>Column not imported: %1</source>
        <translation>Столбец не импортируется: %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>строки %1</translation>
    </message>
    <message>
        <source>There is no project with this code.</source>
        <translation>Проекта с таким кодом нет.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import records</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The saved column choices cannot be used: %1</source>
        <translation>Сохранённый выбор столбцов нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LetterheadCard</name>
    <message>
        <source>Organisation letterhead</source>
        <translation>Бланк организации</translation>
    </message>
    <message>
        <source>Printed at the top of case summaries, referral forms and handover certificates.</source>
        <translation>Печатается в верхней части сводок по делам, бланков направлений и актов приёма-передачи.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Название организации:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Телефон или эл. почта:</translation>
    </message>
    <message>
        <source>Logo (PNG):</source>
        <translation>Логотип (PNG):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Сохранить бланк</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Find people and cases (Ctrl+F)</source>
        <translation>Найти людей и дела (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find cases by code (Ctrl+F)</source>
        <translation>Найти дела по номеру (Ctrl+F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Заблокировать хранилище (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>At least %1 characters; %2 or more is better. A short sentence works well.</source>
        <translation>Не меньше %1 символов, лучше %2 и больше. Хорошо подходит короткая фраза.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Отмена… ничего не будет сохранено.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>People &amp; cases</source>
        <translation>Люди и дела</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Organisations &amp; projects</source>
        <translation>Организации и проекты</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>ParticipantCounts</name>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <source>= %1 in all</source>
        <translation>= всего %1</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Изменение организации</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Добавление организации</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone or e-mail</source>
        <translation>Телефон или эл. почта организации</translation>
    </message>
    <message>
        <source>Active: offered when referring</source>
        <translation>Действует: предлагается при направлении</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Введите название организации.</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Saved to %1. The file is not encrypted.</source>
        <translation>Сохранено в %1. Файл не зашифрован.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Save the copy of the person&apos;s data</source>
        <translation>Сохранение копии данных человека</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased on %1.</source>
        <translation>Данные человека удалены %1.</translation>
    </message>
    <message>
        <source>The last traces leave the vault folder when it is locked or closed.</source>
        <translation>Последние следы исчезнут из папки хранилища при его блокировке или закрытии.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit the person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <source>A person without a case</source>
        <translation>Человек без дела</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля со звёздочкой * обязательны.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This person may already be registered</source>
        <translation>Возможно, этот человек уже зарегистрирован</translation>
    </message>
    <message>
        <source>People with a similar name (in any spelling) and the same birth year exist. Open the existing case if it is the same person, or register a new person if it is not.</source>
        <translation>Есть люди с похожим именем (в любом написании) и тем же годом рождения. Откройте существующее дело, если это тот же человек, или зарегистрируйте нового, если нет.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation>Открыть существующее дело</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>Зарегистрировать как нового</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Кровать:</translation>
    </message>
    <message>
        <source>Admit to this bed</source>
        <translation>Принять на эту кровать</translation>
    </message>
    <message>
        <source>This person has no case yet</source>
        <translation>У этого человека ещё нет дела</translation>
    </message>
    <message>
        <source>The person is registered</source>
        <translation>Человек зарегистрирован</translation>
    </message>
    <message>
        <source>Open a case for them now? It is opened today and assigned to you.</source>
        <translation>Открыть дело сейчас? Оно будет открыто сегодня и назначено вам.</translation>
    </message>
    <message>
        <source>To give them a bed tonight, admit them: a case is opened for the stay if they have none, and a case worker takes it up.</source>
        <translation>Чтобы дать кровать сегодня ночью, примите человека: если дела нет, для проживания открывается дело, и его возьмёт социальный работник.</translation>
    </message>
    <message>
        <source>No bed is free today</source>
        <translation>Сегодня свободных кроватей нет</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Без проекта</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Contacts and documents</source>
        <translation>Контакты и документы</translation>
    </message>
    <message>
        <source>Family name (Cyrillic):</source>
        <translation>Фамилия (кириллица):</translation>
    </message>
    <message>
        <source>Given name (Cyrillic):</source>
        <translation>Имя (кириллица):</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic):</source>
        <translation>Отчество (кириллица):</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>Имя латиницей:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Рождение:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Trafficking status:</source>
        <translation>Статус жертвы торговли:</translation>
    </message>
    <message>
        <source>Home district:</source>
        <translation>Район проживания:</translation>
    </message>
    <message>
        <source>Jamoat or village:</source>
        <translation>Джамоат или село:</translation>
    </message>
    <message>
        <source>Marital status:</source>
        <translation>Семейное положение:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Образование:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Дети:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Family contact:</source>
        <translation>Контакт семьи:</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>Документ личности:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Latin from Cyrillic</source>
        <translation>Латиница из кириллицы</translation>
    </message>
    <message>
        <source>Write the Latin spelling from the Cyrillic family and given names</source>
        <translation>Написать латиницей по фамилии и имени на кириллице</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>age about</source>
        <translation>возраст около</translation>
    </message>
    <message>
        <source>An estimated age, shown with ≈</source>
        <translation>Примерный возраст, показывается со знаком ≈</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Введите имя кириллицей или латиницей.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Выберите пол.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Выберите категорию.</translation>
    </message>
    <message>
        <source>Enter the birth date as dd.mm.yyyy, or choose unknown or an age.</source>
        <translation>Введите дату рождения как дд.мм.гггг или выберите «неизвестно» или возраст.</translation>
    </message>
    <message>
        <source>Enter the estimated age, or choose unknown.</source>
        <translation>Введите примерный возраст или выберите «неизвестно».</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New business plan</source>
        <translation>Новый бизнес-план</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Сфера:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Бизнес:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Бюджет:</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Собственный вклад:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Line %1 needs an item, a quantity and a cost.</source>
        <translation>В строке %1 нужны предмет, количество и цена.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Добавьте хотя бы одну строку бюджета.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Напишите сумму числом.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Запланированные действия</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Добавить действие…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Отправить на утверждение</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Утвердить план</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Plan: not yet submitted for approval</source>
        <translation>План: ещё не отправлен на утверждение</translation>
    </message>
    <message>
        <source>Plan: awaiting a manager&apos;s approval since %1</source>
        <translation>План: ждёт утверждения руководителем с %1</translation>
    </message>
    <message>
        <source>Plan: approved by %1 on %2</source>
        <translation>План: утверждён (%1, %2)</translation>
    </message>
    <message>
        <source>Plan: returned for more work by %1 on %2</source>
        <translation>План: возвращён на доработку (%1, %2)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Бланк направления</translation>
    </message>
    <message>
        <source>Grant handover certificate</source>
        <translation>Акт приёма-передачи по гранту</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Trafficking details</source>
        <translation>Сведения о торговле людьми</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Оценка и план</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Пребывание в приюте</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Reintegration grant</source>
        <translation>Грант на реинтеграцию</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Press Preview to see the document.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть документ.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
    <message>
        <source>This case has nothing of this kind to print.</source>
        <translation>В этом деле нет данных для такого документа.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранение в PDF</translation>
    </message>
    <message>
        <source>The saved file is not encrypted: anyone who can open the folder can read the personal data in it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation>Сохранённый файл не зашифрован: любой, кто может открыть папку, прочитает персональные данные в нём. Сохраняйте его только в защищённом месте и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>Не удалось сохранить файл в это место.</translation>
    </message>
    <message>
        <source>Saved. The file is not encrypted.</source>
        <translation>Сохранено. Файл не зашифрован.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Full name:</source>
        <translation>Ф. И. О.:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Рабочий телефон:</translation>
    </message>
    <message>
        <source>As printed on referral forms and certificates</source>
        <translation>Как печатается в направлениях и актах</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Names and contacts are restricted for your role; the rest is read-only.</source>
        <translation>Имена и контакты скрыты для вашей роли; остальное только для чтения.</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Для вашей роли только просмотр.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Изменение проекта</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Добавление проекта</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Донор:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <source>Enter the project&apos;s code and name.</source>
        <translation>Введите код и название проекта.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>Проект заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Record a purchase</source>
        <translation>Запись покупки</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Цена за единицу:</translation>
    </message>
    <message>
        <source>Bought on:</source>
        <translation>Дата покупки:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Поставщик:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Номер чека:</translation>
    </message>
    <message>
        <source>Write what was bought.</source>
        <translation>Напишите, что куплено.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Напишите сумму числом.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery code. If every administrator password is forgotten, only this code opens the records. It is shown now and never again: write it down or print it, and keep it locked away from the computer.</source>
        <translation>Это код восстановления хранилища. Если все пароли администраторов забыты, только он открывает записи. Он показывается сейчас и больше никогда: запишите или распечатайте его и храните под замком отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) код</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>AJO Cases — recovery code</source>
        <translation>AJO Cases — код восстановления</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone with it can open the vault.</source>
        <translation>Храните этот лист под замком. Любой, у кого он есть, может открыть хранилище.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation>Сброс пароля кодом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery code that was shown when the vault was created, the name of an administrator account, and a new password for that account.</source>
        <translation>Введите код восстановления, показанный при создании хранилища, имя учётной записи администратора и новый пароль для неё.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Имя администратора:</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Задать новый пароль</translation>
    </message>
    <message>
        <source>Enter the recovery code and the administrator name.</source>
        <translation>Введите код восстановления и имя администратора.</translation>
    </message>
    <message>
        <source>Choose a new password that meets the rules above.</source>
        <translation>Выберите новый пароль, который отвечает правилам выше.</translation>
    </message>
    <message>
        <source>There is no administrator account with this name.</source>
        <translation>Учётной записи администратора с таким именем нет.</translation>
    </message>
    <message>
        <source>This recovery code is not right. Check it and try again.</source>
        <translation>Код восстановления неверен. Проверьте его и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer to an organisation</source>
        <translation>Направление в организацию</translation>
    </message>
    <message>
        <source>Create and send</source>
        <translation>Создать и отправить</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <source>Note for the organisation:</source>
        <translation>Заметка для организации:</translation>
    </message>
    <message>
        <source>Consent to share:</source>
        <translation>Согласие на передачу:</translation>
    </message>
    <message>
        <source>The person agrees today to share their information with this organisation</source>
        <translation>Человек сегодня согласен на передачу своих сведений этой организации</translation>
    </message>
    <message>
        <source>Send without consent (emergency, recorded)</source>
        <translation>Отправить без согласия (экстренный случай, записывается)</translation>
    </message>
    <message>
        <source>Why it cannot wait for consent</source>
        <translation>Почему нельзя дождаться согласия</translation>
    </message>
    <message>
        <source>Choose the organisation to see the person&apos;s consent.</source>
        <translation>Выберите организацию, чтобы увидеть согласие человека.</translation>
    </message>
    <message>
        <source>Given: the person agreed to share with %1.</source>
        <translation>Дано: человек согласился на передачу сведений в %1.</translation>
    </message>
    <message>
        <source>Not given: the person has not agreed to share with %1.</source>
        <translation>Не дано: человек не соглашался на передачу сведений в %1.</translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation>Сохранить как черновик</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>Выберите услугу.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Напишите причину.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Case code</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Срок мониторинга</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Ожидают ответа</translation>
    </message>
    <message>
        <source>Under way (sent or accepted)</source>
        <translation>В работе (отправлены или приняты)</translation>
    </message>
    <message>
        <source>No referrals yet — open a case and choose Refer…</source>
        <translation>Направлений пока нет — откройте дело и выберите «Направить…»</translation>
    </message>
    <message>
        <source>No referrals with this status. Choose another status above.</source>
        <translation>Нет направлений с таким статусом. Выберите другой статус выше.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Check by</source>
        <translation>Проверить до</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>sent without consent (override)</source>
        <translation>отправлено без согласия (исключение)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Направить…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Отказано…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The organisation took the person on</source>
        <translation>Организация приняла человека</translation>
    </message>
    <message>
        <source>The organisation refused; write its reason</source>
        <translation>Организация отказала; запишите причину</translation>
    </message>
    <message>
        <source>No referrals yet. Choose “Refer…” to send the person to a partner.</source>
        <translation>Направлений пока нет. Выберите «Направить…», чтобы направить человека к партнёру.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Not sent: no consent</source>
        <translation>Не отправлено: нет согласия</translation>
    </message>
    <message>
        <source>The referral is kept as a draft; send it later.</source>
        <translation>Направление сохранено как черновик; отправьте его позже.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Всё равно отправить…</translation>
    </message>
    <message>
        <source>Send without consent</source>
        <translation>Отправка без согласия</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Only for an emergency, such as a threat to life. Write why the person&apos;s information must be shared without their consent. This is recorded.</source>
        <translation>Только в экстренном случае, например при угрозе жизни. Напишите, почему сведения о человеке нужно передать без его согласия. Это записывается.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Напишите причину.</translation>
    </message>
    <message>
        <source>The organisation declined</source>
        <translation>Организация отказала</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Their reason:</source>
        <translation>Их причина:</translation>
    </message>
    <message>
        <source>Write the reason they gave.</source>
        <translation>Напишите причину, которую они назвали.</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <source>Case code</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Nights so far</source>
        <translation>Ночей в приюте</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Кровать</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Ни у кого срок хранения не истёк.</translation>
    </message>
    <message>
        <source>%1 people: every case of theirs closed more than %2 years ago.</source>
        <translation>Людей: %1 — все их дела закрыты более %2 лет назад.</translation>
    </message>
    <message>
        <source>Anonymise %1 people…</source>
        <translation>Обезличить людей: %1…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>This erases for good the personal data of %1 people whose cases all closed more than %2 years ago: names, contacts, documents, free texts and attached documents. The facts counted in statistics stay. This cannot be undone.</source>
        <translation>Будут навсегда удалены персональные данные людей (%1), все дела которых закрыты более %2 лет назад: имена, контакты, документы, свободные тексты и прикреплённые документы. Сведения, учитываемые в статистике, сохранятся. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <source>Anonymise %1 people</source>
        <translation>Обезличить людей: %1</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Обезличивание…</translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation>Обезличено людей: %1.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>A person&apos;s data is kept for a set number of years after their last case was closed, then anonymised: the personal data go, the facts counted in statistics stay. Set the period to your organisation&apos;s policy.</source>
        <translation>Данные человека хранятся установленное число лет после закрытия его последнего дела, затем обезличиваются: персональные данные удаляются, сведения для статистики остаются. Установите срок по политике вашей организации.</translation>
    </message>
    <message>
        <source>Keep a person&apos;s data for</source>
        <translation>Хранить данные человека</translation>
    </message>
    <message>
        <source>years after their last case was closed</source>
        <translation>лет после закрытия его последнего дела</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>This is the default period; no one has set the organisation&apos;s own yet.</source>
        <translation>Это срок по умолчанию; срок организации ещё никто не установил.</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Срок хранения истёк</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Last closed</source>
        <translation>Последнее закрытие</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>You manage accounts and backups and may see all records.</source>
        <translation>Вы управляете учётными записями и резервными копиями и можете видеть все записи.</translation>
    </message>
    <message>
        <source>You register people and cases and record assistance.</source>
        <translation>Вы регистрируете людей и дела и записываете оказанную помощь.</translation>
    </message>
    <message>
        <source>You record admissions, discharges and daily shelter work.</source>
        <translation>Вы отмечаете поступления, выписки и ежедневную работу приюта.</translation>
    </message>
    <message>
        <source>You see statistics and case codes; names stay hidden from your account.</source>
        <translation>Вы видите статистику и номера дел; имена от вашей учётной записи скрыты.</translation>
    </message>
</context>
<context>
    <name>RotationFlow</name>
    <message>
        <source>Rotating keys re-encrypts the whole database and every personal field under new keys, so copies of old key files (for example of a person who left) and the keys they held no longer open anything current. You keep your password. Every other account gets a temporary password, and there is a new recovery code; both are shown once, afterwards. On a large vault this takes a few minutes.</source>
        <translation>Смена ключей заново шифрует всю базу данных и все личные данные новыми ключами, так что копии старых файлов ключей (например, у ушедшего сотрудника) и ключи из них больше ничего актуального не откроют. Ваш пароль остаётся прежним. Все остальные учётные записи получат временные пароли, и будет создан новый код восстановления; и то и другое будет показано один раз, после смены. В большом хранилище это занимает несколько минут.</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Смена ключей</translation>
    </message>
    <message>
        <source>Rotating the personal-data key seals every personal field again under a new key, in small steps, while the other computers keep working, so the key a former account held opens nothing current. You keep your password. Every other account that reads personal data gets a temporary password and is signed out; there is a new recovery code. Both are shown once, afterwards. Managers are not affected. If it is interrupted, rotate the keys again and it continues.</source>
        <translation>Смена ключа личных данных заново шифрует все личные данные новым ключом, небольшими шагами, пока остальные компьютеры продолжают работать, так что ключ бывшей учётной записи больше ничего актуального не откроет. Ваш пароль остаётся прежним. Все остальные учётные записи, которые читают личные данные, получат временные пароли, и их сеансы завершатся; будет создан новый код восстановления. И то и другое будет показано один раз, после смены. Руководителей это не затрагивает. Если смена прервётся, запустите смену ключей снова, и она продолжится.</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>Sealing every personal field again under the new key…</source>
        <translation>Повторное шифрование всех личных данных новым ключом…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault and every personal field…</source>
        <translation>Повторное шифрование хранилища и всех личных данных…</translation>
    </message>
    <message>
        <source>Paused. New records already use the new key; rotate the keys again to finish sealing the older ones.</source>
        <translation>Приостановлено. Новые записи уже шифруются новым ключом; запустите смену ключей снова, чтобы зашифровать заново остальные.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The keys were rotated.</source>
        <translation>Ключи сменены.</translation>
    </message>
    <message>
        <source>New recovery code (write it down; the old one no longer works):</source>
        <translation>Новый код восстановления (запишите его; старый больше не действует):</translation>
    </message>
    <message>
        <source>Temporary passwords to hand out:</source>
        <translation>Временные пароли для выдачи:</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Ключи сменены</translation>
    </message>
    <message numerus="yes">
        <source>The personal-data key was rotated: %n fields were sealed again and the old key was removed from the key slots.</source>
        <translation>
            <numerusform>Ключ личных данных сменён: %n поле зашифровано заново, старый ключ удалён из слотов ключей.</numerusform>
            <numerusform>Ключ личных данных сменён: %n поля зашифрованы заново, старый ключ удалён из слотов ключей.</numerusform>
            <numerusform>Ключ личных данных сменён: %n полей зашифровано заново, старый ключ удалён из слотов ключей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of the vault are still encrypted under the old keys and open with the old passwords:</source>
        <translation>
            <numerusform>%n копия хранилища всё ещё зашифрована старыми ключами и открывается старыми паролями:</numerusform>
            <numerusform>%n копии хранилища всё ещё зашифрованы старыми ключами и открываются старыми паролями:</numerusform>
            <numerusform>%n копий хранилища всё ещё зашифрованы старыми ключами и открываются старыми паролями:</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new backup now and delete them? Keep them only if you still need one; then delete it yourself as soon as you can.</source>
        <translation>Создать новую резервную копию сейчас и удалить их? Оставляйте их, только если какая-то ещё нужна; тогда удалите её сами как можно скорее.</translation>
    </message>
    <message>
        <source>Copies under the old keys</source>
        <translation>Копии со старыми ключами</translation>
    </message>
    <message>
        <source>Back up and delete them</source>
        <translation>Создать копию и удалить их</translation>
    </message>
    <message>
        <source>Making a new backup and deleting the old copies…</source>
        <translation>Создание новой резервной копии и удаление старых копий…</translation>
    </message>
    <message>
        <source>A new backup was written (%1) and the old copies were deleted.</source>
        <translation>Новая резервная копия записана (%1), старые копии удалены.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The case still has %count referrals waiting or under way. Complete or withdraw them first, or close with a written reason.</source>
        <translation>В деле ещё есть незавершённые направления (%count). Сначала завершите или отзовите их, либо закройте с письменной причиной.</translation>
    </message>
    <message>
        <source>The person is still in the shelter. Record the discharge first.</source>
        <translation>Человек ещё в приюте. Сначала запишите выписку.</translation>
    </message>
    <message>
        <source>A case cannot go from this status to the one chosen.</source>
        <translation>Дело не может перейти из этого статуса в выбранный.</translation>
    </message>
    <message>
        <source>Choose why the case is being closed.</source>
        <translation>Выберите причину закрытия дела.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Напишите, почему дело возобновляется.</translation>
    </message>
    <message>
        <source>The referral cannot go from its status to the one chosen.</source>
        <translation>Направление не может перейти из своего статуса в выбранный.</translation>
    </message>
    <message>
        <source>Write the reason the organisation gave for declining.</source>
        <translation>Напишите причину отказа, которую назвала организация.</translation>
    </message>
    <message>
        <source>The person has not agreed to share their information with this organisation. Record their sharing consent on the Consent tab first.</source>
        <translation>Человек не давал согласия на передачу сведений этой организации. Сначала запишите согласие на передачу на вкладке «Согласие».</translation>
    </message>
    <message>
        <source>Nothing can be bought or handed over before the grant is approved.</source>
        <translation>До одобрения гранта ничего нельзя покупать или передавать.</translation>
    </message>
    <message>
        <source>The grant cannot take this step now.</source>
        <translation>Сейчас грант не может перейти к этому шагу.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Выберите кровать.</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date (%admitted).</source>
        <translation>Дата выписки раньше даты поступления (%admitted).</translation>
    </message>
    <message>
        <source>This stay already ended on %discharged.</source>
        <translation>Это пребывание уже закончилось %discharged.</translation>
    </message>
    <message>
        <source>The person already stays in the shelter since %admitted.</source>
        <translation>Человек уже находится в приюте с %admitted.</translation>
    </message>
    <message>
        <source>This bed is taken since %admitted. Choose another bed.</source>
        <translation>Эта кровать занята с %admitted. Выберите другую.</translation>
    </message>
    <message>
        <source>The shelter is full on %date (%capacity beds).</source>
        <translation>Приют заполнен на %date (%capacity мест).</translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation>Дата раньше даты рождения.</translation>
    </message>
    <message>
        <source>An age cannot be negative.</source>
        <translation>Возраст не может быть отрицательным.</translation>
    </message>
    <message>
        <source>This country is not known.</source>
        <translation>Эта страна неизвестна.</translation>
    </message>
    <message>
        <source>The follow-up interval is not valid.</source>
        <translation>Неверный интервал мониторинга.</translation>
    </message>
    <message>
        <source>The plan has moved on meanwhile. Close the case window and open it again.</source>
        <translation>Тем временем состояние плана изменилось. Закройте окно дела и откройте его снова.</translation>
    </message>
    <message>
        <source>Add an assessment or a planned action before submitting the plan.</source>
        <translation>Перед отправкой плана добавьте оценку или запланированное действие.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Your changes were not saved: close the window, open it again and repeat them.</source>
        <translation>Кто-то другой тем временем изменил эту запись. Ваши изменения не сохранены: закройте окно, откройте снова и повторите их.</translation>
    </message>
    <message>
        <source>%who changed this record at %when. Your changes were not saved and are still in the window: copy what you need, close the window, open it again and repeat them.</source>
        <translation>%who изменил(а) эту запись %when. Ваши изменения не сохранены и остались в окне: скопируйте нужное, закройте окно, откройте снова и повторите их.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Дата рождения в будущем.</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one you were given.</source>
        <translation>Выберите собственный пароль, а не тот, который вам выдали.</translation>
    </message>
    <message>
        <source>This name is reserved. Choose another account name.</source>
        <translation>Это имя зарезервировано. Выберите другое имя учётной записи.</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Введите имя кириллицей или латиницей.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>Примерный возраст должен быть от 0 до 120.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>Choose the organisations the person agreed to share with.</source>
        <translation>Выберите организации, на передачу которым человек согласился.</translation>
    </message>
    <message>
        <source>Add at least one budget line before submitting.</source>
        <translation>Перед отправкой добавьте хотя бы одну строку бюджета.</translation>
    </message>
    <message>
        <source>Each item needs a name.</source>
        <translation>У каждого предмета должно быть название.</translation>
    </message>
    <message>
        <source>A quantity is at least 1.</source>
        <translation>Количество не меньше 1.</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>Одобренная сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The visit is dated before the handover.</source>
        <translation>Визит датирован раньше передачи.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it first.</source>
        <translation>Дело закрыто. Сначала возобновите его.</translation>
    </message>
    <message>
        <source>This bed is not in use. Choose another.</source>
        <translation>Эта кровать не используется. Выберите другую.</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most 20 MB.</source>
        <translation>Файл слишком большой. Документ может быть не больше 20 МБ.</translation>
    </message>
    <message>
        <source>This document is the signed form of a consent record and is kept.</source>
        <translation>Этот документ — подписанный бланк согласия, он сохраняется.</translation>
    </message>
    <message>
        <source>The budget can only change while the grant is a business plan.</source>
        <translation>Бюджет можно менять, только пока грант — бизнес-план.</translation>
    </message>
    <message>
        <source>Say why the data is erased, in one line (it is kept in the audit log).</source>
        <translation>Укажите одной строкой, почему данные удаляются (это хранится в журнале аудита).</translation>
    </message>
    <message>
        <source>The reason may not contain the person&apos;s name: it is kept in the audit log. Write it without the name.</source>
        <translation>Причина не может содержать имя человека: она хранится в журнале аудита. Напишите её без имени.</translation>
    </message>
    <message>
        <source>The person is staying in the shelter. Record the discharge first.</source>
        <translation>Человек находится в приюте. Сначала оформите выписку.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>Данные этого человека уже удалены.</translation>
    </message>
    <message>
        <source>The retention period must be from 1 to 50 years.</source>
        <translation>Срок хранения должен быть от 1 до 50 лет.</translation>
    </message>
    <message>
        <source>This is not allowed by the rules of case work (%1).</source>
        <translation>Это не разрешено правилами работы с делами (%1).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Блокировать через столько минут бездействия</translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation>Размер и положение окна</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Расположение панелей окна</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>From 1 to %1 minutes; 5 is recommended. The new time applies at once.</source>
        <translation>От 1 до %1 минут; рекомендуется 5. Новое время действует сразу.</translation>
    </message>
    <message>
        <source>These settings are kept on this computer for everyone who uses it. They hold no personal data.</source>
        <translation>Эти настройки хранятся на этом компьютере для всех, кто им пользуется. Персональных данных в них нет.</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Beds used today: %1 of %2</source>
        <translation>Занято кроватей сегодня: %1 из %2</translation>
    </message>
    <message>
        <source>This week (from %1): %2 admitted, %3 discharged</source>
        <translation>За неделю (с %1): поступили %2, выписаны %3</translation>
    </message>
    <message>
        <source>Use bed again</source>
        <translation>Снова использовать кровать</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>Отключить кровать</translation>
    </message>
    <message>
        <source>Type a name or a case code, then choose the case.</source>
        <translation>Введите имя или номер дела, затем выберите дело.</translation>
    </message>
    <message>
        <source>Admit…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Admit a person to a free bed</source>
        <translation>Принять человека на свободную кровать</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Выписать…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Add bed…</source>
        <translation>Добавить кровать…</translation>
    </message>
    <message>
        <source>Staying today</source>
        <translation>Сейчас в приюте</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Кровати</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today. Choose “Admit…” to admit a person.</source>
        <translation>Сегодня в приюте никого нет. Чтобы принять человека, выберите «Принять…».</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today.</source>
        <translation>Сегодня в приюте никого нет.</translation>
    </message>
    <message>
        <source>No beds yet. Add them with “Add bed…”.</source>
        <translation>Кроватей пока нет. Добавьте их кнопкой «Добавить кровать…».</translation>
    </message>
    <message>
        <source>No beds yet. An administrator adds them.</source>
        <translation>Кроватей пока нет. Их добавляет администратор.</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <source>Bed</source>
        <translation>Кровать</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>в приюте</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Принять в приют…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Выписать…</translation>
    </message>
    <message>
        <source>The person has not stayed in the shelter.</source>
        <translation>Человек не находился в приюте.</translation>
    </message>
    <message>
        <source>The person is already in the shelter.</source>
        <translation>Человек уже в приюте.</translation>
    </message>
</context>
<context>
    <name>StartChoiceWindow</name>
    <message>
        <source>AJO Cases — first start</source>
        <translation>AJO Cases — первый запуск</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Добро пожаловать в AJO Cases</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Where should this PC keep its records?</source>
        <translation>В %1 пока нет хранилища. Где этот компьютер будет хранить записи?</translation>
    </message>
    <message>
        <source>&amp;Create a vault on this PC</source>
        <translation>&amp;Создать хранилище на этом компьютере</translation>
    </message>
    <message>
        <source>For one computer, working offline. You become its administrator and add the other accounts afterwards.</source>
        <translation>Для одного компьютера, работает без сети. Вы станете его администратором и затем добавите другие учётные записи.</translation>
    </message>
    <message>
        <source>C&amp;onnect to the office server</source>
        <translation>&amp;Подключиться к серверу офиса</translation>
    </message>
    <message>
        <source>Several staff on one vault. Choose the connection file (.ajoconnect) your administrator gave you, then sign in with your account.</source>
        <translation>Несколько сотрудников в одном хранилище. Выберите файл подключения (.ajoconnect), который дал вам администратор, затем войдите под своей учётной записью.</translation>
    </message>
    <message>
        <source>Connection file from the administrator</source>
        <translation>Файл подключения от администратора</translation>
    </message>
    <message>
        <source>AJO Cases connection files (*%1)</source>
        <translation>Файлы подключения AJO Cases (*%1)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Persons assisted by category, sex and age</source>
        <translation>Получатели помощи по категории, полу и возрасту</translation>
    </message>
    <message>
        <source>Persons assisted by age group</source>
        <translation>Получатели помощи по возрастным группам</translation>
    </message>
    <message>
        <source>New and continuing persons</source>
        <translation>Новые и продолжающие получатели помощи</translation>
    </message>
    <message>
        <source>Persons assisted by home district</source>
        <translation>Получатели помощи по району проживания</translation>
    </message>
    <message>
        <source>Persons by form of exploitation</source>
        <translation>Лица по формам эксплуатации</translation>
    </message>
    <message>
        <source>Persons by country of exploitation</source>
        <translation>Лица по стране эксплуатации</translation>
    </message>
    <message>
        <source>Persons who received assistance, by type</source>
        <translation>Получатели помощи по видам помощи</translation>
    </message>
    <message>
        <source>Assistance given: services and cost</source>
        <translation>Оказанная помощь: услуги и расходы</translation>
    </message>
    <message>
        <source>Referrals by partner type and outcome</source>
        <translation>Направления по типу организации-партнёра и результату</translation>
    </message>
    <message>
        <source>Reintegration grants by sector</source>
        <translation>Гранты на реинтеграцию по отраслям</translation>
    </message>
    <message>
        <source>Shelter: admissions and bed-nights</source>
        <translation>Приют: поступления и койко-ночи</translation>
    </message>
    <message>
        <source>Informational meetings and trainings</source>
        <translation>Информационные встречи и тренинги</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Результаты направлений</translation>
    </message>
    <message>
        <source>Grants approved by sector</source>
        <translation>Одобренные гранты по отраслям</translation>
    </message>
    <message>
        <source>Persons assisted by category and sex</source>
        <translation>Получатели помощи по категории и полу</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Продолжающие</translation>
    </message>
    <message>
        <source>Informational meetings</source>
        <translation>Информационные встречи</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 лет и старше</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Cost, TJS</source>
        <translation>Расходы, сомони</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Amount approved, TJS</source>
        <translation>Одобренная сумма, сомони</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Value handed over, TJS</source>
        <translation>Стоимость переданного, сомони</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Мониторинг проведён</translation>
    </message>
    <message>
        <source>Business running</source>
        <translation>Бизнес работает</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Койко-ночи</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>возраст неизвестен</translation>
    </message>
    <message>
        <source>Fewer than %1: hidden so no person can be recognised.</source>
        <translation>Меньше %1: скрыто, чтобы нельзя было узнать человека.</translation>
    </message>
    <message>
        <source>Hidden so that a small number cannot be worked out from the totals.</source>
        <translation>Скрыто, чтобы малое число нельзя было вычислить по итогам.</translation>
    </message>
    <message>
        <source>Double-click to list the case codes behind this number.</source>
        <translation>Дважды щёлкните, чтобы увидеть номера дел, из которых складывается это число.</translation>
    </message>
    <message>
        <source>age ?</source>
        <translation>возраст ?</translation>
    </message>
    <message>
        <source>Other/n.k.</source>
        <translation>Др./неизв.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Exact numbers, small ones included: for internal use only, never for donors. Turning this on was recorded in the audit log.</source>
        <translation>Точные числа, включая малые: только для внутреннего использования, никогда для доноров. Включение этого режима записано в журнал аудита.</translation>
    </message>
    <message>
        <source>Small numbers are hidden: “&lt;%1” is fewer than %1, “x” hides a number that would reveal one.</source>
        <translation>Малые числа скрыты: «&lt;%1» означает меньше %1, «x» скрывает число, по которому можно было бы вычислить скрытое.</translation>
    </message>
    <message>
        <source>%1 case(s) of %2 person(s) left out: consent to be counted withdrawn.</source>
        <translation>Не учтено дел: %1, людей: %2 — согласие на учёт в статистике отозвано.</translation>
    </message>
    <message>
        <source>One person may be in several rows; the total counts each person once.</source>
        <translation>Один человек может быть в нескольких строках; в итоге каждый человек учитывается один раз.</translation>
    </message>
    <message>
        <source>Double-click a number to see the case codes behind it.</source>
        <translation>Дважды щёлкните число, чтобы увидеть номера дел, из которых оно складывается.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>The file will be saved outside the vault and is not encrypted. It holds no names, but keep it where it is protected and delete it when it is no longer needed.</source>
        <translation>Файл будет сохранён вне хранилища без шифрования. Имён в нём нет, но храните его в защищённом месте и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Сохранено в %1 (без шифрования).</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Exact counts (internal)</source>
        <translation>Точные числа (внутренние)</translation>
    </message>
    <message>
        <source>Shows small numbers; recorded in the audit log.</source>
        <translation>Показывает малые числа; записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Donor report PDF…</source>
        <translation>Отчёт для донора (PDF)…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Close case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Возобновить дело</translation>
    </message>
    <message>
        <source>Closing ends the work on this case. It can be reopened later.</source>
        <translation>Закрытие завершает работу по делу. Позже его можно возобновить.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Напишите, почему дело возобновляется.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>StatusWorklist</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
</context>
<context>
    <name>TraffickingTab</name>
    <message>
        <source>Trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Для вашей роли только просмотр.</translation>
    </message>
    <message>
        <source>Recruitment and exploitation</source>
        <translation>Вербовка и эксплуатация</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>Рассказ человека</translation>
    </message>
    <message>
        <source>Forms of exploitation:</source>
        <translation>Формы эксплуатации:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation>Способы контроля:</translation>
    </message>
    <message>
        <source>Recruited through:</source>
        <translation>Способ вербовки:</translation>
    </message>
    <message>
        <source>Recruiter was:</source>
        <translation>Вербовщик:</translation>
    </message>
    <message>
        <source>Country of recruitment:</source>
        <translation>Страна вербовки:</translation>
    </message>
    <message>
        <source>Country of exploitation:</source>
        <translation>Страна эксплуатации:</translation>
    </message>
    <message>
        <source>Transit countries:</source>
        <translation>Страны транзита:</translation>
    </message>
    <message>
        <source>Exploitation began:</source>
        <translation>Начало эксплуатации:</translation>
    </message>
    <message>
        <source>Exploitation ended:</source>
        <translation>Конец эксплуатации:</translation>
    </message>
    <message>
        <source>Age when trafficked:</source>
        <translation>Возраст на момент торговли:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Места:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известно</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>AJO Cases — unlock</source>
        <translation>AJO Cases — вход</translation>
    </message>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>Хранилище заблокировано. Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Забыли пароль? Используйте код восстановления</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>О программе…</translation>
    </message>
    <message>
        <source>The vault was locked because it was not in use.</source>
        <translation>Хранилище заблокировано, так как им не пользовались.</translation>
    </message>
    <message>
        <source>You were signed in for 12 hours. Please sign in again.</source>
        <translation>Вы работали 12 часов без повторного входа. Войдите снова.</translation>
    </message>
    <message>
        <source>The password was changed. Unlock with the new password.</source>
        <translation>Пароль изменён. Откройте хранилище новым паролем.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>VaultPlaceLabel</name>
    <message>
        <source>This PC: %1</source>
        <translation>Этот ПК: %1</translation>
    </message>
    <message>
        <source>The office server is not reachable. Reconnecting…</source>
        <translation>Сервер офиса недоступен. Повторное подключение…</translation>
    </message>
    <message>
        <source>Office server %1: connected</source>
        <translation>Сервер офиса %1: подключено</translation>
    </message>
    <message>
        <source>Office server %1: connecting…</source>
        <translation>Сервер офиса %1: подключение…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Записать визит</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>Дата визита:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Бизнес:</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>Доход в месяц:</translation>
    </message>
    <message>
        <source>Sustainability (1–5):</source>
        <translation>Устойчивость (1–5):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Напишите сумму числом.</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <source>Only the work of your own cases (%1); clear it to see everyone&apos;s</source>
        <translation>Только работа по вашим делам (%1); снимите, чтобы видеть работу всех</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Поиск в списке</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text in any column</source>
        <translation>Показывает строки, где этот текст есть в любом столбце</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
</context>
</TS>
