"""A speaker's report joined to a commitment by a pronoun in one sentence: "Dr Vane said that GP
practices were not always aware of the duty, and she undertook to raise this with the committee."
The commitment is the speaker's (as "… and that she would raise this" already is), unless another
titled person is named between them. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

DOC = ("Fellside Community Safety Partnership\n\nMINUTES of a meeting held on 4 October 2018\n\n"
       "PRESENT: Mr A Pike (Chairman), Dr L Vane (Fellside NHS), Mr T Reed (Lakeby Police)\n\n"
       "1.\tDomestic Homicide Reviews\n\n"
       "Members discussed the reviews. Dr Vane said that GP practices were not always aware of their duty "
       "to contribute to a review, and she undertook to raise this with the Local Medical Committee.\n\n"
       "2.\tPolice update\n\n"
       "Mr Reed said that Mr Pike had asked for the figures, and he undertook to send them.\n")


def test_a_pronoun_commitment_after_a_report_is_the_speakers_action():
    assert ("1", ["Dr Vane"], False) in owners(extract_text(DOC))


def test_another_titled_person_between_speaker_and_pronoun_leaves_the_owner_unknown():
    assert not any(n == "2" for n, _, _ in owners(extract_text(DOC)))
