"""Side statements: where a speech says which side it is on, and which way.

A side statement is the speaker's own, at the opening or the close: the motion's policy restated
("we should (not) abolish …"), the speaker's bench named ("we on the Opposition …"), the motion's
action backed or refused by name ("I will not be supporting this ban"), the motion quoted inside a
frame that takes its side ("I stand in opposition to the motion that …"), or any other sentence
about the debate's sides whose direction the reader reads clearly ("proud to propose"). A side
announced in other forms ("I'm here to argue that P", "V-ing X would be a mistake") is read as the
plain statement it makes (verdicts.py, announcements.py); a call on the motion itself ("Throw the
resolution out", calls.py), a stance on what the motion removes ("I'm against unpaid internships",
stances.py) and a choice between a preference motion's options (preferences.py) are read too. A
claim someone else makes, a concession, a question answered no and an announcement of the motion
state no side.
"""

from __future__ import annotations

import re

import numpy as np

from bot.scoring.analyses.announcements import belongs, disputed, settled
from bot.scoring.analyses.base import Context, motion_topic_stems
from bot.scoring.analyses.calls import ASKS_ROOM, motion_call
from bot.scoring.analyses.cues import OPPOSE, OWN_FRAME, OWN_VIEW, REBUTTAL, STANCE_ACTION, SUPPORT
from bot.scoring.analyses.naming import subject_named
from bot.scoring.analyses.preferences import preference
from bot.scoring.analyses.signals import AGAINST_VERBS, REPORTED, anchored_leaning, raw_leaning
from bot.scoring.analyses.signals import reported as signals_reported
from bot.scoring.analyses.stances import names_a_thing, stance_on
from bot.scoring.analyses.verdicts import plain_verdict
from bot.scoring.reader import read
from bot.scoring.speech import content_words, stem

# A side statement names the debate itself or the speaker's own position (not the other bench,
# which a speaker mentions all the time); which way it points is the reader's call.
_SIDE_WORDS = re.compile(
    r"\b(motion|resolution|this house|propose|oppose|in favou?r"
    r"|(?:our|my) (?:side|team|bench|position|stance)|this (?:bench|team|side)"
    r"|(?:we|i) (?:reject|defend|back|stand))\b",
    re.IGNORECASE,
)
DECLARED_LEANING = 0.5
# The debate itself named, or a stand taken: a side statement about it may point either way.
_NAMES_MOTION = re.compile(r"\b(?:motion|resolution|this house|proposal|propos\w*|oppos\w*"
                           r"|stand(?:s|ing)?\s+(?:\w+ly\s+)?(?:for|with|behind|against))\b", re.IGNORECASE)
# A side statement only the reader's leaning reads as one (no wording says which way) is half a
# statement: weaker evidence than "we oppose this motion".
READ_ONLY = 0.5
# A comma (and a conjunction) before a clause of the speaker's own: ", and I oppose …", ", we …".
# ("i" and "we" also match "i'm" and "we're".)
_COMMA_OPENS_OWN = r",\s*(?:(?:and|but|so|yet)\s+)?(?=(?:we|i|my|our)\b)"
# A side statement of two clauses is read a clause at a time: they are joined by a semicolon, or the
# second opens in the first person after a comma or "and"/"so" ("…, and I am proud to oppose").
_CLAUSE_BREAK = re.compile(
    rf"\s*;\s*|{_COMMA_OPENS_OWN}|\s+(?:and|so)\s+(?=(?:we|i)\b)", re.IGNORECASE)
# A clause that opens with one of these depends on the next and states nothing alone ("If we ban
# zoos, we lose …").
_DEPENDENT = re.compile(r"^(?:if|when|whenever|unless|although|though|because|since|while|whereas|once|as)\b",
                        re.IGNORECASE)
# A side statement is the speaker's own: it speaks as "we", "I", "our side" or "this bench".
_SPEAKER = re.compile(r"\b(we|i|i'm|we're|our|us|me|my|this (?:bench|side|team))\b", re.IGNORECASE)
# A sentence that leaves its own position open: it states no side.
_HEDGED = re.compile(
    r"\bor (?:maybe |perhaps )?not\b|\bit (?:all )?depends\b|\b(?:maybe|perhaps) (?:not|yes|no)\b"
    r"|\bnot (?:sure|certain) (?:whether|if)\b|\bon the fence\b|\bundecided\b",
    re.IGNORECASE,
)
# The speaker naming their own bench: "we on the Opposition …", "this bench … opponents of".
_OWN_BENCH = re.compile(
    r"\b(?:we|i)(?:,| on| in| for| from| of| speak for| speaking for)? (?:the )?"
    r"(proposition|opposition|government (?:bench|side|team))\b"
    r"|\b(?:this|our|my) (?:bench|team|side)\b[^.;:!?]{0,25}?"
    r"\b(opponents?|proponents?|propos(?!als?\b)\w*|oppos\w*|against|backers?|supporters?|critics?)\b"
    r"|\b(?:speak(?:s|ing)? (?:for|on behalf of)|on behalf of) (?:the )?(proposition|opposition)\b"
    r"|\b(?:we|i)(?:'re|'m| are| am| stand| sit)?(?: \w+ly)? (?:on|with) the side of (?:the )?"
    r"(motion|proposition|opposition)\b"
    # A bench proud to speak for itself: only the bench itself says that ("Proposition is proud to …").
    r"|^\W*(?:the )?(proposition|opposition|government)(?: bench| side| team)? (?:is|are) (?:\w+ly )?"
    r"(?:proud|honou?red|delighted|pleased|glad|happy|thrilled) to\b",
    re.IGNORECASE)
# Letting a thing be: backing it keeps what a motion would remove ("allowing phones in class").
_ALLOWS = re.compile(r"\b(?:allow|permitt?|let|tolerat)\w*", re.IGNORECASE)
# Words of the motion's subject an action must share to restate the motion.
RESTATED_STEMS = 2
_MODAL = r"(?:should|must|ought(?: to)?|need to|have to|has to|would|will|to|we'd|let's|let us)"
_PERFECT = {"have", "been"}
_ADVERBS = {"further", "fully", "immediately", "now", "also", "completely", "not", "be"}
_KEEP = r"(?:keep|retain|maintain|preserve|continue|protect|allow)"
# Any form of a verb that keeps what a motion would remove: "keeping", "preserved", "leaving … where it is".
_KEEPS = re.compile(r"\b(?:keep|retain|maintain|preserv|continu|protect|stay|leav|sustain|hold on)\w*",
                    re.IGNORECASE)


def motion_verb(motion_text: str) -> str | None:
    """The stem of the motion's policy verb ("ban", "close" …), if it has one."""
    return _predicate(motion_text)[0]


# Policy verbs that do the same thing to a motion's subject: "we should ban slum tourism" restates
# "we should prohibit slum tourism", and "end factory farming" restates "ban factory farming" (every
# verb that makes a practice cease is one family).
_VERB_FAMILIES = tuple(frozenset(stem(w) for w in family.split()) for family in (
    "ban prohibit outlaw forbid bar abolish scrap eliminate end", "legalize legalise decriminalize "
    "decriminalise", "introduce adopt implement establish", "subsidize subsidise fund finance",
    "limit restrict cap curb", "increase raise expand boost", "reduce lower decrease", "close shut",
    "require force compel oblige mandate",
))


def same_verb(word: str, verb: str) -> bool:
    """True when a word is the motion's verb in any form ("banning" is "ban", "closes" is "close")
    or a verb that does the same to its subject ("prohibit" is "ban")."""
    found = _undoubled(stem(word))
    if found == verb or (len(verb) >= 3 and found.startswith(verb) and len(found) <= len(verb) + 1):
        return True
    return any(found in family and verb in family for family in _VERB_FAMILIES)


