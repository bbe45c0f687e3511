"""The protocol (and the protocol book) as HTML for Qt's rich text: print preview, printing, PDF.

The same ProtocolBook the Word templates get, in the same form. The labels are document wording
in the book's language (like the .docx templates, one text per language), not interface strings,
so they live here and not in the .ts files. Everything a user typed is escaped.
"""

from __future__ import annotations

from html import escape

from domain.documents.protocol import DecisionLine, ItemContent, ProtocolBook, ProtocolContent

FONT_FAMILIES = ("Times New Roman", "DejaVu Serif", "Liberation Serif")

LABELS = {
    "ky": {
        "title": "№ {number} ПРОТОКОЛУ",
        "when": "Өткөрүлгөн күнү: {day}.", "when_time": "Өткөрүлгөн күнү: {day}, саат {time}.",
        "place": "Орду: {place}.",
        "chair": "Төрага:", "secretary": "Катчы:",
        "present": "Катышкандар:", "present_count": "{count} ({total} мүчөдөн)",
        "absent": "Катышпагандар:", "guests": "Чакырылгандар:",
        "agenda": "КҮН ТАРТИБИ:", "reporter": "(баяндамачы: {names})",
        "heard": "УГУЛДУ:", "spoke": "ЧЫГЫП СҮЙЛӨДҮ:", "decided": "ТОКТОМ (ЧЕЧИМ):",
        "responsible_due": "Жооптуу: {who}, мөөнөтү: {due}.", "responsible": "Жооптуу: {who}.",
        "due": "Мөөнөтү: {due}.",
        "chair_sign": "Төрага", "secretary_sign": "Катчы",
        "book": "ПРОТОКОЛДОР КИТЕБИ", "year": "{year}-окуу жылы",
        "head": "Жетекчиси:", "count": "Протоколдордун саны:",
        "first": "Биринчи отурум:", "last": "Акыркы отурум:",
    },
    "ru": {
        "title": "ПРОТОКОЛ № {number}",
        "when": "Дата проведения: {day}.", "when_time": "Дата проведения: {day}, {time}.",
        "place": "Место: {place}.",
        "chair": "Председатель:", "secretary": "Секретарь:",
        "present": "Присутствовали:", "present_count": "{count} из {total}",
        "absent": "Отсутствовали:", "guests": "Приглашённые:",
        "agenda": "ПОВЕСТКА ДНЯ:", "reporter": "(докладчик: {names})",
        "heard": "СЛУШАЛИ:", "spoke": "ВЫСТУПИЛИ:", "decided": "ПОСТАНОВИЛИ (РЕШИЛИ):",
        "responsible_due": "Ответственный: {who}, срок: {due}.", "responsible": "Ответственный: {who}.",
        "due": "Срок: {due}.",
        "chair_sign": "Председатель", "secretary_sign": "Секретарь",
        "book": "КНИГА ПРОТОКОЛОВ", "year": "{year} учебный год",
        "head": "Руководитель:", "count": "Количество протоколов:",
        "first": "Первое заседание:", "last": "Последнее заседание:",
    },
}

_BODY_STYLE = "font-family: {families}; font-size: 13pt;"
_CENTER = 'style="text-align: center; margin: 0;"'
_LINE = 'style="margin: 0; text-align: justify;"'
_LIST = 'style="margin: 0 0 0 28px; text-indent: -19px; text-align: justify;"'
_PAGE_BREAK = '<div style="page-break-before: always">'


def _e(text: object) -> str:
    """User text, escaped; a line break typed in a field stays a line break."""
    return escape(str(text)).replace("\n", "<br>")


def _labelled(label: str, value: str, style: str = _LINE) -> str:
    """A line whose label is bold; ``value`` is already escaped."""
    return f"<p {style}><b>{escape(label)}</b> {value}</p>"


def _decision(item: ItemContent, n: int, d: DecisionLine, t: dict[str, str]) -> str:
    tail = ""
    if d.responsible and d.due:
        tail = t["responsible_due"].format(who=_e(d.responsible), due=_e(d.due))
    elif d.responsible:
        tail = t["responsible"].format(who=_e(d.responsible))
    elif d.due:
        tail = t["due"].format(due=_e(d.due))
    return f"<p {_LIST}>{item.number}.{n}. {_e(d.text)}{' ' + tail if tail else ''}</p>"


