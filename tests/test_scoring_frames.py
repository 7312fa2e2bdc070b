"""How the frame around a claim is read: a connective that joins a sentence to the speech is not
part of its claim, a first-person frame ("I am delighted to propose that …") is the speaker's own
voice and not a report, and the card never picks a side statement as the argument to work on.

The wordings here are written for these tests; none is in a bench or in the reader's training frames.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from scoring_samples import embassy_motion

from bot.drafting.voice import own_claim
from bot.motions import Motion, load_bank
from bot.scoring import score
from bot.scoring.analyses import build_context
from bot.scoring.analyses.clash import exchanges
from bot.scoring.analyses.cues import OWN_VIEW
from bot.scoring.analyses.quality import quality
from bot.scoring.analyses.signals import as_read, match, stance
from bot.scoring.analyses.statements import side_statements
from bot.scoring.speech import read_speech

CLAIMS = (
    "Diplomats who stay in Baghdad keep a channel open to the Kurdish parties and to reformers.",
    "Cutting relations would leave Tehran as the only capital with real access to Iraqi ministers.",
    "The militias answer to the prime minister only on paper.",
)
JOINED = ("Thus, {x}", "It follows that {x}", "Second, {x}", "As a result, {x}", "And for this reason, {x}",
          "What is more, {x}")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@pytest.mark.parametrize("frame", JOINED)
def test_a_connective_that_opens_a_sentence_is_not_read_as_part_of_its_claim(frame: str) -> None:
    motion = embassy_motion()
    joined = [frame.format(x=_lower_first(c)) for c in CLAIMS]
    assert as_read(joined) == list(CLAIMS)
    points = [*motion.prop, *motion.opp]
    claims = list(CLAIMS)
    assert np.allclose(match(joined, points, motion.text), match(claims, points, motion.text), atol=1e-6)
    assert np.allclose(stance(joined, motion), stance(list(CLAIMS), motion), atol=1e-6)


def test_a_short_connective_sentence_is_read_whole() -> None:
    assert as_read(["Thus, it fails.", "Second, yes."]) == ["Thus, it fails.", "Second, yes."]


@pytest.mark.parametrize("sentence", [
    "We are delighted to propose that the embassy should close.",
    "I would respectfully submit that the embassy should close.",
    "And we firmly maintain that the embassy should close.",
    "I go further and assert that the embassy should close.",
    "It therefore follows from everything above that the embassy should close.",
    "I'm here to argue that the embassy should close.",
])
def test_a_first_person_or_concluding_frame_is_the_speakers_own_view(sentence: str) -> None:
    assert OWN_VIEW.match(sentence)


@pytest.mark.parametrize("sentence", [
    "I used to think that the embassy should close.",
    "We were told that the embassy should close.",
    "They maintain that the embassy should close.",
    "I once believed that the embassy should close.",
    "Critics assert that the embassy should close.",
    "We have heard it said that the embassy should close.",
])
def test_a_past_or_second_hand_view_is_not_the_speakers_own(sentence: str) -> None:
    assert not OWN_VIEW.match(sentence)


def test_a_drafted_thesis_in_the_authors_own_first_person_frame_is_kept() -> None:
    motion = "This House believes that standing armies in peacetime endanger liberty"
    for frame in ("I venture further, and hold that {x}.", "It follows from all I have said, that {x}."):
        assert own_claim(motion, frame.format(x="standing armies in peacetime endanger liberty"))


SEVERAL_STATEMENTS = """\
We should close the American embassy in Baghdad and suspend relations with Iraq.
I back this motion because an embassy that cannot leave its compound buys no influence.

Our diplomats have been rocketed repeatedly, and each attack forces staff into bunkers for days. The \
militias that fire the rockets sit inside Iraq's own security forces and draw state salaries. Talking to a \
government that pays your attackers rewards the attacks. A suspension with a clear condition, that the \
militias be disarmed, gives Baghdad a reason to act that years of meetings have not.

