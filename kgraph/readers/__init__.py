"""Readers for the formats councils publish: web pages, PDF and Word.

Importing this package registers each reader in :data:`kgraph.read.READERS` under its media
type, so :func:`kgraph.read.read_bytes` dispatches to it.  Every reader takes the raw bytes and
the path as given and returns a :class:`kgraph.model.SourceText`; every failure is an
:class:`kgraph.model.InputError` with a one-line reason.
"""
from __future__ import annotations

from ..read import READERS
from .docx import MEDIA_TYPE as DOCX_MEDIA_TYPE
from .docx import read_docx
from .html import MEDIA_TYPE as HTML_MEDIA_TYPE
from .html import read_html
from .pdf import MEDIA_TYPE as PDF_MEDIA_TYPE
from .pdf import read_pdf

READERS[HTML_MEDIA_TYPE] = read_html
READERS[PDF_MEDIA_TYPE] = read_pdf
READERS[DOCX_MEDIA_TYPE] = read_docx

__all__ = ["read_html", "read_pdf", "read_docx"]
