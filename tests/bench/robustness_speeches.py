"""Speeches and edits for the scorer's robustness bench (tests/bench/robustness.py).

Every speech and every edit sentence here was written for this bench; none is taken from the motion
bank, the essays or another test. Each base speech argues one side of a bank motion. Its edits come
in two kinds:

* meaning-keeping edits (`meaning`): one sentence added or one phrase reworded so that the speech
  says the same thing for the same side — a concession that is answered, a sentence naming the other
  bench, an opposing claim quoted and answered, the side statement phrased differently, a rebuttal
  opener reworded. A robust scorer moves little (the bench allows 6 points) and adds no flag.
* padding edits (`padding`): words with no content — empty connectives, evidence markers with no
  evidence, a stock weighing sentence. A robust scorer gives them little or nothing (3 points).

The helpers (`insert_after`, `replace`, `add_before_last_sentence`, `pad_connectives`,
`pad_evidence_markers`, `pad_both`) are plain text transforms that tests reuse with their own wordings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Transform = Callable[[str], str]

MEANING_EDITS = ("concession", "name_other_bench", "quote_and_answer", "side_rephrase", "rebuttal_opener")
PADDING_EDITS = ("pad_connectives", "pad_evidence", "pad_weighing", "pad_all")


@dataclass(frozen=True)
class Edit:
    """One edit of a base speech: its name, its kind ("meaning" or "padding") and the transform."""

    name: str
    kind: str
    apply: Transform


@dataclass(frozen=True)
class BaseSpeech:
    """A speech written for one side of a bank motion, with its meaning-keeping edits."""

    id: str
    motion_id: str
    side: str  # "prop" or "opp"
    quality: str  # "strong" or "mediocre"
    text: str
    meaning: tuple[Edit, ...]
    weighing: str  # the stock weighing sentence used by its padding edits

    def padding(self) -> tuple[Edit, ...]:
        """The padding edits: connectives, empty evidence markers, a stock weighing sentence, all three."""
        weighing = add_before_last_sentence(self.weighing)
        return (
            Edit("pad_connectives", "padding", pad_connectives),
            Edit("pad_evidence", "padding", pad_evidence_markers),
            Edit("pad_weighing", "padding", weighing),
            Edit("pad_all", "padding", lambda text: weighing(pad_both(text))),
        )

    def edits(self) -> tuple[Edit, ...]:
        """Every edit of this speech: meaning-keeping first, then padding."""
        return (*self.meaning, *self.padding())


# --- text transforms ------------------------------------------------------------------------------


def _exactly_once(text: str, part: str) -> None:
    count = text.count(part)
    if count != 1:
        raise ValueError(f"expected {part!r} exactly once in the speech, found it {count} times")


def insert_after(anchor: str, sentence: str) -> Transform:
    """Add `sentence` right after `anchor` (the end of a sentence that occurs once in the speech)."""
    def apply(text: str) -> str:
        _exactly_once(text, anchor)
        return text.replace(anchor, f"{anchor} {sentence}", 1)
    return apply


def replace(*pairs: tuple[str, str]) -> Transform:
    """Replace each `old` (which occurs once in the speech) by its `new`."""
    def apply(text: str) -> str:
        for old, new in pairs:
            _exactly_once(text, old)
            text = text.replace(old, new, 1)
        return text
    return apply


def add_before_last_sentence(sentence: str) -> Transform:
    """Add `sentence` just before the speech's closing sentence."""
    def apply(text: str) -> str:
        paragraphs = text.rstrip().split("\n\n")
        parts = split_sentences(paragraphs[-1])
        paragraphs[-1] = " ".join([*parts[:-1], sentence, parts[-1]])
        return "\n\n".join(paragraphs) + "\n"
    return apply


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'A-Z])")
# Sentences left alone by the padding: those that open with a signpost ("Therefore, first, …" reads
# as a typo), an imperative, or a speaker ("Studies show that they say …" is not English).
_UNPADDED = re.compile(
    r"^(first|second|third|fourth|finally|my|now|so|in conclusion|to sum up|on weighing|weigh|turning|"
    r"let|also|then|but|and|yet|because|therefore|thus|think|take|consider|start|notice|imagine|look|"
    r"remember|i|we|they|you|our|their|your|that|this|the other side|the proposition|the opposition)\b"
    r"|^[\w'’-]+,", re.IGNORECASE)


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (split after . ! ? before a capital or quote)."""
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s]


def _lower_first(sentence: str, text: str) -> str:
    """Lower-case the first word unless it is a name (written with a capital mid-sentence)."""
    first = re.match(r"[^\W\d_]+", sentence)
    if not first:
        return sentence
    word = first.group(0)
    ending = "" if len(word) >= 3 else r"\b"  # "America" is a name if "American" is written mid-sentence
    if re.search(rf"[a-z0-9,;:]\s+{re.escape(word)}{ending}", text):
        return sentence
    return word.lower() + sentence[len(word):]


Plan = tuple[Sequence[str], int, int]  # prefixes (used in turn), every n-th eligible sentence, offset


def prefix_sentences(text: str, plans: Sequence[Plan]) -> str:
    """Put padding before some sentences (never the first two or the last, nor short or signposted ones).

    Each plan (prefixes, every, offset) takes every `every`-th eligible sentence (shifted by `offset`)
    and uses its prefixes in turn; a sentence gets at most one prefix, from the first plan that takes it.
    """
    paragraphs = text.rstrip().split("\n\n")
    sentences = [split_sentences(p) for p in paragraphs]
    total = sum(len(s) for s in sentences)
    position = eligible = 0
    used = [0] * len(plans)
    for p, paragraph in enumerate(sentences):
        for s, sentence in enumerate(paragraph):
            position += 1
            if position <= 2 or position == total:
                continue
            if len(sentence.split()) < 6 or _UNPADDED.match(sentence):
                continue
            eligible += 1
            for k, (prefixes, every, offset) in enumerate(plans):
                if (eligible + offset) % every == 0:
                    paragraph[s] = f"{prefixes[used[k] % len(prefixes)]} {_lower_first(sentence, text)}"
                    used[k] += 1
                    break
        paragraphs[p] = " ".join(paragraph)
    return "\n\n".join(paragraphs) + "\n"


BENCH_CONNECTIVES = (
    "Therefore,", "As a result,", "Consequently,", "This means that", "Because of this,", "And so,",
)
BENCH_MARKERS = (
    "Studies show that", "Experts agree that", "Research proves that", "The evidence clearly shows that",
    "Data confirms that",
)


def pad_connectives(text: str, connectives: Sequence[str] = BENCH_CONNECTIVES, every: int = 2) -> str:
    """Empty connectives before every `every`-th sentence: "Therefore, …", "As a result, …"."""
    return prefix_sentences(text, [(connectives, every, 0)])


def pad_evidence_markers(text: str, markers: Sequence[str] = BENCH_MARKERS, every: int = 3) -> str:
    """Evidence markers with no evidence before every `every`-th sentence: "Studies show that …"."""
    return prefix_sentences(text, [(markers, every, 1)])


def pad_both(text: str, connectives: Sequence[str] = BENCH_CONNECTIVES,
             markers: Sequence[str] = BENCH_MARKERS) -> str:
    """Evidence markers on every third eligible sentence and connectives on every second of the rest."""
    return prefix_sentences(text, [(markers, 3, 1), (connectives, 2, 0)])


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


# --- the base speeches ---------------------------------------------------------------------------

IRAQ_PROP_STRONG = """\
Madam Speaker, I rise to propose this motion. The United States should pull its diplomats out of \
Baghdad and freeze official relations with Iraq until the government there expels the militias that \
take their orders from Tehran. I will give you three reasons: the embassy has become a target that Iran \
can hit whenever it likes, staying keeps America one rocket away from a war nobody chose, and leaving is \
the only lever that forces Iraqi politicians to choose between Washington and Tehran. Then I will answer \
the other side and explain why we win on balance.

