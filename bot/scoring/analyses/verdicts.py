"""Verdicts: a speaker's judgement on a policy, in the forms debaters use, put in plain words.

"Why should taxpayers fund it?" says they should not; "I see no reason to keep it" says it should
go; "Germany was wrong to close them" says it should not have; "the case for X falls apart" opposes
X; "Keep the ban." and "Leave the voting age where it is." keep what they name; "I won't vote to
ban it", "Count me out of any plan to close it", "Nobody should be allowed to V" and "boxing must
go" take a stance on an act or say what should become of a thing. Each form is
rewritten as the plain statement it makes ("taxpayers should not fund it", "we should not keep it",
"we oppose X", "we should keep the ban"), which statements.py then reads against the motion like
any other; so is the speaker announcing their case or judging a course of action ("I'm here to
argue that P", "V-ing X would be a mistake": announcements.py). A clause in none of these forms has
no plain rewording here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.scoring.analyses.announcements import announced, answered, ends_claim, judged, settled
from bot.scoring.speech import split_sentences

# Words that open a clause and change nothing in what it says.
_LEAD = r"^\s*(?:(?:so|and|but|then|now|well|frankly|honestly|really|after all|in short),?\s+)*"
# "Why should X V …?", "Why would anyone V …?", "Why must we V …?": the speaker's answer is no.
_WHY_MODAL = re.compile(
    _LEAD + r"why\s+(?:on earth\s+|exactly\s+|then\s+)?(should|would|must|do|does)(n't|\s+not)?\s+"
    r"(?P<rest>.+?)\?*\s*$", re.IGNORECASE)
# "Why keep a ban that …?", "Why not scrap it?": a bare verb after "why".
_WHY_BARE = re.compile(_LEAD + r"why\s+(?P<not>not\s+)?(?P<rest>(?!should|would|must|do|does|is|are|was|were"
                       r"|did|can|could|has|have|will|shall)[a-z]+\b.*?)\?*\s*$", re.IGNORECASE)
# "There is no reason to V", "I see no good reason for X to V", "I can't see any reason not to V".
_NO_REASON = re.compile(
    _LEAD + r"(?:there\s+is|there's|(?:i|we)\s+(?:can\s+)?(?:see|find)"
    r"|(?:i|we)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:see|find|think\s+of|imagine|come\s+up\s+with"
    r"|name)"
    r"|nobody\s+has\s+(?:given|offered)|no\s+one\s+has\s+(?:given|offered))\s+(?P<none>no|any|a|one)\s+"
    r"(?:\w+\s+){0,2}?reasons?\s+(?:for\s+(?P<who>[\w' -]{2,40}?)\s+)?(?P<not>not\s+)?to\s+"
    r"(?P<rest>.+?)[.!?]*\s*$",
    re.IGNORECASE)
_CANNOT = re.compile(r"\b(?:cannot|can't|can not|could not|couldn't)\b|\bno\s+one\b|\bnobody\b",
                     re.IGNORECASE)
# "Nobody should be allowed to V", "No one must V": we should not V. (Not "nobody should have to V",
# which spares people a burden.)
_NOBODY = re.compile(
    _LEAD + r"(?:nobody|no\s+one)\s+(?:should|must|ought\s+to)\s+(?:\w+ly\s+|ever\s+)?"
    r"(?:be\s+(?:allowed|able|permitted)\s+to\s+)?(?P<act>(?!have\s+to\b|be\s+forced\b)[a-z]+\b.+?)"
    r"[.!]*\s*$",
    re.IGNORECASE)
# "X was wrong to V", "X is right to V", "Cities are right to help pay for …".
_JUDGED = re.compile(
    _LEAD + r"(?P<who>[\w' -]{2,50}?)\s+(?:was|were|is|are|would\s+be|will\s+be)\s+(?:\w+ly\s+)?"
    r"(?:(?P<bad>wrong|mistaken|foolish|reckless|misguided|irresponsible|unwise)"
    r"|(?P<good>right|wise|correct|sensible|justified))\s+to\s+(?P<rest>.+?)[.!?]*\s*$", re.IGNORECASE)
# "The case for X collapses / falls apart", "the argument against X does not survive …".
_CASE = re.compile(
    _LEAD + r"the\s+(?:whole\s+)?(?:case|argument)\s+(?P<dir>for|against)\s+(?P<what>.+?)\s+"
    r"(?:collapses|falls\s+apart|crumbles|fails|falls|does\s+not\s+(?:hold|stand|survive)|doesn't\s+(?:hold|stand"
    r"|survive)|cannot\s+(?:hold|stand|survive)|can't\s+(?:hold|stand|survive)|is\s+(?:hollow|weak|empty))\b",
    re.IGNORECASE)
# "I come down on the side of the ban", "on balance we come down against it".
_COME_DOWN = re.compile(
    r"\b(?P<who>i|we)\s+(?:\w+ly\s+)?come\s+down\s+(?:\w+ly\s+)?(?:(?P<for>on\s+the\s+side\s+of|in\s+favou?r\s+of)"
    r"|(?P<against>against))\s+(?P<what>.+?)[.!?]*\s*$", re.IGNORECASE)
# "Keep the ban.", "Leave the voting age where it is.", "Leave the farms alone": the speaker orders
# the thing named kept as it is.
# Something named kept, by a determiner or a bare plural ("Keep the ban.", "Keep fireworks legal.").
_KEPT = (r"(?:(?:the|our|this|these|those|its|their)\s+[\w-]|[a-z-]+[^su\W]s\b"
         r"|(?!(?:in|on|up|at|to|going|calm|quiet|faith|track|an?|it|them|that|this|him|her|you|me|us)\b)"
         r"[a-z][\w-]*\s+[a-z])")
# Keeping a thing away from somewhere is removing it from there.
_KEPT_AWAY = re.compile(r"\b(?:away|out|off|clear|apart)\b", re.IGNORECASE)
_KEEP_ORDER = re.compile(
    _LEAD + rf"(?:keep|retain|preserve|protect)\s+(?P<what>{_KEPT}.*?)[.!]*\s*$"
    r"|" + _LEAD + rf"leave\s+(?P<left>{_KEPT}.*?)\s+(?:alone|where\s+(?:it|they)\s+(?:is|are)"
    r"|as\s+(?:it|they)\s+(?:is|are)|in\s+place)\b", re.IGNORECASE)


def plain_verdict(clause: str, is_action: Callable[[str], bool]) -> str | None:
    """The plain statement a verdict in one of the forms above makes, or None. `is_action` tells
    a word that names the policy's action (the motion's verb, or keeping what it would change):
    it marks where the subject of "why should X V …?" ends. A unit of several sentences is read a
    sentence at a time."""
    for sentence in split_sentences(" ".join(clause.split())):
        plain = _plain_sentence(sentence, is_action)
        if plain is not None:
            return plain
    return None


def _plain_sentence(text: str, is_action: Callable[[str], bool]) -> str | None:
    """The plain statement one sentence's verdict makes, or None."""
    match = _WHY_MODAL.match(text)
    if match and _rhetorical(match.group(0), match.group("rest")):
        negated = bool(match.group(2))  # "why shouldn't you vote?" says you should
        return _modal_clause(match.group("rest"), negated, is_action)
    match = _WHY_BARE.match(text)
    if match:
        return f"we should {'' if match.group('not') else 'not '}{match.group('rest')}."
    match = _NO_REASON.match(text)
    if match and (match.group("none").lower() == "no" or _CANNOT.search(text[: match.start("none")])):
        who = match.group("who") or "we"
        return f"{who} should {'' if match.group('not') else 'not '}{match.group('rest')}."
    match = _NOBODY.match(text)
    if match:
        return f"we should not {ends_claim(match.group('act'))}."
    match = _JUDGED.match(text)
    if match:
        return f"{match.group('who')} should {'not ' if match.group('bad') else ''}{match.group('rest')}."
    match = _CASE.match(text)
    if match:
        return f"we {'oppose' if match.group('dir').lower() == 'for' else 'support'} {match.group('what')}."
    match = _COME_DOWN.search(text)
    if match:
        return f"{match.group('who')} {'support' if match.group('for') else 'oppose'} {match.group('what')}."
    # (An order opens a sentence: "keep X as an option" after a break is the tail of a longer one.)
    match = _KEEP_ORDER.match(text) if not text[:1].islower() else None
    if match:
        kept = match.group("what") or match.group("left")
        if _KEPT_AWAY.search(kept):
            return None  # "Keep phones out of classrooms" removes them from somewhere
        # Keeping the motion's own action ("Keep the ban.") backs it; keeping anything else keeps
        # what the motion would change.
        if any(is_action(w.lower()) for w in re.findall(r"[A-Za-z-]+", kept)):
            return f"we support {kept}."
        return f"we should keep {kept}."
    # (… or "boxing must go", "the ban should stay", the speaker's own, not "critics argue that …")
    acted = _act_stance(text) or (settled(_REASON.sub("", text)) if not _SAYS.search(text) else None)
    if acted:
        return acted
    return _announced_plain(text, is_action)


