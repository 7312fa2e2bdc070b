"""The actions of a proposal: its verb phrase split into acts, tails and the author's asides cut."""

from __future__ import annotations

import re

from bot.drafting.baseforms import STATIVE, is_verb_like, known_gerund_base
from bot.drafting.cues import SCHEDULE_WORDS, STOPWORDS
from bot.drafting.duties import second_duty
from bot.drafting.keeping import keeps_thing
from bot.drafting.leadins import verb_aside
from bot.drafting.qualified import unqualified_phrase
from bot.drafting.recommendation import Recommendation

TAIL_CUTS = re.compile(
    r"(?:,?\s+(?:in the same way|just as|in an effort to|in order to|so that|so as to|because|since|"
    r"thereby|which|who|whose|whereas|while|as it has|as they have|as we have|rather than|instead of|"
    r"all the while|even if|even though|although|specifically|especially|particularly|including)\b|"
    r",\s+(?:with|except|unless|provided|from|for|if|where|after\s+(?:a|an|the|years|months|decades)|[a-z]{3,}ing)\b|"
    r",\s+or,?\s+(?:if|rather|else|at\s+least)\b|"  # "erect a Monastery, or if you will …": another name
    # ", and we have said so in our report": a new clause on its own pronoun subject
    r",\s+(?:and|but)\s+(?:we|I|they|he|she|it|this|that)\s+(?:have|has|had|are|is|was|were|will|would|did|do|"
    r"can|could|shall)\b|"
    # ", printed on the label and added at the till": a participle's aside says how, not what
    r",\s+(?:[a-z]{3,}ed|paid|kept|held|made|given|sold|built|run|set|taken|shown)\s+(?:on|at|by|for|from|"
    r"under|with|to)\b|"
    r"\s+by\s+\w+ing\b|\s+[–—-]{1,2}\s+|(?<=\w)[–—-](?=(?:for|the|a|an|that|which|and|or|but|as|on|to|in|it)\b(?!-))|"
    r";|:|\s\().*$",
    re.I,
)

# A head that the relative after it defines: "any child", "every family in the borough".
_QUANTIFIED_HEAD = re.compile(
    r"\b(?:(?:any|every|each|all)\s+(?:[\w-]+\s+){0,2}[\w-]+|anyone|anybody|everyone|everybody|those)$", re.I)
_FROM_COMMA = re.compile(r",.*$")

# A change named only by what it changes: "change the law", "amend the rules"; its "so that" clause says
# which.
_BARE_CHANGE = re.compile(
    r"^(?:change|amend|reform|rewrite|alter|update)\s+(?:the|our|its|their|this)\s+(?:\w+\s+)?"
    r"(?:law|laws|rules?|constitution|system|code|act|statute|regulations?)$", re.I)

# "the measures that I have proposed" → "the measures": the author's aside, not the proposal.
OWN_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:I|we)\s+(?:have\s+|had\s+|shall\s+|will\s+|am\s+|now\s+)*\w+(?:ed|ing|se|nd)\b",
    re.I,
)
# "explore this bill of rights" → "the bill of rights": in a motion "this" points at nothing.
# Only a determiner: "scrap these at once" keeps its pronoun (resolved or refused later), not "the at once".
_BACK_REFERENCE = re.compile(
    r"\b(?:this|these)\b(?=\s+(?!(?:at|in|on|by|for|with|from|to|of|and|or|but|now|once|too|also|again|"
    r"forthwith|altogether|entirely|completely|outright|immediately|soon|today|here|there)\b)"
    # a noun of kind is all pointer ("claims of this description"): it stays, for the checks to refuse
    r"(?!(?:description|descriptions|kind|kinds|sort|sorts|character|nature|type|types|class|stamp)\b)"
    # a time stays a time: "this year", "this winter", "these days" (never "the year")
    r"(?!(?:year|month|week|weekend|term|semester|session|season|spring|summer|autumn|winter|decade|century|"
    r"morning|afternoon|evening|quarter|days|weeks|months|years)\b)[a-z])"
)


