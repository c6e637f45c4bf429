"""Work other features do after pulled records have been applied (e.g. renumbering appeals
whose registration numbers clashed across devices). Each hook is "module:function", called
with the session once a pull (or an answer file) that touched its entity ends, in its own
transaction after the pages committed; it settles the whole database, and a hook that fails
never blocks sync (the next pull runs it again)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterable

from inspector_desk.services.session import Session

_MERGE = "inspector_desk.services.person_merge:merge_same_iin"
_CODES = "inspector_desk.services.register:settle_category_codes"
_RESTORE = "inspector_desk.services.person_merge:restore_persons_on_the_register"
_SEALED = "inspector_desk.services.sync_service:settle_sealed_conflicts"
#: entity → hooks to run when a pulled page changed records of that entity.
AFTER_PULL: dict[str, tuple[str, ...]] = {
    "appeals": ("inspector_desk.services.receptions:resolve_number_clashes",
                "inspector_desk.services.receptions:settle_term_conflicts", _MERGE),
    "form_definitions": ("inspector_desk.services.published_forms:after_pull",),
    "protocols": (_SEALED,),  # a protocol finalized meanwhile: its open conflicts set aside
    "protocol_fields": (_SEALED,),
    "calendar_overrides": ("inspector_desk.services.receptions:recount_after_pull",
                           "inspector_desk.services.receptions:settle_term_conflicts"),
    "register_categories": ("inspector_desk.services.register:follow_category_intervals",
                            _CODES),
    "persons": (_MERGE, _RESTORE),  # the same IIN on two devices; removed, yet on the
    # register
    "register_entries": (_MERGE, _CODES, _RESTORE),  # … and records of a merged person (or on a
    # category added twice) arriving later
    "checks": (_MERGE,),
}


def run_after_pull(session: Session, entities: Iterable[str]) -> None:
    """Run the hooks of every entity in ``entities`` once each."""
    targets = {t for e in set(entities) for t in AFTER_PULL.get(e, ())}
    for target in sorted(targets):
        module, _, name = target.partition(":")
        if importlib.util.find_spec(module) is None:
            continue
        try:
            getattr(importlib.import_module(module), name)(session)
        except Exception as exc:  # noqa: BLE001 - never blocks sync; no personal data logged
            print(f"inspector-desk: after-pull hook {name} failed: {type(exc).__name__}",
                  file=sys.stderr)
