"""A plan the essay argues against: "The transport authority wants to install X … The committee ought to
reject it." The debate is over the plan, so the plan is the motion and the author stands on the
Opposition; the author's own alternative ("fund staff instead") is a counter-proposal, not the motion.

Two things must both be there: near the start, someone else's plan stated as a wish or an intention ("X
wants / plans / proposes / intends to V …", "X is planning to V …", "X is consulting on a parking scheme");
and anywhere, the author's call to turn it down ("the committee should reject it", "the board ought to throw
it out", "say no to the plan", "the sale should be rejected", "I urge the committee to throw it out") or a
verdict that it would not work ("a permit scheme would not solve the problem").
"""

from __future__ import annotations

import re

from bot.drafting.measurephrase import adopted
from bot.drafting.proposals import parse_recommendation
from bot.drafting.reading import Essay, Sentence
from bot.drafting.recommendation import Recommendation
from bot.drafting.wording import head_noun

PLAN_WITHIN = 2  # paragraphs from the start in which the plan is stated

_PLAN = re.compile(
    r"^(?P<actor>(?:the|this|our|a|an|its|their|[A-Z][\w'-]*)\s+[^,;:]{1,70}?)\s+"
    r"(?:wants|plans|proposes|intends|hopes|aims|means|is\s+(?:planning|proposing|preparing|hoping|about|set|"
    r"poised|determined)|has\s+(?:proposed|decided|announced\s+(?:a\s+)?plans?))\s+to\s+(?P<vp>[a-z].+)$"
)
# A plan named as a thing rather than a verb: "The borough is consulting on a residents-only parking scheme
# for Station Street", "The trust has proposed a charge for …".
_NOUN_PLAN = re.compile(
    r"^(?P<actor>(?:the|this|our|its|their|[A-Z][\w'-]*)\s+[^,;:]{1,60}?)\s+"
    r"(?:is\s+(?:consulting\s+on|proposing|planning|considering|pressing\s+for)|has\s+proposed|proposes|"
    r"wants|plans)\s+(?P<np>(?:a|an)\s+[^,;:]{3,100})$"
)
# A plan named as someone's: "… will be asked to support the county's plan for a northern bypass".
_OWNED_PLAN = re.compile(
    r"\b(?P<actor>(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)['’]s\s+(?:plans?|proposals?|scheme|bid)\s+"
    r"(?:for|to\s+build)\s+(?P<np>(?:a|an)\s+[^,;:]{3,60}?)(?=\s*[,;:.]|\s+(?:and|which|that)\b|$)"
)
# A plan put to a vote by what it would do: "… will vote on a proposal from the police and the business
# district: to install live facial recognition cameras across the city centre", "a plan to close the pool".
_PROPOSED_TO = re.compile(
    r"\b(?:a|the)\s+(?:[\w-]+\s+)?(?:proposal|plan|scheme|bid)(?:(?:\s+(?:from|by)\s+[^:;]{2,80}?)?\s*:?\s+to"
    # "The proposal now before the county council would close nine branch libraries"
    r"|\s+(?:now\s+)?(?:before|put\s+to|on\s+the\s+table\s+at)\s+[^:;,]{2,60}?\s+would)\s+(?P<vp>[a-z].+)$",
    re.I,
)
# An application described by what it seeks: "… object to the above application, which seeks permission for a
# drive-through restaurant and car park on the field east of Holloway Lane, opposite the school".
_APPLICATION = re.compile(
    r"\b(?:application|proposal|bid|scheme)\b[^.;:]{0,60}?,?\s+which\s+(?:seeks|asks\s+for|requests|would\s+grant)\s+"
    r"(?:planning\s+)?(?:permission|consent|approval)\s+for\s+(?P<np>(?:a|an|the)\s+[^;:,]{3,120})",
    re.I,
)
# A plan told as proposed by nobody named: "It has lately been proposed in the vestry that the band should
# play in the gardens on Sundays".
_PROPOSED_THAT = re.compile(
    r"^it\s+(?:has|had|was|is)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:proposed|suggested|moved|urged)"
    r"(?:\s+(?:in|at|by|to|before)\s+[^,;:]{2,50}?)?,?\s+that\s+(?P<clause>.+)$", re.I)