# What may follow "this"/"these" + one noun without saying which: a preposition other than "of" or a modal.
_NOT_QUALIFYING = re.compile(
    r"^(?:by|from|to|in|on|at|for|with|into|under|over|up|down|off|out|away|back|aside|"
    r"should|must|shall|will|would|may|ought|be|is|are)$",
    re.I,
)
_VERB_AFTER = re.compile(r"^(?:should|must|shall|will|would|may|ought|be|is|are)$", re.I)


def _the_unless_bare(match: re.Match[str]) -> str:
    """ "these agricultural products" → "the agricultural products", but "for these people" at the end keeps
    its pointer (refused later): "the people" alone never says which people."""
    rest = match.string[match.end() :].split()
    if match.group(0) == "these" and (len(rest) == 1 or unqualified_phrase(rest)):
        return match.group(0)  # "these wandering eyebeams": the motion never says which
    # "this property by the Government": one noun, named in the sentences before; "the property" never says
    # which. A plural may read as the kind ("appropriate these surpluses to …"), unless a verb follows.
    follows = rest[1] if len(rest) > 1 else ""
    plural = match.group(0) == "these"
    bare = (_VERB_AFTER if plural else _NOT_QUALIFYING).match(follows)  # at the end: "the budget"
    if rest and rest[0].isalpha() and bare:
        return match.group(0)
    return "the"


def house_verbs() -> frozenset[str]:
    """The verbs a House may do (grammar.VERBS), read late: grammar reads the modules that read this one."""
    from bot.drafting.grammar import VERBS

    return VERBS


# "require X to V, and to W": the second infinitive is X's, inside the first act's complement.
_TOLD_TO = re.compile(
    r"\b(?:require|requiring|ask|compel|force|oblige|allow|enable|encourage|direct|instruct|empower|invite|"
    r"order|permit|tell|help)\s+[^,;]{1,80}?\bto\s+[a-z]+", re.I)


def _not_an_act(before: str, sep: str, words: list[str]) -> bool:
    """Whether the piece after `sep` continues the act before it rather than opening a new one: a second
    infinitive of a "require X to V" ("…, and to publish the results"), a verb-like adjective with a time
    after it (", open every day"), or the second of two bare plural nouns ("sell spare parts and repair
    manuals")."""
    if len(words) < 2:
        return False
    low = [w.lower() for w in words]
    if low[0] == "to" and sep.strip(", ") == "and" and _TOLD_TO.search(before):
        return True
    if sep.strip() == "," and low[1] in SCHEDULE_WORDS:  # ", open every day but Sunday": when, not a new act
        return True
    last = before.split()[-2:] if len(before.split()) > 1 else []
    bare_plural = (len(last) == 2 and last[1].lower().endswith("s") and last[0].lower() not in STOPWORDS
                   and not last[0].lower().endswith(("ly", "ed", "ing")))
    return (sep.strip() == "and" and bare_plural and low[1].endswith("s") and not low[1].endswith("ss")
            and low[1] not in STOPWORDS)


def _split_actions(vp: str, known: set[str]) -> list[str]:
    """Split "halt X, withdraw Y, and sanction Z" into its verb phrases; a list of nouns stays whole ("a
    policy of strength, fairness, and balance": once a comma has joined a noun, the list's last item after
    "and" is a noun too, not a new verb)."""
    pieces = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+(?=\w))", vp)
    actions: list[str] = []
    in_list = False  # the last action already holds a list of nouns joined at a comma
    for i in range(0, len(pieces), 2):
        part, sep = pieces[i].strip(), pieces[i - 1] if i else ""
        words = part.split()
        if actions and _not_an_act(actions[-1], sep, words):
            actions[-1] = actions[-1] + sep + part
            continue
        if actions and len(words) > 2 and words[0].lower() == "to" and is_verb_like(words[1].lower(), known):
            part = " ".join(words[1:])  # "reduce taxation … and to restore the money": a second act
        first = part.split()[0] if part.split() else ""
        closing = in_list and sep.strip(", ") in ("and", "or") and len(part.split()) == 1
        # ", and leave every man free …": after a comma and "and", a verb the House can do opens a second act
        house_act = re.fullmatch(r",\s*and\s+", sep) is not None and first in house_verbs() and not in_list
        if actions and (closing or not (is_verb_like(first, known) or house_act)
                        or second_duty(actions[-1], sep)):
            in_list = in_list or sep.startswith(",")
            actions[-1] = actions[-1] + sep + part
        elif part:
            in_list = False
            actions.append(part)
    return actions


