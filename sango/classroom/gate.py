"""The grown-ups' gate: hold a button for three seconds, then answer a multiplication a young child
cannot easily do. No PIN and nothing stored, so there is nothing to forget or to leak."""
from __future__ import annotations

import random
from dataclasses import dataclass

HOLD_SECONDS = 3.0
MAX_DIGITS = 3


@dataclass(frozen=True)
class GateQuestion:
    a: int
    b: int

    @property
    def answer(self) -> int:
        return self.a * self.b

    def check(self, typed: str) -> bool:
        typed = typed.strip()
        return typed.isdecimal() and int(typed) == self.answer


def new_question(rng: random.Random | None = None) -> GateQuestion:
    """Two numbers from 6 to 9 (answers 36 to 81): beyond what most 5 to 8 year olds know by heart."""
    rng = rng or random.Random()
    return GateQuestion(rng.randint(6, 9), rng.randint(6, 9))


@dataclass
class Hold:
    """A button that opens only after it is held down for HOLD_SECONDS without letting go."""

    held_for: float = 0.0
    holding: bool = False

    def press(self) -> None:
        self.holding, self.held_for = True, 0.0

    def release(self) -> None:
        self.holding, self.held_for = False, 0.0 if self.held_for < HOLD_SECONDS else self.held_for

    def update(self, dt: float) -> None:
        if self.holding:
            self.held_for = min(HOLD_SECONDS, self.held_for + dt)

    @property
    def done(self) -> bool:
        return self.held_for >= HOLD_SECONDS

    @property
    def progress(self) -> float:
        return self.held_for / HOLD_SECONDS