First, safety. An embassy is only as safe as the streets around it, and the streets around this one are \
guarded by men whose real commanders sit in Iran. When Kata'ib Hezbollah decided to storm the compound at \
the end of 2019, its supporters drove through checkpoints staffed by their own allies. No wall and no \
detachment of marines can fix a problem where the host country's own forces are the threat. So every \
diplomat we keep there is a bargaining chip handed to Iran for nothing.

Second, escalation. Think about how the crisis of that winter unfolded. A rocket attack killed an \
American contractor near Kirkuk. Washington struck back at the militia. The militia besieged the embassy. \
America killed Qassem Soleimani, and Iran answered with ballistic missiles aimed at bases housing US \
troops. The whole chain took less than three weeks, and each step was forced by the one before, because \
no president can let American deaths go unanswered. Take the Americans out of range and the chain has no \
first link.

Third, leverage. Iraq's leaders have learned that they can take American money and weapons while their \
ministries serve Iran, because they are sure the US will never leave. Parties linked to the militias run \
the interior ministry and dominate parliament, even under a prime minister Washington likes. A suspension \
with one clear condition changes that calculation: purge the militias and relations return; refuse, and \
you lose the partner that props up your currency and trains your army. That is a choice Iraqi politicians \
have never had to make.

Now to the Opposition's case. They say that leaving hands Iraq to Iran. But Iran already holds the \
ministries, the militias and much of parliament; our presence has not stopped that, it has only given \
Iran hostages. They say we abandon Iraqi reformers. Yet reformers are the people most endangered when \
militias pay no price, and a suspension is temporary and tied to a condition those reformers want met.

