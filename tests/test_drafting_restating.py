"""The essay's main proposal is the one it makes again: restatement as a ranking signal (round 21).

Short essays written for these tests (invented town, our own sentences): the thesis is stated early and
again at the close, and a side proposal is made once in the middle; the first drafted motion must carry the
thesis. An essay whose only proposal is the side one must still draft it.
"""

from __future__ import annotations

import pytest

from bot.drafting import draft_essay
from bot.drafting.finding import find
from bot.drafting.ranking import Centrality
from bot.drafting.reading import read_essay
from bot.drafting.restating import CAP, restatement_credit, restatements

POOL = """Keep the Pool Open

The council should open the town swimming pool all year round. Every winter the pool closes for five
months, and every spring the swimming clubs have to start again from almost nothing. Children who learned
to swim in August have forgotten half of what they knew by April, and their teachers spend the first weeks
of the season repeating old lessons. Older residents lose the one form of exercise that is kind to their
knees and hips. The council should also repaint the bandstand in the park before the summer fairs. But the
closed pool is the real loss to the town. Heating a covered pool through the winter costs less than the
council fears, because the new boiler was paid for two years ago and sits idle half the year. A pool that
stays open every month keeps its swimmers, its clubs and its trained lifeguards. So open the town swimming
pool all year round, in winter as in summer.
"""

POOL_IN_PARAGRAPHS = """Keep the Pool Open

The council should open the town swimming pool all year round. Every winter the pool closes for five
months, and every spring the swimming clubs have to start again from almost nothing.

Children who learned to swim in August have forgotten half of what they knew by April, and their teachers
spend the first weeks of the season repeating old lessons. Older residents lose the one form of exercise
that is kind to their knees and hips.

I recommend that the council build a new bandstand in the park before the summer fairs. Heating a covered
pool through the winter costs less than the council fears, because the new boiler was paid for two years
ago and sits idle half the year.

A pool that stays open every month keeps its swimmers, its clubs and its trained lifeguards. In short, the
council should open the town swimming pool all year round, in winter as in summer.
"""

LIBRARY = """Libraries After Dark

The town library shuts at five o'clock, just as most people finish work and could finally use it.
Students have nowhere quiet to study in the evening, and parents cannot bring their children in after
school and work. The reading room sits dark and empty while the noisy cafes on the high street fill up.
The library should stay open until nine in the evening on weekdays. Several retired teachers have offered
to help at the desk, and the heating is already on for the council offices upstairs. Late opening would
cost little and would bring in readers who never see the library now. The council might also print a new
map of the cycle paths. Evening hours are what the library needs most, and keeping the library open until
nine in the evening on weekdays is the way to give them to the people who pay for it.
"""

BANDSTAND_ONLY = """The Bandstand

Our park has been the heart of the town for more than a hundred years. Families picnic on its lawns every
weekend from spring to autumn, and the summer fairs fill it with music, stalls and laughter. The old oaks
along the river give shade on the hottest days, and the pond draws ducks and children alike. Walkers and
cyclists cross it on their way to the station early every weekday morning, and the schools use the meadow
for their sports days. The council should repaint the bandstand before the summer fairs begin. Its green
paint is peeling from every rail, and the visitors who come for the brass concerts notice it at once. A
park that is so loved by so many people deserves to look its best when the whole town gathers there in
July, and a fresh coat of paint is a small price for that.
"""


def _first(text: str) -> str:
    return draft_essay(text).motions[0].text.lower()


@pytest.mark.parametrize("text", [POOL, POOL_IN_PARAGRAPHS])
def test_restated_thesis_is_the_first_motion(text: str) -> None:
    first = _first(text)
    assert "swimming pool" in first and "all year" in first
    assert "bandstand" not in first


def test_restated_evening_hours_come_first() -> None:
    first = _first(LIBRARY)
    assert "library" in first and "nine" in first
    assert "cycle" not in first


def test_a_lone_side_proposal_is_still_drafted() -> None:
    draft = draft_essay(BANDSTAND_ONLY)
    assert draft.motions
    assert "repaint the bandstand" in draft.motions[0].text


def _findings(text: str) -> tuple[Centrality, list[tuple[str, int]]]:
    essay = read_essay(text)
    centrality = Centrality([s.text for s in essay.sentences])
    found = find(essay, centrality).recommendations
    return centrality, [(" and ".join(f.rec.actions[i] for i in f.picked), f.sentence.index) for f in found]


def test_restatements_count_the_thesis_not_the_aside() -> None:
    centrality, found = _findings(POOL_IN_PARAGRAPHS)
    counts = {action: restatements(centrality, action, index) for action, index in found}
    pool = next(n for action, n in counts.items() if "swimming pool" in action)
    bandstand = next(n for action, n in counts.items() if "bandstand" in action)
    assert pool >= 1 and bandstand == 0
    assert found[0][0].startswith("open the town swimming pool")


def test_a_neighbouring_sentence_is_no_restatement() -> None:
    texts = [
        "The council should open the town swimming pool all year round.",
        "Opening the town swimming pool all year round would keep the clubs alive.",
        "The bandstand needs paint.",
        "Nobody likes the new car park.",
    ]
    centrality = Centrality(texts)
    assert restatements(centrality, "open the town swimming pool all year round", 0) == 0
    texts.append("So open the town swimming pool all year round.")
    centrality = Centrality(texts)
    assert restatements(centrality, "open the town swimming pool all year round", 0) == 1


def test_credit_is_bounded_and_needs_content_words() -> None:
    texts = ["We should ban cars in the old town."] + [
        f"Ban cars in the old town, reason {n}." for n in range(2 * CAP)
    ]
    centrality = Centrality(texts)
    assert restatement_credit(centrality, "ban cars in the old town", 0) == 1.0
    assert restatement_credit(centrality, "act", 0) == 0.0
