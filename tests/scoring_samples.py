"""Speeches written for the scorer's tests, on the Baghdad embassy motion of the seed bank.

Every speech here is original text: a strong and a weak one for each side, and the kinds of
speech a scorer must not reward (off-topic, keyword-stuffed, repetitive).
"""

from __future__ import annotations

from dataclasses import replace

from bot.motions import KeyPoint, Motion, Source, load_bank
from bot.scoring.analyses import build_context
from bot.scoring.analyses.statements import declared_side, side_statements
from bot.scoring.speech import read_speech

MOTION_ID = "iraq-end-baghdad-mission"


def embassy_motion() -> Motion:
    """The seed bank's Baghdad embassy motion, or an equivalent built here if the bank lacks it."""
    try:
        found = load_bank().get(MOTION_ID)
    except Exception:  # a broken bank must not hide the scorer's own failures
        found = None
    if found is not None:
        return found
    return Motion(
        id=MOTION_ID,
        text=("This House would close the US embassy in Baghdad and suspend diplomatic relations with "
              "Iraq until its government removes Iranian-backed militias from its ranks."),
        type="policy", info_slide="Militias backed by Iran attacked US bases and besieged the embassy.",
        source=Source(title="Test essay", summary="Iran steers the Iraqi state through militias."),
        tags=("iraq",),
        prop=(
            KeyPoint("Staff in Baghdad are hostages that Iran can strike whenever it wants.",
                     "The embassy sits among checkpoints run by forces loyal to Iran."),
            KeyPoint("Withdrawing removes the tripwire that could drag the US into a war with Iran.",
                     "Each death forces a retaliation and each retaliation invites another strike."),
            KeyPoint("Walking away makes US support something Iraq's leaders must earn.",
                     "Politicians take US aid while serving Iran."),
        ),
        opp=(
            KeyPoint("An empty embassy hands Iraq to Iran without a fight.",
                     "Influence comes from being in the room."),
            KeyPoint("It abandons the Iraqis who want less Iranian control.",
                     "Reformers and protesters need outside partners."),
            KeyPoint("Walking away has gone badly before.",
                     "After the 2011 withdrawal ISIS seized a third of Iraq."),
        ),
    )


STRONG_PROP = """\
We should close the US embassy in Baghdad and suspend relations with Iraq until its government \
removes the Iranian-backed militias from its ranks. I will make two arguments: first, that our \
diplomats are hostages Iran can strike at will, and second, that leaving is the only leverage that \
changes what Iraq's leaders do.

My first argument is about the safety of American staff. The embassy sits inside a zone whose \
checkpoints are manned by forces loyal to Tehran. This means that when Kata'ib Hezbollah wants to \
hurt America, it does not need to fight its way in: in December 2019 its members walked up to the \
embassy gates. Because every American death demands a response, each attack pulls Washington one \
step closer to open war with Iran. That is exactly what happened in early 2020, when the killing \
of a contractor in Kirkuk led to air strikes, the siege of the embassy and the killing of Qassem \
Soleimani within a few weeks. With no Americans in range, the militias lose their cheapest way to \
start that spiral.

My second argument is about leverage. Baghdad's politicians have learned that the United States \
will stay whatever they do, so they take American aid while handing ministries to Iran's allies. \
As a result, the embassy buys no influence at all. Parties tied to the militias still lead the \
parliament and run the Interior Ministry. If support is withdrawn until the militias are purged, \
Iraq's leaders finally face a real cost, and that gives them a reason to act.

The opposition will say that an empty embassy hands Iraq to Iran. But Iran already holds the \
parliament and the security forces while our diplomats are there; staying has not stopped it, it \
has only given Iran targets. This matters more than any loss of access, because a war with Iran \
would cost far more lives than a suspended embassy ever could.

For these reasons, we should close the embassy and bring our people home.
"""

WEAK_PROP = """\
The embassy in Iraq is a big building. Iraq is a country in the Middle East and it has many \
people. Iran is also a country. The United States has an embassy there and it is important. There \
are many things to think about with embassies. Diplomacy is a thing countries do. Some people like \
embassies and some people do not. Iraq has oil and a long history. It is good to think about the \
future. The embassy should maybe close or maybe not, it depends. That is all I want to say about \
this topic today, thank you.
"""

