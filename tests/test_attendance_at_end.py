"""Attendance minuted at the END, after the business, under its own heading ("## Attendance" with
"**Present:**" bullets and an "**Apologies:**" line): the lists are the meeting's attendance and
apologies, and they are no part of the last item's text."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import people

AT_END = """# Northby Safer Neighbourhoods Board

**Minutes of the meeting**
**Date:** 09/05/2023
**Time:** 10:00 – 12:00
**Venue:** Committee Room 1, Northby Town Hall

---

## 1. Welcome and introductions

The Chair welcomed members.

## 2. Date of next meeting

Tuesday 8 August 2023, 10:00, Northby Town Hall.

---

## Attendance

**Present:**
- Ann Vale (Chair, Northby Ward Panel)
- Tom Reed (Northshire Police)

**Apologies:** Jo Pike (Northshire Fire and Rescue Service)
"""


def test_closing_attendance_section_gives_the_lists():
    found = people(extract_text(AT_END))
    assert [(n, k) for n, _, _, k in found] == [("Ann Vale", "present"), ("Tom Reed", "present"),
                                                ("Jo Pike", "apologies")]
    assert found[1][1] == ["Northshire Police"]


def test_closing_attendance_section_is_not_in_the_last_item():
    record = extract_text(AT_END)
    last = record.items[-1]
    assert "Tom Reed" not in record.source.text[last.span.start:last.span.end]


def test_a_closing_heading_without_a_list_is_not_attendance():
    text = AT_END.replace("**Present:**\n- Ann Vale (Chair, Northby Ward Panel)\n- Tom Reed (Northshire Police)\n\n"
                          "**Apologies:** Jo Pike (Northshire Fire and Rescue Service)\n", "Recorded by the clerk.\n")
    assert people(extract_text(text)) == []
