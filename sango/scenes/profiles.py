"""Who is playing? Pick a player, make a new one, or remove one (with a confirmation)."""
from __future__ import annotations

import random

import pygame

from ..content.model import PLAYER_AVATARS
from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..i18n import N_, _
from ..save.progress import new_profile, validate_nickname
from .common import heading, panel

MAX_PROFILES = 8
ADJECTIVES = (N_("Brave"), N_("Happy"), N_("Clever"), N_("Kind"), N_("Swift"), N_("Sunny"), N_("Bright"),
              N_("Gentle"), N_("Lucky"), N_("Cosmic"))
ANIMALS = (N_("Fox"), N_("Panda"), N_("Owl"), N_("Tiger"), N_("Dolphin"), N_("Koala"), N_("Falcon"),
           N_("Turtle"), N_("Otter"), N_("Lion"))


def open_profile(game, profile) -> None:
    """Make `profile` the player and go to their lessons (or the age question first)."""
    from .band import BandScene
    from .lesson_map import LessonMapScene

    game.profile = profile
    game.data.last_profile = profile.id
    game.apply_settings()
    game.persist()
    game.scenes.push(LessonMapScene(game) if profile.band else BandScene(game))


class ProfilesScene(Scene):
    name = "profiles"

    def __init__(self, game) -> None:
        super().__init__(game)
        self.removing = False

    def layout(self) -> None:
        self.add_corner_buttons(settings=True)
        profiles = self.game.data.profiles
        for i, profile in enumerate(profiles):
            rect = pygame.Rect(110 + (i % 4) * 270, 170 + (i // 4) * 220, 250, 200)
            self.controls.add(Button(rect, profile.nickname, lambda pr=profile: self.pick(pr),
                                     name=f"profile-{i}", style="secondary", text_size=26, label_bottom=True))
        if len(profiles) < MAX_PROFILES:
            i = len(profiles)
            rect = pygame.Rect(110 + (i % 4) * 270, 170 + (i // 4) * 220, 250, 200)
            self.controls.add(Button(rect, _("New player"), self.new_player, name="new",
                                     style="primary", text_size=26, label_bottom=True))
        if profiles:
            label = _("Done") if self.removing else _("Remove a player")
            self.controls.add(Button(pygame.Rect(470, 626, 340, 64), label, self.toggle_remove, name="remove",
                                     icon="check" if self.removing else "trash", style="quiet", text_size=24))
        first = self.controls.find("profile-0") or self.controls.find("new")
        self.controls.focus = first

    def pick(self, profile) -> None:
        if self.removing:
            from .confirm import ConfirmScene

            question = _("Remove {name} and all their stars? This cannot be undone.").format(name=profile.nickname)
            self.game.scenes.push(ConfirmScene(self.game, question, lambda: self.remove(profile)))
        else:
            self.game.sound.play("click")
            open_profile(self.game, profile)

    def remove(self, profile) -> None:
        data = self.game.data
        data.profiles = [p for p in data.profiles if p.id != profile.id]
        data.progress.pop(profile.id, None)
        if data.last_profile == profile.id:
            data.last_profile = None
        self.game.persist()
        self.removing = bool(data.profiles)
        self.relayout()

    def toggle_remove(self) -> None:
        self.removing = not self.removing
        self.relayout()

    def new_player(self) -> None:
        self.game.scenes.push(NewProfileScene(self.game))

    def resume(self) -> None:
        self.relayout()

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        heading(p, _("Who is playing?") if not self.removing else _("Tap a player to remove them"), 40)
        super().draw(p)
        for i, profile in enumerate(self.game.data.profiles):
            button = self.controls.find(f"profile-{i}")
            p.avatar(profile.avatar, (button.rect.centerx, button.rect.y + 70), 100)
            if self.removing:  # a bin on each card while removing
                p.icon("trash", (button.rect.right - 28, button.rect.y + 28), 32, theme.TRY_AGAIN)
        new = self.controls.find("new")
        if new:
            p.icon("plus", (new.rect.centerx, new.rect.y + 70), 80, theme.ON_PRIMARY)
        if not self.game.data.profiles:
            p.sango((1000, 520), 260, "happy")


class NewProfileScene(Scene):
    """Make a player: a made-up nickname (never a real name) and an avatar."""

    name = "new-profile"

    def __init__(self, game) -> None:
        super().__init__(game)
        self.rng = random.Random(game.options.seed)
        self.nickname = ""
        self.avatar = PLAYER_AVATARS[self.rng.randrange(len(PLAYER_AVATARS))]
        self.ideas = self._ideas()
        self.problem: str | None = None

    def _ideas(self) -> list[str]:
        return [_("{adjective} {animal}").format(adjective=_(self.rng.choice(ADJECTIVES)), animal=_(self.rng.choice(ANIMALS)))
                for _i in range(3)]

    def enter(self) -> None:
        super().enter()
        pygame.key.start_text_input()

    def layout(self) -> None:
        self.add_corner_buttons()
        for i, idea in enumerate(self.ideas):
            self.controls.add(Button(pygame.Rect(80 + i * 250, 340, 236, 60), idea, lambda n=idea: self.set_name(n),
                                     name=f"idea-{i}", style="secondary", text_size=22))
        self.controls.add(Button(pygame.Rect(830, 340, 190, 60), _("More ideas"), self.more_ideas, name="more",
                                 icon="star", style="quiet", text_size=22))
        for i, avatar in enumerate(PLAYER_AVATARS):
            rect = pygame.Rect(80 + i * 118, 470, 104, 104)
            self.controls.add(Button(rect, "", lambda a=avatar: self.set_avatar(a), name=f"avatar-{avatar}",
                                     style="secondary", selected=avatar == self.avatar))
        self.controls.add(Button(pygame.Rect(1040, 600, 210, 76), _("Let's go!"), self.create, name="create",
                                 icon="next", enabled=validate_nickname(self.nickname) is None))

    def set_name(self, name: str) -> None:
        self.nickname = name
        self.problem = None
        self.relayout()

    def more_ideas(self) -> None:
        self.ideas = self._ideas()
        self.relayout()

    def set_avatar(self, avatar: str) -> None:
        self.avatar = avatar
        self.relayout()

    def handle(self, event) -> bool:
        if event.kind == "text":
            if len(self.nickname) < 16:
                self.set_name(self.nickname + event.text)
            return True
        if event.kind == "key" and event.action == "erase":
            self.set_name(self.nickname[:-1])
            return True
        if event.kind == "key" and event.key == pygame.K_SPACE:
            return True  # a space typed into the nickname, not a button press
        return super().handle(event)

    def create(self) -> None:
        self.problem = validate_nickname(self.nickname)
        if self.problem:
            self.relayout()
            return
        profile = new_profile(self.nickname.strip(), self.avatar)
        self.game.data.profiles.append(profile)
        self.game.sound.play("cheer")
        pygame.key.stop_text_input()
        self.game.scenes.pop()
        open_profile(self.game, profile)

    def back(self) -> None:
        pygame.key.stop_text_input()
        self.game.scenes.pop()

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        heading(p, _("Make your player"), 30)
        tip = pygame.Rect(80, 110, 940, 80)
        p.fill((255, 244, 214), tip, 16)
        p.icon("shield", (tip.x + 44, tip.centery), 44, theme.INK)
        p.text(_("Don't use your real name. Pick a fun nickname instead!"), (tip.x + 86, tip.centery), 26,
               theme.INK, bold=True, anchor="midleft", width=tip.width - 110, fit_height=72)
        p.text(_("Your nickname"), (80, 204), 24, theme.INK_SOFT, width=680, fit_height=34)
        field = pygame.Rect(80, 240, 680, 76)
        panel(p, field, radius=14, border=theme.PRIMARY)
        shown = self.nickname + ("|" if int(self.t * 2) % 2 == 0 else "")
        p.text(shown or " ", (field.x + 20, field.centery), 34, theme.INK, bold=True, anchor="midleft",
               width=field.width - 30, fit_height=60)
        if not self.nickname:
            p.text(_("Type one, or tap an idea below"), (field.x + 36, field.centery), 26, theme.INK_SOFT,
                   anchor="midleft", width=field.width - 50, fit_height=60)
        if self.problem:
            p.text(self.problem, (780, 236), 22, theme.TRY_AGAIN, width=440, fit_height=96)
        p.text(_("Pick your picture"), (80, 430), 24, theme.INK_SOFT, width=900, fit_height=34)
        super().draw(p)
        for avatar in PLAYER_AVATARS:
            button = self.controls.find(f"avatar-{avatar}")
            p.avatar(avatar, button.rect.center, 84)
        p.sango((1150, 300), 240, "happy")
