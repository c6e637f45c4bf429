"""First start and unlock: create a precinct database, open the demo, or unlock with a password.

Kept light on imports: this is what the officer sees first, so it must appear fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services.officer_form import (
    AccountError,
    NewOfficer,
    UnlockThrottle,
    validate_new_officer,
)
from inspector_desk.store.errors import StoreError
from inspector_desk.store.keyring import Keyring
from inspector_desk.ui.qt_i18n import LANGUAGE_NAMES, LANGUAGES, languages
from inspector_desk.ui.widgets.forms import add_row
from inspector_desk.ui.workers import run_task

if TYPE_CHECKING:
    from inspector_desk.services.accounts import UnlockedStore

RANKS = {
    "kk": ["полиция лейтенанты", "полиция аға лейтенанты", "полиция капитаны", "полиция майоры",
           "полиция подполковнигі", "полиция полковнигі"],
    "ru": ["лейтенант полиции", "старший лейтенант полиции", "капитан полиции", "майор полиции",
           "подполковник полиции", "полковник полиции"],
    "en": ["police lieutenant", "police senior lieutenant", "police captain", "police major",
           "police lieutenant colonel", "police colonel"],
}


def error_text(exc: BaseException) -> str:
    """A message for a core error in the current UI language (never a traceback)."""
    lang = languages().lang
    message = getattr(exc, "message", None)
    if callable(message):  # core errors (StoreError, AccountError, …) speak every language
        return message(lang)
    return QCoreApplication.translate("Errors", "Unexpected error: {0}").format(type(exc).__name__)


def settings() -> QSettings:
    """Non-secret per-user preferences (last database, language before login)."""
    return QSettings("inspector-desk", "inspector-desk")


class UnlockView(QWidget):
    """Login and password for an existing database; in lock mode the login is fixed."""

    unlocked = Signal(object)  # UnlockedStore
    open_other = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.throttle = UnlockThrottle()
        self._busy = False
        self.title = QLabel()
        self.title.setObjectName("title")
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.login = QComboBox()
        self.login.setEditable(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.other_button = QPushButton()
        self.form = QFormLayout()
        add_row(self.form, self.login)
        add_row(self.form, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.file_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.other_button.clicked.connect(self.open_other)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(500)
        self._retry_timer.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock the precinct database"))
        self.form.labelForField(self.login).setText(self.tr("Login"))
        self.form.labelForField(self.password).setText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.other_button.setText(self.tr("Open another file…"))
        if self.path:
            self.file_label.setText(self.tr("Database: {0}").format(self.path.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_database(self, path: Path, *, login: str | None = None) -> None:
        """Show the unlock form for ``path``; a fixed ``login`` means lock mode."""
        self.path = path
        self.login.clear()
        try:
            logins = sorted(Keyring.load(path).entries)
        except StoreError as exc:
            logins = []
            self.message.setText(error_text(exc))
        else:
            self.message.clear()
        if login:
            self.login.addItem(login)
            self.login.setEnabled(False)
        else:
            self.login.addItems(logins)
            self.login.setEnabled(True)
        self.password.clear()
        self.retranslate()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self._busy or self.path is None:
            return
        wait = self.throttle.wait_seconds()
        if wait > 0:
            self._show_wait(wait)
            return
        login, password, path = self.login.currentText().strip(), self.password.text(), self.path
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        def work(_progress):
            from inspector_desk.services.accounts import unlock

            return unlock(path, login, password)

        run_task(self, work, on_done=self._unlocked,
                 on_error=self._failed, show_progress=False)

    def _unlocked(self, store: UnlockedStore) -> None:
        self._busy = False
        self.throttle.succeeded()
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.message.clear()
        self.unlocked.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        if isinstance(exc, StoreError) and exc.code == "wrong_password":
            self.throttle.failed()
        self.password.selectAll()
        self.password.setFocus()
        wait = self.throttle.wait_seconds()
        if wait > 0:
            self._show_wait(wait)
        else:
            self.message.setText(error_text(exc))

    def _show_wait(self, wait: float) -> None:
        self.message.setText(error_text(StoreError("throttled", seconds=int(wait + 0.999))))
        self.unlock_button.setEnabled(False)
        self._retry_timer.start()

    def _tick(self) -> None:
        wait = self.throttle.wait_seconds()
        if wait > 0:
            self._show_wait(wait)
            return
        self._retry_timer.stop()
        self.unlock_button.setEnabled(True)
        self.message.clear()


class CreateView(QWidget):
    """The first-start form: the officer, the precinct, a login and the password twice."""

    created = Signal(object)  # UnlockedStore
    back = Signal()

    FIELDS = ("full_name", "rank", "position", "precinct", "login", "password", "repeat")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.full_name = QLineEdit()
        self.rank = QComboBox()
        self.rank.setEditable(True)
        self.position = QLineEdit()
        self.precinct = QLineEdit()
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: QLabel() for name in self.FIELDS}
        self.form = QFormLayout()
        for name in self.FIELDS:
            add_row(self.form, getattr(self, name))
            label = self.errors[name]
            label.setObjectName("error")
            label.setWordWrap(True)
            add_row(self.form, label)
            self.form.setRowVisible(label, False)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.back_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.create_button.clicked.connect(self.submit)
        self.back_button.clicked.connect(self.back)
        for name in self.FIELDS:
            widget = getattr(self, name)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("New precinct database"))
        labels = {
            "full_name": self.tr("Officer's full name"),
            "rank": self.tr("Rank"),
            "position": self.tr("Position"),
            "precinct": self.tr("Precinct"),
            "login": self.tr("Login"),
            "password": self.tr("Password"),
            "repeat": self.tr("Repeat the password"),
        }
        for name, text in labels.items():
            self.form.labelForField(getattr(self, name)).setText(text + " *" if name != "rank"
                                                                 and name != "position" else text)
        current = self.rank.currentText()
        self.rank.clear()
        self.rank.addItems(RANKS[languages().lang])
        self.rank.setCurrentText(current)
        self.position.setPlaceholderText(self.tr("district police inspector"))
        self.create_button.setText(self.tr("Create"))
        self.back_button.setText(self.tr("Back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_field_error(self, field: str | None, text: str) -> None:
        """Show ``text`` under ``field`` (in words, beside the field) and focus the field."""
        for label in self.errors.values():
            self.form.setRowVisible(label, False)
        self.message.clear()
        if field in self.errors:
            self.errors[field].setText(text)
            self.form.setRowVisible(self.errors[field], True)
            getattr(self, field).setFocus()
        else:
            self.message.setText(text)

    def submit(self) -> None:
        if self.path is None:
            return
        officer = NewOfficer(
            full_name=self.full_name.text().strip(), login=self.login.text().strip(),
            rank=self.rank.currentText().strip(),
            position=self.position.text().strip() or self.position.placeholderText(),
        )
        if not self.precinct.text().strip():
            self.show_field_error("precinct", error_text(AccountError("field_required", "precinct")))
            return
        password, repeat, path, precinct = (self.password.text(), self.repeat.text(), self.path,
                                             self.precinct.text().strip())
        try:
            validate_new_officer(officer, password, repeat)
        except AccountError as exc:
            self.show_field_error(exc.field, error_text(exc))
            return
        self.show_field_error(None, "")
        self.create_button.setEnabled(False)
        def work(_progress):
            from inspector_desk.services.accounts import create_database

            return create_database(path, officer=officer, password=password,
                                   precinct_name=precinct)

        run_task(
            self, work,
            on_done=self._created, on_error=self._failed,
            label=self.tr("Creating the encrypted database…"),
        )

    def _created(self, store: UnlockedStore) -> None:
        self.create_button.setEnabled(True)
        for w in (self.password, self.repeat):
            w.clear()
        self.created.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.show_field_error(getattr(exc, "field", None), error_text(exc))


class WelcomeView(QWidget):
    """First start: create a new database, open the demo precinct, or open a file."""

    create = Signal()
    demo = Signal()
    open_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.create_button = QPushButton()
        self.demo_button = QPushButton()
        self.open_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.title, self.text, self.create_button, self.demo_button, self.open_button,
                  self.status):
            layout.addWidget(w)
        layout.addStretch(2)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.demo)
        self.open_button.clicked.connect(self.open_file)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Inspector Desk"))
        self.text.setText(self.tr(
            "This computer has no precinct database yet. Create one for your precinct, or "
            "open the demo precinct to look around. All data stays on this computer, "
            "encrypted."))
        self.create_button.setText(self.tr("Create a new precinct database"))
        self.demo_button.setText(self.tr("Open the demo precinct (login demo, password demo)"))
        self.open_button.setText(self.tr("Open a database file…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StartWindow(QWidget):
    """The window shown before unlocking; emits ``unlocked`` with the unlocked store."""

    unlocked = Signal(object)

    def __init__(self, db_path: Path, demo_path: Path) -> None:
        super().__init__()
        self.db_path, self.demo_path = db_path, demo_path
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(languages().lang))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.welcome, self.create, self.unlock = WelcomeView(), CreateView(), UnlockView()
        self.stack = QStackedWidget()
        for view in (self.welcome, self.create, self.unlock):
            self.stack.addWidget(view)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.welcome.create.connect(self.show_create)
        self.welcome.demo.connect(self.open_demo)
        self.welcome.open_file.connect(self.choose_file)
        self.create.back.connect(lambda: self.stack.setCurrentWidget(self.welcome))
        self.create.created.connect(self._done)
        self.unlock.unlocked.connect(self._done)
        self.unlock.open_other.connect(self.choose_file)
        self.resize(560, 520)
        self.retranslate()
        if db_path.exists():
            self.show_unlock(db_path)
        else:
            self.stack.setCurrentWidget(self.welcome)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector Desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        languages().switch(code)
        settings().setValue("language", code)

    def show_create(self) -> None:
        self.create.path = self.db_path
        self.stack.setCurrentWidget(self.create)
        self.create.full_name.setFocus()

    def show_unlock(self, path: Path) -> None:
        self.unlock.set_database(path)
        self.stack.setCurrentWidget(self.unlock)

    def open_demo(self) -> None:
        if self.demo_path.exists():
            self.show_unlock(self.demo_path)
            self.unlock.login.setCurrentText("demo")
            return
        from inspector_desk.services.demo import create_demo

        path = self.demo_path
        self.welcome.demo_button.setEnabled(False)
        run_task(
            self, lambda progress: create_demo(path, progress=progress)[0],
            on_done=self._done, on_error=self._demo_failed,
            label=self.tr("Creating the demo precinct…"),
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self.welcome.demo_button.setEnabled(True)
        self.welcome.status.setText(error_text(exc))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database file"), str(self.db_path.parent),
            self.tr("Inspector Desk databases (*.idb);;All files (*)"))
        if name:
            self.show_unlock(Path(name))

    def _done(self, store: UnlockedStore) -> None:
        settings().setValue("last_db", str(store.path))
        self.unlocked.emit(store)


