<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Добавить учётную запись…</translation>
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
        <source>An account with this name already exists.</source>
        <translation>Учётная запись с таким именем уже есть.</translation>
    </message>
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Выберите пароль, который отвечает правилам выше.</translation>
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
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
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
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Файл ключей повреждён или отсутствует. Восстановите его из резервной копии или откройте хранилище кодом восстановления.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>Файл базы данных отсутствует или пуст. На его месте ничего не создано. Восстановите последнюю резервную копию.</translation>
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
    <name>Formatting</name>
    <message>
        <source>TJS</source>
        <translation>сом.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Здравствуйте, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>Вы вошли с ролью «%1». %2</translation>
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
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Заблокировать хранилище (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlocked as %1 (%2)</source>
        <translation>Открыто: %1 (%2)</translation>
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
    <name>Pages</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
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
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Сотрудник приюта</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
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
</TS>
