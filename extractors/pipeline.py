"""Document text -> Extraction: the meeting, its dated commitments and its open tasks."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from extractors.actors import Gazetteer, Implied, TextIndex, Words, default_gazetteer
from extractors.bodies import Body, body_gazetteer, identify
from extractors.commitments import (
    EVENT_NOUN,
    NOTHING_DUE,
    YEAR_WRITTEN,
    Passage,
    build,
    judge,
    kind_with_reason,
    open_task,
    record_above,
    row_of,
)
from extractors.counted import counted_back, counted_on
from extractors.cues import cues, fold
from extractors.dates import (
    LATER_TODAY,
    MONTH,
    ROW_OPENING,
    THIS_MONTH,
    WEEKDAY_NAME,
    DateMention,
    Scan,
    resolve,
    scan,
    unplaced,
    weekday_number,
)
from extractors.invariants import enforce
from extractors.model import Commitment, Decision, Extraction, Meeting, NamedDate, OpenTask
from extractors.recurrence import attach, from_start, settle_task
from extractors.structure import (
    Layout,
    Paragraph,
    build_layout,
    clean,
    repair,
    sentence_bounds,
    start_of_line,
)
from extractors.topics import TopicCatalogue, TopicTagger, default_catalogue

_ES = re.compile(r"\b(?:de|la|los|las|el|que|del|por|para|con|una|sobre)\b")
_EN = re.compile(r"\b(?:the|of|and|to|for|with|on|by|that|from)\b")
_TITLE = re.compile(r"reuni[óo]n|meeting|conferencia|conference|cumbre|summit", re.IGNORECASE)
_VIRTUAL = re.compile(
    r"\b(?:virtual|videoconferencia|videoconference|en\s+l[íi]nea|online)\b", re.IGNORECASE
)


def detect_language(text: str) -> str:
    """Return "es" or "en" by counting function words."""
    sample = text[:20000].lower()
    return "en" if len(_EN.findall(sample)) > len(_ES.findall(sample)) else "es"


def extract(
    text: str,
    *,
    reference_date: date | None = None,
    gazetteer: Gazetteer | None = None,
    topics: TopicCatalogue | None = None,
    named: NamedDate | None = None,
) -> Extraction:
    """Extract the meeting, dated commitments and open tasks from a document's text.

    Dates resolve against the meeting the passage belongs to; `reference_date` stands in
    when the document states no meeting date. `named` is a date the document's file name
    carries ("2019-06_upu_council.pdf", "cicaa_madrid_2023_es.txt"): when nothing else dates
    the document, it gives the year of the days and months the text writes without one and
    the months it names from the moment of writing ("en octubre próximo"), and what the text
    dates before it is past; it never dates the document.
    """
    # The work makes many small objects and no cycles: the cycle collector, run again and
    # again over a growing heap, would only make a long text cost more per KB than a short
    # one. It is paused for the call (and left as it was found).
    collecting = gc.isenabled()
    gc.disable()
    try:
        result, yearless_from, year_source = _extract(
            text, reference_date, gazetteer, topics, named=named
        )
        unplaced_at: set[int] = set()
        if yearless_from is not None:
            unplaced_at = {d.begin for d in result.decisions if d.reason == _NO_REFERENCE}
            result = _extract(text, None, gazetteer, topics, yearless_from, named)[0]
        week = _week_of(result)
        if week:
            # a weekday the text names without a date of its own ("will take place on Sunday"
            # beside "December 4, 2022"): read from the days it keeps, all in one week
            read = _extract(text, None, gazetteer, topics, yearless_from, named, week)[0]
            if any(_FROM_WEEK in d.reason for d in read.decisions):
                result = read
        if yearless_from is not None and year_source:
            # say where the year of each date that had none came from
            result.decisions[:] = [
                replace(d, reason=f"{d.reason}; its year from {year_source}")
                if d.begin in unplaced_at and d.end is not None and _FROM_WEEK not in d.reason
                else d
                for d in result.decisions
            ]
        return result
    finally:
        if collecting:
            gc.enable()


def _extract(
    text: str,
    reference_date: date | None,
    gazetteer: Gazetteer | None,
    topics: TopicCatalogue | None,
    yearless_from: date | None = None,
    named: NamedDate | None = None,
    week: tuple[tuple[date, str], ...] = (),
) -> tuple[Extraction, date | None, str | None]:
    """The extraction, and, when nothing dated the document and a yearless day or month was
    left unread, the day from which to read such dates again (None otherwise) and what gave
    it, when that is to be said (the file's name, a day written with its weekday). `week` is
    the days (and their text) a first reading of a text that prints no date of its own kept,
    all in one week: its weekdays are read from them."""
    cleaned = clean(text)
    words = Words.of(cleaned)
    cleaned, repaired = repair(cleaned, words)
    if repaired:
        words = Words.of(cleaned)
    folded = fold(cleaned)
    body = identify(cleaned, folded)
    implied = None
    if body.is_crm:
        g = gazetteer or default_gazetteer()
    else:
        g = gazetteer or body_gazetteer(body.organisation)
        answers = body.profile.answers if body.profile else None
        implied = Implied(
            organisation=body.organisation if answers == "organisation" else None,
            organ=body.organ,
            folded=folded,
        )
    scanned = scan(cleaned, words.lower, words.starts, words.stops)
    # only dates that carry their year, or are read from a date the text gives
    fixed = _absolute(resolve(scanned, yearless_from)) if yearless_from else resolve(scanned, None)
    day_dates = [(d.begin, d.stop) for d in fixed if d.form in ("day", "range")]
    layout = build_layout(cleaned, day_dates)
    lang = detect_language(cleaned)
    index = TextIndex(g, cleaned, words, implied)
    tagger = TopicTagger(topics or default_catalogue(), cleaned, layout, folded)

    top = _first_prose(cleaned, layout)  # where the prose begins, below the document's head
    regions: list[tuple[int, int, date | None, tuple[date, date] | None]] = []
    announced = False  # the page announces its meeting: the dates of its head are ahead
    published = False  # the document's date is the day it was written, not a meeting's
    if layout.excerpts:
        meeting = Meeting(title=_title(cleaned, layout.excerpts[0].begin), lang=lang)
        fixed_starts = [d.begin for d in fixed]
        for ex in layout.excerpts:
            i = bisect_left(fixed_starts, ex.begin)
            own = fixed[i] if i < len(fixed) and fixed[i].begin < ex.header_stop else None
            ref = own.end if own else reference_date
            own_span = (own.start or own.end, own.end) if own else None
            regions.append((ex.header_stop, ex.stop, ref, own_span))
    else:
        # a date alone in a table's cell is a row's value, not the document's (the table's
        # separators are blanked in the cleaned text: they are read in the original); a date
        # listed under a deadline's label is due then; "resolution 65/123 of 13 December 2010"
        # is a document's date
        heads = [
            d
            for d in fixed
            if not _table_cell(text, d)
            and not _due_under(cleaned, d)
            and not cues().document_before.search(folded, max(0, d.begin - 80), d.begin)
            and not _listed_row(cleaned, d)
            # the entries of a list headed "Next sessions" are ahead, none the page's own date
            and not _under_upcoming(cleaned, d)
        ]
        if any(_labelled(cleaned, d, _PUBLISHED_LABEL) for d in heads):
            # "Last Updated⏎⏎23 September 2020⏎⏎Published on⏎⏎01 December 2011": the page was
            # written when it was published; a later update dates neither it nor its meeting
            heads = [d for d in heads if not _labelled(cleaned, d, _UPDATED_LABEL)]
        calendar = _CALENDAR_TITLE.match(cleaned) is not None
        if calendar:
            heads = []  # "Upcoming Meetings": each date is an entry's, none the page's own
        meeting = _meeting(cleaned, layout, heads, lang, index, body)
        # dated by its head or not at all, rather than by a dateline, a record line or a page date
        headed = True
        stated = None
        if meeting.end is None:
            stated = stated_date(cleaned, heads)
            headed = stated is None
            if stated is None:  # failing all else, a date a preamble recital names
                stated = next(
                    (d for d in fixed if d.precision != "year" and _in_recital(cleaned, layout, d)),
                    None,
                )
            if stated is not None:
                meeting = replace(meeting, start=stated.start or stated.end, end=stated.end)
        dated = None if calendar else _date_line(cleaned, layout, fixed)
        ref = meeting.end or reference_date or (dated.start or dated.end if dated else None)
        span = (meeting.start, meeting.end) if meeting.start and meeting.end else None
        page = _page_date(cleaned, fixed)
        # the day a page was written, not a meeting's: "in October 2024" is ahead of it
        published = (
            stated is not None and not headed and (stated is page or _dateline(cleaned, stated))
        )
        if page is not None and headed and meeting.end != page.end:
            # a stored page's own date outranks a meeting its prose names: that meeting may be
            # past or ahead of the page, and the page is when its text was written
            ref, span = page.end, None
        if headed and (_announces(cleaned, top) or _told_as_ahead(cleaned, top, scanned, meeting)):
            # a page that announces its meeting ("Week of 9 September 2019 … The meeting will
            # have three main objectives"): the dates of its head are ahead, items
            announced = True
            # a publication date on a line of its own still dates what the page leaves yearless
            stated_at = (
                page
                or _date_line(cleaned, layout, fixed, besides=meeting)
                # a news item's dateline is the day it was written, even when it is the day the
                # meeting it announces opens ("30 March, 2011 | Source: Ministry …"); not the
                # span of days an event page opens with ("28 Aug - 02 Sep 2023 | Bonn")
                or next(
                    (
                        d
                        for d in fixed
                        if d.begin < _DATELINE_REACH
                        and d.start in (None, d.end)
                        and _dateline(cleaned, d)
                    ),
                    None,
                )
            )
            ref = reference_date or (stated_at.end if stated_at else None)
            span = None
        regions.append((0, len(cleaned), ref, span))

    titled = _titled_year(cleaned, top)  # "CALENDARIO DE ACTIVIDADES 2026", "WORK PLAN 2015"
    excerpt_starts = [ex.begin for ex in layout.excerpts]
    paragraph_starts = [para.begin for para in layout.paragraphs]
    commitments: list[Commitment] = []
    undated: list[OpenTask] = []
    decisions: list[Decision] = []
    sentences: dict[int, list[tuple[int, int]]] = {}
    dated_sentences: set[tuple[int, int]] = set()
    year_kept: date | None = None  # the first date kept, in a document without a date
    judged: list[tuple[int, int]] = []  # (decision, commitment) of each date kept
    from_week: dict[int, str] = {}  # where a weekday read from `week` begins: the day read from
    for begin, stop, ref, span in regions:
        # Without a reference date only the dates that carry their own year can be read.
        if ref:
            mentions = resolve(scanned, ref, begin, stop)
        elif yearless_from:
            mentions = _readable(scanned, yearless_from, named, begin, stop)
        else:
            mentions = resolve(scanned, None, begin, stop)
        if not ref and week:
            mentions, on_week = _on_weekdays(scanned, week, mentions, begin, stop)
            from_week.update(on_week)
        if not ref:
            # what only the document's own date could place is said so, not left out unseen
            for b, e in unplaced(scanned, mentions, begin, stop):
                decisions.append(Decision(text[b:e], b, None, None, False, None, _NO_REFERENCE))
        if ref and titled == ref.year:
            mentions = [_within_year(d, titled) for d in mentions]
        if span is not None:
            mentions = [_within_span(d, span) for d in mentions]
        mentions = _in_said_year(mentions, cleaned)
        for d in mentions:
            d = _widen(d, repaired, cleaned)
            if (
                ref is None
                and named is not None
                and d.end < named.reads_from
                # not a deadline in the months before a meeting the file is named for: "The
                # deadline for registration is 1 July 2012" in an invitation named 2012-10
                and not (d.end >= named.reads_from - _DUE_BEFORE_NAME and _due_said(cleaned, d))
            ):
                # a text of May 2019 by its file's name, which prints no date of its own: "en
                # 2006; Brasilia, Brasil, en 2008" is its past
                decisions.append(
                    _decision(text, d, False, None, "dropped: before the date in the file's name")
                )
                continue
            if _POSTED_BY.search(cleaned, max(0, d.begin - 80), d.begin):
                # "— Ecowas – Cedeao (@ecowas_cedeao) December 3, 2022": a post the page quotes
                decisions.append(
                    _decision(text, d, False, None, "dropped: the date of a post the page quotes")
                )
                continue
            if announced:
                pass  # the meeting the page announces is ahead: its dates are judged below
            elif (
                (
                    _is_header_date(d, layout, span, excerpt_starts, published)
                    # not a period longer than a meeting in the prose below the title: "La
                    # presente Convocatoria … se publicará … desde el 8 de julio al 30 de
                    # septiembre"
                    and (
                        span is not None
                        or d.begin < top
                        or d.precision != "day"
                        or _meeting_length(d)
                    )
                )
                or _meeting_days_told(cleaned, d, span)
            ) and not _due_under(cleaned, d):
                decisions.append(
                    _decision(
                        text, d, False, None, "dropped: the meeting's own date or title block"
                    )
                )
                continue
            if _bracketed_line(cleaned, d):
                # "  • States Party hold their First Special Conference⏎    [October 22nd 2014]":
                # the day an entry of a list of news was posted
                decisions.append(
                    _decision(text, d, False, None, "dropped: the date of an entry, in brackets")
                )
                continue
            stamp = _stamp(cleaned, d)
            if (
                (
                    (stamp or _alone_on_line(cleaned, d))
                    and (d.begin < top or _under_release(cleaned, d))
                )
                or (stamp and d.begin < _DATELINE_REACH)
                # a labelled stamp, wherever the page prints it: "Published 23/10/2014 11:55:50"
                or (
                    stamp
                    and (
                        _labelled(cleaned, d, _PUBLISHED_LABEL)
                        or _labelled(cleaned, d, _UPDATED_LABEL)
                    )
                )
            ):
                # (a stamp line near the top, below a standfirst: "21 de octubre de 2019 -
                # 12:14 p. m.")
                decisions.append(
                    _decision(text, d, False, None, "dropped: the document's own date line")
                )
                continue
            if (
                d.begin < _DATELINE_REACH
                and _dateline(cleaned, d)
                and not _due_under(cleaned, d)
                and not _under_upcoming(cleaned, d)
            ):
                decisions.append(_decision(text, d, False, None, "dropped: the dateline"))
                continue
            if _issued(cleaned, d):
                decisions.append(
                    _decision(text, d, False, None, "dropped: the day the document was issued")
                )
                continue
            # (a count of days is no head's date: "según anunció Brasil, en 60 días lanzará")
            if d.begin < max(top, _HEAD_REACH) and d.form != "duration" and _placed(cleaned, d):
                decisions.append(
                    _decision(text, d, False, None, "dropped: the place and date of the head")
                )
                continue
            if _record_line(cleaned, d):
                decisions.append(
                    _decision(text, d, False, None, "dropped: the date the text was adopted")
                )
                continue
            para = layout.paragraph_at(d.begin)
            if para is None:
                continue
            sentence = _sentence_of(cleaned, para, d.begin, sentences)
            passage = Passage(
                original=text,
                clean=cleaned,
                sentence=sentence,
                paragraph=(para.begin, para.stop),
                ref=para.ref,
                reference=ref,
                folded=folded,
            )
            keep, why = judge(d, passage)
            if not keep:
                started = from_start(d, passage, index)  # a recurring duty's first period
                if started is None:
                    decisions.append(_decision(text, d, False, None, why))
                    continue
                decisions.append(
                    _decision(text, d, True, "deadline", "kept as a recurring duty from this start")
                )
                commitments.append(replace(started, topics=tagger.topics(para)))
                dated_sentences.add(sentence)
                continue
            if announced and d.begin < top:
                kind, how = "event", "event: the meeting the page announces"
            else:
                kind, how = kind_with_reason(d, passage)
                if (
                    kind == "event"
                    and _due_under(cleaned, d)
                    and not record_above(cleaned, d.begin)
                ):
                    # "The deadlines for submission … follow:⏎2 January 2016. Draft agenda
                    # distributed"; "Deadline: 30 August 2024"; not a record's field ("Plazo:
                    # julio de 2023" under "Compromiso: Diálogo con la RROCM")
                    kind, how = "deadline", "deadline: listed under a deadline's label"
                if how == NOTHING_DUE and d.precision == "year":
                    decisions.append(
                        _decision(text, d, False, None, "dropped: a year, with nothing due in it")
                    )
                    continue
            item, change = enforce(build(d, passage, index, kind), text, d.begin)
            if item is None:
                decisions.append(_decision(text, d, False, None, f"{how}; {change}"))
                continue
            decisions.append(_decision(text, d, True, kind, f"{how}; {change}" if change else how))
            commitments.append(replace(attach(item, passage, d), topics=tagger.topics(para)))
            judged.append((len(decisions) - 1, len(commitments) - 1))
            if (
                ref is None
                and year_kept is None
                and d.explicit_year
                and d.precision in ("day", "week", "month")
                and not layout.excerpts
            ):
                year_kept = d.start or d.end
            dated_sentences.add(sentence)
        first = bisect_left(paragraph_starts, begin)
        last = bisect_left(paragraph_starts, stop)
        for para in layout.paragraphs[first:last]:
            if para.ref is None:
                continue
            for sentence in _sentences(cleaned, para, sentences):
                if sentence in dated_sentences:
                    continue
                task = open_task(text, cleaned, sentence, para.ref, ref, index)
                if task is None:
                    continue
                settled = settle_task(task, text, cleaned, sentence, ref, folded)
                if isinstance(settled, Commitment):  # dated by "al final de cada trimestre"
                    commitments.append(replace(settled, topics=tagger.topics(para)))
                else:
                    undated.append(replace(settled, topics=tagger.topics(para)))
    if regions and not layout.excerpts:
        _count_from_meetings(
            text,
            cleaned,
            layout,
            regions[0][2],
            folded,
            index,
            tagger,
            sentences,
            commitments,
            decisions,
            judged,
        )
    _coordinated(cleaned, commitments, decisions, judged)
    twins = _heading_twins(text, commitments, decisions, judged)
    # days read from a guessed year are no proof of a twin; those that carry their own are
    twins |= _vaguer_twins(commitments, decisions, judged, text, own_year=yearless_from is not None)
    twins |= _opening_twins(commitments, decisions, judged, twins)
    twins |= _closed_after(cleaned, commitments, decisions, judged)
    if named is None and not layout.excerpts and not any(r[2] for r in regions):
        twins |= _history(commitments, decisions, judged, twins)
    commitments = [c for i, c in enumerate(commitments) if i not in twins]
    if from_week:
        decisions[:] = [
            replace(d, reason=f'{d.reason}{_FROM_WEEK} "{from_week[d.begin]}"')
            if d.begin in from_week
            else d
            for d in decisions
        ]
    decisions.sort(key=lambda x: x.begin)
    extraction = Extraction(
        document=meeting,
        commitments=commitments,
        undated=undated,
        decisions=decisions,
        reference=regions[0][2] if len(regions) == 1 else None,
    )
    if yearless_from is not None or layout.excerpts or any(r[2] for r in regions):
        return extraction, None, None
    # Nothing dates the document. It may say which year it is written in ("la Cumbre de este
    # año 2014"): a day or month without a year is then that year's. Failing that, a date it
    # keeps carries its year: a day or month written without one is its nearest occurrence to
    # it ("el 22 de agosto" after "del 20 al 22 de agosto de 2025", "20 y 21 de agosto" before
    # "enero de 2013").
    this_year = _THIS_YEAR.search(cleaned)
    # "CALENDARIO DE ACTIVIDADES 2026": its days are that year's, above the prose or, in a
    # text with no date of its own, over the table it heads ("Calendar of activities for 2019")
    titled = titled if titled is not None else _titled_year(cleaned, len(cleaned))
    source = None
    if this_year is not None:
        start = date(int(this_year.group("y")), 1, 1)
    elif titled is not None:
        start = date(titled, 1, 1)
    elif named is not None:  # the file's name: "2009-02_saarc_council.txt"
        start = named.reads_from
        source = "the file's name"
    elif year_kept is not None:
        start = year_kept - timedelta(days=182)
    elif (on_weekday := _weekday_year(scanned, cleaned)) is not None:
        # the days it writes without a year lie in the half-year around that day, or in its
        # year when it falls early in it
        day, said = on_weekday
        start = max(day - timedelta(days=182), date(day.year, 1, 1))
        source = f'"{said}", a {day:%A} in {day.year}'
    elif (labelled := _label_year(scanned, cleaned)) is not None:
        # "The 2024 ITF Summit … will take place from 22 to 24 May": the year the text names
        # its meeting or call by is the year of the days it leaves yearless
        year, said = labelled
        start = date(year, 1, 1)
        source = f'"{said}"'
    else:
        return extraction, None, None
    by_name = this_year is None and titled is None and named is not None
    unread = len(_readable(scanned, start, named if by_name else None)) > len(fixed)
    return extraction, start if unread else None, source


_THIS_YEAR = re.compile(
    r"\b(?:(?:este|presente|this|current)\s+(?:año|year)\s*,?\s*\(?(?:de\s+)?"
    # "en lo que resta de 2021", "for the rest of 2021": the year still running
    r"|lo\s+que\s+(?:resta|queda)\s+(?:del?\s+)?(?:año\s+)?"
    r"|(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+year\s+)?)(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _count_from_meetings(
    text: str,
    cleaned: str,
    layout: Layout,
    ref: date | None,
    folded: str,
    index: TextIndex,
    tagger: TopicTagger,
    sentences: dict[int, list[tuple[int, int]]],
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
) -> None:
    """Add the deadlines counted back from a meeting the text dates ("hasta un mes antes de las
    audiencias"), or on from its close ("dentro de los 30 días siguientes a su clausura"), in
    place. A count on that was read before from the reference date, or left unread, is read
    again where it stands, so the indices of `judged` keep pointing at the same items."""
    events = [c for c in commitments if c.kind == "event" and c.start is not None]
    if not events:
        return
    # where the text dates each event: its decision's offset
    placed = sorted(
        (decisions[at].begin, commitments[i])
        for at, i in judged
        if commitments[i].kind == "event" and commitments[i].start is not None
    )
    on = counted_on(cleaned, placed)
    read = [(x.begin, x.stop) for x in decisions]
    for found in [*counted_back(cleaned, events), *on]:
        d = found.mention
        earlier = _read_from_reference(d, decisions) if found in on else None
        if earlier is not None:
            read.remove((decisions[earlier].begin, decisions[earlier].stop))
        if any(b < d.stop and d.begin < e for b, e in read) or (ref and d.end < ref):
            continue
        if any(c.kind == "deadline" and c.end == d.end for c in commitments):
            continue  # "at least 150 days before the meeting, i.e. on or before 14 October 2009"
        para = layout.paragraph_at(d.begin)
        if para is None:
            continue
        passage = Passage(
            original=text,
            clean=cleaned,
            sentence=_sentence_of(cleaned, para, d.begin, sentences),
            paragraph=(para.begin, para.stop),
            ref=para.ref,
            reference=ref,
            folded=folded,
        )
        item, _ = enforce(build(d, passage, index, "deadline"), text, d.begin)
        if item is None:
            continue
        if found in on:
            why = f"deadline: counted on from {found.meeting.end.isoformat()}"
        else:
            meeting = found.meeting.start.isoformat() if found.meeting.start else ""
            why = f"deadline: counted back from {meeting}"
        decision = _decision(text, d, True, "deadline", why)
        item = replace(item, topics=tagger.topics(para))
        if earlier is None:
            decisions.append(decision)
            commitments.append(item)
            continue
        old = decisions[earlier]
        decisions[earlier] = decision
        kept = next(
            (
                k
                for k, c in enumerate(commitments)
                if c.date_text == old.date_text and c.end == old.end
            ),
            None,
        )
        if old.kept and kept is not None:
            commitments[kept] = item  # in place: `judged` still points at the same index
        else:
            commitments.append(item)


def _read_from_reference(d: DateMention, decisions: list[Decision]) -> int | None:
    """The decision on a count of days read from the reference date, or left unread for want of
    one, where `d`, the same count read on from a meeting's close, lies ("dentro de los 30 días
    siguientes" of "… a su clausura")."""
    return next(
        (
            i
            for i, x in enumerate(decisions)
            if x.begin < d.stop
            and d.begin < x.stop
            and (x.end is None or (x.kept and x.reason.endswith("a duration")))
        ),
        None,
    )


# A page that lists meetings ahead, as its title says: "Upcoming Meetings", "Próximos eventos",
# "Calendar of meetings".
_CALENDAR_TITLE = re.compile(
    r"\s*(?:upcoming|forthcoming|future)\s+(?:meetings|events|sessions)\s*\n"
    r"|\s*pr[óo]xim[oa]s\s+(?:reuniones|eventos|sesiones|actividades)\s*\n"
    r"|\s*(?:calendar|schedule)\s+of\s+(?:meetings|events)\s*\n"
    r"|\s*calendario\s+de\s+(?:reuniones|eventos)\s*\n",
    re.IGNORECASE,
)
# A plan or calendar titled with its year: "CALENDARIO DE ACTIVIDADES 2026", "WORK PLAN 2015",
# "Plan de Trabajo de la PPT 2019".
_TITLED_YEAR = re.compile(
    r"^[ \t]*(?:calendario|calendar|cronograma|plan\s+de\s+trabajo|plan\s+anual|work\s*plan"
    r"|annual\s+plan|programa\s+de\s+(?:trabajo|actividades)|programme\s+of\s+(?:work|activities)"
    r"|program\s+of\s+(?:work|activities))\b[^\n]{0,60}?\b(?P<y>(?:19|20)\d{2})\b(?![-–/]\d)"
    r"[^\n\d]{0,20}$",
    re.IGNORECASE | re.MULTILINE,
)


def _titled_year(text: str, top: int) -> int | None:
    """The year a plan or calendar is titled with, above its prose."""
    m = _TITLED_YEAR.search(text, 0, max(top, 0) + 200)
    return int(m.group("y")) if m else None


def _within_year(d: DateMention, year: int) -> DateMention:
    """A day or month without a year, read past the end of the titled year, back in it: "15 de
    enero" in a 2026 calendar approved on 29 January 2026 is the 15 January gone by."""
    if d.explicit_year or d.form not in ("day", "range", "month") or d.end.year != year + 1:
        return d
    return _years_on(d, -1)


def _within_span(d: DateMention, span: tuple[date, date]) -> DateMention:
    """A day without its year, read past the meeting's days, back among them when it is one of
    them: "Día 1, 13 de Marzo" in the report of a meeting of 13 to 15 March 2013 is its first
    day, not 13 March 2014."""
    if d.explicit_year or d.form != "day" or d.start not in (None, d.end):
        return d
    back = _years_on(d, -1)
    return back if span[0] <= back.end <= span[1] and back.end.year == span[1].year else d


def _years_on(d: DateMention, years: int) -> DateMention:
    """`d` moved by a number of years, or as it was when a day it names has no such date (29
    February)."""
    try:
        start = d.start.replace(year=d.start.year + years) if d.start else None
        end = d.end.replace(year=d.end.year + years)
    except ValueError:
        return d
    return replace(d, start=start, end=end)


_SAID_YEAR_REACH = 150  # how far a clause's year reaches to the yearless days after it
_CLAUSE_END = re.compile(r"[.;:!?]\s|\n")
_TIME_OF_CLAUSE = re.compile(r"(?:en|in|durante|during)\s", re.IGNORECASE)
_YEAR_OF_WRITING = re.compile(
    r"\b(?:this|next|last)\s+year|\b(?:este|el\s+presente|el\s+pr[óo]ximo|el\s+pasado)\s+año",
    re.IGNORECASE,
)


def _in_said_year(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Days or months written without their year, read in the year their clause names just
    before them, when the reading chose the year beside it: "será el país organizador en 2023
    del congreso anual … del 5 al 9 de junio" (a page of May 2022)."""
    out: list[DateMention] = []
    year: DateMention | None = None
    for d in mentions:
        if (
            year is not None
            and not d.explicit_year
            and d.form in ("day", "range", "month")
            and d.begin - year.stop <= _SAID_YEAR_REACH
            and not _CLAUSE_END.search(text, year.stop, d.begin)
            # not after the text turns to a year of its own: "moved to a public format in
            # 2014 and it will remain in place for this year's Interim Meeting, … 1-2 December"
            and not _YEAR_OF_WRITING.search(text, year.stop, d.begin)
            and abs(year.end.year - d.end.year) == 1
        ):
            d = _years_on(d, year.end.year - d.end.year)
        if d.precision == "year" and d.explicit_year and _TIME_OF_CLAUSE.match(d.text):
            year = d  # "en 2023", not a label's year ("the draft budget for 2026")
        out.append(d)
    return out


def _vaguer_twins(
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
    text: str,
    own_year: bool = False,
) -> set[int]:
    """An event dated only by its month or week when the text dates an event within it to the
    day ("en octubre de este año" in a headline, "del 19 al 23 de octubre" below; "will hold
    its annual session next week", its days in the next sentence), or only by its year when
    its sentence does ("In 2017, the Tenth Summit will be held in Berlin on 28 to 30 June"):
    one meeting, said twice. A headline's date counts whatever kind it was kept as.
    Not two records or rows of a list ("Diálogo con la RROCM … Plazo: julio de 2023" below
    "Reunión del Grupo Ad Hoc … Plazo: 6 y 7 de julio de 2023"). The dropped date's decision
    says so. With `own_year`, one of the two must be written with its year ("La que se
    realizará en octubre de 2025" below "sea el 28 y 29 de octubre")."""
    days = [c for c in commitments if c.kind == "event" and c.precision == "day"]
    day_kinds: list[set[str]] | None = None  # the event nouns of each day's quote
    dropped: set[int] = set()
    for at, i in judged:
        c = commitments[i]
        found = decisions[at]
        if (
            # a headline's month is the event its text dates, whatever it reads as ("Panamá
            # recibirá en junio a las autoridades migratorias de la región")
            (c.kind != "event" and not _heading_line(text, found))
            or c.precision not in ("week", "month", "semester", "quarter", "year")
            or c.recurrence is not None
        ):
            continue
        if record_above(text, found.begin) is not None or row_of(text, found.begin, found.stop):
            continue  # a row of its own, with its own activity
        first = c.start or c.end
        if c.precision in ("month", "week"):
            near = days
        elif c.precision == "year":
            # a year only beside its days, in one sentence, or heading the text's meetings
            # ("Meetings of AEWA Bodies in 2018")
            near = days if _heading_line(text, found) else [o for o in days if o.quote == c.quote]
        else:
            # a half or a quarter of a year, only as the same kind of event ("Webinar regional
            # del primer semestre" on an agenda, "Respecto del webinar, … su fecha será el 28
            # de junio" below)
            kinds = _event_kinds(c.quote)
            if day_kinds is None:  # worked out once, for the first half-year or quarter
                day_kinds = [_event_kinds(o.quote) for o in days]
            near = [o for o, its in zip(days, day_kinds, strict=True) if kinds & its]
            if _period_alone(text, found):
                # a heading the period fills alone, over the events of a calendar: "PRIMER
                # TRIMESTRE DE 2023⏎⏎Acto de despedida … Fecha: 20 de enero de 2023"
                near = [o for o in days if o.quote != c.quote]
        if own_year and not YEAR_WRITTEN.search(c.date_text):
            # (or in one sentence: "welcoming you to Port of Spain in October for the VIII
            # Forum which will take place from October 8th – 10th")
            near = [o for o in near if YEAR_WRITTEN.search(o.date_text) or o.quote == c.quote]
        if any(first <= (o.start or o.end) and o.end <= c.end for o in near):
            dropped.add(i)
            _take_back(decisions, at, "the same event, dated to the day elsewhere in the text")
    return dropped


def _period_alone(text: str, decision: Decision) -> bool:
    """The date fills its line alone, a colon after it or not."""
    bounds = _line_bounds(text, decision.begin, decision.begin)
    if bounds is None:
        return False
    return text[bounds[0] : bounds[1]].strip(" \t:") == decision.date_text


def _event_kinds(quote: str) -> set[str]:
    """The event nouns a quote names, lower-cased and without a plural's ending."""
    return {m.group().lower().rstrip("s") for m in EVENT_NOUN.finditer(quote)}


def _opening_twins(
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
    gone: set[int] | None = None,
) -> set[int]:
    """The opening of an event the text dates in full, told on its own ("The opening session
    will begin on Monday (3 October) at 10:00" under "from 3 to 7 October"): the first day of
    the same meeting, not a second item. A different activity on that day stays ("the Award
    Ceremony … on 3 October"). Not an event already dropped (`gone`) as a vaguer mention of
    that day ("next week" beside "begins this coming Monday, October 3rd"). Likewise a
    numbered sitting on a day within such an event ("1st Session: 22 June, 11:00")."""
    spans = [
        (c.start, c.end)
        for i, c in enumerate(commitments)
        if c.kind == "event" and c.start and c.start < c.end and i not in (gone or ())
    ]
    firsts = {first for first, _ in spans}
    dropped: set[int] = set()
    for at, i in judged:
        c = commitments[i]
        if c.kind != "event" or c.start != c.end:
            continue
        if c.end in firsts and _OPENING.search(c.quote):
            dropped.add(i)
            _take_back(decisions, at, "the opening day of an event the text dates in full")
        elif _SITTING.search(c.quote) and any(first <= c.end <= last for first, last in spans):
            # "22 to 23 June 2021, videoconference … 1st Session: 22 June, 11:00 / 2nd Session:
            # 23 June": a sitting of that event
            dropped.add(i)
            _take_back(decisions, at, "a sitting of an event the text dates in full")
    return dropped


_HISTORY_GAP = timedelta(days=365)


def _history(
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
    dropped: set[int],
) -> set[int]:
    """In a text that dates nothing of its own, neither by its head nor by its file's name: the
    dates written with their year more than a year before the first it tells ahead, which do
    not tell anything ahead themselves, are its past ("Related links: CRGA 47, July 2017; CRGA
    46, June 2016" under "The 48th meeting of CRGA is scheduled to take place in June 2018").
    Told ahead: a future in the quote, or a deadline's day. Each dropped date's decision says
    so."""

    def ahead(c: Commitment) -> bool:
        return _told_ahead(c.quote) or (c.kind == "deadline" and c.start is None)

    dated = [
        (at, i)
        for at, i in judged
        if i not in dropped and YEAR_WRITTEN.search(commitments[i].date_text)
    ]
    told = [commitments[i].start or commitments[i].end for _, i in dated if ahead(commitments[i])]
    if not told:
        return set()
    first = min(told)
    past: set[int] = set()
    for at, i in dated:
        c = commitments[i]
        if c.end < first - _HISTORY_GAP and not ahead(c):
            past.add(i)
            _take_back(decisions, at, f"the text's past, over a year before {first}, told ahead")
    return past


def _closed_after(
    text: str,
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
) -> set[int]:
    """A meeting's opening day, and its close told in a sentence just after ("La 77.ª Asamblea
    … celebrará su sesión de apertura el lunes 27 de mayo de 2024 … La Asamblea de la Salud se
    clausurará no más tarde del sábado 1 de junio de 2024"): one event from the one to the
    other. The closing day's decision says so."""
    dropped: set[int] = set()
    for (at1, i1), (at2, i2) in pairwise(judged):
        c1, c2 = commitments[i1], commitments[i2]
        if i1 in dropped or c1.kind != "event" or c2.kind != "event":
            continue
        if c1.start != c1.end or c2.start != c2.end or not 0 < (c2.end - c1.end).days <= 31:
            continue
        first, second = decisions[at1].begin, decisions[at2].begin
        if second - first > _CLOSE_REACH:
            continue
        # the verbs right before each day: "celebrará su sesión de apertura el", "se
        # clausurará no más tarde del" (not a "closing ceremony", an event of its own)
        if _OPENING.search(text, max(0, first - 60), first) and _CLOSING_DAY.search(
            text, max(0, second - 60), second
        ):
            commitments[i1] = replace(c1, end=c2.end)
            decisions[at1] = replace(decisions[at1], end=c2.end)
            dropped.add(i2)
            _take_back(decisions, at2, "the close of the event opened just before")
    # the close told of a span of days the text gave before: "from Wednesday through Saturday,
    # 2-5 May 2012 … The Meeting will close at about 5:00 pm, Saturday, 5 May"
    span_ends: dict[date, int] = {}  # the last day of each span of days kept, and where
    for at, i in judged:
        c = commitments[i]
        if c.kind != "event" or i in dropped:
            continue
        begin = decisions[at].begin
        if c.start is not None and c.start < c.end:
            if c.precision == "day":  # not "next week": the days it closes are not given
                span_ends[c.end] = begin
        elif (
            c.start == c.end
            and begin - span_ends.get(c.end, -_CLOSE_REACH * 3) <= _CLOSE_REACH * 2
            and _CLOSING_DAY.search(text, max(0, begin - 60), begin)
        ):
            dropped.add(i)
            _take_back(decisions, at, "the close of an event the text dates in full")
    return dropped


_CLOSE_REACH = 600  # how far after an opening its close may be told
_CLOSING_DAY = re.compile(
    r"\b(?:se\s+clausurar[áa]n?|concluir[áa]n?|terminar[áa]n?|finalizar[áa]n?"
    r"|will\s+(?:close|conclude|end)|closes|concludes|(?:meetings|sessions)\s+(?:conclude|close|end))\b[^.;]*$"
    # how long it runs: "El encuentro, que se desarrollará hasta el próximo viernes", "que se
    # prolongará hasta el 7 de octubre", "will run until"
    r"|\b(?:se\s+(?:prolongar|desarrollar|extender)[áa]n?|will\s+(?:run|last|continue))"
    r"(?:\s+(?:until|till|through|hasta)(?:\s+el)?)?\s*$",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"\b(?:opening|opens?|will\s+(?:begin|start|commence)|begins|starts|commences|inaugura\w*|apertura|se\s+abrir[áa]"
    r"|primera\s+sesi[óo]n|first\s+(?:meeting|session)|abrir(?:[áa]n?)?"
    r"|comenzar[áa]n?|se\s+iniciar[áa]n?|iniciar[áa]n?|a\s+partir\s+de)\b",
    re.IGNORECASE,
)


# A numbered sitting of a meeting: "1st Session:", "2nd session", "Sesión 2", "segunda sesión".
_SITTING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+session|session\s+\d+|sesi[óo]n\s+\d+|\d+\.?[ªa]\s+sesi[óo]n"
    r"|(?:second|third|fourth|segunda|tercera|cuarta)\s+(?:session|sesi[óo]n))\b",
    re.IGNORECASE,
)


def _heading_twins(
    text: str,
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
) -> set[int]:
    """A date kept from a heading line of its own ("29 NOVEMBER 2021" over a programme,
    "Online from 22 to 25 June 2020" under a title) when a sentence keeps the same dates as
    the same kind: one item, its heading and its sentence. The dropped date's decision says
    so."""
    # (not a row of a calendar: "Monday 20 May 2013 Special Workshop commences⏎Monday 20 May
    # 2013 CEP starts" are two items)
    headings = {
        i: at
        for at, i in judged
        if _heading_line(text, decisions[at]) and not _listed_row(text, decisions[at])
    }
    told = {(c.start, c.end, c.kind) for i, c in enumerate(commitments) if i not in headings}
    # what a sentence tells as past ("First Meeting of APA's Executive Council in 2017 Held in
    # Cambodia" over "… in 2017 was held on 2-3 October 2017")
    past = {(d.start, d.end) for d in decisions if not d.kept and _PAST_REASON.search(d.reason)}
    dropped: set[int] = set()
    for i, at in headings.items():
        c = commitments[i]
        if (c.start, c.end, c.kind) in told:
            dropped.add(i)
            _take_back(decisions, at, "a heading that repeats what a sentence of the text dates")
        elif ((c.start or c.end), c.end) in past or (c.start, c.end) in past:
            dropped.add(i)
            _take_back(decisions, at, "a heading of what a sentence of the text tells as past")
    return dropped


# The reasons of a drop for being past ("dropped: past verb …", "… before the reference date").
_PAST_REASON = re.compile(r"\bpast\b|before the reference date")


# What joins two dates of one clause: "in December and next April", "en marzo y en junio".
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|y|or|o|u)\s+(?:(?:in|en|on|el)\s+)?")


def _coordinated(
    text: str,
    commitments: list[Commitment],
    decisions: list[Decision],
    judged: list[tuple[int, int]],
) -> None:
    """The second of two dates joined by "and" or "or" in one clause, with no marker of its
    own, is of the first one's kind ("review the progress … in their forthcoming meetings in
    December and next April": both meetings). In place; its decision says so."""
    for (at1, i1), (at2, i2) in pairwise(judged):
        first, second = decisions[at1], decisions[at2]
        c1, c2 = commitments[i1], commitments[i2]
        if c1.kind == c2.kind or c2.kind is None:
            continue
        if not _COORDINATED.fullmatch(text, first.stop, second.begin):
            continue
        if not second.reason.startswith(("deadline: deliverable", "event: event")):
            continue  # its own marker ("by 30 June") or span decides it
        commitments[i2] = replace(c2, kind=c1.kind)
        decisions[at2] = replace(
            second, kind=c1.kind, reason=f'{c1.kind}: joined to "{first.date_text}"'
        )


def _take_back(decisions: list[Decision], at: int, why: str) -> None:
    """Turn a kept date's decision into a drop, for `why`."""
    decisions[at] = replace(decisions[at], kept=False, kind=None, reason=f"dropped: {why}")


def _heading_line(text: str, decision: Decision) -> bool:
    """A short line of its own that a date fills, or a message's subject line: no sentence, a
    heading."""
    bounds = _line_bounds(text, decision.begin, decision.begin)
    if bounds is None:
        return False  # a line of a whole text: no heading
    line_start, line_end = bounds
    line = text[line_start:line_end].strip()
    if _SUBJECT_LINE.match(line) or _WHEN_LINE.match(line):
        # "Subject: REMINDER - national reports due Friday 13 September", "When? Wednesday, 9
        # April 2025; 13:00-14:35 GMT"
        return True
    if line.endswith("."):
        return False
    # the text's headline: "UNHCR's Executive Committee (ExCom) to meet 3-7 October", under a
    # label in capitals or not ("COMUNICADO DE PRENSA")
    if not _LOWER_CASE.search(text, 0, line_start) and len(line) <= _HEADLINE:
        return True
    return len(line) <= len(decision.date_text) + _HEADING_WORDS


_LOWER_CASE = re.compile(r"[a-záéíóúñü]")
# A message's subject line, which repeats what its body says.
_SUBJECT_LINE = re.compile(r"(?:subject|asunto|re|ref|referencia)\s*:", re.IGNORECASE)
# A notice's field of when, which its prose says again.
_WHEN_LINE = re.compile(r"(?:when|dates?|fechas?|cu[áa]ndo)\s*[?:]", re.IGNORECASE)


_NO_REFERENCE = "dropped: no date in the text to read it from (give the document's date)"
_LATER_TODAY = re.compile(LATER_TODAY, re.IGNORECASE)
_HEADING_WORDS = 30  # what a heading line may hold beside its date ("Online from …")
_BULLETS = "-–•*·▪"  # what opens a list's item
_HEADLINE = 160  # the longest first line of a text that is its headline, not its prose


# Words that tie a date to the moment of writing ("este sábado", "de este año", "next week",
# "end of the year"): they cannot be read from another date the text gives.
# A weekday said from the moment of writing, before the day it names: "este martes 4".
_NAMED_DAY = re.compile(
    rf"(?:(?:est[ea]|mañana|hoy|(?:el\s+)?pr[óo]xim[oa]|this|next|coming)\s+{WEEKDAY_NAME}"
    # "mañana jueves y el viernes 23 de abril"
    rf"(?:\s+(?:y|al|a|and|to)\s+(?:el\s+)?{WEEKDAY_NAME})?,?\s+"
    rf"(?=\d+\s+(?:de\s+)?{MONTH}))?",
    re.IGNORECASE,
)


def _weekday_said_before(text: str) -> int:
    """Where a date's own day begins, after a deictic weekday ("este martes 4 de junio")."""
    m = _NAMED_DAY.match(text)
    return m.end() if m else 0


_NEXT_AFTER_DAY = re.compile(r"\s+(?:próximo|proximo|entrante)$", re.IGNORECASE)
_DAY_WRITTEN = re.compile(r"\d")  # a day in figures, not "el jueves próximo"
_DEICTIC = re.compile(
    r"\b(?:est[ea]s?|pr[óo]xim[oa]s?|entrante|pasad[oa]s?|hoy|mañana|ayer|next|this|coming|"
    r"last|today|tomorrow|yesterday)\b|\b(?:the|del|el)\s+(?:year|año)\b(?!\s+\d)",
    re.IGNORECASE,
)


# A year counted from the moment of writing, not "the year" a text may mean another way ("many
# meetings are already scheduled towards the end of the year").
# The year of writing, or the one after or before it, named as such.
_YEAR_COUNTED = re.compile(
    r"\b(?:this|next|coming|following|current|last|este|presente|pr[óo]ximo|siguiente|pasado)"
    r"\s+(?:año|year)\b|\baño\s+(?:pr[óo]ximo|siguiente|entrante|en\s+curso|pasado)\b",
    re.IGNORECASE,
)
_COUNTED_YEAR = re.compile(
    r"\b(?:next|this|coming|following|current|last|pr[óo]xim[oa]|siguiente|entrante|este"
    r"|presente|en\s+curso|pasad[oa])\b",
    re.IGNORECASE,
)


_DUE_BEFORE_NAME = timedelta(days=183)  # how long before a meeting its deadlines may fall
_DUE_WORD = re.compile(
    r"\b(?:deadline|due|no\s+later\s+than|by|before|fecha\s+l[íi]mite|plazo|a\s+m[áa]s\s+tardar"
    r"|antes\s+del?|hasta\s+el)\b",
    re.IGNORECASE,
)


def _due_said(text: str, d: DateMention) -> bool:
    """A deadline's word in the date or just before it, on its line."""
    line_start = start_of_line(text, d.begin)
    return _DUE_WORD.search(text, max(line_start, d.begin - 60), d.stop) is not None


def _readable(
    scanned: Scan, start: date, named: NamedDate | None, lo: int = 0, hi: int | None = None
) -> list[DateMention]:
    """What a text that states no date of its own can place, read from `start`: the dates a
    reader places from another date of the text; and, when its file's name dates it (`named`),
    the months it names from the moment of writing ("en octubre próximo", "noviembre de este
    año", "next month") and the parts of a year it counts from it ("in the first half of next
    year", "para finales de enero del próximo año"), read from that name, whose month is the
    text's. Not a whole year, a week or a day said so ("next year", "next week", "el martes"):
    the same meeting a text dates in full, or the span of what it decides, more often than a
    date of their own (a weekday is read later, from the days the text keeps when they lie in
    one week: see `_on_weekdays`)."""
    mentions = _absolute(resolve(scanned, start, lo, hi))
    if named is None:
        return mentions
    taken = [(d.begin, d.stop) for d in mentions]
    told = [
        d
        for d in resolve(scanned, named.day, lo, hi)
        if (
            (d.form == "month" and not d.explicit_year and _DEICTIC.search(d.text))
            # a part of a year, or of a month, counted from the year of writing: "in the first
            # half of next year", "para finales de enero del próximo año"
            or (
                d.form in ("semester", "quarter", "part_of_year", "part_of_month")
                and not d.explicit_year
                and _COUNTED_YEAR.search(d.text)
            )
            # a day or days whose year is counted from the year of writing: "los días 8 y 9 de
            # diciembre de este año", "on 14 and 15 May next year"
            or (d.form in ("day", "range") and not d.explicit_year and _YEAR_COUNTED.search(d.text))
            # a month counted from the month of writing: "a conference will be held next month"
            or (
                named.month_known
                and d.form == "relative"
                and d.precision == "month"
                and not THIS_MONTH.search(d.text)
            )
            # a weekday and its day, in the name's month or the next ("el sábado (17)"); days
            # of "this month" ("del 8 al 9 del presente mes")
            or (named.month_known and (_weekday_agrees(d) or THIS_MONTH.search(d.text)))
        )
        and not any(b < d.stop and d.begin < e for b, e in taken)
    ]
    # a weekday's day is placed by its weekday in the name's month, not by the day before it
    told = [replace(d, read_from=None) if d.read_from else d for d in told]
    return sorted([*mentions, *told], key=lambda d: d.begin) if told else mentions


_FROM_WEEK = "; read from the week of"
# A weekday named without a date of its own: "el próximo jueves", "on Sunday", "el lunes y el
# martes próximos", "this Wednesday".
_BARE_WEEKDAY = re.compile(rf"\D*\b{WEEKDAY_NAME}\b\D*", re.IGNORECASE)
_WEEK_DAYS = 6  # the farthest apart two days of one week may lie


def _week_of(result: Extraction) -> tuple[tuple[date, str], ...]:
    """The days `result` keeps, with their text, when its text prints no date of its own, names
    a weekday it could not read for want of one, and keeps days that all lie in one week; or ()."""
    if not any(
        d.reason == _NO_REFERENCE and _BARE_WEEKDAY.fullmatch(d.date_text) for d in result.decisions
    ):
        return ()
    days: dict[date, str] = {}
    for c in result.commitments:
        if c.precision == "day":
            days.setdefault(c.start or c.end, c.date_text)
    if not days or (max(days) - min(days)).days > _WEEK_DAYS:
        return ()
    return tuple(sorted(days.items()))


def _on_weekdays(
    scanned: Scan,
    week: tuple[tuple[date, str], ...],
    taken: list[DateMention],
    lo: int,
    hi: int,
) -> tuple[list[DateMention], dict[int, str]]:
    """`taken` with the weekdays in [lo, hi) that no date of their own places, each read as
    that weekday nearest to every day of `week`, when they all agree ("on Sunday" is 4 December
    2022 beside "December 4, 2022", "el domingo" 28 September 2008 beside a Monday's
    "29/09/2008"); and where each begins, with the day of `week` it was read from."""
    readings: dict[tuple[int, int], DateMention] | None = None
    for day, _ in week:
        # read from three days before: the nearest such day, before or after
        read = {
            (d.begin, d.stop): d
            for d in resolve(scanned, day - timedelta(days=3), lo, hi)
            if _BARE_WEEKDAY.fullmatch(d.text)
            # not the day something was done: "han anunciado este martes", "announced on
            # Tuesday", the week the text was written in, which the days it keeps need not be
            and not _DONE_ON.search(scanned.text, max(0, d.begin - 40), d.begin)
        }
        readings = (
            read
            if readings is None
            else {
                k: d
                for k, d in readings.items()
                if k in read and (read[k].start, read[k].end) == (d.start, d.end)
            }
        )
    spans = [(t.begin, t.stop) for t in taken]
    added = [
        d
        for (begin, stop), d in (readings or {}).items()
        if not any(b < stop and begin < e for b, e in spans)
    ]
    if not added:
        return taken, {}
    anchor = week[0][1]
    return sorted([*taken, *added], key=lambda d: d.begin), {d.begin: anchor for d in added}


_WEEKDAY_WORD = re.compile(rf"\b(?P<wd>{WEEKDAY_NAME})\b", re.IGNORECASE)  # its name in "wd"
# A verb told done right before a weekday: a perfect ("han anunciado", "has announced") or a
# preterite ("anunció", "announced").
_DONE_ON = re.compile(
    r"\b(?:(?:ha|han|has|have|hemos)\s+\w+(?:ado|ido|ed|en)|\w+(?:ó|aron|ieron|yeron)|\w{3,}ed)\s+$",
    re.IGNORECASE,
)


def _weekday_year(scanned: Scan, text: str) -> tuple[date, str] | None:
    """The earliest day a text that states no date of its own writes with its weekday and
    without its year ("on Tuesday, 21 January", "el miércoles 26 de septiembre"), with its
    text, when every such day falls on its weekday in the latest year the text writes ("its
    2025 session", "la agenda post-2015"); None otherwise. Only the latest: an earlier year is
    more often the past the text recalls ("from 1983 to 2008"), and a weekday fits one year in
    seven. Nor a year a past verb governs ("Constituido en 1991")."""
    if not _WEEKDAY_WORD.search(text):
        return None
    year = max(
        (int(m.group()) for m in YEAR_WRITTEN.finditer(text) if not _told_past(text, m.start())),
        default=None,
    )
    if year is None:
        return None
    days: list[tuple[DateMention, re.Match[str]]] = []
    for d in resolve(scanned, date(year, 1, 1)):
        if (
            d.explicit_year
            or d.form != "day"
            or d.start not in (None, d.end)
            or not _DIGIT.search(d.text)  # a day's number, not a weekday read forward
        ):
            continue
        said = _weekday_said(text, d)
        if said is not None:
            days.append((d, said))
    if not days or any(
        d.end.year != year or d.end.weekday() != weekday_number(said.group("wd"))
        for d, said in days
    ):
        return None
    first, said = min(days, key=lambda pair: pair[0].end)
    return first.end, text[min(said.start(), first.begin) : first.stop]


# A year written as part of a name, beside a capitalised word: "The 2024 ITF Summit", "CWA)
# 2024", "Músicos 2017", "IME-Becas 2022"; not a period ("2018-2022", "2016 to 2020") nor a date
# of its own ("in 2019", "May 2018", "since 1996"), nor a plan's or agenda's year.
_NAME_YEAR = re.compile(
    r"(?:\b(?-i:The|La|El|Las|Los)\s+(?P<y1>(?:19|20)\d\d)(?=\s+(?-i:[A-Z]))"
    r"|(?<=[A-Za-zÁÉÍÓÚáéíóúñ)])\s+(?P<y2>(?:19|20)\d\d))(?!\d|\s*[-–/]\s*\d|\s+(?:to|a|al|y|and)\s+\d)"
)
_NOT_A_NAME_BEFORE = re.compile(
    r"(?:\b(?:in|en|del?|of|since|desde|from|until|hasta|to|a|al|by|para|for|year|año|period|"
    r"per[ií]odo|plan|agenda|strategy|estrategia|objetivo|vision|visi[óo]n|horizonte|"
    r"budget|presupuesto)|" + MONTH + r"|\d)\s*\)?$",
    re.IGNORECASE,
)


def _label_year(scanned: Scan, text: str) -> tuple[int, str] | None:
    """The year a text that states no date of its own names what it sets ahead by, with the
    name: the one year written in a name ("The 2024 ITF Summit", "(CWA) 2024") in the sentence of
    its first day or month written without a year, before it, in a sentence told ahead ("will
    take place from 22 to 24 May", "podrán presentarse hasta el 31 de agosto"). None when the
    sentence writes another year, or nothing in it looks ahead."""
    for b, e in unplaced(scanned, [], 0, len(text)):
        start = max(text.rfind(". ", 0, b), text.rfind("\n", 0, b)) + 1
        stops = [i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0]
        stop = min(stops) if stops else len(text)
        years = {m.group() for m in YEAR_WRITTEN.finditer(text, start, stop)}
        if len(years) != 1 or not _told_ahead(text[start:stop]):
            continue
        for m in _NAME_YEAR.finditer(text, start, b):
            y = m.start("y1") if m.group("y1") else m.start("y2")
            if not _NOT_A_NAME_BEFORE.search(text, max(start, y - 20), y):
                # the year and a word on either side of it: "The 2024 ITF", "(CWA) 2024, which"
                name = text[max(start, text.rfind(" ", start, max(start, y - 1)) + 1) : y + 4]
                after = text[y + 4 : y + 30].split(maxsplit=1)[:1]
                return int(text[y : y + 4]), " ".join([name, *(w for w in after if w[0].isalpha())])
        break  # only the first day left yearless: a text's own year, not one of many
    return None


_DIGIT = re.compile(r"\d")
# A year alone after its preposition: "Constituido en 1991", "founded in 1975".
_BARE_YEAR_BEFORE = re.compile(r"\b(?:en|in|since|desde)\s+$", re.IGNORECASE)


def _told_past(text: str, at: int) -> bool:
    """A year written alone, at `at`, in a clause a past participle or verb governs."""
    if not _BARE_YEAR_BEFORE.search(text, max(0, at - 8), at):
        return False
    before = fold(text[max(0, at - 60) : at])
    return bool(cues().past_participle.search(before) or cues().past_tense.search(before))


# A weekday's name (group "wd") right before its day: "on Tuesday, 21 January", "el miércoles
# 26 de".
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{WEEKDAY_NAME}),?\s+(?:the\s+|el\s+)?$", re.IGNORECASE)


