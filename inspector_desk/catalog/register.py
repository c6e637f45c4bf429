"""Core messages of the preventive register: validation, import/export, CLI."""

_FIELDS = {
    "iin": ("ЖСН", "ИИН", "IIN"),
    "last_name": ("Тегі", "Фамилия", "last name"),
    "first_name": ("Аты", "Имя", "first name"),
    "patronymic": ("Әкесінің аты", "Отчество", "patronymic"),
    "birth_date": ("Туған күні", "Дата рождения", "birth date"),
    "sex": ("Жынысы", "Пол", "sex"),
    "document": ("Құжат", "Документ", "document"),
    "phone": ("Телефон", "Телефон", "phone"),
    "settlement": ("Елді мекен", "Населённый пункт", "settlement"),
    "street": ("Көше", "Улица", "street"),
    "house": ("Үй", "Дом", "house"),
    "apartment": ("Пәтер", "Квартира", "apartment"),
    "notes": ("Ескертпелер", "Примечания", "notes"),
    "register_category": ("Есеп санаты", "Категория учёта", "register category"),
    "register_basis": ("Есепке қою негізі", "Основание постановки на учёт", "register basis"),
    "register_start": ("Есептің басталуы", "Начало учёта", "register start"),
    "register_end": ("Есептің аяқталуы", "Окончание учёта", "register end"),
    "category": ("Санат", "Категория", "category"),
    "basis_document": ("Негіз құжаты", "Документ-основание", "basis document"),
    "basis_date": ("Негіз күні", "Дата основания", "basis date"),
    "start_on": ("Басталуы", "Начало", "start"),
    "end_on": ("Аяқталуы", "Окончание", "end"),
    "checked_on": ("Тексеру күні", "Дата проверки", "check date"),
    "kind": ("Түрі", "Вид", "kind"),
    "close_reason": ("Есептен шығару себебі", "Причина снятия с учёта", "reason for closing"),
    "check_interval_days": ("Тексеру аралығы (күн)", "Интервал проверок (дней)",
                            "check interval (days)"),
    "name_kk": ("Атауы (қаз.)", "Название (каз.)", "name (kk)"),
    "name_ru": ("Атауы (орыс.)", "Название (рус.)", "name (ru)"),
    "name_en": ("Атауы (ағыл.)", "Название (англ.)", "name (en)"),
    "code": ("Коды", "Код", "code"),
}

MESSAGES: dict[str, dict[str, str]] = {
    f"register.field.{name}": {"kk": kk, "ru": ru, "en": en}
    for name, (kk, ru, en) in _FIELDS.items()
}

