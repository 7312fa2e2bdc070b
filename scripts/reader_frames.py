"""Frames around a claim for the reader's training: whose claim is it?

A claim framed as someone else's ("the industry never tires of saying that X"), or granted
before an answer ("admittedly, X"), is not the speaker's stance; the same claim framed as the
speaker's own ("here is our case: X", "a 2019 study found that X") keeps the claim's stance.
Fixed lists teach the model a few dozen phrases; these frames are composed from parts (who
speaks, how they say it, in which tense), so the model has to learn the shape rather than
the words. `HELD_OUT_REPORT` and `HELD_OUT_OWN` are written separately, share no part with the
generator's lists on purpose, and are only ever used to measure.
"""

from __future__ import annotations

import random

# Who holds the claim: (phrase, plural?).
_HOLDERS = (
    ("the other side", False), ("our opponents", True), ("the Opposition", False),
    ("the Proposition", False), ("the government bench", False), ("their first speaker", False),
    ("my opponent", False), ("the previous speaker", False), ("critics of this policy", True),
    ("its defenders", True), ("supporters of the status quo", True), ("the industry", False),
    ("the tobacco lobby", False), ("business groups", True), ("some economists", True),
    ("many parents", True), ("a lot of people", True), ("some of you", True), ("sceptics", True),
    ("politicians of every party", True), ("commentators", True), ("the minister", False),
    ("the unions", True), ("defenders of the current system", True), ("people who disagree with us", True),
    ("the newspapers", True), ("its champions", True), ("those across the aisle", True),
)
# How they hold it: (singular form, plural form).
_SAYINGS = (
    ("says", "say"), ("claims", "claim"), ("argues", "argue"), ("insists", "insist"),
    ("will tell you", "will tell you"), ("likes to say", "like to say"),
    ("keeps telling us", "keep telling us"), ("has long maintained", "have long maintained"),
    ("would have you believe", "would have you believe"), ("will object", "will object"),
    ("is fond of saying", "are fond of saying"), ("never tires of repeating", "never tire of repeating"),
    ("complains", "complain"), ("assures us", "assure us"), ("is convinced", "are convinced"),
    ("may reply", "may reply"), ("might be thinking", "might be thinking"), ("believes", "believe"),
    ("suggested earlier", "suggested earlier"), ("told this House", "told this House"),
    ("wants you to think", "want you to think"), ("will no doubt point out", "will no doubt point out"),
)
# A claim named as an objection: "<noun> is that X".
_OBJECTIONS = (
    "the usual objection", "their strongest point", "the obvious worry", "the standard reply",
    "the case against us", "one objection", "the line we keep hearing", "the fear", "their answer",
    "the argument from the other bench", "the popular view", "the claim made earlier",
)
# Granting a claim before answering it.
_CONCESSIONS = (
    "Admittedly, {x}", "It is true that {x}", "Sure, {x}", "We do not deny that {x}",
    "Nobody disputes that {x}", "It may well be that {x}", "Fair enough, {x}", "True, {x}",
    "I will grant them that {x}", "There is something to the claim that {x}", "Let us accept that {x}",
    "Even supposing that {x}", "We can agree that {x}", "I recognise that {x}",
)
# The speaker's own framing, including evidence the speaker brings.
_OWN = (
    "Here is our case: {x}", "Put simply, {x}", "The fact is that {x}", "My point is this: {x}",
    "We say that {x}", "I put it to you that {x}", "Our second argument: {x}", "Crucially, {x}",
    "The evidence shows that {x}", "A recent study found that {x}", "Research confirms that {x}",
    "The figures show that {x}", "Think about it: {x}", "This matters because {x}",
    "And that is the heart of it: {x}", "Most importantly, {x}", "Our team believes that {x}",
    "Let me explain why {x}", "We know that {x}", "History shows that {x}",
    "Our case holds: {x}", "The conclusion is plain: {x}", "And here is why it matters: {x}",
    # The speaker taking a side in the first person is never a report of someone else's claim.
    "I am proud to propose that {x}", "We propose that {x}", "I rise to argue that {x}",
    "My team will show that {x}", "We on this bench maintain that {x}", "I stand here to argue that {x}",
)


def report_frame(rng: random.Random) -> str:
    """A frame that makes a claim someone else's or a granted one ({x} is the claim)."""
    roll = rng.random()
    if roll < 0.55:
        holder, plural = rng.choice(_HOLDERS)
        saying = rng.choice(_SAYINGS)[1 if plural else 0]
        head = holder[0].upper() + holder[1:]
        return f"{head} {saying} that {{x}}" if rng.random() < 0.8 else f"{head} {saying}: {{x}}"
    if roll < 0.75:
        noun = rng.choice(_OBJECTIONS)
        return noun[0].upper() + noun[1:] + " is that {x}"
    return rng.choice(_CONCESSIONS)


# Sources a speaker cites for their own claim: not a person who might be the other side.
_SOURCES = ("history", "common sense", "the record", "every survey", "the science", "the numbers",
            "a century of practice", "the research", "the evidence from abroad", "long practice")
_SHOWINGS = ("tells us", "shows", "teaches us", "makes clear", "proves", "confirms", "leaves no doubt")


def own_frame(rng: random.Random) -> str:
    """A frame that keeps a claim the speaker's own."""
    if rng.random() < 0.3:
        source = rng.choice(_SOURCES)
        return f"{source[0].upper()}{source[1:]} {rng.choice(_SHOWINGS)} that {{x}}"
    return rng.choice(_OWN)


# Measuring only: none of these shares a holder, a saying or a lead with the lists above.
HELD_OUT_REPORT = (
    "The meat industry tells anyone who will listen that {x}", "A common reply is that {x}",
    "Some of you may be wondering whether {x}", "Farmers' unions have long insisted that {x}",
    "You will hear a great deal tonight about how {x}", "Opponents of reform warn that {x}",
    "Of course, {x}", "Yes, {x}", "Campaigners on the other side point out that {x}",
    "The Prime Minister keeps repeating that {x}", "Now, the honourable member opposite said that {x}",
    "Those who defend the ban like to claim that {x}", "I can already hear the objection: {x}",
    "Many will reply that {x}", "The conventional wisdom holds that {x}",
)
HELD_OUT_OWN = (
    "Consider the evidence: {x}", "Our first argument is straightforward: {x}",
    "The data are clear that {x}", "I want you to remember that {x}", "Let me put it plainly: {x}",
    "So the point stands: {x}", "Experience tells us that {x}", "That is why {x}",
    "Doctors and nurses on the front line know that {x}", "We will prove that {x}",
)
