"""Core messages of sync (CLI output, errors the GUI shows), kk/ru/en."""

MESSAGES: dict[str, dict[str, str]] = {
    "sync.error.network": {
        "en": "No connection to the server ({reason}). Your changes are kept and will be "
        "sent when the connection returns.",
        "ru": "Нет связи с сервером ({reason}). Изменения сохранены и будут отправлены, "
        "когда связь появится.",
        "kk": "Сервермен байланыс жоқ ({reason}). Өзгерістер сақталды, байланыс пайда "
        "болғанда жіберіледі.",
    },
    "sync.error.auth": {
        "en": "The server did not accept this device ({reason}). Ask the department for a "
        "new enrolment token.",
        "ru": "Сервер не принял это устройство ({reason}). Запросите в отделе новый токен "
        "подключения.",
        "kk": "Сервер бұл құрылғыны қабылдамады ({reason}). Бөлімнен жаңа қосылу токенін "
        "сұраңыз.",
    },
    "sync.error.server": {
        "en": "The server reported a fault ({reason}). Try again later; if it repeats, tell "
        "the department's administrator.",
        "ru": "Сервер сообщил об ошибке ({reason}). Повторите позже; если повторится, "
        "сообщите администратору отдела.",
        "kk": "Серверде қате болды ({reason}). Кейінірек қайталаңыз; қайталанса, бөлім "
        "әкімшісіне хабарлаңыз.",
    },
    "sync.error.config": {
        "en": "Sync is not set up correctly ({reason}). Check the server address; secrets "
        "are sent only over HTTPS.",
        "ru": "Синхронизация настроена неверно ({reason}). Проверьте адрес сервера; секреты "
        "передаются только по HTTPS.",
        "kk": "Синхрондау дұрыс бапталмаған ({reason}). Сервер мекенжайын тексеріңіз; "
        "құпиялар тек HTTPS арқылы жіберіледі.",
    },
    "sync.forms_refused": {
        "en": "The department published protocol forms this program cannot use: {names}. "
              "Protocols are written on the forms you have. Update the program; if the forms "
              "stay after the update, tell the department's administrator.",
        "ru": "Отдел опубликовал формы протоколов, которые эта программа не может "
              "использовать: {names}. Протоколы составляются по имеющимся формам. Обновите "
              "программу; если после обновления формы останутся, сообщите администратору "
              "отдела.",
        "kk": "Бөлім осы бағдарлама пайдалана алмайтын хаттама нысандарын жариялады: {names}. "
              "Хаттамалар қолда бар нысандар бойынша толтырылады. Бағдарламаны жаңартыңыз; "
              "жаңартудан кейін де нысандар қалса, бөлім әкімшісіне хабарлаңыз.",
    },
    "sync.usb_failed": {
        "en": "The transfer file could not be used: {reason}. Nothing was changed.",
        "ru": "Файл передачи не удалось использовать: {reason}. Ничего не изменено.",
        "kk": "Тасымалдау файлын пайдалану мүмкін болмады: {reason}. Ештеңе өзгертілмеді.",
    },
    "sync.conflict_not_open": {
        "en": "This conflict was already resolved.",
        "ru": "Этот конфликт уже разрешён.",
        "kk": "Бұл қайшылық бұрын шешілген.",
    },
    "sync.revoked": {
        "en": "The department revoked this device: it is locked. Contact the department.",
        "ru": "Отдел отозвал это устройство: оно заблокировано. Обратитесь в отдел.",
        "kk": "Бөлім бұл құрылғыны кері қайтарып алды: ол бұғатталды. Бөлімге хабарласыңыз.",
    },
}
