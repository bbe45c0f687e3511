"""Printing through Qt only (no Word needed): a document's content as HTML, then preview, print or PDF."""
