"""The drafting shortlist (issue 11): after the rules' motions, the learned model's best other candidates.

The essay is written for this test. The rules find its proposal and stop; the shortlist adds the claim the
essay argues in its own voice, marked for the curator, complete, and not the proposal in other words.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.drafting import draft_essay
from bot.drafting import shortlist as shortlist_module
from bot.drafting.compose import admissible, candidates
from bot.drafting.finding import find
from bot.drafting.ranking import Centrality, content_stems, overlap
from bot.drafting.reading import read_essay
from bot.drafting.shortlist import FEATURES, Candidate, features, shortlisted
from bot.drafting.structure import problem
from bot.scoring import weights

MARKET = """Keep the Saturday market car-free

Every Saturday morning the market square fills with stalls, prams and pensioners, and every Saturday \
morning delivery vans and drivers looking for a shortcut nose their way through the crowd. Last month a van \
reversing out of Bell Lane clipped a fruit stall and knocked an elderly shopper to the ground.

The district council should close the market square to all motor traffic from seven in the morning until \
four in the afternoon on Saturdays.

Traders worry that their customers will stay away if they cannot park at the door. The evidence from towns \
that have tried it says otherwise: footfall in pedestrianised centres usually rises, because people linger \
when they are not dodging bumpers.

A square full of engines is a worse place to shop, to meet and to bring children. Clean air in the town \
centre is worth more than a few minutes saved by drivers who could use the ring road.

Deliveries can be made before seven, as they already are in the high street. Blue badge holders can be given \
bays on Church Street, thirty metres away.

The council has the powers it needs. What it lacks is the nerve to use them.
"""

SHORTLISTED = "ranked by the shortlist model"


def test_the_shortlist_adds_the_essays_own_judgement_after_the_rules_proposal() -> None:
    draft = draft_essay(MARKET)
    texts = [m.text for m in draft.motions]
    assert "close the market square to all motor traffic" in texts[0]
    added = [m for m in draft.motions if any(SHORTLISTED in c for c in m.checks)]
    assert added, texts
    assert any("clean air" in m.text.lower() for m in added), texts
    for motion in added:
        assert problem(motion.text) is None
        earlier = texts[: texts.index(motion.text)]
        assert all(overlap(content_stems(motion.text), content_stems(t)) < 0.5 for t in earlier)
        assert motion.prop, "a shortlisted motion gets its key points like any other"
    assert len(draft.motions) <= 3


def test_a_story_still_gets_no_motion() -> None:
    story = (
        "The Lighthouse Keeper\n\nThe keeper climbed the stairs at dusk, as he had every evening for thirty "
        "years. He wiped the salt from the great lens and lit the lamp. Far out, a fishing boat turned for "
        "home. He wrote the time in the ledger, made his tea, and sat by the window while the beam swept the "
        "dark water. In the morning his daughter rowed out with bread and the newspaper. They talked about "
        "the weather and the price of coal. When she left he climbed the stairs again. In winter the storms "
        "came in from the west, and for days at a time no boat put out from the harbour. He mended nets that "
        "were not his, read the same three books, and counted the gulls on the rail. One January the supply "
        "boat was a week late, and he ate the last of the tinned peaches on a Sunday. When the boat came at "
        "last, the young man at the oars said that the company meant to fit an electric lamp next year. The "
        "keeper nodded, took the sacks of flour, and asked after the young man's mother."
    )
    draft = draft_essay(story)
    assert draft.motions == ()


def _candidate(text: str, sentence: int = 0, policy: bool = False) -> Candidate:
    return Candidate(text, "policy" if policy else "value", (), sentence, policy, 0, 1.0)


def test_shortlisted_keeps_room_floor_order_and_admission(monkeypatch: pytest.MonkeyPatch) -> None:
    essay = read_essay(MARKET, None)
    centrality = Centrality([s.text for s in essay.sentences])
    found = [
        _candidate("This House believes that A is best", 1),
        _candidate("This House believes that B is worse", 2),
        _candidate("This House believes that A is best", 3),  # the same words: once only
        _candidate("This House believes that C is wrong", 4),
        _candidate("This House believes that D is unfair", 5),
    ]
    floor = weights.load("shortlist").scalar("floor")
    given = np.array([floor + 3, floor + 1, floor + 2, floor + 2.5, floor - 0.5])
    monkeypatch.setattr(shortlist_module, "scores", lambda *_: given)
    asked: list[str] = []

    def admit(candidate: Candidate) -> bool:
        asked.append(candidate.text)
        return "C is" not in candidate.text

    picked = shortlisted(found, essay, centrality, 2, admit)
    assert [c.text for c in picked] == [
        "This House believes that A is best", "This House believes that B is worse"]
    assert "This House believes that D is unfair" not in asked  # below the floor: never read
    assert shortlisted(found, essay, centrality, 0, admit) == []


def test_a_further_belief_that_only_tells_what_is_so_is_not_admitted() -> None:
    essay = read_essay(MARKET, None)
    findings = find(essay, Centrality([s.text for s in essay.sentences]))
    told = _candidate("This House believes that the market square fills with stalls every Saturday", 2)
    judged = _candidate("This House believes that a square full of engines is a worse place to shop", 5)
    assert not admissible(told, findings, [])
    assert admissible(judged, findings, [])
    proposal = (
        "This House would close the market square to all motor traffic on Saturdays", "policy", [], {2})
    again = _candidate(
        "This House believes that the market square should close to motor traffic on Saturdays", 2)
    assert not admissible(again, findings, [proposal])  # the rules' motion in other words


def test_the_shipped_weights_fit_the_features() -> None:
    model = weights.load("shortlist")
    assert model.meta["features"] == list(FEATURES)
    assert model["coef"].shape == (len(FEATURES),) == model["mean"].shape == model["scale"].shape
    essay = read_essay(MARKET, None)
    findings = find(essay, Centrality([s.text for s in essay.sentences]))
    found = candidates(findings)
    assert found and features(found, essay, findings.centrality).shape == (len(found), len(FEATURES))
    assert all(problem(c.text) is None for c in found)
