"""The browser driven with Textual's Pilot: every key, the filters, search, refresh, errors."""

from __future__ import annotations

import gc
import itertools
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from store.importer import import_paths
from store.library import Library
from store.models import ReleaseSummary
from store.paths import LibraryLocation
from tui.app import PressroomApp, run
from tui.render import release_plain
from tui.screens.catalogue import Catalogue
from tui.screens.date_jump import DateJumpModal
from tui.screens.help import HelpScreen, bindings_of
from tui.screens.main import MainScreen
from tui.widgets.key_bar import KeyBar
from tui.widgets.release_list import ReleaseList

from .conftest import (
    AppFactory,
    main_screen,
    notifications,
    person_with,
    press,
    release_text,
    settle,
    type_text,
)

SIZE = (120, 40)


def ids(rows: object) -> list[str]:
    return [row.id for row in rows]  # type: ignore[attr-defined]


def newest_first(library: Library, wanted: set[str]) -> list[str]:
    return [s.id for s in library.summaries() if s.id in wanted]


def header_text(screen: MainScreen) -> str:
    return screen.query_one("#header").render().plain  # type: ignore[union-attr]


# -- start-up and moving --------------------------------------------------------------------


async def test_start_lists_every_release_newest_first(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert ids(screen.release_list.rows) == ids(library.summaries())
        assert screen.release_list.cursor == 0
        assert app.focused is screen.release_list
        assert f"{len(library)} releases" in header_text(screen)
        assert str(library.path.name) in header_text(screen)
        assert len(screen.people_pane.people_list.rows) == len(library.people())


async def test_the_loaded_catalogue_is_kept_from_the_cyclic_collector(make_app: AppFactory):
    """The catalogue is frozen out of the collector's passes: at 100,000 releases a pass over
    it stalled the browser for most of a second, at start-up and again while browsing."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        catalogue = main_screen(app).catalogue
        assert gc.isenabled()  # the pause during the load is over
        young = {id(obj) for generation in range(3) for obj in gc.get_objects(generation)}
        assert catalogue.summaries and catalogue.people
        assert not young & {id(row) for row in catalogue.summaries}
        assert not young & {id(person) for person in catalogue.people}
        assert gc.get_freeze_count() >= len(catalogue.summaries) + len(catalogue.people)


async def test_the_collector_paused_for_the_start_resumes_with_the_first_frame(
    make_app: AppFactory,
):
    """`pressroom` pauses the cyclic collector before it imports Textual (tui.cli); the first
    frame ends the pause, or the browser would never collect a cycle again."""
    from tui import pause_collector_for_start, resume_collector

    app = make_app()
    pause_collector_for_start()
    try:
        assert not gc.isenabled()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            import tui

            assert not tui._collector_paused  # the pause is over
    finally:
        resume_collector()
        gc.enable()


async def test_sample_library_is_named_in_header(library: Library):
    location = LibraryLocation(library.path, readonly=True, is_sample=True)
    app = PressroomApp(library, location)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "sample library, read-only" in header_text(main_screen(app))


async def test_up_down_and_vim_keys_move_the_cursor(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        releases = main_screen(app).release_list
        await press(pilot, "down", "down")
        assert releases.cursor == 2
        await press(pilot, "up")
        assert releases.cursor == 1
        await press(pilot, "j", "j", "j")
        assert releases.cursor == 4
        await press(pilot, "k")
        assert releases.cursor == 3
        await press(pilot, "up", "up", "up", "up", "k")
        assert releases.cursor == 0


async def test_page_and_home_end_keys(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        releases = main_screen(app).release_list
        page = releases.scrollable_content_region.height - 1
        await press(pilot, "pagedown")
        assert releases.cursor == page
        await press(pilot, "pageup")
        assert releases.cursor == 0
        await press(pilot, "end")
        assert releases.cursor == len(library) - 1
        assert releases.scroll_y > 0
        await press(pilot, "home")
        assert releases.cursor == 0
        assert releases.scroll_y == 0
        await press(pilot, "G")
        assert releases.cursor == len(library) - 1
        await press(pilot, "g")
        assert releases.cursor == 0


async def test_enter_opens_the_selected_release(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "down", "down", "down", "enter")
        expected = library.summaries()[3]
        assert screen.reader.release is not None
        assert screen.reader.release.id == expected.id
        assert app.focused is screen.reader
        assert expected.title.split()[0] in screen.reader.text
        release = library.get(expected.id)
        assert release.paragraphs[0].split()[0] in screen.reader.text


async def test_clicking_a_release_opens_it(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert await pilot.click(ReleaseList, offset=(20, 2))
        await settle(pilot)
        assert screen.release_list.cursor == 2
        assert screen.reader.release is not None
        assert screen.reader.release.id == library.summaries()[2].id


async def test_key_bar_follows_the_pane_in_front_and_a_click_presses_a_key(
    make_app: AppFactory,
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)

        def line() -> str:
            return bar.render().plain

        assert "⏎ Open" in line() and "esc Back" not in line()
        assert line().rstrip().endswith("^p Commands")
        assert len(line()) == SIZE[0]
        await press(pilot, "enter")
        await settle(pilot)
        assert "⏎ Open" not in line() and "esc Back" in line()
        assert "n Next hit" not in line()  # no search, no hits to jump between
        await press(pilot, "escape")
        await settle(pilot)
        assert "⏎ Open" in line()
        assert await pilot.click(KeyBar, offset=(line().index("? Keys"), 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_key_bar_offers_n_and_n_once_the_open_release_has_hits(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await type_text(pilot, "baku")
        await settle(pilot)
        await press(pilot, "enter", "enter")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.reader.hit_lines
        line = app.screen.query_one(KeyBar).render().plain
        assert "n Next hit" in line and "N Previous hit" in line


async def test_clicking_a_person_filters_by_them(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        first = screen.people_pane.people_list.rows[0].person
        assert await pilot.click("#people-list", offset=(3, 0))
        await settle(pilot)
        assert screen.people_filter == (first.key,)


async def test_reader_scrolls_with_the_keyboard(make_app: AppFactory, library: Library):
    longest = max(library.releases(), key=lambda r: sum(map(len, r.paragraphs)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        index = ids(screen.release_list.rows).index(longest.id)
        screen.release_list.cursor = index
        await press(pilot, "enter")
        reader = screen.reader
        assert reader.release is not None and reader.release.id == longest.id
        assert reader.max_scroll_y > 5, "the release should not fit the reader at 80x24"
        await press(pilot, "down")
        assert reader.scroll_y == 1
        await press(pilot, "j", "j")
        assert reader.scroll_y == 3
        await press(pilot, "k")
        assert reader.scroll_y == 2
        await press(pilot, "up")
        assert reader.scroll_y == 1
        await press(pilot, "pagedown")
        assert reader.scroll_y > 5
        await press(pilot, "pageup")
        assert reader.scroll_y <= 1
        await press(pilot, "end")
        assert reader.scroll_y == reader.max_scroll_y
        await press(pilot, "home")
        assert reader.scroll_y == 0
        await press(pilot, "G")
        assert reader.scroll_y == reader.max_scroll_y
        await press(pilot, "g")
        assert reader.scroll_y == 0
        await press(pilot, "space")
        assert reader.scroll_y > 5


# -- panes ----------------------------------------------------------------------------------


async def test_tab_and_shift_tab_move_between_panes(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        people_input = screen.people_pane.narrow_input
        assert app.focused is screen.release_list
        await press(pilot, "tab")
        assert app.focused is screen.reader
        await press(pilot, "tab")
        assert app.focused is people_input
        await press(pilot, "tab")
        assert app.focused is screen.release_list
        await press(pilot, "shift+tab")
        assert app.focused is people_input
        await press(pilot, "shift+tab")
        assert app.focused is screen.reader
        await press(pilot, "shift+tab")
        assert app.focused is screen.release_list


async def test_p_goes_to_the_people_filter(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "p")
        assert app.focused is screen.people_pane.narrow_input
        assert screen.pane == "people"


async def test_escape_leaves_the_reader(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "down", "enter")
        assert app.focused is screen.reader
        await press(pilot, "escape")
        assert app.focused is screen.release_list
        assert screen.release_list.cursor == 1
        assert screen.reader.release is not None, "the release stays in the reader"


async def test_narrow_terminal_shows_one_pane_at_a_time(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        people, releases, reader = (
            screen.people_pane,
            screen.query_one("#releases"),
            screen.reader,
        )
        assert screen.layout_mode == "narrow"
        assert releases.display and not people.display and not reader.display
        assert releases.region.width == 80
        await press(pilot, "enter")
        assert reader.display and not releases.display and not people.display
        assert reader.region.width == 80
        assert app.focused is reader
        await press(pilot, "escape")
        assert releases.display and not reader.display
        await press(pilot, "p")
        assert people.display and not releases.display
        assert app.focused is screen.people_pane.narrow_input
        await press(pilot, "escape")
        assert releases.display and not people.display
        await press(pilot, "tab")
        assert reader.display and app.focused is reader


async def test_wide_terminal_shows_releases_beside_the_reader(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.layout_mode == "wide"
        releases = screen.query_one("#releases")
        assert releases.region.y == screen.reader.region.y
        assert releases.region.right <= screen.reader.region.x
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert screen.layout_mode == "medium"
        assert screen.query_one("#releases").region.bottom <= screen.reader.region.y


# -- the people filter ----------------------------------------------------------------------


async def test_typing_narrows_the_people(make_app: AppFactory, library: Library):
    person = person_with(library, lambda p: p.took_part >= 2)
    surname = person.name.split()[-1]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "p")
        await type_text(pilot, surname.lower())
        rows = screen.people_pane.people_list.rows
        assert rows
        assert len(rows) < len(library.people())
        assert person.key in [row.person.key for row in rows]
        assert all(surname.lower() in " ".join(row.person.aliases).lower() for row in rows)
        await type_text(pilot, "zzzz")
        assert not screen.people_pane.people_list.rows


async def test_choosing_a_person_filters_to_their_releases(
    make_app: AppFactory, library: Library
) -> None:
    person = person_with(library, lambda p: 2 <= p.took_part < len(library))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "p")
        await type_text(pilot, person.name)
        highlighted = screen.people_pane.people_list.highlighted
        assert highlighted is not None and highlighted.person.key == person.key
        await press(pilot, "enter")
        assert screen.people_filter == (person.key,)
        expected = newest_first(library, set(person.took_part_ids))
        assert ids(screen.release_list.rows) == expected
        header = header_text(screen)
        assert f"{len(expected)} of {len(library)} releases" in header
        assert f"took part: {person.name}" in header
        assert screen.people_pane.narrowing == "", "the narrowing line clears after a choice"
        await settle(pilot)  # the line and the people list change a frame after the releases
        assert screen.people_pane.narrow_input.value == ""
        chosen = screen.people_pane.people_list.rows[0]
        assert chosen.person.key == person.key and chosen.chosen


async def test_mention_toggle_widens_to_releases_that_mention(
    make_app: AppFactory, library: Library
) -> None:
    person = person_with(library, lambda p: p.took_part >= 1 and p.mentioned >= 1)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.toggle_person(person.key)
        await settle(pilot)
        assert ids(screen.release_list.rows) == newest_first(library, set(person.took_part_ids))
        await press(pilot, "m")
        assert screen.mentions
        widened = set(person.took_part_ids) | set(person.mentioned_ids)
        assert ids(screen.release_list.rows) == newest_first(library, widened)
        assert f"named: {person.name}" in header_text(screen)
        await press(pilot, "m")
        assert not screen.mentions
        assert ids(screen.release_list.rows) == newest_first(library, set(person.took_part_ids))


async def test_two_people_narrow_to_releases_with_both(make_app: AppFactory, library: Library):
    pairs = itertools.combinations(library.people()[:40], 2)
    pair = next(
        (
            (a, b)
            for a, b in pairs
            if 0 < len(set(a.took_part_ids) & set(b.took_part_ids)) < min(a.took_part, b.took_part)
        ),
        None,
    )
    if pair is None:
        pytest.skip("no two people meet in only some of their releases")
    first, second = pair
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "p")
        await type_text(pilot, first.name)
        await press(pilot, "enter")
        # The people pane now lists who else is in those releases, the chosen one first.
        rows = screen.people_pane.people_list.rows
        assert rows[0].person.key == first.key
        keys = [row.person.key for row in rows]
        assert second.key in keys
        together = set(first.took_part_ids) & set(second.took_part_ids)
        row = rows[keys.index(second.key)]
        assert row.took_part == len(together)
        await type_text(pilot, second.name)
        await press(pilot, "enter")
        assert screen.people_filter == (first.key, second.key)
        assert ids(screen.release_list.rows) == newest_first(library, together)
        assert f"{first.name} + {second.name}" in header_text(screen)
        # Enter on a chosen person takes them out again.
        await type_text(pilot, second.name)
        await press(pilot, "enter")
        assert screen.people_filter == (first.key,)


async def test_escape_steps_back_through_the_filters(make_app: AppFactory, library: Library):
    people = library.people()
    first = people[0]
    second = next(p for p in people[1:] if set(p.took_part_ids) & set(first.took_part_ids))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        releases = screen.release_list
        await press(pilot, "down", "down")
        before_first = releases.highlighted
        assert before_first is not None
        screen.toggle_person(first.key)
        await settle(pilot)
        await press(pilot, "down")
        before_second = releases.highlighted
        assert before_second is not None
        screen.toggle_person(second.key)
        await settle(pilot)
        assert screen.people_filter == (first.key, second.key)
        await press(pilot, "escape")
        assert screen.people_filter == (first.key,)
        assert releases.highlighted == before_second, "the cursor goes back where it was"
        await press(pilot, "escape")
        assert screen.people_filter == ()
        assert ids(releases.rows) == ids(library.summaries())
        assert releases.highlighted == before_first
        await press(pilot, "escape")
        assert screen.people_filter == ()
        assert app.is_running


async def test_escape_in_people_clears_the_text_then_leaves(
    make_app: AppFactory, library: Library
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "p")
        await type_text(pilot, "ali")
        await press(pilot, "escape")
        assert screen.people_pane.narrowing == ""
        assert app.focused is screen.people_pane.narrow_input
        await settle(pilot)
        assert screen.people_pane.narrow_input.value == ""
        assert len(screen.people_pane.people_list.rows) == len(library.people())
        await press(pilot, "escape")
        assert app.focused is screen.release_list


async def test_people_pane_arrow_keys_move_its_cursor(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        people_list = screen.people_pane.people_list
        await press(pilot, "p", "down", "down")
        assert people_list.cursor == 2
        await press(pilot, "up")
        assert people_list.cursor == 1
        await press(pilot, "pagedown")
        assert people_list.cursor > 2
        await press(pilot, "pageup")
        assert people_list.cursor == 1
        await press(pilot, "pageup")
        assert people_list.cursor == 0


# -- copy, help, palette, dates -------------------------------------------------------------


async def test_c_copies_the_release_text(make_app: AppFactory, library: Library):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "down", "c")
        second = library.summaries()[1]
        assert app.clipboard == release_plain(library.get(second.id))
        await press(pilot, "down", "enter", "c")
        third = library.summaries()[2]
        assert app.clipboard == release_plain(library.get(third.id))
        assert any(
            "Copied" in message or third.title in message for _, message in notifications(app)
        )


async def test_question_mark_shows_every_key(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = help_screen.text
        nodes = [
            app,
            screen,
            screen.release_list,
            screen.reader,
            screen.people_pane,
            screen.search_bar,
        ]
        for node in nodes:
            for binding in bindings_of(node):
                if binding.system or not binding.description:
                    continue
                assert binding.description in text
                assert binding.tooltip in text
                assert app.get_key_display(binding) in text
        for words in ("Quit", "Keys", "Search", "People", "Open", "Next hit", "Next pane"):
            assert words in text
        await press(pilot, "escape")
        assert app.screen is screen


async def test_command_palette_offers_the_apps_commands(make_app: AppFactory, library: Library):
    person = library.people()[0]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert CommandPalette.is_open(app)
        prompts = _palette_prompts(app)
        for command in (
            "Filter by person…",
            "Jump to date…",
            "Copy release",
            "Switch theme",
            "Search releases…",
            "Keys",
        ):
            assert command in prompts
        await pilot.press(*person.name.split()[-1])
        await pilot.pause(0.5)
        prompts = _palette_prompts(app)
        assert f"Filter by {person.name}" in prompts
        # Choose the person's own hit.
        command_list = app.screen.query_one(CommandList)
        command_list.highlighted = _palette_prompts(app).index(f"Filter by {person.name}")
        await pilot.press("enter")
        await settle(pilot)
        assert not CommandPalette.is_open(app)
        assert screen.people_filter == (person.key,)


def _palette_prompts(app: PressroomApp) -> list[str]:
    command_list = app.screen.query_one(CommandList)
    prompts = []
    for n in range(command_list.option_count):
        prompt = command_list.get_option_at_index(n).prompt
        plain = getattr(prompt, "plain", None)
        prompts.append(plain if isinstance(plain, str) else str(prompt))
    return [p.split("\n")[0] for p in prompts]


async def test_jump_to_date(make_app: AppFactory, library: Library):
    summaries = [s for s in library.summaries() if s.date]
    target = summaries[len(summaries) // 2]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.action_jump_to_date()
        await settle(pilot)
        assert isinstance(app.screen, DateJumpModal)
        await type_text(pilot, "not a date")
        await press(pilot, "enter")
        assert isinstance(app.screen, DateJumpModal), "a bad date keeps the dialog open"
        app.screen.query_one(Input).value = ""
        assert target.date is not None
        await type_text(pilot, target.date)
        await press(pilot, "enter")
        assert app.screen is screen
        row = screen.release_list.highlighted
        assert row is not None
        assert row.date is not None and row.date <= target.date
        cursor = screen.release_list.cursor
        if cursor:
            previous = screen.release_list.rows[cursor - 1]
            assert previous.date is not None and previous.date > target.date


async def test_q_quits(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running or app._exit
    assert app.return_code == 0


async def test_q_in_a_text_line_types_q(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p", "q")
        assert app.is_running
        assert main_screen(app).people_pane.narrowing == "q"


# -- refresh, errors, big lists -------------------------------------------------------------


def _import_one_more(path: Path, tmp_path: Path) -> None:
    directory = tmp_path / "more"
    directory.mkdir()
    (directory / "new.txt").write_text(
        release_text(
            "Chair of the Milli Majlis Receives a Delegation from Iceland",
            (
                "Chair of the Milli Majlis Sahiba Gafarova received a delegation of the "
                "Althing of Iceland headed by Speaker Birgir Ármannsson on 3 March.",
                "The sides discussed geothermal energy and parliamentary diplomacy.",
            ),
            date="03 March 2031 | 10:00",
        )
    )
    report = import_paths(Library.open(path), [directory])
    assert report.summary["imported"] == 1


async def test_refresh_after_another_import(
    make_app: AppFactory, library: Library, tmp_path: Path
) -> None:
    app = make_app(poll_interval=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "down", "down", "down")
        kept = screen.release_list.highlighted
        assert kept is not None
        before = len(screen.release_list.rows)
        _import_one_more(library.path, tmp_path)
        for _ in range(40):
            await pilot.pause(0.1)
            await settle(pilot)
            if len(screen.release_list.rows) > before:
                break
        assert len(screen.release_list.rows) == before + 1
        assert screen.release_list.rows[0].title.endswith("Delegation from Iceland")
        assert screen.release_list.highlighted == kept, "the selection stays on its release"
        assert any("Library updated" in m or "new release" in m for _, m in notifications(app))
        assert f"{before + 1} releases" in header_text(screen)


async def test_check_for_changes_does_nothing_when_unchanged(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        catalogue = screen.catalogue
        screen.check_for_changes()
        await settle(pilot)
        assert screen.catalogue is catalogue
        assert not notifications(app)


async def test_store_errors_become_notifications(make_app: AppFactory, library: Library) -> None:
    """A body file damaged on disk: opening a release in it is a notification, not a crash."""
    first = library.summaries()[0]
    _, name, _ = library._resolve(first.id)
    (library.path / name).write_bytes(b'{"releases": {"')  # cut short
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert main_screen(app).release_list.highlighted == first
        await press(pilot, "enter")
        await settle(pilot)
        assert app.is_running
        errors = [message for severity, message in notifications(app) if severity == "error"]
        assert len(errors) == 1 and name in errors[0] and "cut short" in errors[0], errors


async def test_unexpected_errors_become_notifications(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: MainScreen) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(MainScreen, "action_people", broken)
    app = PressroomApp(library, LibraryLocation(library.path, readonly=False), catch_errors=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        assert app.is_running
        assert any(
            severity == "error" and "a bug" in message for severity, message in notifications(app)
        )
        await press(pilot, "down")
        assert main_screen(app).release_list.cursor == 1


def test_run_reports_a_missing_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code = run(LibraryLocation(tmp_path / "nowhere", readonly=False))
    assert code == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("pressroom: no pressroom library at")
    assert "Traceback" not in captured.err


async def test_empty_library(tmp_path: Path):
    library = Library.create(tmp_path / "empty")
    app = PressroomApp(library, LibraryLocation(library.path, readonly=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.release_list.row_count == 0
        assert "no releases yet" in screen.release_list.render_line(0).text
        await press(pilot, "enter", "down", "c", "p", "escape", "tab")
        assert app.is_running


async def test_the_release_list_is_virtual(make_app: AppFactory):
    count = 100_000
    summaries = [
        ReleaseSummary(
            id=f"{n:010x}",
            title=f"Release number {n}",
            date=f"{2030 - n // 5000:04d}-01-01",
            time=None,
            category="Plenary meetings",
            truncated=False,
            participants=("A Person",) * (n % 4),
            mentioned=(),
        )
        for n in range(count)
    ]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen._show_catalogue(Catalogue(summaries, (), screen.catalogue.stamp), False)
        await settle(pilot)
        releases = screen.release_list
        assert releases.row_count == count
        assert not releases.children, "no widget per row"
        await press(pilot, "end")
        assert releases.cursor == count - 1
        bottom = releases.scrollable_content_region.height - 1
        assert f"Release number {count - 1}" in releases.render_line(bottom).text
        await press(pilot, "g")
        assert "Release number 0" in releases.render_line(0).text
        assert f"{count:,} releases" in header_text(screen)


# -- search ---------------------------------------------------------------------------------


def _search_ids(library: Library, query: str, allowed: set[str] | None = None) -> list[str]:
    searching = pytest.importorskip("store.searching")
    outcome = searching.search_library(library, query, limit=500, sort="relevance", ids=allowed)
    return [hit.id for hit in outcome.hits]


async def test_slash_searches_as_you_type(make_app: AppFactory, library: Library):
    expected = _search_ids(library, "baku")
    assert expected, "the sample releases mention Baku"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "slash")
        assert app.focused is screen.search_bar.input
        await type_text(pilot, "baku")
        assert ids(screen.release_list.rows) == expected
        assert "search: baku" in header_text(screen)
        assert f"{len(expected)} of {len(library)} releases" in header_text(screen)
        await press(pilot, "enter")
        assert app.focused is screen.release_list
        await press(pilot, "enter")
        reader = screen.reader
        assert reader.release is not None and reader.release.id == expected[0]
        assert reader.terms == ("baku",)
        assert reader.hit_lines


async def test_the_search_line_is_always_there_and_a_click_opens_it(
    make_app: AppFactory, library: Library
) -> None:
    """The search line stays on screen (showing it on `/` laid out the whole screen): `/` or a
    click goes to it, Escape leaves it, and the panes keep their size throughout."""
    expected = _search_ids(library, "baku")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        bar = screen.search_bar
        height = screen.release_list.size.height
        assert bar.display and bar.region.height == 1
        await pilot.click("#search-input")
        await settle(pilot)
        assert app.focused is bar.input and bar.has_class("-active")
        await type_text(pilot, "baku")
        assert ids(screen.release_list.rows) == expected
        assert screen.release_list.size.height == height
        await press(pilot, "escape")
        assert app.focused is screen.release_list and not bar.has_class("-active")
        assert bar.display and screen.release_list.size.height == height


async def test_searching_and_opening_releases_lay_nothing_out(
    make_app: AppFactory, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Laying out the screen (Textual's ``_refresh_layout``) repaints all of it, 20-60 ms at
    100,000 releases: the first search of a session, a search with few hits, and releases
    shorter and longer than the reader do without one. Nothing on screen moves for them: the
    search line and the scrollbars are always there, and styled before the first key."""
    by_length = sorted(
        library.summaries(), key=lambda row: sum(map(len, library.get(row.id).paragraphs))
    )
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        layouts: list[int] = []
        layout = screen._refresh_layout

        def counted(*args: object, **kwargs: object) -> None:
            layouts.append(1)
            layout(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(screen, "_refresh_layout", counted)
        await press(pilot, "slash")
        await type_text(pilot, "baku")
        assert ids(screen.release_list.rows) == _search_ids(library, "baku")
        await type_text(pilot, " kollár")  # one hit
        assert len(screen.release_list.rows) == 1
        await press(pilot, "escape")
        for row in (by_length[-1], by_length[0], by_length[-1]):
            screen._open(row.id)
            await settle(pilot)
            assert screen.reader.release is not None and screen.reader.release.id == row.id
        assert layouts == []


async def test_n_and_shift_n_jump_between_hits(make_app: AppFactory, library: Library):
    _search_ids(library, "milli")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "slash")
        await type_text(pilot, "milli")
        # The release with the most hit lines.
        best, most = None, 0
        for row in screen.release_list.rows[:15]:
            count = sum(p.lower().count("milli") for p in library.get(row.id).paragraphs)
            if count > most:
                best, most = row.id, count
        assert best is not None and most >= 3
        screen.release_list.cursor = ids(screen.release_list.rows).index(best)
        await press(pilot, "enter", "enter")
        reader = screen.reader
        assert reader.release is not None and reader.release.id == best
        lines = list(reader.hit_lines)
        assert len(lines) >= 2
        reader.scroll_to(y=0, animate=False)
        reader._hit = -1
        await press(pilot, "n")
        assert reader.current_hit == 0
        await press(pilot, "n")
        assert reader.current_hit == 1
        assert reader.scroll_y == min(reader.max_scroll_y, max(0, lines[1] - 2))
        await press(pilot, "N")
        assert reader.current_hit == 0
        await press(pilot, "N")
        assert reader.current_hit == len(lines) - 1, "N wraps round to the last hit"


async def test_escape_clears_the_search_and_restores_the_list(
    make_app: AppFactory, library: Library
) -> None:
    _search_ids(library, "baku")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "down", "down", "down", "down")
        before = screen.release_list.highlighted
        await press(pilot, "slash")
        await type_text(pilot, "baku")
        await press(pilot, "enter", "down")
        assert screen.release_list.highlighted != before
        await press(pilot, "escape")
        assert screen.search_query == ""
        assert not screen.search_bar.has_class("-active")
        assert ids(screen.release_list.rows) == ids(library.summaries())
        assert screen.release_list.highlighted == before
        assert "search:" not in header_text(screen)
        # Escape in the search line itself clears it too.
        await press(pilot, "slash")
        await type_text(pilot, "baku")
        await press(pilot, "escape")
        assert screen.search_query == ""
        assert app.focused is screen.release_list
        assert screen.release_list.highlighted == before