def _undoubled(found: str) -> str:
    """A stem without the consonant doubled before "-ing" or "-ed": "scrapp" is "scrap", "bann" "ban"."""
    return found[:-1] if len(found) > 3 and found[-1] == found[-2] and found[-1] not in "ls" else found


_LY_VERBS = {"apply", "supply", "rely", "reply", "comply", "multiply", "ally", "rally", "bully", "tally"}


def _is_adverb(word: str) -> bool:
    """"legally", "fully", "gradually": not the policy verb of "would legally require"."""
    return word.endswith("ly") and word not in _LY_VERBS


_GERUND_MOTION = re.compile(
    r"^\W*This House (?:supports|opposes|backs|favou?rs|welcomes|regrets)\s+([a-z]+ing)\b", re.IGNORECASE)


_DECIDED = re.compile(r"\bdecision\s+(?:of\s+(?:[\w'-]+\s+){1,4})?to\s+([a-z]+)", re.IGNORECASE)


def _predicate(motion_text: str) -> tuple[str | None, bool]:
    """The stem of the motion's policy verb ("abolish", "mandatory" …) and whether it removes something."""
    match = re.search(r"\b(?:should|would|must|ought to)\s+((?:[\w'-]+\s*){1,3})", motion_text, re.IGNORECASE)
    if not match:
        # "This House supports lowering the voting age": the policy is the gerund's verb.
        gerund = _GERUND_MOTION.match(motion_text)
        if gerund:
            return _undoubled(stem(gerund.group(1)[:-3])), bool(AGAINST_VERBS.search(gerund.group(1)))
        # "This House regrets the decision of Germany to close …", "… Ukraine's decision to give up …"
        decided = _DECIDED.search(motion_text)
        if decided:
            return stem(decided.group(1).lower()), bool(AGAINST_VERBS.search(decided.group(1)))
        return None, bool(AGAINST_VERBS.search(motion_text))
    head = [w for w in match.group(1).lower().split() if w not in _ADVERBS and not _is_adverb(w)]
    verb = head[0] if head else None
    return (stem(verb) if verb else None), bool(AGAINST_VERBS.search(match.group(1)))


_AGENT = r"(?:we|i|you|they|society|governments?|the state|states|countries|everyone|people)"
# A modal that says what ought to happen: with no one named, only these declare a position.
_NORMATIVE = re.compile(r"^(?:should|must|ought(?: to)?|need to|have to|has to|let's|let us)\b",
                        re.IGNORECASE)
# ("no-knock raids", "a no-fly zone": a compound, not a negation)
_NEGATED = re.compile(r"\b(not|no(?!-)|never|n't|nothing|nobody|cannot)\b|n't\b", re.IGNORECASE)


# A "not" turns a stance word round only from within its own clause and close before it ("we will
# not be supporting"), not from an earlier clause ("We should not abolish it, and I oppose …").
_NEGATION_REACH = 40
_CLAUSE_START = re.compile(rf"{_COMMA_OPENS_OWN}|\s(?:and|but|so|yet)\s+(?=(?:we|i|our|my)\b)|[;:—–]",
                           re.IGNORECASE)