def _weekday_said(text: str, d: DateMention) -> re.Match[str] | None:
    """The one weekday a day is written with, inside its date or right before it (its name in
    group "wd"); None when it has none, or more than one."""
    inside = list(_WEEKDAY_WORD.finditer(text, d.begin, d.stop))
    if inside:
        return inside[0] if len(inside) == 1 else None
    return _WEEKDAY_BEFORE.search(text, max(0, d.begin - 16), d.begin)


def _weekday_agrees(d: DateMention) -> bool:
    """A day written with its weekday and without its month, read on a day of that weekday."""
    if d.form not in ("weekday_day", "day_of_month") or d.start != d.end:
        return False
    m = _WEEKDAY_WORD.search(d.text)
    return m is not None and weekday_number(m.group()) == d.end.weekday()


def _absolute(mentions: list[DateMention]) -> list[DateMention]:
    """The dates a reader can place from another date of the text: not weekdays, durations,
    days of a month the text does not name ("el día 27") or dates said from the moment of
    writing, nor a day told from one of those ("Ese mismo día" after "el miércoles"). A weekday
    with its day ("el viernes 28") is placed by its weekday."""
    kept: list[DateMention] = []
    gone: dict[str, DateMention] = {}  # the dates left out, by their text
    for d in mentions:
        if d.explicit_year or (
            d.form not in ("weekday", "duration", "day_of_month")
            # "este martes 4 de junio", "mañana martes, 30 de mayo": the weekday's word is
            # deictic, the day and month are not; nor is "próximo" after them ("el 17 y 18 de
            # julio próximo")
            and not _DEICTIC.search(
                _NEXT_AFTER_DAY.sub("", d.text) if _DAY_WRITTEN.search(d.text) else d.text,
                _weekday_said_before(d.text),
            )
        ):
            kept.append(d)
        else:
            gone[d.text] = d
    if not gone:
        return kept
    out: list[DateMention] = []
    for d in kept:
        anchor = gone.get(d.read_from) if d.read_from is not None else None
        if anchor is None:
            out.append(d)
            continue
        # told from a day left unplaced: read from the last day placed before it instead ("el
        # próximo 19 de noviembre … han anunciado este martes … al día siguiente"), if any
        before = next(
            (o for o in reversed(out) if o.precision == "day" and o.start in (None, o.end)), None
        )
        if before is not None and d.form == "day_after":
            shift = d.end - anchor.end
            out.append(
                replace(d, start=before.end + shift, end=before.end + shift, read_from=before.text)
            )
    return out


