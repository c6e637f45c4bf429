<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>About</name>
    <message>
      <source>About Inspector Desk</source>
      <translation>О программе Inspector Desk</translation>
    </message>
    <message>
      <source>The district police inspector's desk: preventive register, rounds, receptions, protocols, training, reports. Works without internet; data is encrypted on this computer.</source>
      <translation>Рабочее место участкового инспектора полиции: профилактический учёт, обходы, приём граждан, протоколы, обучение, отчёты. Работает без интернета; данные на этом компьютере зашифрованы.</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>База: {0}</translation>
    </message>
    <message>
      <source>Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Шрифты: DejaVu (свободная лицензия, см. resources/fonts).</translation>
    </message>
  </context>
  <context>
    <name>AppealsModel</name>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Поступило</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Заявитель</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Осталось</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(без имени)</translation>
    </message>
    <message>
      <source>forwarded late</source>
      <translation>перенаправлено с опозданием</translation>
    </message>
    <message>
      <source>applicant not told, overdue</source>
      <translation>заявитель не извещён, просрочено</translation>
    </message>
  </context>
  <context>
    <name>CalendarDialog</name>
    <message>
      <source>Calendar day transfers</source>
      <translation>Переносы дней в календаре</translation>
    </message>
    <message>
      <source>Days off and working days moved by a government decree that the shipped calendar does not know yet. Adding or cancelling one recounts the terms of running appeals. Only a supervisor may change them.</source>
      <translation>Выходные и рабочие дни, перенесённые постановлением Правительства, которых ещё нет во встроенном календаре. Добавление или отмена переноса пересчитывает сроки обращений, находящихся на рассмотрении. Изменять их может только руководитель.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Становится</translation>
    </message>
    <message>
      <source>Decree</source>
      <translation>Постановление</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Add a transfer…</source>
      <translation>Добавить перенос…</translation>
    </message>
    <message>
      <source>Cancel the selected transfer…</source>
      <translation>Отменить выбранный перенос…</translation>
    </message>
    <message>
      <source>Day off</source>
      <translation>Выходной день</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>Рабочий день</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel appeal %1</source>
      <translation>Аннулировать обращение %1</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Причина *</translation>
    </message>
  </context>
  <context>
    <name>CancelOverrideDialog</name>
    <message>
      <source>Cancel the transfer of %1</source>
      <translation>Отменить перенос %1</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Причина *</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <source>Register categories</source>
      <translation>Категории учёта</translation>
    </message>
    <message>
      <source>Changes apply to new register entries; tick the box to move the open entries of the category to the new check interval too. Only a supervisor may save.</source>
      <translation>Изменения применяются к новым записям учёта; отметьте флажок, чтобы перевести на новую периодичность проверок и открытые записи категории. Сохранять может только руководитель.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <source>Check every (days)</source>
      <translation>Периодичность проверок (дней)</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Срок учёта по умолчанию (дней)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Selected category</source>
      <translation>Выбранная категория</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Периодичность проверок (дней) *</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>без установленного срока</translation>
    </message>
    <message>
      <source>Apply to open entries too</source>
      <translation>Применить и к открытым записям</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Сохранить изменения</translation>
    </message>
    <message>
      <source>Add a category…</source>
      <translation>Добавить категорию…</translation>
    </message>
    <message>
      <source>Legal register</source>
      <translation>Профилактический учёт (по закону)</translation>
    </message>
    <message>
      <source>Attention list</source>
      <translation>Группа внимания</translation>
    </message>
    <message>
      <source>(not in use)</source>
      <translation>(не используется)</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <source>Record a check</source>
      <translation>Записать проверку</translation>
    </message>
    <message>
      <source>Register entry *</source>
      <translation>Запись учёта *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Дата *</translation>
    </message>
    <message>
      <source>Kind *</source>
      <translation>Вид *</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
  </context>
  <context>
    <name>CloseEntryDialog</name>
    <message>
      <source>Close the register entry</source>
      <translation>Снять с учёта</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Причина *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Дата *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
  </context>
  <context>
    <name>CreateView</name>
    <message>
      <source>New precinct database</source>
      <translation>Новая база участка</translation>
    </message>
    <message>
      <source>Officer's full name</source>
      <translation>ФИО сотрудника</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Звание</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Участок</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Повторите пароль</translation>
    </message>
    <message>
      <source>district police inspector</source>
      <translation>участковый инспектор полиции</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Создать</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Создаётся зашифрованная база…</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decision on %1</source>
      <translation>Решение по обращению %1</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Дата решения</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>Ответ дан</translation>
    </message>
    <message>
      <source>The applicant has been answered</source>
      <translation>Заявителю дан ответ</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>Дата ответа</translation>
    </message>
    <message>
      <source>Decision in brief</source>
      <translation>Кратко о решении</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Put on the register</source>
      <translation>Поставить на учёт</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (группа внимания)</translation>
    </message>
    <message>
      <source>Category *</source>
      <translation>Категория *</translation>
    </message>
    <message>
      <source>Basis: document *</source>
      <translation>Основание: документ *</translation>
    </message>
    <message>
      <source>Basis: number</source>
      <translation>Основание: номер</translation>
    </message>
    <message>
      <source>Basis: date</source>
      <translation>Основание: дата</translation>
    </message>
    <message>
      <source>Issued by (court, body)</source>
      <translation>Кем выдано (суд, орган)</translation>
    </message>
    <message>
      <source>Start *</source>
      <translation>Начало *</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Unexpected error: {0}</source>
      <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
      <source>Something went wrong ({0}). What you typed is kept; try again, and tell your administrator if it repeats.</source>
      <translation>Что-то пошло не так ({0}). Введённое сохранено; повторите попытку, а если ошибка повторится, сообщите администратору.</translation>
    </message>
  </context>
  <context>
    <name>ExtendDialog</name>
    <message>
      <source>Extend the term of %1</source>
      <translation>Продлить срок обращения %1</translation>
    </message>
    <message>
      <source>Decision taken on</source>
      <translation>Дата решения о продлении</translation>
    </message>
    <message>
      <source>New term</source>
      <translation>Новый срок</translation>
    </message>
    <message>
      <source>Reasons *</source>
      <translation>Основания *</translation>
    </message>
    <message>
      <source>At most until {0}; tell the applicant by {1}.</source>
      <translation>Не позднее {0}; известить заявителя до {1}.</translation>
    </message>
  </context>
  <context>
    <name>ExtensionNoticeDialog</name>
    <message>
      <source>Applicant told of the extension of %1</source>
      <translation>Заявитель извещён о продлении срока %1</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>Дата извещения</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant must be told by {1} (3 working days, АППК art. 76).</source>
      <translation>Срок продлён {0}; известить заявителя до {1} (3 рабочих дня, АППК, ст. 76).</translation>
    </message>
    <message numerus="yes">
      <source>This is late: overdue by %n working day(s).</source>
      <translation>
        <numerusform>Это с опозданием: просрочено на %n рабочий день.</numerusform>
        <numerusform>Это с опозданием: просрочено на %n рабочих дня.</numerusform>
        <numerusform>Это с опозданием: просрочено на %n рабочих дней.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Discard?</source>
      <translation>Отказаться?</translation>
    </message>
    <message>
      <source>What you typed will be lost. Close the form?</source>
      <translation>Введённое будет потеряно. Закрыть форму?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>Отменить введённое?</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <source>Forward appeal %1</source>
      <translation>Перенаправить обращение %1</translation>
    </message>
    <message>
      <source>Competent body *</source>
      <translation>Уполномоченный орган *</translation>
    </message>
    <message>
      <source>Forwarded on</source>
      <translation>Дата перенаправления</translation>
    </message>
    <message>
      <source>Outgoing number *</source>
      <translation>Исходящий номер *</translation>
    </message>
    <message>
      <source>Only part of the demands (the rest stays with us)</source>
      <translation>Только часть требований (остальное рассматриваем сами)</translation>
    </message>
    <message>
      <source>Reason for the delay</source>
      <translation>Причина задержки</translation>
    </message>
    <message>
      <source>Forward by {0} (3 working days, АППК art. 65).</source>
      <translation>Перенаправить до {0} (3 рабочих дня, АППК, ст. 65).</translation>
    </message>
    <message>
      <source>This is late: write the reason for the delay.</source>
      <translation>Срок пропущен: укажите причину задержки.</translation>
    </message>
  </context>
  <context>
    <name>HandOverDialog</name>
    <message>
      <source>Hand %1 to the duty unit</source>
      <translation>Передать %1 в дежурную часть</translation>
    </message>
    <message>
      <source>Duty unit *</source>
      <translation>Дежурная часть *</translation>
    </message>
    <message>
      <source>Handed over on</source>
      <translation>Дата передачи</translation>
    </message>
    <message>
      <source>Registration reference *</source>
      <translation>Регистрационный номер *</translation>
    </message>
  </context>
  <context>
    <name>HoursDialog</name>
    <message>
      <source>Reception hours</source>
      <translation>График приёма</translation>
    </message>
    <message>
      <source>Days and hours</source>
      <translation>Дни и часы</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import persons</source>
      <translation>Импорт лиц</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>Выберите файл .xlsx или .csv.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
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
      <source>Import nothing while any row is invalid</source>
      <translation>Ничего не импортировать, если есть недопустимые строки</translation>
    </message>
    <message>
      <source>Import the valid rows; save the rejected ones beside the file</source>
      <translation>Импортировать допустимые строки; отклонённые сохранить рядом с файлом</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Tables (*.xlsx *.csv)</source>
      <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Чтение файла…</translation>
    </message>
    <message>
      <source>New persons: {0}. Updated: {1}. Register entries to add: {2}. Invalid rows: {3}.</source>
      <translation>Новых лиц: {0}. Будет обновлено: {1}. Будет добавлено записей учёта: {2}. Недопустимых строк: {3}.</translation>
    </message>
    <message>
      <source>The file could not be read: {0}</source>
      <translation>Не удалось прочитать файл: {0}</translation>
    </message>
    <message>
      <source>Imported: {0} new, {1} updated, {2} register entries.</source>
      <translation>Импортировано: новых — {0}, обновлено — {1}, записей учёта — {2}.</translation>
    </message>
    <message>
      <source>Rejected rows were saved to {0}.</source>
      <translation>Отклонённые строки сохранены в {0}.</translation>
    </message>
    <message>
      <source>Nothing was imported: {0} row(s) are invalid.</source>
      <translation>Ничего не импортировано: недопустимых строк — {0}.</translation>
    </message>
    <message>
      <source>Nothing to change: the register already has everything in this file.</source>
      <translation>Изменять нечего: всё из этого файла уже есть в учёте.</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>Reception journal</source>
      <translation>Журнал приёма</translation>
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
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>Конец периода раньше начала.</translation>
    </message>
  </context>
  <context>
    <name>ListEditor</name>
    <message>
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <source>Add from the register…</source>
      <translation>Добавить из учёта…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Today</source>
      <extracomment>page key → "module:Class" of its page; keys not listed show a placeholder page.</extracomment>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Профилактический учёт</translation>
    </message>
    <message>
      <source>Precinct &amp; rounds</source>
      <translation>Участок и обходы</translation>
    </message>
    <message>
      <source>Receptions</source>
      <translation>Приём граждан</translation>
    </message>
    <message>
      <source>Protocols</source>
      <translation>Протоколы</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Обучение</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Синхронизация</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>What must be done today: due checks, appeals near their deadline, protocol drafts and the sync state. Each line opens its record.</source>
      <translation>Что нужно сделать сегодня: проверки по сроку, обращения с истекающим сроком, черновики протоколов и состояние синхронизации. Каждая строка открывает свою запись.</translation>
    </message>
    <message>
      <source>Persons on the preventive register, their categories, due checks and check history.</source>
      <translation>Лица, состоящие на профилактическом учёте: категории, сроки проверок и история проверок.</translation>
    </message>
    <message>
      <source>Addresses and households of the precinct and the log of door-to-door rounds.</source>
      <translation>Адреса и домохозяйства участка и журнал подворных обходов.</translation>
    </message>
    <message>
      <source>Citizens' appeals: talon, deadlines under the АППК, forwarding and decisions.</source>
      <translation>Обращения граждан: талон, сроки по АППК, перенаправление и решения.</translation>
    </message>
    <message>
      <source>Search and seizure protocols checked against the law before they are finalized.</source>
      <translation>Протоколы обыска, досмотра и изъятия, проверяемые на соответствие закону до завершения.</translation>
    </message>
    <message>
      <source>Protocol-writing exercises for trainers and trainees.</source>
      <translation>Упражнения по составлению протоколов для преподавателей и обучающихся.</translation>
    </message>
    <message>
      <source>The quarterly report pack in Kazakh and Russian.</source>
      <translation>Квартальный пакет отчётов на казахском и русском языках.</translation>
    </message>
    <message>
      <source>Exchange of changes with the department server.</source>
      <translation>Обмен изменениями с сервером управления.</translation>
    </message>
    <message>
      <source>Language, automatic lock, text size, password and officers.</source>
      <translation>Язык, автоматическая блокировка, размер текста, пароль и сотрудники.</translation>
    </message>
    <message>
      <source>Inspector Desk</source>
      <translation>Inspector Desk</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Заблокировать</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Переход</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>Help for this page</source>
      <translation>Справка по этой странице</translation>
    </message>
    <message>
      <source>&amp;About Inspector Desk</source>
      <translation>&amp;О программе Inspector Desk</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Нет связи</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>На связи</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync</source>
      <translation>
        <numerusform>%n изменение ожидает синхронизации</numerusform>
        <numerusform>%n изменения ожидают синхронизации</numerusform>
        <numerusform>%n изменений ожидают синхронизации</numerusform>
      </translation>
    </message>
    <message>
      <source>Last sync: {0}</source>
      <translation>Последняя синхронизация: {0}</translation>
    </message>
    <message>
      <source>Never synced</source>
      <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
  </context>
  <context>
    <name>NewAppealDialog</name>
    <message>
      <source>New appeal</source>
      <translation>Новое обращение</translation>
    </message>
    <message>
      <source>Received (date and time)</source>
      <translation>Поступило (дата и время)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Format of reception</source>
      <translation>Форма приёма</translation>
    </message>
    <message>
      <source>Applicant not named (report of an offence only)</source>
      <translation>Заявитель не указан (только сообщение о правонарушении)</translation>
    </message>
    <message>
      <source>Applicant's full name *</source>
      <translation>ФИО заявителя *</translation>
    </message>
    <message>
      <source>IIN (if given)</source>
      <translation>ИИН (если указан)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Language of the talon and answer</source>
      <translation>Язык талона и ответа</translation>
    </message>
    <message>
      <source>What the appeal is about *</source>
      <translation>Суть обращения *</translation>
    </message>
    <message>
      <source>Attachments (separate with ;)</source>
      <translation>Приложения (через ;)</translation>
    </message>
  </context>
  <context>
    <name>NewCategoryDialog</name>
    <message>
      <source>New register category</source>
      <translation>Новая категория учёта</translation>
    </message>
    <message>
      <source>Code (Latin, short) *</source>
      <translation>Код (латиницей, краткий) *</translation>
    </message>
    <message>
      <source>Name in Kazakh *</source>
      <translation>Наименование на казахском *</translation>
    </message>
    <message>
      <source>Name in Russian *</source>
      <translation>Наименование на русском *</translation>
    </message>
    <message>
      <source>Name in English *</source>
      <translation>Наименование на английском *</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Правовое основание</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Периодичность проверок (дней) *</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Срок учёта по умолчанию (дней)</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>без установленного срока</translation>
    </message>
  </context>
  <context>
    <name>NewProtocolDialog</name>
    <message>
      <source>New protocol</source>
      <translation>Новый протокол</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Language of proceedings</source>
      <translation>Язык производства</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>New day transfer</source>
      <translation>Новый перенос дня</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>The day becomes</source>
      <translation>День становится</translation>
    </message>
    <message>
      <source>Decree (number and date) *</source>
      <translation>Постановление (номер и дата) *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit person</source>
      <extracomment>A card photo needs no more than this (3×4 cm at 300 dpi is 354×472 px).</extracomment>
      <translation>Изменить лицо</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Новое лицо</translation>
    </message>
    <message>
      <source>Last name *</source>
      <translation>Фамилия *</translation>
    </message>
    <message>
      <source>First name *</source>
      <translation>Имя *</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <source>IIN *</source>
      <translation>ИИН *</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Улица</translation>
    </message>
    <message>
      <source>House</source>
      <translation>Дом</translation>
    </message>
    <message>
      <source>Apartment</source>
      <translation>Квартира</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Photo…</source>
      <translation>Фото…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>Удалить фото</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Нет фото</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
      <source>The file is too large ({0} MB): a photo may be at most 2 MB.</source>
      <translation>Файл слишком большой ({0} МБ): фото — не более 2 МБ.</translation>
    </message>
    <message>
      <source>The file is not a JPEG or PNG image.</source>
      <translation>Файл не является изображением JPEG или PNG.</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>Выберите фото</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>male</source>
      <translation>мужской</translation>
    </message>
    <message>
      <source>female</source>
      <translation>женский</translation>
    </message>
    <message>
      <source>Born {0}, {1}</source>
      <translation>Дата рождения {0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Choose a person from the register</source>
      <translation>Выбор лица из учёта</translation>
    </message>
    <message>
      <source>Type part of a name or the first digits of an IIN.</source>
      <translation>Введите часть ФИО или первые цифры ИИН.</translation>
    </message>
    <message>
      <source>Nobody found. The person can be typed in by hand.</source>
      <translation>Никто не найден. Данные лица можно ввести вручную.</translation>
    </message>
  </context>
  <context>
    <name>PersonsModel</name>
    <message>
      <source>Name</source>
      <extracomment>The found-count under the table counts at most this many (then says "1,000+"). The "Due checks" tab: due today and overdue, or due within a week.</extracomment>
      <translation>ФИО</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>На учёте</translation>
    </message>
    <message>
      <source>Next check</source>
      <translation>Следующая проверка</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>просрочено на %n день</numerusform>
        <numerusform>просрочено на %n дня</numerusform>
        <numerusform>просрочено на %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>проверка сегодня</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>This section is being built; its records will appear here.</source>
      <translation>Раздел в разработке; его записи появятся здесь.</translation>
    </message>
  </context>
  <context>
    <name>PrefixDialog</name>
    <message>
      <source>Appeal number prefix</source>
      <translation>Префикс номеров обращений</translation>
    </message>
    <message>
      <source>Prefix of this device (1–4 Latin capitals or digits, no 0, O, 1, I) *</source>
      <translation>Префикс этого устройства (1–4 латинские заглавные буквы или цифры, без 0, O, 1, I) *</translation>
    </message>
    <message>
      <source>New appeals will be numbered like {0}. Numbers already given keep their prefix; give every device of the precinct its own prefix.</source>
      <translation>Новые обращения будут нумероваться так: {0}. Уже присвоенные номера сохраняют свой префикс; дайте каждому устройству участка свой префикс.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolEditor</name>
    <message>
      <source>Save draft</source>
      <translation>Сохранить черновик</translation>
    </message>
    <message>
      <source>Finalize and seal</source>
      <translation>Завершить и опечатать</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Вернуться к списку</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <source>Finalized</source>
      <translation>Завершён</translation>
    </message>
    <message>
      <source>Amended</source>
      <translation>Исправлен</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Аннулирован</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s) must be corrected before finalizing.</source>
      <translation>
        <numerusform>Перед завершением нужно исправить %n ошибку.</numerusform>
        <numerusform>Перед завершением нужно исправить %n ошибки.</numerusform>
        <numerusform>Перед завершением нужно исправить %n ошибок.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No errors; %n warning(s).</source>
      <translation>
        <numerusform>Ошибок нет; %n предупреждение.</numerusform>
        <numerusform>Ошибок нет; %n предупреждения.</numerusform>
        <numerusform>Ошибок нет; %n предупреждений.</numerusform>
      </translation>
    </message>
    <message>
      <source>No findings: the protocol meets the form's rules.</source>
      <translation>Ошибок и предупреждений нет: протокол соответствует требованиям формы.</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Ошибка:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Предупреждение:</translation>
    </message>
    <message>
      <source>“{0}” is not a date: type it as DD.MM.YYYY, for example 14.03.2026.</source>
      <translation>«{0}» не является датой: введите в формате ДД.ММ.ГГГГ, например 14.03.2026.</translation>
    </message>
    <message>
      <source>“{0}” is not a date and time: type it as DD.MM.YYYY HH:MM, for example 14.03.2026 14:45.</source>
      <translation>«{0}» не является датой и временем: введите в формате ДД.ММ.ГГГГ ЧЧ:ММ, например 14.03.2026 14:45.</translation>
    </message>
    <message>
      <source>The text of this article is not among the shipped excerpts.</source>
      <translation>Текста этой статьи нет среди поставляемых выдержек.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <source>Not finalized</source>
      <translation>Не завершён</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <source>Some of what you typed is not saved yet.</source>
      <translation>Часть введённого ещё не сохранена.</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>Сохранить и закрыть</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>Остаться</translation>
    </message>
    <message>
      <source>yes</source>
      <extracomment>How people write them (DD.MM.YYYY, HH:MM); the document stores ISO (YYYY-MM-DD). item kinds → the sub-group shown only for them Opens the register picker; returns the person's fields or None (set by the editor).</extracomment>
      <translation>да</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>From the register…</source>
      <translation>Из учёта…</translation>
    </message>
  </context>
  <context>
    <name>Protocols</name>
    <message>
      <source>draft</source>
      <translation>черновик</translation>
    </message>
    <message>
      <source>finalized</source>
      <translation>завершён</translation>
    </message>
    <message>
      <source>amended</source>
      <translation>исправлен</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>аннулирован</translation>
    </message>
    <message>
      <source>Protocol draft not finalized: {0} {1} ({2})</source>
      <translation>Черновик протокола не завершён: {0} {1} ({2})</translation>
    </message>
  </context>
  <context>
    <name>ProtocolsPage</name>
    <message>
      <source>Protocols</source>
      <translation>Протоколы</translation>
    </message>
    <message>
      <source>Search by person, place, form or date (Ctrl+F)</source>
      <translation>Поиск по лицу, месту, форме или дате (Ctrl+F)</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Новый…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>Print translated copy</source>
      <translation>Печать переведённой копии</translation>
    </message>
    <message>
      <source>Amend…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Аннулировать…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <source>All forms</source>
      <translation>Все формы</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Не удаётся открыть</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Не напечатано</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Причина:</translation>
    </message>
    <message>
      <source>Amend the protocol</source>
      <translation>Исправить протокол</translation>
    </message>
    <message>
      <source>Void the protocol</source>
      <translation>Аннулировать протокол</translation>
    </message>
    <message>
      <source>Import a protocol</source>
      <translation>Импорт протокола</translation>
    </message>
    <message>
      <source>Protocols (*.json)</source>
      <translation>Протоколы (*.json)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>Не импортировано</translation>
    </message>
    <message>
      <source>Export the protocol</source>
      <translation>Экспорт протокола</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Не экспортировано</translation>
    </message>
  </context>
  <context>
    <name>Receptions</name>
    <message>
      <source>Appeal {0} ({1}): {2}, term {3}</source>
      <translation>Обращение {0} ({1}): {2}, срок {3}</translation>
    </message>
    <message>
      <source>Appeal {0} ({1}): tell the applicant of the extension, {2}, by {3}</source>
      <translation>Обращение {0} ({1}): известить заявителя о продлении срока, {2}, до {3}</translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n working day(s)</source>
      <translation>
        <numerusform>просрочено на %n рабочий день</numerusform>
        <numerusform>просрочено на %n рабочих дня</numerusform>
        <numerusform>просрочено на %n рабочих дней</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>срок истекает сегодня</translation>
    </message>
    <message numerus="yes">
      <source>%n working day(s) left</source>
      <translation>
        <numerusform>остался %n рабочий день</numerusform>
        <numerusform>осталось %n рабочих дня</numerusform>
        <numerusform>осталось %n рабочих дней</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReceptionsPage</name>
    <message>
      <source>Receptions</source>
      <translation>Приём граждан</translation>
    </message>
    <message>
      <source>Ctrl+N takes a new appeal; Enter saves, Esc cancels. Ctrl+P prints the talon in the applicant's language. Appeals are decided within 15 working days (АППК art. 76) and forwarded within 3 (art. 65).</source>
      <translation>Ctrl+N — принять новое обращение; Enter сохраняет, Esc отменяет. Ctrl+P печатает талон на языке заявителя. Обращения рассматриваются в течение 15 рабочих дней (АППК, ст. 76), перенаправляются в течение 3 (ст. 65).</translation>
    </message>
    <message>
      <source>Search: number, applicant, address, text (Ctrl+F)</source>
      <translation>Поиск: номер, заявитель, адрес, текст (Ctrl+F)</translation>
    </message>
    <message>
      <source>All appeals</source>
      <translation>Все обращения</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>На рассмотрении</translation>
    </message>
    <message>
      <source>Due this week</source>
      <translation>Срок на этой неделе</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочка</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>Перенаправленные</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Завершённые</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Любой вид</translation>
    </message>
    <message>
      <source>Any format</source>
      <translation>Любая форма приёма</translation>
    </message>
    <message>
      <source>New appeal (Ctrl+N)</source>
      <translation>Новое обращение (Ctrl+N)</translation>
    </message>
    <message>
      <source>Talon (Ctrl+P)</source>
      <translation>Талон (Ctrl+P)</translation>
    </message>
    <message>
      <source>Take into work</source>
      <translation>Взять в работу</translation>
    </message>
    <message>
      <source>Forward…</source>
      <translation>Перенаправить…</translation>
    </message>
    <message>
      <source>Extend…</source>
      <translation>Продлить срок…</translation>
    </message>
    <message>
      <source>Applicant told of the extension…</source>
      <translation>Заявитель извещён о продлении…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>Решение…</translation>
    </message>
    <message>
      <source>To duty unit…</source>
      <translation>В дежурную часть…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Аннулировать…</translation>
    </message>
    <message>
      <source>Journal…</source>
      <translation>Журнал…</translation>
    </message>
    <message>
      <source>Reception hours…</source>
      <translation>График приёма…</translation>
    </message>
    <message>
      <source>Select an appeal to see it here.</source>
      <translation>Выберите обращение, чтобы увидеть его здесь.</translation>
    </message>
    <message>
      <source>Renumbered (was {0}): tell the applicant.</source>
      <translation>Номер изменён (был {0}): сообщите заявителю.</translation>
    </message>
    <message>
      <source>Received: {0} · {1}</source>
      <translation>Поступило: {0} · {1}</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(без имени)</translation>
    </message>
    <message>
      <source>Term: {0}</source>
      <translation>Срок: {0}</translation>
    </message>
    <message>
      <source>late</source>
      <translation>с опозданием</translation>
    </message>
    <message>
      <source>Forwarded to {0} on {1}, No. {2}</source>
      <translation>Перенаправлено: {0}, {1}, исх. № {2}</translation>
    </message>
    <message>
      <source>Extended on {0}; tell the applicant by {1}</source>
      <translation>Продлено {0}; известить заявителя до {1}</translation>
    </message>
    <message numerus="yes">
      <source>the applicant has not been told: overdue by %n working day(s)</source>
      <translation>
        <numerusform>заявитель не извещён: просрочено на %n рабочий день</numerusform>
        <numerusform>заявитель не извещён: просрочено на %n рабочих дня</numerusform>
        <numerusform>заявитель не извещён: просрочено на %n рабочих дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant was told on {1}.</source>
      <translation>Срок продлён {0}; заявитель извещён {1}.</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant has been told.</source>
      <translation>Срок продлён {0}; заявитель извещён.</translation>
    </message>
    <message>
      <source>Decided on {0}: {1}</source>
      <translation>Решение от {0}: {1}</translation>
    </message>
    <message>
      <source>Handed to {0} on {1}, ref. {2}</source>
      <translation>Передано: {0}, {1}, рег. № {2}</translation>
    </message>
    <message>
      <source>Cancelled: {0}</source>
      <translation>Аннулировано: {0}</translation>
    </message>
    <message>
      <source>Preparing the journal…</source>
      <translation>Готовится журнал…</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Не напечатано</translation>
    </message>
    <message>
      <source>Opened for printing: {0}</source>
      <translation>Открыто для печати: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReferenceBox</name>
    <message>
      <source>Reference data (supervisor)</source>
      <translation>Справочники (руководитель)</translation>
    </message>
    <message>
      <source>Register categories…</source>
      <translation>Категории учёта…</translation>
    </message>
    <message>
      <source>Calendar day transfers…</source>
      <translation>Переносы дней в календаре…</translation>
    </message>
    <message>
      <source>Appeal number prefix…</source>
      <translation>Префикс номеров обращений…</translation>
    </message>
    <message>
      <source>This device is enrolled for a precinct: register categories and day transfers are changed on a supervisor's device and reach this one by sync.</source>
      <translation>Это устройство подключено для участка: категории учёта и переносы дней изменяются на устройстве руководителя и приходят сюда при синхронизации.</translation>
    </message>
    <message>
      <source>Only a supervisor may change the register categories and the working-day calendar; sign in as a supervisor to change them.</source>
      <translation>Изменять категории учёта и календарь рабочих дней может только руководитель; чтобы изменить их, войдите как руководитель.</translation>
    </message>
    <message>
      <source>Appeal numbers of this device: {0}</source>
      <translation>Номера обращений этого устройства: {0}</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialogs</name>
    <message>
      <source>Home visit</source>
      <translation>Посещение на дому</translation>
    </message>
    <message>
      <source>Preventive talk</source>
      <translation>Профилактическая беседа</translation>
    </message>
    <message>
      <source>Summons to the precinct point</source>
      <translation>Вызов в УПП</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>По телефону</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Иное</translation>
    </message>
    <message>
      <source>Period expired</source>
      <translation>Истёк срок</translation>
    </message>
    <message>
      <source>Cancelled by court</source>
      <translation>Отменено судом</translation>
    </message>
    <message>
      <source>Moved away</source>
      <translation>Выбыл</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Умер</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Preventive register</source>
      <translation>Профилактический учёт</translation>
    </message>
    <message>
      <source>Ctrl+F search by any part of the name (Kazakh or Russian spelling) or by the first digits of the IIN; Ctrl+N new person; Ctrl+P print the card. Select a person to see the register entries and checks.</source>
      <translation>Ctrl+F — поиск по любой части ФИО (в казахском или русском написании) или по первым цифрам ИИН; Ctrl+N — новое лицо; Ctrl+P — печать карточки. Выберите лицо, чтобы увидеть записи учёта и проверки.</translation>
    </message>
    <message>
      <source>Search: name or IIN (Ctrl+F)</source>
      <translation>Поиск: ФИО или ИИН (Ctrl+F)</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Только просроченные</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Новое лицо</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <source>Put on the register</source>
      <translation>Поставить на учёт</translation>
    </message>
    <message>
      <source>Record a check</source>
      <translation>Записать проверку</translation>
    </message>
    <message>
      <source>Close / reopen entry</source>
      <translation>Снять с учёта / вернуть</translation>
    </message>
    <message>
      <source>Print card</source>
      <translation>Печать карточки</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Лица</translation>
    </message>
    <message numerus="yes">
      <source>Due checks (%n)</source>
      <translation>
        <numerusform>Проверки по сроку (%n)</numerusform>
        <numerusform>Проверки по сроку (%n)</numerusform>
        <numerusform>Проверки по сроку (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочка</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <source>Due today and overdue</source>
      <translation>Сегодня и просроченные</translation>
    </message>
    <message>
      <source>Due within 7 days</source>
      <translation>В ближайшие 7 дней</translation>
    </message>
    <message>
      <source>Register entry / check</source>
      <translation>Запись учёта / проверка</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <source>Status / kind</source>
      <translation>Статус / вид</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Все</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>На учёте</translation>
    </message>
    <message>
      <source>Removed from the register</source>
      <translation>Снятые с учёта</translation>
    </message>
    <message>
      <source>Never on the register</source>
      <translation>Не состоявшие на учёте</translation>
    </message>
    <message>
      <source>All addresses</source>
      <translation>Все адреса</translation>
    </message>
    <message>
      <source>All officers</source>
      <translation>Все сотрудники</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Подсчёт…</translation>
    </message>
    <message>
      <source>1,000+ persons</source>
      <translation>1 000+ лиц</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n лицо</numerusform>
        <numerusform>%n лица</numerusform>
        <numerusform>%n лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>просрочено на %n день</numerusform>
        <numerusform>просрочено на %n дня</numerusform>
        <numerusform>просрочено на %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>проверка сегодня</translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>проверка через %n день</numerusform>
        <numerusform>проверка через %n дня</numerusform>
        <numerusform>проверка через %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a person to see the register entries and checks.</source>
      <translation>Выберите лицо, чтобы увидеть записи учёта и проверки.</translation>
    </message>
    <message>
      <source>male</source>
      <translation>мужской</translation>
    </message>
    <message>
      <source>female</source>
      <translation>женский</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (группа внимания)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>на учёте</translation>
    </message>
    <message>
      <source>next check: {0}</source>
      <translation>следующая проверка: {0}</translation>
    </message>
    <message>
      <source>closed {0}: {1}</source>
      <translation>снят с учёта {0}: {1}</translation>
    </message>
    <message>
      <source>check</source>
      <translation>проверка</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Вернуть на учёт</translation>
    </message>
    <message>
      <source>Reopen this register entry?</source>
      <translation>Вернуть эту запись учёта?</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <source>Save the card</source>
      <translation>Сохранить карточку</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Чтение файла…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Export persons</source>
      <translation>Экспорт лиц</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Register check</source>
      <translation>Проверка по учёту</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more register check(s) due</source>
      <translation>
        <numerusform>…и ещё %n проверка по учёту</numerusform>
        <numerusform>…и ещё %n проверки по учёту</numerusform>
        <numerusform>…и ещё %n проверок по учёту</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>This officer's preferences</source>
      <translation>Настройки сотрудника</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Lock after idle time (minutes)</source>
      <translation>Блокировать после бездействия (минут)</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Размер текста</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Сменить пароль</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Текущий пароль</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Новый пароль</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Повторите новый пароль</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>Verify the audit log</source>
      <translation>Проверить журнал аудита</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Пароль изменён.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Проверка…</translation>
    </message>
    <message>
      <source>Verifying the audit log…</source>
      <translation>Проверяется журнал аудита…</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <source>Inspector Desk</source>
      <translation>Inspector Desk</translation>
    </message>
    <message>
      <source>Creating the demo precinct…</source>
      <translation>Создаётся демо-участок…</translation>
    </message>
    <message>
      <source>Open a database file</source>
      <translation>Открыть файл базы</translation>
    </message>
    <message>
      <source>Inspector Desk databases (*.idb);;All files (*)</source>
      <translation>Базы Inspector Desk (*.idb);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Sync</source>
      <translation>Синхронизация</translation>
    </message>
    <message>
      <source>Changes waiting</source>
      <translation>Ожидают синхронизации</translation>
    </message>
    <message>
      <source>Last successful sync</source>
      <translation>Последняя успешная синхронизация</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Persons registered on two devices, merged</source>
      <translation>Лица, внесённые на двух устройствах (объединены)</translation>
    </message>
    <message>
      <source>Records of one person (the same IIN) registered on two devices are merged after sync: the record registered first stays, with the register entries and checks of both.</source>
      <translation>Записи одного лица (один ИИН), внесённые на двух устройствах, после синхронизации объединяются: остаётся запись, внесённая первой, с записями учёта и проверками обеих.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
      <source>Save changes to a file (USB)…</source>
      <translation>Сохранить изменения в файл (USB)…</translation>
    </message>
    <message>
      <source>No connection: save this device's changes to an encrypted file and take it to the department. Before the first sync, enter the token from the department above.</source>
      <translation>Нет связи: сохраните изменения этого устройства в зашифрованный файл и отнесите его в управление. Перед первой синхронизацией введите выше токен, выданный управлением.</translation>
    </message>
    <message>
      <source>Open the department's answer…</source>
      <translation>Открыть ответ управления…</translation>
    </message>
    <message>
      <source>Connect this device to the department server</source>
      <translation>Подключение устройства к серверу управления</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Адрес сервера</translation>
    </message>
    <message>
      <source>Enrolment token (from the department)</source>
      <translation>Токен подключения (выдаётся управлением)</translation>
    </message>
    <message>
      <source>Connect and sync</source>
      <translation>Подключить и синхронизировать</translation>
    </message>
    <message>
      <source>Changed on two devices — choose which value to keep:</source>
      <translation>Изменено на двух устройствах — выберите, какое значение оставить:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>This device</source>
      <translation>Это устройство</translation>
    </message>
    <message>
      <source>Changed on the server by</source>
      <translation>Изменил на сервере</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Keep this device's value</source>
      <translation>Оставить значение этого устройства</translation>
    </message>
    <message>
      <source>Keep the server's value</source>
      <translation>Оставить значение сервера</translation>
    </message>
    <message>
      <source>Changes that could not be synced (the rest went on):</source>
      <translation>Изменения, которые не удалось синхронизировать (остальные отправлены):</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Убрать из списка</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>The department revoked this device. Contact the department.</source>
      <translation>Управление отозвало это устройство. Обратитесь в управление.</translation>
    </message>
    <message>
      <source>No connection to the server. Changes are kept and will be sent when the connection returns.</source>
      <translation>Нет связи с сервером. Изменения сохранены и будут отправлены, когда связь появится.</translation>
    </message>
    <message>
      <source>The server did not accept this device. Ask the department for a new enrolment token.</source>
      <translation>Сервер не принял это устройство. Запросите в управлении новый токен подключения.</translation>
    </message>
    <message>
      <source>Sync is not set up correctly: check the server address. Secrets are sent only over HTTPS.</source>
      <translation>Синхронизация настроена неверно: проверьте адрес сервера. Секреты передаются только по HTTPS.</translation>
    </message>
    <message>
      <source>The server needs a newer version of this program. Update the program; your changes are kept.</source>
      <translation>Серверу нужна более новая версия программы. Обновите программу; изменения сохранены.</translation>
    </message>
    <message>
      <source>The server reported a fault. Try again later; if it repeats, tell the department's administrator.</source>
      <translation>Сервер сообщил об ошибке. Повторите позже; если повторится, сообщите администратору управления.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>не было</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>отправка</translation>
    </message>
    <message>
      <source>received</source>
      <translation>получение</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Синхронизация…</translation>
    </message>
    <message>
      <source>Enter the server address and the token.</source>
      <translation>Введите адрес сервера и токен.</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Подключение…</translation>
    </message>
    <message>
      <source>Save changes for the department</source>
      <translation>Сохранить изменения для управления</translation>
    </message>
    <message>
      <source>Transfer files (*.idsync)</source>
      <translation>Файлы передачи (*.idsync)</translation>
    </message>
    <message>
      <source>{0} change(s) saved to {1}. Take the file to the department and bring back its answer.</source>
      <translation>Сохранено изменений: {0}, файл {1}. Отнесите файл в управление и принесите его ответ.</translation>
    </message>
    <message>
      <source>Open the department's answer</source>
      <translation>Открыть ответ управления</translation>
    </message>
    <message>
      <source>Answer applied: {0} change(s) confirmed, {1} received.</source>
      <translation>Ответ применён: подтверждено изменений — {0}, получено — {1}.</translation>
    </message>
    <message>
      <source>Not configured: this device works offline. Every change is kept in the outbox until it can be sent.</source>
      <translation>Не настроен: устройство работает без связи. Каждое изменение хранится в очереди отправки, пока его нельзя будет передать.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Today</source>
      <extracomment>Each provider returns (text, page key) lines for the Today list, given the window; a line may carry a third element, the id of its record: activating the line then calls the page's ``open_record(record_id)`` when the page has one.</extracomment>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Nothing is due today.</source>
      <translation>На сегодня сроков нет.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync.</source>
      <translation>
        <numerusform>%n изменение ожидает синхронизации.</numerusform>
        <numerusform>%n изменения ожидают синхронизации.</numerusform>
        <numerusform>%n изменений ожидают синхронизации.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>Unlock the precinct database</source>
      <translation>Разблокировать базу участка</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Открыть другой файл…</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>База: {0}</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Разблокировка…</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to Inspector Desk</source>
      <translation>Добро пожаловать в Inspector Desk</translation>
    </message>
    <message>
      <source>This computer has no precinct database yet. Create one for your precinct, or open the demo precinct to look around. All data stays on this computer, encrypted.</source>
      <translation>На этом компьютере ещё нет базы участка. Создайте базу для своего участка или откройте демо-участок, чтобы осмотреться. Все данные хранятся на этом компьютере в зашифрованном виде.</translation>
    </message>
    <message>
      <source>Create a new precinct database</source>
      <translation>Создать новую базу участка</translation>
    </message>
    <message>
      <source>Open the demo precinct (login demo, password demo)</source>
      <translation>Открыть демо-участок (логин demo, пароль demo)</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Открыть файл базы…</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
</TS>