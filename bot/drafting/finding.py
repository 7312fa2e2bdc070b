"""Finding an essay's recommendations, theses, concessions and satire markers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.drafting.actors import with_actor, with_patient
from bot.drafting.asks import asked_measure
from bot.drafting.challenges import granted_for_argument
from bot.drafting.complements import better_served, complement_proposal, impersonal_proposal, let_actor
from bot.drafting.conclusions import concluded
from bot.drafting.confirmations import confirmed_proposal
from bot.drafting.cues import (
    CONCESSION_PATTERNS,
    CONCLUSION,
    EVALUATIVE,
    EVIDENCE_CUES,
    SATIRE_CUES,
    THESIS_CUES,
)
from bot.drafting.demands import others_price
from bot.drafting.deontics import deontic_proposal
from bot.drafting.exhortations import is_call, restate
from bot.drafting.framedclaims import framed_claim
from bot.drafting.framing import proposal_heading
from bot.drafting.fullnames import named_in_full
from bot.drafting.listheads import heading_under_set_aside, in_set_aside_section, under_troubles
from bot.drafting.measures import (
    closing_clause,
    judged_means,
    jussive,
    means_of_benefit,
    nominal_proposal,
    pseudo_cleft,
    quoted_measure,
    recommended_means,
    sums_up,
)
from bot.drafting.narration import narrates
from bot.drafting.needs import needed_measure
from bot.drafting.nominals import stated_proposal
from bot.drafting.objectrefs import with_clause_object, with_object
from bot.drafting.ownbills import own_bill_effect
from bot.drafting.precedents import followed_example
from bot.drafting.proposals import Recommendation, parse_recommendation
from bot.drafting.questions import ANSWER_WITHIN, answered_use, assertion
from bot.drafting.quotations import inside_quotation, opens_quoted, their_answer
from bot.drafting.ranking import Centrality, content_stems, overlap
from bot.drafting.reading import Essay, Sentence
from bot.drafting.replies import replied_order
from bot.drafting.requests import parse_request
from bot.drafting.resolutions import resolved_item
from bot.drafting.restating import WEIGHT as RESTATED_WEIGHT
from bot.drafting.restating import restatement_credit
from bot.drafting.substance import substance
from bot.drafting.theses import policy_thesis, value_thesis, vouched_claim, vouched_clause
from bot.drafting.weighing import role_penalty, support
from bot.drafting.wishes import wished_measure
from bot.drafting.wording import strip_openers

# Verbs that open policy proposals; the essay's own "-ing"/"-ed" forms add to these.
_POLICY_VERBS_TEXT = """
abolish accept adopt allow appoint ban block boycott build cancel cap change charge close compensate
condemn create cut decriminalise decriminalize defund delay deny deport deprive disband drop educate
eliminate embrace encourage end enforce enact establish expand expel extend fine force forbid freeze
fund give grant guarantee halt impose increase intervene introduce invest issue join keep launch
legalise legalize limit lower mandate move nationalise nationalize offer open outlaw pardon pay
permit phase prioritise prioritize privatise privatize prohibit protect provide punish purge raise
recall recognise recognize reduce reform regulate reinstate reject release relocate remove repeal
replace require reset restore restrict resume return reward scrap sanction sever share shut spend
stop strengthen subsidise subsidize suspend take tax teach tighten train treat trust vote walk
withdraw withhold widen narrow double halve publish hire license label monitor inspect audit jail
sell buy lift pause delay rebuild reopen repair support oppose boost
install lay resurface reseed dredge mend admit televise
"""
POLICY_VERBS = frozenset(_POLICY_VERBS_TEXT.split())
_WEAK_ACTIONS = re.compile(
    r"^(?:take (?:\w+ )?action|act|do (?:more|better|something)|try|continue|work|help"
    # "make a difference" asks nothing; "make every carriage a quiet carriage" is an act
    r"|make\s+(?:a\s+(?:difference|start|change|stand|fresh\s+start)|(?:(?:a|an|new|fresh|greater|every|all)\s+)?"
    r"efforts?|progress|changes|it\s+happen|sure|no\s+mistake|way|(?:the|a)\s+(?:most|best)\s+of"
    r"|things\s+(?:better|right)|do|good)\b)\b", re.I
)
# A call that says how to vote and nothing of what: "vote yes on Thursday", "vote for it".
_CONTENTLESS = re.compile(
    r"^(?:(?:vote|say)\s+(?:yes|no|aye|nay|for\s+(?:it|this|them|that)|against\s+(?:it|this|them|that))"
    # "make that decision before the schools break up": a decision named, its content said elsewhere
    r"|make\s+(?:that|this|the|such\s+a|a|their|its)\s+(?:decision|choice|call)|report\s+back(?:\s+to\s+[^,;]+)?)\b"
    r"(?:\s+(?:on|at|in|next|this|tomorrow|today|tonight|before|by|soon|now|quickly|without)\b[^,;]*)?$",
    re.I)
# "The time has come for X to …" closes an essay by restating its slogan; the concrete proposal is earlier.
_RESTATEMENT = re.compile(r"^(?:the time has come|it is time|now is the time|it's time)\b", re.I)
# An ask added to another: "We also ask our members to …", "In addition, the board should …".
_ADDED_ASK = re.compile(
    r"^(?:(?:we|i|the\s+\w+|this\s+\w+)\s+(?:would\s+|will\s+|shall\s+|must\s+)?also\b|also\b|in\s+addition\b|"
    r"further(?:more)?\s*,|besides\s*,)", re.I)
# "The first step is to …", "we need to …": a proposal in disguise, not a thesis.
_PROPOSING = re.compile(r"\b(?:step is to|is to (?:stop|start)|needs? to|have to|has to)\b")
# Abstract objects make slogans, not motions: "end the cycle", "fix the mess".
_VAGUE_OBJECTS = re.compile(
    r"\b(?:cycle|situation|problem|madness|mess|status quo|approach|nonsense|failure|trend|habit|game|"
    r"charade|folly|things|matters|issue|question|debate|conversation|way forward|future|path|course)\b",
    re.I,
)


def known_verbs(essay: Essay) -> set[str]:
    """Base verbs: the policy list plus every word the essay also uses with -ing or -ed."""
    words = {w.lower() for s in essay.sentences for w in re.findall(r"[A-Za-z]+", s.text)}
    verbs = set(POLICY_VERBS)
    for word in words:
        for suffix in ("ing", "ed"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                    if candidate in words and len(candidate) > 2:
                        verbs.add(candidate)
    return verbs


@dataclass(frozen=True)
class FoundRecommendation:
    """A recommendation, the actions worth putting in a motion, and how central it is."""

    sentence: Sentence
    rec: Recommendation
    picked: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Concession:
    """Something the essay grants the other side, and the author's answer if there is one."""

    sentence: Sentence
    kind: str
    granted: str
    answer: str
    referent: str = ""  # what "it"/"they" in the granted claim means ("defenders of homework" → homework)
    answered_by: int = -1  # index of the next sentence when it holds the author's answer


