"""Minutes of partnerships and boards named after their areas: a statutory board named by its theme
alone under its council's banner is the place's board; a Welsh body whose name opens with its kind
("Coleg …") is a body; an attendee's organisation named like a person owns no action; and a
printed forward plan whose date cells wrap before the year keeps each row whole. Each test fails
without its rule."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.readers.pdf import table_rows

HWB = ("LAKEBY COUNTY COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n"
       "MINUTES of a meeting of the HEALTH AND WELLBEING BOARD held on Thursday, 6 July 2023 at 2.00pm in "
       "Committee Room 1, County Hall, Lakeby.\n\nPRESENT\n\n"
       "Councillor Ann Webb (Chair) – Lakeby County Council\nTom Hale – Lakeby Police\n\n"
       "1/23 MINUTES\n\nRESOLVED that the minutes be confirmed as a correct record.\n\n"
       "2/23 DATE OF NEXT MEETING\n\nThe next meeting will be held on 5 October 2023.\n")


def test_a_theme_board_under_its_councils_banner_is_the_places_board():
    assert extract_text(HWB).header.body == "Lakeby Health and Wellbeing Board"


def test_a_council_committee_keeps_its_own_name():
    doc = HWB.replace("HEALTH AND WELLBEING BOARD", "AUDIT COMMITTEE")
    assert extract_text(doc).header.body == "Audit Committee"


CSP = ("LAKEBY COMMUNITY SAFETY PARTNERSHIP\n\n"
       "MINUTES OF THE MEETING HELD AT THE TOWN HALL, LAKEBY ON THURSDAY 20 SEPTEMBER 2018 AT 10.00 A.M.\n\n"
       "PRESENT:\nInspector Ann Webb (AW) – Lakeby Police (Chair)\nLowri Rhys (LR) – Tai Fellside\n"
       "Tom Hale (TH) – Lakeby Council\n\n"
       "1. PREVENT\n\nThe duty continued to apply to further education providers including Coleg Fellside.\n\n"
       "2. ANY OTHER BUSINESS\n\n"
       "AW reported an increase in grass fires. LR advised that Tai Fellside would share\n"
       "the messages with its tenants. [Action: LR]\n\n"
       "AW noted the figures on two wards. [Action: TH to provide figures for the third ward by December]\n")


def test_a_welsh_college_named_by_its_kind_first_is_a_body():
    names = {m.text for m in find_mentions(extract_text(CSP)).organisations}
    assert "Coleg Fellside" in names


def test_an_attendees_organisation_named_like_a_person_owns_no_action():
    owners = [[o.name for o in a.owners] for a in extract_text(CSP).items[1].actions]
    assert ["Tai Fellside"] not in owners
    assert ["Lowri Rhys"] in owners


def test_a_bracketed_action_marker_may_hold_the_task():
    actions = extract_text(CSP).items[1].actions
    assert any([o.name for o in a.owners] == ["Tom Hale"]
               and a.text == "TH to provide figures for the third ward by December" for a in actions)


def test_a_year_alone_under_a_day_and_month_goes_on_with_the_row():
    lines = ["Meeting date    Item                               Lead",
             "5 October       Serious violence – feedback        Dr Sam",
             "2023                                               Ives",
             "11 January      Drugs partnership annual report    Mia Ross",
             "2024"]
    rows = table_rows(lines, [0, 16, 51])
    assert [[" ".join(cell) for cell in row] for row in rows[1:]] == [
        ["5 October 2023", "Serious violence – feedback", "Dr Sam Ives"],
        ["11 January 2024", "Drugs partnership annual report", "Mia Ross"]]


def test_the_national_water_safety_charities_are_bodies():
    doc = CSP.replace("1. PREVENT\n\nThe duty continued to apply to further education providers including Coleg Fellside.",
                      "1. WATER SAFETY\n\nThe harbour team had run patrols on Lakeby beach with the RNLI and the "
                      "Royal Life Saving Society over the summer.")
    names = {m.text for m in find_mentions(extract_text(doc)).organisations}
    assert {"RNLI", "Royal Life Saving Society"} <= names