_PRONOUN_ACTOR = re.compile(r"^(?:I|we|you|he|she|it|they|one)$", re.I)
# What the plan is called when it is turned down: "the plan", "the closure plan", "this sale", "the scheme".
_PLAN_NOUNS = (
    r"(?:plan|plans|proposal|proposals|scheme|idea|bid|project|move|policy|sale|closure|application|charge|"
    r"levy|ban|cuts?|changes?)"
)
_THE_PLAN = rf"(?:it|(?:the|this|that|such\s+a)\s+(?:[\w-]+\s+)?{_PLAN_NOUNS})"
_TURN_DOWN = (
    r"(?:reject|scrap|drop|abandon|refuse|decline|shelve|kill|block|oppose|say\s+no\s+to|vote\s+against|"
    r"throw\s+out|vote\s+down|turn\s+down)"
)
_REJECT = re.compile(
    r"\b(?:should|ought\s+to|must|needs?\s+to|has\s+to|have\s+to|"
    # "I ask you to come on Thursday and vote against it": the act is the second of two
    r"(?:I|we)\s+(?:urge|ask|call\s+on|beg)\s+[\w ]{2,40}?\s+to(?:\s+[\w ]{2,40}?\s+and)?|"
    r"(?:I|we)\s+(?:urge|ask|request|beg)\s+that\s+[\w ]{2,40}?|"  # "I ask that the committee refuse it"
    # "I hope, therefore, that the vestry will decline the proposal"
    r"(?:I|we)\s+(?:hope|trust)(?:\s*,\s*\w+\s*,)?\s+that\s+[\w ]{2,40}?\s+will)\s+"
    rf"(?:\w+ly\s+)?{_TURN_DOWN}\s+" + _THE_PLAN + r"\b"
    r"|\b(?:should|ought\s+to|must|(?:I|we)\s+(?:urge|ask|call\s+on|beg)\s+[\w ]{2,40}?\s+to)\s+"
    r"(?:\w+ly\s+)?(?:throw|vote|turn)\s+" + _THE_PLAN + r"\s+(?:out|down)\b"
    # "The council should think again": the plan sent back
    r"|\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:\w+ly\s+)?(?:think\s+again|reconsider)\s*[.!]?$"
    r"|^(?:so\s+|and\s+)?(?:say\s+no\s+to|reject|scrap|drop)\s+" + _THE_PLAN + r"\b"
    # "The sale should be rejected", "the scheme must be thrown out"
    r"|^(?:so\s+|and\s+|but\s+)?" + _THE_PLAN + r"\s+(?:should|must|ought\s+to)\s+be\s+(?:\w+ly\s+)?"
    r"(?:rejected|scrapped|dropped|abandoned|refused|shelved|withdrawn|blocked|thrown\s+out|turned\s+down|"
    r"voted\s+down)\b",
    re.I,
)
# A verdict that the plan would not work: "A permit scheme would not solve the problem; it would move it."
_FUTILE = re.compile(
    r"^(?:but\s+|yet\s+|and\s+)?(?:a|an|the|this|that|such\s+a)\s+(?:[\w-]+\s+){0,2}" + _PLAN_NOUNS
    + r"\s+(?:would|will|could)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:solve|fix|cure|end|help|work|save|stop|"
    r"reduce|cut|ease)\b",
    re.I,
)

_NAMED = re.compile(rf"\b(?:the|this|that|a|an)\s+(?:[\w-]+\s+)?{_PLAN_NOUNS}\b", re.I)
# What the motion's checks say, and what turns its points round: the essay's case is the Opposition's.
AGAINST_PLAN = (
    "the essay argues AGAINST this plan: the author is Opposition, so the essay's arguments are listed as "
    "Opposition points and its supporters' as Proposition; check both"
)


def rejects_plan(text: str, head: str = "") -> bool:
    """Whether a sentence calls for a plan named just before to be turned down ("the board ought to throw it
    out", "the governors should reject the plan"); `head`: the noun the plan was named by ("bypass"), which
    may stand for it ("vote against the bypass")."""
    refused = re.search(r"\b(?:not|never)\s+(?:\w+\s+)?(?:reject|scrap|drop|throw|vote|turn)\b", text, re.I)
    # "The plan would not solve everything, but it is a start": a concession, not a verdict against it
    conceded = re.search(r"\b(?:but|yet|though|however)\b", text, re.I)
    futile = _FUTILE.match(text.strip()) is not None and not conceded
    if head:
        text = re.sub(rf"\bthe\s+(?:[\w-]+\s+)?{re.escape(head)}\b", "the plan", text, flags=re.I)
    return (_REJECT.search(text) is not None or futile) and not refused


_DECIDER = re.compile(r"^(?:so\s+|and\s+|but\s+)?(?:the|our|this)\s+(?:[\w-]+\s+)?(?P<head>[a-z]+)\s+"
                      r"(?:should|must|ought|needs?)\b", re.I)


def _decider_named(rejection: str, plan: str) -> bool:
    """Whether a rejection is put to the body the plan sentence named as deciding it ("The proposal now before
    the county council …" … "The council should think again")."""
    found = _DECIDER.match(rejection.strip())
    return found is not None and re.search(rf"\b{found.group('head')}\b", plan, re.I) is not None


