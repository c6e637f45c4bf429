"""Inspector Desk: offline-first desktop application for district police inspectors.

The core (everything but :mod:`inspector_desk.ui`) never imports Qt.
"""

__version__ = "0.1.0"