def _own_clause(before: str) -> str:
    """The part of the text before a word that belongs to the word's own clause."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return before[starts[-1]:] if starts else before


# A modal that opens its clause asks ("Should we ban it?"); one after "whether" or "if" is the
# question under debate or a supposition ("whether we should ban it is tonight's question").
# So does one in an indirect question ("the question is which strategy a movement should put first",
# "we must decide how far the state should go").
_SUPPOSING = re.compile(r"\b(?:whether|if|(?:question|questions|issue|choice|ask|asks|asking|asked|wonder"
                        r"|decide|decides|deciding|choose|debate) (?:\w+ ){0,2}?"
                        r"(?:which|what|how|who|why|when))\b(?:\s+\S+){0,5}\s*$", re.IGNORECASE)


def _asks(before: str) -> bool:
    """The modal after this text asks a question or supposes, and states no position."""
    clause = _own_clause(before).strip()
    return not clause or clause[-1] in ".?!;:" or bool(_SUPPOSING.search(clause))


def _names_subject(text: str, subject: set[str]) -> bool:
    return bool(set(content_words(text)) & subject)


def _position(unit: str, verb: str | None, removes: bool, subject: set[str],
              keeps_action: bool = True, worded: bool = False) -> float:
    """+1/-1 when the unit restates (or negates) the motion's policy, else 0. `keeps_action`: keeping
    something named by the motion's verb ("keep the ban on X") keeps the motion's action, not its
    subject (False where the subject is itself an action, "opposes the ban on X"). `worded`: an
    action backed or refused that is neither the motion's nor one that keeps or ends something
    ("we support using phones in class") gives no side."""
    for match in STANCE_ACTION.finditer(unit):
        # "We support closing …": the motion's own verb, or an action that names its subject
        # ("we support pulling the troops out of federal Iraq" on a motion to withdraw them).
        restated = len(set(content_words(unit[match.start(3):])) & subject) >= RESTATED_STEMS
        if verb and same_verb(match.group(3).lower(), verb):
            return 1.0 if match.group(1) else -1.0
        if restated:
            backs = 1.0 if match.group(1) else -1.0
            action = match.group(3)
            # (on a motion against a ban, allowing what it bans ends it: no keeping there)
            if not (_KEEPS.match(action) or (keeps_action and _ALLOWS.match(action))):
                ends = AGAINST_VERBS.fullmatch(action) or _verb_base(action) in _UNDOES
                if worded and not (ends or (verb and same_verb(_verb_base(action), verb))):
                    continue
                return backs
            if removes:  # "we support keeping the embassy open" on a motion to close it
                return -backs
    if verb:
        pattern = rf"\b({_AGENT}\s+)?{_MODAL}\s+(not\s+|never\s+)?((?:[\w'-]+\s*){{1,3}})"
        for match in re.finditer(pattern, unit, re.IGNORECASE):
            # ("should not have been closed": the perfect's auxiliaries are not the verb)
            following = [w for w in match.group(3).lower().split() if w not in _ADVERBS | _PERFECT][:2]
            modal_at = match.end(1) if match.group(1) else match.start()
            if not any(same_verb(w, verb) for w in following) or _asks(unit[:modal_at]):
                continue
            # "I don't think anyone should ban X", "Nobody should ban X": a "not" earlier in the
            # clause turns the restatement round.
            flipped = -1.0 if _NEGATED.search(_own_clause(unit[: match.start()])[-_NEGATION_REACH:]) else 1.0
            agent = (match.group(1) or "").strip().lower()
            modal = match.group(0)[len(match.group(1) or ""):]
            if match.group(2):
                # "we should not ban X", "X should not be banned"; "it will not ban" describes.
                if match.group(1) or _NORMATIVE.match(modal):
                    return -flipped
                continue
            if _NORMATIVE.match(modal) or agent in ("we", "i"):
                return flipped  # "we would ban X", "X should be banned"; "the act would ban X" describes
    if removes:
        # "we should keep X", or "universities should keep X" with any subject and a modal of what
        # ought to happen.
        pattern = rf"\b(?:({_AGENT})\s+)?({_MODAL})\s+(not\s+|never\s+)?{_KEEP}\b((?:\s+\S+){{1,4}})"
        for match in re.finditer(pattern, unit, re.IGNORECASE):
            if not match.group(1) and not _NORMATIVE.match(match.group(2)):
                continue
            if _names_subject(match.group(4), subject) and not _asks(unit[:match.start(2)]):
                before = unit[max(0, match.start() - 30): match.start()]
                flipped = bool(match.group(3)) != bool(_NEGATED.search(before))
                # Keeping the motion's own action ("keep the ban on X") backs it, unlike keeping X.
                kept = re.findall(r"[a-z]+", match.group(4).lower())
                backs_action = keeps_action and bool(verb and any(_names_action(w, verb) for w in kept))
                return (1.0 if flipped else -1.0) * (-1.0 if backs_action else 1.0)
    return 0.0


# The speaker backing or refusing the motion's action named as a thing: "my team stands firmly
# behind this ban", "we cannot accept such a closure", "I reject this proposal outright".
_BACKS = (r"(?:(?:support|back|endorse|defend|champion|welcome|favou?r)s?|argue (?:for|in favou?r of)"
          r"|(?:(?:will|shall|am|are|would) )?be (?:support|back|endors|defend|champion|welcom|favou?r)ing"
          r"|rise (?:to (?:propose|support)|in support of)"
          r"|stand(?:s)? (?:\w+ly )?(?:behind|by|for)|(?:are|am|is) (?:\w+ly )?(?:for|behind|in favou?r of))")
_REFUSES = (r"(?:(?:oppose|reject|resist|refuse|fight|defeat)s?|argue against|vote down"
            r"|rise (?:to oppose|in opposition to)"
            r"|(?:cannot|can't|could never|do not|don't|will not|won't|shall not|would never|will never"
            r"|am not|are not)(?: be)? (?:accept|support|back|endors|defend|champion|welcom|favou?r)\w*"
            r"|stand(?:s)? (?:\w+ly )?against|(?:are|am|is) (?:\w+ly )?against)")
_POLICY_NOUN = r"(?:this|the|such an?|that|tonight's|today's)\s+([\w-]+)(?:\s+([\w-]+))?"
_CONTRAST = re.compile(r"\b(?:but|however|although|though|whereas)\b", re.IGNORECASE)
# Verbs that often carry a policy after "why should X …": where the subject of the question ends.
_GENERAL_ACTIONS = {"allow", "let", "pay", "fund", "spend", "give", "keep", "be", "get", "go", "have"}
_GENERAL_POLICY = {"policy", "proposal", "plan", "measure", "motion", "resolution", "reform", "change",
                   "idea"}
# Voting a named policy through or down: "we will vote this measure down", "vote against the ban".
_VOTER = (r"(?:\b(?:we|i|(?:my|our|this) (?:team|side|bench))(?:'ll|'re|'m)?"
          r"(?: will| shall| would| must| should)?(?: be| are| am| is)? "
          # …or the speaker asking the room to vote: "Vote for the ban", "I urge the House to vote …"
          r"|(?:^|[.!?;:]\s+)(?:(?:so|then|please|therefore|now),?\s+)?"
          r"|\b(?:i|we)(?: would| will| must)?(?: \w+ly)? (?:urge|ask|invite|beg|call on|implore)"
          r" (?:you|the house|the room|the judges?|this house|the audience|everyone)"
          r"(?: here)?(?: all| tonight)? to "
          r"|\byou (?:should|must|ought to|can) (?:all )?)vot(?:e|ing)")
_VOTES = re.compile(
    rf"{_VOTER} (?:(for|in favou?r of)|(against)) (?:{_POLICY_NOUN}|([\w-]+))"
    rf"|{_VOTER} {_POLICY_NOUN} (down|through)\b",
    re.IGNORECASE,
)
# What the speaker says should become of the motion: "the motion must fall", "this resolution
# deserves to be carried", "the proposal should not pass".
_FATE = re.compile(
    r"\b(?:the|this|tonight's|today's) (?:motion|resolution|proposal)\b[^.;:!?]{0,30}?"
    r"\b(?:should|must|will|shall|deserves? to|ought to|has to|needs? to)( not|n't)? (?:be )?"
    r"(?:(carried|passed|adopted|upheld|affirmed|supported|pass|carry|stand|succeed|prevail)"
    r"|(defeated|rejected|thrown out|voted down|dismissed|fall|fail|go down|lose))\b",
    re.IGNORECASE)
# The speaker's answer to the motion's question: "our answer is no", "the answer from this bench is
# a firm yes".
_ANSWER = re.compile(
    r"\b(?:(?:our|my) (?:answer|verdict|reply|response)|the (?:answer|verdict|reply|response) (?:from|of|on)"
    r" (?:this|our|my|these) (?:side|bench|benches|team)(?: of the house)?|(?:this|our) (?:side|bench|team)'s"
    r" (?:answer|verdict|reply|response))"
    r"(?:,[^,.;:!?]{0,30},|[^,.;:!?]{0,40}?)\s*(?:\s(?:is|has to be|must be|will be|remains)\s|[:—–-]\s*)"
    r"(?:an? )?(?:\w+ )?(?:(yes)|(no))\b",
    re.IGNORECASE)


def _fate(unit: str) -> float:
    """+1/-1 when the speaker says the motion should be carried or should fall, or answers its
    question yes or no in their own bench's name; else 0."""
    match = _FATE.search(unit)
    if match:
        return (1.0 if match.group(2) else -1.0) * (-1.0 if match.group(1) else 1.0)
    return _answer(unit)


def _answer(unit: str) -> float:
    """+1/-1 when the speaker answers the motion's question yes or no in their own bench's name
    ("The answer from this side of the House is no: …"), or says which way they speak with nothing
    after it ("I will be arguing against.", "We speak in favour tonight."); else 0. It is the bench's
    own, whatever the clause after it reports."""
    answer = _ANSWER.search(unit) or _BARE_SIDE.search(unit)
    if answer:
        return 1.0 if answer.group(1) else -1.0
    return 0.0


# A clause that backs the one before it by a pointer ("…, and my team backs that gladly"): the
# two are read as one statement.
_ENDORSES = re.compile(
    rf"^(?:(?:and|so)\s+)?(?:we|i|my (?:team|side|bench)|our (?:team|side|bench))(?:'re|'m)?(?:\s+\w+ly)?"
    rf"\s+{_BACKS}\s+(?:that|this|it)\b", re.IGNORECASE)
# What may stand between the speaker and their verb: "we are here to", "I am proud to", "we will".
_INTENT = (r"(?:'re|'m|'ll|\s+(?:are|am|is|will|shall|must|would|want|intend|mean|plan|aim|hope|wish))?"
           r"(?:\s+\w+ly)?(?:\s+(?:here|proud|honou?red|glad|delighted|pleased|ready|going|about|determined"
           r"|happy|rising|standing up|want|intend|mean|plan|aim|hope|wish))?(?:\s+to)?")
_TAKES_POLICY = re.compile(
    rf"\b(?:we|i|my (?:team|side|bench)|our (?:team|side|bench)|this (?:team|side|bench))"
    rf"{_INTENT}(?:\s+\w+ly)?\s+(?:({_BACKS})|({_REFUSES}))\s+{_POLICY_NOUN}\b",
    re.IGNORECASE,
)
# Which way the speaker speaks, the motion understood: "I will argue against.", "we are speaking in
# favour tonight".
_BARE_SIDE = re.compile(
    rf"\b(?:we|i)\b{_INTENT}(?:\s+be)?\s+(?:argu|speak|vot)(?:e|es|ing)\s+(?:(in favou?r|for)|(against))"
    r"(?:\s+(?:tonight|today|this evening|here|(?:the|this) motion))?\s*(?:[.!;]|$)",
    re.IGNORECASE,
)
# An imperative that restates (or refuses) the motion's action: "Ban the phones." "Do not close it."
_IMPERATIVE = re.compile(r"(?:^|[.!?;]\s+)(?:so,?\s+|then,?\s+|therefore,?\s+)?(do not |don't |never )?"
                         r"([a-z]+)\b(?!\s+(?:to|of|by|up|with|from|is|are|was)\b)(?=\s+\w)", re.IGNORECASE)