def _widen(d: DateMention, repaired: list[tuple[int, int]], text: str) -> DateMention:
    """Cover the whole of a repaired word an expression begins or ends in (verbatim spans)."""
    if not repaired:
        return d
    begin, stop = d.begin, d.stop
    i = bisect_right(repaired, (begin, len(text))) - 1
    if i >= 0 and repaired[i][0] < begin < repaired[i][1]:
        begin = repaired[i][0]
    i = bisect_right(repaired, (stop, len(text))) - 1
    if i >= 0 and repaired[i][0] < stop < repaired[i][1]:
        stop = repaired[i][1]
    if (begin, stop) == (d.begin, d.stop):
        return d
    return replace(d, begin=begin, stop=stop, text=text[begin:stop])


def _decision(text: str, d: DateMention, kept: bool, kind: str | None, reason: str) -> Decision:
    if d.read_from is not None and d.end is not None:
        reason = f'{reason}; read from "{d.read_from}"'  # "el viernes 28" after a day it names
    return Decision(
        date_text=text[d.begin : d.stop],
        begin=d.begin,
        start=d.start,
        end=d.end,
        kept=kept,
        kind=kind,
        reason=reason,
    )


# Where a document states its own date outside a header: an intro clause ("met on 31 July
# 2019", "reunidos en Lima el…"), a closing formula ("Dada en Lima, a los…", "Done at…"),
# a record line ("Record of decisions | 4 May 2018"), or the address it was published at.
# A closing formula opens its line or sentence: "Done at Lima, 5 May 2019", not "the Oslo
# Declaration adopted at the 16th Session on 7 June 2011" recalled in prose.
_CLOSING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t]*(?:dad[oa]|hech[oa]|firmad[oa]|suscrit[oa]|adoptad[oa]"
    r"|aprobad[oa]|emitid[oa]|done|signed|adopted|issued)\s+(?:en|at|in)\b",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"https?://\S*?/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
# A news dateline: "Brasilia, November 29, 2017.-The twentieth meeting…", "GINEBRA, 5 de marzo
# de 2019 (OIT) –", "(Washington DC, 21/11/2016).": a place opens the line, the date follows it
# and a dash, a slash, a bracket or a colon closes it.
_DATELINE_HEAD = re.compile(
    r"\(?[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s+[\w'.-]+){0,3}"
    # "Geneva, ", "Gland, Switzerland, ", and a city and its country with no comma after them
    # ("Manado, Indonesia 28 November 2018 –")
    r"(?:,\s*[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s+[\w'.-]+){0,3},?|,)\s*"
    # "La Antigua, Guatemala, a 4 de marzo de 2026.-"
    r"(?:a\s+)?"
)
_WEEKDAY_HEAD = re.compile(rf"\s*(?:{WEEKDAY_NAME}),?\s*", re.IGNORECASE)
# A place after a line's opening date, then the stop that ends a dateline: ", Maldives;".
_PLACE_AFTER = re.compile(
    # its country after it or not: "4 September 2020, Apia, Samoa – The second …"
    r"(?:,[ \t]*[A-ZÁÉÍÓÚÑ][\w'.-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'.-]*){0,2}){1,2}[ \t]*"
    r"(?:[;:]|[-–—][ \t])"
)
# "GINEBRA (21 de febrero de 2019) –", "Prensa MPPT – INAC (10.03.2022).-", "Port of Spain
# (February 10th, 2014) –": a place or an agency, its date in brackets.
_BRACKETED_PLACE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'.-]*|of|de|del|la|las|los|[–—-])){0,4}\s*,?\s*\("
)
# A place of up to three capitalised words opening a line, "de" or "of" between them
# ("Ciudad de Guatemala", "Port of Spain").
_LINE_PLACE = r"[ \t]*[A-ZÁÉÍÓÚÑ][\w'-]*(?:[ \t]+(?:(?:de|del|of)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'-]*){0,2}"
# ...right before a dateline's date, a dash between or not, and the dash after its year:
# "Geneva 16 May 2012 – …", "Panamá – 07/04/2017 – …".
_PLACE_SPACE = re.compile(_LINE_PLACE + r"(?:[ \t]+[-–—])?[ \t]+")
_DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]")
# ...and a full stop, before a dateline's date: "Baku. 16 October."
_PLACE_STOP = re.compile(_LINE_PLACE + r"\.[ \t]+")
_DATELINE_TAIL = re.compile(r"\s*(?:\.?\s*[-–—/|]|\.?\s*\(|:|\)\.)")
_DATELINE_REACH = 800  # how far into a text its dateline may be
_OPENING_REACH = 40  # how far into a text a dateline that opens it may start
_HEAD_REACH = 400  # how far a head runs in a text whose lines were run together
# A place and a comma right before a date, as heads print it: "Geneva, 14 January 2019",
# "Gland, Switzerland, 24 – 28 June 2019", "Ginebra, 10 de noviembre de 2012".
_PLACE_COMMA = re.compile(
    r"(?<![\w,])(?P<place>(?:[A-ZÁÉÍÓÚÑ][\w'.-]+[ \t]+){0,2}[A-ZÁÉÍÓÚÑ][\w'.-]+),"
    r"(?:\s*[A-ZÁÉÍÓÚÑ][\w'.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'.-]+){0,2},)?\s*$"
)
_BAR = re.compile(r"[ \t]*\|(?![ \t]*(?:\n|$))")  # not a table's cell: text follows the bar
# A line's opening date, a weekday before it or not, and the full stop that ends it: a dateline.
_LINE_OPENING = re.compile(rf"[ \t]*(?:{WEEKDAY_NAME}),?[ \t]+|[ \t]*", re.IGNORECASE)
# What closes a dateline that opens its line: a full stop or a dash before the first sentence
# ("Tuesday 18 February 2014. The …", "07/06/2019 - The Universal Postal Union …").
_FULL_STOP = re.compile(r"(?:\.(?:[ \t]+[-–—])?|(?P<dash>[ \t]+[-–—]))[ \t]+[A-ZÁÉÍÓÚÑ]")
_LONGEST_MEETING_DAYS = 31
_RELEASE = re.compile(
    r"(?:media|press|news)\s+release|comunicado\s+(?:de\s+prensa|conjunto)|nota\s+de\s+prensa\s*$",
    re.IGNORECASE,
)
# The date a stored web page opens with: "date 2025-08-22 El encuentro de la OTCA…".
_PAGE_DATE = re.compile(r"\s*date\s+(?=\d{4}-\d{2}-\d{2}\b)")
_PAGE_MONTH = re.compile(r"\s*date\s+((?:19|20)\d{2})-(\d{2})(?![-\d])")
# The record of a text's adoption under it: "(Second meeting, 27 September 1999)", "(Sexta
# sesión plenaria, celebrada el 7 de junio de 2005)", "79th plenary meeting⏎14 December 2020".
# Where a record was printed, after the date of a resolution: "DO 238, 45" (an official
# document's number and page), "Doc. 12", "A/RES/75/1".
_RECORD_CITATION = re.compile(r"(?:DO|OD|Doc\.?|Off\.\s*Rec\.|A/RES/)\s*[\d/]+(?:\s*,\s*\d+)*")
_RECORD_HEAD = re.compile(
    r"\(?\s*(?:[\w.ªº°-]+\s+){1,2}(?:plenary\s+)?(?:meeting|session|sesi[óo]n(?:\s+plenaria)?|reuni[óo]n)"
    r"(?:\s*,\s*(?:celebrad[oa]|held)(?:\s+(?:el|on))?)?\s*,?\s*$",
    re.IGNORECASE,
)


