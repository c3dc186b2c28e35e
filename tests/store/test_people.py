"""The people extractor: scores on the real releases, and one crafted case per convention.

The crafted releases are written for these tests (invented people, the press service's style);
the real ones are read from ../shared/corpus at test time and the tests skip without it.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from store.models import PersonMention, Release
from store.parser import parse_release
from store.people import extract_people, fold_name

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


# -- helpers ---------------------------------------------------------------------------------


def people(title: str, *paragraphs: str) -> list[PersonMention]:
    return extract_people(title, paragraphs)


def by_name(found: Sequence[PersonMention]) -> dict[str, PersonMention]:
    return {p.name: p for p in found}


def names(found: Sequence[PersonMention]) -> list[str]:
    return [p.name for p in found]


def took_part(found: Sequence[PersonMention]) -> dict[str, bool]:
    return {p.name: p.took_part for p in found}


def fold(name: str) -> str:
    """The scorer's folding: case, diacritics (NFKD), hyphens and spacing do not count."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(text.replace("-", " ").split())


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# -- the real corpus -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scored_corpus() -> list[tuple[int, dict[str, Any], list[PersonMention]]]:
    """(index, gold entry, extracted people) for every gold release."""
    gold_file = CORPUS / "gold.jsonl"
    if not gold_file.is_file():
        pytest.skip("the real corpus (../shared/corpus) is not present")
    entries = [json.loads(line) for line in gold_file.read_text("utf-8").splitlines() if line]
    result = []
    for index, entry in enumerate(entries):
        path = CORPUS / "releases" / f"{entry['id']}.txt"
        release = parse_release(path.read_text("utf-8"), path.name)
        assert isinstance(release, Release), entry["id"]
        result.append((index, entry, extract_people(release.title, release.paragraphs)))
    return result


def scores(
    scored: Sequence[tuple[int, dict[str, Any], list[PersonMention]]],
) -> tuple[float, float]:
    """People F1 and participants F1 over some releases, names folded as the scorer does."""
    counts = [0, 0, 0, 0, 0, 0]
    for _, entry, found in scored:
        gold = {fold(p["name"]): bool(p["took_part"]) for p in entry["people"]}
        got = {fold(p.name): p.took_part for p in found}
        counts[0] += len(gold.keys() & got.keys())
        counts[1] += len(got.keys() - gold.keys())
        counts[2] += len(gold.keys() - got.keys())
        gold_part = {n for n, t in gold.items() if t}
        got_part = {n for n, t in got.items() if t}
        counts[3] += len(gold_part & got_part)
        counts[4] += len(got_part - gold_part)
        counts[5] += len(gold_part - got_part)
    return f1(*counts[:3]), f1(*counts[3:])


@pytest.mark.corpus
def test_scores_on_every_gold_release(scored_corpus: list[Any]) -> None:
    # Measured: people 1.000, participants 0.997.
    people_f1, participants_f1 = scores(scored_corpus)
    assert people_f1 >= 0.98
    assert participants_f1 >= 0.975


@pytest.mark.corpus
def test_scores_on_the_held_out_third(scored_corpus: list[Any]) -> None:
    # Every third release was kept out of development. Measured: people 1.000, participants
    # 0.985 (the two errors are hard calls the annotators themselves flagged).
    held_out = [item for item in scored_corpus if item[0] % 3 == 2]
    people_f1, participants_f1 = scores(held_out)
    assert people_f1 >= 0.98
    assert participants_f1 >= 0.965


# -- releases written for these tests ---------------------------------------------------------

PROJECT_GOLD = Path(__file__).resolve().parent / "people_gold"


