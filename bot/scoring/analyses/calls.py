"""Calls on the motion: the speaker telling the room what to do with the motion itself.

"Pass this motion", "Throw the resolution out", "Vote this down and keep the Games as they are",
"Support the motion, because …", "I won't vote for this", "I urge you to reject it": the call names
the motion, or points at it with a bare "this" or "it" at the start of a sentence, so it states the
speaker's side whatever follows it. A call inside a question, a conditional warning ("Pass this
motion and you will see prices rise") or someone else's words ("they will tell you to reject it")
states none.
"""

from __future__ import annotations

import re

# Where a call begins: the sentence's start, after a word that leads into it ("So,", "Please",
# "Friends,") or a speaker asking the room ("I urge you to", "Let's", "you should", "we will").
_LEAD = (r"(?:^|[.!?;:]\s+)\W*(?:(?:so|then|therefore|now|please|and|friends|colleagues|judges|chair"
         r"|madam speaker|mr speaker|ladies and gentlemen|in short|in the end|for that reason"
         r"|(?:that|this)(?:'s| is) why),?\s+)*")
# The speaker asking the room to act: "I urge you to", "we ask the House tonight to" (statements.py
# reads the same asking before a named policy).
ASKS_ROOM = (r"(?:i|we)(?: would| will| must| do)?(?: \w+ly)? (?:urge|ask|invite|beg|call on|implore"
             r"|encourage) (?:you|the house|this house|the room|this room|the chamber|this chamber"
             r"|the judges?|the audience|everyone|all of you)(?: here)?(?: all| tonight| today)? to ")
_ASKER = (rf"(?:{ASKS_ROOM}(?:(?:\w+ly|all) )?"
          r"|let(?:'s| us) |you (?:should|must|ought to|can) "
          r"|(?:i|we)(?:'ll|'d| will| would| shall| must| should| am going to| are going to)? "
          r"|(?:i|we)(?:'m|'re| am| are)(?: \w+ly)? (?=voting\b))?")
_REFUSAL = r"do not|don't|never|won't|will not|wouldn't|would not|cannot|can't|refuse to|shall not"
# The motion named, or pointed at.
_MOTION = (r"(?:(?:this|the|tonight's|today's|that)(?: \w+)? (?:motion|resolution|proposition)"
           r"|this(?! \w+ (?:is|are|was|were)\b)|it)")
_FOR = (r"pass|carry|adopt|support|back|endorse|accept|affirm|uphold|approve|vot(?:e|ing) for"
        r"|vot(?:e|ing) in favou?r of|vote yes (?:to|on)|say yes to")
_AGAINST = (r"reject|defeat|oppose|dismiss|turn down|sink|vot(?:e|ing) against|vote no (?:to|on)|say no to"
            r"|block")
_CALL = re.compile(
    rf"{_LEAD}{_ASKER}(?:(?P<not>{_REFUSAL}) )?(?:(?P<backs>{_FOR})|{_AGAINST}) {_MOTION}(?=\W|$)"
    rf"|{_LEAD}{_ASKER}(?:(?P<not2>{_REFUSAL}) )?(?:vote|throw|kick|chuck|strike|knock|wave|push) {_MOTION}"
    r" (?:(?P<through>through)|out|down)\b"
    # "Count me out.", "Count us in on this resolution."
    rf"|{_LEAD}count (?:me|us) (?:(?P<in>in)|out)(?: (?:of|on|for|with) {_MOTION})?(?=\s*(?:[.;:!,]|$))"
    # "I stand with this motion", "we stand firmly against the resolution", "I'm proud to stand with the
    # theatre against this motion"
    rf"|{_LEAD}(?:i|we)(?:'m|'re| am| are)?(?: \w+ly)?(?: (?:proud|glad|happy|honou?red|here) to)?"
    r" stand(?:ing)?(?: \w+ly)?(?: with [^.;:!?]{1,40}?)? (?:(?P<with>with|behind|for)|against)"
    r" (?:(?:this|the|tonight's|today's)(?: \w+)? (?:motion|resolution))\b",
    re.IGNORECASE)
# "Pass this motion and you will …": a warning of what follows, not a call.
_WARNING = re.compile(
    r"^[^.;:!?]*?\band (?:you|we|they|the \w+)(?:'ll| will| would| could| may)?\b(?! all\b)", re.IGNORECASE)


def motion_call(unit: str) -> float:
    """+1 when the speaker calls on the room to pass the motion, -1 to defeat it, else 0."""
    if unit.rstrip().endswith("?"):
        return 0.0
    match = _CALL.search(unit)
    if match is None or _WARNING.match(unit[match.end():]):
        return 0.0
    backs = any(match.group(name) for name in ("backs", "through", "in", "with"))
    return (1.0 if backs else -1.0) * (-1.0 if match.group("not") or match.group("not2") else 1.0)