# "… on which", "… in whom": a relative clause after its preposition belongs to the noun before it.
_PREPOSED_RELATIVE = re.compile(r"\s(?:on|in|at|by|for|from|under|with|during|to|of)$", re.I)
_WHICH = re.compile(r"\s+(?:which|whom)\b")


# A relative clause in the speaker's voice after a noun, up to and with the next comma, or the end: "the
# influence (that) I am about to show they possess, for …", "the reforms which I have named". The noun stays.
_SPEAKERS_RELATIVE = re.compile(
    r"\b(?P<np>(?:the|this|that|these|those)\s+[a-z][\w'-]*)\s+(?:that\s+|which\s+|whom\s+)?I\s+[^,.;:]+(?:,(?=\s))?",
)


_ATTENTION = frozenset(["look", "consider", "think", "remember", "note", "see", "bear", "reflect", "ponder"])
# "look at this matter, and to exert …": an appeal for attention first, then the act asked for.
_ATTENTION_THEN = re.compile(
    r"^(?P<first>\w+)\b[^,;]*,\s*and\s+(?P<to>to\s+)?(?P<act>\w+)\b(?P<rest>.*)$", re.I
)


def _after_attention(vp: str, known: set[str]) -> str:
    """The act in an appeal that opens with a call for attention ("look at this matter, and (to) exert your
    influence …" → "exert your influence …"); the verb phrase unchanged otherwise."""
    found = _ATTENTION_THEN.match(vp)
    if found is None or found.group("first").lower() not in _ATTENTION:
        return vp
    act = found.group("act")
    marked = bool(found.group("to")) and act.isalpha() and act.islower()  # "and to exert": "to" marks a verb
    if not (marked or is_verb_like(act, known)) or act.lower() in STATIVE | STOPWORDS:
        return vp
    return act + found.group("rest")



# "keep the expenditures of the year within the limits of its receipts": "keep" with an object and a bound
# is an act ("keep in mind", "keep silent" are not).
_KEEP_BOUND = re.compile(
    r"^keep\s+(?:the|our|all|every|public|national|federal)\s+[^,;]{2,60}?\s+(?:within|under|below|out\s+of)\s+"
    r"(?:the|its|their|our|a)\b", re.I)


# A comparison set off by commas: ", as farmers are already required to do", ", as other towns have done",
# ", like many councils do": where else the measure is found, not part of it. What follows stays
# (", and V …").
_COMPARISON = re.compile(
    r",\s+(?:as|like)\s+(?!(?:well|soon|far|long|much|many|few|good|quickly|often)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:have|has|had|are|is|were|was|do|does|did|already|said|promised|[a-z]{3,}ed)\b[^,;:.]*?(?=\s*,|\s*$)"
)

# "accept the county's offer": taking up what is offered is an act ("accept that …", "accept the facts" are
# not).
# "admit girls to the same schools": letting people in, not conceding a point ("admit that …")
_LET_IN = re.compile(
    r"^admit\s+(?!that\b|it\b)[^,;]{2,60}?\s+(?:to|into)\s+(?:the|a|an|all|every|our|their)\b", re.I)
_TAKEN_UP = re.compile(
    r"^accept\s+(?:the|this|that|their|its|our|a|an|every|all)\s+(?:[\w'-]+\s+){0,3}?(?:offers?|proposals?|plans?"
    r"|bids?|deals?|terms|recommendations?|invitations?|amendments?|settlements?|gifts?|grants?|treaty|agreements?"
    r"|compromise|refugees|applications?|transfer|lease|resignation|donation|loan|award|report)\b", re.I)


