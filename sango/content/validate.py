"""Checking a lesson's YAML tree and building the model from it, in one walk.

`LessonBuilder` reports every problem it finds (never stops at the first) and records every
translatable string with its line and translator comments, so the Babel extractor reuses exactly
the same walk and the same translation contexts (see docs/lesson-format.md).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .key_messages import ALL_KEY_MESSAGES, band_of
from .model import (
    BANDS, CHARACTER_AVATARS, ICONS, MOODS, QUESTION_TYPES, SCHEMA_VERSION, TOPICS, Character, ChatMessage,
    ChatStep, ChoiceStep, DialogueStep, Lesson, Line, Option, Question, QuizOption, QuizStep, SortGroup,
    SortItem, Step, TeacherNotes, Text, CHAT_TOOLS, ChatTool, ChatToolsStep, FeedPost, FeedStep, FlagMessage,
    PasswordStep, PasswordTile, RedFlagsStep, Setting, SettingOption, SettingsStep, SortCard, SortStep,
)
from .yaml_safe import Node, NodeReader, suggest

STEP_KINDS = ("dialogue", "chat", "choice", "quiz", "feed", "sort", "chat_tools", "settings", "red_flags",
              "password")
RESERVED_CHARACTER_IDS = ("sango", "narrator", "me")
TOP_REQUIRED = ("schema_version", "id", "band", "topic", "title", "summary", "key_messages", "teacher_notes", "steps")
STEP_KEYS = {  # kind: (required, optional), besides id, kind and next
    "dialogue": (("lines",), ()),
    "chat": (("app", "messages"), ("title",)),
    "choice": (("prompt", "options"), ("speaker",)),
    "quiz": (("questions",), ("intro",)),
    "feed": (("app", "posts"), ()),
    "sort": (("prompt", "groups", "items", "done"), ()),
    "chat_tools": (("app", "messages", "prompt", "tools", "done"), ("title",)),
    "settings": (("app", "prompt", "settings", "done"), ()),
    "red_flags": (("app", "messages", "prompt", "done"), ("title",)),
    "password": (("prompt", "tiles", "done"), ()),
}
ACTIVITY_RESERVED = ("title", "prompt", "done")  # ids that would clash with an activity's own texts
FEED_POSTS, TOOLS, SETTINGS, SETTING_OPTIONS, FLAG_MESSAGES, TOOL_MESSAGES, TILES = \
    (1, 6), (2, 6), (2, 5), (2, 3), (2, 6), (1, 5), (4, 10)
QUESTION_REQUIRED = ("id", "type", "key_message", "prompt", "explanation")
QUESTION_KEYS = {"single": ("options",), "multiple": ("options",), "true_false": ("answer",),
                 "sort": ("groups", "items")}
ACTIVITY_BUILDERS = {"sort": "sort_step", "chat_tools": "chat_tools_step", "settings": "settings_step",
                     "red_flags": "red_flags_step", "password": "password_step"}
CHOICE_OPTIONS, QUIZ_OPTIONS, SORT_GROUPS, SORT_ITEMS = (2, 4), (2, 5), (2, 3), (2, 8)
TRUE_TEXT, FALSE_TEXT = Text("True", "quiz/true"), Text("False", "quiz/false")

SPACE = {  # translator hints: how much room the text has on screen
    "title": "lesson card title, about 30 characters",
    "summary": "lesson card, about 2 lines of 50 characters",
    "name": "name under a picture, about 16 characters",
    "notes": "teacher notes page, one bullet point, any length",
    "line": "dialogue bubble, about 50 characters per line, 3 lines",
    "chat-title": "chat app bar, about 40 characters",
    "message": "chat bubble, about 25 characters per line, 4 lines",
    "prompt": "question bubble, about 45 characters per line, 2 lines",
    "option": "choice button, about 28 characters",
    "feedback": "feedback panel, about 45 characters per line, 5 lines",
    "intro": "quiz intro bubble, about 50 characters per line, 2 lines",
    "question": "quiz question bubble, about 50 characters per line, 2 lines",
    "explanation": "answer panel, about 55 characters per line, 4 lines",
    "quiz-option": "quiz option button, about 50 characters",
    "group": "sort group heading, about 20 characters",
    "item": "sort card, about 15 characters on 2 short lines",
    "activity-prompt": "instructions above the activity, about 60 characters per line, 2 lines",
    "sango-says": "Sango's message under the activity, about 60 characters per line, 3 lines",
    "setting-label": "settings row label, about 30 characters",
    "setting-option": "settings switch button, about 14 characters",
    "flag-message": "chat bubble, about 40 characters per line, 2 lines",
    "tile": "password word tile, about 10 characters",
    "post": "social media post, about 45 characters per line, 3 lines",
}


@dataclass(frozen=True)
class LessonString:
    """One translatable string as found in the file, for the extractor."""

    text: Text
    line: int
    comments: tuple[str, ...]


def _clash_name(item_id: str, reserved: tuple[str, ...]) -> str:
    if item_id == "title":
        return "chat title"
    if reserved == ("prompt", "explanation"):
        return f"question {item_id}"
    if reserved == ("label", "hint"):
        return f"setting's {item_id}"
    return f"step's {item_id}"


class LessonBuilder(NodeReader):
    def __init__(self, root: Node) -> None:
        super().__init__()
        self.root = root
        self.strings: list[LessonString] = []
        self.lesson_id = ""
        self.header = ""  # translator comment naming the lesson
        self.names: dict[str, str] = {}  # character id -> English name
        self.key_messages: tuple[str, ...] = ()
        self.links: list[tuple[str, Node]] = []  # ("step 'x'", node of its `next`)
        self.group_ids: list[str] = []  # groups of the sort question being built
        self.step_marks: list[tuple[int, int]] = []  # (line, column) of each built step

    # ---- the lesson ---------------------------------------------------------------------------
    def build(self) -> Lesson:
        top = self.fields(self.root, "", TOP_REQUIRED, ("order", "characters"))
        version = top.get("schema_version")
        if version is not None and version.value != SCHEMA_VERSION:
            self.problem(version, f"'schema_version' must be {SCHEMA_VERSION} (got {version.raw or version.kind})")
        self.lesson_id = lesson_id = self.ident(top.get("id"))
        band = self.one_of(top.get("band"), "band", BANDS)
        topic = self.one_of(top.get("topic"), "topic", TOPICS)
        self.header = f"lesson: {lesson_id} ({band}, {topic})"
        order = self.integer(top.get("order"), "order", 0) if "order" in top else 0
        title = self.text(top.get("title"), f"{lesson_id}/title", "title", "title")
        summary = self.text(top.get("summary"), f"{lesson_id}/summary", "summary", "summary")
        self.key_messages = self.lesson_key_messages(top.get("key_messages"), band)
        characters = self.each(top.get("characters"), "characters", self.character, lesson_id, allow_empty=True)
        notes = self.teacher_notes(top.get("teacher_notes"))
        step_lines: dict[str, int] = {}
        steps = []
        for node in self.list_of(top.get("steps"), "steps", allow_empty=False):
            step = self.step(node, step_lines)
            if step is not None:
                steps.append(step)
                self.step_marks.append((node.line, node.column))
        for who, node in self.links:
            target = node.raw.strip()
            if target and target not in step_lines:
                self.problem(node, f"{who} says next: '{target}', but there is no step with that id"
                                   f"{suggest(target, list(step_lines))}")
        return Lesson(id=lesson_id, band=band, topic=topic, title=title, summary=summary,
                      key_messages=self.key_messages, teacher_notes=notes, steps=tuple(steps),
                      characters=characters, order=order)

    def lesson_key_messages(self, node: Node | None, band: str) -> tuple[str, ...]:
        found: dict[str, int] = {}
        for item in self.list_of(node, "key_messages", allow_empty=False):
            value = self.known_key_message(item)
            if value in found:
                self.problem(item, f"key message '{value}' is listed twice")
            elif value:
                found[value] = item.line
                if band in BANDS and band_of(value) not in (None, band):
                    self.problem(item, f"key message '{value}' belongs to the {band_of(value)} band, "
                                       f"but this lesson is for {band}")
        return tuple(found)

    def known_key_message(self, node: Node | None) -> str:
        value = self.word(node, "key_message")
        if value and value not in ALL_KEY_MESSAGES:
            self.problem(node, f"unknown key message '{value}'{suggest(value, list(ALL_KEY_MESSAGES))}")
            return ""
        return value

    def character(self, node: Node, char_id: str, _ctx: str) -> Character:
        values = self.fields(node, f"character '{char_id}'", ("id", "name", "avatar"))
        if char_id in RESERVED_CHARACTER_IDS:
            self.problem(values["id"], f"'{char_id}' is a reserved speaker name: choose another character id")
        name = self.text(values.get("name"), f"{self.lesson_id}/characters/{char_id}/name", "name", "name")
        if char_id not in RESERVED_CHARACTER_IDS:
            self.names.setdefault(char_id, name.msgid)
        avatar = self.known(values.get("avatar"), "avatar", CHARACTER_AVATARS)
        return Character(char_id, name, avatar)

    def teacher_notes(self, node: Node | None) -> TeacherNotes:
        values = self.fields(node, "'teacher_notes'", ("duration_minutes", "objectives", "discussion"),
                             ("vocabulary",))
        lists = {}
        for key in ("objectives", "vocabulary", "discussion"):
            items = self.list_of(values.get(key), key, allow_empty=key == "vocabulary")
            lists[key] = tuple(self.text(item, f"{self.lesson_id}/teacher_notes/{key}/{i}", f"entry {i + 1} of "
                                         f"'{key}'", "notes") for i, item in enumerate(items))
        minutes = self.integer(values.get("duration_minutes"), "duration_minutes", 1)
        return TeacherNotes(lists["objectives"], lists["discussion"], minutes, lists["vocabulary"])

    # ---- steps --------------------------------------------------------------------------------
    def step(self, node: Node, step_lines: dict[str, int]) -> Step | None:
        if not isinstance(node.value, dict):
            self.problem(node, f"each step must be a mapping with 'id:' and 'kind:' (found {node.kind})")
            return None
        step_id = self.ident(node.value.get("id"))
        if step_id:
            self.unique(step_lines, step_id, node.value["id"])
        kind = self.one_of(node.value.get("kind"), "kind", STEP_KINDS)
        what = f"step '{step_id}'" if step_id else "this step"
        if kind in STEP_KEYS:
            required, optional = STEP_KEYS[kind]
            others = {k for keys in STEP_KEYS.values() for k in keys[0] + keys[1]} - set(required + optional)
            values = self.fields(node, what, ("id", "kind") + required, ("next",) + optional, others, f"{kind} step")
        else:
            values = node.value  # the kind is wrong: report that, not every key
            self.fields(node, what, ("id", "kind"), tuple(values))
        next_step = self.link(values.get("next"), what)
        common = dict(id=step_id, kind=kind, next=next_step, line=node.line)
        ctx = f"{self.lesson_id}/{step_id}"
        if kind == "dialogue":
            return DialogueStep(**common, lines=self.each(values.get("lines"), "lines", self.line, ctx))
        if kind == "chat":
            title = self.text(values["title"], f"{ctx}/title", "title", "chat-title") if "title" in values else None
            messages = self.each(values.get("messages"), "messages", self.message, ctx, reserved=("title",))
            return ChatStep(**common, app=self.word(values.get("app"), "app"), title=title, messages=messages)
        if kind == "choice":
            return self.choice(values, common, ctx)
        if kind == "quiz":
            intro = self.text(values["intro"], f"{ctx}/intro", "intro", "intro") if "intro" in values else None
            return QuizStep(**common, intro=intro, questions=self.each(values.get("questions"), "questions",
                                                                      self.question, ctx))
        if kind == "feed":
            posts = self.each(values.get("posts"), "posts", self.post, ctx, count=FEED_POSTS)
            return FeedStep(**common, app=self.word(values.get("app"), "app"), posts=posts)
        if kind in ACTIVITY_BUILDERS:
            common |= dict(prompt=self.text(values.get("prompt"), f"{ctx}/prompt", "prompt", "activity-prompt"),
                           done=self.text(values.get("done"), f"{ctx}/done", "done", "sango-says", "Sango"))
            return getattr(self, ACTIVITY_BUILDERS[kind])(values, common, ctx)
        return Step(**common)

    def line(self, node: Node, item_id: str, ctx: str) -> Line:
        values = self.fields(node, f"line '{item_id}'", ("id", "speaker", "text"), ("mood",))
        speaker = self.speaker(values.get("speaker"))
        mood = self.known(values["mood"], "mood", MOODS) if "mood" in values else "talking"
        text = self.text(values.get("text"), f"{ctx}/{item_id}", "text", "line", self.speaker_name(speaker))
        return Line(item_id, speaker, text, mood or "talking")

    def message(self, node: Node, item_id: str, ctx: str) -> ChatMessage:
        values = self.fields(node, f"message '{item_id}'", ("id", "from", "text"))
        sender = self.sender(values.get("from"))
        return ChatMessage(item_id, sender, self.text(values.get("text"), f"{ctx}/{item_id}", "text", "message",
                                                      self.sender_name(sender)))

    def sender(self, node: Node | None) -> str:
        sender = self.word(node, "from")
        if sender and sender != "me" and sender not in self.names:
            hint = suggest(sender, [*self.names, "me"]) or f" (a message is from {', '.join(['me', *self.names])})"
            self.problem(node, f"unknown chat sender '{sender}'{hint}")
        return sender

    def sender_name(self, sender: str) -> str:
        return "the player" if sender == "me" else self.speaker_name(sender)

    def choice(self, values: dict[str, Node], common: dict, ctx: str) -> ChoiceStep:
        speaker = self.speaker(values["speaker"]) if "speaker" in values else "sango"
        prompt = self.text(values.get("prompt"), f"{ctx}/prompt", "prompt", "prompt", self.speaker_name(speaker))
        node = values.get("options")
        options = self.each(node, "options", self.option, ctx)
        if node is not None and isinstance(node.value, list):
            low, high = CHOICE_OPTIONS
            if not low <= len(node.value) <= high:
                self.problem(node, f"a choice needs {low} to {high} options (found {len(node.value)})")
            if options and not any(o.safe for o in options):
                self.problem(node, f"no option of choice '{common['id']}' is safe")
        return ChoiceStep(**common, prompt=prompt, speaker=speaker, options=options)

    def option(self, node: Node, item_id: str, ctx: str) -> Option:
        what = f"option '{item_id}'"
        values = self.fields(node, what, ("id", "text", "safe", "feedback"), ("icon", "next", "mood"))
        text = self.text(values.get("text"), f"{ctx}/{item_id}/text", "text", "option")
        feedback = self.text(values.get("feedback"), f"{ctx}/{item_id}/feedback", "feedback", "feedback", "Sango")
        safe = self.boolean(values.get("safe"), "safe")
        icon = self.known(values["icon"], "icon", ICONS) if "icon" in values else ""
        mood = self.known(values["mood"], "mood", MOODS) if "mood" in values else ""
        return Option(item_id, text, feedback, safe, icon, self.link(values.get("next"), what), mood)

    def post(self, node: Node, item_id: str, ctx: str) -> FeedPost:
        values = self.fields(node, f"post '{item_id}'", ("id", "from", "text"), ("picture", "likes"))
        sender = self.sender(values.get("from"))
        text = self.text(values.get("text"), f"{ctx}/{item_id}", "text", "post", self.sender_name(sender))
        picture = self.known(values["picture"], "picture", ICONS) if "picture" in values else ""
        likes = self.integer(values["likes"], "likes", 0) if "likes" in values else None
        return FeedPost(item_id, sender, text, picture, likes)

    # ---- practice activities ------------------------------------------------------------------
    def sort_step(self, values: dict[str, Node], common: dict, ctx: str) -> SortStep:
        seen: dict[str, int] = {}
        groups = self.each(values.get("groups"), "groups", self.sort_group, ctx, seen, ACTIVITY_RESERVED, SORT_GROUPS)
        self.group_ids = [g.id for g in groups]
        cards = self.each(values.get("items"), "items", self.sort_card, ctx, seen, ACTIVITY_RESERVED, SORT_ITEMS)
        if 0 < sum(bool(c.icon) for c in cards) < len(cards):
            self.problem(values["items"], f"some cards of step '{common['id']}' have an icon and some do not: give "
                                          f"every card a picture, or none (pictures must not give the answer away)")
        return SortStep(**common, groups=groups, items=cards)

    def sort_card(self, node: Node, item_id: str, ctx: str) -> SortCard:
        values = self.fields(node, f"item '{item_id}'", ("id", "text", "group"), ("icon", "hint"))
        item = self.sort_item(node, item_id, ctx, values)
        icon = self.known(values["icon"], "icon", ICONS) if "icon" in values else ""
        hint = self.text(values["hint"], f"{ctx}/{item_id}/hint", "hint", "sango-says", "Sango") \
            if "hint" in values else None
        return SortCard(item_id, item.text, item.group, icon, hint)

    def chat_tools_step(self, values: dict[str, Node], common: dict, ctx: str) -> ChatToolsStep:
        title = self.text(values["title"], f"{ctx}/title", "title", "chat-title") if "title" in values else None
        messages = self.each(values.get("messages"), "messages", self.message, ctx, reserved=ACTIVITY_RESERVED,
                             count=TOOL_MESSAGES)
        tools = self.each(values.get("tools"), "tools", self.chat_tool, ctx, count=TOOLS)
        names = [t.id for t in tools]
        for tool, node in zip(tools, self.list_of(values.get("tools"), "tools")):
            if tool.after and tool.after not in names:
                self.problem(node.value.get("after", node), f"tool '{tool.id}' comes after '{tool.after}', "
                                                            f"but this step has no such tool")
            elif tool.after and tool.after == tool.id:
                self.problem(node.value.get("after", node), f"tool '{tool.id}' cannot come after itself")
        if tools and not any(t.safe for t in tools):
            self.problem(values["tools"], f"no tool of step '{common['id']}' is safe: the step could never end")
        return ChatToolsStep(**common, app=self.word(values.get("app"), "app"), title=title, messages=messages,
                             tools=tools)

    def chat_tool(self, node: Node, item_id: str, ctx: str) -> ChatTool:
        values = self.fields(node, f"tool '{item_id}'", ("id", "safe", "feedback"), ("after",))
        if item_id and item_id not in CHAT_TOOLS:
            self.problem(values["id"], f"unknown tool '{item_id}'{suggest(item_id, list(CHAT_TOOLS))} "
                                       f"(a tool is one of {', '.join(CHAT_TOOLS)})")
        feedback = self.text(values.get("feedback"), f"{ctx}/{item_id}/feedback", "feedback", "sango-says", "Sango")
        after = self.word(values["after"], "after") if "after" in values else None
        return ChatTool(item_id, self.boolean(values.get("safe"), "safe"), feedback, after or None)

    def settings_step(self, values: dict[str, Node], common: dict, ctx: str) -> SettingsStep:
        settings = self.each(values.get("settings"), "settings", self.setting, ctx, reserved=ACTIVITY_RESERVED,
                             count=SETTINGS)
        if settings and all(s.options and s.options[0].safe for s in settings):
            self.problem(values["settings"], f"every setting of step '{common['id']}' already starts safe: "
                                             f"put an unsafe option first in at least one")
        return SettingsStep(**common, app=self.word(values.get("app"), "app"), settings=settings)

    def setting(self, node: Node, item_id: str, ctx: str) -> Setting:
        values = self.fields(node, f"setting '{item_id}'", ("id", "label", "options", "hint"), ("icon",))
        label = self.text(values.get("label"), f"{ctx}/{item_id}/label", "label", "setting-label")
        options = self.each(values.get("options"), "options", self.setting_option, f"{ctx}/{item_id}",
                            reserved=("label", "hint"), count=SETTING_OPTIONS)
        if options and not any(o.safe for o in options):
            self.problem(values["options"], f"no option of setting '{item_id}' is safe")
        hint = self.text(values.get("hint"), f"{ctx}/{item_id}/hint", "hint", "sango-says", "Sango")
        icon = self.known(values["icon"], "icon", ICONS) if "icon" in values else ""
        return Setting(item_id, label, options, hint, icon)

    def setting_option(self, node: Node, item_id: str, ctx: str) -> SettingOption:
        values = self.fields(node, f"option '{item_id}'", ("id", "text"), ("safe",))
        safe = self.boolean(values["safe"], "safe") if "safe" in values else False
        return SettingOption(item_id, self.text(values.get("text"), f"{ctx}/{item_id}", "text", "setting-option"), safe)

    def red_flags_step(self, values: dict[str, Node], common: dict, ctx: str) -> RedFlagsStep:
        title = self.text(values["title"], f"{ctx}/title", "title", "chat-title") if "title" in values else None
        messages = self.each(values.get("messages"), "messages", self.flag_message, ctx, reserved=ACTIVITY_RESERVED,
                             count=FLAG_MESSAGES)
        if messages and (all(m.flag for m in messages) or not any(m.flag for m in messages)):
            self.problem(values["messages"], f"step '{common['id']}' needs at least one message with flag: true "
                                             f"and at least one without")
        return RedFlagsStep(**common, app=self.word(values.get("app"), "app"), title=title, messages=messages)

    def flag_message(self, node: Node, item_id: str, ctx: str) -> FlagMessage:
        values = self.fields(node, f"message '{item_id}'", ("id", "from", "text"), ("flag", "why"))
        sender = self.sender(values.get("from"))
        text = self.text(values.get("text"), f"{ctx}/{item_id}", "text", "flag-message", self.sender_name(sender))
        flag = self.boolean(values["flag"], "flag") if "flag" in values else False
        why = self.text(values["why"], f"{ctx}/{item_id}/why", "why", "sango-says", "Sango") if "why" in values else None
        if flag and "why" not in values:
            self.problem(values["flag"], f"message '{item_id}' is a flag, so it needs a 'why' (Sango says why "
                                         f"it is a warning sign)")
        return FlagMessage(item_id, sender, text, flag, why)

    def password_step(self, values: dict[str, Node], common: dict, ctx: str) -> PasswordStep:
        tiles = self.each(values.get("tiles"), "tiles", self.password_tile, ctx, reserved=ACTIVITY_RESERVED,
                          count=TILES)
        if tiles and sum(not t.personal for t in tiles) < 3:
            self.problem(values["tiles"], f"step '{common['id']}' needs at least 3 tiles that are not personal, "
                                          f"or no strong password can be built")
        return PasswordStep(**common, tiles=tiles)

    def password_tile(self, node: Node, item_id: str, ctx: str) -> PasswordTile:
        values = self.fields(node, f"tile '{item_id}'", ("id", "text"), ("personal", "hint"))
        text = self.text(values.get("text"), f"{ctx}/{item_id}", "text", "tile")
        personal = self.boolean(values["personal"], "personal") if "personal" in values else False
        hint = self.text(values["hint"], f"{ctx}/{item_id}/hint", "hint", "sango-says", "Sango") \
            if "hint" in values else None
        if personal and "hint" not in values:
            self.problem(values["personal"], f"tile '{item_id}' is personal, so it needs a 'hint' (why it is "
                                             f"easy to guess)")
        return PasswordTile(item_id, text, personal, hint)

    # ---- quiz ---------------------------------------------------------------------------------
    def question(self, node: Node, q_id: str, ctx: str) -> Question:
        type_node = node.value.get("type")
        kind = self.one_of(type_node, "type", QUESTION_TYPES)
        every = {k for keys in QUESTION_KEYS.values() for k in keys}
        if kind in QUESTION_KEYS:
            extra = QUESTION_KEYS[kind]
            values = self.fields(node, f"question '{q_id}'", QUESTION_REQUIRED + extra, (), every - set(extra),
                                 f"{kind} question")
        else:  # the type is wrong: report that, not every key
            values = self.fields(node, f"question '{q_id}'", QUESTION_REQUIRED, tuple(every))
        key_message = self.known_key_message(values.get("key_message"))
        if key_message and self.key_messages and key_message not in self.key_messages:
            self.problem(values["key_message"], f"question '{q_id}' checks key message '{key_message}', "
                                                f"which is not in the lesson's key_messages")
        ctx = f"{ctx}/{q_id}"
        prompt = self.text(values.get("prompt"), f"{ctx}/prompt", "prompt", "question")
        explanation = self.text(values.get("explanation"), f"{ctx}/explanation", "explanation", "explanation")
        question = Question(q_id, kind, prompt, explanation, key_message)
        seen: dict[str, int] = {}  # options, groups and items share the question's contexts
        reserved = ("prompt", "explanation")
        if kind in ("single", "multiple"):
            options = self.each(values.get("options"), "options", self.quiz_option, ctx, seen, reserved,
                                QUIZ_OPTIONS)
            correct = sum(o.correct for o in options)
            if options and correct == 0:
                self.problem(values["options"], f"question '{q_id}' has no correct answer")
            elif kind == "single" and correct > 1:
                self.problem(values["options"], f"question '{q_id}' has {correct} correct options, but a single "
                                                f"question needs exactly one (use type: multiple)")
            return replace(question, options=options)
        if kind == "true_false":
            answer = self.boolean(values.get("answer"), "answer")
            return replace(question, options=(QuizOption("true", TRUE_TEXT, answer),
                                              QuizOption("false", FALSE_TEXT, not answer)))
        if kind == "sort":
            groups = self.each(values.get("groups"), "groups", self.sort_group, ctx, seen, reserved, SORT_GROUPS)
            group_ids = [g.id for g in groups]
            self.group_ids = group_ids
            items = self.each(values.get("items"), "items", self.sort_item, ctx, seen, reserved, SORT_ITEMS)
            return replace(question, groups=groups, items=items)
        return question

    def quiz_option(self, node: Node, item_id: str, ctx: str) -> QuizOption:
        values = self.fields(node, f"option '{item_id}'", ("id", "text"), ("correct",))
        correct = self.boolean(values["correct"], "correct") if "correct" in values else False
        return QuizOption(item_id, self.text(values.get("text"), f"{ctx}/{item_id}", "text", "quiz-option"), correct)

    def sort_group(self, node: Node, item_id: str, ctx: str) -> SortGroup:
        values = self.fields(node, f"group '{item_id}'", ("id", "label"), ("icon",))
        icon = self.known(values["icon"], "icon", ICONS) if "icon" in values else ""
        return SortGroup(item_id, self.text(values.get("label"), f"{ctx}/{item_id}", "label", "group"), icon)

    def sort_item(self, node: Node, item_id: str, ctx: str, values: dict[str, Node] | None = None) -> SortItem:
        if values is None:
            values = self.fields(node, f"item '{item_id}'", ("id", "text", "group"))
        text = self.text(values.get("text"), f"{ctx}/{item_id}", "text", "item")
        group = self.word(values.get("group"), "group")
        if group and self.group_ids and group not in self.group_ids:
            question = ctx.rsplit("/", 1)[-1]
            self.problem(values["group"], f"item '{item_id}' is in group '{group}', but question '{question}' "
                                          f"has no group with that id{suggest(group, self.group_ids)}")
        return SortItem(item_id, text, group)

    # ---- lists of things with ids -------------------------------------------------------------
    def each(self, node, key, build, ctx, seen=None, reserved=(), count=None, allow_empty=False) -> tuple:
        """Build every entry of the list under `key`; their ids are unique within `seen`."""
        seen = {} if seen is None else seen
        items = self.list_of(node, key, allow_empty)
        if count and items and not count[0] <= len(items) <= count[1]:
            self.problem(node, f"'{key}' needs {count[0]} to {count[1]} entries (found {len(items)})")
        built = []
        for item in items:
            if not isinstance(item.value, dict):
                self.problem(item, f"each entry of '{key}' must be a mapping with an 'id:' (found {item.kind})")
                continue
            item_id = self.ident(item.value.get("id"))
            if item_id in reserved:
                self.problem(item.value["id"], f"'{item_id}' cannot be used as an id here: it would clash with "
                                               f"the {_clash_name(item_id, reserved)}")
            elif item_id:
                self.unique(seen, item_id, item.value["id"])
            built.append(build(item, item_id, ctx))
        return tuple(built)

    # ---- lesson-specific values -------------------------------------------------------------
    def speaker(self, node: Node | None) -> str:
        value = self.word(node, "speaker")
        allowed = ["sango", "narrator", *self.names]
        if value and value not in allowed:
            hint = suggest(value, allowed) or f" (a speaker is {', '.join(allowed)})"
            self.problem(node, f"unknown speaker '{value}'{hint}")
        return value

    def speaker_name(self, speaker: str) -> str:
        return {"sango": "Sango", "narrator": "narrator"}.get(speaker) or self.names.get(speaker, "")

    def link(self, node: Node | None, who: str) -> str | None:
        if node is None:
            return None
        self.links.append((who, node))
        return self.word(node, "next") or None

    def boolean(self, node: Node | None, key: str) -> bool:
        if node is not None and not isinstance(node.value, bool):
            self.problem(node, f"'{key}' must be true or false")
        return node is not None and node.value is True

    def integer(self, node: Node | None, key: str, minimum: int) -> int:
        if node is None:
            return 0
        if isinstance(node.value, bool) or not isinstance(node.value, int) or node.value < minimum:
            self.problem(node, f"'{key}' must be a whole number of at least {minimum} (got {node.raw or node.kind})")
            return 0
        return node.value

    def text(self, node: Node | None, ctx: str, key: str, space: str, speaker: str = "") -> Text:
        """A translatable string; `key` names it in messages ("title", or "entry 2 of 'objectives'")."""
        if node is None:
            return Text("", ctx)
        name = key if " " in key else f"'{key}'"
        if isinstance(node.value, (dict, list)):
            self.problem(node, f"{name} must be text, not {node.kind}")
            return Text("", ctx)
        msgid = "" if node.value is None else node.raw.strip()
        if not msgid:
            self.problem(node, f"{name} is empty")
            return Text("", ctx)
        comments = (self.header,) + ((f"speaker: {speaker}",) if speaker else ()) + (f"space: {SPACE[space]}",)
        self.strings.append(LessonString(Text(msgid, ctx), node.line, comments))
        return Text(msgid, ctx)
