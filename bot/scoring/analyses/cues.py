"""Discourse cues debaters use: reasons, examples, rebuttal, weighing, signposts.

A cue alone never earns credit: each analysis checks what the cue joins (see base.py).
"""

from __future__ import annotations

import re

from bot.scoring.speech import word_list

# Joins a claim to its reason or a cause to its effect; the group marks where the reason starts.
REASON = re.compile(
    r"\b(because|since|as a result|as such|therefore|thus|hence|consequently|so that|in order to"
    r"|which means|this means|that means|meaning that|which leads to|leads? to|led to|resulting in"
    r"|results? in|causes?|caus(?:ed|ing)|the reason (?:is|being|why)|that is why|that's why|this is why"
    r"|given that|due to|if\b.{3,80}?\bthen|when this happens|which makes|makes it|so\b)",
    re.IGNORECASE,
)
# A causal step that is not a stated reason: a condition, a means, or a verb of cause and effect.
# Joined to real content it extends a reason into a mechanism (see reasoning.py).
STEP = re.compile(
    r"\b(as long as|unless|in turn|this is how|that is how|that's how|which is how|by \w+ing\b"
    r"|^\W*(?:and |but )?(?:if|without|once|when)\b[^,;:]{3,80}?,"
    r"|(?:removes?|removing|forces?|forcing|allows?|allowing|enables?|prevents?|stops?|denies|deny|denying"
    r"|drives?|pushes|gives? (?:\w+ ){1,3}(?:a|an|the|every|no) (?:reason|incentive|choice)"
    r"|turns? (?:\w+ ){1,4}into)\b)",
    re.IGNORECASE,
)
EXAMPLE = re.compile(
    r"\b(for example|for instance|such as|in the case of|consider|take the case|look at|e\.g\."
    r"|a case in point|as seen in|as we saw in"
    r"|in (?:the )?(?:us|uk|united states|united kingdom|[A-Z][a-z]+))\b",
)
SOURCE = re.compile(
    r"\b(according to|stud(?:y|ies)|research(?:ers)?|report(?:ed|s)?|survey(?:s|ed)?|data|poll(?:s)?"
    r"|statistics?|found that|estimates?|published|journal|census|figures?|percent|per cent)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(
    r"(\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand)?|\b(?:half|a third|a quarter"
    r"|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|dozens?)\b"
    r"(?=\s+(?:of\s+)?[a-z]))",
    re.IGNORECASE,
)
# The other bench, by any of its names in a debate: "the Opposition", "members opposite", "our opponents".
OTHER_BENCH = (r"(?:the )?(?:opposition|proposition|government|other (?:side|team|bench)|side opposite"
               r"|opponents?|bench(?:es)? opposite|opposite (?:bench(?:es)?|side|team)"
               r"|across the (?:aisle|floor|chamber)"
               r"|(?:members|speakers|friends|colleagues|those|people|team|gentlemen|ladies) opposite)")
