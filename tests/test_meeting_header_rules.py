"""One small invented document per rule for the meeting's header: which line names the body (a
document-kind heading such as "NOTES OF MEETING" or a notes heading naming only a generic body never
does, nor does the site navigation copied above a web page, which is no attendance list either), and
where the start time and venue are read (a Markdown details table, a "held in" venue wrapped over a
printed line, a virtual meeting line naming its platform). Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people


def test_site_navigation_copied_above_a_web_page_is_not_an_attendance_list():
    text = ("Skip to main content\nLakeland District Council\nSearch\n\nCouncillors\n\nCommittees\n\nCalendar\n\n"
            "Subscribe to updates\n\nHome\n\nCommittee structure\n\nLakes Scrutiny Committee\n\n"
            "Agenda and minutes\n\nAgenda and minutes\n\n"
            "Lakes Scrutiny Committee - Wednesday, 16th November, 2022 10.00 am\n\n"
            "Venue: Committee Room One, County Hall, Kendal.\n\n"
            "Attendance\n\nPresent:\n\nCouncillor Ann Webb (Chairman)\n\nCouncillor Tom Hale\n\n"
            "Items\nNo. Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    assert people(extract_text(text)) == [("Councillor Ann Webb", [], "Chairman", "present"),
                                          ("Councillor Tom Hale", [], None, "present")]


def test_a_document_kind_heading_is_never_the_body():
    text = ("Lakeshire Youth Violence Partnership Board\n"
            "Hosted by the Lakeshire Violence Reduction Unit\n\n"
            "NOTES OF MEETING\n\n"
            "Date: Tuesday 4 October 2022\nTime: 14:00\n\n"
            "Item 1 – Welcome\nThe Chair welcomed members.\n")
    record = extract_text_with_mentions(text)
    assert record.header.body == "Lakeshire Youth Violence Partnership Board"
    assert record.header.date == dt.date(2022, 10, 4)
    assert "Notes of Meeting" not in org_names(record) and "NOTES OF MEETING" not in org_names(record)


def test_a_meeting_notes_heading_above_the_board_line_is_not_the_body():
    text = ("MEETING NOTES\n\nRiverside Safer Streets Group\n\nDate: 3 May 2021\n\n"
            "1. Apologies\nNone.\n")
    assert extract_text(text).header.body == "Riverside Safer Streets Group"


def test_a_notes_heading_naming_only_a_generic_body_leaves_the_name_above_it():
    text = ("Lakes & Fell Safe Streets Partnership\n(Community Safety Partnership)\n\nNOTES OF THE PARTNERSHIP BOARD\n\n"
            "Date: Tuesday 18 October 2022\nTime: 2.00pm – 4.00pm\n\nPresent: Jo Marsh (Lakes Police).\n\n"
            "1\nWelcome\n• The Chair welcomed members.\n")
    assert extract_text(text).header.body == "Lakes & Fell Safe Streets Partnership"


def test_minutes_of_the_board_meeting_take_the_full_name_from_the_heading_above():
    # "the Board meeting" names the body by its kind: the heading ending with "Board" is its name
    text = ("FELLSIDE SAFEGUARDING ADULTS BOARD\n\nMinutes of the Board meeting held on Wednesday 3 May 2023, "
            "1.30pm\n\nPresent: Jo Marsh (Fellside Council).\n\n1. Apologies\nNone.\n")
    header = extract_text(text).header
    assert header.body == "Fellside Safeguarding Adults Board"
    assert header.date == dt.date(2023, 5, 3)


def test_a_markdown_details_table_gives_the_start_time_and_the_venue():
    text = ("# Lakes Community Safety Partnership\n\n**Strategic Group – Meeting record**\n\n| | |\n|---|---|\n"
            "| **Date** | Tuesday 9 November 2021 |\n| **Time** | 14:00 – 15:45 |\n"
            "| **Location** | Microsoft Teams meeting |\n\n## 1. Welcome\n\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert (header.date, header.start_time, header.venue) == (
        dt.date(2021, 11, 9), dt.time(14, 0), "Microsoft Teams meeting")


def test_a_held_in_venue_wrapped_over_a_printed_line_break_is_kept_whole():
    text = ("MINUTES of a meeting of the Lakes Police and Crime Panel held in the Council\n"
            "Chamber, County Hall, Kendal on Tuesday, 3 February 2015.\n\n1. APOLOGIES\n\nNone.\n")
    header = extract_text(text).header
    assert header.venue == "Council\nChamber, County Hall, Kendal"
    assert header.date == dt.date(2015, 2, 3)


def test_a_virtual_meeting_line_naming_its_platform_is_the_venue():
    text = ("LAKES COMMUNITY HARM BOARD\n\nMinutes of the meeting held on Thursday 10 September 2020, 10:00 – 12:15\n"
            "Virtual meeting via Microsoft Teams\n\nItem 1: Welcome\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert header.venue == "Virtual meeting via Microsoft Teams"


def test_a_start_time_written_before_the_date_and_the_place_under_it():
    # Scottish committee minutes: "10.30am, Thursday 4 March 2021", then the place after a blank line
    text = ("Lochside Council\n\nMinutes\n\nCommunities Committee\n\n10.30am, Thursday 4 March 2021\n\n"
            "Main Council Chamber, City Chambers, Lochside\n\nPresent\n\n"
            "Councillors Boyd (Convener), Frew and Laing.\n\n1. Minutes\n\nDecision\n\nTo approve the minute.\n")
    header = extract_text(text).header
    assert (header.date, header.start_time) == (dt.date(2021, 3, 4), dt.time(10, 30))
    assert header.venue == "Main Council Chamber, City Chambers, Lochside"


# a CMIS committee page: the title line parts the body from the date with a comma, and a section
# heading "Agenda and Minutes" follows the attendance tables
CMIS_PAGE = ("Meeting of Fellside Community Safety Board, Tuesday, 7th June, 2011 10.30 am\n\n"
             "Meeting Details\n\nVenue: Room 3, Civic Centre, Fellside\n\n"
             "Attendance Details\n\nPresent\nName\tRole\tOrganisation\n"
             "Councillor Ann Webb\tChair\tFellside Council\nTom Hale\tDistrict Commander\tFellside Police\n\n"
             "Agenda and Minutes\nItem\tDescription\n1.\tApologies\nMinutes:\nNone were received.\n")


def test_a_title_line_with_a_comma_before_the_weekday_gives_body_date_and_time():
    header = extract_text(CMIS_PAGE).header
    assert header.body == "Fellside Community Safety Board"
    assert header.date == dt.date(2011, 6, 7)
    assert header.start_time == dt.time(10, 30)


def test_a_title_line_without_the_meeting_of_lead_in_is_read_the_same():
    header = extract_text(CMIS_PAGE.replace("Meeting of ", "", 1)).header
    assert (header.body, header.date) == ("Fellside Community Safety Board", dt.date(2011, 6, 7))


def test_an_agenda_and_minutes_heading_ends_the_attendance_list():
    names = [a.name for a in extract_text(CMIS_PAGE).attendance]
    assert names == ["Councillor Ann Webb", "Tom Hale"]


# a web page's minutes copied as text where no numbered item is recognised: the whole text is read
# as header, so the rules below must hold without the items to bound it
MODERNGOV_PAGE = ("Fellside District Council\n\nAgenda, decisions and minutes\n\n"
                  "Cabinet - Tuesday, 7th March, 2023 2.00 pm\n\nVenue: Council Chamber, Town Hall, Kendal\n\n"
                  "Present: Councillors A Brook (Chair) and T Hale.\n\n"
                  "Minutes of the Previous Meeting\n\nRESOLVED – that the minutes of the meeting held on "
                  "7 February 2023 be confirmed.\n\nThe meeting ended at 3.10 pm\n\nChairman:\n\n"
                  "Date: Tuesday 4 April 2023\n")


def test_the_title_line_dates_the_meeting_not_the_signature_date_or_earlier_minutes():
    header = extract_text(MODERNGOV_PAGE).header
    assert header.date == dt.date(2023, 3, 7)
    assert header.start_time == dt.time(14, 0)


def test_a_body_named_by_its_kind_alone_is_the_councils_named_above_it():
    assert extract_text(MODERNGOV_PAGE).header.body == "Fellside District Council Cabinet"


def test_a_date_field_under_a_signature_label_is_not_the_meeting_date():
    text = ("Fellside Community Safety Partnership\n\nMinutes\n\nPresent: Ann Brook (Chair), Tom Hale\n\n"
            "Held on 6 June 2023\n\nThe meeting closed at 4pm.\n\nSigned: ……………\n\nDate: 5 September 2023\n")
    assert extract_text(text).header.date == dt.date(2023, 6, 6)


def test_a_details_table_with_its_labels_in_a_header_row_gives_time_and_venue():
    text = ("# Lakes Community Safety Partnership\n\n"
            "| Date | Time | Venue |\n|---|---|---|\n"
            "| Tuesday 7 May 2024 | 14:00 – 16:00 | Room 4, Kendal Town Hall, Highgate |\n\n"
            "**Present**\n\nAnn Webb – Chair, Lakes Council\n\n### Item 1 – Welcome\n\nNoted.\n")
    header = extract_text(text).header
    assert (header.date, header.start_time, header.venue) == (
        dt.date(2024, 5, 7), dt.time(14, 0), "Room 4, Kendal Town Hall, Highgate")


def test_a_group_heading_under_the_partnership_heading_names_the_meeting_body():
    text = ("# Lakes Community Safety Partnership\n\n## Delivery Board – Minutes\n\n"
            "Date: Tuesday 7 May 2024\n\n**Present**\n\nAnn Webb – Chair, Lakes Council\n\n"
            "### Item 1 – Welcome\n\nNoted.\n")
    assert extract_text(text).header.body == "Lakes Community Safety Partnership Delivery Board"
    executive = text.replace("Delivery Board", "Executive Group")
    assert extract_text(executive).header.body == "Lakes Community Safety Partnership Executive Group"
    assert extract_text(text.replace("Delivery Board", "Partnership Board")).header.body == \
        "Lakes Community Safety Partnership"