@pytest.fixture(scope="module")
def scored_project_set() -> list[tuple[int, dict[str, Any], list[PersonMention]]]:
    """The 1,020 releases in tests/store/people_gold: written for the project in the press
    service's style with invented people (and real national leaders only referred to), and
    annotated by GUIDE.md. They cover bilateral and international events (a*.txt),
    parliamentary work at home (b*.txt), a mix of both (c*.txt), hard calls of taking part
    (d*.txt), statements, obituaries, conferences and names of many origins (e*.txt), and the
    real releases' mix of sittings, travels and committee meetings (f*.txt, g*.txt, h*.txt
    made harder on purpose, i*.txt, and j*.txt with ten cut short as most archived releases
    are), international work made hard (k*.txt, ten cut short), and the archive's mix twice
    more, twelve of each cut short (l*.txt, m*.txt), then the archive's mix from 2012 on and
    its harder kinds (working groups, conferences abroad, interviews, awards, elections), ten
    of each cut short (n*.txt, o*.txt), ordinary days of the press service with many name
    shapes (p*.txt) and hard calls of taking part: people talked about, absent, or taking
    part from afar (q*.txt), ten of each cut short; the archive imitated closely, fifteen cut
    short (r*.txt), and names of many shapes and origins (s*.txt); the archive's older style
    (t*.txt, fifteen cut short) and delegations at international assemblies (u*.txt); the
    archive of 2019-2026, thirteen cut short (v*.txt), and events held at the parliament
    (w*.txt); the archive of 2010-2026 imitated closely (x*.txt), ordinary releases with the
    ordinary difficulties (y*.txt), the older archive, assemblies and statements (z*.txt) and
    the archive of 2020-2026 (aa*.txt), sittings and committee meetings with many speakers
    (bb*.txt), visits, calls, condolences, commemorations and statements (cc*.txt), the wordier
    archive of 2008-2016 with trips abroad and relatives (dd*.txt), ordinary days with
    interviews and long quotations (ee*.txt), the archive imitated closely (ff*.txt), hard
    calls of taking part in ordinary sentences (gg*.txt), the archive's proportions of short
    releases (hh*.txt), names of many shapes and customs (ii*.txt), the archive's proportions
    over 2005-2026 (jj*.txt), its sittings and committee meetings (kk*.txt), and the archive
    imitated closely four times more (ll*.txt, mm*.txt, nn*.txt, oo*.txt), ten or more of each
    cut short."""
    lines = (PROJECT_GOLD / "gold.jsonl").read_text("utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line]
    result = []
    for index, entry in enumerate(entries):
        path = PROJECT_GOLD / "releases" / f"{entry['id']}.txt"
        release = parse_release(path.read_text("utf-8"), path.name)
        assert isinstance(release, Release), entry["id"]
        result.append((index, entry, extract_people(release.title, release.paragraphs)))
    return result


def test_scores_on_the_project_written_releases(scored_project_set: list[Any]) -> None:
    # Measured before the conventions they brought up were handled: people 0.971,
    # participants 0.941; now people 0.998, participants 0.978. Each batch after the first
    # two was scored before any change made for it: c*.txt people 0.971, participants 0.944;
    # d*.txt 0.981 and 0.957; e*.txt 0.974 and 0.928; f*.txt 0.992 and 0.971; g*.txt 0.977
    # and 0.966; h*.txt 0.977 and 0.945; i*.txt 1.000 and 0.974; j*.txt 0.998 and 0.968;
    # k*.txt 0.978 and 0.932; l*.txt (written after the changes made for j and k) 0.997 and
    # 0.975; m*.txt (after those for l) 0.982 and 0.957; n*.txt 0.988 and 0.918; o*.txt
    # 0.996 and 0.957; p*.txt 0.967 and 0.936; q*.txt (after the changes made for n and o)
    # 0.986 and 0.907; r*.txt 1.000 and 0.987; s*.txt 0.950 and 0.938; t*.txt 1.000 and 0.975;
    # u*.txt 0.986 and 0.978; v*.txt 0.989 and 0.968; w*.txt 0.983 and 0.933; x*.txt 0.993
    # and 0.974; y*.txt 0.985 and 0.947; z*.txt (after the changes made for x and y) 0.990 and
    # 0.945; aa*.txt (after those for x, y and z) 0.991 and 0.978; bb*.txt 0.990 and 0.968;
    # cc*.txt 0.984 and 0.939; ee*.txt (after the changes made for bb and cc) 0.998 and 0.944;
    # dd*.txt (after those for ee) 0.988 and 0.956; gg*.txt 0.993 and 0.955; ff*.txt (after
    # those for gg) 0.997 and 0.979; hh*.txt 0.991 and 0.985; ii*.txt (after those for hh)
    # 0.967 and 0.970; jj*.txt 1.000 and 0.994; kk*.txt 0.992 and 0.972; ll*.txt 0.994 and
    # 0.989; mm*.txt 0.980 and 0.996; oo*.txt 0.990 and 0.983; nn*.txt (after the changes made
    # for oo) 0.994 and 0.977. All 1,020 now: people 0.996, participants 0.987.
    assert len(scored_project_set) == 2120
    people_f1, participants_f1 = scores(scored_project_set)
    assert people_f1 >= 0.98
    assert participants_f1 >= 0.96


@pytest.mark.corpus
def test_canonical_names_keep_the_text_spelling(scored_corpus: list[Any]) -> None:
    """Names are spelt as in the text, diacritics and hyphens included (not just folded)."""
    exact = total = 0
    for _, entry, found in scored_corpus:
        got = {p.name for p in found}
        for person in entry["people"]:
            total += 1
            exact += person["name"] in got
    assert exact / total >= 0.98


@pytest.mark.corpus
def test_people_come_in_order_of_first_appearance(scored_corpus: list[Any]) -> None:
    in_order = 0
    for _, entry, found in scored_corpus:
        gold = [fold(p["name"]) for p in entry["people"]]
        got = [fold(p.name) for p in found if fold(p.name) in gold]
        in_order += got == [n for n in gold if n in got]
    assert in_order / len(scored_corpus) >= 0.95


@pytest.mark.corpus
def test_extraction_is_fast(scored_corpus: list[Any]) -> None:
    """Well under a millisecond a release (the import needs 1,000 releases a second)."""
    releases = []
    for _, entry, _found in scored_corpus:
        path = CORPUS / "releases" / f"{entry['id']}.txt"
        release = parse_release(path.read_text("utf-8"), path.name)
        assert isinstance(release, Release)
        releases.append((release.title, release.paragraphs))
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        for title, paragraphs in releases:
            extract_people(title, paragraphs)
        best = min(best, time.process_time() - started)
    # Measured about 0.3 ms on a busy 2-core machine; the bound leaves room for slow CI.
    assert best / len(releases) < 0.003


# -- titles, roles and names -----------------------------------------------------------------


def test_titles_are_not_part_of_names() -> None:
    found = people(
        "Chair of Milli Majlis Sahiba Gafarova Meets Speaker of Latvian Saeima Edvards Smiltens",
        "Chair of the Milli Majlis Sahiba Gafarova met with Speaker of the Saeima of the "
        "Republic of Latvia Edvards Smiltens on 3 May.",
        "Mrs Gafarova greeted the guest. Speaker Smiltens thanked her for the warm welcome.",
    )
    assert names(found) == ["Sahiba Gafarova", "Edvards Smiltens"]
    gafarova, smiltens = found
    assert gafarova.role == "Chair of the Milli Majlis"
    assert smiltens.role == "Speaker of the Saeima of the Republic of Latvia"
    assert gafarova.mentions == ("Sahiba Gafarova", "Mrs Gafarova")
    assert smiltens.mentions == ("Edvards Smiltens", "Speaker Smiltens")
    assert gafarova.took_part and smiltens.took_part


def test_honorifics_with_a_full_name_are_dropped() -> None:
    found = people(
        "At the Hearing",
        "The hearing was opened by committee chair Mrs Leyla Karimova. Dr Orkhan Babayev and "
        "Mr. Tomas Novak spoke next.",
    )
    assert names(found) == ["Leyla Karimova", "Orkhan Babayev", "Tomas Novak"]


def test_a_surname_refers_back_to_the_full_name() -> None:
    found = people(
        "A Meeting with Moldovan MPs",
        "The head of the working group Rauf Aliyev met with the Moldovan MP Ion Ceban.",
        "Mr Aliyev told Mr Ceban about the new laws. Mr Ceban said he welcomed them.",
    )
    assert names(found) == ["Rauf Aliyev", "Ion Ceban"]
    assert by_name(found)["Ion Ceban"].mentions == ("Ion Ceban", "Mr Ceban")


def test_a_surname_before_the_full_name_still_resolves() -> None:
    found = people(
        "Talks in Vilnius",
        "Chair of the Milli Majlis Sahiba Gafarova met the Speaker of the Seimas. First, "
        "Mrs Gafarova and Mr Nausėda spoke privately.",
        "Later the Speaker of the Seimas Viktorija Nausėda greeted the delegation.",
    )
    assert names(found) == ["Sahiba Gafarova", "Viktorija Nausėda"]
    assert by_name(found)["Viktorija Nausėda"].mentions == ("Mr Nausėda", "Viktorija Nausėda")


def test_mr_goes_to_the_participant_among_namesakes() -> None:
    found = people(
        "Vice Speaker Meets Athletes",
        "Deputy Chair of the Milli Majlis Rauf Aliyev met the national team on 2 May.",
        "He said that President Ilham Aliyev cared for sport. Mr Aliyev wished the team luck; "
        "the players thanked President Aliyev.",
    )
    rauf, ilham = by_name(found)["Rauf Aliyev"], by_name(found)["Ilham Aliyev"]
    assert "Mr Aliyev" in rauf.mentions
    assert "President Aliyev" in ilham.mentions
    assert rauf.took_part and not ilham.took_part


def test_a_surname_alone_is_kept_when_no_full_name_is_given() -> None:
    found = people(
        "Milli Majlis Meets in Plenary",
        "Speaker Gafarova opened the sitting. The MPs Tural Aliyev and Nigar Huseynova spoke.",
    )
    assert names(found) == ["Gafarova", "Tural Aliyev", "Nigar Huseynova"]
    assert by_name(found)["Gafarova"].mentions == ("Speaker Gafarova",)
    assert by_name(found)["Gafarova"].took_part


def test_lists_of_mps_give_each_their_role() -> None:
    found = people(
        "At the Plenary Sitting",
        "The committee chairs Elnur Hasanov and Aysel Mammadova and the MPs Rauf Guliyev, "
        "Samira Karimli, Vusal Abbasov and Gunel Rzayeva commented on the current issues.",
    )
    assert names(found) == [
        "Elnur Hasanov",
        "Aysel Mammadova",
        "Rauf Guliyev",
        "Samira Karimli",
        "Vusal Abbasov",
        "Gunel Rzayeva",
    ]
    roles = {p.name: p.role for p in found}
    assert roles["Aysel Mammadova"] == "committee chair"
    assert roles["Gunel Rzayeva"] == "MP"
    assert all(p.took_part for p in found)


def test_a_list_after_a_committee_chairman() -> None:
    found = people(
        "Committee Meets",
        "Committee Chairman Anar Valiyev opened the meeting. The committee members Leyla "
        "Abdullayeva, Kamran Nabiyev and Ruslan Ismayilzade voiced their proposals.",
    )
    assert names(found) == [
        "Anar Valiyev",
        "Leyla Abdullayeva",
        "Kamran Nabiyev",
        "Ruslan Ismayilzade",
    ]
    assert by_name(found)["Kamran Nabiyev"].role == "committee member"


def test_names_with_diacritics_hyphens_and_particles() -> None:
    found = people(
        "Meetings in Baku",
        "Chair of the Milli Majlis Sahiba Gafarova met with the Speaker of the Grand National "
        "Assembly of Türkiye Numan Kurtulmuş, with the President of Kazakhstan Kassym-Jomart "
        "Tokayev and with the Ambassador of Oman Salim bin Muhammad al-Malik.",
        "Mr Kurtulmuş, President Tokayev and Mr al-Malik thanked their host.",
    )
    assert names(found) == [
        "Sahiba Gafarova",
        "Numan Kurtulmuş",
        "Kassym-Jomart Tokayev",
        "Salim bin Muhammad al-Malik",
    ]
    assert by_name(found)["Kassym-Jomart Tokayev"].mentions == (
        "Kassym-Jomart Tokayev",
        "President Tokayev",
    )
    assert all(p.took_part for p in found)


def test_patronymics_belong_to_the_name() -> None:
    found = people(
        "Central Bank Board",
        "The House appointed Elchin Rauf oglu Mammadov and Nargiz Tofig gizi Aliyeva to the "
        "Board. Elshad Mirbashir oglu spoke in favour.",
    )
    assert names(found) == [
        "Elchin Rauf oglu Mammadov",
        "Nargiz Tofig gizi Aliyeva",
        "Elshad Mirbashir oglu",
    ]


def test_a_role_after_the_name() -> None:
    found = people(
        "Candidates Heard",
        "The chairman introduced Javid Huseynov (the candidate auditor of the Chamber of "
        "Accounts) to the committee.",
    )
    assert found[0].name == "Javid Huseynov"
    assert found[0].role.startswith("candidate auditor")


def test_a_city_before_a_name_is_not_part_of_it() -> None:
    found = people(
        "A Meeting at the Embassy",
        "Azerbaijan’s ambassador in Helsinki Rauf Huseynov and the Mayor of Tbilisi Levan "
        "Giorgadze joined the meeting.",
    )
    assert names(found) == ["Rauf Huseynov", "Levan Giorgadze"]


def test_a_speaker_after_a_comma_does_not_take_the_role_before_it() -> None:
    found = by_name(
        people(
            "Vice Speaker Meets Guests",
            "Deputy Chair of the Milli Majlis Rauf Aliyev met the guests. The country owes much "
            "to the Great Leader, Rauf Aliyev was saying.",
        )
    )
    assert found["Rauf Aliyev"].took_part
    assert found["Rauf Aliyev"].role == "Deputy Chair of the Milli Majlis"


def test_possessives_are_not_part_of_names() -> None:
    found = people(
        "At the Committee",
        "The chairman Rauf Guliyev recalled President Ilham Aliyev’s initiative and Mr "
        "Guliyev`s own proposal.",
    )
    assert names(found) == ["Rauf Guliyev", "Ilham Aliyev"]
    assert by_name(found)["Ilham Aliyev"].mentions == ("Ilham Aliyev",)
    assert not by_name(found)["Ilham Aliyev"].took_part


def test_a_typo_in_a_repeated_name_stays_one_person() -> None:
    found = people(
        "At the Plenary Sitting",
        "Speaker Sahiba Gafarova chaired the sitting. Sahib Gafarova then told the House of "
        "her visit. Sahiba Gafarova closed the sitting.",
    )
    assert names(found) == ["Sahiba Gafarova"]
    assert found[0].mentions == ("Sahiba Gafarova", "Sahib Gafarova")


# -- things that are not people --------------------------------------------------------------


def test_names_inside_buildings_awards_and_funds_are_not_people() -> None:
    found = people(
        "A Conference in Baku",
        "The conference took place at the Heydar Aliyev Centre. The Heydar Aliyev Foundation "
        "and the Nizami Ganjavi International Center supported it, and the Order of Heydar "
        "Aliyev was presented to a veteran.",
    )
    assert found == []


def test_places_laws_and_event_titles_are_not_people() -> None:
    found = people(
        "Our MPs Attend a Forum",
        "The MPs met in Palazzo Madama in Rome and visited the Novruz Bayram fair. They "
        "discussed the Code of Administrative Offences, the Law ‘On Nagorno Karabakh "
        "Returnees’ and the conference The Role and Best Practices of Parliaments.",
    )
    assert found == []


def test_a_two_word_name_right_after_at_or_in_is_a_place() -> None:
    """Unless a memorial follows ("at the Heydar Aliyev monument" honours a person) or the name
    is a possessive ("at Kakha Kaladze’s residence")."""
    assert people("A Meeting", "A meeting was held in Nizami Ganjavi hall.") == []
    found = people(
        "Flowers Laid",
        "The MPs laid flowers at Heydar Aliyev monument. A reception was held at Kakha "
        "Kaladze’s residence.",
    )
    assert [person.name for person in found] == ["Heydar Aliyev", "Kakha Kaladze"]


def test_headline_words_do_not_make_names() -> None:
    found = people(
        "Chair of Milli Majlis Sends Condolences Over Earthquake Victims in Morocco",
        "The Chair of the Milli Majlis sent her condolences to the people of Morocco.",
    )
    assert found == []


def test_groups_are_not_people() -> None:
    assert (
        people(
            "A Meeting with Ukrainian MPs",
            "The MPs and the delegation of the Verkhovna Rada discussed the Black Sea Economic "
            "Co-operation Organisation.",
        )
        == []
    )


def test_nothing_in_nothing_out() -> None:
    assert extract_people("", []) == []
    assert extract_people("Plenary Meeting", ["", "   "]) == []


# -- took part or only referred to -----------------------------------------------------------


def test_a_leader_whose_policy_is_cited_did_not_take_part() -> None:
    found = by_name(
        people(
            "At the Meeting of the Culture Committee",
            "Committee Chair Nigar Hasanova opened the meeting. She said that the country owed "
            "its victory to the policy of President Ilham Aliyev and to the Army led by the "
            "Commander-in-Chief.",
        )
    )
    assert found["Nigar Hasanova"].took_part
    assert not found["Ilham Aliyev"].took_part


def test_greetings_passed_on_and_national_leaders() -> None:
    found = by_name(
        people(
            "Speaker Meets Ambassador",
            "Chair of the Milli Majlis Sahiba Gafarova received the Ambassador of Peru Luis "
            "Ramos. The relations were founded by our National Leader Heydar Aliyev, Mr Ramos "
            "said, and asked his greetings to be passed on to President Ilham Aliyev.",
        )
    )
    assert found["Sahiba Gafarova"].took_part and found["Luis Ramos"].took_part
    assert not found["Heydar Aliyev"].took_part
    assert not found["Ilham Aliyev"].took_part


def test_a_head_of_state_who_attends_takes_part() -> None:
    found = by_name(
        people(
            "Forum Opens in Baku",
            "President Ilham Aliyev of the Azerbaijan Republic attended the forum and delivered "
            "an address. Chair of the Milli Majlis Sahiba Gafarova thanked President Aliyev.",
        )
    )
    assert found["Ilham Aliyev"].took_part
    assert found["Sahiba Gafarova"].took_part


def test_a_delegation_led_by_someone_versus_an_army_led_by_someone() -> None:
    found = by_name(
        people(
            "Speaker Meets Georgian Delegation",
            "Chair of the Milli Majlis Sahiba Gafarova met the delegation led by Prime Minister "
            "of Georgia Irakli Kobakhidze. The Army led by Commander-in-Chief Ilham Aliyev was "
            "mentioned.",
        )
    )
    assert found["Irakli Kobakhidze"].took_part
    assert not found["Ilham Aliyev"].took_part


def test_on_behalf_of_and_at_the_instance_of_mean_absent() -> None:
    found = by_name(
        people(
            "A Hearing on Health",
            "The hearing was held at the instance of Chair of the Milli Majlis Sahiba Gafarova. "
            "Committee Chairman Rauf Karimov greeted the guests on behalf of Deputy Chair Adil "
            "Aliyev and opened the hearing.",
        )
    )
    assert found["Rauf Karimov"].took_part
    assert not found["Sahiba Gafarova"].took_part
    assert not found["Adil Aliyev"].took_part


def test_an_earlier_meeting_recounted_is_not_the_event() -> None:
    found = by_name(
        people(
            "At the Plenary Sitting",
            "Chair of the Milli Majlis Sahiba Gafarova told the House about her visit to "
            "Slovenia. She had met the Speaker of the National Assembly Urška Klakočar Zupančič "
            "there.",
        )
    )
    assert found["Sahiba Gafarova"].took_part
    assert not found["Urška Klakočar Zupančič"].took_part


def test_a_victim_and_a_letter_writer_did_not_take_part() -> None:
    found = by_name(
        people(
            "At the Plenary Sitting",
            "The MPs Elvin Rustamov and Kamala Hasanli condemned the attack on MP Anar Safarov. "
            "Speaker Sahiba Gafarova read a letter from the Speaker of the Bundestag Ida Weber.",
        )
    )
    assert found["Elvin Rustamov"].took_part and found["Kamala Hasanli"].took_part
    assert not found["Anar Safarov"].took_part
    assert not found["Ida Weber"].took_part


def test_announced_trips_count_as_taking_part() -> None:
    found = people(
        "Our MPs to Visit Serbia",
        "The head of the working group Emin Hajiyev and MP Lala Aliyeva are leaving for "
        "Belgrade on 3 June to take part in a conference.",
    )
    assert names(found) == ["Emin Hajiyev", "Lala Aliyeva"]
    assert all(p.took_part for p in found)


def test_a_monument_names_a_referred_person() -> None:
    found = people(
        "Delegation Visits Dushanbe",
        "The delegation led by Chair of the Milli Majlis Sahiba Gafarova laid a wreath at the "
        "Rudaki Samarqandi monument.",
    )
    assert by_name(found)["Sahiba Gafarova"].took_part
    assert not by_name(found)["Rudaki Samarqandi"].took_part


# -- the folding helper ----------------------------------------------------------------------


def test_fold_name() -> None:
    assert fold_name("Kassym-Jomart  TOKAYEV") == "kassym jomart tokayev"
    assert fold_name("Mustafa Şentop") == fold_name("mustafa sentop")
    assert fold_name("Boris Kollár") == "boris kollar"


@pytest.mark.parametrize(
    ("title", "paragraph", "expected"),
    [
        # A title-case verb of a headline ends the name before it.
        (
            "MP Rauf Aliyev Interviewed by Local Radio",
            "MP Rauf Aliyev gave an interview on 3 May.",
            {"Rauf Aliyev"},
        ),
        # A broadcaster is an organisation, and the word after it is its name.
        (
            "New Book Presented at the Milli Majlis",
            "A book by editor-in-chief of Radio Ganja Leyla Karimova was presented on 4 July.",
            {"Leyla Karimova"},
        ),
        # An organisation's name that ends in an organisation word keeps the name whole.
        (
            "Staff Meeting Held",
            "Head of the Department of the Milli Majlis Staff Haji Rasul Talibov spoke.",
            {"Haji Rasul Talibov"},
        ),
    ],
)
def test_names_next_to_headline_verbs_and_organisations(
    title: str, paragraph: str, expected: set[str]
) -> None:
    assert {person.name for person in extract_people(title, [paragraph])} == expected


def test_occupations_and_ranks_before_a_name_are_titles() -> None:
    found = people(
        "Speaker Meets People`s Writer Rovshan Sadigli",
        "Chair of the Milli Majlis Nigar Huseynova met with People`s Writer Rovshan Sadigli. "
        "Honoured Artist Elmira Gasimova sang, and the veterans Sergeant Tural Mammadli and "
        "Allama Yusuf Karimi were present.",
    )
    assert set(names(found)) == {
        "Nigar Huseynova",
        "Rovshan Sadigli",
        "Elmira Gasimova",
        "Tural Mammadli",
        "Yusuf Karimi",
    }


def test_bey_and_two_particles_stay_in_the_name() -> None:
    found = people(
        "Book Presented",
        "The speeches of Alimardan bey Nuriyev were published. The delegation was led by "
        "Lucía Ortega de la Garza, President of the friendship group. Mrs Ortega de la Garza "
        "thanked the hosts.",
    )
    assert by_name(found)["Alimardan bey Nuriyev"].mentions == ("Alimardan bey Nuriyev",)
    # One person: "Mrs Ortega de la Garza" refers back to the full name.
    assert names(found) == ["Alimardan bey Nuriyev", "Lucía Ortega de la Garza"]


def test_an_organisation_or_discipline_ends_a_role_before_a_name() -> None:
    found = people(
        "Meeting with Voters",
        "The meeting was attended by Head of the Gakh District Executive Power Vusal Guliyev. "
        "Director of the Institute of History Tahir Musayev spoke.",
    )
    assert set(names(found)) == {"Vusal Guliyev", "Tahir Musayev"}


def test_the_first_of_two_surnames_refers_back() -> None:
    found = people(
        "Ambassador Received",
        "Ambassador of Mexico José Ángel Suárez Ríos attended. Mr Suárez said the ties grew. "
        "Mr Suarez also mentioned cinema.",
    )
    assert names(found) == ["José Ángel Suárez Ríos"]
    assert by_name(found)["José Ángel Suárez Ríos"].mentions == (
        "José Ángel Suárez Ríos",
        "Mr Suárez",
        "Mr Suarez",
    )


def test_the_dead_and_their_works_did_not_take_part() -> None:
    found = people(
        "Delegation Visits the Alley of Honours",
        "The guests laid a wreath at the grave of national leader Ulvi Rzayev and honoured his "
        "memory. Flowers were laid at the grave of the outstanding surgeon, academician Leyla "
        "Tagiyeva. MP Samir Aliyev said the poems of Rasim Huseynli were loved by all. The "
        "Speaker conveyed her condolences over the death of Goran Petrovic. Mr Petrovic was "
        "a friend of Azerbaijan.",
    )
    assert took_part(found) == {
        "Ulvi Rzayev": False,
        "Leyla Tagiyeva": False,
        "Samir Aliyev": True,
        "Rasim Huseynli": False,
        "Goran Petrovic": False,
    }


def test_events_recalled_or_reported_are_not_the_event() -> None:
    found = people(
        "Speaker Meets Ambassador",
        "Chair of the Milli Majlis Nigar Huseynova met with Ambassador of Belgium Jan Claes. "
        "Mrs Huseynova recalled the visit to Baku last spring of the chair of the friendship "
        "group Sophie Lambert. Mr Claes said he was pleased with the recent talks between "
        "President of Belgium Marc Dubois and the Prime Minister Anna Peeters.",
    )
    assert took_part(found) == {
        "Nigar Huseynova": True,
        "Jan Claes": True,
        "Sophie Lambert": False,
        "Marc Dubois": False,
        "Anna Peeters": False,
    }


def test_a_delegation_led_by_someone_named_far_after_it() -> None:
    found = people(
        "Delegation Received",
        "The Speaker met on 10 October with a delegation of the German-South Caucasian "
        "Parliamentary Friendship Group of the German Bundestag led by the chair of the group "
        "Katharina von Falk. Mr Tagiyev had meetings with OSCE PA Vice-President Conor Walsh.",
    )
    assert all(p.took_part for p in found)
    assert set(names(found)) == {"Katharina von Falk", "Tagiyev", "Conor Walsh"}


def test_particles_regnal_numbers_and_bodies_named_in_the_plural() -> None:
    found = people(
        "Delegation Visits Morocco",
        "The delegation met with President of the House of Councillors Ahmed Ould Salem. "
        "Mr Ould Salem said the ties were strong. The greetings of President Ilham Aliyev "
        "were conveyed to King Hassan III. Item II of the agenda was discussed.",
    )
    assert names(found) == ["Ahmed Ould Salem", "Ilham Aliyev", "Hassan III"]
    assert by_name(found)["Ahmed Ould Salem"].took_part
    assert not by_name(found)["Hassan III"].took_part


def test_two_word_countries_are_places() -> None:
    found = people(
        "Conference in Baku",
        "Vice Chairwoman of the National Assembly of Viet Nam Tran Thi Lan spoke about Viet Nam.",
    )
    assert names(found) == ["Tran Thi Lan"]


def test_a_description_before_a_comma_is_someone_else() -> None:
    found = people(
        "Visit to a School",
        "The MPs met the mother of the shahid, Leyla Abbasova.",
    )
    assert by_name(found)["Leyla Abbasova"].took_part


def test_a_korean_family_name_that_is_also_a_word() -> None:
    found = people(
        "Speaker Meets Korean Delegation",
        "Chair of the Milli Majlis Nigar Huseynova met with Speaker of the National Assembly of "
        "the Republic of Korea Park Min-jun. The guests later visited the Heydar Aliyev Park.",
    )
    assert names(found) == ["Nigar Huseynova", "Park Min-jun"]


def test_initials_arabic_patronymics_and_occupations() -> None:
    found = people(
        "Committee Discusses the Bill",
        "Deputy Minister A. Mammadli informed the committee members about the bill. According "
        "to Mr Mammadli, the law was needed. The Ambassador of Oman to Azerbaijan Salim bin Said "
        "al-Harthi and Teacher Orkhan Nabiyev took part. Signed D. J. S.",
    )
    assert names(found) == ["A. Mammadli", "Salim bin Said al-Harthi", "Orkhan Nabiyev"]
    assert by_name(found)["A. Mammadli"].mentions == ("A. Mammadli", "Mr Mammadli")


def test_an_address_read_out_and_a_poetess_of_an_earlier_century() -> None:
    found = people(
        "Conference on Tolerance",
        "Deputy Chair Kamala Rustamova read out the address of Chair of the Milli Majlis "
        "Samira Valiyeva to the participants. A new edition of the poems of the outstanding "
        "19th-century poetess Khurshid Banuyeva was presented.",
    )
    assert took_part(found) == {
        "Kamala Rustamova": True,
        "Samira Valiyeva": False,
        "Khurshid Banuyeva": False,
    }


@pytest.mark.parametrize(
    ("title", "paragraph", "expected"),
    [
        # An army led by someone is no delegation, even with "session" well before it.
        (
            "Sitting",
            "At the session the MPs spoke at length about the historic victory that was won by "
            "the glorious Azerbaijani Army led by Commander-in-Chief Rasim Valiyev.",
            {"Rasim Valiyev": False},
        ),
        # Glad or pleased to meet someone now: the meeting, not speech about another event.
        (
            "Meeting",
            "The Speaker said she was glad to meet Speaker of the House of Commons of Ruritania "
            "Sir Arthur Pell in Geneva.",
            {"Arthur Pell": True},
        ),
        # An earlier visit recalled, then a new clause: the guest welcomed took part.
        (
            "Meeting",
            "Mrs Valiyeva recalled her visit to Prague last year and welcomed MP Jana Dvorak.",
            {"Jana Dvorak": True},
        ),
        # Who gives a speech speaks.
        (
            "Sitting",
            "After the speeches of MPs Orkhan Babayev and Leyla Musayeva, the bill was adopted.",
            {"Orkhan Babayev": True, "Leyla Musayeva": True},
        ),
        # Power is a surname; "Executive Power" is a body.
        (
            "Meeting",
            "Nigar Huseynova met with Ambassador Helen Power. Ms Power thanked her. The meeting "
            "was attended by Head of the Gakh District Executive Power Vusal Guliyev.",
            {"Nigar Huseynova": True, "Helen Power": True, "Vusal Guliyev": True},
        ),
        # A letter ending the sentence before is no initial of the next name.
        (
            "Vote",
            "The draft was moved to Annex B. Nigar Huseynova then put it to the vote.",
            {"Nigar Huseynova": True},
        ),
        # "who had talks" is an earlier event.
        (
            "Meeting",
            "She spoke of the Uzbek leader, who had talks with President Rasim Valiyev last year.",
            {"Rasim Valiyev": False},
        ),
        # A delegation under someone's leadership: they led it.
        (
            "Hearing",
            "The hearing was attended by a delegation of the Academy of Sciences under the "
            "leadership of academician Isa Garayev.",
            {"Isa Garayev": True},
        ),
        # A description set off by a comma still describes the person.
        (
            "Anniversary",
            "The event marked the anniversary of the great poet, Ahmad Javadli.",
            {"Ahmad Javadli": False},
        ),
        # Given names and surnames that are also places stay names.
        (
            "Meeting",
            "The Speaker met with MP Jabrayil Mammadli and MP Vugar Masalli. Ambassador of Iraq "
            "Riyadh Abdul Razzaq attended.",
            {"Jabrayil Mammadli": True, "Vugar Masalli": True, "Riyadh Abdul Razzaq": True},
        ),
        # Not being there in person, then joining after all.
        (
            "Sitting",
            "MP Sevil Karimova could not attend in person and joined the sitting by video link. "
            "MP Tahir Rzayev did not attend the first day but took part in the second day of "
            "the forum.",
            {"Sevil Karimova": True, "Tahir Rzayev": True},
        ),
        # "Father of ..." names a relation or a national founder, not a priest.
        (
            "Chair of Milli Majlis Meets Father of National Hero Elvin Safarov",
            "The Chair met with Ramiz Safarov, the father of National Hero of Azerbaijan Elvin "
            "Safarov. She recalled the words of the Father of the Nation Sheikh Karim Uddin.",
            {"Ramiz Safarov": True, "Elvin Safarov": False, "Karim Uddin": False},
        ),
        # A relative named after the comma is no part of a list with the dead.
        (
            "Evening",
            "The event was attended by the daughter of the great Azerbaijani composer Rauf "
            "Hajiyev, Leyla Hajiyeva.",
            {"Rauf Hajiyev": False, "Leyla Hajiyeva": True},
        ),
        # A word that starts like an adverb ("too" in "took") is no adverb: "took part" counts.
        (
            "Committee Meeting",
            "Minister of Culture Tamerlan Guliyev took part in the meeting. Mr Guliyev had "
            "visited the region in spring. Farid Rzali then took the floor. Mr Rzali had raised "
            "the issue before.",
            {"Tamerlan Guliyev": True, "Farid Rzali": True},
        ),
        # "At the head" is a cue; "at the headquarters" is a place.
        (
            "Visit",
            "MP Kamala Aghayeva at the headquarters of the organisation met the staff.",
            {"Kamala Aghayeva": True},
        ),
        # The dead, named as such, did not take part, whatever their life story says they did.
        (
            "In Memory of Rufat Alizade",
            "Rufat Alizade, a former Deputy Chair of the Milli Majlis, died on 3 May. He was "
            "elected to the parliament in 1995, and Rufat Alizade chaired its Legal Committee. "
            "The MPs also recalled the work of the late ophthalmologist Professor Zarifa "
            "Bakhishova. Mr Alizade is survived by his wife.",
            {"Rufat Alizade": False, "Zarifa Bakhishova": False},
        ),
        # Congratulations "of" someone are sent by them: they are not there.
        (
            "Press Day",
            "Deputy Chair Nazim Valiyev conveyed to the journalists the congratulations of Chair "
            "of the Milli Majlis Leyla Rustamova.",
            {"Nazim Valiyev": True, "Leyla Rustamova": False},
        ),
        # "who ... had described": an earlier event, even with words between "who" and "had".
        (
            "Interview",
            "The MP quoted the President of the Assembly Ines Varga, who at its last session had "
            "described the talks as a success.",
            {"Ines Varga": False},
        ),
        # A statue of "the national poet of <country>": a description with a place in it.
        (
            "Delegation in Vilnius",
            "The MPs laid flowers at the statue of the national poet of Lithuania Jonas "
            "Baranauskas and met Speaker Rasa Jankauskiene.",
            {"Jonas Baranauskas": False, "Rasa Jankauskiene": True},
        ),
    ],
)
def test_cues_that_must_not_misfire(title: str, paragraph: str, expected: dict[str, bool]) -> None:
    found = took_part(extract_people(title, [paragraph]))
    assert {name: found.get(name) for name in expected} == expected


def test_places_patronymics_and_religious_titles() -> None:
    found = people(
        "Meeting with Religious Leaders",
        "Attending were Chairman of the Religious Community of Baku Yosef Mizrahi, Apostolic "
        "Prefect Father Pavel Novak, Congressman Daniel Ortiz and MP Nurlan Asylbek uulu. "
        "MP Kanan Ismayilli of the Ismayilli constituency spoke.",
    )
    assert names(found) == [
        "Yosef Mizrahi",
        "Pavel Novak",
        "Daniel Ortiz",
        "Nurlan Asylbek uulu",
        "Kanan Ismayilli",
    ]


def test_someone_who_could_not_attend_and_a_poet_of_a_nation() -> None:
    found = people(
        "Awards Presented",
        "The Order was also awarded to Bahruz Karimli, a former MP, who could not attend the "
        "ceremony. The evening was dedicated to the heritage of the great Azerbaijani poet and "
        "enlightener Seyid Nasimli.",
    )
    assert took_part(found) == {
        "Bahruz Karimli": False,
        "Seyid Nasimli": False,
    }


def test_father_before_a_name_is_an_honorific() -> None:
    found = people(
        "Meeting",
        "Apostolic Prefect Father Pavel Novak spoke. Father Novak recalled the visit of the Pope.",
    )
    assert names(found) == ["Pavel Novak"]
    assert by_name(found)["Pavel Novak"].mentions == ("Pavel Novak", "Father Novak")


def test_a_body_named_before_a_person_in_one_run() -> None:
    found = people(
        "Committee Meeting",
        "Executive director of the Union of Cinematographers Lala Eyvazli and director of the "
        "Institute of Oriental Studies Bahruz Umudov spoke. Honoured Art Worker Kamal Novruzov "
        "also attended. Mrs Eyvazli made proposals.",
    )
    assert names(found) == ["Lala Eyvazli", "Bahruz Umudov", "Kamal Novruzov"]


def test_malay_irish_and_old_azerbaijani_names() -> None:
    found = people(
        "Meetings",
        "President of the Senate of Malaysia Dato' Seri Rahman Hakim bin Yusof spoke. Dato' Seri "
        "Rahman Hakim thanked the hosts. Special Representative on Migration Ciarán Ó Briain and "
        "the poet Mahmud bay Sultanli were named. Speaker of the Althingi Birgir Jonsson came. "
        "The guests visited the Shusha State Historical and Architectural Reserve.",
    )
    assert names(found) == [
        "Rahman Hakim bin Yusof",
        "Ciarán Ó Briain",
        "Mahmud bay Sultanli",
        "Birgir Jonsson",
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A body named after a person, with nobody's post before it: no person there.
        ("The delegation visited the Mausoleum of Rustam Karim Aliyev.", []),
        ("They discussed the reforms of the Government of Rafael Diaz Ortega.", []),
        # A post in a body, the body's name, then a name with a patronymic.
        (
            "Director of the Institute of Oriental Studies Rashad Tamraz oglu Orujov spoke.",
            ["Rashad Tamraz oglu Orujov"],
        ),
        # "Tun" is part of Burmese names.
        ("The Speaker met Deputy Speaker Tun Tun Hein. Mr Hein thanked her.", ["Tun Tun Hein"]),
        # A name before "bin" is the same person only when it comes after the full name.
        (
            "The Speaker met Minister Salim Ali and Ambassador Salim Ali bin Hamad Al Khalifa.",
            ["Salim Ali", "Salim Ali bin Hamad Al Khalifa"],
        ),
    ],
)
def test_names_that_must_not_be_cut_or_joined(paragraph: str, expected: list[str]) -> None:
    assert names(people("Milli Majlis news", paragraph)) == expected