# Verbs that open everyday imperatives ("Let me explain", "Make no mistake", "Put simply"): an
# imperative of one of these says nothing about the motion.
_LIGHT_VERBS = {stem(w) for w in (
    "make", "give", "have", "let", "put", "keep", "take", "get", "hold", "stop", "pay", "go", "do", "see",
    "look", "come", "consider", "think", "remember", "imagine", "note", "bear", "mark", "say", "tell", "ask",
    "call", "turn", "set")}


def _names_action(noun: str, verb: str) -> bool:
    """"ban" names banning; "closure", "abolition", "legalisation" name closing, abolishing, legalising."""
    return same_verb(noun, verb) or (len(verb) >= 4 and stem(noun).startswith(verb[:4]))


def _takes_policy(unit: str, verb: str | None, polarity: float = 1.0,
                  actions: frozenset[str] | set[str] = frozenset()) -> float:
    """+1/-1 when the speaker, in the first person, backs or refuses the motion's action by name
    ("my team stands behind this ban"); else 0. A concession ("we welcome the plan's aims, but
    …") takes no side. `polarity` is -1 on a motion that regrets or opposes the action: backing
    the action opposes the motion (backing the motion itself still backs it). `actions`: stems of
    the motion's policy words ("ban" in "supports a ban on …")."""
    if _CONTRAST.search(unit):
        return 0.0
    for match in _TAKES_POLICY.finditer(unit):
        nouns = [w.lower() for w in match.group(3, 4) if w]
        if any(_is_the_policy(n, verb, actions) for n in nouns):
            return (1.0 if match.group(1) else -1.0) * _toward(nouns, polarity)
    for match in _ASKS_ROOM.finditer(unit):
        nouns = [w.lower() for w in match.group(3, 4, 5) if w]
        if any(_is_the_policy(n, verb, actions) for n in nouns):
            return (1.0 if match.group(1) else -1.0) * _toward(nouns, polarity)
    for match in _VOTES.finditer(unit):
        nouns = [w.lower() for w in match.group(3, 4, 5, 6, 7) if w]
        if any(_is_the_policy(n, verb, actions) for n in nouns):
            backs = match.group(1) or (match.group(8) or "").lower() == "through"
            return (1.0 if backs else -1.0) * _toward(nouns, polarity)
    return 0.0


# The speaker asking the room to pass or throw out a named policy: "I ask this chamber to pass the
# ban", "Join us in rejecting this proposal", "we urge the judges to throw the motion out".
_ASKS_ROOM = re.compile(
    rf"(?:\b{ASKS_ROOM}|\bjoin (?:me|us) in )"
    r"(?:(pass|adopt|carry|support|back|endorse|approve|accept|affirm)(?:ing)?"
    r"|(reject|defeat|throw|oppose|refuse|dismiss|block|vote down)(?:ing)?)(?: out| down)? "
    rf"(?:{_POLICY_NOUN}|([\w-]+))",
    re.IGNORECASE)


def _is_the_policy(noun: str, verb: str | None, actions: frozenset[str] | set[str]) -> bool:
    """The noun names the motion's policy: "the motion", "this ban", "abolition"."""
    return noun in _GENERAL_POLICY or stem(noun) in actions or bool(verb and _names_action(noun, verb))


def _toward(nouns: list[str], polarity: float) -> float:
    """The motion named as such ("the motion", "this proposal", "the idea") is backed as it stands;
    its action ("this policy", "the decision"), as the motion leans on it."""
    return 1.0 if any(n in ("motion", "resolution", "proposal", "idea") for n in nouns) else polarity


# A motion that regrets or opposes an action: backing the action is opposing the motion.
_REGRETS = re.compile(r"^\W*This House (?:regrets|opposes)\b", re.IGNORECASE)
_REGRET_WORDS = re.compile(r"\bregret(?:s|ted|ting|table)?\b", re.IGNORECASE)


# "This House opposes the ban on …", "… opposes public subsidies for …": a thing, not an act.
_OPPOSES_THING = re.compile(r"^\W*This House opposes\s+(?!\w+ing\b)", re.IGNORECASE)


def motion_polarity(motion_text: str) -> float:
    """-1 for a motion that regrets or opposes what it names, else +1."""
    return -1.0 if _REGRETS.match(motion_text) else 1.0


# "Count me among those who want …": the company the speaker puts themself in.
_AMONG = r"among (?:those|the \w+) who (?:\w+ly )?"
_FOR_VERBS = r"(?:want|support|back|favou?r|call for)\w*"
_AGAINST_VERBS = r"(?:oppose|reject|resist|fight)\w*"
# The speaker backing or refusing something in the first person, whatever names it: "my team
# backs that promise", "I rise in support of a ban on …", "count us against", "we say no to …".
_STANCE_CLAUSE = re.compile(
    rf"\b(?:(?:we|i|my (?:team|side|bench)|our (?:team|side|bench)|this (?:team|side|bench)(?: of the house)?"
    rf"|count (?:us|me))"
    rf"(?:'ll|'m|'re|'d)?(?:\s+\w+ly)?\s+(?:({_BACKS}|rise (?:in support of|to support|to propose)"
    rf"|say yes to|in|{_AMONG}{_FOR_VERBS})"
    rf"|({_REFUSES}|rise (?:to oppose|in opposition to)|say no to|out|{_AMONG}{_AGAINST_VERBS}))"
    rf"|(?:we|i)(?:'m|'re)?{OWN_FRAME}\s+(?:(propose|move|support|back|endorse|champion|want|wish|urge"
    rf"|call for|demand)|(oppose|reject|resist|refuse))"
    rf"|(?:put|sign|mark|count) (?:me|us)(?: down| up)? (?:as (?:an? )?(?:\w+ )?"
    rf"(?:(supporters?|backers?|champions?|friends?|advocates?)|(opponents?|critics?|enem(?:y|ies))) of"
    rf"|(for))|(sign (?:me|us) up)(?!\s+(?:as|for)\b))\b",
    re.IGNORECASE,
)
# A sentence this close in meaning to the motion (cosine of the reader's vectors), once its stance
# clause is taken out, restates it or its opposite: backing or refusing it is taking a side. About
# 3% of the arguments on the ArgQ dev topics sit this close to their motion.
RESTATES = 0.6
# From this leaning the reader says which way a restatement points (the motion's or its opposite).
RESTATED_DIRECTION = 0.1


# What the speaker wants to do in the speech itself ("I want to be precise about …", "we want to
# start by explaining …") backs nothing.
_OWN_SPEECH = re.compile(
    r"\s*to\s+(?:\w+ly\s+)?(?:be\s+(?:precise|clear|honest|careful|fair|brief|frank|exact|specific)|explain|start"
    r"|begin|focus|talk|say|speak|turn|look|set out|outline|make (?:clear|sure|a point|the point|it clear)"
    r"|remind|point out|address|deal with|go through|spend|take|return|come back|finish|end|close|note"
    r"|stress|emphasi[sz]e|clarify|define|show|walk|tell|ask|spell out|unpack|summari[sz]e|answer|respond)\b",
    re.IGNORECASE)


