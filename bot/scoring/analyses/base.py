"""What every analysis shares: its result (`Finding`) and the prepared speech (`Context`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.motions import Motion, SideName
from bot.scoring.analyses import signals
from bot.scoring.analyses.cues import (
    CONCLUSION,
    CONTRAST,
    FILLER,
    GENERIC,
    REASON,
    REFERS_BACK,
    ROADMAP,
    SIGNPOST,
    SOURCE,
    STEP,
    WEIGH,
)
from bot.scoring.encoder import get_encoder
from bot.scoring.speech import STOPWORDS, ParsedSpeech, content_words, stem, word_list, words

GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)
# Words of the motion's form, not its subject: "We should *adopt* socialism" is about socialism.
POLICY_STEMS = frozenset(stem(w) for w in word_list("""
house would should believe that regrets supports opposes prefers adopt ban abolish end introduce
subsidize subsidise legalize legalise support oppose prohibit limit increase reduce further exploit
protect mandatory compulsory allow require disband close suspend remove withdraw stop cut make
government state states countries country world society least beyond ahead others put give heavily
seriously return
"""))
# Connectives, source markers, stock weighing words and fillers: what is left of a sentence
# without them is its content.
MARKERS = (REASON, STEP, SOURCE, WEIGH, SIGNPOST, CONTRAST, FILLER)
EMPTY_STEMS = 2
# A speech word this close (cosine) to a word of the motion's subject counts as naming it.
WORD_NEAR = 0.45
MAX_VOCABULARY = 1500
# In motions with many subject words, those this close to the whole motion name its subject.
CENTRAL = 0.4
# How far below the units that name the subject a unit may sit and still count as carrying it on.
CLOSENESS_SLACK = 0.12


@dataclass(frozen=True)
class Tip:
    """One piece of advice and what it takes for granted about the speech.

    `lacks`: moves (see bot/scoring/consistency.py) the advice assumes the speech does not make;
    `quotes`: the sentences it asks the debater to change; `quoted_not`: moves those sentences
    must not already be (asking for evidence on a sentence that is evidence); `generic`: advice
    that fits any speech, never a card's priority.
    """

    text: str
    lacks: tuple[str, ...] = ()
    quotes: tuple[int, ...] = ()
    quoted_not: tuple[str, ...] = ()
    generic: bool = False


@dataclass(frozen=True)
class Praise:
    """A sentence worth quoting as a strength, and the move that makes it one."""

    unit: int
    text: str
    move: str = ""


@dataclass(frozen=True)
class Finding:
    """One analysis of a speech: a 0..1 score, the units it relied on, why, and what to do next.

    `tips` are the candidate next steps, best first (`tip` is the first); `shows` names the moves
    the analysis saw the speech make and where; `reason_if` gives the reason to use instead when
    another analysis shows a move this reason says is missing.
    """

    id: str
    score: float
    units: tuple[int, ...]
    reason: str
    tip: str
    strength: str = ""
    available: bool = True
    details: dict[str, Any] = field(default_factory=dict)
    # Every strength worth quoting, best first: a card quotes a different sentence for each
    # criterion where it can.
    praise: tuple[Praise, ...] = ()
    tips: tuple[Tip, ...] = ()
    shows: dict[str, tuple[int, ...]] = field(default_factory=dict)
    reason_if: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.praise and not self.strength:
            object.__setattr__(self, "strength", self.praise[0].text)
        if self.tips and not self.tip:
            object.__setattr__(self, "tip", self.tips[0].text)
        elif self.tip and not self.tips:
            object.__setattr__(self, "tips", (Tip(self.tip),))


@dataclass
class Context:
    """A speech prepared once for every analysis: units, vectors and per-unit signals."""

    speech: ParsedSpeech
    motion: Motion
    side: SideName
    vectors: np.ndarray
    motion_vector: np.ndarray
    unit_stems: list[set[str]]
    motion_stems: set[str]
    topic_stems: set[str]
    on_topic: np.ndarray
    stance: np.ndarray
    leaning: np.ndarray
    reported: np.ndarray
    meaning: np.ndarray
    quality: np.ndarray
    own_match: np.ndarray
    opp_match: np.ndarray
    own_case: np.ndarray
    opp_case: np.ndarray
    threshold: float
    motion_words: frozenset[str] = frozenset()
    memo: dict[str, Any] = field(default_factory=dict)  # results shared between analyses

    @property
    def units(self) -> tuple[str, ...]:
        """The speech's argument units."""
        return self.speech.units

    @property
    def side_stance(self) -> np.ndarray:
        """Stance per unit relative to the assigned side: above zero argues for it."""
        return self.stance if self.side == "prop" else -self.stance

    def topical(self, stems: set[str]) -> set[str]:
        """The stems that tie a passage to this speech's subject."""
        return stems & self.topic_stems

    def arguing(self) -> list[int]:
        """Topical units that argue: not the roadmap, a bare signpost or a sign-off."""
        return [i for i in range(len(self.units)) if self.on_topic[i] > 0
                and not ROADMAP.search(self.units[i]) and not CONCLUSION.match(self.units[i])]

    def empty_units(self) -> list[int]:
        """Units that say nothing once connectives, source markers and stock weighing words are
        taken out: nothing beyond the motion's own words and the words of argument itself."""
        if "empty" not in self.memo:
            self.memo["empty"] = [i for i in range(len(self.units)) if self.substance(i) < EMPTY_STEMS]
        return list(self.memo["empty"])

    def substance(self, i: int) -> int:
        """How many words of unit i add something to the motion, connectives and markers aside."""
        memo = self.memo.setdefault("substance", {})
        if i not in memo:
            memo[i] = len(self.beyond_motion(set(content_words(without_markers(self.units[i])))))
        return int(memo[i])

    def padded_units(self) -> list[int]:
        """Empty units that are there for their connectives, markers or stock phrases."""
        return [i for i in self.empty_units() if any(m.search(self.units[i]) for m in MARKERS)]

    def beyond_motion(self, stems: set[str]) -> set[str]:
        """Stems that add something to the motion: not its own words, not words of argument."""
        return stems - self.motion_stems - self.motion_words - GENERIC_STEMS - POLICY_STEMS


