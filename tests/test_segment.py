"""Unit tests of the segment stage and the date helpers (small documents written for the tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import find_dates, find_time, parse_date, parse_time
from kgraph.model import SourceText
from kgraph.read import read_text_bytes
from kgraph.segment import (analyse_affiliation, initials_of, is_office_holder_body, looks_like_affiliation, segment,
                            split_lines, split_slash_organisations, title_case_if_shouting, venue_after)


def seg(text: str):
    return segment(read_text_bytes(text.encode(), "<test>"))


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, expected", [
    ("Monday, 26 September 2011", dt.date(2011, 9, 26)),
    ("Wednesday, 12th July, 2023 10.00 am", dt.date(2023, 7, 12)),
    ("14/03/2023", dt.date(2023, 3, 14)),
    ("14/03/23", dt.date(2023, 3, 14)),
    ("5 June 2008", dt.date(2008, 6, 5)),
    ("July 12, 2023", dt.date(2023, 7, 12)),
    ("2023-03-14", dt.date(2023, 3, 14)),
    ("in November 2012", None),
    ("from 14 July to 16 October", None),
    ("31 February 2020", None),
    ("2012/13", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dates_gives_spans_in_order():
    text = "held on 20 May 2011 and again on 14/03/2012."
    found = find_dates(text)
    assert [d for d, _ in found] == [dt.date(2011, 5, 20), dt.date(2012, 3, 14)]
    assert [text[s.start:s.end] for _, s in found] == ["20 May 2011", "14/03/2012"]


@pytest.mark.parametrize("text, expected", [
    ("10.00 am", dt.time(10, 0)), ("2.00pm", dt.time(14, 0)), ("14:00", dt.time(14, 0)),
    ("6.30 p.m.", dt.time(18, 30)), ("12 noon", dt.time(12, 0)), ("paragraph 4.4", None), ("", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def test_find_time_span():
    time, span = find_time("2023 10.00 am")
    assert time == dt.time(10) and "2023 10.00 am"[span.start:span.end] == "10.00 am"


# --------------------------------------------------------------------------- helpers

def test_split_lines_sets_markup_aside_but_keeps_offsets():
    text = "##### **23. Apologies**\n\n*(Item A1)*\n"
    lines = split_lines(text)
    assert lines[0].content(text) == "23. Apologies" and lines[0].heading
    assert lines[2].content(text) == "(Item A1)"


def test_title_case_if_shouting():
    assert title_case_if_shouting("KENT COMMUNITY SAFETY PARTNERSHIP") == "Kent Community Safety Partnership"
    assert title_case_if_shouting("HM PRISON SERVICE AND KCSP") == "HM Prison Service and KCSP"
    assert title_case_if_shouting("Already Mixed case") == "Already Mixed case"


def test_slash_organisations():
    assert split_slash_organisations("KCC/NHS") == ["KCC", "NHS"]
    assert split_slash_organisations("Maidstone BC/CSP") == ["Maidstone BC", "Maidstone CSP"]
    assert split_slash_organisations("Kent Police/KCC") == ["Kent Police", "KCC"]


def test_affiliations():
    assert analyse_affiliation("Chairman") == ([], "Chairman")
    assert analyse_affiliation("County Cabinet Member and Vice-Chair of the Board") == ([], "Vice-Chair")
    assert analyse_affiliation("KCC Cabinet Member and Chairman of the Partnership") == (["KCC"], "Chairman")
    assert analyse_affiliation("Kent and Medway Chief Executives") == (["Kent and Medway Chief Executives"], None)
    assert analyse_affiliation("Senior Analyst, Eastshire Police") == (["Eastshire Police"], "Senior Analyst")


def test_office_holders_are_organisations_and_department_words_stay_in_the_job_title():
    assert analyse_affiliation("Westshire Police and Crime Commissioner") == (
        ["Westshire Police and Crime Commissioner"], None)
    assert analyse_affiliation("Chief Executive, Office of the Police and Crime Commissioner") == (
        ["Office of the Police and Crime Commissioner"], "Chief Executive")
    assert analyse_affiliation("Democratic Services Officer") == ([], "Democratic Services Officer")
    assert analyse_affiliation("Westshire Police Inspector") == (["Westshire Police"], "Inspector")
    assert is_office_holder_body("Police, Fire and Crime Commissioner")
    assert not is_office_holder_body("Commissioner")


def test_posts_departments_and_names_with_commas_in_affiliations():
    assert analyse_affiliation("Area Commander, Westshire Police") == (["Westshire Police"], "Area Commander")
    assert analyse_affiliation("Designated Nurse Safeguarding Children, NHS Westshire ICB") == (
        ["NHS Westshire ICB"], "Designated Nurse Safeguarding Children")
    assert analyse_affiliation("Corporate Director, Public Health and Social Care, Westshire County Council") == (
        ["Westshire County Council"], "Corporate Director, Public Health and Social Care")
    assert analyse_affiliation("Avon, Somerset and Wiltshire Community Rehabilitation Company") == (
        ["Avon, Somerset and Wiltshire Community Rehabilitation Company"], None)
    # a role before the list of places is not a place
    assert analyse_affiliation("Chair, Bath & Wells District Council") == (["Bath & Wells District Council"], "Chair")
    assert analyse_affiliation("Office of the Police and Crime Commissioner for Westshire") == (
        ["Office of the Police and Crime Commissioner for Westshire"], None)
    assert analyse_affiliation("Eastvale Borough Council, notes") == (["Eastvale Borough Council"], None)


def test_one_per_line_attendance_keeps_the_body_after_a_role_marker():
    text = ("WESTSHIRE COMMUNITY SAFETY PARTNERSHIP\n\nNotes of the meeting held on 3 March 2015\n\n"
            "Present:\nAB  Alan Brook (Chair)   Westshire District Council\n"
            "CD  Carol Dean               Westshire Police\n\n"
            "Also present: Eve Fox – Service Manager, SAFE\n\n1. Welcome\n\nAB welcomed members.\n")
    seg = segment(SourceText(path="w.txt", text=text, sha256="x", media_type="text/plain"))
    by_name = {e.name: e for e in seg.attendance}
    assert by_name["Alan Brook"].organisations == ["Westshire District Council"]
    assert by_name["Alan Brook"].role == "Chair"
    assert by_name["Eve Fox"].organisations == ["SAFE"] and by_name["Eve Fox"].role == "Service Manager"


def test_affiliation_pieces_of_a_comma_list():
    assert looks_like_affiliation("Medway Council") and looks_like_affiliation("Community Safety Manager")
    assert looks_like_affiliation("KCC")
    assert not looks_like_affiliation("Jo Hawkins") and not looks_like_affiliation("Cllr Ann Lee")


@pytest.mark.parametrize("line, venue", [
    ("held on 22 September 2021, 2.00pm – 4.00pm, via MS Teams", "MS Teams"),
    ("held on Thursday 14 March 2019 at 10:00, Swale House, Sittingbourne", "Swale House, Sittingbourne"),
    ("on 3 May 2020 at 2pm in the Council Chamber.", "Council Chamber"),
    ("on 3 May 2020, 2pm", None),
    ("on 3 May 2020, and the next on 4 June 2020", None),
])
def test_venue_after_the_date_or_time(line, venue):
    (date, span), = [d for d in find_dates(line)][:1]
    time = find_time(line[span.end:])
    start = span.end + (time[1].end if time else 0)
    found = venue_after(line, start)
    assert (line[found.start:found.end] if found else None) == venue


def test_attendance_paragraph_wrapped_over_lines():
    s = seg("Vale Board\n\n1 May 2020\n\nPRESENT: Cllr Ann Lee (Vale DC), Bob Mills (Vale\nPolice), Sue Park\n"
            "(NHS) and Tom Hart\n\n1. Welcome\n\nHello.\n")
    assert [(a.name, a.organisations) for a in s.attendance] == [
        ("Cllr Ann Lee", ["Vale DC"]), ("Bob Mills", ["Vale Police"]), ("Sue Park", ["NHS"]), ("Tom Hart", [])]


def test_initials_of_skips_titles():
    assert initials_of("Cllr Alice Brown") == "AB"
    assert initials_of("Alice Brown") == "AB"


# --------------------------------------------------------------------------- layouts and items

FORMAL = """## NORTHSHIRE COUNTY COUNCIL

### NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Northshire Community Safety Partnership held in the Blue Room, Shire Hall on Monday, 3 October 2016.

PRESENT: Rose Tyler (Northshire CC and Chairman of the Partnership), Mickey Smith (Shire Police), and Donna Noble (NHS/CC).

##### **41. Apologies**

*(Item A1)*

Noted

##### **42. Minutes**

*(Item A2)*

The notes of the meeting held on 4 July 2016 were agreed as a true record.

##### **Matters Arising**

Nothing raised.

## **43. Youth crime (oral)**

*(Item B1)*

- (1) The report was introduced.
- (2) Members discussed the figures.

**Action:** Mickey Smith
"""


def test_formal_layout_header_attendance_items():
    s = seg(FORMAL)
    assert s.layout == "formal" and s.warnings == []
    h = s.header
    assert (h.body, h.parent_body) == ("Northshire Community Safety Partnership", "Northshire County Council")
    assert (h.date, h.venue, h.start_time) == (dt.date(2016, 10, 3), "Blue Room, Shire Hall", None)
    assert FORMAL[h.body_span.start:h.body_span.end] == h.body
    assert [(a.name, a.organisations, a.role) for a in s.attendance] == [
        ("Rose Tyler", ["Northshire CC"], "Chairman"), ("Mickey Smith", ["Shire Police"], None),
        ("Donna Noble", ["NHS", "CC"], None)]
    assert [(i.number, i.code, i.title) for i in s.items] == [
        ("41", "A1", "Apologies"), ("42", "A2", "Minutes"), ("43", "B1", "Youth crime (oral)")]
    # the unnumbered "Matters Arising" heading stays inside item 42
    assert "Nothing raised." in FORMAL[s.items[1].body_span.start:s.items[1].body_span.end]
    youth = s.items[2]
    assert [p.enumerator for p in youth.paragraphs] == ["(1)", "(2)", None]
    assert FORMAL[youth.paragraphs[0].text_span.start:youth.paragraphs[0].text_span.end] == "The report was introduced."
    for item in s.items:
        assert FORMAL[item.span.start:item.span.start + len(item.number)] == item.number


MODERNGOV = """Agenda and minutes

