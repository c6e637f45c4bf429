"""Message catalogs of the core, one module per feature, each defining ``MESSAGES``.

A module here maps message ids (prefixed by its feature, e.g. ``register.iin_taken``) to
``{"kk": ..., "ru": ..., "en": ...}`` templates with ``{named}`` placeholders.
"""
