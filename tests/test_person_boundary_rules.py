"""One small invented document per rule for capitalised words that look like a person but name
nobody: a department's post on the contact line ("Democratic Services Officer") and the words of a
Bill's title before "would" ("… Sentencing and Courts Bill would …"). Each test fails without its
rule."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, person_names

HEAD = ("MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
        "PRESENT: Karl Dunmore (Youth Team), Mrs T Okafor (Lakes CCG), Mr P Hale (Lakes Police), "
        "Ms R Lund (Lakes Council)\n\n")


def test_a_post_on_the_contact_line_is_not_a_person():
    text = ("Agenda and minutes\n\nLakes Community Safety Partnership - Tuesday, 7th March, 2017 7.00 pm\n\n"
            "Venue: Council Chamber, Lakes House, Kendal\n\nContact: Democratic Services Officer 01539 417330 "
            "Email: democraticservices@lakes.gov.uk\n\nItems\nNo. Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    record = extract_text(text)
    assert record.header.contact is None
    assert [m.text for m in find_mentions(record).people] == []


def test_a_team_on_a_closing_contact_line_is_not_a_person():
    # printed minutes end with the office to write to, after the header has named no contact
    text = (HEAD + "5. Any other business\n\nNone.\n\nThe meeting closed at 12.35 pm.\n\n"
            "Contact: Democratic Services, Lakes House, Kendal LA9 4DL\n")
    names = person_names(extract_text_with_mentions(text))
    assert "Democratic Services" not in names and "Mr P Hale" in names


def test_the_words_of_a_bill_name_nobody():
    text = (HEAD + "5. Serious violence\n\nMr Hale introduced the update. The Police, Crime, Sentencing and Courts "
            "Bill would place a duty on specified authorities. The Victims and Prisoners Bill said little about it.\n")
    names = person_names(extract_text_with_mentions(text))
    assert "Courts Bill" not in names and "Prisoners Bill" not in names
    assert "Mr Hale" in names


def test_a_place_in_brackets_after_name_post_and_body_is_no_attendee():
    text = ("Lakes Community Safety Partnership Board\nNOTES OF MEETING\nDate: Thursday 24 November 2022\n\n"
            "Attendees:\nAnn Webb, Director of Community Safety, Lakes Council (Chair)\n"
            "Jo Bloggs, Head of Service, Lakes Probation Service (North Fell)\n"
            "Tom Hale, Borough Commander, Lakes Fire Service\n\n1. Welcome\n1.1 Noted.\n")
    entries = extract_text(text).attendance
    assert [a.name for a in entries] == ["Ann Webb", "Jo Bloggs", "Tom Hale"]
    assert entries[1].organisations == ["Lakes Probation Service"]
