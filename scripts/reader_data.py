"""Training data for the reader (scripts/train_reader.py): topic splits and labelled examples.

Splits are by whole topic, fixed here so that every script and benchmark agrees on them:
- held-out: ArgQ's dev file (7 topics) plus two ArgKP topics taken out of ArgQ train too. Never
  trained on, never used to choose anything; the benchmarks report them beside the dev figures.
- dev: topics left out of training and used to tune (epochs, thresholds, blend weights).
- fit: everything else.

Besides ArgQ and ArgKP rows, the reader learns two things those sets do not show, from
sentences built here around their arguments (the wordings below are for training only; the
benchmarks check other wordings):
- a claim the speaker *reports* or *concedes* ("the other side will tell you that …") is not the
  speaker's stance (class REPORTED);
- a stated position ("we are proud to support this motion", "the motion must fall") is.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from reader_frames import own_frame, report_frame
from training import DATA, read_rows

CON, PRO, REPORTED = 0, 1, 2

HELD_OUT_EXTRA = ("We should subsidize journalism", "We should end mandatory retirement")
DEV_ARGKP = ("We should prohibit flag burning", "We should introduce compulsory voting",
             "We should fight urbanization")
DEV_ARGQ = ("We should abandon television", "We should ban whaling", "We should subsidize Wikipedia",
            "Entrapment should be legalized", "We should cancel pride parades",
            "We should limit judicial activism")

# Someone else's claim, or one the speaker grants before answering it: not the speaker's stance.
REPORT_FRAMES = (
    "The other side will tell you that {x}", "Our opponents claim that {x}", "They will say that {x}",
    "Some people argue that {x}", "Critics point out that {x}", "We accept that {x}",
    "Granted, {x}", "You may hear tonight that {x}", "It is often said that {x}",
    "The Opposition's whole case rests on the idea that {x}",
    "The Proposition would have you believe that {x}",
    "Supporters of this policy insist that {x}", "Now, the government side argued that {x}",
    "I concede that {x}", "My opponent suggested that {x}", "We heard from the previous speaker that {x}",
    "Yes, it is true that {x}", "Let me take their best point: {x}", "Their case says {x}",
    "People on the other bench believe that {x}", "According to the Opposition, {x}",
    "We are told that {x}", "One could object that {x}", "Our friends opposite keep repeating that {x}",
    "Even if we grant that {x}", "The counter-argument is that {x}", "I understand the worry that {x}",
)
# The speaker's own framing of the same claims: the stance stays the claim's own.
OWN_FRAMES = (
    "My first argument is that {x}", "Our second point is simple: {x}", "I will show you that {x}",
    "We believe that {x}", "Let me be clear: {x}", "The truth is that {x}", "First, {x}",
    "Finally, {x}", "I would argue that {x}", "Our case is that {x}", "Remember that {x}",
    "The key point tonight is that {x}", "What we are saying is that {x}", "Consider this: {x}",
    "My third reason is that {x}", "So, {x}", "It is clear that {x}", "I want to stress that {x}",
)
PRO_DECLARATIONS = (
    "I am proud to support this motion.", "We stand firmly in favour of the motion tonight.",
    "On behalf of the Proposition, I urge you to vote for this motion.", "We propose this motion.",
    "That is why this House must pass this motion.", "Our team supports the motion.",
    "We on the government bench believe the motion is right.", "For all these reasons, I beg to propose.",
    "The motion should carry.", "I will argue in favour of the resolution.",
    "Vote Proposition.", "Our side supports this policy wholeheartedly.", "I agree with the motion.",
    "We say yes to this motion.", "This is a motion worth passing.",
)
CON_DECLARATIONS = (
    "I am proud to oppose this motion.", "We stand firmly against the motion tonight.",
    "On behalf of the Opposition, I urge you to vote against this motion.", "We oppose this motion.",
    "That is why this House must reject this motion.", "Our team opposes the motion.",
    "We on the opposition bench believe the motion is wrong.", "For all these reasons, I beg to oppose.",
    "The motion should fall.", "I will argue against the resolution.",
    "Vote Opposition.", "Our side rejects this policy entirely.", "I disagree with the motion.",
    "We say no to this motion.", "This is a motion that deserves to fail.",
)
_MODAL = re.compile(r"\b(should|must|would)\b(?! not)", re.IGNORECASE)


@dataclass(frozen=True)
class Example:
    """One (motion, text) pair with whatever labels it has (None: not trained on that head)."""

    motion: str
    text: str
    stance: int | None = None
    stance_weight: float = 1.0
    quality: float | None = None


@dataclass(frozen=True)
class PointPair:
    """A key point and an argument on one motion; label 1 when the argument makes the point."""

    motion: str
    point: str
    argument: str
    label: int
    stance: int


def house_form(topic: str, rng: random.Random) -> str:
    """The topic as ArgQ writes it, or as a debate motion ("This House would …")."""
    roll = rng.random()
    if roll < 0.5:
        return topic
    match = re.match(r"We should (.+)", topic)
    if match:
        lead = "This House would " if roll < 0.8 else "This House believes that we should "
        return lead + match.group(1)
    return f"This House believes that {topic[0].lower()}{topic[1:]}"


def negate(topic: str) -> str | None:
    """'We should ban X' → 'We should not ban X' (None when there is no modal to negate)."""
    return _MODAL.sub(lambda m: f"{m.group(1)} not", topic, count=1) if _MODAL.search(topic) else None


# The opposite policy in plain words: a reader that only hears how a sentence feels about the
# motion's subject gets these wrong, so it has to read the action as well.
_OPPOSITE_ACTIONS = {
    "ban": "allow", "abolish": "keep", "subsidize": "cut public funding for", "legalize": "keep illegal",
    "adopt": "reject", "end": "continue", "abandon": "keep", "close": "keep open", "fight": "encourage",
    "limit": "expand", "oppose": "support", "stop": "continue", "introduce": "reject",
    "cancel": "keep", "prohibit": "allow",
}
_OPPOSITE_PASSIVES = (
    ("should be banned", "should be allowed"), ("should be abandoned", "should be kept"),
    ("should be a criminal offence", "should be legal"), ("should be ended", "should continue"),
    ("brings more harm than good", "brings more good than harm"),
)


def counter_motion(topic: str) -> str | None:
    """'We should end X' → 'We should continue X': the opposite policy worded without "not"
    (None when the topic's verb has no listed opposite)."""
    match = re.match(r"We should (\w+) (.+)", topic)
    if match and match.group(1).lower() == "fight" and match.group(2).startswith("for "):
        return f"We should fight against {match.group(2)[4:]}"
    if match and match.group(1).lower() in _OPPOSITE_ACTIONS:
        opposite = _OPPOSITE_ACTIONS[match.group(1).lower()]
        if opposite.startswith("keep ") and opposite != "keep":  # "keep … illegal", "keep … open"
            return f"We should keep {match.group(2)} {opposite.split(' ', 1)[1]}"
        return f"We should {opposite} {match.group(2)}"
    for phrase, opposite in _OPPOSITE_PASSIVES:
        if phrase in topic:
            return topic.replace(phrase, opposite)
    return None


# The same policy inside a larger motion: (template, keeps the policy's side?). The reader has to
# find the policy and read what the motion does with it ("regrets the decision to …").
_MOTION_FORMS = (
    ("This House supports the decision to {p}", True), ("This House would campaign to {p}", True),
    ("This House believes that governments should {p}", True),
    ("This House regrets the failure to {p}", True),
    ("This House would vote for a law to {p}", True), ("This House welcomes moves to {p}", True),
    ("This House would oppose any attempt to {p}", False), ("This House regrets the decision to {p}", False),
    ("This House would resist calls to {p}", False),
    ("This House believes that it would be a mistake to {p}", False),
    ("This House would vote against a proposal to {p}", False),
)


def motion_form(topic: str, rng: random.Random) -> tuple[str, bool] | None:
    """'We should ban X' inside a larger motion, and whether that motion keeps the ban's side."""
    match = re.match(r"We should (.+)", topic)
    if not match:
        return None
    template, keeps = rng.choice(_MOTION_FORMS)
    return template.format(p=match.group(1)), keeps


def _lower_first(text: str) -> str:
    text = text.strip()
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def argq_examples(topics: set[str], rng: random.Random, augment: bool, flip: float = 0.0,
                  counter: float = 0.0) -> list[Example]:
    """ArgQ rows of these topics (train and dev files), plus framed and declared variants.

    `flip`: the share of stance-labelled rows also given under the negated motion ("We should
    not ban X") with the opposite label, so that the stance has to be read against the motion
    rather than from the argument's words alone. `counter`: the same with the opposite policy
    in plain words ("We should continue X" for "We should end X", see `counter_motion`), or the
    policy inside a larger motion ("This House regrets the decision to end X", `motion_form`).
    """
    out: list[Example] = []
    rows = read_rows(DATA / "argq" / "train.csv") + read_rows(DATA / "argq" / "dev.csv")
    for row in rows:
        if row["topic"] not in topics:
            continue
        stance_label = {"1": PRO, "-1": CON}.get(row["stance_WA"])
        confidence = float(row["stance_WA_conf"] or 0)
        keep_stance = stance_label is not None and confidence >= 0.6
        motion = house_form(row["topic"], rng) if augment else row["topic"]
        out.append(Example(motion, row["argument"], stance_label if keep_stance else None,
                           confidence, float(row["WA"])))
        negated = negate(row["topic"]) if keep_stance and flip else None
        if negated and rng.random() < flip:
            out.append(Example(house_form(negated, rng), row["argument"], CON if stance_label == PRO else PRO,
                               confidence))
        if keep_stance and counter and rng.random() < counter:
            opposite = counter_motion(row["topic"]) if rng.random() < 0.5 else None
            form = None if opposite else motion_form(row["topic"], rng)
            flipped = CON if stance_label == PRO else PRO
            if opposite:
                out.append(Example(house_form(opposite, rng), row["argument"], flipped, confidence))
            elif form:
                label = stance_label if form[1] else flipped
                out.append(Example(form[0], row["argument"], label, confidence))
        roll = rng.random() if augment else 1.0
        if roll < 0.18:
            frame = rng.choice(REPORT_FRAMES) if rng.random() < 0.4 else report_frame(rng)
            out.append(Example(motion, frame.format(x=_lower_first(row["argument"])), REPORTED, 1.0))
        elif roll < 0.36 and keep_stance:
            frame = rng.choice(OWN_FRAMES) if rng.random() < 0.5 else own_frame(rng)
            out.append(Example(motion, frame.format(x=_lower_first(row["argument"])), stance_label,
                               confidence))
    if augment:
        for topic in sorted(topics):
            for _ in range(10):
                motion = house_form(topic, rng)
                out.append(Example(motion, rng.choice(PRO_DECLARATIONS), PRO, 1.0))
                out.append(Example(motion, rng.choice(CON_DECLARATIONS), CON, 1.0))
            negated = negate(topic)
            out.append(Example(house_form(topic, rng), topic + ".", PRO, 1.0))
            if negated:
                out.append(Example(house_form(topic, rng), negated + ".", CON, 1.0))
    return out


def argkp_pairs(topics: set[str], cross: float = 0.0, seed: int = 13) -> list[PointPair]:
    """ArgKP's labelled (key point, argument) pairs on these topics.

    `cross`: for this share of the matching pairs, also the argument against a key point of the
    other stance on the same topic, labelled as no match (ArgKP only pairs an argument with its
    own stance's points), so that a point's side, not only its topic, sets the distance.
    """
    pairs = [PointPair(r["topic"], r["key_point"], r["argument"], int(r["label"]), int(r["stance"]))
             for r in read_rows(DATA / "argkp" / "pairs.csv") if r["topic"] in topics]
    if cross:
        rng = random.Random(seed)
        points: dict[tuple[str, int], list[str]] = {}
        for pair in pairs:
            points.setdefault((pair.motion, pair.stance), [])
            if pair.point not in points[(pair.motion, pair.stance)]:
                points[(pair.motion, pair.stance)].append(pair.point)
        for pair in [p for p in pairs if p.label == 1]:
            others = points.get((pair.motion, -pair.stance))
            if others and rng.random() < cross:
                pairs.append(PointPair(pair.motion, rng.choice(others), pair.argument, 0, pair.stance))
    return pairs


def splits() -> dict[str, set[str]]:
    """Topic names per split: fit, dev, held_out (ArgQ and ArgKP topics together)."""
    train = {r["topic"] for r in read_rows(DATA / "argq" / "train.csv")}
    argq_dev = {r["topic"] for r in read_rows(DATA / "argq" / "dev.csv")}
    argkp = {r["topic"] for r in read_rows(DATA / "argkp" / "pairs.csv")}
    held_out = argq_dev | set(HELD_OUT_EXTRA)
    dev = set(DEV_ARGKP) | set(DEV_ARGQ)
    fit = (train | argkp) - held_out - dev
    return {"fit": fit, "dev": dev, "held_out": held_out}


# Essays whose motions are kept out of bank training to measure how the reader does on the
# bank's kind of motion when it has not seen that motion (by motion-id prefix).
HELD_OUT_ESSAYS = ("coddling", "gawande", "commons", "orwell")


def side_bench_essays() -> tuple[str, ...]:
    """Essays whose motions tests/bench/side.py speaks on: never trained on, so that bench stays clean."""
    text = (Path(__file__).resolve().parents[1] / "tests" / "bench" / "side_speeches.py").read_text("utf-8")
    motions = re.findall(r'^\s+"[\w-]+", "([\w-]+)", "(?:prop|opp)"', text, re.M)
    return tuple(sorted({m.split("-")[0] for m in motions}))


def bank_examples(held_out: tuple[str, ...], rng: random.Random, which: str = "fit") -> list[Example]:
    """The shipped bank's key points as (motion, sentence) pairs labelled with their side.

    Each point gives its claim, its reasoning, its evidence and claim with reasoning; a share
    are also framed as the other side's claim (REPORTED). `which` is "fit" (motions of essays
    not held out) or "held_out".
    """
    from bot.motions import load_bank

    out: list[Example] = []
    for motion in load_bank().motions:
        kept = motion.id.split("-")[0] in held_out
        if kept != (which == "held_out"):
            continue
        for label, points in ((PRO, motion.prop), (CON, motion.opp)):
            for point in points:
                texts = (point.claim, point.reasoning, point.evidence, f"{point.claim} {point.reasoning}")
                for text in texts:
                    if not text.strip():
                        continue
                    out.append(Example(motion.text, text, label, 1.0))
                    if which == "fit" and rng.random() < 0.25:
                        frame = rng.choice(REPORT_FRAMES) if rng.random() < 0.4 else report_frame(rng)
                        out.append(Example(motion.text, frame.format(x=_lower_first(text)), REPORTED, 1.0))
        if which == "fit":
            for _ in range(3):
                out.append(Example(motion.text, rng.choice(PRO_DECLARATIONS), PRO, 1.0))
                out.append(Example(motion.text, rng.choice(CON_DECLARATIONS), CON, 1.0))
    return out


# Recorded speeches (IBM's Recorded Debating Dataset, v4: 200 transcribed opening speeches by
# experienced debaters, for and against 50 motions). Their motions are split as
# tests/bench/side_recorded.py splits them: even ids are trained on, odd ids are its held-out
# half. Motions that are also ArgQ dev or held-out topics, or topics of the rated speeches in
# ../shared/data/speeches, are never trained on.
RECORDED_NEVER = {1264, 3192, 1161, 1661, 1902, 2110, 3180}
CHUNK = 8
CHUNK_STRIDE = 4


@dataclass(frozen=True)
class SpeechChunk:
    """Consecutive sentences of one speech and the side the whole speech argues (PRO or CON)."""

    motion: str
    sentences: tuple[str, ...]
    stance: int


def recorded_chunks(corpus: str, rng: random.Random, flip: bool = True) -> list[SpeechChunk]:
    """Windows of CHUNK sentences from the trainable recorded speeches, each labelled with its
    speech's side; with `flip`, every window again under the negated motion, its label flipped."""
    from pathlib import Path

    from bot.scoring.speech import read_speech

    folder = Path(corpus)
    listed = read_rows(folder / "GP-claim-to-motion-relevancy.csv")
    motions = {r["motion-id"]: r["motion-text"] for r in listed}
    chunks = []
    for row in read_rows(folder / "speech-transcripts.csv"):
        motion_id = int(row["motion-id"])
        if motion_id % 2 or motion_id in RECORDED_NEVER or row["motion-id"] not in motions:
            continue
        topic = motions[row["motion-id"]]
        side = PRO if row["speech-to-motion-polarity"] == "PRO" else CON
        units = read_speech(row["speech-text"]).units
        for start in range(0, max(1, len(units) - CHUNK + 1), CHUNK_STRIDE):
            window = tuple(units[start:start + CHUNK])
            chunks.append(SpeechChunk(house_form(topic, rng), window, side))
            negated = negate(topic)
            if flip and negated:
                chunks.append(SpeechChunk(house_form(negated, rng), window, PRO + CON - side))
    return chunks


# Practice speeches (scripts/reader_speeches/*.json): club-style speeches written for this project
# on the bank's fit motions, one for each side, most never stating their side, every sentence
# labelled "own" (the speaker's claim, pushing the speech's side), "reported" (the other side's
# claim, quoted or conceded before an answer) or "neutral" (thanks, signposts). They teach the
# reader what the bank's motions look like argued in long, spoken sentences that seldom repeat the
# motion's words. Motions of held-out essays and of tests/bench/side.py are never among them.
PRACTICE = Path(__file__).resolve().parent / "reader_speeches"


@dataclass(frozen=True)
class PracticeSpeech:
    """One labelled practice speech."""

    motion_id: str
    motion: str  # the motion's text
    side: int
    sentences: tuple[tuple[str, str], ...]  # (text, role)


def practice_speeches(excluded: tuple[str, ...]) -> list[PracticeSpeech]:
    """Every practice speech whose motion's essay is not in `excluded`."""
    import json

    from bot.motions import load_bank

    texts = {m.id: m.text for m in load_bank().motions}
    out = []
    for path in sorted(PRACTICE.glob("*.json")):
        for row in json.loads(path.read_text("utf-8")):
            if row["motion_id"].split("-")[0] in excluded:
                continue
            sentences = tuple((s["text"].strip(), s["role"]) for s in row["sentences"] if s["text"].strip())
            side = PRO if row["side"] == "prop" else CON
            out.append(PracticeSpeech(row["motion_id"], texts[row["motion_id"]], side, sentences))
    return out


def practice_examples(speeches: list[PracticeSpeech], rng: random.Random, flip: float = 0.5) -> list[Example]:
    """Each labelled sentence under its motion: "own" with the speech's side, "reported" as
    REPORTED; with share `flip`, an "own" sentence again under the negated motion ("This House
    would not …"), its side swapped, where the motion has a modal to negate."""
    out = []
    for speech in speeches:
        motion = speech.motion
        negated = negate(motion)
        for text, role in speech.sentences:
            if role == "reported":
                out.append(Example(motion, text, REPORTED, 1.0))
            elif role == "own":
                out.append(Example(motion, text, speech.side, 1.0))
                if negated and rng.random() < flip:
                    out.append(Example(negated, text, PRO + CON - speech.side, 1.0))
    return out


def practice_chunks(speeches: list[PracticeSpeech]) -> list[SpeechChunk]:
    """Windows of CHUNK sentences of each practice speech, labelled with its side."""
    chunks = []
    for speech in speeches:
        sentences = [text for text, _ in speech.sentences]
        for start in range(0, max(1, len(sentences) - CHUNK + 1), CHUNK_STRIDE):
            window = tuple(sentences[start:start + CHUNK])
            chunks.append(SpeechChunk(speech.motion, window, speech.side))
    return chunks


WRITTEN = Path(__file__).resolve().parent / "reader_written"
WRITTEN_LABELS = {"for": PRO, "against": CON, "reported": REPORTED}


@dataclass(frozen=True)
class WrittenMotion:
    """A motion invented for the reader's training, with sentences labelled for it."""

    motion: str
    sentences: tuple[tuple[str, int], ...]  # (text, CON | PRO | REPORTED)


def written_motions() -> list[WrittenMotion]:
    """Every motion of scripts/reader_written: motions on topics of neither the bank nor ArgQ nor
    ArgKP, each with side statements in hard forms (negation, questions, votes, imperatives),
    arguments that state no side, and reported claims, for and against."""
    import json

    out = []
    for path in sorted(WRITTEN.glob("*.json")):
        for row in json.loads(path.read_text("utf-8")):
            sentences = tuple((s["text"].strip(), WRITTEN_LABELS[s["label"]])
                              for s in row["sentences"] if s["text"].strip() and s["label"] in WRITTEN_LABELS)
            out.append(WrittenMotion(row["motion"].strip(), sentences))
    return out


def written_examples(motions: list[WrittenMotion], rng: random.Random, flip: float = 0.5) -> list[Example]:
    """Each written sentence under its motion; with share `flip`, a sentence that takes a side again
    under the negated motion, its side swapped, where the motion has a modal to negate."""
    out = []
    for written in motions:
        negated = negate(written.motion)
        for text, label in written.sentences:
            out.append(Example(written.motion, text, label, 1.0))
            if label != REPORTED and negated and rng.random() < flip:
                out.append(Example(negated, text, PRO + CON - label, 1.0))
    return out