Some say leaving hands Iraq to Iran. Iran already holds that influence through the militias themselves, \
and our presence has not reduced it.

For these reasons I am glad to propose the motion.
"""


def test_no_tip_asks_the_speaker_to_cut_or_rework_a_side_statement() -> None:
    ctx = build_context(read_speech(SEVERAL_STATEMENTS), embassy_motion(), "prop")
    stated = {i for _, i in side_statements(ctx)}
    assert len(stated) >= 2
    for tip in quality(ctx).tips:
        assert not set(tip.quotes) & stated, tip.text


@pytest.mark.parametrize("statement", [
    "Our team backs preserving the American mission in Baghdad and normal ties with Iraq's government.",
    "We support continuing to deal with Baghdad through a working embassy.",
    "My side endorses leaving our diplomats in Baghdad where they are.",
    "I stand behind not closing the embassy in Baghdad.",
])
def test_backing_the_opposite_of_the_motion_never_states_the_proposition(statement: str) -> None:
    ctx = build_context(read_speech(f"{statement} {BODY}"), embassy_motion(), "opp")
    assert all(sign < 0 for sign, _ in side_statements(ctx)), side_statements(ctx)


def test_backing_the_motion_restated_states_the_proposition() -> None:
    statement = "My bench stands behind shutting the Baghdad embassy and freezing ties with Iraq."
    ctx = build_context(read_speech(f"{statement} {BODY}"), embassy_motion(), "prop")
    assert [sign for sign, _ in side_statements(ctx)][:1] == [1.0]


BODY = ("Rockets have hit the embassy compound many times. The militias behind them are on the state "
        "payroll. Iran's influence in Baghdad runs through those same militias.")


EMBASSY_CASE = ("Our staff in Baghdad spend weeks at a time in bunkers while rockets fall on the "
                "compound. The militias who fire them are paid from Iraq's own state budget. Keeping an "
                "embassy open in those conditions tells Baghdad that attacks on us carry no cost. ")


@pytest.mark.parametrize("exchange", [
    "Members across the aisle would have us believe that leaving hands Iraq to Tehran. Tehran's grip runs "
    "through the very militias our presence has failed to restrain.",
    "The benches opposite keep telling us that the embassy is our only window on Iraqi politics. Consulates "
    "in Erbil and envoys in Amman can keep that window open without a target in the Green Zone.",
    "You may well say that diplomats should never walk away. Walking away for a stated reason, with a stated "
    "condition for return, is itself diplomacy.",
    "A sceptic might retort that suspension punishes ordinary Iraqis. Ordinary Iraqis are the first victims "
    "of militias that the present policy leaves untouched.",
])
def test_a_reworded_rebuttal_opener_is_read_as_an_exchange(exchange: str) -> None:
    ctx = build_context(read_speech(EMBASSY_CASE + exchange), embassy_motion(), "prop")
    found = exchanges(ctx)
    assert found and found[-1][0] == len(ctx.units) - 2, (found, ctx.units[-2:])


WORK_ID = "kant-asylum-right-to-work"
WORK_BODY = ("Claimants wait many months for a decision. Nurses and builders among them sit idle in hostels "
             "while employers advertise the very jobs they could do. A claimant in work pays tax.")

@pytest.mark.parametrize(("motion_id", "statement", "body", "side"), [
    (WORK_ID, "Put us down as wholehearted advocates of letting claimants work from day one.", WORK_BODY,
     "prop"),
    (WORK_ID, "Put me down as an opponent of handing out work permits with the asylum form.", WORK_BODY,
     "opp"),
])
def test_a_side_stated_as_wanting_or_backing_the_policy_in_other_words_is_read(
    motion_id: str, statement: str, body: str, side: str,
) -> None:
    motion = load_bank().get(motion_id)
    assert motion is not None
    ctx = build_context(read_speech(f"{statement} {body}"), motion, side)  # type: ignore[arg-type]
    assert side_statements(ctx)[:1] == [(1.0 if side == "prop" else -1.0, 0)]


@pytest.mark.parametrize(("motion_text", "statement", "side"), [
    ("This House supports banning fireworks sales to the public.",
     "Ban the sale of fireworks to the public.", "prop"),
    ("This House supports raising the school leaving age to eighteen.",
     "Our bench backs raising the leaving age for schools to eighteen.", "prop"),
    ("This House would abolish the monarchy.",
     "My side stands behind scrapping the monarchy for good.", "prop"),
    ("This House would ban tobacco advertising.",
     "This side of the House cannot accept a ban on tobacco adverts.", "opp"),
    ("This House would cut the top rate of income tax.",
     "We are firmly in favour of cutting the top rate of tax.", "prop"),
])
def test_the_policy_named_by_any_form_of_its_verb_states_a_side(
    motion_text: str, statement: str, side: str,
) -> None:
    body = ("The evidence on this question is mixed, and both sides cite studies. What matters is who pays "
            "and who gains.")
    ctx = build_context(read_speech(f"{statement} {body}"), Motion.ad_hoc(motion_text), side)  # type: ignore[arg-type]
    assert side_statements(ctx)[:1] == [(1.0 if side == "prop" else -1.0, 0)]


@pytest.mark.parametrize(("motion_text", "statement", "side"), [
    ("This House would ban tobacco advertising.", "So vote for the ban.", "prop"),
    ("This House would ban tobacco advertising.", "I would urge the House to vote this ban down.", "opp"),
    ("This House would legalise cannabis.", "Please, vote against legalisation.", "opp"),
    ("This House would legalise cannabis.", "You should all vote for legalisation tonight.", "prop"),
    ("This House would abolish the monarchy.", "This motion deserves to be carried.", "prop"),
    ("This House would abolish the monarchy.", "Tonight's resolution should be thrown out.", "opp"),
    ("This House would abolish the monarchy.", "The proposal must not pass.", "opp"),
    ("This House would abolish the monarchy.", "Our answer, in the end, is a resounding yes.", "prop"),
    ("This House would abolish the monarchy.", "The answer from these benches is no.", "opp"),
    ("This House would cut the top rate of income tax.", "I'll be backing this cut.", "prop"),
    ("This House would cut the top rate of income tax.", "We will not be supporting this cut.", "opp"),
])
def test_asking_the_room_to_vote_or_saying_what_should_become_of_the_motion_states_a_side(
    motion_text: str, statement: str, side: str,
) -> None:
    body = ("The evidence on this question is mixed, and both sides cite studies. What matters is who pays "
            "and who gains.")
    ctx = build_context(read_speech(f"{body} {statement}"), Motion.ad_hoc(motion_text), side)  # type: ignore[arg-type]
    assert [sign for sign, _ in side_statements(ctx)] == [1.0 if side == "prop" else -1.0]


@pytest.mark.parametrize("statement", [
    "Our opponents will urge you to vote for the ban, and they are wrong.",
    "They say the motion should be carried.",
    "Some in this room would answer yes.",
])
def test_someone_elses_call_to_vote_states_no_side(statement: str) -> None:
    body = "Tobacco adverts reach children. Sales fell where adverts were banned."
    motion = Motion.ad_hoc("This House would ban tobacco advertising.")
    ctx = build_context(read_speech(f"{statement} {body}"), motion, "prop")
    assert side_statements(ctx) == []


def test_a_restatement_that_shares_the_motions_own_negation_backs_it() -> None:
    """'never to fire first' does not turn round a motion for never using the weapons first."""
    motion = Motion.ad_hoc("This House believes that nuclear states should never use nuclear weapons first.")
    statement = "Nuclear states should never use nuclear weapons first, and my team backs that gladly."
    body = "Deterrence needs only the certainty of a reply."
    ctx = build_context(read_speech(f"{statement} {body}"), motion, "prop")
    assert [sign for sign, _ in side_statements(ctx)][:1] == [1.0]


def test_a_bench_named_beside_the_proposal_is_not_the_proposition() -> None:
    """'our side on tonight's proposal: no' opposes the motion: "proposal" is not "Proposition"."""
    body = ("Zoos fund field conservation and keep species like the Arabian oryx alive. Children who meet a "
            "tiger care about tigers. Good zoos have raised welfare standards.")
    speech = f"{body} The verdict of our side on tonight's proposal: no."
    ctx = build_context(read_speech(speech), Motion.ad_hoc("This House would ban zoos."), "opp")
    assert [sign for sign, _ in side_statements(ctx)] == [-1.0]


