"""A synthetic vault for benchmarks and fuzzing: varied notes in the styles people write in.

Deterministic for a seed. Topics, terms and sentences are recombined from small word lists, and
each note mixes several templates (bullet definitions, nested enumerations, comparisons, quiz
sections, explicit cards, tables), with tabs, 2 or 4 spaces, ``-``/``*``/``+`` bullets and CRLF.
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "cache",
    "queue",
    "stream",
    "shard",
    "bucket",
    "volume",
    "snapshot",
    "replica",
    "cluster",
    "node",
    "pod",
    "service",
    "gateway",
    "router",
    "subnet",
    "policy",
    "role",
    "token",
    "key",
    "vault",
    "index",
    "table",
    "partition",
    "topic",
    "broker",
    "consumer",
    "producer",
    "lambda",
    "function",
    "container",
    "image",
    "registry",
    "region",
    "zone",
    "edge",
    "origin",
    "endpoint",
    "listener",
    "target",
    "group",
    "scaler",
    "monitor",
    "alarm",
    "metric",
    "log",
    "trace",
    "span",
    "schema",
    "migration",
    "backup",
]
ADJECTIVES = [
    "managed",
    "durable",
    "elastic",
    "regional",
    "global",
    "private",
    "public",
    "cold",
    "warm",
    "hot",
    "primary",
    "secondary",
]
MARKUP_SOUP = (
    "# ",
    "## ",
    "### What is it?",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "\t",
    "    ",
    "  ",
    "\t ",
    "**",
    "*",
    "_",
    "==",
    "`",
    "```",
    "~~~",
    "$",
    "$$",
    "[[",
    "]]",
    "![[x.png]]",
    "![a](../b.png)",
    "::",
    ":::",
    "?",
    "??",
    "{{c1::",
    "}}",
    "<!--",
    "-->",
    "<script>",
    "| a | b |\n|---|---|",
    " vs ",
    " v.s. ",
    ": ",
    " - ",
    " => ",
    " = ",
    "Q: ",
    "A: ",
    "^block",
    "#tag",
    "\n",
    "\n\n",
    "\r\n",
    "\ufeff",
    "\x00",
    "é",
    "漢",
    "word",
    "Term",
    "?\n",
    "![[x.png|300]]",
    "![a](../etc/passwd)",
    "\n?\n",
    "\n??\n",
    "<script>alert(1)</script>",
    "\n| a | b |\n|---|---|\n",
    "\nQ: ",
    "\nA: ",
    " ^id",
    " #tag",
    "\n# ",
    "\n## ",
    "\n- ",
    "\n\t- ",
    "\n    - ",
    "\n  * ",
    "\n1. ",
    "\n> ",
    "\u202e",
    "漢字",
    "😀",
    "---\ndeck: X\n---\n",
)
"""Fragments of Markdown, Obsidian and flashcard syntax, for notes that test the parser's limits."""
VERBS = [
    "stores",
    "routes",
    "replicates",
    "encrypts",
    "balances",
    "schedules",
    "scales",
    "monitors",
    "caches",
    "retries",
]


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.indent = rng.choice(["\t", "  ", "    "])
        self.bullet = rng.choice(["-", "*", "+"])

    def term(self) -> str:
        words = self.rng.sample(WORDS, self.rng.randint(1, 3))
        return " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(words))

    def sentence(self) -> str:
        r = self.rng
        return f"{r.choice(VERBS)} {r.choice(ADJECTIVES)} {r.choice(WORDS)}s for the {r.choice(WORDS)} {r.choice(WORDS)}"

    def item(self, depth: int, text: str) -> str:
        return f"{self.indent * depth}{self.bullet} {text}"

    def definitions(self) -> list[str]:
        styles = ["{t}: {d}", "**{t}**: {d}", "**{t}:** {d}", "{t} - {d}", "{t} = {d}", "**{t}.** {d}"]
        style = self.rng.choice(styles)
        return [
            self.item(0, style.format(t=self.term(), d=self.sentence()))
            for _ in range(self.rng.randint(4, 10))
        ]

    def enumeration(self) -> list[str]:
        lines = [self.item(0, f"**{self.term()}:**")]
        for _ in range(self.rng.randint(3, 7)):
            lines.append(self.item(1, f"{self.term()}: {self.sentence()}"))
            if self.rng.random() < 0.3:
                lines.append(self.item(2, self.sentence().capitalize() + "."))
        return lines

    def comparison(self) -> list[str]:
        a, b = self.term(), self.term()
        vs = self.rng.choice(["vs", "vs.", "v.s.", "versus"])
        return [
            self.item(0, f"{a} {vs} {b}"),
            self.item(1, f"{a}: {self.sentence()}"),
            self.item(1, f"{b}: {self.sentence()}"),
        ]

    def quiz(self) -> list[str]:
        return [
            f"Which {self.rng.choice(WORDS)} {self.rng.choice(VERBS)} {self.rng.choice(WORDS)}s fastest? What do you recommend?",
            "",
            f"Use a {self.rng.choice(ADJECTIVES)} {self.rng.choice(WORDS)}.",
            "",
            self.sentence().capitalize() + ".",
        ]

    def explicit(self) -> list[str]:
        return [f"{self.term()}::{self.sentence()}" for _ in range(self.rng.randint(2, 5))]

    def table(self) -> list[str]:
        a, b = self.term(), self.term()
        rows = [
            f"| {self.term()} | {self.rng.choice(ADJECTIVES)} | {self.rng.choice(ADJECTIVES)} |"
            for _ in range(3)
        ]
        return [f"| Feature | {a} | {b} |", "|---|---|---|", *rows]


def note(seed: int) -> str:
    rng = random.Random(seed)
    w = Writer(rng)
    lines = [f"# {w.term()} notes {seed}", ""]
    blocks = [w.definitions, w.enumeration, w.comparison, w.quiz, w.explicit, w.table]
    for section in range(rng.randint(3, 6)):
        lines += [f"## {section + 1}. {w.term()} and {w.term()}", ""]
        for _ in range(rng.randint(2, 3)):
            lines += [f"### {w.term()}: {w.sentence()}", w.sentence().capitalize() + ".", ""]
            lines += [*rng.choice(blocks)(), ""]
    text = "\n".join(lines) + "\n"
    return text.replace("\n", "\r\n") if seed % 7 == 0 else text


def write_vault(folder: Path, count: int, seed: int = 0) -> list[Path]:
    paths = []
    for index in range(count):
        sub = folder / f"topic{index % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"note{index:04d}.md"
        path.write_bytes(note(seed * 100_000 + index).encode())
        paths.append(path)
    return paths
