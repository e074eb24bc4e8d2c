"""Segment stage: :class:`SourceText` → :class:`Segmented` (header, attendance, items, paragraphs).

The layout is recognised from features of the text, never from the file:

* ``moderngov`` – a committee-system web page: "Agenda and (draft) minutes", a header line
  "BODY - Weekday, 12th July, 2023 10.00 am", "Venue:"/"Contact:" lines, item numbers alone on
  a line followed by a title line with web residue ("pdf icon PDF 215 KB"), "Minutes:" furniture.
* ``formal`` – typed formal minutes: "MINUTES of a meeting of X held in VENUE on DATE",
  a "PRESENT:" list, numbered item headings "23. Apologies" (often Markdown headings/bold) with
  agenda codes "(Item A1)", enumerated paragraphs "(1)", "- (1)".
* ``generic`` – anything else: the same readers run best-effort and a warning is recorded.

Markdown markup never reaches titles or names, but every span indexes the original text.
Minutes are untrusted input: every regex here is linear (no nested quantifiers over the same
characters) and each line is visited a bounded number of times.

The stage is a package of modules by concern, each importing only from modules below it
(lowest first): lines, common, labels, headings, paragraphs, items_table, affiliation,
header_lines, header, attendance_entries, attendance_columns, attendance, matrix, absence_marks,
body, layout. This module re-exports the stage's entry points and the names other modules
(extract, entities, graph, pipeline, tests) import from ``kgraph.segment``.
"""
from __future__ import annotations

from .lines import split_lines, title_case_if_shouting
from .common import (_ACTION_LABEL, _alternation, chair_role_re, _compiled, english_half, job_re,
                     _org_word_re, terms)
from .labels import is_list_label, is_office_holder_body, split_slash_organisations, without_post_nominals
from .paragraphs import BARE_DECISION, is_department_name
from .items_table import cell_lines
from .affiliation import (_affiliation_text, analyse_affiliation, council_without_department,
                          _ends_like_a_body, initials_fit, initials_of, is_shouted_titled_name,
                          _list_of_places, looks_like_affiliation, parse_entry, _shouted_section_heading)
from .header_lines import venue_after
from .header import read_header
from .attendance_entries import _one_person_per_semicolon, struck_out_name
from .attendance import read_attendance
from .layout import detect_layout, segment

__all__ = ["segment", "detect_layout", "read_header", "read_attendance", "BARE_DECISION", "_ACTION_LABEL",
           "_affiliation_text", "_alternation", "_compiled", "_ends_like_a_body", "_list_of_places",
           "_one_person_per_semicolon", "_org_word_re", "_shouted_section_heading", "analyse_affiliation",
           "cell_lines", "chair_role_re", "council_without_department", "english_half", "initials_fit",
           "initials_of", "is_department_name", "is_list_label", "is_office_holder_body",
           "is_shouted_titled_name", "job_re", "looks_like_affiliation", "parse_entry", "split_lines",
           "split_slash_organisations", "struck_out_name", "terms", "title_case_if_shouting", "venue_after",
           "without_post_nominals"]