def _let_as_allow(vp: str, known: set[str]) -> str:
    """ "let NP V …" (NP not "us", "it" or "there"; V followed by more words) as "allow NP to V …"; any other
    verb phrase unchanged."""
    from bot.drafting.grammar import VERBS  # here: grammar reads this module's callers

    words = vp.split()
    if len(words) < 3 or words[0].lower() != "let" or words[1].lower() in ("us", "it", "there", "them", "me"):
        return vp
    for k in range(2, min(6, len(words))):
        head, verb = words[k - 1].lower(), words[k].lower()
        plural = head.endswith(("s", "ren", "people")) and verb.isalpha() and verb not in STOPWORDS
        if plural or verb in known or verb in VERBS:  # "let residents park", "let the market decide"
            # a bare verb and nothing after it ("let our angels go") is an idiom more often than a policy
            return " ".join(["allow", *words[1:k], "to", *words[k:]]) if len(words) > k + 1 else vp
    return vp


# An act that only urges, joined to the real one: "do the decent thing and reopen the toilets", "do what a
# growing number of authorities have already done and abolish the fines", "follow the lead of its neighbours
# and scrap the fee". The act asked for is the verb after "and".
_EMPTY_ACT = re.compile(
    r"^(?:do\s+(?:the\s+(?:right|decent|honourable|honorable|sensible|only\s+sensible|proper|fair|obvious|"
    r"brave|just)\s+thing|what\s+[^,;:]{3,90}?\s+(?:have|has|had|did)(?:\s+already)?(?:\s+done)?"
    r"(?:\s+(?:long\s+ago|long\s+since|years\s+ago|last\s+year|already|recently))?|as\s+[^,;:]{3,90}?\s+(?:have|has|had|did)(?:\s+already)?(?:\s+done)?)"
    r"|follow\s+(?:the\s+(?:lead|example)\s+of\s+[^,;:]{3,70}?|[^,;:]{2,50}?(?:'s|’s|\s+(?:its|their))\s+"
    r"(?:lead|example))"
    r"|take\s+the\s+plunge|bite\s+the\s+bullet|seize\s+the\s+(?:moment|chance|opportunity)"
    r"|show\s+(?:some\s+)?(?:courage|leadership|backbone)|be\s+(?:brave|bold))"
    r",?\s+and\s+(?=[a-z])",
    re.I,
)


# A verb of discovery before a clause ("find that X would …"), or a call to heed ("mark well this
# distinction"): what someone would come to know or should attend to, no act.
_NOTICED = re.compile(
    r"^(?:(?:find|discover|perceive|observe|notice|learn)\s+(?:that|how|whether|what)|"
    r"(?:mark|heed|mind)\s+(?:well|carefully|closely|this|that|these|those|how|what|the\s+(?:distinction|"
    r"difference|words?|fact|point|lesson))|attend\s+(?:well\s+)?to\s+(?:this|that|these|those|the\s+"
    r"(?:distinction|difference|words?|fact|point))|"
    # "let us seize upon this admission": a move in the argument, made on something said
    r"(?:seize|dwell|fasten|insist)\s+(?:up)?on\s+(?:this|that|the|his|her|their|its)\s+(?:admission|argument|"
    r"point|claim|assumption|objection|concession|statement|premise|proposition|question|confession))\b",
    re.I)
# "let society once cancel that verdict, and …": a supposition ("if it once did"), not a call; "once and for
# all" is no supposition
SUPPOSED = re.compile(r"^let\s+(?:[\w-]+\s+){1,4}?(?:once|but|ever|only\s+once)\s+(?!and\b)[a-z]+", re.I)
_LET_SOMEONE = re.compile(
    r"^let\s+(?:[\w-]+\s+){1,4}?(?=(?:mark|heed|mind|attend|find|discover|notice|seize|dwell|fasten|insist)\b)",
    re.I)


def without_empty_act(vp: str) -> str:
    """A verb phrase without an act that only urges before the real one ("do the right thing and V" → "V");
    unchanged when it opens on none."""
    return _EMPTY_ACT.sub("", vp.strip(), count=1)


