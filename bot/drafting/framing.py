"""Frames around an explicit proposal, rewritten to the plain "ACTOR should VP" the parser reads.

"I would urge ministers to V" → "ministers should V"; "It is time the council made X Y" → "the council should
make X Y"; "My recommendation is that X should V" and "It is my firm opinion, …, that X ought to V" → the
clause; "that X be established" → "X should be established"; "Nothing short of a ban on X will do" → "we
should impose a ban on X"; "I shall send to the council a plan" → "we should adopt a
plan" (`announced.py`); "Instead of V-ing A, X should V B" → "X should V B"; "X should stop A and should
instead V B" → one modal for both verbs. A sentence with none of these frames comes back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.drafting.announced import announced_measure
from bot.drafting.baseforms import known_gerund_base
from bot.drafting.cues import VIEW_HEAD
from bot.drafting.deontics import mandative_clause
from bot.drafting.exhortations import time_wish
from bot.drafting.leadins import ADDRESS
from bot.drafting.verbforms import PAST_FORMS

_READERS = re.compile(r"^(?:you|the reader|readers|everyone|anyone|all of you|each of you)\b", re.I)
_URGE = re.compile(
    # "I would urge ministers to V", "We are therefore asking the church council, when it meets, to V"
    # "We have to tell Congress it's time to V": the message is the call
    r"^(?:I|we)\s+(?:(?:would|should|do|must|have\s+to|need\s+to)\s+|(?:am|are)\s+(?=\w+\s+\w+ing\b|\w+ing\b))?"
    r"(?:strongly\s+|therefore\s+|now\s+|formally\s+)?"
    r"(?:urg(?:e|ing)|ask(?:ing)?|call(?:ing)?\s+(?:up)?on|implor(?:e|ing)|beg(?:ging)?|press(?:ing)?|"
    r"petition(?:ing)?|tell(?:ing)?|remind(?:ing)?)\s+"
    r"(?P<actor>(?!(?:a|an|that|this|it|leave|indulgence|permission|pardon|attention|patience|your|you|"
    r"them|him|her|me|us|the\s+truth|stories|lies)\b)[^,;:]{2,60}?)"
    r"(?:,\s+(?:when|at|before|after|in|on|during|once)\b[^,;:]{2,60},)?\s+"
    r"(?:(?:that\s+)?it(?:['’]s|\s+is)\s+(?:high\s+|about\s+)?time\s+(?:for\s+(?:them|it)\s+)?)?"
    r"to\s+(?P<vp>\w.+)$",
    re.I,
)
# "We propose to secure a tract of land …", "I therefore propose to abolish the toll": the author's own plan.
_PROPOSE_TO = re.compile(
    r"^(?:(?:as|since|because)\s[^;:]{3,160}?,\s+)?(?:I|we)\s+(?:\w+ly\s+|therefore\s+|now\s+|also\s+|then\s+|"
    r"further\s+)?(?:propose|intend|mean)\s+to\s+(?P<vp>[a-z].+)$", re.I)
# What the author proposes to do in the piece itself, not in the world: "I propose to devote the bulk of this
# volume to …", "we propose to show / examine / consider …".
_WRITING_ACT = re.compile(
    r"^(?:devote|show|examine|discuss|consider|treat|describe|explain|outline|set\s+forth|deal\s+with|speak|"
    r"say|argue|prove|inquire|enquire|review|survey|sketch|trace|touch|dwell|turn|return|begin|conclude|"
    r"illustrate|point\s+out|state|summari[sz]e|answer|reply|quote|cite|give\s+(?:an?\s+)?(?:account|"
    r"example|instance|sketch|outline))\b", re.I)
# The signatories named after "We": "We, the undersigned residents, workers and students of X, petition …".
# A body speaking of itself in the third person, in the present: "The Association therefore calls on the
# Department to V", "This Council urges the Minister to V" (a call told in the past is reported, not made).
_BODY_CALLS = re.compile(
    r"^(?:the|this|our)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:association|society|union|council|committee|board|"
    r"federation|league|institute|network|trust|campaign|forum|alliance|group|branch|chapter|college)\s+"
    r"(?:therefore\s+|also\s+|now\s+|again\s+)?(?:calls\s+(?:up)?on|urges|asks|requests|implores)\s+", re.I)
_UNDERSIGNED = re.compile(
    r"^we,\s+the\s+undersigned\b[^.;:]{0,160}?,\s+(?=(?:\w+ly\s+)?(?:petition|call|urge|ask|request|demand|"
    r"appeal|beg|pray)\w*\b)", re.I)
# A paper or board speaking of itself: "This newspaper believes the Ministry should …".
_OWN_BODY = (r"(?:this|our)\s+(?:newspaper|paper|magazine|journal|column|editorial\s+board|board|society|"
             r"association|union|committee)\s+(?:therefore\s+|now\s+|has\s+long\s+|firmly\s+|still\s+)?"
             r"(?:believes|holds|argues|argued|maintains|takes\s+the\s+view)(?:\s+that)?")
_OPINION = re.compile(
    r"^(?:" + VIEW_HEAD + r"(?:,[^,]{2,90},)?\s+that|" + _OWN_BODY
    + r"|I\s+(?:would\s+)?(?:\w+ly\s+|therefore\s+|then\s+|now\s+|also\s+|accordingly\s+)?"
    r"(?:propose|suggest|recommend|submit|move)\s+that)\s+(?P<clause>.+)$",
    re.I,
)
# A call put to those the speaker addresses: "So here's my challenge to every employer in this room: give your
# staff the right to switch off" → "every employer should give their staff the right to switch off".
_ADDRESSED_CALL = re.compile(
    r"^(?:so\s+|and\s+|now\s+)?(?:here(?:'s|\s+is)\s+)?" + ADDRESS
    + r"(?P<actor>[^:;]{2,70}?)\s*:\s*(?P<vp>[a-z][^:;]+)$",
    re.I,
)
_HERE_AND_NOW = re.compile(r"\s+(?:in\s+this\s+(?:room|hall|chamber)|here\s+(?:tonight|today)|"
                           r"(?:listening|watching|reading)(?:\s+\w+)?)$", re.I)
# The author lists reasons for a proposal: "Here are three reasons why the city should build X".
_REASONS = re.compile(
    r"^(?:here\s+are|these\s+are|below\s+are|there\s+are)\s+(?:\w+\s+)?(?:good\s+|simple\s+|strong\s+)?"
    r"reasons?\s+(?:why|that)\s+(?P<clause>.+)$",
    re.I,
)
# A wish the author voices: "It is therefore greatly to be wished that the corporation would erect …", "I
# heartily wish the board would V", "If only the council would V": the one wished for should V.
_WISHED = re.compile(
    r"^(?:(?:it\s+is|'tis)\s+(?:therefore\s+|then\s+|surely\s+)?(?:\w+ly\s+|much\s+|greatly\s+)?"
    r"to\s+be\s+(?:wished|desired|hoped(?:\s+for)?)|I\s+(?:\w+ly\s+|do\s+)?wish|if\s+only)\s+(?:that\s+)?"
    r"(?P<actor>(?!(?:I|you|it|they|he|she|this|that|there)\b)[^;:]{2,160}?)\s+(?:would|could|might|will)\s+"
    r"(?P<vp>(?!have\b|be\s+\w+ing\b)[a-z].+)$",
    re.I,
)
# A call the evidence is said to warrant: "We think the evidence is strong enough that the council should
# approve the trial", "The case for it is now so plain that X must V".
_WARRANTED = re.compile(
    r"^(?:(?:I|we)\s+(?:\w+ly\s+)?(?:think|believe|feel|consider)\s+(?:that\s+)?)?(?:the\s+)?(?:evidence|case|"
    r"need|argument|reasons?|benefits?)(?:\s+for\s+[^,;:]{2,40}?)?\s+(?:is|are)\s+(?:now\s+)?(?:so\s+|quite\s+)?"
    r"(?:strong|clear|compelling|overwhelming|urgent|good|great|plain)(?:\s+enough)?\s+that\s+(?P<clause>.+)$",
    re.I,
)
_HAS_MODAL = re.compile(r"\b(?:should|must|shall|will|would|may|might|can|could|ought)\b", re.I)
_SUBJUNCTIVE = re.compile(r"^(?P<actor>[^,;:]{2,90}?)\s+be\s+(?P<part>[a-z]+(?:ed|en|t))\b(?P<rest>.*)$")
_NOTHING_SHORT = re.compile(
    r"^(?:[^;:]{2,200}?(?:,\s+and|;)\s+)?nothing\s+(?:short\s+of|less\s+than)\s+"
    r"(?P<np>(?:a|an|the|(?P<gerund>[a-z]{3,}ing))\s+.{3,140}?),?\s+(?:will|would|can|could)\s+"
    r"(?:do|suffice|serve|work)$",
    re.I,
)
_IMPOSED = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+)?(?:ban|cap|limit|tax|levy|duty|moratorium|curfew|charge)\b", re.I)
_WHETHER_ASIDE = re.compile(
    r",\s+whether\s+[^,;:]{1,40}(?:,\s+[^,;:]{1,40})*?\s+or\s+[^,;:]{1,40},(?=\s)", re.I)
_INSTEAD_OPENER = re.compile(r"^(?:instead of|rather than)\s+\w+ing\b[^,;]{0,90},\s*(?=\S)", re.I)
_SECOND_MODAL = re.compile(
    r"^(?P<first>[^,;:]{2,90}?\b(?:should|must)\s+\w[^;:]*?),?\s+and\s+(?:should|must)\s+(?P<adv>instead\s+|also\s+)?"
    r"(?=[a-z])",
    re.I,
)


_LET_US = re.compile(
    r"^(?:and\s+|so\s+|now\s+|then\s+)?let\s+us\s+(?:\w+ly\s+)?(?:resolve|strive|determine|resolve\s+together|"
    r"work|pledge|commit\s+ourselves)(?:\s+on)?\s+to\s+(?P<vp>[a-z]\w*\b.+)$",
    re.I,
)
_VOTE = re.compile(
    r"^(?:so\s+|therefore\s+)?(?:you|we)\s+(?:should|must|ought\s+to)\s+vote\s+(?:yes\s+)?"
    r"(?:(?:to|and)\s+(?P<vp>[a-z]\w*\b.+)|for\s+(?P<np>.+))$",
    re.I,
)
_WANT_SEE = re.compile(
    r"^I\s+(?:(?:would\s+like|want|wish|hope|long)\s+to|(?:would|had|should)\s+(?:rather|sooner)|would)\s+see\s+"
    r"(?P<actor>[^,;:]{2,90}?)\s+"
    r"(?P<part>(?!been\b)[a-z]+(?:ed|en|t|ught|ld|ne))\s+(?P<rest>(?:by|in|as|at|on|to|into|from|for|and)\b.*)$",
)
_AGENT = re.compile(
    r"^by\s+(?P<agent>(?:the|a|an|its|our|their)\s+(?:\w+\s+){0,3}?\w+)(?=\s+and\b|$)\s*(?P<rest>.*)$")
_DETERMINERS = r"(?:the|a|an|our|their|its|this|these|those|every|all|some|any|no)"
_IF_PROMISE = re.compile(
    # the actor is more than a determiner ("If the members agree, …" has no verb in -s after "the")
    r"^(?i:if)\s+(?P<actor>(?!you\b|we\b|I\b|it\b|they\b)(?:(?i:" + _DETERMINERS + r")\s+|(?!(?i:"
    + _DETERMINERS + r")\b))[^,;:]{2,60}?)\s+(?P<verb>[a-z]{3,}s)\s+"
    r"(?P<rest>[^,;:]{3,160}?),\s+(?:it|they|this|that|we|the\s+\w+)\s+(?:will|would|could|can)\s+\w+.*$",
)


def _third_to_base(verb: str) -> str:
    """"opens" → "open", "pays" → "pay", "teaches" → "teach", "buries" → "bury"."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|zz)es$", verb):
        return verb[:-2]
    return verb[:-1]


