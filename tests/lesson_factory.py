"""A small lesson built in code, for tests of the logic that must not depend on the YAML loader."""
from sango.content.model import (
    ChatMessage, ChatStep, ChoiceStep, DialogueStep, Lesson, Line, Option, Question, QuizOption,
    QuizStep, SortGroup, SortItem, TeacherNotes, Text,
)


def t(ctx: str, text: str | None = None) -> Text:
    return Text(text or ctx, ctx)


def sample_lesson() -> Lesson:
    return Lesson(
        id="sample", band="8-12", topic="bullying", title=t("title"), summary=t("summary"),
        key_messages=("K8-bullying",),
        teacher_notes=TeacherNotes((t("obj"),), (t("disc1"), t("disc2")), 10),
        steps=(
            DialogueStep("intro", "dialogue", lines=(Line("a", "sango", t("a")), Line("b", "sango", t("b")))),
            ChatStep("chat", "chat", app="ChatPal", messages=(ChatMessage("m1", "amara", t("m1")),)),
            ChoiceStep("ask", "choice", prompt=t("prompt"), options=(
                Option("angry", t("angry"), t("angry-fb"), safe=False, next="oops"),
                Option("ignore", t("ignore"), t("ignore-fb"), safe=False),
                Option("tell", t("tell"), t("tell-fb"), safe=True),
            )),
            DialogueStep("good", "dialogue", next="quiz", lines=(Line("c", "sango", t("c")),)),
            DialogueStep("oops", "dialogue", next="ask", lines=(Line("d", "sango", t("d")),)),
            QuizStep("quiz", "quiz", questions=(
                Question("q1", "single", t("q1"), t("e1"), "K8-bullying",
                         options=(QuizOption("x", t("x")), QuizOption("y", t("y"), True))),
                Question("q2", "multiple", t("q2"), t("e2"), "K8-bullying",
                         options=(QuizOption("a", t("a"), True), QuizOption("b", t("b")), QuizOption("c", t("c"), True))),
                Question("q3", "true_false", t("q3"), t("e3"), "K8-bullying",
                         options=(QuizOption("true", t("True"), True), QuizOption("false", t("False")))),
                Question("q4", "sort", t("q4"), t("e4"), "K8-bullying",
                         groups=(SortGroup("kind", t("kind")), SortGroup("unkind", t("unkind"))),
                         items=(SortItem("hi", t("hi"), "kind"), SortItem("mean", t("mean"), "unkind"),
                                SortItem("thanks", t("thanks"), "kind"), SortItem("rude", t("rude"), "unkind"))),
            )),
            DialogueStep("bye", "dialogue", lines=(Line("e", "sango", t("e"), "cheering"),)),
        ),
    )
