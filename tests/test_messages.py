"""Every core message exists in Kazakh, Russian and English, with the same placeholders."""

import string

from inspector_desk.messages import all_messages


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_message_has_all_languages_with_the_same_placeholders():
    for message_id, entry in all_messages().items():
        assert set(entry) == {"kk", "ru", "en"}, message_id
        assert all(entry[lang].strip() for lang in entry), message_id
        assert _fields(entry["kk"]) == _fields(entry["en"]) == _fields(entry["ru"]), message_id