@pytest.mark.parametrize(("motion_text", "statement", "side"), [
    ("This House would ban zoos.", "We should not ban zoos; I am glad to oppose this motion.", "opp"),
    ("This House would ban zoos.", "Zoos must not be banned, and I am honoured to oppose the motion.", "opp"),
    ("This House would ban zoos.", "I don't think anyone should ban zoos, and I'm proud to oppose.", "opp"),
    ("This House would ban zoos.", "Nobody should ban zoos, and it is my privilege to oppose.", "opp"),
    ("This House would legalise cannabis.",
     "We must not keep cannabis illegal; I am delighted to propose.", "prop"),
    ("This House would legalise cannabis.",
     "Cannabis should not be legalised; we are proud to oppose the ban's repeal.", "opp"),
    ("This House would scrap university tuition fees.",
     "We should not scrap tuition fees; I will happily oppose the motion.", "opp"),
    ("This House would scrap university tuition fees.",
     "No student should pay tuition fees, and I am proud to support the motion.", "prop"),
])
@pytest.mark.parametrize("where", ["opening", "closing"])
def test_a_negation_in_one_clause_does_not_turn_round_the_stance_of_another(
    motion_text: str, statement: str, side: str, where: str,
) -> None:
    """'We should not ban zoos; I am glad to oppose this motion' opposes it twice over: the "not"
    of the first clause does not turn "oppose" round into support."""
    body = "The evidence is mixed, and both sides cite studies. What matters is who pays and who gains."
    speech = f"{statement} {body}" if where == "opening" else f"{body} {statement}"
    ctx = build_context(read_speech(speech), Motion.ad_hoc(motion_text), side)  # type: ignore[arg-type]
    assert [sign for sign, _ in side_statements(ctx)] == [1.0 if side == "prop" else -1.0]


