"""What happens in a practice activity, without pygame: the scenes show it, tests play it directly.

Each activity keeps its state and answers one question the scenes care about: what Sango says now
(`said`: a lesson `Text`, or the name of one of the game's own messages) and whether the task is
complete (`done`). A poor move is never final; the child can always go on until the task is done.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import (
    PASSWORD_SYMBOLS, ChatTool, ChatToolsStep, FlagMessage, PasswordStep, RedFlagsStep, SettingsStep, SortCard,
    SortStep, Step, Text,
)


@dataclass(frozen=True)
class Said:
    """One thing Sango says: a lesson text, or one of the game's own messages (`message` + `value`)."""

    text: Text | None = None
    message: str = ""  # e.g. "not-quite", "first", "words-missing"
    value: str | int = ""
    good: bool = True


@dataclass
class SortActivity:
    step: SortStep
    placed: dict[str, str] = field(default_factory=dict)  # card id -> group id
    said: Said | None = None

    def waiting(self) -> list[SortCard]:
        return [c for c in self.step.items if c.id not in self.placed]

    def place(self, card_id: str, group_id: str) -> bool:
        """Put a card in a group. A card in the wrong group goes back, with a hint."""
        card = next(c for c in self.step.items if c.id == card_id)
        if card.group != group_id:
            self.said = Said(card.hint, "" if card.hint else "not-quite", good=False)
            return False
        self.placed[card_id] = group_id
        self.said = Said(self.step.done) if self.done else Said(message="sorted")
        return True

    @property
    def done(self) -> bool:
        return len(self.placed) == len(self.step.items)


@dataclass
class ChatToolsActivity:
    step: ChatToolsStep
    used: list[str] = field(default_factory=list)  # safe tools used, in order
    said: Said | None = None

    def tool(self, tool_id: str) -> ChatTool:
        return next(t for t in self.step.tools if t.id == tool_id)

    def use(self, tool_id: str) -> Said:
        tool = self.tool(tool_id)
        if tool.after and tool.after not in self.used:
            self.said = Said(message="first", value=tool.after, good=False)
        elif not tool.safe:
            self.said = Said(tool.feedback, good=False)
        else:
            if tool_id not in self.used:
                self.used.append(tool_id)
            self.said = Said(tool.feedback)
        return self.said

    @property
    def done(self) -> bool:
        return all(t.id in self.used for t in self.step.tools if t.safe)


@dataclass
class SettingsActivity:
    step: SettingsStep
    values: dict[str, str] = field(default_factory=dict)  # setting id -> option id
    said: Said | None = None
    finished: bool = False

    def __post_init__(self) -> None:
        self.values = {s.id: s.options[0].id for s in self.step.settings}

    def set(self, setting_id: str, option_id: str) -> None:
        self.values[setting_id] = option_id
        self.finished = False
        setting = self._setting(setting_id)
        option = next(o for o in setting.options if o.id == option_id)
        self.said = Said(message="safer" if option.safe else "", text=None if option.safe else setting.hint,
                         good=option.safe)

    def unsafe(self) -> list[str]:
        """Settings still set to an unsafe option, top to bottom."""
        return [s.id for s in self.step.settings
                if not next(o for o in s.options if o.id == self.values[s.id]).safe]

    def check(self) -> bool:
        """The child taps Done: finished if everything is safe, else Sango points at the first problem."""
        left = self.unsafe()
        if left:
            self.said = Said(self._setting(left[0]).hint, good=False)
            return False
        self.finished = True
        self.said = Said(self.step.done)
        return True

    @property
    def done(self) -> bool:
        return self.finished

    def _setting(self, setting_id: str):
        return next(s for s in self.step.settings if s.id == setting_id)


@dataclass
class RedFlagsActivity:
    step: RedFlagsStep
    found: list[str] = field(default_factory=list)  # flags tapped, in order
    checked: set[str] = field(default_factory=set)  # other messages tapped
    said: Said | None = None

    def tap(self, message_id: str) -> bool:
        """Tap a message: True if it is a warning sign."""
        message: FlagMessage = next(m for m in self.step.messages if m.id == message_id)
        if message.flag:
            if message_id not in self.found:
                self.found.append(message_id)
            self.said = Said(self.step.done) if self.done else Said(message.why)
        else:
            self.checked.add(message_id)
            self.said = Said(message.why, "" if message.why else "seems-ok", good=False)
        return message.flag

    @property
    def flags(self) -> int:
        return sum(m.flag for m in self.step.messages)

    @property
    def done(self) -> bool:
        return len(self.found) == self.flags


STRONG_WORDS = 3


@dataclass
class PasswordActivity:
    """A password built from tiles: ids of the lesson's word tiles, or the game's symbols."""

    step: PasswordStep
    pieces: list[str] = field(default_factory=list)
    said: Said | None = None
    finished: bool = False

    def add(self, piece: str) -> None:
        if piece in self.pieces or len(self.pieces) >= 8:
            return
        self.pieces.append(piece)
        self.finished = False
        tile = self._tile(piece)
        if tile is not None and tile.personal:
            self.said = Said(tile.hint, good=False)
        else:
            self.said = self.advice()

    def undo(self) -> None:
        if self.pieces:
            self.pieces.pop()
            self.finished = False
            self.said = self.advice()

    def clear(self) -> None:
        self.pieces.clear()
        self.finished = False
        self.said = None

    def words(self) -> int:
        return sum(1 for p in self.pieces if (t := self._tile(p)) is not None and not t.personal)

    def personal(self) -> list[str]:
        return [p for p in self.pieces if (t := self._tile(p)) is not None and t.personal]

    def has_symbol(self) -> bool:
        return any(p in PASSWORD_SYMBOLS for p in self.pieces)

    @property
    def strength(self) -> int:
        """0 weak, 1 getting there, 2 strong."""
        if self.personal() or self.words() < 2:
            return 0
        return 2 if self.words() >= STRONG_WORDS and self.has_symbol() else 1

    def advice(self) -> Said:
        """What is missing, the most important first."""
        personal = self.personal()
        if personal:
            return Said(self._tile(personal[0]).hint, good=False)
        if self.words() < STRONG_WORDS:
            return Said(message="words-missing", value=STRONG_WORDS - self.words(), good=False)
        if not self.has_symbol():
            return Said(message="symbol-missing", good=False)
        return Said(message="strong")

    def check(self) -> bool:
        if self.strength == 2:
            self.finished = True
            self.said = Said(self.step.done)
            return True
        self.said = self.advice()
        return False

    @property
    def done(self) -> bool:
        return self.finished

    def _tile(self, piece: str):
        return next((t for t in self.step.tiles if t.id == piece), None)


ACTIVITIES = {SortStep: SortActivity, ChatToolsStep: ChatToolsActivity, SettingsStep: SettingsActivity,
              RedFlagsStep: RedFlagsActivity, PasswordStep: PasswordActivity}


def start_activity(step: Step):
    """A fresh activity for a practice step, or None for other steps."""
    kind = ACTIVITIES.get(type(step))
    return kind(step) if kind else None