On weighing: the Opposition offers a hope that staying might one day produce influence it has not \
produced in seventeen years. We offer a certain fall in the risk of American deaths and of a regional war, \
plus the first real incentive for Baghdad to act. A certain gain in lives and a real chance of reform \
outweigh a speculative loss of access. I beg to propose.
"""

PHONES_OPP_STRONG = """\
We oppose this motion. Keeping phones out of lessons is sensible, and most schools already do it; banning \
them from the whole school day is a different and worse policy. I will argue three things: the evidence \
for bans is far weaker than the Proposition claims, a ban takes away a tool that some pupils genuinely \
need, and it teaches nothing about the self-control every pupil will need after school. Then I will \
respond to the Proposition and weigh the debate.

First, the evidence. The famous finding that exam results rose after bans came from comparing schools \
that chose to ban with schools that did not. Schools that adopt strict rules tend to differ in leadership, \
discipline and intake, so the ban may get the credit for a head teacher's whole approach. More careful \
work, including a 2025 study of English secondary schools, found that pupils under strict and relaxed \
rules had similar grades, sleep and wellbeing. If a policy takes something from millions of children, it \
should come with stronger proof than that.

Second, need. Consider a fourteen-year-old with type 1 diabetes whose glucose sensor reports to an app on \
her phone, or a boy who looks after a disabled parent and must be reachable at lunch. A ban either forces \
them to ask for exemptions, marking them out in front of classmates, or cuts a real lifeline. Teachers also \
use phones for quick quizzes, for translation when a pupil is new to English, and for photographing the \
board for pupils with dyslexia. A blanket rule throws all of this away to stop a distraction that a \
classroom rule already handles.

Third, self-control. Every one of these pupils will leave school for a world where a phone sits in their \
pocket all day, at work, at college and at home. School is the one place where an adult can coach them in \
putting it face down, silencing notifications and choosing when to check. A ban postpones that lesson \
until nobody is around to teach it. It is like teaching children to swim by fencing off the pool.

Turning to the Proposition's arguments. They say phones cause bullying. But most online cruelty happens in \
the evening, from bedrooms, where no school rule reaches. They say pupils feel pressure to be online all \
the time. That pressure comes from the way the platforms are designed, and it is better met by regulating \
those platforms, as Australia has begun to do, than by confiscating handsets at the gate.

So how should you weigh this? The Proposition offers a benefit that the best studies cannot find, while we \
point to concrete harms to pupils you can name: the diabetic child, the young carer, the pupil who needs a \
translation app. When the gain is doubtful and the cost falls on the most vulnerable, the policy fails. We \
are proud to oppose.
"""

DOCTORS_PROP_MEDIOCRE = """\
I support the motion that doctors should be paid a fixed salary and not a fee for each thing they do. I \
have two main points and then I will talk about the other side.