def test_a_side_statement_whose_clauses_disagree_states_no_side() -> None:
    body = "The evidence is mixed, and both sides cite studies. What matters is who pays and who gains."
    speech = f"We should ban zoos; I am proud to oppose this motion. {body}"
    ctx = build_context(read_speech(speech), Motion.ad_hoc("This House would ban zoos."), "prop")
    assert side_statements(ctx) == []


@pytest.mark.parametrize(("motion_text", "statement", "side"), [
    ("This House would ban zoos.", "I ask this chamber to pass the ban.", "prop"),
    ("This House would ban zoos.", "So I would urge you all to throw this ban out.", "opp"),
    ("This House would legalise cannabis.", "Join us in rejecting this proposal.", "opp"),
    ("This House would legalise cannabis.", "We urge the judges to adopt legalisation tonight.", "prop"),
    ("This House would abolish the monarchy.", "I call on the House to carry the motion.", "prop"),
])
def test_asking_the_room_to_pass_or_throw_out_the_policy_states_a_side(
    motion_text: str, statement: str, side: str,
) -> None:
    body = "The evidence is mixed, and both sides cite studies. What matters is who pays and who gains."
    ctx = build_context(read_speech(f"{body} {statement}"), Motion.ad_hoc(motion_text), side)  # type: ignore[arg-type]
    assert [sign for sign, _ in side_statements(ctx)] == [1.0 if side == "prop" else -1.0]