# "find a substantial part of our remedy by transferring these people back to the country": the remedy is
# named only as what is found; the act is the means after "by".
_REMEDY_BY = re.compile(
    r"^(?:find|seek|secure|obtain|achieve|reach|look\s+for)\s+(?:[\w-]+\s+){0,6}?(?:remedy|remedies|solution|"
    r"cure|answer|relief|way\s+out)\s+(?:\w+\s+){0,3}?by\s+(?P<gerund>[a-z]+ing)\s+(?P<rest>\S.*)$", re.I)


def _remedy_by_means(vp: str, known: set[str]) -> str:
    """The means of a remedy sought ("find our remedy by transferring X back" → "transfer X back"); the verb
    phrase unchanged when it names no remedy or its means is no known verb."""
    found = _REMEDY_BY.match(vp)
    base = known_gerund_base(found.group("gerund"), known.__contains__) if found else None
    return f"{base} {found.group('rest')}" if found and base else vp


def build_recommendation(
    actor: str, vp: str, negative: bool, known: set[str], conditional: bool
) -> Recommendation | None:
    """A recommendation from its actor and verb phrase: actions split, qualifying tails cut off."""
    vp = verb_aside(_after_attention(OWN_RELATIVE.sub("", without_empty_act(vp).rstrip(".!")), known))
    vp = _COMPARISON.sub("", vp)
    if _NOTICED.match(_LET_SOMEONE.sub("", vp)) or SUPPOSED.match(vp):  # "find that …", "let X once V"
        return None
    vp = _let_as_allow(vp, known)  # "let sixteen-year-olds vote" → "allow sixteen-year-olds to vote"
    vp = _remedy_by_means(vp, known)  # "find our remedy by transferring X" → "transfer X"
    first = vp.split()[0].lower() if vp.split() else ""
    # "keep the pool open", "accept the county's offer": an act, not an idiom or a state of mind
    kept = bool(_KEEP_BOUND.match(vp) or _TAKEN_UP.match(vp) or _LET_IN.match(vp)) or keeps_thing(vp)
    if not first or (first in STATIVE and not kept) or first in STOPWORDS or first == "let":
        return None
    # "exert the influence I am about to show they possess, for …": the aside goes, its comma with it
    vp = _SPEAKERS_RELATIVE.sub(r"\g<np>", vp)
    if re.search(r"\b(?:I|me|my|myself)\b", vp):  # the author's own doings are not a motion
        return None
    cleaned, details = [], []
    for action in _split_actions(vp, known):
        cut = TAIL_CUTS.search(action)
        if cut and _PREPOSED_RELATIVE.search(action[: cut.start()]) and _WHICH.match(cut[0]):
            cut = None  # "on the day on which wages are paid": a cut there leaves "… on"
        if cut and _BARE_CHANGE.match(action[: cut.start()]) and re.match(r",?\s+so\s+that\b", cut[0]):
            # "change the law so that a book sold for a price is the buyer's": the change is what follows
            action = re.split(r"\s*[;:]\s*|\s+[–—]\s+", action, maxsplit=1)[0]
            cut = TAIL_CUTS.search(action, cut.end())
        if cut and _QUANTIFIED_HEAD.search(action[: cut.start()]) and re.match(r"\s+(?:who|that)\b", cut[0]):
            # "serve a breakfast to any child who comes, no questions asked": the relative says which children
            # "… who wants to buy a gun so that dangerous people cannot …": the purpose after it is cut
            later = TAIL_CUTS.search(action, cut.start() + len(cut[0]) - len(cut[0].lstrip(" ,")) + 4)
            comma = _FROM_COMMA.search(action, cut.start())
            cut = min((c for c in (later, comma) if c), key=lambda c: c.start(), default=None)
        if cut:
            tail = cut.group(0).strip(" ,;:–—-()")
            if len(tail.split()) >= 3:
                details.append(tail)
            action = action[: cut.start()]
        action = _BACK_REFERENCE.sub(_the_unless_bare, action.strip(" ,"))
        if len(action.split()) >= 2:
            cleaned.append(action)
    if not cleaned:
        return None
    return Recommendation(
        actor.strip(), tuple(cleaned), negative, conditional=conditional, details=tuple(details)
    )