My first point is that fee for service makes doctors do too much. If you get paid more for every test then \
you will order more tests. That is just how money works. Doctors are people like everyone else and they \
want to earn more, so they will do more operations and more scans even when the patient does not really \
need them. There was a town in Texas called McAllen where the spending on each patient was about double \
other places and the patients were not any healthier. This shows that the system is broken.

My second point is that a salary is better for patients. When a doctor has a salary they do not have to \
think about money when they see you. They can just think about what is good for you. They can take more \
time to talk and they can send you to another doctor if that doctor knows more. Also having too many \
treatments is bad for you because every operation has risks. So salaries make patients safer and they \
also save money for the government, which can spend it on other things like schools or roads.

Also doctors on salaries can work together better. At the moment doctors compete for patients because each \
patient is money. With a salary they would help each other more. Good hospitals already do this and it \
works well for them.

Now about the other side. They might say that doctors on a salary will be lazy and see fewer patients. I do \
not think this is true because most doctors become doctors to help people and not to get rich. Hospitals \
can also check how much work their doctors are doing. They might also say that it is too big a change, but \
big changes are sometimes needed when a system is not working.

In conclusion, paying doctors for each service leads to too much treatment, costs too much money and does \
not make people healthier. A salary fixes these problems. For these reasons I support the motion and I \
hope you will too.
"""

FISH_OPP_MEDIOCRE = """\
I am against this motion. Catch shares sound clever, but they would take the sea away from ordinary \
fishing families and give it to big companies.

My first argument is about who ends up owning the fish. When you can buy and sell quotas, the people with \
the most money will buy them. A small fisher with one boat cannot compete with a company that has a whole \
fleet. So after a few years a handful of firms own most of the quota. This has happened in Iceland, where \
a lot of fishers were left with nothing. The fish should belong to everyone, not just to whoever can pay \
the most.

My second argument is that the way the shares are handed out at the start is unfair. Usually they go to \
the boats that caught the most fish in the past. But those are the boats that did the most damage to the \
stocks in the first place. So the system rewards the worst behaviour. Young people who want to start \
fishing later will have to buy a share from someone, which is very expensive, when before they could just \
get a licence.

My third argument is about fishing towns. If a family in a small village sells its quota to a company in \
a big port, then the fish will be landed somewhere else. The village loses jobs, and then the shops and \
the school close too. Money is not the only thing that matters and a market does not care about \
communities.

The other side will say that catch shares stop fish stocks from collapsing. Maybe they help a bit, but \
there are other ways to protect fish, like setting limits and closing areas at certain times, and local \
communities can make their own rules about fishing. They do not need to sell the sea to do it. Also quotas \
do not protect the other animals that get caught in nets, like dolphins and turtles.

To sum up, tradable catch shares give a shared resource to the rich, reward the people who overfished, and \
hurt fishing towns. There are better ways to look after the fish. That is why I oppose the motion.
"""

AGECHECK_PROP_STRONG = """\
Every social media platform should have to confirm that its users are at least sixteen, and I am proud to \
propose this motion. My case has three parts: why early adolescence is the wrong time to hand children an \
endless ranking machine, why the present limit of thirteen protects nobody, and why only a law can solve a \
problem that parents cannot solve one family at a time. I will then deal with privacy, which is the \
Opposition's strongest objection.

Start with the harm. Between roughly eleven and fifteen, children become intensely aware of how their \
peers see them. Image feeds turn that awareness into numbers: likes, followers and views, all public and \
all compared. When a thirteen-year-old posts a photo and gets fewer likes than her friend, the feed has \
told her exactly where she stands. America's Surgeon General warned in 2023 that teenagers who spend more \
than three hours a day on these apps face roughly twice the risk of anxiety and depression symptoms. We do \
not need certainty about every causal path to act on a risk this large for a group this vulnerable.

