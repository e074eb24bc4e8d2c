"""A label the minutes print over every item's outcome ("Decision") can fall near the foot of most pages
of a short PDF; printed again and again in the body too, it is the document's own words, not a running
footer, and stays in the text. A real footer (only ever at the page foot) still goes. Small PDFs drawn
with fpdf2."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf

REPORT = [(15, "The panel considered a report by the Community Safety Manager on the quarter's figures."),
          (15, "Members asked about the patrols planned for the summer months in the town centre.")]


def item(number: int, title: str) -> list:
    """An item's lines: its heading, two lines of discussion, the "Decision" label and its outcome."""
    return [[(15, f"{number}. {title.upper()}")], None, REPORT[:1], REPORT[1:], None,
            [(15, "Decision")], [(15, "To note the terms of the report.")]]


def test_a_decision_label_at_the_foot_of_most_pages_stays(tmp_path):
    footer = [(15, "Fellside Council - Community Safety Panel - 4 March 2025")]
    pages = [
        [[(15, "MINUTE of MEETING of the COMMUNITY SAFETY PANEL held on 4 March 2025.")], None,
         *item(1, "Police performance"), None, *item(2, "Fire and rescue performance"), None, None, footer],
        [*item(3, "Antisocial behaviour strategy"), None, *item(4, "Drug and alcohol services"), None,
         *item(5, "Community safety grants"), None, None, footer],
        [*item(6, "Workplan"), None, None, footer],
    ]
    text = read_source(placed_pdf(tmp_path / "panel.pdf", pages)).text
    assert text.count("Decision") == 6
    assert "Fellside Council - Community Safety Panel" not in text
    minutes = extract_text(text)
    assert [len(i.decisions) for i in minutes.items] == [1] * 6
