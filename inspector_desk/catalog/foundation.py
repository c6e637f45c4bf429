"""Core messages of the foundation: store, accounts, audit, CLI."""

MESSAGES: dict[str, dict[str, str]] = {
    "store.wrong_password": {
        "en": "Wrong login or password.",
        "ru": "Неверный логин или пароль.",
        "kk": "Логин немесе құпиясөз қате.",
    },
    "store.throttled": {
        "en": "Too many wrong passwords. Try again in {seconds} s.",
        "ru": "Слишком много неверных паролей. Повторите через {seconds} с.",
        "kk": "Құпиясөз тым көп рет қате енгізілді. {seconds} с кейін қайталаңыз.",
    },
    "store.missing": {
        "en": "The database file {path} does not exist.",
        "ru": "Файл базы данных {path} не существует.",
        "kk": "{path} дерекқор файлы жоқ.",
    },
    "store.exists": {
        "en": "A file already exists at {path}; choose another name.",
        "ru": "Файл {path} уже существует; выберите другое имя.",
        "kk": "{path} файлы бұрыннан бар; басқа атау таңдаңыз.",
    },
    "store.keyring_missing": {
        "en": "{path} has no key file ({keys}) beside it: it is not an Inspector Desk "
        "database, or its key file was lost. Restore the key file from a backup.",
        "ru": "Рядом с {path} нет файла ключей ({keys}): это не база Inspector Desk, "
        "или файл ключей утерян. Восстановите файл ключей из резервной копии.",
        "kk": "{path} жанында кілттер файлы ({keys}) жоқ: бұл Inspector Desk дерекқоры "
        "емес немесе кілттер файлы жоғалған. Кілттер файлын сақтық көшірмеден қалпына келтіріңіз.",
    },
    "store.keyring_corrupt": {
        "en": "The key file {keys} is damaged or not an Inspector Desk key file.",
        "ru": "Файл ключей {keys} повреждён или не является файлом ключей Inspector Desk.",
        "kk": "{keys} кілттер файлы бүлінген немесе Inspector Desk кілттер файлы емес.",
    },
    "store.plain_sqlite": {
        "en": "{path} is an unencrypted SQLite file, not an Inspector Desk database.",
        "ru": "{path} — незашифрованный файл SQLite, а не база Inspector Desk.",
        "kk": "{path} — шифрланбаған SQLite файлы, Inspector Desk дерекқоры емес.",
    },
    "store.not_a_database": {
        "en": "{path} cannot be read with this key: the file is damaged or belongs to "
        "another database. Nothing was changed.",
        "ru": "{path} не читается этим ключом: файл повреждён или принадлежит другой базе. "
        "Ничего не изменено.",
        "kk": "{path} бұл кілтпен оқылмайды: файл бүлінген немесе басқа дерекқорға тиесілі. "
        "Ештеңе өзгертілмеді.",
    },
    "store.newer_version": {
        "en": "This database was written by a newer Inspector Desk (schema {schema}). "
        "Install Inspector Desk {needed} or newer; this is version {version}.",
        "ru": "Эта база создана более новой версией Inspector Desk (схема {schema}). "
        "Установите Inspector Desk {needed} или новее; у вас версия {version}.",
        "kk": "Бұл дерекқорды Inspector Desk-тің жаңарақ нұсқасы жазған (схема {schema}). "
        "Inspector Desk {needed} немесе жаңарақ нұсқасын орнатыңыз; сізде {version} нұсқасы.",
    },
    "store.disk_full": {
        "en": "The disk is full: the change was not saved and nothing was half-written. "
        "Free some space and try again.",
        "ru": "Диск заполнен: изменение не сохранено, ничего не записано наполовину. "
        "Освободите место и повторите.",
        "kk": "Диск толы: өзгеріс сақталмады, ештеңе жартылай жазылмады. "
        "Орын босатып, қайталаңыз.",
    },
    "store.busy": {
        "en": "The database is busy in another window or program. Try again in a moment.",
        "ru": "База занята другим окном или программой. Повторите через минуту.",
        "kk": "Дерекқорды басқа терезе немесе бағдарлама пайдаланып жатыр. Сәлден соң қайталаңыз.",
    },
    "store.io_error": {
        "en": "The database file could not be written ({detail}). Nothing was half-written.",
        "ru": "Не удалось записать файл базы ({detail}). Ничего не записано наполовину.",
        "kk": "Дерекқор файлын жазу мүмкін болмады ({detail}). Ештеңе жартылай жазылмады.",
    },
    "store.backup_failed": {
        "en": "Could not back up the database before updating it ({detail}); "
        "the update was not started.",
        "ru": "Не удалось сделать резервную копию базы перед обновлением ({detail}); "
        "обновление не начато.",
        "kk": "Жаңарту алдында дерекқордың сақтық көшірмесі жасалмады ({detail}); "
        "жаңарту басталмады.",
    },
    "accounts.login_taken": {
        "en": "The login {login} is already used on this device.",
        "ru": "Логин {login} уже используется на этом устройстве.",
        "kk": "{login} логині осы құрылғыда бұрыннан пайдаланылады.",
    },
    "accounts.password_short": {
        "en": "The password must have at least {n} characters.",
        "ru": "Пароль должен содержать не менее {n} символов.",
        "kk": "Құпиясөз кемінде {n} таңбадан тұруы керек.",
    },
    "accounts.passwords_differ": {
        "en": "The two passwords differ.",
        "ru": "Пароли не совпадают.",
        "kk": "Құпиясөздер сәйкес келмейді.",
    },
    "accounts.field_required": {
        "en": "Fill in: {what}.",
        "ru": "Заполните поле: {what}.",
        "kk": "Толтырыңыз: {what}.",
    },
    "field.full_name": {"en": "officer's full name", "ru": "ФИО сотрудника",
                        "kk": "қызметкердің аты-жөні"},
    "field.precinct": {"en": "precinct", "ru": "участок", "kk": "учаске"},
    "field.role": {"en": "role", "ru": "роль", "kk": "рөл"},
    "field.login": {"en": "login", "ru": "логин", "kk": "логин"},
    "accounts.bad_login": {
        "en": "A login uses Latin letters, digits, '.', '-' or '_' (2–32 characters).",
        "ru": "Логин состоит из латинских букв, цифр, «.», «-» или «_» (2–32 символа).",
        "kk": "Логин латын әріптерінен, цифрлардан, «.», «-» немесе «_» таңбаларынан тұрады "
        "(2–32 таңба).",
    },
    "accounts.not_allowed": {
        "en": "Your role ({role}) may not do this.",
        "ru": "Вашей роли ({role}) это действие не разрешено.",
        "kk": "Сіздің рөліңізге ({role}) бұл әрекетке рұқсат жоқ.",
    },
    "audit.ok": {
        "en": "Audit log intact: {count} entries, chain verified.",
        "ru": "Журнал аудита цел: {count} записей, цепочка проверена.",
        "kk": "Аудит журналы бүтін: {count} жазба, тізбек тексерілді.",
    },
    "audit.broken": {
        "en": "Audit log broken at entry {seq}: {reason}.",
        "ru": "Журнал аудита нарушен на записи {seq}: {reason}.",
        "kk": "Аудит журналы {seq}-жазбада бұзылған: {reason}.",
    },
    "audit.reason.hash": {
        "en": "its content does not match its hash (edited)",
        "ru": "содержимое не совпадает с хешем (запись изменена)",
        "kk": "мазмұны хешке сәйкес келмейді (жазба өзгертілген)",
    },
    "audit.reason.link": {
        "en": "it does not link to the entry before it (an entry was removed or inserted)",
        "ru": "не связана с предыдущей записью (запись удалена или вставлена)",
        "kk": "алдыңғы жазбамен байланыспайды (жазба жойылған немесе қосылған)",
    },
    "audit.reason.head": {
        "en": "entries after it are missing (the log was cut short)",
        "ru": "записи после неё отсутствуют (журнал обрезан)",
        "kk": "одан кейінгі жазбалар жоқ (журнал қысқартылған)",
    },
    "cli.created": {
        "en": "Created {path} for precinct «{precinct}», officer {login}.",
        "ru": "Создана база {path} для участка «{precinct}», сотрудник {login}.",
        "kk": "«{precinct}» учаскесі үшін {path} дерекқоры құрылды, қызметкер {login}.",
    },
    "cli.demo_created": {
        "en": "Demo precinct {path} ({size}): {summary}. Login demo.",
        "ru": "Демо-участок {path} ({size}): {summary}. Логин demo.",
        "kk": "Демо учаске {path} ({size}): {summary}. Логин demo.",
    },
}