def without_markers(unit: str) -> str:
    """The unit with its connectives, source markers, stock weighing words and fillers taken out."""
    for marker in MARKERS:
        unit = marker.sub(" ", unit)
    return unit


def motion_topic_stems(motion: Motion) -> set[str]:
    """Content stems of the motion's own subject (its text and definitions)."""
    text = " ".join([motion.text, *motion.definitions.keys()])
    return {s for s in content_words(text) if s not in GENERIC_STEMS and s not in POLICY_STEMS}


def subject_stems(motion: Motion, speech: ParsedSpeech) -> set[str]:
    """Stems that name the motion's subject, plus the speech's words the encoder puts next to them.

    In a long motion only the words central to it (closest to the whole motion) name its
    subject: "ranks" or "least" in passing would otherwise make any sentence look on-topic.
    """
    stems = motion_topic_stems(motion)
    subject = sorted({w for w in words(" ".join([motion.text, *motion.definitions.keys()]))
                      if stem(w) in stems})
    if not subject:
        return stems
    encoder = get_encoder()
    subject_vectors = encoder.encode(subject)
    if len(subject) > 3:
        centrality = subject_vectors @ encoder.encode([motion.text])[0]
        keep = centrality >= min(CENTRAL, 0.6 * float(centrality.max()))
        subject = [w for w, k in zip(subject, keep, strict=True) if k]
        subject_vectors = subject_vectors[keep]
        stems = {stem(w) for w in subject}
    vocabulary = sorted({w for w in words(" ".join(speech.units)) if w not in STOPWORDS and len(w) > 2
                         and not w[0].isdigit() and stem(w) not in GENERIC_STEMS})[:MAX_VOCABULARY]
    if not vocabulary:
        return stems
    nearness = (encoder.encode(vocabulary) @ subject_vectors.T).max(axis=1)
    return stems | {stem(w) for w, near in zip(vocabulary, nearness, strict=True) if near >= WORD_NEAR}


