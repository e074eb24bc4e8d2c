"""Header, attendance and name rules met in committee minutes laid out in unfamiliar ways: bilingual
Markdown details tables and attendance labels, capitals-and-wrapped "A MEETING of … was held in …"
sentences, "Chair - Councillor …" lines, plural titles over a list of names, post-nominals and civic
titles around names. Invented documents; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

BILINGUAL_MARKDOWN = (
    "# Bwrdd Partneriaeth Diogelwch Cymunedol Glannau\n"
    "# Glannau Community Safety Partnership Board\n\n"
    "| | |\n|---|---|\n"
    "| **Dyddiad / Date** | Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025 |\n"
    "| **Amser / Time** | 14:00 – 16:00 |\n"
    "| **Lleoliad / Venue** | Hybrid – Tŷ Glannau, Porthmadog and Microsoft Teams |\n\n"
    "## Attendees / Yn bresennol\n\n"
    "| Name | Organisation | Role |\n|---|---|---|\n"
    "| Ffion Parry (Chair) | Glannau County Council | Head of Community Safety |\n"
    "| Dafydd Rowlands | North Wales Police | Inspector |\n\n"
    "## Apologies / Ymddiheuriadau\n\n"
    "| Name | Organisation |\n|---|---|\n"
    "| Gwen Morgan | Glannau County Council |\n\n"
    "## Item 1 – Welcome\n\nThe Chair welcomed members.\n\n"
    "## Item 2 – Knife crime\n\nThe Board noted the report.\n")


def test_a_bilingual_attendance_heading_with_its_welsh_half_after_heads_its_table():
    record = extract_text(BILINGUAL_MARKDOWN)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Ffion Parry", "present"), ("Dafydd Rowlands", "present"), ("Gwen Morgan", "apologies")]


def test_a_details_table_with_bilingual_labels_gives_time_and_venue():
    record = extract_text(BILINGUAL_MARKDOWN)
    assert record.header.start_time == dt.time(14, 0)
    assert record.header.venue == "Hybrid – Tŷ Glannau, Porthmadog and Microsoft Teams"
    # a second English word after the slash is no Welsh half: the row is not one field
    record = extract_text(BILINGUAL_MARKDOWN.replace("**Amser / Time**", "**Date / Time**"))
    assert record.header.start_time is None
