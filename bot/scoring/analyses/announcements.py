"""Announcements: the speaker announcing their own case, and a plan judged a mistake or the right call.

"I'm here to argue that P" and "my position is that P" announce the claim P; "Tonight I'll argue
against X", "I stand against X" and "I'm going to make the case for X" take a stance on X; "I'm on
the side that wants X" backs X; "our side's answer is to V" says we should V; "V-ing X would be a
mistake" opposes V-ing X, and "… would be the right call" backs it. A claim announced is put in the
plain words the scorer reads best: "X should go" ends X, "X must stay" keeps it, "X should stop
V-ing" opposes X V-ing. verdicts.py turns each into the plain statement it makes; statements.py reads
that statement against the motion like any other. Someone else's announcement ("my opponents will
argue that P"), a past view ("I used to argue that P"), a question and a supposition announce
nothing.
"""

from __future__ import annotations

import re

from bot.scoring.analyses.cues import REBUTTAL
from bot.scoring.analyses.signals import AGAINST_VERBS

# Where the speaker's own frame may begin: the sentence's start, after a break, or after a word that
# joins it to what came before ("and tonight I'm arguing …", "That is why I'm arguing …").
_OPENS = (r"(?:^\W*|[,;:\u2014\u2013]\s+|\b(?:and|so|but|now|then|tonight|today|here)\s+"
          r"|\b(?:that|this)(?:'s|\s+is)\s+why\s+)")
# Words between the speaker and the verb of announcing: "I'm here to", "we are going to be", "I
# will now", "I'm standing up tonight to". No "not", no "used to": a denial or a past view is none.
_FILLER = (r"(?:\s+(?:here|going|about|be|also|still|tonight|today|now|up|standing|rising|rise|stand"
           r"|want|wish|intend|plan|mean|to|(?!only\b)\w+ly))*")
_WHO = r"(?:i|we)(?:'m|'ll|'re|'d|\s+am|\s+are|\s+will|\s+shall|\s+would)?"
_ARGUE = (r"(?:argue|arguing|contend|contending|maintain|maintaining|show|showing|submit|submitting|say"
          r"|saying|(?:make|making)\s+(?:the|a|our|my)\s+case|defend(?:ing)?\s+the\s+(?:view|position|claim"
          r"|idea|proposition))")
_STAND = r"(?:stand|standing|speak|speaking|rise|rising|come\s+down|coming\s+down)"
_ANNOUNCE = re.compile(
    _OPENS + _WHO + _FILLER + r"\s+(?:"
    rf"{_ARGUE}(?:\s+(?:tonight|today|here|\w+ly))?\s+(?:(?P<that>that\s+)|(?P<for>for|in\s+favou?r\s+of)\s+"
    r"|(?P<against>against)\s+)"
    rf"|{_STAND}(?:\s+(?:tonight|today|here|\w+ly))*\s+(?:(?P<for2>(?:with|behind)\s+the\s+case\s+for"
    r"|in\s+favou?r\s+of)|(?P<against2>against))\s+"
    r"|(?:on|with)\s+the\s+side\s+(?:that|which|of\s+(?:those|people)\s+who)\s+(?:\w+ly\s+)?"
    r"(?:(?P<thinks>thinks?|believes?|says?|holds?|argues?)(?:\s+that)?|(?P<wants>wants?|calls?\s+for"
    r"|backs?|supports?))\s+)(?P<rest>\S.*?)[.!]*\s*$",
    re.IGNORECASE)
# The speaker's own case put as a claim: "my position tonight is that P", "our case is simply that P".
_OWN_CASE = re.compile(
    r"(?:^\W*|[,;:]\s+|\b(?:and|so)\s+)(?:my|our)\s+(?:own\s+)?(?:position|case|view|contention|argument)"
    r"(?:\s+(?:tonight|today|here))?\s+is\s+(?:\w+ly\s+)?that\s+(?P<rest>\S.*?)[.!]*\s*$", re.IGNORECASE)