def _page_date(text: str, fixed: list[DateMention]) -> DateMention | None:
    """The date a stored web page opens with ("date 2025-08-22"), or None."""
    page = _PAGE_DATE.match(text)
    if page is None:
        return None
    return next((d for d in fixed if d.begin == page.end()), None)


def stated_date(text: str, fixed: list[DateMention]) -> DateMention | None:
    """The document's own date when no header states it, or None."""
    days = [d for d in fixed if d.form in ("day", "range") and d.precision in ("day", "week")]
    days = [d for d in days if _meeting_length(d)]
    page = _page_date(text, days)
    if page is not None:
        return page  # "date 2025-08-22" a stored web page opens with
    month = _PAGE_MONTH.match(text)
    if month:  # "date 2020-08": the page's month; its first day dates what follows
        try:
            first = date(int(month.group(1)), int(month.group(2)), 1)
        except ValueError:
            return None
        return DateMention(
            month.start(1), month.end(2), month.group(), first, first, "day", "day", True
        )
    for d in days:
        if d.begin > _DATELINE_REACH:
            break
        if _dateline(text, d):
            return d
    for d in days:
        if d.begin > _HEAD_REACH:
            break
        if _issued(text, d):
            return d  # "CS-2013-7846(S) distribuido el 26/04/2013": written after its meeting
        if _placed(text, d):
            return d  # "NOTIFICATION TO THE PARTIES No. 2019/004 Geneva, 14 January 2019"
    for d in days:
        if d.begin > 6000:
            break
        if (
            _told_met(text, 0, d) or _HELD_NOW_AFTER.match(text, d.stop) or _opens_done(text, d)
        ) and not _earlier_meeting(text, d.begin):
            # not "convened…, which precede the Conference to be held from 19-23…", nor "La
            # reunión anterior se realizó los días 4 y 5 de diciembre"
            return d
    tail_start = max(0, len(text) - 3000)
    for d in reversed(days):
        if d.begin < tail_start:
            break
        line_start = start_of_line(text, d.begin)
        window = text[max(line_start, d.begin - 160) : d.begin]
        closing = _CLOSING.search(text, max(line_start, d.begin - 160), d.begin)
        if closing and not _told_ahead(window):
            return d  # "Done at Lima, 5 May 2019", not "to be adopted at … on 12th November"
        line_end = text.find("\n", d.stop)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        written = text[d.begin : d.stop].strip()
        if len(line) <= 60 and line.endswith(written):
            return d  # "Santa Fe, 16/VII/19" on a line of its own at the foot
        place = line.removesuffix(".").removesuffix(written).strip()
        if line.endswith(written + ".") and _PLACE_AND_COMMA.fullmatch(place):
            return d  # "México, 23 de julio de 2021." closing the text
    for d in days:
        if d.begin > 1500:
            break
        if _title_line(text, d):
            return d
    record = next((d for d in days if _record_line(text, d)), None)
    if record is not None:
        return record
    m = _URL_DATE.search(text, 0, 600)
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return DateMention(m.start(1), m.end(3), m.group(0), day, day, "day", "day", True)
    return None


