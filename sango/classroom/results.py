"""Anonymous class results: how many answered each option of each quiz question, and how many got it right.

Nothing here knows who answered: no names, profiles, devices, times or scores per child. Each shared
device keeps one tally and exports it as a small JSON file; the teacher's machine merges a folder of them
and writes a CSV (columns in docs/classroom.md) or shows the hardest questions.
"""
from __future__ import annotations

import csv
import io
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..content.model import Lesson, LessonLibrary, Question
from ..content.quiz import Answer
from ..i18n import _, tr

FORMAT = "sango-class-results"
VERSION = 1
CSV_COLUMNS = ("lesson", "lesson_title", "question", "question_text", "question_type", "option", "option_text",
               "option_correct", "chosen", "answered", "correct", "correct_rate")
MAX_FILE_BYTES = 2_000_000


class ResultsFileError(ValueError):
    """A file that is not a usable Sango class results file (the message says why, in words)."""


@dataclass
class QuestionTally:
    answered: int = 0
    correct: int = 0
    chosen: dict[str, int] = field(default_factory=dict)  # option (or sort card placed right) -> how many

    @property
    def correct_rate(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass
class ClassResults:
    """lesson id -> question id -> tally; `files` holds the random ids of the device files merged in."""

    lessons: dict[str, dict[str, QuestionTally]] = field(default_factory=dict)
    file_id: str = field(default_factory=lambda: secrets.token_hex(8))
    files: set[str] = field(default_factory=set)

    def add(self, lesson_id: str, answer: Answer) -> None:
        """Count one answer (from the presenter view or a child's play)."""
        q = answer.question
        tally = self.lessons.setdefault(lesson_id, {}).setdefault(q.id, QuestionTally())
        tally.answered += 1
        tally.correct += 1 if answer.correct else 0
        for option in chosen_options(q, answer.response):
            tally.chosen[option] = tally.chosen.get(option, 0) + 1

    def add_all(self, lesson_id: str, answers: list[Answer]) -> None:
        for answer in answers:
            self.add(lesson_id, answer)

    @property
    def answered(self) -> int:
        return sum(t.answered for questions in self.lessons.values() for t in questions.values())

    def merge(self, other: "ClassResults") -> bool:
        """Add another tally in; False (and nothing added) when that file was merged before."""
        if other.file_id in self.files or other.file_id == self.file_id:
            return False
        self.files.add(other.file_id)
        for lesson_id, questions in other.lessons.items():
            for question_id, theirs in questions.items():
                mine = self.lessons.setdefault(lesson_id, {}).setdefault(question_id, QuestionTally())
                mine.answered += theirs.answered
                mine.correct += theirs.correct
                for option, n in theirs.chosen.items():
                    mine.chosen[option] = mine.chosen.get(option, 0) + n
        return True

    # ---- files -----------------------------------------------------------------------------------
    def to_json(self) -> str:
        lessons = {lesson: {q: {"answered": t.answered, "correct": t.correct, "chosen": dict(sorted(t.chosen.items()))}
                            for q, t in sorted(questions.items())} for lesson, questions in sorted(self.lessons.items())}
        return json.dumps({"format": FORMAT, "version": VERSION, "file": self.file_id, "lessons": lessons},
                          ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "ClassResults":
        """Read a results file; ResultsFileError says plainly what is wrong with a bad one."""
        try:
            raw = json.loads(text)
        except ValueError:
            raise ResultsFileError(_("This is not a Sango results file.")) from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ResultsFileError(_("This is not a Sango results file."))
        if raw.get("version") != VERSION:
            raise ResultsFileError(_("This results file comes from another version of Sango."))
        file_id, lessons = raw.get("file"), raw.get("lessons")
        if not isinstance(file_id, str) or not isinstance(lessons, dict):
            raise ResultsFileError(_("This results file is damaged."))
        results = cls(file_id=file_id)
        for lesson_id, questions in lessons.items():
            if not isinstance(questions, dict):
                raise ResultsFileError(_("This results file is damaged."))
            for question_id, t in questions.items():
                if not (isinstance(t, dict) and _count(t.get("answered")) and _count(t.get("correct"))
                        and t["correct"] <= t["answered"] and isinstance(t.get("chosen"), dict)
                        and all(isinstance(k, str) and _count(v) for k, v in t["chosen"].items())):
                    raise ResultsFileError(_("This results file is damaged."))
                results.lessons.setdefault(str(lesson_id), {})[str(question_id)] = QuestionTally(
                    t["answered"], t["correct"], dict(t["chosen"]))
        return results


def _count(value) -> bool:
    return type(value) is int and 0 <= value < 10**9


def chosen_options(q: Question, response) -> list[str]:
    """The option ids an answer counts for. A sorting answer counts each card put in its right group."""
    if q.type in ("single", "true_false"):
        return [response] if isinstance(response, str) and response else []
    if q.type == "multiple":
        return sorted(response)
    if q.type == "sort" and isinstance(response, dict):
        return [item.id for item in q.items if response.get(item.id) == item.group]
    return []


def export_file(results: ClassResults, folder: Path) -> Path:
    """Write this device's tally as `sango-results-<random>.json` in `folder`; OSError when it can't."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sango-results-{results.file_id}.json"
    path.write_text(results.to_json(), encoding="utf-8")
    return path


@dataclass
class ImportReport:
    results: ClassResults
    read: list[str] = field(default_factory=list)  # file names merged
    problems: list[str] = field(default_factory=list)  # "name: what is wrong"


def import_folder(folder: Path) -> ImportReport:
    """Merge every `*.json` results file in `folder`. Bad files are listed with the reason, never raised."""
    report = ImportReport(ClassResults(file_id=""))
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except OSError:
        report.problems.append(_("The folder {folder} could not be read.").format(folder=folder))
        return report
    for path in paths:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ResultsFileError(_("This file is too big to be a results file."))
            results = ClassResults.from_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            report.problems.append(f"{path.name}: " + _("This file could not be read."))
            continue
        except ResultsFileError as error:
            report.problems.append(f"{path.name}: {error}")
            continue
        if report.results.merge(results):
            report.read.append(path.name)
        else:
            report.problems.append(f"{path.name}: " + _("This file was already counted."))
    return report


# ---- what the teacher reads ---------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionResult:
    lesson: Lesson
    question: Question
    tally: QuestionTally


def question_results(results: ClassResults, library: LessonLibrary) -> list[QuestionResult]:
    """Every tallied question of a known lesson, in lesson and question order (unknown ones are skipped)."""
    out = []
    for lesson in sorted(library.lessons, key=lambda l: (l.band, l.topic, l.order, l.id)):
        tallies = results.lessons.get(lesson.id, {})
        for question in lesson.quiz.questions if lesson.quiz else ():
            if question.id in tallies and tallies[question.id].answered:
                out.append(QuestionResult(lesson, question, tallies[question.id]))
    return out


def hardest(results: ClassResults, library: LessonLibrary, count: int = 5) -> list[QuestionResult]:
    """The questions the fewest answered right (ties: the most answered first)."""
    ranked = sorted(question_results(results, library), key=lambda r: (r.tally.correct_rate, -r.tally.answered))
    return ranked[:count]


def option_rows(q: Question) -> list[tuple[str, str, bool]]:
    """(id, text in the current language, correct) for each option of a question; sorting questions list cards."""
    if q.type == "true_false":
        return [("true", _("True"), "true" in q.correct_ids), ("false", _("False"), "false" in q.correct_ids)]
    if q.type == "sort":
        return [(item.id, tr(item.text), True) for item in q.items]
    return [(o.id, tr(o.text), o.correct) for o in q.options]


def to_csv(results: ClassResults, library: LessonLibrary) -> str:
    """One row per option (per card for sorting questions), with the question's totals on every row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in question_results(results, library):
        t = r.tally
        for option_id, text, correct in option_rows(r.question):
            writer.writerow((r.lesson.id, tr(r.lesson.title), r.question.id, tr(r.question.prompt), r.question.type,
                             option_id, text, "yes" if correct else "no", t.chosen.get(option_id, 0), t.answered,
                             t.correct, f"{t.correct_rate:.2f}"))
    return out.getvalue()


def write_csv(results: ClassResults, library: LessonLibrary, path: Path) -> Path:
    """Write the CSV (UTF-8 with a byte order mark, so spreadsheet programs read every language)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_csv(results, library), encoding="utf-8-sig")
    return path


# ---- this device's tally, kept with the saves ---------------------------------------------------
TALLY_KEY = "class-results"
ENV_CLASS_DIR = "SANGO_CLASS_DIR"


def load_tally(storage) -> ClassResults:
    """This device's tally so far (a new empty one when there is none or it can't be read)."""
    try:
        text = storage.read(TALLY_KEY)
        return ClassResults.from_json(text) if text else ClassResults()
    except Exception:  # a damaged tally must never stop a lesson: start a new one
        return ClassResults()


def save_tally(storage, results: ClassResults) -> bool:
    try:
        storage.write(TALLY_KEY, results.to_json())
        return True
    except Exception:
        return False


def class_folder() -> Path:
    """Where classroom files go on this computer: $SANGO_CLASS_DIR, else "Sango classroom" in Documents
    (or in the home folder when there is no Documents folder)."""
    import os

    if os.environ.get(ENV_CLASS_DIR):
        return Path(os.environ[ENV_CLASS_DIR])
    home = Path.home()
    documents = home / "Documents"
    return (documents if documents.is_dir() else home) / "Sango classroom"
