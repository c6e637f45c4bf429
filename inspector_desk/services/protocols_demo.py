"""Demo protocols: a few finalized and draft protocols written through the services."""

from __future__ import annotations

import copy
import random

from inspector_desk.progress import Progress
from inspector_desk.services import protocols as svc
from inspector_desk.services.session import Session

_WITNESSES = [
    ("Жақыпов", "Ерлан", "Серікұлы", "M", "1990-11-02", "с. Қарасу, ул. Әуезова, 3"),
    ("Ғабдуллин", "Мұрат", "Әліұлы", "M", "1978-06-25", "с. Қарасу, ул. Сәтбаева, 21"),
    ("Нұрғалиева", "Әйгерім", "Болатқызы", "F", "1988-01-17", "с. Қарасу, ул. Абая, 40"),
    ("Сейітова", "Гүлнар", "Маратқызы", "F", "1975-09-30", "с. Қарасу, ул. Төле би, 8"),
]


def _koap_791(rng: random.Random, day: int, lang: str) -> dict:
    doc = {
        "format": "inspector-desk.protocol", "version": 1, "form": "koap-791", "form_version": 1,
        "language": lang,
        "place": ("Алматы облысы, Қарасай ауданы, Қарасу ауылы, Абай көшесі, 12" if lang == "kk"
                  else "Алматинская обл., Карасайский р-н, с. Қарасу, ул. Абая, 12"),
        "date": f"2026-03-{day:02d}", "start_time": "14:05", "end_time": "14:40",
        "author": {"position": "учаскелік полиция инспекторы" if lang == "kk"
                   else "участковый инспектор полиции",
                   "rank": "полиция капитаны" if lang == "kk" else "капитан полиции",
                   "last_name": "Сейтқали", "initials": "А.Б.", "sex": "M"},
        "case": {"number": f"АП-2026-{rng.randint(100, 999):06d}",
                 "offence": "КоАП 434 ч.1"},
        "scope": ["person"],
        "subject": {"last_name": "Өтепбергенов", "first_name": "Нұрлан",
                    "patronymic": "Қайратұлы", "birth_date": "1985-03-12", "sex": "M",
                    "address": "с. Қарасу, ул. Жібек жолы, 7",
                    "document": "удостоверение личности № 045871236", "language": lang},
        "participants": [
            {"role": "witness", "last_name": w[0], "first_name": w[1], "patronymic": w[2],
             "sex": w[3], "birth_date": w[4], "address": w[5], "rights_explained": True,
             "signed": True} for w in _WITNESSES[:2]],
        "recording": {"used": True, "means": "нагрудный видеорегистратор № 0452",
                      "announced": True, "materials_attached": True},
        "items": [{"name": "складной нож", "kind": "other", "quantity": 1, "unit": "шт",
                   "features": "рукоять чёрная, длина клинка 9 см",
                   "found_where": "левый карман куртки", "voluntary": False,
                   "packed_sealed": True, "seal": "пакет № 1"}],
        "remarks": [], "no_remarks": True, "refusals": [],
        "signatures": {"author": True, "subject": True},
        "copy_handed": {"to": "subject", "name": "Өтепбергенов Н.Қ.",
                        "at": f"2026-03-{day:02d}T14:45", "receipt_signed": True,
                        "language": lang},
    }
    return doc


def demo_protocols(session: Session, size, rng: random.Random, progress: Progress) -> str:
    """Two finalized personal-search protocols (kk, ru), one amendment draft, two drafts."""
    finalized = []
    for day, lang in ((3, "kk"), (9, "ru")):
        doc = _koap_791(rng, day, lang)
        pid = svc.create_draft(session, "koap-791", lang)
        svc.save_draft(session, pid, document=doc)
        svc.finalize(session, pid, lang=lang)
        finalized.append(pid)
    svc.amend(session, finalized[1], reason="уточнение номера дела")
    draft = _koap_791(rng, 14, "kk")
    draft.pop("copy_handed")
    draft["participants"] = draft["participants"][:1]
    pid = svc.create_draft(session, "koap-791", "kk")
    svc.save_draft(session, pid, document=copy.deepcopy(draft))
    svc.create_draft(session, "upk-254", "ru")
    return "protocols: 2 finalized, 1 amendment draft, 2 drafts"
