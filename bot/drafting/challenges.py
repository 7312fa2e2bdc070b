"""Challenges that propose: a condition of sincerity and what the sincere actor "will" do.

"If the mayor means what she says about safety, she will close the road to lorries" and "A government that
cared about renters would cap deposits" both say that the actor should do the act: the condition only dares
the actor to prove it. `challenge(sentence)` words such a sentence as "ACTOR should VP" (or "should not VP"
for "No government that cared … would V"), for the proposal parser to read.

A real condition that foretells harm ("If the council closes the library, the village will lose its last
public room") warns against the act; `foretells_harm(sentence)` names it, so that the act is never read as
the author's proposal.
"""

from __future__ import annotations

import re

_ACTOR = (r"(?P<actor>(?!(?:you|I|it|this|that|there)\b)(?:the\s+|our\s+|this\s+|your\s+)?"
          r"[\w'-]+(?:\s+[\w'-]+){0,3}?)")
_ADVERB = r"(?:(?:really|truly|genuinely|honestly|at\s+all|even\s+half)\s+)?"
# What a sincere actor is: "means what she says", "is serious about X", "cares about X", "is committed to X".
_SINCERE = (
    r"(?:means?|meant)\s+(?:what|a\s+word\s+of\s+what)\s+(?:she|he|it|they|we)\s+(?:says?|said)"
    r"|(?:is|are|was|were)\s+" + _ADVERB + r"(?:serious|sincere|in\s+earnest|committed)\b"
    r"|(?:cares?|cared)\s+(?:about|for)\b"
    r"|(?:wants?|wanted)\s+to\s+be\s+taken\s+seriously\b"
    r"|(?:believes?|believed)\s+(?:a\s+word\s+of\s+)?(?:its|their|his|her|our)\s+own\s+"
    r"(?:words|rhetoric|slogans?|speeches|promises|manifesto|press\s+releases?)"
    r"|(?:has|have|had)\s+any\s+(?:regard|respect|concern|care|sense|shame)\b"
)
_MODAL = (r"(?P<modal>(?:will|would)\s+(?:have|need)\s+to|will|would|must|should|ought\s+to|needs?\s+to|"
          r"has\s+to|have\s+to)")
_REST = r"(?P<neg>not\s+|never\s+)?(?P<vp>(?!have\s+\w+(?:ed|en)\b|be\s+\w+ed\b)[a-z][^;:]{4,})$"
_IF_SINCERE = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?if\s+" + _ACTOR + r"\s+" + _ADVERB + r"(?:" + _SINCERE + r")[^,;:]{0,90},\s+"
    r"(?:then\s+)?(?P<subject>they|it|he|she|we|(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+" + _ADVERB
    + _MODAL + r"\s+(?:surely\s+|simply\s+|at\s+once\s+|now\s+)?" + _REST,
    re.I,
)
# "A government that cared about renters", "Any council worth its salt", "No mayor with an ounce of sense".
_VIRTUOUS = (
    r"(?:that|who|which)\s+" + _ADVERB + r"(?:" + _SINCERE + r"|took\s+[^,;:]{2,50}?\s+seriously"
    r"|(?:valued|believed\s+in|respected)\s+)[^,;:]{0,60}?"
    r"|serious\s+about\s+[^,;:]{2,50}?"
    r"|worth\s+(?:its|his|her|their|the)\s+(?:salt|name)"
    r"|with\s+(?:any|an\s+ounce\s+of|a\s+shred\s+of|a\s+grain\s+of|a\s+scrap\s+of)\s+"
    r"(?:sense|courage|backbone|conscience|shame|spine|compassion|imagination|ambition)"
)
_WOULD_VIRTUOUS = re.compile(
    r"^(?:and\s+|but\s+|so\s+|surely\s+)?(?P<det>a|an|any|no)\s+(?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?:" + _VIRTUOUS + r")\s+(?P<modal>would|will)\s+(?:surely\s+|simply\s+|at\s+once\s+|long\s+ago\s+)?"
    + _REST,
    re.I,
)
_PRONOUNS = frozenset(["they", "it", "he", "she", "we"])


def _same_actor(actor: str, subject: str) -> bool:
    """Whether the main clause's subject is the condition's actor: a pronoun, or the actor named again."""
    plain = re.sub(r"^(?:the|our|this|your)\s+", "", subject.lower())
    return subject.lower() in _PRONOUNS or plain == re.sub(r"^(?:the|our|this|your)\s+", "", actor.lower())