Second, the current line is an accident. Thirteen was chosen because a 1998 American privacy law made \
collecting data from younger children costly, not because anyone studied child development. And it is \
enforced with a box asking for a birthday, which any eight-year-old can fill in. Britain's regulator keeps \
finding large numbers of under-thirteens with profiles. A rule that is neither well chosen nor enforced is \
not a safeguard.

Third, collective action. A single parent who says no makes their child the only one outside the group \
chat where weekend plans are made. So parents give in, not because they think it is wise, but because the \
cost of being the exception falls on their child. A legal minimum changes the default for everyone at \
once, and a parent can say no by pointing to the law.

Now, the privacy objection. The other side will say that verification means handing passports to tech \
companies. It does not have to. Age-estimation tools and independent checking services can confirm that \
someone is over sixteen and pass on only a yes or a no; Britain has required this kind of check for adult \
sites since 2025. We already ask for proof of age to buy alcohol or place a bet, and nobody thinks the \
corner shop is a surveillance state. They will also say teenagers will use VPNs. Some will, but a rule \
that stops most twelve-year-olds is still a rule that works, just as laws on underage drinking work \
without stopping every teenager.

Weigh it this way. On our side are millions of children in their most fragile years; on theirs is a \
modest inconvenience to adults that good design can make almost invisible. Even if the evidence of harm is \
only partly right, the cost of waiting is borne by children who cannot get those years back. I beg to \
propose.
"""

PROTEST_OPP_STRONG = """\
I oppose this motion, because a sentence should answer the harm someone does, not the cause they believe \
in. I will make three arguments: a protest discount forces judges to take political sides, it ignores the \
victims of disruption, and it drains civil disobedience of the very sacrifice that makes it powerful. Then \
I will respond to the Proposition and weigh.

First, neutrality. A discount for peaceful protest cannot be limited to the causes this room happens to \
like. The same rule that softens the sentence of a climate activist who blocks a motorway must soften the \
sentence of a campaigner who blockades an abortion clinic, or of an anti-vaccine group that obstructs a \
hospital entrance. Either judges apply the discount to all of them, or they start deciding which beliefs \
are respectable, and then the courtroom becomes a venue for politics. Both outcomes are worse than equal \
treatment.

Second, victims. When a road is blocked, the nurse who misses a shift, the parent who cannot reach the \
school gate and the patient in a stuck ambulance suffer exactly the same loss whatever sign the protester \
is holding. Our sentencing system already weighs harm and culpability. A rule that says the same \
disruption deserves a smaller penalty when the offender feels strongly tells those victims that their \
losses count for less.

Third, the meaning of disobedience. Thoreau spent a night in jail rather than pay a tax that funded \
slavery and war, and Martin Luther King wrote from a cell in Birmingham that anyone who breaks an unjust \
law must accept the penalty openly. Their willingness to suffer was the argument; it showed the public \
that their conviction was real. A discount from the state turns that sacrifice into a bargain, and a \
bargain persuades no one.

Let me take the Proposition's points in turn. They tell us protesters are not dangerous, so long sentences \
protect nobody. We agree that sentences should be proportionate, but that is an argument for sensible \
sentencing for everyone, not for a special category of activists. They point to juries that acquit \
protesters. Juries are free to do that, which is exactly why we do not need a rule written into the law \
itself. They also claim history vindicates protesters. Some, certainly, but judges cannot know in advance \
which movements history will favour.

On weighing: the Proposition's benefit is a shorter sentence for a small group of offenders who, by their \
own philosophy, should be willing to serve it. Our harms are a politicised judiciary, victims treated as \
second class, and an incentive for groups to plan bigger disruption around a cheaper penalty. Equal law \
for equal acts is the principle worth keeping. I am proud to oppose.
"""

IRAQ_OPP_MEDIOCRE = """\
I oppose the motion. Closing the embassy in Baghdad would be a big mistake and it would help Iran, which \
is the opposite of what the Proposition wants.

My first point is that if America leaves, Iran wins. Iran is right next door and it is not going anywhere. \
If the American diplomats go home then the only country talking to Iraqi politicians every day will be \
Iran. So Iran will have even more control than it has now. You cannot have influence in a country if you \
are not there.