# A claim named first and then taken on: "the idea that P is exactly what I'm here to argue against".
_FRONTED = re.compile(
    r"\b(?P<what>(?:the|this)\s+(?:idea|claim|view|notion|belief|suggestion)\s+that\s+.+?)\s+is\s+"
    r"(?:\w+\s+)?what\s+" + _WHO + _FILLER + r"\s+(?:argu\w*|stand\w*|speak\w*|fight\w*)\s+"
    r"(?:(?P<for>for)|against)\b", re.IGNORECASE)
# The bench's answer as a course of action: "our side's answer is to scrap …".
_ANSWER_TO = re.compile(
    r"(?:^\W*|\b(?:so|and)\s+)(?:(?:our|my)\s+(?:side's\s+|team's\s+|bench's\s+)?|(?:this)\s+(?:side|bench|team)'s\s+)"
    r"(?:answer|solution|proposal|plan)\s+is\s+(?:simply\s+)?to\s+(?P<rest>\S.*?)[.!]*\s*$", re.IGNORECASE)
# Where the announced claim ends: "…, and I'll give you three reasons", "…, and it is my privilege to
# oppose", "… because …".
_CLAIM_ENDS = re.compile(r",?\s+(?:and|but|so)\s+(?:i|we|it|my|our|this|that|here)\b|\s*[;:]|,?\s+because\b"
                         r"|,\s+(?:not|warts)\b", re.IGNORECASE)

# A course of action judged: "Lifting the ban would be a disaster", "Killing him was the right call".
_BAD = (r"(?:a|an)\s+(?:\w+\s+){0,2}?(?:mistake|error|blunder|disaster|catastrophe|folly)|wrong"
        r"|a\s+bad\s+idea"
        r"|the\s+wrong\s+(?:call|choice|decision|move)|unjustified|indefensible|misguided|reckless")
_GOOD = (r"the\s+right\s+(?:call|choice|decision|move|thing\s+to\s+do)|(?:a|an)\s+(?:\w+\s+)?good\s+idea"
         r"|justified|right|wise|sensible")
_JUDGED = re.compile(
    r"^\W*(?:(?:so|and|frankly|honestly|simply put),?\s+)?"
    r"(?P<what>(?P<head>[a-z]+ing|the\s+(?:decision|choice|plan)\s+to|the\s+\w+\s+(?:on|of|against))\s"
    r"[^,;:]{2,80}?)\s+(?:would|will|is|was)\s+(?:be\s+)?(?:\w+ly\s+)?(?:(?P<bad>" + _BAD + r")|(?P<good>"
    + _GOOD + r"))\b(?P<after>.*)$", re.IGNORECASE)
# "It would be a mistake to lift the ban", "It was right to strike".
_JUDGED_TO = re.compile(
    r"^\W*(?:(?:so|and|frankly|honestly|simply put),?\s+)?it\s+(?:would|will|is|was)\s+(?:be\s+)?"
    r"(?:\w+ly\s+)?"
    r"(?:(?P<bad>" + _BAD + r")|(?P<good>" + _GOOD + r"))\s+to\s+(?P<rest>\S.*?)[.!]*\s*$", re.IGNORECASE)
# What may follow a verdict: nothing, or what it is a mistake for, in or because of.
_JUDGED_ENDS = re.compile(r"^\s*(?:[.!]*\s*$|(?:,\s*)?(?:for|because|since|in|on|from|both|and)\b)",
                          re.IGNORECASE)
# "It would be a mistake to think P": a verdict on a belief, not on a course of action.
_BELIEF = re.compile(r"(?:think|say|believe|assume|suppose|imagine|pretend|claim|argue|conclude|ignore"
                     r"|forget|dismiss|underestimate|overstate)\b", re.IGNORECASE)
# A verdict someone else gives: "…, according to the promoters", "…, the critics say".
_ATTRIBUTED = re.compile(r"\baccording\s+to\b|,\s*(?:[\w'-]+\s+){0,3}(?:says?|claims?|argues?|warns?|insists?"
                         r"|believes?|thinks?)\s*[.!]*\s*$", re.IGNORECASE)
