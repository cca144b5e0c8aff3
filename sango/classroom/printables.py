"""Printable PDFs made from the lesson files: a lesson plan handout, a worksheet with an answer key, and
certificates with names typed at print time (used for the PDF only, never stored).

Desktop only: fpdf2 (with uharfbuzz to shape Arabic) is imported when a PDF is asked for, and nothing the
browser runs imports this module. Text is in the current language and uses the game's bundled fonts.
"""
from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

from .. import i18n
from ..content.model import Lesson, Question
from ..i18n import _, ngettext, tr
from ..paths import FONTS
from .discussion import BEFORE_QUIZ, END, moments
from .plans import OPENING_AND_WRAP_UP

FONT_FILES = {
    "latin": ("SangoReader-Regular.ttf", "SangoReader-Bold.ttf"),
    "arabic": ("SangoArabic-Regular.ttf", "SangoArabic-Bold.ttf"),
    "cjk": ("SangoSC-Regular.otf", "SangoSC-Bold.otf"),
}
MAX_NAMES = 60
MAX_NAME_LENGTH = 40


class PrintError(ValueError):
    """Something a teacher can fix (a name the fonts can't print, no lessons chosen...), said plainly."""


def band_label(band: str) -> str:
    return {"5-7": _("5 to 7 years"), "8-12": _("8 to 12 years"), "13+": _("13 and older")}[band]


def topic_label(topic: str) -> str:
    return {"bullying": _("Bullying"), "grooming": _("Tricky strangers"), "personal-data": _("Private info"),
            "netiquette": _("Being kind online")}[topic]


def _covered() -> set[int]:
    """Every character some bundled font can draw."""
    from fontTools.ttLib import TTFont

    chars: set[int] = set()
    for regular, _bold in FONT_FILES.values():
        with TTFont(str(FONTS / regular), lazy=True) as font:
            chars.update(font.getBestCmap())
    return chars


def missing_characters(text: str) -> list[str]:
    """Characters of `text` that none of the game's fonts has (spaces and line breaks don't count)."""
    covered = _covered()
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in covered})


def clean_names(text: str) -> list[str]:
    """Names for certificates, one a line (or separated by commas). PrintError when they can't be printed."""
    names = [n.strip() for line in text.replace(",", "\n").splitlines() for n in [line] if n.strip()]
    if not names:
        raise PrintError(_("Please type at least one name."))
    if len(names) > MAX_NAMES:
        raise PrintError(_("Please print at most {n} certificates at a time.").format(n=MAX_NAMES))
    for name in names:
        if len(name) > MAX_NAME_LENGTH:
            raise PrintError(_("This name is too long for a certificate: {name}").format(name=name[:MAX_NAME_LENGTH]))
    missing = missing_characters("".join(names))
    if missing:
        raise PrintError(_("The game's fonts can't print these letters: {letters}. Please write the name with "
                           "other letters, or by hand on the certificate.").format(letters=" ".join(missing)))
    return names