_SPEECH_PLAN = re.compile(rf"\b(?:want|wish|like|intend|plan|hope|going|mean){_OWN_SPEECH.pattern}",
                          re.IGNORECASE)


def _backs_restatement(reading: _MotionReading, unit: str, plain: bool = False) -> float:
    """+1/-1 when the speaker backs or refuses, in the first person, what the rest of the
    sentence says, and the rest restates the motion in meaning; else 0. A concession ("we back
    its aims, but …") takes no side. `plain`: the unit is a rewording (verdicts.py); on a motion that
    removes something, its action ("we support using phones in class") is read by its words alone,
    never by the reader's leaning."""
    match = _STANCE_CLAUSE.search(unit)
    if not match or _CONTRAST.search(unit) or _OWN_SPEECH.match(unit, match.end()):
        return 0.0
    rest = (unit[: match.start()] + " " + unit[match.end():]).strip()
    if len(content_words(rest)) < RESTATED_STEMS:
        return 0.0
    ctx = reading.ctx
    named = _names_policy(reading, rest)
    rest_vector, motion_vector = read(ctx.motion.text, [rest, ctx.motion.text]).vectors
    # The reader's vectors sit close for any talk about the debate ("we want to start off this
    # debate by explaining …"): a restatement also names something the motion is about.
    about = bool(set(content_words(rest)) & (reading.subject | reading.actions))
    # Keeping the subject of a motion that removes it is its opposite, however far the words sit
    # from the motion's ("we oppose allowing boxing to continue" on a motion to ban boxing).
    kept = reading.removes and not reading.ends_subject and about and bool(_KEEPS.search(rest)) and not (
        _KEEPS.search(ctx.motion.text) or _negates(rest, ctx.motion.text))
    if not named and not kept and (float(rest_vector @ motion_vector) < RESTATES or not about):
        return 0.0
    backs = 1.0 if any(match.group(k) for k in (1, 3, 5, 7, 8)) else -1.0
    if kept:  # (on a motion that regrets the removal, keeping the thing shares the regret)
        return -backs * reading.polarity
    # On a motion that opposes a thing, backing its end backs the motion and backing the thing
    # opposes it ("we oppose lifting the doping ban" on "This House opposes the ban on …").
    if reading.ends_subject:
        return backs * ends_thing(rest, reading.subject)
    # On a motion that regrets something, backing the thing restated opposes the motion, unless
    # the regret is restated too ("we reject the idea that Germany should regret closing …").
    # On one that regrets a loss, keeping or bringing back what was lost shares the regret too ("we
    # support reviving memorisation" on a motion that regrets its decline).
    if _REGRETS.match(ctx.motion.text):
        shares = _REGRET_WORDS.search(rest) or (
            _REGRETS_LOSS.match(ctx.motion.text) and _RESTORES.search(rest))
        return backs * (1.0 if shares else -1.0)
    negated = _negates(rest, ctx.motion.text)
    # The policy named by its own action and subject, neither kept nor negated, is the motion; on a
    # motion that ends an action ("end state funding for …"), that action named alone ("funding
    # faith schools") is the thing it ends.
    if named and not (_KEEPS.search(rest) or negated):
        return -backs if _names_ended_action(reading, rest) else backs
    # Closeness in meaning does not say which way: "keeping the embassy open" sits as close to
    # "close the embassy" as "shutting it" does. The reader's leaning on the rest says which way
    # it points, on a motion whose own key points it reads right; where it cannot tell, a rest
    # that keeps or negates something states no side.
    if plain and reading.removes and _ACTION_OPENS.match(rest):
        return 0.0  # "using phones in class" sits close to "ban phones in class" either way
    leaning = float(anchored_leaning([rest], ctx.motion)[0])
    if abs(leaning) >= RESTATED_DIRECTION:
        return backs * float(np.sign(leaning))
    if _KEEPS.search(rest) and not _KEEPS.search(ctx.motion.text):  # keeping what the motion removes
        return -backs if reading.removes else 0.0
    return 0.0 if negated else backs


# A motion that regrets a loss: a decline, an end, a decision to close or give something up.
_REGRETS_LOSS = re.compile(
    r"^\W*This House regrets\b.{0,60}?\b(?:decline|loss|end|ending|closure|closing|demise|erosion"
    r"|disappearance|abandonment|collapse|decision\b.{0,40}?\bto\s+(?:close|end|abandon|give\s+up|scrap"
    r"|abolish|drop|leave|exit|withdraw|shut|phase\s+out))\b", re.IGNORECASE)
# Keeping or bringing back: "keeping memorisation", "reviving it", "reopening the plants".
_RESTORES = re.compile(rf"{_KEEPS.pattern}|\b(?:reviv|restor|reinstat|reopen|rebuil"
                       r"|br(?:ought|ing)\w*\s+(?:\w+\s+)?back)\w*", re.IGNORECASE)


# A text that opens on an action: "using phones in class", "handing money to clubs".
_ACTION_OPENS = re.compile(r"^\W*[a-z]{2,}ing\b", re.IGNORECASE)


def _names_ended_action(reading: _MotionReading, text: str) -> bool:
    """On a motion whose verb ends or removes something, the text names an action the motion ends
    ("funding" on "end state funding for …") and neither the motion's verb nor another verb that
    ends or holds something back."""
    if not reading.removes or not reading.verb:
        return False
    words = re.findall(r"[a-z]+", text.lower())
    verb = reading.verb
    if any(same_verb(_verb_base(w), verb) or AGAINST_VERBS.fullmatch(w) or _verb_base(w) in _UNDOES
           for w in words):
        return False
    return any(stem(w) in reading.actions and stem(w) != verb for w in words)


def _negates(text: str, motion_text: str) -> bool:
    """The text turns the motion round by a negation: it has one more or one fewer "not" than the
    motion ("never to fire first" does not negate a motion for never using them first)."""
    return len(_NEGATED.findall(text)) % 2 != len(_NEGATED.findall(motion_text)) % 2


def _names_policy(reading: _MotionReading, text: str) -> bool:
    """The text names the motion's policy by its verb (or one that does the same) and its subject:
    "scrapping criminal defamation laws" for "abolish criminal defamation laws"."""
    verb, subject = reading.verb, reading.subject
    words = re.findall(r"[a-z]+", text.lower())
    shared = set(content_words(text)) & subject
    acts = (verb and verb not in _LIGHT_VERBS and any(same_verb(w, verb) for w in words)) or any(
        stem(w) in reading.actions for w in words)
    return bool(acts and shared and len(shared) >= min(RESTATED_STEMS, len(subject)))


# A verb-like word that opens a noun phrase followed by its own verb ("Tax officials would …", "Ban
# supporters say …", "Cut flowers are …") is the subject of a statement, not an order.
_NOUN_SUBJECT = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|whose|where|when|if|and|or|but|because|so|then)\b)[a-z][\w'’-]*){1,5}?"
    r"\s+(?:would|will|can|could|should|must|may|might|shall|are|is|was|were"
    r"|have|has|had|do|does|did|say|says|said|argue|argues|argued|claim|claims|claimed|think|thinks"
    r"|thought|know|knows|knew|tell|tells|told|want|wants|wanted|need|needs|needed)\b",
    re.IGNORECASE)


