"""One small invented document per rule for attendance lists typed in columns: a name closed by its
initials in brackets followed by its body across a wide gap, the "ACTION" column head typed above
the first item under the apologies, and "Name, Post, Body" lines indented with tabs whose bodies do
not run on into the next line's name. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people


def test_a_body_typed_after_the_initials_column_is_the_attendees():
    text = ("      LAKESIDE COMMUNITY SAFETY PARTNERSHIP\n\n"
            "      MINUTES OF THE MEETING HELD ON THURSDAY 4 MARCH 2010 AT 9.30 AM\n\n"
            "      PRESENT:\n"
            "      Cllr Ann Webb              (AW)    Lakeside MBC (Chair)\n"
            "      Tom Hale                   (TH)    Fellshire Police\n\n"
            "1.    APOLOGIES FOR ABSENCE\n      None.\n\n2.    ANY OTHER BUSINESS\n      None.\n")
    assert people(extract_text(text)) == [("Cllr Ann Webb", ["Lakeside MBC"], "Chair", "present"),
                                          ("Tom Hale", ["Fellshire Police"], None, "present")]


def test_the_action_column_head_above_the_first_item_ends_the_apologies():
    text = ("      LAKESIDE COMMUNITY SAFETY PARTNERSHIP\n\n"
            "      MINUTES OF THE MEETING HELD ON THURSDAY 4 MARCH 2010 AT 9.30 AM\n\n"
            "      APOLOGIES:\n      Cllr Jo Bloggs, Tom Hale (Voluntary Action Lakeside)\n\n"
            "                                                                            ACTION\n"
            "1.    APOLOGIES FOR ABSENCE\n      Noted.\n\n2.    ANY OTHER BUSINESS\n      None.\n")
    assert [(p[0], p[1]) for p in people(extract_text(text))] == [("Cllr Jo Bloggs", []),
                                                                  ("Tom Hale", ["Voluntary Action Lakeside"])]


def test_a_body_closing_a_tab_indented_attendance_line_does_not_run_into_the_next_name():
    text = ("LAKESIDE COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES\n\n"
            "Date:\t\tTuesday 5 March 2024\n\n"
            "Members:\tAnn Webb, Strategic Lead Community Safety, Lakeside City Council\n"
            "\t\tTom Hale, Regional Employment Lead, Department for Work and Pensions\n"
            "\t\tJo Bloggs, Fellshire Combined Authority\n\n"
            "1. Welcome and apologies\nNone. This is a long line of prose to set the wrap width of the text "
            "well above the attendance lines.\n\n2. Any other business\nNone.\n")
    names = org_names(extract_text_with_mentions(text))
    assert "Department for Work and Pensions" in names
    assert not any("Jo Bloggs" in n for n in names)