My second point is that we would be letting down the Iraqis who are on our side. There are many Iraqis who \
do not like Iran controlling their country, like the young protesters who went out on the streets and the \
Kurds in the north. If America leaves, they will feel betrayed and they will have no one to help them. \
That is not fair to them because they did nothing wrong.

My third point is that last time America left Iraq it went very badly. In 2011 the troops left and a few \
years later ISIS took over a huge part of the country. America had to go back and it cost a lot more money \
and lives. We should learn from history and not make the same mistake again.

Also, the condition in the motion is too hard. The militias are very strong and they are part of the \
security forces now, so the government cannot just get rid of them. That means the embassy would stay \
closed for a very long time, maybe forever.

Now I will answer the Proposition. They say the diplomats are in danger. It is true that there is some \
danger, but diplomats work in dangerous places all the time and the embassy can be protected better. \
Running away because of some rockets just shows the militias that attacks work, and then they will try \
the same thing somewhere else.

So in conclusion, closing the embassy helps Iran, abandons our friends, repeats the mistake of 2011 and \
would probably never end. For these reasons I am against the motion.
"""

GIVING_PROP_MEDIOCRE = """\
I agree with the motion that people in rich countries have a moral duty to give money to help people in \
extreme poverty abroad. I will give three arguments and then answer some objections.

My first argument is that if you can save a life without losing much, you should. Most people would jump \
into a pond to save a drowning child even if it ruined their clothes. Giving money to a good charity is \
basically the same thing, just further away. The child is still dying and you can still stop it, so you \
still have to act.

My second argument is that distance does not matter. A child in another country is just as important as a \
child in your own town. In the past it was hard to help people far away, but now there are charities that \
can send food and medicine anywhere in the world very quickly. So there is no excuse any more.

My third argument is that a small amount of money can do a lot. The price of a meal in a restaurant or a \
new pair of trainers could buy mosquito nets or medicine that keeps a child alive. People in rich \
countries spend a lot of money on things they do not need, like the latest phone, so they can afford to \
give some of it away.

Now for the other side. They will probably say that it is the government's job and not the job of \
ordinary people. But governments do not give enough, so people have to do it themselves. They might also \
say that charity does not work because of corruption. Some money might be wasted, but good charities \
check where the money goes, so most of it really helps.

Also, the fact that lots of other people could give does not mean that you do not have to. If everybody \
thinks someone else will help, then nobody helps and the child still dies.

