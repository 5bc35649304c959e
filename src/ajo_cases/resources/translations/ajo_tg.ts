<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Илова кардани ҳисоб</translation>
    </message>
    <message>
        <source>The new account can unlock the vault with its own password. What it may see depends on the role: a manager never sees names or other personal data.</source>
        <translation>Ҳисоби нав махзанро бо пароли худ мекушояд. Он чиро мебинад, аз нақш вобаста аст: роҳбар ҳеҷ гоҳ номҳо ва дигар маълумоти шахсиро намебинад.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Номи корбар:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Нақш:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Илова кардан</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>My account</source>
        <translation>Ҳисоби ман</translation>
    </message>
    <message>
        <source>You are signed in as “%1” (%2).</source>
        <translation>Шумо ҳамчун «%1» (%2) ворид шудаед.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Иваз кардани пароли ман…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Ҳисобҳо</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Номи корбар</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Нақш</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Илова кардани ҳисоб…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Иваз кардани парол…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>An account with this name already exists.</source>
        <translation>Ҳисоб бо ин ном аллакай вуҷуд дорад.</translation>
    </message>
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Пароле интихоб кунед, ки ба қоидаҳои боло мувофиқ бошад.</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Нест кардани ҳисоб</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Маъмури охиринро нест кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Remove the account “%1” (%2)? From now on it cannot unlock the vault. Records it entered and its history stay. This cannot be undone: to let the person in again, add a new account.</source>
        <translation>Ҳисоби «%1» (%2) нест карда шавад? Баъд аз ин он махзанро кушода наметавонад. Сабтҳое, ки он ворид кардааст, ва таърихи онҳо боқӣ мемонанд. Инро бекор кардан мумкин нест: барои боз иҷозат додан ба ин шахс ҳисоби нав илова кунед.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Нест кардани «%1»</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo vault with invented records. User name: %1, password: %2</source>
        <translation>Махзани намоишӣ бо сабтҳои бофта. Номи корбар: %1, парол: %2</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Омода кардани махзани намоишӣ…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change a password</source>
        <translation>Иваз кардани парол</translation>
    </message>
    <message>
        <source>Set a new password for your account “%1”. The old password stops working at once; other accounts are not affected.</source>
        <translation>Барои ҳисоби худ «%1» пароли нав гузоред. Пароли кӯҳна дарҳол аз кор мемонад; ба ҳисобҳои дигар таъсир намерасад.</translation>
    </message>
    <message>
        <source>Set a new password for the account “%1”. Its old password stops working at once; tell the person the new one in private.</source>
        <translation>Барои ҳисоби «%1» пароли нав гузоред. Пароли кӯҳнаи он дарҳол аз кор мемонад; пароли навро ба шахс дар танҳоӣ гӯед.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Иваз кардани парол</translation>
    </message>
