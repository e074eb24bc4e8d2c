"""One small invented document per rule learnt from a blind batch of minutes (a typed board's notes
under a two-line heading, ModernGov pages and printed minutes): each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def action_owners(record):
    return [(it.number, [o.name for o in a.owners], a.explicit) for it in record.items for a in it.actions]


def org_names(record):
    return sorted({m.text for m in record.mentions.organisations})


def person_names(record):
    return sorted({m.text for m in record.mentions.people})


# --------------------------------------------------------------------------- header


def test_a_document_kind_heading_is_never_the_body():
    text = ("Lakeshire Youth Violence Partnership Board\n"
            "Hosted by the Lakeshire Violence Reduction Unit\n\n"
            "NOTES OF MEETING\n\n"
            "Date: Tuesday 4 October 2022\nTime: 14:00\n\n"
            "Item 1 – Welcome\nThe Chair welcomed members.\n")
    record = extract_text(text)
    assert record.header.body == "Lakeshire Youth Violence Partnership Board"
    assert record.header.date == dt.date(2022, 10, 4)
    assert "Notes of Meeting" not in org_names(record) and "NOTES OF MEETING" not in org_names(record)


def test_a_meeting_notes_heading_above_the_board_line_is_not_the_body():
    text = ("MEETING NOTES\n\nRiverside Safer Streets Group\n\nDate: 3 May 2021\n\n"
            "1. Apologies\nNone.\n")
    assert extract_text(text).header.body == "Riverside Safer Streets Group"