def _no_base_form(_word: str) -> bool:
    return False


def unframe(text: str, base: Callable[[str], str], is_verb: Callable[[str], bool] | None = None) -> str:
    """The sentence with a proposal's frame rewritten to "ACTOR should VP" (`base`: a participle's base form;
    `is_verb`: whether a base form is a verb, for "it is time X did not V"); unchanged when it has none of the
    frames above."""
    text = _INSTEAD_OPENER.sub("", text, count=1)
    text = _WHETHER_ASIDE.sub("", text, count=1)  # "Every container, whether glass or can, should …"
    let_us = _LET_US.match(text)
    if let_us:
        return f"we should {let_us.group('vp')}"
    vote = _VOTE.match(text)
    if vote:
        vp = vote.group("vp") or f"approve {vote.group('np')}"
        return f"we should {vp}"
    seen = _WANT_SEE.match(text)
    if seen:
        agent = _AGENT.match(seen.group("rest"))
        if agent is None:
            return f"{seen.group('actor')} should be {seen.group('part')} {seen.group('rest')}"
        # "the shop bought by the parish and run as a cooperative" → "the parish should buy the shop and run
        # it as a cooperative"
        rest = re.sub(r"^and\s+([a-z]+)\s+(as|into|for|with|by)\b",
                      lambda m: f"and {base(m.group(1))} it {m.group(2)}", agent.group("rest"))
        verb = PAST_FORMS.get(seen.group("part")) or base(seen.group("part"))
        return f"{agent.group('agent')} should {verb} {seen.group('actor')} {rest}".strip()
    promise = _IF_PROMISE.match(text)
    if promise and not promise.group("verb").endswith("ss"):
        rest = re.sub(r"\b(and|or)\s+([a-z]{3,}s)\b", lambda m: f"{m.group(1)} {_third_to_base(m.group(2))}",
                      promise.group("rest"), count=1)
        return f"{promise.group('actor')} should {_third_to_base(promise.group('verb'))} {rest}"
    announced = announced_measure(text)  # "I shall send to the council a plan …", "I will ask X to V"
    if announced is not None:
        return announced
    # "We, the undersigned …, petition X to V"; "The Association calls on X to V"
    intended = _PROPOSE_TO.match(text)  # "We propose to secure a tract of land …": the author's own plan
    if intended and not _WRITING_ACT.match(intended.group("vp")):
        # "observe, as we have in the past, our own treaty obligations": the aside goes with both its commas
        return "we should " + re.sub(r",\s+as\s+(?:\w+\s+){0,7}\w+,\s+(?=[a-z])", " ", intended.group("vp"))
    urged = _URGE.match(_BODY_CALLS.sub("we call on ", _UNDERSIGNED.sub("we ", text, count=1), count=1))
    if urged and not _READERS.match(urged.group("actor")):
        return f"{urged.group('actor')} should {urged.group('vp')}"
    addressed = _ADDRESSED_CALL.match(text.replace("’", "'"))  # "here's my challenge to every employer: V"
    if addressed:
        actor = _HERE_AND_NOW.sub("", addressed.group("actor"))
        vp = re.sub(r"\byour\b", "their", re.sub(r"\byourselves\b", "themselves", addressed.group("vp")))
        return f"{actor} should {vp}"
    wished = _WISHED.match(text)  # "It is greatly to be wished that the corporation would erect …"
    if wished:
        return f"{wished.group('actor')} should {wished.group('vp')}"
    warranted = _WARRANTED.match(text)  # "The evidence is strong enough that the council should V"
    if warranted and _HAS_MODAL.search(warranted.group("clause")):
        return warranted.group("clause")
    reasons = _REASONS.match(text)  # "Here are three reasons why the city should build X"
    if reasons:
        return reasons.group("clause")
    opinion = _OPINION.match(text)
    if opinion:
        text = opinion.group("clause")
        subjunctive = _SUBJUNCTIVE.match(text)
        modal = re.search(r"\b(?:should|must|shall|will|would|may|ought)\b", subjunctive["actor"]) if (
            subjunctive) else None
        if subjunctive and not modal:
            text = f"{subjunctive['actor']} should be {subjunctive['part']}{subjunctive['rest']}"
        elif not subjunctive and not _HAS_MODAL.search(text):  # "I move that this Association petition …"
            text = mandative_clause(text, set()) or text
    wish = time_wish(text, base, is_verb or _no_base_form)  # "It is time the council made X Y"
    if wish is not None:
        return wish
    short = _NOTHING_SHORT.match(text)
    if short and short.group("gerund"):  # "nothing less than doubling the canopy will do"
        act = known_gerund_base(short.group("gerund"), is_verb) if is_verb else None
        if act:
            return f"we should {act}{short.group('np')[len(short.group('gerund')):]}"
    elif short:
        verb = "impose" if _IMPOSED.match(short.group("np")) else "introduce"
        return f"we should {verb} {short.group('np')}"
    return text