def test_given_names_that_are_holidays_or_places_and_a_clause_of_time() -> None:
    found = people(
        "Plenary Sitting",
        "After the agenda had been adopted, First Deputy Chair Ramazan Aliyev and MP Gurban "
        "Nasirli took the floor. President of the Assembly of the Republic Rui Costa Pereira, "
        "Professor of the University of Languages Kamal Ilyaszade and the chair of the friendship "
        "group Joao Paulo Martins attended. The MPs marked Ramazan Bayram.",
    )
    assert took_part(found) == {
        "Ramazan Aliyev": True,
        "Gurban Nasirli": True,
        "Rui Costa Pereira": True,
        "Kamal Ilyaszade": True,
        "Joao Paulo Martins": True,
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Holidays are no people, though Ramazan, Novruz and Gurban are given names too.
        (
            "Nigar Huseynova congratulated the MPs on Gurban Bayrami and the Holy Ramazan Month.",
            {"Nigar Huseynova": True},
        ),
        # A post in a place named after someone: nobody there.
        ("The event was attended by an employee of the Mausoleum of Rustam Karim Aliyev.", {}),
        # A clause of time about an earlier event, not a step of the sitting.
        (
            "When the delegation had visited Paris in 2019, it met with Senator Paul Girard.",
            {"Paul Girard": False},
        ),
    ],
)
def test_holidays_places_and_clauses_of_time(paragraph: str, expected: dict[str, bool]) -> None:
    assert took_part(people("Milli Majlis news", paragraph)) == expected


def test_who_had_words_and_who_participated() -> None:
    found = people(
        "Plenary Sitting",
        "The speakers were the MPs Elvin Karimli and Nijat Bayramov who had words to say about "
        "the roads. The Special Representative of the President in Shusha Vahid Alasgarov, who "
        "participated in the meeting, told the MPs about the schools.",
    )
    assert took_part(found) == {
        "Elvin Karimli": True,
        "Nijat Bayramov": True,
        "Vahid Alasgarov": True,
    }


def test_names_after_to_a_publication_and_an_honorary_title() -> None:
    found = people(
        "MP Orkhan Sadigli Responds to Foreign Senator",
        "MP Orkhan Sadigli gave an interview to the Swiss daily Berner Abendpost. The delegation "
        "laid a wreath at the monument to José Maria Ferreira de Castro in the Botanical Garden. "
        "Honoured Scientist Aydin Karimov spoke at the event.",
    )
    assert names(found) == ["Orkhan Sadigli", "José Maria Ferreira de Castro", "Aydin Karimov"]
    assert by_name(found)["José Maria Ferreira de Castro"].took_part is False


