"""Composing a draft: choose the motions, then gather each one's slide and key points."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.drafting.address import addresses_audience, reads_as_speech
from bot.drafting.backrefs import points_back
from bot.drafting.challenges import challenge
from bot.drafting.conclusions import concluded
from bot.drafting.context import definitions, difficulty, info_slide, summary, tags, unargued_summary
from bot.drafting.cuts import cut_problem
from bot.drafting.declining import declines_to_recommend
from bot.drafting.deontics import impersonal_governor
from bot.drafting.description import reads_as_description
from bot.drafting.direction import condemned, rebutted
from bot.drafting.disputable import judges, report_not_thesis
from bot.drafting.finding import Findings, FoundRecommendation, find, known_verbs
from bot.drafting.fitting import as_house_act, core_act, restore_clause, without_modifiers, without_occasion
from bot.drafting.genre import reads_as_narrative, reads_as_report, reads_as_review
from bot.drafting.headlines import headline_motion
from bot.drafting.imperatives import plain_order
from bot.drafting.leadins import QUOTING
from bot.drafting.model import Draft, DraftMotion, SourceMeta
from bot.drafting.narration import narrates
from bot.drafting.oldstyle import modernise
from bot.drafting.opposed import AGAINST_PLAN, opposed_plan, rejects_plan
from bot.drafting.periods import unwind, without_closing_concession
from bot.drafting.pointers import strip_pointers
from bot.drafting.points import fit, opposition_points, proposition_points
from bot.drafting.questions import assertion, exclaimed
from bot.drafting.ranking import Centrality, content_stems, overlap
from bot.drafting.reading import Essay, EssayError, Sentence, read_essay
from bot.drafting.returns import by_return
from bot.drafting.satire import SatireMotion, reads_as_satire, satire_motions
from bot.drafting.shortlist import Candidate, shortlisted
from bot.drafting.standpoint import stance_motion
from bot.drafting.stated import stated
from bot.drafting.structure import is_complete, problem
from bot.drafting.theses import (
    announced_policy,
    announced_thesis,
    title_states_claim,
    title_thesis,
    value_thesis,
    vouched_claim,
)
from bot.drafting.voice import own_claim
from bot.drafting.weighing import answer
from bot.drafting.wording import (
    LONG_PERIOD,
    first_person,
    impersonal,
    lower_first,
    policy_motion,
    short_names,
    slug,
    strip_openers,
    unquote_terms,
    value_motion,
)
from bot.scoring.encoder import Encoder

MAX_MOTIONS = 3
WOULD = "This House would "
BELIEVES = "This House believes that "


def _policy(
    found: FoundRecommendation,
    satire: tuple[str, ...],
    names: frozenset[str],
) -> tuple[str, str, list[str]]:
    rec = found.rec
    text, kind = policy_motion(rec, list(found.picked), names)
    text = strip_pointers(text)  # "would also abolish X": the "also" leans on the essay
    text = as_house_act(text)  # "would demand a law that …": the House makes it
    text = without_occasion(text)  # "would reject the lease tonight"
    checks = []
    if rec.negative:
        checks.append(
            "the essay argues AGAINST this: check the motion's direction (Proposition should "
            "defend the essay's view); a positive wording (ban, end, abolish …) often debates better"
        )
    if rec.details:
        checks.append(
            "the essay qualifies this: "
            + "; ".join(short_names(d) for d in rec.details)
            + ". Put what matters in the motion or the info slide"
        )
    if rec.conditional:
        checks.append("the essay proposes this only under a condition; state it in the info slide")
    left = [short_names(a) for i, a in enumerate(rec.actions) if i not in found.picked]
    if left:
        checks.append("the essay also proposes: " + "; ".join(left) + ". Add any that belong in this motion")
    if satire:
        checks.append(_satire_check(satire))
    if len(text) > 160:
        checks.append("long motion: shorten it to one clear proposal")
    return text, kind, checks


def whole(motion: str, source: str) -> bool:
    """Whether a motion is a complete proposition that its source sentence did not go on completing."""
    return is_complete(motion) and cut_problem(motion, source) is None


def _satire_read(findings: Findings) -> list[SatireMotion]:
    """The motions a satire really argues, when the essay reads as one."""
    if not reads_as_satire(findings):
        return []
    note = (
        "read as satire (" + ", ".join(f"'{m}'" for m in findings.satire[:4]) + "): the author "
        "likely means the opposite of the literal proposal."
    )
    verbs = known_verbs(findings.essay)
    return [m for m in satire_motions(findings, verbs, note) if is_complete(m.text)][:MAX_MOTIONS]


def _satire_check(markers: tuple[str, ...]) -> str:
    return (
        "this essay may be satire (" + ", ".join(f"'{m}'" for m in markers[:4]) + "): its literal "
        "proposal may be the opposite of what the author wants. Check the direction, and swap the "
        "motion or the sides if so"
    )


def _belief(sentence: str, names: frozenset[str]) -> str:
    """The belief motion for a thesis sentence: a declared thesis's own form when it has one; for a
    concession ("X is indeed Y, but Z"), the author's answer Z, not what is granted; for a rhetorical
    question or a conclusion frame, the claim it makes."""
    sentence = modernise(assertion(sentence) or exclaimed(sentence) or concluded(sentence) or sentence)
    sentence = unquote_terms(sentence)  # the "people" who exercise the power
    if len(sentence.split()) > LONG_PERIOD:
        sentence = unwind(sentence)  # a long period: its asides out, down to the main clause
    else:
        sentence = without_closing_concession(sentence)  # "…, whatever the reasons given"
    return strip_pointers(value_thesis(sentence, names) or value_motion(answer(sentence) or sentence, names))


def _value(findings: Findings, index: int, several: bool) -> tuple[str, str, list[str]]:
    sentence = findings.essay.sentences[index]
    text = _belief(sentence.text, findings.essay.names)
    checks = ["belief motion worded from the essay's thesis: make sure both sides can argue it"]
    if re.search(
        r"\b(?:not|never|no longer|nothing|no one)\b", text[len("This House believes that ") :], re.I
    ):
        checks.append("negative wording: the direction may be unclear; consider a positive claim")
    if re.match(r"^(?:it|this|that|these|those|they)\b", strip_openers(sentence.text), re.I):
        checks.append("the thesis opens with a pronoun: say what it refers to")
    if several:
        checks.append("the essay seems to argue more than one thesis; keep the motions you want")
    if findings.satire:
        checks.append(_satire_check(findings.satire))
    if len(text.split()) > 30:
        checks.append("long motion: shorten it")
    return text, "value", checks


def _policies(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """Policy motions from the best recommendations, each a complete proposition (others dropped)."""
    chosen: list[tuple[str, str, list[str], set[int]]] = []
    recs = [r for r in findings.recommendations if r.score > 0.15]
    for found in recs:
        if len(chosen) == 2 or (chosen and found.score < 0.7 * recs[0].score):
            break
        if condemned(findings.essay, found.sentence, found.rec.actions[found.picked[0]]) or rebutted(
            findings.essay, found.sentence
        ):
            continue  # a policy the essay describes in order to attack it, or gives to others and answers
        options = [found] + [
            FoundRecommendation(found.sentence, found.rec, (i,), found.score)
            for i in range(len(found.rec.actions)) if (i,) != found.picked
        ]
        # an act whose object pointed back ("this fatigue") goes after the sentence's other acts
        options.sort(key=lambda o: points_back(" ".join(o.rec.actions[i] for i in o.picked), o.sentence.text))
        for option in options:
            fitted = _fitted(option, findings)
            if fitted is not None:
                text, kind, checks = fitted
                if (
                    own_ask(found)
                    # "Therefore, my friends, refuse …": a command to the audience is the author's own
                    or (found.rec.actor == "we" and addresses_audience(found.sentence.text))
                    # the reader: not reported ("If the mayor means what she says …" is the author's dare)
                    or own_claim(text, challenge(found.sentence.text) or found.sentence.text)
                ):
                    chosen.append((text, kind, checks, {found.sentence.index}))
                break
    return chosen


def _fitted(option: FoundRecommendation, findings: Findings) -> tuple[str, str, list[str]] | None:
    """The policy motion for one act of a recommendation, made whole if it can be: the clause its object
    needs put back, or the modifiers set off after it left out; None when no wording is whole."""
    text, kind, checks = _policy(option, findings.satire, findings.essay.names)
    if whole(text, option.sentence.text):
        return text, kind, checks
    restored, kept = restore_clause(option, text, checks)
    if whole(restored, option.sentence.text):
        return restored, kind, kept
    # a cut at a set-off modifier is no cut mid-list; the checks keep what the essay qualifies it with
    short = without_modifiers(restored)
    if short != restored and is_complete(short):
        return short, kind, checks
    if not re.match(r"\d+ words", problem(text) or ""):
        return None
    core = core_act(text, is_complete)  # too long to print: its act without the means, time or place
    return (core, kind, [*checks, "the essay says more: " + short_names(text[len(core):].strip(" ,"))
                         + ". Put what matters in the motion or the info slide"]) if core else None


TITLE_ECHO = 4  # sentences that must name a title's subject before its claim counts as the thesis


def _titled(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """The belief motion a title states ("Prisons: A Social Crime and Failure"), when the essay keeps
    to its subject; the author's own thesis, so it comes first."""
    found = title_thesis(findings.essay.title, findings.essay.names)
    if found is None or not is_complete(found[0]):
        return []
    subject = content_stems(found[1])
    echoes = sum(1 for stems in findings.centrality.stems if subject and subject <= stems)
    if title_states_claim(findings.essay.title or ""):  # a whole claim: the essay keeps to its terms
        claim = content_stems(found[0][len("This House believes that ") :])
        echoes = max(echoes, sum(1 for stems in findings.centrality.stems if len(claim & stems) >= 2))
    if echoes < TITLE_ECHO:
        return []
    checks = [
        "belief motion worded from the essay's title, which states its thesis: check that the essay argues it"
    ]
    return [(found[0], "value", checks, set())]


