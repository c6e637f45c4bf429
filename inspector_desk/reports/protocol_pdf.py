"""A protocol printed as the paper form an investigator expects (pure: document → PDF bytes).

Layout: title and the article the form rests on; the introductory part (date, place, start
and end time, the author, the person, the participants with their rights explained); the
course of the action (the form's remaining fields in its own words); the items table with
weapon and ammunition details; technical recording; remarks or "no remarks"; corrections;
refusals to sign; the "copy handed over" line; the signature block. Every page carries a
row of signature lines for the author, the person and every participant (signatures on
every page, УПК 199), "page x of y" and the seal hash.

Labels come from the form definition (kk/ru) and ``catalog/protocols.py``; what the officer
typed is printed as typed. A *translated copy* (УПК 30, КоАП 738) is the same protocol with
the labels of the other language, marked as a translation on every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from inspector_desk.domain.forms import FormDefinition, citation_label, form_for
from inspector_desk.i18n import long_date
from inspector_desk.messages import text
from inspector_desk.reports.pdf import SANS, PageFrame, escape, render, styles, table

#: Fields laid out by hand; every other field of the form is printed in "course of the action".
LAID_OUT = {"format", "version", "form", "form_version", "language", "place", "date",
            "start_time", "end_time", "end_date", "author", "subject", "participants", "items",
            "recording", "remarks", "no_remarks", "corrections_noted", "refusals", "signatures",
            "copy_handed", "sealed"}
_SIG_ROW_H = 5.2 * mm
_SIG_PER_ROW = 3


@dataclass(frozen=True, slots=True)
class PrintInfo:
    """What the store knows beyond the document: status, seal, precinct, amendment, void."""

    status: str = "finalized"  # draft | finalized | amended | voided
    seal: str | None = None
    precinct: str = ""
    amends_seal: str | None = None
    amend_reason: str | None = None
    void_reason: str | None = None


def _t(key: str, lang: str, **params: Any) -> str:
    return text(f"protocols.{key}", lang, **params)


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_s(v) for v in value)
    return str(value)


def _date(value: Any, lang: str) -> str:
    if isinstance(value, str):
        try:
            return long_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return _s(value)


def _datetime(value: Any, lang: str) -> str:
    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value)
            return f"{when:%d.%m.%Y %H:%M}"
        except ValueError:
            return value
    return _s(value)


def _yes_no(value: Any, lang: str) -> str:
    if value is True:
        return _t("pdf.yes", lang)
    if value is False:
        return _t("pdf.no", lang)
    return _s(value)


def _label(form: FormDefinition, path: str, lang: str) -> str:
    f = form.field_at(path)
    return (f.label.get(lang) or f.label.get("ru") or path) if f else path


def _option(form: FormDefinition, path: str, value: Any, lang: str) -> str:
    if isinstance(value, str):
        label = form.option_label(path, value)
        if label:
            return label.get(lang) or value
    return _s(value)


def _value(form: FormDefinition, path: str, value: Any, lang: str) -> str:
    f = form.field_at(path)
    if f is None:
        return _s(value)
    if f.type == "choice":
        values = value if isinstance(value, list) else [value]
        return ", ".join(_option(form, path, v, lang) for v in values)
    if f.type == "yes_no":
        return _yes_no(value, lang)
    if f.type == "date":
        return _date(value, lang)
    if f.type == "datetime":
        return _datetime(value, lang)
    if f.type in ("group", "person") and isinstance(value, Mapping):
        return _pairs(form, path, value, lang)
    if isinstance(value, list) and value and isinstance(value[0], Mapping):
        return " | ".join(_pairs(form, path, v, lang) for v in value if isinstance(v, Mapping))
    return _s(value)


def _pairs(form: FormDefinition, path: str, value: Mapping[str, Any], lang: str) -> str:
    return "; ".join(f"{_label(form, f'{path}.{k}', lang)}: {_value(form, f'{path}.{k}', v, lang)}"
                     for k, v in value.items() if v not in (None, "", []))


def _name(person: Mapping[str, Any] | None) -> str:
    if not isinstance(person, Mapping):
        return ""
    parts = [person.get(k) for k in ("last_name", "first_name", "patronymic")]
    return " ".join(str(p) for p in parts if isinstance(p, str) and p)


def _short_name(person: Mapping[str, Any] | None) -> str:
    if not isinstance(person, Mapping):
        return ""
    last = person.get("last_name") if isinstance(person.get("last_name"), str) else ""
    if isinstance(person.get("initials"), str):
        return f"{last} {person['initials']}".strip()
    initials = "".join(f"{v[0]}." for k in ("first_name", "patronymic")
                       if isinstance(v := person.get(k), str) and v)
    return f"{last} {initials}".strip()


def _role(form: FormDefinition, role: Any, lang: str) -> str:
    label = form.option_label("participants.role", role) if isinstance(role, str) else None
    if label:
        word = label.get(lang) or str(role)
        return word[:1].upper() + word[1:]
    return _t("role.other", lang)


def signers(doc: Mapping[str, Any], form: FormDefinition, lang: str) -> list[tuple[str, str]]:
    """(who, name) of everyone who signs every page: author, the person, each participant."""
    out = [(_t("who.author", lang), _short_name(doc.get("author")))]
    if isinstance(doc.get("subject"), Mapping):
        out.append((_label(form, "subject", lang), _short_name(doc["subject"])))
    participants = doc.get("participants")
    counts: dict[str, int] = {}
    for p in participants if isinstance(participants, list) else ():
        if not isinstance(p, Mapping):
            continue
        role = _role(form, p.get("role"), lang)
        counts[role] = counts.get(role, 0) + 1
        out.append((role, _short_name(p)))
    return out


def _para(content: str, style: str = "body") -> Paragraph:
    return Paragraph(content, styles()[style])


def _line(label: str, value: str, lang: str) -> Paragraph:
    shown = escape(value) if value else f"<i>{escape(_t('pdf.not_recorded', lang))}</i>"
    return _para(f"<b>{escape(label)}:</b> {shown}")


def _story(doc: Mapping[str, Any], form: FormDefinition, lang: str, info: PrintInfo,
           translated_from: str | None) -> list:
    st = styles()
    story: list = []
    if translated_from:
        story.append(_para(f"<b>{escape(_t('pdf.translation', lang, source=_t(f'pdf.translation_of.{translated_from}', lang), article=_basis_articles(form, lang)))}</b>", "center"))
    story.append(_para(escape(form.title.get(lang) or form.title["ru"]).upper(), "title"))
    story.append(_para(escape(_t("pdf.form_basis", lang,
                                 citation=citation_label(form.citation, lang))), "center"))
    if info.status == "draft":
        story.append(_para(f"<b>{escape(_t('pdf.draft', lang))}</b>", "center"))
    if info.void_reason:
        story.append(_para(f"<b>{escape(_t('pdf.voided', lang, reason=info.void_reason))}</b>",
                           "center"))
    if info.amend_reason:
        story.append(_para(escape(_t("pdf.amends", lang, seal=(info.amends_seal or "")[:16],
                                     reason=info.amend_reason)), "center"))
    story.append(Spacer(1, 4 * mm))
    # -- introductory part
    row = [[_para(escape(_date(doc.get("date"), lang)) or "____________"),
            _para(escape(_s(doc.get("place"))), "right")]]
    t = table(row, [60 * mm, 110 * mm], header_rows=0)
    t.setStyle([("GRID", (0, 0), (-1, -1), 0, "white")])
    story.append(t)
    end = _s(doc.get("end_time")) or "__:__"
    if doc.get("end_date") and doc.get("end_date") != doc.get("date"):
        end = f"{_date(doc.get('end_date'), lang)} {end}"
    story.append(_para(escape(_t("pdf.times", lang, start=_s(doc.get("start_time")) or "__:__",
                                 end=end))))
    story.append(Spacer(1, 2 * mm))
    author = doc.get("author") if isinstance(doc.get("author"), Mapping) else {}
    author_text = ", ".join(_s(author.get(k)) for k in ("position", "rank") if author.get(k))
    story.append(_line(_t("pdf.author", lang),
                       f"{author_text} {_short_name(author)}".strip(), lang))
    if "subject" in doc or form.field_at("subject"):
        story.append(_line(_label(form, "subject", lang),
                           _person_text(form, "subject", doc.get("subject"), lang), lang))
    participants = doc.get("participants")
    if isinstance(participants, list) and participants:
        story.append(_para(escape(_t("pdf.participants", lang)), "heading"))
        for i, p in enumerate(participants, 1):
            if not isinstance(p, Mapping):
                story.append(_para(f"{i}. {escape(_s(p))}"))
                continue
            rights = _t("pdf.rights" if p.get("rights_explained") is True else "pdf.rights_not",
                        lang)
            story.append(_para(
                f"{i}. <b>{escape(_role(form, p.get('role'), lang))}:</b> "
                f"{escape(_person_text(form, 'participants', p, lang))} — <i>{escape(rights)}</i>"))
    # -- course of the action: every other field, in the form's order and words
    course = [(f, doc.get(f.name)) for f in form.fields
              if f.name not in LAID_OUT and doc.get(f.name) not in (None, "", [], {})]
    if course:
        story.append(_para(escape(_t("pdf.course", lang)), "heading"))
        for f, value in course:
            story.append(_line(f.label.get(lang) or f.name, _value(form, f.name, value, lang),
                               lang))
    extra = [k for k in doc if k not in LAID_OUT and form.field_at(k) is None]
    if extra:
        story.append(_para(escape(_t("pdf.other", lang)), "heading"))
        for k in extra:
            story.append(_line(k, _s(doc.get(k)), lang))
    # -- items
    story.append(_para(escape(_t("pdf.items", lang)), "heading"))
    items = doc.get("items")
    if isinstance(items, list) and items:
        story.append(_items_table(form, items, lang, st))
    else:
        story.append(_para(escape(_t("pdf.no_items", lang))))
    # -- recording
    story.append(_para(escape(_t("pdf.recording", lang)), "heading"))
    rec = doc.get("recording") if isinstance(doc.get("recording"), Mapping) else None
    if rec and rec.get("used") is True:
        bits = [_s(rec.get("means"))]
        if rec.get("announced") is True:
            bits.append(_t("pdf.recording_announced", lang))
        if rec.get("materials_attached") is True:
            bits.append(_t("pdf.recording_attached", lang))
        story.append(_para(escape("; ".join(b for b in bits if b))))
    else:
        story.append(_para(escape(_t("pdf.recording_none", lang))))
    # -- remarks, corrections, refusals
    story.append(_para(escape(_t("pdf.remarks", lang)), "heading"))
    remarks = doc.get("remarks")
    if isinstance(remarks, list) and remarks:
        for r in remarks:
            if isinstance(r, Mapping):
                who = _who(doc, form, r.get("by"), lang)
                story.append(_para(f"<b>{escape(who)}:</b> {escape(_s(r.get('text')))}"))
    elif doc.get("no_remarks") is True:
        story.append(_para(escape(_t("pdf.no_remarks", lang))))
    else:
        story.append(_para(f"<i>{escape(_t('pdf.remarks_unrecorded', lang))}</i>"))
    story.append(_para(escape(_t("pdf.corrections" if doc.get("corrections_noted") is True
                                 else "pdf.no_corrections", lang))))
    refusals = doc.get("refusals")
    if isinstance(refusals, list) and refusals:
        story.append(_para(escape(_t("pdf.refusals", lang)), "heading"))
        for r in refusals:
            if isinstance(r, Mapping):
                story.append(_para(f"<b>{escape(_who(doc, form, r.get('who'), lang))}:</b> "
                                   f"{escape(_s(r.get('reason')))}"))
    # -- signatures and the copy
    block = [_para(escape(_t("pdf.signatures", lang)), "heading")]
    rows = [[_para(escape(who), "cell"), _para("_" * 28, "cell"), _para(escape(name), "cell")]
            for who, name in signers(doc, form, lang)]
    sig = table(rows, [55 * mm, 55 * mm, 60 * mm], header_rows=0)
    sig.setStyle([("GRID", (0, 0), (-1, -1), 0, "white"), ("TOPPADDING", (0, 0), (-1, -1), 6)])
    block.append(sig)
    block.append(Spacer(1, 3 * mm))
    block.extend(_copy_lines(doc, lang))
    story.append(KeepTogether(block))
    return story


def _basis_articles(form: FormDefinition, lang: str) -> str:
    from inspector_desk.domain.forms import Citation

    code = form.citation.code
    article = 30 if code == "УПК" else 738
    return citation_label(Citation(code, article, None), lang)


def _person_text(form: FormDefinition, path: str, person: Any, lang: str) -> str:
    if not isinstance(person, Mapping):
        return _s(person)
    bits = [_name(person)]
    for key in ("birth_date", "iin", "address", "document", "occupation", "workplace",
                "phone"):
        v = person.get(key)
        if v not in (None, ""):
            shown = _date(v, lang) if key == "birth_date" else _s(v)
            bits.append(f"{_label(form, f'{path}.{key}', lang).lower()}: {shown}")
    return ", ".join(b for b in bits if b)


def _who(doc: Mapping[str, Any], form: FormDefinition, ref: Any, lang: str) -> str:
    if not isinstance(ref, str):
        return _s(ref)
    if ref == "author":
        return f"{_t('who.author', lang)} {_short_name(doc.get('author'))}"
    if ref == "subject":
        return f"{_label(form, 'subject', lang)} {_short_name(doc.get('subject'))}"
    role, _, index = ref.partition(":")
    people = [p for p in doc.get("participants") or [] if isinstance(p, Mapping)]
    person = None
    if index.isdigit():
        i = int(index)
        if i < len(people) and people[i].get("role") == role:
            person = people[i]
        else:
            same = [p for p in people if p.get("role") == role]
            person = same[i] if i < len(same) else None
    return f"{_role(form, role, lang)} {_short_name(person)}".strip()


def _copy_lines(doc: Mapping[str, Any], lang: str) -> list:
    copy = doc.get("copy_handed") if isinstance(doc.get("copy_handed"), Mapping) else None
    if copy and copy.get("refused") is True:
        return [_para(escape(_t("pdf.copy_refused", lang)))]
    if copy and (copy.get("to") or copy.get("name")):
        at = _datetime(copy.get("at"), lang) if copy.get("at") else "________"
        return [_para(escape(_t("pdf.copy_handed", lang, name=_s(copy.get("name")), at=at))),
                _para(escape(_t("pdf.copy_received", lang)))]
    return [_para(escape(_t("pdf.copy_missing", lang))),
            _para(escape(_t("pdf.copy_received", lang)))]


def _items_table(form: FormDefinition, items: Sequence[Any], lang: str, st) -> Any:
    head = [_para(escape(_t(f"pdf.col.{c}", lang)), "cell_bold")
            for c in ("no", "item", "quantity", "found", "packing")]
    rows = [head]
    for i, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            rows.append([str(i), _para(escape(_s(item)), "cell"), "", "", ""])
            continue
        desc = [f"<b>{escape(_s(item.get('name')))}</b>"]
        if item.get("kind"):
            desc.append(f"({escape(_option(form, 'items.kind', item.get('kind'), lang))})")
        if item.get("features"):
            desc.append(escape(_s(item.get("features"))))
        weapon = item.get("weapon")
        if isinstance(weapon, Mapping) and any(weapon.values()):
            parts = "; ".join(f"{_label(form, f'items.weapon.{k}', lang).lower()}: {_s(v)}"
                              for k, v in weapon.items() if v not in (None, ""))
            desc.append(f"<br/><b>{escape(_t('pdf.weapon', lang))}:</b> {escape(parts)}")
        ammo = item.get("ammunition")
        if isinstance(ammo, Mapping) and any(v not in (None, "") for v in ammo.values()):
            parts = "; ".join(f"{_label(form, f'items.ammunition.{k}', lang).lower()}: {_s(v)}"
                              for k, v in ammo.items() if v not in (None, ""))
            desc.append(f"<br/><b>{escape(_t('pdf.ammunition', lang))}:</b> {escape(parts)}")
        qty = " ".join(_s(item.get(k)) for k in ("quantity", "unit") if item.get(k) is not None)
        for k in ("weight", "value"):
            if item.get(k):
                qty += f"<br/>{escape(_s(item.get(k)))}"
        found = [escape(_s(item.get(k))) for k in ("found_where", "circumstances")
                 if item.get(k)]
        if isinstance(item.get("voluntary"), bool):
            found.append(f"<i>{escape(_t('pdf.voluntary' if item['voluntary'] else 'pdf.not_voluntary', lang))}</i>")
        packing = []
        if isinstance(item.get("packed_sealed"), bool):
            packing.append(escape(_t("pdf.sealed_yes" if item["packed_sealed"]
                                     else "pdf.sealed_no", lang)))
        if item.get("seal"):
            packing.append(escape(_s(item.get("seal"))))
        rows.append([_para(str(i), "cell"), _para(" ".join(desc), "cell"),
                     _para(qty, "cell"), _para("; ".join(found), "cell"),
                     _para("; ".join(packing), "cell")])
    return table(rows, [8 * mm, 62 * mm, 20 * mm, 45 * mm, 35 * mm])


def protocol_pdf(doc: Mapping[str, Any], *, lang: str | None = None,
                 info: PrintInfo | None = None) -> bytes:
    """The protocol as PDF in ``lang`` (default: the protocol's language, kk or ru).

    When ``lang`` differs from the protocol's language the result is the translated copy
    (УПК 30 / КоАП 738), marked as a translation on every page.
    """
    info = info or PrintInfo()
    form = form_for(doc)
    own = doc.get("language") if doc.get("language") in ("kk", "ru") else "ru"
    lang = lang or own
    translated_from = own if lang != own else None
    people = signers(doc, form, lang)
    rows = (len(people) + _SIG_PER_ROW - 1) // _SIG_PER_ROW
    header = ""
    if translated_from:
        header = _t("pdf.translation", lang, source=_t(f"pdf.translation_of.{translated_from}",
                                                       lang),
                    article=_basis_articles(form, lang))
    elif info.status == "draft":
        header = _t("pdf.draft", lang)
    seal = _t("pdf.seal", lang, seal=info.seal) if info.seal else ""
    footer = " · ".join(x for x in (info.precinct, _date(doc.get("date"), lang)) if x)
    frame = PageFrame(lang=lang, footer_left=footer, header=header, seal=seal,
                      bottom_margin=22 * mm + rows * _SIG_ROW_H + 3 * mm)

    def signature_lines(canvas, pdf_doc) -> None:
        width = frame.page_size[0] - frame.left_margin - frame.right_margin
        cell = width / _SIG_PER_ROW
        top = 20 * mm + rows * _SIG_ROW_H
        canvas.setFont(SANS, 6.5)
        for n, (who, name) in enumerate(people):
            r, c = divmod(n, _SIG_PER_ROW)
            x = frame.left_margin + c * cell
            y = top - r * _SIG_ROW_H
            label = f"{who} {name}".strip()
            canvas.drawString(x, y, label[:38])
            canvas.line(x, y - 1.6 * mm, x + cell - 4 * mm, y - 1.6 * mm)

    title = form.title.get(lang) or form.title["ru"]
    story = _FreshStory(lambda: _story(doc, form, lang, info, translated_from))
    return render(story, frame, title=title, page_extra=signature_lines)


class _FreshStory(list):
    """A story rebuilt for each layout pass: reportlab marks flowables it had to push to
    the next page (``_postponed``) and refuses them the second time, so the two passes of
    :func:`render` ("page x of y") must not share flowable objects."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __iter__(self):
        return iter(self._build())

    def __len__(self) -> int:
        return 0
