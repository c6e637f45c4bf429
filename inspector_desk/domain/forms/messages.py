"""Localized texts of the exchange layer: refusals (unusable input) and format findings."""

from __future__ import annotations

from typing import Any

LANGS = ("kk", "ru", "en")

#: A text in every language of the program.
LocalText = dict[str, str]

REFUSALS: dict[str, LocalText] = {
    "file.unreadable": {
        "kk": "Файлды оқу мүмкін емес: {detail}",
        "ru": "Не удаётся прочитать файл: {detail}",
        "en": "Cannot read the file: {detail}",
    },
    "format.too_large": {
        "kk": "Файл тым үлкен ({size} байт; ең көбі {limit} байт)",
        "ru": "Файл слишком большой ({size} байт; не более {limit} байт)",
        "en": "The file is too large ({size} bytes; at most {limit} bytes)",
    },
    "format.encoding": {
        "kk": "Файл UTF-8 кодтауындағы мәтін емес",
        "ru": "Файл не является текстом в кодировке UTF-8",
        "en": "The file is not UTF-8 text",
    },
    "format.json": {
        "kk": "Файл дұрыс JSON емес: {detail}",
        "ru": "Файл не является корректным JSON: {detail}",
        "en": "The file is not valid JSON: {detail}",
    },
    "format.duplicate_key": {
        "kk": "JSON объектісінде «{key}» кілті екі рет берілген",
        "ru": "Ключ «{key}» повторяется в одном объекте JSON",
        "en": "The key “{key}” appears twice in one JSON object",
    },
    "format.not_object": {
        "kk": "Хаттама JSON объектісі болуы керек",
        "ru": "Протокол должен быть объектом JSON",
        "en": "A protocol must be a JSON object",
    },
    "format.unsupported": {
        "kk": "Бұл хаттама алмасу пішімі емес немесе оның жаңа нұсқасы ({detail})",
        "ru": "Это не формат обмена протоколами или его более новая версия ({detail})",
        "en": "Not the protocol exchange format, or a newer version of it ({detail})",
    },
    "format.no_form": {
        "kk": "Хаттамада «form» өрісі жоқ: қай нысан екені белгісіз",
        "ru": "В протоколе нет поля «form»: неизвестно, какая это форма",
        "en": "The protocol has no “form” field: its form is unknown",
    },
    "format.unknown_form": {
        "kk": "Белгісіз хаттама нысаны: {form}",
        "ru": "Неизвестная форма протокола: {form}",
        "en": "Unknown protocol form: {form}",
    },
    "format.unknown_version": {
        "kk": "{form} нысанының {version} нұсқасы жоқ (бар нұсқалар: {known})",
        "ru": "У формы {form} нет версии {version} (есть: {known})",
        "en": "Form {form} has no version {version} (known: {known})",
    },
}

#: Findings about the shape of the document (rule ids ``format.*``), always errors.
FORMAT_FINDINGS: dict[str, LocalText] = {
    "format.header": {
        "kk": '«format»: "inspector-desk.protocol" және «version»: 1 өрістері жоқ',
        "ru": 'Нет полей «format»: "inspector-desk.protocol" и «version»: 1',
        "en": 'The fields “format”: "inspector-desk.protocol" and “version”: 1 are missing',
    },
    "format.type": {
        "kk": "Мәні дұрыс түрде емес: {expected} күтілген",
        "ru": "Значение неверного типа: ожидается {expected}",
        "en": "Wrong type of value: expected {expected}",
    },
    "format.date": {
        "kk": "«{value}» күн емес (ЖЖЖЖ-АА-КК пішімінде жазыңыз)",
        "ru": "«{value}» не является датой (формат ГГГГ-ММ-ДД)",
        "en": "“{value}” is not a date (use YYYY-MM-DD)",
    },
    "format.time": {
        "kk": "«{value}» уақыт емес (СС:ММ пішімінде, 00:00–23:59)",
        "ru": "«{value}» не является временем (формат ЧЧ:ММ, 00:00–23:59)",
        "en": "“{value}” is not a time (use HH:MM, 00:00–23:59)",
    },
    "format.datetime": {
        "kk": "«{value}» күн мен уақыт емес (ЖЖЖЖ-АА-ККTСС:ММ пішімінде)",
        "ru": "«{value}» не является датой и временем (формат ГГГГ-ММ-ДДTЧЧ:ММ)",
        "en": "“{value}” is not a date and time (use YYYY-MM-DDTHH:MM)",
    },
    "format.choice": {
        "kk": "«{value}» рұқсат етілген мәндердің бірі емес: {allowed}",
        "ru": "«{value}» не входит в допустимые значения: {allowed}",
        "en": "“{value}” is not one of the allowed values: {allowed}",
    },
    "format.range": {
        "kk": "{value} саны рұқсат етілген шектен тыс (ең азы {min})",
        "ru": "Число {value} вне допустимых пределов (не меньше {min})",
        "en": "The number {value} is out of range (at least {min})",
    },
    "format.too_long": {
        "kk": "Мәтін тым ұзын ({length} таңба; ең көбі {limit})",
        "ru": "Текст слишком длинный ({length} символов; не более {limit})",
        "en": "The text is too long ({length} characters; at most {limit})",
    },
    "format.reference": {
        "kk": "«{value}» сілтемесі хаттамадағы ешбір адамды көрсетпейді",
        "ru": "Ссылка «{value}» не указывает ни на одного участника протокола",
        "en": "The reference “{value}” does not point to anyone in the protocol",
    },
}

TYPE_NAMES: dict[str, LocalText] = {
    "text": {"kk": "мәтін", "ru": "текст", "en": "text"},
    "date": {"kk": "күн", "ru": "дата", "en": "a date"},
    "time": {"kk": "уақыт", "ru": "время", "en": "a time"},
    "datetime": {"kk": "күн мен уақыт", "ru": "дата и время", "en": "a date and time"},
    "choice": {"kk": "тізімдегі мән", "ru": "значение из списка", "en": "a value from the list"},
    "multi_choice": {
        "kk": "тізімдегі мәндер тізбесі",
        "ru": "список значений из перечня",
        "en": "a list of values from the list",
    },
    "yes_no": {"kk": "true немесе false", "ru": "true или false", "en": "true or false"},
    "number": {"kk": "сан", "ru": "число", "en": "a number"},
    "object": {"kk": "объект {…}", "ru": "объект {…}", "en": "an object {…}"},
    "list": {"kk": "тізім […]", "ru": "список […]", "en": "a list […]"},
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: LocalText, lang: str, params: dict[str, Any] | None = None) -> str:
    """``template`` in ``lang`` (English if missing) with ``{name}`` filled from ``params``.

    A parameter may itself be a :data:`LocalText`; unknown names stay as written.
    """
    text = template.get(lang) or template["en"]
    if not params:
        return text.replace("{{", "{").replace("}}", "}")
    values = _Blank(
        {k: (v.get(lang) or v["en"]) if isinstance(v, dict) else v for k, v in params.items()}
    )
    return text.format_map(values)


class ProtocolRefused(Exception):
    """The input cannot be checked at all (not JSON, not a protocol, unknown form or version).

    ``code`` is a stable id (see :data:`REFUSALS`); :meth:`message` gives the text in a language.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {render(REFUSALS[code], 'en', params)}")
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        return render(REFUSALS[self.code], lang, self.params)


class UnknownForm(ProtocolRefused, LookupError):
    """No form file for this id (``format.unknown_form``) or version (``…unknown_version``)."""