def build_context(speech: ParsedSpeech, motion: Motion, side: SideName) -> Context:
    """Embed the units and compute topicality, stance, quality and key-point matches."""
    units = list(speech.units)
    encoder = get_encoder()
    vectors = encoder.encode(units) if units else np.zeros((0, 1), dtype=np.float32)
    motion_vector = encoder.encode([motion.text])[0]
    unit_stems = [set(content_words(u)) for u in units]
    motion_stems = subject_stems(motion, speech)
    # Topicality is read from each unit's claim, without the empty words that open it ("Experts agree
    # that …"): a marker does not bring a sentence closer to the motion.
    claims = signals.as_read(units)
    claim_stems = [set(content_words(c)) for c in claims]
    claim_vectors = encoder.encode(claims) if units else vectors
    # Topical per unit: names the motion's subject (or a word the encoder puts right next to it).
    on_topic = np.asarray([1.0 if s & motion_stems else 0.0 for s in claim_stems], dtype=np.float32)

    # The speech's own subject words: non-generic stems repeated across its topical units.
    counts: Counter[str] = Counter()
    for stems, topical in zip(claim_stems, on_topic, strict=True):
        if topical:
            counts.update(s for s in stems if s not in GENERIC_STEMS)
    point_stems = {
        s for p in (*motion.prop, *motion.opp) for s in content_words(p.claim) if s not in GENERIC_STEMS
    }
    topic_stems = motion_stems | point_stems | {s for s, n in counts.items() if n >= 2}
    # Units that carry on the subject without naming it count half: they share its words, or sit
    # as close to the motion as the units that name it do.
    named = on_topic >= 1
    if named.any():
        topic = motion_vector + claim_vectors[named].mean(axis=0)
        closeness = claim_vectors @ (topic / (float(np.linalg.norm(topic)) or 1.0))
        bar = float(np.percentile(closeness[named], 25)) - CLOSENESS_SLACK
        on_topic[(~named) & (closeness >= bar)] = 0.5
    for i, stems in enumerate(claim_stems):
        # A unit that refers back ("This keeps …", "So, they …") carries the topic on; a connective
        # alone ("So, …", "That is why …") does not: what follows it is judged by its own words.
        follows_on = i > 0 and on_topic[i - 1] > 0 and bool(REFERS_BACK.match(claims[i]))
        if not on_topic[i] and (len(stems & topic_stems) >= 2 or follows_on):
            on_topic[i] = 0.5

    own_points, opp_points = motion.points(side), motion.points("opp" if side == "prop" else "prop")
    empty = np.zeros(0, dtype=np.float32)
    return Context(
        speech=speech, motion=motion, side=side, vectors=vectors, motion_vector=motion_vector,
        unit_stems=unit_stems, motion_stems=motion_stems, topic_stems=topic_stems, on_topic=on_topic,
        stance=signals.stance(units, motion) if units else empty,
        leaning=signals.raw_leaning(units, motion.text) if units else empty,
        reported=signals.reported(units, motion.text) if units else empty,
        meaning=(signals.meaning(signals.as_read(units), motion.text) if units
                 else np.zeros((0, 1), dtype=np.float32)),
        quality=signals.argument_quality(units, motion.text) if units else np.zeros(0, dtype=np.float32),
        own_match=signals.match(units, own_points, motion.text),
        opp_match=signals.match(units, opp_points, motion.text),
        own_case=signals.side_match(units, own_points, motion.text),
        opp_case=signals.side_match(units, opp_points, motion.text),
        threshold=signals.match_threshold(), motion_words=frozenset(content_words(motion.text)),
    )


def praise(label: str, units: tuple[str, ...], indices: Iterable[int], limit: int = 5, move: str = "",
           ) -> tuple[Praise, ...]:
    """Candidate strengths "label: “quote”" for the given units, best first, without repeats;
    `move` is what each quoted sentence must do for the praise to stand."""
    chosen = [i for i in dict.fromkeys(indices) if 0 <= i < len(units)][:limit]
    return tuple(Praise(i, f"{label}: {short_quote(units[i])}", move) for i in chosen)


def saturate(value: float, target: float) -> float:
    """value/target capped at 1: reaching the target earns full marks, more earns nothing."""
    if target <= 0:
        return 1.0
    return float(min(1.0, max(0.0, value / target)))


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 sentence', '3 sentences'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def short_quote(text: str, limit: int = 110) -> str:
    """A sentence shortened for quoting on a card."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"“{cut} …”"