# The speaker's stance on an act rather than a thing: "I won't vote to ban them", "Count me out of any
# plan to close it", "count us in for scrapping it", "I'm not willing to let them keep …".
_REFUSING = (r"(?P<not>\s+(?:will|shall|would|could|can|do)?\s*(?:not|never)"
             r"|\s+(?:won't|wouldn't|can't|cannot|don't))?")
_VOTE_TO = re.compile(
    _LEAD + r"(?:i|we)(?:'ll|'d|\s+will|\s+shall|\s+would)?" + _REFUSING + r"\s+(?:\w+ly\s+)?vote\s+to\s+"
    r"(?P<act>[a-z]+\b.+?)[.!]*\s*$", re.IGNORECASE)
_WILLING = re.compile(
    _LEAD + r"(?:i|we)(?:'m|'re|\s+am|\s+are)(?P<not>\s+not|\s+never)?\s+(?:\w+ly\s+)?"
    r"(?:willing|prepared|ready)\s+to\s+(?P<act>[a-z]+\b.+?)[.!]*\s*$", re.IGNORECASE)
_COUNTED = re.compile(
    _LEAD + r"count\s+(?:me|us)\s+(?:(?P<in>in)|out)\s+(?:of|on|for|with)\s+"
    r"(?:(?:any|every|the|this|a|each)\s+)?(?:(?:\w+\s+)?(?:plan|attempt|move|proposal|law|rule|policy|effort"
    r"|campaign|scheme|idea|bid|push)\s+to\s+(?P<act>[a-z]+\b.+?)|(?P<doing>[a-z]+ing\b.+?))[.!]*\s*$",
    re.IGNORECASE)