REBUTTAL = re.compile(
    rf"\b((?:{OTHER_BENCH}"
    r"|critics|skeptics|naysayers|doubters"
    r"|sceptics|detractors|case (?:against|for)|objectors?|objection|their case)\b"
    r".{0,40}?\b(?:say|argue|claim|tell|suggest|believe|think|will|might|may|would"
    r"|insist|point|warn|assert|contend|maintain|allege|complain|want you|is that|goes|runs)"
    r"|(?:some|many|others|people) (?:might |may |will |would )?(?:say|argue|claim|believe|object)"
    # the impersonal passive of saying: "it is said", "it will be argued", "it has often been claimed"
    r"|(?:it|this) (?:\w+ ){1,3}?(?:said|argued|claimed|objected|suggested)\b"
    # a concession that opens the sentence: "Sure, …", "True, …", "Fair enough, …"
    r"|^\W*(?:sure|true|yes|of course|certainly|agreed|fair enough|no doubt|to be fair)\b,"
    r"|(?:one|you|someone|somebody|a critic|a sceptic|a skeptic) (?:might|may|could|will) (?:well )?"
    r"(?:argue|say|object|reply|protest|complain|retort)"
    # someone other than the speaker, named in up to five words, saying or fearing something:
    # "Broadcasters warn that …", "Fans of the sport reckon that …" (evidence the speaker cites,
    # "studies show that …", "doctors warn that …", is the speaker's own)
    r"|^\W*(?:(?:but|and|now|so|still|again|of course|naturally),?\s+)?"
    r"(?:(?!(?:i|we|you|my|our|us|me|it|this|that|there|studies|study|research|data|evidence|experts?"
    r"|scientists?|doctors?|figures|statistics|surveys?|polls?|trials?|history|records?)\b)[\w'’-]+,?\s+){1,5}?"
    r"(?:(?:will|would|may|might|often|also|still|keep|always|now|sometimes|loudly|repeatedly)\s+)?"
    r"(?:say|says|argue|argues|claim|claims|insist|insists|maintain|maintains|contend|contends|assert"
    r"|asserts|allege|alleges|warn|warns|complain|complains|reckon|reckons|fear|fears|worry|worries"
    r"|object|objects|protest|protests|predict|predicts|caution|cautions|point out|points out)"
    r"\s+that\b"
    # a claim taken up by name: "Let me deal with the idea that …", "Take the argument that …"
    r"|(?<!our )(?<!my )\b(?:the|this|that) (?:idea|claim|notion|suggestion|assertion|argument|contention"
    r"|view|belief) that\b"
    # the speaker granting the other side a point before answering it: "I grant that …"
    r"|\b(?:i|we) (?:\w+ )?(?:grant|concede|admit|acknowledge|recogni[sz]e) (?:that\b|the point\b)"
    # they + up to two words + a verb of saying: "they also claim", "they will point out"
    r"|they (?:\w+ ){0,2}?(?:say|said|argue|claim|tell|told|insist|point (?:to|out)|suggest|warn|assert"
    r"|contend|maintain|allege|complain|would have you|want you to)\b"
    r"|in response|we (?:would )?respond|our response|the problem with (?:this|that|their)"
    r"|that(?:'s| is) (?:not true|false|wrong|a mistake)|this (?:is|isn't) (?:not )?(?:true|the case)"
    r"|even if|granted|admittedly|while it is true|although it is true|doesn't (?:mean|follow)"
    r"|does not (?:mean|follow)|this ignores|they ignore|fails? to (?:account|consider))",
    re.IGNORECASE,
)
# The other bench granting a point: "even the Opposition's first speaker conceded that …". What they
# concede is the speaker's ground, not their case to be answered.
THEY_CONCEDE = re.compile(
    rf"\b(?:{OTHER_BENCH}|they)(?:'s?)?\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:(?:has|have|had|will|would|must|did)\s+)?"
    r"(?:(?:already|even|themselves|openly|just|now)\s+)?"
    r"(?:conceded?|concedes|conceding|admit(?:s|ted|ting)?|accept(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)"
    r"|agree(?:s|d)?|grant(?:s|ed)?|recogni[sz](?:e|es|ed))(?:\s+(?:[\w'’-]+\s+){0,5}?)?\s*"
    r"(?:that|the point|as much|this|it)\b",
    re.IGNORECASE,
)
CONTRAST = re.compile(
    r"\b(but|however|yet|in fact|actually|instead|rather(?! than)|on the contrary|nevertheless)\b",
    re.IGNORECASE,
)
IMPACT = re.compile(
    r"\b(matters?|important|crucial|significant|serious|severe|harm(?:s|ful|ed)?|benefits?|lives|die|deaths?"
    r"|dying|suffer(?:ing|s)?|safety|safe|danger(?:ous)?|rights?|freedom|liberty|welfare|well-being|wellbeing"
    r"|poverty|poor|war|violence|vulnerable|children|millions|billions|economy|economic|health|costs?"
    # who loses what: livelihoods, safety, standing, trust
    r"|jobs?|livelihoods?|wages?|incomes?|unemploy\w*|homeless\w*|hunger|hungry|starv\w*|debts?|bankrupt\w*"
    r"|injur(?:y|ies|ed)|accidents?|illness\w*|sick|disease|depression|suicide|riots?|mobs?|hatred|fear"
    r"|abuse[ds]?|exploit(?:ed|ation)|discriminat\w*|persecut\w*|victims?|unsafe|risks?|threats?|exposed"
    r"|injustice|unfair(?:ly|ness)?|inequalit(?:y|ies)|dignity|trust|lose|loses|losing|lost)\b",
    re.IGNORECASE,
)
WEIGH = re.compile(
    r"\b(outweighs?|more important than|matters? more|most important|biggest|greatest|largest|worst"
    r"|on balance|even if|in the long (?:run|term)|compared (?:to|with)|in comparison"
    r"|more (?:\w+ )?than|less (?:\w+ )?than|bigger|greater|worse|better|the key (?:issue|question|clash)"
    r"|weigh(?:ing)?|prioriti[sz]e|irreversible|permanent|larger|smaller|likelier|(?:more|less|far) likely"
    r"|(?:impossible|hard|harder) to (?:reverse|undo|repair|recover)|(?:cannot|can't|can never) be (?:undone"
    r"|reversed|repaired|brought back|restored)|lasts? (?:longer|for (?:years|decades|generations)))\b",
    re.IGNORECASE,
)
SIGNPOST = re.compile(
    r"^\W*(?:(?:so|and|now|okay|ok|alright|well|but)\b,?\s*)?"
    r"(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|next|moving on|turning to"
    r"|to begin|to start|my (?:first|second|third|fourth|final|last|next) (?:argument|point|issue|reason)"
    r"|our (?:first|second|third|fourth|final|last|next) (?:argument|point|issue|reason)"
    r"|(?:the )?(?:first|second|third|fourth|final|last|next) (?:argument|point|issue|reason|thing)"
    r"|on (?:the )?(?:first|second|third) (?:point|argument|issue)"
    r"|another (?:issue|point|argument|reason))\b",
    re.IGNORECASE,
)
ORDINALS = {
    "first": 1, "firstly": 1, "to begin": 1, "to start": 1, "second": 2, "secondly": 2, "third": 3,
    "thirdly": 3, "fourth": 4, "fourthly": 4,
}
ROADMAP = re.compile(
    r"\b((?:two|three|four|2|3|4) (?:main |key |independent |major )?"
    r"(?:arguments|points|issues|reasons|things|areas|clashes|parts|strands|limbs|questions|pillars|claims"
    r"|contentions|lines of argument)"
    r"|i will (?:argue|explain|show|start|talk|focus|address)|i(?:'m| am) going to"
    r"|we(?:'re| are) going to (?:talk|show|argue|explain|look)|in this speech|first,? .{5,80}second)",
    re.IGNORECASE,
)
CONCLUSION = re.compile(
    r"\b(in conclusion|to conclude|to sum up|to summari[sz]e|in summary|for (?:all )?these reasons"
    r"|for these reasons|so we should|i (?:urge|ask) you"
    r"|proud to (?:propose|oppose)|i beg to|thank you|in light of)\b",
    re.IGNORECASE,
)
# Spoken fillers and stock discourse phrases: words that carry nothing of the argument.
FILLER = re.compile(
    r"\b(like|you know|sort of|kind of|um+|uh+|basically|literally|whatever|stuff|to be (?:honest|frank|fair)"
    r"|(?:quite )?(?:honestly|frankly)|in all honesty|truth be told|at the end of the day|needless to say"
    r"|it goes without saying(?: that)?|when all is said and done|at this point in time|if you think about it"
    r"|the fact of the matter is(?: that)?|let's be (?:real|clear|honest)|let me be (?:clear|honest|frank)"
    r"|believe (?:me|it or not)|as a matter of fact|when it comes down to it|all in all|so to speak"
    r"|i mean|you see|to be sure)\b",
    re.IGNORECASE)