Eastshire Safer Communities Board - Thursday, 9th March, 2023 2.00 pm

Venue: Council Chamber, Town Hall

Contact: Sam Clerk  01234 000000 Email: sam@example.org

Items
No. Item

7.

Minutes of the meeting held on 8 December 2022 pdf icon PDF 98 KB

Minutes:

RESOLVED that the minutes be approved.

8.

Performance Report pdf icon PDF 1 MB

Additional documents:

Minutes:

1.    The analyst presented the report.

2.    Members asked about burglary figures and the analyst said that ...  view the full minutes text for item 8.
"""


def test_moderngov_layout():
    s = seg(MODERNGOV)
    assert s.layout == "moderngov"
    h = s.header
    assert (h.body, h.date, h.start_time, h.venue, h.contact) == (
        "Eastshire Safer Communities Board", dt.date(2023, 3, 9), dt.time(14), "Council Chamber, Town Hall", "Sam Clerk")
    assert [(i.number, i.title) for i in s.items] == [
        ("7", "Minutes of the meeting held on 8 December 2022"), ("8", "Performance Report")]
    texts = [MODERNGOV[p.text_span.start:p.text_span.end] for p in s.items[1].paragraphs]
    assert texts == ["The analyst presented the report.", "Members asked about burglary figures and the analyst said that"]


def test_generic_layout_is_flagged():
    s = seg("A note of a chat\n\nWe talked about bins.\n")
    assert s.layout == "generic"
    assert any("generic" in w for w in s.warnings)


def test_empty_source_does_not_raise():
    s = segment(SourceText(path="<empty>", text="", sha256="0", media_type="text/plain"))
    assert s.items == [] and s.attendance == []
    assert any("date" in w for w in s.warnings)


# ---------------------------------------------------------------- round 3: layouts nobody had seen

def _seg(text: str):
    return segment(read_text_bytes(text.encode("utf-8"), "doc.txt"))


def test_a_council_on_the_first_line_is_the_parent_of_the_partnership_below_it():
    seg = _seg("Northtown Borough Council\n\nSafer Northtown Partnership Board\n\n"
               "Minutes of the meeting held on Tuesday 8 March 2022\n\n1. Welcome\n\nText.\n")
    assert seg.header.body == "Safer Northtown Partnership Board"
    assert seg.header.parent_body == "Northtown Borough Council"


def test_an_item_titled_present_holds_an_unlabelled_attendance_list():
    text = ("Agenda and minutes\n\nNorthshire Police and Crime Panel - Thursday, 3rd February, 2022 10.30 am\n\n"
            "Items\nNo. \tItem\n1.\n\nPresent\nMinutes:\n\n"
            "Councillor Ann Low (Chairman), Councillor Ben Hart and Cara Diaz (Independent Member).\n\n"
            "In attendance: Dev Rao (Chief Finance Officer).\n2.\n\nApologies for Absence\nMinutes:\n\nNone.\n")
    seg = _seg(text)
    assert [(e.name, e.list_kind) for e in seg.attendance] == [
        ("Councillor Ann Low", "present"), ("Councillor Ben Hart", "present"), ("Cara Diaz", "present"),
        ("Dev Rao", "in_attendance")]
    assert seg.attendance[0].role == "Chairman"


def test_honours_after_a_name_are_not_part_of_it():
    text = ("MINUTES of a meeting of the Example Partnership held on 9 July 2014 at 10.00 am.\n\n"
            "PRESENT: Mr M Hill, OBE (Chairman), Mrs L Okwu MBE (Fire Service) and Mr J Obe (Police).\n\n"
            "1. Apologies\n\nNone.\n")
    names = [a.name for a in segment(SourceText(path="x.txt", text=text, sha256="x", media_type="text/plain")).attendance]
    assert "Mrs L Okwu" in names and "Mr M Hill" in names
    assert "Mr J Obe" in names            # a surname is not an honour: the match is case-sensitive
