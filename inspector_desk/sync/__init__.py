"""Sync with the department server: wire format, client, merge rules (core, no Qt).

The server (``inspector_desk.sync.server``) is a separate entry point; nothing in the
client imports it. See ``docs/sync.md`` for the protocol.
"""