def test_candidates_for_an_office_take_part_in_the_sitting_that_fills_it() -> None:
    # GUIDE.md: elected, appointed or sworn in at the sitting; the real releases' candidates
    # count too, even where the nomination is reported in someone's words.
    found = people(
        "Milli Majlis Appoints Judges",
        "The President had submitted two candidates for the post to the Milli Majlis: Kamran "
        "Fikrat oglu Ismayilov and Aysel Vagif gizi Huseynli. The committee chairman Rauf "
        "Abbasli said that Elvin Huseynov was nominated for the vacant post of a judge, and "
        "that Tural Mammadli was nominated as deputy chairman of the Chamber of "
        "Accounts, and Leyla Rzayeva and Orkhan Bagirov as its auditors.",
    )
    assert took_part(found) == {
        "Kamran Fikrat oglu Ismayilov": True,
        "Aysel Vagif gizi Huseynli": True,
        "Rauf Abbasli": True,
        "Elvin Huseynov": True,
        "Tural Mammadli": True,
        "Leyla Rzayeva": True,
        "Orkhan Bagirov": True,
    }
    # The role before a list's second name is the first one's: "..., and".
    assert by_name(found)["Leyla Rzayeva"].role == ""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A relative of the dead: "of shahid" is no description with a place in it.
        (
            "Speaker Leyla Mammadova met the mother of shahid Elvin Guliyev.",
            {"Leyla Mammadova": True, "Elvin Guliyev": False},
        ),
        # "the late" of a time, an event or a relative's possessive is no dead person.
        (
            "In the late afternoon, Speaker Leyla Mammadova met the delegation of the Senate.",
            {"Leyla Mammadova": True},
        ),
        (
            "Given the late hour, Deputy Speaker Anar Rzayev closed the sitting.",
            {"Anar Rzayev": True},
        ),
        (
            "The exhibition was opened by Chair Leyla Mammadova and the late poet's son Tural "
            "Rzayev.",
            {"Leyla Mammadova": True, "Tural Rzayev": True},
        ),
        # The dead of a list are those named without a role of their own after "the late".
        (
            "MP Vugar Hasanli spoke about the late MP Kamal Orujov and MP Elnur Sadigli "
            "supported him.",
            {"Vugar Hasanli": True, "Kamal Orujov": False, "Elnur Sadigli": True},
        ),
        (
            "MPs Sadig Gurbanov and Kamal Jafarov, who passed away in 2024, were remembered.",
            {"Sadig Gurbanov": False, "Kamal Jafarov": False},
        ),
        # Congratulations are someone's in their absence only when another passes them on.
        (
            "After the congratulations of Chair of the Milli Majlis Leyla Mammadova, the new "
            "Ombudsperson took the oath.",
            {"Leyla Mammadova": True},
        ),
        # After "of the ... newspaper/channel" comes a person, not the publication's title.
        (
            "The editor-in-chief of the Xalq Sozu newspaper Ramiz Abbasli and the director "
            "general of the ITV channel Rustam Huseynli spoke at the hearing.",
            {"Ramiz Abbasli": True, "Rustam Huseynli": True},
        ),
        # A deed of the past, with who recalled it at the end of the sentence.
        (
            "National Leader Akif Rustamov took part in the summit in 1999, MP Rashad Mahmudov "
            "recalled.",
            {"Akif Rustamov": False, "Rashad Mahmudov": True},
        ),
        # A private's rank is a title; "Lays" in a headline is a verb, not a name.
        (
            "Private Elvin Karimli was awarded the medal. Speaker Sevda Rahimova Lays Wreath.",
            {"Elvin Karimli": True, "Sevda Rahimova": True},
        ),
        # Who attends the sitting, in the chair's words, attends it.
        (
            "Madame Speaker said that the sitting was attended by Minister of Finance Rasim "
            "Nabizade and Governor of the Central Bank Teymur Seyfullayev.",
            {"Rasim Nabizade": True, "Teymur Seyfullayev": True},
        ),
        # A comma between a prepositional phrase's role and the name: the name is a subject.
        (
            "On the proposal of the Chair, Elchin Gurbanzade was elected First Deputy Chair.",
            {"Elchin Gurbanzade": True},
        ),
        # "Shahid" after "tribute to" is a title; a law's title in straight quotes no name.
        (
            "The MPs paid tribute to Shahid Ramil Rzayev. The Law 'On Personal Data' was "
            'amended, and the Bill "On Electronic Signature" passed.',
            {"Ramil Rzayev": False},
        ),
    ],
)
def test_cues_near_the_dead_publications_and_recalled_deeds(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Plenary sitting", [paragraph])) == expected


def test_bayram_is_a_given_name_and_novruz_bayram_a_holiday() -> None:
    found = people(
        "Committee Meeting",
        "The committee chairman Bayram Kazimov congratulated the MPs on the Novruz Bayram. "
        "Gurban Bayram was marked too, and MP Novruz Aliyev spoke.",
    )
    assert names(found) == ["Bayram Kazimov", "Novruz Aliyev"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Victims: the killed are dead, the wounded took no part in what is reported.
        (
            "Ten-year-old Aynur Salimova and her grandfather Rafig Salimov, a retired "
            "teacher, were wounded. Her cousin Vugar Salimov, a driver, was killed by the shell.",
            {"Aynur Salimova": False, "Rafig Salimov": False, "Vugar Salimov": False},
        ),
        (
            "The MPs honoured the soldiers who fell defending the border, among them Captain "
            "Ilkin Jafarov and Private Samir Aliyev. MP Rauf Huseynli spoke.",
            {"Ilkin Jafarov": False, "Samir Aliyev": False, "Rauf Huseynli": True},
        ),
        (
            "He spoke of the journalist Anar Babayev, himself killed in 1992, and of the shahid "
            "Elvin Nasirli, who fell in the war.",
            {"Anar Babayev": False, "Elvin Nasirli": False},
        ),
        # An opening phrase that names someone else is neither the role nor the cue.
        (
            "On the proposal of the Chair, MP Tural Ganjaliyev was elected a member of the "
            "committee.",
            {"Tural Ganjaliyev": True},
        ),
        # Words quoted, claims made earlier, a draft prepared by someone: referred to.
        (
            "MP Leyla Rustamova recalled the words of Mustafa Kemal Atatürk and rejected the "
            "remarks made earlier by the French senator Jean-Luc Moreau-Petit and the draft "
            "prepared by MEP Ciara O'Neill.",
            {
                "Leyla Rustamova": True,
                "Mustafa Kemal Atatürk": False,
                "Jean-Luc Moreau-Petit": False,
                "Ciara O'Neill": False,
            },
        ),
        # A description of the person between "the memory of" and the name.
        (
            "The MPs will honour the memory of the Azerbaijani partisan Kamal Huseynzade in "
            "Trieste. Ganja is the home of the great poet Nizami Ganjavi.",
            {"Kamal Huseynzade": False, "Nizami Ganjavi": False},
        ),
        # "had conversations with" is the event, not an earlier one; a delegation headed by.
        (
            "Mr Sadigov also had conversations with the head of the Kazakh delegation, Deputy "
            "Chairman of the Mazhilis Yerlan Abenov. At the meeting with the Georgian "
            "delegation, headed by MP Davit Beridze, the sides discussed trade.",
            {"Sadigov": True, "Yerlan Abenov": True, "Davit Beridze": True},
        ),
        # A concert recalled is an earlier event; "national leader" after "of" is a role.
        (
            "Senator Lucia Ferri recalled the concert given in Rome by the Azerbaijani pianist "
            "Nigar Alizade. After the return of national leader Heydar Aliyev to power, the "
            "law was passed.",
            {"Lucia Ferri": True, "Nigar Alizade": False, "Heydar Aliyev": False},
        ),
    ],
)
def test_victims_quotations_and_earlier_deeds(paragraph: str, expected: dict[str, bool]) -> None:
    assert took_part(extract_people("Statement", [paragraph])) == expected


def test_a_pupil_or_a_grader_is_a_title_not_a_name() -> None:
    found = people(
        "Commemoration",
        "Schoolgirl Nigar Safarova recited a poem. Tenth-grader Orkhan Bayramli sang.",
    )
    assert names(found) == ["Nigar Safarova", "Orkhan Bayramli"]
    assert by_name(found)["Nigar Safarova"].role == "Schoolgirl"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Someone's case, role or relative talked about; a visit mentioned is an earlier one.
        (
            "MP Sevinj Abbasova mentioned the case of Gulbahar Rzayeva, the grandmother of the "
            "shahid Ramin Rzayev, and the role of Sona Akhundova in the campaign.",
            {
                "Sevinj Abbasova": True,
                "Gulbahar Rzayeva": False,
                "Ramin Rzayev": False,
                "Sona Akhundova": False,
            },
        ),
        (
            "Speaker Elshad Musayev mentioned the visit to Baku of the delegation led by "
            "deputy speaker Hamad bin Khalid al-Thani in March.",
            {"Elshad Musayev": True, "Hamad bin Khalid al-Thani": False},
        ),
    ],
)
def test_people_talked_about(paragraph: str, expected: dict[str, bool]) -> None:
    assert took_part(extract_people("Interview", [paragraph])) == expected


