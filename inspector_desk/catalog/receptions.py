"""Core messages of receptions and appeals (issue 4): errors, names of kinds, formats,
statuses and outcomes, and the texts of the talon, the journal and the hours notice.

Terms follow ``shared/glossary.md``: appeal = жолданым / обращение; complaint шағым;
statement өтініш; proposal ұсыныс; request сұрау салу; forwarding қайта жолдау;
extension мерзімді ұзарту; working day жұмыс күні. АППК in Kazakh is ӘРПК.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- errors ---------------------------------------------------------------------------
    "receptions.future_registration": {
        "en": "An appeal cannot be registered in the future ({when}). Check the date and time.",
        "ru": "Обращение нельзя зарегистрировать будущей датой ({when}). Проверьте дату и время.",
        "kk": "Жолданымды болашақ күнмен ({when}) тіркеуге болмайды. Күн мен уақытты тексеріңіз.",
    },
    "receptions.field_required": {
        "en": "Fill in this field.",
        "ru": "Заполните это поле.",
        "kk": "Бұл өрісті толтырыңыз.",
    },
    "receptions.summary_required": {
        "en": "Write what the appeal is about.",
        "ru": "Укажите суть обращения.",
        "kk": "Жолданымның мәнін жазыңыз.",
    },
    "receptions.summary_long": {
        "en": "The summary is too long (at most {n} characters).",
        "ru": "Суть обращения слишком длинная (не более {n} знаков).",
        "kk": "Жолданымның мәні тым ұзын ({n} таңбадан аспауы керек).",
    },
    "receptions.anonymous_not_allowed": {
        "en": "Only a report of an offence may be taken without the applicant's name "
        "(АППК art. 63): write the applicant's name.",
        "ru": "Без имени заявителя можно принять только сообщение о правонарушении "
        "(АППК, ст. 63): укажите заявителя.",
        "kk": "Өтініш берушінің атынсыз тек құқық бұзушылық туралы хабарды қабылдауға болады "
        "(ӘРПК 63-бап): өтініш берушіні көрсетіңіз.",
    },
    "receptions.applicant_required": {
        "en": "Write the applicant's full name.",
        "ru": "Укажите фамилию, имя и отчество заявителя.",
        "kk": "Өтініш берушінің тегін, атын, әкесінің атын жазыңыз.",
    },
    "receptions.bad_iin": {
        "en": "IIN: {reason}.",
        "ru": "ИИН: {reason}.",
        "kk": "ЖСН: {reason}.",
    },
    "receptions.bad_transition": {
        "en": "The appeal is “{status}”: it cannot become “{target}”.",
        "ru": "Обращение в состоянии «{status}»: перевести его в «{target}» нельзя.",
        "kk": "Жолданым «{status}» күйінде: оны «{target}» күйіне ауыстыруға болмайды.",
    },
    "receptions.body_required": {
        "en": "Name the body the appeal is forwarded to.",
        "ru": "Укажите орган, в который перенаправляется обращение.",
        "kk": "Жолданым қайта жолданатын органды көрсетіңіз.",
    },
    "receptions.before_registration": {
        "en": "The date is before the appeal was registered ({registered}).",
        "ru": "Дата раньше регистрации обращения ({registered}).",
        "kk": "Күн жолданым тіркелген күннен ({registered}) бұрын.",
    },
    "receptions.date_in_future": {
        "en": "The date is in the future.",
        "ru": "Дата ещё не наступила.",
        "kk": "Күн әлі келмеген.",
    },
    "receptions.outgoing_required": {
        "en": "Write the outgoing number of the covering letter.",
        "ru": "Укажите исходящий номер сопроводительного письма.",
        "kk": "Ілеспе хаттың шығыс нөмірін жазыңыз.",
    },
    "receptions.late_reason_required": {
        "en": "Forwarding is late: it was due by {due} (3 working days, АППК art. 65). "
        "Write the reason for the delay.",
        "ru": "Перенаправление с опозданием: срок был до {due} (3 рабочих дня, АППК, ст. 65). "
        "Укажите причину задержки.",
        "kk": "Қайта жолдау кешікті: мерзімі {due} дейін еді (3 жұмыс күні, ӘРПК 65-бап). "
        "Кешігу себебін жазыңыз.",
    },
    "receptions.extension_reason_required": {
        "en": "An extension needs a reasoned decision: write the reason.",
        "ru": "Продление требует мотивированного решения: укажите основание.",
        "kk": "Мерзімді ұзарту дәлелді шешімді талап етеді: негізін жазыңыз.",
    },
    "receptions.extension_not_later": {
        "en": "The new term must be after the current one ({due}).",
        "ru": "Новый срок должен быть позже текущего ({due}).",
        "kk": "Жаңа мерзім қазіргі мерзімнен ({due}) кейін болуы керек.",
    },
    "receptions.extension_too_long": {
        "en": "An extension may run at most two months from the decision: until {limit} "
        "(АППК art. 76 p. 3).",
        "ru": "Продлить можно не более чем на два месяца со дня решения: до {limit} "
        "(АППК, ст. 76 ч. 3).",
        "kk": "Мерзімді шешім қабылданған күннен бастап екі айдан аспайтын мерзімге ғана "
        "ұзартуға болады: {limit} дейін (ӘРПК 76-бап 3-бөлік).",
    },
    "receptions.answer_before_decision": {
        "en": "The answer cannot be given before the decision.",
        "ru": "Ответ не может быть дан раньше решения.",
        "kk": "Жауап шешімнен бұрын берілмейді.",
    },
    "receptions.not_found": {
        "en": "The appeal was not found.",
        "ru": "Обращение не найдено.",
        "kk": "Жолданым табылмады.",
    },
    "receptions.device_not_supervisor": {
        "en": "This device is enrolled for a precinct: decreed day transfers are changed on a "
        "supervisor's device and reach this one by sync.",
        "ru": "Это устройство подключено для участка: переносы дней по постановлению "
        "изменяются на устройстве руководителя и приходят сюда при синхронизации.",
        "kk": "Бұл құрылғы учаскеге қосылған: қаулымен күндерді ауыстыру басшының "
        "құрылғысында өзгертіледі және осында синхрондау арқылы келеді.",
    },
    "receptions.not_allowed": {
        "en": "Your role ({role}) may not do this.",
        "ru": "Ваша роль ({role}) не позволяет это сделать.",
        "kk": "Сіздің рөліңіз ({role}) мұны істеуге рұқсат бермейді.",
    },
    "receptions.offence_only": {
        "en": "Only a report of an offence is handed to the duty unit.",
        "ru": "В дежурную часть передаётся только сообщение о правонарушении.",
        "kk": "Кезекші бөлімге тек құқық бұзушылық туралы хабар беріледі.",
    },
    "receptions.duty_unit_required": {
        "en": "Name the duty unit that received the report.",
        "ru": "Укажите дежурную часть, принявшую сообщение.",
        "kk": "Хабарды қабылдаған кезекші бөлімді көрсетіңіз.",
    },
    "receptions.reference_required": {
        "en": "Write the registration reference given by the duty unit (КУИ/ЕРДР number).",
        "ru": "Укажите регистрационный номер, данный дежурной частью (КУИ/ЕРДР).",
        "kk": "Кезекші бөлім берген тіркеу нөмірін жазыңыз (КУИ/СДТБТ).",
    },
    "receptions.cancel_reason_required": {
        "en": "Write why the appeal is cancelled.",
        "ru": "Укажите, почему обращение аннулируется.",
        "kk": "Жолданымның неге күшін жоятынын жазыңыз.",
    },
    "receptions.bad_prefix": {
        "en": "A number prefix is 1–4 Latin capitals or digits (no 0, O, 1, I).",
        "ru": "Префикс номера — 1–4 латинские заглавные буквы или цифры (без 0, O, 1, I).",
        "kk": "Нөмір префиксі — 1–4 латын бас әрпі немесе цифр (0, O, 1, I жоқ).",
    },
    "receptions.no_notice_pending": {
        "en": "This appeal has no extension the applicant still has to be told of.",
        "ru": "По этому обращению нет продления, о котором ещё нужно известить заявителя.",
        "kk": "Бұл жолданым бойынша өтініш берушіге әлі хабарланбаған мерзімді ұзарту жоқ.",
    },
    "receptions.notice_before_extension": {
        "en": "The applicant cannot be told before the extension was decided ({day}).",
        "ru": "Известить заявителя нельзя раньше решения о продлении ({day}).",
        "kk": "Өтініш берушіге мерзімді ұзарту туралы шешімнен ({day}) бұрын хабарлау мүмкін емес.",
    },
    "receptions.decree_required": {
        "en": "Name the decree that moves the day.",
        "ru": "Укажите постановление, переносящее день.",
        "kk": "Күнді ауыстыратын қаулыны көрсетіңіз.",
    },
    "receptions.override_exists": {
        "en": "{day} is already changed by a decree; cancel that entry first.",
        "ru": "{day} уже изменён постановлением; сначала отмените ту запись.",
        "kk": "{day} қаулымен өзгертіліп қойған; алдымен сол жазбаның күшін жойыңыз.",
    },
    "receptions.calendar_range": {
        "en": "{day} is outside the working-day calendar.",
        "ru": "{day} — вне календаря рабочих дней.",
        "kk": "{day} жұмыс күндерінің күнтізбесінен тыс.",
    },
    "receptions.bad_hours": {
        "en": "Reception hours: the end must be after the start.",
        "ru": "Часы приёма: окончание должно быть позже начала.",
        "kk": "Қабылдау уақыты: аяқталуы басталуынан кейін болуы керек.",
    },
    "receptions.renumbered": {
        "en": "Number {old} was used twice (two devices). This appeal is now {new}; "
        "tell the applicant the new number.",
        "ru": "Номер {old} оказался занят дважды (два устройства). Это обращение теперь {new}; "
        "сообщите заявителю новый номер.",
        "kk": "{old} нөмірі екі рет берілген (екі құрылғы). Бұл жолданым енді {new}; "
        "өтініш берушіге жаңа нөмірді хабарлаңыз.",
    },
    # --- kinds ----------------------------------------------------------------------------
    "receptions.kind.complaint": {"en": "complaint", "ru": "жалоба", "kk": "шағым"},
    "receptions.kind.statement": {"en": "statement", "ru": "заявление", "kk": "өтініш"},
    "receptions.kind.proposal": {"en": "proposal", "ru": "предложение", "kk": "ұсыныс"},
    "receptions.kind.request": {"en": "request", "ru": "запрос", "kk": "сұрау салу"},
    "receptions.kind.offence_report": {
        "en": "report of an offence", "ru": "сообщение о правонарушении",
        "kk": "құқық бұзушылық туралы хабар"},
    # --- formats --------------------------------------------------------------------------
    "receptions.format.precinct_point": {
        "en": "at the precinct point", "ru": "в участковом пункте полиции",
        "kk": "учаскелік полиция пунктінде"},
    "receptions.format.post_24h": {
        "en": "24-hour post", "ru": "круглосуточный пост", "kk": "тәулік бойғы бекет"},
    "receptions.format.courtyard": {
        "en": "courtyard reception", "ru": "приём во дворе", "kk": "аулада қабылдау"},
    "receptions.format.roadside": {
        "en": "road-side reception", "ru": "приём на дороге", "kk": "жолда қабылдау"},
    "receptions.format.joint_council": {
        "en": "joint reception with the public council",
        "ru": "совместный приём с общественным советом",
        "kk": "қоғамдық кеңеспен бірлескен қабылдау"},
    "receptions.format.phone": {"en": "by phone", "ru": "по телефону", "kk": "телефон арқылы"},
    "receptions.format.messenger": {
        "en": "by messenger", "ru": "через мессенджер", "kk": "мессенджер арқылы"},
    "receptions.format.written": {"en": "in writing", "ru": "письменно", "kk": "жазбаша"},
    # --- statuses -------------------------------------------------------------------------
    "receptions.status.registered": {"en": "registered", "ru": "зарегистрировано",
                                     "kk": "тіркелді"},
    "receptions.status.in_work": {"en": "in work", "ru": "в работе", "kk": "жұмыста"},
    "receptions.status.forwarded": {"en": "forwarded", "ru": "перенаправлено",
                                    "kk": "қайта жолданды"},
    "receptions.status.extended": {"en": "term extended", "ru": "срок продлён",
                                   "kk": "мерзімі ұзартылды"},
    "receptions.status.decided": {"en": "decided", "ru": "решение принято",
                                  "kk": "шешім қабылданды"},
    "receptions.status.handed_over": {"en": "handed to the duty unit",
                                      "ru": "передано в дежурную часть",
                                      "kk": "кезекші бөлімге берілді"},
    "receptions.status.closed": {"en": "closed", "ru": "закрыто", "kk": "жабылды"},
    "receptions.status.cancelled": {"en": "cancelled", "ru": "аннулировано",
                                    "kk": "күші жойылды"},
    # --- outcomes and answers -------------------------------------------------------------
    "receptions.outcome.satisfied": {"en": "satisfied", "ru": "удовлетворено",
                                     "kk": "қанағаттандырылды"},
    "receptions.outcome.partly_satisfied": {"en": "partly satisfied",
                                            "ru": "удовлетворено частично",
                                            "kk": "ішінара қанағаттандырылды"},
    "receptions.outcome.refused": {"en": "refused", "ru": "отказано", "kk": "бас тартылды"},
    "receptions.outcome.explained": {"en": "explained", "ru": "разъяснено",
                                     "kk": "түсіндірілді"},
    "receptions.answer.in_person": {"en": "in person", "ru": "лично", "kk": "жеке өзіне"},
    "receptions.answer.written": {"en": "in writing", "ru": "письменно", "kk": "жазбаша"},
    "receptions.answer.electronic": {"en": "electronically", "ru": "электронно",
                                     "kk": "электрондық түрде"},
    "receptions.answer.phone": {"en": "by phone", "ru": "по телефону", "kk": "телефон арқылы"},
    # --- talon ----------------------------------------------------------------------------
    "receptions.talon.title": {"en": "TALON", "ru": "ТАЛОН", "kk": "ТАЛОН"},
    "receptions.talon.subtitle": {
        "en": "on acceptance of an appeal (АППК art. 64)",
        "ru": "о принятии обращения (АППК РК, ст. 64)",
        "kk": "жолданымды қабылдау туралы (ҚР ӘРПК 64-бабы)"},
    "receptions.talon.number": {"en": "Number", "ru": "Номер", "kk": "Нөмірі"},
    "receptions.talon.date": {"en": "Date", "ru": "Дата", "kk": "Күні"},
    "receptions.talon.time": {"en": "Time", "ru": "Время", "kk": "Уақыты"},
    "receptions.talon.applicant": {"en": "Applicant", "ru": "Заявитель",
                                   "kk": "Өтініш беруші"},
    "receptions.talon.anonymous": {"en": "not named", "ru": "не указан", "kk": "көрсетілмеген"},
    "receptions.talon.kind": {"en": "Kind", "ru": "Вид", "kk": "Түрі"},
    "receptions.talon.received_by": {"en": "Received by", "ru": "Принял",
                                     "kk": "Қабылдаған"},
    "receptions.talon.due": {
        "en": "Term of consideration: 15 working days, until {due} (АППК art. 76).",
        "ru": "Срок рассмотрения: 15 рабочих дней, до {due} (АППК РК, ст. 76).",
        "kk": "Қарау мерзімі: 15 жұмыс күні, {due} дейін (ҚР ӘРПК 76-бабы)."},
    "receptions.talon.offence": {
        "en": "The report will be handed to the duty unit for registration.",
        "ru": "Сообщение будет передано в дежурную часть для регистрации.",
        "kk": "Хабар тіркеу үшін кезекші бөлімге беріледі."},
    "receptions.talon.signature": {"en": "Signature", "ru": "Подпись", "kk": "Қолы"},
    # --- journal --------------------------------------------------------------------------
    "receptions.journal.title": {
        "en": "Journal of citizens' appeals", "ru": "Журнал учёта обращений граждан",
        "kk": "Азаматтардың жолданымдарын есепке алу журналы"},
    "receptions.journal.period": {"en": "from {start} to {end}", "ru": "с {start} по {end}",
                                  "kk": "{start} бастап {end} дейін"},
    "receptions.journal.col_n": {"en": "No.", "ru": "№", "kk": "№"},
    "receptions.journal.col_number": {"en": "Reg. number, date and time",
                                      "ru": "Рег. номер, дата и время",
                                      "kk": "Тірк. нөмірі, күні мен уақыты"},
    "receptions.journal.col_applicant": {"en": "Applicant, address",
                                         "ru": "Заявитель, адрес",
                                         "kk": "Өтініш беруші, мекенжайы"},
    "receptions.journal.col_kind": {"en": "Kind, format", "ru": "Вид, форма приёма",
                                    "kk": "Түрі, қабылдау нысаны"},
    "receptions.journal.col_summary": {"en": "Summary", "ru": "Краткое содержание",
                                       "kk": "Қысқаша мазмұны"},
    "receptions.journal.col_officer": {"en": "Received by", "ru": "Принял",
                                       "kk": "Қабылдаған"},
    "receptions.journal.col_due": {"en": "Term", "ru": "Срок", "kk": "Мерзімі"},
    "receptions.journal.col_result": {"en": "Result", "ru": "Результат", "kk": "Нәтижесі"},
    "receptions.journal.total": {"en": "Appeals in the period: {n}",
                                 "ru": "Обращений за период: {n}",
                                 "kk": "Кезеңдегі жолданымдар: {n}"},
    "receptions.journal.forwarded_to": {"en": "forwarded to {body}, {date}, No. {number}",
                                        "ru": "перенаправлено: {body}, {date}, исх. № {number}",
                                        "kk": "қайта жолданды: {body}, {date}, шығ. № {number}"},
    "receptions.journal.late": {"en": "late", "ru": "с опозданием", "kk": "кешігіп"},
    "receptions.journal.extended_to": {"en": "extended to {date}", "ru": "продлено до {date}",
                                       "kk": "{date} дейін ұзартылды"},
    "receptions.journal.decided": {"en": "{outcome}, {date}; answer {via}",
                                   "ru": "{outcome}, {date}; ответ {via}",
                                   "kk": "{outcome}, {date}; жауап {via}"},
    "receptions.journal.handed": {"en": "handed to {unit}, {date}, ref. {reference}",
                                  "ru": "передано: {unit}, {date}, рег. № {reference}",
                                  "kk": "берілді: {unit}, {date}, тірк. № {reference}"},
    "receptions.journal.cancelled": {"en": "cancelled: {reason}", "ru": "аннулировано: {reason}",
                                     "kk": "күші жойылды: {reason}"},
    "receptions.journal.anonymous": {"en": "anonymous", "ru": "аноним", "kk": "жасырын"},
    # --- reception hours ------------------------------------------------------------------
    "receptions.hours.title": {"en": "Reception of citizens", "ru": "График приёма граждан",
                               "kk": "Азаматтарды қабылдау кестесі"},
    "receptions.hours.officer": {"en": "District police inspector",
                                 "ru": "Участковый инспектор полиции",
                                 "kk": "Учаскелік полиция инспекторы"},
    "receptions.hours.day": {"en": "Day", "ru": "День", "kk": "Күні"},
    "receptions.hours.time": {"en": "Hours", "ru": "Часы приёма", "kk": "Қабылдау уақыты"},
    "receptions.hours.closed": {"en": "no reception", "ru": "приёма нет", "kk": "қабылдау жоқ"},
    "receptions.hours.place": {"en": "Place: {place}", "ru": "Место: {place}",
                               "kk": "Орны: {place}"},
    "receptions.hours.phone": {"en": "Phone: {phone}", "ru": "Телефон: {phone}",
                               "kk": "Телефоны: {phone}"},
    "receptions.hours.holidays": {
        "en": "No reception on public holidays and days off moved by decree.",
        "ru": "В праздничные и перенесённые выходные дни приём не ведётся.",
        "kk": "Мереке күндері және ауыстырылған демалыс күндері қабылдау жүргізілмейді."},
    "receptions.hours.refusal": {
        "en": "Refusing to accept an appeal is prohibited (АППК art. 64).",
        "ru": "Отказ в приёме обращения запрещается (АППК РК, ст. 64).",
        "kk": "Жолданымды қабылдаудан бас тартуға тыйым салынады (ҚР ӘРПК 64-бабы)."},
}