def test_the_benchs_own_answer_states_its_side_even_when_what_follows_sounds_reported() -> None:
    """"The answer from our bench is no: …" is the speaker's own, whatever the clause after the
    colon sounds like."""
    motion = Motion.ad_hoc("This House believes that doctors should refuse to treat patients who smoke.")
    statement = ("The answer from our bench is no: doctors should not turn smokers away, whatever some "
                 "commentators have claimed about cost.")
    body = "Medicine treats the sick, not the blameless. Smokers pay the taxes that fund their care."
    ctx = build_context(read_speech(f"{statement} {body}"), motion, "opp")
    assert [sign for sign, _ in side_statements(ctx)][:1] == [-1.0]


# An Opposition speech that talks in the Proposition's words (attention, bullying, distraction)
# while arguing against the ban, and says so in words at both ends.
_PHONES_OPP_IN_THEIR_WORDS = """\
I oppose this motion, and I will say why in terms of attention and bullying, the very things \
the Proposition cares about.

Attention is a skill, and skills are learned by practice. A pupil who never meets a distraction at \
school meets all of them at once at university, with nobody to teach her how to put the phone face down.

Bullying does not stop at the school gate when phones are locked away; it moves to the evening, \
where no teacher can see it. A school that allows phones can see the messages, deal with them and \
call in the parents the next morning.

A ban also takes away the cheapest tool a poor pupil has: the calculator, the dictionary, the \
bus timetable and the call home when a lesson runs late.

Teach pupils to manage their phones instead of pretending the phones do not exist. I urge you \
to reject this ban.
"""


def test_a_side_stated_in_words_is_not_overridden_by_a_body_that_borrows_the_other_sides_words() -> None:
    motion = load_bank().get("carr-phones-in-schools")
    assert motion is not None
    own = score(_PHONES_OPP_IN_THEIR_WORDS, motion, "opp")
    other = score(_PHONES_OPP_IN_THEIR_WORDS, motion, "prop")
    assert "wrong_side" not in own.flags
    assert "wrong_side" in other.flags
    assert own.total - other.total >= 25


@pytest.mark.parametrize("sentence", [
    "So we want to start off this debate by explaining the two principles that will guide our case.",
    "I would like to begin tonight by setting out how we see this debate.",
])
def test_talk_about_the_debate_itself_is_not_a_side_statement(sentence: str) -> None:
    body = ("Smartphones in class pull attention from lessons. Schools that locked them away saw calmer "
            "rooms. Bullying by message fell as well.")
    ctx = build_context(read_speech(f"{sentence} {body}"), Motion.ad_hoc("This House would ban smartphones "
                                                                        "in schools."), "prop")
    assert 0 not in [i for _, i in side_statements(ctx)]


@pytest.mark.parametrize(("declared", "body", "flagged"), [
    (-1.0, 0.3, True),    # worded "we oppose": a body leaning 0.3 the other way does not overrule it
    (-1.0, 0.6, False),   # a body that clearly argues the given side does
    (-0.5, 0.3, False),   # a statement only the reader reads gives way sooner
    (-0.5, 0.1, True),
])
def test_a_worded_side_statement_stands_unless_the_body_clearly_argues_the_given_side(
    monkeypatch: pytest.MonkeyPatch, declared: float, body: float, flagged: bool,
) -> None:
    side_module = importlib.import_module("bot.scoring.analyses.side")
    monkeypatch.setattr(side_module, "declared_side", lambda ctx: (declared, 0))
    monkeypatch.setattr(side_module, "lean", lambda ctx: (0.0, body, 0, np.zeros(len(ctx.units), np.float32)))
    ctx = build_context(read_speech("We oppose this. Phones distract pupils. Bans are hard to enforce."),
                        Motion.ad_hoc("This House would ban smartphones in schools."), "prop")
    assert side_module.side(ctx).details["wrong_side"] is flagged


