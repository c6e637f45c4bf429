"""Labels of record fields on the Sync page's conflict list, kk/ru/en (fields the register's
own labels, ``register.field.*``, do not cover)."""

MESSAGES: dict[str, dict[str, str]] = {
    "sync.field.deleted_at": {"en": "Removed", "ru": "Удалено", "kk": "Жойылды"},
    # --- appeals -------------------------------------------------------------------------------
    "sync.field.appeals.precinct_id": {"en": "Precinct", "ru": "Участок", "kk": "Учаске"},
    "sync.field.appeals.reg_number": {"en": "Number", "ru": "Номер", "kk": "Нөмірі"},
    "sync.field.appeals.reg_year": {
        "en": "Year of the number",
        "ru": "Год номера",
        "kk": "Нөмірдің жылы",
    },
    "sync.field.appeals.reg_prefix": {
        "en": "Number prefix",
        "ru": "Префикс номера",
        "kk": "Нөмір префиксі",
    },
    "sync.field.appeals.reg_seq": {
        "en": "Sequence number",
        "ru": "Порядковый номер",
        "kk": "Реттік нөмірі",
    },
    "sync.field.appeals.reg_suffix": {
        "en": "Number suffix (/2, /3)",
        "ru": "Суффикс номера (/2, /3)",
        "kk": "Нөмір суффиксі (/2, /3)",
    },
    "sync.field.appeals.number_note": {
        "en": "Previous number",
        "ru": "Прежний номер",
        "kk": "Бұрынғы нөмірі",
    },
    "sync.field.appeals.received_at": {
        "en": "Received (date and time)",
        "ru": "Поступило (дата и время)",
        "kk": "Қабылданды (күні мен уақыты)",
    },
    "sync.field.appeals.registered_on": {
        "en": "Registered on",
        "ru": "Дата регистрации",
        "kk": "Тіркелген күні",
    },
    "sync.field.appeals.receiving_officer_id": {
        "en": "Received by",
        "ru": "Принял",
        "kk": "Қабылдаған",
    },
    "sync.field.appeals.receiving_officer_name": {
        "en": "Received by: name",
        "ru": "Принял: ФИО",
        "kk": "Қабылдаған: аты-жөні",
    },
    "sync.field.appeals.receiving_officer_position": {
        "en": "Received by: position",
        "ru": "Принял: должность",
        "kk": "Қабылдаған: лауазымы",
    },
    "sync.field.appeals.receiving_officer_rank": {
        "en": "Received by: rank",
        "ru": "Принял: звание",
        "kk": "Қабылдаған: атағы",
    },
    "sync.field.appeals.format": {
        "en": "Format of reception",
        "ru": "Форма приёма",
        "kk": "Қабылдау нысаны",
    },
    "sync.field.appeals.anonymous": {
        "en": "Applicant not named",
        "ru": "Заявитель не указан",
        "kk": "Өтініш беруші көрсетілмеген",
    },
    "sync.field.appeals.applicant_name": {
        "en": "Applicant's full name",
        "ru": "ФИО заявителя",
        "kk": "Өтініш берушінің аты-жөні",
    },
    "sync.field.appeals.applicant_iin": {
        "en": "Applicant's IIN",
        "ru": "ИИН заявителя",
        "kk": "Өтініш берушінің ЖСН-і",
    },
    "sync.field.appeals.applicant_address": {
        "en": "Applicant's address",
        "ru": "Адрес заявителя",
        "kk": "Өтініш берушінің мекенжайы",
    },
    "sync.field.appeals.applicant_phone": {
        "en": "Applicant's phone",
        "ru": "Телефон заявителя",
        "kk": "Өтініш берушінің телефоны",
    },
    "sync.field.appeals.applicant_lang": {
        "en": "Language of the talon and answer",
        "ru": "Язык талона и ответа",
        "kk": "Талон мен жауаптың тілі",
    },
    "sync.field.appeals.person_id": {
        "en": "Person in the register",
        "ru": "Лицо из учёта",
        "kk": "Есептегі адам",
    },
    "sync.field.appeals.summary": {
        "en": "What the appeal is about",
        "ru": "Суть обращения",
        "kk": "Жолданымның мәні",
    },
    "sync.field.appeals.attachments": {"en": "Attachments", "ru": "Приложения", "kk": "Қосымшалар"},
    "sync.field.appeals.status": {"en": "Status", "ru": "Состояние", "kk": "Күйі"},
    "sync.field.appeals.due_on": {
        "en": "Term of consideration",
        "ru": "Срок рассмотрения",
        "kk": "Қарау мерзімі",
    },
    "sync.field.appeals.forward_due_on": {
        "en": "Term for forwarding",
        "ru": "Срок перенаправления",
        "kk": "Қайта жолдау мерзімі",
    },
    "sync.field.appeals.forwarded_to": {
        "en": "Competent body",
        "ru": "Уполномоченный орган",
        "kk": "Құзыретті орган",
    },
    "sync.field.appeals.forwarded_on": {
        "en": "Forwarded on",
        "ru": "Дата перенаправления",
        "kk": "Қайта жолданған күні",
    },
    "sync.field.appeals.forwarded_number": {
        "en": "Outgoing number",
        "ru": "Исходящий номер",
        "kk": "Шығыс нөмірі",
    },
    "sync.field.appeals.forwarded_late": {
        "en": "Forwarded late",
        "ru": "Перенаправлено с опозданием",
        "kk": "Кешігіп қайта жолданды",
    },
    "sync.field.appeals.forward_late_reason": {
        "en": "Reason for the delay",
        "ru": "Причина задержки",
        "kk": "Кешігу себебі",
    },
    "sync.field.appeals.extended_on": {
        "en": "Extension decided on",
        "ru": "Дата решения о продлении",
        "kk": "Ұзарту туралы шешім күні",
    },
    "sync.field.appeals.extension_reason": {
        "en": "Reasons for the extension",
        "ru": "Основания продления",
        "kk": "Ұзарту негіздемесі",
    },
    "sync.field.appeals.extension_notice_due": {
        "en": "Tell the applicant by",
        "ru": "Срок извещения заявителя",
        "kk": "Өтініш берушіге хабарлау мерзімі",
    },
    "sync.field.appeals.extension_informed_on": {
        "en": "Applicant told on",
        "ru": "Дата извещения заявителя",
        "kk": "Өтініш берушіге хабарланған күні",
    },
    "sync.field.appeals.decided_on": {"en": "Decided on", "ru": "Дата решения", "kk": "Шешім күні"},
    "sync.field.appeals.outcome": {"en": "Outcome", "ru": "Результат", "kk": "Нәтижесі"},
    "sync.field.appeals.answer_via": {
        "en": "Answer given",
        "ru": "Ответ дан",
        "kk": "Жауап берілді",
    },
    "sync.field.appeals.answered_on": {
        "en": "Answered on",
        "ru": "Дата ответа",
        "kk": "Жауап берілген күні",
    },
    "sync.field.appeals.decision_summary": {
        "en": "Decision in brief",
        "ru": "Кратко о решении",
        "kk": "Шешімнің қысқаша мазмұны",
    },
    "sync.field.appeals.handed_to": {
        "en": "Duty unit",
        "ru": "Дежурная часть",
        "kk": "Кезекші бөлім",
    },
    "sync.field.appeals.handed_on": {
        "en": "Handed over on",
        "ru": "Дата передачи",
        "kk": "Берілген күні",
    },
    "sync.field.appeals.handed_reference": {
        "en": "Registration reference",
        "ru": "Рег. номер в дежурной части",
        "kk": "Кезекші бөлімдегі тіркеу нөмірі",
    },
    "sync.field.appeals.closed_on": {
        "en": "Closed on",
        "ru": "Дата закрытия",
        "kk": "Жабылған күні",
    },
    "sync.field.appeals.cancelled_on": {
        "en": "Cancelled on",
        "ru": "Дата аннулирования",
        "kk": "Күші жойылған күні",
    },
    "sync.field.appeals.cancel_reason": {
        "en": "Reason for cancelling",
        "ru": "Причина аннулирования",
        "kk": "Күшін жою себебі",
    },
    # --- calendar_overrides --------------------------------------------------------------------
    "sync.field.calendar_overrides.day": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "sync.field.calendar_overrides.decree": {"en": "Decree", "ru": "Постановление", "kk": "Қаулы"},
    "sync.field.calendar_overrides.note": {"en": "Note", "ru": "Примечание", "kk": "Ескертпе"},
    "sync.field.calendar_overrides.cancelled_on": {
        "en": "Cancelled on",
        "ru": "Дата отмены",
        "kk": "Күші жойылған күні",
    },
    "sync.field.calendar_overrides.cancel_reason": {
        "en": "Reason for cancelling",
        "ru": "Причина отмены",
        "kk": "Күшін жою себебі",
    },
    # --- checks --------------------------------------------------------------------------------
    "sync.field.checks.entry_id": {
        "en": "Register entry",
        "ru": "Запись учёта",
        "kk": "Есеп жазбасы",
    },
    "sync.field.checks.person_id": {"en": "Person", "ru": "Лицо", "kk": "Адам"},
    "sync.field.checks.result": {"en": "Result", "ru": "Результат", "kk": "Нәтижесі"},
    "sync.field.checks.officer_id": {"en": "Checked by", "ru": "Проверил", "kk": "Тексерген"},
    "sync.field.checks.round_visit_id": {
        "en": "Visit on a round",
        "ru": "Посещение при обходе",
        "kk": "Аралау кезінде үйге бару",
    },
    # --- form_definitions ----------------------------------------------------------------------
    "sync.field.form_definitions.form_id": {"en": "Form", "ru": "Форма", "kk": "Нысан"},
    "sync.field.form_definitions.form_version": {
        "en": "Form version",
        "ru": "Версия формы",
        "kk": "Нысан нұсқасы",
    },
    "sync.field.form_definitions.source": {
        "en": "Form text",
        "ru": "Текст формы",
        "kk": "Нысан мәтіні",
    },
    # --- officers ------------------------------------------------------------------------------
    "sync.field.officers.login": {"en": "Login", "ru": "Логин", "kk": "Логин"},
    "sync.field.officers.full_name": {
        "en": "Officer's full name",
        "ru": "ФИО сотрудника",
        "kk": "Қызметкердің аты-жөні",
    },
    "sync.field.officers.rank": {"en": "Rank", "ru": "Звание", "kk": "Атағы"},
    "sync.field.officers.position": {"en": "Position", "ru": "Должность", "kk": "Лауазымы"},
    "sync.field.officers.role": {"en": "Role", "ru": "Роль", "kk": "Рөлі"},
    "sync.field.officers.precinct_id": {"en": "Precinct", "ru": "Участок", "kk": "Учаске"},
    "sync.field.officers.active": {"en": "May sign in", "ru": "Вход разрешён", "kk": "Кіруге рұқсат етілген"},
    # --- persons -------------------------------------------------------------------------------
    "sync.field.persons.household_id": {
        "en": "Household",
        "ru": "Домохозяйство",
        "kk": "Үй шаруашылығы",
    },
    "sync.field.persons.address_review": {
        "en": "Address to be checked",
        "ru": "Адрес требует проверки",
        "kk": "Мекенжайды тексеру керек",
    },
    "sync.field.persons.photo": {"en": "Photo", "ru": "Фото", "kk": "Фото"},
    "sync.field.persons.search_key": {
        "en": "Name for search",
        "ru": "ФИО для поиска",
        "kk": "Іздеуге арналған аты-жөні",
    },
    "sync.field.persons.merged_into": {
        "en": "Merged into",
        "ru": "Объединено с записью",
        "kk": "Жазбамен біріктірілді",
    },
    # --- precincts -----------------------------------------------------------------------------
    "sync.field.precincts.name": {"en": "Name", "ru": "Наименование", "kk": "Атауы"},
    "sync.field.precincts.district": {"en": "District", "ru": "Район", "kk": "Аудан"},
    "sync.field.precincts.region": {"en": "Region", "ru": "Область", "kk": "Облыс"},
    # --- protocol_events -----------------------------------------------------------------------
    "sync.field.protocol_events.protocol_id": {"en": "Protocol", "ru": "Протокол", "kk": "Хаттама"},
    "sync.field.protocol_events.reason": {
        "en": "Reason for voiding",
        "ru": "Причина аннулирования",
        "kk": "Күшін жою себебі",
    },
    "sync.field.protocol_events.at": {
        "en": "Voided at",
        "ru": "Время аннулирования",
        "kk": "Күшін жою уақыты",
    },
    "sync.field.protocol_events.officer_id": {
        "en": "Voided by",
        "ru": "Аннулировал",
        "kk": "Күшін жойған",
    },
    # --- protocol_fields -----------------------------------------------------------------------
    "sync.field.protocol_fields.protocol_id": {"en": "Protocol", "ru": "Протокол", "kk": "Хаттама"},
    "sync.field.protocol_fields.key": {"en": "Field name", "ru": "Имя поля", "kk": "Өріс атауы"},
    "sync.field.protocol_fields.position": {"en": "Order", "ru": "Порядок", "kk": "Реті"},
    "sync.field.protocol_fields.value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    # --- protocols -----------------------------------------------------------------------------
    "sync.field.protocols.precinct_id": {"en": "Precinct", "ru": "Участок", "kk": "Учаске"},
    "sync.field.protocols.form": {"en": "Form", "ru": "Форма", "kk": "Нысан"},
    "sync.field.protocols.form_version": {
        "en": "Form version",
        "ru": "Версия формы",
        "kk": "Нысан нұсқасы",
    },
    "sync.field.protocols.language": {
        "en": "Language of proceedings",
        "ru": "Язык производства",
        "kk": "Іс жүргізу тілі",
    },
    "sync.field.protocols.status": {"en": "Status", "ru": "Статус", "kk": "Мәртебесі"},
    "sync.field.protocols.data": {
        "en": "Protocol content",
        "ru": "Содержание протокола",
        "kk": "Хаттаманың мазмұны",
    },
    "sync.field.protocols.seal": {"en": "Seal", "ru": "Печать", "kk": "Мөр"},
    "sync.field.protocols.title": {"en": "Person", "ru": "Лицо", "kk": "Адам"},
    "sync.field.protocols.action_date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "sync.field.protocols.place": {"en": "Place", "ru": "Место", "kk": "Орны"},
    "sync.field.protocols.errors": {"en": "Errors", "ru": "Ошибки", "kk": "Қателер"},
    "sync.field.protocols.warnings": {"en": "Warnings", "ru": "Предупреждения", "kk": "Ескертулер"},
    "sync.field.protocols.author_id": {
        "en": "Drawn up by",
        "ru": "Составитель",
        "kk": "Хаттаманы жасаған",
    },
    "sync.field.protocols.created_at": {
        "en": "Created",
        "ru": "Дата создания",
        "kk": "Құрылған күні",
    },
    "sync.field.protocols.finalized_at": {
        "en": "Finalized",
        "ru": "Дата завершения",
        "kk": "Аяқталған күні",
    },
    "sync.field.protocols.finalized_by": {"en": "Finalized by", "ru": "Завершил", "kk": "Аяқтаған"},
    "sync.field.protocols.amends_id": {
        "en": "Amends protocol",
        "ru": "Исправляет протокол",
        "kk": "Түзетілетін хаттама",
    },
    "sync.field.protocols.amend_reason": {
        "en": "Reason for the amendment",
        "ru": "Причина исправления",
        "kk": "Түзету себебі",
    },
    "sync.field.protocols.source": {"en": "Origin", "ru": "Способ создания", "kk": "Жасалу тәсілі"},
    # --- reception_hours -----------------------------------------------------------------------
    "sync.field.reception_hours.precinct_id": {"en": "Precinct", "ru": "Участок", "kk": "Учаске"},
    "sync.field.reception_hours.schedule": {
        "en": "Days and hours",
        "ru": "Дни и часы",
        "kk": "Күндері мен сағаттары",
    },
    "sync.field.reception_hours.place": {"en": "Place", "ru": "Место", "kk": "Орны"},
    "sync.field.reception_hours.note": {"en": "Note", "ru": "Примечание", "kk": "Ескертпе"},
    # --- register_categories -------------------------------------------------------------------
    "sync.field.register_categories.legal_basis": {
        "en": "Legal basis",
        "ru": "Правовое основание",
        "kk": "Құқықтық негізі",
    },
    "sync.field.register_categories.period_days": {
        "en": "Default period (days)",
        "ru": "Срок учёта по умолчанию (дней)",
        "kk": "Әдепкі есепте болу мерзімі (күн)",
    },
    "sync.field.register_categories.sort_order": {
        "en": "Order in lists",
        "ru": "Порядок в списках",
        "kk": "Тізімдегі реті",
    },
    "sync.field.register_categories.active": {
        "en": "In use",
        "ru": "Используется",
        "kk": "Қолданылады",
    },
    "sync.field.register_categories.open_entries_follow": {
        "en": "Apply to open entries too",
        "ru": "Применить и к открытым записям",
        "kk": "Ашық есеп жазбаларына да қолдану",
    },
    # --- register_entries ----------------------------------------------------------------------
    "sync.field.register_entries.person_id": {"en": "Person", "ru": "Лицо", "kk": "Адам"},
    "sync.field.register_entries.category_id": {"en": "Category", "ru": "Категория", "kk": "Санат"},
    "sync.field.register_entries.basis_number": {
        "en": "Basis: number",
        "ru": "Основание: номер",
        "kk": "Негіз: нөмірі",
    },
    "sync.field.register_entries.basis_authority": {
        "en": "Issued by (court, body)",
        "ru": "Кем выдано (суд, орган)",
        "kk": "Кім берді (сот, орган)",
    },
    "sync.field.register_entries.officer_id": {
        "en": "Responsible officer",
        "ru": "Ответственный сотрудник",
        "kk": "Жауапты қызметкер",
    },
    "sync.field.register_entries.status": {"en": "Status", "ru": "Статус", "kk": "Мәртебесі"},
    "sync.field.register_entries.closed_on": {
        "en": "Removed from the register on",
        "ru": "Дата снятия с учёта",
        "kk": "Есептен шығарылған күні",
    },
    "sync.field.register_entries.close_note": {
        "en": "Note on removal from the register",
        "ru": "Примечание к снятию с учёта",
        "kk": "Есептен шығару туралы ескертпе",
    },
    # --- fields of other forms (labels of the forms that edit them) ----------------------------
    "sync.field.appeals.kind": {"en": "Kind", "ru": "Вид", "kk": "Түрі"},
    "sync.field.calendar_overrides.kind": {
        "en": "The day becomes",
        "ru": "День становится",
        "kk": "Бұл күн болады",
    },
    "sync.field.protocol_events.kind": {"en": "Event", "ru": "Событие", "kk": "Оқиға"},
    "sync.field.reception_hours.phone": {"en": "Phone", "ru": "Телефон", "kk": "Телефон"},
    "sync.field.register_categories.code": {"en": "Code", "ru": "Код", "kk": "Коды"},
    "sync.field.register_categories.name_kk": {
        "en": "Name in Kazakh",
        "ru": "Наименование на казахском",
        "kk": "Қазақша атауы",
    },
    "sync.field.register_categories.name_ru": {
        "en": "Name in Russian",
        "ru": "Наименование на русском",
        "kk": "Орысша атауы",
    },
    "sync.field.register_categories.name_en": {
        "en": "Name in English",
        "ru": "Наименование на английском",
        "kk": "Ағылшынша атауы",
    },
    "sync.field.register_categories.check_interval_days": {
        "en": "Check interval (days)",
        "ru": "Периодичность проверок (дней)",
        "kk": "Тексеру аралығы (күн)",
    },
    "sync.field.register_categories.kind": {"en": "Kind", "ru": "Вид", "kk": "Түрі"},
}
