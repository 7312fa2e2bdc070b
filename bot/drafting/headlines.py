"""A title that gives an order: "Televise Our Criminal Trials", "Petition: Restore the Night Bus to Hallam
Vale", "Keep the Magistrates' Court Open". An op-ed's headline is often the only place its proposal is put in
so many words; the body argues for it without repeating it.

The title, in lower case but for the essay's names, is read as a command to the House. A title that asks
something of the writer ("Give Me Liberty"), points at nothing ("Fix It"), asks a question, or lists
commands ("Fix It, Don't Bin It") gives none.
"""

from __future__ import annotations

import re

from bot.drafting.actions import build_recommendation, house_verbs
from bot.drafting.finding import Findings, known_verbs
from bot.drafting.pointers import strip_pointers
from bot.drafting.ranking import content_stems
from bot.drafting.recommendation import Recommendation
from bot.drafting.structure import is_complete
from bot.drafting.wording import policy_motion

# A label before the order: "Petition: …", "Opinion: …", "Editorial: …".
_LABEL = re.compile(r"^[^:]{2,30}:\s+(?=\S)")
# Words a headline's order may not hold: the writer or reader, a pronoun for a thing the headline never names.
_UNNAMED = re.compile(r"\b(?:me|my|i|you|your|it|them|this|that|us|him|her)\b", re.I)
_MADE_VERB = re.compile(r"[a-z]{3,}(?:ise|ize|ify)")
# A title that names the piece's kind, not an order: "Open letter for the right to …", "Report on the
# harbour", "Petition against the closure", "Appeal to the voters" (a preposition follows, not an object).
_GENRE = re.compile(
    r"^(?:an?\s+)?(?:open\s+letter|(?:letter|notes?|report|statement|submission|response|petition|review|memo"
    r"|memorandum|briefing|minutes|manifesto|appeal|address|plea|reply|answer|remarks|testimony|evidence)\s+"
    r"(?:to|on|for|from|of|against|regarding|about|concerning|upon|in))\b", re.I)
_MIN_WORDS = 3  # the verb and at least two more: "Televise Our Criminal Trials"
_MAX_WORDS = 14
HEADLINE_ECHO = 2  # sentences that must name something the title's order acts on


def title_order(
    title: str | None, names: frozenset[str], known: set[str], body: str = ""
) -> Recommendation | None:
    """The House's act that a title commands, or None when the title gives no plain order. A word keeps its
    capital when the essay writes it only so (`names`), or writes it so after the name before it in `body`
    ("the Market Street", though "street" alone is a common noun)."""
    text = _LABEL.sub("", " ".join((title or "").split())).rstrip(".!")
    words = text.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS) or re.search(r"[?,;:\"“”]", text) or _GENRE.match(text):
        return None
    lowered: list[str] = []
    for n, word in enumerate(words):
        named = word.lower().strip("'’") in names or (
            n > 1 and lowered[-1][:1].isupper() and f"{words[n - 1]} {word}" in body)
        lowered.append(word if named else word.lower())
    verb = lowered[0]
    # a verb the House can do, one the essay uses, or one made by its ending ("televise", "legalise")
    if verb not in house_verbs() and verb not in known and not _MADE_VERB.fullmatch(verb):
        return None
    vp = " ".join(lowered)
    if _UNNAMED.search(vp):
        return None
    return build_recommendation("we", vp, False, known | {verb}, False)


def headline_motion(findings: Findings) -> list[tuple[str, str, list[str], set[int]]]:
    """The policy motion a title orders ("Televise Our Criminal Trials") with its kind and checks, when the
    essay speaks of what it acts on and is no satire: the author's own proposal, put in so many words only
    there. Empty otherwise."""
    essay = findings.essay
    body = " ".join(s.text for s in essay.sentences)
    found = None if findings.satire else title_order(essay.title, essay.names, known_verbs(essay), body)
    if found is None:
        return []
    text, kind = policy_motion(found, [0], essay.names)
    text = strip_pointers(text)
    acted_on = content_stems(" ".join(found.actions[0].split()[1:]))
    echoes = sum(1 for stems in findings.centrality.stems if acted_on & stems)
    if not is_complete(text) or echoes < HEADLINE_ECHO:
        return []
    return [(text, kind, ["policy motion worded from the essay's title, which gives its proposal: check that "
                          "the essay argues it"], set())]