@pytest.mark.parametrize(("motion_text", "statement", "side"), [
    ("This House would make voting compulsory.", "Compulsory voting? Count me out.", "opp"),
    ("This House would make voting compulsory.",
     "Make voting compulsory: that is the whole of our case.", "prop"),
    ("This House would make voting compulsory.", "Mark me down as a supporter of compulsory voting.", "prop"),
    ("This House would make school meals free.", "Free school meals for every child? Sign us up.", "prop"),
    ("This House would ban zoos.", "We are firmly on the side of the motion tonight.", "prop"),
    ("This House would ban zoos.", "I stand squarely with the side of the Opposition.", "opp"),
    ("This House would ban zoos.", "My team will be voting this ban down.", "opp"),
    ("This House would legalise cannabis.", "Our side is voting for legalisation.", "prop"),
])
def test_a_policy_made_so_a_side_taken_and_a_team_voting_state_a_side(
    motion_text: str, statement: str, side: str,
) -> None:
    """On a motion that makes something compulsory or free, the adjective names the policy; being
    on the motion's side and a team's vote are the speaker's own statements."""
    body = "The evidence is mixed, and both sides cite studies. What matters is who pays and who gains."
    for speech in (f"{statement} {body}", f"{body} {statement}"):
        ctx = build_context(read_speech(speech), Motion.ad_hoc(motion_text), side)  # type: ignore[arg-type]
        assert [sign for sign, _ in side_statements(ctx)] == [1.0 if side == "prop" else -1.0]


@pytest.mark.parametrize("opening", [
    "Must every town close its libraries? That is what we are here to settle.",
    "Whether councils ought to close their libraries is tonight's question.",
    "If the council should close the libraries, where would pupils revise?",
    "Should councils close libraries, or should they find the money elsewhere?",
])
def test_the_policy_asked_about_or_supposed_states_no_side(opening: str) -> None:
    motion = Motion.ad_hoc("This House believes that councils should close public libraries.")
    body = "Reading rooms are quiet in the mornings. Loans have fallen for a decade."
    ctx = build_context(read_speech(f"{opening} {body}"), motion, "prop")
    assert side_statements(ctx) == []


@pytest.mark.parametrize("statement", [
    "Councils should close their public libraries.",
    "So, councils must close public libraries.",
    "I say councils should close public libraries.",
])
def test_the_policy_stated_after_a_lead_in_still_states_a_side(statement: str) -> None:
    motion = Motion.ad_hoc("This House believes that councils should close public libraries.")
    body = "Reading rooms are quiet in the mornings. Loans have fallen for a decade."
    ctx = build_context(read_speech(f"{statement} {body}"), motion, "prop")
    assert [sign for sign, _ in side_statements(ctx)] == [1.0]


@pytest.mark.parametrize(("statement", "side"), [
    ("Public libraries should not be closed.", "opp"),
    ("Town councils must never close their public libraries.", "opp"),
    ("Councillors ought not to close a single library.", "opp"),
    ("In my view public libraries must be closed.", "prop"),
])
def test_the_policy_negated_with_any_subject_states_a_side(statement: str, side: str) -> None:
    motion = Motion.ad_hoc("This House believes that councils should close public libraries.")
    body = "Reading rooms are quiet in the mornings. Loans have fallen for a decade."
    ctx = build_context(read_speech(f"{statement} {body}"), motion, "prop")
    assert [sign for sign, _ in side_statements(ctx)] == [1.0 if side == "prop" else -1.0]


def test_a_prediction_that_the_policy_will_not_happen_states_no_side() -> None:
    motion = Motion.ad_hoc("This House believes that councils should close public libraries.")
    body = "Reading rooms are quiet in the mornings. Loans have fallen for a decade."
    speech = read_speech(f"The budget will not close a single library this year. {body}")
    ctx = build_context(speech, motion, "prop")
    assert side_statements(ctx) == []


def test_a_no_compound_is_not_a_negation() -> None:
    motion = Motion.ad_hoc("This House would abolish no-fly lists.")
    body = "Names land on the lists by mistake. Nobody can see the evidence against them."
    ctx = build_context(read_speech(f"No-fly lists should be scrapped at once. {body}"), motion, "prop")
    assert [sign for sign, _ in side_statements(ctx)] == [1.0]
