"""An action log whose "RAG" column holds a bare colour and whose "Update (month)" column says what was
done: a row updated "Complete" is an earlier meeting's action finished, no task of this meeting; open rows
stay. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP BOARD\n\nMinutes of the meeting held on 12 June 2024\n\n"
           "Present:\nAnn Webb (Chair), Fellside Council\nTom Hale, Lakeby Police\n\n"
           "Item 1 – Welcome and apologies\n\n1.1\tAnn Webb welcomed members.\n\n"
           "Item 2 – Action log\n\n2.1\tAnn Webb took the Board through the action log.\n\n"
           "Ref\tAction\tOwner\tDue\tRAG\tUpdate (June 2024)\n"
           "FCP/24/01\tCirculate the draft plan for comment\tAnn Webb\t01/05/2024\tGreen\tComplete – circulated 3 May\n"
           "FCP/24/02\tReport on the use of the dispersal order\tTom Hale\t12/06/2024\tAmber\tDeferred to September\n\n"
           "Agreed: The Board noted the action log.\n\n"
           "Item 3 – Any other business\n\n3.1\tNone.\n")


def test_a_row_updated_complete_beside_a_bare_rag_colour_is_no_action():
    tasks = [" ".join(a.text.split()) for item in extract_text(MINUTES).items for a in item.actions]
    assert not any("draft plan" in t for t in tasks)
    assert any("dispersal order" in t for t in tasks)