@dataclass(frozen=True)
class Findings:
    """What the essay argues, ready for wording."""

    essay: Essay
    centrality: Centrality
    recommendations: tuple[FoundRecommendation, ...]
    theses: tuple[tuple[Sentence, float], ...]
    concessions: tuple[Concession, ...]
    satire: tuple[str, ...]


def evidence_weight(text: str) -> float:
    """How much a sentence reads like evidence: figures, dates, named sources and people."""
    cues = len(EVIDENCE_CUES.findall(text))
    names = len(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", text))
    return min(1.0, 0.25 * cues + 0.1 * names)


def _echo(stems: set[str], centrality: Centrality, skip: int) -> float:
    """How often the essay comes back to these words (other sentences sharing most of them)."""
    hits = sum(
        1
        for i, other in enumerate(centrality.stems)
        if i != skip and overlap(stems, other) >= 0.5 and len(stems & other) >= 2
    )
    return min(1.0, hits / 5)


# "the measure", "the amendment": a proposal named a sentence or two before ("a proposed amendment of
# the Constitution abolishing slavery passed the Senate, but failed …").
_THE_MEASURE = re.compile(
    r"\bthe (?:measure|proposal|bill|amendment|resolution)\b(?!\s+(?:of|to|for|that|which))", re.I
)
_NAMED_MEASURE = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>(?:proposed|pending)\s+(?:amendment|bill|measure|resolution|law)\b[^,;:]{0,90}?)\s+"
    r"(?:passed|was|is|has|had|failed|went|came|will|would|which|that)\b",
    re.I,
)


