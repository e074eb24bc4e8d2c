"""A Present list whose chairman has a line of his own ("(in the Chair)") above one paragraph naming
the other members as running text: both are read."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
LIST = ("PRESENT\n\nCouncillor A Brand (Lakes County Council) (in the Chair)\n\n"
        "Councillor Mrs B Cole (Kendal Town Council), Mr C Dent (Cumbria Fire and Rescue Service) and "
        "Ms D Eade (Head of Community Safety, Lakes County Council).\n\n")


def _present(text):
    return [(a.name, a.list_kind) for a in extract_text(text).attendance]


def test_chair_line_then_members_paragraph():
    text = HEAD + LIST + "Also in attendance: Mr E Fell (Democratic Services).\n\n1. Apologies\nNone.\n"
    assert _present(text) == [("Councillor A Brand", "present"), ("Councillor Mrs B Cole", "present"),
                              ("Mr C Dent", "present"), ("Ms D Eade", "present"), ("Mr E Fell", "also_present")]


def test_a_sentence_below_the_list_is_not_read_as_members():
    text = (HEAD + "PRESENT\n\nCouncillor A Brand (Lakes County Council) (in the Chair)\n\n"
            "Apologies for absence were submitted on behalf of Councillor F Gale (Eden District Council), "
            "Mr H Ince (Cumbria Police) and Dr J Kemp (Public Health).\n\n1. Apologies\nNone.\n")
    assert _present(text) == [("Councillor A Brand", "present")]


def test_a_sentence_saying_where_the_meeting_was_held_is_not_read_as_members():
    # its comma-separated address parts look like running names, but the line opens with a sentence
    text = ("Fellside Police and Crime Panel\n\nMonday, 4 March 2019\n\nPresent:\nCouncillor A Brand (Kendal Council)\n\n"
            "Also in attendance:\nMs D Eade (Clerk to the Panel)\n\n"
            "Meeting held in the Council Chamber, Riverside House, Mint Street, Fell Park, Kendal, "
            "commencing at 2.00 pm.\n\nFP/1/19 Apologies\n\nNone.\n")
    assert _present(text) == [("Councillor A Brand", "present"), ("Ms D Eade", "also_present")]


def test_chair_on_the_label_line_then_members_paragraph():
    """ "Present: Mr Brand (Chairman)", a blank line, then the other members as running text by title
    and surname: the paragraph is read as the rest of the list."""
    text = (HEAD + "Present: Mr Brand (Chairman)\n\nMrs Cole (Vice-Chairman), Dr Dent, Ms Eade, Mr Fell and Mrs Gale\n\n"
            "Apologies were received from Mr Hird\n\n1. Declarations\nNone.\n")
    assert _present(text) == [("Mr Brand", "present"), ("Mrs Cole", "present"), ("Dr Dent", "present"),
                              ("Ms Eade", "present"), ("Mr Fell", "present"), ("Mrs Gale", "present"),
                              ("Mr Hird", "apologies")]


def test_a_sentence_after_an_inline_present_list_is_not_read_as_members():
    text = (HEAD + "Present: Mr Brand (Chairman)\n\nThe Chairman welcomed Mr Cole, Dr Dent and Ms Eade to the meeting.\n\n"
            "1. Declarations\nNone.\n")
    assert _present(text) == [("Mr Brand", "present")]