_RESOLVE = re.compile(
    r"^(?:(?:tonight|today|now|so|and|then|therefore|here),?\s+)?let\s+us\s+(?:\w+ly\s+)?"
    r"(?:resolve|strive|determine|pledge|work)(?:\s+on)?\s+to\s+(?=[a-z])",
    re.I,
)


_FRONTED_SERIES = re.compile(
    r"^(?:with|in|for|by|on|under|through|from)\s+[^;:.]{2,200}?,\s+(?=let\s+us\b)", re.I)


def plain_resolve(text: str) -> str:
    """"Tonight let us resolve to V" / "With malice toward none, …, let us strive on to V" / "Let us go to
    our MPs and V" → "let us V"; other sentences unchanged."""
    text = _FRONTED_SERIES.sub("", text, count=1)
    text = _MODAL_ASIDE.sub(r"\g<modal> ", text, count=1)
    text = _GO_AND.sub(r"\g<lead> ", text, count=1)
    return _RESOLVE.sub("let us ", text, count=1)


# An aside between a modal and its verb: "the Assembly ought, at its next sitting, to issue …".
_MODAL_ASIDE = re.compile(
    r"\b(?P<modal>ought|should|must|shall)\s*,\s+(?!(?:and|but|or|if|unless|when|which|who)\b)[^,;:]{2,70},\s+"
    r"(?=(?:to\s+)?[a-z])")


