"""Classroom mode, the parts with no pygame: teams, session plans, discussion moments, the grown-ups'
gate question, and anonymous class results (device files, CSV, hardest questions).

The printable PDFs are in `printables.py`; it needs fpdf2 and is imported only on the desktop, when a
teacher asks for a PDF (never by code the browser runs).
"""