# "Do X, and Y follows": an imperative joined to a clause with its own subject is a supposition
# ("Outlaw the adverts, and every church notice becomes a legal risk"), whichever way it argues.
_AND_THEN = re.compile(r"[^.!?;]*?,?\s+and\s+(?:the|that|this|these|those|a|an|you|we|they|it|he|she|our"
                       r"|their|your|every|no|nobody|everyone|nothing)\b", re.IGNORECASE)


def _orders_policy(unit: str, verb: str | None, actions: set[str] | frozenset[str] = frozenset()) -> float:
    """+1/-1 when an imperative orders the motion's action done ("Ban the phones.", "Make voting
    compulsory.") or not done; not a subject that starts with the verb ("Tax officials would …") or
    an order that only supposes ("Ban the adverts, and every notice becomes …")."""
    if not verb:
        return 0.0
    for match in _IMPERATIVE.finditer(unit):
        word = match.group(2).lower()
        if word.endswith(("ing", "ed", "s")) or not same_verb(word, verb):
            continue
        if _NOUN_SUBJECT.match(unit, match.end(2)) or _AND_THEN.match(unit, match.end(2)):
            continue
        after = [stem(w) for w in re.findall(r"[a-z]+", unit[match.end():].lower())[:5]]
        if verb not in _LIGHT_VERBS or any(a in actions for a in after):
            return -1.0 if match.group(1) else 1.0
    return 0.0


# The motion named by its own words: "the motion that we should ban X", "today's motion, X", "the
# resolution: X". Those words name the debate, they do not take its side: the side is in the frame
# around them ("I am proud to stand in opposition to the motion that …").
_NAMED_MOTION = re.compile(
    r"\b(?:the|this|today's|tonight's|our|their)\s+(?:motion|resolution|proposal)\b"
    r"\s*(?:,|:|-|–|—|that|which (?:says|states|reads|holds)(?: that)?|saying(?: that)?)?\s*",
    re.IGNORECASE)
_NAMED_ENDS = re.compile(r"[.;!?]|,\s*(?:and|but|because|since|as|so)\b", re.IGNORECASE)
_FOR_WORDS = re.compile(r"\b(?:support\w*|propos(?:e|es|ed|ing)|favou?r\w*|defend\w*|back(?:s|ed|ing)?"
                        r"|affirm\w*|agree\w*|champion\w*|endors\w*|vot(?:e|es|ing)\s+(?:\w+\s+){0,2}?for)\b",
                        re.IGNORECASE)
# ("against each other" is no stance)
_AGAINST_WORDS = re.compile(r"\b(?:oppos\w*|against(?!\s+(?:each other|one another))|reject\w*|disagree\w*"
                            r"|refut\w*|negat\w*|contest\w*|resist\w*)\b", re.IGNORECASE)


def motion_frame(unit: str, subject: set[str]) -> str | None:
    """The unit with the motion it names by its own words taken out ("I stand in opposition to"),
    or None when it names no motion that way."""
    for match in _NAMED_MOTION.finditer(unit):
        rest = unit[match.end():]
        end = _NAMED_ENDS.search(rest)
        named = rest[: end.start()] if end else rest
        shared = set(content_words(named)) & subject
        if shared and len(shared) >= min(RESTATED_STEMS, len(subject)):
            return (unit[: match.start()] + " " + (rest[end.start():] if end else "")).strip()
    return None


def _stance_words(text: str) -> float:
    """+1/-1 when the text backs or opposes (once, with "not" turning it round), else 0."""
    against, backing = _AGAINST_WORDS.search(text), _FOR_WORDS.search(text)
    if bool(against) == bool(backing):
        return 0.0
    word = against or backing
    assert word is not None
    flipped = bool(_NEGATED.search(_own_clause(text[: word.start()])[-_NEGATION_REACH:]))
    return (-1.0 if against else 1.0) * (-1.0 if flipped else 1.0)


def _frame_side(ctx: Context, frame: str) -> float:
    """+1/-1 when the speaker's frame around a named motion backs or opposes it, else 0."""
    if not _SPEAKER.search(frame) or _HEDGED.search(frame) or _SPEECH_PLAN.search(frame):
        return 0.0  # ("I want to be clear about what this motion asks": the speech's plan, no side)
    return _fate(frame) or _stance_words(frame) or _reader_side(ctx, frame)


def _reader_side(ctx: Context, text: str) -> float:
    """The reader's sign for a side statement it reads clearly, else 0."""
    leaning = float(read(ctx.motion.text, [text]).leaning[0])
    return float(np.sign(leaning)) if abs(leaning) >= DECLARED_LEANING else 0.0


# Verbs that end a thing (a ban, a subsidy, a law) besides those that make a practice cease.
_UNDOES = {stem(w) for w in ("lift", "repeal", "drop", "remove", "withdraw", "axe", "stop", "cut", "overturn",
                              "reverse", "rescind", "ditch", "kill")}


def ends_thing(text: str, subject: set[str]) -> float:
    """On a motion that opposes a thing: +1 when the text ends the thing ("lifting the doping ban",
    "scrapping stadium subsidies"), -1 when it keeps it or names the thing itself ("the ban",
    "keeping the ban", "banning doping", whose verb is the thing's own word). Where the thing is a
    ban or a limit, allowing what it holds back ends it ("allowing doping")."""
    if _KEEPS.search(text):
        return -1.0
    if _ALLOWS.search(text) and any(same_verb(s, "ban") or same_verb(s, "limit") for s in subject):
        return 1.0
    acts = [w for w in re.findall(r"[a-z]+", text.lower()) if stem(w) not in subject]
    return 1.0 if any(_verb_base(w) in _UNDOES or same_verb(_verb_base(w), "end") for w in acts) else -1.0


