"""What reads as a person's name: a name followed by its own initials in brackets (also in the
column of a two-column list), and owners that cannot be names (a task, a date, a lower-case word)."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.entities.people import looks_like_a_name
from kgraph.extract import extract_text

HEAD = "LAKES PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2019\n\n"


def people(text: str) -> list[str]:
    return [m.text for m in find_mentions(extract_text(text)).people]


def test_a_name_followed_by_its_own_initials_is_a_person():
    # in a list entry, or when the initials later stand for a speaker
    assert people(HEAD + "Nadia Quinn (NQ) - Lakes Police\n\n1. Welcome\nMembers met.\n") == ["Nadia Quinn"]
    assert people(HEAD + "1. Welcome\nFunding for Tomas Bellamy (TB) continues.\nTB explained the plan.\n") == \
        ["Tomas Bellamy"]
    # a term's acronym, or initials that are not the name's own, are no sign of a person
    assert people(HEAD + "1. Welcome\nThere were 12 National Referral Mechanism (NRM) referrals.\n") == []
    assert people(HEAD + "1. Welcome\nFunding for Turning Point (SK) continues.\n") == []


def test_a_name_in_the_second_column_or_on_the_next_line_of_a_list_is_found_alone():
    text = (HEAD + "Attendees                                  Apologies\n"
            "Ann Webb (AW) - Lakes District Council       Steve Arkle (SA) - Fell Council\n"
            "Paul Lath (PL) - Lakes County Council\n\n1. Welcome\nAW welcomed members.\n")
    found = people(text)
    assert "Steve Arkle" in found and "Paul Lath" in found


def test_an_owner_must_look_like_a_name():
    for name in ("Jo Smith", "Smith", "NQ", "Cllr J van Dyke", "Mr O'Neill"):
        assert looks_like_a_name(name), name
    for owner in ("Provide a breakdown of reoffending by offence type", "locality", "30 June 2023",
                  "LH by 30 June"):
        assert not looks_like_a_name(owner), owner


def test_a_title_written_once_for_a_list_is_no_part_of_the_first_name():
    text = (HEAD + "Present: Cllr A Boyd (Chairman), Cllrs J Ashby-Kemp, Councillor Mrs R Fell and Cllr D Kerr.\n\n"
            "1. Welcome\nMembers met.\n")
    out = find_mentions(extract_text(text))
    found = {m.text: m.key for m in out.people}
    assert found.get("J Ashby-Kemp") == "j-ashby-kemp"
    assert not [name for name in found if name.startswith("Cllrs")]


def test_names_in_a_running_text_apologies_list_are_people():
    # in a paragraph of the item, where no attendance list is read
    text = (HEAD + "1. Welcome\nThe Chair welcomed members. Apologies were received from Huw Pryce (Eden Council "
            "Education), Lakes Police, the Chair and Inspector Sian Mostyn (Cumbria Police).\n\n2. Updates\nNone.\n")
    found = people(text)
    assert "Huw Pryce" in found and "Inspector Sian Mostyn" in found
    assert not [p for p in found if "Lakes" in p or "Chair" in p]


def test_a_plural_title_in_an_apologies_list_titles_each_surname():
    text = HEAD + "1. Apologies\nApologies for absence were received from Councillors Marsh and Tebbit.\n"
    assert people(text) == ["Marsh", "Tebbit"]


def test_a_name_with_letters_beyond_ascii_is_read_whole():
    assert people(HEAD + "1. Welcome\nDr Zoë Ørsted said the plan was ready.\n") == ["Dr Zoë Ørsted"]


def test_a_councillor_title_may_name_the_tier_of_the_council():
    assert people(HEAD + "1. Welcome\nCounty Councillor Jo Firth said the scheme worked. "
                         "District Cllr Amir Shah agreed.\n") == ["County Councillor Jo Firth", "District Cllr Amir Shah"]


def test_a_body_named_in_the_attendance_list_is_no_person_where_it_speaks():
    text = (HEAD + "Present:\nJo Reed (JR) – Turning Point\nAl Fenn (AF) – Lakes Council\n\n"
                   "1. Welcome\nTurning Point offered drug treatment to both people referred.\n")
    assert people(text) == ["Jo Reed", "Al Fenn"]


def test_the_person_a_new_member_replaces_is_a_person():
    assert people(HEAD + "1. Welcome\nThe Chair welcomed Ruth Gell, who replaces Jim Barrow as the Lakes "
                         "Fire and Rescue Service representative.\n") == ["Ruth Gell", "Jim Barrow"]


def test_a_welsh_two_letter_initial_stays_inside_the_name():
    # "Ll." is one initial (Llywelyn): the name does not end before it
    assert people(HEAD + "1. Welcome\nThe Chair welcomed Mr G. Ll. Pryce to the meeting.\n") == ["Mr G. Ll. Pryce"]


def test_a_post_or_a_service_before_a_verb_of_speech_is_no_person():
    found = people(HEAD + "1. Complaints\nThe Legal Adviser reported two complaints. The Director: Housing & "
                   "Enforcement Services said that the figures had risen. Meradin Peachey said more was needed.\n")
    assert found == ["Meradin Peachey"]


def test_a_titled_name_keeps_a_middle_given_name_where_the_name_visibly_ends():
    found = people(HEAD + "1. Election of Chair\nCouncillor Aled Wyn Pryce was nominated. That Mrs Ceri Haf "
                   "Lloyd be elected Vice-Chair. Mr Tom Hale Kent Police attended.\n")
    assert "Councillor Aled Wyn Pryce" in found and "Mrs Ceri Haf Lloyd" in found
    assert "Mr Tom Hale" in found


def test_a_rank_before_a_column_gap_titles_no_name():
    text = (HEAD + "Attendees\nSupt Owen Tarn\tFell Area Commander\tCumbria Constabulary\n"
            "Simon Heald\tBorough Commander\tWest Midlands Fire Service\n\n1. Welcome\nSupt Tarn said hello.\n")
    assert not any("Commander" in p or "Constabulary" in p or "Midlands" in p for p in people(text))


def test_initials_with_more_letters_of_the_surname_are_the_persons_own():
    from kgraph.entities.people import are_own_initials
    assert are_own_initials("Angela Kerrow", "AKe")
    assert not are_own_initials("Angela Kerrow", "AKi")
    text = HEAD + "Present:\nAngela Kerrow (AKe) – Lakes Probation Area\n\n1. Welcome\nAKe said hello.\n"
    assert "AKe" not in {m.text for m in find_mentions(extract_text(text)).organisations}
