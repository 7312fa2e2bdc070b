"""`debate-bot motions`: list, show and check the motion bank."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

from bot.bank import AREAS
from bot.bank_craft import review
from bot.cli.draft import register_draft
from bot.motions import (
    AREA_TAGS,
    BANK_ENV,
    DIFFICULTIES,
    INFO_SLIDE_MAX,
    MOTION_TYPES,
    SIDE_LABELS,
    SIDES,
    Bank,
    BankError,
    Motion,
    Problem,
    bank_folders,
    check_folders,
    load_bank,
)
from bot.selection import suggest

BANK_HELP = f"""\
The bank is the motions/*.yaml files shipped with the bot. Set {BANK_ENV} to a folder of
your own motion files to add them to it, or to =FOLDER (a leading '=') to use only yours:
  {BANK_ENV}=~/club-motions debate-bot motions list
  {BANK_ENV}==~/club-motions debate-bot motions list
"""

FORMAT_HELP = f"""\
A motion file (one per essay) looks like this; every motion needs each field but
definitions, and each key point a claim and its reasoning (evidence where the essay has it):
  source: {{title, author?, publication?, date?, address?, summary}}
  motions:
    - id: a-unique-slug
      text: This House would ...      (or believes that / regrets / supports / opposes /
            prefers ...; This House, as X, would ...; Resolved: ... for Public Forum)
      type: {' | '.join(MOTION_TYPES)}
      difficulty: {' | '.join(DIFFICULTIES)}
      area: one of the areas below
      tags: [topical tags]
      info_slide: at most {INFO_SLIDE_MAX} characters
      definitions: {{term: meaning}}
      sides:
        prop: [{{claim, reasoning, evidence?}}, ...]
        opp: [...]
  evidence: {{text, source, year, url?, as_of?}}   (source: the publication or body;
            as_of: YYYY[-MM[-DD]], when a time-bound fact was true)
{textwrap.fill("Areas (exactly one per motion): " + ", ".join(AREAS) + ".", 88)}
{textwrap.fill("A motion in the old form, with no area, carries exactly one of the area tags "
               + ", ".join(AREA_TAGS) + ".", 88)}
Besides the format it checks craft: problems (evidence without a citation, a missing area,
a type the wording contradicts) fail; warnings (thin areas, one debate twice, lopsided
evidence, a one-sided info slide) are printed for a curator to judge.
Without FOLDER it checks what the bot loads: the shipped bank plus ${BANK_ENV}, so
ids that clash with the shipped bank are caught too.
"""


def register(subparsers: Any) -> None:
    """Add `motions` and its actions (list, show, check, draft) to the CLI."""
    parser = subparsers.add_parser(
        "motions", help="list, show and check the motion bank",
        description="Browse and check the motion bank.", epilog=BANK_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(func=list_motions, tag=None, difficulty=None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    listing = actions.add_parser(
        "list", help="list the motions (the default)", epilog=BANK_HELP,
        description="List the motions of the bank, optionally only one topic or difficulty.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listing.add_argument("--tag", help="only motions with this tag, e.g. sanctions")
    listing.add_argument("--difficulty", choices=DIFFICULTIES, help="only motions of this difficulty")
    listing.set_defaults(func=list_motions)

    show = actions.add_parser(
        "show", help="show one motion in full", epilog=BANK_HELP,
        description="Show a motion: text, info slide, source, definitions and key points.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("motion_id", metavar="ID", help="the motion's id, as `motions list` prints it")
    show.set_defaults(func=show_motion)

    check = actions.add_parser(
        "check", help="validate motion files and list every problem", epilog=FORMAT_HELP,
        description="Check motion files: exit 1 listing every problem, or 0 with a summary.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("folder", nargs="?", metavar="FOLDER",
                       help="a folder of *.yaml motion files (default: the bank the bot loads)")
    check.set_defaults(func=check_bank)

    register_draft(actions)


def list_motions(args: argparse.Namespace) -> int:
    """Print one entry per motion: id, difficulty, tags and the motion."""
    bank = _bank()
    if bank is None:
        return 1
    motions = bank.filter(tag=args.tag, difficulty=args.difficulty)
    if not motions:
        wanted = (("tag", args.tag), ("difficulty", args.difficulty))
        asked = " and ".join(f"{name} '{value}'" for name, value in wanted if value)
        _err(f"No motions with {asked}.")
        if args.tag and args.tag.lower() not in bank.tags():
            close = suggest(bank, args.tag)
            if close:
                _err(f"Did you mean: {', '.join(close)}?")
        _err(f"Tags in the bank: {', '.join(bank.tags())}")
        return 1
    width = _width()
    for motion in motions:
        print(f"{motion.id}  ({motion.difficulty}, {motion.type})  [{', '.join(motion.tags)}]")
        print(textwrap.fill(motion.text, width, initial_indent="    ", subsequent_indent="    "))
    print(f"{_count(len(motions), 'motion')}.")
    return 0


def show_motion(args: argparse.Namespace) -> int:
    """Print a motion's full card, or close matches when the id is unknown."""
    bank = _bank()
    if bank is None:
        return 1
    motion = bank.get(args.motion_id)
    if motion is None:
        _err(f"There is no motion '{args.motion_id}'.")
        close = suggest(bank, args.motion_id, tags=False)
        if close:
            _err(f"Did you mean: {', '.join(close)}?")
        if args.motion_id.strip().lower() in bank.tags():
            _err(f"'{args.motion_id}' is a tag: `debate-bot motions list --tag {args.motion_id}` "
                 "lists its motions.")
        _err("Run `debate-bot motions list` to see every motion id.")
        return 1
    print(render_motion(motion, _width()))
    return 0


def check_bank(args: argparse.Namespace) -> int:
    """Validate the bank (or one folder); print every problem, or a one-line summary."""
    folders = [Path(args.folder).expanduser()] if args.folder else bank_folders()
    bank, problems = check_folders(folders)
    found = review(bank, coverage=not args.folder)  # a club's own folder need not cover every area
    problems += found.problems
    if problems:
        print(f"{_count(len(problems), 'problem')} in {', '.join(str(f) for f in folders)}:")
        for problem in problems:
            print(f"  {problem}")
    else:
        print(_summary(bank))
    if found.warnings:
        print(f"{_count(len(found.warnings), 'warning')} (a curator's judgement; they do not fail "
              "the check):")
        for warning in found.warnings:
            print(f"  {warning}")
    if problems:
        return 1
    print(_coverage(bank))
    return 0


def render_motion(motion: Motion, width: int = 88) -> str:
    """A motion as readable text: heading, facts, info slide, source, definitions, key points."""
    source = motion.source

    def para(text: str, indent: str = "") -> str:
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    lines = [
        para(motion.text), "",
        f"Id: {motion.id} · Type: {motion.type} · Difficulty: {motion.difficulty}",
        para(f"Tags: {', '.join(motion.tags)}"),
    ]
    if motion.info_slide:
        lines += ["", "Info slide:", para(motion.info_slide, "  ")]
    lines += ["", para(f"Source: {source.citation()}")]
    if source.summary:
        lines.append(para(source.summary, "  "))
    if motion.definitions:
        lines += ["", "Definitions:"]
        lines += [para(f"{term}: {meaning}", "  ") for term, meaning in motion.definitions.items()]
    for side in SIDES:
        lines += ["", f"{SIDE_LABELS[side]} ({len(motion.points(side))} key points):"]
        for n, point in enumerate(motion.points(side), 1):
            lines.append(textwrap.fill(point.claim, width, initial_indent=f"{n:>2}. ",
                                       subsequent_indent="    "))
            if point.reasoning:
                lines.append(para(f"Why: {point.reasoning}", "    "))
            if point.evidence:
                lines.append(para(f"Evidence: {point.cited_evidence()}", "    "))
    return "\n".join(lines)


def _bank() -> Bank | None:
    """The bank the bot loads, or None after printing why it cannot be loaded."""
    try:
        return load_bank()
    except BankError as exc:
        _report_broken(exc.problems)
        return None


def _report_broken(problems: list[Problem]) -> None:
    _err(f"The motion bank has {_count(len(problems), 'problem')}, so it cannot be loaded:")
    for problem in problems[:10]:
        _err(f"  {problem}")
    if len(problems) > 10:
        _err(f"  … and {len(problems) - 10} more.")
    _err("Fix them (`debate-bot motions check` lists them all), or check the "
         f"{BANK_ENV} setting.")


def _summary(bank: Bank) -> str:
    counts = [_count(len(bank.motions), "motion"), _count(len(bank.sources()), "source"),
              _count(len(bank.tags()), "tag")]
    return f"Motion bank OK: {', '.join(counts)}."


def _coverage(bank: Bank) -> str:
    """Essays, motions per area and difficulty, and how much of the evidence is cited."""
    lines = [f"Essays: {len(bank.sources())}.", "Areas (novice / intermediate / open):"]
    areas = [*AREAS, *sorted({m.area for m in bank.motions} - set(AREAS))]
    width = max(len(a) for a in [*areas, "(no area)"])
    for area in areas:
        motions = [m for m in bank.motions if m.area == area]
        per = " / ".join(str(sum(m.difficulty == d for m in motions)) for d in DIFFICULTIES)
        label = area or "(no area)"
        lines.append(f"  {label:<{width}}  {len(motions):>3}  ({per})")
    items = [p for m in bank.motions for s in SIDES for p in m.points(s) if p.evidence]
    cited = sum(p.citation is not None for p in items)
    share = f"{100 * cited / len(items):.0f}%" if items else "n/a"
    lines.append(f"Citations: {cited} of {len(items)} evidence items cited ({share}).")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _width() -> int:
    return max(40, min(100, shutil.get_terminal_size((88, 24)).columns - 1))


def _err(message: str) -> None:
    print(message, file=sys.stderr)