In conclusion, people in rich countries can save lives with small amounts of money, distance does not \
matter, and everyone has to do their part. That is why giving is a duty and not just a nice thing to do. \
I support the motion.
"""


def _meaning(concession: Transform, name_bench: Transform, quote: Transform, side: Transform,
             opener: Transform) -> tuple[Edit, ...]:
    transforms = (concession, name_bench, quote, side, opener)
    return tuple(Edit(name, "meaning", t) for name, t in zip(MEANING_EDITS, transforms, strict=True))


SPEECHES: tuple[BaseSpeech, ...] = (
    BaseSpeech(
        "iraq_prop_strong", "iraq-end-baghdad-mission", "prop", "strong", IRAQ_PROP_STRONG,
        _meaning(
            insert_after(
                "That is a choice Iraqi politicians have never had to make.",
                "I accept that leaving costs us some eyes and ears in Baghdad, but diplomats who cannot "
                "step outside a fortified compound see very little, and what they do see is not worth "
                "their lives."),
            insert_after(
                "outweigh a speculative loss of access.",
                "The burden on the Opposition is to show what an open embassy has achieved against the "
                "militias in all these years that one more year would suddenly deliver."),
            insert_after(
                "tied to a condition those reformers want met.",
                "You will also hear from the benches opposite that the withdrawal of 2011 let ISIS rise. "
                "That comparison fails, because this motion recalls diplomats rather than ending every tie, "
                "and it ends the moment Baghdad meets one clear condition."),
            replace(("Madam Speaker, I rise to propose this motion.",
                     "Madam Speaker, we on this side stand firmly in favour of the motion.")),
            replace(("Now to the Opposition's case.", "Let me deal with the objections we have heard.")),
        ),
        "This is the most important issue in the debate, it affects the most people, and so it outweighs "
        "everything the other side has said.",
    ),
    BaseSpeech(
        "phones_opp_strong", "carr-phones-in-schools", "opp", "strong", PHONES_OPP_STRONG,
        _meaning(
            insert_after(
                "it should come with stronger proof than that.",
                "Granted, a phone buzzing in a pocket can pull a pupil's mind away from a lesson; the answer "
                "is a rule about phones in class, which nearly every school already has, not a ban on the "
                "whole school day."),
            insert_after(
                "confiscating handsets at the gate.",
                "The Proposition has to show that a full-day ban achieves something a classroom rule cannot, "
                "and so far that proof is missing."),
            insert_after(
                "where no school rule reaches.",
                "Our opponents also told you that a phone breaks concentration even when it is switched off. "
                "That claim comes from laboratory tasks lasting a few minutes, not from whole school years, "
                "and the school-level results simply do not show it."),
            replace(("We oppose this motion.", "Our bench is firmly against this motion.")),
            replace(("Turning to the Proposition's arguments.", "Now for what the other side has said.")),
        ),
        "On every measure of magnitude, probability and scope, our arguments clearly outweigh theirs, and "
        "that is why we win this debate.",
    ),
    BaseSpeech(
        "doctors_prop_mediocre", "gawande-salaried-doctors", "prop", "mediocre", DOCTORS_PROP_MEDIOCRE,
        _meaning(
            insert_after(
                "Good hospitals already do this and it works well for them.",
                "I admit that some doctors on a salary might slow down a little, but that is easier to "
                "manage than doctors doing operations nobody needs."),
            insert_after(
                "check how much work their doctors are doing.",
                "Even the opposition has to admit that paying per test gives doctors a reason to order more "
                "tests."),
            insert_after(
                "This shows that the system is broken.",
                "Someone on the other side might answer that some areas just have sicker patients. That can "
                "happen, but McAllen and El Paso had very similar patients and still spent very different "
                "amounts."),
            replace(
                ("I support the motion that doctors should be paid a fixed salary",
                 "I am speaking in favour of paying doctors a fixed salary"),
                ("For these reasons I support the motion and I hope you will too.",
                 "That is why I am on the side of the motion and I hope you will be too."),
            ),
            replace(("Now about the other side.", "As for the arguments of the opposing team.")),
        ),
        "When you weigh everything up, our side matters more, it is more likely to happen and it is bigger, "
        "so we should win.",
    ),
    BaseSpeech(
        "fish_opp_mediocre", "commons-catch-shares", "opp", "mediocre", FISH_OPP_MEDIOCRE,
        _meaning(
            insert_after(
                "when before they could just get a licence.",
                "It is fair to say that the old race to fish was dangerous and wasteful, but you can fix "
                "that with longer seasons and limits on boats without turning the sea into private "
                "property."),
            insert_after(
                "a market does not care about communities.",
                "The Proposition needs to explain what happens to a fishing village after its last quota has "
                "been sold to a distant firm."),
            insert_after(
                "They do not need to sell the sea to do it.",
                "The Proposition will also claim that quota owners look after the stock because it is their "
                "property. The trouble is that a company can sell its quota and move its money elsewhere "
                "once the fish run low."),
            replace(("I am against this motion.", "I reject this motion.")),
            replace(("The other side will say that catch shares stop fish stocks from collapsing.",
                     "Our opponents are going to argue that catch shares stop fish stocks from collapsing.")),
        ),
        "This clearly outweighs everything else because it is the biggest and most important impact in "
        "the whole debate.",
    ),
    BaseSpeech(
        "agecheck_prop_strong", "haidt-age-verification", "prop", "strong", AGECHECK_PROP_STRONG,
        _meaning(
            insert_after(
                "a parent can say no by pointing to the law.",
                "We concede that no check will be perfect and that some determined teenagers will slip "
                "through; yet a law that keeps most eleven- and twelve-year-olds off these apps still "
                "changes what is normal in every classroom."),
            insert_after(
                "A rule that is neither well chosen nor enforced is not a safeguard.",
                "Notice that the Opposition does not claim thirteen was ever chosen with children's "
                "wellbeing in mind; their own case accepts that the current line is arbitrary."),
            insert_after(
                "without stopping every teenager.",
                "We will be told, too, that social media is a lifeline for lonely teenagers. But a "
                "sixteen-year-old still has that lifeline, and younger children can still message friends "
                "and family on services that do not rank them by likes."),
            replace(("and I am proud to propose this motion.",
                     "and our side stands with this motion.")),
            replace(("Now, the privacy objection.", "Let me answer the worry about privacy.")),
        ),
        "Our impacts are bigger, more likely and longer lasting than anything they have offered, so they "
        "outweigh the other side on every measure.",
    ),
    BaseSpeech(
        "protest_opp_strong", "thoreau-protest-sentencing", "opp", "strong", PROTEST_OPP_STRONG,
        _meaning(
            insert_after(
                "which movements history will favour.",
                "We grant that some protesters have later been proved right. That is a reason for lawmakers "
                "to listen to them, not a reason for judges to punish their offences less."),
            insert_after(
                "Both outcomes are worse than equal treatment.",
                "The Proposition owes us a test that a judge could use to decide which protests earn the "
                "discount, and they have not offered one."),
            insert_after(
                "which is exactly why we do not need a rule written into the law itself.",
                "The Proposition's line is that motive already matters, as with someone who steals bread for "
                "a hungry child. The difference is that the bread thief acts from desperation, while a "
                "protester chooses to impose costs on strangers to win an argument."),
            replace(("I oppose this motion, because a sentence",
                     "We reject this motion, because a sentence")),
            replace(("Let me take the Proposition's points in turn.",
                     "Now, to answer the case from the other side.")),
        ),
        "This is the crucial clash of the debate, and on it we clearly come out ahead because our harms "
        "matter more than their benefits.",
    ),
    BaseSpeech(
        "iraq_opp_mediocre", "iraq-end-baghdad-mission", "opp", "mediocre", IRAQ_OPP_MEDIOCRE,
        _meaning(
            insert_after(
                "You cannot have influence in a country if you are not there.",
                "Of course the Iraqi government has been too close to Iran, I will not deny that, but "
                "walking out gives us no way to change it."),
            insert_after(
                "maybe forever.",
                "The Proposition has to tell us who will talk to the Iraqi government if we are not there."),
            insert_after(
                "then they will try the same thing somewhere else.",
                "The Proposition also says that leaving will make Iraq's leaders finally act against the "
                "militias. I do not believe that, because the politicians who are close to Iran would be "
                "happy to see America go."),
            replace(("I oppose the motion.", "I am speaking against this motion.")),
            replace(("Now I will answer the Proposition.", "Next, a reply to the Proposition.")),
        ),
        "Our points are more important and affect more people, so they outweigh everything the Proposition "
        "has said.",
    ),
    BaseSpeech(
        "giving_prop_mediocre", "singer-duty-to-give", "prop", "mediocre", GIVING_PROP_MEDIOCRE,
        _meaning(
            insert_after(
                "so they can afford to give some of it away.",
                "I accept that nobody can be expected to give away everything they own, but the duty is "
                "about giving what you can spare, not about becoming poor yourself."),
            insert_after(
                "and the child still dies.",
                "The opposition has to explain why a child far away matters less than one nearby, and I do "
                "not think they can."),
            insert_after(
                "so most of it really helps.",
                "Some people say that your duty is to your own family first. That is true for what your "
                "family really needs, but it does not cover a second holiday or a bigger television."),
            replace(("I agree with the motion that people in rich countries",
                     "I stand in favour of the motion, which says that people in rich countries")),
            replace(("Now for the other side.", "Turning to the arguments against us.")),
        ),
        "So our side wins on every level, because what we have said is simply more important than what "
        "they have said.",
    ),
)