_FUTURE_FORM = re.compile(r"\w+(?:ará|erá|irá|drá|arán|erán|irán|drán)\b")


def _earlier_meeting(text: str, pos: int) -> bool:
    """The sentence up to `pos` names the meeting of the date as an earlier one (within 300
    characters: a long list of the parties may come between)."""
    start = max(0, pos - 300)
    cut = max(
        text.rfind(". ", start, pos), text.rfind(";", start, pos), text.rfind("\n", start, pos)
    )
    return _EARLIER_MEETING.search(text, cut + 1 if cut >= 0 else start, pos) is not None


def _clause_to(text: str, pos: int) -> str:
    """The text before `pos` back to the start of its sentence or line (at most 160 chars)."""
    start = max(0, pos - 160)
    cut = max(text.rfind(". ", start, pos), text.rfind(";", start, pos))
    line = text.rfind("\n", start, pos)
    while line > cut and _WRAPPED.search(text, max(0, line - 60), line):
        # "will attend … in Copenhagen, Denmark, on⏎October 6th": one clause
        line = text.rfind("\n", start, line)
    cut = max(cut, line)
    return text[cut + 1 if cut >= 0 else start : pos]


# A line of wrapped prose: long, ending in a word or a comma, so the next line goes on with it.
_WRAPPED = re.compile(r"[^\n]{50}[\w,]$")


def _under_release(text: str, d: DateMention) -> bool:
    """A date under "Media release" or "Comunicado de prensa": the release's own date."""
    line_start = text.rfind("\n", 0, d.begin)
    above = text[max(0, line_start - 80) : max(0, line_start)].rstrip().rsplit("\n", 1)[-1]
    return _RELEASE.search(above) is not None


