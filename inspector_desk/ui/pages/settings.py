"""Settings: language, automatic lock, text size, password, the audit log check, and the
reference data a supervisor keeps (register categories, calendar day transfers, the appeal
number prefix of this device; dialogs in :mod:`inspector_desk.ui.reference_dialogs`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from inspector_desk.services.settings import OfficerSettings, save_settings
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.qt_i18n import LANGUAGE_NAMES, LANGUAGES, languages
from inspector_desk.ui.reference_dialogs import ReferenceBox
from inspector_desk.ui.unlock import error_text
from inspector_desk.ui.widgets.forms import add_row
from inspector_desk.ui.workers import run_task


class SettingsPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.text_scale = QSpinBox()
        self.text_scale.setRange(80, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.prefs = QGroupBox()
        self.prefs_form = QFormLayout(self.prefs)
        add_row(self.prefs_form, self.language)
        add_row(self.prefs_form, self.idle_minutes)
        add_row(self.prefs_form, self.text_scale)
        self.save_button = QPushButton()
        self.prefs_form.addRow(self.save_button)

        self.password_box = QGroupBox()
        self.pw_form = QFormLayout(self.password_box)
        self.old_password, self.new_password, self.repeat_password = (QLineEdit() for _ in range(3))
        for w in (self.old_password, self.new_password, self.repeat_password):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            add_row(self.pw_form, w)
        self.password_button = QPushButton()
        self.password_message = QLabel()
        self.password_message.setWordWrap(True)
        self.pw_form.addRow(self.password_button)
        self.pw_form.addRow(self.password_message)

        self.audit_box = QGroupBox()
        self.audit_form = QFormLayout(self.audit_box)
        self.audit_button = QPushButton()
        self.audit_result = QLabel()
        self.audit_result.setWordWrap(True)
        self.audit_form.addRow(self.audit_button)
        self.audit_form.addRow(self.audit_result)

        self.reference_box = ReferenceBox(window, self)

        for box in (self.prefs, self.password_box, self.audit_box, self.reference_box):
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.password_button.clicked.connect(self.change_password)
        self.audit_button.clicked.connect(self.verify_audit)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def help_text(self) -> str:
        return self.window_.page_help("settings")

    def retranslate(self) -> None:
        super().retranslate()
        self.prefs.setTitle(self.tr("This officer's preferences"))
        self.prefs_form.labelForField(self.language).setText(self.tr("Language"))
        self.prefs_form.labelForField(self.idle_minutes).setText(
            self.tr("Lock after idle time (minutes)"))
        self.prefs_form.labelForField(self.text_scale).setText(self.tr("Text size"))
        self.save_button.setText(self.tr("Save"))
        self.password_box.setTitle(self.tr("Change password"))
        self.pw_form.labelForField(self.old_password).setText(self.tr("Current password"))
        self.pw_form.labelForField(self.new_password).setText(self.tr("New password"))
        self.pw_form.labelForField(self.repeat_password).setText(self.tr("Repeat the new password"))
        self.password_button.setText(self.tr("Change password"))
        self.audit_box.setTitle(self.tr("Audit log"))
        self.audit_button.setText(self.tr("Verify the audit log"))
        self.reference_box.retranslate()

    def reload(self) -> None:
        s = self.window_.settings
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(s.language))
        self.language.blockSignals(False)
        self.idle_minutes.setValue(s.idle_lock_minutes)
        self.text_scale.setValue(s.text_scale)
        self.reference_box.reload()

    def _language_changed(self, _index: int) -> None:
        """Switching the language applies at once (and is saved)."""
        self.save()

    def save(self) -> None:
        wanted = OfficerSettings(
            language=self.language.currentData(),
            idle_lock_minutes=self.idle_minutes.value(),
            text_scale=self.text_scale.value(),
        )
        saved = self.window_.call(save_settings, wanted)
        if saved is None:
            return
        self.window_.settings = saved
        if languages().lang != saved.language:
            languages().switch(saved.language)
        self.window_.set_idle_minutes(saved.idle_lock_minutes)
        self.window_.apply_text_scale(saved.text_scale)

    def change_password(self) -> None:
        from inspector_desk.services.accounts import change_password

        store = self.window_.store
        old, new, repeat = (self.old_password.text(), self.new_password.text(),
                            self.repeat_password.text())
        self.password_button.setEnabled(False)

        def done(_result: object) -> None:
            self.password_button.setEnabled(True)
            for w in (self.old_password, self.new_password, self.repeat_password):
                w.clear()
            self.password_message.setText(self.tr("Password changed."))

        def failed(exc: BaseException) -> None:
            self.password_button.setEnabled(True)
            self.password_message.setText(error_text(exc))

        run_task(self, lambda _p: change_password(store.path, store.actor.login, old, new, repeat),
                 on_done=done, on_error=failed, show_progress=False)

    def verify_audit(self) -> None:
        from inspector_desk.services.audit import verify_audit

        store, lang = self.window_.store, languages().lang

        def work(progress):
            session = store.session()
            try:
                progress.update(0, 0, "audit")
                return verify_audit(session).message(lang)
            finally:
                session.close()

        self.audit_result.setText(self.tr("Checking…"))
        run_task(self, work, on_done=self.audit_result.setText,
                 on_error=lambda exc: self.audit_result.setText(error_text(exc)),
                 label=self.tr("Verifying the audit log…"))
