"""Printed minutes of a committee "sitting as" another ("… SCRUTINY COMMITTEE, SITTING AS THE COUNCIL'S
CRIME AND DISORDER COMMITTEE"): the body is the committee; a hard-wrapped "Office of the Police, Fire and
Crime\\nCommissioner" is still one body; a rule of dashes after the apologies list (a page's footer below
it) closes the list. Invented minutes."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.extract import extract_text

SITTING = ("MINUTES OF THE MEETING OF THE COMMUNITY OVERVIEW & SCRUTINY COMMITTEE, SITTING AS THE\n"
           "COUNCIL'S CRIME AND DISORDER COMMITTEE, HELD ON MONDAY, 4TH MARCH, 2024 AT 7.00 PM\n"
           "IN THE COUNCIL CHAMBER, TOWN HALL, FELLSIDE\n\n"
           "Present:        Councillors Brook (Chairman), Dent and Moss\n\n"
           "1.    MINUTES OF THE LAST MEETING\n\n"
           "RESOLVED that the minutes of the last meeting of the Committee, held on Monday 8 January 2024,\n"
           "be approved as a correct record.\n\n"
           "2.    COMMUNITY SAFETY PARTNERSHIP\n\n"
           "The partnership includes Lakeside Police and the Office of the Police, Fire and Crime\n"
           "Commissioner for Lakeside (PFCC), which funds the wardens.\n")


def test_a_committee_sitting_as_another_is_the_body_and_its_last_meeting_is_still_found():
    record = extract_text(SITTING)
    assert record.header.body == "Community Overview & Scrutiny Committee"
    assert [(r.relation, r.date.isoformat()) for r in record.meeting_refs] == [("previous", "2024-01-08")]


def test_an_area_office_wrapped_over_two_lines_is_one_body():
    orgs = {m.text.replace("\n", " ") for m in find_mentions(extract_text(SITTING)).organisations}
    assert "Office of the Police, Fire and Crime Commissioner" in orgs
    assert "Office of the Police" not in orgs


def test_a_rule_of_dashes_after_a_blank_line_closes_the_apologies_list():
    text = ("FELLSIDE SAFER NEIGHBOURHOOD BOARD\n\nMinutes of the Board meeting held on Thursday 7th September "
            "2023, 6.30pm\n\nPresent:\nAnn Brook – Chair\nCarl Dent – Fellside Police\n\nApologies:\n"
            "Dee Moss – Fellside Council\n\n-------------------------------\n"
            "Fellside SNB | Board minutes 07.09.23 | DRAFT – subject to approval      Page 1 of 6\n"
            "-------------------------------\n\n1. Welcome\n\nWe noted the apologies.\n")
    record = extract_text(text)
    assert [(a.name, a.organisations) for a in record.attendance if a.list_kind == "apologies"] == \
        [("Dee Moss", ["Fellside Council"])]


def test_an_acronym_defined_after_a_long_form_with_commas_wrapped_over_two_lines():
    from kgraph.entities.acronyms import find_acronym_pairs
    text = ("The partnership includes Lakeside Police and the Office of the Police, Fire and Crime\n"
            "Commissioner for Lakeside (PFCC), which funds the wardens.")
    assert [(p.acronym, p.expansion) for p in find_acronym_pairs(text)] == \
        [("PFCC", "Police, Fire and Crime Commissioner for Lakeside")]