ANNOUNCED_WITHIN = 3  # paragraphs from the start in which an author announces the thesis


def _periods(essay: Essay) -> list[tuple[str, set[int]]]:
    """The essay's full periods: a run-on sentence's pieces joined again, with their indexes."""
    periods: list[tuple[str, set[int]]] = []
    for s in essay.sentences:
        joined = bool(periods) and s.part and essay.sentences[s.index - 1].part and (
            essay.sentences[s.index - 1].paragraph == s.paragraph
        ) and not periods[-1][0].rstrip().endswith((".", "!", "?"))
        if joined:
            text, used = periods[-1]
            periods[-1] = (f"{text} {s.text}", used | {s.index})
        else:
            periods.append((s.text, {s.index}))
    return periods


def _announced(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """The belief motion for a thesis the author announces near the start ("the object of this essay
    is to explain … that X"): the author's own statement of the thesis, so it comes first."""
    essay = findings.essay
    for text, used in _periods(essay):
        if min(essay.sentences[i].paragraph for i in used) >= ANNOUNCED_WITHIN:
            break
        motion = announced_thesis(text)
        if motion and whole(motion, text) and report_not_thesis(motion) is None:
            checks = ["belief motion worded from the thesis the author announces: check its wording"]
            found = [(motion, "value", checks, used)]
            policy = announced_policy(text, known_verbs(essay))
            if policy is not None:
                worded, kind = policy_motion(policy, [0], essay.names)
                if is_complete(worded):  # the explicit proposal first, then the belief it rests on
                    checks = ["policy worded from the announced thesis: check it"]
                    found.insert(0, (worded, kind, checks, used))
            return found
    return []


Chosen = tuple[str, str, list[str], set[int]]  # a motion's text, type, checks, and the sentences it uses


def ruled_motions(findings: Findings) -> tuple[list[Chosen], bool]:
    """The motions the rules choose, most central first, every one complete; a plan the essay argues
    against first of all (`opposed.py`); and whether there is such a plan."""
    declared = stated(findings) or _titled(findings) or _announced(findings) or stance_motion(findings.essay)
    opposed = _opposed(findings)
    found = _choose_from_text(findings)
    if opposed:  # "the board should throw the plan out" is the Opposition's case, already the motion's
        found = [c for c in found if not any(rejects_plan(findings.essay.sentences[i].text) for i in c[3])]
    # the title's order only where the body words no proposal: there its wording is surer, with its actor
    body_policy = any(c[0].startswith("This House would") or "should" in c[0] for c in declared + found)
    headline = [] if opposed or body_policy else headline_motion(findings)
    chosen = opposed + headline + declared + found
    kept = [c for n, c in enumerate(chosen) if c[0] not in (d[0] for d in chosen[:n])]
    return kept[:MAX_MOTIONS], bool(opposed)


def _choose(findings: Findings) -> list[Chosen]:
    """The rules' motions, then, while there is room, the shortlist's best other candidates."""
    chosen, opposed = ruled_motions(findings)
    if not chosen or opposed:  # no motion is an honest answer; a plan opposed is the essay's whole case
        return chosen
    extra = shortlisted(
        candidates(findings), findings.essay, findings.centrality, MAX_MOTIONS - len(chosen),
        lambda candidate: admissible(candidate, findings, chosen),
    )
    check = "a further candidate, ranked by the shortlist model: keep it only if the essay argues it"
    return chosen + [(c.text, c.kind, [*c.checks, check], {c.sentence}) for c in extra]


def admissible(candidate: Candidate, findings: Findings, chosen: list[Chosen]) -> bool:
    """Whether a shortlisted candidate may join the chosen motions: not one of them in other words, a belief
    that judges or prescribes, and the author's own ask or claim by the reader (not a view reported)."""
    stems = content_stems(candidate.text)
    if any(overlap(stems, content_stems(text)) >= 0.5 for text, *_ in chosen):
        return False
    source = findings.essay.sentences[candidate.sentence].text
    if not candidate.policy and (not judges(candidate.text) or narrates(source)):
        return False  # a further belief must judge or prescribe, not only tell what is so or what happened
    return candidate.own_ask or own_claim(candidate.text, challenge(source) or source)


def candidates(findings: Findings) -> list[Candidate]:
    """Every complete motion the drafter can word from an essay's recommendations and thesis candidates
    that no cheap check refuses: not a first-person or reported claim, not a plan the essay attacks or
    gives to others and answers."""
    essay = findings.essay
    found: list[Candidate] = []
    for rank, rec in enumerate(findings.recommendations):
        if rebutted(essay, rec.sentence):
            continue
        for act in range(len(rec.rec.actions)):
            fitted = _fitted(FoundRecommendation(rec.sentence, rec.rec, (act,), rec.score), findings)
            if fitted is not None and not condemned(essay, rec.sentence, rec.rec.actions[act]):
                text, kind, checks = fitted
                found.append(Candidate(
                    text, kind, tuple(checks), rec.sentence.index, True, rank, rec.score, own_ask(rec),
                    bool(rec.rec.asked),
                ))
    for rank, (sentence, score) in enumerate(findings.theses):
        text, kind, checks = _value(findings, sentence.index, False)
        if (
            whole(text, sentence.text)
            and not first_person(text)
            and report_not_thesis(text) is None
            and rebutted(essay, sentence) is None
        ):
            found.append(Candidate(text, kind, tuple(checks), sentence.index, False, rank, score))
    return found


def _opposed(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """The motion for a plan the essay argues against, when there is one and its wording is whole."""
    found = opposed_plan(findings.essay, known_verbs(findings.essay))
    if found is None:
        return []
    sentence, rec = found
    text, kind, checks = _policy(FoundRecommendation(sentence, rec, (0,), 0.0), (), findings.essay.names)
    return [(text, kind, [AGAINST_PLAN, *checks], {sentence.index})] if whole(text, sentence.text) else []


# A sentence that carries an earlier point over to a like case ("Similarly, …", "In the same way …").
_LIKENED = re.compile(r"^\W*(?:and,?\s+|but,?\s+)?(?:similarly|likewise|equally|by\s+the\s+same\s+token"
                      r"|in\s+(?:like|the\s+same)\s+(?:manner|way))\b", re.I)
READ_THESES = 8  # thesis candidates read by the reader, best first; the rest are not considered


def _own_theses(findings: Findings, used_stems: list[set[str]]) -> list[tuple[Sentence, float]]:
    """The best thesis candidates whose belief motion is complete, takes a side, is not already a
    proposal, and is argued in the author's own voice (by the reader: not reported, not reversed)."""
    kept: list[tuple[Sentence, float]] = []
    read = 0
    for s, score in findings.theses:
        if read >= READ_THESES:
            break
        motion = _belief(s.text, findings.essay.names)
        if (
            any(overlap(content_stems(s.text), stems) >= 0.5 for stems in used_stems)
            or first_person(motion)  # "This House believes that I …"
            or not whole(motion, s.text)
            or report_not_thesis(motion) is not None  # a side someone could dispute
            or rebutted(findings.essay, s) is not None  # others' view, answered at once
            or _LIKENED.match(s.text)  # "In like manner, X": a point carried over, not the thesis
        ):
            continue
        read += 1
        if own_claim(motion, s.text):
            kept.append((s, score))
    return kept


def _choose_from_text(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """Motions from the essay's sentences: its proposals, then its theses."""
    chosen = _policies(findings)
    recs = chosen
    used_stems = [content_stems(text) for text, *_ in chosen]
    theses = by_return(findings.essay, findings.centrality, _own_theses(findings, used_stems))
    if theses:
        top, top_score = theses[0]
        picks = [top]
        if not recs:  # an essay of belief alone may argue several distinct theses
            for s, score in theses[1:8]:
                if (
                    score >= 0.9 * top_score
                    and len(picks) < MAX_MOTIONS
                    and all(findings.centrality.cosine(p.index, s.index) < 0.55 for p in picks)
                ):
                    picks.append(s)
        for s in picks:
            if len(chosen) >= MAX_MOTIONS:
                break
            text, kind, checks = _value(findings, s.index, len(picks) > 1)
            chosen.append((text, kind, checks, {s.index}))
    return chosen[:MAX_MOTIONS]


def _source(
    essay: Essay, meta: SourceMeta, thesis: str, proposals: list[str], opposed: list[str] | None = None
) -> tuple[dict[str, str], list[str]]:
    checks = []
    title = meta.title or essay.title
    if not title:
        title = "Untitled essay"
        checks.append("no title found: give the essay's real title (--title)")
    elif not meta.title and essay.notes:
        checks.append("title taken from the essay's first line; check it")
    source = {
        "title": title,
        "author": meta.author or essay.author or "",
        "publication": meta.publication or essay.publication or "",
        "date": meta.date or essay.date or "",
        "address": meta.address or essay.address or "",
        "summary": summary(thesis, proposals, opposed or []),
    }
    if not source["author"]:
        checks.append("no author found: add one if known (--author)")
    if not source["date"]:
        checks.append("no date found: add the publication date (--date)")
    return {k: v for k, v in source.items() if v}, checks


def compose(
    findings: Findings, meta: SourceMeta, origin: str = "", taken_ids: set[str] | None = None
) -> Draft:
    """The draft from what was found in an essay."""
    essay = findings.essay
    # a story may end on an explicit appeal, and an argument told mostly in the past may close on its proposal
    asks = (
        any(r.rec.asked for r in findings.recommendations)
        or closing_call(findings)
        or closing_order(findings)
        or closing_verdict(essay)
        or bool(headline_motion(findings))  # "Televise Our Criminal Trials" over a scene in the courtroom
    )
    speech = reads_as_speech([s.text for s in essay.sentences])
    # a text that declares its own thesis ("I hold, therefore, that X") argues, whatever its tenses
    vouched = any(vouched_claim(s.text) for s in essay.sentences)
    # a review judges a work, not a case: it gets the answer a description gets
    told = (reads_as_narrative(essay) or reads_as_description(essay) or reads_as_review(essay))
    told = told and not vouched
    if findings.theses and not asks and not speech and told:
        # a story, or a scene described in the present, argues nothing
        return _no_motion(findings, meta, origin, narrative=True)
    if findings.theses and not any(own_ask(r) for r in findings.recommendations) and reads_as_report(essay):
        return _no_motion(findings, meta, origin, report=True)  # news: what others say, not the author's case
    own = any(own_ask(r) for r in findings.recommendations)
    if findings.theses and not own and declines_to_recommend(essay):  # "I am not going to recommend either"
        draft = _no_motion(findings, meta, origin)
        weighed = "The essay weighs the case on both sides and says it recommends neither."
        return replace(draft, source={**draft.source, "summary": weighed})
    satirical = _satire_read(findings)
    chosen = [(m.text, m.kind, [m.check], set(m.used)) for m in satirical] or _choose(findings)
    if not chosen and not findings.theses:
        raise EssayError(
            "I couldn't find an argument to draft a motion from: no sentence proposes something or "
            "states a clear claim. Send an essay or op-ed written in full sentences."
        )
    if not chosen:
        return _no_motion(findings, meta, origin)
    taken = set(taken_ids or ())
    concession_ids = {c.sentence.index for c in findings.concessions}
    answer_ids = {c.answered_by for c in findings.concessions if c.answered_by >= 0}
    rec_ids = {r.sentence.index for r in findings.recommendations}
    slide = info_slide(findings, rec_ids | concession_ids)
    topic_tags = tuple(tags(essay))
    level = difficulty(essay)
    motions = []
    for n, (text, kind, checks, used) in enumerate(chosen):
        if satirical:
            prop, opp = fit(list(satirical[n].prop)), fit(list(satirical[n].opp))
        else:
            prop = fit(proposition_points(findings, text, used | concession_ids | answer_ids))
            opp = fit(opposition_points(findings, prop, text))
            if AGAINST_PLAN in checks:  # the essay's case is the Opposition's
                prop, opp = opp, prop
        motions.append(
            DraftMotion(
                id=slug(text, taken),
                text=text,
                type=kind,
                info_slide=slide,
                tags=topic_tags,
                difficulty=level,
                prop=tuple(prop),
                opp=tuple(opp),
                definitions=definitions(essay, [text, slide]),
                checks=(
                    *checks,
                    "info slide and key points are the essay's sentences, condensed: reword them yourself",
                ),
            )
        )
    plain = [impersonal(s.text) for s, _ in findings.theses if not first_person(impersonal(s.text))]
    thesis = next(
        (
            impersonal(s.text) for s, _ in findings.theses[:READ_THESES]
            if not first_person(impersonal(s.text)) and whole(_belief(s.text, essay.names), s.text)
        ),  # a thesis whose motion would be a fragment makes a garbled summary too
        next((t[len(BELIEVES) :] for t, kind, *_ in chosen if t.startswith(BELIEVES)), None)
        or (plain[0] if plain else essay.sentences[0].text),
    )
    # the policy as its motion words it, when whole ("It proposes to trust it not" never): the first printed
    # policy motion, else the best recommendation's
    # a plan the essay argues against is no proposal of its own: the summary says it opposes it
    against = ["to " + t[len(WOULD) :] if t.startswith(WOULD) else "that " + t[len(BELIEVES) :]
               for t, _, checks, _ in chosen if t.startswith((WOULD, BELIEVES)) and AGAINST_PLAN in checks]
    proposals = [t[len(WOULD) :] for t, _, checks, _ in chosen
                 if t.startswith(WOULD) and AGAINST_PLAN not in checks][:1] or [
        worded[len(WOULD) :]
        for r in ([] if against else findings.recommendations[:1])
        for worded in [_policy(r, (), essay.names)[0]]
        if worded.startswith(WOULD) and whole(worded, r.sentence.text)
    ]
    thesis_text = lower_first(short_names(strip_openers(thesis)), essay.names)
    source, source_checks = _source(essay, meta, thesis_text, proposals, against[:1])
    notes = (
        f"Draft motions{' from ' + origin if origin else ''}, made by `debate-bot motions draft`.",
        "A person must finish it: read every CHECK note, reword borrowed sentences, then run",
        "`debate-bot motions check` on the folder. Delete these comments when done.",
    )
    return Draft(source=source, motions=tuple(motions), source_checks=tuple(source_checks), notes=notes)


def own_ask(found: FoundRecommendation) -> bool:
    """Whether the author asks for it in the first person, or answers a question of their own, outside
    quotation marks ("I ask the Congress to …"): the author's own proposal by its form, whatever the
    reader makes of the rest of the period."""
    text = found.sentence.text
    if not found.rec.asked or _QUOTED.search(_NAMED_IN_QUOTES.sub("", text)):
        return False
    # A question the essay asks and answers itself ("To what objects shall the surplus go?") is the
    # author's own, however the reader hears the question.
    return (
        bool(re.search(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b", text))  # ("We therefore ask that …")
        or text.rstrip().endswith("?")
        or impersonal_governor(text)  # "It is essential that the county reopens …": the author's own call
    )


_STRONG_MODAL = re.compile(r"\b(?:should|must|ought to)\b", re.I)
_QUOTED = re.compile(r"[\"“”‘]|(?<![A-Za-z])’|(?:^|\s)'")  # "abus’d", "tho’": apostrophes, not quotes
# A name in quotation marks, three capitalised words at most: "the money “A Shopkeeper” would waste" quotes
# nobody's words.
_NAMED_IN_QUOTES = re.compile(r"[\"“‘](?:[A-Z][\w’'-]*\s?){1,3}[\"”’](?=[\s,.;:]|$)")


def closing_verdict(essay: Essay) -> bool:
    """Whether the last paragraph states the author's conclusion as such ("It follows from all this that
    X"): an argument told mostly in the past, not a story."""
    last = essay.paragraph(essay.paragraphs - 1)
    return any(concluded(s.text) is not None for s in last)


def closing_call(findings: Findings) -> bool:
    """Whether the text opens or closes on a proposal in the author's own voice: unquoted, with a strong
    modal ("the county should rebuild the line"), and read by the reader as argued, not reported. An
    argument about history, told mostly in the past, still proposes; a story's last line seldom does."""
    essay = findings.essay
    edges = {0, 1, essay.paragraphs - 1}
    for found in findings.recommendations[:3]:
        sentence = found.sentence
        if (
            sentence.paragraph not in edges
            or _QUOTED.search(sentence.text)
            or not _STRONG_MODAL.search(sentence.text)
        ):
            continue
        text, _, _ = _policy(found, (), essay.names)
        if is_complete(text) and own_claim(text, sentence.text):
            return True
    return False


CLOSING_ORDER = 2  # the last sentences of a text in which a bare order closes a letter


def closing_order(findings: Findings) -> bool:
    """Whether the text closes on an order of its own, unquoted ("… Is there really a choice here at all? Pay
    for the scheme from the school's own budget."): a letter told mostly in the past still asks for it."""
    essay = findings.essay
    last = {s.index for s in essay.sentences[-CLOSING_ORDER:]}
    for found in findings.recommendations[:3]:
        sentence, rec = found.sentence, found.rec
        verb = re.escape(rec.actions[found.picked[0]].split()[0])
        # the verb opens the sentence, or follows a vocative or an idiom ("Councillors: reopen …", "Do the
        # decent thing and reopen …"): no subject comes before it
        plain = plain_order(strip_openers(sentence.text))
        ordered = re.match(rf"(?:(?P<lead>[\w ]{{0,30}})[:,]\s+)?{verb}\b", plain, re.I)
        if ordered and QUOTING.search((ordered.group("lead") or "") + ":"):
            ordered = None  # "The mayor told them: reopen it": someone else's order
        if sentence.index not in last or rec.actor != "we" or not ordered or _QUOTED.search(sentence.text):
            continue
        text, _, _ = _policy(found, (), essay.names)
        if is_complete(text) and own_claim(text, sentence.text):
            return True
    return False


def _first_sentence(sentences: tuple[Sentence, ...]) -> str:
    """The text's first true sentence: a title or byline ("Abraham Lincoln") is never quoted."""
    for s in sentences:
        if len(s.text.split()) >= 6 and s.text.rstrip().endswith((".", "!", "?", "…", "”", "\"")):
            return s.text
    return sentences[0].text


NEAREST = 3  # sentences shown when no motion can be drafted


def _no_motion(
    findings: Findings, meta: SourceMeta, origin: str, narrative: bool = False, report: bool = False
) -> Draft:
    """The honest draft: no motion, and the whole sentences nearest to a thesis for the curator."""
    distinct: dict[str, tuple[Sentence, float]] = {}  # a sentence the text repeats is listed once
    for s, score in findings.theses:
        if len(distinct) < NEAREST:
            distinct.setdefault(s.text, (s, score))
    picked = sorted(distinct.values(), key=lambda pair: pair[0].index)
    nearest = tuple(s.text for s, _ in picked)
    thesis = lower_first(impersonal(picked[0][0].text), findings.essay.names)
    source, source_checks = _source(findings.essay, meta, thesis, [])
    if narrative or report:  # a story or a report argues nothing: its summary must not say it does
        source["summary"] = unargued_summary(_first_sentence(findings.essay.sentences), narrative)
    why = (
        "the text tells a story or describes; it does not argue. I found no clear proposal or thesis,"
        if narrative
        else "the text reports what others say; it does not argue its own case. I found no clear proposal "
        "or thesis,"
        if report
        else "I found no clear proposal or thesis"
    )
    notes = (
        f"No motion drafted{' from ' + origin if origin else ''} by `debate-bot motions draft`: {why}",
        "that words into a complete motion. The sentences closest to a thesis are listed below;",
        "write the motion yourself, then run `debate-bot motions check` on the folder.",
    )
    return Draft(source=source, motions=(), source_checks=tuple(source_checks), notes=notes, nearest=nearest)


def draft_essay(
    text: str,
    meta: SourceMeta | None = None,
    *,
    fmt: str | None = None,
    encoder: Encoder | None = None,
    origin: str = "",
    taken_ids: set[str] | None = None,
) -> Draft:
    """Draft 1-3 motions from an essay's text (plain, Markdown or HTML).

    Raises EssayError (from bot.drafting.reading) with a message for the person when the text is too
    short, too long, or holds no argument to draft from. Ids in `taken_ids` (the bank's) are not reused.
    """
    essay = read_essay(text, fmt)
    centrality = Centrality([s.text for s in essay.sentences], encoder)
    return compose(find(essay, centrality), meta or SourceMeta(), origin, taken_ids)
