"""How often an essay comes back to a claim: the share of its paragraphs that take up the claim's words again.

An essay states many things once; its thesis is the one it returns to. Among thesis candidates of similar
centrality, the one whose own words recur across the most paragraphs is the one the author argues, not a
remark made in passing. The essay's topic words (found in half its paragraphs or more) are shared by every
candidate and are not counted. A text that comes as one paragraph (many speeches do) gives no such evidence,
and a claim taken up in fewer than MIN_RETURNS paragraphs gets no credit (once or twice is chance).
"""

from __future__ import annotations

from bot.drafting.ranking import Centrality
from bot.drafting.reading import Essay, Sentence

SHARED = 2  # content words a sentence must share with the claim to take it up again
MIN_RETURNS = 3  # paragraphs that must come back to a claim before its return counts
WEIGHT = 2.0  # how much a thesis candidate's score grows with the share of paragraphs that return to it


def returned_to(
    essay: Essay, centrality: Centrality, sentence: Sentence, topic: set[str] | None = None,
) -> float:
    """The share of the essay's paragraphs (0-1) with another sentence sharing at least SHARED content words
    with this one; 0 when fewer than MIN_RETURNS paragraphs do. `topic`: the essay's topic words, when
    already worked out (see `_topic`)."""
    stems = centrality.stems
    paragraphs = {s.paragraph for s in essay.sentences}
    if topic is None:
        topic = _topic(essay, stems, len(paragraphs))
    mine = stems[sentence.index] - topic
    returning = {
        s.paragraph for s in essay.sentences
        if s.index != sentence.index and len(mine & stems[s.index]) >= SHARED
    }
    if len(returning) < MIN_RETURNS:
        return 0.0
    return len(returning) / len(paragraphs)


def _topic(essay: Essay, stems: list[set[str]], paragraphs: int) -> set[str]:
    """The essay's topic words: those found in at least half its paragraphs, which every candidate shares and
    which so say nothing about which claim the essay returns to."""
    where: dict[str, set[int]] = {}
    for s in essay.sentences:
        for stem in stems[s.index]:
            where.setdefault(stem, set()).add(s.paragraph)
    return {stem for stem, found in where.items() if 2 * len(found) >= paragraphs}


def by_return(essay: Essay, centrality: Centrality, theses: list[tuple[Sentence, float]]) -> list[
    tuple[Sentence, float]
]:
    """Thesis candidates reordered by their score raised by how widely the essay returns to them."""
    topic = _topic(essay, centrality.stems, len({s.paragraph for s in essay.sentences}))
    return sorted(theses, key=lambda pair: -pair[1] * (1 + WEIGHT * returned_to(essay, centrality, pair[0],
                                                                                topic)))