# The page speaks of its meeting as ahead, and nowhere as held.
_WILL_MEET = re.compile(
    r"\b(?:the|this)\s+(?:meeting|conference|workshop|seminar|session|summit|forum)\s+will\b"
    r"|\b(?:la|esta|el|este)\s+(?:reuni[óo]n|conferencia|cumbre|sesi[óo]n|taller|seminario|foro)"
    r"\s+(?:se\s+)?\w+(?:ará|erá|irá|arán|erán|irán)\b",
    re.IGNORECASE,
)
_WAS_HELD = re.compile(
    r"\b(?:was|were|is|are)\s+(?:being\s+)?held\b|\btook\s+place\b|\bmet\b|\bgathered\b"
    # (not what opened for the meeting: "Draft provisional agendas became available, and
    # registrations opened, on 9 November 2022")
    r"|\bconcluded\b|(?<!registrations\s)(?<!registration\s)(?<!applications\s)"
    r"(?<!nominations\s)(?<!submissions\s)\bopened\b|\bbegan\b|\bunder\s+way\b|\bse\s+est[áa]\b"
    r"|\b(?:comenz|inici|inaugur|clausur)\w*[óo]\b"
    r"|\bse\s+(?:realiz|celebr|reuni|llev)\w*[óo]\b|\btuvo\s+lugar\b|\bconcluy[óo]\b"
    # a head's record of its meeting: "en su reunión celebrada en Ginebra", "meeting held in"
    r"|\b(?:reuni[óo]n|sesi[óo]n|cumbre|conferencia)\s+celebrada\b"
    r"|\b(?:meeting|session|summit|conference)\s+held\b",
    re.IGNORECASE,
)


_UNDER_WAY = re.compile(r"(?:is|are)\s+(?:being\s+)?held", re.IGNORECASE)
# A relative clause's opening, right before its verb: another meeting the text recalls ("on
# the occasion of the XXI Ordinary Meeting …, which took place in Pétion-Ville").
_RELATIVE_BEFORE = re.compile(
    r"\b(?:which|that|where|que|donde|en\s+la\s+que|en\s+el\s+que)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _held(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first verb in text[lo:hi] that tells a meeting as held or under way, not one in a
    relative clause on another meeting."""
    for m in _WAS_HELD.finditer(text, lo, hi):
        if not _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return m
    return None


def _announces(text: str, top: int) -> bool:
    """The page's opening tells its meeting as ahead ("The meeting will …"), or is a media
    advisory's WHAT / WHEN / WHERE fields, and tells no meeting as held."""
    prose = text[: top + 1200]
    ahead = (
        _WILL_MEET.search(prose) is not None
        # a session's provisional agenda, which its head names: the session is ahead of it
        or _PROVISIONAL_AGENDA.search(text, 0, top + 200) is not None
        # a meeting's page that asks to register for it, or to confirm attendance: "Please
        # register for the meeting here by 17 August 2019"
        or _REGISTER_FOR.search(prose) is not None
        or (_WHEN_FIELD.search(prose) is not None and _WHERE_FIELD.search(prose) is not None)
    )
    return ahead and _held(prose, 0, len(prose)) is None


_REGISTER_FOR = re.compile(
    r"\bplease\s+register\b|\bregistration\s+(?:is\s+now\s+open|deadline)\b"
    r"|\b(?:inscr[íi]base|inscr[íi]banse|fecha\s+l[íi]mite\s+de\s+inscripci[óo]n)\b"
    # "Confirm your attendance here", "Confirme su participación"
    r"|\bconfirm\s+your\s+(?:attendance|participation)\b"
    r"|\bconfirm[ea]\s+su\s+(?:asistencia|participaci[óo]n)\b",
    re.IGNORECASE,
)
_PROVISIONAL_AGENDA = re.compile(
    r"^[ \t]*(?:programa\s+provisional|provisional\s+agenda|orden\s+del\s+d[íi]a\s+provisional)\b",
    re.IGNORECASE | re.MULTILINE,
)


# A media advisory's fields, each opening its line: "WHEN: Tuesday, April 18, 2023", "WHERE:".
_WHEN_FIELD = re.compile(r"^[ \t]*(?:WHEN|CU[AÁ]NDO|FECHA)[ \t]*:", re.MULTILINE)
_WHERE_FIELD = re.compile(r"^[ \t]*(?:WHERE|D[OÓ]NDE|LUGAR)[ \t]*:", re.MULTILINE)


def _told_as_ahead(text: str, top: int, scanned: Scan, meeting: Meeting) -> bool:
    """The prose dates the head's meeting as still to come ("The twelfth meeting … will be held
    by electronic means from 22 to 25 June 2020", "Del 18 al 21 de noviembre se celebrará"):
    the page announces it, it is no record of it."""
    if meeting.start is None or meeting.end is None:
        return False
    opening = min(len(text), top + 1200)  # the page's opening, as _announces reads it
    # held or under way: no announcement; "is being held" may still be a future the dates'
    # own clauses tell ("will hold … from 11th to 13th April 2024 … is being held to obtain")
    was = _held(text, 0, opening)
    if was is not None and not _UNDER_WAY.fullmatch(was.group()):
        return False
    # the opening's dates, those without a year read in the meeting's
    return any(
        (d.start or d.end) <= meeting.end
        and d.end >= meeting.start
        and (_told_ahead(_clause_to(text, d.begin)) or _HELD_AHEAD_AFTER.match(text, d.stop))
        for d in resolve(scanned, meeting.start, 0, opening)
    )


# A meeting's verb, in the present or the past, right after its date or the place between
# commas after it: the meeting a text reports on ("Este 28 y 29 de noviembre de 2022 se
# desarrolla la Reunión Presencial del Comité", "El 31 de julio de 2025, se llevó a cabo la LI
# Reunión del Pleno", "Los días 3 al 5 de mayo, en la sede de la Secretaría, sesionó", "se viene
# llevando a cabo").
_HELD_NOW_AFTER = re.compile(
    r"(?:,\s*(?:en|in|at)\s+[^,.;:\n]{1,80}(?=,))?"
    # (or the meeting's name between, on the title line the date opens: "On 11 June 2020 the
    # Meeting of the Permanent Representatives … was held via web-conferencing")
    r"(?:,?\s+(?:the|la|el)\s+[^.;:\n]{0,120}?(?=\s+(?:(?:was|were)\s+held|took\s+place"
    r"|se\s+(?:realiz|celebr|desarroll)[óo])))?"
    r",?\s+(?:se\s+(?:desarrollan?|realizan?|celebran?|lleva\s+a\s+cabo|llevan\s+a\s+cabo|re[uú]nen?"
    r"|desarroll[óo]|realiz[óo]|celebr[óo]|llev[óo]\s+a\s+cabo|reuni[óo]"
    r"|(?:vienen?|est[áa]n?)\s+(?:desarrollando|realizando|celebrando|llevando\s+a\s+cabo))"
    r"|tienen?\s+lugar|tuvo\s+lugar|sesionan?|sesion[óo]|(?:is|are)\s+(?:being\s+)?held|takes?\s+place"
    r"|(?:was|were)\s+held|took\s+place)\b",
    re.IGNORECASE,
)
# A date that opens a line, "On" or "El" before it and a comma after it: "On 31 October 2017,",
# "El 16 de octubre,".
_OPENING_DATE_BEFORE = re.compile(r"[ \t]*(?:on|el|this|este)?[ \t]*$", re.IGNORECASE)
# ...then the clause's subject and its verb told done: "the Co-Chairs … hosted the Twelfth
# Meeting", "el Director …, Embajador Tomás Pascual, moderó el evento".
_DONE_AFTER = re.compile(
    r",[^.;:\n]{0,160}?\b(?:hosted|held|convened|organi[sz]ed|opened|closed|concluded|met"
    r"|gathered|moderated|chaired|inaugurated|launched|\w+(?:ó|aron|ieron|yeron))\b"
)


def _opens_done(text: str, d: DateMention) -> bool:
    """A line opens with the date and tells, in the past, what was done on it: the day of the
    meeting a record reports on ("On 31 October 2017, the Co-Chairs of the Bali Process …
    hosted the Twelfth Meeting")."""
    line_start = start_of_line(text, d.begin)
    if not _OPENING_DATE_BEFORE.fullmatch(text, line_start, d.begin):
        return False
    done = _DONE_AFTER.match(text, d.stop)
    return done is not None and not _told_ahead(done.group())


# A meeting's verb, in the future, right after its date: "Del 18 al 21 de noviembre se
# celebrará en Ginebra", "From 3 to 5 May will take place".
_HELD_AHEAD_AFTER = re.compile(
    # (or the meeting's name between the date that opens the clause and its verb: "On 6
    # November 2020, the digital 39th Session of the Baltic Assembly … will be held")
    r"(?:,\s+(?:the|la|el|los|las)\s+[^.;:\n]{0,120}?)?"
    r",?\s+(?:se\s+(?:celebrar[áa]n?|realizar[áa]n?|llevar[áa]n?\s+a\s+cabo|reunir[áa]n?)"
    r"|tendr[áa]n?\s+lugar|will\s+(?:be\s+held|take\s+place|meet|convene))\b",
    re.IGNORECASE,
)


def _meeting_length(d: DateMention) -> bool:
    """A span a meeting may last: not "Saturday, 01 July 2017 - Sunday, 31 December 2017", the
    period of a project, in a header."""
    return (d.end - (d.start or d.end)).days <= _LONGEST_MEETING_DAYS


# The signature of a social media post a page embeds, right before its date.
_POSTED_BY = re.compile(r"\(@\w{1,30}\)\s*$")


def _dateline(text: str, d: DateMention) -> bool:
    """A news item's dateline: the place that opens a line, then the date (see _DATELINE_HEAD)."""
    line_start = start_of_line(text, d.begin)
    if not text[line_start : d.begin].strip() and _BAR.match(text, d.stop):
        return True  # "05 de diciembre de 2023 | El Consejo de Ministros…"
    opens = _opens_line(text, line_start, d)
    if opens and d.explicit_year and _PLACE_AFTER.match(text, d.stop):
        return True  # "18 February 2014, Maldives; The Sixth Special Session …"
    closed = _FULL_STOP.match(text, d.stop) if opens else None
    # a dash closes a dateline only after a year, not a calendar's line ("29-31 March - Workshop")
    if closed and (d.explicit_year or not closed.group("dash")):
        return True  # "Tuesday 18 February 2014. The 45th Pacific Islands Forum…"
    if _BRACKETED_PLACE.fullmatch(text, line_start, d.begin) and text.startswith(")", d.stop):
        return True  # "GINEBRA (21 de febrero de 2019) – El Consejo…"
    if _PLACE_STOP.fullmatch(text, line_start, d.begin) and _FULL_STOP.match(text, d.stop):
        return True  # "Baku. 16 October. REPORT.AZ/ Next meeting of the Council …"
    if (
        d.explicit_year
        and _PLACE_SPACE.fullmatch(text, line_start, d.begin)
        and _DASH_AFTER.match(text, d.stop)
    ):
        return True  # "Geneva 16 May 2012 – Application for participation … opened today"
    # a bilingual head gives its dateline twice: "Guatemala City, 9 April 2024 / Ciudad de
    # Guatemala, 9 de abril de 2024"
    half = text.rfind(" / ", line_start, d.begin)
    head_start = line_start if half < 0 else half + 3
    tail_ok = _DATELINE_TAIL.match(text, d.stop) is not None or (
        half >= 0 and text.find("\n", d.stop) in (d.stop, -1)
    )
    if not tail_ok or _DATELINE_HEAD.fullmatch(text, head_start, d.begin) is None:
        return False
    # a weekday for a place only on the text's first line ("Monday, May 23 – Key stakeholders
    # … will meet"), not on a row of a list ("Meetings will be held at the following
    # locations:⏎⏎Thursday, March 2:")
    return not _WEEKDAY_HEAD.fullmatch(text, head_start, d.begin) or _opens_text(text, line_start)


def _opens_text(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is the text's first, blank lines aside (read up to the
    first character that is not a space, not up to the line)."""
    return _LEADING_SPACE.match(text).end() >= line_start  # type: ignore[union-attr]


_LEADING_SPACE = re.compile(r"\s*")


def _opens_line(text: str, line_start: int, d: DateMention) -> bool:
    """The date opens its line, a weekday before it or nothing, and the line above does not
    run on into it ("will attend … in Copenhagen, Denmark, on⏎October 6th, 2023.")."""
    if _LINE_OPENING.fullmatch(text, line_start, d.begin) is None:
        return False
    if line_start == 0:
        return True
    above = start_of_line(text, line_start - 1)
    return not _WRAPPED.search(text, max(above, line_start - 61), line_start - 1)


def _issued(text: str, d: DateMention) -> bool:
    """The day a document was issued, as its head prints it: after "Distr. general" or
    "distribuido el", before "Original: inglés", or closing a line that says who prepared it
    ("Prepared by the Technical Secretariat (TS) - 28 March 2014")."""
    if _ISSUED_BEFORE.search(text, max(0, d.begin - 30), d.begin) or _ORIGINAL.match(text, d.stop):
        return True
    line_start = start_of_line(text, d.begin)
    if _PREPARED_BY.fullmatch(text, line_start, d.begin) is None:
        return False
    # the rest of the line is copied only then: a line may be a whole text
    line_end = text.find("\n", d.stop)
    rest = text[d.stop : line_end if line_end >= 0 else len(text)]
    return not _AFTER_ISSUE.sub("", rest)


# What may follow an issue date on its line: a stop, an hour ("17:40", "09:14 a. m.").
_AFTER_ISSUE = re.compile(r"[\s.]+|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?)?", re.IGNORECASE)
# Who prepared a document, before its date on the same line.
_PREPARED_BY = re.compile(
    r"[ \t]*(?:prepared|drafted|compiled|issued|distributed|circulated|elaborad[oa]|preparad[oa]"
    r"|redactad[oa]|emitid[oa]|distribuid[oa]|circulad[oa])\s+(?:by|por)\s[^\n]{1,90}?"
    r"(?:[-–—,|]|\bon|\bel)\s*"
    # a message's own date in its header: "Enviado el: martes, 11 de agosto de 2009 17:40"
    r"|[ \t]*(?:sent|enviado(?:\s+el)?|fecha\s+de\s+env[ií]o)\s*:\s*(?:[A-Za-zéá]+,?\s+)?",
    re.IGNORECASE,
)


def _placed(text: str, d: DateMention) -> bool:
    """A date a place heads, as a document's head prints it: not "Tuesday, 25 June", and not
    in prose ("will take place in Songdo, Republic of Korea, from Tuesday, 27 February")."""
    if d.precision not in ("day", "week") or d.marker:
        return False  # not "al Consejo, antes del 31 de octubre": a head prints no deadline
    m = _PLACE_COMMA.search(text, max(0, d.begin - 60), d.begin)
    if m is None or _WD_WORD.fullmatch(m.group("place").split()[-1]):
        return False
    # not "will take place in Songdo, Republic of Korea, from Tuesday…" nor "will meet at WHO
    # headquarters, Geneva, from 3 to 8 February 2020": a place in prose
    if _RANGE_WORD.match(text, d.begin) or _told_ahead(text[max(0, m.start() - 120) : m.start()]):
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None


_RANGE_WORD = re.compile(r"(?:from|del|desde|between|entre|on|el)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|en|at|a|to|from|desde|hacia|de|del|of|the|la|el|y|and|para|for)\s+$", re.IGNORECASE
)
# A document's language note right after its date: "ED 2191/14 10 diciembre 2014 Original: inglés".
_ORIGINAL = re.compile(r"\s*(?:[A-ZÁÉÍÓÚÑ]+\s+)?(?:original|idioma\s+original)\s*:", re.IGNORECASE)
# What a head prints right before the day a document was issued: its language note ("Original:
# Inglés Enero de 2015"), "distribuido el" or "issued on" ("CS-2013-7846(S) distribuido el
# 26/04/2013"), or a United Nations distribution line ("Distr. general 22 de noviembre de 2017",
# "Distr.: General⏎25 September 2012").
_ISSUED_BEFORE = re.compile(
    r"\boriginal\s*:\s*[A-Za-zÁÉÍÓÚÑáéíóúñ]+\s*$"
    # not what is still to come: "will be issued on", "será publicado el"
    r"|\b(?<!\bbe\s)(?<!\bserá\s)(?<!\bserán\s)(?<!\bsera\s)"
    r"(?:distribuid[oa]|distributed|issued|emitid[oa]|publicad[oa]|published)\s+(?:el|on)\s*$"
    r"|\bdistr\.?\s*:?\s*(?:general|limited|restricted|reservada|limitada|restringida)\.?\s*$",
    re.IGNORECASE,
)


_WD_WORD = re.compile(rf"(?:{WEEKDAY_NAME}|on|el)", re.IGNORECASE)


def _record_line(text: str, d: DateMention) -> bool:
    """The date a text was adopted, on the line that records it: "(Second meeting, 27 September
    1999)", or on its own line under "79th plenary meeting"."""
    bounds = _line_bounds(text, d.begin, d.stop)
    if bounds is None:
        return False  # a line of a whole text: no record line
    line_start, line_end = bounds
    rest = text[d.stop : line_end].strip(" .;")
    head = text[line_start : d.begin]
    if not head.strip() and _RECORD_CITATION.fullmatch(rest):
        return True  # "Septiembre 1990 DO 238, 45" under a resolution: its official record
    if rest not in ("", ")"):
        return False
    if not head.strip():  # the date alone on its line: the line above records the meeting
        above_start = start_of_line(text, max(0, line_start - 1))
        head = text[above_start : max(above_start, line_start - 1)]
        if "(" in head or len(head) > 60:
            return False
    elif len(head) > 60 or (rest == ")") != ("(" in head):
        return False
    return _RECORD_HEAD.fullmatch(head.strip()) is not None


