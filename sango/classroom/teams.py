"""Teams for the classroom quiz: friendly names the game makes up (never typed by children), answers in
turn, one point for each right answer. No speed points, no penalties."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..i18n import pgettext

MIN_TEAMS, MAX_TEAMS = 2, 6

# Each name is a whole string, so every language can make the colour agree with the animal.
# key: (colour on screen, avatar picture, the name in the current language)
TEAM_NAMES = {
    "red-foxes": ((196, 52, 52), "fox", lambda: pgettext("team name", "Red Foxes")),
    "red-owls": ((196, 52, 52), "owl", lambda: pgettext("team name", "Red Owls")),
    "blue-cats": ((36, 84, 196), "cat", lambda: pgettext("team name", "Blue Cats")),
    "blue-turtles": ((36, 84, 196), "turtle", lambda: pgettext("team name", "Blue Turtles")),
    "green-turtles": ((22, 122, 70), "turtle", lambda: pgettext("team name", "Green Turtles")),
    "green-dinos": ((22, 122, 70), "dino", lambda: pgettext("team name", "Green Dinosaurs")),
    "yellow-bunnies": ((150, 110, 0), "bunny", lambda: pgettext("team name", "Yellow Rabbits")),
    "yellow-owls": ((150, 110, 0), "owl", lambda: pgettext("team name", "Yellow Owls")),
    "purple-pandas": ((110, 60, 170), "panda", lambda: pgettext("team name", "Purple Pandas")),
    "purple-foxes": ((110, 60, 170), "fox", lambda: pgettext("team name", "Purple Foxes")),
    "orange-cats": ((190, 90, 0), "cat", lambda: pgettext("team name", "Orange Cats")),
    "orange-dinos": ((190, 90, 0), "dino", lambda: pgettext("team name", "Orange Dinosaurs")),
}
_BY_KEY = TEAM_NAMES


@dataclass(frozen=True)
class Team:
    key: str

    @property
    def name(self) -> str:
        """The team's name in the current language."""
        return _BY_KEY[self.key][2]()

    @property
    def colour(self) -> tuple[int, int, int]:
        return _BY_KEY[self.key][0]

    @property
    def picture(self) -> str:
        return _BY_KEY[self.key][1]


def make_teams(count: int, seed: int | None = None) -> list[Team]:
    """`count` teams (2 to 6), each with its own colour and animal, picked at random."""
    if not MIN_TEAMS <= count <= MAX_TEAMS:
        raise ValueError(f"a class plays in {MIN_TEAMS} to {MAX_TEAMS} teams, not {count}")
    rng = random.Random(seed)
    by_colour: dict[tuple, list[str]] = {}
    for key, (colour, _picture, _name) in TEAM_NAMES.items():
        by_colour.setdefault(colour, []).append(key)
    colours = rng.sample(sorted(by_colour), count)
    teams, animals = [], set()
    for colour in colours:
        keys = [k for k in by_colour[colour] if _BY_KEY[k][1] not in animals] or by_colour[colour]
        key = rng.choice(keys)
        animals.add(_BY_KEY[key][1])
        teams.append(Team(key))
    return teams


@dataclass
class TeamPlay:
    """Whose turn it is and the points so far. Teams answer questions in turn; a right answer earns one
    point (a sorting question earns it when every card is in the right group). Nothing depends on speed."""

    teams: list[Team]
    points: list[int] = field(default_factory=list)
    turn: int = 0  # questions asked so far: team `turn % len(teams)` answers next
    scoreboard_shown: bool = True

    def __post_init__(self) -> None:
        if not self.points:
            self.points = [0] * len(self.teams)

    @property
    def current(self) -> Team:
        return self.teams[self.turn % len(self.teams)]

    def record(self, correct: bool) -> Team:
        """The current team answered; returns that team. The turn passes to the next team."""
        team = self.current
        if correct:
            self.points[self.turn % len(self.teams)] += 1
        self.turn += 1
        return team

    def standings(self) -> list[tuple[Team, int]]:
        """Teams in their playing order with their points (the order never ranks them)."""
        return list(zip(self.teams, self.points))

    def leaders(self) -> list[Team]:
        best = max(self.points)
        return [t for t, p in zip(self.teams, self.points) if p == best]

    def copy(self) -> "TeamPlay":
        return TeamPlay(list(self.teams), list(self.points), self.turn, self.scoreboard_shown)
