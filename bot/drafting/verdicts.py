"""Verdicts that state a thesis: a plain subject judged in words of value.

"Homework for infants does more harm than good", "The new stadium was a costly mistake", "Zoos have had their
day", "Speed cameras are worth every penny", "Unpaid internships are a scandal": each judges its subject,
and is the claim a belief motion words ("This House believes that …"). What only describes ("The stadium
cost 40 million") names no value, and a verdict someone else gives ("Critics say the cameras are a
scandal", "An audit found …") is reported, not the author's: neither is read.
"""

from __future__ import annotations

import re

# A judging noun after "is/was (a/an) …": "a scandal", "a costly mistake", "a white elephant" ("the failure of
# the contractors" names a fact, not a verdict: no definite article).
_NOUNS = (
    r"mistake|blunder|error|scandal|disgrace|outrage|travesty|farce|sham|con|racket|swindle|failure|fiasco|"
    r"disaster|catastrophe|shambles|flop|waste\s+of\s+(?:money|time|space|public\s+money)|folly|injustice|insult|"
    r"betrayal|menace|scourge|curse|plague|blight|relic|anachronism|luxury|white\s+elephant|vanity\s+project|"
    r"false\s+economy|bargain|blessing|boon|godsend|lifeline|triumph|success|necessity|no-brainer|"
    r"(?:good|bad|terrible|dreadful|wonderful|brilliant|great|excellent|awful|poor|stupid|foolish|wise|"
    r"sensible)\s+(?:idea|thing|deal|investment|policy)"
)
_ADJECTIVES = (
    r"wrong|unfair|unjust|cruel|pointless|indefensible|unacceptable|outdated|obsolete|absurd|immoral|harmful|"
    r"wasteful|futile|counterproductive|counter-productive|indispensable|overdue|long\s+overdue|unjustified|"
    r"unjustifiable|shameful|disgraceful|scandalous|unaffordable|unworkable|misguided|doomed|worthless|"
    r"a\s+waste"
)
# A modifier before the judging noun ("a costly mistake"), never a determiner ("the failure of …": a fact).
_MODIFIER = r"(?!(?:the|this|that|these|those|its|their|his|her|our|my|your)\b)[\w'-]+"
_ADVERBS = r"(?:(?:simply|plainly|utterly|deeply|quite|clearly|frankly|nothing\s+less\s+than|nothing\s+but|" \
    r"little\s+more\s+than|no\s+more\s+than|just|an?\s+absolute|both)\s+)?"
_COPULA = r"(?:is|are|was|were|has\s+been|have\s+been|remains?|looks?\s+like)"
# The predicate of a verdict, each form of value in its own alternative.
_PREDICATE = (
    r"(?:do|does|did)\s+(?:far\s+|much\s+)?more\s+(?:harm|damage)\s+than\s+good"
    r"|(?:do|does|did)\s+(?:far\s+|much\s+)?more\s+good\s+than\s+(?:harm|damage)"
    r"|(?:has|have)\s+had\s+(?:its|their)\s+day"
    r"|(?:has|have)\s+(?:outlived|outgrown|run)\s+(?:its|their)\s+(?:usefulness|purpose|course|time)"
    r"|(?:is|are)\s+(?:long\s+)?past\s+(?:its|their)\s+(?:sell-by\s+date|best|prime)"
    r"|(?:belongs?|belonged)\s+in\s+(?:the\s+past|a\s+museum|the\s+history\s+books)"
    r"|(?:is|are|was|were)\s+(?:worth|well\s+worth)\s+(?:every\s+penny|every\s+pound|the\s+money|the\s+cost|"
    r"the\s+price|the\s+expense|every\s+cent|the\s+wait)"
    r"|(?:is|are|was|were)\s+money\s+well\s+spent"
    r"|(?:has|have)\s+gone\s+(?:far\s+)?too\s+far"
    r"|(?:has|have)\s+(?:utterly\s+|plainly\s+|clearly\s+|simply\s+)?failed(?=$)"  # "… failed in May": news
    r"|(?:pays?|paid)\s+for\s+(?:itself|themselves)(?:\s+many\s+times\s+over)?"
    r"|" + _COPULA + r"\s+" + _ADVERBS + r"(?:an?\s+)?(?:" + _MODIFIER + r"\s+){0,2}?"
    r"(?:" + _NOUNS + r")(?:s|es)?"
    r"|" + _COPULA + r"\s+" + _ADVERBS + r"(?:" + _ADJECTIVES + r")"
)
# A plain subject: a noun phrase of up to seven words, no pronoun opening, no verb of its own.
_VERDICT = re.compile(
    r"^(?P<subject>(?!(?:it|this|that|these|those|they|he|she|we|you|I|there|what|which|who|some|many|"
    r"critics|opponents|supporters|defenders|people|everyone|nobody|if|whether|for|in|on|at|by|with|from|of|to|"
    r"as|after|before|since|when|while|although|though|because|unless|once|yet|but|and|so)\b)[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,6}?)\s+(?P<predicate>" + _PREDICATE + r")"
    r"(?P<tail>\s+(?:for|to|on|in|of|at|from|and|by)\s+[^,;:]{2,60})?"
    r"(?P<contrast>,\s+(?:not|rather\s+than|never)\s+[^,;:]{2,40})?$",
    re.I,
)
# A verb inside the subject makes it a clause that reports or describes: "Critics say the cameras",
# "An audit found the stadium", "The figures show that zoos".
_SUBJECT_VERB = re.compile(
    r"\b(?:says?|said|argue[sd]?|claim(?:s|ed)?|think|thinks|thought|believe[sd]?|insist(?:s|ed)?|found|finds?|"
    r"show(?:s|ed)?|suggest(?:s|ed)?|warn(?:s|ed)?|admit(?:s|ted)?|agree[sd]?|call(?:s|ed)?|reckon(?:s|ed)?|"
    r"concluded?|feel|feels|felt|according|is|are|was|were|will|would|may|might|could|should|must|can|"
    r"that|not|never|no|if|when|whether|because|there|here)\b",
    re.I,
)

# A subject that names nothing a motion could debate: "The whole thing is a cruel farce".
_VAGUE = re.compile(r"\b(?:thing|things|matter|business|affair|situation|lot|whole|all|one)$", re.I)
# A denied verdict ("The stadium was not a mistake") answers another's view; its direction is unclear.
_DENIED = re.compile(r"\b(?:not|never|no\s+longer|hardly|scarcely)\b|n['’]t\b", re.I)


def verdict(sentence: str) -> str | None:
    """The claim of a sentence that judges a plain subject in words of value ("Zoos have had their day"), or
    None: a description, a reported verdict, a question, a negation or a longer period."""
    text = sentence.strip().rstrip(".!").strip()
    text = re.split(r"\s*;\s*|,\s+(?:but|and|yet|while|whereas)\s+|\s+[–—]\s+", text, maxsplit=1)[0]
    if text.endswith("?") or len(text.split()) > 20 or not text[:1].isupper():
        return None
    found = _VERDICT.match(text)
    if found is None or _SUBJECT_VERB.search(found.group("subject")) or _VAGUE.search(found.group("subject")):
        return None
    if _DENIED.search(text[: found.start("contrast")] if found.group("contrast") else text):
        return None  # "…, not a luxury" only sets the verdict against another; "was not a mistake" denies
    return text
