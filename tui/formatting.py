"""Plain-text formatting of releases, without Rich: piped output must not pay for it."""

from __future__ import annotations

from store.models import Release


def category_mark(category: str | None) -> str:
    """A one-letter mark for the release list."""
    if not category:
        return "·"
    return category[0].upper()


def format_date(date: str | None, time: str | None = None) -> str:
    if not date:
        return "undated"
    return f"{date} {time}" if time else date


def release_plain(release: Release) -> str:
    """The release as plain text, e.g. for piping or the clipboard."""
    lines = [release.title, format_date(release.date, release.time)]
    if release.category:
        lines[-1] += f" | {release.category}"
    lines.append(f"id {release.id}{' (truncated)' if release.truncated else ''}")
    if release.participants:
        lines.append(
            "Took part: "
            + "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in release.participants)
        )
    lines.append("")
    for paragraph in release.paragraphs:
        lines.append(paragraph)
        lines.append("")
    if release.footer:
        lines.extend(release.footer)
    return "\n".join(lines).rstrip() + "\n"
