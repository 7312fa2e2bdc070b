"""A second set of side statements and look-alikes, for tests/bench/statements.py --set check.

Each entry is (motion id, sentence, expected) as in statement_phrasings.py: "prop" when the speaker
states they are FOR the motion, "opp" AGAINST it, "none" when the sentence reports, concedes, asks or
predicts without taking a side of the speaker's own. Written on 2026-12-06 by a helper who never saw
the scorer, its tests or the other sets; every sentence was composed for this file. Six bank motions
(three of the bank's held-out essays among them), eight sentences each: three for, three against,
two look-alikes. The developer read its misses once (session 30, before speech-33), so it checks,
it does not tune; it has no dev half.
"""

CHECK_STATEMENTS: tuple[tuple[str, str, str], ...] = (
    ("orwell-plain-language-law",
     "Every council letter, tax demand and benefit decision ought to be written, by law, so that an "
     "ordinary reader can follow it, and that is the case I'm making tonight.",
     "prop"),
    ("orwell-plain-language-law",
     "If the state can fine me in words I can't understand, why on earth would I leave clear writing "
     "to the goodwill of officials?",
     "prop"),
    ("orwell-plain-language-law",
     "I'm proud to stand with those who say that clarity from government should be a citizen's right "
     "rather than an official's favour.",
     "prop"),
    ("orwell-plain-language-law",
     "I cannot back a statute that lets lawyers drag a ministry to court over the length of its "
     "sentences.",
     "opp"),
    ("orwell-plain-language-law",
     "Keep plain English where it belongs, in guidance and good practice; turning it into a legal "
     "obligation goes too far, and that is where I come down.",
     "opp"),
    ("orwell-plain-language-law",
     "My vote goes against forcing public bodies, under threat of legal challenge, to rewrite "
     "everything they send out.",
     "opp"),
    ("orwell-plain-language-law",
     "The other team's claim is that confusing letters cost councils millions every year in extra "
     "phone calls.",
     "none"),
    ("orwell-plain-language-law",
     "Should a plain-language duty cover tax demands as well as benefit letters? That's worth settling"
     " before we go any further.",
     "none"),
    ("coddling-content-warnings",
     "Content warnings have had their chance in our lecture halls, and it is time universities dropped"
     " them for good.",
     "prop"),
    ("coddling-content-warnings",
     "I'd happily see the last trigger warning disappear from every reading list in the country.",
     "prop"),
    ("coddling-content-warnings",
     "Scrap the notices and let students meet Ovid and Morrison without a hazard label stuck on the "
     "cover; that's my position.",
     "prop"),
    ("coddling-content-warnings",
     "I won't be backing any move to strip content notes out of university teaching.",
     "opp"),
    ("coddling-content-warnings",
     "Leave the warnings where they are: one honest sentence on a handout is the least we owe a "
     "student who has lived through trauma.",
     "opp"),
    ("coddling-content-warnings",
     "Forbidding lecturers from warning their students about graphic material would be a serious "
     "mistake, and I'll argue exactly that.",
     "opp"),
    ("coddling-content-warnings",
     "The proposition claims that warnings raise anxiety before reading instead of reducing it.",
     "none"),
    ("coddling-content-warnings",
     "I'll concede that a sixty-item list of sensitive topics on a syllabus can turn into a box-"
     "ticking exercise.",
     "none"),
    ("commons-catch-shares",
     "Swap the free-for-all for tradable quotas, I say, before there is nothing left in the sea to "
     "catch.",
     "prop"),
    ("commons-catch-shares",
     "Open-access fishing has failed both the fish and the people who catch them, and I want it "
     "replaced with catch shares.",
     "prop"),
    ("commons-catch-shares",
     "Is there a better way to make a skipper care about next year's stock than giving him a share of "
     "it? I can't think of one, which is why I'm on the side of catch shares.",
     "prop"),
    ("commons-catch-shares",
     "I'm voting no on turning the ocean's fish into property that can be bought, leased and sold.",
     "opp"),
    ("commons-catch-shares",
     "Keep the fishery open to all and fix it with proper catch limits; privatising access is the "
     "wrong cure for the disease.",
     "opp"),
    ("commons-catch-shares",
     "I would far rather keep an open fishery under strict science-based limits than hand the sea to "
     "whoever can afford the quota.",
     "opp"),
    ("commons-catch-shares",
     "Within twenty years, I expect most commercial fisheries in rich countries to run on some sort of"
     " quota system, whatever we decide in this room.",
     "none"),
    ("commons-catch-shares",
     "Supporters of catch shares point to Alaska, where the halibut season grew from a couple of days "
     "to about eight months.",
     "none"),
    ("commons-family-size",
     "Yes, a government can rightly cap the number of children a family has when that's what it takes "
     "to protect the environment.",
     "prop"),
    ("commons-family-size",
     "I'm proud to defend the view that a state acting to save its rivers, forests and climate may set"
     " limits on family size.",
     "prop"),
    ("commons-family-size",
     "Family size is not beyond the reach of a government when the environment is at stake, and I'll "
     "be arguing that tonight.",
     "prop"),
    ("commons-family-size",
     "No state has the right to tell a couple how many children they may have, whatever the "
     "environmental argument.",
     "opp"),
    ("commons-family-size",
     "Should governments get to ration children to save the planet? Absolutely not.",
     "opp"),
    ("commons-family-size",
     "I reject any claim that protecting nature gives a government licence over a woman's fertility.",
     "opp"),
    ("commons-family-size",
     "Our opponents will argue that China's one-child policy shows where state limits on births always"
     " end up.",
     "none"),
    ("commons-family-size",
     "Is it the number of people or the consumption of each person that matters more for emissions? "
     "Let's get that clear first.",
     "none"),
    ("salt-sport-hunting", "Killing animals for fun should be outlawed, full stop.", "prop"),
    ("salt-sport-hunting",
     "Put an end to sport hunting; a trophy on the wall is no reason to take a life.",
     "prop"),
    ("salt-sport-hunting",
     "I stand firmly with everyone who wants hunting for pleasure made a crime.",
     "prop"),
    ("salt-sport-hunting",
     "Hunters should stay free to go out after deer and grouse, and I'll resist any ban that says "
     "otherwise.",
     "opp"),
    ("salt-sport-hunting",
     "Why would we criminalise the people who have paid for more wetland conservation than any "
     "charity? I won't be part of that.",
     "opp"),
    ("salt-sport-hunting",
     "Outlawing sport hunting would do more harm to wildlife than hunters ever have, so count me "
     "firmly on the other side of that ban.",
     "opp"),
    ("salt-sport-hunting",
     "Some of you will say that Cecil the lion was killed illegally anyway, so his case proves nothing"
     " either way.",
     "none"),
    ("salt-sport-hunting", "I accept that a badly placed shot can leave a deer wounded for hours.", "none"),
    ("zola-criminal-defamation",
     "Criminal defamation belongs in the history books, not the statute books.",
     "prop"),
    ("zola-criminal-defamation",
     "Nobody should face prison for what they say about someone's reputation, so let's strike these "
     "offences from the criminal law.",
     "prop"),
    ("zola-criminal-defamation",
     "I'm glad to argue for getting rid of criminal libel once and for all.",
     "prop"),
    ("zola-criminal-defamation",
     "Keep criminal defamation on the books; without it, only the rich can defend their names.",
     "opp"),
    ("zola-criminal-defamation",
     "I won't vote to take away the one remedy a penniless victim of lies still has.",
     "opp"),
    ("zola-criminal-defamation",
     "Far better to narrow and reform these offences than to scrap them altogether.",
     "opp"),
    ("zola-criminal-defamation",
     "The other side claims that Britain abolished criminal libel in 2009 without any harm to anyone's"
     " reputation.",
     "none"),
    ("zola-criminal-defamation",
     "Will abolition change anything in countries where the courts answer to the government? That's "
     "what we ought to be debating.",
     "none"),
)