async def test_search_combines_with_the_people_filter(make_app: AppFactory, library: Library):
    person = library.people()[0]
    allowed = set(person.took_part_ids)
    expected = _search_ids(library, "parliament*", allowed)
    everywhere = _search_ids(library, "parliament*")
    assert expected and len(expected) < len(everywhere)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.toggle_person(person.key)
        await settle(pilot)
        await press(pilot, "slash")
        await type_text(pilot, "parliament*")
        assert ids(screen.release_list.rows) == expected
        header = header_text(screen)
        assert person.name in header and "search: parliament*" in header
        # Escape from the list takes the innermost filter (the search) away first.
        await press(pilot, "enter", "escape")
        assert screen.search_query == "" and screen.people_filter == (person.key,)
        assert ids(screen.release_list.rows) == newest_first(library, allowed)


async def test_stale_search_results_are_dropped(make_app: AppFactory, library: Library):
    expected = _search_ids(library, "committee")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "slash")
        await pilot.press(*"baku")
        await pilot.press(*["backspace"] * 4)
        await pilot.press(*"committee")
        await settle(pilot)
        assert screen.search_query == "committee"
        assert ids(screen.release_list.rows) == expected
        # Results of an older query arriving late change nothing.
        screen._show_hits(screen._search_generation - 1, [], None, None, None)
        assert ids(screen.release_list.rows) == expected