MESSAGES.update({
    "register.field_required": {
        "en": "“{field}” must be filled in.",
        "ru": "Поле «{field}» обязательно.",
        "kk": "«{field}» өрісін толтыру міндетті.",
    },
    "register.iin_invalid": {
        "en": "The IIN is not valid: {reason}.",
        "ru": "ИИН недействителен: {reason}.",
        "kk": "ЖСН жарамсыз: {reason}.",
    },
    "register.iin_taken": {
        "en": "A person with this IIN is already in the register.",
        "ru": "Лицо с таким ИИН уже есть в учёте.",
        "kk": "Мұндай ЖСН-і бар адам есепте бұрыннан бар.",
    },
    "register.iin_birth_date": {
        "en": "The birth date {given} contradicts the IIN, which gives {derived}.",
        "ru": "Дата рождения {given} противоречит ИИН, по которому она {derived}.",
        "kk": "{given} туған күні ЖСН-ге қайшы, ЖСН бойынша ол {derived}.",
    },
    "register.iin_sex": {
        "en": "The sex contradicts the IIN (the IIN says {derived}).",
        "ru": "Пол противоречит ИИН (по ИИН — {derived}).",
        "kk": "Жынысы ЖСН-ге қайшы (ЖСН бойынша — {derived}).",
    },
    "register.sex.M": {"en": "male", "ru": "мужской", "kk": "ер"},
    "register.sex.F": {"en": "female", "ru": "женский", "kk": "әйел"},
    "register.bad_date": {
        "en": "“{value}” is not a date; write it as 21.11.2026 or 2026-11-21.",
        "ru": "«{value}» — не дата; пишите 21.11.2026 или 2026-11-21.",
        "kk": "«{value}» — күн емес; 21.11.2026 немесе 2026-11-21 түрінде жазыңыз.",
    },
    "register.bad_sex": {
        "en": "“{value}” is not a sex; write M or F (М/Ж, Е/Ә).",
        "ru": "«{value}» — не пол; пишите М или Ж (M/F, Е/Ә).",
        "kk": "«{value}» — жыныс емес; Е немесе Ә жазыңыз (M/F, М/Ж).",
    },
    "register.bad_phone": {
        "en": "“{value}” is not a Kazakhstani phone number (+7 and 10 digits).",
        "ru": "«{value}» — не казахстанский номер телефона (+7 и 10 цифр).",
        "kk": "«{value}» — Қазақстан телефон нөмірі емес (+7 және 10 цифр).",
    },
    "register.bad_name": {
        "en": "A name may hold letters, spaces, hyphens and apostrophes only.",
        "ru": "Имя может содержать только буквы, пробелы, дефисы и апострофы.",
        "kk": "Атында тек әріптер, бос орын, дефис және апостроф болуы мүмкін.",
    },
    "register.too_long": {
        "en": "The text is too long (at most {n} characters).",
        "ru": "Текст слишком длинный (не более {n} символов).",
        "kk": "Мәтін тым ұзын (ең көбі {n} таңба).",
    },
    "register.birth_future": {
        "en": "The birth date is in the future.",
        "ru": "Дата рождения ещё не наступила.",
        "kk": "Туған күні әлі келмеген.",
    },
    "register.end_before_start": {
        "en": "The end of the register period is before its start.",
        "ru": "Окончание учёта раньше его начала.",
        "kk": "Есептің аяқталуы басталуынан ерте.",
    },
    "register.start_future": {
        "en": "The register start is in the future.",
        "ru": "Начало учёта ещё не наступило.",
        "kk": "Есептің басталуы әлі келмеген.",
    },
    "register.check_future": {
        "en": "A check cannot be dated in the future.",
        "ru": "Проверка не может быть датирована будущим числом.",
        "kk": "Тексеру болашақ күнмен белгіленбейді.",
    },
    "register.check_before_start": {
        "en": "The check is dated before the register entry started ({start}).",
        "ru": "Проверка датирована раньше начала учёта ({start}).",
        "kk": "Тексеру есептің басталуынан ({start}) ерте белгіленген.",
    },
    "register.entry_closed": {
        "en": "This register entry is closed; reopen it first.",
        "ru": "Эта запись учёта закрыта; сначала верните её на учёт.",
        "kk": "Бұл есеп жазбасы жабылған; алдымен оны қайта ашыңыз.",
    },
    "register.entry_open": {
        "en": "This register entry is already open.",
        "ru": "Эта запись учёта уже открыта.",
        "kk": "Бұл есеп жазбасы онсыз да ашық.",
    },
    "register.unknown_category": {
        "en": "“{value}” is not a register category.",
        "ru": "«{value}» — не категория учёта.",
        "kk": "«{value}» — есеп санаты емес.",
    },
    "register.unknown_choice": {
        "en": "“{value}” is not one of the allowed values.",
        "ru": "«{value}» — недопустимое значение.",
        "kk": "«{value}» — рұқсат етілмеген мән.",
    },
    "register.code_taken": {
        "en": "A category with the code {code} already exists.",
        "ru": "Категория с кодом {code} уже существует.",
        "kk": "{code} коды бар санат бұрыннан бар.",
    },
    "register.device_not_supervisor": {
        "en": "This device is enrolled for a precinct: register categories are changed on a "
        "supervisor's device and reach this one by sync.",
        "ru": "Это устройство подключено для участка: категории учёта изменяются на "
        "устройстве руководителя и приходят сюда при синхронизации.",
        "kk": "Бұл құрылғы учаскеге қосылған: есеп санаттары басшының құрылғысында "
        "өзгертіледі және осында синхрондау арқылы келеді.",
    },
    "register.not_allowed": {
        "en": "Only a supervisor may change register categories.",
        "ru": "Изменять категории учёта может только руководитель.",
        "kk": "Есеп санаттарын тек басшы өзгерте алады.",
    },
    "register.on_register": {
        "en": "The person is on the register: close the open register entries first.",
        "ru": "Лицо состоит на учёте: сначала снимите его с учёта по открытым записям.",
        "kk": "Адам есепте тұр: алдымен ашық есеп жазбалары бойынша есептен шығарыңыз.",
    },
    "register.not_found": {
        "en": "The record no longer exists.",
        "ru": "Запись больше не существует.",
        "kk": "Жазба енді жоқ.",
    },
    "register.bad_number": {
        "en": "“{value}” is not a whole number of days from 1 to 3650.",
        "ru": "«{value}» — не целое число дней от 1 до 3650.",
        "kk": "«{value}» — 1-ден 3650-ге дейінгі бүтін күн саны емес.",
    },
    # -- import / export --------------------------------------------------------------
    "register.import.row": {
        "en": "Row {row}, column {column}: {error}",
        "ru": "Строка {row}, столбец {column}: {error}",
        "kk": "{row}-жол, {column} бағаны: {error}",
    },
    "register.import.unknown_encoding": {
        "en": "The file is neither UTF-8 nor Windows-1251 text; save it from Excel as "
              "“CSV UTF-8” or as .xlsx.",
        "ru": "Файл не является текстом в UTF-8 или Windows-1251; сохраните его из Excel "
              "как «CSV UTF-8» или .xlsx.",
        "kk": "Файл UTF-8 немесе Windows-1251 мәтіні емес; оны Excel-ден «CSV UTF-8» немесе "
              ".xlsx ретінде сақтаңыз.",
    },
    "register.import.not_a_table": {
        "en": "The file is not a table of persons (no header row with the IIN and name "
              "columns was found).",
        "ru": "Файл не является таблицей лиц (не найдена строка заголовков со столбцами "
              "ИИН и ФИО).",
        "kk": "Файл адамдар кестесі емес (ЖСН және аты-жөні бағандары бар тақырып жолы "
              "табылмады).",
    },
    "register.import.too_large": {
        "en": "The file is too large ({size} MB; at most {limit} MB).",
        "ru": "Файл слишком большой ({size} МБ; не более {limit} МБ).",
        "kk": "Файл тым үлкен ({size} МБ; ең көбі {limit} МБ).",
    },
    "register.import.bad_xlsx": {
        "en": "The file has the .xlsx extension but is not a readable Excel workbook.",
        "ru": "У файла расширение .xlsx, но это не читаемая книга Excel.",
        "kk": "Файлдың кеңейтімі .xlsx, бірақ ол оқылатын Excel кітабы емес.",
    },
    "register.import.unsupported": {
        "en": "Only .csv and .xlsx files can be imported.",
        "ru": "Импортировать можно только файлы .csv и .xlsx.",
        "kk": "Тек .csv және .xlsx файлдарын импорттауға болады.",
    },
    "register.import.merged_header": {
        "en": "The header row has merged cells ({cells}); unmerge them so every column "
              "has its own name.",
        "ru": "В строке заголовков есть объединённые ячейки ({cells}); разъедините их, "
              "чтобы у каждого столбца было своё имя.",
        "kk": "Тақырып жолында біріктірілген ұяшықтар бар ({cells}); әр бағанның өз атауы "
              "болуы үшін оларды ажыратыңыз.",
    },
    "register.import.missing_column": {
        "en": "The required column “{column}” is missing from the header.",
        "ru": "В заголовке нет обязательного столбца «{column}».",
        "kk": "Тақырыпта міндетті «{column}» бағаны жоқ.",
    },
    "register.import.duplicate_column": {
        "en": "The column “{column}” appears twice in the header.",
        "ru": "Столбец «{column}» встречается в заголовке дважды.",
        "kk": "«{column}» бағаны тақырыпта екі рет кездеседі.",
    },
    "register.import.duplicate_iin": {
        "en": "the same IIN is already in row {other}",
        "ru": "такой же ИИН уже есть в строке {other}",
        "kk": "дәл осындай ЖСН {other}-жолда бар",
    },
    "register.import.basis_required": {
        "en": "the register basis is required when a category is given",
        "ru": "основание учёта обязательно, если указана категория",
        "kk": "санат көрсетілсе, есеп негізі міндетті",
    },
    "register.import.start_required": {
        "en": "the register start is required when a category is given",
        "ru": "начало учёта обязательно, если указана категория",
        "kk": "санат көрсетілсе, есептің басталуы міндетті",
    },
    "register.import.rejected": {
        "en": "The file has {n} invalid row(s); nothing was imported.",
        "ru": "В файле недопустимых строк: {n}; ничего не импортировано.",
        "kk": "Файлда жарамсыз жолдар саны: {n}; ештеңе импортталмады.",
    },
    "register.import.reason_column": {
        "en": "reason", "ru": "причина", "kk": "себебі",
    },
    "register.import.summary": {
        "en": "{imported} new, {updated} updated, {entries} register entries added, "
              "{rejected} rejected.",
        "ru": "Новых: {imported}, обновлено: {updated}, добавлено записей учёта: {entries}, "
              "отклонено: {rejected}.",
        "kk": "Жаңа: {imported}, жаңартылды: {updated}, қосылған есеп жазбалары: {entries}, "
              "қабылданбады: {rejected}.",
    },
    "register.card.title": {
        "en": "Preventive register card", "ru": "Карточка профилактического учёта",
        "kk": "Профилактикалық есеп карточкасы",
    },
})

MESSAGES.update({
    "register.photo_too_big": {"kk": "Фото тым үлкен: {mb} МБ-тан аспауы керек",
                               "ru": "Фото слишком большое: не более {mb} МБ",
                               "en": "The photo is too large: at most {mb} MB"},
    "register.photo_not_image": {"kk": "Файл JPEG немесе PNG суреті емес",
                                 "ru": "Файл не является изображением JPEG или PNG",
                                 "en": "The file is not a JPEG or PNG image"},
})
