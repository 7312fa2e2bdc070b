"""The Drills service: set a short drill aimed at a weak spot, take the answer, judge it, keep it.

Every method that touches the database takes `db` first (the Telegram adapter runs it on the
database thread, the terminal with `store.call`); `judge` needs no database and runs anywhere.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.clock import Clock
from bot.config import Settings
from bot.drills import records
from bot.drills.values import (
    KIND_LABELS,
    KINDS,
    MAX_ANSWER_WORDS,
    MINUTES,
    Drill,
    DrillError,
    DrillKind,
    DrillNoMatch,
    DrillResult,
    Judgement,
    Summary,
)
from bot.motions import SIDES, Bank, KeyPoint, Motion, SideName, other_side
from bot.practice import Person
from bot.practice.records import criterion_averages
from bot.rubric import RubricError, load_rubric
from bot.selection import choose_motion
from bot.speech_limits import check_speech_text

# Which drill trains what a criterion's analyses judge (bot/rubrics/*.yaml).
KIND_FOR_ANALYSIS: dict[str, DrillKind] = {
    "engagement": "rebuttal", "impact": "weighing",
    "coverage": "case", "relevance": "case", "reasoning": "case", "side": "case", "evidence": "case",
}


@dataclass(frozen=True)
class Answer:
    """An answer taken for an open drill, waiting to be judged off the database thread."""

    drill: Drill
    text: str
    answered_at: float


def kind_for_criterion(rubric_id: str, criterion_id: str) -> DrillKind | None:
    """The drill that trains a rubric's criterion: the kind its analyses weigh most."""
    try:
        criterion = load_rubric(rubric_id).criterion(criterion_id)
    except RubricError:
        return None
    shares: dict[DrillKind, float] = {}
    for analysis, share in (criterion.analyses.items() if criterion else ()):
        kind = KIND_FOR_ANALYSIS.get(analysis)
        if kind is not None:
            shares[kind] = shares.get(kind, 0.0) + share
    ranked = sorted(shares.items(), key=lambda item: -item[1])
    return ranked[0][0] if ranked else None