def test_a_title_and_one_name_after_a_comma_is_another_person_not_a_role() -> None:
    found = people(
        "Hearing",
        "The city gave the nation the poet and statesman Molla Panah Vagif, the poetess "
        "Natavan, and many other great names.",
    )
    assert by_name(found)["Molla Panah Vagif"].role == ""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A patronymic keeps the given name before it, after a body or after "to".
        (
            "Deputy Minister of Agriculture Tofig Zeynalabdin oglu Mammadli spoke. The sitting "
            "was opened by the oldest member of the House Hasan Bayram oglu Nasirli.",
            ["Tofig Zeynalabdin oglu Mammadli", "Hasan Bayram oglu Nasirli"],
        ),
        (
            "He sent a letter to Almazbek Toktogulovich Asanov and to Aizada Kubanychbekovna "
            "Osmonova.",
            ["Almazbek Toktogulovich Asanov", "Aizada Kubanychbekovna Osmonova"],
        ),
        # After "bin" comes a father's name even when it is a title word.
        (
            "He paid tribute to Sheikh Zayed bin Sultan Al Nahyan.",
            ["Zayed bin Sultan Al Nahyan"],
        ),
        # A mixed-case acronym and a plural body word are no part of a name.
        (
            "Secretary General of TurkPA Nurlan Abdrakhmanov spoke, and so did the coordinator "
            "of the Network of Parliamentarians Ahmed bin Saeed al-Harthi.",
            ["Nurlan Abdrakhmanov", "Ahmed bin Saeed al-Harthi"],
        ),
    ],
)
def test_patronymics_and_words_before_names(paragraph: str, expected: list[str]) -> None:
    assert names(extract_people("Plenary sitting", [paragraph])) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Kept away: no other cue outweighs it (unless they joined another way).
        (
            "MP Nino Beridze, whose name had been on the list, will not be able to make the "
            "trip. Georgian MP Eka Tsereteli, who had been due to moderate the panel, could not "
            "arrive, and the panel was moderated instead by MP Aynur Safarli.",
            {"Nino Beridze": False, "Eka Tsereteli": False, "Aynur Safarli": True},
        ),
        # What someone sends is read out in their absence; a letter received is the event.
        (
            "She read out a message from Secretary General Omar al-Mansouri, who thanked the "
            "hosts. The Chair has received a letter from Speaker Dragana Markovic. In her "
            "letter, Mrs Markovic invited the Chair to Belgrade.",
            {"Omar al-Mansouri": False, "Dragana Markovic": True},
        ),
        # Talked about: "spoke about", "its founders", born, wished good health.
        (
            "MP Aysel Guliyeva spoke about the poet and thinker Muhammad Iqbal and paid tribute "
            "to its founders Alimardan Topchubashov and Fatali Khoyski. The house where Jalil "
            "Mammadguluzade was born was restored.",
            {
                "Aysel Guliyeva": True,
                "Muhammad Iqbal": False,
                "Alimardan Topchubashov": False,
                "Fatali Khoyski": False,
                "Jalil Mammadguluzade": False,
            },
        ),
        (
            "The Chairman sent a letter of congratulation to Bakyt Asanov and wished Mr Asanov "
            "good health.",
            {"Bakyt Asanov": False},
        ),
        # The relative named after a comma is the one met; a list of relatives shares a cue.
        (
            "MP Leyla Aliyeva met with the mother of the hero, Firangiz Gasimova. The Chairman "
            "shared the grief of the widow of the deceased Nargiz Rzayeva, his son Tural "
            "Rzayev and his daughter Gunay Rzayeva.",
            {
                "Leyla Aliyeva": True,
                "Firangiz Gasimova": True,
                "Nargiz Rzayeva": False,
                "Tural Rzayev": False,
                "Gunay Rzayeva": False,
            },
        ),
        (
            "Among the dead were the village teacher Bakyt Osmonov and his pupils.",
            {"Bakyt Osmonov": False},
        ),
    ],
)
def test_absence_messages_relatives_and_the_dead(paragraph: str, expected: dict[str, bool]) -> None:
    assert took_part(extract_people("Statement", [paragraph])) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Initials: two at the front, a middle one after a body word; the same person in full.
        (
            "A delegation led by Vladimir Nikolayevich Zaitsev arrived. V. N. Zaitsev thanked "
            "the hosts. Member of the Lok Sabha K. R. Venkatesan and Deputy Minister of Culture "
            "Rashad Z. Hajiyev spoke.",
            ["Vladimir Nikolayevich Zaitsev", "K. R. Venkatesan", "Rashad Z. Hajiyev"],
        ),
        # "A. Mammadov" and "A. Mammadova" are two people; "Shri" is a title.
        (
            "MPs A. Mammadov and A. Mammadova asked questions. Shri Vinod Bhatnagar replied.",
            ["A. Mammadov", "A. Mammadova", "Vinod Bhatnagar"],
        ),
    ],
)
def test_initials_and_titles_of_other_languages(paragraph: str, expected: list[str]) -> None:
    assert names(extract_people("Meeting", [paragraph])) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Recalled, quoted, a view referred to; a devotion to the carpet-maker and artist.
        (
            "Speaker Rasim Bagirov recalled the Hungarian orientalist Armin Vamberi. Quoting "
            "the poet-philosopher Muhammad Iqbal, MP Sevda Alizade referred to the view of the "
            "surgeon Academician Mirza Rustamov and proposed an exhibition devoted to the "
            "carpet-maker and artist Latif Kerimli.",
            {
                "Rasim Bagirov": True,
                "Armin Vamberi": False,
                "Muhammad Iqbal": False,
                "Sevda Alizade": True,
                "Mirza Rustamov": False,
                "Latif Kerimli": False,
            },
        ),
        # Whoever serves a president is no head of state.
        (
            "Special representative of the President in the Lachin district Rasim Gulu "
            "informed the guests about the return of families.",
            {"Rasim Gulu": True},
        ),
        # Unable to come, after a clause of what they did elsewhere.
        (
            "Dr Jane Stone conveyed the comments of Mr Hendricks of the ILO, who had reviewed "
            "the draft in Geneva and was unable to come to Baku.",
            {"Jane Stone": True, "Hendricks": False},
        ),
    ],
)
def test_recalled_quoted_and_kept_away(paragraph: str, expected: dict[str, bool]) -> None:
    assert took_part(extract_people("Hearing", [paragraph])) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The sister speaks; the brother of the apposition is the one killed.
        (
            "Kamala Rustamli, the sister of Anar Rustamli, who was killed on that night, "
            "thanked the MPs.",
            {"Kamala Rustamli": True, "Anar Rustamli": False},
        ),
        # Relatives lost; a predecessor's words of before; a national leader's old speech.
        (
            "MP Sevinj Huseynova, who lost her father Ramiz Huseynov on that night, spoke. His "
            "predecessor in the post Philippe Durand had also often spoken about this. MP Elnur "
            "Guliyev spoke about the speech made by national leader Heydar Aliyev in 1995.",
            {
                "Sevinj Huseynova": True,
                "Ramiz Huseynov": False,
                "Philippe Durand": False,
                "Elnur Guliyev": True,
                "Heydar Aliyev": False,
            },
        ),
    ],
)
def test_relatives_predecessors_and_national_leaders(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Commemoration", [paragraph])) == expected


def test_an_opening_participle_clause_and_a_delegation_to_an_assembly() -> None:
    found = extract_people(
        "Delegation at PACE",
        [
            "The delegation of the Milli Majlis to the Parliamentary Assembly of the Council of "
            "Europe, headed by Chairman of the Committee Rauf Jafarov, is taking part in the "
            "session. Taking the floor after the head of the delegation, Mrs Aynur Sultanova "
            "told the sitting about the evidence."
        ],
    )
    assert took_part(found) == {"Rauf Jafarov": True, "Aynur Sultanova": True}
    assert by_name(found)["Aynur Sultanova"].role == ""


def test_those_who_lost_their_lives_and_the_work_of_someone() -> None:
    found = extract_people(
        "Hearing",
        [
            "Chairman Bahruz Alakbarli asked the participants to honour the memory of the "
            "doctors who had lost their lives fighting the disease, among them Elmira Gasimli. "
            "He spoke highly of the work of Turkish MP Orhan Yilmaz."
        ],
    )
    assert took_part(found) == {
        "Bahruz Alakbarli": True,
        "Elmira Gasimli": False,
        "Orhan Yilmaz": False,
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The school's name is not who visited; the shahid's brother is no shahid.
        (
            "Pupils of the school named after the shahid Lieutenant Tural Ahmadli visited the "
            "Milli Majlis. Among the visitors was Ali Ahmadli, a pupil and the younger brother "
            "of the shahid, who said he would become an officer.",
            {"Tural Ahmadli": False, "Ali Ahmadli": True},
        ),
        # Attention paid is no visit; a role between a name and its verb is passed over.
        (
            "He spoke about tourism, to which President Ilham Aliyev pays special attention. "
            "Elchin Sadigli, director of the Centre for Economic Initiatives, suggested an "
            "online register.",
            {"Ilham Aliyev": False, "Elchin Sadigli": True},
        ),
        # Died after a clause of their life, or after a short description.
        (
            "A diploma was awarded posthumously to journalist Vugar Hasanov, who covered the "
            "parliament for twenty years and died last December. He dedicated the section to "
            "his friend Farid Aghazade, a photojournalist who had taken his first pictures and "
            "who passed away last year.",
            {"Vugar Hasanov": False, "Farid Aghazade": False},
        ),
        # Someone's treatment, someone's feats: talked about.
        (
            "Veteran Ilgar Nabili asked for help with the treatment of his wife Gulbahar "
            "Nabiyeva, who needs an operation, and recalled the feats of the partisan Mehdi "
            "Huseynli.",
            {"Ilgar Nabili": True, "Gulbahar Nabiyeva": False, "Mehdi Huseynli": False},
        ),
    ],
)
def test_names_of_schools_attention_and_the_lately_dead(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Visit", [paragraph])) == expected


def test_an_age_or_a_condition_before_a_name_is_a_title() -> None:
    found = extract_people(
        "Meeting with voters",
        [
            "Ninety-four-year-old Nazim Aliyev spoke. Pensioner Maya Hajili and refugee "
            "Alovsat Hajili raised their problems."
        ],
    )
    assert names(found) == ["Nazim Aliyev", "Maya Hajili", "Alovsat Hajili"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The son of the late MP, named after the comma, is the one met.
        (
            "Deputy Chair Tofig Aslanli met the son of the late MP, Rashad Mammadli. Former "
            "MP Gulnara Huseynli, a member of the first convocation, passed away on 11 April.",
            {"Tofig Aslanli": True, "Rashad Mammadli": True, "Gulnara Huseynli": False},
        ),
        # Away, as the reason someone else chaired; a guest on a visit here is not away.
        (
            "First Deputy Chair Rauf Abbasov chaired the sitting, as Speaker Sevinj Hajili "
            "was on an official visit to Uzbekistan. Speaker Dragan Milic, who is on an "
            "official visit to Azerbaijan, met the MPs.",
            {"Rauf Abbasov": True, "Sevinj Hajili": False, "Dragan Milic": True},
        ),
        # Allegations made by someone; the victims of a tragedy, among them X.
        (
            "The committee rejected the allegations made by Senator Pierre Dufour. MPs "
            "commemorated the victims of the tragedy, among them the student Ilhama Rahimli.",
            {"Pierre Dufour": False, "Ilhama Rahimli": False},
        ),
    ],
)
def test_relatives_of_the_late_absences_and_allegations(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Sitting", [paragraph])) == expected


def test_a_title_verb_ends_a_name() -> None:
    found = extract_people(
        "Chair Sevinj Hajili Bids Farewell to Ambassador", ["Sevinj Hajili spoke."]
    )
    assert names(found) == ["Sevinj Hajili"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Years of birth and death after a name: someone of the past.
        (
            "The MPs stood in silence to honour Rashid Mammadli (1941-2015), a member of the "
            "first convocation. She recalled the navigator Jamal ibn Yusuf (c.1432-c.1500), "
            "whose books were read for centuries, and MP Aysel Karimli spoke.",
            {"Rashid Mammadli": False, "Jamal ibn Yusuf": False, "Aysel Karimli": True},
        ),
        # Kept away, said in a who-clause past the appositions, or by "not on the call".
        (
            "Professor Kemal Aksoy of Ankara University, who had been invited but could not "
            "travel to Baku, sent a message. Tahmina Safarli thanked the correspondent Firudin "
            "Huseynli, who had covered the parliament since 1996 and who could not come "
            "because of illness. She thanked the translator Marta Costa, who was not on the "
            "call.",
            {
                "Kemal Aksoy": False,
                "Tahmina Safarli": True,
                "Firudin Huseynli": False,
                "Marta Costa": False,
            },
        ),
        # Greetings of someone passed on to someone else; a visit to come, discussed.
        (
            "Deputy Speaker Nino Kapanadze conveyed the greetings of Speaker Levan Abashidze "
            "to Chair Samira Huseynli. The two deputy speakers, Nino Kapanadze and Rauf "
            "Aliyev, also discussed the upcoming visit of the group led by Tamar Beridze.",
            {
                "Nino Kapanadze": True,
                "Levan Abashidze": False,
                "Samira Huseynli": False,
                "Rauf Aliyev": True,
                "Tamar Beridze": False,
            },
        ),
        # Killed: "who himself was killed", "killing X", "X and her neighbour, Y, were killed".
        (
            "The footage shot by the journalist Rovshan Aliyev, who himself was killed later, "
            "was shown. A shell landed in the yard, killing 63-year-old Khanim Safarova. "
            "Sixty-one-year-old Gulnar Rzayeva and her neighbour, Aysu Hasanli, were killed.",
            {
                "Rovshan Aliyev": False,
                "Khanim Safarova": False,
                "Gulnar Rzayeva": False,
                "Aysu Hasanli": False,
            },
        ),
        # "X, his cousin, fell near ...": X fell (but "X, the sister of Y, who was killed").
        (
            "Private Kamal Rzali, his cousin, fell near Jabrayil. Sakina Guliyeva, the mother "
            "of Ramil Guliyev, who was killed in the war, spoke.",
            {"Kamal Rzali": False, "Sakina Guliyeva": True, "Ramil Guliyev": False},
        ),
        # Supported by the MPs: at the sitting; remarks made some time ago by someone; the
        # music of a composer, an event at the suggestion of the Chair; a performer is there.
        (
            "Her proposal was supported by the MPs Bahruz Alakbarli and Aynur Sultanli. He "
            "criticised the remarks made last month in Brussels by MEP Jonas Vaitkus. The "
            "evening, held at the suggestion of Chair Sabina Rzali, closed with songs to the "
            "music of Uzeyir Hajibeyli. Poet Elkhan Turan then recited a poem.",
            {
                "Bahruz Alakbarli": True,
                "Aynur Sultanli": True,
                "Jonas Vaitkus": False,
                "Sabina Rzali": False,
                "Uzeyir Hajibeyli": False,
                "Elkhan Turan": True,
            },
        ),
        # "in her turn"; a clause of her own after someone's reported words; "referred to
        # the address delivered by"; "named X", "the memoirs of the Guba teacher X".
        (
            "Mrs Leyla Nasirli, in her turn, remembered her teachers. Mrs Anna Weber said that "
            "the region needed flexibility, while Mr Ivan Petrenko spoke about security. He "
            "referred to the address delivered by President Ilham Aliyev at the summit, named "
            "the poet and philosopher Abai Kunanbayev and recalled the memoirs of the Guba "
            "teacher Mammadhasan Zeynalli.",
            {
                "Leyla Nasirli": True,
                "Anna Weber": True,
                "Ivan Petrenko": True,
                "Ilham Aliyev": False,
                "Abai Kunanbayev": False,
                "Mammadhasan Zeynalli": False,
            },
        ),
    ],
)
def test_life_spans_absences_greetings_and_the_killed(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Sitting", [paragraph])) == expected


def test_names_after_embassies_particles_ranks_and_given_names_that_are_titles() -> None:
    found = extract_people(
        "Visit",
        [
            "The MPs were received by the Counsellor of the Embassy Ayşe Gül Çetinkaya. The "
            "deputies Jordi Puigvert i Casals and Álvaro Fernández-Cuesta spoke. The school "
            "bears the name of Ensign Vusal Bayramli. He recalled the late breeder Sultan "
            "Nasirli and the State Programme on the Supply of Food Products, and the "
            "Hungarian Turkologist Katalin Bíró-Fekete spoke about the villages of Kvemo "
            "Kartli. Professor of the Law Faculty Narmin Aghayeva-Sultanli spoke.",
        ],
    )
    assert names(found) == [
        "Ayşe Gül Çetinkaya",
        "Jordi Puigvert i Casals",
        "Álvaro Fernández-Cuesta",
        "Vusal Bayramli",
        "Sultan Nasirli",
        "Katalin Bíró-Fekete",
        "Narmin Aghayeva-Sultanli",
    ]
    assert by_name(found)["Vusal Bayramli"].role == "Ensign"
    assert by_name(found)["Katalin Bíró-Fekete"].role == "Hungarian Turkologist"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A part played in history, a proposal reminded of, a book about someone.
        (
            "MP Orkhan Rahimli spoke about the role played by Fatali Khan Khoyski and Nasib "
            "Yusifbeyli in the founding of the republic. MP Sevda Aliyeva reminded the House "
            "of the proposal put forward by MP Tofig Karimov at the last sitting. The late "
            "professor wrote a book about his teacher, the physicist Arif Mehdiyev.",
            {
                "Orkhan Rahimli": True,
                "Fatali Khan Khoyski": False,
                "Nasib Yusifbeyli": False,
                "Sevda Aliyeva": True,
                "Tofig Karimov": False,
                "Arif Mehdiyev": False,
            },
        ),
        # The dead in a list after a tribute or among the victims, with their own roles.
        (
            "MP Nail Huseynov expressed condolences. Among the victims of the earthquake was "
            "his old friend, the retired judge Kamal Özdemir. The MPs paid tribute to the "
            "pilots who had served in the war, among them twice Hero of the Soviet Union "
            "Gafar Rzayev and the navigator Leyla Ismayilova.",
            {
                "Nail Huseynov": True,
                "Kamal Özdemir": False,
                "Gafar Rzayev": False,
                "Leyla Ismayilova": False,
            },
        ),
        # Who recalled it, named mid-sentence; a deed done together with someone; a school
        # to be named after someone; memorial rooms.
        (
            "MP Zaur Huseynli spoke. It was in 1993 that Nariman Gasimov came to Ganja and "
            "stopped the rebellion, Mr Huseynli recalled, adding that the people owed him much. "
            "MP Elnur Rzayev noted the ties, which were laid by national leader Heydar Aliyev "
            "together with Askar Temirov. The committee backed the proposal to name the music "
            "school in Shaki after the composer Fikret Amirzade. The guests visited the "
            "memorial rooms of the writer Nodar Beridze.",
            {
                "Zaur Huseynli": True,
                "Nariman Gasimov": False,
                "Elnur Rzayev": True,
                "Heydar Aliyev": False,
                "Askar Temirov": False,
                "Fikret Amirzade": False,
                "Nodar Beridze": False,
            },
        ),
    ],
)
def test_parts_played_reminders_tributes_and_deeds_done_together(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Sitting", [paragraph])) == expected


def test_bodies_villages_quoted_titles_and_a_name_cut_off_with_the_text() -> None:
    found = extract_people(
        "Meeting",
        [
            "Director of the Guba Museum of History and Local Lore Samira Veliyeva and Head of "
            "the State Agency for Water Sources Elvin Tagiyev spoke about the Bill on renaming "
            "the village of Boyuk Kosa, which the chairman of the Boyuk Kosa municipality "
            'welcomed. The playwright\'s dramas "Sheikh Sanan" and "Iblis" were staged at '
            "the L. N. Gumilyov Eurasian National University. Member of the National Assembly "
            "Begum Nusrat Jahan Awan spoke about the floods in Sindh and Khyber Pakhtunkhwa.",
            "The delegation included the senators Otabek Rakhimjonov and Otabek Rakhi",
        ],
    )
    assert names(found) == [
        "Samira Veliyeva",
        "Elvin Tagiyev",
        "Nusrat Jahan Awan",
        "Otabek Rakhimjonov",
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Named inside someone's words; a message from a professor kept away; a video message.
        (
            "“Last year I went to Ganja together with MP Rufat Guliyev,” MP Lala Mammadova "
            "said. The participants were read a message from Professor Elchin Abbasov, one of "
            "the authors of the law, who was unable to attend. A video message from Ms Nora "
            "Lindqvist was shown.",
            {
                "Rufat Guliyev": False,
                "Lala Mammadova": True,
                "Elchin Abbasov": False,
                "Nora Lindqvist": True,
            },
        ),
        # The dead: shahids, a son who became a shahid, the buried, those killed, a visit
        # more than a century ago.
        (
            "The museum keeps the belongings of the shahids Orkhan Nuriyev and Samir Aliyev. "
            "Aysel Karimova, whose son Vugar Karimov became a shahid in the battles for Shusha, "
            "spoke. The road leads to the cemetery where his father Rza Aliyev and his brothers "
            "are buried. MP Nazila Abbasova, whose uncle Elbrus Mirzayev was among those killed "
            "on that night, spoke. He quoted the French writer Alexandre Dumas, who visited the "
            "Caucasus in 1858.",
            {
                "Orkhan Nuriyev": False,
                "Samir Aliyev": False,
                "Aysel Karimova": True,
                "Vugar Karimov": False,
                "Rza Aliyev": False,
                "Nazila Abbasova": True,
                "Elbrus Mirzayev": False,
                "Alexandre Dumas": False,
            },
        ),
        # Works by someone; an award by order of the President; "had to leave"; an invitation
        # to visit; staying at home.
        (
            "Pupils performed a piano piece by the composer Fikrat Amirov and read the "
            "collected stories of Abdulla Shaig. By the order of the President, MP Amina "
            "Rustamova was awarded the Shohrat Order. Since the Chairman had to leave, the "
            "sitting was chaired by First Deputy Chairman Eldaniz Rustamli. He invited "
            "Congressman Bradley Owens to visit Azerbaijan. MP Vusal Ahmadzade, who had been "
            "due to join them, stayed at home because of illness.",
            {
                "Fikrat Amirov": False,
                "Abdulla Shaig": False,
                "Amina Rustamova": True,
                "Eldaniz Rustamli": True,
                "Bradley Owens": False,
                "Vusal Ahmadzade": False,
            },
        ),
    ],
)
def test_quotations_the_dead_works_and_invitations(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Meeting", [paragraph])) == expected


def test_assemblymen_villages_and_a_role_that_ends_at_a_relative_clause() -> None:
    found = extract_people(
        "Meeting",
        [
            "The group is chaired by Assemblyman Kang Tae-sik. They spoke about the liberated "
            "Jojug Marjanli village. They met Akif Rzayev, an honoured teacher whose father, "
            "Mammadgulu Rzayev, had founded the society.",
        ],
    )
    assert names(found) == ["Kang Tae-sik", "Akif Rzayev", "Mammadgulu Rzayev"]
    assert by_name(found)["Kang Tae-sik"].role == "Assemblyman"
    assert by_name(found)["Akif Rzayev"].role == "honoured teacher"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An earlier session and a document signed elsewhere; a seat filled for someone who
        # left; an invitation passed on; someone missing since the war; a message sent.
        (
            "The previous annual session, held in Ottawa, was attended by a delegation led by "
            "MP Rauf Safarli. The treaty was signed in Tashkent last November by Deputy "
            "Minister Farhad Ismayilov. The House elected MP Shahla Nuriyeva to replace Rovshan "
            "Talibov, whose powers had ended. She asked him to extend the invitation also to "
            "Chairman of the Senate Bakhyt Ormanov. He named Lieutenant Vagif Eyvazov, who went "
            "missing near Aghdam in 1993. MP Nazim Bayramli read out the message sent for the "
            "occasion by Senator Ingrid Berg.",
            {
                "Rauf Safarli": False,
                "Farhad Ismayilov": False,
                "Shahla Nuriyeva": True,
                "Rovshan Talibov": False,
                "Bakhyt Ormanov": False,
                "Vagif Eyvazov": False,
                "Nazim Bayramli": True,
                "Ingrid Berg": False,
            },
        ),
        # Away on a visit now; not going; an invitation to pay a visit; named among the
        # founders; photographs made by someone.
        (
            "First Deputy Chair Nadir Ahmadli presided, as Chair of the Milli Majlis Dilbar "
            "Hasanova is currently on an official visit to Morocco. MP Gulnar Safarzade will "
            "not go to Georgia. She invited Mrs Antonella Rossi to pay an official visit to "
            "Azerbaijan. Alimardan bey Topchubashov and Nasib bey Yusifbeyli were named among "
            "the founders of the republic. The exhibition shows photographs of the tragedy "
            "made by the National Hero Chingiz Mustafayev.",
            {
                "Nadir Ahmadli": True,
                "Dilbar Hasanova": False,
                "Gulnar Safarzade": False,
                "Antonella Rossi": False,
                "Alimardan bey Topchubashov": False,
                "Nasib bey Yusifbeyli": False,
                "Chingiz Mustafayev": False,
            },
        ),
    ],
)
def test_earlier_sessions_invitations_the_missing_and_the_away(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Sitting", [paragraph])) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "First Deputy Chair Namig Aliyev presided, as Chair of the Milli Majlis Firangiz "
            "Huseynova is in Budapest on an official visit. The republic was founded in 1918 by "
            "the leader of the national movement Mammad Amin Rasulzade. He spoke of Friedrich "
            "von Bodenstedt, who made the poems of Mirza Shafi Vazeh famous in the nineteenth "
            "century. The written answer of Minister of Agriculture Elchin Tahmazli was "
            "handed over. The statement recalls that last autumn Chair Aynur Gasimli invited a "
            "group of MEPs to Shusha. They touched upon the results of the meeting of the "
            "Cabinet chaired by Prime Minister Ali Asadli. The committee members Kamran "
            "Aghasi and Lala Gurbanli continued with speeches by the experts.",
            {
                "Namig Aliyev": True,
                "Firangiz Huseynova": False,
                "Mammad Amin Rasulzade": False,
                "Friedrich von Bodenstedt": False,
                "Mirza Shafi Vazeh": False,
                "Elchin Tahmazli": False,
                "Aynur Gasimli": False,
                "Ali Asadli": False,
                "Kamran Aghasi": True,
                "Lala Gurbanli": True,
            },
        ),
    ],
)
def test_away_in_a_city_founders_centuries_written_answers_and_other_meetings(
    paragraph: str, expected: dict[str, bool]
) -> None:
    assert took_part(extract_people("Sitting", [paragraph])) == expected


