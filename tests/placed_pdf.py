"""Small PDFs for the reader's tests, drawn with fpdf2 a line at a time, each piece of text placed at
its own x, so that the layout (columns, hanging numbers, wrapped cells, page breaks) is known exactly."""
from __future__ import annotations

from pathlib import Path

TOP_MM, LINE_MM = 20, 5


def placed_pdf(path: Path, pages: list[list]) -> Path:
    """Write A4 pages in 10-point Helvetica to ``path``: each page a list of lines 5 mm apart from 20 mm
    down, each line the (x in mm, text) pieces on it; None, an empty line or an empty text leaves the
    place blank."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", "", 10)
    for page in pages:
        pdf.add_page()
        for row, line in enumerate(page):
            for x, text in line or ():
                if text:
                    pdf.text(x, TOP_MM + row * LINE_MM, text)
    pdf.output(str(path))
    return path
