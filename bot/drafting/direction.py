"""Whether a policy read from a sentence is one the author describes in order to attack it.

A speech against a tariff says what the tariff does ("these laws raise the price to consumers of all
articles imported") and then condemns it ("a burden upon all our people", "vicious, inequitable").
Read as a proposal, that sentence would print the very policy the author attacks. The test is
structural: the sentence makes no call of its own (no modal, no "I recommend", not an imperative),
or frames the policy as an effect or as what others say ("the effect of X is to …", "it is said that
…"), and the sentences around it condemn. Such a policy is dropped, never printed as the author's.
"""

from __future__ import annotations

import re

from bot.drafting.reading import Essay, Sentence
from bot.drafting.wording import strip_openers

# Words of condemnation: what an author says of a policy he attacks.
_CONDEMNING = re.compile(
    r"\b(?:unjust|injustice|inequitable|iniquitous|burden(?:s|some)?|evils?|vicious|oppressi(?:ve|on)|wrongs?"
    r"|hardships?|extortion(?:ate)?|abuses?|robbery|plunder|ruinous|mischie(?:f|vous)|tyrann(?:y|ical)|unfair"
    r"|exactions?|outrage(?:ous)?|grievances?|indefensible|pernicious|baneful|iniquit(?:y|ies)|illogical"
    r"|unnecessary taxation|tax upon all)\b",
    re.I,
)
# A call: the sentence asks for something itself.
_CALL = re.compile(
    r"\b(?:should|must|ought|shall|need|needs|let|recommend|recommends|urge|urges|propose|proposes|ask|asks"
    r"|suggest|suggests|request|invite|call upon|it is (?:time|necessary|expedient|wise|desirable)"
    # a call by judgement: "the duty we owe is to …", "the first remedy is to …", "X is desirable"
    r"|duty|remedy|desirable|essential|expedient|urgent|indispensable|advisable"
    r"|it\s+(?:is|were|would\s+be)\s+(?:good|better)"  # "It were good that men would follow …"
    # a wish: "I would rather see X admitted to …", "it is much to be wished that …", "if only X would …"
    r"|(?:would|had|should)\s+(?:rather|sooner)\s+see|(?:like|want|wish|hope|long)\s+to\s+see"
    r"|to\s+be\s+(?:wished|desired|hoped)|I\s+wish|if\s+only"
    # the author owning the idea: "If now, and this is my idea, there were …"
    r"|(?:this|that|here)\s+is\s+(?:my|our)\s+(?:idea|proposal|plan|suggestion))\b",
    re.I,
)
# The policy framed as an effect or as what others say: "the effect of X is to …", "it is said that …".
_FRAMED = re.compile(
    r"\b(?:(?:primary|plain|real|practical|chief|necessary|natural|direct)\s+)*effect\b|\bresult of\b"
    r"|\btendency of\b|\bit is (?:said|claimed|argued|urged|alleged|contended|pretended|asserted) that\b",
    re.I,
)
AROUND = 2  # sentences after (and one before) in which a condemnation counts


def condemned(essay: Essay, sentence: Sentence, action: str) -> str | None:
    """Why the policy `action`, read from `sentence`, is one the author attacks; None when it may be his."""
    text = strip_openers(sentence.text)
    first = action.split()[0].lower() if action.split() else ""
    imperative = text.lower().startswith(first)
    described = not _CALL.search(text) and not imperative
    framed = _FRAMED.search(text) is not None
    if not (described or framed):
        return None
    start = max(0, sentence.index - 1)
    around = [
        s.text for s in essay.sentences[start : sentence.index + AROUND + 1]
        if s.paragraph == sentence.paragraph
    ]
    word = next((m.group(0) for t in around for m in [_CONDEMNING.search(t)] if m), None)
    if word is None:
        return None
    return (f"the essay describes this in order to attack it ('{word}' nearby, and the sentence asks for "
            "nothing): not the author's proposal")


# Words that give a view to others: "A nation does not seem to them to consist of persons", "some profess to
# think", "the objectors say", "we are told".
_OTHERS_VIEW = re.compile(
    r"\b(?:(?:seems?|appears?)\s+to\s+them|to\s+their\s+minds?|in\s+their\s+(?:view|eyes|opinion)"
    r"|they\s+(?:term|call|say|think|hold|profess|contend|maintain|argue|urge|tell\s+us|insist|fear|imagine)"
    r"|(?:some|others|many)\s+(?:profess|say|think|hold|argue|maintain|contend|insist|tell\s+us|are\s+unable)"
    r"|objectors?|opponents?|adversaries|it\s+is\s+(?:said|argued|urged|objected|alleged|contended)"
    r"|we\s+are\s+told"
    # the common view, with the author inside it: "We have come to believe that a good childhood is full"
    r"|we\s+(?:have\s+)?(?:come\s+to\s+|tend\s+to\s+|all\s+)?(?:believe|assume|suppose)\b(?=\s+that)"
    r"|it\s+is\s+(?:commonly|widely|generally|often)\s+(?:believed|assumed|thought|held))\b",
    re.I,
)
# The author's answer to it, opening the next sentence: "But no one seeks to annihilate towns and counties."
_ANSWER = re.compile(r"^\s*(?:but|yet|now|on\s+the\s+contrary)\b[, ]", re.I)


def rebutted(essay: Essay, sentence: Sentence) -> str | None:
    """Why a sentence is a view the author reports from others and answers at once ("Others are unable to
    reconcile themselves to … A nation does not seem to them to consist of persons … Parliament must
    represent towns and counties, not human beings. But no one seeks to …"); None when it may be his."""
    sentences = essay.sentences
    index = sentence.index
    nxt = sentences[index + 1] if index + 1 < len(sentences) else None
    # the answer follows in the same paragraph, or opens the next one when the view closes its own
    closes = nxt is not None and nxt.paragraph == sentence.paragraph + 1
    if nxt is None or (nxt.paragraph != sentence.paragraph and not closes) or not _ANSWER.match(nxt.text):
        return None
    before = [s.text for s in sentences[max(0, index - 2) : index + 1] if s.paragraph == sentence.paragraph]
    view = next((m.group(0) for t in before for m in [_OTHERS_VIEW.search(t)] if m), None)
    if view is None:
        return None
    answer = nxt.text.split()[0]
    return f"the essay gives this view to others ('{view}') and answers it with '{answer}': not the author's"

