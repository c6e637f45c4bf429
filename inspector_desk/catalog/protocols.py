"""Core messages of protocols (issue 5): lifecycle errors, statuses and the printed form.

Terms follow ``shared/glossary.md``: хаттама / протокол; куәгер / понятой (never куә);
ескертпелер / замечания; қол қоюдан бас тарту / отказ от подписи; көшірмесі табыс етілді /
копия вручена. Codes: ӘҚБтК / КоАП РК, ҚПК / УПК РК.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- lifecycle errors -------------------------------------------------------------------
    "protocols.not_found": {
        "en": "The protocol was not found (it may have been removed on another device).",
        "ru": "Протокол не найден (возможно, он удалён на другом устройстве).",
        "kk": "Хаттама табылмады (басқа құрылғыда жойылған болуы мүмкін).",
    },
    "protocols.sealed": {
        "en": "This protocol is finalized and sealed; it cannot be changed. "
              "Draw up an amendment instead.",
        "ru": "Протокол завершён и опечатан; изменить его нельзя. Составьте исправление.",
        "kk": "Хаттама аяқталып, мөрленген; оны өзгертуге болмайды. Түзету хаттамасын жасаңыз.",
    },
    "protocols.finalize_blocked": {
        "en": "The protocol cannot be finalized while {count} error(s) remain: {list}",
        "ru": "Протокол нельзя завершить, пока остаются ошибки ({count}): {list}",
        "kk": "Қателер ({count}) түзетілмейінше хаттаманы аяқтауға болмайды: {list}",
    },
    "protocols.reason_required": {
        "en": "Write the reason.",
        "ru": "Укажите причину.",
        "kk": "Себебін жазыңыз.",
    },
    "protocols.reason_long": {
        "en": "The reason is too long (at most {n} characters).",
        "ru": "Причина слишком длинная (не более {n} знаков).",
        "kk": "Себебі тым ұзын ({n} таңбадан аспауы керек).",
    },
    "protocols.already_voided": {
        "en": "This protocol has already been voided.",
        "ru": "Этот протокол уже аннулирован.",
        "kk": "Бұл хаттаманың күші бұрын жойылған.",
    },
    "protocols.not_finalized": {
        "en": "Only a finalized protocol can be amended; a draft is simply edited.",
        "ru": "Исправить можно только завершённый протокол; черновик просто редактируется.",
        "kk": "Тек аяқталған хаттаманы түзетуге болады; жобаны жай өңдеуге болады.",
    },
    "protocols.bad_language": {
        "en": "The language of a protocol is Kazakh (kk) or Russian (ru), not “{value}”.",
        "ru": "Язык протокола — казахский (kk) или русский (ru), а не «{value}».",
        "kk": "Хаттаманың тілі — қазақ (kk) немесе орыс (ru), «{value}» емес.",
    },
    "protocols.bad_field": {
        "en": "“{key}” is not a field name a protocol can hold.",
        "ru": "«{key}» не может быть именем поля протокола.",
        "kk": "«{key}» хаттама өрісінің атауы бола алмайды.",
    },
    "protocols.too_large": {
        "en": "The protocol is too large to keep ({size} bytes; at most {limit}).",
        "ru": "Протокол слишком большой ({size} байт; не более {limit}).",
        "kk": "Хаттама тым үлкен ({size} байт; ең көбі {limit}).",
    },
    "protocols.not_allowed": {
        "en": "Your role ({role}) cannot do this.",
        "ru": "Ваша роль ({role}) не позволяет это сделать.",
        "kk": "Сіздің рөліңіз ({role}) бұған рұқсат бермейді.",
    },
    # --- statuses ---------------------------------------------------------------------------
    "protocols.status.draft": {"en": "draft", "ru": "черновик", "kk": "жоба"},
    "protocols.status.finalized": {"en": "finalized", "ru": "завершён", "kk": "аяқталды"},
    "protocols.status.amended": {"en": "amended", "ru": "исправлен", "kk": "түзетілді"},
    "protocols.status.voided": {"en": "voided", "ru": "аннулирован", "kk": "күші жойылды"},
    # --- the printed protocol ---------------------------------------------------------------
    "protocols.pdf.form_basis": {
        "en": "drawn up under {citation}",
        "ru": "составлен в соответствии с {citation}",
        "kk": "{citation} сәйкес жасалды",
    },
    "protocols.pdf.translation": {
        "en": "TRANSLATION from {source} ({article})",
        "ru": "ПЕРЕВОД с {source} ({article})",
        "kk": "АУДАРМА: түпнұсқа {source} ({article})",
    },
    "protocols.pdf.translation_note": {
        "en": "This copy is a translation handed to a participant; the original is the "
              "protocol in {source}.",
        "ru": "Настоящий экземпляр — перевод, вручаемый участнику; подлинник — протокол "
              "на {source}.",
        "kk": "Бұл дана — қатысушыға табыс етілетін аударма; түпнұсқасы — {source} "
              "хаттама.",
    },
    "protocols.pdf.source.kk": {"en": "Kazakh", "ru": "казахском языке", "kk": "қазақ тіліндегі"},
    "protocols.pdf.source.ru": {"en": "Russian", "ru": "русском языке", "kk": "орыс тіліндегі"},
    "protocols.pdf.translation_of.kk": {"en": "Kazakh", "ru": "казахского языка",
                                        "kk": "қазақ тілінде"},
    "protocols.pdf.translation_of.ru": {"en": "Russian", "ru": "русского языка",
                                        "kk": "орыс тілінде"},
    "protocols.pdf.draft": {
        "en": "DRAFT — not finalized, has no legal force",
        "ru": "ЧЕРНОВИК — не завершён, юридической силы не имеет",
        "kk": "ЖОБА — аяқталмаған, заңды күші жоқ",
    },
    "protocols.pdf.voided": {
        "en": "VOIDED: {reason}",
        "ru": "АННУЛИРОВАН: {reason}",
        "kk": "КҮШІ ЖОЙЫЛДЫ: {reason}",
    },
    "protocols.pdf.amends": {
        "en": "Amends the protocol sealed {seal}. Reason: {reason}",
        "ru": "Исправляет протокол с печатью {seal}. Причина: {reason}",
        "kk": "{seal} мөрлі хаттаманы түзетеді. Себебі: {reason}",
    },
    "protocols.pdf.intro": {"en": "Introductory part", "ru": "Вводная часть",
                            "kk": "Кіріспе бөлім"},
    "protocols.pdf.date_place": {"en": "Date and place", "ru": "Дата и место составления",
                                 "kk": "Жасалған күні мен орны"},
    "protocols.pdf.times": {
        "en": "Started at {start}, ended at {end}",
        "ru": "Начато в {start}, окончено в {end}",
        "kk": "Басталды: {start}, аяқталды: {end}",
    },
    "protocols.pdf.author": {
        "en": "The protocol was drawn up by",
        "ru": "Протокол составил",
        "kk": "Хаттаманы жасаған",
    },
    "protocols.pdf.participants": {
        "en": "In the presence of (participants)",
        "ru": "В присутствии (участники)",
        "kk": "Қатысуымен (қатысушылар)",
    },
    "protocols.pdf.rights": {
        "en": "rights and duties explained",
        "ru": "права и обязанности разъяснены",
        "kk": "құқықтары мен міндеттері түсіндірілді",
    },
    "protocols.pdf.rights_not": {
        "en": "rights NOT recorded as explained",
        "ru": "разъяснение прав НЕ отмечено",
        "kk": "құқықтардың түсіндірілгені БЕЛГІЛЕНБЕГЕН",
    },
    "protocols.pdf.course": {"en": "Course of the action", "ru": "Ход действия",
                             "kk": "Әрекеттің барысы"},
    "protocols.pdf.items": {
        "en": "Items and documents found (seized)",
        "ru": "Обнаружены (изъяты) предметы и документы",
        "kk": "Табылған (алынған) заттар мен құжаттар",
    },
    "protocols.pdf.no_items": {
        "en": "No items or documents were found.",
        "ru": "Предметов и документов не обнаружено.",
        "kk": "Заттар мен құжаттар табылған жоқ.",
    },
    "protocols.pdf.col.no": {"en": "No.", "ru": "№", "kk": "№"},
    "protocols.pdf.col.item": {"en": "Item, features", "ru": "Наименование, признаки",
                               "kk": "Атауы, белгілері"},
    "protocols.pdf.col.quantity": {"en": "Qty", "ru": "Кол-во", "kk": "Саны"},
    "protocols.pdf.col.found": {"en": "Where and how found", "ru": "Где и как обнаружено",
                                "kk": "Қайдан және қалай табылды"},
    "protocols.pdf.col.packing": {"en": "Packing, seal", "ru": "Упаковка, печать",
                                  "kk": "Орамы, мөрі"},
    "protocols.pdf.weapon": {"en": "Weapon", "ru": "Оружие", "kk": "Қару"},
    "protocols.pdf.ammunition": {"en": "Ammunition", "ru": "Боеприпасы", "kk": "Оқ-дәрілер"},
    "protocols.pdf.voluntary": {"en": "surrendered voluntarily", "ru": "выдано добровольно",
                                "kk": "өз еркімен берілді"},
    "protocols.pdf.not_voluntary": {"en": "not surrendered voluntarily",
                                    "ru": "выдано не добровольно",
                                    "kk": "өз еркімен берілмеді"},
    "protocols.pdf.sealed_yes": {"en": "packed and sealed", "ru": "упаковано и опечатано",
                                 "kk": "оралып, мөрленді"},
    "protocols.pdf.sealed_no": {"en": "NOT packed and sealed", "ru": "НЕ упаковано и не опечатано",
                                "kk": "оралмады және мөрленбеді"},
    "protocols.pdf.recording": {"en": "Technical recording", "ru": "Применение технических средств",
                                "kk": "Техникалық құралдарды қолдану"},
    "protocols.pdf.recording_none": {
        "en": "Technical means were not used.",
        "ru": "Технические средства не применялись.",
        "kk": "Техникалық құралдар қолданылған жоқ.",
    },
    "protocols.pdf.recording_announced": {
        "en": "participants were told in advance",
        "ru": "участники предупреждены заранее",
        "kk": "қатысушылар алдын ала ескертілді",
    },
    "protocols.pdf.recording_attached": {
        "en": "materials attached to the protocol",
        "ru": "материалы приложены к протоколу",
        "kk": "материалдар хаттамаға қоса берілді",
    },
    "protocols.pdf.remarks": {"en": "Remarks", "ru": "Замечания", "kk": "Ескертпелер"},
    "protocols.pdf.no_remarks": {
        "en": "No remarks from the participants.",
        "ru": "Замечаний от участников не поступило.",
        "kk": "Қатысушылардан ескертпелер түскен жоқ.",
    },
    "protocols.pdf.remarks_unrecorded": {
        "en": "(remarks not recorded)",
        "ru": "(замечания не отмечены)",
        "kk": "(ескертпелер белгіленбеген)",
    },
    "protocols.pdf.corrections": {
        "en": "Corrections were noted before the signatures.",
        "ru": "Исправления оговорены перед подписями.",
        "kk": "Түзетулер қол қойылғанға дейін ескертілді.",
    },
    "protocols.pdf.no_corrections": {
        "en": "Corrections: none.",
        "ru": "Исправлений нет.",
        "kk": "Түзетулер жоқ.",
    },
    "protocols.pdf.refusals": {"en": "Refusal to sign", "ru": "Отказ от подписи",
                               "kk": "Қол қоюдан бас тарту"},
    "protocols.pdf.copy_handed": {
        "en": "A copy of the protocol was handed over to {name} on {at}",
        "ru": "Копия протокола вручена {name} {at}",
        "kk": "Хаттаманың көшірмесі {name} {at} табыс етілді",
    },
    "protocols.pdf.copy_received": {
        "en": "Copy received: ____________________",
        "ru": "Копию получил(а): ____________________",
        "kk": "Көшірмені алдым: ____________________",
    },
    "protocols.pdf.copy_refused": {
        "en": "The person refused to receive a copy; the refusal is noted by the author.",
        "ru": "От получения копии лицо отказалось; отказ отмечен составителем.",
        "kk": "Адам көшірмені алудан бас тартты; бас тарту хаттаманы жасаған адаммен белгіленді.",
    },
    "protocols.pdf.copy_missing": {
        "en": "Copy handed over: not recorded.",
        "ru": "Вручение копии: не отмечено.",
        "kk": "Көшірменің табыс етілуі: белгіленбеген.",
    },
    "protocols.pdf.signatures": {"en": "Signatures", "ru": "Подписи", "kk": "Қолдары"},
    "protocols.pdf.seal": {"en": "Seal (SHA-256): {seal}", "ru": "Печать (SHA-256): {seal}",
                           "kk": "Мөр (SHA-256): {seal}"},
    "protocols.pdf.not_recorded": {"en": "not recorded", "ru": "не указано",
                                   "kk": "көрсетілмеген"},
    "protocols.pdf.yes": {"en": "yes", "ru": "да", "kk": "иә"},
    "protocols.pdf.no": {"en": "no", "ru": "нет", "kk": "жоқ"},
    "protocols.pdf.other": {"en": "Other details", "ru": "Прочие сведения",
                            "kk": "Басқа мәліметтер"},
    # --- people in the printed form (signature lines) ---------------------------------------
    "protocols.who.author": {"en": "Officer", "ru": "Составитель", "kk": "Хаттаманы жасаған"},
    "protocols.who.subject": {"en": "Person concerned", "ru": "Лицо",
                              "kk": "Адам"},
    "protocols.role.witness": {"en": "Attesting witness", "ru": "Понятой", "kk": "Куәгер"},
    "protocols.role.owner": {"en": "Owner", "ru": "Владелец", "kk": "Иесі"},
    "protocols.role.specialist": {"en": "Specialist", "ru": "Специалист", "kk": "Маман"},
    "protocols.role.interpreter": {"en": "Interpreter", "ru": "Переводчик", "kk": "Аудармашы"},
    "protocols.role.legal_representative": {"en": "Legal representative",
                                            "ru": "Законный представитель",
                                            "kk": "Заңды өкіл"},
    "protocols.role.defender": {"en": "Defender", "ru": "Защитник", "kk": "Қорғаушы"},
    "protocols.role.other": {"en": "Participant", "ru": "Участник", "kk": "Қатысушы"},
}