def _named_measure(rec: Recommendation, essay: Essay, index: int) -> Recommendation:
    """The recommendation with "the measure" replaced by the proposal the essay named just before."""
    if not any(_THE_MEASURE.search(a) for a in rec.actions):
        return rec
    for back in range(index - 1, max(-1, index - 4), -1):
        named = _NAMED_MEASURE.search(essay.sentences[back].text)
        if named:
            phrase = "the " + named.group("np").strip()
            actions = tuple(_THE_MEASURE.sub(phrase, a, count=1) for a in rec.actions)
            return replace(rec, actions=actions)
    return rec


def _next_text(essay: Essay, index: int) -> str:
    """The sentence after the one at `index` in the same paragraph, or ""."""
    if index + 1 >= len(essay.sentences):
        return ""
    after = essay.sentences[index + 1]
    return after.text if after.paragraph == essay.sentences[index].paragraph else ""


# "The remedy … is neither to A nor to B. It is to establish C": the answer comes in the next sentence.
_REMEDY_DENIED = re.compile(
    r"^(?:but\s+)?(?:the|our|my)\s+(?P<noun>remedy|cure|answer|solution|way\s+out|(?:right\s+|wise\s+)?course)"
    r"\b[^.;:]*?\bis\s+(?:not|neither)\b", re.I)
_REMEDY_GIVEN = re.compile(r"^(?:but\s+)?(?:it|this)\s+is\s+(?P<rest>to\s+[a-z].+)$", re.I)


def _remedy_given(essay: Essay, index: int, verbs: set[str], centrality: Centrality) -> str | None:
    """ "It is to establish a national bank", after "The remedy is neither to A nor to B": the remedy's act
    as a proposal ("we should establish a national bank"), or None."""
    sentence = essay.sentences[index]
    given = _REMEDY_GIVEN.match(sentence.text.strip())
    if given is None or index == 0 or essay.sentences[index - 1].paragraph != sentence.paragraph:
        return None
    denied = _REMEDY_DENIED.match(essay.sentences[index - 1].text.strip())
    if denied is None:
        return None
    return complement_proposal(f"The {denied['noun']} is {given['rest']}", verbs, centrality.encoder)