async def test_a_malformed_query_is_explained_in_the_search_line(
    make_app: AppFactory, library: Library
) -> None:
    _search_ids(library, "baku")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "slash")
        await type_text(pilot, "(baku")
        status = screen.search_bar.query_one("#search-status")
        assert status.has_class("-error")
        assert "parenthesis" in str(status.render())
        assert app.is_running
        await type_text(pilot, ")")
        assert not status.has_class("-error")
        assert ids(screen.release_list.rows) == _search_ids(library, "(baku)")


async def test_an_error_nothing_caught_ends_with_a_plain_message(
    library: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = PressroomApp(library, LibraryLocation(library.path, readonly=False), catch_errors=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        try:
            raise RuntimeError("a bug in a handler")
        except RuntimeError as error:
            # What Textual does with an exception that escapes a message handler.
            app._handle_exception(error)
        await pilot.pause()
    assert app.return_value == 2
    assert isinstance(app.unexpected_error, RuntimeError)
    assert app.crash_log is not None and app.crash_log.is_relative_to(tmp_path)
    assert "a bug in a handler" in app.crash_log.read_text()


async def test_resizing_to_narrow_keeps_the_pane_in_front(make_app: AppFactory):
    """Wide enough for several panes, the pane in front is only remembered; narrowed to one
    pane at a time, that pane is the one shown (and back)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await press(pilot, "down", "enter")
        await settle(pilot)
        assert screen.reader.display and screen.release_list.display
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert screen.layout_mode == "narrow"
        assert screen.reader.display and screen.reader.region.width > 0
        assert screen.query_one("#releases").styles.display == "none"
        await press(pilot, "escape")
        await settle(pilot)
        assert screen.query_one("#releases").styles.display == "block"
        assert screen.reader.styles.display == "none"
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert screen.layout_mode == "medium"
        assert screen.reader.region.width > 0 and screen.release_list.region.width > 0


def test_people_counts_within_a_filter_are_the_releases_they_share(library: Library):
    """Every person listed under a filter, counted within its releases: took part and mentioned
    each equal the overlap of their releases with the allowed ones; nobody else is listed."""
    catalogue = Catalogue.load(library)
    for person in catalogue.people[:5]:
        for mentions in (False, True):
            allowed = catalogue.allowed([person.key], mentions=mentions)
            assert allowed is not None
            rows = catalogue.people_rows("", (person.key,), allowed)
            listed = {row.person.key: (row.took_part, row.mentioned) for row in rows}
            expected = {
                other.key: (
                    len(allowed & set(other.took_part_ids)),
                    len(allowed & set(other.mentioned_ids)),
                )
                for other in catalogue.people
            }
            assert listed == {key: n for key, n in expected.items() if n != (0, 0)}
            assert rows[0].person.key == person.key


async def test_the_first_frame_lists_the_newest_releases_before_the_library_is_read(
    make_app: AppFactory, library: Library, monkeypatch: pytest.MonkeyPatch
):
    """The newest rows come with the manifest: they are on screen while the whole library is
    still being read (here: never), and the empty people list waits for the library."""
    loads: list[bool] = []
    monkeypatch.setattr(MainScreen, "_load", lambda self, **kw: loads.append(True))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main_screen(app)
        assert loads == [True]
        head = [row.id for row in library.head()]
        assert head and ids(screen.release_list.rows) == head
        assert screen.reading
        assert not screen.people_pane.people_list.display
        assert screen.people_pane.border_subtitle == "loading…"


async def test_the_people_list_appears_once_the_library_is_read(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = main_screen(app).people_pane
        assert pane.people_list.display and pane.people_list.row_count > 0
        assert "took part" in str(pane.border_subtitle)


async def test_key_bar_in_a_narrow_terminal_keeps_the_palette_key(make_app: AppFactory):
    app = make_app()
    async with app.run_test(size=(40, 20)) as pilot:
        await settle(pilot)
        line = app.screen.query_one(KeyBar).render().plain
        assert len(line) == 40
        assert line.rstrip().endswith("^p Commands")
        assert "…" in line  # the keys that do not fit are cut, not wrapped


async def test_the_lists_follow_a_new_theme_and_the_focus(make_app: AppFactory):
    """The lists work out their styles once for all the rows they draw: a theme or a focus
    change must be drawn with the new ones, never the kept ones."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        releases = screen.release_list
        before = releases.base_style, releases.component_style("cursor")
        app.theme = "textual-light"
        await settle(pilot)
        after = releases.base_style, releases.component_style("cursor")
        assert after != before
        assert releases.base_style == releases.rich_style
        focused_cursor = releases.component_style("cursor")
        await press(pilot, "p")  # the focus goes to the people pane
        blurred_cursor = releases.component_style("cursor")
        assert blurred_cursor != focused_cursor
        line = releases.render_line(releases.cursor - round(releases.scroll_y))
        assert any(s.style and s.style.bgcolor == blurred_cursor.bgcolor for s in line)


async def test_opening_and_searching_do_not_wait_for_the_catalogue(
    make_app: AppFactory, library: Library
) -> None:
    """Reading the catalogue holds the first handle on the library for seconds in a big
    library: releases open and searches answer through a second one meanwhile."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        first = screen.release_list.highlighted
        assert first is not None
        with screen._lock:  # as while the catalogue is read (no waiting for workers here)
            await pilot.press("enter")
            for _ in range(500):  # the fetch does not wait for the lock held here
                if screen.reader.release is not None:
                    break
                await pilot.pause(0.02)
            assert screen.reader.release is not None and screen.reader.release.id == first.id
            await pilot.press("escape", "slash", *first.title.split()[0])
            for _ in range(500):
                if "hit" in str(screen.search_bar.query_one("#search-status").render()):
                    break
                await pilot.pause(0.02)
            assert first.id in ids(screen.release_list.rows)


async def test_a_long_query_scrolls_in_its_line(make_app: AppFactory) -> None:
    """The search line sets its scrollable width without a layout: a query longer than the
    line still scrolls to keep the cursor in view, and Home brings its start back."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        line = main_screen(app).search_bar.input
        query = "education ministry cooperation parliament development programme agreement"
        await type_text(pilot, query)
        assert line.value == query
        assert line.virtual_size.width > line.content_region.width
        assert line.scroll_x > 0 and line.cursor_position == len(query)
        await press(pilot, "home")
        assert line.scroll_x == 0


async def test_full_passes_of_the_collector_wait_for_the_keys_to_rest(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the library is read, the young generations are collected as usual and the full
    passes wait until the keys rest; the collector's thresholds come back with the browser."""
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "COLLECT_EVERY", 0.05)
    monkeypatch.setattr(main_module, "COLLECT_AT_REST", 0.5)
    thresholds = gc.get_threshold()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert gc.isenabled()
        assert gc.get_threshold()[:2] == thresholds[:2]
        assert gc.get_threshold()[2] == main_module.FULL_PASS_NEVER
        await pilot.press("down")  # keys are coming (from before the full pass is due)
        for _ in range(main_module.FULL_PASS_AFTER + 5):
            gc.collect(1)  # each pass over the middle generation counts towards a full one
        for _ in range(8):  # keys keep coming: no full pass
            await pilot.press("down")
            await pilot.pause(0.05)
            assert gc.get_count()[2] >= main_module.FULL_PASS_AFTER
        for _ in range(100):  # at rest: a full pass within a few ticks
            await pilot.pause(0.05)
            if gc.get_count()[2] == 0:
                break
        assert gc.get_count()[2] == 0
    assert gc.get_threshold() == thresholds


async def test_keys_pressed_before_a_release_arrives_keep_the_focus(
    make_app: AppFactory,
) -> None:
    """The focus moves to the reader with the release, unless keys pressed meanwhile put it
    elsewhere (a query being typed) or took it back (Escape)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        with screen._lookup_lock:  # the release is slow to come
            await pilot.press("enter", "slash", "b", "a")
        await settle(pilot)
        assert app.focused is screen.search_bar.input
        assert screen.search_bar.input.value == "ba"
        assert screen.reader.release is not None  # it did arrive, without the focus
        await press(pilot, "escape")
        assert app.focused is screen.release_list
        filters = screen.filter_labels
        with screen._lookup_lock:
            await pilot.press("down", "enter")
            for _ in range(50):  # until the screen has asked for it
                if screen._focus_on_arrival is not None:
                    break
                await pilot.pause(0.02)
            await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.release_list
        assert screen.filter_labels == filters  # Escape undid nothing else


async def test_the_reader_scrolls_as_far_as_each_release_goes(
    make_app: AppFactory, library: Library
) -> None:
    """A release's length is set without a layout: the scroll range and the scrollbar follow
    it from a long release to a short one and back. The scrollbar is always there (an empty
    track for a short release): one coming or going would lay out the screen."""
    by_length = sorted(
        library.summaries(), key=lambda row: sum(map(len, library.get(row.id).paragraphs))
    )
    short, long = by_length[0], by_length[-1]
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        reader = screen.reader
        for row in (long, short, long):
            screen._open(row.id)
            await settle(pilot)
            assert reader.release is not None and reader.release.id == row.id
            lines = len(reader.text.splitlines())
            height = reader.scrollable_content_region.height
            assert reader.virtual_size.height == lines
            assert reader.max_scroll_y == max(0, lines - height)
            assert reader.show_vertical_scrollbar
            assert reader.vertical_scrollbar.window_virtual_size == lines
            assert (lines < height) == (row is short)


async def test_the_search_line_says_searching_only_when_hits_are_slow(
    make_app: AppFactory, library: Library
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        status = screen.search_bar.query_one("#search-status")
        word = library.summaries()[0].title.split()[0]
        await press(pilot, "slash")
        await type_text(pilot, word)  # answered at once: never said
        assert "hit" in str(status.render())
        with screen._lookup_lock:  # the next search is slow
            await pilot.press("space", *word)
            for _ in range(100):
                if "searching" in str(status.render()):
                    break
                await pilot.pause(0.05)
            assert "searching…" in str(status.render())
        await settle(pilot)
        assert "hit" in str(status.render())


async def test_the_library_is_read_after_the_keys_rest(make_app: AppFactory) -> None:
    """The catalogue's read (seconds, in a thread, at 100,000 releases) waits while keys
    come, so that what they ask for has the interpreter to itself; it goes on once they rest."""
    import time

    app = make_app()
    app.last_input = time.monotonic() + 3600  # as if keys came for an hour
    async with app.run_test(size=SIZE) as pilot:
        screen = main_screen(app)
        await pilot.pause(0.6)
        assert screen.reading and not screen.catalogue.summaries
        app.last_input = 0.0
        for _ in range(100):
            await pilot.pause(0.05)
            if not screen.reading:
                break
        assert not screen.reading
        assert len(screen.catalogue) == len(app.library.summaries())