# "Let us go to our MPs, all of them, and demand a law …": going there is how, the act is what follows.
_GO_AND = re.compile(
    r"(?P<lead>\blet\s+us|\bwe\s+(?:should|must))\s+go(?:\s+(?:to|back\s+to)\s+[^.;:]{2,80}?)?"
    r",?\s+and\s+(?=[a-z])", re.I)


def one_modal(text: str) -> str:
    """"X should stop A and should instead V B" → "X should stop A and instead V B"."""
    return _SECOND_MODAL.sub(lambda m: f"{m.group('first')} and {m.group('adv') or ''}", text, count=1)


_OWN = re.compile(r"^(?:I\b|my\b|our\b|here\s+are\b|(?:so\s+)?here(?:'s|\s+is)\s+my\b|"
                  r"we,\s+the\s+undersigned\b|this\s+(?:newspaper|paper)\b|"
                  r"(?:and\s+|so\s+|now\s+|then\s+)?let\s+us\b|"
                  r"(?:so\s+|therefore\s+)?you\s+(?:should|must|ought\s+to)\s+vote\b|if\s+|it\s+is\s+(?:my|our)\b|it\s+is\s+(?:high\s+|about\s+)?time\b|"
                  r"it's\s+time\b|(?:[^;:]{2,200}?(?:,\s+and|;)\s+)?nothing\s+(?:short\s+of|less\s+than)\b)",
                  re.I)


def own_frame(text: str) -> bool:
    """Whether the frame around a proposal is the author's own call ("I would urge …", "It is time …", "The
    Society calls on …")."""
    return bool(_OWN.match(text) or _BODY_CALLS.match(text))


_HEADING = re.compile(
    r"^(?:the\s+|our\s+|my\s+|a\s+)?(?:proposal|remedy|plan|solution|recommendation|reform)\s*:\s*"
    r"(?P<np>(?:a|an|the)\s+[A-Za-z][\w' -]{3,90})$",
    re.I,
)


def proposal_heading(text: str) -> str | None:
    """A heading that names the proposal ("The Proposal: A Register of Private Landlords") as the plain
    "we should introduce a register of private landlords"; None for any other line."""
    named = _HEADING.match(text.strip().rstrip("."))
    if named is None:
        return None
    words = named.group("np").split()
    np = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return f"we should introduce {np}"