def find_recommendations(essay: Essay, centrality: Centrality, verbs: set[str]) -> list[FoundRecommendation]:
    """Every recommendation, best first, one per distinct proposal."""
    title = content_stems(essay.title or "")
    found: list[FoundRecommendation] = []
    for sentence in essay.sentences:
        if _not_the_authors(essay, sentence):
            continue
        followed = followed_example(essay, sentence.index)  # "England should do the same", with the act named
        if followed is not None:
            sentence = replace(sentence, text=followed)
        framed = asked_measure(sentence.text, _next_text(essay, sentence.index))
        judged = judged_means(sentence.text, verbs)  # "Phasing out free parking is a great way to start"
        restated = (  # "it is high time that X did Y", "why not Y?", "Abolition of X.", "let X be Ved"
            restate(sentence.text, verbs)
            or (None if under_troubles(essay, sentence.index) else nominal_proposal(sentence.text, verbs))
            or jussive(sentence.text)
            or means_of_benefit(sentence.text, verbs)  # "X, by converting A into B, will restore …"
            # "… it may be expedient to guard … by such encouragements to X as will …"
            or recommended_means(sentence.text, verbs)
            or closing_clause(sentence.text)  # "for since A, and B, X must be permitted"
            or _remedy_given(essay, sentence.index, verbs, centrality)  # "… is neither A nor B. It is to C."
            or pseudo_cleft(sentence.text)  # "What we want is to …"
            or judged
            or vouched_clause(sentence.text)  # "Yet I hold that the library ought to be opened on Sundays"
            or needed_measure(sentence.text)  # "We need phone-free lunch breaks: …"
            # "All we ask is a fair hearing …", "Our demand is simple. Free meals for …"
            or framed
            # "The Proposal: A Register of Private Landlords", a heading over the scheme
            or (proposal_heading(sentence.text) if sentence.standalone else None)
        )
        complement = None if restated else (
            # "It is essential that X V", "X has a duty to V", "our demand is that X V": a deontic governor
            deontic_proposal(sentence.text, verbs)
            or resolved_item(essay, sentence.index)  # "This Council resolves: / To restore …"
            or confirmed_proposal(essay, sentence.index)  # "So your advice is that X should V? / Yes."
            or replied_order(essay, sentence.index)  # "What is the first step? We reply, emancipate girls."
            or wished_measure(sentence.text)  # "If there were X, the injustice would be evened out"
            or let_actor(sentence.text, verbs)  # "So let the water board pay the farmers"
            or complement_proposal(sentence.text, verbs, centrality.encoder)  # "The sensible course is to …"
            or impersonal_proposal(sentence.text, verbs)  # "It would be wise to repeal the duty"
            or better_served(sentence.text, verbs)  # "The parish would be better served by opening X"
            # "the acquisition of X is desirable", "let there be X licensed", "unless we V X, where …?"
            or stated_proposal(sentence.text, verbs)
            # "I shall send a new Act …. The bill will permit X": the author's bill, by what it does
            or own_bill_effect(essay, sentence.index, verbs)
        )
        restated = restated or complement
        if restated is None:  # "To what objects shall the surplus be applied?" and the answer after it
            after = sentence.index + 1
            following = [s.text for s in essay.sentences[after : after + ANSWER_WITHIN]]
            complement = answered_use(sentence.text, following, verbs)
            restated = complement
        rec = (
            parse_request(sentence.text, verbs)
            or policy_thesis(sentence.text, verbs)
            or parse_recommendation(with_object(essay, sentence, verbs) or sentence.text, verbs)
        )
        if restated is not None:
            requested = rec is not None and rec.asked  # "We therefore ask that X V": asked, however restated
            rec = parse_recommendation(restated, verbs) or rec
            # a call, a summing up, or an act the author judges the way forward: the author's own ask
            called = is_call(sentence.text) or sums_up(sentence.text) or restated == judged
            if rec is not None and (requested or called or complement or restated == framed):
                rec = replace(rec, asked=True)  # the author's own call, as explicit as a request
        if rec is None:
            kept = with_actor(essay, sentence)  # "It should dredge the brook", said of the council
            rec = parse_recommendation(kept, verbs) if kept else None
        if rec is None and (patient := with_patient(essay, sentence)):
            rec = parse_recommendation(patient, verbs)  # "They should be scrapped": the tests just named
            sentence = replace(sentence, text=patient)
        if rec is None and (called_on := with_clause_object(essay, sentence)):
            # "The exam is the fairest test, and universities should keep it": the call, its "it" named, is
            # the sentence the motion is cut from and checked against
            rec = parse_recommendation(called_on, verbs)
            sentence = replace(sentence, text=called_on)
        if rec is None:
            continue
        if _continued_order(sentence, rec):
            continue  # "… who volunteer to man the out-works, / and set up excuses …": a piece, no order
        if all(_CONTENTLESS.match(a) for a in rec.actions):
            continue  # "Vote yes on Thursday": how to vote, not what is voted on
        rec = _named_measure(rec, essay, sentence.index)
        rec = named_in_full(rec, essay, sentence.index)  # "scrap the cap": the salary cap named before
        rec = quoted_measure(rec, essay, sentence.index, verbs) or rec  # "the following resolution: …"
        echoes = [_echo(content_stems(a), centrality, sentence.index) for a in rec.actions]
        usable = [i for i, a in enumerate(rec.actions) if not _WEAK_ACTIONS.match(a)] or [0]
        first = usable[0]
        picked: tuple[int, ...] = (first,)
        rest = sorted((i for i in usable if i != first), key=lambda i: -echoes[i])
        if (
            rest
            and echoes[rest[0]] >= 0.5 * max(echoes[first], 0.2)
            and len(rec.actions[first]) + len(rec.actions[rest[0]]) <= 150
        ):
            picked = (first, rest[0])
        stems = set().union(*(content_stems(rec.actions[i]) for i in picked))
        action = " and ".join(rec.actions[i] for i in picked)
        # one score: meaning (coverage, centrality, echoes, restatement), cue strength (asked, summed up,
        # a conclusion), place (title, opening), less conditions, vagueness and the sentence's role
        # (weighing.role)
        score = (
            0.5 * centrality.coverage(action, sentence.index)  # by meaning: how much the essay says of it
            + (0.2 if rec.asked else 0.0)  # "I recommend that …", "I urge you to …"
            + (0.25 if sums_up(sentence.text) else 0.0)  # "… summed up in the single sentence: X"
            + 0.35 * float(centrality.scores[sentence.index])
            + 0.35 * sum(echoes[i] for i in picked) / len(picked)
            + RESTATED_WEIGHT * restatement_credit(centrality, action, sentence.index)  # made again elsewhere
            + (0.25 if CONCLUSION.search(sentence.text) else 0.0)
            - (0.15 if _RESTATEMENT.match(sentence.text) else 0.0)
            - (0.15 if _ADDED_ASK.match(sentence.text) else 0.0)  # "We also ask …": a further, lesser ask
            + 0.15 * overlap(stems, title)
            + (0.05 if sentence.standalone else 0.0)
            + (0.2 if sentence.paragraph <= max(1, essay.paragraphs // 5) else 0.0)
            - (0.3 if rec.conditional else 0.0)
            - (0.1 if rec.negative else 0.0)
            - (0.4 if len(stems) < 2 else 0.0)
            - 0.25 * sum(1 for i in picked if _VAGUE_OBJECTS.search(rec.actions[i])) / len(picked)
            + 0.05 * min(len(picked), 2)
            - role_penalty(sentence.text)  # proposed only as an example, a reported view or an aside
            + substance(action)  # a bare aim and a step that only studies fall below a measure
        )
        found.append(FoundRecommendation(sentence, rec, picked, score))
    found = _listed_first(essay, found)
    found.sort(key=lambda f: -f.score)
    distinct: list[FoundRecommendation] = []
    for cand in found:
        stems = set().union(*(content_stems(cand.rec.actions[i]) for i in cand.picked))
        if all(
            overlap(stems, set().union(*(content_stems(d.rec.actions[i]) for i in d.picked))) < 0.6
            for d in distinct
        ):
            distinct.append(cand)
    return distinct


LISTED_FIRST = 0.15  # the first of a listed series of proposals is the one the author leads with


def _listed_first(essay: Essay, found: list[FoundRecommendation]) -> list[FoundRecommendation]:
    """The recommendations with the first of each listed series raised: resolutions or numbered
    recommendations to one actor, in consecutive sentences of one paragraph or one paragraph each
    ("Resolved, That A …", "Resolved, That B …"), lead with the one the author puts first."""
    by_index = {f.sentence.index: f for f in found}

    def follows(f: FoundRecommendation, g: FoundRecommendation) -> bool:  # g the next item after f
        alone = all(len(essay.paragraph(x.sentence.paragraph)) == 1 for x in (f, g))
        # one paragraph that is nothing but the list: every sentence in it a recommendation
        listed = g.sentence.paragraph == f.sentence.paragraph and all(
            x.index in by_index for x in essay.paragraph(f.sentence.paragraph))
        # items under one resolving header ("resolves: / To restore … / To ask X to …") share their speaker
        one_voice = g.rec.actor.lower() == f.rec.actor.lower() or all(
            resolved_item(essay, x.sentence.index) for x in (f, g))
        return (one_voice and g.sentence.index == f.sentence.index + 1
                and ((alone and g.sentence.paragraph == f.sentence.paragraph + 1) or listed))

    def first(f: FoundRecommendation) -> bool:
        after, before = by_index.get(f.sentence.index + 1), by_index.get(f.sentence.index - 1)
        return after is not None and follows(f, after) and not (before is not None and follows(before, f))

    return [replace(f, score=f.score + LISTED_FIRST) if first(f) else f for f in found]


REPEAT_COSINE = 0.8  # two sentences this close under the static encoder, with the same content words,
# make the same claim ("I say again, the era of X is over" after "The era of X is over")


def repeated(centrality: Centrality, index: int) -> bool:
    """Whether the author makes this claim again elsewhere (not in the next sentence): the same
    meaning by the sentence encoder, and most of the same content words."""
    stems = centrality.stems[index]
    if len(stems) < 3:
        return False
    row = centrality.similarity[index]
    return any(
        abs(j - index) > 1
        and float(row[j]) >= REPEAT_COSINE
        and len(stems & centrality.stems[j]) >= 3
        and overlap(stems, centrality.stems[j]) >= 0.75
        for j in range(len(row))
    )


# A title that takes a side on its subject: "In Praise of Boredom", "A Plea for X", "The Case against X".
_STANCE_TITLE = re.compile(
    r"^(?:in praise of|(?:a|in) defen[cs]e of|the case (?:for|against)|against|a plea for|an apology for|"
    r"a vindication of|why we need)\s+(?P<subject>.+)$",
    re.I,
)


# A title that names its subject only: "Of Revenge", "On Liberty", "Concerning Usury".
_TOPIC_TITLE = re.compile(r"^(?:of|on|upon|concerning)\s+(?P<subject>(?:\w+\s+){0,2}\w+)$", re.I)


def stance_subject(title: str) -> tuple[set[str], bool]:
    """The content stems of what the title judges ("In Praise of Boredom" → {boredom}) or names as its subject
    ("Of Revenge" → {revenge}, the second value True: a topic, whose opening definition is the thesis)."""
    match = _STANCE_TITLE.match(title.strip())
    if match:
        return content_stems(match.group("subject")), False
    topic = _TOPIC_TITLE.match(title.strip())
    return (content_stems(topic.group("subject")), True) if topic else (set(), False)


VOUCHED = 0.2  # a claim the author credits to the wise or holds against the other side's denial
THESIS_SUPPORT = 0.3  # weight of a thesis candidate's support by the rest of the essay (weighing.support)

# Words EVALUATIVE counts that mark a negation or a modal, not a judgement of their own.
_MERE_MARKERS = frozenset(["not", "only", "never", "nothing", "cannot", "can't", "should", "must", "real"])


# What the author's own declaration of a thesis ("I hold, therefore, that X", "it is beyond doubt that X")
# adds over a thesis read from its shape alone (an era ended, a verdict): the author names the sentence.
DECLARED_OWN = 0.2
# A sentence that tells what happened and judges nothing (narration.py) weighs this much less as a thesis.
NARRATED = 0.25


# The sentence after a claim insists that it is meant: "That is not a slogan", "This is no exaggeration", "I
# mean that literally", "I do not say this lightly".
_INSISTED = re.compile(
    r"^(?:and\s+|but\s+)?(?:(?:that|this|it)(?:'s|\s+is)\s+(?:not|no)\s+(?:a\s+|an\s+|mere\s+|just\s+|simply\s+)*"
    r"(?:slogan|exaggeration|overstatement|metaphor|figure\s+of\s+speech|hyperbole|rhetoric|boast|paradox|joke)"
    r"|I\s+mean\s+(?:that|this|it)\s+(?:literally|seriously|exactly)"
    r"|I\s+do\s+not\s+say\s+(?:that|this|so)\s+lightly)\b",
    re.I)


def _thesis_candidates(
    essay: Essay, centrality: Centrality, skip: set[int], vouched: set[int] | frozenset[int] = frozenset()
) -> list[tuple[Sentence, float]]:
    """Sentences that could state the essay's thesis, best first.

    One score, in three parts: meaning (0.6 × TextRank-and-repeated-words centrality, plus THESIS_SUPPORT ×
    weighing.support: how much of the rest of the essay argues it; a claim the author repeats); place
    (the title's words, the opening and closing paragraphs, a paragraph's first or last sentence) and cue
    strength (a declared thesis, a verdict on the title's subject, thesis cues, words of judgement); less
    what marks a sentence as no thesis: evidence, a hook, a pronoun opening, the author's "I", an
    invitation to think, and its role (weighing.role: a concession, an example, a reported view, an
    aside)."""
    last = essay.paragraphs - 1
    title = content_stems(essay.title or "")
    stance, topical = stance_subject(essay.title or "")
    sizes = {p: len(essay.paragraph(p)) for p in range(essay.paragraphs)}
    supported = support(essay, centrality)
    scored = []
    for s in essay.sentences:
        words = len(s.text.split())
        declared = value_thesis(s.text) is not None  # "The era of X is over"
        # a short verdict on the title's subject ("Boredom is good for children.") states the thesis too
        verdict = any(w.lower() not in _MERE_MARKERS for w in EVALUATIVE.findall(s.text)) and (
            overlap(content_stems(s.text), title) > 0
        )
        # "In Praise of Boredom": the title takes a side on its subject, so a verdict whose subject it is
        # ("Boredom is good for children") states the thesis
        head = re.match(r"^((?:\S+\s+){0,2}?)(?:is|are|makes?|does|do|has|have|can|will|must)\b", s.text,
                        re.I)
        judged = bool(stance) and head is not None and stance <= content_stems(head.group(1)) and (
            verdict or (topical and s.index <= 1)  # "Of Revenge": "Revenge is a kind of wild justice; …"
        )
        shortest = 4 if declared or verdict else 7
        asserted = assertion(s.text)  # "Who can doubt that X?" claims X; a real question is no thesis
        claim = concluded(s.text)  # "It follows from all this that X"
        concluding = claim is not None
        claim = claim or s.text
        question = s.text.endswith("?") and asserted is None
        if s.index in skip or s.part or question or others_price(essay, s.index) or _not_the_authors_claim(
                essay, s) or not shortest <= words <= (
            # a declared or concluded claim ("I conclude, then, that X") is worded from its clause, not the
            # whole period
            80 if declared or concluding else 40
        ):
            continue
        paragraph = essay.paragraph(s.paragraph)
        edge = sizes[s.paragraph] > 1 and s in (paragraph[0], paragraph[-1])
        score = (
            0.6 * float(centrality.scores[s.index])
            + 0.3 * min(1.0, len(EVALUATIVE.findall(s.text)) / 2)
            + 0.3 * overlap(content_stems(s.text), title)
            + (0.2 if THESIS_CUES.search(s.text) else 0.0)
            + (0.4 if declared else 0.0)
            + (DECLARED_OWN if declared and vouched_claim(s.text) else 0.0)  # "I hold that X", in words
            + (0.2 if judged else 0.0)
            + (0.3 if repeated(centrality, s.index) else 0.0)  # the author says it twice
            + (0.4 if concluding else 0.0)  # the author's conclusion or answer, declared as such
            + (VOUCHED if s.index in vouched else 0.0)  # "the wisest understand that X": framedclaims.py
            + (0.1 if asserted else 0.0)  # a rhetorical question pressed on the reader
            + (0.3 if _INSISTED.match(_next_text(essay, s.index)) else 0.0)  # "That is not a slogan; …"
            + (0.1 if s.paragraph <= 1 and (s.index > 0 or verdict)
               else 0.05 if s.paragraph >= last - 1 else 0.0)
            + (0.1 if edge else 0.0)
            - 0.5 * evidence_weight(s.text)
            - (0.3 if s.index == 0 and not (verdict or judged) else 0.0)  # a hook, seldom the thesis
            - (0.2 if _PROPOSING.search(s.text) else 0.0)
            - (
                0.2
                if re.match(r"^(?:it|this|that|these|those|they|he|she|his|her|both)\b", s.text, re.I)
                else 0.0
            )
            # the author's "I" (a frame's aside); not the frame of a declared thesis ("I hold that X")
            - (0.15 if re.search(r"\b(?:I|me|my)\b", claim) and not declared else 0.0)
            - (0.3 if re.match(r"^(?:ask|look|consider|think|imagine|take|picture)\b", s.text, re.I) else 0.0)
            + THESIS_SUPPORT * float(supported[s.index])  # by meaning: the rest of the essay argues it
            - role_penalty(s.text)  # a concession, example, reported view or aside is not the thesis
            - (NARRATED if narrates(claim) else 0.0)  # history told ("a time came when …"), judging nothing
        )
        scored.append((s, score))
    scored.sort(key=lambda p: -p[1])
    return scored


def find_concessions(essay: Essay) -> list[Concession]:
    """What the essay concedes, anticipates or rebuts, with the author's answer."""
    found = []
    sentences = essay.sentences
    for s in sentences:
        for kind, pattern in CONCESSION_PATTERNS:
            match = pattern.match(s.text.strip())
            if not match:
                continue
            granted = match.group("x").strip().rstrip(".")
            answer = match.groupdict().get("y") or ""
            answered_by = -1
            if (
                not answer
                and s.index + 1 < len(sentences)
                and sentences[s.index + 1].paragraph == s.paragraph
            ):
                answer = sentences[s.index + 1].text
                answered_by = s.index + 1
            who = match.groupdict().get("who") or ""
            about = re.match(r"^(?:defenders|supporters|critics|opponents) of (?:the )?(.+)$", who, re.I)
            if len(granted.split()) >= 3:
                referent = about.group(1) if about else ""
                found.append(Concession(s, kind, granted, answer.strip(), referent, answered_by))
            break
    return found


def satire_markers(essay: Essay) -> list[str]:
    """Phrases suggesting the essay means the opposite of what it says."""
    text = " ".join(s.text for s in essay.sentences)
    markers = [m.group(0).lower() for m in SATIRE_CUES.finditer(" ".join([essay.title or "", text]))]
    exclaims = text.count("!")
    if exclaims >= 5 and exclaims / max(1, len(essay.sentences)) > 0.15:
        markers.append("many exclamation marks")
    return sorted(set(markers))


def unframed(essay: Essay) -> tuple[Essay, set[int]]:
    """The essay with each claim behind a vouching frame ("The wisest understand that X", "Whether its
    critics admit it or not, X") read as the claim itself, and the indices of those sentences."""
    claims = {s.index: claim for s in essay.sentences for claim in [framed_claim(s.text)] if claim}
    if not claims:
        return essay, set()
    sentences = tuple(replace(s, text=claims[s.index]) if s.index in claims else s for s in essay.sentences)
    return replace(essay, sentences=sentences), set(claims)


def _not_the_authors(essay: Essay, sentence: Sentence) -> bool:
    """Whether an order in the sentence is someone else's or set aside, not the author's proposal: "critics
    say we should …", an order inside a quotation, others' price, an option under "Rejected Ideas", an answer
    put in someone else's mouth ("… and they'll give you a simple answer: V")."""
    return bool(
        CONCESSION_PATTERNS[2][1].match(sentence.text) or inside_quotation(essay, sentence.index)
        or others_price(essay, sentence.index) or in_set_aside_section(essay, sentence.index)
        or their_answer(sentence.text)
    )


def _not_the_authors_claim(essay: Essay, sentence: Sentence) -> bool:
    """Whether a sentence is someone else's words or a view the author answers: quoted ("'The timing is good,'
    said the manager"), a heading under "Criticism" or "Objections", or the consequence of an argument the
    sentence before granted only to refute it."""
    return (inside_quotation(essay, sentence.index) or opens_quoted(sentence.text)
            or heading_under_set_aside(essay, sentence.index) or _granted_before(essay, sentence))


def _granted_before(essay: Essay, sentence: Sentence) -> bool:
    """Whether the sentence goes on with a consequence drawn from an argument the sentence before granted only
    to refute it ("If this be true we must stay our hands. The cause of equal rights must pause …")."""
    if sentence.index == 0:
        return False
    before = essay.sentences[sentence.index - 1]
    return before.paragraph == sentence.paragraph and granted_for_argument(strip_openers(before.text))


def _continued_order(sentence: Sentence, rec: Recommendation) -> bool:
    """Whether an order was read from the opening verb of a piece of a run-on sentence that starts mid-clause
    ("and set up ingenious excuses for …"): the verb belongs to a subject in the piece before."""
    words = sentence.text.split()[:2]
    if not (sentence.part and sentence.text[:1].islower()) or rec.actor.lower() != "we" or not rec.actions:
        return False
    verb = rec.actions[0].split()[0].lower()
    return verb in (w.lower().strip(",;:") for w in words)


def find(essay: Essay, centrality: Centrality) -> Findings:
    """Recommendations, theses, concessions and satire markers of an essay."""
    verbs = known_verbs(essay)
    recs = find_recommendations(essay, centrality, verbs)
    concessions = find_concessions(essay)
    skip = {r.sentence.index for r in recs} | {c.sentence.index for c in concessions}
    essay, vouched = unframed(essay)
    return Findings(
        essay=essay,
        centrality=centrality,
        recommendations=tuple(recs),
        theses=tuple(_thesis_candidates(essay, centrality, skip, vouched)),
        concessions=tuple(concessions),
        satire=tuple(satire_markers(essay)),
    )