def opposed_plan(essay: Essay, verbs: set[str]) -> tuple[Sentence, Recommendation] | None:
    """The plan the essay argues against, as a recommendation ("the county should build X"), and the
    sentence that states it; None unless the essay states a plan near its start and calls for its
    rejection, or says at once that those who want it are wrong."""
    generic = [s for s in essay.sentences if rejects_plan(s.text)]
    for sentence in essay.sentences:
        if sentence.paragraph >= PLAN_WITHIN + _first_paragraph(essay):
            break
        answered = _answered(essay, sentence)
        text = sentence.text.strip().rstrip(".!")
        plain = re.sub(r"^(?:now|so|and|but|yet),?\s+", "", text, flags=re.I)
        match = _PLAN.match(plain)
        named = None if match else (_NOUN_PLAN.match(plain) or _OWNED_PLAN.search(plain))
        proposed = None if match or named else _PROPOSED_TO.search(plain)
        applied = None if match or named or proposed else _APPLICATION.search(plain)
        put_to_vote = bool(proposed or applied)  # the body that votes on it, or decides it, is the House
        if proposed:
            match = _PLAN.match(f"the House plans to {proposed.group('vp')}")
        elif applied:  # an application: the House would grant the permission it seeks
            match = _PLAN.match(f"the House plans to grant planning permission for {applied.group('np')}")
        rejecting, head = generic, ""
        if named is not None:  # "X is consulting on a parking scheme …": the plan is to introduce it
            match = _PLAN.match(f"{named.group('actor')} plans to {adopted(named.group('np'))}")
            # "vote against the car park": the plan by its own name, the head of "a car park on the green"
            head = head_noun(named.group("np"))
            rejecting = [s for s in essay.sentences if rejects_plan(s.text, head)]
        if not (rejecting or answered) or sentence.text.strip().endswith("?"):
            continue
        told = None if match else _PROPOSED_THAT.match(plain)
        if told and generic:  # "It has been proposed that X should V" … "I hope they will decline it"
            first = re.split(r",?\s+and\s+that\s+", told.group("clause"), maxsplit=1)[0]  # one "that" clause
            rec = parse_recommendation(first, verbs)
        elif match is None:
            reported = _REPORTED.match(text)
            if reported is None or not answered:
                continue
            clause = reported.group("clause") or f"let's {reported.group('wish')[3:]}"  # "Some want to V"
            rec = parse_recommendation(clause, verbs)
        else:
            actor = match.group("actor")
            if _PRONOUN_ACTOR.match(actor) or re.search(r"\b(?:not|never|no\s+longer)\b", actor):
                continue
            if not answered and not any(
                (s.paragraph == sentence.paragraph and s.index > sentence.index) or _NAMED.search(s.text)
                or (head and re.search(rf"\b{re.escape(head)}\b", s.text, re.I))
                or _decider_named(s.text, sentence.text)  # "The council should think again"
                for s in rejecting
            ):
                continue  # "it" rejected in another paragraph may be anything
            rec = parse_recommendation(f"{'we' if put_to_vote else actor} should {match.group('vp')}", verbs)
        if rec is not None and rec.actions and not rec.negative:
            return sentence, rec
    return None


# Others' proposal, reported: "Some people think the town should close the pool", "Many argue that X must V".
_REPORTED = re.compile(
    r"^(?:now\s+|and\s+|but\s+|yet\s+)?(?:some|many|a\s+few|several|others|plenty)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:(?:think|say|argue|believe|suggest|claim|insist|feel|tell\s+us)\s+(?:that\s+)?(?P<clause>.+)"
    r"|(?:want|wish|would\s+like|hope|plan|propose|are\s+pressing)\s+(?P<wish>to\s+[a-z].+))$",
    re.I,
)
# The author's verdict on them, a short sentence of its own: "They are wrong.", "That would be a mistake."
_WRONG = re.compile(
    r"^(?:but\s+|well,?\s+)?(?:(?:they|those\s+people|these\s+people|such\s+people|the\s+critics)\s+"
    r"(?:are|'re|’re)\s+(?:(?:quite|simply|plainly|badly|dead)\s+)?(?:wrong|mistaken)"
    r"|(?:that|this|it)\s+(?:would\s+be|is)\s+(?:a\s+)?(?:(?:grave|terrible|serious|big|huge)\s+)?"
    r"(?:mistake|wrong|folly|error)"
    r"|I\s+(?:strongly\s+)?disagree)\b[^,;]{0,30}[.!]?$",
    re.I,
)


def _answered(essay: Essay, sentence: Sentence) -> bool:
    """Whether the next sentence, in the same paragraph, says at once that the view just stated is wrong."""
    following = essay.sentences[sentence.index + 1] if sentence.index + 1 < len(essay.sentences) else None
    return (
        following is not None
        and following.paragraph == sentence.paragraph
        and _WRONG.match(following.text.strip()) is not None
    )


def _first_paragraph(essay: Essay) -> int:
    """The paragraph number of the essay's first sentence (a title line may come before it)."""
    return essay.sentences[0].paragraph if essay.sentences else 0