NEGATION = re.compile(r"\b(not|no|never|n't|against|oppose[sd]?|reject|shouldn't|cannot|can't)\b",
                      re.IGNORECASE)
SUPPORT = re.compile(
    r"\b(i|we) (?:strongly |firmly |proudly )?(?:support|propose|agree with|stand for|side with)\b"
    r"|\bproud to (?:propose|support)\b|\bin favou?r of\b",
    re.IGNORECASE,
)
OPPOSE = re.compile(
    r"\b(i|we) (?:strongly |firmly |proudly )?(?:oppose|reject|disagree with|stand against|do not support"
    r"|don't support|do not agree with|don't agree with) (?:the|this) (?:motion|resolution|proposal)\b"
    r"|\bproud to oppose\b|\b(?:i|we) (?:are|am|stand) against (?:the|this) motion\b",
    re.IGNORECASE,
)
# "I oppose closing …" / "we support banning …": a stance verb and the motion's action.
STANCE_ACTION = re.compile(
    r"\b(?:i|we)(?: strongly| firmly| fully)? (?:(support|propose|agree with|am for|are for|favou?r)"
    r"|(oppose|reject|disagree with|do not agree with|don't agree with|do not support|don't support"
    r"|am against|are against)) (\w+ing)\b",
    re.IGNORECASE,
)
# A unit whose claim (past its connectives and markers) opens like this refers back to the one before.
REFERS_BACK = re.compile(
    r"^\W*(this|that|these|those|it|its|they|their|them|such|which|here|there|the same)\b", re.IGNORECASE)
