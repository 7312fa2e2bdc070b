"""Per-unit model signals for the analyses: argument quality, stance, reported claims, key points.

The models (bot.scoring.quality / stance / keypoints, all reading through the reader) give the
figures; stance is anchored on the motion's own key points, and key-point matching is blended
with a plain word-overlap match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from bot.motions import KeyPoint, Motion
from bot.scoring import keypoints, quality
from bot.scoring import stance as stance_model
from bot.scoring.analyses.cues import FILLER
from bot.scoring.encoder import MODELS_VERSION, get_encoder
from bot.scoring.reader import read
from bot.scoring.speech import content_words

FALLBACK_MATCH_THRESHOLD = 0.5
SUPPORT_WORDS = 8  # sharing this many words of a point's reasoning counts as retelling it
SUPPORT_SHARE = 0.7
MODEL_SHARE = 0.7
REPORTED = 0.5  # from this P(reported) a unit carries someone else's claim
_COMPLEMENT = re.compile(r"\bthat\b|:")
# The speaker's own evidence put first: "Experts agree that X", "Study after study has shown that X",
# "The data from three countries confirm that X". What follows is the speaker's claim, backed by a
# source, not someone else's claim reported: the reader reads the claim itself. Where words stand
# between the source and its verb, a "that", colon or comma must mark where the claim begins:
# "Surveys of the villages show empty guesthouses" keeps its words.
_SOURCE = (
    r"(?:(?:the|most|many|leading|independent|recent|several|numerous|countless|multiple|various|all|our"
    r"|every|any|top|serious|study after|a (?:lot|number|wealth|growing body|mountain|host) of|plenty of"
    r"|lots of)\s+)*"
    r"(?:experts?|scientists?|researchers?|economists?|doctors?|studies|study|research|data|evidence"
    r"|statistics|figures|surveys?|polls?|trials?|historians?|analysts?|records?|reviews?|reports?"
    r"|papers?|academics?|specialists?|professionals?|the numbers|the science|science)\b")
_FINDS = (
    r"(?:(?:all |now |broadly |overwhelmingly |consistently |clearly |repeatedly )?"
    r"(?:agree|agrees|show|shows|showed|shown|find|finds|found|confirm|confirms|confirmed|demonstrate"
    r"|demonstrates|demonstrated|prove|proves|proved|proven|indicate|indicates|indicated|conclude"
    r"|concludes|concluded|establish|establishes|established|document|documents|documented"
    r"|suggest|suggests|suggested|tell you|will tell you|would tell you|say|says|know|knows"
    r"|(?:is|are) (?:clear|unanimous|unambiguous|conclusive|overwhelming|in|settled)(?: on this)?))\b")
_EVIDENCE_LEAD = re.compile(
    r"^\W*(?:(?:and|but|so|also|indeed|moreover|furthermore|in fact|again|now),?\s+)?"
    rf"{_SOURCE}(?:[^.!?;:]{{0,60}}?\b{_FINDS}\s*(?:that\b|:|,)"
    rf"|(?:\s+(?:have|has|had|all|now|will|would|can|\w+ly))*\s+{_FINDS}\s*(?:that\b|:|,)?)"
    # "It has been proven that X", "It is well established that X", "It is a known fact that X"
    r"|^\W*(?:it|this)(?: has| is|'s)(?: been)?(?: long| now| well| widely| scientifically| repeatedly)?[ -]"
    r"(?:proven|proved|shown|established|documented|demonstrated|known|accepted|confirmed|recogni[sz]ed)"
    r"\s+that\b"
    r"|^\W*(?:it|this) is an? (?:well[ -])?(?:known|proven|established|undeniable|scientific) fact that\b"
    r"|^\W*(?:everyone|everybody|anyone|anybody) (?:knows|agrees|will tell you|can see)(?: that\b)?"
    # "According to the research, X", "All the evidence points to the fact that X"
    r"|^\W*according to [^.!?;:,]{0,30}?\b(?:research|studies|experts|data|evidence"
    r"|figures|statistics|surveys?|polls?|science|scientists|reports?)\b[^.!?;:,]{0,40},"
    r"|^\W*(?:all |the )*(?:evidence|research|data)\b[^.!?;:]{0,30}?"
    r"\bpoints? to the (?:fact|conclusion) that\b",
    re.IGNORECASE,
)

# Motions whose Proposition wants something removed or stopped: supporting arguments are
# negative about the thing named.
AGAINST_VERBS = re.compile(
    r"\b(ban|bans|banning|abolish|abolishing|end|ending|prohibit|outlaw|limit|restrict|cut|stop|close"
    r"|withdraw|suspend|oppose|disband|remove|reduce|criminali[sz]e|regret|scrap|leave|sanction|repeal"
    r"|repealing|phase out|phasing out|abandon|eliminate|forbid|axe|dismantle|shut|halt|revoke|lift)\b",
    re.IGNORECASE,
)


def models_version() -> str:
    """The models' version string, stored with every scorecard."""
    return MODELS_VERSION


