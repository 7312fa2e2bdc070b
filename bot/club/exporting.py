"""A club's record as flat tables: rounds, speeches, scorecards, ballots, standings, teams."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from bot.club import queries as q
from bot.club.records import standings

TABLES = ("rounds", "speeches", "scorecards", "ballots", "standings", "teams")


def _when(seconds: float | None) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds") if seconds else ""


def has_club(db: Database, chat_id: int) -> bool:
    """Whether this chat has ever run a round or has a member with a saved team."""
    return bool(q.rows(db, "SELECT 1 FROM club_rounds WHERE chat_id = ? UNION ALL "
                           "SELECT 1 FROM club_teams WHERE chat_id = ? LIMIT 1", (chat_id, chat_id)))


def export_tables(db: Database, chat_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every table of the chat's record, rows as plain dictionaries (same columns per table)."""
    names = {(r["round_id"], r["user_id"]): r["name"] for r in q.rows(
        db, "SELECT p.round_id, p.user_id, p.name FROM club_participants p JOIN club_rounds r "
            "ON r.id = p.round_id WHERE r.chat_id = ?", (chat_id,))}
    return {
        "rounds": _rounds(db, chat_id),
        "speeches": _speeches(db, chat_id),
        "scorecards": _scorecards(db, chat_id),
        "ballots": _ballots(db, chat_id, names),
        "standings": _standings(db, chat_id),
        "teams": _teams(db, chat_id),
    }


def _rounds(db: Database, chat_id: int) -> list[dict[str, Any]]:
    return [
        {"round_id": r["id"], "motion_id": r["motion_id"], "motion": r["motion_text"], "format": r["format"],
         "stage": r["stage"], "created_at": _when(r["created_at"]), "started_at": _when(r["started_at"]),
         "finished_at": _when(r["finished_at"]), "winner": r["winner"] or "",
         "decided_by": r["result_source"] or "", "draw_seed": r["seed"] if r["seed"] is not None else "",
         "speakers": r["speakers"], "adjudicators": r["adjudicators"]}
        for r in q.rows(db, """
            SELECT r.*, d.seed,
                   (SELECT COUNT(*) FROM club_participants p
                    WHERE p.round_id = r.id AND p.role = 'speaker') AS speakers,
                   (SELECT COUNT(*) FROM club_participants p
                    WHERE p.round_id = r.id AND p.role = 'adjudicator') AS adjudicators
            FROM club_rounds r LEFT JOIN club_draws d ON d.round_id = r.id
            WHERE r.chat_id = ? ORDER BY r.id""", (chat_id,))
    ]


def _speech_rows(db: Database, chat_id: int) -> list[dict[str, Any]]:
    return q.rows(db, """
        SELECT s.*, p.name, p.position, p.team FROM club_speeches s
        JOIN club_rounds r ON r.id = s.round_id
        JOIN club_participants p ON p.round_id = s.round_id AND p.user_id = s.user_id
        WHERE r.chat_id = ? ORDER BY s.round_id, s.stage DESC, s.side DESC, p.position""", (chat_id,))


def _speeches(db: Database, chat_id: int) -> list[dict[str, Any]]:
    found = []
    for s in _speech_rows(db, chat_id):
        card = json.loads(s["card"]) if s["card"] else {}
        found.append({
            "round_id": s["round_id"], "user_id": s["user_id"], "name": s["name"], "side": s["side"],
            "position": s["position"], "team": s["team"] or "", "kind": s["stage"],
            "submitted_at": _when(s["submitted_at"]),
            "late": bool(s["late"]), "words": len(s["text"].split()), "bot_total": s["total"],
            "key_points_made": "; ".join(card.get("key_points", {}).get("made", [])),
            "scorer_version": s["scorer_version"], "text": s["text"],
        })
    return found


def _scorecards(db: Database, chat_id: int) -> list[dict[str, Any]]:
    found = []
    for s in _speech_rows(db, chat_id):
        if not s["card"]:
            continue
        card = json.loads(s["card"])
        for c in card["criteria"]:
            found.append({
                "round_id": s["round_id"], "user_id": s["user_id"], "name": s["name"], "kind": s["stage"],
                "rubric": card["rubric"], "criterion": c["id"], "criterion_name": c["name"],
                "band": c["band"], "points": c["points"], "reason": c["reason"], "total": card["total"],
            })
    return found


def _ballots(db: Database, chat_id: int, names: dict[tuple[int, int], str]) -> list[dict[str, Any]]:
    return [
        {"round_id": b["round_id"], "adjudicator_id": b["adjudicator_id"],
         "adjudicator": names.get((b["round_id"], b["adjudicator_id"]), ""),
         "speaker_id": b["speaker_id"], "speaker": names.get((b["round_id"], b["speaker_id"]), ""),
         "criterion": b["criterion"], "band": b["band"], "winner": b["winner"], "comment": b["comment"],
         "submitted_at": _when(b["submitted_at"])}
        for b in q.rows(db, """
            SELECT s.*, b.winner, b.comment, b.submitted_at FROM club_ballot_scores s
            JOIN club_ballots b ON b.round_id = s.round_id AND b.adjudicator_id = s.adjudicator_id
            JOIN club_rounds r ON r.id = s.round_id
            WHERE r.chat_id = ? AND b.submitted_at IS NOT NULL
            ORDER BY s.round_id, s.adjudicator_id, s.speaker_id, s.criterion""", (chat_id,))
    ]


def _standings(db: Database, chat_id: int) -> list[dict[str, Any]]:
    table = standings(db, chat_id)
    criteria = sorted({c for row in table for c in row.criterion_averages()})
    return [
        {"user_id": row.user_id, "name": row.name, "rounds": row.rounds, "wins": row.wins,
         "prop": row.prop, "opp": row.opp, "average": row.average if row.average is not None else "",
         **{f"avg_{c}": row.criterion_averages().get(c, "") for c in criteria}}
        for row in table
    ]


def _teams(db: Database, chat_id: int) -> list[dict[str, Any]]:
    """The teams members have saved with /team (kept across rounds), by team then when joined."""
    return [
        {"team": t["team"], "user_id": t["user_id"], "name": t["name"] or "", "username": t["username"] or "",
         "set_at": _when(t["set_at"])}
        for t in q.rows(db, """
            SELECT t.team, t.user_id, t.set_at, m.name, m.username FROM club_teams t
            LEFT JOIN club_members m ON m.chat_id = t.chat_id AND m.user_id = t.user_id
            WHERE t.chat_id = ? ORDER BY t.team COLLATE NOCASE, t.set_at, t.user_id""", (chat_id,))
    ]