class Drills:
    """The drill service shared by the Telegram and terminal adapters."""

    def __init__(
        self, bank: Bank, settings: Settings, clock: Clock, *, rng: random.Random | None = None,
    ) -> None:
        self.bank = Bank(tuple(m for m in bank.motions if m.prop and m.opp))  # drills need both cases
        self.settings = settings
        self.clock = clock
        self.rng = rng or random.Random()

    # ------------------------------------------------------------------ setting a drill

    def choose_kind(self, db: Database, person: Person) -> tuple[DrillKind, str]:
        """The kind that trains the debater's weakest criterion, and why; without scored speeches,
        the kind they have drilled least this week."""
        averages = sorted(criterion_averages(db, person.id), key=lambda a: a.average)
        for weakest in averages:
            kind = kind_for_criterion(weakest.rubric, weakest.criterion)
            if kind is not None:
                return kind, (f"Your weakest criterion is {weakest.name} ({weakest.average:g} of 100), "
                              f"so this is a {KIND_LABELS[kind].lower()} drill.")
        done = records.per_kind(db, person.id, self.clock.now() - records.WEEK)
        least = min(done.get(k, 0) for k in KINDS)
        fresh = next(k for k in KINDS if done.get(k, 0) == least)
        return fresh, f"No scored speeches yet to aim at, so a {KIND_LABELS[fresh].lower()} drill."

    def set(self, db: Database, person: Person, kind: DrillKind | None = None,
            query: str | None = None) -> Drill | DrillNoMatch:
        """Set a drill: `kind` or the one for the weakest criterion; the motion by id or topic in
        `query`, else one not drilled lately. A rebuttal point left standing comes back first."""
        why = ""
        if kind is None:
            kind, why = self.choose_kind(db, person)
        if kind == "rebuttal":
            again = self._returning(db, person, query)
            if again is not None:
                return again
        choice = choose_motion(self.bank, records.per_motion(db, person.id), query=query, rng=self.rng)
        if choice.motion is None:
            return DrillNoMatch(query or "", choice.message(), list(choice.suggestions))
        motion = choice.motion
        sides = records.per_side(db, person.id)
        side: SideName = (self.rng.choice(SIDES) if sides.get("prop", 0) == sides.get("opp", 0)
                          else min(SIDES, key=lambda s: sides.get(s, 0)))
        if not why:
            why = f"A {KIND_LABELS[kind].lower()} drill, as you asked."
        why += " A motion you have drilled least." if choice.times_practised == 0 else ""
        point, own = self._points(db, person, kind, motion, side)
        return self._start(db, person, kind, motion, side, point, own, why)

    def _points(self, db: Database, person: Person, kind: DrillKind, motion: Motion,
                side: SideName) -> tuple[KeyPoint | None, KeyPoint | None]:
        if kind == "case":
            return None, None
        uses = records.point_uses(db, person.id, motion.id)
        theirs = motion.points(other_side(side))
        fewest = min(uses.get(p.claim, 0) for p in theirs)
        point = self.rng.choice([p for p in theirs if uses.get(p.claim, 0) == fewest])
        return point, (self.rng.choice(motion.points(side)) if kind == "weighing" else None)

    def _returning(self, db: Database, person: Person, query: str | None) -> Drill | None:
        """The oldest rebuttal point the debater left standing, if its motion still has it."""
        for motion_id, side_name, claim in records.left_standing(db, person.id):
            motion = self.bank.get(motion_id)
            if motion is None or side_name not in SIDES or (query and query.strip().lower() != motion_id):
                continue
            side: SideName = "prop" if side_name == "prop" else "opp"
            point = next((p for p in motion.points(other_side(side)) if p.claim == claim), None)
            if point is not None:
                why = "Back again: a point you left standing last time. Answer it now."
                return self._start(db, person, "rebuttal", motion, side, point, None, why, returning=True)
        return None

    def _start(self, db: Database, person: Person, kind: DrillKind, motion: Motion, side: SideName,
               point: KeyPoint | None, own: KeyPoint | None, why: str, *, returning: bool = False) -> Drill:
        now = self.clock.now()
        due = now + self.settings.seconds(MINUTES[kind])
        drill_id = records.add(db, person.id, kind, motion.id, motion.text, side,
                               point.claim if point else "", own.claim if own else "", now, due)
        return Drill(drill_id, kind, motion, side, point, own, now, due, why, returning)

    # ------------------------------------------------------------------ the answer

    def open(self, db: Database, person: Person) -> Drill | None:
        """The debater's drill waiting for an answer (not one a newer practice motion replaced)."""
        row = records.open_row(db, person.id)
        return None if row is None else self._drill(row)

    def cancel(self, db: Database, person: Person) -> bool:
        """Drop the open drill; False if there was none."""
        return records.cancel(db, person.id) > 0

    def take(self, db: Database, person: Person, text: str) -> Answer:
        """Check the answer for the open drill; judge it next (off the database thread)."""
        drill = self.open(db, person)
        if drill is None:
            raise DrillError("You have no drill waiting for an answer: send /drill to start one.")
        problem = check_speech_text(text, "Your answer")
        if problem:
            raise DrillError(problem)
        if len(text.split()) > MAX_ANSWER_WORDS:
            raise DrillError(f"A drill answer is short: at most {MAX_ANSWER_WORDS} words. "
                             "Cut it down and send it again.")
        return Answer(drill, text.strip(), self.clock.now())

    def judge(self, answer: Answer) -> Judgement:
        """Judge the answer with the scorer's readings (no database)."""
        judging: Any = importlib.import_module("bot.drills.judging")  # loads the models on first use
        drill = answer.drill
        if drill.kind == "rebuttal":
            assert drill.point is not None
            found: Judgement = judging.rebuttal(answer.text, drill.motion, drill.side, drill.point)
        elif drill.kind == "case":
            found = judging.case(answer.text, drill.motion, drill.side)
        else:
            assert drill.point is not None and drill.own_point is not None
            found = judging.weighing(answer.text, drill.motion, drill.side, drill.own_point, drill.point)
        return found

    def keep(self, db: Database, person: Person, answer: Answer, judgement: Judgement) -> DrillResult:
        """Store the judged answer; the result with this week's summary of its kind."""
        drill = answer.drill
        if not records.judge(db, drill.id, answer.text, answer.answered_at, judgement):
            raise DrillError("That drill was dropped before your answer came in: send /drill for a new one.")
        return DrillResult(
            drill, answer.text, judgement, used_seconds=max(0.0, answer.answered_at - drill.created_at),
            allowed_seconds=drill.due_at - drill.created_at, summary=self.summary(db, person, drill.kind),
            comes_back=drill.kind == "rebuttal" and not judgement.passed,
        )

    def answer(self, db: Database, person: Person, text: str) -> DrillResult:
        """Take, judge and keep an answer on the caller's thread (the terminal)."""
        taken = self.take(db, person, text)
        return self.keep(db, person, taken, self.judge(taken))

    def summary(self, db: Database, person: Person, kind: DrillKind) -> Summary:
        """Drills of this kind in the last seven days and how many passed."""
        return Summary(kind, *records.summary(db, person.id, kind, self.clock.now() - records.WEEK))

    def _drill(self, row: records.OpenDrill) -> Drill:
        """The stored drill with its motion from the bank (or rebuilt from its text)."""
        motion = self.bank.get(row.motion_id) or Motion.ad_hoc(row.motion_text)
        side: SideName = "prop" if row.side == "prop" else "opp"
        return Drill(row.id, row.kind, motion, side, _point(motion, other_side(side), row.point),
                     _point(motion, side, row.own_point), row.created_at, row.due_at, "")


def _point(motion: Motion, side: SideName, claim: str) -> KeyPoint | None:
    """The motion's key point with this claim; the claim alone if the bank has reworded it."""
    if not claim:
        return None
    return next((p for p in motion.points(side) if p.claim == claim), KeyPoint(claim))


__all__ = ["Answer", "Drills", "kind_for_criterion"]
