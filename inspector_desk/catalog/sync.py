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
        "ru": "Сервер не принял это устройство ({reason}). Запросите в управлении новый токен "
        "подключения.",
        "kk": "Сервер бұл құрылғыны қабылдамады ({reason}). Басқармадан жаңа қосылу токенін "
        "сұраңыз.",
    },
    "sync.error.server": {
        "en": "The server reported a fault ({reason}). Try again later; if it repeats, tell "
        "the department's administrator.",
        "ru": "Сервер сообщил об ошибке ({reason}). Повторите позже; если повторится, "
        "сообщите администратору управления.",
        "kk": "Серверде қате болды ({reason}). Кейінірек қайталаңыз; қайталанса, басқарма "
        "әкімшісіне хабарлаңыз.",
    },
    "sync.error.update": {
        "en": "The server needs a newer version of this program ({reason}). Update the program; "
        "your changes are kept.",
        "ru": "Серверу нужна более новая версия программы ({reason}). Обновите программу; "
        "изменения сохранены.",
        "kk": "Серверге бағдарламаның жаңарақ нұсқасы керек ({reason}). Бағдарламаны "
        "жаңартыңыз; өзгерістер сақталды.",
    },
    "sync.error.config": {
        "en": "Sync is not set up correctly ({reason}). Check the server address; secrets "
        "are sent only over HTTPS.",
        "ru": "Синхронизация настроена неверно ({reason}). Проверьте адрес сервера; секреты "
        "передаются только по HTTPS.",
        "kk": "Синхрондау дұрыс бапталмаған ({reason}). Сервер мекенжайын тексеріңіз; "
        "құпия кілттер тек HTTPS арқылы жіберіледі.",
    },
    "sync.forms_refused": {
        "en": "The department published protocol forms this program cannot use: {names}. "
              "Protocols are written on the forms you have. Update the program; if the forms "
              "stay after the update, tell the department's administrator.",
        "ru": "Управление опубликовало формы протоколов, которые эта программа не может "
              "использовать: {names}. Протоколы составляются по имеющимся формам. Обновите "
              "программу; если после обновления формы останутся, сообщите администратору "
              "управления.",
        "kk": "Басқарма осы бағдарлама пайдалана алмайтын хаттама нысандарын жариялады: {names}. "
              "Хаттамалар қолда бар нысандар бойынша толтырылады. Бағдарламаны жаңартыңыз; "
              "жаңартудан кейін де нысандар қалса, басқарма әкімшісіне хабарлаңыз.",
    },
    "sync.usb_failed": {
        "en": "The transfer file could not be used: {reason}. Nothing was changed.",
        "ru": "Файл передачи не удалось использовать: {reason}. Ничего не изменено.",
        "kk": "Тасымалдау файлын пайдалану мүмкін болмады: {reason}. Ештеңе өзгертілмеді.",
    },
    "usb.foreign_file": {
        "en": "not an Inspector Desk transfer file",
        "ru": "это не файл передачи Inspector Desk",
        "kk": "бұл Inspector Desk тасымалдау файлы емес",
    },
    "usb.unsupported_format": {
        "en": "this program does not know the file's format: update the program",
        "ru": "формат файла неизвестен этой программе: обновите программу",
        "kk": "бағдарлама файлдың пішімін білмейді: бағдарламаны жаңартыңыз",
    },
    "usb.old_format": {
        "en": "the file was made by an older version of Inspector Desk: update the program "
        "where it was made and make the file again",
        "ru": "файл создан старой версией Inspector Desk: обновите программу там, где он "
        "создан, и создайте файл заново",
        "kk": "файлды Inspector Desk-тің ескі нұсқасы жасаған: файл жасалған жердегі "
        "бағдарламаны жаңартып, файлды қайта жасаңыз",
    },
    "usb.revoked": {
        "en": "the department revoked this device: it is locked; contact the department",
        "ru": "управление отозвало это устройство: оно заблокировано; обратитесь в управление",
        "kk": "басқарма бұл құрылғыны кері қайтарып алды: ол бұғатталды; басқармаға "
        "хабарласыңыз",
    },
    "usb.damaged": {
        "en": "the transfer file is damaged",
        "ru": "файл передачи повреждён",
        "kk": "тасымалдау файлы бүлінген",
    },
    "usb.bad_signature": {
        "en": "the signature does not match: the file is forged, damaged or for another device",
        "ru": "подпись не совпадает: файл подделан, повреждён или предназначен другому "
        "устройству",
        "kk": "қолтаңба сәйкес келмейді: файл жалған, бүлінген немесе басқа құрылғыға арналған",
    },
    "usb.not_enrolled": {
        "en": "this device is not enrolled: give the enrolment token",
        "ru": "устройство не подключено: укажите токен подключения",
        "kk": "құрылғы қосылмаған: қосылу токенін көрсетіңіз",
    },
    "usb.other_device": {
        "en": "this answer file is for another device",
        "ru": "этот файл ответа предназначен другому устройству",
        "kk": "бұл жауап файлы басқа құрылғыға арналған",
    },
    "usb.no_key": {
        "en": "this device has no key for the answer file",
        "ru": "у этого устройства нет ключа к файлу ответа",
        "kk": "бұл құрылғыда жауап файлының кілті жоқ",
    },
    "sync.sealed": {
        "en": "The protocol was finalized on another device: this device's value can no longer "
        "be written. Keep the server's value.",
        "ru": "Протокол уже завершён на другом устройстве: значение этого устройства больше "
        "нельзя записать. Оставьте значение сервера.",
        "kk": "Хаттама басқа құрылғыда аяқталған: бұл құрылғының мәнін енді жазу мүмкін емес. "
        "Сервердің мәнін қалдырыңыз.",
    },
    "sync.move_not_allowed": {
        "en": "This step can no longer be taken: the record was moved on another device. Keep "
        "the server's value.",
        "ru": "Это действие уже нельзя выполнить: на другом устройстве запись перешла в другое "
        "состояние. Оставьте значение сервера.",
        "kk": "Бұл әрекетті енді орындау мүмкін емес: басқа құрылғыда жазба басқа күйге "
        "өтті. Сервердің мәнін қалдырыңыз.",
    },
    "sync.conflict_not_open": {
        "en": "This conflict was already resolved.",
        "ru": "Этот конфликт уже разрешён.",
        "kk": "Бұл қайшылық бұрын шешілген.",
    },
    "sync.revoked": {
        "en": "The department revoked this device: it is locked. Contact the department.",
        "ru": "Управление отозвало это устройство: оно заблокировано. Обратитесь в управление.",
        "kk": "Басқарма бұл құрылғыны кері қайтарып алды: ол бұғатталды. Басқармаға хабарласыңыз.",
    },
    "sync.record.precincts": {
        "en": "Precinct",
        "ru": "Участок",
        "kk": "Учаске",
    },
    "sync.record.officers": {
        "en": "Officer",
        "ru": "Сотрудник",
        "kk": "Қызметкер",
    },
    "sync.record.register_categories": {
        "en": "Register category",
        "ru": "Категория учёта",
        "kk": "Есеп санаты",
    },
    "sync.record.persons": {
        "en": "Person",
        "ru": "Лицо",
        "kk": "Адам",
    },
    "sync.record.register_entries": {
        "en": "Register entry",
        "ru": "Запись учёта",
        "kk": "Есеп жазбасы",
    },
    "sync.record.checks": {
        "en": "Check",
        "ru": "Проверка",
        "kk": "Тексеру",
    },
    "sync.record.appeals": {
        "en": "Appeal",
        "ru": "Обращение",
        "kk": "Жолданым",
    },
    "sync.record.calendar_overrides": {
        "en": "Day transfer",
        "ru": "Перенос дня",
        "kk": "Күнді ауыстыру",
    },
    "sync.record.reception_hours": {
        "en": "Reception schedule",
        "ru": "График приёма",
        "kk": "Қабылдау кестесі",
    },
    "sync.record.protocols": {
        "en": "Protocol",
        "ru": "Протокол",
        "kk": "Хаттама",
    },
    "sync.record.protocol_fields": {
        "en": "Protocol field",
        "ru": "Поле протокола",
        "kk": "Хаттама өрісі",
    },
    "sync.record.protocol_events": {
        "en": "Protocol voiding",
        "ru": "Аннулирование протокола",
        "kk": "Хаттаманың күшін жою",
    },
    "sync.record.form_definitions": {
        "en": "Protocol form",
        "ru": "Форма протокола",
        "kk": "Хаттама нысаны",
    },
    "sync.value.image": {
        "en": "image, {kb} KB",
        "ru": "изображение, {kb} КБ",
        "kk": "сурет, {kb} КБ",
    },
    "sync.reason.finalized": {
        "en": "the record was finalized on another device and can no longer change",
        "ru": "запись уже завершена на другом устройстве и больше не изменяется",
        "kk": "жазба басқа құрылғыда аяқталған, енді өзгертілмейді",
    },
    "sync.reason.duplicate_value": {
        "en": "the same value is already on this device",
        "ru": "такое значение уже есть на этом устройстве",
        "kk": "мұндай мән бұл құрылғыда бар",
    },
    "sync.reason.missing_value": {
        "en": "a required value is missing",
        "ru": "не заполнено обязательное значение",
        "kk": "міндетті мән толтырылмаған",
    },
    "sync.reason.invalid_value": {
        "en": "a value is not allowed",
        "ru": "недопустимое значение",
        "kk": "рұқсат етілмеген мән",
    },
    "sync.reason.missing_reference": {
        "en": "it refers to a record this device does not have",
        "ru": "ссылается на запись, которой нет на этом устройстве",
        "kk": "бұл құрылғыда жоқ жазбаға сілтейді",
    },
    "sync.reason.cannot_apply": {
        "en": "it could not be written on this device",
        "ru": "не удалось записать на этом устройстве",
        "kk": "бұл құрылғыда жазылмады",
    },
    "sync.reason.unknown_entity": {
        "en": "a kind of record this version of the program does not know: update the program",
        "ru": "вид записи, неизвестный этой версии программы: обновите программу",
        "kk": "бағдарламаның бұл нұсқасы білмейтін жазба түрі: бағдарламаны жаңартыңыз",
    },
    "sync.reason.whole_record_unavailable": {
        "en": "the server sent a change of a record this device does not have and could not "
              "send the whole record",
        "ru": "сервер прислал изменение записи, которой нет на этом устройстве, "
              "но не смог прислать запись целиком",
        "kk": "сервер бұл құрылғыда жоқ жазбаның өзгерісін жіберді, бірақ жазбаны толық "
              "жібере алмады",
    },
    "sync.reason.reference_record": {
        "en": "it is a department reference record: only a supervisor's device may change it",
        "ru": "это справочная запись управления: изменить её может только устройство руководителя",
        "kk": "бұл басқарманың анықтамалық жазбасы: оны тек басшының құрылғысы өзгерте алады",
    },
    "sync.reason.parent_refused": {
        "en": "it belongs to a record the server did not take",
        "ru": "относится к записи, которую сервер не принял",
        "kk": "сервер қабылдамаған жазбаға жатады",
    },
    "sync.reason.other_precinct": {
        "en": "it belongs to another precinct",
        "ru": "относится к другому участку",
        "kk": "басқа учаскеге жатады",
    },
}
