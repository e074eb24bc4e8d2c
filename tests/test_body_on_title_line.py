"""The body a "Minutes of the meeting of the X held at …" sentence calls by its kind alone, named with
its place on the title line above ("Lakeshire Police and Crime Panel      2 February 2018")."""
from kgraph.extract import extract_text

MINUTES = """Lakeshire Police and Crime Panel                                                 2 February 2018

Unconfirmed

Minutes of the meeting of the Police and Crime Panel held at Fell House, 8 Mill Road, Lakeby on Friday, 2 February 2018 at 10:00 am.

Present:                      Councillor Jo Bloggs (Chairman), Lakeby District Council
                              Councillor Ann Webb, Lakeshire County Council

31.	Apologies for Absence

There were no apologies.

32.	Minutes of the Previous Meeting

The minutes of the meeting held on 17 November 2017 were confirmed as a correct record.
"""


def test_the_title_line_gives_the_body_its_place():
    header = extract_text(MINUTES).header
    assert header.body == "Lakeshire Police and Crime Panel"
    assert header.venue == "Fell House, 8 Mill Road, Lakeby"


def test_a_sentence_naming_the_body_in_full_keeps_it():
    text = MINUTES.replace("meeting of the Police and Crime Panel", "meeting of the Fellside Police and Crime Panel")
    assert extract_text(text).header.body == "Fellside Police and Crime Panel"


def test_a_document_word_before_the_name_is_no_place():
    text = MINUTES.replace("Lakeshire Police and Crime Panel  ", "Minutes Police and Crime Panel    ", 1)
    assert extract_text(text).header.body == "Police and Crime Panel"