STRONG_OPP = """\
We should not close the embassy in Baghdad. I oppose this motion because it would hand Iraq to \
Iran and abandon the Iraqis who are fighting Iran's grip. I have two arguments.

First, influence comes from being in the room. If American diplomats leave, the only foreign \
power still talking to ministers, tribal leaders and parties every day is Iran. This means the \
motion delivers exactly the outcome it claims to fear: an Iraq with no counterweight to Tehran. \
The proposition says staying buys nothing, but the Kurdish parties and the reform-minded Prime \
Minister rely on American backing to resist the militias, and that backing disappears with the \
embassy.

Second, the condition cannot be met, so the break becomes permanent. The militias were written \
into the security forces by law in 2016 as the Popular Mobilization Units, and they are armed and \
popular in parts of the country. Demanding that a weak government purge them quickly is demanding \
a civil war. As a result, the likely outcome is no purge and no American presence at all.

History shows where this leads. When US forces left in 2011, the vacuum helped ISIS seize a third \
of Iraq by 2014, and America had to return at far greater cost. The proposition will tell you \
that diplomats are hostages, but the answer to rocket attacks is better security, not surrender, \
because leaving after attacks proves to every militia that attacks work. That lesson would put \
American staff in danger everywhere, which outweighs the risk of staying in Baghdad.

For these reasons I am proud to oppose the motion.
"""

WEAK_OPP = """\
I do not agree with closing the embassy. Embassies are nice and countries should talk to each \
other. Closing things is bad in general. Iraq is far away and it is complicated. I think we \
should keep things as they are because change is hard. Thank you.
"""

OFF_TOPIC = """\
School uniforms should be banned in every public school. Uniforms cost families a great deal of \
money every year, because parents must buy special blazers, skirts and ties from a single supplier \
that sets its own prices. Children also learn to express who they are through the clothes they \
choose, and a uniform takes that choice away at the very age when it matters most. Teachers spend \
hours enforcing rules about socks and ties instead of teaching mathematics and reading. In Finland \
pupils wear their own clothes and the schools still rank among the best in the world, which shows \
that uniforms are not needed for discipline or good results. For these reasons we should ban \
school uniforms and trust pupils to dress themselves.
"""

STUFFED = """\
Firstly, closing the embassy in Baghdad is right because evidence shows it. Secondly, therefore, \
studies prove that closing the embassy in Baghdad is right. Thirdly, because research shows, the \
embassy in Baghdad must be closed. The opposition will say otherwise, however they are wrong \
because evidence shows. This outweighs everything because it is the most important. Firstly the \
embassy is bad, secondly the embassy is bad, thirdly the embassy is bad. Therefore, as a result, \
consequently, we should close the embassy in Baghdad, because evidence and studies and data show \
it. In conclusion, for these reasons, because of the evidence, we must close the embassy.
"""

REPETITIVE = " ".join(
    ["We should close the embassy in Baghdad because Iranian militias can attack our diplomats there."] * 60
)

# One-line arguments for the Proposition, each fine alone, stitched into a list with no line.
STITCHED = " ".join([
    "The embassy in Baghdad is a target for Iranian-backed militias.",
    "Sanctions on Iraq's oil sector would pressure its government.",
    "American diplomats in Iraq face constant rocket fire.",
    "Iran controls many ministries in the Iraqi government.",
    "The embassy costs American taxpayers a great deal of money every year.",
    "Kata'ib Hezbollah is formally part of Iraq's state security forces.",
    "A smaller team in Erbil could keep contact with the Kurdish region.",
    "Security aid to Iraq ends up helping militias loyal to Tehran.",
    "The killing of Qassem Soleimani showed how quickly conflict can escalate.",
    "Iraqi politicians take American aid while serving Iranian interests.",
    "Closing the embassy would protect American lives.",
    "Suspending relations sends a clear message to Baghdad.",
])


def bank_motion(motion_id: str, text: str) -> Motion:
    """A motion of the seed bank by id, or an ad hoc motion with its text if the bank lacks it."""
    try:
        found = load_bank().get(motion_id)
    except Exception:  # a broken bank must not hide the scorer's own failures
        found = None
    return found if found is not None else Motion.ad_hoc(text)


# A short, well-built Proposition speech whose reasons run through conditions and causal verbs
# ("as long as", "which means", "removes"), and which ends on weighing and a call to act.
CHAINED_PROP = """\
We propose closing the US embassy in Baghdad until Iraq's government removes the \
Iranian-backed militias from its ranks.

First, the embassy puts our people in danger. In December 2019 a militia crowd reached the \
embassy gates because the Iraqi government let militia supporters through its checkpoints. As \
long as our diplomats sit inside Baghdad, Iran has hostages without taking any.

Second, the embassy pays for the militias. American aid goes to ministries that militia parties \
control, which means money flows straight to Tehran despite our sanctions. Suspending relations \
removes that lifeline and forces Iraq's leaders to choose between Washington and the militias.

The opposition will say that leaving hands Iraq to Iran. But Iran already runs the checkpoints \
around our embassy, and staying only gives it targets.

The lives of our personnel and the pressure on Tehran outweigh a symbolic embassy. Close it.
"""

