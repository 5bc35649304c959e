<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AJO Cases</source>
        <translation>Дар бораи AJO Cases</translation>
    </message>
    <message>
        <source>AJO Cases %1</source>
        <translation>AJO Cases %1</translation>
    </message>
    <message>
        <source>Encrypted case management for the shelter and the migrant-support services of AJO, Sughd. Licence: GNU GPL version 3 or later. It includes the components below under their own licences.</source>
        <translation>Идораи рамзгузоришудаи парвандаҳо барои паноҳгоҳ ва хадамоти дастгирии муҳоҷирони AJO, вилояти Суғд. Иҷозатнома: GNU GPL версияи 3 ё навтар. Барнома ҷузъҳои дар поён овардашударо бо иҷозатномаҳои худашон дар бар мегирад.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Ҷузъ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Иҷозатнома</translation>
    </message>
    <message>
        <source>Licence of the DejaVu fonts used in printed documents:</source>
        <translation>Иҷозатномаи шрифтҳои DejaVu, ки дар ҳуҷҷатҳои чопӣ истифода мешаванд:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add a planned action</source>
        <translation>Илова кардани амали нақшавӣ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Илова кардан</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Чӣ:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Навъи кӯмак:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Мӯҳлат:</translation>
    </message>
    <message>
        <source>has a due date</source>
        <translation>мӯҳлат дорад</translation>
    </message>
    <message>
        <source>Describe the action or choose its kind.</source>
        <translation>Амалро тавсиф кунед ё навъи онро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Мавзӯъ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Духтарон</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Писарон</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Ҳамаи лоиҳаҳо</translation>
    </message>
    <message>
        <source>Activities: %1 · participants: %2</source>
        <translation>Чорабиниҳо: %1 · иштирокчиён: %2</translation>
    </message>
    <message>
        <source>Delete the activity “%1” of %2? Its participants no longer count in the statistics. Use this only for a record entered by mistake.</source>
        <translation>Чорабинии «%1» аз %2 нест карда шавад? Иштирокчиёни он дигар дар омор ҳисоб карда намешаванд. Танҳо барои сабти хатоӣ истифода баред.</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Нест кардани чорабинӣ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Ҳамаи навъҳо</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Чорабинии нав…</translation>
    </message>
    <message>
        <source>Record an informational meeting or a training</source>
        <translation>Сабт кардани вохӯрии иттилоотӣ ё омӯзиш</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Таҳрир кардан…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>No activities recorded yet. Choose “New activity…” after an informational meeting or a training: the participants count in the donor statistics.</source>
        <translation>Ҳанӯз ягон чорабинӣ сабт нашудааст. Пас аз вохӯрии иттилоотӣ ё омӯзиш «Чорабинии нав…»-ро интихоб кунед: иштирокчиён дар омор барои донорҳо ҳисоб карда мешаванд.</translation>
    </message>
    <message>
        <source>No activities recorded yet.</source>
        <translation>Ҳанӯз ягон чорабинӣ сабт нашудааст.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit the activity</source>
        <translation>Таҳрири чорабинӣ</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Чорабинии нав</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Илова кардан</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Навъ:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Сана:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Ноҳия:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Мавзӯъ:</translation>
    </message>
    <message>
        <source>For example: safe migration; never names</source>
        <translation>Масалан: муҳоҷирати бехатар; ҳеҷ гоҳ ном нанависед</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Лоиҳа:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Иштирокчиён:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Бе лоиҳа</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Навъи чорабиниро интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter how many took part.</source>
        <translation>Шумораи иштирокчиёнро ворид кунед.</translation>
    </message>
</context>
<context>
    <name>AddBedDialog</name>
    <message>
        <source>Add a bed</source>
        <translation>Илова кардани кат</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Илова кардани кат</translation>
    </message>
    <message>
        <source>Bed label:</source>
        <translation>Нишонаи кат:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Ҳуҷра:</translation>
    </message>
    <message>
        <source>Give the bed a label, for example A1.</source>
        <translation>Ба кат нишона диҳед, масалан A1.</translation>
    </message>
    <message>
        <source>A bed with this label exists already.</source>
        <translation>Кат бо ин нишона аллакай ҳаст.</translation>
    </message>
</context>
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
    <message>
        <source>An account with this name already exists.</source>
        <translation>Ҳисоб бо ин ном аллакай вуҷуд дорад.</translation>
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
        <source>Settings…</source>
        <translation>Танзимот…</translation>
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
        <source>Full name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Вазифа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Нақш</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Телефони корӣ</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Илова кардани ҳисоб…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Маълумот…</translation>
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
    <message>
        <source>“%1” can no longer sign in: the account&apos;s login on the office server is disabled and its open sessions have ended. Rotating the personal-data key completes the removal: every personal field is sealed again under a new key, while the other computers keep working, so the key this account held opens nothing from then on. Rotate the key now? (Every other account that reads personal data then gets a temporary password.)</source>
        <translation>«%1» дигар ворид шуда наметавонад: вуруди ин ҳисоб ба сервери идора хомӯш карда шуд ва ҷаласаҳои кушодаи он хотима ёфтанд. Ивази калиди маълумоти шахсӣ нест карданро ба анҷом мерасонад: ҳар як маълумоти шахсӣ бо калиди нав аз нав рамзгузорӣ мешавад, дар ҳоле ки компютерҳои дигар корашонро давом медиҳанд, ва калиде, ки дар ин ҳисоб буд, аз он вақт ягон чизро намекушояд. Ҳозир калидро иваз кунем? (Ҳар ҳисоби дигаре, ки маълумоти шахсиро мехонад, пароли муваққатӣ мегирад.)</translation>
    </message>
    <message>
        <source>“%1” can no longer unlock AJO Cases. Rotating the keys completes the removal: until then, someone who kept a copy of the key file or of a backup could still open it with that password. Rotate the keys now? (Every other account then gets a temporary password.)</source>
        <translation>«%1» дигар AJO Cases-ро кушода наметавонад. Ивази калидҳо нест карданро ба анҷом мерасонад: то он вақт касе, ки нусхаи файли калидҳо ё нусхаи эҳтиётиро нигоҳ доштааст, ҳанӯз метавонад онро бо ҳамон парол кушояд. Ҳозир калидҳоро иваз кунем? (Ҳар ҳисоби дигар пароли муваққатӣ мегирад.)</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Ҳисоб нест карда шуд</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Иваз кардани калидҳо…</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Қабул ба паноҳгоҳ</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Қабул кардан</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Парванда:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Кат:</translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation>Санаи қабул:</translation>
    </message>
    <message>
        <source>No bed is free today.</source>
        <translation>Имрӯз кати холӣ нест.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Катро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Approved amount:</source>
        <translation>Маблағи тасдиқшуда:</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>Маблағи тасдиқшуда бояд аз сифр зиёд бошад.</translation>
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
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Арзёбии нав</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Санаи арзёбӣ:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Сатҳи хатар:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Эҳтиёҷот:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Хулоса:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ҳадафҳо:</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>Add assistance</source>
        <translation>Илова кардани кӯмак</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Илова кардан</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Навъ:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Сана:</translation>
    </message>
    <message>
        <source>Trade:</source>
        <translation>Касб:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Аз ҷониби:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Арзиш:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Қайд:</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Навъи кӯмакро интихоб кунед.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 150 or 150,50.</source>
        <translation>Маблағро бо рақам нависед, масалан 150 ё 150,50.</translation>
    </message>
</context>
<context>
    <name>AssistanceTab</name>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Аз ҷониби</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Кормандони мо</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Арзиш</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Сабт кард</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Қайд</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Илова кардани кӯмак…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Choose “Add assistance…” to record some.</source>
        <translation>Кӯмак ҳанӯз сабт нашудааст. Барои сабт «Илова кардани кӯмак…»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Delete the assistance “%1” of %2? Use this only for a record entered by mistake; the history keeps that it existed.</source>
        <translation>Кӯмаки «%1» аз %2 нест карда шавад? Танҳо барои сабти хатоӣ; дар таърих мемонад, ки он буд.</translation>
    </message>
    <message>
        <source>Delete assistance</source>
        <translation>Нест кардани кӯмак</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Ин сабтро нест кардан</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>Database structure</source>
        <translation>Сохтори пойгоҳи додаҳо</translation>
    </message>
    <message>
        <source>Encryption of every page</source>
        <translation>Рамзгузории ҳамаи саҳифаҳо</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Робитаҳои байни сабтҳо</translation>
    </message>
    <message>
        <source>Audit log chain</source>
        <translation>Занҷири феҳристи аудит</translation>
    </message>
    <message>
        <source>Audit log end matches the key file</source>
        <translation>Охири феҳристи аудит ба файли калидҳо мувофиқ аст</translation>
    </message>
    <message>
        <source>Signatures of the audit log entries</source>
        <translation>Имзоҳои сабтҳои феҳристи аудит</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файли калидҳо</translation>
    </message>
    <message>
        <source>Copy of the key file</source>
        <translation>Нусхаи файли калидҳо</translation>
    </message>
    <message>
        <source>Every encrypted field belongs to its record</source>
        <translation>Ҳар майдони рамзгузоришуда ба сабти худ тааллуқ дорад</translation>
    </message>
    <message>
        <source>Every key slot is one the vault accepts</source>
        <translation>Ҳамаи ҷойҳои калид аз ҷониби махзан қабул шудаанд</translation>
    </message>
    <message>
        <source>Statistics copies match the records</source>
        <translation>Нусхаҳои омор ба сабтҳо мувофиқанд</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Рамзи барқарорсозӣ</translation>
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
        <translation>Кай</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Ҳисоб</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ҳодиса</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Идентификатори сабт</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Майдонҳо</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
    <message>
        <source>Every sign-in, view and change, newest first. The log keeps record ids and the names of changed fields, never their values, and cannot be altered: “Verify chain” proves that nothing was removed or changed.</source>
        <translation>Ҳар воридшавӣ, дидан ва тағйир, аввал навтаринҳо. Феҳрист ID-и сабтҳо ва номҳои майдонҳои тағйирёфтаро нигоҳ медорад, ҳеҷ гоҳ қиматҳои онҳоро не, ва онро тағйир додан мумкин нест: «Санҷидани занҷир» исбот мекунад, ки ҳеҷ чиз нест ё тағйир дода нашудааст.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Аз</translation>
    </message>
    <message>
        <source>To</source>
        <translation>То</translation>
    </message>
    <message>
        <source>Paste an id</source>
        <translation>ID-ро гузоред</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Нишон додан</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Боз %1-то нишон додан</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Санҷидани занҷир</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ҳама</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>Нишон дода шуд: %1 сабт</translation>
    </message>
    <message>
        <source>%1 newest entries shown</source>
        <translation>%1 сабти навтарин нишон дода шуд</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Санҷиши махзан…</translation>
    </message>
    <message>
        <source>Verified: the audit log chain is whole (%1) and the database and key file are intact.</source>
        <translation>Санҷида шуд: занҷири феҳристи аудит бутун аст (%1), пойгоҳи додаҳо ва файли калидҳо солиманд.</translation>
    </message>
    <message>
        <source>Not signed in since entries are signed: %1. Until each of them signs in, entries in their name cannot be checked.</source>
        <translation>Аз вақте ки сабтҳо имзо мешаванд, ворид нашудаанд: %1. То ҳар кадоми онҳо ворид нашавад, сабтҳо аз номи онҳоро санҷидан мумкин нест.</translation>
    </message>
    <message>
        <source>Problems found: %1. Stop work and restore the latest backup, or ask for help.</source>
        <translation>Мушкилот ёфт шуд: %1. Корро қатъ кунед ва нусхаи эҳтиётии охиринро барқарор кунед ё кӯмак пурсед.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Нусхаҳои эҳтиётӣ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сохтани нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Барқарор кардан аз файл…</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Иваз кардани калидҳо…</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Интихоби ҷузвдони дуюм…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Қатъи нусхабардорӣ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Одамон</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>No backup has been made yet. Back up now.</source>
        <translation>Нусхаи эҳтиётӣ ҳанӯз сохта нашудааст. Ҳозир онро созед.</translation>
    </message>
    <message>
        <source>That is more than %1 days ago: back up now.</source>
        <translation>Ин беш аз %1 рӯз пеш буд: ҳозир нусхаи эҳтиётӣ созед.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>худкор</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>дастӣ</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ин компютер</translation>
    </message>
    <message>
        <source>second folder</source>
        <translation>ҷузвдони дуюм</translation>
    </message>
    <message>
        <source>This vault is on the office server: the PCs make no automatic backups, the server&apos;s administrator backs up the database. &quot;Back up now&quot; writes a copy that restores as a vault on one PC.</source>
        <translation>Ин махзан дар сервери идора аст: компютерҳо нусхаи эҳтиётии худкор намесозанд, маъмури сервер аз пойгоҳи додаҳо нусхаи эҳтиётӣ мегирад. «Сохтани нусхаи эҳтиётӣ» нусхае менависад, ки ҳамчун махзан дар як компютер барқарор мешавад.</translation>
    </message>
    <message>
        <source>Backups are kept only on this computer.</source>
        <translation>Нусхаҳои эҳтиётӣ танҳо дар ҳамин компютер нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>Each automatic backup is also copied to %1.</source>
        <translation>Ҳар нусхаи эҳтиётии худкор инчунин ба %1 нусхабардорӣ мешавад.</translation>
    </message>
    <message>
        <source>Making and checking a backup…</source>
        <translation>Сохтан ва санҷидани нусхаи эҳтиётӣ…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Нусхаи эҳтиётӣ сохта шуд</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>Нусхаи эҳтиётӣ навишта ва санҷида шуд: %1</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Ҷузвдони дуюм барои нусхаҳои эҳтиётӣ</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Барқарорсозӣ аз нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>AJO Cases backups (*%1)</source>
        <translation>Нусхаҳои эҳтиётии AJO Cases (*%1)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Санҷиши нусхаи эҳтиётӣ…</translation>
    </message>
    <message>
        <source>Restoring locks AJO Cases, replaces the current vault with the backup and keeps the current vault in the folder “replaced-&lt;date&gt;” inside the data folder. Everything entered after the backup was made will not be in the restored vault. Afterwards, sign in with the passwords that were valid when the backup was made.</source>
        <translation>Ҳангоми барқарорсозӣ AJO Cases қулф мешавад, махзани ҷорӣ бо нусхаи эҳтиётӣ иваз мешавад ва худи он дар ҷузвдони «replaced-&lt;сана&gt;» дар дохили ҷузвдони маълумот нигоҳ дошта мешавад. Ҳар чизе, ки пас аз сохтани нусха ворид шудааст, дар махзани барқароршуда нахоҳад буд. Баъд бо паролҳое ворид шавед, ки ҳангоми сохтани нусха эътибор доштанд.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to a different vault.</source>
        <translation>Огоҳӣ: ин нусхаи эҳтиётӣ ба махзани дигар тааллуқ дорад.</translation>
    </message>
    <message>
        <source>Warning: this backup is older than the current vault. What was recorded after it was made will not be in the restored vault.</source>
        <translation>Диққат: ин нусхаи эҳтиётӣ аз махзани ҷорӣ кӯҳнатар аст. Он чи баъд аз сохтани он сабт шудааст, дар махзани барқароршуда нахоҳад буд.</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>Қулф кардан ва барқарор кардан</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Барқарорсозӣ</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Охирин нусхаи эҳтиётии санҷидашуда: %1.</translation>
    </message>
    <message>
        <source>The backup of %1 was checked and is intact. It holds %2 people and %3 cases.</source>
        <translation>Нусхаи эҳтиётии %1 санҷида шуд ва солим аст. Дар он %2 шахс ва %3 парванда ҳаст.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in to continue.</source>
        <translation>Нусхаи эҳтиётӣ барқарор карда шуд. Барои идома ворид шавед.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>No backup yet</source>
        <translation>Нусхаи эҳтиётӣ ҳанӯз нест</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Нусхаи эҳтиётии охирин: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузашт</translation>
    </message>
    <message>
        <source>Backups older than %1 days are overdue; make one under Backups.</source>
        <translation>Нусхаи эҳтиётии аз %1 рӯз кӯҳнатар мӯҳлатгузашта аст; дар бахши «Нусхаҳои эҳтиётӣ» нусхаи нав созед.</translation>
    </message>
