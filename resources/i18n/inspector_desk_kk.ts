<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>About</name>
    <message>
      <source>About Inspector Desk</source>
      <translation>Inspector Desk туралы</translation>
    </message>
    <message>
      <source>The district police inspector's desk: preventive register, rounds, receptions, protocols, training, reports. Works without internet; data is encrypted on this computer.</source>
      <translation>Учаскелік полиция инспекторының жұмыс орны: профилактикалық есеп, аралау, азаматтарды қабылдау, хаттамалар, оқыту, есептер. Интернетсіз жұмыс істейді; деректер осы компьютерде шифрланған.</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>Дерекқор: {0}</translation>
    </message>
    <message>
      <source>Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Қаріптер: DejaVu (еркін лицензия, resources/fonts қараңыз).</translation>
    </message>
  </context>
  <context>
    <name>AppealsModel</name>
    <message>
      <source>Number</source>
      <translation>Нөмірі</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Қабылданды</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Өтініш беруші</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Нысаны</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Қалған күндер</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(аты көрсетілмеген)</translation>
    </message>
    <message>
      <source>forwarded late</source>
      <translation>кешігіп қайта жолданды</translation>
    </message>
    <message>
      <source>applicant not told, overdue</source>
      <translation>өтініш берушіге хабарланбаған, мерзімі өтті</translation>
    </message>
  </context>
  <context>
    <name>CalendarDialog</name>
    <message>
      <source>Calendar day transfers</source>
      <translation>Күнтізбедегі күндерді ауыстыру</translation>
    </message>
    <message>
      <source>Days off and working days moved by a government decree that the shipped calendar does not know yet. Adding or cancelling one recounts the terms of running appeals. Only a supervisor may change them.</source>
      <translation>Үкімет қаулысымен ауыстырылған, бағдарламадағы күнтізбеде әлі жоқ демалыс және жұмыс күндері. Ауыстыруды қосу немесе оның күшін жою қаралып жатқан жолданымдардың мерзімдерін қайта есептейді. Оларды тек басшы өзгерте алады.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Болады</translation>
    </message>
    <message>
      <source>Decree</source>
      <translation>Қаулы</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <source>Add a transfer…</source>
      <translation>Ауыстыруды қосу…</translation>
    </message>
    <message>
      <source>Cancel the selected transfer…</source>
      <translation>Таңдалған ауыстырудың күшін жою…</translation>
    </message>
    <message>
      <source>Day off</source>
      <translation>Демалыс күні</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>Жұмыс күні</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel appeal %1</source>
      <translation>%1 жолданымының күшін жою</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Себебі *</translation>
    </message>
  </context>
  <context>
    <name>CancelOverrideDialog</name>
    <message>
      <source>Cancel the transfer of %1</source>
      <translation>%1 ауыстыруының күшін жою</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Себебі *</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <source>Register categories</source>
      <translation>Есеп санаттары</translation>
    </message>
    <message>
      <source>Changes apply to new register entries; tick the box to move the open entries of the category to the new check interval too. Only a supervisor may save.</source>
      <translation>Өзгерістер жаңа есеп жазбаларына қолданылады; санаттың ашық жазбаларына да жаңа тексеру аралығын қолдану үшін белгіні қойыңыз. Тек басшы сақтай алады.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Коды</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Check every (days)</source>
      <translation>Тексеру аралығы (күн)</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Әдепкі есепте болу мерзімі (күн)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Selected category</source>
      <translation>Таңдалған санат</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Тексеру аралығы (күн) *</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>мерзімі белгіленбеген</translation>
    </message>
    <message>
      <source>Apply to open entries too</source>
      <translation>Ашық есеп жазбаларына да қолдану</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
      <source>Add a category…</source>
      <translation>Санат қосу…</translation>
    </message>
    <message>
      <source>Legal register</source>
      <translation>Профилактикалық есеп (заң бойынша)</translation>
    </message>
    <message>
      <source>Attention list</source>
      <translation>Назардағы тізім</translation>
    </message>
    <message>
      <source>(not in use)</source>
      <translation>(қолданылмайды)</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <source>Record a check</source>
      <translation>Тексеруді тіркеу</translation>
    </message>
    <message>
      <source>Register entry *</source>
      <translation>Есеп жазбасы *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Күні *</translation>
    </message>
    <message>
      <source>Kind *</source>
      <translation>Түрі *</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Нәтижесі</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
  </context>
  <context>
    <name>CloseEntryDialog</name>
    <message>
      <source>Close the register entry</source>
      <translation>Есептен шығару</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Себебі *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Күні *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
  </context>
  <context>
    <name>CreateView</name>
    <message>
      <source>New precinct database</source>
      <translation>Жаңа учаске дерекқоры</translation>
    </message>
    <message>
      <source>Officer's full name</source>
      <translation>Қызметкердің аты-жөні</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Атағы</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Лауазымы</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Учаске</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Құпиясөз</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
      <source>district police inspector</source>
      <translation>учаскелік полиция инспекторы</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Құру</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Шифрланған дерекқор құрылуда…</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decision on %1</source>
      <translation>%1 бойынша шешім</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Шешім күні</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Нәтижесі</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>Жауап берілді</translation>
    </message>
    <message>
      <source>The applicant has been answered</source>
      <translation>Өтініш берушіге жауап берілді</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>Жауап берілген күні</translation>
    </message>
    <message>
      <source>Decision in brief</source>
      <translation>Шешімнің қысқаша мазмұны</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Put on the register</source>
      <translation>Есепке қою</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (назардағы тізім)</translation>
    </message>
    <message>
      <source>Category *</source>
      <translation>Санат *</translation>
    </message>
    <message>
      <source>Basis: document *</source>
      <translation>Негіз: құжат *</translation>
    </message>
    <message>
      <source>Basis: number</source>
      <translation>Негіз: нөмірі</translation>
    </message>
    <message>
      <source>Basis: date</source>
      <translation>Негіз: күні</translation>
    </message>
    <message>
      <source>Issued by (court, body)</source>
      <translation>Кім берді (сот, орган)</translation>
    </message>
    <message>
      <source>Start *</source>
      <translation>Басталуы *</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Аяқталуы</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Unexpected error: {0}</source>
      <translation>Күтпеген қате: {0}</translation>
    </message>
    <message>
      <source>Something went wrong ({0}). What you typed is kept; try again, and tell your administrator if it repeats.</source>
      <translation>Бірдеңе дұрыс болмады ({0}). Енгізгеніңіз сақталды; қайталап көріңіз, қате қайталанса, әкімшіге хабарлаңыз.</translation>
    </message>
  </context>
  <context>
    <name>ExtendDialog</name>
    <message>
      <source>Extend the term of %1</source>
      <translation>%1 мерзімін ұзарту</translation>
    </message>
    <message>
      <source>Decision taken on</source>
      <translation>Шешім қабылданған күні</translation>
    </message>
    <message>
      <source>New term</source>
      <translation>Жаңа мерзім</translation>
    </message>
    <message>
      <source>Reasons *</source>
      <translation>Негіздемесі *</translation>
    </message>
    <message>
      <source>At most until {0}; tell the applicant by {1}.</source>
      <translation>Ең кеші {0} дейін; өтініш берушіге {1} дейін хабарлаңыз.</translation>
    </message>
  </context>
  <context>
    <name>ExtensionNoticeDialog</name>
    <message>
      <source>Applicant told of the extension of %1</source>
      <translation>%1 мерзімін ұзарту туралы өтініш берушіге хабарланды</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>Хабарланған күні</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant must be told by {1} (3 working days, АППК art. 76).</source>
      <translation>Мерзім {0} ұзартылды; өтініш берушіге {1} дейін хабарлау керек (3 жұмыс күні, ӘРПК 76-бап).</translation>
    </message>
    <message numerus="yes">
      <source>This is late: overdue by %n working day(s).</source>
      <translation>
        <numerusform>Бұл кешігіп тұр: мерзімі %n жұмыс күніне өтті.</numerusform>
        <numerusform>Бұл кешігіп тұр: мерзімі %n жұмыс күніне өтті.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Discard?</source>
      <translation>Бас тарту керек пе?</translation>
    </message>
    <message>
      <source>What you typed will be lost. Close the form?</source>
      <translation>Енгізілген мәлімет жоғалады. Пішінді жабу керек пе?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>Енгізілгенді өшіру керек пе?</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <source>Forward appeal %1</source>
      <translation>%1 жолданымын қайта жолдау</translation>
    </message>
    <message>
      <source>Competent body *</source>
      <translation>Құзыретті орган *</translation>
    </message>
    <message>
      <source>Forwarded on</source>
      <translation>Қайта жолданған күні</translation>
    </message>
    <message>
      <source>Outgoing number *</source>
      <translation>Шығыс нөмірі *</translation>
    </message>
    <message>
      <source>Only part of the demands (the rest stays with us)</source>
      <translation>Талаптардың бір бөлігі ғана (қалғаны бізде қалады)</translation>
    </message>
    <message>
      <source>Reason for the delay</source>
      <translation>Кешігу себебі</translation>
    </message>
    <message>
      <source>Forward by {0} (3 working days, АППК art. 65).</source>
      <translation>{0} дейін қайта жолдау керек (3 жұмыс күні, ӘРПК 65-бап).</translation>
    </message>
    <message>
      <source>This is late: write the reason for the delay.</source>
      <translation>Бұл кешіктірілген: кешігу себебін жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>HandOverDialog</name>
    <message>
      <source>Hand %1 to the duty unit</source>
      <translation>%1 кезекші бөлімге беру</translation>
    </message>
    <message>
      <source>Duty unit *</source>
      <translation>Кезекші бөлім *</translation>
    </message>
    <message>
      <source>Handed over on</source>
      <translation>Берілген күні</translation>
    </message>
    <message>
      <source>Registration reference *</source>
      <translation>Тіркеу нөмірі *</translation>
    </message>
  </context>
  <context>
    <name>HoursDialog</name>
    <message>
      <source>Reception hours</source>
      <translation>Қабылдау кестесі</translation>
    </message>
    <message>
      <source>Days and hours</source>
      <translation>Күндері мен сағаттары</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import persons</source>
      <translation>Адамдарды импорттау</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>.xlsx немесе .csv файлын таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Файлды таңдау…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Жол</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Мәселе</translation>
    </message>
    <message>
      <source>Import nothing while any row is invalid</source>
      <translation>Жарамсыз жол болса, ештеңе импорттамау</translation>
    </message>
    <message>
      <source>Import the valid rows; save the rejected ones beside the file</source>
      <translation>Жарамды жолдарды импорттау; қабылданбағандарын файлдың жанына сақтау</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорттау</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Tables (*.xlsx *.csv)</source>
      <translation>Кестелер (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Файл оқылуда…</translation>
    </message>
    <message>
      <source>New persons: {0}. Updated: {1}. Register entries to add: {2}. Invalid rows: {3}.</source>
      <translation>Жаңа адамдар: {0}. Жаңартылады: {1}. Қосылатын есеп жазбалары: {2}. Жарамсыз жолдар: {3}.</translation>
    </message>
    <message>
      <source>The file could not be read: {0}</source>
      <translation>Файлды оқу мүмкін болмады: {0}</translation>
    </message>
    <message>
      <source>Imported: {0} new, {1} updated, {2} register entries.</source>
      <translation>Импортталды: жаңа — {0}, жаңартылды — {1}, есеп жазбалары — {2}.</translation>
    </message>
    <message>
      <source>Rejected rows were saved to {0}.</source>
      <translation>Қабылданбаған жолдар {0} файлына сақталды.</translation>
    </message>
    <message>
      <source>Nothing was imported: {0} row(s) are invalid.</source>
      <translation>Ештеңе импортталмады: жарамсыз жолдар саны {0}.</translation>
    </message>
    <message>
      <source>Nothing to change: the register already has everything in this file.</source>
      <translation>Өзгертетін ештеңе жоқ: бұл файлдағының бәрі есепте бар.</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Reception journal</source>
      <translation>Қабылдау журналы</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Бастап</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Дейін</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тілі</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>Соңы басынан бұрын.</translation>
    </message>
  </context>
  <context>
    <name>ListEditor</name>
    <message>
      <source>Add</source>
      <translation>Қосу</translation>
    </message>
    <message>
      <source>Add from the register…</source>
      <translation>Есептен қосу…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Today</source>
      <extracomment>page key → "module:Class" of its page; keys not listed show a placeholder page.</extracomment>
      <translation>Бүгін</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Профилактикалық есеп</translation>
    </message>
    <message>
      <source>Precinct &amp; rounds</source>
      <translation>Учаске және аралау</translation>
    </message>
    <message>
      <source>Receptions</source>
      <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
      <source>Protocols</source>
      <translation>Хаттамалар</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Оқыту</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Синхрондау</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <source>What must be done today: due checks, appeals near their deadline, protocol drafts and the sync state. Each line opens its record.</source>
      <translation>Бүгін не істеу керек: мерзімі жеткен тексерулер, мерзімі таяған жолданымдар, хаттамалардың жобалары және синхрондау күйі. Әр жол өз жазбасын ашады.</translation>
    </message>
    <message>
      <source>Persons on the preventive register, their categories, due checks and check history.</source>
      <translation>Профилактикалық есепте тұрған адамдар: санаттары, тексеру мерзімдері және тексерулер тарихы.</translation>
    </message>
    <message>
      <source>Addresses and households of the precinct and the log of door-to-door rounds.</source>
      <translation>Учаскенің мекенжайлары мен үй шаруашылықтары және үйлерді аралау журналы.</translation>
    </message>
    <message>
      <source>Citizens' appeals: talon, deadlines under the АППК, forwarding and decisions.</source>
      <translation>Азаматтардың жолданымдары: талон, ӘРПК бойынша мерзімдер, қайта жолдау және шешімдер.</translation>
    </message>
    <message>
      <source>Search and seizure protocols checked against the law before they are finalized.</source>
      <translation>Тінту, тексеріп қарау және алып қою хаттамалары аяқталғанға дейін заңға сәйкестігі тексеріледі.</translation>
    </message>
    <message>
      <source>Protocol-writing exercises for trainers and trainees.</source>
      <translation>Оқытушылар мен білім алушыларға арналған хаттама толтыру жаттығулары.</translation>
    </message>
    <message>
      <source>The quarterly report pack in Kazakh and Russian.</source>
      <translation>Қазақ және орыс тілдеріндегі тоқсандық есептер жинағы.</translation>
    </message>
    <message>
      <source>Exchange of changes with the department server.</source>
      <translation>Басқарма серверімен өзгерістер алмасу.</translation>
    </message>
    <message>
      <source>Language, automatic lock, text size, password and officers.</source>
      <translation>Тіл, автоматты бұғаттау, мәтін өлшемі, құпиясөз және қызметкерлер.</translation>
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
      <translation>&amp;Бұғаттау</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Шығу</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Өту</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Анықтама</translation>
    </message>
    <message>
      <source>Help for this page</source>
      <translation>Осы бетке анықтама</translation>
    </message>
    <message>
      <source>&amp;About Inspector Desk</source>
      <translation>Inspector Desk &amp;туралы</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Байланыс жоқ</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Байланыста</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync</source>
      <translation>
        <numerusform>%n өзгеріс синхрондауды күтуде</numerusform>
        <numerusform>%n өзгеріс синхрондауды күтуде</numerusform>
      </translation>
    </message>
    <message>
      <source>Last sync: {0}</source>
      <translation>Соңғы синхрондау: {0}</translation>
    </message>
    <message>
      <source>Never synced</source>
      <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Сақталмады</translation>
    </message>
  </context>
  <context>
    <name>NewAppealDialog</name>
    <message>
      <source>New appeal</source>
      <translation>Жаңа жолданым</translation>
    </message>
    <message>
      <source>Received (date and time)</source>
      <translation>Қабылданды (күні мен уақыты)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Format of reception</source>
      <translation>Қабылдау нысаны</translation>
    </message>
    <message>
      <source>Applicant not named (report of an offence only)</source>
      <translation>Өтініш беруші көрсетілмеген (тек құқық бұзушылық туралы хабар)</translation>
    </message>
    <message>
      <source>Applicant's full name *</source>
      <translation>Өтініш берушінің аты-жөні *</translation>
    </message>
    <message>
      <source>IIN (if given)</source>
      <translation>ЖСН (болса)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Мекенжайы</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Language of the talon and answer</source>
      <translation>Талон мен жауаптың тілі</translation>
    </message>
    <message>
      <source>What the appeal is about *</source>
      <translation>Жолданымның мәні *</translation>
    </message>
    <message>
      <source>Attachments (separate with ;)</source>
      <translation>Қосымшалар (; арқылы бөліңіз)</translation>
    </message>
  </context>
  <context>
    <name>NewCategoryDialog</name>
    <message>
      <source>New register category</source>
      <translation>Жаңа есеп санаты</translation>
    </message>
    <message>
      <source>Code (Latin, short) *</source>
      <translation>Коды (латынша, қысқа) *</translation>
    </message>
    <message>
      <source>Name in Kazakh *</source>
      <translation>Қазақша атауы *</translation>
    </message>
    <message>
      <source>Name in Russian *</source>
      <translation>Орысша атауы *</translation>
    </message>
    <message>
      <source>Name in English *</source>
      <translation>Ағылшынша атауы *</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Құқықтық негізі</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Тексеру аралығы (күн) *</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Әдепкі есепте болу мерзімі (күн)</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>мерзімі белгіленбеген</translation>
    </message>
  </context>
  <context>
    <name>NewProtocolDialog</name>
    <message>
      <source>New protocol</source>
      <translation>Жаңа хаттама</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Қазақ тілі</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Орыс тілі</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Нысан</translation>
    </message>
    <message>
      <source>Language of proceedings</source>
      <translation>Іс жүргізу тілі</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>New day transfer</source>
      <translation>Күнді жаңа ауыстыру</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <source>The day becomes</source>
      <translation>Бұл күн болады</translation>
    </message>
    <message>
      <source>Decree (number and date) *</source>
      <translation>Қаулы (нөмірі мен күні) *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit person</source>
      <extracomment>A card photo needs no more than this (3×4 cm at 300 dpi is 354×472 px).</extracomment>
      <translation>Адамды өзгерту</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Жаңа адам</translation>
    </message>
    <message>
      <source>Last name *</source>
      <translation>Тегі *</translation>
    </message>
    <message>
      <source>First name *</source>
      <translation>Аты *</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>Әкесінің аты</translation>
    </message>
    <message>
      <source>IIN *</source>
      <translation>ЖСН *</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Елді мекен</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Көше</translation>
    </message>
    <message>
      <source>House</source>
      <translation>Үй</translation>
    </message>
    <message>
      <source>Apartment</source>
      <translation>Пәтер</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <source>Photo…</source>
      <translation>Фото…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>Фотоны өшіру</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Фото жоқ</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
      <source>The file is too large ({0} MB): a photo may be at most 2 MB.</source>
      <translation>Файл тым үлкен ({0} МБ): фото 2 МБ-тан аспауы керек.</translation>
    </message>
    <message>
      <source>The file is not a JPEG or PNG image.</source>
      <translation>Файл JPEG немесе PNG суреті емес.</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>Фотоны таңдаңыз</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Суреттер (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>male</source>
      <translation>ер</translation>
    </message>
    <message>
      <source>female</source>
      <translation>әйел</translation>
    </message>
    <message>
      <source>Born {0}, {1}</source>
      <translation>Туған күні {0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Choose a person from the register</source>
      <translation>Есептен адамды таңдау</translation>
    </message>
    <message>
      <source>Type part of a name or the first digits of an IIN.</source>
      <translation>Аты-жөнінің бір бөлігін немесе ЖСН-нің алғашқы цифрларын теріңіз.</translation>
    </message>
    <message>
      <source>Nobody found. The person can be typed in by hand.</source>
      <translation>Ешкім табылмады. Адамның деректерін қолмен енгізуге болады.</translation>
    </message>
  </context>
  <context>
    <name>PersonsModel</name>
    <message>
      <source>Name</source>
      <extracomment>The found-count under the table counts at most this many (then says "1,000+"). The "Due checks" tab: due today and overdue, or due within a week.</extracomment>
      <translation>Аты-жөні</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Туған күні</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Мекенжайы</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>Есепте</translation>
    </message>
    <message>
      <source>Next check</source>
      <translation>Келесі тексеру</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>мерзімі %n күнге өтті</numerusform>
        <numerusform>мерзімі %n күнге өтті</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>бүгін тексеру керек</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>This section is being built; its records will appear here.</source>
      <translation>Бөлім әзірленуде; оның жазбалары осында пайда болады.</translation>
    </message>
  </context>
  <context>
    <name>PrefixDialog</name>
    <message>
      <source>Appeal number prefix</source>
      <translation>Жолданым нөмірінің префиксі</translation>
    </message>
    <message>
      <source>Prefix of this device (1–4 Latin capitals or digits, no 0, O, 1, I) *</source>
      <translation>Осы құрылғының префиксі (1–4 латын бас әрпі немесе цифр, 0, O, 1, I жоқ) *</translation>
    </message>
    <message>
      <source>New appeals will be numbered like {0}. Numbers already given keep their prefix; give every device of the precinct its own prefix.</source>
      <translation>Жаңа жолданымдар {0} түрінде нөмірленеді. Берілген нөмірлер өз префиксін сақтайды; учаскенің әр құрылғысына өз префиксін беріңіз.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolEditor</name>
    <message>
      <source>Save draft</source>
      <translation>Жобаны сақтау</translation>
    </message>
    <message>
      <source>Finalize and seal</source>
      <translation>Аяқтау және мөрлеу</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Тізімге оралу</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Жоба</translation>
    </message>
    <message>
      <source>Finalized</source>
      <translation>Аяқталды</translation>
    </message>
    <message>
      <source>Amended</source>
      <translation>Түзетілді</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Күші жойылды</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s) must be corrected before finalizing.</source>
      <translation>
        <numerusform>Аяқтау алдында %n қатені түзету керек.</numerusform>
        <numerusform>Аяқтау алдында %n қатені түзету керек.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No errors; %n warning(s).</source>
      <translation>
        <numerusform>Қате жоқ; %n ескерту.</numerusform>
        <numerusform>Қате жоқ; %n ескерту.</numerusform>
      </translation>
    </message>
    <message>
      <source>No findings: the protocol meets the form's rules.</source>
      <translation>Қате де, ескерту де жоқ: хаттама нысан талаптарына сай.</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Қате:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Ескерту:</translation>
    </message>
    <message>
      <source>“{0}” is not a date: type it as DD.MM.YYYY, for example 14.03.2026.</source>
      <translation>«{0}» күн емес: КК.АА.ЖЖЖЖ пішімінде жазыңыз, мысалы 14.03.2026.</translation>
    </message>
    <message>
      <source>“{0}” is not a date and time: type it as DD.MM.YYYY HH:MM, for example 14.03.2026 14:45.</source>
      <translation>«{0}» күн мен уақыт емес: КК.АА.ЖЖЖЖ СС:ММ пішімінде жазыңыз, мысалы 14.03.2026 14:45.</translation>
    </message>
    <message>
      <source>The text of this article is not among the shipped excerpts.</source>
      <translation>Бұл баптың мәтіні бағдарламамен берілген үзінділерде жоқ.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Сақталмады</translation>
    </message>
    <message>
      <source>Not finalized</source>
      <translation>Аяқталмады</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
      <source>Some of what you typed is not saved yet.</source>
      <translation>Енгізілгеннің бір бөлігі әлі сақталмаған.</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>Сақтап, жабу</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>Қалу</translation>
    </message>
    <message>
      <source>yes</source>
      <extracomment>How people write them (DD.MM.YYYY, HH:MM); the document stores ISO (YYYY-MM-DD). item kinds → the sub-group shown only for them Opens the register picker; returns the person's fields or None (set by the editor).</extracomment>
      <translation>иә</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>From the register…</source>
      <translation>Есептен…</translation>
    </message>
  </context>
  <context>
    <name>Protocols</name>
    <message>
      <source>draft</source>
      <translation>жоба</translation>
    </message>
    <message>
      <source>finalized</source>
      <translation>аяқталды</translation>
    </message>
    <message>
      <source>amended</source>
      <translation>түзетілді</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>күші жойылды</translation>
    </message>
    <message>
      <source>Protocol draft not finalized: {0} {1} ({2})</source>
      <translation>Хаттама жобасы аяқталмаған: {0} {1} ({2})</translation>
    </message>
  </context>
  <context>
    <name>ProtocolsPage</name>
    <message>
      <source>Protocols</source>
      <translation>Хаттамалар</translation>
    </message>
    <message>
      <source>Search by person, place, form or date (Ctrl+F)</source>
      <translation>Адам, орын, нысан немесе күн бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Жаңа…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Print translated copy</source>
      <translation>Аударма көшірмесін басып шығару</translation>
    </message>
    <message>
      <source>Amend…</source>
      <translation>Түзету…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Күшін жою…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорттау…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорттау…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Нысан</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тілі</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Барлық мәртебелер</translation>
    </message>
    <message>
      <source>All forms</source>
      <translation>Барлық нысандар</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Ашу мүмкін емес</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Басып шығарылмады</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Себебі:</translation>
    </message>
    <message>
      <source>Amend the protocol</source>
      <translation>Хаттаманы түзету</translation>
    </message>
    <message>
      <source>Void the protocol</source>
      <translation>Хаттаманың күшін жою</translation>
    </message>
    <message>
      <source>Import a protocol</source>
      <translation>Хаттаманы импорттау</translation>
    </message>
    <message>
      <source>Protocols (*.json)</source>
      <translation>Хаттамалар (*.json)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>Импортталмады</translation>
    </message>
    <message>
      <source>Export the protocol</source>
      <translation>Хаттаманы экспорттау</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Экспортталмады</translation>
    </message>
  </context>
  <context>
    <name>Receptions</name>
    <message>
      <source>Appeal {0} ({1}): {2}, term {3}</source>
      <translation>{0} жолданым ({1}): {2}, мерзімі {3}</translation>
    </message>
    <message>
      <source>Appeal {0} ({1}): tell the applicant of the extension, {2}, by {3}</source>
      <translation>{0} жолданым ({1}): мерзімді ұзарту туралы өтініш берушіге хабарлаңыз, {2}, {3} дейін</translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n working day(s)</source>
      <translation>
        <numerusform>мерзімі %n жұмыс күніне өтті</numerusform>
        <numerusform>мерзімі %n жұмыс күніне өтті</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>мерзімі бүгін аяқталады</translation>
    </message>
    <message numerus="yes">
      <source>%n working day(s) left</source>
      <translation>
        <numerusform>%n жұмыс күні қалды</numerusform>
        <numerusform>%n жұмыс күні қалды</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReceptionsPage</name>
    <message>
      <source>Receptions</source>
      <translation>Азаматтарды қабылдау</translation>
    </message>
    <message>
      <source>Ctrl+N takes a new appeal; Enter saves, Esc cancels. Ctrl+P prints the talon in the applicant's language. Appeals are decided within 15 working days (АППК art. 76) and forwarded within 3 (art. 65).</source>
      <translation>Ctrl+N — жаңа жолданымды қабылдау; Enter сақтайды, Esc болдырмайды. Ctrl+P талонды өтініш берушінің тілінде басып шығарады. Жолданым 15 жұмыс күні ішінде қаралады (ӘРПК 76-бап), 3 жұмыс күні ішінде қайта жолданады (65-бап).</translation>
    </message>
    <message>
      <source>Search: number, applicant, address, text (Ctrl+F)</source>
      <translation>Іздеу: нөмір, өтініш беруші, мекенжай, мәтін (Ctrl+F)</translation>
    </message>
    <message>
      <source>All appeals</source>
      <translation>Барлық жолданымдар</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Қаралуда</translation>
    </message>
    <message>
      <source>Due this week</source>
      <translation>Мерзімі осы аптада</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Мерзімі өтті</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>Қайта жолданған</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Аяқталған</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Кез келген түрі</translation>
    </message>
    <message>
      <source>Any format</source>
      <translation>Кез келген нысаны</translation>
    </message>
    <message>
      <source>New appeal (Ctrl+N)</source>
      <translation>Жаңа жолданым (Ctrl+N)</translation>
    </message>
    <message>
      <source>Talon (Ctrl+P)</source>
      <translation>Талон (Ctrl+P)</translation>
    </message>
    <message>
      <source>Take into work</source>
      <translation>Жұмысқа алу</translation>
    </message>
    <message>
      <source>Forward…</source>
      <translation>Қайта жолдау…</translation>
    </message>
    <message>
      <source>Extend…</source>
      <translation>Мерзімді ұзарту…</translation>
    </message>
    <message>
      <source>Applicant told of the extension…</source>
      <translation>Ұзарту туралы өтініш берушіге хабарланды…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>Шешім…</translation>
    </message>
    <message>
      <source>To duty unit…</source>
      <translation>Кезекші бөлімге…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Күшін жою…</translation>
    </message>
    <message>
      <source>Journal…</source>
      <translation>Журнал…</translation>
    </message>
    <message>
      <source>Reception hours…</source>
      <translation>Қабылдау кестесі…</translation>
    </message>
    <message>
      <source>Select an appeal to see it here.</source>
      <translation>Мұнда көру үшін жолданымды таңдаңыз.</translation>
    </message>
    <message>
      <source>Renumbered (was {0}): tell the applicant.</source>
      <translation>Нөмірі өзгертілді (бұрын {0}): өтініш берушіге хабарлаңыз.</translation>
    </message>
    <message>
      <source>Received: {0} · {1}</source>
      <translation>Қабылданды: {0} · {1}</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(аты көрсетілмеген)</translation>
    </message>
    <message>
      <source>Term: {0}</source>
      <translation>Мерзімі: {0}</translation>
    </message>
    <message>
      <source>late</source>
      <translation>кешігіп</translation>
    </message>
    <message>
      <source>Forwarded to {0} on {1}, No. {2}</source>
      <translation>{1} {0} қайта жолданды, № {2}</translation>
    </message>
    <message>
      <source>Extended on {0}; tell the applicant by {1}</source>
      <translation>{0} ұзартылды; өтініш берушіге {1} дейін хабарлау керек</translation>
    </message>
    <message numerus="yes">
      <source>the applicant has not been told: overdue by %n working day(s)</source>
      <translation>
        <numerusform>өтініш берушіге хабарланбаған: мерзімі %n жұмыс күніне өтті</numerusform>
        <numerusform>өтініш берушіге хабарланбаған: мерзімі %n жұмыс күніне өтті</numerusform>
      </translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant was told on {1}.</source>
      <translation>Мерзім {0} ұзартылды; өтініш берушіге {1} хабарланды.</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant has been told.</source>
      <translation>Мерзім {0} ұзартылды; өтініш берушіге хабарланды.</translation>
    </message>
    <message>
      <source>Decided on {0}: {1}</source>
      <translation>{0} шешім қабылданды: {1}</translation>
    </message>
    <message>
      <source>Handed to {0} on {1}, ref. {2}</source>
      <translation>{1} {0} берілді, тірк. № {2}</translation>
    </message>
    <message>
      <source>Cancelled: {0}</source>
      <translation>Күші жойылды: {0}</translation>
    </message>
    <message>
      <source>Preparing the journal…</source>
      <translation>Журнал дайындалуда…</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Басып шығарылмады</translation>
    </message>
    <message>
      <source>Opened for printing: {0}</source>
      <translation>Басып шығаруға ашылды: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReferenceBox</name>
    <message>
      <source>Reference data (supervisor)</source>
      <translation>Анықтамалық деректер (басшы)</translation>
    </message>
    <message>
      <source>Register categories…</source>
      <translation>Есеп санаттары…</translation>
    </message>
    <message>
      <source>Calendar day transfers…</source>
      <translation>Күнтізбедегі күндерді ауыстыру…</translation>
    </message>
    <message>
      <source>Appeal number prefix…</source>
      <translation>Жолданым нөмірінің префиксі…</translation>
    </message>
    <message>
      <source>This device is enrolled for a precinct: register categories and day transfers are changed on a supervisor's device and reach this one by sync.</source>
      <translation>Бұл құрылғы учаскеге қосылған: есеп санаттары мен күндерді ауыстыру басшының құрылғысында өзгертіледі және осында синхрондау арқылы келеді.</translation>
    </message>
    <message>
      <source>Only a supervisor may change the register categories and the working-day calendar; sign in as a supervisor to change them.</source>
      <translation>Есеп санаттарын және жұмыс күндерінің күнтізбесін тек басшы өзгерте алады; оларды өзгерту үшін басшы ретінде кіріңіз.</translation>
    </message>
    <message>
      <source>Appeal numbers of this device: {0}</source>
      <translation>Осы құрылғының жолданым нөмірлері: {0}</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialogs</name>
    <message>
      <source>Home visit</source>
      <translation>Үйіне бару</translation>
    </message>
    <message>
      <source>Preventive talk</source>
      <translation>Профилактикалық әңгімелесу</translation>
    </message>
    <message>
      <source>Summons to the precinct point</source>
      <translation>УПП-ға шақыру</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Телефон арқылы</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Басқа</translation>
    </message>
    <message>
      <source>Period expired</source>
      <translation>Мерзімі өтті</translation>
    </message>
    <message>
      <source>Cancelled by court</source>
      <translation>Сот күшін жойды</translation>
    </message>
    <message>
      <source>Moved away</source>
      <translation>Көшіп кетті</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Қайтыс болды</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Preventive register</source>
      <translation>Профилактикалық есеп</translation>
    </message>
    <message>
      <source>Ctrl+F search by any part of the name (Kazakh or Russian spelling) or by the first digits of the IIN; Ctrl+N new person; Ctrl+P print the card. Select a person to see the register entries and checks.</source>
      <translation>Ctrl+F — аты-жөнінің кез келген бөлігі (қазақша немесе орысша жазылуы) немесе ЖСН-нің алғашқы цифрлары бойынша іздеу; Ctrl+N — жаңа адам; Ctrl+P — карточканы басып шығару. Есеп жазбалары мен тексерулерді көру үшін адамды таңдаңыз.</translation>
    </message>
    <message>
      <source>Search: name or IIN (Ctrl+F)</source>
      <translation>Іздеу: аты-жөні немесе ЖСН (Ctrl+F)</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Жаңа адам</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Өзгерту</translation>
    </message>
    <message>
      <source>Put on the register</source>
      <translation>Есепке қою</translation>
    </message>
    <message>
      <source>Record a check</source>
      <translation>Тексеруді тіркеу</translation>
    </message>
    <message>
      <source>Close / reopen entry</source>
      <translation>Есептен шығару / қайта ашу</translation>
    </message>
    <message>
      <source>Print card</source>
      <translation>Карточканы басып шығару</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорттау…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорттау…</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message numerus="yes">
      <source>Due checks (%n)</source>
      <translation>
        <numerusform>Мерзімі жеткен тексерулер (%n)</numerusform>
        <numerusform>Мерзімі жеткен тексерулер (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Мерзімі өтті</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөні</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Санат</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <source>Due today and overdue</source>
      <translation>Бүгін тексерілетіндер және мерзімі өткендер</translation>
    </message>
    <message>
      <source>Due within 7 days</source>
      <translation>7 күн ішінде тексерілетіндер</translation>
    </message>
    <message>
      <source>Register entry / check</source>
      <translation>Есеп жазбасы / тексеру</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Күндері</translation>
    </message>
    <message>
      <source>Status / kind</source>
      <translation>Мәртебесі / түрі</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Барлық санаттар</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Барлығы</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>Есепте</translation>
    </message>
    <message>
      <source>Removed from the register</source>
      <translation>Есептен шығарылғандар</translation>
    </message>
    <message>
      <source>Never on the register</source>
      <translation>Есепте болмағандар</translation>
    </message>
    <message>
      <source>All addresses</source>
      <translation>Барлық мекенжайлар</translation>
    </message>
    <message>
      <source>All officers</source>
      <translation>Барлық қызметкерлер</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Саналуда…</translation>
    </message>
    <message>
      <source>1,000+ persons</source>
      <translation>1 000+ адам</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n адам</numerusform>
        <numerusform>%n адам</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>мерзімі %n күнге өтті</numerusform>
        <numerusform>мерзімі %n күнге өтті</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>бүгін тексеру керек</translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>%n күннен кейін тексеру керек</numerusform>
        <numerusform>%n күннен кейін тексеру керек</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a person to see the register entries and checks.</source>
      <translation>Есеп жазбалары мен тексерулерді көру үшін адамды таңдаңыз.</translation>
    </message>
    <message>
      <source>male</source>
      <translation>ер</translation>
    </message>
    <message>
      <source>female</source>
      <translation>әйел</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Туған күні</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Мекенжайы</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Құжат</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (назардағы тізім)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>есепте</translation>
    </message>
    <message>
      <source>next check: {0}</source>
      <translation>келесі тексеру: {0}</translation>
    </message>
    <message>
      <source>closed {0}: {1}</source>
      <translation>{0} есептен шығарылды: {1}</translation>
    </message>
    <message>
      <source>check</source>
      <translation>тексеру</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Қайта ашу</translation>
    </message>
    <message>
      <source>Reopen this register entry?</source>
      <translation>Бұл есеп жазбасын қайта ашу керек пе?</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Сақталмады</translation>
    </message>
    <message>
      <source>Save the card</source>
      <translation>Карточканы сақтау</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Файл оқылуда…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Импорттау…</translation>
    </message>
    <message>
      <source>Export persons</source>
      <translation>Адамдарды экспорттау</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Register check</source>
      <translation>Есеп бойынша тексеру</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more register check(s) due</source>
      <translation>
        <numerusform>…және есеп бойынша тағы %n тексеру</numerusform>
        <numerusform>…және есеп бойынша тағы %n тексеру</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <source>This officer's preferences</source>
      <translation>Қызметкердің баптаулары</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <source>Lock after idle time (minutes)</source>
      <translation>Әрекетсіз тұрғаннан кейін бұғаттау (минут)</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Мәтін өлшемі</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Аудит журналы</translation>
    </message>
    <message>
      <source>Verify the audit log</source>
      <translation>Аудит журналын тексеру</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Құпиясөз ауыстырылды.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Тексерілуде…</translation>
    </message>
    <message>
      <source>Verifying the audit log…</source>
      <translation>Аудит журналы тексерілуде…</translation>
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
      <translation>Демо учаске құрылуда…</translation>
    </message>
    <message>
      <source>Open a database file</source>
      <translation>Дерекқор файлын ашу</translation>
    </message>
    <message>
      <source>Inspector Desk databases (*.idb);;All files (*)</source>
      <translation>Inspector Desk дерекқорлары (*.idb);;Барлық файлдар (*)</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Sync</source>
      <translation>Синхрондау</translation>
    </message>
    <message>
      <source>Changes waiting</source>
      <translation>Синхрондауды күтетін өзгерістер</translation>
    </message>
    <message>
      <source>Last successful sync</source>
      <translation>Соңғы сәтті синхрондау</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Мәселе</translation>
    </message>
    <message>
      <source>Persons registered on two devices, merged</source>
      <translation>Екі құрылғыда енгізілген адамдар (біріктірілді)</translation>
    </message>
    <message>
      <source>Records of one person (the same IIN) registered on two devices are merged after sync: the record registered first stays, with the register entries and checks of both.</source>
      <translation>Бір адамның екі құрылғыда енгізілген жазбалары (бір ЖСН) синхрондаудан кейін біріктіріледі: бірінші енгізілген жазба қалады, екеуінің есеп жазбалары мен тексерулері соған көшеді.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Қазір синхрондау</translation>
    </message>
    <message>
      <source>Save changes to a file (USB)…</source>
      <translation>Өзгерістерді файлға сақтау (USB)…</translation>
    </message>
    <message>
      <source>No connection: save this device's changes to an encrypted file and take it to the department. Before the first sync, enter the token from the department above.</source>
      <translation>Байланыс жоқ: осы құрылғының өзгерістерін шифрланған файлға сақтап, басқармаға апарыңыз. Алғашқы синхрондау алдында жоғарыда басқарма берген токенді енгізіңіз.</translation>
    </message>
    <message>
      <source>Open the department's answer…</source>
      <translation>Басқарманың жауабын ашу…</translation>
    </message>
    <message>
      <source>Connect this device to the department server</source>
      <translation>Құрылғыны басқарма серверіне қосу</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Сервер мекенжайы</translation>
    </message>
    <message>
      <source>Enrolment token (from the department)</source>
      <translation>Қосылу токені (басқармадан)</translation>
    </message>
    <message>
      <source>Connect and sync</source>
      <translation>Қосу және синхрондау</translation>
    </message>
    <message>
      <source>Changed on two devices — choose which value to keep:</source>
      <translation>Екі құрылғыда өзгертілген — қай мәнді қалдыру керектігін таңдаңыз:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Өріс</translation>
    </message>
    <message>
      <source>This device</source>
      <translation>Осы құрылғы</translation>
    </message>
    <message>
      <source>Changed on the server by</source>
      <translation>Серверде өзгерткен</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Қашан</translation>
    </message>
    <message>
      <source>Keep this device's value</source>
      <translation>Осы құрылғының мәнін қалдыру</translation>
    </message>
    <message>
      <source>Keep the server's value</source>
      <translation>Сервердің мәнін қалдыру</translation>
    </message>
    <message>
      <source>Changes that could not be synced (the rest went on):</source>
      <translation>Синхрондалмаған өзгерістер (қалғандары жіберілді):</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Бағыты</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Шетке қою</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Жоқ</translation>
    </message>
    <message>
      <source>The department revoked this device. Contact the department.</source>
      <translation>Басқарма бұл құрылғыны кері қайтарып алды. Басқармаға хабарласыңыз.</translation>
    </message>
    <message>
      <source>No connection to the server. Changes are kept and will be sent when the connection returns.</source>
      <translation>Сервермен байланыс жоқ. Өзгерістер сақталды, байланыс пайда болғанда жіберіледі.</translation>
    </message>
    <message>
      <source>The server did not accept this device. Ask the department for a new enrolment token.</source>
      <translation>Сервер бұл құрылғыны қабылдамады. Басқармадан жаңа қосылу токенін сұраңыз.</translation>
    </message>
    <message>
      <source>Sync is not set up correctly: check the server address. Secrets are sent only over HTTPS.</source>
      <translation>Синхрондау дұрыс бапталмаған: сервер мекенжайын тексеріңіз. Құпия кілттер тек HTTPS арқылы жіберіледі.</translation>
    </message>
    <message>
      <source>The server needs a newer version of this program. Update the program; your changes are kept.</source>
      <translation>Серверге бағдарламаның жаңарақ нұсқасы керек. Бағдарламаны жаңартыңыз; өзгерістер сақталды.</translation>
    </message>
    <message>
      <source>The server reported a fault. Try again later; if it repeats, tell the department's administrator.</source>
      <translation>Серверде қате болды. Кейінірек қайталаңыз; қайталанса, басқарма әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>болған жоқ</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>жіберілген</translation>
    </message>
    <message>
      <source>received</source>
      <translation>алынған</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Синхрондалуда…</translation>
    </message>
    <message>
      <source>Enter the server address and the token.</source>
      <translation>Сервер мекенжайы мен токенді енгізіңіз.</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Қосылуда…</translation>
    </message>
    <message>
      <source>Save changes for the department</source>
      <translation>Өзгерістерді басқарма үшін сақтау</translation>
    </message>
    <message>
      <source>Transfer files (*.idsync)</source>
      <translation>Тасымалдау файлдары (*.idsync)</translation>
    </message>
    <message>
      <source>{0} change(s) saved to {1}. Take the file to the department and bring back its answer.</source>
      <translation>Сақталған өзгерістер: {0}, файл {1}. Файлды басқармаға апарып, оның жауабын әкеліңіз.</translation>
    </message>
    <message>
      <source>Open the department's answer</source>
      <translation>Басқарманың жауабын ашу</translation>
    </message>
    <message>
      <source>Answer applied: {0} change(s) confirmed, {1} received.</source>
      <translation>Жауап қолданылды: расталған өзгерістер — {0}, алынғаны — {1}.</translation>
    </message>
    <message>
      <source>Not configured: this device works offline. Every change is kept in the outbox until it can be sent.</source>
      <translation>Бапталмаған: құрылғы байланыссыз жұмыс істейді. Әр өзгеріс жіберу мүмкін болғанша жіберу кезегінде сақталады.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Today</source>
      <extracomment>Each provider returns (text, page key) lines for the Today list, given the window; a line may carry a third element, the id of its record: activating the line then calls the page's ``open_record(record_id)`` when the page has one.</extracomment>
      <translation>Бүгін</translation>
    </message>
    <message>
      <source>Nothing is due today.</source>
      <translation>Бүгінге мерзімі жеткен іс жоқ.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync.</source>
      <translation>
        <numerusform>%n өзгеріс синхрондауды күтуде.</numerusform>
        <numerusform>%n өзгеріс синхрондауды күтуде.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>Unlock the precinct database</source>
      <translation>Учаске дерекқорын ашу</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Құпиясөз</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Басқа файлды ашу…</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>Дерекқор: {0}</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Ашылуда…</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to Inspector Desk</source>
      <translation>Inspector Desk-ке қош келдіңіз</translation>
    </message>
    <message>
      <source>This computer has no precinct database yet. Create one for your precinct, or open the demo precinct to look around. All data stays on this computer, encrypted.</source>
      <translation>Бұл компьютерде әлі учаске дерекқоры жоқ. Өз учаскеңізге дерекқор құрыңыз немесе танысу үшін демо учаскені ашыңыз. Барлық деректер осы компьютерде шифрланған түрде сақталады.</translation>
    </message>
    <message>
      <source>Create a new precinct database</source>
      <translation>Жаңа учаске дерекқорын құру</translation>
    </message>
    <message>
      <source>Open the demo precinct (login demo, password demo)</source>
      <translation>Демо учаскені ашу (логин demo, құпиясөз demo)</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Дерекқор файлын ашу…</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
  </context>
</TS>