# A unit opening like this picks up from the one before it.
CARRY = re.compile(
    r"^\W*(this|that|these|those|it|its|they|their|such|so|but|and|because|as such|which|however"
    r"|therefore|thus|moreover|also|even|then|here|now|in turn|as a result|yet|for these reasons"
    r"|for this reason|that is why|history shows|in other words|similarly|likewise|instead)\b",
    re.IGNORECASE,
)
# Words of argument itself, not of any topic: they never make a sentence "about the motion".
GENERIC = word_list("""
argument argu point reason evidence eviden show shows shown clear clearly import important therefore
firstly secondly thirdly first second third final finally because conclus conclude conclusion study
studi research data fact facts proof prove proven example instance opposition proposition motion
house debate speech side people thing things believe think strongly support agree true false
clearly obviou obvious many much good bad better worse best worst really right wrong lot issue
issues question matter matters would could also going want today case consider moreover furthermore
addition additionally indeed certainly surely definitely know say said tell told mean means meaning
result results lead leads cause causes thus hence consequently given due order make makes made
impact impacts outweigh outweighs likely likelihood lasting longer bigger larger scale measure
magnitude probability severity reversible irreversible offered win wins winning
higher lower greater smaller timeframe time times scope breadth depth reach reversibility weigh weighing
come comes first priority
affect affects affected affecting longest last lasts severe certain certainty widespread probable
permanent permanently biggest largest greatest highest lowest smallest round rounds
""")

# The frame around a first-person claim may say how the speaker feels about making it ("I am proud
# to propose that …", "we would humbly submit …", "I go further, and affirm …"), never that the view
# is past or second-hand ("I once thought", "we were told").
OWN_FRAME = (r"(?:,?\s+(?:am|are|'m|'re|would|will|shall|do|must|can|here|to|rise|stand|go|further|again"
             r"|therefore|then|now|still|only|simply|and|firmly|humbly|proud|happy|glad|pleased|delighted"
             r"|honou?red|privileged|\w+ly))*?")
# A sentence that opens on the speaker giving their own view or drawing their own conclusion: it
# reports nobody else's claim ("My analysis shows that …", "I would suggest that …", "It follows
# from all this that …").
OWN_VIEW = re.compile(
    r"^\W*(?:(?:my|our) (?:own )?(?:analysis|view|research|case|position|reading|conclusion)\b"
    rf"|(?:(?:and|but|so) )?(?:i|we)(?:'m|'re)?{OWN_FRAME}\s+(?:think|believe|argue|contend|submit"
    r"|maintain|suggest|propose|say|hold|insist|affirm|assert|conclude|declare|repeat|urge|recommend)\b"
    r"|in (?:my|our) (?:view|opinion|judgement|judgment)\b"
    r"|it (?:therefore |thus )?follows(?: from [^,;:.]{1,60})?,? that\b)",
    re.IGNORECASE,
)