def test_present_in_the_hall_reported_present_and_welcomed_on_arrival() -> None:
    found = extract_people(
        "Sitting",
        [
            "Fidan Rzayeva said that she had learned the Constitution with her grandfather "
            "Rasul Rzayev, a retired judge, who was sitting in the hall. MP Sona Karimbayli "
            "informed the House that Minister of Finance Samir Valiyev and other officials were "
            "present at the sitting. At the airport, the delegation had been welcomed by First "
            "Deputy Speaker Selçuk Arıkan.",
        ],
    )
    assert took_part(found) == {
        "Fidan Rzayeva": True,
        "Rasul Rzayev": True,
        "Sona Karimbayli": True,
        "Samir Valiyev": True,
        "Selçuk Arıkan": True,
    }


def test_a_second_place_after_a_known_one_but_not_after_a_country_of_origin() -> None:
    found = extract_people(
        "Elections",
        [
            "MP Sevda Ismayilova visited polling stations in Belgrade and Novi Sad. The report "
            "of Kristiina Lepik of Estonia and Luca Ferrante of Italy was presented.",
        ],
    )
    assert names(found) == ["Sevda Ismayilova", "Kristiina Lepik", "Luca Ferrante"]


def test_a_father_named_in_a_patronymic_is_someone_else_and_malay_honorifics() -> None:
    found = extract_people(
        "School Opens",
        [
            "Tural Vagif oglu Mammadov was born in the village in 1996. The hero's father, "
            "Vagif Mammadov, a veteran, spoke at the ceremony. The member of the Dewan Rakyat "
            "Puan Nurul Aini binti Kamaruddin spoke. The report was prepared by the rapporteur "
            "Giulia Conti, who took over the file after the former rapporteur Hélène Duval left "
            "the Assembly.",
        ],
    )
    assert names(found) == [
        "Tural Vagif oglu Mammadov",
        "Vagif Mammadov",
        "Nurul Aini binti Kamaruddin",
        "Giulia Conti",
        "Hélène Duval",
    ]
    assert took_part(found)["Hélène Duval"] is False


def test_bodies_of_the_state_lawyers_written_comments_and_a_century_ago() -> None:
    found = extract_people(
        "Committee Meeting",
        [
            "Deputy Head of the State Border Service Major General Azad Novruzli presented "
            "the Bill. Chairman of the State Committee for Land and Cartography Ramal Jafarov "
            "and Lawyer Gunay Rzayeva spoke. The resolution terminated the powers of judge "
            "Mirza Ahmadli. Written comments from Dr Zsófia Kovács of the Ministry of Justice "
            "were distributed. Aygun Sultanli quoted the writer Abdulla Shaig, who had written "
            "a century ago about homeless children.",
        ],
    )
    assert took_part(found) == {
        "Azad Novruzli": True,
        "Ramal Jafarov": True,
        "Gunay Rzayeva": True,
        "Mirza Ahmadli": False,
        "Zsófia Kovács": False,
        "Aygun Sultanli": True,
        "Abdulla Shaig": False,
    }


def test_gazi_is_a_title_and_events_name_no_one() -> None:
    found = extract_people(
        "Culture Committee Discusses Events Marking Nasimi’s 650th Anniversary",
        [
            "Gazi Orkhan Jafarov, who lost his leg in the war, spoke. The Secretary-General "
            "of the UN Abdulla Shahid was received.",
        ],
    )
    assert names(found) == ["Orkhan Jafarov", "Abdulla Shahid"]
    assert by_name(found)["Orkhan Jafarov"].role == "Gazi"


def test_a_writer_who_is_an_mp_a_report_drawn_up_and_a_ministry_of_research() -> None:
    found = extract_people(
        "Event",
        [
            "Writer and MP Ramiz Fataliyev read out passages from his book. A report drawn up "
            "by the rapporteur Hans-Georg von Wendt is on the agenda. Mr Gasimli quoted "
            "Minister of University and Research Paolo Renzetti. The memorandum was signed at "
            "the end of the meeting by the Chief of Staff Rauf Hajibabayev.",
        ],
    )
    assert took_part(found) == {
        "Ramiz Fataliyev": True,
        "Hans-Georg von Wendt": False,
        "Gasimli": True,
        "Paolo Renzetti": False,
        "Rauf Hajibabayev": True,
    }


def test_amongst_those_killed_had_fallen_and_in_particular() -> None:
    found = extract_people(
        "Commemoration",
        [
            "Tamilla Valiyeva shared her memories. Her brother Anar Valiyev and her grandparents "
            "were amongst those killed that night, she said. The Chairwoman recalled in "
            "particular Lieutenant Tural Nasibov, a graduate of the Baku Music Academy.",
        ],
    )
    assert took_part(found) == {
        "Tamilla Valiyeva": True,
        "Anar Valiyev": False,
        "Tural Nasibov": False,
    }


def test_names_of_many_customs_after_bodies_and_titles() -> None:
    found = extract_people(
        "Delegations Received",
        [
            "Chair Ulvi Gasimli met the delegation led by Deputy Speaker Md. Shahriar Rahman "
            "Chowdhury. Senator Nasreen Akhtar Begum and the Chairman of the Senate Standing "
            "Committee on Defence Farid Ahmad Khan spoke. The Deputy President of the Dewan "
            "Negara Tan Sri Ahmad Fadzil bin Hashim and the Vice-President of the Senate Maria "
            "Grazia Lo Monaco attended, as did the Senator Maria Luisa de los Reyes-Santiago, "
            "the member of the Commission on Energy and Mines Luz Marina Gómez de Villalobos and "
            "the Deputy Chairman of the Majlis A’Shura Salim bin Ahmed al-Harthy. The Ambassador "
            "of Bosnia and Herzegovina Emir Hadžiahmetović and the Chairman of Azerbaijan "
            "Railways Rovshan Nurmammadov were present.",
        ],
    )
    assert names(found) == [
        "Ulvi Gasimli",
        "Md. Shahriar Rahman Chowdhury",
        "Nasreen Akhtar Begum",
        "Farid Ahmad Khan",
        "Ahmad Fadzil bin Hashim",
        "Maria Grazia Lo Monaco",
        "Maria Luisa de los Reyes-Santiago",
        "Luz Marina Gómez de Villalobos",
        "Salim bin Ahmed al-Harthy",
        "Emir Hadžiahmetović",
        "Rovshan Nurmammadov",
    ]


def test_family_names_in_capitals_but_not_acronyms() -> None:
    found = extract_people(
        "Japanese Delegation",
        [
            "The delegation was led by Member of the House of Councillors SATO Haruki. "
            "Ms TANAKA Emiko and Korea’s Ambassador LEE Jae-won also attended. Mr SATO thanked "
            "the hosts. The Saudi ACWA Power company and the OSCE Office were mentioned; the "
            "Head of ANAMA Vugar Suleymanov spoke.",
        ],
    )
    assert names(found) == ["SATO Haruki", "TANAKA Emiko", "LEE Jae-won", "Vugar Suleymanov"]


def test_people_talked_about_in_apposition_to_what_a_verb_governs() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "MP Jeyhun Osmanli spoke about the founders of the Republic, Mammad Amin Rasulzade "
            "and Fatali Khan Khoyski. The Speaker recalled the role of the ADR’s founders, "
            "Alimardan bey Topchubashov and Hasan bey Aghayev. The complaints about utility "
            "tariffs deserved careful study, MP Chingiz Teymurov said.",
        ],
    )
    assert took_part(found) == {
        "Jeyhun Osmanli": True,
        "Mammad Amin Rasulzade": False,
        "Fatali Khan Khoyski": False,
        "Alimardan bey Topchubashov": False,
        "Hasan bey Aghayev": False,
        "Chingiz Teymurov": True,
    }


def test_given_names_alone_in_their_context() -> None:
    found = extract_people(
        "MP Visits Family of Shahid",
        [
            "MP Rauf Aliyev met with Gulnara Babazade, the shahid's mother. His grandson Ramin, a "
            "pupil of the fourth grade, recited a poem. Allahverdi muallim, the oldest teacher "
            "of the village, also spoke. Gulnara khanim, she said, had kept the letters. The MP "
            "quoted the great Kazakh poet Abai. A father said he would name his son Azer.",
        ],
    )
    assert took_part(found) == {
        "Rauf Aliyev": True,
        "Gulnara Babazade": True,
        "Ramin": True,
        "Allahverdi": True,
        "Abai": False,
    }
    assert by_name(found)["Gulnara Babazade"].mentions == ("Gulnara Babazade", "Gulnara")


def test_away_leading_a_delegation_posts_held_and_seats_given_up() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "First Deputy Chair Rauf Mahmudlu chaired the sitting, as Speaker Aynur Sadigova was "
            "leading the delegation of the Milli Majlis at the Assembly in Luanda. The agenda of "
            "the commission, which is co-chaired by MP Kamran Huseynzade, was discussed. She "
            "thanked MP Arif Huseynov, who had given up his seat in May, and the outgoing "
            "Ombudsman Sevda Mirzayeva. The term of office of judge Asaf Nuriyev had expired. "
            "Mrs Rzayeva remembered a line of the poet Sándor Petőfi and cited the study by the "
            "hydrologist Friedrich von Hartenberg. Judo coach Rasim Aliyarov, who had been "
            "unable to attend the meeting, was congratulated.",
            "MP Nazim Aghayev said that the Bill had been drawn up with the trade unions, and "
            "gave the floor to Deputy Chairman of the Confederation Tofig Mehdiyev.",
        ],
    )
    assert took_part(found) == {
        "Rauf Mahmudlu": True,
        "Aynur Sadigova": False,
        "Kamran Huseynzade": False,
        "Arif Huseynov": False,
        "Sevda Mirzayeva": False,
        "Asaf Nuriyev": False,
        "Rzayeva": True,
        "Sándor Petőfi": False,
        "Friedrich von Hartenberg": False,
        "Rasim Aliyarov": False,
        "Nazim Aghayev": True,
        "Tofig Mehdiyev": True,
    }


def test_posthumous_awards_poets_described_at_length_and_a_villa() -> None:
    found = extract_people(
        "Event",
        [
            "Among them was Major Ramiz Gasimli, who was posthumously awarded the title of "
            "National Hero. The MPs visited the mausoleum of the eighteenth-century poet and "
            "vizier Molla Panah Vagif and marked the birth of the great satirical poet Mirza "
            "Alakbar Sabir. The member of the Majlis Hojatoleslam Mohammad-Reza Tabatabaei "
            "spoke about the monument in the gardens of Villa Borghese.",
        ],
    )
    assert took_part(found) == {
        "Ramiz Gasimli": False,
        "Molla Panah Vagif": False,
        "Mirza Alakbar Sabir": False,
        "Mohammad-Reza Tabatabaei": True,
    }


