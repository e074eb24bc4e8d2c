"""Welsh-English bilingual minutes print each heading, label, place and time twice, the Welsh and
the English halves parted by a slash ("YN BRESENNOL / PRESENT:"), or give the Welsh name of the body
on a line of its own above the English one. The English half is read; the Welsh words that mark the
other half are data (minutes_terms.json, welsh_marker_words). Invented documents; each test fails
without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.segment import english_half

BILINGUAL = ("CYNGOR BWRDEISTREF SIROL GLANNAU / GLANNAU COUNTY BOROUGH COUNCIL\n\n"
             "PWYLLGOR DIOGELWCH CYMUNEDOL GLANNAU\nGLANNAU COMMUNITY SAFETY COMMITTEE\n\n"
             "COFNODION / MINUTES\n\n"
             "Dydd Mercher, 9 Mawrth 2022 / Wednesday, 9 March 2022\n\n"
             "Ystafell Bwyllgor 2, Swyddfeydd y Cyngor / Committee Room 2, Council Offices, Glannau – "
             "2.00 y.h. / 2.00 p.m.\n\n"
             "YN BRESENNOL / PRESENT:\n"
             "Councillor A. Rhys (Glannau County Borough Council) – Chair\n"
             "Mr B. Owen (Independent Member)\n\n"
             "Swyddogion yn bresennol / Officers present:\n"
             "Mrs C. Huws – Democratic Services Officer, Glannau County Borough Council\n\n"
             "1. APOLOGIES\n\nNone.\n")


def test_the_english_half_of_a_bilingual_line_is_read():
    line = "PANEL HEDDLU / POLICE PANEL"
    assert line[slice(*english_half(line, 0, len(line)))] == "POLICE PANEL"
    # no Welsh half: a slash inside a name keeps it whole
    line = "Kent / Medway Board"
    assert english_half(line, 0, len(line)) == (0, len(line))


def test_a_welsh_body_heading_gives_way_to_its_english_form():
    record = extract_text(BILINGUAL)
    assert record.header.body == "Glannau Community Safety Committee"
    assert record.header.parent_body == "Glannau County Borough Council"


def test_bilingual_attendance_labels_head_their_lists():
    record = extract_text(BILINGUAL)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Councillor A. Rhys", "present"), ("Mr B. Owen", "present"), ("Mrs C. Huws", "officers")]


def test_a_place_and_time_line_under_the_date_past_a_blank_line():
    record = extract_text(BILINGUAL)
    assert record.header.venue == "Committee Room 2, Council Offices, Glannau"
    assert record.header.start_time == dt.time(14, 0)
    english = BILINGUAL.replace("Ystafell Bwyllgor 2, Swyddfeydd y Cyngor / ", "").replace("2.00 y.h. / ", "")
    record = extract_text(english)
    assert (record.header.venue, record.header.start_time) == ("Committee Room 2, Council Offices, Glannau", dt.time(14, 0))