def argument_quality(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Quality 0..1 per unit (see bot.scoring.quality)."""
    return np.clip(quality.argument_quality(list(units), motion_text), 0.0, 1.0)


# A connective or signpost that opens a sentence joins it to the speech; it is not part of the
# claim ("Thus, X", "It follows that X", "Second, X").
_CONNECTIVE_LEAD = re.compile(
    r"^\W*(?:(?:and|but) )?(?:(?:thus|hence|therefore|consequently|accordingly|as a result|as such"
    r"|for (?:\w+ly |exactly |just )?(?:this|that|these|those) reasons?|in other words|in turn|indeed"
    r"|moreover|furthermore|besides|on (?:this|that) basis|because of (?:this|that)|given (?:this|that)"
    r"|in consequence|as a consequence|with (?:this|that) in mind|that being so|by the same token"
    r"|in addition|additionally|also|equally|likewise|similarly|finally|lastly|next|then"
    r"|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|to (?:begin|start|conclude|sum up)"
    r"|on top of (?:this|that)|what is more|what's more|crucially|importantly|clearly|obviously"
    r"|of course|in fact|so),"
    r"|(?:it follows|this means|that means|this shows|which means|the upshot is) that"
    r"|(?:and )?(?:that|this|which)(?: is|'s) (?:why|how come)|(?:and )?so)\s+",
    re.IGNORECASE,
)


# A stock phrase or filler opening a sentence says nothing of the claim ("To be honest, X",
# "Needless to say, X"): the claim is read without it.
_FILLER_LEAD = re.compile(rf"^\W*(?:(?:and|but|so),?\s+)?(?:{FILLER.pattern})(?:,|(?<=that))\s+",
                          re.IGNORECASE)


def empty_lead(unit: str) -> int:
    """Where the words with no content opening a unit end, or 0: connectives and signposts ("Thus, ",
    "It follows that "), fillers ("To be honest, ") and evidence markers that name no evidence
    ("Studies show that ", "It has been proven that "), in any order."""
    end = 0
    while True:
        rest = unit[end:]
        leads = (_FILLER_LEAD.match(rest), _CONNECTIVE_LEAD.match(rest), _EVIDENCE_LEAD.match(rest))
        found = next((m for m in leads if m and m.end() > 0), None)
        if found is None or len(rest[found.end():].split()) < 3:
            return end
        end += found.end()
        while end < len(unit) and unit[end].isspace():
            end += 1


def as_read(units: Sequence[str]) -> list[str]:
    """The units as their stance and key points are read: the claim without the words that open it
    and carry nothing of it (see `empty_lead`): "Thus, X", "To be honest, X" and a claim put behind
    the speaker's own evidence, "Studies show that X", are read as X."""
    return [claim_of(unit) for unit in units]


@lru_cache(maxsize=4096)
def claim_of(unit: str) -> str:
    """One unit as it is read (see `as_read`); a scorecard reads each unit several times."""
    rest = unit[empty_lead(unit):].strip()
    return rest[:1].upper() + rest[1:] if rest != unit.strip() else unit


def stance(units: Sequence[str], motion: Motion) -> np.ndarray:
    """Stance per unit in [-1, 1]: above zero argues for the motion.

    The reader's leaning, anchored on the motion's key points, shrunk for units that are not
    about the motion (see bot.scoring.stance).
    """
    gate = stance_model.on_topic(list(units), motion.text)
    return np.clip(anchored_leaning(units, motion) * gate, -1.0, 1.0).astype(np.float32)


def anchored_leaning(units: Sequence[str], motion: Motion) -> np.ndarray:
    """The reader's leaning per unit, anchored on the motion's key points, not shrunk by
    topicality (a side statement names no subject, yet says which way it points)."""
    raw = stance_model.leaning(as_read(units), motion.text)
    prop_texts, opp_texts = [p.text() for p in motion.prop], [p.text() for p in motion.opp]
    if not prop_texts or not opp_texts:
        # A motion without key points is checked against itself and its negation, whose sides
        # are known: a reader unsure of the motion's own wording is unsure of everything said on it.
        negated = negate(motion.text)
        if negated is None:
            return raw
        own = stance_model.leaning([motion.text, negated], motion.text, keep=True)
        return (stance_model.self_trust(float(own[0]), float(own[1])) * raw).astype(np.float32)
    prop = stance_model.leaning(prop_texts, motion.text, keep=True)
    opp = stance_model.leaning(opp_texts, motion.text, keep=True)
    return stance_model.anchor(raw, prop, opp)


_MODAL = re.compile(r"\b(should|must|would|ought to|will)\b(?! not)", re.IGNORECASE)


def negate(motion_text: str) -> str | None:
    """The motion with its first modal negated ("… should ban X" → "… should not ban X"), or None."""
    negated, count = _MODAL.subn(lambda m: f"{m.group(1)} not", motion_text, count=1)
    return negated if count else None


def meaning(units: Sequence[str], motion_text: str) -> np.ndarray:
    """The reader's unit vector of each unit's meaning (read against the motion)."""
    return read(motion_text, list(units)).vectors


def raw_leaning(units: Sequence[str], motion_text: str) -> np.ndarray:
    """The reader's own leaning per unit, neither anchored nor shrunk: a side statement ("we
    oppose this motion") points the same way whatever the motion is about."""
    return stance_model.leaning(as_read(units), motion_text)


def reported(units: Sequence[str], motion_text: str) -> np.ndarray:
    """Per unit, 0..1: how likely it reports or concedes someone else's claim."""
    return stance_model.reported(as_read(units), motion_text)


def match_threshold() -> float:
    """The score above which a unit makes a key point (the blend's share of each threshold)."""
    return MODEL_SHARE * keypoints.match_threshold() + (1 - MODEL_SHARE) * FALLBACK_MATCH_THRESHOLD


def match(units: Sequence[str], points: Sequence[KeyPoint], motion_text: str) -> np.ndarray:
    """Match score 0..1 of each key point (rows) against each unit (columns).

    The reader's probability, blended with the plain cosine-and-shared-words match, which also
    counts a speech that retells a point's reasoning rather than its claim.
    """
    if not units or not points:
        return np.zeros((len(points), len(units)), dtype=np.float32)
    plain = _fallback_match(as_read(units), points)
    claims = [p.claim for p in points]
    found = keypoints.match(as_read(units), claims, motion_text)
    # A reported claim ("they will say that X") is matched by what it reports, X, as well.
    framed = np.flatnonzero(stance_model.reported(list(units), motion_text) >= REPORTED)
    inner = [reported_clause(units[int(i)]) for i in framed]
    if len(framed):
        found[:, framed] = np.maximum(found[:, framed], keypoints.match(inner, claims, motion_text))
    return np.asarray(MODEL_SHARE * found + (1 - MODEL_SHARE) * plain, dtype=np.float32)


def side_match(units: Sequence[str], points: Sequence[KeyPoint], motion_text: str) -> np.ndarray:
    """The reader's match of each unit with each key point read in full (claim, reasoning and
    evidence): which side's case a unit belongs to, rather than which claim it makes."""
    if not units or not points:
        return np.zeros((len(points), len(units)), dtype=np.float32)
    return keypoints.match(as_read(units), [p.text() for p in points], motion_text)


def reported_clause(unit: str) -> str:
    """The claim a reporting sentence carries: what follows its first "that" or colon, if early."""
    found = _COMPLEMENT.search(unit)
    return unit[found.end():] if found and found.start() < 0.6 * len(unit) else unit


def _fallback_match(units: Sequence[str], points: Sequence[KeyPoint]) -> np.ndarray:
    """Cosine of each key point with each unit, blended with the words they share.

    Shared words count from the claim, or from the reasoning and evidence behind it (a speech
    that retells the reasoning makes the point); words common to most points count for none.
    """
    encoder = get_encoder()
    unit_vectors = encoder.encode(list(units))
    point_vectors = encoder.encode([p.claim + " " + p.reasoning for p in points])
    cosines = np.clip(point_vectors @ unit_vectors.T, 0.0, 1.0)
    overlap = np.zeros_like(cosines)
    unit_words = [set(content_words(u)) for u in units]
    claims = [set(content_words(p.claim)) for p in points]
    behind = [set(content_words(p.reasoning + " " + p.evidence)) for p in points]
    counts = Counter(s for words in (*claims, *behind) for s in words)
    common = {s for s, n in counts.items() if n > max(2, len(points))}
    for row in range(len(points)):
        claim, support = claims[row] - common, behind[row] - common
        for col, found in enumerate(unit_words):
            by_claim = len(claim & found) / len(claim) if claim else 0.0
            by_support = len(support & found) / min(len(support), SUPPORT_WORDS) if support else 0.0
            overlap[row, col] = max(by_claim, SUPPORT_SHARE * min(1.0, by_support))
    return np.asarray(0.5 * cosines + 0.5 * np.minimum(1.0, overlap * 1.6), dtype=np.float32)