def test_standing_groups_foreign_motions_and_kyrgyz_and_irish_titles() -> None:
    found = extract_people(
        "Meeting",
        [
            "Speaker Rzayeva noted the role of the working group for relations with Hungary led "
            "by MP Farid Nasirli, and of the friendship group with Oman, led by MP Nijat "
            "Abdullayev, who is a member of the delegation. The motion, tabled by the members "
            "of the House Pieter van der Meulen and Anouk de Graaf-Visser, was rejected. On the "
            "Kyrgyz side, Deputy Toraga Aizada Temirbekova took part.",
        ],
    )
    assert took_part(found) == {
        "Rzayeva": True,
        "Farid Nasirli": False,
        "Nijat Abdullayev": True,
        "Pieter van der Meulen": False,
        "Anouk de Graaf-Visser": False,
        "Aizada Temirbekova": True,
    }


def test_obituaries_relatives_photographs_and_villages_named_again() -> None:
    found = extract_people(
        "Former MP Passes Away",
        [
            "Bahadur Gahramanli, former Deputy Chair of the Milli Majlis, passed away on 10 "
            "December. He was raised by his mother, Gulbahar khanim. He is survived by his wife "
            "Tamara khanim, his sons Anar Abbasli and Rufat Abbasli and his daughter Nurana "
            "Abbasli. The stand showed photographs of Heydar Aliyev and his spouse Zarifa "
            "Aliyeva. A minute of silence was observed in memory of the AzTV cameraman Siraj "
            "Abishov. The guests of honour were the mothers of shahids Rahila Abdullayeva and "
            "Sakina Hasanli. The school of the village of Dash Salahli was named after him; the "
            "gas line to Dash Salahli was built in 2004. Headmistress Zohra Babayeva spoke.",
        ],
    )
    assert took_part(found) == {
        "Bahadur Gahramanli": False,
        "Gulbahar": False,
        "Tamara": False,
        "Anar Abbasli": False,
        "Rufat Abbasli": False,
        "Nurana Abbasli": False,
        "Heydar Aliyev": False,
        "Zarifa Aliyeva": False,
        "Siraj Abishov": False,
        "Rahila Abdullayeva": True,
        "Sakina Hasanli": True,
        "Zohra Babayeva": True,
    }


def test_candidates_in_apposition_and_a_committee_chaired_by_someone_talked_about() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "He told the MPs that the candidates, Elchin Rafig oglu Babayev and Samira Vagif "
            "gizi Jafarova, had passed the examinations. The Kyrgyz Speaker praised the work of "
            "the Organising Committee chaired by Mehriban Aliyeva.",
        ],
    )
    assert took_part(found) == {
        "Elchin Rafig oglu Babayev": True,
        "Samira Vagif gizi Jafarova": True,
        "Mehriban Aliyeva": False,
    }


def test_messages_by_the_absent_the_remembered_and_friends_of_poets() -> None:
    found = extract_people(
        "Conference",
        [
            "A message addressed to the conference by Secretary General Ousmane Kane Diallo "
            "was read out by MP Gunay Safarli. Ulviyya Hajiyeva noted the importance of "
            "preserving the memory of the founders of the Democratic Republic, in particular "
            "Mammad Amin Rasulzade and Fatali Khan Khoyski. The words were an insult to the "
            "memory of the victims, MP Sevinj Babayeva stressed. He spoke of his friendship "
            "with the poet Rasul Rza. The resolution was tabled by a group of deputies led by "
            "Jean-Baptiste Lemaire-Dufour. The victims, the engineer Vugar Bashirov and the "
            "driver Anar Nuriyev, had been working on the road. The film includes the memories "
            "of Professor Arif Gulmammadov, recorded shortly before his death in 2021.",
        ],
    )
    assert took_part(found) == {
        "Ousmane Kane Diallo": False,
        "Gunay Safarli": True,
        "Ulviyya Hajiyeva": True,
        "Mammad Amin Rasulzade": False,
        "Fatali Khan Khoyski": False,
        "Sevinj Babayeva": True,
        "Rasul Rza": False,
        "Jean-Baptiste Lemaire-Dufour": False,
        "Vugar Bashirov": False,
        "Anar Nuriyev": False,
        "Arif Gulmammadov": False,
    }


def test_korean_given_names_with_short_syllables_coaches_and_lines_from_writers() -> None:
    found = extract_people(
        "Meeting",
        [
            "Ambassador Park Ji-hoon said that the poems of the Korean poet Kim So-wol had come "
            "out in Azerbaijani. Mr Asgarli quoted a line from the great Kyrgyz writer Chingiz "
            "Aitmatov. The tournament is held in memory of the late Honoured Coach Aliagha "
            "Safarov. The so-called report was rejected.",
        ],
    )
    assert took_part(found) == {
        "Park Ji-hoon": True,
        "Kim So-wol": False,
        "Asgarli": True,
        "Chingiz Aitmatov": False,
        "Aliagha Safarov": False,
    }


def test_funerals_lists_of_relatives_and_a_guest_who_had_come() -> None:
    found = extract_people(
        "Former MP Nazim Aghayev Laid to Rest in Shamakhi",
        [
            "A farewell ceremony for Nazim Aghayev took place in Shamakhi on 15 March. Cameraman "
            "Elmir Jabbarov was presented with a gift. The House extended its condolences to his "
            "widow Firuza Abbasguliyeva, to his son Rovshan Abbasguliyev and to the whole family. "
            "He is survived by his wife Zarifa Aghayeva; his daughter Gunel Aghayeva-Karimli; and "
            "five grandchildren. The MP had a special word for her teacher, Tamara Huseynova, who "
            "had come to the event. She spoke about the problems faced by her daughter-in-law "
            "Aygun Rustamova.",
        ],
    )
    assert took_part(found) == {
        "Nazim Aghayev": False,
        "Elmir Jabbarov": True,
        "Firuza Abbasguliyeva": False,
        "Rovshan Abbasguliyev": False,
        "Zarifa Aghayeva": False,
        "Gunel Aghayeva-Karimli": False,
        "Tamara Huseynova": True,
        "Aygun Rustamova": False,
    }


def test_ranks_in_lower_case_and_whose_clauses_of_the_remembered() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "MP Orkhan Jalilov recalled senior lieutenant Tabriz Hasanli, a native of Agstafa. "
            "He also remembered the Georgian poet Shota Rustaveli, whose poem had been "
            "translated into Azerbaijani.",
        ],
    )
    assert took_part(found) == {
        "Orkhan Jalilov": True,
        "Tabriz Hasanli": False,
        "Shota Rustaveli": False,
    }


def test_congratulated_on_a_win_elsewhere_unless_they_speak_and_collections_of_poets() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "She congratulated the wrestlers Tural Huseynli and Aysel Gurbanli, who had won gold "
            "medals in Bucharest the previous weekend. The Deputy Chair congratulated in "
            "particular Eltun Mammadov, who had won the gold medal in the under-14 category. "
            "Eltun Mammadov, speaking on behalf of the team, thanked the Milli Majlis. She "
            "presented collections of Nizami Ganjavi and Samad Vurgun and showed the landscapes "
            "of Sattar Bahlulzade.",
        ],
    )
    assert took_part(found) == {
        "Tural Huseynli": False,
        "Aysel Gurbanli": False,
        "Eltun Mammadov": True,
        "Nizami Ganjavi": False,
        "Samad Vurgun": False,
        "Sattar Bahlulzade": False,
    }


def test_shahid_as_a_title_in_headlines_and_achievements_congratulated_from_afar() -> None:
    found = extract_people(
        "Documentary about Shahid Elvin Huseynzade Screened at Milli Majlis",
        [
            "A documentary about Elvin Huseynzade was shown. Speaker Rahimova congratulated the "
            "weightlifter Anar Sultanzade, who had broken the European record a week earlier. "
            "The Secretary-General of the UN Abdulla Shahid was received. Member of the "
            "delegation Sheikha Aisha bint Salim al-Rawahi and the former judge of the Court of "
            "Appeal Rauf Ismayilov spoke.",
        ],
    )
    assert names(found) == [
        "Elvin Huseynzade",
        "Rahimova",
        "Anar Sultanzade",
        "Abdulla Shahid",
        "Aisha bint Salim al-Rawahi",
        "Rauf Ismayilov",
    ]
    assert took_part(found)["Anar Sultanzade"] is False


def test_kept_away_by_illness_travel_or_health_after_an_invitation() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "MP Ramil Hasanov, who was ill, did not vote. The Chair passed her wishes to the "
            "Speaker of the Mazhilis Aigul Nurlanova, who was away on a visit to Japan. The "
            "veteran teacher Nazim Aliyev, now ninety, was invited to the ceremony but could not "
            "travel. MP Sabina Rzayeva opened the ceremony.",
        ],
    )
    assert took_part(found) == {
        "Ramil Hasanov": False,
        "Aigul Nurlanova": False,
        "Nazim Aliyev": False,
        "Sabina Rzayeva": True,
    }


def test_awards_after_death_authors_of_works_and_the_remembered() -> None:
    found = extract_people(
        "Events",
        [
            "The medal was awarded posthumously to the veteran engineer Kamran Valiyev. The "
            "stories “Autumn in Guba” by the writer Sevda Karimova were presented, and memoirs "
            "translated into Turkish by the scholar Emre Aksoy. MP Elchin Guliyev cited the "
            "research of the geologist Academician Tahir Rzayev, who had mapped the deposits. "
            "The bill was drafted on the initiative of the late MP and writer Ramiz Abbasov. "
            "MP Aynur Sadigova proposed to pay tribute to the poet and MP of the first "
            "convocation Fikrat Gasimli, whose centenary was marked this year.",
        ],
    )
    assert took_part(found) == {
        "Kamran Valiyev": False,
        "Sevda Karimova": False,
        "Emre Aksoy": False,
        "Elchin Guliyev": True,
        "Tahir Rzayev": False,
        "Ramiz Abbasov": False,
        "Aynur Sadigova": True,
        "Fikrat Gasimli": False,
    }


def test_a_surname_refers_back_to_someone_named_before_and_condolences_to_the_family() -> None:
    found = extract_people(
        "Condolences",
        [
            "Chair Nadir Aslanov expressed condolences over the death of former MP Telman "
            "Rzayev, who died on 2 May. Mr Rzayev took part in drafting the law on education. "
            "He asked the Almighty to give patience to his widow Nargiz Rzayeva, his son Emil "
            "Rzayev and all his family.",
        ],
    )
    assert took_part(found) == {
        "Nadir Aslanov": True,
        "Telman Rzayev": False,
        "Nargiz Rzayeva": False,
        "Emil Rzayev": False,
    }
    assert {p.name: p.mentions for p in found}["Telman Rzayev"] == (
        "Telman Rzayev",
        "Mr Rzayev",
    )


def test_read_out_by_someone_there_a_guest_received_and_members_of_the_delegation() -> None:
    found = extract_people(
        "Meetings",
        [
            "The letter was read out by the village teacher Samira Aliyeva, who had taught him "
            "at school. Speaker Kamala Huseynova received the Ambassador of Germany Hans "
            "Richter, who had recently taken up his post. Mr Richter noted that the members of "
            "the delegation, Ali Demir and Ayşe Kaya, had arrived early to see the city. "
            "Then the daughter of one of the victims, Lala Mammadova, a nurse, shared her "
            "memories.",
        ],
    )
    assert took_part(found) == {
        "Samira Aliyeva": True,
        "Kamala Huseynova": True,
        "Hans Richter": True,
        "Ali Demir": True,
        "Ayşe Kaya": True,
        "Lala Mammadova": True,
    }


def test_titles_that_are_given_names_surnames_that_are_words_and_cities_before_names() -> None:
    found = extract_people(
        "Meetings",
        [
            "The guests included the Speaker of the Federal National Council Sultan bin Khalifa "
            "al-Mansouri, the deputy akim of Almaty Serik Nurlanov and the lecturer Park "
            "Ji-hoon. Mr Park, who was present, spoke. He referred to the work of the breeder "
            "Imam Mustafayev. Agronomist Tofig Gahramanov raised the problem of water.",
        ],
    )
    assert names(found) == [
        "Sultan bin Khalifa al-Mansouri",
        "Serik Nurlanov",
        "Park Ji-hoon",
        "Imam Mustafayev",
        "Tofig Gahramanov",
    ]
    assert took_part(found)["Park Ji-hoon"] is True
    assert took_part(found)["Imam Mustafayev"] is False


def test_a_sentence_that_opens_in_the_past_tells_of_another_event() -> None:
    found = extract_people(
        "Statement of the Milli Majlis",
        [
            "Just last month, the friendship group led by MP Leyla Gasimli met French MPs in "
            "Paris. Two years ago, Deputy Chair Rauf Nasirov received a delegation there. "
            "The statement was read out by MP Zaur Karimov.",
        ],
    )
    assert took_part(found) == {
        "Leyla Gasimli": False,
        "Rauf Nasirov": False,
        "Zaur Karimov": True,
    }


def test_wishes_and_greetings_passed_on_and_a_title_its_full_role_explains() -> None:
    found = extract_people(
        "International Relations",
        [
            "Chair of the Milli Majlis Rafiga Aslanova received the President of the OSCE "
            "Parliamentary Assembly Ingrid Solberg-Lund. President Solberg-Lund praised the "
            "talks. The guest asked her to pass his best wishes to the Deputy Chair Tahir "
            "Karimli, with whom he had met in Vienna. He conveyed the greetings of the Speaker "
            "Omar Haddad to the Chairman of the Committee Anar Valiyev. A greeting from the "
            "Chairman of the Press Council, Rasim Nabili, who was in Strasbourg, was read out.",
        ],
    )
    assert took_part(found) == {
        "Rafiga Aslanova": True,
        "Ingrid Solberg-Lund": True,
        "Tahir Karimli": False,
        "Omar Haddad": False,
        "Anar Valiyev": False,
        "Rasim Nabili": False,
    }


def test_two_names_run_together_a_doctor_named_urban_and_relatives_who_are_shahids() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "The Chair announced that by the order of President Ilham Aliyev Nazim Abbasov had "
            "been awarded the Shohrat Order. Dr Urban Kovac sent his congratulations. MP Vusala "
            "Aliyeva, whose brother Tarlan Aliyev is a shahid of the Patriotic War, spoke.",
        ],
    )
    assert names(found) == [
        "Ilham Aliyev",
        "Nazim Abbasov",
        "Urban Kovac",
        "Vusala Aliyeva",
        "Tarlan Aliyev",
    ]
    assert took_part(found)["Tarlan Aliyev"] is False
    assert took_part(found)["Vusala Aliyeva"] is True


def test_lists_of_people_talked_about_and_a_described_name_that_continues_a_list() -> None:
    found = extract_people(
        "Events",
        [
            "Professor Gulnar Ahmadli spoke about the women of the republic's era, among them the "
            "teacher Shafiga Efendiyeva and the philanthropist Hamida Javadova. MP Oktay Seyidov "
            "spoke about the satirists of the time, in particular Jalil Aghazade and the poet "
            "Alakbar Sabirli. He recalled the names of the generals Hazi Aslanli and Mehdi "
            "Huseynli, and the translations by Nikolai Tikhov and Pavel Antonov. Those who had "
            "gone missing in the war were remembered, including the Khojaly resident Aybaniz "
            "Huseynova.",
        ],
    )
    assert took_part(found) == {
        "Gulnar Ahmadli": True,
        "Shafiga Efendiyeva": False,
        "Hamida Javadova": False,
        "Oktay Seyidov": True,
        "Jalil Aghazade": False,
        "Alakbar Sabirli": False,
        "Hazi Aslanli": False,
        "Mehdi Huseynli": False,
        "Nikolai Tikhov": False,
        "Pavel Antonov": False,
        "Aybaniz Huseynova": False,
    }


