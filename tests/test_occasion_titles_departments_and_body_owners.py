"""A web page's title line naming the occasion before the body, a council's department after its name,
and a body whose name holds "and" as one owner. Invented minutes; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation


def test_the_occasion_before_the_body_on_a_web_title_line_is_no_part_of_its_name():
    text = ("Agenda and minutes\n\nExtraordinary meeting, Lakeshire Community Safety Partnership - Tuesday, "
            "14th March, 2017 2.00 pm\n\nVenue: Council Chamber, County Hall, Lakeby\n\nItems\nNo. Item\n\n"
            "54.\n\nApologies\n\nMinutes:\n\nApologies were received from Mr A Webb.\n")
    assert extract_text(text).header.body == "Lakeshire Community Safety Partnership"


def test_a_councils_department_after_its_name_is_no_list_of_places():
    assert analyse_affiliation("Lakeby City Council, Highways and Transportation") == (["Lakeby City Council"], None)
    assert analyse_affiliation("Fellside Council, Parks and Leisure") == (["Fellside Council"], None)
    # the places a body serves, listed after its name, still belong to it
    assert analyse_affiliation("Probation Service, Kent, Surrey and Sussex")[0] == ["Probation Service, Kent, Surrey and Sussex"]


def test_a_body_whose_name_holds_and_is_one_owner():
    text = ("MINUTES of a meeting of the Lakeshire Community Safety Partnership held at County Hall, Lakeby on "
            "Tuesday, 14 March 2017.\n\nPRESENT: Mr A Webb (Chairman), Mrs J Hale (Lakes Police).\n\n"
            "1. Substance misuse\n\nIt was noted that the Lakeshire Drug and Alcohol Action Team would provide "
            "the lead for this priority.\n")
    owners = [o.name for it in extract_text(text).items for a in it.actions for o in a.owners]
    assert "Lakeshire Drug" not in owners
    # two attendees joined by "and" stay two owners
    both = text.replace("the Lakeshire Drug and Alcohol Action Team would", "Mr Webb and Mrs Hale would")
    owners = [o.name for it in extract_text(both).items for a in it.actions for o in a.owners]
    assert len(owners) == 2
