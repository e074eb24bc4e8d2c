"""Minutes typed in Word without tables: each item a paragraph opened by a bold run-in heading
("**Item 3 – Minutes of the last meeting:** The minutes were reviewed …"), an apologies list one name
a line followed by another labelled list (the papers circulated), and a "Summary of new actions" after
the meeting closes whose due dates are deadlines, not meetings. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text

DOC = ("LAKEBY COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of the Partnership meeting\n\n"
       "Tuesday 12th March 2024, 14:00 – 15:30\nCouncil Chamber, Lakeby Town Hall\n\n"
       "Present:\nCllr Ann Webb (AW) – Lakeby District Council (Chair)\n"
       "Tom Reed (TR) – Community Safety Manager, Lakeby District Council\n"
       "Inspector Jo Hale (JH) – Fellside Police\n\n"
       "Apologies:\nMark Lamb, Fellside Fire and Rescue Service\nSue Pike, Lakeby Homes\n\n"
       "Papers circulated with the agenda:\nLakeby Strategic Assessment 2023/24\n"
       "Minutes and action log of 10.01.24\n\n"
       "**Item 1 – Welcome and introductions:** AW welcomed everyone to the meeting.\n\n"
       "**Item 2 – Minutes of the last meeting:** The minutes of the meeting held on 10th January 2024 "
       "were reviewed.\n\n"
       "RESOLVED: That the minutes of the meeting held on 10/01/2024 be agreed as an accurate record.\n\n"
       "**Item 3 – Police update:** JH gave the district update. Patrols with the Lakeby Community "
       "Wardens had continued on the seafront.\n\n"
       "JH will share the monthly hotspot maps with partners.   ACTION: JH\n\n"
       "**Item 4 – Date of next meeting:** Tuesday 11th June 2024, 14:00, Lakeby Town Hall.\n\n"
       "Meeting closed at 15:30.\n\n"
       "Summary of new actions\n"
       "1.  JH – share the monthly hotspot maps with partners – 30th April 2024\n")


def test_a_bold_numbered_title_run_into_its_text_is_an_item_heading():
    record = extract_text(DOC)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome and introductions"), ("2", "Minutes of the last meeting"),
        ("3", "Police update"), ("4", "Date of next meeting")]
    assert [len(i.decisions) for i in record.items][1] == 1


def test_the_summary_of_new_actions_after_the_last_item_dates_no_meeting():
    refs = {(r.relation, r.date.isoformat()) for r in extract_text(DOC).meeting_refs}
    assert ("next", "2024-06-11") in refs
    assert ("next", "2024-04-30") not in refs


def test_a_longer_label_after_a_blank_line_ends_a_one_a_line_list():
    names = [a.name for a in extract_text(DOC).attendance if a.list_kind == "apologies"]
    assert names == ["Mark Lamb", "Sue Pike"]


def test_community_wardens_named_for_their_area_are_a_body():
    text = "Patrols with the Lakeby Community Wardens had continued."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == \
        ["Lakeby Community Wardens"]
