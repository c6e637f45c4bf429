"""Installing and switching the UI language at run time.

Switching removes the old translators and installs new ones; Qt then sends every widget a
``LanguageChange`` event and each widget re-sets its texts in ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_desk.paths import I18N

LANGUAGES = ("kk", "ru", "en")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class LanguageManager:
    """Owns the application's translators; one instance per application."""

    def __init__(self) -> None:
        self.lang = "en"
        self._installed: list[QTranslator] = []

    def switch(self, lang: str) -> bool:
        """Make ``lang`` the UI language; returns False if its translation is missing."""
        if lang not in LANGUAGES:
            raise ValueError(lang)
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        ok = True
        own = QTranslator()
        if own.load(str(I18N / f"inspector_desk_{lang}.qm")):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            ok = lang == "en"
        qt = QTranslator()
        if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        QLocale.setDefault(QLocale({"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}[lang]))
        self.lang = lang
        return ok


_manager: LanguageManager | None = None


def languages() -> LanguageManager:
    """The application's language manager."""
    global _manager
    if _manager is None:
        _manager = LanguageManager()
    return _manager
