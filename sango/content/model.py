"""The lesson model: plain data, no pygame, no YAML.

The loader builds these objects from lesson files (and later from a compiled bundle); the runner
walks them; the scenes only display them. Every piece of text is a `Text` with a stable `msgctxt`
so translations and saves can refer to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

BANDS = ("5-7", "8-12", "13+")
TOPICS = ("bullying", "grooming", "personal-data", "netiquette")
MOODS = ("happy", "talking", "thinking", "surprised", "concerned", "cheering", "waving", "covering")
QUESTION_TYPES = ("single", "multiple", "true_false", "sort")
ACTIVITY_KINDS = ("sort", "chat_tools", "settings", "red_flags", "password")
CHAT_TOOLS = ("screenshot", "block", "report", "leave", "tell", "reply", "forward")
PASSWORD_SYMBOLS = ("7", "!", "#", "42")  # tiles the game adds to every password activity
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Text:
    """A translatable string: English source plus the context that identifies it."""

    msgid: str
    msgctxt: str

    def __str__(self) -> str:  # pragma: no cover - debugging aid
        return self.msgid


@dataclass(frozen=True)
class Character:
    id: str
    name: Text
    avatar: str  # avatar drawing key, e.g. "kiko"


@dataclass(frozen=True)
class Line:
    id: str
    speaker: str  # "sango", "narrator" or a character id
    text: Text
    mood: str = "talking"


@dataclass(frozen=True)
class ChatMessage:
    id: str
    sender: str  # a character id, "me" for the player's side
    text: Text


@dataclass(frozen=True)
class Option:
    id: str
    text: Text
    feedback: Text
    safe: bool
    icon: str = ""
    next: str | None = None  # step id; None: safe -> following step, unsafe -> retry the choice
    mood: str = ""  # Sango's mood while giving feedback (default from `safe`)


@dataclass(frozen=True)
class QuizOption:
    id: str
    text: Text
    correct: bool = False


@dataclass(frozen=True)
class SortGroup:
    id: str
    label: Text
    icon: str = ""


@dataclass(frozen=True)
class SortItem:
    id: str
    text: Text
    group: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: Text
    explanation: Text
    key_message: str
    options: tuple[QuizOption, ...] = ()
    groups: tuple[SortGroup, ...] = ()
    items: tuple[SortItem, ...] = ()

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.options if o.correct)


@dataclass(frozen=True)
class Step:
    id: str
    kind: str  # "dialogue", "chat", "choice", "quiz", "feed" or one of ACTIVITY_KINDS
    next: str | None = None  # explicit jump; None means the following step, or the end
    line: int = 0  # source line, for messages


@dataclass(frozen=True)
class DialogueStep(Step):
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class ChatStep(Step):
    app: str = ""
    title: Text | None = None
    messages: tuple[ChatMessage, ...] = ()


@dataclass(frozen=True)
class ChoiceStep(Step):
    prompt: Text | None = None
    speaker: str = "sango"
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class QuizStep(Step):
    intro: Text | None = None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class FeedPost:
    id: str
    sender: str  # a character id, or "me"
    text: Text
    picture: str = ""  # an icon drawn as the post's picture
    likes: int | None = None


@dataclass(frozen=True)
class FeedStep(Step):
    app: str = ""
    posts: tuple[FeedPost, ...] = ()


# ---- practice activities: the child rehearses a real action (see docs/lesson-format.md) ----------
@dataclass(frozen=True)
class ActivityStep(Step):
    prompt: Text | None = None
    done: Text | None = None  # Sango's praise when the task is complete


@dataclass(frozen=True)
class SortCard:
    id: str
    text: Text
    group: str
    icon: str = ""
    hint: Text | None = None  # said when the card is put in a wrong group


@dataclass(frozen=True)
class SortStep(ActivityStep):
    groups: tuple[SortGroup, ...] = ()
    items: tuple[SortCard, ...] = ()


@dataclass(frozen=True)
class ChatTool:
    id: str  # one of CHAT_TOOLS
    safe: bool
    feedback: Text
    after: str | None = None  # a tool that must be used first


@dataclass(frozen=True)
class ChatToolsStep(ActivityStep):
    app: str = ""
    title: Text | None = None
    messages: tuple[ChatMessage, ...] = ()
    tools: tuple[ChatTool, ...] = ()


@dataclass(frozen=True)
class SettingOption:
    id: str
    text: Text
    safe: bool = False


@dataclass(frozen=True)
class Setting:
    id: str
    label: Text
    options: tuple[SettingOption, ...]
    hint: Text
    icon: str = ""


@dataclass(frozen=True)
class SettingsStep(ActivityStep):
    app: str = ""
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class FlagMessage:
    id: str
    sender: str
    text: Text
    flag: bool = False
    why: Text | None = None


@dataclass(frozen=True)
class RedFlagsStep(ActivityStep):
    app: str = ""
    title: Text | None = None
    messages: tuple[FlagMessage, ...] = ()


@dataclass(frozen=True)
class PasswordTile:
    id: str
    text: Text
    personal: bool = False
    hint: Text | None = None


@dataclass(frozen=True)
class PasswordStep(ActivityStep):
    tiles: tuple[PasswordTile, ...] = ()


@dataclass(frozen=True)
class TeacherNotes:
    objectives: tuple[Text, ...]
    discussion: tuple[Text, ...]
    duration_minutes: int
    vocabulary: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Lesson:
    id: str
    band: str
    topic: str
    title: Text
    summary: Text
    key_messages: tuple[str, ...]
    teacher_notes: TeacherNotes
    steps: tuple[Step, ...]
    characters: tuple[Character, ...] = ()
    order: int = 0
    source: str = ""  # file the lesson came from

    def step(self, step_id: str) -> Step:
        return self.steps[self._positions[step_id]]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._positions

    def following(self, step_id: str) -> str | None:
        """The id of the step written after `step_id`, or None at the end."""
        at = self._positions[step_id]
        return self.steps[at + 1].id if at + 1 < len(self.steps) else None

    def character(self, char_id: str) -> Character | None:
        return next((c for c in self.characters if c.id == char_id), None)

    @property
    def quiz(self) -> QuizStep | None:
        return next((s for s in self.steps if isinstance(s, QuizStep)), None)

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {s.id: i for i, s in enumerate(self.steps)}



@dataclass
class LessonProblem:
    """One thing wrong with a lesson file, with where it is."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass
class LessonLibrary:
    """Every lesson found, plus the files that could not be used and why."""

    lessons: list[Lesson] = field(default_factory=list)
    broken: dict[str, list[LessonProblem]] = field(default_factory=dict)

    def by_id(self, lesson_id: str) -> Lesson | None:
        return next((l for l in self.lessons if l.id == lesson_id), None)

    def for_band(self, band: str) -> list[Lesson]:
        return sorted((l for l in self.lessons if l.band == band), key=lambda l: (TOPICS.index(l.topic), l.order, l.id))

ICONS = (
    "home", "keyboard", "grown-up", "chat", "lock", "shield", "block", "report", "stop", "heart",
    "photo", "friends", "star", "question", "gift", "map-pin", "save", "phone", "thumbs-up", "door",
    "eye", "game",
)
CHARACTER_AVATARS = (
    "kiko", "yoko", "kim", "amara", "diego", "mei", "omar", "priya", "leo", "nadia",
    "mum", "dad", "teacher", "grandma", "unknown", "gamebot",
)
PLAYER_AVATARS = ("fox", "cat", "panda", "owl", "bunny", "turtle", "robot", "dino")