def _told_ahead(between: str) -> bool:
    """Does the text between an intro verb and a date speak of what is still to come?"""
    return bool(cues().future.search(fold(between)) or _FUTURE_FORM.search(between))


def _is_header_date(
    d: DateMention,
    layout: Layout,
    span: tuple[date, date] | None,
    excerpt_starts: list[int],
    published: bool = False,
) -> bool:
    """The meeting's own dates, and anything dated in a title block, are not commitments."""
    i = bisect_right(excerpt_starts, d.begin) - 1
    if i >= 0 and d.begin < layout.excerpts[i].header_stop:
        return True
    if span is None:
        return d.begin < layout.body_start and not layout.excerpts
    first, last = span
    if (d.start or d.end) == first and d.end == last and not _LATER_TODAY.fullmatch(d.text):
        return True  # not "this afternoon" on the day of a news item: a time it names
    if (
        not published
        and d.marker is None
        and d.precision == "month"
        and d.start
        and d.start <= first
        and d.end >= last
    ):
        return True  # "octubre de 1998" at a meeting held in October 1998
    return d.begin < layout.body_start and d.end <= last


def _meeting_days_told(text: str, d: DateMention, span: tuple[date, date] | None) -> bool:
    """The days of a meeting its head dates by its first day, as its intro clause tells them:
    "Rio de Janeiro, Brasil⏎6 de julio de 2025⏎1- Nosotros, los líderes…, nos hemos reunido en
    Río de Janeiro, Brasil, del 6 al 7 de julio de 2025"."""
    return (
        span is not None
        and span[0] == span[1] == d.start
        and d.end > d.start
        and _meeting_length(d)
        and _told_met(text, 0, d)
    )


def _sentences(
    text: str, para: Paragraph, cache: dict[int, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    if para.begin not in cache:
        cache[para.begin] = sentence_bounds(text, para.text_begin, para.stop)
    return cache[para.begin]


def _sentence_of(
    text: str, para: Paragraph, pos: int, cache: dict[int, list[tuple[int, int]]]
) -> tuple[int, int]:
    spans = _sentences(text, para, cache)
    i = bisect_right(spans, (pos, len(text))) - 1  # the last sentence that starts at pos or before
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return next((s for s in spans if s[0] <= pos < s[1]), (para.text_begin, para.stop))


def _title(text: str, stop: int) -> str | None:
    for line in text[:stop].split("\n"):
        s = " ".join(line.split())
        if s and _TITLE.search(s):
            return s
    first = next((" ".join(x.split()) for x in text[:stop].split("\n") if x.strip()), None)
    return first


_INTRO = re.compile(  # the word boundary first: the look-behinds then run only at word starts
    r"\b(?<!\bbe\s)(?<!\bser\s)(?<!\bserá\s)(?<!\bserán\s)(?:reunid[oa]s?|(?:celebrad|realizad|desarrollad)[oa]s?|se\s+(?:realiz|celebr|efectu)[óo]|se\s+llev[óo]\s+a\s+cabo|tuvo\s+lugar|took\s+place|(?:was|were)\s+held|en\s+reuni[óo]n|nos\s+reunimos|se\s+reunieron|meeting\s+(?:in|on)|met\s+(?:\w+ly\s+)?(?:in|on|at)|held\s+(?:\w+ly\s+)?(?:in|on|from|at)|convened|gathered|(?:assembl|gather)(?:ed|ing)\s+(?:in|at))\b",
    re.IGNORECASE,
)


# A place's name and a comma, as a closing line writes them before its date: "México,", "Ciudad
# de Guatemala,".
_PLACE_AND_COMMA = re.compile(
    r"(?:(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|las|los|el|y)[ \t,]*){1,6}(?<=,)"
)


def _states_meeting_date(text: str, d: DateMention) -> bool:
    """In a document without numbered paragraphs: a title line or an intro clause dates it."""
    return _title_line(text, d) or _intro_before(text, d) or _run_on_title(text, d)


def _run_on_title(text: str, d: DateMention) -> bool:
    """A title run on into the text, as a flattened PDF gives it: the meeting's name, its place
    and its days, at the very start, with no sentence before them ("RAMSAR CONVENTION ON
    WETLANDS 57th Meeting of the Standing Committee Gland, Switzerland, 24 – 28 June 2019
    Report and Decisions …")."""
    if d.begin > _RUN_ON_REACH or d.marker:
        return False
    before = text[: d.begin]
    named = None
    for named in _ORDINAL_MEETING.finditer(before):  # noqa: B007 - the last one is wanted
        pass
    if named is None or _SENTENCE_END.search(before) or _told_ahead(before):
        return False
    # from the name to the days, only names: "of the Standing Committee Gland, Switzerland,"
    between = before[named.end() :]
    return len(between) <= 120 and all(
        w in _NAME_LINKS for w in re.findall(r"\b[a-záéíóúñ]\w*", between)
    )


_RUN_ON_REACH = 300
# "92ª REUNIÓN", "57th Meeting", "XXI Cumbre", "Twelfth Session"
_ORDINAL_MEETING = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th|[ªº°]|\.[ªºa])|\b[IVXL]{1,6}\b|\b\w+(?:th|first|second|third)\b)"
    r"\s+(?:\w+\s+){0,2}?" + EVENT_NOUN.pattern,
    re.IGNORECASE,
)
_NAME_LINKS = frozenset(
    ("of", "the", "on", "for", "and", "de", "del", "la", "el", "los", "las", "y", "sobre")
)
_SENTENCE_END = re.compile(r"[a-záéíóúñ]{3}[.!?]\s+[A-ZÁÉÍÓÚÑ]")


_NUMBERED_ITEM = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s+\S")


def _title_line(text: str, d: DateMention) -> bool:
    """A short line that dates the document ("Council, 90th session, 3-7 June 2019"): not a
    deadline, and not a line of wrapped prose ("the General Assembly, to be held … on
    September 10, 2001, for the adoption of")."""
    line = _line_of(text, d)
    if d.marker or len(line) > 120 or line[:1].islower():
        return False
    if line[:1] in _BULLETS and any(c.isalpha() for c in line.replace(d.text, "")):
        return False  # a list's item, not a stamp: "- En Europa: 19 y 20 de septiembre de 2023"
    if _NUMBERED_ITEM.match(line):
        return False  # "1. 31 de Julio al 30 de Agosto de 2004: plazo para que …": an item
    if _told_ahead(text[start_of_line(text, d.begin) : d.begin]):
        return False
    return not line.endswith((".", ";", ":", ",")) or _capitals(line)


# A line a date opens: "August 5-6 Intermediate Meeting …", "15 March - Workshop".
_DATED_LINE = re.compile(
    rf"[ \t{re.escape(_BULLETS)}]*(?:{WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}\b|{MONTH}\s+\d)",
    re.IGNORECASE,
)
# A label line that makes the dates listed under it deadlines: "Submissions Due", "Plazo:".
_DUE_LABEL = re.compile(
    r"\b(?:due|deadlines?|plazos?|fechas?\s+l[íi]mites?)"
    # what it is for: "Deadline for submission:", "Plazo de inscripción:"
    r"(?:[ \t]+(?:for|de|para)[ \t]+\w+(?:[ \t]+\w+){0,2})?"
    rf"[ \t]*:?[ \t]*(?:{WEEKDAY_NAME},?[ \t]*)?$",
    re.IGNORECASE,
)


_LABEL_REACH = 60  # the longest deadline label, with what it is for, its colon and a weekday
# A sentence that introduces a list of deadlines, ending with a colon ("The deadlines for
# submission of requests for Observer status to attend AC9 are:").
_DUE_INTRO = re.compile(r"\b(?:deadlines|plazos|fechas\s+l[íi]mite)\b", re.IGNORECASE)
_INTRO_REACH = 200


def _due_under(text: str, d: DateMention) -> bool:
    """A date listed under a deadline's label ("Submissions Due⏎Friday, 30 August 2024 -
    09:00 (Working Paper)⏎Saturday, 14 September 2024 …"): what is due then, not the
    document's date."""
    line_start = start_of_line(text, d.begin)
    # the label ends its line: its last characters are enough (a line may be a whole text)
    if _DUE_LABEL.search(text, max(line_start, d.begin - _LABEL_REACH), d.begin):
        return True  # "Deadline: 30 August 2024"
    listed = 0
    for _ in range(24):  # up to twelve listed lines, with a blank line after each
        if line_start == 0 or listed > 12:
            return False
        above = start_of_line(text, line_start - 1)
        if _DUE_LABEL.search(text, max(above, line_start - 1 - _LABEL_REACH), line_start - 1):
            return True
        if text.startswith(":", line_start - 2) and _DUE_INTRO.search(
            text, max(above, line_start - 1 - _INTRO_REACH), line_start - 1
        ):
            return True  # "The deadlines for submission … of meeting documents follow:"
        if not text[above : line_start - 1].strip():
            line_start = above  # a blank line between the label and its list
            continue
        if not _DATED_LINE.match(text, above):
            return False  # the lines above are not a list of dates
        listed += 1
        line_start = above
    return False


def _bracketed_line(text: str, d: DateMention) -> bool:
    """A date alone on its line in square brackets: "[October 22nd 2014]"."""
    line = _line_of(text, d)
    return line.startswith("[") and line.endswith("]") and line[1:-1].strip() == d.text.strip()


def _listed_row(text: str, d: DateMention | Decision) -> bool:
    """A date that opens a line of a list of such lines, with more on it ("Calendar of
    activities for 2019⏎Date Event Topic Venue⏎July 15-19 Financial Soundness Indicators
    Course Mexico City⏎August 5-6 Intermediate Meeting …"): a row, not the document's date."""
    bounds = _line_bounds(text, d.begin, d.stop)
    if bounds is None:
        return False
    line_start, line_end = bounds
    if not ROW_OPENING.fullmatch(text, line_start, d.begin) or not text[d.stop : line_end].strip():
        return False
    below = text.find("\n", line_end + 1)
    following = text[line_end + 1 : below if below >= 0 else len(text)]
    preceding = text[start_of_line(text, max(0, line_start - 1)) : max(0, line_start - 1)]
    return line_start > 0 and any(
        _DATED_LINE.match(line) is not None for line in (following, preceding)
    )


def _table_cell(text: str, d: DateMention) -> bool:
    """A date alone in a cell of a table flattened into lines ("31 December 2019 |", or on a
    line between "|" lines): a row's value, not the document's date."""
    line = _line_of(text, d)
    if line.strip("| ") != text[d.begin : d.stop].strip():
        return False
    if line != line.strip("|"):
        return True
    line_start = start_of_line(text, d.begin)
    line_end = text.find("\n", d.stop)
    line_end = len(text) if line_end < 0 else line_end
    above = text[start_of_line(text, max(line_start - 1, 0)) : max(line_start - 1, 0)]
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : below_end if below_end >= 0 else len(text)]
    return "|" in (above.strip(), below.strip())


def _meeting_date(text: str, layout: Layout, found: list[DateMention]) -> DateMention | None:
    """The meeting's date among the head's candidates, in the order found.

    A date in a preamble recital ("Recalling… the meeting of July 31, 2002") names a past
    meeting; a date alone on a line ("30/01/2014") is the document's, and the intro clause
    that says when the meeting met ("se realizó en San Salvador… el 28 y 29 de enero") is
    the better source.
    """
    found = [d for d in found if not _in_recital(text, layout, d)]
    if not found:
        return None
    if _alone_on_line(text, found[0]):
        # A publication date first ("23 October 2015"), then the meeting's days ("June 15-16,
        # 2015" on a title line) or the clause that says when it met.
        told = next((d for d in found[1:] if _intro_before(text, d)), None) or next(
            (
                d
                for d in found[1:]
                if d.start is not None and d.start < d.end and _alone_on_line(text, d)
            ),
            None,
        )
        if told is not None and (found[0].start or found[0].end) == found[0].end:
            return told
    return found[0]


