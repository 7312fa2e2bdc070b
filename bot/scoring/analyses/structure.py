"""Structure: an opening that sets the line, signposts that lead somewhere, a close, and flow.

A signpost counts only when real content about the motion follows it and signposts run in
order; flow is how often each unit carries on from the one before it.
"""

from __future__ import annotations

import re

import numpy as np

from bot.scoring.analyses import moves
from bot.scoring.analyses.base import Context, Finding, Tip, praise, saturate, short_quote
from bot.scoring.analyses.cues import CARRY, CONCLUSION, ORDINALS, ROADMAP, SIGNPOST, WEIGH
from bot.scoring.analyses.statements import declared_side, motion_verb
from bot.scoring.speech import stem, words

FLOWS, LIST_LIKE = 0.5, 0.25
CALL_WORDS = 8  # a final call to act is short: "Close it.", "Vote Proposition."
_CALL = re.compile(
    r"^\W*(?:so,? |and |now,? )?(?:vote|support|back|oppose|reject|propose|pass|choose|join|accept|keep"
    r"|stand with|side with|give|reform|end|stop|ban|scrap|protect|fund|make|put|bring|build|close|open"
    r"|abolish|repeal|restore|require|allow|trust|leave|tax|cut|raise|replace|let (?!me\b|us be\b))\b",
    re.IGNORECASE,
)


def signposts(ctx: Context) -> list[int]:
    """Signposted units followed by topical content, with ordinals in order."""
    found: list[int] = []
    last_ordinal = 0
    for i, unit in enumerate(ctx.units):
        match = SIGNPOST.match(unit)
        if not match:
            continue
        # The argument a signpost announces: in its own unit, or in the next one if that is
        # not itself a signpost ("Firstly. Secondly." announces nothing).
        content = len(ctx.beyond_motion(ctx.unit_stems[i])) if ctx.on_topic[i] > 0 else 0
        if content < 2 and i + 1 < len(ctx.units) and not SIGNPOST.match(ctx.units[i + 1]):
            content = len(ctx.beyond_motion(ctx.unit_stems[i + 1])) if ctx.on_topic[i + 1] > 0 else 0
        word = match.group(1).lower().split()
        ordinal = next((ORDINALS[w] for w in word if w in ORDINALS), None)
        if ordinal is not None and ordinal < last_ordinal:
            continue
        if content >= 2:
            found.append(i)
            last_ordinal = ordinal or last_ordinal
    return found


def flow(ctx: Context) -> float:
    """How much the speech reads as one line: units that pick up from the one before.

    Half is the share of units opening with a link back ("This means …", "So …"); half is how
    much closer neighbouring units are to each other than units far apart (a list of unrelated
    one-liners scores low on both).
    """
    n = len(ctx.units)
    if n < 2:
        return 0.0
    linked = sum(bool(CARRY.search(u) or SIGNPOST.match(u)) for u in ctx.units[1:]) / (n - 1)
    sims = ctx.vectors @ ctx.vectors.T
    near = float(np.mean([sims[i, i + 1] for i in range(n - 1)]))
    far_pairs = [sims[i, j] for i in range(n) for j in range(i + 3, min(n, i + 12))]
    far = float(np.mean(far_pairs)) if far_pairs else near
    return 0.5 * saturate(linked, 0.35) + 0.5 * saturate(near - far, 0.08)


def closing(ctx: Context, where: int | None) -> int | None:
    """The unit that closes the speech: a summary, the side restated, weighing, or a call to act.

    A close sits in the last three units. A stock phrase ("in conclusion"), the side restated,
    or a final sentence that is a short call to act ("Close it.", "Vote Proposition.") counts,
    and so does a last unit that weighs the case after the arguments have been made.
    """
    n = len(ctx.units)
    tail = range(max(0, n - 3), n)
    found = next((i for i in tail if CONCLUSION.search(ctx.units[i]) or i == where), None)
    if found is not None or n < 3 or ctx.speech.truncated:
        return found
    last = ctx.speech.sentences[-1] if ctx.speech.sentences else ""
    verb = motion_verb(ctx.motion.text)
    opener = words(last)[:1]
    # A call to act closes the speech when it is short ("Close it.") or says what to do about the
    # motion's subject ("Keep land taxes as one part of a broad system, not the whole of it.").
    calls = (len(last.split()) <= CALL_WORDS or ctx.on_topic[-1] > 0) and (bool(_CALL.match(last)) or bool(
        verb and opener and stem(opener[0]).startswith(verb)))
    # A stock weighing line ("our impacts are bigger and likelier") names nothing of the debate: no close.
    weighs = (WEIGH.search(ctx.units[-1]) is not None and ctx.on_topic[-1] > 0 and len(ctx.arguing()) >= 3
              and n - 1 not in ctx.empty_units())
    return n - 1 if calls or weighs else None


