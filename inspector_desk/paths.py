"""Where the program's shipped resources live (source tree, editable install or bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

_bundle = getattr(sys, "_MEIPASS", None)
ROOT = Path(_bundle) if _bundle else Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
I18N = RESOURCES / "i18n"
FORMS = RESOURCES / "forms"
FONTS = RESOURCES / "fonts"
LEGAL = RESOURCES / "legal"