def _item(item: ItemContent, t: dict[str, str]) -> list[str]:
    out = [f'<p style="margin: 10px 0 0 0; text-align: justify;"><b>{item.number}. {escape(t["heard"])}</b> '
           f"{_e(item.heard or item.topic)}</p>"]
    if item.spoke:
        out.append(f'<p style="margin: 4px 0 0 0;"><b>{escape(t["spoke"])}</b></p>')
        for s in item.spoke:
            gist = f" — {_e(s.gist)}" if s.gist else ""
            out.append(f'<p style="margin: 0 0 0 28px; text-align: justify;">{_e(s.speaker)}{gist}</p>')
    if item.decisions:
        out.append(f'<p style="margin: 4px 0 0 0;"><b>{escape(t["decided"])}</b></p>')
        out += [_decision(item, n, d, t) for n, d in enumerate(item.decisions, start=1)]
    return out


def _signature(role: str, name: str, top: int) -> str:
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {top}px;"><tr>'
            f'<td width="30%">{escape(role)}</td><td width="20%" align="center">____________</td>'
            f'<td width="50%" align="right">{_e(name)}</td></tr></table>')


def _protocol(p: ProtocolContent, t: dict[str, str]) -> list[str]:
    title = f'<p {_CENTER}><span style="font-size: 15pt; font-weight: bold;">' \
            f'{escape(t["title"].format(number=p.number))}</span></p>'
    name = f'<p {_CENTER}><b>{_e(p.body_name)}</b></p>'
    # A first block with no top margin is also painted (clipped, yet in the PDF's text) at the foot
    # of the page before the break: 1px keeps it off that page.
    out = [f'<p style="text-align: center; margin: 1px 0 0 0;"><b>{_e(p.school_name)}</b></p>']
    out += [name, title] if p.lang != "ru" else [title, name]
    when = t["when_time"].format(day=_e(p.day), time=_e(p.time)) if p.time else t["when"].format(day=_e(p.day))
    if p.place:
        when += " " + t["place"].format(place=_e(p.place))
    out.append(f'<p style="margin: 12px 0 6px 0;">{when}</p>')
    out.append(_labelled(t["chair"], _e(p.chair)))
    out.append(_labelled(t["secretary"], _e(p.secretary), 'style="margin: 0 0 6px 0;"'))
    present = str(p.present_count)
    if p.total:
        present = escape(t["present_count"].format(count=p.present_count, total=p.total))
    if p.present:
        present += " — " + _e(p.present_text)
    out.append(_labelled(t["present"], present + "."))
    if p.absent:
        out.append(_labelled(t["absent"], f"{len(p.absent)} — {_e(p.absent_text)}."))
    if p.guests:
        out.append(_labelled(t["guests"], _e(p.guests_text) + "."))
    out.append(f'<p style="margin: 10px 0 0 0; text-align: center;"><b>{escape(t["agenda"])}</b></p>')
    for item in p.items:
        reporter = " " + t["reporter"].format(names=_e(item.speakers)) if item.speakers else ""
        out.append(f"<p {_LIST}>{item.number}. {_e(item.topic)}{reporter}</p>")
    for item in p.items:
        out += _item(item, t)
    out.append(_signature(t["chair_sign"], p.chair, 24))
    out.append(_signature(t["secretary_sign"], p.secretary, 12))
    return out


def _title_page(book: ProtocolBook, t: dict[str, str]) -> list[str]:
    out = [f'<p {_CENTER}><span style="font-size: 14pt; font-weight: bold;">{_e(book.school_name)}</span></p>',
           f'<p style="margin: 240px 0 0 0; text-align: center;"><span style="font-size: 24pt; font-weight: bold;">'
           f'{escape(t["book"])}</span></p>',
           f'<p style="margin: 18px 0 0 0; text-align: center;"><span style="font-size: 16pt; font-weight: bold;">'
           f"{_e(book.body_name)}</span></p>",
           f'<p style="margin: 8px 0 200px 0; text-align: center;"><span style="font-size: 14pt;">'
           f'{escape(t["year"].format(year=book.year_label))}</span></p>']
    if book.head:
        out.append(_labelled(t["head"], _e(book.head)))
    out.append(_labelled(t["count"], str(book.count)))
    if book.protocols:
        out.append(_labelled(t["first"], _e(book.protocols[0].day)))
        out.append(_labelled(t["last"], _e(book.protocols[-1].day)))
    return out


def protocol_html(book: ProtocolBook, *, title_page: bool = False) -> str:
    """The book's protocols, each from a new page; ``title_page`` adds the protocol book's title page
    (as the ``protocol_book`` template does; a single protocol is printed without one)."""
    t = LABELS["ru" if book.lang == "ru" else "ky"]
    families = ", ".join(f"'{f}'" for f in FONT_FAMILIES) + ", serif"
    parts = ['<html><head><meta charset="utf-8"></head>',
             f'<body style="{_BODY_STYLE.format(families=families)}">']
    if title_page:
        parts += _title_page(book, t)
    for n, p in enumerate(book.protocols):
        parts.append(_PAGE_BREAK if title_page or n > 0 else "<div>")
        parts += _protocol(p, t)
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)