def _tips(ctx: Context, opening: bool, where: int | None, roadmap: int | None, posts: list[int],
          close: int | None, carry: float) -> tuple[Tip, ...]:
    """Structure's advice, most basic first, each with the moves it takes to be missing."""
    tips: list[Tip] = []
    if not opening and where is not None:
        later = short_quote(ctx.units[where], 70)
        tips.append(Tip(f"Say your side in your first sentence, not only later: {later}",
                        lacks=(moves.OPENING,)))
    if not opening and roadmap is not None:
        tips.append(Tip("Before your roadmap, say in one sentence which side you argue and what you want "
                        "done.",
                        lacks=(moves.OPENING, moves.SIDE_STATEMENT)))
    elif not opening:
        tips.append(Tip("Open by stating your side and the two or three arguments you will make.",
                        lacks=(moves.OPENING, moves.SIDE_STATEMENT, moves.ROADMAP)))
        tips.append(Tip("Open with one sentence that says which side you argue and what you want done.",
                        lacks=(moves.OPENING, moves.SIDE_STATEMENT)))
    if roadmap is None:
        tips.append(Tip("After stating your side, name the two or three arguments you will make, "
                        "then take each in turn.", lacks=(moves.ROADMAP,)))
    if not posts:
        tips.append(Tip("Signpost each argument (“My first argument is … ”) and develop it before moving on.",
                        lacks=(moves.SIGNPOSTS,)))
    if close is None:
        tips.append(Tip("End with a one-sentence summary of why your side wins.", lacks=(moves.CONCLUSION,)))
    if carry < FLOWS:
        tips.append(Tip("Link each argument to the next so the speech reads as one line, not a list."))
    tips.append(Tip("Close each argument by saying how it proves your side's case.", generic=True))
    return tuple(tips)


def structure(ctx: Context) -> Finding:
    """Opening line, roadmap, signposts, conclusion and flow, each with a share of the score."""
    n = len(ctx.units)
    if n == 0:
        return Finding("structure", 0.0, (), "No speech to judge.",
                       "Open with your side and your main points.")
    head = range(min(3, n))
    declared, where = declared_side(ctx)
    opening = where is not None and where in head
    roadmap = next((i for i in range(max(3, n // 4)) if i < n and ROADMAP.search(ctx.units[i])), None)
    posts = signposts(ctx)
    close = closing(ctx, where)
    carry = flow(ctx)
    score = (0.2 * opening + 0.2 * (roadmap is not None) + 0.2 * saturate(len(posts), 2)
             + 0.15 * (close is not None) + 0.25 * carry)
    parts = []
    if opening:
        parts.append("states the line up front")
    else:
        parts.append("opens with a roadmap but no side statement" if roadmap is not None
                     else "no clear opening line")
    parts.append(f"{len(posts)} signposted arguments")
    parts.append("a conclusion" if close is not None else "no conclusion")
    if carry >= FLOWS:
        parts.append("the arguments flow as one line")
    elif carry >= LIST_LIKE:
        parts.append("some sentences stand alone")
    else:
        parts.append("the sentences read more like a list than a line")
    reason = "Structure: " + ", ".join(parts) + "."
    tips = _tips(ctx, opening, where, roadmap, posts, close, carry)
    best = roadmap if roadmap is not None else (posts[0] if posts else where)
    cited = [i for i in (best, *posts) if i is not None]
    used = tuple(sorted({i for i in (where, roadmap, close) if i is not None} | set(posts)))
    shows = {
        moves.OPENING: (where,) if opening and where is not None else (),
        moves.ROADMAP: tuple(i for i in range(max(4, n // 2)) if i < n and ROADMAP.search(ctx.units[i])),
        moves.SIGNPOSTS: tuple(sorted({*posts, *(i for i, u in enumerate(ctx.units) if SIGNPOST.match(u))})),
        moves.CONCLUSION: (close,) if close is not None else (),
    }
    return Finding("structure", score, used, reason, "", tips=tips,
                   shows={move: units for move, units in shows.items() if units},
                   praise=praise("Clear signposting", ctx.units, cited),
                   details={"opening": opening, "roadmap": roadmap is not None, "signposts": len(posts),
                            "conclusion": close is not None, "flow": round(carry, 3), "declared": declared})