# A verdict held back by a contrast or a condition: "… would be a mistake, but …", "… if …".
_HOLDS_BACK = re.compile(r"\b(?:but|however|though|although|unless|if)\b", re.IGNORECASE)
# Gerunds that are no action ("nothing", "something", "morning").
_NOT_ACTS = {"nothing", "something", "anything", "everything", "thing", "morning", "evening", "being",
             "king", "ring", "spring", "string", "wing", "ceiling", "building", "meeting", "feeling"}

# An action done to nothing judges nothing: "Banning nothing would be a mistake".
_NONE = re.compile(r"\b(?:nothing|nobody|no\s+one|none)\b", re.IGNORECASE)

# A claim that says what should become of a thing: it should go, or stay, or stop.
_MODAL = r"(?:should|must|has\s+to|have\s+to|needs?\s+to|ought\s+to)"
# The thing a claim is about: no pronoun ("it should go" says nothing of what "it" is).
_THING = r"^(?P<what>(?!(?:it|they|this|that|we|i|you|he|she)\b)[\w' -]{3,60}?)\s+"
_GOES = re.compile(
    _THING + _MODAL + r"\s+(?P<not>not\s+)?"
    r"(?:go|end|disappear|come\s+to\s+an\s+end|be\s+(?:lifted|repealed|removed|dropped|withdrawn|scrapped"
    r"|abolished|ended|axed|gone))\s*(?P<tail>(?:completely|entirely|altogether|for\s+good|now)?)"
    # ("phones should go from our classrooms": where it goes from is where it is)
    r"(?:\s+(?:from|out\s+of)\s+[\w' -]+)?[.!]*\s*$",
    re.IGNORECASE)
_STAYS = re.compile(
    _THING + _MODAL + r"\s+(?P<not>not\s+)?"
    r"(?:stay|remain|be\s+(?:kept|retained|maintained|preserved|left\s+alone))\b\s*(?P<how>.*?)[.!]*\s*$",
    re.IGNORECASE)
_STOPS = re.compile(
    r"^(?P<who>(?!(?:it|this|that)\b)[\w' -]{2,60}?)\s+" + _MODAL + r"\s+(?:stop|no\s+longer\s+be)\s+"
    r"(?P<act>[a-z]+ing)\b(?P<rest>.*?)[.!]*\s*$", re.IGNORECASE)
# "wants X kept legal", "wants primary schools to scrap homework": what the speaker's side wants.
_WANTS_TO = re.compile(r"^(?P<who>[\w' -]{2,60}?)\s+to\s+(?P<rest>[a-z]+\b.*)$", re.IGNORECASE)
# "wants boxing kept legal", "wants the ban lifted": what it wants done to a thing.
_WANTS_DONE = re.compile(r"^(?P<who>[\w' -]{2,60}?)\s+(?P<rest>(?:[a-z]{2,}ed|kept|left|shut|cut|made|held"
                         r"|paid)\b.*)$",
                         re.IGNORECASE)


def ends_claim(rest: str) -> str:
    """The announced claim without what follows it ("…, and I have two reasons")."""
    end = _CLAIM_ENDS.search(rest)
    return (rest[: end.start()] if end else rest).strip().rstrip(".!,")


def announced(sentence: str) -> tuple[str, float] | None:
    """The claim or thing the speaker announces as their case, and their stance on it: (P, 0) for
    "I'm here to argue that P" (the claim itself), (X, +1) for "the case for X", (X, -1) for "I
    stand against X"; None where the sentence announces nothing of the speaker's own."""
    text = " ".join(sentence.split())
    if text.endswith("?"):
        return None
    fronted = _FRONTED.search(text)
    if fronted:
        return fronted.group("what"), 1.0 if fronted.group("for") else -1.0
    match = _ANNOUNCE.search(text) or _OWN_CASE.search(text)
    if match is None or REBUTTAL.search(text[: match.start("rest")]) or _supposes(text[: match.start()]):
        return None
    rest = ends_claim(match.group("rest"))
    if len(rest.split()) < 2:
        return None
    found = match.groupdict()
    if found.get("against") or found.get("against2"):
        return rest, -1.0
    if found.get("for") or found.get("for2"):
        return rest, 1.0
    if REBUTTAL.search(rest):
        return None  # "I'm here to argue that the claim that P is false": the claim is another's
    if found.get("wants"):
        wants = _WANTS_TO.match(rest)
        if wants:
            return f"{wants.group('who')} should {wants.group('rest')}", 0.0
        done = _WANTS_DONE.match(rest)
        return (f"{done.group('who')} should be {done.group('rest')}", 0.0) if done else (rest, 1.0)
    return rest, 0.0


