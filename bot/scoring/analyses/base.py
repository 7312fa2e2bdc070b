"""What every analysis shares: its result (`Finding`) and the prepared speech (`Context`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.motions import Motion, SideName
from bot.scoring.analyses import signals
from bot.scoring.analyses.cues import GENERIC
from bot.scoring.encoder import get_encoder
from bot.scoring.speech import Speech, content_words, stem, word_list

GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)
# Words of the motion's form, not its subject: "We should *adopt* socialism" is about socialism.
POLICY_STEMS = frozenset(stem(w) for w in word_list("""
house would should believe that regrets supports opposes prefers adopt ban abolish end introduce
subsidize subsidise legalize legalise support oppose prohibit limit increase reduce further exploit
protect mandatory compulsory allow require disband close suspend remove withdraw stop cut make
government state states countries country world society
"""))
# Unrelated motions: a sentence closer to one of these than to the motion is not about it.
DECOYS = (
    "We should ban school uniforms in public schools.",
    "Governments should fund space exploration and missions to Mars.",
    "Social media companies should be held liable for what their users post.",
    "Professional athletes are paid far too much money.",
    "We should legalise the sale of human organs.",
    "Zoos should be abolished and animals returned to sanctuaries.",
    "Homework should be banned in primary schools.",
    "Nuclear power is the best way to fight climate change.",
    "Video games make children more violent.",
    "Tourism does more harm than good to developing countries.",
    "Cities should ban private cars from their centres.",
    "Artists should be free to use any material for their art.",
    "Cooking at home is healthier than eating at restaurants.",
    "Family holidays by the sea are better than city trips.",
    "The military should intervene to stop wars and attacks by armed groups abroad.",
    "Countries should impose trade tariffs and sanctions to protect their industries.",
    "Governments should raise taxes on the rich to fund public services.",
    "Police should be allowed to use facial recognition cameras.",
    "Universities should be free for every student.",
    "Religion should have no place in politics and elections.",
    "Newspapers and journalists should reveal their sources.",
    "Parents should vaccinate their children against disease.",
    "Companies should let employees work from home.",
    "Smartphones should be banned for teenagers.",
    "Prisons should focus on rehabilitation rather than punishment.",
    "The voting age should be lowered to sixteen.",
    "Immigration brings more benefits than costs to a nation.",
    "Artificial intelligence will destroy more jobs than it creates.",
)
DECOY_SIMILARITY_LIMIT = 0.55


@dataclass(frozen=True)
class Finding:
    """One analysis of a speech: a 0..1 score, the units it relied on, why, and what to do next."""

    id: str
    score: float
    units: tuple[int, ...]
    reason: str
    tip: str
    strength: str = ""
    available: bool = True
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """A speech prepared once for every analysis: units, vectors and per-unit signals."""

    speech: Speech
    motion: Motion
    side: SideName
    vectors: np.ndarray
    motion_vector: np.ndarray
    unit_stems: list[set[str]]
    motion_stems: set[str]
    topic_stems: set[str]
    on_topic: np.ndarray
    stance: np.ndarray
    quality: np.ndarray
    own_match: np.ndarray
    opp_match: np.ndarray
    threshold: float
    decoy_margin: float

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


def motion_topic_stems(motion: Motion) -> set[str]:
    """Content stems of the motion's own subject (its text and definitions)."""
    text = " ".join([motion.text, *motion.definitions.keys()])
    return {s for s in content_words(text) if s not in GENERIC_STEMS and s not in POLICY_STEMS}


def _decoy_vectors(motion_vector: np.ndarray) -> np.ndarray:
    vectors = get_encoder().encode(list(DECOYS))
    keep = vectors @ motion_vector < DECOY_SIMILARITY_LIMIT
    return vectors[keep]


def build_context(speech: Speech, motion: Motion, side: SideName) -> Context:
    """Embed the units and compute topicality, stance, quality and key-point matches."""
    units = list(speech.units)
    encoder = get_encoder()
    motion_passage = " ".join(p for p in (motion.text, motion.info_slide) if p)
    vectors = encoder.encode(units) if units else np.zeros((0, 1), dtype=np.float32)
    motion_vector = encoder.encode([motion.text])[0]
    passage_vector = encoder.encode([motion_passage])[0]
    unit_stems = [set(content_words(u)) for u in units]
    motion_stems = motion_topic_stems(motion)

    # Topical per unit: names the subject, or sits closer to the motion than to unrelated motions.
    on_topic = np.zeros(len(units), dtype=np.float32)
    margin = 0.0
    if units:
        decoys = _decoy_vectors(motion_vector)
        to_motion = np.maximum(vectors @ motion_vector, vectors @ passage_vector)
        to_decoys = (vectors @ decoys.T).max(axis=1) if len(decoys) else np.zeros(len(units))
        semantic = to_motion > to_decoys + 0.02
        lexical = np.asarray([bool(s & motion_stems) for s in unit_stems])
        on_topic = (semantic | lexical).astype(np.float32)
        centroid = vectors.mean(axis=0)
        norm = float(np.linalg.norm(centroid)) or 1.0
        centroid = centroid / norm
        decoy_best = float((decoys @ centroid).max()) if len(decoys) else 0.0
        margin = float(centroid @ motion_vector) - decoy_best

    # The speech's own subject words: non-generic stems repeated across its topical units.
    counts: Counter[str] = Counter()
    for stems, topical in zip(unit_stems, on_topic, strict=True):
        if topical:
            counts.update(s for s in stems if s not in GENERIC_STEMS)
    point_stems = {
        s for p in (*motion.prop, *motion.opp) for s in content_words(p.claim) if s not in GENERIC_STEMS
    }
    topic_stems = motion_stems | point_stems | {s for s, n in counts.items() if n >= 2}
    # Units that carry on the subject without naming it count half.
    for i, stems in enumerate(unit_stems):
        if not on_topic[i] and len(stems & topic_stems) >= 2:
            on_topic[i] = 0.5

    own_points, opp_points = motion.points(side), motion.points("opp" if side == "prop" else "prop")
    return Context(
        speech=speech, motion=motion, side=side, vectors=vectors, motion_vector=motion_vector,
        unit_stems=unit_stems, motion_stems=motion_stems, topic_stems=topic_stems, on_topic=on_topic,
        stance=signals.stance(units, motion.text) if units else np.zeros(0, dtype=np.float32),
        quality=signals.argument_quality(units, motion.text) if units else np.zeros(0, dtype=np.float32),
        own_match=signals.match(units, own_points), opp_match=signals.match(units, opp_points),
        threshold=signals.match_threshold(), decoy_margin=margin,
    )


def saturate(value: float, target: float) -> float:
    """value/target capped at 1: reaching the target earns full marks, more earns nothing."""
    if target <= 0:
        return 1.0
    return float(min(1.0, max(0.0, value / target)))


def short_quote(text: str, limit: int = 110) -> str:
    """A sentence shortened for quoting on a card."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"“{cut} …”"
