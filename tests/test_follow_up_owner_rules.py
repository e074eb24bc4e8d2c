"""One small invented document per rule for who owns a follow-up named by its owner's standing: a
rank written before one attendee's name ("The Deputy Chief Constable offered to …") is that attendee's,
a follow-up after "but" ("X said … but offered to …") is the speaker's, and an offer of something by
initials from the key ("JS offered … volunteers") is a follow-up of the person the initials stand for.
Each test fails without its rule."""
from __future__ import annotations

from rdflib.namespace import FOAF

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.graph import KG
from kgraph.pipeline import build_dataset

from test_unseen_layouts import owners

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


def test_a_rank_written_before_one_attendees_name_owns_that_ranks_follow_up():
    text = ("Agenda and minutes\n\nLakes Police and Crime Panel - Tuesday, 8th February, 2022 10.00 am\n\n"
            "Attendance\n\nPresent:\n\nCouncillor Ann Webb (Chairman)\n\nAlso present:\n\n"
            "Deputy Chief Constable Paul Harding\n\nMr Tom Hale\n\n"
            "Items\nNo. Item\n\n40.\n\nPolicing update\n\nMinutes:\n\nCouncillor Webb asked about rural burglary. "
            "The Deputy Chief Constable offered to brief her on the new operation.\n")
    record = extract_text(text)
    assert [[o.name for o in a.owners] for i in record.items for a in i.actions] == [["Deputy Chief Constable"]]
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    holders = {str(name) for _, _, owner in dataset.triples((None, KG.assignedTo, None))
               for name in dataset.objects(owner, FOAF.name)}
    assert holders == {"Paul Harding"}       # the rank is his role, not part of his name (test_person_ranks)


def test_a_follow_up_after_but_belongs_to_the_speaker():
    text = (HEAD + "15. Crime figures\n\nMembers asked whether burglary had risen in the villages. Inspector Hale said "
            "there was no clear evidence of a rise but offered to provide ward-level figures for the next meeting.\n")
    assert owners(extract_text(text)) == [("15", ["Inspector Hale"], False)]


def test_an_offer_of_something_by_initials_from_the_key_is_a_follow_up():
    text = (HEAD + "Present:\nJenny Seddon (JS), Victim Support\nGail Thursby (GT), Lakes Council\n\n"
            "Item 6 – 16 Days of Action\n• GT outlined the campaign.\n• JS offered Victim Support volunteers for the stalls.\n"
            "• GT offered her thanks to the volunteers.\n")
    assert owners(extract_text(text)) == [("6", ["Jenny Seddon"], False)]


def test_a_sentence_ending_in_a_capital_letter_gives_the_next_owner_no_initial():
    text = (HEAD + "4. Precept\n\nMembers asked about the effect on households in Band A. Mr Hale agreed to "
            "circulate the reserves strategy before the next meeting.\n")
    assert owners(extract_text(text)) == [("4", ["Mr Hale"], False)]