# A claim named as such: "the idea that P", "this notion that P".
_IDEA_THAT = re.compile(
    r"^(?:the|this|that|any)\s+(?:\w+\s+)?(?:idea|claim|view|notion|belief|suggestion|assumption|argument"
    r"|contention|assertion|premise|position)\s+that\s+(?P<claim>\S.*)$", re.IGNORECASE)
# The speaker taking a stance on such a claim in plain words: "we reject the idea that P".
_TAKES_CLAIM = re.compile(
    r"(?:^\W*|[,;:]\s+|\b(?:and|so)\s+)(?:i|we)(?:'m|'re|\s+am|\s+are)?(?:\s+\w+ly)?\s+(?:(?P<for>accept|agree\s+with"
    r"|support|endorse|back|share|defend|believe\s+in|subscribe\s+to|stand(?:ing)?\s+(?:\w+ly\s+)?(?:for|by|behind))"
    r"|(?P<against>reject|dispute|deny|oppose|challenge|disagree\s+with|refute|resist|fight"
    r"|stand(?:ing)?\s+(?:\w+ly\s+)?against))\s+"
    r"(?P<rest>(?:the|this|that|any)\s.*?)[.!]*\s*$", re.IGNORECASE)


_CONCEDES = re.compile(r"\b(?:but|however|though|although|yet|while|whereas|granted)\b", re.IGNORECASE)


def disputed(sentence: str) -> tuple[str, float] | None:
    """A claim the speaker takes a stance on as a claim, and the stance: ("P", -1) for "I stand
    against the idea that P" or "we reject the claim that P", ("P", +1) for "I argue for the view
    that P"; None otherwise. Its side is P's side, turned round where the speaker is against it."""
    text = " ".join(sentence.split())
    if text.endswith("?") or _CONCEDES.search(text):
        return None  # ("we accept the premise that P, but …" concedes P)
    stance: tuple[str, float] | None = announced(text)
    if stance is None or not stance[1]:
        match = _TAKES_CLAIM.search(text)
        if match is None or REBUTTAL.search(text[: match.start("rest")]) or _supposes(text[: match.start()]):
            return None
        stance = ends_claim(match.group("rest")), 1.0 if match.group("for") else -1.0
    idea = _IDEA_THAT.match(stance[0])
    if idea is None:
        return None
    # The claim ends with its clause: what follows a comma or a dash is the speaker's again.
    claim = re.split(r"\s*[,;:\u2014\u2013]\s*|\s+-\s+", idea.group("claim"))[0].rstrip(".! ")
    return (claim, stance[1]) if len(claim.split()) >= 2 else None


# "X belong(s) in Y", "X has a place in Y", and their denials: where a thing should (not) be.
_BELONGS = re.compile(
    _THING + r"(?:(?P<yes>belongs?|(?:has|have)\s+(?:a|its|their)\s+(?:\w+\s+)?place)"
    r"|(?P<no>(?:does|do)\s+not\s+belong|(?:doesn't|don't)\s+belong|(?:has|have)\s+no\s+(?:\w+\s+)?place))"
    r"\s+(?P<where>(?:in|at|on|inside)\s+[\w' -]+?)[.!]*\s*$", re.IGNORECASE)