def _first_prose(text: str, layout: Layout) -> int:
    """Where the document's prose begins: its first numbered item or long line of words."""
    top = min(len(text), 2000)
    if layout.body_start > 0:
        top = min(top, layout.body_start)
    pos = 0
    lines = text[:top].split("\n")
    for i, line in enumerate(lines):
        words = len(line.split())
        if words >= 15 and not _long_title(line, lines[i + 1 :]):
            return pos
        # prose wrapped at a fixed width (e-mail, plain text): three full lines running on,
        # the first not closed by a stop
        if (
            words >= 8
            and not line.rstrip().endswith((".", ":"))
            and i + 2 < len(lines)
            and all(len(lines[j].split()) >= 6 for j in (i + 1, i + 2))
        ):
            return pos
        pos += len(line) + 1
    return top


def _long_title(line: str, below: list[str]) -> bool:
    """A long title, not prose: no stop at its end, and the next line that holds anything is
    short ("Declaración de Santa Cruz de la Sierra - IX Conferencia de Ministros de Defensa de
    las Américas" over "27 de noviembre de 2010")."""
    if line.rstrip().endswith((".", ":", ";", ",")):
        return False
    following = next((b for b in below if b.strip()), "")
    return 0 < len(following.split()) < 8


def _date_line(
    text: str, layout: Layout, fixed: list[DateMention], besides: Meeting | None = None
) -> DateMention | None:
    """The document's own date on a line of its own above the prose ("(Octubre de 1999)"); not
    the days of the meeting `besides`, when given (an event page's card, "June⏎17 - 20⏎2024",
    above its own date, "Apr 9, 2024"), unless a page's stamp gives them."""
    top = _first_prose(text, layout)
    lines = [d for d in fixed if d.begin < top and (_alone_on_line(text, d) or _stamp(text, d))]
    if besides is not None:  # a page's stamp dates the page, whatever it names
        lines = [
            d
            for d in lines
            if (d.start or d.end, d.end) != (besides.start, besides.end) or _stamp(text, d)
        ]
    return lines[0] if lines else None


# A page's stamp: "Actualizado 27/05/2013 10:27", "Published: 3 May 2019", "Fecha de
# publicación: 22 Enero 2017".
_STAMP_WORDS = (
    r"[ \t]*(?:actualizad[oa]|publicad[oa]|(?:last\s+)?updated|published|posted"
    r"|fecha\s+de\s+(?:publicaci[óo]n|actualizaci[óo]n)|(?:date\s+of\s+)?publication(?:\s+date)?)"
)
_STAMP_HEAD = re.compile(rf"{_STAMP_WORDS}[ \t]*:?[ \t]*", re.IGNORECASE)
# …or its label alone on the line above the date: "Fecha de publicación: ⏎22 Enero 2017"
_STAMP_LABEL = re.compile(rf"{_STAMP_WORDS}[ \t]*:[ \t]*", re.IGNORECASE)
# …an hour after it ("10:27", "9:03 AM") and who posted it ("by Jid Webmaster"), or nothing
_STAMP_TAIL = re.compile(
    r"(?:[ \t,-]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*(?:h|[AaPp]\.?[Mm]\.?))?)?"
    r"(?:[ \t,]+(?:by|por)[ \t]+[^\n]{1,60})?"
    # …or the stamp of its last change: "Published 23/10/2014 11:55:50 Last Modified 23/10/2014
    # 11:59:43"
    r"(?:[ \t]+(?:[Ll]ast[ \t]+)?(?:[Mm]odified|[Uu]pdated)[ \t]*:?[ \t]*[\d/.: -]{6,30})?[ \t]*$",
    re.MULTILINE,
)


# A byline before a bar, then the date and its hour: "Sharon Cascante scascante@larepublica.net |
# Martes 25 junio, 2013 12:00 a. m."
_BYLINE = re.compile(rf"[^\n|]{{1,80}}\|[ \t]*(?:{WEEKDAY_NAME},?[ \t]+)?", re.IGNORECASE)
_HOUR_ENDS_LINE = re.compile(
    r"[ \t,-]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:h|[AaPp]\.?[ \t]?[Mm]\.?))?[ \t]*$", re.MULTILINE
)


# A heading over the meetings to come: "Next sessions", "Próximas reuniones".
_UPCOMING_HEADING = re.compile(
    r"^[ \t]*(?:(?:next|upcoming|forthcoming|future)\s+(?:sessions?|meetings?|events?)"
    r"|pr[óo]xim[oa]s\s+(?:reuniones|sesiones|eventos|actividades))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _under_upcoming(text: str, d: DateMention) -> bool:
    """A heading over the meetings to come stands in the 300 characters before the date."""
    return _UPCOMING_HEADING.search(text, max(0, d.begin - 300), d.begin) is not None


# The label of a page's later update, and of its publication, before the date on its line or
# alone on a line above it: "Last Updated⏎⏎23 September 2020", "Published on⏎01 December 2011".
_UPDATED_LABEL = re.compile(
    r"[ \t]*(?:last\s+updated|last\s+modified|updated|actualizad[oa]|[úu]ltima\s+actualizaci[óo]n)"
    r"(?:\s+on)?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_PUBLISHED_LABEL = re.compile(
    r"[ \t]*(?:published|posted|publicad[oa]|fecha\s+de\s+publicaci[óo]n)(?:\s+on|\s+el)?"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_LABEL_LINES = 3  # how many lines above a date its label may stand, blank ones included


def _labelled(text: str, d: DateMention, label: re.Pattern[str]) -> bool:
    """`label` stands before the date on its line, or alone on the nearest line above that
    holds anything."""
    line_start = start_of_line(text, d.begin)
    if label.fullmatch(text, line_start, d.begin):
        return True
    # read up to the first character that is not a space, not copied: a line may be a whole text
    if _LEADING_SPACE.fullmatch(text, line_start, d.begin) is None:
        return False
    stop = line_start - 1
    for _ in range(_LABEL_LINES):
        if stop < 0:
            break
        start = start_of_line(text, stop)
        if text[start:stop].strip():
            return label.fullmatch(text, start, stop) is not None
        stop = start - 1
    return False


def _stamp(text: str, d: DateMention) -> bool:
    """A date that a page's stamp line holds, an hour after it or nothing; a byline's date,
    its hour after it; or a line of a date and its hour alone ("Friday, 27 November 2020
    15:16", "21 de octubre de 2019 - 12:14 p. m.")."""
    line_start = start_of_line(text, d.begin)
    if ROW_OPENING.fullmatch(text, line_start, d.begin) and _HOUR_ENDS_LINE.match(text, d.stop):
        return True
    if _STAMP_HEAD.fullmatch(text, line_start, d.begin) is not None or (
        line_start > 0
        and not text[line_start : d.begin].strip()
        and _STAMP_LABEL.fullmatch(text, start_of_line(text, line_start - 1), line_start - 1)
    ):
        return _STAMP_TAIL.match(text, d.stop) is not None
    return (
        _BYLINE.fullmatch(text, line_start, d.begin) is not None
        and _HOUR_ENDS_LINE.match(text, d.stop) is not None
    )


_OPENER_REACH = 200  # how far into a paragraph its recital opener ends


def _in_recital(text: str, layout: Layout, d: DateMention) -> bool:
    para = layout.paragraph_at(d.begin)
    if para is None:
        return False
    # a recital's opener starts its paragraph: only its first words are folded
    head = text[para.text_begin : min(d.begin, para.text_begin + _OPENER_REACH)]
    return cues().recital.match(fold(head)) is not None


def _line_bounds(text: str, begin: int, stop: int) -> tuple[int, int] | None:
    """Where the line that holds [begin, stop) starts and ends, or None when it runs on more
    than _LINE_REACH either side: a line of a whole text, where no check of a short line
    holds, and whose ends are not searched for."""
    line_start = text.rfind("\n", max(0, begin - _LINE_REACH), begin) + 1
    line_end = text.find("\n", stop, stop + _LINE_REACH)
    if (line_start == 0 and begin > _LINE_REACH) or (
        line_end < 0 and stop + _LINE_REACH < len(text)
    ):
        return None
    return line_start, line_end if line_end >= 0 else len(text)


def _line_of(text: str, d: DateMention) -> str:
    """The line a date is on, stripped; of a line longer than _LINE_REACH on either side, as
    much as that (no check of a short line can hold then)."""
    line_start = text.rfind("\n", max(0, d.begin - _LINE_REACH), d.begin) + 1
    if line_start == 0 and d.begin > _LINE_REACH:
        line_start = d.begin - _LINE_REACH
    line_end = text.find("\n", d.stop, d.stop + _LINE_REACH)
    if line_end < 0:
        line_end = min(len(text), d.stop + _LINE_REACH)
    return text[line_start:line_end].strip()


_LINE_REACH = 2000  # how far a line is read on either side of a date


def _alone_on_line(text: str, d: DateMention) -> bool:
    """A date that is its line, bar brackets and stops: "(Octubre de 1999)", "30/01/2014"."""
    return _line_of(text, d).strip("()[].,;: ") == text[d.begin : d.stop].strip("()[].,;: ")


def _intro_before(text: str, d: DateMention) -> bool:
    return _told_met(text, start_of_line(text, d.begin), d)


def _told_met(text: str, lo: int, d: DateMention) -> bool:
    """An intro clause from `lo` on says the meeting met on `d` ("se realizó en San Salvador…
    el"), not that it is to come: not "decided to hold its next meeting on 12 and 13 October
    2022", nor "Other conferences will be the … Meeting in Vienna (October 16/17, 2012)"."""
    intro = _INTRO.search(text, max(lo, d.begin - 120), d.begin)
    return (
        intro is not None
        and not _told_ahead(text[max(lo, intro.start() - 40) : d.begin])
        and not _told_ahead(_clause_to(text, d.begin))
    )


def _capitals(line: str) -> bool:
    """A title line in capitals: "SAN SALVADOR, EL SALVADOR 27, 28 Y 29 DE OCTUBRE DE 1999."."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


# A meeting the text names as an earlier one: "La reunión anterior se realizó los días…", "the
# previous session, held on…", "at its last meeting".
_EARLIER_MEETING = re.compile(
    r"\b(?:reuni[óo]n|sesi[óo]n|cumbre|conferencia|encuentro|taller)\s+(?:anterior|previa|pasada"
    r"|precedente)\b|\b(?:[úu]ltim[oa]|anterior)\s+(?:reuni[óo]n|sesi[óo]n|cumbre|conferencia"
    r"|encuentro)\b"
    # …with the meeting's name between, not a part of it: "The last BSF-BGB border Coordination
    # Conference was held from September 16 to 19", not "the last day of the meeting"
    r"|\b(?:previous|last|preceding|prior|past)\s+(?:(?!of\b)[\w.-]+\s+){0,6}"
    r"(?:meeting|session|summit|conference|round|talks)\b"
    # a meeting whose outcome the text recalls: "los mandatos presidenciales emanados del
    # encuentro entre los presidentes …, celebrado en Ciudad de México, el 30 de octubre de 2019"
    # (not "Aprobado en la reunión virtual que el GRCM celebró el martes 9 de febrero": the text's
    # own)
    r"|\b(?:emanad|derivad)[oa]s?\s+(?:de|del)\s+(?:la\s+)?"
    r"(?:encuentro|reuni[óo]n|cumbre|sesi[óo]n|conferencia)\b"
    r"|\b(?:emanating|stemming)\s+from\s+the\s+(?:\w+\s+)?(?:meeting|summit|session|conference)\b"
    # the slot a resumed or moved meeting was first given: "was originally convened from 12 to
    # 16 June", "inicialmente prevista para"
    r"|\b(?:originally|initially|first)\s+(?:convened|held|scheduled|planned)\b"
    r"|\b(?:originalmente|inicialmente)\s+(?:convocad|celebrad|previst|programad)[oa]s?\b",
    re.IGNORECASE,
)


def _meeting(
    text: str, layout: Layout, fixed: list[DateMention], lang: str, index: TextIndex, body: Body
) -> Meeting:
    """Read the meeting's body, place, dates and participants from the document's head."""
    g = index.gazetteer
    head_stop = layout.body_start if layout.body_start > 0 else min(len(text), 1500)
    head_stop = min(head_stop, 4000)
    head = text[:head_stop]
    # a news item's dateline that opens the text: a meeting its prose dates before it is one
    # it recalls ("09 June 2017. – … extended by Decision 564 of the Regular Meeting … held in
    # Caracas on 26 and 27 October and 12 December 2016")
    opening = next((d for d in fixed[:1] if d.begin < _OPENING_REACH and _dateline(text, d)), None)
    when = _meeting_date(
        text,
        layout,
        [
            d
            for d in fixed
            if d.begin < head_stop
            and (opening is None or d is opening or d.end >= opening.end)
            and d.form in ("day", "range")
            and d.precision in ("day", "week")
            and _meeting_length(d)
            and not _told_ahead(_clause_to(text, d.begin))
            and not _earlier_meeting(text, d.begin)
            and (layout.body_start > 0 or _states_meeting_date(text, d) or _opens_done(text, d))
        ],
    )
    place = None
    if when is not None:
        places = index.places(0, head_stop)
        near = [p for p in places if p.begin < when.begin] or places
        place = near[0].canonical if near else None
    if place is None and _VIRTUAL.search(head):
        place = "Virtual"
    # Participants: the intro sentence that names who took part.
    countries: tuple[str, ...] = ()
    intro = re.search(
        r"(?:participaci[óo]n|presencia|participation|presence|delegaciones|delegations|reunidos|meeting\s+in)[^.]*",
        head,
        re.IGNORECASE,
    )
    if intro:
        named = [
            a.canonical
            for a in index.actors(intro.start(), intro.end())
            if a.canonical in g.members
        ]
        if named:
            countries = tuple(dict.fromkeys(named))
        elif re.search(r"pa[íi]ses\s+miembros|member\s+countries", intro.group(), re.IGNORECASE):
            countries = g.members
    return Meeting(
        title=_title(text, head_stop),
        body=body.label,
        place=place,
        start=(when.start or when.end) if when else None,
        end=when.end if when else None,
        lang=lang,
        countries=countries,
    )