def challenge(sentence: str) -> str | None:
    """ "ACTOR should VP" for a challenge to the actor's sincerity ("If ministers are serious about obesity,
    they will tax sugary snacks"; "A government that cared about renters would cap deposits"), or None."""
    text = sentence.strip().rstrip(".!").strip()
    if text.endswith("?"):
        return None
    found = _IF_SINCERE.match(text)
    if found and _same_actor(found.group("actor"), found.group("subject")):
        actor = found.group("actor")
        if actor.lower() == "we":
            actor = "we"
        neg = "not " if found.group("neg") else ""
        return f"{actor} should {neg}{found.group('vp')}"
    virtuous = _WOULD_VIRTUOUS.match(text)
    if virtuous:
        negative = (virtuous.group("det").lower() == "no") != bool(virtuous.group("neg"))
        neg = "not " if negative else ""
        return f"the {virtuous.group('noun').lower()} should {neg}{virtuous.group('vp')}"
    return None


# The consequence a warning foretells: a loss, a harm or a failure ("will lose", "would close for good").
_HARM = (
    r"(?:lose|suffer|die|close|shut|collapse|vanish|disappear|fail|decline|struggle|regret|wither|crumble|"
    r"go\s+under|go\s+bust|pay\s+the\s+price|miss\s+out|be\s+(?:worse|poorer|lost|gone|left|forced|stranded|"
    r"ruined|harmed|hurt|cut\s+off)|never\s+forgive|rot|grow\s+worse|"
    r"ruin|destroy|starve|perish|sink|wreck|impoverish|enslave|poison|"
    # a bad state come to: "it will become an unhappy land", "the town would be made a desert"
    r"(?:become|grow|turn|prove|be\s+made|be\s+turned\s+into|be\s+reduced\s+to|be)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:unhappy|miserable|wretched|desolate|poor|poorer|barren|useless|worthless|helpless|"
    r"powerless|bankrupt|intolerable|unbearable|uninhabitable|dangerous|unsafe|idle|empty|sick|weak|weaker|"
    r"dependent|slaves?|desert|ruins?|wreck|burden|curse|disaster|misery))"
)
_FORETOLD = re.compile(
    r"^(?:and\s+|but\s+)?if\s+[^,;:?]{3,120},\s+(?:then\s+)?(?P<subject>[^,;:]{1,60}?)\s+"
    r"(?:will|would|could|may|might|is\s+going\s+to|are\s+going\s+to)\s+(?P<adv>(?:\w+ly\s+|soon\s+|also\s+)?)"
    + _HARM + r"\b",
    re.I,
)
_NO_HARM = re.compile(r"\b(?:no|fewer|less|never|not|no\s+longer)\b", re.I)


def foretells_harm(sentence: str) -> bool:
    """Whether a conditional sentence foretells a harm if its condition is met ("If the council closes the
    library, the village will lose its last public room"): a warning against the act, not a proposal of it."""
    found = _FORETOLD.match(sentence.strip())
    return found is not None and not _NO_HARM.search(found.group("subject") + " " + found.group("adv"))


# "If this ground were tenable, we should find …", "Were that true, we would see …": an argument granted
# for a moment, to draw from it a consequence that refutes it. What is granted is a claim: "this", "that",
# "it", or a noun of argument ("this ground", "their reasoning"), never a thing ("if the pier were sound").
_ARGUMENT_NOUN = (r"(?:ground|grounds|argument|reasoning|theory|view|doctrine|principle|claim|plea|objection|"
                  r"premise|premiss|logic|position|contention|assumption|rule|opinion|notion|idea|account)")
_CLAIMED = rf"(?:this|that|it|such|(?:the|this|that|their|his|her|your|our)\s+{_ARGUMENT_NOUN})"
_GRANTED = re.compile(
    rf"^(?:but\s+|now\s+|and\s+)?(?:if\s+{_CLAIMED}\s+(?:were|was|be|had\s+been)|"
    rf"(?:were|had)\s+{_CLAIMED}(?:\s+been)?)\s+(?:really\s+|indeed\s+|ever\s+)?"
    r"(?:so|true|the\s+case|tenable|right|correct|sound|valid|just|well[\s-]+founded)\b",
    re.I,
)


def granted_for_argument(sentence: str) -> bool:
    """Whether a sentence draws a consequence from an argument granted only to refute it ("If this ground
    were tenable, we should find a world full of women who …"): what "we should" do there is no proposal."""
    return _GRANTED.match(sentence.strip()) is not None
