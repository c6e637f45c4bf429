"""The Register page: persons (lazy table), filters, due checks, detail pane, actions.

The table model pages through :func:`inspector_desk.services.register.search_persons`
(200 rows a fetch), so opening it with 200,000 persons reads one page. Search runs as
you type (debounced); writes go through services; imports run in a worker.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services import person_import, persons, register
from inspector_desk.services.persons import RegisterError
from inspector_desk.services.register import PersonFilters
from inspector_desk.ui.pages.base import Page
from inspector_desk.ui.qt_i18n import languages
from inspector_desk.ui.register_dialogs import (
    CheckDialog,
    CloseEntryDialog,
    EntryDialog,
    ImportDialog,
    PersonDialog,
    check_kind_names,
    close_reason_names,
    photo_pixmap,
)
from inspector_desk.ui.widgets.flow import flow_row
from inspector_desk.ui.workers import run_task

PAGE_SIZE = 200
#: The found-count under the table counts at most this many (then says "1,000+").
COUNT_CAP = 1000
#: The "Due checks" tab: due today and overdue, or due within a week.
DUE_RANGES = (0, 7)
PHOTO_SIZE = (120, 160)
SORT_KEYS = ("name", "iin", "birth_date", "address", None, "next_due")


def _d(value: str | None) -> str:
    return f"{dt.date.fromisoformat(value):%d.%m.%Y}" if value else ""


class PersonsModel(QAbstractTableModel):
    """A lazy model over :func:`search_persons`: one page at first, more as it scrolls."""

    def __init__(self, page: RegisterPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[register.PersonRow] = []
        self.more = False
        self.query = ""
        self.filters = PersonFilters()
        self.sort_key = "name"
        self.descending = False
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("IIN"), self.tr("Born"), self.tr("Address"),
                self.tr("On the register"), self.tr("Next check")]

    def reset(self) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        self.rows = self._fetch(0)
        self.more = len(self.rows) == PAGE_SIZE
        self.endResetModel()

    def _fetch(self, offset: int) -> list[register.PersonRow]:
        session = self.page.window_.session
        if session is None:
            return []
        return register.search_persons(session, self.query, self.filters, offset, PAGE_SIZE,
                                       sort=self.sort_key, descending=self.descending,
                                       today=self.today)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self.more

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self.more:
            return
        rows = self._fetch(len(self.rows))
        self.more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def due_text(self, due: str | None) -> str:
        if not due:
            return ""
        late = (self.today - dt.date.fromisoformat(due)).days
        if late > 0:
            return self.tr("%n day(s) overdue", "", late) + f" ({_d(due)})"
        if late == 0:
            return self.tr("due today")
        return _d(due)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return row.name
            if col == 1:
                return row.iin
            if col == 2:
                return _d(row.birth_date)
            if col == 3:
                return row.address
            if col == 4:
                return ", ".join(self.page.category_short(c) for c in row.categories)
            return self.due_text(row.next_due)
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and row.next_due
                and row.next_due < self.today.isoformat()):
            return QColor("#b00000")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reset()


class RegisterPage(Page):
    """Persons on the preventive register; keyboard-first."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.categories: list[register.Category] = []
        self.current_person: str | None = None
        self.detail: register.PersonDetail | None = None
        # -- search and filters
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.status_filter = QComboBox()
        self.overdue_filter = QCheckBox()
        self.settlement_filter = QComboBox()
        self.officer_filter = QComboBox()
        self.search.setMinimumWidth(260)
        for box in (self.category_filter, self.status_filter, self.settlement_filter,
                    self.officer_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.search.setMinimumWidth(320)
        bar = flow_row(self.search, self.category_filter, self.status_filter,
                       self.overdue_filter, self.settlement_filter, self.officer_filter)
        # -- actions
        self.new_button = QPushButton()
        self.entry_button = QPushButton()
        self.check_button = QPushButton()
        self.close_button = QPushButton()
        self.edit_button = QPushButton()
        self.print_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        actions = flow_row(self.new_button, self.edit_button, self.entry_button,
                           self.check_button, self.close_button, self.print_button,
                           self.import_button, self.export_button)  # wraps on a small screen
        # -- persons table
        self.model = PersonsModel(self)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        for col, width in enumerate((260, 110, 90, 260, 150)):
            self.table.setColumnWidth(col, width)
        self.count_label = QLabel()
        # -- due checks
        self.due_table = QTableWidget(0, 5)
        self.due_table.setObjectName("dueTable")
        self.due_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.horizontalHeader().setStretchLastSection(True)
        self.due_table.verticalHeader().hide()
        self.due_range = QComboBox()
        self.due_range.setObjectName("dueRange")
        self.due_range.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tabs = QTabWidget()
        due_tab = QWidget()
        du = QVBoxLayout(due_tab)
        du.setContentsMargins(0, 0, 0, 0)
        due_bar = QHBoxLayout()
        due_bar.addWidget(self.due_range)
        due_bar.addStretch(1)
        du.addLayout(due_bar)
        du.addWidget(self.due_table, 1)
        persons_tab = QWidget()
        pl = QVBoxLayout(persons_tab)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.table, 1)
        pl.addWidget(self.count_label)
        self.tabs.addTab(persons_tab, "")
        self.tabs.addTab(due_tab, "")
        # -- detail pane
        self.detail_view = QTextBrowser()
        self.detail_view.setObjectName("personDetail")
        self.entries_tree = QTreeWidget()
        self.entries_tree.setObjectName("entriesTree")
        self.entries_tree.setColumnCount(4)
        self.entries_tree.setRootIsDecorated(True)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.photo_label = QLabel()
        self.photo_label.setObjectName("personPhoto")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.photo_label.hide()
        dl.addWidget(self.photo_label)
        dl.addWidget(self.detail_view, 2)
        dl.addWidget(self.entries_tree, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(bar)
        self.layout_.addWidget(actions)
        self.layout_.addWidget(self.splitter, 1)
        # -- behaviour
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self.refresh_table)
        self._counting = QTimer(self)  # the count runs after the table has been painted
        self._counting.setSingleShot(True)
        self._counting.setInterval(0)
        self._counting.timeout.connect(self.update_count)
        self.found: int | None = None
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(self._focus_results)
        for box in (self.category_filter, self.status_filter, self.settlement_filter,
                    self.officer_filter):
            box.currentIndexChanged.connect(self._filters_changed)
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.due_range.currentIndexChanged.connect(lambda _i: self.refresh_due())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.due_table.itemSelectionChanged.connect(self._due_selected)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.entry_button.clicked.connect(self.add_entry)
        self.check_button.clicked.connect(self.record_check)
        self.close_button.clicked.connect(self.close_or_reopen_entry)
        self.print_button.clicked.connect(lambda: self.print_card())
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(lambda: self.export_persons())
        ctx = Qt.ShortcutContext.WindowShortcut  # only while this page is the visible one
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence.StandardKey.New, self.new_person),
                           (QKeySequence.StandardKey.Print, lambda: self.print_card())):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(ctx)
            shortcut.activated.connect(slot)
        self.import_dialog: ImportDialog | None = None
        self.last_card: Path | None = None
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Preventive register")

    def help_text(self) -> str:
        return self.tr("Ctrl+F search by any part of the name (Kazakh or Russian spelling) or "
                       "by the first digits of the IIN; Ctrl+N new person; Ctrl+P print the "
                       "card. Select a person to see the register entries and checks.")

    def lang(self) -> str:
        return languages().lang

    def category_short(self, code: str) -> str:
        cat = next((c for c in self.categories if c.code == code), None)
        return cat.name(self.lang()) if cat else code

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Search: name or IIN (Ctrl+F)"))
        self.overdue_filter.setText(self.tr("Overdue only"))
        self.new_button.setText(self.tr("New person"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button.setText(self.tr("Edit"))
        self.entry_button.setText(self.tr("Put on the register"))
        self.check_button.setText(self.tr("Record a check"))
        self.close_button.setText(self.tr("Close / reopen entry"))
        self.print_button.setText(self.tr("Print card"))
        self.print_button.setToolTip("Ctrl+P")
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.tabs.setTabText(0, self.tr("Persons"))
        self.tabs.setTabText(1, self.tr("Due checks (%n)", "", len(getattr(self, "due_rows", []))))
        self.due_table.setHorizontalHeaderLabels([
            self.tr("Overdue"), self.tr("Name"), self.tr("Category"), self.tr("Due"),
            self.tr("IIN")])
        due_items = [self.tr("Due today and overdue"), self.tr("Due within 7 days")]
        current = max(self.due_range.currentIndex(), 0)
        self.due_range.blockSignals(True)
        self.due_range.clear()
        for text, days in zip(due_items, DUE_RANGES, strict=True):
            self.due_range.addItem(text, days)
        self.due_range.setCurrentIndex(current)
        self.due_range.blockSignals(False)
        self._show_count()
        self.entries_tree.setHeaderLabels([self.tr("Register entry / check"), self.tr("Dates"),
                                           self.tr("Status / kind"), self.tr("Notes")])
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._show_detail()

    def _fill_filters(self) -> None:
        session = self.window_.session if hasattr(self, "model") else None
        if session is None:
            return
        self.categories = register.list_categories(session)
        boxes = {
            self.category_filter: [(self.tr("All categories"), None)]
            + [(c.name(self.lang()), c.id) for c in self.categories],
            self.status_filter: [(self.tr("Everyone"), None),
                                 (self.tr("On the register"), "on_register"),
                                 (self.tr("Removed from the register"), "closed"),
                                 (self.tr("Never on the register"), "not_on_register")],
            self.settlement_filter: [(self.tr("All addresses"), None)]
            + [(s, s) for s in register.settlements(session)],
            self.officer_filter: [(self.tr("All officers"), None)]
            + [(name, oid) for oid, name in register.officers(session)],
        }
        for box, items in boxes.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
            box.blockSignals(False)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.window_.session is None:
            return
        self._fill_filters()
        self.refresh_table()
        self.refresh_due()

    def changes_applied(self, changes) -> None:
        if {"persons", "register_entries", "checks", "register_categories"} & changes.entities:
            self.reload()
            self._load_detail(self.current_person, audit=False)

    def filters(self) -> PersonFilters:
        return PersonFilters(category_id=self.category_filter.currentData(),
                             status=self.status_filter.currentData(),
                             overdue=self.overdue_filter.isChecked(),
                             settlement=self.settlement_filter.currentData(),
                             officer_id=self.officer_filter.currentData())

    def _filters_changed(self, *_: object) -> None:
        self.refresh_table()
        self.refresh_due()

    def refresh_table(self) -> None:
        self._typing.stop()
        self.model.query = self.search.text()
        self.model.filters = self.filters()
        self.model.reset()
        if self.model.more:  # more than a page: count (capped) once the table is painted
            self.found = None
            self._counting.start()
        else:
            self._counting.stop()
            self.found = len(self.model.rows)
        self._show_count()

    def update_count(self) -> None:
        """The capped count of persons the search and filters find (1–3 ms on 200,000)."""
        session = self.window_.session
        if session is None:
            return
        self.found = register.count_persons(session, self.model.query, self.model.filters,
                                            today=self.model.today, cap=COUNT_CAP)
        self._show_count()

    def _show_count(self) -> None:
        if not hasattr(self, "found"):
            return
        if self.found is None:
            self.count_label.setText(self.tr("Counting…"))
        elif self.found > COUNT_CAP:
            self.count_label.setText(self.tr("1,000+ persons"))
        else:
            self.count_label.setText(self.tr("%n person(s)", "", self.found))

    def refresh_due(self) -> None:
        session = self.window_.session
        if session is None:
            return
        f = self.filters()
        within = self.due_range.currentData() or 0
        rows = register.due_checks(session, category_id=f.category_id, officer_id=f.officer_id,
                                   within_days=within)
        rows.sort(key=lambda r: (-r.days_overdue, r.name))
        self.due_rows = rows
        self.due_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            if r.days_overdue > 0:
                late = self.tr("%n day(s) overdue", "", r.days_overdue)
            elif r.days_overdue == 0:
                late = self.tr("due today")
            else:
                late = self.tr("due in %n day(s)", "", -r.days_overdue)
            for col, value in enumerate((late, r.name, self.category_short(r.category),
                                         _d(r.next_due), r.iin)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.person_id)
                self.due_table.setItem(i, col, item)
        self.due_table.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Due checks (%n)", "", len(rows)))

    def _focus_results(self) -> None:
        self.refresh_table()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_detail(self.model.rows[current.row()].id)

    def _due_selected(self) -> None:
        items = self.due_table.selectedItems()
        if items:
            self._load_detail(items[0].data(Qt.ItemDataRole.UserRole))

    def select_person(self, person_id: str) -> None:
        """Show ``person_id`` in the detail pane (and select it when it is in the table)."""
        for row, r in enumerate(self.model.rows):
            if r.id == person_id:
                self.table.selectRow(row)
                return
        self._load_detail(person_id)

    def _load_detail(self, person_id: str | None, *, audit: bool = True) -> None:
        session = self.window_.session
        self.current_person = person_id
        self.detail = None
        if person_id and session is not None:
            try:
                self.detail = register.person_detail(session, person_id)
            except RegisterError:
                self.current_person = None
        self._show_detail()

    def _show_detail(self) -> None:
        if not hasattr(self, "entries_tree"):
            return
        self.entries_tree.clear()
        has = self.detail is not None
        for b in (self.edit_button, self.entry_button, self.print_button):
            b.setEnabled(has)
        self.check_button.setEnabled(has and any(e.status == "active"
                                                 for e in self.detail.entries))
        self.close_button.setEnabled(has and bool(self.detail.entries))
        pixmap = photo_pixmap(self.detail.photo, *PHOTO_SIZE) if has else None
        if pixmap is None:
            self.photo_label.clear()
            self.photo_label.hide()
        else:
            self.photo_label.setPixmap(pixmap)
            self.photo_label.show()
        if not has:
            self.detail_view.setHtml(
                "<p>" + self.tr("Select a person to see the register entries and checks.") + "</p>")
            return
        p = self.detail.person
        sex = {"M": self.tr("male"), "F": self.tr("female")}.get(p.get("sex") or "", "")
        lines = [f"<h3>{_esc(persons.full_name(p))}</h3>",
                 "<b>" + self.tr("IIN") + f":</b> {_esc(p.get('iin') or '')} · "
                 f"<b>" + self.tr("Born") + f":</b> {_d(p.get('birth_date'))} · {sex}",
                 "<br><b>" + self.tr("Address") + f":</b> {_esc(persons.plain_address(p))}"]
        if p.get("phone"):
            lines.append("<br><b>" + self.tr("Phone") + f":</b> {_esc(p['phone'])}")
        if p.get("document"):
            lines.append("<br><b>" + self.tr("Document") + f":</b> {_esc(p['document'])}")
        if p.get("notes"):
            lines.append("<br><b>" + self.tr("Notes") + f":</b> {_esc(p['notes'])}")
        self.detail_view.setHtml("".join(lines))
        kinds = check_kind_names(self)
        reasons = close_reason_names(self)
        for e in self.detail.entries:
            name = e.category.name(self.lang())
            if e.category.kind == "attention":
                name += self.tr(" (attention list)")
            if e.status == "active":
                status = self.tr("active")
                if e.next_due:
                    status += " · " + self.tr("next check: {0}").format(
                        self.model.due_text(e.next_due))
            else:
                status = self.tr("closed {0}: {1}").format(
                    _d(e.closed_on), reasons.get(e.close_reason or "", ""))
            item = QTreeWidgetItem([name, f"{_d(e.start_on)} — {_d(e.end_on) or '…'}", status,
                                    e.basis])
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            for c in e.checks:
                child = QTreeWidgetItem([self.tr("check"), _d(c.checked_on),
                                         kinds.get(c.kind, c.kind),
                                         " ".join(x for x in (c.result, c.notes) if x)])
                child.setData(0, Qt.ItemDataRole.UserRole, e.id)
                item.addChild(child)
            self.entries_tree.addTopLevelItem(item)
            item.setExpanded(e.status == "active")
        for col in range(3):
            self.entries_tree.resizeColumnToContents(col)
        if self.entries_tree.topLevelItemCount():
            self.entries_tree.setCurrentItem(self.entries_tree.topLevelItem(0))

    def selected_entry(self) -> str | None:
        item = self.entries_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    # -- actions ---------------------------------------------------------------------------
    def _done(self, changes) -> None:
        self.window_.changes_applied(changes)

    def new_person(self) -> PersonDialog | None:
        if self.window_.session is None:
            return None
        dialog = PersonDialog(self, lambda data: persons.add_person(self.window_.session, data))
        self.active_dialog = dialog
        if dialog.exec():
            self._done(dialog.result_changes)
            new_id = next(iter(dialog.result_changes.ids))
            self.search.setText(dialog.fields["iin"].text().strip())
            self.refresh_table()
            self.select_person(new_id)
        return dialog

    def edit_person(self) -> None:
        if self.detail is None:
            return
        pid = self.current_person
        person = {k: (v if v is not None else "") for k, v in self.detail.person.items()}
        if person.get("birth_date"):
            person["birth_date"] = _d(person["birth_date"])
        dialog = PersonDialog(self, lambda data: persons.update_person(self.window_.session, pid,
                                                                       data), person,
                              photo=self.detail.photo)
        self.active_dialog = dialog
        if dialog.exec():
            self._done(dialog.result_changes)

    def add_entry(self) -> None:
        if self.detail is None:
            return
        pid = self.current_person
        dialog = EntryDialog(self, self.categories,
                             lambda data: register.add_entry(self.window_.session, pid, data))
        self.active_dialog = dialog
        if dialog.exec():
            self._done(dialog.result_changes)

    def record_check(self) -> None:
        if self.detail is None:
            return
        entries = [(e.category.name(self.lang()) + f" ({_d(e.start_on)})", e.id)
                   for e in self.detail.entries if e.status == "active"]
        if not entries:
            return
        dialog = CheckDialog(self, entries, lambda eid, data: register.record_check(
            self.window_.session, eid, **data), selected=self.selected_entry())
        self.active_dialog = dialog
        if dialog.exec():
            self._done(dialog.result_changes)

    def close_or_reopen_entry(self) -> None:
        entry_id = self.selected_entry()
        if self.detail is None or entry_id is None:
            return
        entry = next(e for e in self.detail.entries if e.id == entry_id)
        session = self.window_.session
        if entry.status == "closed":
            answer = QMessageBox.question(self, self.tr("Reopen"),
                                          self.tr("Reopen this register entry?"))
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    self._done(register.reopen_entry(session, entry_id))
                except RegisterError as exc:
                    QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.lang()))
            return
        dialog = CloseEntryDialog(self, lambda data: register.close_entry(session, entry_id,
                                                                          **data))
        self.active_dialog = dialog
        if dialog.exec():
            self._done(dialog.result_changes)

    def print_card(self, target: Path | None = None, *, lang: str | None = None,
                   open_it: bool = True) -> Path | None:
        """Render the selected person's card (kk/ru) to ``target`` (asked for when ``None``)
        and show it; the print is audited."""
        from inspector_desk.reports.person_card import person_card

        if self.current_person is None or self.window_.session is None:
            return None
        card_lang = lang or ("kk" if self.lang() == "kk" else "ru")
        if target is None:
            default = Path(tempfile.gettempdir()) / "register-card.pdf"
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the card"), str(default),
                                                  self.tr("PDF (*.pdf)"))
            if not name:
                return None
            target = Path(name)
        data = person_card(self.window_.session, self.current_person, lang=card_lang)
        target.write_bytes(data)
        self.last_card = target
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.window_.refresh_status()
        return target

    def open_import(self, path: Path | None = None) -> ImportDialog:
        store = self.window_.store
        lang = self.lang()

        def work(p: Path, mode: str, dry: bool):
            def task(progress):
                session = store.session()
                try:
                    return person_import.import_persons(session, p, on_error=mode,
                                                        dry_run=dry, lang=lang,
                                                        progress=progress)
                finally:
                    session.close()
            return task

        def preview(p, done, failed):
            self.import_task = run_task(self, work(p, "skip", True), on_done=done,
                                        on_error=failed, label=self.tr("Reading the file…"))

        def run(p, mode, done, failed):
            def finished(result):
                done(result)
                if result.written:
                    from inspector_desk.services.session import Changes

                    self.window_.changes_applied(Changes({"persons", "register_entries"}))
            self.import_task = run_task(self, work(p, mode, False), on_done=finished,
                                        on_error=failed, label=self.tr("Importing…"))

        dialog = ImportDialog(self, preview, run)
        self.import_dialog = dialog
        if path is not None:
            dialog.load(path)
        dialog.show()
        return dialog

    def export_persons(self, target: Path | None = None) -> Path | None:
        session = self.window_.session
        if session is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export persons"),
                                                  "persons.csv", self.tr("CSV (*.csv)"))
            if not name:
                return None
            target = Path(name)
        rows = person_import.export_rows(session)
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            person_import.write_export(rows, "csv", fh)
        self.window_.refresh_status()
        return target


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def today_lines(window) -> list[tuple[str, str]]:
    """Today: register checks due today and overdue, most overdue first."""
    session = window.session
    page = window.page_by_key.get("register") if hasattr(window, "page_by_key") else None
    if session is None or not isinstance(page, RegisterPage):
        return []  # the Today page reloads once every page exists
    rows = register.due_checks(session)
    rows.sort(key=lambda r: (-r.days_overdue, r.name))
    lines = []
    for r in rows[:15]:
        when = (QCoreApplication.translate("RegisterPage", "%n day(s) overdue", "", r.days_overdue) if r.days_overdue > 0
                else QCoreApplication.translate("RegisterPage", "due today"))
        lines.append((QCoreApplication.translate("RegisterPage", "Register check") + f": {r.name} — "
                      f"{page.category_short(r.category)} — {when}", "register"))
    if len(rows) > 15:
        lines.append((QCoreApplication.translate("RegisterPage", "…and %n more register check(s) due", "", len(rows) - 15),
                      "register"))
    return lines


def _register_today() -> None:
    from inspector_desk.ui.pages.today import TODAY_PROVIDERS

    if today_lines not in TODAY_PROVIDERS:
        TODAY_PROVIDERS.append(today_lines)


_register_today()