def _verb_base(word: str) -> str:
    """A verb's base stem from any of its forms ("ending" and "ended" are "end", "lifting" is "lift")."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return _undoubled(stem(word[: -len(suffix)]))
    return _undoubled(stem(word))


def _backs_action(ctx: Context, unit: str, verb: str | None, actions: set[str], subject: set[str]) -> float:
    """+1/-1 when the speaker, in the first person, backs or refuses the motion's action named as
    such ("I will not be supporting this ban", "count my vote for abolition"), or, on a motion
    that regrets something, shares or refuses the regret ("we regret it", "we have no regrets
    about the exit"); else 0."""
    if not _SPEAKER.search(unit) or _CONTRAST.search(unit) or _HEDGED.search(unit) or REBUTTAL.search(unit):
        return 0.0
    words = re.findall(r"[a-z]+", unit.lower())
    named = any((verb and _names_action(w, verb)) or stem(w) in actions for w in words)
    regret = _REGRET_WORDS.search(unit)
    about = named or re.search(r"\bit\b", unit) or _names_subject(unit, subject)
    if regret and _REGRETS.match(ctx.motion.text) and about:
        return -1.0 if _NEGATED.search(unit[: regret.start()]) else 1.0
    if not named:
        return 0.0
    # Backing "the ban" opposes a motion against the ban; backing "lifting the ban" backs it.
    direction = ends_thing(unit, subject) if _OPPOSES_THING.match(ctx.motion.text) else motion_polarity(
        ctx.motion.text)
    return direction * _stance_words(unit)


def _speaks_to_motion(unit: str, verb: str | None, subject: set[str]) -> bool:
    """The speaker, in the first person, speaks of the debate's sides ("proud to propose"), or
    backs or opposes the motion's action or subject by name ("I will not be backing a ban on …")."""
    if not _SPEAKER.search(unit):
        return False
    if _SIDE_WORDS.search(unit):
        return True
    if not (_FOR_WORDS.search(unit) or _AGAINST_WORDS.search(unit)):
        return False
    return _names_motion_act(unit, verb, subject)


def _names_motion_act(unit: str, verb: str | None, subject: set[str]) -> bool:
    """The unit names the motion's action by a word of its verb, or its subject."""
    return bool(verb and any(_names_action(w, verb) for w in unit.lower().split())) or _names_subject(
        unit, subject)


# "make voting compulsory": on a motion that makes something so, the adjective is the policy.
_MADE_SO = re.compile(r"\bmake\s+(?:[\w'-]+\s+){1,4}?(compulsory|mandatory|illegal|legal|free|optional"
                      r"|universal|voluntary|public)\b", re.IGNORECASE)


def _motion_actions(motion_text: str) -> set[str]:
    """Stems of the policy words the motion uses, whatever its grammar: "ban" in "This House
    supports a ban on …", "abolish" in "… should abolish …", "compulsory" in "… make voting
    compulsory"."""
    families = set().union(*_VERB_FAMILIES)
    found = {stem(w) for w in re.findall(r"[a-z]+", motion_text.lower()) if stem(w) in families}
    made = _MADE_SO.search(motion_text)
    return found | {stem(made.group(1).lower())} if made else found


def declared_side(ctx: Context) -> tuple[float, int | None]:
    """+1 if the speech says it supports the motion, -1 if it says it opposes it, else 0, and
    where it first says so.

    Looks at the opening and closing units the speaker states as their own (not a reported or
    conceded claim) for the motion's own policy restated ("we should (not) abolish …"), keeping
    what the motion would remove, "I support/oppose the motion", or any other sentence about the
    debate's sides whose direction the reader reads clearly ("proud to propose", "the motion
    must fall").
    """
    stated = side_statements(ctx)
    return stated[0] if stated else (0.0, None)


def side_statements(ctx: Context) -> list[tuple[float, int]]:
    """Every side statement at the speech's edges, in order: (+1/-1, unit index). The opening edge is
    six units long: a speaker may open with a hook of several sentences before saying their side."""
    if "declared" not in ctx.memo:
        n = len(ctx.units)
        edges = dict.fromkeys([*range(min(6, n)), *range(max(6, n - 3), n)])
        reading = _MotionReading(ctx)
        ctx.memo["declared"] = [(sign, i) for i in edges if (sign := reading.side_stated(i))]
    return list(ctx.memo["declared"])


# A guess about what the listener (or anyone else) thinks or expects of the speaker: "You might
# think I'm here to argue that …", "Some of you expect me to defend …". It states no side.
_SUPPOSED = re.compile(
    r"^\W*(?:(?:so|and|now|well|perhaps|maybe|no doubt),?\s+)*(?:(?:some|many|most|all|a few|few|one|any)"
    r"\s+of\s+)?(?:you|the (?:audience|house|room|judges?)|people|some people|many people|others|my opponents"
    r"|our opponents|they|one)(?:'d|'ll)?(?:\s+(?:might|may|could|will|would|must|probably|perhaps|possibly"
    r"|already|all|now|even|\w+ly))*\s+(?:think|expect|assume|imagine|suppose|believe|guess|wonder|fear"
    r"|have heard|be (?:forgiven for )?(?:thinking|expecting|assuming))\b", re.IGNORECASE)


# An answer that turns down the question before it: "No.", "Not on my watch.", "Then you'll …".
_DENIES = re.compile(r"^\W*(?:no|not|never|nope|hardly|nothing|then)\b", re.IGNORECASE)
# The motion itself as what a stance is on: "this motion", "the resolution", "it".
_MOTION_ITSELF = re.compile(r"^(?:(?:this|the|tonight's|today's|that)\s+(?:\w+\s+)?(?:motion|resolution"
                            r"|proposal|proposition)\b|(?:it|this|that)$)", re.IGNORECASE)
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "any", "every", "such", "our", "their"}
# Nouns that name a removal: what a motion that removes something does to it.
_ENDINGS = {"end", "closure", "abolition", "removal", "repeal", "scrapping", "ban", "withdrawal", "shutdown",
            "phase-out", "demise", "loss"}
# A motion of belief or preference: it weighs claims or options, it does not act on one thing.
_WEIGHS = re.compile(r"^\W*(?:This House\s+)?(?:believes|prefers)\b", re.IGNORECASE)


_REGRET_MODAL = re.compile(rf"\b{_MODAL}\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:come to\s+)?regret\b",
                           re.IGNORECASE)