class _Document:
    """An A4 PDF in the current language: the right font, right-to-left for Arabic, shaped text."""

    def __init__(self, orientation: str = "portrait", any_script: bool = False) -> None:
        from fpdf import FPDF

        self.script = i18n.script()
        self.rtl = i18n.right_to_left()
        self.pdf = FPDF(orientation=orientation, format="A4")
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.set_margins(18, 16, 18)
        scripts = list(FONT_FILES) if any_script else [self.script]  # other fonts only for names in any script
        for script in scripts:
            regular, bold = FONT_FILES[script]
            self.pdf.add_font(script, "", str(FONTS / regular))
            self.pdf.add_font(script, "B", str(FONTS / bold))
        if any_script:
            self.pdf.set_fallback_fonts([s for s in FONT_FILES if s != self.script])
        self.pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if self.rtl else "ltr",
                                  script={"arabic": "arab", "cjk": "hani"}.get(self.script, None),
                                  language={"arabic": "ar", "cjk": "zh"}.get(self.script, None))
        self.pdf.set_lang(i18n.language())
        self.pdf.set_creator("Sango")

    @property
    def align(self) -> str:
        return "R" if self.rtl else "L"

    def page(self) -> None:
        self.pdf.add_page()

    def keep_numbers(self, text: str) -> str:
        """In right-to-left text, "116 111" must stay one number, in its own order."""
        return re.sub(r"(?<=\d) (?=\d)", "\u00a0", text) if self.rtl else text

    def text(self, text: str, size: float = 11, bold: bool = False, gap: float = 1.5, align: str | None = None,
             colour=(20, 24, 40), indent: float = 0) -> None:
        text = self.keep_numbers(text)
        pdf = self.pdf
        pdf.set_font(self.script, "B" if bold else "", size)
        pdf.set_text_color(*colour)
        width = pdf.epw - indent
        if indent and not self.rtl:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width, size * 0.5, text, align=align or self.align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def heading(self, text: str, size: float = 20) -> None:
        self.text(text, size, bold=True, gap=3, colour=(16, 52, 160))

    def bullets(self, items: list[str], size: float = 11) -> None:
        for item in items:
            self.text(f"•  {item}", size, indent=4, gap=1)
        self.pdf.ln(2)

    def box(self, text: str, size: float = 10) -> None:
        text = self.keep_numbers(text)
        pdf = self.pdf
        pdf.set_font(self.script, "", size)
        pdf.set_fill_color(255, 240, 240)
        pdf.set_text_color(20, 24, 40)
        pdf.multi_cell(pdf.epw, size * 0.5, text, align=self.align, fill=True, border=1, padding=3,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.pdf.output(str(path))
        return path


def _minutes(n: int) -> str:
    return ngettext("{n} minute", "{n} minutes", n).format(n=n)


def _slot_label(slot: str, lesson: Lesson) -> str:
    if slot == BEFORE_QUIZ:
        return _("Before the quiz")
    if slot == END:
        return _("At the end")
    step = lesson.step(slot[len("after:"):])
    return _("After the choice \"{prompt}\"").format(prompt=tr(step.prompt))


def lesson_plan(lessons: list[Lesson], path: Path, helpline: str = "116 111") -> Path:
    """The lesson plan handout: objective, vocabulary, discussion prompts and timing of each lesson."""
    if not lessons:
        raise PrintError(_("Please choose at least one lesson."))
    doc = _Document()
    for lesson in lessons:
        notes = lesson.teacher_notes
        doc.page()
        doc.text(_("Sango lesson plan"), 10, colour=(80, 88, 120))
        doc.heading(tr(lesson.title))
        doc.text(f"{band_label(lesson.band)} · {topic_label(lesson.topic)} · {_minutes(notes.duration_minutes)}", 11,
                 colour=(80, 88, 120))
        doc.text(tr(lesson.summary), 11, gap=4)
        doc.text(_("Objectives"), 14, bold=True)
        doc.bullets([tr(t) for t in notes.objectives])
        if notes.vocabulary:
            doc.text(_("Words to know"), 14, bold=True)
            doc.bullets([tr(t) for t in notes.vocabulary])
        doc.text(_("Discussion prompts"), 14, bold=True)
        talk = moments(lesson)
        for slot, questions in talk.items():
            doc.text(_slot_label(slot, lesson), 11, bold=True, gap=1)
            doc.bullets([tr(q) for q in questions])
        doc.text(_("Timing"), 14, bold=True)
        doc.bullets([_("Start: what do you already know? ({time})").format(time=_minutes(OPENING_AND_WRAP_UP // 2 + 1)),
                     _("The story, the quiz and the discussion moments, together ({time})").format(
                         time=_minutes(notes.duration_minutes)),
                     _("Sum up: one thing to remember ({time})").format(time=_minutes(OPENING_AND_WRAP_UP // 2))])
        doc.box(_("If a child tells you something worrying: stay calm and listen. Thank them for telling you. "
                  "Don't promise to keep it secret. Follow your school's safeguarding procedure. "
                  "The child helpline is {number}.").format(number=helpline))
    return doc.save(path)


def _answer_text(q: Question) -> str:
    if q.type == "true_false":
        return _("True") if "true" in q.correct_ids else _("False")
    if q.type == "sort":
        groups = {g.id: tr(g.label) for g in q.groups}
        return "; ".join(f"{tr(i.text)} → {groups[i.group]}" for i in q.items)
    return "; ".join(tr(o.text) for o in q.options if o.correct)


def worksheet(lessons: list[Lesson], path: Path) -> Path:
    """A worksheet with each lesson's quiz questions, then an answer key with the explanations."""
    if not lessons:
        raise PrintError(_("Please choose at least one lesson."))
    doc = _Document()
    pdf = doc.pdf
    for lesson in lessons:
        doc.page()
        doc.heading(tr(lesson.title))
        doc.text(_("Name:") + " " + "_" * 30, 12, gap=5)
        for n, q in enumerate(lesson.quiz.questions if lesson.quiz else (), 1):
            doc.text(f"{n}. {tr(q.prompt)}", 12, bold=True, gap=1)
            if q.type == "sort":
                doc.text(_("Write each card in the right group:"), 10, colour=(80, 88, 120), gap=1)
                doc.text("   ·   ".join(tr(i.text) for i in q.items), 11, indent=4, gap=1)
                doc.bullets([tr(g.label) + ": " + "_" * 40 for g in q.groups])
                continue
            hint = {"single": _("Tick one answer."), "multiple": _("Tick all the right answers."),
                    "true_false": _("Tick true or false.")}[q.type]
            doc.text(hint, 10, colour=(80, 88, 120), gap=1)
            options = [_("True"), _("False")] if q.type == "true_false" else [tr(o.text) for o in q.options]
            for option in options:
                y = pdf.get_y()
                x = pdf.w - pdf.r_margin - 8 if doc.rtl else pdf.l_margin + 4
                pdf.rect(x, y + 1, 4, 4)
                doc.text(option, 11, indent=12, gap=1)
            pdf.ln(3)
    doc.page()
    doc.heading(_("Answer key"))
    for lesson in lessons:
        doc.text(tr(lesson.title), 14, bold=True)
        for n, q in enumerate(lesson.quiz.questions if lesson.quiz else (), 1):
            doc.text(f"{n}. {tr(q.prompt)}", 11, bold=True, gap=0.5)
            doc.text(_("Answer: {answer}").format(answer=_answer_text(q)), 11, indent=4, gap=0.5)
            doc.text(tr(q.explanation), 10, indent=4, colour=(80, 88, 120), gap=3)
    return doc.save(path)


def _sango_png() -> bytes | None:
    """Sango cheering, drawn by the game's own art code, as PNG bytes (None if it can't be drawn)."""
    try:
        import pygame

        from ..art.sango_figure import draw_sango

        picture = pygame.Surface((360, 420), pygame.SRCALPHA)
        draw_sango(picture, (180, 210), 400, "cheering")
        out = io.BytesIO()
        pygame.image.save(picture, out, "sango.png")
        return out.getvalue()
    except Exception:  # a certificate without the picture is still a certificate
        return None


def certificates(names_text: str, lessons: list[Lesson], path: Path, date: datetime.date | None = None) -> Path:
    """One certificate a page for each name typed (the names go into the PDF and nowhere else)."""
    names = clean_names(names_text)
    doc = _Document("landscape", any_script=True)
    pdf = doc.pdf
    pdf.set_auto_page_break(False)
    day = (date or datetime.date.today()).isoformat()
    picture = _sango_png()
    for name in names:
        doc.page()
        if picture:
            import io

            pdf.image(io.BytesIO(picture), x=(24 if doc.rtl else pdf.w - 24 - 42), y=pdf.h - 24 - 49, w=42)
        pdf.set_draw_color(16, 52, 160)
        pdf.set_line_width(2)
        pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
        pdf.set_line_width(0.6)
        pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)
        pdf.set_y(36)
        doc.text(_("Certificate"), 36, bold=True, align="C", colour=(16, 52, 160), gap=6)
        doc.text(_("This certificate is given to"), 16, align="C", gap=6)
        doc.text(name, 34, bold=True, align="C", gap=6)
        doc.text(_("for learning how to stay safe and kind online with Sango."), 16, align="C", gap=5)
        if lessons:
            doc.text(" · ".join(tr(l.title) for l in lessons), 12, align="C", colour=(80, 88, 120), gap=4)
        pdf.set_y(pdf.h - 52)
        doc.text(_("Date: {date}").format(date=day) + "          " + _("Teacher:") + " " + "_" * 24, 12, align="C")
    return doc.save(path)