def belongs(claim: str) -> str | None:
    """A claim of where a thing belongs, as keeping it there: "phones belong in schools" → "we
    should keep phones in schools", "boxing has no place in sport" → "we should not keep boxing in
    sport"; None otherwise. (Only a motion that removes the thing reads keeping it as a side.)"""
    match = _BELONGS.match(" ".join(claim.split()).rstrip(".! "))
    if match is None:
        return None
    kept = f"{match.group('what')} {match.group('where')}"
    return f"we should {'not ' if match.group('no') else ''}keep {kept}."


def answered(sentence: str) -> str | None:
    """What the speaker's bench says should be done ("our answer is to V …" → "V …"), or None."""
    match = _ANSWER_TO.search(" ".join(sentence.split()))
    return ends_claim(match.group("rest")) if match else None


def judged(sentence: str) -> tuple[str, float] | None:
    """A course of action and the speaker's verdict on it: ("lifting the ban", -1) for "Lifting the
    ban would be a disaster", ("to V X", ±1) for "It would be a mistake / right to V X"; None for
    anything else, a question, a concession or a clause the verdict depends on."""
    text = " ".join(sentence.split())
    if text.endswith("?") or REBUTTAL.search(text) or _ATTRIBUTED.search(text) or _HOLDS_BACK.search(text):
        return None
    match = _JUDGED.match(text)
    verdict_at = (match.start("bad") if match.group("bad") else match.start("good")) if match else 0
    acts = match is not None and match.group("head").lower() not in _NOT_ACTS and not _NONE.search(
        match.group("what"))
    # "… would be a mistake for the sport" still judges; "… is right out of the question" and "…
    # right to V" say something else.
    if match and acts and not _denied(text[match.end("what"):verdict_at]) and _JUDGED_ENDS.match(
            match.group("after")):
        return match.group("what"), -1.0 if match.group("bad") else 1.0
    match = _JUDGED_TO.match(text)
    if match and not _denied(text[: match.start("rest")]) and not _BELIEF.match(match.group("rest")):
        return f"to {ends_claim(match.group('rest'))}", -1.0 if match.group("bad") else 1.0
    return None


def _denied(frame: str) -> bool:
    """A "not", "never" or "no" in the words that give the verdict turns it round or hedges it ("would
    not be a mistake", "is no mistake"): none is read."""
    return bool(re.search(r"\b(?:not|never|no|hardly)\b|n't\b", frame, re.IGNORECASE))


def _supposes(frame: str) -> bool:
    """The frame opens on a supposition or a report: "If I argued that …", "They think I'm …"."""
    return bool(re.search(r"\b(?:if|whether|unless|when|once|suppose|imagine)\b", frame, re.IGNORECASE))


def settled(claim: str) -> str | None:
    """A claim about what should become of a thing, in the words the scorer reads: "the ban should go"
    → "we should end the ban", "boxing must stay legal" → "we should keep boxing legal", "cities
    should stop paying for stadiums" → "we oppose cities paying for stadiums"; None otherwise."""
    text = " ".join(claim.split()).rstrip(".! ")
    match = _GOES.match(text)
    if match:
        return f"we should {'not ' if match.group('not') else ''}end {match.group('what')}."
    match = _STAYS.match(text)
    if match:
        how = f" {match.group('how')}" if match.group("how") else ""
        return f"we should {'not ' if match.group('not') else ''}keep {match.group('what')}{how}."
    match = _STOPS.match(text)
    if match and not re.search(r"\b(?:not|never|no)\b|n't\b", match.group("who"), re.IGNORECASE):
        # To stop banning keeps what the ban would end; to stop paying ends the paying.
        act = f"{match.group('act')}{match.group('rest')}".lower()
        return f"we oppose {act}." if _ends(match.group("act")) else f"we support ending {act}."
    return None


def _ends(gerund: str) -> bool:
    """The gerund's verb itself ends or holds back something: "banning", "closing", "cutting"."""
    base = gerund.lower()[:-3]
    forms = {base, f"{base}e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base}
    return any(AGAINST_VERBS.fullmatch(form) for form in forms)
