"""The result of a round: winner by adjudicators' majority (else the bot's totals), speaker
scores, best speaker, key points each side made and which clashes it won."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.model import Round
from bot.motions import SIDES, SideName, other_side
from bot.scoring.card import Scorecard


@dataclass(frozen=True)
class Ballot:
    """A handed-in ballot: bands per speaker per criterion, the winner, a comment."""

    adjudicator_id: int
    winner: SideName
    comment: str
    bands: dict[int, dict[str, int]]


def load_ballots(db: Database, round_id: int) -> list[Ballot]:
    """The round's handed-in ballots."""
    bands: dict[int, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in q.rows(db, "SELECT * FROM club_ballot_scores WHERE round_id = ?", (round_id,)):
        bands[row["adjudicator_id"]][row["speaker_id"]][row["criterion"]] = row["band"]
    return [
        Ballot(b["adjudicator_id"], b["winner"], b["comment"],
               {k: dict(v) for k, v in bands[b["adjudicator_id"]].items()})
        for b in q.rows(db, "SELECT * FROM club_ballots WHERE round_id = ? AND submitted_at IS NOT NULL "
                            "ORDER BY submitted_at", (round_id,))
    ]


def _bot_totals(rnd: Round) -> dict[str, float]:
    """Each side's mean bot total per seat (a missing speech counts as zero)."""
    totals: dict[str, float] = {}
    for side in SIDES:
        seats = [p for p in rnd.speakers() if p.side == side]
        points = sum(s.card.total for s in rnd.speeches if s.side == side and s.card and s.stage == "speech")
        reply = rnd.reply(side)
        if reply and reply.card:
            points += reply.card.total / 2
        totals[side] = round(points / max(1, len(seats)), 2)
    return totals


def compute_result(rnd: Round, ballots: list[Ballot]) -> dict[str, Any]:
    """Decide the round from its ballots and scorecards (plain JSON values)."""
    votes = Counter(b.winner for b in ballots)
    bot = _bot_totals(rnd)
    bot_winner: SideName = "prop" if bot["prop"] > bot["opp"] else "opp"
    if ballots and votes["prop"] != votes["opp"]:
        winner: SideName = "prop" if votes["prop"] > votes["opp"] else "opp"
        source = "adjudicators"
    elif ballots:
        winner, source = bot_winner, "split"
    else:
        winner, source = bot_winner, "bot"
    names = {p.user_id: p.name for p in rnd.participants}
    speakers = [_speaker_line(rnd, p.user_id, ballots) for p in rnd.speakers()]
    scored = [s for s in speakers if s["score"] is not None and not s["skipped"]]
    best = max(scored, key=lambda s: (s["score"], s["bot_total"] or 0.0), default=None)
    return {
        "winner": winner,
        "source": source,
        "votes": {"prop": votes["prop"], "opp": votes["opp"]},
        "bot_totals": bot,
        "speakers": speakers,
        "best_speaker": best["user_id"] if best else None,
        "key_points": _key_points(rnd),
        "clashes": _clashes(rnd),
        "comments": [{"adjudicator_id": b.adjudicator_id, "adjudicator": names.get(b.adjudicator_id, "?"),
                      "comment": b.comment} for b in ballots if b.comment],
    }


def _speaker_line(rnd: Round, user_id: int, ballots: list[Ballot]) -> dict[str, Any]:
    p = rnd.participant(user_id)
    assert p is not None
    speech = rnd.speech(user_id)
    human: dict[str, list[int]] = defaultdict(list)
    for ballot in ballots:
        for criterion, band in ballot.bands.get(user_id, {}).items():
            human[criterion].append(band)
    if human:
        criteria = {c: round(fmean(v), 2) for c, v in human.items()}
    elif speech and speech.card:
        criteria = {c.id: float(c.band) for c in speech.card.criteria}
    else:
        criteria = {}
    return {
        "user_id": user_id, "name": p.name, "side": p.side, "position": p.position, "team": p.team,
        "score": round(fmean(criteria.values()), 2) if criteria else None,
        "scored_by": "adjudicators" if human else ("bot" if criteria else None),
        "criteria": criteria,
        "bot_total": speech.card.total if speech and speech.card else None,
        "spoke": speech is not None, "late": bool(speech and speech.late), "skipped": p.skipped,
    }


def _cards(rnd: Round, side: SideName) -> list[Scorecard]:
    return [s.card for s in rnd.speeches if s.side == side and s.card is not None]


def _key_points(rnd: Round) -> dict[str, list[str]]:
    made: dict[str, list[str]] = {}
    for side in SIDES:
        seen: dict[str, None] = {}
        for card in _cards(rnd, side):
            seen.update(dict.fromkeys(card.key_points_made))
        made[side] = list(seen)
    return made


def _clashes(rnd: Round) -> list[dict[str, str]]:
    """A point a side made is its clash unless the other side answered it; then the answer wins."""
    made = _key_points(rnd)
    clashes = []
    for side in SIDES:
        answered = {a for card in _cards(rnd, other_side(side)) for a in card.opposing_answered}
        for point in made[side]:
            if point in answered:
                clashes.append({"point": point, "won_by": other_side(side), "how": "answered"})
            else:
                clashes.append({"point": point, "won_by": side, "how": "unanswered"})
    return clashes


def finish_round(db: Database, round_id: int, now: float) -> dict[str, Any]:
    """Decide the round and store the result (inside the caller's transaction)."""
    rnd = q.load_round(db, round_id)
    result = compute_result(rnd, load_ballots(db, round_id))
    db.execute(
        "UPDATE club_rounds SET stage = 'done', finished_at = ?, stage_deadline = NULL, winner = ?, "
        "result_source = ?, result = ? WHERE id = ?",
        (now, result["winner"], result["source"], json.dumps(result), round_id),
    )
    return result