class _MotionReading:
    """What a side statement is judged against: the motion's verb, subject and polarity."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.verb, self.removes = _predicate(ctx.motion.text)
        # "This House opposes public subsidies for stadiums" asks for an end to what it names:
        # "subsidies should be scrapped" backs it, "keep the subsidies" opposes it.
        self.ends_subject = self.verb is None and bool(_OPPOSES_THING.match(ctx.motion.text))
        if self.ends_subject:
            self.verb, self.removes = stem("end"), True
        # Keeping the subject as it is opposes a motion that removes or changes it ("we should keep
        # the voting age" on a motion to lower it).
        self.changes = self.removes or bool(self.verb and not _KEEPS.match(self.verb))
        self.subject = motion_topic_stems(ctx.motion)
        self.polarity = motion_polarity(ctx.motion.text)
        self.actions = _motion_actions(ctx.motion.text)
        if self.ends_subject:  # what it opposes may itself be an act: "the ban on …" names the subject
            self.subject |= self.actions
        # Which way restating the motion's verb points: against a motion that opposes or regrets
        # its action, for one that opposes a thing (read as ending it).
        self.restating = 1.0 if self.ends_subject else self.polarity
        self.trusted = bool(np.any(ctx.stance))

    def side_stated(self, i: int) -> float:
        """+1/-1 when unit i states the speaker's side, else 0. A unit of several clauses ("We
        should not abolish it; I am proud to oppose this motion") is read clause by clause: its
        side is the one its clauses agree on, and none where they disagree."""
        ctx, unit = self.ctx, self.ctx.units[i]
        clauses = [c.strip() for c in _CLAUSE_BREAK.split(unit) if len(c.split()) >= 2]
        if len(clauses) < 2 or any(_DEPENDENT.match(c) or _ENDORSES.match(c) for c in clauses):
            reported = float(ctx.reported[i]) if ctx.reported.size else 0.0
            return self._stated(unit, float(ctx.leaning[i]), reported)
        leanings = raw_leaning(clauses, ctx.motion.text)
        reports = signals_reported(clauses, ctx.motion.text)
        stated = [sign for c, lean, rep in zip(clauses, leanings, reports, strict=True)
                  if (sign := self._stated(c, float(lean), float(rep)))]
        if len({np.sign(sign) for sign in stated}) != 1:
            return 0.0
        return max(stated, key=abs)  # a worded clause outweighs one only the reader reads

    def _stated(self, unit: str, leaning: float, reported: float, plain: bool = False) -> float:
        """+1/-1 when a unit (or one clause of it), with the reader's leaning and report
        probability for it, states the speaker's side, else 0. A verdict in another form ("Why
        should we keep it?") is read as the plain statement it makes (verdicts.py)."""
        ctx = self.ctx
        if not plain and _SUPPOSED.match(unit) and not _CONTRAST.search(unit):
            return 0.0  # "You might think I'm here to argue that …": the listener's guess, no side
        call = 0.0 if plain else motion_call(unit)
        if call:
            return call  # "Throw this motion out and …": the motion's fate, whatever follows
        claim = None if plain else disputed(unit)
        if claim is not None:
            return self._claim_side(*claim)
        verdict = None if plain else plain_verdict(unit, self.is_action)
        if verdict is not None:
            side = self._stated(verdict, 0.0, 0.0, plain=True)
            if side:
                return side
        if not plain and "?" in unit:
            # "Ban these flights? Not on my watch.": the motion put as a question and answered no (or
            # not answered) is no statement for it; "Free meals for all? Sign us up." is read whole.
            reply = unit[unit.rindex("?") + 1:]
            if not reply.strip() or _DENIES.match(reply):
                return 0.0
        chosen = preference(unit, ctx.motion.text) if reported < REPORTED or OWN_VIEW.match(unit) else 0.0
        if chosen:
            return chosen  # "I'd take a fast train over another runway any day"
        verb, subject = self.verb, self.subject
        bench = _OWN_BENCH.search(unit)
        if bench:
            named = next(g for g in bench.groups() if g).lower()
            return -1.0 if named.startswith(("opp", "against", "critic")) else 1.0
        if _HEDGED.search(unit):
            return 0.0  # "should maybe close, or maybe not" takes no side
        frame = motion_frame(unit, subject)
        if frame is not None:
            return _frame_side(ctx, frame)  # naming the motion alone is not taking its side
        # The speaker's own "we / my team back this ban" is theirs even where the reader hears a
        # report.
        taken = (_takes_policy(unit, verb, self.polarity, self.actions) or self._thing_side(unit)
                 or _backs_restatement(self, unit, plain)
                 or _backs_action(ctx, unit, verb, self.actions, subject))
        if taken:
            return taken
        answer = _answer(unit)
        if answer:
            return answer
        if reported >= REPORTED and not OWN_VIEW.match(unit):
            return 0.0
        fate = _fate(unit)
        if fate:
            return fate
        if OPPOSE.search(unit):
            return -1.0
        if SUPPORT.search(unit) and re.search(r"\b(motion|resolution|proposition|this house)\b", unit, re.I):
            return 1.0
        # The motion restated in the speaker's own grammar may name its subject in other words
        # ("America should end capital punishment" on a motion to abolish the death penalty).
        named = subject | subject_named(unit, ctx.motion.text)
        if _names_subject(unit, named):
            position = _position(unit, verb, self.changes, named, keeps_action=not self.ends_subject,
                                 worded=plain and self.removes)
            if position:
                # "Germany should (not) regret closing them" restates the motion's own regret.
                return position * (1.0 if self._shares_regret(unit) else self.restating)
        ordered = _orders_policy(unit, verb, self.actions)
        if ordered:
            return ordered * self.restating
        # On a motion whose own key points the reader misplaces, its leaning on a sentence about
        # the motion's subject is taken only where the wording points the same way.
        speaks = _speaks_to_motion(unit, verb, subject | self.actions)
        sign = float(np.sign(leaning))
        # The reader does not turn round the speaker's own stance on the motion's action in plain
        # words: "I stand firmly with the case for taxing them" backs taxing, whatever "them" is.
        stance = self._stance_on_action(verdict) if verdict else 0.0
        turned = bool(stance) and sign == -stance
        worded = _stance_words(unit)
        # "Our side's impacts outweigh theirs" speaks of a side, but nothing in it says which: the
        # reader's leaning is read only where the unit takes a stance in words or names the motion's
        # action or subject.
        grounded = bool(worded) or bool(_NAMES_MOTION.search(unit)) or _names_motion_act(
            unit, verb, subject | self.actions)
        # "I'm against shutting gamers out", "I stand with the workers who …": a stance on something
        # other than the motion, which may point either way on it; the reader hears only "against".
        taking = stance_on(unit)
        elsewhere = taking is not None and not _MOTION_ITSELF.match(taking[1])
        if speaks and grounded and not turned and not elsewhere and abs(leaning) >= DECLARED_LEANING and (
                self.trusted or not _names_subject(unit, subject) or sign == self.worded(unit)):
            # "I am honoured to oppose": the wording agrees, so it is a statement in full.
            return sign if worded == sign else READ_ONLY * sign
        return 0.0

    def _thing_side(self, unit: str) -> float:
        """+1/-1 when the speaker is for or against the motion's action named as a thing ("count me in
        on this ban"), or what the motion removes or regrets: "I'm against unpaid internships" backs a
        motion to ban them. (On a motion that brings something in, its subject may be the people it
        serves.)"""
        if _WEIGHS.match(self.ctx.motion.text) or _CONTRAST.search(unit):
            return 0.0  # ("we welcome the ban's aims, but …" concedes them)
        found = stance_on(unit)
        if found is None:
            return 0.0
        stance, aimed = found
        named = re.findall(r"[a-z]+", aimed.lower())
        if not named or named[0] in ("not", "never", "no") or not names_a_thing(aimed):
            return 0.0  # "I stand behind not closing it", "I'm against shutting them out": other forms
        head = next((w for w in named if w not in _DETERMINERS), "")
        ending = self.removes and head in _ENDINGS  # "we welcome the end of nuclear power"
        if ending or any(_is_the_policy(w, self.verb, self.actions) for w in named):
            # The motion's own action named as a thing ("this ban", "any plan to …", "the end of …"),
            # as the motion leans on it.
            return 0.0 if self.ends_subject else stance * self.polarity
        if not (self.removes or self.polarity < 0) or not _names_subject(aimed, self.subject):
            return 0.0
        return stance * (-1.0 if self.removes else 1.0) * self.restating

    def _claim_side(self, claim: str, stance: float) -> float:
        """The side of a unit that takes a stance on a claim as such ("I stand against the idea that
        P"): P's side, turned round where the speaker is against it; none where P has none. (The
        reader's leaning on the whole sentence is no guide: it hears P, not the stance on it.)"""
        kept = belongs(claim) if self.removes and not self.ends_subject else None
        inner = plain_verdict(claim, self.is_action) or settled(claim) or kept or f"{claim}."
        side = self._stated(inner, 0.0, 0.0, plain=True)
        # A claim in no plain form is read as backed: it restates the motion or its opposite. (Not on
        # a motion that opposes a thing, where backing anything that does not end the thing keeps it.)
        if not side and not self.ends_subject:
            side = self._stated(f"we support {claim}.", 0.0, 0.0, plain=True)
        return stance * side

    def _shares_regret(self, unit: str) -> bool:
        """On a motion that regrets an action, the unit's modal governs the regret itself ("they
        should regret closing …"), not the action."""
        return bool(_REGRETS.match(self.ctx.motion.text) and _REGRET_MODAL.search(unit))

    def _stance_on_action(self, plain: str) -> float:
        """+1/-1 when a plain statement backs or refuses the motion's own action by its verb ("we
        support taxing them" on a motion to tax), as the motion leans on it; else 0."""
        match = re.match(r"^we (support|oppose) (\w+ing)\b", plain)
        if not match or not self.verb or not same_verb(_verb_base(match.group(2)), self.verb):
            return 0.0
        return (1.0 if match.group(1) == "support" else -1.0) * self.restating

    def is_action(self, word: str) -> bool:
        """The word names the motion's action, or keeping what the motion would change."""
        return bool((self.verb and same_verb(word, self.verb)) or stem(word) in self.actions
                    or _KEEPS.fullmatch(word) or word in _GENERAL_ACTIONS)

    def worded(self, text: str) -> float:
        """Which way a text about the motion points by its wording alone: against it where it has
        one "not" more or fewer than the motion, or keeps what the motion removes; else for it."""
        keeps = self.removes and _KEEPS.search(text) and not _KEEPS.search(self.ctx.motion.text)
        return -1.0 if keeps or _negates(text, self.ctx.motion.text) else 1.0