def test_efforts_made_by_a_president_a_standing_chair_and_a_son_described_after_a_comma() -> None:
    found = extract_people(
        "Meetings",
        [
            "He pointed out the efforts made by President Ilham Aliyev. The exhibition is "
            "organised together with the Friendship Association, chaired by the former senator "
            "Marco Bellini. The Chair conveyed her sympathy to the widow of the deceased, Zarifa "
            "Rahimli, and to his son, the well-known surgeon Elchin Rahimli. The first item was "
            "the termination of the mandate of MP Eldar Ganiyev, who had been appointed "
            "ambassador. Mrs Efendiyeva mentioned the testimony of the journalist Chingiz "
            "Mammadli, who had filmed the aftermath and was later killed.",
        ],
    )
    assert took_part(found) == {
        "Ilham Aliyev": False,
        "Marco Bellini": False,
        "Zarifa Rahimli": False,
        "Elchin Rahimli": False,
        "Eldar Ganiyev": False,
        "Efendiyeva": True,
        "Chingiz Mammadli": False,
    }


def test_families_among_those_present_a_son_abroad_and_a_letter_read_out() -> None:
    found = extract_people(
        "Events",
        [
            "Among those present were family members of the martyrs, including Zahra Bagirli, "
            "the widow of Ilham Bagirli, a driver who was shot dead near the barracks. The son "
            "of the victim, Rashad Bagirli, lives abroad and could not attend. A letter from "
            "the UNICEF Representative Anna Kovac, who is on mission in Geneva, was read out. "
            "In the letter, Mrs Kovac welcomed the draft. Mr Gahramanli recalled the wrestler "
            "Namig Yusifli, a National Hero who fell in the war in 1992.",
        ],
    )
    assert took_part(found) == {
        "Zahra Bagirli": True,
        "Ilham Bagirli": False,
        "Rashad Bagirli": False,
        "Anna Kovac": False,
        "Gahramanli": True,
        "Namig Yusifli": False,
    }


def test_a_letter_received_is_the_event_and_headline_verbs_and_ensembles_name_no_one() -> None:
    found = extract_people(
        "Chair of Milli Majlis Leyla Sultanli Offers Condolences",
        [
            "The Chair has received a letter from the Speaker of the National Assembly of "
            "Serbia Dragana Petrovic. In her letter, Mrs Petrovic extended her congratulations. "
            "Songs were performed by the State Song and Dance Ensemble.",
        ],
    )
    assert names(found) == ["Leyla Sultanli", "Dragana Petrovic"]
    assert took_part(found)["Dragana Petrovic"] is True


def test_arabic_family_names_of_two_parts_after_al() -> None:
    found = extract_people(
        "Meetings",
        [
            "Mr al-Nuaimi conveyed the greetings of the Speaker of the Federal National Council "
            "Ahmed Saeed al-Yamahi-Falasi. The delegation included the Ambassador Mohammed Hamad "
            "al-Blooshi-Zaabi.",
        ],
    )
    assert names(found) == [
        "al-Nuaimi",
        "Ahmed Saeed al-Yamahi-Falasi",
        "Mohammed Hamad al-Blooshi-Zaabi",
    ]


def test_given_names_that_are_titles_after_a_members_title_and_a_kingdoms_chairman() -> None:
    found = extract_people(
        "Meetings",
        [
            "MP Emir Kaya and Turkish MP Sultan Demirel spoke. The Ambassador passed on the "
            "greetings of Chairman of the Shura Council of the Kingdom Khalid bin Saad "
            "al-Otaibi. The law on preventing Domestic Violence was adopted.",
        ],
    )
    assert names(found) == ["Emir Kaya", "Sultan Demirel", "Khalid bin Saad al-Otaibi"]


def test_replaced_thanked_in_absence_champions_and_generals_recalled_and_airport_welcomes() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "The House elected MP Ulkar Bayramli in place of MP Sarvar Guliyev, who had moved "
            "to another committee. The Speaker thanked Mr Ismayilli in his absence. The "
            "committee proposed MP Shahla Ahmadli to replace him. She recalled the Paralympic "
            "champion Ilham Zakirli and the heroism of General Hazi Aslanli. At the airport the "
            "delegation had been greeted by Vice Speaker Lee Hyun-joo. The programme includes a "
            "visit to the museum devoted to the great inventor Nikola Teslic.",
        ],
    )
    assert took_part(found) == {
        "Ulkar Bayramli": True,
        "Sarvar Guliyev": False,
        "Ismayilli": False,
        "Shahla Ahmadli": True,
        "Ilham Zakirli": False,
        "Hazi Aslanli": False,
        "Lee Hyun-joo": True,
        "Nikola Teslic": False,
    }


def test_condolences_to_a_second_relative_works_by_someone_and_deeds_talked_about() -> None:
    found = extract_people(
        "Milli Majlis Mourns Former MP Aydin Hasanli",
        [
            "Aydin Hasanli died on 1 December. His memoir came out with a foreword by the writer "
            "Anar Gulu. The members express their condolences to the family of the deceased, to "
            "his wife Zarifa Hasanli and his son, the lawyer Tural Hasanli. The carpet was "
            "based on a sketch by the carpet artist Latif Karimli. He recalled the contribution "
            "to the friendship between the nations made by the poet Allama Muhammad Iqbal. The "
            "footage shows a sitting chaired by the then Speaker Murtuz Alasgarli.",
        ],
    )
    assert took_part(found) == {
        "Aydin Hasanli": False,
        "Anar Gulu": False,
        "Zarifa Hasanli": False,
        "Tural Hasanli": False,
        "Latif Karimli": False,
        "Muhammad Iqbal": False,
        "Murtuz Alasgarli": False,
    }


def test_present_after_all_guests_who_came_for_it_ranks_before_surnames_and_pupils() -> None:
    found = extract_people(
        "Events",
        [
            "The club staged a play based on the memoirs of the survivor Zumrud Alasgarli, who "
            "was also present. The translation was prepared by Dr Friederike Brandt. Dr Brandt, "
            "who came to Baku for the presentation, spoke. Colonel Anar Garayli recalled his "
            "friend Major Shukur Hamidli. Major Hamidli, who became a shahid in 2022, remained "
            "an example. Members of the Milli Majlis, led by Deputy Chairs Leyla Aghazade and "
            "Kamran Nabili, visited the Alley. Pupils Murad Babali and Zahra Mammadli asked "
            "questions.",
        ],
    )
    assert took_part(found) == {
        "Zumrud Alasgarli": True,
        "Friederike Brandt": True,
        "Anar Garayli": True,
        "Shukur Hamidli": False,
        "Leyla Aghazade": True,
        "Kamran Nabili": True,
        "Murad Babali": True,
        "Zahra Mammadli": True,
    }


def test_two_given_names_one_letter_apart_are_two_people_but_a_dropped_a_is_a_typo() -> None:
    found = extract_people(
        "Meetings",
        [
            "The meeting was chaired by Ramiz Mammadli. MPs Ramil Mammadli and Sahiba Gafarli "
            "spoke. Sahib Gafarli thanked them.",
        ],
    )
    assert names(found) == ["Ramiz Mammadli", "Ramil Mammadli", "Sahiba Gafarli"]


def test_recovering_not_at_the_ceremony_quoting_a_writer_and_a_passage_from_a_diary() -> None:
    found = extract_people(
        "Plenary Sitting",
        [
            "Chairman of the Committee Bahruz Ahmadli is recovering from an operation and could "
            "not attend. Mr Guliyev congratulated the reporter Nigar Hasanli on her award; Ms "
            "Hasanli was not at the ceremony. Mr Beridze, quoting the great Georgian writer Ilia "
            "Chavchadze, said that neighbours share fate. Professor Babali read out a passage "
            "from the diary of Mirza Alasgarli, a stenographer. The draft, which a working group "
            "headed by former MP Gulshan Pashali had prepared in 2022, was presented by MP "
            "Nijat Aghali. Mr Aghali paid tribute to the group.",
        ],
    )
    assert took_part(found) == {
        "Bahruz Ahmadli": False,
        "Guliyev": True,
        "Nigar Hasanli": False,
        "Beridze": True,
        "Ilia Chavchadze": False,
        "Babali": True,
        "Mirza Alasgarli": False,
        "Gulshan Pashali": False,
        "Nijat Aghali": True,
    }


def test_a_letter_handed_over_at_the_event_and_words_according_to_a_letter() -> None:
    found = extract_people(
        "Events",
        [
            "The Chair also handed a letter of gratitude to the veteran parliamentary reporter "
            "Eldar Abbasli. According to the letter, the delegation, led by Deputy Chairman of "
            "the Senate Tariq Abbasi, had been impressed by the city. The delegation included "
            "the members of the Majlis ash-Shura Ahmed bin Said al-Harthy.",
        ],
    )
    assert took_part(found) == {
        "Eldar Abbasli": True,
        "Tariq Abbasi": False,
        "Ahmed bin Said al-Harthy": True,
    }


def test_claims_voiced_by_others_a_widow_who_had_come_and_a_poet_who_also_died() -> None:
    found = extract_people(
        "Statement of the Committee",
        [
            "The Committee rejects the allegations voiced during the debate by the MEPs Sophie "
            "Lindgren and Matteo Carbone. His widow, Fidan Ismayilli, had come with their "
            "little daughter. In his message, Mr Kovacs writes of heroes such as the poet "
            "Sandor Petofi, who also died young.",
        ],
    )
    assert took_part(found) == {
        "Sophie Lindgren": False,
        "Matteo Carbone": False,
        "Fidan Ismayilli": True,
        "Kovacs": True,
        "Sandor Petofi": False,
    }


def test_victims_after_a_colon_a_relative_of_someone_named_and_a_poet_reminded_of() -> None:
    found = extract_people(
        "Appeal of the Milli Majlis",
        [
            "The appeal names some of the victims: Elmar Gasimli and his wife Sevda Gasimli "
            "from Ganja. The committee raised the case of convict Anar Valiyev. Deputy Minister "
            "Ramin Talibli spoke. Mr Talibli is "
            "the brother of the Committee Chairwoman's husband Elchin Talibli. The late MP's "
            "widow Roza Hajibali attended the meeting. She reminded the audience of the local "
            "poet Abbas Zarli. She recalled the legacy of the surgeon Adila Shahtakhtli and of "
            "the educator Hamida Javanli. The delegation member Faisal al-Mu'ammar and "
            "Grandmaster Elmar Baghirli spoke.",
        ],
    )
    assert took_part(found) == {
        "Elmar Gasimli": False,
        "Sevda Gasimli": False,
        "Anar Valiyev": False,
        "Ramin Talibli": True,
        "Elchin Talibli": False,
        "Roza Hajibali": True,
        "Abbas Zarli": False,
        "Adila Shahtakhtli": False,
        "Hamida Javanli": False,
        "Faisal al-Mu'ammar": True,
        "Elmar Baghirli": True,
    }


def test_a_statement_of_the_press_service_names_no_participants() -> None:
    found = extract_people(
        "Milli Majlis Press Service Responds to Remarks by a Foreign Senator",
        [
            "The Press and Public Relations Department of the Milli Majlis has issued a "
            "statement on the remarks made by Senator Pierre Vautrin in Lyon last week.",
            "Senator Vautrin visited the region twice. Chair of the Milli Majlis Sahiba "
            "Gafarova invited the senators to Shusha in a letter sent in May.",
        ],
    )
    assert took_part(found) == {"Pierre Vautrin": False, "Sahiba Gafarova": False}
    # The same words in a release that is no statement of the press service
    found = extract_people(
        "Chair of the Milli Majlis Meets French Senators",
        ["Chair of the Milli Majlis Sahiba Gafarova met Senator Pierre Vautrin in Baku."],
    )
    assert took_part(found) == {"Sahiba Gafarova": True, "Pierre Vautrin": True}


def test_and_by_goes_on_from_the_first_by_and_a_verb_shared_after_a_comma() -> None:
    found = extract_people(
        "Committee Meeting",
        [
            "The commission, which is co-chaired by MP Rufat Aghazade on our side and by "
            "Senator Timur Bekov on the Kazakh side, will meet in May. The draft was discussed "
            "at the committee. Questions were asked by MP Ulviyya Sadigli. Mrs Sadigli asked "
            "about the pensions of teachers, Mr Orkhan Telmanli about the rural roads.",
        ],
    )
    assert took_part(found) == {
        "Rufat Aghazade": False,
        "Timur Bekov": False,
        "Ulviyya Sadigli": True,
        "Orkhan Telmanli": True,
    }


def test_plays_chapters_and_a_meeting_told_of_name_people_talked_about() -> None:
    found = extract_people(
        "Theatre Day Marked",
        [
            "MP Rasim Guliyev spoke about the repertoire, which included the tragedies of "
            "Huseyn Javid and a comedy by Jafar Jabbarly. The writer Nigar Alili spoke about "
            "the chapter on Uzeyir Hajibeyli. Mrs Alili spoke of her meeting with the poet "
            "Ramiz Novruzlu in Ganja last year.",
        ],
    )
    assert took_part(found) == {
        "Rasim Guliyev": True,
        "Huseyn Javid": False,
        "Jafar Jabbarly": False,
        "Nigar Alili": True,
        "Uzeyir Hajibeyli": False,
        "Ramiz Novruzlu": False,
    }


def test_condolences_sent_to_a_speaker_and_those_remembered_by_name() -> None:
    found = extract_people(
        "Chair of the Milli Majlis Sends Condolences",
        [
            "Chair of the Milli Majlis Sahiba Gafarova sent a letter of condolence on 3 May to "
            "the Speaker of the Parliament of Georgia Davit Beridze. She expressed her sorrow to "
            "Mr Beridze. Amongst those remembered by name were the nurse Sona Karimova, who was "
            "shot dead near the hospital. A group of teachers, led by Zumrud Jafarli, had "
            "complained about the roads.",
        ],
    )
    assert took_part(found) == {
        "Sahiba Gafarova": True,
        "Davit Beridze": False,
        "Sona Karimova": False,
        "Zumrud Jafarli": False,
    }


def test_the_red_cross_ends_a_body_irish_titles_and_a_list_that_goes_on() -> None:
    found = extract_people(
        "Committee Meeting",
        [
            "The head of the Baku delegation of the International Committee of the Red Cross "
            "Mette Halvorsen spoke at the meeting. She quoted the former Taoiseach Ciaran Mac "
            "Lochlainn. First Deputy Chair Ali Ahmadov, Deputy Chairs Fazil Mustafa and Rauf "
            "Karimov, the chairs of the committees and the MPs laid wreaths at the grave.",
        ],
    )
    names = {person.name: person for person in found}
    assert set(names) == {
        "Mette Halvorsen",
        "Ciaran Mac Lochlainn",
        "Ali Ahmadov",
        "Fazil Mustafa",
        "Rauf Karimov",
    }
    assert names["Mette Halvorsen"].took_part
    assert names["Ciaran Mac Lochlainn"].role == "former Taoiseach"
    assert not names["Ciaran Mac Lochlainn"].took_part
    assert "laid" not in names["Rauf Karimov"].role
    assert names["Rauf Karimov"].took_part
