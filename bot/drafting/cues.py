"""Discourse cues: the words that mark recommendations, concessions, reasons, evidence, satire."""

from __future__ import annotations

import re

_STOPWORDS_TEXT = """
a an the and or but if then so than that this these those there their they them it its of to in on
at by for with from as is are was were be been being has have had do does did not no nor can could
should would will shall may might must our we us you your he she his her i me my which who whom whose
what when where why how all any each more most some such only own same too very just also into over
under again further once about against between through during before after above below up down out
off here both few other s t don now while because until upon within without yet even still ever
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# Adjectives and quantity words that stand before a plural noun whose -s could be read as a verb's ("great
# mistakes", "same storms", "two cars"): the noun after them is a head, not a verb.
NOUN_MODIFIERS = frozenset([
    "great", "many", "small", "large", "few", "new", "old", "young", "good", "bad", "such", "same", "other",
    "own", "both", "several", "various", "numerous", "high", "low", "long", "short", "public", "private",
    "free", "common", "frequent", "repeated", "serious", "grave", "minor", "major", "two", "three", "four",
    "five",
])

# Verbs a House can do beyond the policy list (bot/drafting/finding.py): the structural check's and
# requests' ("I recommend that Congress declare …").
_MORE_VERBS = """
abandon accept achieve acquire adopt advance aid alter amend annex apply approve arm assist authorise
oblige plant
authorize avoid bar bring broaden buy carry cease censor centralise centralize check choose collect
combine compel complete conduct confiscate conscript conserve consolidate construct continue control
convert counter cover criminalise criminalize curb cure declare decentralise decentralize defend
delegate demand demolish deploy deregulate destroy deter develop devolve devote direct disarm
discourage disclose discontinue dismantle dissolve distribute divert divest draft embargo emancipate
employ empower enable enlarge enlist ensure enter equip erect exclude exempt expose feed fight finance
fix follow forgive form foster free furnish fulfil fulfill guard harmonise harmonize hold honour honor improve
include incorporate index insure integrate invade investigate lend levy lock maintain manage merge
mobilise mobilize modernise modernize negotiate nominate obey observe occupy organise organize outlaw
overhaul pass pension persuade place pledge police postpone practise practice preserve prevent
produce promote prosecute purchase pursue put ratify rebuild reconsider redistribute redraw reimburse
relieve relax remedy renew renounce repay represent reserve resist resolve respect restrain restructure
retain retire retrain reverse review revise revive secure seek seize send separate serve settle
simplify stabilise stabilize submit succeed suppress surrender sustain terminate tolerate trade
transfer transform uphold unite use veto waive wage welcome win write yield save put set grant
balance assure safeguard insist amend make begin start launch explore quit implement commit invest
use focus let have refuse campaign break reorganise reorganize expand enforce abolish declare recognise
appropriate allot allocate cultivate install deploy erect assume
"""
MORE_VERBS = frozenset(_MORE_VERBS.split())

MODALS = r"(?:must and shall|should|must|ought to|needs? to|has to|have to|is obliged to|would do well to)"
WEAK_MODALS = r"(?:could|may|might|can)"

CONCLUSION = re.compile(
    r"\b(?:therefore|thus|hence|consequently|in conclusion|in short|to conclude|for these reasons|"
    r"the time has come|it is time|so it is time|the answer is|the solution is)\b",
    re.I,
)
THESIS_CUES = re.compile(
    r"\b(?:i (?:believe|argue|contend|think)|my argument|the truth is|the real (?:problem|question|issue)|"
    r"simply put|in short|the point is|the lesson|what matters|the problem is|at heart|fundamentally|"
    r"the fact is|it is clear that|clearly)\b",
    re.I,
)
REASON_CUES = re.compile(
    r"\b(?:because|since|as a result|so that|means?|leads? to|led to|"
    r"causes?|caused|ensures?|allows?|enables?|gives?|deprives?|therefore|thus|thereby|in turn|"
    r"in order to|for example|for instance|that is why|the reason|would|will|cannot|can't)\b",
    re.I,
)
EVIDENCE_CUES = re.compile(
    r"\b(?:according to|study|studies|survey|report(?:ed|s)?|data|figures?|statistics|percent|per cent|"
    r"research|researchers|found|evidence|records?|census|poll|trial|experiment|million|billion|"
    r"thousands?|hundreds?|(?:18|19|20)\d\d)\b|\d|%",
    re.I,
)
CONCESSION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "despite",
        re.compile(r"^(?:despite|in spite of|notwithstanding)\s+(?P<x>[^,]{6,}),\s*(?P<y>.+)$", re.I),
    ),
    (
        "although",
        re.compile(
            r"^(?:although|though|even though|while|whilst|granted that|admittedly,? )\s*(?P<x>[^,]{6,}),\s*"
            r"(?P<y>.+)$",
            re.I,
        ),
    ),
    (
        "critics",
        re.compile(
            r"^(?:(?:of course|to be sure|admittedly|granted),\s*)?"
            r"(?P<who>(?:some )?(?:critics|opponents|sceptics|skeptics|detractors|defenders of [\w\s]+|"
            r"supporters of [\w\s]+|some people|some|many|others|"
            r"people|one|you|they)(?: (?:may|might|will|would|could))?) "
            r"(?:say|says|argue|argues|claim|claims|object|objects|insist|insists|contend|contends|"
            r"point out|points out|warn|warns|worry|worries|fear|fears|complain|complains|respond|retort)"
            r"(?: that)?,?\s+(?P<x>.+)$",
            re.I,
        ),
    ),
    (
        "granted",
        re.compile(
            r"^(?:it is true that|it's true that|it is fair to say that|it must be admitted that|"
            r"no doubt|of course|to be sure|admittedly|granted|true,|undeniably|it is undeniable that|"
            r"there is no denying that|i concede that|we must concede that|it may be that|"
            r"it could be argued that|"
            r"one might argue that|some would argue that)[,\s]+(?P<x>.+)$",
            re.I,
        ),
    ),
    (
        "cost",
        re.compile(
            r"^(?P<x>.*\b(?:will|would|may|might|could) (?:initially|at first|in the short (?:term|run)|"
            r"temporarily|for a while)\b.*)$",
            re.I,
        ),
    ),
    (
        "cost",
        re.compile(
            r"^(?P<x>.*\b(?:initially|at first|in the short term|in the short run)\b.*"
            r"\b(?:lead to|cause|mean|bring|hurt|cost|disrupt)\b.*)$",
            re.I,
        ),
    ),
)
REBUTTAL_START = re.compile(r"^(?:but|however|yet|still|nevertheless|nonetheless|even so|that said)\b", re.I)

SATIRE_CUES = re.compile(
    r"\b(?:modest proposal|satire|satirical|tongue[- ]in[- ]cheek|what could possibly go wrong|"
    r"nothing says|obviously the (?:answer|solution)|brilliant idea|genius idea|surely nobody|"
    r"who needs|because nothing|i humbly|humbly propose|best of all|after all,? who|"
    r"what's the worst that could happen|think of the savings|it's so simple|problem solved|"
    r"sarcasm|ironically enough|in its infinite wisdom|bless them)\b",
    re.I,
)

# Words of a timetable after a verb or participle: ", open every day", ", running every hour": when, not what.
SCHEDULE_WORDS = frozenset(["every", "each", "daily", "weekly", "nightly", "hourly", "twice", "once", "from",
                            "until", "till", "round", "seven", "all"])

# The author's view named as a noun, up to where its clause begins: "It is therefore my firm persuasion",
# "My contention is simply this:", "Our recommendation is". Callers add the "that" (or colon) they read.
_VIEW_NOUNS = (r"opinion|view|belief|conviction|persuasion|contention|submission|judge?ment|position|"
               r"recommendation|proposal|suggestion|advice|argument|claim|case|thesis|conclusion|answer|point")
VIEW_HEAD = (
    r"(?:it\s+is\s+(?:(?:therefore|then|thus|now|also|still|accordingly|indeed)\s+)?(?:my|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _VIEW_NOUNS + r")"
    r"|(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:" + _VIEW_NOUNS + r")\s+(?:is|was|remains)"
    r"(?:,?\s+(?:\w+ly|then|therefore|now|still))?,?(?:\s+(?:simple|this|clear)\s*[:,])?)"
)

# "So far", "so much", "so long as" open a phrase, not a discourse step: the "so" stays.
DISCOURSE_OPENERS = re.compile(
    r"^(?:(?:yes|no|nay|aye|well|oh|ah|alas|why|okay|enough),\s+|"  # a reply or exclamation: "Yes, …"
    r"(?:and|but|so(?!\s+(?:far|much|many|few|little|long|great)\b)|yet|also|moreover|furthermore|"
    r"in addition|additionally|however|indeed|"
    r"therefore|wherefore|accordingly|thus|hence|consequently|finally|first(?:ly)?|second(?:ly)?|third(?:ly)?|lastly|"
    r"simply put|in short|in other words|in fact|of course|after all|ultimately|above all(?: things| else)?|"
    r"instead(?!\s+of\b)|rather(?!\s+than\b)|put simply|to be clear|in sum|overall|crucially|importantly|"
    r"again|still|nevertheless|nonetheless|even so|that said|last,? but not least|"
    r"(?:next|then|now)(?=\s*,)|in the same way|in like manner|at the same time|by the same token|"
    r"(?:as )?we (?:all )?know(?=\s*,)|we (?:all )?know that|"
    r"(?:that|this|which|that's)\s+(?:is\s+)?(?:why|the\s+reason\s+why)|"
    r"ironically|sadly|fortunately|unfortunately|clearly|surely|"
    r"put another way|conversely|meanwhile|likewise|"
    r"similarly|equally|besides(?=\s*,)|worse|worse still|better still|in turn|"
    r"please|"  # "Please reopen the toilets": the order that follows
    r"in the (?:first|second|third|fourth|next|last) place|first of all|to begin with|"
    r"for (?:one|another|a start|one thing|another thing)(?=\s*,)|"  # "For another, there are …"
    r"i (?:believe|think|would argue|argue|contend) that|i (?:believe|think)|it is clear that|"
    # a signpost to another part of the piece: "As will be seen later on, …", "As we have shown above, …"
    r"as (?:will be|shall be|has been|was|we shall|we have|I have|I shall) (?:\w+ )?(?:seen|shown|noted|"
    r"said|mentioned|argued|explained)(?: (?:later on|later|below|above|before|already|in due course))?"
    r"(?=\s*,)|"
    # a judgement the author has reached: "I have concluded that …", "we have come to the conclusion that …"
    r"(?:i|we) (?:have|'ve) (?:now |therefore |reluctantly |finally )?(?:concluded|decided|come to the "
    r"conclusion|become convinced) that|"
    r"i (?:repeat|say)(?: it)?(?: again)?(?=\s*,)|"  # "I repeat it, sir, we must fight!"
    r"the (?:plain |simple |hard |honest |sad |real |bare )?(?:truth|fact|point|reality) is(?: that)?"
    r")[,:]?\s+)+",
    re.I,
)

# Words of judgement: a thesis weighs something, a fact only reports it.
EVALUATIVE = re.compile(
    r"\b(?:good|bad|better|best|worse|worst|harm\w*|benefit\w*|wrong|right|unjust|just|fair|unfair|"
    r"dangerous|damag\w*|futile|pointless|worth\w*|valuable|costly|cruel|wasteful|mistake\w*|fail\w*|"
    r"succeed\w*|matters?|important|essential|necessary|needless|deserves?|should|must|real|false|"
    r"healthier|safer|stronger|weaker|lifeline|threat\w*|protect\w*|undermin\w*|does more|does less|"
    r"more harm|rests on|no reason|cannot|can't|never|nothing|only|not)\b",
    re.I,
)
