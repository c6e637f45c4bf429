"""The PySide6 GUI. The only package that imports Qt; it calls core services, never SQL."""