PHONES_MOTION = ("carr-phones-in-schools", "This House would ban smartphones in schools.")
# Ends with weighing and a two-word call to act, and no stock phrase such as "in conclusion".
PHONES_PROP = """\
We support banning smartphones in schools, for two reasons: attention in lessons and bullying.

First, attention. A phone in the pocket pulls a pupil's mind away from the lesson, because every \
buzz promises something more exciting than algebra. When a school in Hampshire locked phones \
away in 2022, teachers reported calmer classrooms within a term, which means the lost minutes \
were coming back to learning.

Second, bullying. Cruel messages and secret photos travel from desk to desk during the day, so \
pupils carry the playground's worst moments into every lesson. Without phones in the building, \
that harassment stops at the school gate and teachers can deal with what remains face to face.

The other side will say that parents need to reach their children. But the school office has \
always had a telephone, and a parent with an emergency can call it.

A few minutes of parental convenience cannot outweigh the concentration and safety of every \
pupil in the building. Ban the phones.
"""

EXTRACTION_MOTION = ("mckibben-new-extraction",
                     "This House would ban new oil, gas and coal extraction projects.")
# Talks about the climate more than it names the motion's words, yet it is about the motion.
CLIMATE_PROP = """\
The planet is already warmer by more than one degree, and the heat waves, floods and failed \
harvests we see each summer are the result. The International Energy Agency concluded in 2021 \
that keeping warming near one and a half degrees leaves no room for any new fields or mines. \
Every new development is built to run for thirty or forty years, which means each one locks in \
decades of emissions we cannot afford. Investors who pour billions into these sites will then \
lobby to keep them running long after the science says stop. Meanwhile solar and wind power have \
become the cheapest electricity in history, so the world does not need more fossil fuel to keep \
the lights on. Poor countries suffer first from droughts and rising seas, even though they burned \
the least carbon. Stopping new drilling and digging now is far cheaper than paying for disasters \
later, and future generations will judge us by whether we kept burning when we knew better. The \
harm of a hotter world outweighs the short-term profit of a few energy companies.
"""

AID_MOTION = ("singer-aid-target",
              "This House would legally require rich countries to spend at least 0.7% of national income on "
              "foreign aid.")
# Every fact is followed by a sentence that says what it shows.
EXPLAINED_AID_PROP = """\
We should legally require rich countries to spend at least 0.7% of national income on foreign aid.

First, promises without law are broken. In 1970 the rich countries pledged 0.7% at the United \
Nations, and fifty years later only a handful, such as Sweden and Norway, have ever reached it. \
This shows that a pledge alone gives governments nothing to fear when they cut aid budgets.

Second, the money works. Gavi, the vaccine alliance, has helped immunise more than a billion \
children since 2000 with donor funding. That is the difference between a child who grows up and \
a child who dies of measles.

Third, a legal floor protects aid from the next budget crisis. Britain wrote 0.7% into law in \
2015 and still cut to 0.5% in 2021 by changing the law. This tells us the target must be binding \
and hard to reverse, with a vote in parliament and a date to restore it.

The other side will say that aid feeds corruption. But most aid now flows through vaccine \
programmes and charities that publish their accounts, not through presidential palaces.

Lives saved abroad outweigh a fraction of one percent of national income at home. Pass the law.
"""


# A speech body that states no side: what an opening sentence says is all there is to read.
SIGNPOST_BODY = ("Let me take this in three parts. First, what happens on the ground. Second, who is "
                 "affected. Third, what we should expect next.")


def opening_statements(motion_text: str, opening: str) -> list[float]:
    """The side statements the scorer reads when a speech opens with this sentence."""
    ctx = build_context(read_speech(f"{opening} {SIGNPOST_BODY}"), Motion.ad_hoc(motion_text), "prop")
    return [sign for sign, _ in side_statements(ctx)]


# A motion the bank lacks, made from its phone-ban motion turned round: a motion that opposes a ban.
PHONE_BAN_OPPOSED = "phone-ban-opposed"
_PHONES = "carr-phones-in-schools"


def motion_by_id(motion_id: str) -> Motion:
    """A bank motion by id, or PHONE_BAN_OPPOSED ("This House opposes the ban on smartphones in
    schools.", the phone motion's sides swapped)."""
    bank = load_bank()
    if motion_id == PHONE_BAN_OPPOSED:
        phones = bank.get(_PHONES)
        assert phones is not None
        return replace(phones, id=PHONE_BAN_OPPOSED, prop=phones.opp, opp=phones.prop,
                       text="This House opposes the ban on smartphones in schools.")
    motion = bank.get(motion_id)
    assert motion is not None
    return motion


def opening_side(motion_id: str, opening: str) -> float:
    """The side the scorer reads when a speech on the motion opens with this sentence."""
    speech = read_speech(f"{opening} {SIGNPOST_BODY}")
    return declared_side(build_context(speech, motion_by_id(motion_id), "prop"))[0]
