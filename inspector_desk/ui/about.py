"""Help → About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_desk import __version__


def show_about(parent: QWidget, db_name: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Inspector Desk"))
    box.setText(
        "<b>Inspector Desk</b> " + __version__ + "<br>"
        + QCoreApplication.translate("About", "The district police inspector's desk: preventive register, rounds, "
                    "receptions, protocols, training, reports. Works without internet; "
                    "data is encrypted on this computer.")
        + "<br><br>" + QCoreApplication.translate("About", "Database: {0}").format(db_name)
        + "<br>Qt " + qVersion() + " · PySide6 " + pyside_version + " · Python "
        + platform.python_version()
        + "<br>" + QCoreApplication.translate("About", "Fonts: DejaVu (free licence, see resources/fonts).")
    )
    box.exec()