# A claim put in someone's mouth or mind: "critics argue that the ban should go".
_SAYS = re.compile(r"\b(?:that|argue[sd]?|say[s]?|said|claim(?:s|ed)?|think[s]?|believe[sd]?|insist(?:s|ed)?"
                   r"|warn(?:s|ed)?|tell[s]?|told|according)\b", re.IGNORECASE)
# The reason given after a claim: ", because …" (its words are not the claim's).
_REASON = re.compile(r",?\s+(?:because|since|as|for|given|so\s+that)\b.*$", re.IGNORECASE)
def _act_stance(text: str) -> str | None:
    """The plain statement of a stance taken on an act: "we should (not) V …" or "we oppose V-ing …"."""
    for form in (_VOTE_TO, _WILLING):
        match = form.match(text)
        if match:
            return f"we should {'not ' if match.group('not') else ''}{ends_claim(match.group('act'))}."
    match = _COUNTED.match(text)
    if match is None:
        return None
    if match.group("act"):
        return f"we should {'' if match.group('in') else 'not '}{ends_claim(match.group('act'))}."
    return f"we {'support' if match.group('in') else 'oppose'} {ends_claim(match.group('doing'))}."


def _announced_plain(text: str, is_action: Callable[[str], bool]) -> str | None:
    """The plain statement of the speaker announcing their case or judging a course of action
    (announcements.py): "I stand against X" is "we oppose X", "I'm here to argue that P" is P in
    plain words, "V-ing X would be a mistake" is "we oppose V-ing X", "our answer is to V" is "we
    should V"."""
    answer = answered(text)
    if answer:
        return f"we should {answer}."
    verdict = judged(text)
    if verdict:
        return _judgement(*verdict)
    announcement = announced(text)
    if announcement is None:
        return None
    claim, stance = announcement
    if stance:
        return f"we {'support' if stance > 0 else 'oppose'} {claim}."
    verdict = judged(claim)
    if verdict:
        return _judgement(*verdict)
    inner = _plain_sentence(claim, is_action)
    return inner or settled(claim) or f"{claim}."


def _judgement(action: str, verdict: float) -> str:
    """The plain statement of a judged action: "we oppose lifting the ban" for a gerund judged a
    mistake, "we should not lift it" for "it would be a mistake to lift it"."""
    if action.startswith("to "):
        return f"we should {'' if verdict > 0 else 'not '}{action[3:]}."
    return f"we {'support' if verdict > 0 else 'oppose'} {action[0].lower()}{action[1:]}."


# "Why should we ban it?" is as often a signpost the speaker answers ("Three reasons.") as a
# verdict; it is one when it asks about someone else, asks "on earth", or sets the policy against
# a circumstance ("… when they bring so much joy?").
_PLAIN_ASKER = re.compile(r"^(?:we|i|you)\b", re.IGNORECASE)
_LOADED = re.compile(r"\bon earth\b|\b(?:when|while|whereas|just because|given that|if)\b", re.IGNORECASE)


def _rhetorical(question: str, rest: str) -> bool:
    """A "why should X V …?" question that answers itself no."""
    return not _PLAIN_ASKER.match(rest) or bool(_LOADED.search(question))


def _modal_clause(rest: str, negated: bool, is_action: Callable[[str], bool]) -> str | None:
    """ "any town still allow its library to close" (after "why should") → "any town should not
    allow its library to close": the modal goes back before the first word of the policy's action
    (None where no such word follows a subject)."""
    words = rest.rstrip("?.! ").split()
    for k in range(1, len(words)):
        if is_action(words[k].lower().strip(",;:")):
            subject, predicate = " ".join(words[:k]), " ".join(words[k:])
            return f"{subject} should {'' if negated else 'not '}{predicate}."
    return None