</context>
<context>
    <name>BedModel</name>
    <message>
        <source>Bed</source>
        <translation>Кат</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ҳуҷра</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Occupied by</source>
        <translation>Истиқоматкунанда</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Аз сана</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>истифода намешавад</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>банд</translation>
    </message>
    <message>
        <source>free</source>
        <translation>холӣ</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Item</source>
        <translation>Мол</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Миқдор</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Нархи воҳид</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Илова кардани сатр</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Нест кардани сатр</translation>
    </message>
</context>
<context>
    <name>CaseFieldsTab</name>
    <message>
        <source>No project</source>
        <translation>Бе лоиҳа</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ҳеҷ кас</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Парванда</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Барои нақши шумо танҳо хондан.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Парванда</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Санаи кушодан:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Лоиҳа:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Корманди иҷтимоӣ:</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Кӣ ошкор кард:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Сатҳи хатар:</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Ҳамаи ҳолатҳо</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Ҳамаи категорияҳо</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Ҳамаи лоиҳаҳо</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Ҳамаи кормандон</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Ҳамаи ноҳияҳо</translation>
    </message>
    <message>
        <source>Opened this month</source>
        <translation>Дар ҳамин моҳ кушода шуд</translation>
    </message>
    <message>
        <source>Opened in the last 3 months</source>
        <translation>Дар 3 моҳи охир кушода шуд</translation>
    </message>
    <message>
        <source>Opened this year</source>
        <translation>Дар ҳамин сол кушода шуд</translation>
    </message>
    <message>
        <source>Opened last year</source>
        <translation>Соли гузашта кушода шуд</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Ҳама вақт</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Тоза кардани филтрҳо</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Personal data erased on %1</source>
        <translation>Маълумоти шахсӣ %1 нест карда шуд</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>age at intake %1</source>
        <translation>синну сол ҳангоми қабул %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>хатар: %1</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>хатар арзёбӣ нашудааст</translation>
    </message>
    <message>
        <source>worker: %1</source>
        <translation>корманд: %1</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>корманд таъин нашудааст</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Бақайдгирӣ</translation>
    </message>
    <message>
        <source>Consent to registration: given</source>
        <translation>Розигӣ ба бақайдгирӣ: дода шудааст</translation>
    </message>
    <message>
        <source>Consent to registration: missing — record it on the Consent tab</source>
        <translation>Розигӣ ба бақайдгирӣ нест — онро дар варақаи «Розигӣ» сабт кунед</translation>
    </message>
    <message>
        <source>The person refused or withdrew consent to share with partner organisations</source>
        <translation>Шахс аз додани маълумот ба ташкилотҳои шарик розӣ нашуд ё розигиашро бозпас гирифт</translation>
    </message>
    <message>
        <source>Not asked yet: ask the person before a referral and record the answer on the Consent tab</source>
        <translation>Ҳанӯз напурсидаанд: пеш аз равонакунӣ аз шахс пурсед ва ҷавобро дар варақаи «Розигӣ» сабт кунед</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Мубодила</translation>
    </message>
    <message>
        <source>May be shared with %1 organisation(s)</source>
        <translation>Ба ташкилотҳо додан мумкин: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Омор</translation>
    </message>
    <message>
        <source>Counted in statistics</source>
        <translation>Дар омор ҳисоб мешавад</translation>
    </message>
    <message>
        <source>Left out of statistics (consent withdrawn)</source>
        <translation>Дар омор ҳисоб намешавад (розигӣ бозпас гирифта шуд)</translation>
    </message>
    <message>
        <source>The person is in the shelter now; discharge them on the Shelter tab first.</source>
        <translation>Шахс ҳоло дар паноҳгоҳ аст; аввал ӯро дар варақаи «Паноҳгоҳ» баровардан лозим.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ҳолати парванда</translation>
    </message>
    <message>
        <source>Set active</source>
        <translation>Ба кор гузоштан</translation>
    </message>
    <message>
        <source>Move to follow-up</source>
        <translation>Ба пайгирӣ гузаронидан</translation>
    </message>
    <message>
        <source>Reopen case…</source>
        <translation>Аз нав кушодани парванда…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Пӯшидани парванда…</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Розигӣ:</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Илова кардани кӯмак…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Равон кардан…</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Қабул ба паноҳгоҳ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Чоп кардан…</translation>
    </message>
    <message>
        <source>Person&apos;s data</source>
        <translation>Маълумоти шахс</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases: %1</source>
        <translation>Парвандаҳо: %1</translation>
    </message>
    <message>
        <source>first %1 matches: type more to narrow</source>
        <translation>%1 мувофиқати аввал: ҷустуҷӯро дақиқ кунед</translation>
    </message>
    <message>
        <source>Showing: my open cases</source>
        <translation>Нишон дода мешавад: парвандаҳои кушодаи ман</translation>
    </message>
    <message>
        <source>Showing: cases with overdue follow-ups</source>
        <translation>Нишон дода мешавад: парвандаҳо бо пайгирии мӯҳлатгузашта</translation>
    </message>
    <message>
        <source>Showing: cases with referrals awaiting an answer</source>
        <translation>Нишон дода мешавад: парвандаҳо бо равонакуниҳои беҷавоб</translation>
    </message>
    <message>
        <source>Showing: cases of people in the shelter</source>
        <translation>Нишон дода мешавад: парвандаҳои одамони дар паноҳгоҳ</translation>
    </message>
    <message>
        <source>Showing: case plans awaiting approval</source>
        <translation>Нишон дода мешавад: нақшаҳои парвандаҳо, ки тасдиқро интизоранд</translation>
    </message>
    <message>
        <source>Search by case code</source>
        <translation>Ҷустуҷӯ аз рӯи рақами парванда</translation>
    </message>
    <message>
        <source>Search by name in any spelling, or by case code</source>
        <translation>Ҷустуҷӯ аз рӯи ном бо ҳар навишт ё рақами парванда</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Шахси нав…</translation>
    </message>
    <message>
        <source>Register a person (Ctrl+N)</source>
        <translation>Ба қайд гирифтани шахс (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ҳамаро нишон додан</translation>
    </message>
    <message>
        <source>Plans awaiting approval</source>
        <translation>Нақшаҳо барои тасдиқ</translation>
    </message>
    <message>
        <source>No cases to show. Register someone with “New person…” (Ctrl+N), or change the search and filters.</source>
        <translation>Парванда барои нишон додан нест. Бо «Шахси нав…» (Ctrl+N) касеро ба қайд гиред ё ҷустуҷӯ ва филтрҳоро иваз кунед.</translation>
    </message>
    <message>
        <source>No cases to show. Change the search or the filters.</source>
        <translation>Парванда барои нишон додан нест. Ҷустуҷӯ ё филтрҳоро иваз кунед.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Type a name in any spelling, or a case code</source>
        <translation>Номро бо ҳар навишт ё рақами парвандаро ворид кунед</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Барои ҷустуҷӯ нависед</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>ҳанӯз парванда нест</translation>
    </message>
    <message>
        <source>No open case found</source>
        <translation>Парвандаи кушода ёфт нашуд</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Рақами парванда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Корманд</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Мӯҳлати наздик</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Тағйири охирин</translation>
    </message>
    <message>
        <source>The name failed its integrity check. Ask the administrator to verify the vault.</source>
        <translation>Ном санҷиши бутуниро нагузашт. Аз маъмур хоҳиш кунед, ки махзанро санҷад.</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Синну соли тахминӣ</translation>
    </message>
    <message>
        <source>erased on %1</source>
        <translation>%1 нест карда шуд</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>вайрон</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>ҳанӯз парванда нест</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them.</source>
        <translation>Тағйироти захиранашудаи шумо аз пеш аз қулф баргардонида шуд. Онҳоро захира кунед.</translation>
    </message>
    <message>
        <source>Case %1 — AJO Cases</source>
        <translation>Парвандаи %1 — AJO Cases</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Захира шуд.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Тағйироти захиранашуда</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>Дар парванда тағйироти захиранашуда ҳаст. Захира карда шаванд?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Бе захира пӯшидан</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Идомаи таҳрир</translation>
    </message>
    <message>
        <source>The personal data of this person were erased on %1. The case is kept for statistics only and can no longer change.</source>
        <translation>Маълумоти шахсии ин шахс %1 нест карда шуд. Парванда танҳо барои омор нигоҳ дошта мешавад ва дигар тағйир дода намешавад.</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data…</source>
        <translation>Нусхаи маълумоти шахс…</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data…</source>
        <translation>Нест кардани маълумоти шахс…</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Захира кардани тағйирот (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
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
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Пароле интихоб кунед, ки ба қоидаҳои боло мувофиқ бошад.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Hatched marks are values the table hides (%1: fewer than %2 people; x: hidden so that totals do not reveal them). Bars show only the values the table shows.</source>
        <translation>Аломатҳои хатдор қиматҳое мебошанд, ки ҷадвал пинҳон мекунад (%1: камтар аз %2 нафар; x: пинҳон, то ҷамъбастҳо онҳоро ошкор накунанд). Сутунҳо танҳо қиматҳои дар ҷадвал нишондодашударо нишон медиҳанд.</translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation>Барои ин филтр маълумот нест.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check and preview</source>
        <translation>Санҷиш ва пешнамоиш</translation>
    </message>
    <message>
        <source>Every row was checked. Nothing has been written yet.</source>
        <translation>Ҳар сатр санҷида шуд. То ҳол ҳеҷ чиз навишта нашудааст.</translation>
    </message>
    <message>
        <source>People as they will be imported</source>
        <translation>Шахсон, чӣ тавре ки ворид карда мешаванд</translation>
    </message>
    <message>
        <source>Words to map</source>
        <translation>Калимаҳои бе рамз</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Фарзияҳо</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сатр</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Насаб</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Номи падар</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Таваллуд / синну сол</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Кушода шуд</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Word in the file</source>
        <translation>Калима дар файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Сатрҳо</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Сутун</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>These words matched no code. Choose the code for each, then Check again.</source>
        <translation>Ин калимаҳо ба ягон рамз мувофиқ наомаданд. Барои ҳар кадом рамзро интихоб кунед ва «Аз нав санҷидан»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Аз нав санҷидан</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation>Сатрҳои мушкилдорро гузошта, боқимондаро ворид кардан</translation>
    </message>
    <message>
        <source>%1 rows: %2 people, %3 assistance records.</source>
        <translation>%1 сатр: %2 шахс, %3 сабти кӯмак.</translation>
    </message>
    <message>
        <source>%1 problems: nothing is imported until they are corrected, or the rows are left out.</source>
        <translation>%1 мушкилот: то ислоҳ нашудан ё гузошта нашудани ин сатрҳо ҳеҷ чиз ворид намешавад.</translation>
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
        <translation>Ҳар сутун чиро дар бар мегирад</translation>
    </message>
    <message>
        <source>Proposed from the column headers. Change a field where it is wrong; columns set to “Not imported” are left out.</source>
        <translation>Аз рӯи сарлавҳаҳои сутунҳо пешниҳод шуд. Дар куҷое ки майдон нодуруст аст, иваз кунед; сутунҳои «Ворид намешавад» гузошта мешаванд.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Сутун</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Намунаҳо</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Save these choices…</source>
        <translation>Захира кардани ин интихоб…</translation>
    </message>
    <message>
        <source>Save them as a mapping file, to use for the next file of the same kind</source>
        <translation>Ҳамчун файли мувофиқсозӣ захира кунед, то барои файли навбатии ҳамин навъ истифода баред</translation>
    </message>
    <message>
        <source>The header is in row %1 of sheet “%2”.</source>
        <translation>Сарлавҳа дар сатри %1-и варақи «%2» аст.</translation>
    </message>
    <message>
        <source>The header is in row %1.</source>
        <translation>Сарлавҳа дар сатри %1 аст.</translation>
    </message>
    <message>
        <source>Two columns are set to “%1”: choose one.</source>
        <translation>Ду сутун ҳамчун «%1» нишон дода шудаанд: яктоашро интихоб кунед.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Дар %1 захира шуд.</translation>
    </message>
    <message>
        <source>Save the column choices</source>
        <translation>Захираи интихоби сутунҳо</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Файлҳои мувофиқсозӣ (*.json)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Сабти розигӣ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт кардан</translation>
    </message>
    <message>
        <source>Consent to:</source>
        <translation>Розигӣ ба:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дода шуд</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Рад ё бозпас гирифта шуд</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ҷавоб:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Сана:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Ташкилотҳо:</translation>
    </message>
    <message>
        <source>Tick the organisations the person agreed to.</source>
        <translation>Ташкилотҳоеро, ки шахс ба онҳо розӣ шуд, қайд кунед.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Розигӣ ба</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ҷавоб</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дода шуд</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Рад ё бозпас гирифта шуд</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ташкилотҳо</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Сабт кард</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Розигӣ</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Сабти розигӣ…</translation>
    </message>
    <message>
        <source>Registration consent is missing. Ask the person and record their answer; keep the signed form under Documents.</source>
        <translation>Розигӣ ба бақайдгирӣ нест. Аз шахс пурсед ва ҷавобашро сабт кунед; варақаи имзошударо дар «Ҳуҷҷатҳо» нигоҳ доред.</translation>
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
        <source>Your full name:</source>
        <translation>Ному насаби шумо:</translation>
    </message>
    <message>
        <source>As printed on papers you sign</source>
        <translation>Чунон ки дар ҳуҷҷатҳои имзокардаатон чоп мешавад</translation>
    </message>
    <message>
        <source>Letterhead for printed papers (can be changed later)</source>
        <translation>Сарварақаи ташкилот барои ҳуҷҷатҳои чопӣ (баъдтар тағйир додан мумкин аст)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ташкилот:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Суроға:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Телефон ё почтаи электронӣ:</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Сохтани махзан</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Кушодани нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>Use the recovery code instead of a password</source>
        <translation>Ба ҷои парол рамзи барқарорсозиро истифода бурдан</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Ҳисоби маъмур</translation>
    </message>
    <message>
        <source>Password or recovery code</source>
        <translation>Парол ё рамзи барқарорсозӣ</translation>
    </message>
    <message>
        <source>The backup opens with the passwords it was made with.</source>
        <translation>Нусхаи эҳтиётӣ бо паролҳое кушода мешавад, ки ҳангоми сохтани он эътибор доштанд.</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Import and export</source>
        <translation>Воридот ва содирот</translation>
    </message>
    <message>
        <source>Bring in records from a CSV or Excel file, or export the records for reports and for moving to another vault.</source>
        <translation>Сабтҳоро аз файли CSV ё Excel ворид кунед ё сабтҳоро барои ҳисобот ва интиқол ба махзани дигар содир кунед.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Содир кардан…</translation>
    </message>
    <message>
        <source>Export the case records without names or contacts, for reporting.</source>
        <translation>Содир кардани сабтҳои парвандаҳо бе ному тамос, барои ҳисобот.</translation>
    </message>
    <message>
        <source>Export pseudonymized…</source>
        <translation>Содироти беном…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Ворид кардан…</translation>
    </message>
    <message>
        <source>Fill with demo records…</source>
        <translation>Пур кардан бо сабтҳои намоишӣ…</translation>
    </message>
    <message>
        <source>Fill with demo records</source>
        <translation>Пур кардан бо сабтҳои намоишӣ</translation>
    </message>
    <message>
        <source>Invented people and cases for training and trying things out. How many cases?</source>
        <translation>Одамон ва парвандаҳои бофта барои омӯзиш ва санҷиш. Чанд парванда сохта шавад?</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Илова кардани сабтҳои намоишӣ…</translation>
    </message>
    <message>
        <source>Cancelled. No demo records were added.</source>
        <translation>Бекор шуд. Сабтҳои намоишӣ илова нашуданд.</translation>
    </message>
    <message>
        <source>Added %1 demo cases.</source>
        <translation>%1 парвандаи намоишӣ илова шуд.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Тамос</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Фаъол</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Оғоз</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Partner organisations receive referrals and provide assistance; projects group cases, assistance and grants by donor. Only an administrator changes these lists.</source>
        <translation>Ташкилотҳои шарик равонакуниҳоро қабул мекунанд ва кӯмак мерасонанд; лоиҳаҳо парвандаҳо, кӯмак ва грантҳоро аз рӯи донор гурӯҳбандӣ мекунанд. Ин рӯйхатҳоро танҳо маъмур тағйир медиҳад.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Ташкилотҳои шарик</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Лоиҳаҳо</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Илова кардани ташкилот…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Таҳрир кардан…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Илова кардани лоиҳа…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ғайрифаъол кардан</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Аз нав фаъол кардан</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”? It disappears from the list for good. An organisation that already has referrals or assistance cannot be deleted; deactivate it instead.</source>
        <translation>Ташкилоти «%1» нест карда шавад? Он аз рӯйхат барои ҳамеша нест мешавад. Ташкилотеро, ки аллакай равонакунӣ ё кӯмак дорад, нест кардан мумкин нест; ба ҷои ин онро ғайрифаъол кунед.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Нест кардани «%1»</translation>
    </message>
    <message>
        <source>Delete an organisation</source>
        <translation>Нест кардани ташкилот</translation>
    </message>
    <message>
        <source>Delete the project “%1”? It disappears from the list for good. A project that cases, assistance, grants or activities belong to cannot be deleted.</source>
        <translation>Лоиҳаи «%1» нест карда шавад? Он аз рӯйхат барои ҳамеша нест мешавад. Лоиҳаеро, ки ба он парвандаҳо, кӯмак, грантҳо ё чорабиниҳо тааллуқ доранд, нест кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Delete a project</source>
        <translation>Нест кардани лоиҳа</translation>
    </message>
    <message>
        <source>This organisation cannot be deleted: %1 referrals or assistance records name it. Deactivate it instead; it stays in their history.</source>
        <translation>Ин ташкилотро нест кардан мумкин нест: дар %1 равонакунӣ ё сабти кӯмак номбар шудааст. Ба ҷои ин онро ғайрифаъол кунед; он дар таърихи онҳо мемонад.</translation>
    </message>
    <message>
        <source>This project cannot be deleted: %1 cases, assistance records, grants or activities belong to it.</source>
        <translation>Ин лоиҳаро нест кардан мумкин нест: %1 парванда, сабти кӯмак, грант ё чорабинӣ ба он тааллуқ дорад.</translation>
    </message>
    <message>
        <source>A project with this code already exists. Choose another code.</source>
        <translation>Лоиҳа бо ин рамз аллакай ҳаст. Рамзи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>Лоиҳа пеш аз оғозаш анҷом меёбад.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge from the shelter</source>
        <translation>Баромадан аз паноҳгоҳ</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Баровардан</translation>
    </message>
    <message>
        <source>Bed %1, admitted on %2.</source>
        <translation>Кати %1, қабул %2.</translation>
    </message>
    <message>
        <source>Discharged on:</source>
        <translation>Санаи баромадан:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Сабаб:</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Номи файл</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Илова кард</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Санаи илова</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Илова кардани ҳуҷҷат…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Захира кардани нусха…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>No documents. Add scanned papers such as the signed consent form.</source>
        <translation>Ҳуҷҷат нест. Нусхаҳои скан, масалан варақаи розигии имзошударо илова кунед.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Илова кардани ҳуҷҷат</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most %1 MB; scan at a lower resolution or split the file.</source>
        <translation>Файл хеле калон аст. Ҳуҷҷат бояд на зиёда аз %1 МБ бошад; бо сифати пасттар скан кунед ё файлро тақсим кунед.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Илова кардан</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Навъ:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Захира кардани нусха</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder can open it. Save it only where it is protected, and delete it when done.</source>
        <translation>Нусха рамзгузорӣ намешавад: ҳар кас, ки ба ҷузвдон дастрасӣ дорад, онро кушода метавонад. Танҳо дар ҷои ҳифзшуда захира кунед ва баъд аз кор нест кунед.</translation>
    </message>
    <message>
        <source>The copy was saved.</source>
        <translation>Нусха захира шуд.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Файлро навиштан нашуд. Ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>Delete the document “%1” from this case? The file is removed from the vault and cannot be brought back; the history keeps that it existed.</source>
        <translation>Ҳуҷҷати «%1» аз парванда нест карда шавад? Файл аз махзан нест мешавад ва барқарор намешавад; дар таърих мемонад, ки он буд.</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Нест кардани ҳуҷҷат</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Ҳуҷҷатро нест кардан</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Cases behind this number</source>
        <translation>Парвандаҳое, ки ин шумораро ташкил медиҳанд</translation>
    </message>
    <message>
        <source>%1 case(s). Case codes only: names are never shown here.</source>
        <translation>Парвандаҳо: %1. Танҳо рақамҳои парванда: номҳо дар ин ҷо ҳеҷ гоҳ нишон дода намешаванд.</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Нусхабардории рақамҳо</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Account details</source>
        <translation>Маълумоти ҳисоб</translation>
    </message>
    <message>
        <source>Who is behind the account “%1”: lists and printed papers show the full name and position instead of the user name.</source>
        <translation>Соҳиби ҳисоби «%1» кист: рӯйхатҳо ва ҳуҷҷатҳои чопӣ ба ҷои номи корбар ному насаб ва вазифаро нишон медиҳанд.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Нест кардани маълумоти шахс</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Барои ҳамеша нест кардан</translation>
    </message>
    <message>
        <source>This erases for good the personal data of the person of case(s) %1: names, birth date, contacts, documents, every free text and %2 attached document(s). The facts counted in statistics stay, so reports for past periods do not change. The cases will show when the data was erased and can no longer change. This cannot be undone.</source>
        <translation>Маълумоти шахсии шахси парванда(ҳо)и %1 барои ҳамеша нест карда мешавад: номҳо, санаи таваллуд, тамосҳо, ҳуҷҷатҳо, ҳамаи матнҳои озод ва ҳуҷҷатҳои замимашуда (%2). Маълумоте, ки дар омор ҳисоб мешавад, боқӣ мемонад, бинобар ин ҳисоботҳои давраҳои гузашта тағйир намеёбанд. Дар парвандаҳо санаи нест кардан нишон дода мешавад ва онҳо дигар тағйир дода намешаванд. Инро бекор кардан мумкин нест.</translation>
    </message>
    <message>
        <source>%1 older copies in the vault folder (backups) still hold the person until they are deleted; restoring one erases the person again at once.</source>
        <translation>Нусхаҳои кӯҳнаи дар ҷузвдони махзан (нусхаҳои эҳтиётӣ, %1) то нест карда шуданашон ин шахсро дар бар мегиранд; ҳангоми барқарор кардани ягонтои онҳо шахс дарҳол боз нест карда мешавад.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log; no names)</source>
        <translation>Сабаб (дар дафтари аудит нигоҳ дошта мешавад; бе номҳо)</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ман мефаҳмам, ки инро бекор кардан мумкин нест</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>На зиёда аз 500 аломат.</translation>
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
        <source>This account&apos;s key is no longer valid: the account was removed or its password was changed. Ask the administrator.</source>
        <translation>Калиди ин ҳисоб дигар эътибор надорад: ҳисоб нест карда шудааст ё пароли он иваз шудааст. Ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>This account was removed from the vault. Ask the administrator.</source>
        <translation>Ин ҳисоб аз махзан нест карда шудааст. Ба маъмур муроҷиат кунед.</translation>
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
        <source>The office server holds an older state than this PC has already seen (it may have been put back from an old copy); do not work on it and ask the administrator.</source>
        <translation>Сервери идора ҳолати кӯҳнатареро нигоҳ медорад, ки ин компютер аллакай дида буд (шояд он аз нусхаи кӯҳна барқарор карда шудааст); бо он кор накунед ва ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Файли калидҳо вайрон аст ё вуҷуд надорад. Онро аз нусхаи эҳтиётӣ барқарор кунед ё махзанро бо рамзи барқарорсозӣ кушоед.</translation>
    </message>
    <message>
        <source>Your key slot asks for a password check outside the safe limits, so it was not run: the key file was probably edited. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Ячейкаи калиди шумо санҷиши паролро берун аз ҳудуди бехатар талаб мекунад, бинобар ин он иҷро нашуд: эҳтимол файли калидҳо тағйир дода шудааст. Онро аз нусхаи эҳтиётӣ барқарор кунед ё бо рамзи барқарорсозӣ кушоед.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>Файли пойгоҳи додаҳо вуҷуд надорад ё холӣ аст. Ба ҷои он ҳеҷ чиз сохта нашуд. Нусхаи эҳтиётии охиринро барқарор кунед.</translation>
    </message>
    <message>
        <source>The office server is not reachable. Check the network cable or Wi-Fi and try again; if it stays so, ask the administrator.</source>
        <translation>Сервери идора дастрас нест. Кабели шабака ё Wi-Fi-ро санҷед ва бори дигар кӯшиш кунед; агар нашавад, ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>The office server could not prove it is the server in the connection file (its certificate does not match). Do not connect; ask the administrator.</source>
        <translation>Сервери идора исбот карда натавонист, ки он сервери дар файли пайвастшавӣ зикршуда аст (сертификати он мувофиқ нест). Пайваст нашавед; ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server %server and is kept read-only here. Open the office server&apos;s vault to work.</source>
        <translation>Ин махзан ба сервери идора %server кӯчонида шуд ва дар ин ҷо танҳо барои хондан нигоҳ дошта мешавад. Барои кор махзани сервери идораро кушоед.</translation>
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
        <source>This person&apos;s data was erased: the case is kept for statistics only and can no longer change.</source>
        <translation>Маълумоти ин шахс нест карда шуд: парванда танҳо барои омор нигоҳ дошта мешавад ва дигар тағйир дода намешавад.</translation>
    </message>
    <message>
        <source>This is not a connection file of AJO Cases, or it is damaged. Ask the administrator for a new one.</source>
        <translation>Ин файли пайвастшавии AJO Cases нест ё вайрон шудааст. Аз маъмур файли навро пурсед.</translation>
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
        <source>This is the published demo password. Choose another one.</source>
        <translation>Ин пароли намоишии нашршуда аст. Пароли дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters. Choose another one.</source>
        <translation>Дар парол аломатҳои гуногун хеле кам такрор мешаванд. Пароли дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The password is too easy to guess (a pattern, a keyboard row, a date or a common word). A few unrelated words are better.</source>
        <translation>Паролро хеле осон тахмин кардан мумкин аст (намуна, қатори клавиатура, сана ё калимаи маъмул). Чанд калимаи ба ҳам алоқаманднабуда беҳтар аст.</translation>
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
        <source>The key file held key slots the vault does not accept (an account removed or replaced earlier); they were removed and the event recorded. Tell the administrator.</source>
        <translation>Дар файли калидҳо ҷойҳои калиде буданд, ки махзан қабул намекунад (аз ҳисоби қаблан нестшуда ё ивазшуда); онҳо нест карда шуданд ва ҳодиса сабт шуд. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program; its failed-login notes were not used. Tell the administrator.</source>
        <translation>Файли калидҳо берун аз барнома тағйир дода шуд; қайдҳои воридшавии ноком аз он истифода нашуданд. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>The audit log does not reach the point recorded earlier: entries were deleted or rewritten, or the record of that point was removed. Tell the administrator.</source>
        <translation>Маҷаллаи аудит то нуқтаи қаблан сабтшуда намерасад: сабтҳо нест ё аз нав навишта шудаанд, ё худи сабти он нуқта нест карда шудааст. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server and is kept on this PC read-only, for reference. Work in the office server&apos;s vault.</source>
        <translation>Ин махзан ба сервери идора кӯчонида шуд ва дар ин компютер танҳо барои хондан, ҳамчун маълумотнома нигоҳ дошта мешавад. Дар махзани сервери идора кор кунед.</translation>
    </message>
    <message>
        <source>The list of erased people (erasures.json) fails its check and was not applied. Tell the administrator.</source>
        <translation>Рӯйхати шахсони несткардашуда (erasures.json) аз санҷиш нагузашт ва татбиқ нашуд. Ба маъмур хабар диҳед.</translation>
    </message>
    <message>
        <source>Some records failed their integrity check and are left out of lists, search and exports. Tell the administrator to verify the vault.</source>
        <translation>Баъзе сабтҳо санҷиши бутуниро нагузаштанд ва аз рӯйхатҳо, ҷустуҷӯ ва содиротҳо хориҷ карда шудаанд. Ба маъмур гӯед, ки махзанро санҷад.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own: Administration, “Change my password…”. Until you do, this reminder comes back at every unlock.</source>
        <translation>Пароли шуморо маъмур гузоштааст. Пароли худатонро интихоб кунед: Маъмурият, «Иваз кардани пароли ман…». То он вақт ин ёдрас ҳар дафъа ҳангоми кушодан пайдо мешавад.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Содир кардани сабтҳо</translation>
    </message>
    <message>
        <source>CSV table (import layout)</source>
        <translation>Ҷадвали CSV (формати воридот)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX, import layout)</source>
        <translation>Китоби Excel (XLSX, формати воридот)</translation>
    </message>
    <message>
        <source>HTCDS data standard (CSV)</source>
        <translation>Стандарти маълумоти HTCDS (CSV)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Names and contacts:</source>
        <translation>Номҳо ва тамосҳо:</translation>
    </message>
    <message>
        <source>Leave out (pseudonymized export)</source>
        <translation>Дохил накардан (содироти беном)</translation>
    </message>
    <message>
        <source>Your role may export pseudonymized records only.</source>
        <translation>Ба нақши шумо танҳо содироти беном иҷозат аст.</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Захира ҳамчун:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Интихоб кардан…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Содир кардан</translation>
    </message>
    <message>
        <source>The exported file is not encrypted and lies outside the vault. Keep it on an encrypted drive, share it only as agreed, and delete it when it is no longer needed.</source>
        <translation>Файли содиршуда рамзгузорӣ нашудааст ва берун аз махзан ҷойгир аст. Онро дар диски рамзгузоришуда нигоҳ доред, танҳо тибқи созиш диҳед ва вақте ки дигар лозим нест, нест кунед.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Захира кардани содирот</translation>
    </message>
    <message>
        <source>Export files (*%1)</source>
        <translation>Файлҳои содирот (*%1)</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another.</source>
        <translation>Ҷузвдон вуҷуд надорад. Дигарашро интихоб кунед.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Содиркунӣ…</translation>
    </message>
    <message>
        <source>Written: %1 cases in %2 rows.</source>
        <translation>Навишта шуд: %1 парванда дар %2 сатр.</translation>
    </message>
    <message>
        <source>%3 cases were left out because the person withdrew consent to statistics.</source>
        <translation>%3 парванда дохил карда нашуд, зеро шахс розигиашро ба омор бозпас гирифт.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Бекор шуд. Файл навишта нашуд.</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Copy of the person&apos;s data</source>
        <translation>Нусхаи маълумоти шахс</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Захира кардан ҳамчун…</translation>
    </message>
    <message>
        <source>Everything held about the person in all their cases: personal details, every consent answer, what was shared with which organisation, the documents held, each case in full, and who viewed or changed the record. The saved file is not encrypted: hand it only to the person, and delete it afterwards.</source>
        <translation>Ҳама чизе, ки дар бораи шахс дар ҳамаи парвандаҳояш нигоҳ дошта мешавад: маълумоти шахсӣ, ҳамаи ҷавобҳо дар бораи розигӣ, чӣ ба кадом ташкилот супорида шуд, ҳуҷҷатҳои нигоҳдошташуда, ҳар парванда пурра ва кӣ сабтро дид ё тағйир дод. Файли захирашуда рамзгузорӣ нашудааст: онро танҳо ба худи шахс диҳед ва баъд нест кунед.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Ҳуҷҷати PDF</translation>
    </message>
    <message>
        <source>JSON data (to move the data elsewhere)</source>
        <translation>Маълумоти JSON (барои интиқоли маълумот)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
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
        <translation>Файли CSV ё Excel (XLSX): дар формати воридот ё феҳристи худатон бо сарлавҳаҳо ба забони тоҷикӣ, русӣ ё англисӣ. Сатри сарлавҳа ва сутунҳо худ ёфта мешаванд.</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>То қадами охирин ҳеҷ чиз навишта намешавад.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл интихоб нашудааст</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Интихоби файл…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Варақ:</translation>
    </message>
    <message>
        <source>Use saved column choices…</source>
        <translation>Истифодаи интихоби захирашудаи сутунҳо…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Интихоби файл барои воридот</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Ҷадвалҳо (*.csv *.xlsx);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose saved column choices</source>
        <translation>Интихоби интихоби захирашудаи сутунҳо</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Файлҳои мувофиқсозӣ (*.json)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Вазифа</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Рақами парванда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Масъул</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Танҳо мӯҳлатгузашта</translation>
    </message>
    <message>
        <source>Only tasks assigned to you (%1); clear it to see everyone&apos;s</source>
        <translation>Танҳо вазифаҳои ба шумо вогузоршуда (%1); барои дидани кори ҳама бекор кунед</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Санаи иҷро:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Иҷрошуда қайд кардан</translation>
    </message>
    <message>
        <source>Mark the selected task done on the date shown</source>
        <translation>Вазифаи интихобшударо дар санаи нишондодашуда иҷрошуда қайд кардан</translation>
    </message>
    <message>
        <source>Nothing is due. Tasks appear here when a plan action, a referral or a grant needs a follow-up within the next week or is overdue.</source>
        <translation>Мӯҳлате нест. Вазифаҳо дар ин ҷо пайдо мешаванд, вақте ки амали нақшавӣ, равонакунӣ ё грант дар ҳафтаи оянда пайгириро талаб мекунад ё мӯҳлаташ гузаштааст.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Вазифа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Масъул</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>иҷро шуд %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузашт</translation>
    </message>
    <message>
        <source>open</source>
        <translation>кушода</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Пайгирӣ</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Иҷрошуда қайд кардан</translation>
    </message>
    <message>
        <source>No follow-ups. They appear when actions are planned, referrals sent or a grant handed over.</source>
        <translation>Вазифаи пайгирӣ нест. Онҳо ҳангоми нақшаи амал, фиристодани равонакунӣ ё супоридани грант пайдо мешаванд.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
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
        <translation>Мол</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Миқдор</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Нархи воҳид</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Санаи харид</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Таъминкунанда</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Санаи боздид</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Тиҷорат</translation>
    </message>
    <message>
        <source>running</source>
        <translation>кор мекунад</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>кор намекунад</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Даромади моҳона</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Устуворӣ</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>New business plan…</source>
        <translation>Нақшаи тиҷоратии нав…</translation>
    </message>
    <message>
        <source>Submit to the donor</source>
        <translation>Ба донор фиристодан</translation>
    </message>
    <message>
        <source>Approved…</source>
        <translation>Тасдиқ шуд…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Рад шуд</translation>
    </message>
    <message>
        <source>Rework the plan</source>
        <translation>Аз нав кор кардани нақша</translation>
    </message>
    <message>
        <source>Record a purchase…</source>
        <translation>Сабти харид…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Супоридан…</translation>
    </message>
    <message>
        <source>Monitoring visit…</source>
        <translation>Боздиди мониторинг…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Пӯшидани грант</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буҷет</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Харидҳо</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Боздидҳои мониторинг</translation>
    </message>
    <message>
        <source>No reintegration grant yet. Start one with “New business plan…”.</source>
        <translation>Гранти реинтегратсия ҳанӯз нест. Бо «Нақшаи тиҷоратии нав…» оғоз кунед.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ҳолат: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Тиҷорат: %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Буҷет: %1</translation>
    </message>
    <message>
        <source>Own contribution: %1</source>
        <translation>Саҳми худ: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Тасдиқ шуд: %1</translation>
    </message>
    <message>
        <source>Handed over on %1 in %2</source>
        <translation>Супорида шуд %1, ҷой: %2</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Грант тасдиқ шуд</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>Сабти тасдиқ</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Case code</source>
        <translation>Рақами парванда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Соҳа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Маблағи тасдиқшуда</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Санаи супориш</translation>
    </message>
    <message>
        <source>Next monitoring visit</source>
        <translation>Боздиди навбатии мониторинг</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Awaiting approval or monitoring</source>
        <translation>Дар интизори тасдиқ ё мониторинг</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Дар интизори тасдиқ</translation>
    </message>
    <message>
        <source>No grants yet — open a case and add a business plan on its Grant tab.</source>
        <translation>Ҳоло грант нест — парвандаро кушоед ва дар варақаи «Грант» нақшаи тиҷоратӣ илова кунед.</translation>
    </message>
    <message>
        <source>No grants with this status. Choose another status above.</source>
        <translation>Грант бо ин ҳолат нест. Дар боло ҳолати дигарро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the items</source>
        <translation>Супоридани молҳо</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>Сабти супориш</translation>
    </message>
    <message>
        <source>Monitoring visits are planned 3, 6 and 12 months after the handover.</source>
        <translation>Боздидҳои мониторинг 3, 6 ва 12 моҳ пас аз супориш ба нақша гирифта мешаванд.</translation>
    </message>
    <message>
        <source>Handed over on:</source>
        <translation>Санаи супориш:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ҷой:</translation>
    </message>
    <message>
        <source>Write where the items were handed over.</source>
        <translation>Нависед, ки молҳо дар куҷо супорида шуданд.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>case worker %1 → %2</source>
        <translation>корманди иҷтимоӣ %1 → %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кӣ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ҳодиса</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Чӣ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Майдонҳо</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Таърих</translation>
    </message>
    <message>
        <source>Every view and change of this case, newest first. Values are never kept here, only which fields changed.</source>
        <translation>Ҳар дидан ва тағйири парванда, аввал навтаринҳо. Қиматҳо дар ин ҷо нигоҳ дошта намешаванд, танҳо кадом майдонҳо тағйир ёфтанд.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>(yours)</source>
        <translation>(аз они шумо)</translation>
    </message>
    <message>
        <source>Cases assigned to you that are not closed</source>
        <translation>Парвандаҳои ба шумо вогузоршуда, ки пӯшида нестанд</translation>
    </message>
    <message>
        <source>Tasks past their due date, in %1 cases</source>
        <translation>Вазифаҳои мӯҳлатгузашта дар %1 парванда</translation>
    </message>
    <message>
        <source>Sent to an organisation, no answer recorded yet</source>
        <translation>Ба ташкилот фиристода шуд, ҷавоб ҳанӯз сабт нашудааст</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Beds in use today. This week: %1 admitted, %2 discharged</source>
        <translation>Катҳои имрӯз банд. Ин ҳафта: қабул — %1, баромадан — %2</translation>
    </message>
    <message>
        <source>Submitted for approval, or handed over with monitoring visits to make</source>
        <translation>Барои тасдиқ фиристода шуд ё супорида шуд ва боздидҳои мониторинг дар пеш аст</translation>
    </message>
    <message>
        <source>People whose cases all closed longer ago than the retention period</source>
        <translation>Шахсоне, ки ҳамаи парвандаҳояшон пештар аз мӯҳлати нигоҳдорӣ пӯшида шудаанд</translation>
    </message>
    <message>
        <source>Review them and anonymise their data (Retention).</source>
        <translation>Онҳоро аз назар гузаронед ва маълумоташонро беном кунед (Мӯҳлати нигоҳдорӣ).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ҳеҷ гоҳ</translation>
    </message>
    <message>
        <source>Last good backup. Backups are checked daily.</source>
        <translation>Охирин нусхаи эҳтиётии санҷидашуда. Нусхаҳо ҳар рӯз санҷида мешаванд.</translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one now (Backups).</source>
        <translation>Нусхаи эҳтиётӣ ҳанӯз сохта нашудааст. Ҳозир онро созед (бахши «Нусхаҳои эҳтиётӣ»).</translation>
    </message>
    <message>
        <source>Backup overdue: the last good backup is older than %1 days. Make one now.</source>
        <translation>Нусхаи эҳтиётӣ кӯҳна шудааст: охирин нусхаи санҷидашуда аз %1 рӯз кӯҳнатар аст. Ҳозир нусхаи нав созед.</translation>
    </message>
    <message>
        <source>Ask the administrator.</source>
        <translation>Ба маъмур муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Охирин нусхаи эҳтиётии санҷидашуда</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Хуш омадед, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>Шумо бо нақши «%1» ворид шудаед. %2</translation>
    </message>
    <message>
        <source>Only my work (clear to see everyone&apos;s)</source>
        <translation>Танҳо кори ман (барои дидани кори ҳама бекор кунед)</translation>
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
    <message>
        <source>My open cases</source>
        <translation>Парвандаҳои кушодаи ман</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Пайгирии мӯҳлатгузашта</translation>
    </message>
    <message>
        <source>Referrals awaiting an answer</source>
        <translation>Равонакуниҳои беҷавоб</translation>
    </message>
    <message>
        <source>Shelter today</source>
        <translation>Паноҳгоҳ имрӯз</translation>
    </message>
    <message>
        <source>Grants awaiting approval or monitoring</source>
        <translation>Грантҳо дар интизори тасдиқ ё мониторинг</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Мӯҳлати нигоҳдорӣ гузаштааст</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Кушодани «Мӯҳлати нигоҳдорӣ»</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Нишон додани рӯйхат</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Кушодани «Нусхаҳои эҳтиётӣ»</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Not imported</source>
        <translation>Ворид намешавад</translation>
    </message>
    <message>
        <source>Register number (rows with the same number are one person)</source>
        <translation>Рақам дар феҳрист (сатрҳои бо як рақам — як шахс)</translation>
    </message>
    <message>
        <source>Full name (split into family name, given name, patronymic)</source>
        <translation>Ному насаб (ба насаб, ном, номи падар ҷудо мешавад)</translation>
    </message>
    <message>
        <source>Year of birth (becomes an estimated age)</source>
        <translation>Соли таваллуд (синну соли тахминӣ мешавад)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Синну соли тахминӣ</translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation>Санаи кушодани парванда</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Кӣ муайян кард</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Сатҳи хатар</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ҳолати парванда</translation>
    </message>
    <message>
        <source>Date the case was closed</source>
        <translation>Санаи пӯшидани парванда</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Сабаби пӯшидан</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Шаклҳои истисмор</translation>
    </message>
    <message>
        <source>Industry of forced labour</source>
        <translation>Соҳаи меҳнати маҷбурӣ</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <translation>Усулҳои назорат</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Ҷалб</translation>
    </message>
    <message>
        <source>Relation to the recruiter</source>
        <translation>Муносибат бо ҷалбкунанда</translation>
    </message>
    <message>
        <source>Country of recruitment</source>
        <translation>Кишвари ҷалб</translation>
    </message>
    <message>
        <source>Country of exploitation or migration</source>
        <translation>Кишвари истисмор ё муҳоҷират</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Кишварҳои транзитӣ</translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation>Оғози истисмор</translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation>Анҷоми истисмор</translation>
    </message>
    <message>
        <source>Age when trafficked</source>
        <translation>Синну сол ҳангоми савдо</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Ҷойҳо</translation>
    </message>
    <message>
        <source>Account of events</source>
        <translation>Нақли воқеаҳо</translation>
    </message>
    <message>
        <source>Type of assistance (several per cell allowed)</source>
        <translation>Намуди кӯмак (дар як ҳуҷайра якчанд мумкин)</translation>
    </message>
    <message>
        <source>Date of assistance</source>
        <translation>Санаи расонидани кӯмак</translation>
    </message>
    <message>
        <source>Trade learnt</source>
        <translation>Касби омӯхташуда</translation>
    </message>
    <message>
        <source>Cost of assistance</source>
        <translation>Арзиши кӯмак</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Асъор</translation>
    </message>
    <message>
        <source>Note on the assistance</source>
        <translation>Эзоҳ ба кӯмак</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Ворид кардан</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Захира кардани ҳисобот…</translation>
    </message>
    <message>
        <source>Ready to import %1 people with %2 assistance records.</source>
        <translation>Барои воридот омода аст: %1 шахс бо %2 сабти кӯмак.</translation>
    </message>
    <message>
        <source>%1 rows with problems will be left out.</source>
        <translation>%1 сатри мушкилдор гузошта мешавад.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Бекор шуд. Ҳеҷ чиз ворид нашуд.</translation>
    </message>
    <message>
        <source>Imported %1 people and cases and %2 assistance records.</source>
        <translation>%1 шахс ва парванда ва %2 сабти кӯмак ворид шуд.</translation>
    </message>
    <message>
        <source>Rows left out: %1.</source>
        <translation>Сатрҳои гузошташуда: %1.</translation>
    </message>
    <message>
        <source>Import report, %1</source>
        <translation>Ҳисоботи воридот, %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Ҳисобот дар %1 захира шуд.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Захираи ҳисоботи воридот</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Файлҳои матнӣ (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>Файл матни UTF-8 ё Windows-1251 нест.</translation>
    </message>
    <message>
        <source>The file cannot be read as a CSV or XLSX table.</source>
        <translation>Файлро ҳамчун ҷадвали CSV ё XLSX хондан нашуд.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open.</source>
        <translation>Файлро хондан нашуд. Санҷед, ки он вуҷуд дорад ва кушода нест.</translation>
    </message>
    <message>
        <source>The file is larger than the import reads (20 MB, 100 columns, 2,000,000 filled cells, 32,767 characters in a cell). Split it into parts.</source>
        <translation>Файл аз он чи воридот хонда метавонад калонтар аст (20 МБ, 100 сутун, 2 000 000 ҳуҷайраи пур, 32 767 аломат дар ҳуҷайра). Онро ба қисмҳо тақсим кунед.</translation>
    </message>
    <message>
        <source>The file has more than 50,000 rows (or rows numbered past 60,000). Split it into parts.</source>
        <translation>Дар файл зиёда аз 50 000 сатр ҳаст (ё сатрҳои рақамашон аз 60 000 зиёд). Онро ба қисмҳо тақсим кунед.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name. Choose another sheet.</source>
        <translation>Дар китоб варақе бо ин ном нест. Варақи дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>The saved column choices do not fit this file. Choose the columns again.</source>
        <translation>Интихоби захирашудаи сутунҳо ба ин файл мувофиқ нест. Сутунҳоро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>The column appears twice in the first row.</source>
        <translation>Сутун дар сатри аввал ду бор омадааст.</translation>
    </message>
    <message>
        <source>This column is not part of the import format.</source>
        <translation>Ин сутун ба формати воридот дохил намешавад.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>Ин сутуни ҳатмӣ вуҷуд надорад.</translation>
    </message>
    <message>
        <source>The row repeats an earlier row.</source>
        <translation>Сатр яке аз сатрҳои пешинро такрор мекунад.</translation>
    </message>
    <message>
        <source>The row has more cells than the first row has columns.</source>
        <translation>Дар сатр катакҳо аз сутунҳои сатри аввал зиёдтаранд.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Дар ин ҷо қимат лозим аст.</translation>
    </message>
    <message>
        <source>The value differs from the first row with the same ref.</source>
        <translation>Қимат аз сатри аввал бо ҳамон ref фарқ мекунад.</translation>
    </message>
    <message>
        <source>The same person appears in an earlier row.</source>
        <translation>Ҳамин шахс дар яке аз сатрҳои пешин ҳаст.</translation>
    </message>
    <message>
        <source>A person with this name and birth year is already in the vault.</source>
        <translation>Шахс бо ҳамин ном ва соли таваллуд аллакай дар махзан ҳаст.</translation>
    </message>
    <message>
        <source>The dates or the status do not fit together.</source>
        <translation>Санаҳо ва ҳолат ба ҳамдигар мувофиқ нестанд.</translation>
    </message>
    <message>
        <source>More problems are not listed. Correct these first.</source>
        <translation>Мушкилоти дигар нишон дода нашудаанд. Аввал инҳоро ислоҳ кунед.</translation>
    </message>
    <message>
        <source>Not a date. Write it as dd.MM.yyyy, for example 05.02.2025.</source>
        <translation>Ин сана нест. Онро дар шакли рр.мм.сссс нависед, масалан 05.02.2025.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Сана дар оянда аст.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Ин рақам нест.</translation>
    </message>
    <message>
        <source>Formulas are not accepted. Enter the value itself.</source>
        <translation>Формулаҳо қабул намешаванд. Худи қиматро ворид кунед.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Матн хеле дароз аст.</translation>
    </message>
    <message>
        <source>A word that matched no code. Choose its code under Words to map.</source>
        <translation>Калимае, ки ба ягон рамз мувофиқ наомад. Рамзашро дар «Калимаҳои бе рамз» интихоб кунед.</translation>
    </message>
    <message>
        <source>Name order assumed (family name first): %1</source>
        <translation>Тартиби ном фарзан қабул шуд (аввал насаб): %1</translation>
    </message>
    <message>
        <source>Age estimated from the year of birth: %1</source>
        <translation>Синну сол аз рӯи соли таваллуд муайян шуд: %1</translation>
    </message>
    <message>
        <source>Assistance dated on the day the case was opened (no date column): %1</source>
        <translation>Кӯмак бо санаи кушодани парванда сабт шуд (сутуни сана нест): %1</translation>
    </message>
    <message>
        <source>Skipped as a total line: %1</source>
        <translation>Ҳамчун сатри «Ҳамагӣ» гузошта шуд: %1</translation>
    </message>
    <message>
        <source>Skipped as the row of column numbers: %1</source>
        <translation>Ҳамчун сатри рақамҳои сутунҳо гузошта шуд: %1</translation>
    </message>
    <message>
        <source>Column not imported: %1</source>
        <translation>Сутун ворид намешавад: %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 сатр</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>сатрҳои %1</translation>
    </message>
    <message>
        <source>There is no project with this code.</source>
        <translation>Лоиҳа бо ин рамз нест.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import records</source>
        <translation>Ворид кардани сабтҳо</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Бозгашт</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Минбаъд &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>The saved column choices cannot be used: %1</source>
        <translation>Интихоби захирашудаи сутунҳоро истифода бурдан мумкин нест: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Санҷиши ҳар сатр…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Воридкунӣ…</translation>
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
    <name>LetterheadCard</name>
    <message>
        <source>Organisation letterhead</source>
        <translation>Сарварақаи ташкилот</translation>
    </message>
    <message>
        <source>Printed at the top of case summaries, referral forms and handover certificates.</source>
        <translation>Дар қисми болоии хулосаҳои парванда, варақаҳои равонакунӣ ва санадҳои қабулу супориш чоп мешавад.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Номи ташкилот:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Суроға:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Телефон ё почтаи электронӣ:</translation>
    </message>
    <message>
        <source>Logo (PNG):</source>
        <translation>Логотип (PNG):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Интихоб кардан…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Захира кардани сарварақа</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Интихоби логотип</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Тасвирҳои PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Захира шуд.</translation>
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
        <translation>Ёфтани одамон ва парвандаҳо (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find cases by code (Ctrl+F)</source>
        <translation>Ёфтани парвандаҳо аз рӯи рақам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Танзимот…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Қулф кардан</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Қулф кардани махзан (Ctrl+L)</translation>
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
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Лутфан интизор шавед</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Бекор карда истодааст… ҳеҷ чиз нигоҳ дошта намешавад.</translation>
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
    <message>
        <source>Backups</source>
        <translation>Нусхаҳои эҳтиётӣ</translation>
    </message>
    <message>
        <source>People &amp; cases</source>
        <translation>Одамон ва парвандаҳо</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Омор</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Феҳристи аудит</translation>
    </message>
    <message>
        <source>Organisations &amp; projects</source>
        <translation>Ташкилотҳо ва лоиҳаҳо</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Пайгирӣ</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Грантҳо</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Равонакуниҳо</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Паноҳгоҳ</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Мӯҳлати нигоҳдорӣ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
</context>
<context>
    <name>ParticipantCounts</name>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Духтарон</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Писарон</translation>
    </message>
    <message>
        <source>= %1 in all</source>
        <translation>= ҳамагӣ %1</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Таҳрири ташкилот</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Илова кардани ташкилот</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone or e-mail</source>
        <translation>Телефон ё почтаи электронии ташкилот</translation>
    </message>
    <message>
        <source>Active: offered when referring</source>
        <translation>Фаъол: ҳангоми равонакунӣ пешниҳод мешавад</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ном:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Навъ:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Ноҳия:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Тамос:</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Номи ташкилотро ворид кунед.</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Saved to %1. The file is not encrypted.</source>
        <translation>Дар %1 захира шуд. Файл рамзгузорӣ нашудааст.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Тайёр кардани нусха…</translation>
    </message>
    <message>
        <source>Save the copy of the person&apos;s data</source>
        <translation>Захираи нусхаи маълумоти шахс</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased on %1.</source>
        <translation>Маълумоти шахс %1 нест карда шуд.</translation>
    </message>
    <message>
        <source>The last traces leave the vault folder when it is locked or closed.</source>
        <translation>Охирин нишонаҳо ҳангоми қулф ё пӯшидани махзан аз ҷузвдони он нест мешаванд.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Нест карда нашуд</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit the person</source>
        <translation>Тағйири маълумоти шахс</translation>
    </message>
    <message>
        <source>A person without a case</source>
        <translation>Шахс бе парванда</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Шахси нав</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Майдонҳои бо * ҳатмӣ мебошанд.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Ба қайд гирифтан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>This person may already be registered</source>
        <translation>Шояд ин шахс аллакай ба қайд гирифта шудааст</translation>
    </message>
    <message>
        <source>People with a similar name (in any spelling) and the same birth year exist. Open the existing case if it is the same person, or register a new person if it is not.</source>
        <translation>Одамоне бо номи монанд (бо ҳар навишт) ва ҳамон соли таваллуд ҳастанд. Агар ҳамон шахс бошад, парвандаи мавҷударо кушоед, вагарна шахси навро ба қайд гиред.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Соли таваллуд</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation>Кушодани парвандаи мавҷуда</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Бозгашт ба варақа</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>Ҳамчун шахси нав ба қайд гирифтан</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Кат:</translation>
    </message>
    <message>
        <source>Admit to this bed</source>
        <translation>Ба ин кат қабул кардан</translation>
    </message>
    <message>
        <source>This person has no case yet</source>
        <translation>Ин шахс ҳанӯз парванда надорад</translation>
    </message>
    <message>
        <source>The person is registered</source>
        <translation>Шахс ба қайд гирифта шуд</translation>
    </message>
    <message>
        <source>Open a case for them now? It is opened today and assigned to you.</source>
        <translation>Ҳозир парванда кушода шавад? Он имрӯз кушода шуда, ба шумо вогузор мешавад.</translation>
    </message>
    <message>
        <source>To give them a bed tonight, admit them: a case is opened for the stay if they have none, and a case worker takes it up.</source>
        <translation>Барои имшаб ба ӯ кат додан, ӯро қабул кунед: агар парванда надошта бошад, барои истиқомат парванда кушода мешавад ва корманди иҷтимоӣ онро ба уҳда мегирад.</translation>
    </message>
    <message>
        <source>No bed is free today</source>
        <translation>Имрӯз кати холӣ нест</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Лоиҳа:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Бе лоиҳа</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Кушодани парванда</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ҳоло не</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Шахс</translation>
    </message>
    <message>
        <source>Contacts and documents</source>
        <translation>Тамос ва ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>Family name (Cyrillic):</source>
        <translation>Насаб (кириллӣ):</translation>
    </message>
    <message>
        <source>Given name (Cyrillic):</source>
        <translation>Ном (кириллӣ):</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic):</source>
        <translation>Номи падар (кириллӣ):</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>Ном бо ҳарфҳои лотинӣ:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Ҷинс:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Таваллуд:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Trafficking status:</source>
        <translation>Ҳолати қурбонии савдо:</translation>
    </message>
    <message>
        <source>Home district:</source>
        <translation>Ноҳияи зист:</translation>
    </message>
    <message>
        <source>Jamoat or village:</source>
        <translation>Ҷамоат ё деҳа:</translation>
    </message>
    <message>
        <source>Marital status:</source>
        <translation>Вазъи оилавӣ:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Маълумот:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Шаҳрвандӣ:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Фарзандон:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Забонҳо:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Суроға:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Family contact:</source>
        <translation>Тамос бо оила:</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>Ҳуҷҷати шахсият:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Қайдҳо:</translation>
    </message>
    <message>
        <source>Latin from Cyrillic</source>
        <translation>Лотинӣ аз кириллӣ</translation>
    </message>
    <message>
        <source>Write the Latin spelling from the Cyrillic family and given names</source>
        <translation>Навишти лотиниро аз насаб ва номи кириллӣ сохтан</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>номаълум</translation>
    </message>
    <message>
        <source>on</source>
        <translation>сана</translation>
    </message>
    <message>
        <source>age about</source>
        <translation>синну сол тахминан</translation>
    </message>
    <message>
        <source>An estimated age, shown with ≈</source>
        <translation>Синну соли тахминӣ, бо ≈ нишон дода мешавад</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Номро бо ҳарфҳои кириллӣ ё лотинӣ ворид кунед.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Ҷинсро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Категорияро интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the birth date as dd.mm.yyyy, or choose unknown or an age.</source>
        <translation>Санаи таваллудро ҳамчун рр.мм.сссс ворид кунед ё «номаълум» ё синну солро интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the estimated age, or choose unknown.</source>
        <translation>Синну соли тахминиро ворид кунед ё «номаълум»-ро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New business plan</source>
        <translation>Нақшаи тиҷоратии нав</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Захираи нақша</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Соҳа:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Тиҷорат:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Буҷет:</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Саҳми худ:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Асъор:</translation>
    </message>
    <message>
        <source>Line %1 needs an item, a quantity and a cost.</source>
        <translation>Дар сатри %1 мол, миқдор ва нарх лозим аст.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Ақаллан як сатри буҷет илова кунед.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Маблағро бо рақам нависед.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Хатар</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Эҳтиёҷот</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ҳадафҳо</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Амал</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Иҷро шуд</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Нақша</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Арзёбиҳо</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Амалҳои нақшавӣ</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Арзёбии нав…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Илова кардани амал…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Иҷрошуда қайд кардан</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Барои тасдиқ пешниҳод кардан</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Тасдиқи нақша</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>Барои такмил баргардондан</translation>
    </message>
    <message>
        <source>Plan: not yet submitted for approval</source>
        <translation>Нақша: ҳанӯз барои тасдиқ пешниҳод нашудааст</translation>
    </message>
    <message>
        <source>Plan: awaiting a manager&apos;s approval since %1</source>
        <translation>Нақша: аз %1 тасдиқи роҳбарро интизор аст</translation>
    </message>
    <message>
        <source>Plan: approved by %1 on %2</source>
        <translation>Нақша: %1 онро %2 тасдиқ кард</translation>
    </message>
    <message>
        <source>Plan: returned for more work by %1 on %2</source>
        <translation>Нақша: %1 онро %2 барои такмил баргардонд</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Чоп кардан</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Хулосаи парванда</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Варақаи равонакунӣ</translation>
    </message>
    <message>
        <source>Grant handover certificate</source>
        <translation>Санади қабулу супориши грант</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Ҳуҷҷат</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Забони ҳуҷҷат</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бахшҳо</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Маълумоти шахсӣ</translation>
    </message>
    <message>
        <source>Trafficking details</source>
        <translation>Маълумот дар бораи савдои одамон</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Розигӣ</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Арзёбӣ ва нақша</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Будубош дар паноҳгоҳ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Равонакуниҳо</translation>
    </message>
    <message>
        <source>Reintegration grant</source>
        <translation>Гранти реинтегратсия</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Пайгирӣ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Пешнамоиш</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Чоп кардан…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Захира ҳамчун PDF…</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Равонакунӣ</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Press Preview to see the document.</source>
        <translation>Барои дидани ҳуҷҷат «Пешнамоиш»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Ақаллан як бахшро интихоб кунед.</translation>
    </message>
    <message>
        <source>This case has nothing of this kind to print.</source>
        <translation>Дар ин парванда барои чунин ҳуҷҷат маълумот нест.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Омода кардани ҳуҷҷат…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n саҳифа.</numerusform>
            <numerusform>%n саҳифа.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерро ба кор андохтан нашуд.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Захира ҳамчун PDF</translation>
    </message>
    <message>
        <source>The saved file is not encrypted: anyone who can open the folder can read the personal data in it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation>Файли захирашуда рамзгузорӣ намешавад: ҳар кас, ки ҷузвдонро кушода метавонад, маълумоти шахсии дар он бударо хонда метавонад. Онро танҳо дар ҷои ҳифзшуда захира кунед ва вақте ки дигар лозим нест, нест кунед.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Ҳуҷҷатҳои PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>Файлро дар он ҷо захира кардан нашуд.</translation>
    </message>
    <message>
        <source>Saved. The file is not encrypted.</source>
        <translation>Захира шуд. Файл рамзгузорӣ нашудааст.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Full name:</source>
        <translation>Ному насаб:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Вазифа:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Телефони корӣ:</translation>
    </message>
    <message>
        <source>As printed on referral forms and certificates</source>
        <translation>Чунон ки дар варақаҳои равонакунӣ ва санадҳо чоп мешавад</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile</source>
        <translation>Профил</translation>
    </message>
    <message>
        <source>Names and contacts are restricted for your role; the rest is read-only.</source>
        <translation>Номҳо ва тамосҳо барои нақши шумо маҳдуданд; боқимонда танҳо барои хондан.</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Барои нақши шумо танҳо хондан.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Таҳрири лоиҳа</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Илова кардани лоиҳа</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Рамз:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ном:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Донор:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Санаи оғоз:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Санаи анҷом:</translation>
    </message>
    <message>
        <source>Enter the project&apos;s code and name.</source>
        <translation>Рамз ва номи лоиҳаро ворид кунед.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>Лоиҳа пеш аз оғозаш анҷом меёбад.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Record a purchase</source>
        <translation>Сабти харид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт кардан</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Мол:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Миқдор:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Нархи воҳид:</translation>
    </message>
    <message>
        <source>Bought on:</source>
        <translation>Санаи харид:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Таъминкунанда:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Рақами квитансия:</translation>
    </message>
    <message>
        <source>Write what was bought.</source>
        <translation>Нависед, ки чӣ харида шуд.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Маблағро бо рақам нависед.</translation>
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
    <name>ReferDialog</name>
    <message>
        <source>Refer to an organisation</source>
        <translation>Равонакунӣ ба ташкилот</translation>
    </message>
    <message>
        <source>Create and send</source>
        <translation>Сохтан ва фиристодан</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ташкилот:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Хизмат:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Фаврият:</translation>
    </message>
    <message>
        <source>Note for the organisation:</source>
        <translation>Қайд барои ташкилот:</translation>
    </message>
    <message>
        <source>Consent to share:</source>
        <translation>Розигӣ ба додани маълумот:</translation>
    </message>
    <message>
        <source>The person agrees today to share their information with this organisation</source>
        <translation>Шахс имрӯз ба додани маълумоташ ба ин ташкилот розӣ аст</translation>
    </message>
    <message>
        <source>Send without consent (emergency, recorded)</source>
        <translation>Бе розигӣ фиристодан (ҳолати фавқулодда, сабт мешавад)</translation>
    </message>
    <message>
        <source>Why it cannot wait for consent</source>
        <translation>Чаро интизори розигӣ шудан мумкин нест</translation>
    </message>
    <message>
        <source>Choose the organisation to see the person&apos;s consent.</source>
        <translation>Ташкилотро интихоб кунед, то розигии шахсро бинед.</translation>
    </message>
    <message>
        <source>Given: the person agreed to share with %1.</source>
        <translation>Дода шудааст: шахс ба додани маълумот ба %1 розӣ шуд.</translation>
    </message>
    <message>
        <source>Not given: the person has not agreed to share with %1.</source>
        <translation>Дода нашудааст: шахс ба додани маълумот ба %1 розӣ нашудааст.</translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation>Ҳамчун нусхаи пешакӣ нигоҳ доштан</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Ташкилотро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>Хизматро интихоб кунед.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Сабабро нависед.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Case code</source>
        <translation>Рақами парванда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Санаи фиристодан</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Мӯҳлати пайгирӣ</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Корманди иҷтимоӣ</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Дар интизори ҷавоб</translation>
    </message>
    <message>
        <source>Under way (sent or accepted)</source>
        <translation>Дар ҷараён (фиристода ё қабул шуда)</translation>
    </message>
    <message>
        <source>No referrals yet — open a case and choose Refer…</source>
        <translation>Ҳоло равонакунӣ нест — парвандаро кушоед ва «Равон кардан…»-ро интихоб кунед</translation>
    </message>
    <message>
        <source>No referrals with this status. Choose another status above.</source>
        <translation>Равонакунӣ бо ин ҳолат нест. Дар боло ҳолати дигарро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Created</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Фиристода шуд</translation>
    </message>
    <message>
        <source>Check by</source>
        <translation>Санҷидан то</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Розигӣ</translation>
    </message>
    <message>
        <source>sent without consent (override)</source>
        <translation>бе розигӣ фиристода шуд (истисно)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Равонакуниҳо</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Равон кардан…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Фиристодан</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабул шуд</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Рад шуд…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Анҷом ёфт</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Бозпас гирифтан</translation>
    </message>
    <message>
        <source>The organisation took the person on</source>
        <translation>Ташкилот шахсро қабул кард</translation>
    </message>
    <message>
        <source>The organisation refused; write its reason</source>
        <translation>Ташкилот рад кард; сабабашро нависед</translation>
    </message>
    <message>
        <source>No referrals yet. Choose “Refer…” to send the person to a partner.</source>
        <translation>Ҳоло равонакунӣ нест. Барои равон кардани шахс ба шарик «Равон кардан…»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Интихоб кунед…</translation>
    </message>
    <message>
        <source>Not sent: no consent</source>
        <translation>Фиристода нашуд: розигӣ нест</translation>
    </message>
    <message>
        <source>The referral is kept as a draft; send it later.</source>
        <translation>Равонакунӣ ҳамчун сиёҳнавис нигоҳ дошта шуд; онро баъдтар фиристед.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Бо вуҷуди ин фиристодан…</translation>
    </message>
    <message>
        <source>Send without consent</source>
        <translation>Фиристодан бе розигӣ</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Бо вуҷуди ин фиристодан</translation>
    </message>
    <message>
        <source>Only for an emergency, such as a threat to life. Write why the person&apos;s information must be shared without their consent. This is recorded.</source>
        <translation>Танҳо дар ҳолати фавқулодда, масалан хатар ба ҳаёт. Нависед, ки чаро маълумоти шахс бояд бе розигии ӯ дода шавад. Ин сабт мешавад.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Сабаб:</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Сабабро нависед.</translation>
    </message>
    <message>
        <source>The organisation declined</source>
        <translation>Ташкилот рад кард</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>Their reason:</source>
        <translation>Сабаби онҳо:</translation>
    </message>
    <message>
        <source>Write the reason they gave.</source>
        <translation>Сабаберо, ки онҳо гуфтанд, нависед.</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <source>Case code</source>
        <translation>Рақами парванда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Санаи қабул</translation>
    </message>
    <message>
        <source>Nights so far</source>
        <translation>Шабҳо то имрӯз</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Кат</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>маҳдуд</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Мӯҳлати нигоҳдории ҳеҷ кас нагузаштааст.</translation>
    </message>
    <message>
        <source>%1 people: every case of theirs closed more than %2 years ago.</source>
        <translation>%1 шахс: ҳамаи парвандаҳояшон зиёда аз %2 сол пеш пӯшида шудаанд.</translation>
    </message>
    <message>
        <source>Anonymise %1 people…</source>
        <translation>Беном кардани %1 шахс…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Захира шуд.</translation>
    </message>
    <message>
        <source>This erases for good the personal data of %1 people whose cases all closed more than %2 years ago: names, contacts, documents, free texts and attached documents. The facts counted in statistics stay. This cannot be undone.</source>
        <translation>Маълумоти шахсии %1 шахсе, ки ҳамаи парвандаҳояшон зиёда аз %2 сол пеш пӯшида шудаанд, барои ҳамеша нест карда мешавад: номҳо, тамосҳо, ҳуҷҷатҳо, матнҳои озод ва ҳуҷҷатҳои замимашуда. Маълумоте, ки дар омор ҳисоб мешавад, боқӣ мемонад. Инро бекор кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Беном кардан</translation>
    </message>
    <message>
        <source>Anonymise %1 people</source>
        <translation>Беном кардани %1 шахс</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Беномкунӣ…</translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation>%1 шахс беном карда шуд.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Мӯҳлати нигоҳдорӣ</translation>
    </message>
    <message>
        <source>A person&apos;s data is kept for a set number of years after their last case was closed, then anonymised: the personal data go, the facts counted in statistics stay. Set the period to your organisation&apos;s policy.</source>
        <translation>Маълумоти шахс пас аз пӯшида шудани парвандаи охиринаш шумораи муайяни сол нигоҳ дошта мешавад, баъд беном карда мешавад: маълумоти шахсӣ нест мешавад, маълумот барои омор боқӣ мемонад. Мӯҳлатро мувофиқи сиёсати ташкилоти худ муқаррар кунед.</translation>
    </message>
    <message>
        <source>Keep a person&apos;s data for</source>
        <translation>Маълумоти шахсро нигоҳ доштан</translation>
    </message>
    <message>
        <source>years after their last case was closed</source>
        <translation>сол пас аз пӯшида шудани парвандаи охиринаш</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захира кардан</translation>
    </message>
    <message>
        <source>This is the default period; no one has set the organisation&apos;s own yet.</source>
        <translation>Ин мӯҳлати пешфарз аст; мӯҳлати худи ташкилотро то ҳол касе муқаррар накардааст.</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Мӯҳлати нигоҳдорӣ гузаштааст</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Парвандаҳо</translation>
    </message>
    <message>
        <source>Last closed</source>
        <translation>Охирин пӯшидан</translation>
    </message>
</context>
<context>
    <name>Roles</name>
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
    <name>RotationFlow</name>
    <message>
        <source>Rotating keys re-encrypts the whole database and every personal field under new keys, so copies of old key files (for example of a person who left) and the keys they held no longer open anything current. You keep your password. Every other account gets a temporary password, and there is a new recovery code; both are shown once, afterwards. On a large vault this takes a few minutes.</source>
        <translation>Ивази калидҳо тамоми пойгоҳи додаҳо ва ҳар як маълумоти шахсиро бо калидҳои нав аз нав рамзгузорӣ мекунад, бинобар ин нусхаҳои файлҳои кӯҳнаи калидҳо (масалан, аз корманде, ки рафтааст) ва калидҳои дар онҳо буда дигар ягон чизи ҷориро намекушоянд. Пароли шумо ҳамон мемонад. Ҳар ҳисоби дигар пароли муваққатӣ мегирад ва рамзи нави барқарорсозӣ сохта мешавад; ҳарду баъдан як бор нишон дода мешаванд. Дар махзани калон ин чанд дақиқа тӯл мекашад.</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Иваз кардани калидҳо</translation>
    </message>
    <message>
        <source>Rotating the personal-data key seals every personal field again under a new key, in small steps, while the other computers keep working, so the key a former account held opens nothing current. You keep your password. Every other account that reads personal data gets a temporary password and is signed out; there is a new recovery code. Both are shown once, afterwards. Managers are not affected. If it is interrupted, rotate the keys again and it continues.</source>
        <translation>Ивази калиди маълумоти шахсӣ ҳар як маълумоти шахсиро бо калиди нав, қадам ба қадам, аз нав рамзгузорӣ мекунад, дар ҳоле ки компютерҳои дигар корашонро давом медиҳанд, бинобар ин калиди ҳисоби собиқ дигар ягон чизи ҷориро намекушояд. Пароли шумо ҳамон мемонад. Ҳар ҳисоби дигаре, ки маълумоти шахсиро мехонад, пароли муваққатӣ мегирад ва ҷаласааш хотима меёбад; рамзи нави барқарорсозӣ сохта мешавад. Ҳарду баъдан як бор нишон дода мешаванд. Ба роҳбарон дахл надорад. Агар қатъ гардад, калидҳоро боз иваз кунед ва он давом меёбад.</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Пароли шумо:</translation>
    </message>
    <message>
        <source>Sealing every personal field again under the new key…</source>
        <translation>Аз нав рамзгузорӣ кардани ҳамаи маълумоти шахсӣ бо калиди нав…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault and every personal field…</source>
        <translation>Аз нав рамзгузорӣ кардани махзан ва ҳамаи маълумоти шахсӣ…</translation>
    </message>
    <message>
        <source>Paused. New records already use the new key; rotate the keys again to finish sealing the older ones.</source>
        <translation>Боздошта шуд. Сабтҳои нав аллакай калиди навро истифода мебаранд; барои ба анҷом расонидани рамзгузории боқимонда калидҳоро боз иваз кунед.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Бекор шуд. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>The keys were rotated.</source>
        <translation>Калидҳо иваз карда шуданд.</translation>
    </message>
    <message>
        <source>New recovery code (write it down; the old one no longer works):</source>
        <translation>Рамзи нави барқарорсозӣ (онро нависед; рамзи кӯҳна дигар эътибор надорад):</translation>
    </message>
    <message>
        <source>Temporary passwords to hand out:</source>
        <translation>Паролҳои муваққатӣ барои супоридан:</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Калидҳо иваз шуданд</translation>
    </message>
    <message numerus="yes">
        <source>The personal-data key was rotated: %n fields were sealed again and the old key was removed from the key slots.</source>
        <translation>
            <numerusform>Калиди маълумоти шахсӣ иваз карда шуд: %n майдон аз нав рамзгузорӣ шуд ва калиди кӯҳна аз ҷойҳои калид хориҷ карда шуд.</numerusform>
            <numerusform>Калиди маълумоти шахсӣ иваз карда шуд: %n майдон аз нав рамзгузорӣ шуд ва калиди кӯҳна аз ҷойҳои калид хориҷ карда шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ва боз %n</numerusform>
            <numerusform>ва боз %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of the vault are still encrypted under the old keys and open with the old passwords:</source>
        <translation>
            <numerusform>%n нусхаи махзан ҳанӯз бо калидҳои кӯҳна рамзгузорӣ шудааст ва бо паролҳои кӯҳна кушода мешавад:</numerusform>
            <numerusform>%n нусхаи махзан ҳанӯз бо калидҳои кӯҳна рамзгузорӣ шудааст ва бо паролҳои кӯҳна кушода мешавад:</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new backup now and delete them? Keep them only if you still need one; then delete it yourself as soon as you can.</source>
        <translation>Ҳозир нусхаи эҳтиётии нав созем ва онҳоро нест кунем? Онҳоро танҳо дар сурате нигоҳ доред, ки яке ҳанӯз лозим бошад; он гоҳ онро худатон ҳарчи зудтар нест кунед.</translation>
    </message>
    <message>
        <source>Copies under the old keys</source>
        <translation>Нусхаҳо бо калидҳои кӯҳна</translation>
    </message>
    <message>
        <source>Back up and delete them</source>
        <translation>Нусхаи эҳтиётӣ сохтан ва нест кардани онҳо</translation>
    </message>
    <message>
        <source>Making a new backup and deleting the old copies…</source>
        <translation>Сохтани нусхаи эҳтиётии нав ва нест кардани нусхаҳои кӯҳна…</translation>
    </message>
    <message>
        <source>A new backup was written (%1) and the old copies were deleted.</source>
        <translation>Нусхаи эҳтиётии нав навишта шуд (%1) ва нусхаҳои кӯҳна нест карда шуданд.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The case still has %count referrals waiting or under way. Complete or withdraw them first, or close with a written reason.</source>
        <translation>Дар парванда ҳанӯз равонакуниҳои анҷомнаёфта ҳаст (%count). Аввал онҳоро анҷом диҳед ё бозпас гиред, ё бо сабаби хаттӣ пӯшед.</translation>
    </message>
    <message>
        <source>The person is still in the shelter. Record the discharge first.</source>
        <translation>Шахс ҳоло дар паноҳгоҳ аст. Аввал баромаданро сабт кунед.</translation>
    </message>
    <message>
        <source>A case cannot go from this status to the one chosen.</source>
        <translation>Парванда аз ин ҳолат ба ҳолати интихобшуда гузашта наметавонад.</translation>
    </message>
    <message>
        <source>Choose why the case is being closed.</source>
        <translation>Сабаби пӯшидани парвандаро интихоб кунед.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Нависед, ки чаро парванда аз нав кушода мешавад.</translation>
    </message>
    <message>
        <source>The referral cannot go from its status to the one chosen.</source>
        <translation>Равонакунӣ аз ҳолати худ ба ҳолати интихобшуда гузашта наметавонад.</translation>
    </message>
    <message>
        <source>Write the reason the organisation gave for declining.</source>
        <translation>Сабаби радкуниро, ки ташкилот гуфт, нависед.</translation>
    </message>
    <message>
        <source>The person has not agreed to share their information with this organisation. Record their sharing consent on the Consent tab first.</source>
        <translation>Шахс ба додани маълумоташ ба ин ташкилот розигӣ надодааст. Аввал розигии мубодиларо дар варақаи «Розигӣ» сабт кунед.</translation>
    </message>
    <message>
        <source>Nothing can be bought or handed over before the grant is approved.</source>
        <translation>То тасдиқи грант ҳеҷ чиз харидан ё супоридан мумкин нест.</translation>
    </message>
    <message>
        <source>The grant cannot take this step now.</source>
        <translation>Ҳоло грант ба ин қадам гузашта наметавонад.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Катро интихоб кунед.</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date (%admitted).</source>
        <translation>Санаи баромадан пеш аз санаи қабул аст (%admitted).</translation>
    </message>
    <message>
        <source>This stay already ended on %discharged.</source>
        <translation>Ин будубош аллакай %discharged ба охир расид.</translation>
    </message>
    <message>
        <source>The person already stays in the shelter since %admitted.</source>
        <translation>Шахс аз %admitted дар паноҳгоҳ аст.</translation>
    </message>
    <message>
        <source>This bed is taken since %admitted. Choose another bed.</source>
        <translation>Ин кат аз %admitted банд аст. Кати дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>The shelter is full on %date (%capacity beds).</source>
        <translation>Паноҳгоҳ дар %date пур аст (%capacity ҷой).</translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation>Сана пеш аз санаи таваллуд аст.</translation>
    </message>
    <message>
        <source>An age cannot be negative.</source>
        <translation>Синну сол манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>This country is not known.</source>
        <translation>Ин кишвар маълум нест.</translation>
    </message>
    <message>
        <source>The follow-up interval is not valid.</source>
        <translation>Фосилаи пайгирӣ нодуруст аст.</translation>
    </message>
    <message>
        <source>The plan has moved on meanwhile. Close the case window and open it again.</source>
        <translation>Дар ин миён ҳолати нақша тағйир ёфт. Равзанаи парвандаро пӯшида, аз нав кушоед.</translation>
    </message>
    <message>
        <source>Add an assessment or a planned action before submitting the plan.</source>
        <translation>Пеш аз пешниҳоди нақша арзёбӣ ё амали нақшавӣ илова кунед.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Your changes were not saved: close the window, open it again and repeat them.</source>
        <translation>Дар ин миён каси дигар ин сабтро тағйир дод. Тағйироти шумо захира нашуданд: равзанаро пӯшед, аз нав кушоед ва онҳоро такрор кунед.</translation>
    </message>
    <message>
        <source>%who changed this record at %when. Your changes were not saved and are still in the window: copy what you need, close the window, open it again and repeat them.</source>
        <translation>%who ин сабтро дар %when тағйир дод. Тағйироти шумо захира нашуданд ва дар равзана боқӣ мондаанд: лозимаро нусха бардоред, равзанаро пӯшед, аз нав кушоед ва онҳоро такрор кунед.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Санаи таваллуд дар оянда аст.</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one you were given.</source>
        <translation>Пароли худатонро интихоб кунед, на пароле, ки ба шумо дода буданд.</translation>
    </message>
    <message>
        <source>This name is reserved. Choose another account name.</source>
        <translation>Ин ном банд аст. Барои ҳисоб номи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Номро бо ҳарфҳои кириллӣ ё лотинӣ ворид кунед.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>Синну соли тахминӣ бояд аз 0 то 120 бошад.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Сана дар оянда буда наметавонад.</translation>
    </message>
    <message>
        <source>Choose the organisations the person agreed to share with.</source>
        <translation>Ташкилотҳоеро интихоб кунед, ки шахс ба мубодила бо онҳо розӣ шуд.</translation>
    </message>
    <message>
        <source>Add at least one budget line before submitting.</source>
        <translation>Пеш аз фиристодан ақаллан як сатри буҷет илова кунед.</translation>
    </message>
    <message>
        <source>Each item needs a name.</source>
        <translation>Ҳар мол бояд ном дошта бошад.</translation>
    </message>
    <message>
        <source>A quantity is at least 1.</source>
        <translation>Миқдор на камтар аз 1.</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>Маблағи тасдиқшуда бояд аз сифр зиёд бошад.</translation>
    </message>
    <message>
        <source>The visit is dated before the handover.</source>
        <translation>Боздид пеш аз супориш сана гузошта шудааст.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it first.</source>
        <translation>Парванда пӯшида аст. Аввал онро аз нав кушоед.</translation>
    </message>
    <message>
        <source>This bed is not in use. Choose another.</source>
        <translation>Ин кат истифода намешавад. Дигарашро интихоб кунед.</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most 20 MB.</source>
        <translation>Файл хеле калон аст. Ҳуҷҷат бояд на зиёда аз 20 МБ бошад.</translation>
    </message>
    <message>
        <source>This document is the signed form of a consent record and is kept.</source>
        <translation>Ин ҳуҷҷат варақаи имзошудаи розигӣ аст ва нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>The budget can only change while the grant is a business plan.</source>
        <translation>Буҷетро танҳо то даме ки грант нақшаи тиҷоратӣ аст, тағйир додан мумкин.</translation>
    </message>
    <message>
        <source>Say why the data is erased, in one line (it is kept in the audit log).</source>
        <translation>Дар як сатр нависед, ки чаро маълумот нест карда мешавад (ин дар дафтари аудит нигоҳ дошта мешавад).</translation>
    </message>
    <message>
        <source>The reason may not contain the person&apos;s name: it is kept in the audit log. Write it without the name.</source>
        <translation>Сабаб набояд номи шахсро дар бар гирад: он дар дафтари аудит нигоҳ дошта мешавад. Онро бе ном нависед.</translation>
    </message>
    <message>
        <source>The person is staying in the shelter. Record the discharge first.</source>
        <translation>Шахс дар паноҳгоҳ қарор дорад. Аввал баромаданашро сабт кунед.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>Маълумоти ин шахс аллакай нест карда шудааст.</translation>
    </message>
    <message>
        <source>The retention period must be from 1 to 50 years.</source>
        <translation>Мӯҳлати нигоҳдорӣ бояд аз 1 то 50 сол бошад.</translation>
    </message>
    <message>
        <source>This is not allowed by the rules of case work (%1).</source>
        <translation>Ин тибқи қоидаҳои кор бо парвандаҳо иҷозат нест (%1).</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source> min</source>
        <translation> дақ.</translation>
    </message>
    <message>
        <source>From 1 to %1 minutes; 5 is recommended. The new time applies at once.</source>
        <translation>Аз 1 то %1 дақиқа; 5 тавсия дода мешавад. Вақти нав дарҳол амал мекунад.</translation>
    </message>
    <message>
        <source>These settings are kept on this computer for everyone who uses it. They hold no personal data.</source>
        <translation>Ин танзимот дар ҳамин компютер барои ҳамаи корбарони он нигоҳ дошта мешавад. Дар он маълумоти шахсӣ нест.</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Beds used today: %1 of %2</source>
        <translation>Катҳои имрӯз банд: %1 аз %2</translation>
    </message>
    <message>
        <source>This week (from %1): %2 admitted, %3 discharged</source>
        <translation>Ин ҳафта (аз %1): қабул — %2, баромадан — %3</translation>
    </message>
    <message>
        <source>Use bed again</source>
        <translation>Катро боз истифода бурдан</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>Ғайрифаъол кардани кат</translation>
    </message>
    <message>
        <source>Type a name or a case code, then choose the case.</source>
        <translation>Ном ё рақами парвандаро ворид кунед, баъд парвандаро интихоб кунед.</translation>
    </message>
    <message>
        <source>Admit…</source>
        <translation>Қабул кардан…</translation>
    </message>
    <message>
        <source>Admit a person to a free bed</source>
        <translation>Қабули шахс ба кати холӣ</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Баровардан…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Кушодани парванда</translation>
    </message>
    <message>
        <source>Add bed…</source>
        <translation>Илова кардани кат…</translation>
    </message>
    <message>
        <source>Staying today</source>
        <translation>Имрӯз дар паноҳгоҳ</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Катҳо</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today. Choose “Admit…” to admit a person.</source>
        <translation>Имрӯз дар паноҳгоҳ касе нест. Барои қабули шахс «Қабул кардан…»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today.</source>
        <translation>Имрӯз дар паноҳгоҳ касе нест.</translation>
    </message>
    <message>
        <source>No beds yet. Add them with “Add bed…”.</source>
        <translation>Ҳоло кат нест. Онҳоро бо «Илова кардани кат…» илова кунед.</translation>
    </message>
    <message>
        <source>No beds yet. An administrator adds them.</source>
        <translation>Ҳоло кат нест. Онҳоро маъмур илова мекунад.</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <source>Bed</source>
        <translation>Кат</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Қабул</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Баромадан</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>дар паноҳгоҳ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Паноҳгоҳ</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Қабул ба паноҳгоҳ…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Баровардан…</translation>
    </message>
    <message>
        <source>The person has not stayed in the shelter.</source>
        <translation>Шахс дар паноҳгоҳ набуд.</translation>
    </message>
    <message>
        <source>The person is already in the shelter.</source>
        <translation>Шахс аллакай дар паноҳгоҳ аст.</translation>
    </message>
</context>
<context>
    <name>StartChoiceWindow</name>
    <message>
        <source>AJO Cases — first start</source>
        <translation>AJO Cases — оғози аввал</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Хуш омадед ба AJO Cases</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Where should this PC keep its records?</source>
        <translation>Дар %1 ҳанӯз махзан нест. Ин компютер сабтҳоро дар куҷо нигоҳ дорад?</translation>
    </message>
    <message>
        <source>&amp;Create a vault on this PC</source>
        <translation>&amp;Сохтани махзан дар ин компютер</translation>
    </message>
    <message>
        <source>For one computer, working offline. You become its administrator and add the other accounts afterwards.</source>
        <translation>Барои як компютер, бе шабака кор мекунад. Шумо маъмури он мешавед ва баъдтар ҳисобҳои дигарро илова мекунед.</translation>
    </message>
    <message>
        <source>C&amp;onnect to the office server</source>
        <translation>&amp;Пайваст шудан ба сервери идора</translation>
    </message>
    <message>
        <source>Several staff on one vault. Choose the connection file (.ajoconnect) your administrator gave you, then sign in with your account.</source>
        <translation>Якчанд корманд дар як махзан. Файли пайвастшавиро (.ajoconnect), ки маъмур ба шумо дод, интихоб кунед ва баъд бо ҳисоби худ ворид шавед.</translation>
    </message>
    <message>
        <source>Connection file from the administrator</source>
        <translation>Файли пайвастшавӣ аз маъмур</translation>
    </message>
    <message>
        <source>AJO Cases connection files (*%1)</source>
        <translation>Файлҳои пайвастшавии AJO Cases (*%1)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Persons assisted by category, sex and age</source>
        <translation>Гирандагони кӯмак аз рӯи категория, ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>Persons assisted by age group</source>
        <translation>Гирандагони кӯмак аз рӯи гурӯҳи синну сол</translation>
    </message>
    <message>
        <source>New and continuing persons</source>
        <translation>Гирандагони кӯмаки нав ва идомадиҳанда</translation>
    </message>
    <message>
        <source>Persons assisted by home district</source>
        <translation>Гирандагони кӯмак аз рӯи ноҳияи зист</translation>
    </message>
    <message>
        <source>Persons by form of exploitation</source>
        <translation>Шахсон аз рӯи шакли истисмор</translation>
    </message>
    <message>
        <source>Persons by country of exploitation</source>
        <translation>Шахсон аз рӯи кишвари истисмор</translation>
    </message>
    <message>
        <source>Persons who received assistance, by type</source>
        <translation>Гирандагони кӯмак аз рӯи навъи кӯмак</translation>
    </message>
    <message>
        <source>Assistance given: services and cost</source>
        <translation>Кӯмаки расонидашуда: хизматҳо ва хароҷот</translation>
    </message>
    <message>
        <source>Referrals by partner type and outcome</source>
        <translation>Равонакуниҳо аз рӯи навъи ташкилоти шарик ва натиҷа</translation>
    </message>
    <message>
        <source>Reintegration grants by sector</source>
        <translation>Грантҳои реинтегратсия аз рӯи соҳа</translation>
    </message>
    <message>
        <source>Shelter: admissions and bed-nights</source>
        <translation>Паноҳгоҳ: қабул ва шабҳои истиқомат</translation>
    </message>
    <message>
        <source>Informational meetings and trainings</source>
        <translation>Вохӯриҳои иттилоотӣ ва омӯзишҳо</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Натиҷаҳои равонакунӣ</translation>
    </message>
    <message>
        <source>Grants approved by sector</source>
        <translation>Грантҳои тасдиқшуда аз рӯи соҳа</translation>
    </message>
    <message>
        <source>Persons assisted by category and sex</source>
        <translation>Гирандагони кӯмак аз рӯи категория ва ҷинс</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Номаълум</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нав</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Идомадиҳанда</translation>
    </message>
    <message>
        <source>Informational meetings</source>
        <translation>Вохӯриҳои иттилоотӣ</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Омӯзишҳо</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>То 18-сола</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18-сола ва калонтар</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Хизматҳо</translation>
    </message>
    <message>
        <source>Cost, TJS</source>
        <translation>Хароҷот, сомонӣ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Тасдиқ шуд</translation>
    </message>
    <message>
        <source>Amount approved, TJS</source>
        <translation>Маблағи тасдиқшуда, сомонӣ</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Супорида шуд</translation>
    </message>
    <message>
        <source>Value handed over, TJS</source>
        <translation>Арзиши супоридашуда, сомонӣ</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Мониторинг шуд</translation>
    </message>
    <message>
        <source>Business running</source>
        <translation>Тиҷорат фаъол аст</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Қабул</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Нафар</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Шабҳои истиқомат</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Духтарон</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Писарон</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Иштирокчиён</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>синну сол номаълум</translation>
    </message>
    <message>
        <source>Fewer than %1: hidden so no person can be recognised.</source>
        <translation>Камтар аз %1: пинҳон карда шуд, то касе шинохта нашавад.</translation>
    </message>
    <message>
        <source>Hidden so that a small number cannot be worked out from the totals.</source>
        <translation>Пинҳон карда шуд, то шумораи хурдро аз ҷамъбаст ҳисоб карда натавонанд.</translation>
    </message>
    <message>
        <source>Double-click to list the case codes behind this number.</source>
        <translation>Ду бор пахш кунед, то рақамҳои парвандаҳои ин шумораро бинед.</translation>
    </message>
    <message>
        <source>age ?</source>
        <translation>синну сол ?</translation>
    </message>
    <message>
        <source>Other/n.k.</source>
        <translation>Дигар/номаълум</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Exact numbers, small ones included: for internal use only, never for donors. Turning this on was recorded in the audit log.</source>
        <translation>Шумораҳои дақиқ, аз ҷумла хурдҳо: танҳо барои истифодаи дохилӣ, ҳеҷ гоҳ барои донорҳо. Фаъол кардани ин реҷа дар феҳристи аудит сабт шуд.</translation>
    </message>
    <message>
        <source>Small numbers are hidden: “&lt;%1” is fewer than %1, “x” hides a number that would reveal one.</source>
        <translation>Шумораҳои хурд пинҳон карда шудаанд: «&lt;%1» яъне камтар аз %1, «x» шумораеро пинҳон мекунад, ки аз рӯи он шумораи пинҳоншударо ёфтан мумкин буд.</translation>
    </message>
    <message>
        <source>%1 case(s) of %2 person(s) left out: consent to be counted withdrawn.</source>
        <translation>%1 парвандаи %2 шахс ба ҳисоб гирифта нашуд: розигӣ ба ҳисоб дар омор бозпас гирифта шудааст.</translation>
    </message>
    <message>
        <source>One person may be in several rows; the total counts each person once.</source>
        <translation>Як шахс метавонад дар якчанд сатр бошад; дар ҳамагӣ ҳар шахс як бор ҳисоб мешавад.</translation>
    </message>
    <message>
        <source>Double-click a number to see the case codes behind it.</source>
        <translation>Ба шумора ду бор пахш кунед, то рақамҳои парвандаҳои онро бинед.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Содироти омор</translation>
    </message>
    <message>
        <source>The file will be saved outside the vault and is not encrypted. It holds no names, but keep it where it is protected and delete it when it is no longer needed.</source>
        <translation>Файл берун аз махзан захира мешавад ва рамзгузорӣ намешавад. Дар он ном нест, аммо онро дар ҷои ҳифзшуда нигоҳ доред ва вақте ки дигар лозим нест, нест кунед.</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Дар %1 захира шуд (бе рамзгузорӣ).</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Ҳамаи лоиҳаҳо</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Ҳамаи ноҳияҳо</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Ҳамаи категорияҳо</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Аз</translation>
    </message>
    <message>
        <source>to</source>
        <translation>то</translation>
    </message>
    <message>
        <source>Exact counts (internal)</source>
        <translation>Шумораҳои дақиқ (дохилӣ)</translation>
    </message>
    <message>
        <source>Shows small numbers; recorded in the audit log.</source>
        <translation>Шумораҳои хурдро нишон медиҳад; дар феҳристи аудит сабт мешавад.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Нишон додан</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Ҷадвалҳо</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммаҳо</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Содир ба CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Содир ба Excel…</translation>
    </message>
    <message>
        <source>Donor report PDF…</source>
        <translation>Ҳисобот барои донор (PDF)…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Close case</source>
        <translation>Пӯшидани парванда</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Аз нав кушодани парванда</translation>
    </message>
    <message>
        <source>Closing ends the work on this case. It can be reopened later.</source>
        <translation>Пӯшидан кор бо парвандаро анҷом медиҳад. Баъдтар онро аз нав кушодан мумкин.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Нависед, ки чаро парванда аз нав кушода мешавад.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Сабаб:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Қайд:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>StatusWorklist</name>
    <message>
        <source>All</source>
        <translation>Ҳама</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Ҳолат:</translation>
    </message>
</context>
<context>
    <name>TraffickingTab</name>
    <message>
        <source>Trafficking</source>
        <translation>Савдои одамон</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Барои нақши шумо танҳо хондан.</translation>
    </message>
    <message>
        <source>Recruitment and exploitation</source>
        <translation>Ҷалб ва истисмор</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>Ҳикояи шахс</translation>
    </message>
    <message>
        <source>Forms of exploitation:</source>
        <translation>Шаклҳои истисмор:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Соҳа:</translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation>Усулҳои назорат:</translation>
    </message>
    <message>
        <source>Recruited through:</source>
        <translation>Тарзи ҷалб:</translation>
    </message>
    <message>
        <source>Recruiter was:</source>
        <translation>Ҷалбкунанда:</translation>
    </message>
    <message>
        <source>Country of recruitment:</source>
        <translation>Кишвари ҷалб:</translation>
    </message>
    <message>
        <source>Country of exploitation:</source>
        <translation>Кишвари истисмор:</translation>
    </message>
    <message>
        <source>Transit countries:</source>
        <translation>Кишварҳои транзитӣ:</translation>
    </message>
    <message>
        <source>Exploitation began:</source>
        <translation>Оғози истисмор:</translation>
    </message>
    <message>
        <source>Exploitation ended:</source>
        <translation>Анҷоми истисмор:</translation>
    </message>
    <message>
        <source>Age when trafficked:</source>
        <translation>Синну сол ҳангоми савдо:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Ҷойҳо:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Чӣ рӯй дод:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>маълум</translation>
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
        <source>About…</source>
        <translation>Дар бораи барнома…</translation>
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
<context>
    <name>VaultPlaceLabel</name>
    <message>
        <source>This PC: %1</source>
        <translation>Ин компютер: %1</translation>
    </message>
    <message>
        <source>The office server is not reachable. Reconnecting…</source>
        <translation>Сервери идора дастрас нест. Пайвастшавии дубора…</translation>
    </message>
    <message>
        <source>Office server %1: connected</source>
        <translation>Сервери идора %1: пайваст аст</translation>
    </message>
    <message>
        <source>Office server %1: connecting…</source>
        <translation>Сервери идора %1: пайвастшавӣ…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Monitoring visit</source>
        <translation>Боздиди мониторинг</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Сабти боздид</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>Санаи боздид:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Тиҷорат:</translation>
    </message>
    <message>
        <source>running</source>
        <translation>кор мекунад</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>Даромади моҳона:</translation>
    </message>
    <message>
        <source>Sustainability (1–5):</source>
        <translation>Устуворӣ (1–5):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Мушкилот:</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Маблағро бо рақам нависед.</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Shown: %1</source>
        <translation>Нишон дода мешавад: %1</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Танҳо аз они ман</translation>
    </message>
    <message>
        <source>Only the work of your own cases (%1); clear it to see everyone&apos;s</source>
        <translation>Танҳо кори парвандаҳои худатон (%1); барои дидани кори ҳама бекор кунед</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Ҷустуҷӯ дар рӯйхат</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text in any column</source>
        <translation>Сатрҳоеро нишон медиҳад, ки ин матн дар ягон сутунашон ҳаст</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузашт</translation>
    </message>
</context>
</TS>