</context>
<context>
    <name>CreateVaultWindow</name>
    <message>
        <source>AJO Cases — create the vault</source>
        <translation>AJO Cases — сохтани махзан</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Ба AJO Cases хуш омадед</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Create one now: you will be its administrator and can add the other accounts afterwards.</source>
        <translation>Дар ҷузвдони %1 ҳоло махзан нест. Ҳозир онро созед: шумо маъмури он мешавед ва баъдтар ҳисобҳои дигарро илова карда метавонед.</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Номи маъмур:</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Сохтани махзан</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name or password is wrong. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Номи корбар ё парол нодуруст аст. Забони клавиатура ва Caps Lock-ро санҷед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Ба ҳисоби шумо ин кор иҷозат нест.</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>Ба нақши шумо дидани маълумоти шахсӣ иҷозат нест.</translation>
    </message>
    <message>
        <source>The vault is already open in another window or by another user of this computer. Close it there, then try again.</source>
        <translation>Махзан аллакай дар равзанаи дигар ё аз ҷониби корбари дигари ин компютер кушода аст. Онро дар он ҷо пӯшед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The database is damaged or was replaced. Nothing was changed. Restore the latest backup or ask the administrator.</source>
        <translation>Пойгоҳи додаҳо вайрон ё иваз шудааст. Ҳеҷ чиз тағйир наёфт. Нусхаи эҳтиётии охиринро барқарор кунед ё ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>The database is older than the key file: an old copy may have been put in its place. Restore the latest backup or ask the administrator.</source>
        <translation>Пойгоҳи додаҳо аз файли калидҳо кӯҳнатар аст: шояд ба ҷои он нусхаи кӯҳна гузошта шудааст. Нусхаи эҳтиётии охиринро барқарор кунед ё ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Файли калидҳо вайрон аст ё вуҷуд надорад. Онро аз нусхаи эҳтиётӣ барқарор кунед ё махзанро бо рамзи барқарорсозӣ кушоед.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>Файли пойгоҳи додаҳо вуҷуд надорад ё холӣ аст. Ба ҷои он ҳеҷ чиз сохта нашуд. Нусхаи эҳтиётии охиринро барқарор кунед.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Дар ин ҷузвдон махзан нест.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>Дар ин ҷузвдон аллакай махзан ҳаст.</translation>
    </message>
    <message>
        <source>The data folder cannot be used. Check that it exists and that you may write to it.</source>
        <translation>Ҷузвдони маълумотро истифода бурдан ғайриимкон аст. Санҷед, ки он вуҷуд дорад ва шумо ба он навишта метавонед.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of AJO Cases. Install the newer version.</source>
        <translation>Ин пойгоҳи додаҳо бо версияи навтари AJO Cases сохта шудааст. Версияи навро насб кунед.</translation>
    </message>
    <message>
        <source>An integrity check failed. Stop work and ask the administrator to check the vault.</source>
        <translation>Санҷиши бутунӣ нагузашт. Корро қатъ кунед ва аз маъмур хоҳиш кунед, ки махзанро санҷад.</translation>
    </message>
    <message>
        <source>This item no longer exists. Refresh and try again.</source>
        <translation>Ин дигар вуҷуд надорад. Маълумотро нав кунед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The input was not accepted. Check it and try again.</source>
        <translation>Маълумоти воридшуда қабул нашуд. Онро санҷед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Парол бояд ақаллан %1 аломат дошта бошад.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Парол метавонад на бештар аз %1 аломат дошта бошад.</translation>
    </message>
    <message>
        <source>This password is too common. Choose another one.</source>
        <translation>Ин парол хеле маъмул аст. Пароли дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The password must not contain the account name.</source>
        <translation>Парол набояд номи ҳисобро дар бар гирад.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Ду парол мувофиқат намекунанд.</translation>
    </message>
    <message>
        <source>The password was not accepted (%1).</source>
        <translation>Парол қабул нашуд (%1).</translation>
    </message>
    <message>
        <source>The key file was damaged and has been restored from its backup copy. Tell the administrator.</source>
        <translation>Файли калидҳо вайрон шуда буд ва аз нусхаи эҳтиётии худ барқарор карда шуд. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>The key file does not match its checksum: it may have been altered. Tell the administrator.</source>
        <translation>Файли калидҳо ба суммаи назоратии худ мувофиқ нест: шояд он тағйир дода шудааст. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Огоҳӣ: %1</translation>
    </message>
    <message>
        <source>The action failed (%1). Ask the administrator.</source>
        <translation>Амал иҷро нашуд (%1). Ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Tell the administrator this reference: %1.</source>
        <translation>Хатои ғайричашмдошт рух дод. Ин рақамро ба маъмур хабар диҳед: %1.</translation>
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
        <translation>Хуш омадед, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>Шумо бо нақши «%1» ворид шудаед. %2</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>Дар бораи ин махзан</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ҷузвдони маълумот:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Ҳисобҳо:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Маълумоти шахсӣ:</translation>
    </message>
    <message>
        <source>visible to your account</source>
        <translation>барои ҳисоби шумо дастрас аст</translation>
    </message>
    <message>
        <source>hidden from your account</source>
        <translation>аз ҳисоби шумо пинҳон аст</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
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
        <translation>Қулф кардан</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Қулф кардани махзан (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlocked as %1 (%2)</source>
        <translation>Кушода: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password:</source>
        <translation>Пароли нав:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Паролро такрор кунед:</translation>
    </message>
    <message>
        <source>At least %1 characters; %2 or more is better. A short sentence works well.</source>
        <translation>Ақаллан %1 аломат; %2 ва зиёда беҳтар аст. Ҷумлаи кӯтоҳ хуб мувофиқ аст.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Administration</source>
        <translation>Маъмурият</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Асосӣ</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery code. If every administrator password is forgotten, only this code opens the records. It is shown now and never again: write it down or print it, and keep it locked away from the computer.</source>
        <translation>Ин рамзи барқарорсозии махзан аст. Агар ҳамаи паролҳои маъмурон фаромӯш шаванд, танҳо ҳамин рамз сабтҳоро мекушояд. Он ҳозир нишон дода мешавад ва дигар ҳеҷ гоҳ: онро нависед ё чоп кунед ва дур аз компютер дар ҷои қулфдор нигоҳ доред.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Чоп кардан…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ман рамзро навиштам</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Идома додан</translation>
    </message>
    <message>
        <source>AJO Cases — recovery code</source>
        <translation>AJO Cases — рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone with it can open the vault.</source>
        <translation>Ин варақро дар ҷои қулфдор нигоҳ доред. Ҳар кӣ онро дошта бошад, махзанро кушода метавонад.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation>Барқарор кардани парол бо рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>Type the recovery code that was shown when the vault was created, the name of an administrator account, and a new password for that account.</source>
        <translation>Рамзи барқарорсозиро, ки ҳангоми сохтани махзан нишон дода шуда буд, номи ҳисоби маъмур ва пароли навро барои он ворид кунед.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Рамзи барқарорсозӣ:</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Номи маъмур:</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Гузоштани пароли нав</translation>
    </message>
    <message>
        <source>Enter the recovery code and the administrator name.</source>
        <translation>Рамзи барқарорсозӣ ва номи маъмурро ворид кунед.</translation>
    </message>
    <message>
        <source>Choose a new password that meets the rules above.</source>
        <translation>Пароли наверо интихоб кунед, ки ба қоидаҳои боло мувофиқ бошад.</translation>
    </message>
    <message>
        <source>There is no administrator account with this name.</source>
        <translation>Ҳисоби маъмур бо ин ном вуҷуд надорад.</translation>
    </message>
    <message>
        <source>This recovery code is not right. Check it and try again.</source>
        <translation>Рамзи барқарорсозӣ нодуруст аст. Онро санҷед ва бори дигар кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Маъмур</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Корманди паноҳгоҳ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Роҳбар</translation>
    </message>
    <message>
        <source>You manage accounts and backups and may see all records.</source>
        <translation>Шумо ҳисобҳо ва нусхаҳои эҳтиётиро идора мекунед ва ҳамаи сабтҳоро дида метавонед.</translation>
    </message>
    <message>
        <source>You register people and cases and record assistance.</source>
        <translation>Шумо одамон ва парвандаҳоро сабт мекунед ва кӯмаки расонидашударо қайд менамоед.</translation>
    </message>
    <message>
        <source>You record admissions, discharges and daily shelter work.</source>
        <translation>Шумо қабул, баромадан ва кори ҳаррӯзаи паноҳгоҳро қайд мекунед.</translation>
    </message>
    <message>
        <source>You see statistics and case codes; names stay hidden from your account.</source>
        <translation>Шумо омор ва рақамҳои парвандаҳоро мебинед; номҳо аз ҳисоби шумо пинҳон мемонанд.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Қулф кардан баъд аз чанд дақиқаи беистифода</translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation>Андоза ва ҷойгиршавии равзана</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Тартиби равзана</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>AJO Cases — unlock</source>
        <translation>AJO Cases — воридшавӣ</translation>
    </message>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>Махзан қулф аст. Барои идома ворид шавед.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Номи корбар:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Парол:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Паролро фаромӯш кардед? Рамзи барқарорсозиро истифода баред</translation>
    </message>
    <message>
        <source>The vault was locked because it was not in use.</source>
        <translation>Махзан қулф шуд, зеро аз он истифода намебурданд.</translation>
    </message>
    <message>
        <source>You were signed in for 12 hours. Please sign in again.</source>
        <translation>Шумо 12 соат бе воридшавии такрорӣ кор кардед. Лутфан боз ворид шавед.</translation>
    </message>
    <message>
        <source>The password was changed. Unlock with the new password.</source>
        <translation>Парол иваз карда шуд. Махзанро бо пароли нав кушоед.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Номи корбар ва паролро ворид кунед.</translation>
    </message>
</context>
</TS>
