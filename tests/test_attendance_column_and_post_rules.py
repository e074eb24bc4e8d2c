"""One small invented document per rule for the bodies read from an attendance list and the names
around it: a post's column makes the next column the person's body though its name has no head word,
a minister's or a headteacher's post is no body, a university "of" a place keeps its place, and two
list lines that both open with a name and a comma do not run together. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions, org_names


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


TABBED = ("LAKESHIRE COMMUNITY SAFETY PARTNERSHIP\n\n"
          "Minutes of the meeting held on Tuesday 14 May 2024 at 10:00\n\n"
          "Members present\n"
          "Deputy Jo Ray\tMinister for Home Affairs\tChair\n"
          "Mr Sam Tudor\tChief Executive\tFellside Refuge Support\n"
          "Ms Ann Lee\tHeadteacher\tLakeby Academy\n\n"
          "Minute No. 1/24\tWelcome\nThe Chair welcomed members.\n")


def test_a_post_column_makes_the_next_column_the_persons_body():
    assert "Fellside Refuge Support" in org_names(extract_text_with_mentions(TABBED))


def test_a_ministers_post_is_no_body():
    assert "Minister for Home Affairs" not in org_names(extract_text_with_mentions(TABBED))


def test_a_headteachers_post_is_no_body():
    text = ("Lakeby Safeguarding Partnership\nMinutes\nWednesday 15 May 2024\n\nPresent:\n"
            "Ann Lee – Headteacher, Lakeby High School – Schools representative\n"
            "Sam Tudor – Manager, Lakeby Council\n\n"
            "1. Welcome\nThe Chair welcomed members.\n")
    names = org_names(extract_text_with_mentions(text))
    assert "Headteacher" not in names and "Lakeby High School" in names


def test_a_university_of_a_place_keeps_its_place():
    assert _bodies("Dr Lee said that Fellside University of Lakeland had changed its policy.\n") == \
        ["Fellside University of Lakeland"]


def test_list_lines_opening_with_a_name_and_comma_do_not_run_together():
    text = ("Eleanor Whitfield, Designated Safeguarding Lead for students, Fellside University of Lakeland\n"
            "Marcus Greaves, Head of Adult Social Care Commissioning, Department for Work and Pensions\n"
            "Kelly Osei, Safeguarding Manager for the borough, Lakeby Housing Association Limited\n"
            "The meeting was opened by the Chair who welcomed all of the members to the board today.\n")
    bodies = _bodies(text)
    assert "Fellside University of Lakeland" in bodies
    assert "Department for Work and Pensions" in bodies
