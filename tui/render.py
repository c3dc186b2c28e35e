"""Rich renderings of releases, shared by the reader pane and ``pressroom show``.

Everything is built from :class:`rich.text.Text` with explicit styles: release text never passes
through markup parsing, so ``[bold]`` in a release is shown as it is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from store.models import PersonMention, Release
from store.query import Highlighter
from tui.formatting import category_mark, format_date, release_plain

__all__ = [
    "category_mark",
    "format_date",
    "highlight_names",
    "highlight_terms",
    "people_line",
    "release_plain",
    "release_renderable",
]

PARTICIPANT_STYLE = "bold"
MENTION_STYLE = "italic"
HIT_STYLE = "reverse"
FOOTER_STYLE = "dim"
TRUNCATED_STYLE = "bold red"


def people_line(people: Sequence[PersonMention]) -> Text:
    """``Name (role) · Name (role)`` for the participants."""
    text = Text()
    for number, person in enumerate(people):
        if number:
            text.append(" · ", style="dim")
        text.append(person.name, style=PARTICIPANT_STYLE)
        if person.role:
            text.append(f" ({person.role})", style="dim")
    return text


def highlight_names(text: Text, release: Release) -> None:
    """Style every name-bearing mention: participants bold, people only mentioned italic."""
    for person in sorted(release.people, key=lambda p: p.took_part):
        style = PARTICIPANT_STYLE if person.took_part else MENTION_STYLE
        words = sorted({*person.mentions, person.name}, key=len, reverse=True)
        text.highlight_words([w for w in words if w], style=style)


def term_highlighter(terms: Iterable[str]) -> Highlighter:
    """A highlighter for folded search terms (``gafar*`` is a prefix), as the index matches
    them: ``sentop`` lights up "Şentop", ``chairs`` lights up "Chair`s"."""
    patterns = []
    for term in terms:
        words = tuple(term.rstrip("*").split())
        if words:
            patterns.append((words, term.endswith("*")))
    return Highlighter(patterns)


def highlight_terms(text: Text, terms: Iterable[str] | Highlighter) -> int:
    """Highlight search terms in ``text``; return how many spans were highlighted."""
    highlighter = terms if isinstance(terms, Highlighter) else term_highlighter(terms)
    spans = highlighter.spans(text.plain)
    for start, end in spans:
        text.stylize(HIT_STYLE, start, end)
    return len(spans)


def release_renderable(
    release: Release, *, terms: Sequence[str] = (), show_people: bool = True
) -> RenderableType:
    """The whole release: heading, participants, paragraphs, footer."""
    parts: list[RenderableType] = []
    highlighter = term_highlighter(terms)
    title = Text(release.title, style="bold")
    highlight_terms(title, highlighter)
    parts.append(title)
    meta = Text(format_date(release.date, release.time), style="dim")
    if release.category:
        meta.append(f"  ·  {release.category}", style="dim")
    meta.append(f"  ·  {release.id}", style="dim")
    if release.truncated:
        meta.append("  ·  ")
        meta.append("TRUNCATED: the archive copy ends mid-text", style=TRUNCATED_STYLE)
    parts.append(meta)
    participants = release.participants
    if show_people and participants:
        line = Text("Took part: ", style="dim")
        line.append_text(people_line(participants))
        parts.append(Text())
        parts.append(line)
    mentioned = [p for p in release.people if not p.took_part]
    if show_people and mentioned:
        line = Text("Mentioned: ", style="dim")
        line.append(", ".join(p.name for p in mentioned), style=MENTION_STYLE)
        parts.append(line)
    for paragraph in release.paragraphs:
        parts.append(Text())
        body = Text(paragraph)
        highlight_names(body, release)
        highlight_terms(body, highlighter)
        parts.append(body)
    if release.truncated:
        parts.append(Text())
        parts.append(Text("[ text ends here: the rest is missing ]", style=TRUNCATED_STYLE))
    if release.footer:
        parts.append(Text())
        parts.append(Text("\n".join(release.footer), style=FOOTER_STYLE))
    return Group(*parts)
