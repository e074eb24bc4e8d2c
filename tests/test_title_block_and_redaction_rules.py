"""One small invented document per rule for a header whose title runs over several lines (a group's
name under its partnership's, a theme-named board under its council) and for an attendance list with
names struck out ("[REDACTED]"). Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, people


def test_a_group_named_on_the_plain_line_under_its_partnership_is_the_meeting():
    text = ("Lakeside Safeguarding Adults Partnership\n\nDelivery Group\n\n"
            "Minutes – 4 March 2024, 10:00, Fell House\n\n"
            "Present\nAnn Webb – Business Manager – LSAP\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Lakeside Safeguarding Adults Partnership Delivery Group"


def test_a_board_named_in_capitals_under_its_partnership_is_the_meeting():
    text = ("FELLSHIRE COMMUNITY SAFETY PARTNERSHIP\nSERIOUS VIOLENCE BOARD\n\nMINUTES\n\n"
            "Date:\t\tTuesday 5 March 2024\nTime:\t\t2.00pm\n\n"
            "1. Welcome and apologies\nNone.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Fellshire Community Safety Partnership Serious Violence Board"


def test_the_partnerships_own_board_under_its_name_is_the_partnership():
    text = ("FELLSHIRE CRIME AND DISORDER PARTNERSHIP\n\nSTRATEGIC BOARD\n\n"
            "NOTES OF THE MEETING HELD ON WEDNESDAY 6 MARCH 2024 AT 2.00PM\n\n"
            "1. Welcome and apologies\nNone.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Fellshire Crime and Disorder Partnership"


def test_a_theme_named_board_under_a_borough_heading_takes_the_place():
    text = ("London Borough of Lakeside\nPrevent Partnership Board\n\n"
            "Record of meeting: Wednesday 6 March 2024, 10.30am\n\n"
            "Attendees:\nAnn Webb, Prevent Coordinator, Lakeside Council\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Lakeside Prevent Partnership Board"


def test_a_council_committee_under_its_council_takes_no_place():
    text = ("London Borough of Lakeside\nLicensing Committee\n\n"
            "Record of meeting: Wednesday 6 March 2024, 10.30am\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Licensing Committee"


def test_a_redacted_name_does_not_end_the_attendance_list():
    text = ("Lakeside Prevent Board\n\nMinutes: 6 March 2024\n\nAttendees:\n"
            "Ann Webb, Prevent Coordinator, Lakeside Council (Chair)\n"
            "[REDACTED], Counter Terrorism Policing, SO15\n"
            "Tom Hale, Head of Safeguarding, Lakeside Council\n"
            "[Name withheld], Home Office Regional Prevent Adviser\n"
            "Jo Bloggs, Named Nurse, Lakeside NHS Trust\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert [p[0] for p in people(extract_text(text))] == ["Ann Webb", "Tom Hale", "Jo Bloggs"]
