"""Side-reading bench: speeches written for this bench, each for one side of a bank motion.

Twenty-eight speeches on fourteen motions from fourteen areas, one for each side. Half state
their side somewhere, in varied words (`declared`); half never state a side or name the motion
but argue one clearly. About a third answer the other side, some concede a point first, some
quote the other side, and they range from strong to mediocre on purpose (see the comment above
each). The texts were written without reading the scorer's cue lists; `tests/bench/side.py`
scores each one for both sides.

FRESH_SPEECHES is a second set of twenty-four, written later on twelve other motions of the same
essays and kept apart as a check set (see the comment above it).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.bank import SideName


@dataclass(frozen=True)
class SideSpeech:
    """A speech for one side of a motion; `declared` when it states its side in words."""

    id: str
    motion_id: str
    side: SideName
    declared: bool
    text: str


SPEECHES: tuple[SideSpeech, ...] = (
    # strong; states side; rebuttal ('They will tell you...')
    SideSpeech(
        "nfu-prop", "russell-einstein-no-first-use", "prop", True,
        ("Every nuclear-armed state should promise never to fire first, and my team backs that promise "
         "without hesitation. Start with what a first strike is for. No country has used a nuclear weapon "
         "in war since 1945, and the only coherent job these weapons still do is to make an attacker "
         "certain that aggression with them will be answered. That job needs a second-strike force, not a "
         "first-strike doctrine. Submarines at sea already guarantee retaliation, so a pledge costs "
         "deterrence nothing.\n\n"
         "Now look at what the first-use option adds: danger. A state that keeps the right to strike first"
         " must keep its missiles on hair-trigger alert, must delegate launch authority in a crisis, and "
         "must read every radar blip as a possible disarming attack. In 1983 a Soviet officer, Stanislav "
         "Petrov, chose to distrust a warning that showed five incoming missiles. He was right, and the "
         "world survived on one man's hunch. A doctrine that removes the incentive to launch on warning "
         "removes the pressure that made his night so dangerous.\n\n"
         "They will tell you that a pledge is just words, that no one would believe it in wartime. But "
         "doctrine is not only a promise; it shapes forces. A state that commits to no first use can take "
         "weapons off alert, separate warheads from launchers, and invite others to verify it. China has "
         "held this policy since 1964 and built its arsenal to match. Words become posture, and posture is"
         " visible.\n\n"
         "Finally, the pledge lowers the temperature of conventional wars. When a nuclear state is losing "
         "on the ground, the fear that it will escalate is what turns a border war into a world crisis. "
         "Take that option off the table and everyone fights, and negotiates, with cooler heads."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "nfu-opp", "russell-einstein-no-first-use", "opp", False,
        ("Nuclear weapons are terrible, and nobody in this room disagrees with that. But the question is "
         "what keeps the peace, and for seventy years the answer has been uncertainty. If an aggressor "
         "does not know exactly where the red line is, he has to be careful everywhere. That is a good "
         "thing.\n\n"
         "Think about small allies. Countries like the Baltic states rely on the promise that their "
         "protectors might do anything to defend them. If those protectors announce in advance that they "
         "will never go first, a big neighbour with a much larger army can roll in with tanks and know "
         "that the worst it faces is a conventional fight it might win. So the promise actually makes a "
         "conventional war more likely, which is also very bad.\n\n"
         "Also, nobody can check a promise like this. A country could say it will never use the bomb first"
         " and then do it anyway when it is desperate. So the honest countries tie their hands and the "
         "dishonest ones do not. That seems unfair and dangerous.\n\n"
         "And there are other threats too, like chemical and biological weapons. A country that is "
         "attacked with a bioweapon that kills thousands might need the option to respond with everything "
         "it has. Taking that away means the people who use those weapons have less to fear.\n\n"
         "Overall, the current system is not perfect, but it has worked. Changing the rules in a tense "
         "time, with wars going on in Europe and tensions in Asia, would send a message of weakness. "
         "Keeping the enemy guessing is the safest choice, and it is the choice that has kept the big "
         "powers from fighting each other directly for a long time."),
    ),
    # strong; no side stated; concedes ('Granted, ... But')
    SideSpeech(
        "farm-prop", "salt-factory-farming", "prop", False,
        ("Picture a broiler chicken bred to grow so fast that by six weeks its legs can barely carry it, "
         "living on a shed floor with twenty thousand others in a space smaller than a sheet of paper. A "
         "sow spends much of her life in a crate too narrow to turn around in. These are not abuses at the"
         " edge of the system; they are the system, because confinement is what makes meat this cheap.\n\n"
         "The first reason to end it is the animals. Pigs and hens feel pain, fear and boredom; the "
         "science on this is no longer contested. We already accept that causing needless suffering to an "
         "animal is wrong, which is why kicking a dog is a crime. The only difference in the shed is scale"
         " and the fact that someone profits.\n\n"
         "The second reason is us. Crowding thousands of genetically similar animals together is an ideal "
         "breeding ground for new flu strains, and the routine dosing of antibiotics to keep them alive "
         "breeds resistant bacteria that end up in human hospitals. The runoff from vast pig units poisons"
         " rivers and drinking water in the communities next door, which are usually poor ones.\n\n"
         "Granted, meat will cost more, and that bites hardest on low-income families. But the present "
         "price is a lie: the bill for polluted water, resistant infections and the next pandemic is "
         "simply sent to someone else. A phase-in over a decade, as the European Union managed with "
         "battery cages, with support for farmers who convert, lets higher-welfare farming scale up. "
         "People will eat somewhat less meat and better meat, and that is a gain for their health as well."
         "\n\n"
         "Cheap food built on misery and risk is not cheap. It is a debt we should stop running up."),
    ),
    # mediocre; states side; quotes the other side
    SideSpeech(
        "farm-opp", "salt-factory-farming", "opp", True,
        ("I rise to oppose the ban. The other team keeps saying that \"cheap meat is a lie.\" Well, tell "
         "that to a family on a tight budget who can afford chicken for dinner because it costs a few "
         "pounds. For them cheap meat is not a lie, it is dinner.\n\n"
         "Intensive farming exists because the world has eight billion people to feed. You cannot feed "
         "that many people with a few hens running around a field. Free-range systems need much more land,"
         " and that land has to come from somewhere, often from forests. So a ban could actually be worse "
         "for the environment.\n\n"
         "Secondly, farmers. Thousands of farmers have invested in these systems. A ban would put them out"
         " of business, and whole rural towns depend on them. These people did nothing wrong, they "
         "followed the law and the market.\n\n"
         "Thirdly, if one country bans it, the meat will just be imported from countries with worse "
         "standards. Supermarkets will buy from abroad, the animals there will suffer more, and our "
         "farmers will lose their jobs. That is the worst of both worlds.\n\n"
         "Of course animal welfare matters. Nobody wants animals to suffer for no reason. But the answer "
         "is better rules, like more space, better inspections and fewer antibiotics, not banning a whole "
         "way of producing food. Improve it, do not ban it.\n\n"
         "So for the poor families, for the farmers, and for the animals abroad, I am proud to oppose."),
    ),
    # mediocre; states side
    SideSpeech(
        "lvt-prop", "george-land-value-tax", "prop", True,
        ("My team backs this reform, and I want to explain why in simple terms. Land is different from "
         "everything else. Nobody made it, and you cannot make more of it. When a city grows, or when a "
         "new railway station opens, the land next to it becomes more valuable, but the owner did nothing "
         "to earn that.\n\n"
         "Right now we tax the things we want more of. We tax people's wages, which discourages work. We "
         "tax buildings, so if you build a better house or a new shop you pay more. That is backwards. A "
         "land value tax taxes something that cannot run away and cannot be hidden in an offshore account."
         "\n\n"
         "It also helps with housing. If you own an empty plot in the middle of town, today you can just "
         "sit on it and wait for the price to go up. With a land tax, you have to pay every year whether "
         "you use it or not, so you will build on it or sell it to someone who will. More homes get built,"
         " and that is good for young people who cannot afford to buy.\n\n"
         "It is fair as well. Rich people own most of the valuable land, so they would pay most of the "
         "tax. Ordinary workers would keep more of their salaries.\n\n"
         "Economists from Adam Smith to Milton Friedman have said this is the least bad tax. It has been "
         "talked about for over a hundred years. It is time to actually do it. Land belongs in some sense "
         "to everyone, and the value the community creates should come back to the community."),
    ),
    # strong; no side stated; rebuttal ('The case for ... rests on'); small concession
    SideSpeech(
        "lvt-opp", "george-land-value-tax", "opp", False,
        ("The case for taxing land alone rests on a tidy idea: land is fixed, so a tax on it cannot change"
         " behaviour and costs the economy nothing. The idea is elegant on a blackboard and fragile in a "
         "real country.\n\n"
         "First, valuation. To tax land apart from the buildings on it, an assessor must say what every "
         "plot would be worth if it were bare. In a built-up city there are almost no sales of bare plots "
         "to compare against, so the number is an estimate, revised every few years, and each revision is "
         "a fight. England has not revalued homes for council tax since 1991 because the losers from "
         "revaluation are too loud. A system that hangs every tax on one disputed number invites that "
         "paralysis at a far larger scale.\n\n"
         "Second, who actually pays. Land wealth is not cash. A widow in a house her family bought fifty "
         "years ago, now sitting on land worth a fortune, has a pension and no way to meet a large annual "
         "bill except by selling. Farmers are in the same position: land rich, income poor. Scrapping "
         "income tax helps people with high salaries; the burden moves onto those with large plots and "
         "small incomes.\n\n"
         "Third, revenue. Replacing every tax on income and buildings with one levy means the whole state "
         "depends on land prices, which swing with interest rates. When land values fell after 2008, a "
         "state funded this way would have seen its budget collapse at the very moment it needed to spend."
         "\n\n"
         "A modest land levy alongside other taxes may well be sensible. Betting the entire revenue of a "
         "country on a single estimated figure is not."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "prereg-prop", "poincare-preregistration", "prop", False,
        ("Science is supposed to be about finding the truth, but at the moment a lot of published studies "
         "cannot be repeated. When researchers tried to repeat a hundred psychology experiments, only "
         "around a third gave the same result. That is a big problem, because doctors and governments make"
         " decisions based on these studies.\n\n"
         "One reason is that scientists can change their plans after they see their data. If the first "
         "test does not work, they try another one, and another, until something looks significant. Then "
         "they publish that and do not mention the rest. This is not always cheating, sometimes people do "
         "not even notice they are doing it, but the result is a lot of false findings.\n\n"
         "If researchers write down their hypothesis and their methods before collecting any data, it "
         "becomes much harder to do this. Everyone can check whether the final paper matches the plan. If "
         "it does not, readers know to be careful.\n\n"
         "This already works in medicine. Clinical trials have had to be registered for years, and after "
         "registration started, far fewer big trials reported positive results, which suggests the earlier"
         " positive results were partly inflated.\n\n"
         "Since the public is paying for this research with taxes, the public deserves research that can "
         "be trusted. Registering a study is not difficult, it is basically filling in a form online. It "
         "does not stop anyone from exploring new ideas, it just means they have to be honest about which "
         "parts were planned and which were not.\n\n"
         "Better science, more trust, less waste of public money. That is what this change would bring."),
    ),
    # strong; states side; rebuttal ('Supporters point to ...')
    SideSpeech(
        "prereg-opp", "poincare-preregistration", "opp", True,
        ("Count us against a rule that every publicly funded study must be registered before its data are "
         "gathered. We share the worry about false findings; we reject this cure, because it fits one kind"
         " of science and damages the rest.\n\n"
         "Supporters point to clinical trials, where registration did cut the share of inflated results. "
         "But a drug trial is the model case for a plan written in advance: one treatment, one outcome, a "
         "hypothesis fixed before anyone is dosed. Most publicly funded research is nothing like that. A "
         "geologist mapping a new fault, an ecologist counting birds after a fire, a historian reading an "
         "archive, a physicist noticing an odd bump in the data: these people do not know what question to"
         " ask until they see what is there. Penicillin, the cosmic microwave background and the hole in "
         "the ozone layer were all found by people looking for something else.\n\n"
         "A mandate does not ban exploration in theory, but it prices it out in practice. Exploratory work"
         " becomes the second-class output that reviewers discount and funders query. Young researchers, "
         "judged by how many confirmed hypotheses they publish, will learn to ask small, safe questions "
         "that a form can hold.\n\n"
         "It also adds paperwork without fixing the real incentive, which is that journals reward "
         "surprising positive results. Registered plans are already routinely ignored: audits of medical "
         "trials found that many published papers quietly switched their main outcome and nobody noticed. "
         "A form does not check itself.\n\n"
         "The better tools are targeted ones: registration where the method is confirmatory, open data and"
         " code for everyone, and journals that judge papers on their design rather than their results. "
         "That tackles bias without forcing all of science into the shape of a drug trial."),
    ),
    # strong; states side; concedes the other bench's best point
    SideSpeech(
        "boxing-prop", "mill-ban-boxing", "prop", True,
        ("We stand in favour of banning professional boxing, and I want to begin by giving the other bench"
         " its best point. Adults should be free to take risks with their own bodies. I accept that. We "
         "let people climb mountains, ride motorbikes and eat badly. If boxing were only a risky sport, we"
         " would leave it alone.\n\n"
         "But boxing is different in kind, not only in degree. In every other dangerous sport, injury is "
         "an accident the rules try to prevent. In boxing, injuring the other person's brain is the goal. "
         "A knockout is a concussion that the referee counts to ten. Studies of retired boxers find "
         "chronic traumatic encephalopathy, the disease behind early dementia and personality change, far "
         "more often than in the general population, and the damage comes from the thousands of blows that"
         " land in sparring and bouts, not only from the famous knockouts.\n\n"
         "Consent also means less here than it seems. The men who box professionally come overwhelmingly "
         "from poor neighbourhoods, recruited young, before they can weigh a risk that shows up twenty "
         "years later. The promoters and broadcasters who earn the most take none of the blows.\n\n"
         "Then there is what the sport does to everyone watching. A crowd paying to cheer as one person "
         "tries to knock another unconscious is the state licensing harm as entertainment. We stopped "
         "allowing that for duelling, and we should stop allowing it here.\n\n"
         "A ban would not end boxing as fitness training or as amateur sport scored on clean hits. It ends"
         " the professional form, whose whole business model is the knockout."),
    ),
    # strong; states side; quotes the other side
    SideSpeech(
        "boxing-opp", "mill-ban-boxing", "opp", True,
        ("We oppose this ban. The bench opposite says that in boxing \"injuring the other person's brain is"
         " the goal.\" That line is vivid, but it is false. The goal is to win, on points or by stopping "
         "your opponent, and plenty of professional bouts end on the judges' cards. Rugby, American "
         "football and even heading the ball in football cause repeated blows to the head too; if brain "
         "injury is the test, the ban cannot stop at boxing, and nobody proposes banning rugby.\n\n"
         "Second, a ban does not end fighting; it moves it. When Sweden banned professional boxing in "
         "1970, the fighters did not disappear. They went abroad, or into unlicensed bouts without "
         "ringside doctors, compulsory brain scans or limits on rounds. The regulated sport is the one "
         "with medical suspensions after a knockout. Take it away and you take away those protections, not"
         " the boxing.\n\n"
         "Third, think about who boxes. Yes, many come from poor areas. For them the gym is often the one "
         "place that offers discipline, mentors and a way out, and a professional career is the ladder "
         "that makes young people take the gym seriously. Telling them that they may not make the choice a"
         " wealthier person makes when they ride horses over fences is paternalism dressed as care.\n\n"
         "The right answer is to make the sport safer: stricter medical checks, shorter careers, "
         "independent doctors with the power to stop fights, and fewer rounds. Those reforms keep the "
         "benefits and cut the harm. A ban keeps the harm and throws away the protections."),
    ),
    # strong; no side stated; rebuttal ('The case against rests on')
    SideSpeech(
        "asylum-prop", "kant-asylum-right-to-work", "prop", False,
        ("An asylum claim in Britain can take more than a year to decide, sometimes several. During that "
         "time most claimants are barred from working and live on a few pounds a day, often in hotels paid"
         " for by the taxpayer. They want to work, employers want staff, and the state pays them to sit "
         "still. That is the arrangement that needs a defence, and it has none.\n\n"
         "Start with money. Every claimant who works pays tax and stops drawing support. Germany, Sweden "
         "and Portugal let asylum seekers work within months, and their labour markets have absorbed them "
         "without the collapse that critics predicted.\n\n"
         "Then think about the person. Long idleness does lasting damage. Studies of refugees in Europe "
         "find that each extra month barred from work lowers the chance of being employed years later, "
         "because skills fade, language does not develop and confidence goes. When the claim is accepted, "
         "as most are for people from countries like Syria or Afghanistan, the state then pays to rebuild "
         "what the waiting destroyed.\n\n"
         "The case against rests on the pull factor: the fear that a right to work will draw more people "
         "to claim. But research on why people choose a destination finds that family, language and "
         "existing networks decide it, not waiting-room rules most have never heard of. Countries that "
         "allow quick access to work have not seen surges that track it.\n\n"
         "Finally, legal work drains the black market. A man who cannot work legally for eighteen months "
         "does not sit still; he works for cash, under an exploiter, beyond the reach of the tax office "
         "and the labour inspector. Letting him work from the start brings that labour into the light."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "asylum-opp", "kant-asylum-right-to-work", "opp", False,
        ("The asylum system is meant for people fleeing danger, and it should stay that way. If claimants "
         "can start working on the first day, the system turns into a side door into the job market.\n\n"
         "Many people who come are not refugees, they are economic migrants, and that is understandable, "
         "everyone wants a better life. But if lodging a claim gives you a job straight away, then anyone "
         "who wants to work here has a reason to claim asylum, even with a weak case. That means more "
         "claims, longer queues, and the genuine refugees wait even longer.\n\n"
         "It also makes removal harder. Once someone has a job, a flat and friends, it is much more "
         "difficult to send them home if their claim is refused. Courts will say they have built a life "
         "here. So the decision becomes meaningless.\n\n"
         "There are also people already here who are looking for work. Low-paid workers might see their "
         "wages pushed down if lots of new workers arrive who will accept anything.\n\n"
         "The better answer is to make decisions faster. If claims were decided in a few months, nobody "
         "would have to wait years without work. Then people who are accepted can work, and people who are"
         " refused can leave. Fix the speed of the system and the rest follows.\n\n"
         "Letting people work at once sounds kind, but it sends the wrong message and it will make the "
         "system bigger and slower. Keep the asylum process for protection and the work visa system for "
         "work."),
    ),
    # mediocre; states side; short rebuttal ('People say ...')
    SideSpeech(
        "service-prop", "james-civilian-service", "prop", True,
        ("I am proud to propose a year of paid civilian service for every young adult. Our societies are "
         "more divided than ever. Young people from rich areas and poor areas, from cities and villages, "
         "hardly ever meet each other. A year of service would change that.\n\n"
         "Imagine an eighteen-year-old from a big city spending a year helping in a care home in a small "
         "town, working next to someone who grew up on a farm. They would learn about each other's lives. "
         "That is how you build a country that trusts itself.\n\n"
         "Second, there is a lot of work that needs doing. Care homes are short of staff, forests need "
         "planting, flood defences need repairing, and schools need helpers. Young people can do this "
         "work, and they would be paid for it, so it is not exploitation.\n\n"
         "Third, it is good for the young people themselves. Many do not know what they want to do after "
         "school. A year of service gives them experience, skills and something to put on their CV. Some "
         "will find a career they never thought of.\n\n"
         "People say it is compulsory and that is against freedom. But we already make children go to "
         "school and adults do jury service, because some things are good for society. One year is not "
         "much out of a whole life.\n\n"
         "France is already moving in this direction with its universal national service. We should go "
         "further and make it for everyone, so that everyone shares the same experience. It would make us "
         "a stronger, fairer and more united country."),
    ),
    # mediocre; no side stated; rebuttal ('Supporters ... talk about')
    SideSpeech(
        "service-opp", "james-civilian-service", "opp", False,
        ("Supporters of a compulsory year talk about bringing the country together, and that sounds "
         "lovely. But forcing millions of people to do something does not make them love each other. It "
         "makes them resent whoever forced them.\n\n"
         "Think about what a year means at eighteen. Some people have a university place waiting, some "
         "have an apprenticeship, some need to start earning to help their families. A compulsory year "
         "delays all of that. For a young person from a poor family, a year on a low service wage instead "
         "of a real job is a real cost.\n\n"
         "Then there is the question of what they would actually do. Hundreds of thousands of young people"
         " arriving every year need supervisors, training, housing and transport. Care homes cannot just "
         "absorb untrained teenagers, and caring for frail old people is skilled work. Often these schemes"
         " end up with young people doing pointless tasks to fill the time.\n\n"
         "It could also push down wages. If a council can get a young person for a year for almost "
         "nothing, why would it hire a gardener or a care assistant at a proper wage? The workers who "
         "already do these jobs would lose out.\n\n"
         "Volunteering is a good thing, and we should make it easier and more attractive, with grants, "
         "credits for university and recognition. But the good thing about volunteering is that it is "
         "chosen. Once it is made compulsory it stops being service and becomes conscription by another "
         "name.\n\n"
         "Young people already carry a lot, from student debt to high rents. Taking a year of their lives "
         "is not the way to help them."),
    ),
    # strong; no side stated
    SideSpeech(
        "childcare-prop", "kollontai-free-universal-childcare", "prop", False,
        ("A parent in England with a two-year-old in full-time nursery can pay more than a thousand pounds"
         " a month, more than the mortgage for many families. The gap between the end of parental leave "
         "and the first day of school is where careers end, mostly women's careers, and where the children"
         " who most need a good start are least likely to get one.\n\n"
         "Free care for every child closes that gap in three ways. The first is work. When Quebec "
         "introduced low-fee universal childcare in 1997, the share of mothers of young children in paid "
         "work rose sharply, and the extra tax they paid covered a large part of the cost. Parents who "
         "stay attached to the labour market keep their skills and their pensions, and the motherhood pay "
         "penalty, which opens in exactly these years, narrows.\n\n"
         "The second is children. Long-running studies find that good early education does most for "
         "children from poor homes: better language at school entry, fewer referrals for special needs, "
         "higher earnings decades later. Means-tested schemes reach those children badly, because forms, "
         "stigma and shifting eligibility keep families out. A universal offer is one that every family "
         "knows about and uses.\n\n"
         "The third is fairness between parents. Help that depends on both parents working full time, or "
         "on income thresholds, creates cliffs where earning a little more loses a lot of support. A "
         "universal entitlement removes the cliff.\n\n"
         "Universal does not mean the rich get a gift. They pay more in tax, and high-earning parents "
         "returning to work pay most of all. What universality buys is a service built like schools: "
         "always there, good enough for everyone, and therefore defended by everyone."),
    ),
    # strong; states side; concedes ('let me start with what we accept')
    SideSpeech(
        "childcare-opp", "kollontai-free-universal-childcare", "opp", True,
        ("My side opposes free childcare for every child, and let me start with what we accept. Childcare "
         "costs are crushing many families, and young children from poor homes benefit enormously from "
         "good early education. Both are true. The question is whether making it free for everyone is the "
         "best use of the money, and it is not.\n\n"
         "A universal free place spends the most on families who need it least. A couple of lawyers who "
         "would have paid for nursery anyway now get it from the state. That is billions a year that buys "
         "no extra work and no extra learning, because their behaviour does not change. The same money "
         "aimed at low and middle income families, and at children with special needs, would do far more."
         "\n\n"
         "Universal schemes also tend to fail on quality. When demand is guaranteed and the price is fixed"
         " by the state, providers cut costs where parents cannot see: larger groups, cheaper and less "
         "trained staff. The Quebec scheme, often praised, was followed by studies that found worse "
         "behaviour and more anxiety among children who went through it, because rapid expansion outran "
         "quality.\n\n"
         "And free full-time nursery from the end of leave treats one family model as the default. Some "
         "parents want to care for a one-year-old themselves, or share care with grandparents. A system "
         "that funds only the nursery place pushes them towards it. Giving the money to parents, as an "
         "allowance they can spend on a nursery, a childminder, a relative or on staying home, respects "
         "those choices.\n\n"
         "So yes to help, yes to targeting, yes to quality. No to spending the most on the families who "
         "need it least."),
    ),
    # strong; states side; quotes the other side
    SideSpeech(
        "voting-prop", "condorcet-compulsory-voting", "prop", True,
        ("We support compulsory voting in national elections. The other bench will put it in its strongest"
         " form: \"a freedom you are forced to use is no freedom at all.\" Let us take that seriously. What "
         "the law in Australia actually requires is that you turn up, have your name marked off and put a "
         "paper in the box. You can leave it blank. Nobody is forced to choose a party; they are asked to "
         "take part, the way they are asked to fill in a census or sit on a jury.\n\n"
         "What does that small duty buy? Equal turnout. In countries where voting is voluntary, the people"
         " who stay home are disproportionately young, poor and less educated. Politicians are rational: "
         "they spend money and promises on the groups that vote, which is why pensions are protected while"
         " youth services are cut. In Australia turnout runs above ninety percent every time, so no party "
         "can win by writing off the poor.\n\n"
         "It also changes how campaigns are fought. When everyone votes, there is no point spending "
         "millions to frighten your base into turning up or to discourage the other camp's. Campaigns have"
         " to persuade the middle. Australian politics has many faults, but the culture of voter "
         "suppression seen in the United States is absent, partly because it would be pointless.\n\n"
         "Finally, legitimacy. A government elected on sixty percent turnout with forty percent of the "
         "vote holds the mandate of about a quarter of the adults. A duty to take part makes the result "
         "the verdict of the whole country.\n\n"
         "The cost is one morning every few years and a small fine if you ignore it. The return is a "
         "democracy that has to listen to everyone."),
    ),
    # mediocre; no side stated; rebuttal ('Some worry that ...')
    SideSpeech(
        "voting-opp", "condorcet-compulsory-voting", "opp", False,
        ("Some worry that turnout is falling and that this is a crisis. But low turnout is a message. When"
         " people do not vote, they are telling politicians that nobody is offering them anything worth "
         "voting for. Forcing them to the polling station just hides that message.\n\n"
         "Voting is a right, and a right includes the right not to use it. Freedom of speech includes the "
         "freedom to stay silent. If the state can fine you for not voting, what else can it fine you for "
         "not doing?\n\n"
         "Also, people who are forced to vote but do not care will not make good decisions. They will pick"
         " a name at random, or the first name on the list, or whoever has the funniest poster. That is "
         "not better democracy, that is just more noise. In Australia there is even a name for this, the "
         "donkey vote.\n\n"
         "And the fines hit the poorest people hardest. A single parent working two jobs who could not get"
         " to the polls would be punished. That does not seem like a way to include people.\n\n"
         "If we want more people to vote, we should give them reasons to vote. Make it easier, with "
         "weekend voting, postal votes and automatic registration. Teach politics in schools. Have "
         "politicians who actually speak to young people and poor people. These things work better than "
         "threatening people with fines.\n\n"
         "A democracy should win people's participation, not demand it. Forced voting treats citizens like"
         " children who cannot decide for themselves whether to take part."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "laws-prop", "capek-autonomous-weapons", "prop", False,
        ("Machines should not decide who lives and who dies. That is the simple idea at the heart of this "
         "debate. A human soldier can be held responsible for what he does. A computer program cannot go "
         "to prison, feel guilt or answer to a court.\n\n"
         "These weapons are already being developed. Drones that can find and attack targets on their own "
         "have been reported in recent wars. If nothing is done, every major army will have them within a "
         "few years, and then smaller groups and terrorists will get them too, because software is easy to"
         " copy.\n\n"
         "Computers also make mistakes. Face recognition systems have been shown to get it wrong more "
         "often with some groups of people. In a war, a mistake like that means a dead civilian. And if a "
         "machine kills the wrong person, who is to blame? The programmer, the commander, the company? "
         "Probably nobody, and that is a problem for justice.\n\n"
         "Another danger is speed. If both sides have machines that react in milliseconds, a war could "
         "start or escalate before any human has time to think. This is like the flash crashes on the "
         "stock market, but with weapons.\n\n"
         "The world has banned other weapons before, like chemical weapons, blinding lasers and landmines."
         " These bans were not perfect but they made the weapons much rarer and made using them shameful. "
         "We can do the same with killer robots.\n\n"
         "Keeping a human in control of every decision to kill is a basic moral line. We should draw it "
         "now, before it is too late."),
    ),
    # strong; states side; rebuttal ('They say ... True, but')
    SideSpeech(
        "laws-opp", "capek-autonomous-weapons", "opp", True,
        ("We oppose this ban, not because we want robots deciding who dies, but because the ban as written"
         " would cost lives and stop nothing.\n\n"
         "The case for the ban rests on the idea that human control is what keeps war humane. Look at what"
         " human control has actually meant: soldiers who fire in panic, fatigue or revenge, who misread a"
         " wedding party as a convoy, who commit atrocities because they are afraid or angry. A well-"
         "designed system does not panic, does not seek revenge and can be tested against thousands of "
         "scenarios before it is ever used. Requiring a human in every loop does not guarantee judgement; "
         "often it guarantees a tired operator pressing approve on a screen.\n\n"
         "Some systems that select and engage targets without a human decision already save lives. Ship "
         "defences like Phalanx and missile shields like Iron Dome fire at incoming rockets in seconds, "
         "faster than any person could decide. A blanket ban on weapons that pick their own targets "
         "captures them too, leaving cities open to barrages.\n\n"
         "They say a machine cannot be held responsible. True, but neither can a missile or a mine, and we"
         " hold the commanders who deploy them responsible. The same rule applies here: whoever fields a "
         "system answers for its use under the laws of war.\n\n"
         "And a ban would bind only those who respect it. The states most likely to build such weapons "
         "with no limits are the ones that ignore treaties. Democracies that sign would disarm in the one "
         "field where their rivals race ahead.\n\n"
         "Better to regulate: strict testing, limits on where and against what such systems may be used, "
         "and clear command responsibility. That makes them safer instead of leaving the field to the "
         "least scrupulous."),
    ),
    # mediocre; states side; concedes ('I will admit straight away')
    SideSpeech(
        "surgeons-prop", "semmelweis-surgeon-outcomes", "prop", True,
        ("We on this bench support publishing the death and complication rates of every surgeon. I will "
         "admit straight away that the numbers are not perfect. Some surgeons take on harder cases, and a "
         "raw death rate could make a brave surgeon look bad. That is a real problem.\n\n"
         "But it can be solved. Statisticians can adjust the figures for how sick the patients were, and "
         "that is what the NHS already does for heart surgeons in England, whose results have been public "
         "for years. After the figures were published, death rates went down. Surgeons paid more "
         "attention, hospitals looked at their weaker units, and patients benefited.\n\n"
         "Patients have a right to know. If you are about to have an operation that could kill you, you "
         "should be able to see how often this surgeon's patients die. We can check the hygiene rating of "
         "a restaurant before we eat there, but not the record of the person who will cut us open. That "
         "does not make sense.\n\n"
         "Publication also protects patients from bad surgeons. In the Bristol heart scandal in the 1990s,"
         " babies kept dying in one unit for years while the numbers stayed hidden. If the data had been "
         "public, parents and other doctors would have seen the problem much earlier.\n\n"
         "Finally, it is public money. Most surgery is paid for by taxpayers, and taxpayers deserve to "
         "know what they are getting.\n\n"
         "So the figures need to be fair and explained clearly, but they should be published. Hiding them "
         "protects surgeons, not patients, and patients should come first."),
    ),
    # strong; no side stated; rebuttal ('The case for ... rests on')
    SideSpeech(
        "surgeons-opp", "semmelweis-surgeon-outcomes", "opp", False,
        ("The case for printing every surgeon's death rate rests on a picture of a patient choosing "
         "between surgeons the way they choose between restaurants. Very few patients do that. Most are "
         "referred to the unit nearest home, many have their operation in an emergency, and the figures "
         "they would consult are ones almost nobody can read properly.\n\n"
         "Meanwhile, the surgeons read them very carefully. When New York began publishing cardiac "
         "surgeons' mortality figures, surveys of those surgeons found that most had become less willing "
         "to operate on the sickest patients, and later studies found high-risk patients being sent out of"
         " state or not offered surgery at all. Risk adjustment cannot fully fix this, because no model "
         "captures everything a surgeon sees at the bedside that makes a case dangerous. The rational "
         "response to a public league table is to avoid the patients who might spoil your number.\n\n"
         "Then there is the problem of small numbers. A surgeon who does forty of a particular operation a"
         " year might see two deaths one year and five the next purely by chance. Published one surgeon at"
         " a time, those figures swing a career on noise. The anaesthetist, the intensive care unit and "
         "the nurses matter as much as the person holding the knife, yet the figure carries one name.\n\n"
         "None of this means outcomes should be hidden. Hospitals and units should be measured and "
         "published, where numbers are large enough to mean something, and each surgeon's own figures "
         "should go to regulators who can act on outliers quickly, as nobody did at Bristol. That catches "
         "the dangerous surgeon without teaching the good ones to turn away the patients who need them "
         "most."),
    ),
    # strong; no side stated
    SideSpeech(
        "nuclear-prop", "ritchie-germany-nuclear-exit", "prop", False,
        ("Germany spent the decade after Fukushima closing reactors that were safe, paid off and producing"
         " almost no carbon, and it shut the last three in April 2023, in the middle of an energy crisis. "
         "Mistakes in energy policy are measured in decades and in lives, and this one will be measured in"
         " both.\n\n"
         "Start with the climate. Each reactor that closed removed low-carbon power that renewables could "
         "have added to rather than replaced. In the years of the exit, coal and lignite, the dirtiest "
         "fuels there are, kept running longer than they needed to. Economists who modelled the phase-out "
         "estimated that the replacement fossil power produced tens of millions of extra tonnes of carbon "
         "dioxide a year and, through air pollution, around a thousand extra deaths a year. Nuclear power,"
         " by contrast, has one of the lowest death rates per unit of energy of any source, comparable to "
         "wind and solar.\n\n"
         "Then look at security. By shutting reactors and leaning on gas, Germany bound itself to Russian "
         "pipelines. When the gas stopped in 2022, industry faced rationing, prices soared across Europe, "
         "and Berlin had to restart coal plants and rush to build import terminals. Reactors that could "
         "have run for another decade would have cushioned that shock.\n\n"
         "The fears behind the exit were sincere but misplaced. Germany faces no tsunamis of the kind that"
         " struck Japan, and the waste, though long-lived, is small in volume and already stored safely.\n\n"
         "The saddest part is that the money and political will spent on closing working plants could have"
         " gone into closing coal first. Order matters: coal should have gone before nuclear. Germany "
         "chose the reverse, and the climate, its neighbours and its own industry have paid."),
    ),
    # mediocre; states side
    SideSpeech(
        "nuclear-opp", "ritchie-germany-nuclear-exit", "opp", True,
        ("We reject the idea that Germany should regret closing its nuclear power stations. It was a "
         "democratic decision, made after Fukushima showed that even a rich, technical country can lose "
         "control of a reactor. German voters did not want that risk, and in a democracy that matters.\n\n"
         "Nuclear power also leaves waste that stays dangerous for thousands of years. Germany still has "
         "not found a permanent site to store it. Every year the plants ran, the pile got bigger. Closing "
         "them stopped the problem growing.\n\n"
         "Also, the old reactors were old. Running them longer would have needed expensive safety checks "
         "and new fuel, and the operators themselves said they were not prepared to do this. So the choice"
         " was never nuclear forever, it was a few more years at most.\n\n"
         "Meanwhile Germany has built a huge amount of wind and solar power. Renewables now make more than"
         " half of German electricity. The exit pushed the country to invest in the future instead of the "
         "past. New nuclear plants take more than ten years to build and cost far more than planned, like "
         "the ones in Finland and France. Renewables are cheaper and quicker.\n\n"
         "Yes, there were problems with Russian gas, but that was a gas problem, not a nuclear problem. "
         "Three reactors at the end would not have replaced Russian gas, which was mostly used for heating"
         " and industry.\n\n"
         "Germany took a hard decision and stuck to it. Its emissions have still fallen. There is nothing "
         "to regret in choosing a safer and cleaner path."),
    ),
    # strong; states side; rebuttal ('We will hear that ...')
    SideSpeech(
        "adverts-prop", "murrow-child-advertising", "prop", True,
        ("I rise in support of a ban on advertising aimed at children under twelve. Advertising works by "
         "persuasion, and persuasion is only fair when the listener can recognise it. Research on child "
         "development is consistent: most children under about eight cannot reliably tell an advert from a"
         " programme, and until around twelve few understand that the advert is trying to sell them "
         "something and may be stretching the truth. An adult can discount a sales pitch. A seven-year-old"
         " takes it as information.\n\n"
         "Companies know this, which is why they spend billions reaching children directly. The products "
         "most heavily marketed to them, sugary cereals, snacks, fast food and, more and more, in-game "
         "purchases, are exactly the ones that harm them. Childhood obesity has risen steeply in many rich"
         " countries since the 1970s, and controlled studies show that children who see food adverts eat "
         "more straight afterwards.\n\n"
         "Advertising to children also works through them on their parents. The industry's own name for it"
         " is \"pester power\": the goal is a child who nags until a tired parent gives in. That is a "
         "marketing strategy aimed at the weakest point in a family.\n\n"
         "We will hear that parents, not the state, should decide what their children see. But parents "
         "cannot supervise every video clip, game and influencer post, and the point of a ban is to help "
         "parents, not replace them. Quebec has banned commercial advertising to under-thirteens since "
         "1980, and researchers found that French-speaking families there bought noticeably less fast food"
         " than comparable families elsewhere.\n\n"
         "Children deserve a few years in which nobody is trying to sell them anything. A ban gives them "
         "that."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "adverts-opp", "murrow-child-advertising", "opp", False,
        ("Children see adverts every day, and most of them turn out fine. Part of growing up is learning "
         "that people try to sell you things. If children never see an advert until they are twelve, they "
         "will be less prepared when they suddenly see thousands of them as teenagers.\n\n"
         "Parents are the ones who should decide. A parent can say no when a child asks for a toy. Saying "
         "no is part of parenting. The state does not need to step in and do it for them.\n\n"
         "Also, a lot of children's television is paid for by advertising. If you take the adverts away, "
         "channels that make programmes for children will lose money, and they will make fewer and cheaper"
         " programmes, or stop making them at all. Children would end up watching content made for adults "
         "instead, which is worse.\n\n"
         "It is also very hard to decide what counts as aimed at children. Is an advert for a family car "
         "aimed at children if it has a cartoon in it? What about a football kit advert? A video star who "
         "is popular with kids and teenagers? The rules would be confusing and companies would find ways "
         "around them.\n\n"
         "If the worry is unhealthy food, then regulate unhealthy food adverts, as some countries already "
         "do. Do not throw out everything, including adverts for books, educational toys and sports clubs."
         "\n\n"
         "In the end children need to learn to live in the real world, and the real world has advertising "
         "in it. Better to teach media literacy in schools, so they understand what they see."),
    ),
    # mediocre; no side stated; concedes ('I accept that ...')
    SideSpeech(
        "shortsent-prop", "goldman-short-sentences", "prop", False,
        ("Short prison sentences do not work. People who are sent to prison for a few months are more "
         "likely to reoffend than people who get a community sentence for the same crime. In England, more"
         " than half of adults released from short sentences reoffend within a year.\n\n"
         "The reason is simple. A few months is too short to do any useful rehabilitation, no courses, no "
         "training, no treatment. But it is long enough to lose your job, your home, and sometimes your "
         "children. You come out with nothing, and you are more likely to commit crime again.\n\n"
         "I accept that some people think prison is the only real punishment, and that victims want to see"
         " offenders punished. That is understandable. But a community sentence with unpaid work, curfews "
         "and electronic tags is still punishment, and it is punishment that keeps people in work and with"
         " their families, where they can actually change.\n\n"
         "Short sentences also cost a lot. Every prisoner costs tens of thousands of pounds a year, and "
         "prisons are overcrowded. Taking out the short sentences would free up space for the dangerous "
         "people who really need to be locked up.\n\n"
         "Scotland already has a presumption against sentences of under twelve months, and the sky has not"
         " fallen. Other countries like Germany use fines and community sentences much more than we do.\n\n"
         "So short sentences are expensive, they make crime worse, and they hurt families. It is time to "
         "stop using them and put the money into things that actually reduce crime."),
    ),
    # strong; states side; quotes the other side
    SideSpeech(
        "shortsent-opp", "goldman-short-sentences", "opp", True,
        ("We reject the proposal to abolish every prison sentence under a year. The bench opposite tells "
         "us that \"short sentences do not work\" and points to reoffending rates. But compare like with "
         "like. People who receive short custody are often those who have already failed a string of "
         "community orders; of course they reoffend more. The comparison shows that these offenders are "
         "hard to reform, not that prison made them worse.\n\n"
         "The deeper problem is what happens to the court's options. A judge facing a man who has breached"
         " his fourth community order, or who keeps going back to harass a former partner, needs a "
         "sanction that actually bites. Take away anything below twelve months and the judge has two "
         "choices: a community order the man already ignores, or a sentence of a year or more. In practice"
         " some judges will choose the longer sentence, so abolition can put people inside for longer, not"
         " shorter.\n\n"
         "Think also of victims of domestic abuse and stalking. For them a few weeks in custody is not "
         "about rehabilitation; it is a breathing space, a period in which they are safe and can move "
         "house or get an injunction enforced. A blanket ban removes that protection at the moment it is "
         "most needed.\n\n"
         "Scotland's presumption against short sentences is a presumption, not an abolition, and it keeps "
         "the discretion we are defending. Judges there can still jail when nothing else works.\n\n"
         "The sensible reform is to make community sentences strong enough to be trusted, and to use short"
         " custody sparingly. Abolishing it by law replaces judgement with a rule, and the people who pay "
         "for rigid rules are usually victims."),
    ),
)


# A check set added on 2026-12-05 for issue 9: twenty-four more speeches on twelve other motions
# from the same essays (so scripts/reader_data.py `side_bench_essays()` excludes exactly the same
# essays from training). They were written, and committed to, before any scorer change was tested
# on them, so that changes tuned on SPEECHES can be checked on speeches nobody tuned on. Same mix:
# half state their side (in wordings not used above), half never do; strong and mediocre; several
# concede or answer the other side. `python tests/bench/side.py --set fresh` scores them.
FRESH_SPEECHES: tuple[SideSpeech, ...] = (
    # strong; states side (restates the policy, closes 'Abolish it'); rebuttal ('The obvious reply')
    SideSpeech(
        "veto-prop", "mill-abolish-security-council-veto", "prop", True,
        ("Five governments can stop the rest of the world from acting, even when they are the ones "
         "accused. My case tonight is simple: that privilege should end, and the Charter should be "
         "amended to remove it.\n\n"
         "Start with the oldest rule of justice, that nobody sits as judge in their own case. When "
         "Russia invaded Ukraine in 2022, a draft resolution condemning the invasion came before the "
         "Council, and Russia vetoed it. The accused cast the deciding vote at its own trial. The same "
         "pattern runs through decades of vetoes over Syria, over Israel and Palestine, over Myanmar: "
         "a permanent member shields itself or its client, and everyone else watches.\n\n"
         "Second, the list of who holds this power was fixed in 1945 by the winners of one war. India, "
         "with more people than any other country, has no veto. Nor does any state in Africa or Latin "
         "America. An arrangement that suited the victors of that war now locks most of humanity out "
         "of the room where the gravest decisions are taken.\n\n"
         "The obvious reply is that without the veto the great powers would simply leave, the way the "
         "United States never joined the League of Nations. But look at what they would be leaving: "
         "the body that lends their own actions legitimacy, the agencies they rely on, a seat at every "
         "table. Walking out costs more than losing a vote. And a qualified majority, say two thirds "
         "of the Council, would still protect any state from being steamrolled by a narrow bloc.\n\n"
         "Every time the Council freezes during a massacre, people around the world conclude that the "
         "UN is a talking shop. Removing the veto is how the institution earns back the right to be "
         "taken seriously. Abolish it."),
    ),
    # mediocre; no side stated; concedes ('I accept all of that. But')
    SideSpeech(
        "veto-opp", "mill-abolish-security-council-veto", "opp", False,
        ("Nobody thinks the veto is fair. It gives five countries a power that the other hundred and "
         "eighty-eight do not have, and sometimes it has been used in shameful ways. I accept all of "
         "that. But fairness is not the only question. The question is whether the world is safer with "
         "it or without it.\n\n"
         "The UN was set up after the League of Nations failed, and one big reason the League failed "
         "is that the strongest countries were never in it or walked out of it. The veto was the price "
         "of getting America and the Soviet Union to join and to stay. Because of it they have stayed "
         "for almost eighty years, even in the worst moments of the Cold War.\n\n"
         "If you take it away, what happens when the Council votes for something a great power really "
         "hates? It will just ignore the resolution. Nobody can force the United States or China to do "
         "anything. So the UN would pass resolutions that nobody obeys, and that makes it look even "
         "weaker than it does now.\n\n"
         "Also, the veto makes the big countries negotiate. A lot of resolutions get changed and "
         "watered down so that nobody blocks them, and then they pass. That is frustrating, but it "
         "means the final text has everyone on board.\n\n"
         "And realistically it will never happen, because changing the Charter needs the permanent "
         "five to agree, and they won't. Energy is better spent on things that can actually change, "
         "like a promise not to use the veto in cases of genocide. Keeping the great powers inside the "
         "tent is worth one unfair rule."),
    ),
    # strong; no side stated; concedes the hard case (intimidation) and answers it
    SideSpeech(
        "ballot-prop", "mill-secret-ballot", "prop", False,
        ("When you cast a vote you are not making a private purchase. You are deciding, along with "
         "everyone else, who will tax, police and govern your neighbours. That is power over other "
         "people, and everywhere else in public life we expect power over others to be used in the "
         "open. Judges give reasons. The votes of MPs in the Commons are published by name. Only the "
         "voter, at the one moment when the whole people acts, is allowed to act unseen and "
         "unanswerable.\n\n"
         "Look at what the curtain shelters. It shelters the man who would never say out loud that he "
         "votes against a candidate because of her religion or the colour of her skin, but happily "
         "does so in private. Pollsters know this gap between what people admit and what they mark on "
         "the paper. Secrecy does not create prejudice, but it gives prejudice a safe room, free of "
         "the ordinary embarrassment that keeps most of us decent in public.\n\n"
         "It also breeds a thin kind of citizenship. A choice nobody will ever ask you to explain is a "
         "choice you need not think about. If your family, your colleagues and your neighbours could "
         "see your ballot, you would have to be ready to defend it. People would read more, argue "
         "more, and vote as someone who expects to give reasons.\n\n"
         "And secrecy makes fraud hard to catch. When no ballot can be traced to a voter, nobody "
         "outside the counting room can check that the count matches what people did. A published roll "
         "of who voted for whom could be checked by every citizen against their own line.\n\n"
         "Intimidation is the hard case, and it is real. But the answer to bullies is to punish "
         "bullying, as we do in every other part of life, not to teach a whole people that their most "
         "important public act is something to hide."),
    ),
    # mediocre; states side (opening: defends the secret ballot, asks for a vote against); short rebuttal
    SideSpeech(
        "ballot-opp", "mill-secret-ballot", "opp", True,
        ("I want to defend the secret ballot, so I am asking you to vote against this motion.\n\n"
         "Before secret voting, elections in Britain were a disgrace. Landlords watched their tenants "
         "vote and threw them off the land if they voted the wrong way. Employers did the same with "
         "their workers. That is why the Ballot Act was passed in 1872. Secrecy was not an accident, "
         "it was a reform that ordinary people fought for.\n\n"
         "Today it is still the same. Think of a woman whose husband tells her how to vote, or a "
         "worker whose boss supports one party, or a young person in a very strict religious family. "
         "If the vote is public, they will vote the way the powerful person wants. If it is secret, "
         "they can vote for what they really think. The secret ballot protects the weakest voter.\n\n"
         "Also, if votes were public, buying votes would be easy. Right now if someone pays you to "
         "vote for a candidate, they can never check that you did it. With open voting they could "
         "check, so bribery would actually work.\n\n"
         "And with social media it would be even worse. People already get abused online for one post. "
         "Imagine if everyone could look up your vote. People would be harassed and some might lose "
         "their jobs.\n\n"
         "Some say public voting would make people more responsible. Maybe in theory, but in real life "
         "it makes people more scared. The secret ballot is one of the best things about democracy and "
         "we should keep it."),
    ),
    # mediocre; states side (closing, 'Vote for the ban'); short rebuttal ('People say ...')
    SideSpeech(
        "vivisection-prop", "salt-animal-experiments", "prop", True,
        ("A mouse can feel pain. So can a dog, a rabbit and a monkey. Scientists know this, which is "
         "why they give painkillers in some experiments, but in many experiments the pain is the whole "
         "point, for example testing how much of a chemical it takes to poison an animal.\n\n"
         "Millions of animals are used in labs every year. In Britain alone there are close to three "
         "million procedures a year. Most of these animals spend their whole lives in small cages and "
         "are killed at the end.\n\n"
         "People say this is needed for medicine, but a lot of it does not even work. Most drugs that "
         "pass animal tests fail when they are tried on humans. A mouse is not a small person. Its "
         "body reacts differently, so the results can be misleading, and sometimes a drug that seemed "
         "safe in animals hurts people.\n\n"
         "There are better methods now. Scientists can grow human cells and even tiny organs in the "
         "lab, use computer models, and study tissue donated by patients. These give results about "
         "humans, not rodents. The European Union has already banned testing cosmetics on animals and "
         "the cosmetics industry did not collapse. That shows bans can work.\n\n"
         "As long as animal experiments are allowed, there is no real pressure to develop the "
         "alternatives. A ban would force science to move faster.\n\n"
         "We would never do these things to a human who cannot consent. Animals cannot consent either. "
         "Vote for the ban, and let this be the generation that ended experiments on living animals."),
    ),
    # strong; no side stated; concedes ('I will grant critics ... But')
    SideSpeech(
        "vivisection-opp", "salt-animal-experiments", "opp", False,
        ("I will grant critics of animal research more than they might expect: a great deal of it is "
         "badly designed, poorly reported and should never have been done. Plenty of mouse studies do "
         "not predict what happens in people. Cutting that waste, funding alternatives and holding "
         "every licence to a harder test would have my full support.\n\n"
         "An absolute ban on every experiment on a living animal, whatever the question and whatever "
         "the alternative, is a different proposal, and a far worse one.\n\n"
         "Some questions cannot yet be answered in a dish. How a new drug is absorbed, carried in the "
         "blood, broken down by the liver and cleared by the kidneys is a question about a whole "
         "living body. Organ-on-a-chip models are promising, but they imitate one or two organs, not "
         "the conversation between all of them. The same holds for how a vaccine trains an immune "
         "system, or whether a damaged spinal cord can regrow. The mRNA vaccines of 2020 reached "
         "millions of arms quickly partly because they had first been tested in mice and monkeys.\n\n"
         "Then ask who bears the cost of a ban. Not the researchers, who will move to labs abroad with "
         "weaker welfare rules, and not the animals, which will be used there instead. The cost falls "
         "on patients: children with rare genetic diseases, people waiting for a treatment for "
         "Parkinson's, whose therapies would stall at the step before human trials. Their suffering is "
         "as real as a laboratory rat's.\n\n"
         "The humane course is the one already written into law in Britain and the EU: replace animals "
         "where you can, reduce their numbers where you cannot, refine procedures so that pain is kept "
         "to a minimum, and license each project only when its benefit justifies it. Keep tightening "
         "that. Do not swap it for a rule that sounds kind and lands on the sick."),
    ),
    # strong; no side stated
    SideSpeech(
        "leave-prop", "kollontai-equal-parental-leave", "prop", False,
        ("In most rich countries a mother and a father can, on paper, share leave after a birth. In "
         "practice the father takes almost none of it. In Britain shared parental leave has existed "
         "since 2015, and take-up among eligible fathers has stayed in the low single digits. The "
         "reason is not that fathers love their children less. It is that any leave a family can hand "
         "to the mother, it usually does: she is often the lower earner, her workplace expects it, and "
         "so do the grandparents.\n\n"
         "Look at what happens when leave is given to each parent separately and lost if unused. When "
         "Norway reserved a few weeks for fathers in 1993, the share of fathers taking leave rose from "
         "a handful to a clear majority within a few years. Quebec saw the same after 2006. Fathers "
         "respond to use-it-or-lose-it the way everyone responds to a deadline.\n\n"
         "That matters in two places. The first is work. As long as employers expect a woman of thirty "
         "to disappear for a year and a man of thirty not to, they will quietly prefer the man, and "
         "the pay gap will open at exactly the age when children arrive. Once both are equally likely "
         "to be away, the reason to discriminate disappears.\n\n"
         "The second is home. The months after a birth are when habits form: who knows the doctor's "
         "number, who notices that the shoes are too small, who leaves work early when the nursery "
         "calls. A father who has spent three months alone with a baby does not go back to being the "
         "helper. Studies from Scandinavia find such fathers doing more of the childcare years later.\n\n"
         "Leave that either parent may take ends up being the mother's. Leave that belongs to each "
         "parent is the only kind that changes who does the caring."),
    ),
    # strong; states side (opening); rebuttal ("You'll hear from the other bench that ...")
    SideSpeech(
        "leave-opp", "kollontai-equal-parental-leave", "opp", True,
        ("This House should not force a family to split its leave down the middle, and I am here to "
         "argue against the proposal.\n\n"
         "Begin with the body. A woman who has just given birth is recovering from a major physical "
         "event; well over a third of births in England are now by caesarean section, which is "
         "abdominal surgery. Many mothers breastfeed for months. A fixed half for the father, which "
         "cannot be handed back, tells a mother who is still healing that her time is up while weeks "
         "of paid leave sit unused in her partner's name.\n\n"
         "You'll hear from the other bench that reserved leave is the only way to get fathers "
         "involved. Notice what that argument admits: the policy works by penalising families who "
         "choose differently. If a couple decides that the mother will stay home for the first year, "
         "perhaps because she wants to, perhaps because he runs a small business that cannot spare "
         "him, the state removes half their paid time. The family that cannot make the split work does "
         "not get a more equal home. It gets less leave.\n\n"
         "And the families hit hardest are the ones with the least slack: the self-employed father, "
         "the shift worker whose employer will not release him, the couple where one parent is on a "
         "zero-hours contract. Well-paid professional couples will make the split work; poorer ones "
         "will simply lose the money.\n\n"
         "Finally, leave lasts months and careers last decades. The motherhood penalty grows over "
         "years, through part-time work, the cost of childcare and the hours that senior jobs demand. "
         "Forcing an equal split of the first year does little about any of that.\n\n"
         "Encourage fathers with extra paid weeks on top of what families already have, by all means. "
         "Do not take leave away from mothers to make a point."),
    ),
    # mediocre; states side (opening and closing)
    SideSpeech(
        "rcv-prop", "condorcet-ranked-choice", "prop", True,
        ("Our answer to this motion is yes, Congress should be elected by ranked-choice voting.\n\n"
         "Right now in most states you can only pick one candidate. If there are three candidates, "
         "someone can win with thirty-five percent even though most people voted against them. That "
         "does not seem very democratic. With ranked choice you rank the candidates, and if nobody has "
         "more than half, the last one is knocked out and their votes go to those voters' second "
         "choice. This keeps going until somebody has a majority.\n\n"
         "This also fixes the spoiler problem. In 2000 a lot of people said Ralph Nader cost Al Gore "
         "the election in Florida. With ranked choice, Nader voters could have put Nader first and "
         "Gore second, and nobody would have been a spoiler. People could vote for who they really "
         "like without being afraid of helping the candidate they hate.\n\n"
         "It would also make campaigns nicer. If you need second choices from your opponent's "
         "supporters, you cannot just insult them. You have to talk to everybody. In places that use "
         "it, rival candidates have even campaigned together.\n\n"
         "And it is not some new experiment. Maine and Alaska already use it, Australia has used it "
         "for about a hundred years, and New York City uses it for its primaries.\n\n"
         "So it is fairer, it gives voters more choice and it makes politics less nasty. That is why "
         "we think it should be used for Congress."),
    ),
    # strong; no side stated; rebuttal (takes the other side's promises one at a time)
    SideSpeech(
        "rcv-opp", "condorcet-ranked-choice", "opp", False,
        ("Ranked-choice voting is sold as the cure for minority winners and spoilers. Take those "
         "promises one at a time.\n\n"
         "The majority promise is partly an accounting trick. In a long count many voters rank only "
         "one or two candidates, and when those candidates are eliminated their ballots are set aside. "
         "The winner then has a majority of the ballots still in play, not of the people who voted. "
         "Studies of American local races have found final-round winners short of a majority of all "
         "ballots cast in a large share of crowded contests.\n\n"
         "The spoiler promise fails in exactly the races where it matters. Alaska's special House "
         "election in August 2022 shows how. The moderate Republican, Nick Begich, would have beaten "
         "either rival head to head, yet he came third on first preferences and was knocked out first. "
         "Voters who wanted the broadly acceptable candidate got someone else, because the order of "
         "elimination, not the preferences of the majority, decided the result.\n\n"
         "Then there is trust. With a single choice, every precinct can count its own ballots on the "
         "night and post the figures. A ranked count needs every ballot gathered in one place before "
         "anyone knows who won; New York's 2021 mayoral primary took weeks, and an early release was "
         "marred by test ballots left in the system. In a country where millions already doubt "
         "election results, slower and harder-to-follow counts are a gift to conspiracy theorists.\n\n"
         "Meanwhile the real distortions in Congress have nothing to do with how a ballot is marked: "
         "gerrymandered districts, closed primaries that reward the extremes, and money. Fix those "
         "directly. Changing the counting method leaves every one of them in place and adds new "
         "problems of its own."),
    ),
    # mediocre; no side stated; short rebuttal ('Some people think ... Actually')
    SideSpeech(
        "candour-prop", "semmelweis-duty-of-candour", "prop", False,
        ("When a doctor makes a mistake that hurts you, you have a right to know. It is your body and "
         "your life. You might need more treatment, you might need to change your plans, or you might "
         "just need to understand what happened. Hiding it is a kind of lying.\n\n"
         "In a lot of places hospitals are only asked to be honest, not made to be. And we know what "
         "happens. Families have had to fight for years to find out why their baby died or why their "
         "mother got worse after an operation. In some of the big maternity scandals in England, like "
         "Shrewsbury and Telford, the same mistakes were repeated again and again because families "
         "were not told the truth and nobody learned.\n\n"
         "Some people think telling patients will mean more lawsuits. Actually, a lot of people sue "
         "because they feel lied to. When hospitals say sorry and explain what went wrong, many "
         "patients do not sue at all. The University of Michigan health system found that its claims "
         "went down after it started telling patients about errors.\n\n"
         "Also, if mistakes are hidden, they happen again. If a drug was given in the wrong dose, "
         "other patients could get the same wrong dose unless people talk about it openly.\n\n"
         "Doctors are human and they will always make mistakes. The point is not to punish them. The "
         "point is that the patient should not be the last person to find out. Making honesty a legal "
         "duty is the only way to be sure it happens every time."),
    ),
    # strong; states side (after an opening concession: 'I am speaking against ...')
    SideSpeech(
        "candour-opp", "semmelweis-duty-of-candour", "opp", True,
        ("Let me be plain about where we agree: a patient harmed by a mistake deserves an honest "
         "explanation and an apology, and a doctor who hides an error is failing that patient. My "
         "quarrel is with the means. I am speaking against turning that duty into a legal requirement "
         "with penalties attached, because the law will produce less honesty, not more.\n\n"
         "Honesty in medicine starts long before a patient is told anything. It starts when a nurse "
         "tells a colleague that she nearly gave the wrong drug, or a junior doctor admits a missed "
         "scan at the morning meeting. Aviation became safe because pilots could report near misses "
         "without fear of punishment. Attach a legal penalty to every harmful error and every "
         "clinician learns the opposite lesson: that an admission is evidence, and the safest course "
         "is to say little and write less.\n\n"
         "Second, a statute needs a clear line that medicine rarely offers. A patient develops an "
         "infection after surgery. Was that an error, bad luck, or the risk they were warned about? "
         "Experienced doctors disagree. A legal duty forces hospitals to decide under threat of "
         "sanction, and they will respond the way institutions always do: with standard letters, "
         "drafted by lawyers, written to cover the hospital rather than to inform the patient.\n\n"
         "England shows the problem. It has had a statutory duty of candour since 2014, and reviews "
         "since then have found trusts treating it as paperwork, counting letters sent rather than "
         "conversations held.\n\n"
         "The duty already exists in every professional code a doctor signs. What makes it real is a "
         "culture of learning, protected reporting, and senior staff who show openness themselves. "
         "Those are worth funding. A legal mandate is not."),
    ),
    # strong; states side (mid-speech); rebuttal ('The standard objection is that ... But')
    SideSpeech(
        "icc-prop", "kant-icc-membership", "prop", True,
        ("The idea behind the International Criminal Court is one we already accept inside every "
         "decent country: that a president, a general and a private soldier answer to the same law. "
         "Since Nuremberg we have said that this holds for the worst crimes across borders too. The "
         "trouble is that we only half mean it.\n\n"
         "Today the court can reach a crime only if it happens on a member's territory, is committed "
         "by a member's national, or is referred by the Security Council. The United States, China, "
         "Russia and India have all stayed out. So the court's reach follows who signed, not who "
         "committed atrocities, and for years its docket was filled with African cases while the "
         "crimes of the powerful went untouched. Critics are right to call that selective. The cure is "
         "universal membership, because a court that can reach everyone no longer has to choose.\n\n"
         "So put me down firmly for the motion: every state, democracies included, should accept the "
         "court's jurisdiction.\n\n"
         "The standard objection is that a democracy with working courts has no need of an outside "
         "tribunal. But the Rome Statute already agrees. Under the principle of complementarity, the "
         "court may act only when a state is unwilling or unable to investigate genuinely. A country "
         "that prosecutes its own war crimes properly has nothing to fear. The only leaders who lose "
         "are those counting on their own courts to look away.\n\n"
         "Nor is the court powerless. It relies on states to arrest suspects, yes, but every new "
         "member is one more state that must hand over a fugitive who lands at its airport. That is "
         "why travel has already become awkward for those under warrant. Universal membership would "
         "leave them nowhere to go."),
    ),
    # mediocre; states side (closing, 'the motion should be defeated')
    SideSpeech(
        "icc-opp", "kant-icc-membership", "opp", True,
        ("The International Criminal Court sounds like a great idea. Nobody wants war criminals to get "
         "away with it. But a court is only as strong as whoever enforces its decisions, and the ICC "
         "has no police and no army.\n\n"
         "It issued an arrest warrant for Omar al-Bashir of Sudan in 2009, and he travelled to several "
         "member countries afterwards and nobody arrested him. South Africa even let him fly home when "
         "one of its own courts had said he should be held. So signing up does not make countries "
         "follow the rules. Making every state join would just mean more countries ignoring it.\n\n"
         "Also, democracies already have their own courts. If a British or American soldier commits a "
         "crime, they can be tried at home, by their own judges, under laws their own people voted "
         "for. Why should a court in The Hague that nobody elected decide instead? That is a question "
         "of sovereignty.\n\n"
         "Another problem is that the threat of being arrested can make dictators cling to power. If a "
         "leader knows he will end up in The Hague the moment he steps down, he has every reason to "
         "keep fighting instead of making a peace deal and going into exile. That means more people "
         "die.\n\n"
         "The ICC has also spent a lot of money and convicted very few people in over twenty years.\n\n"
         "For all these reasons, it should be up to each country whether to join, and the motion "
         "should be defeated."),
    ),
    # strong; no side stated; rebuttal (a rhetorical question answered: 'Won't the taxpayer ...? Partly, and')
    SideSpeech(
        "wages-prop", "goldman-prison-wages", "prop", False,
        ("In many American prisons a man works a full shift in a kitchen, a laundry or on a fire crew "
         "for less than a dollar an hour, sometimes for nothing. In California, incarcerated "
         "firefighters have cut firebreaks on the same lines as professionals for a few dollars a day. "
         "We would call that exploitation anywhere else. A crime changes what a person owes society, "
         "but it does not make the work of his hands worth less.\n\n"
         "Consider the day of release. A person leaves with a bus ticket and a little gate money, a "
         "criminal record and no savings. The first weeks decide a great deal: whether there is a "
         "deposit for a room, whether there is food before the first payslip. People who walk out with "
         "nothing are the ones most likely to go back to what they know. A wage, with part of it saved "
         "for release, turns those weeks from a crisis into a transition.\n\n"
         "A wage also lets people in prison meet their obligations instead of passing them on. "
         "Deductions can go to victims' compensation, to child support, to the family who has been "
         "paying for phone calls and commissary. Today the prisoner's debts fall on the people "
         "outside: on mothers and partners, often poor themselves.\n\n"
         "Won't the taxpayer end up funding all this? Partly, and it is worth it. But much prison work "
         "produces real value, in goods that are sold and services the state would otherwise buy in at "
         "full price. A fair rate also ends the quiet subsidy to firms that use prison labour to "
         "undercut free workers.\n\n"
         "Work paid at the going rate teaches what work is actually like: that effort earns something. "
         "Work paid in pennies teaches only that the system takes."),
    ),
    # mediocre; no side stated
    SideSpeech(
        "wages-opp", "goldman-prison-wages", "opp", False,
        ("Prison is a punishment. People are there because they have hurt someone, and the taxpayer "
         "already pays a lot to keep them there, for their food, their bed, their healthcare and their "
         "guards. In England it costs around fifty thousand pounds a year for each prisoner. Asking "
         "the public to pay them the full minimum wage on top of that is too much.\n\n"
         "Think about a cleaner or a care worker outside who earns the minimum wage. They have to pay "
         "rent, bills and food out of it. A prisoner getting the same amount would have no rent and no "
         "bills. That is not fair on the honest worker, and a lot of people would be angry about it, "
         "rightly.\n\n"
         "Prison jobs are also not like real jobs. The point is to give people a routine, teach them "
         "skills and get them used to working. It is more like training or an apprenticeship. Nobody "
         "expects a trainee to be paid a full wage while they are learning.\n\n"
         "And if prisons had to pay the minimum wage, they could not afford to offer as many jobs. So "
         "fewer prisoners would get to work at all, which is worse for rehabilitation.\n\n"
         "The money would be better spent on education, like reading and maths classes, and on drug "
         "treatment, because those are the things that really stop people reoffending. A small "
         "allowance for prison work is fine. The full minimum wage is not."),
    ),
    # mediocre; no side stated; concedes ('I understand why ... I am not saying')
    SideSpeech(
        "refuse-prop", "russell-einstein-scientists-refuse", "prop", False,
        ("I understand why scientists work on nuclear weapons. The pay is good, the problems are "
         "interesting, and many of them honestly believe they are protecting their country. I am not "
         "saying they are bad people.\n\n"
         "But a weapon that can kill a million people in a second does not come from nowhere. Somebody "
         "has to design it, test it and improve it, and every one of those people made a choice. After "
         "the war, Robert Oppenheimer said that physicists had known sin. Many scientists from the "
         "Manhattan Project spent the rest of their lives campaigning against what they had built. "
         "They understood that the knowledge was theirs and so was the responsibility.\n\n"
         "When famous scientists refuse, people listen. The Russell-Einstein Manifesto in 1955 and the "
         "Pugwash conferences that followed helped start the talks that led to the test ban treaties. "
         "A scientist saying \"I won't do this\" is more powerful than a politician saying it, because "
         "everyone knows the scientist could do it.\n\n"
         "Also, the more scientists work on these weapons, the more new types get made, like smaller "
         "bombs designed to be used on a battlefield. Those make nuclear war more likely, not less.\n\n"
         "If nobody would build them, there would be no bombs. That is not going to happen tomorrow, "
         "but every person who says no makes it a bit harder. Scientists should use their brains to "
         "cure diseases and fight climate change, not to build better ways to end the world."),
    ),
    # strong; states side ('The answer from this side of the House is no'); rebuttal
    SideSpeech(
        "refuse-opp", "russell-einstein-scientists-refuse", "opp", True,
        ("The answer from this side of the House is no: scientists should not walk away from nuclear "
         "weapons work, and the world would be more dangerous if the best of them did.\n\n"
         "Start with a fact nobody can wish away. Nine states hold around twelve thousand warheads, "
         "and none of them will disarm because a physicist resigns. The weapons will be maintained; "
         "the only question is by whom. Ageing warheads need people who understand exactly how they "
         "might fail, whether a component has degraded, whether a safety mechanism still works. An "
         "arsenal tended by the second-rate is not a smaller arsenal. It is a less safe one.\n\n"
         "The case for refusal leans on the moral authority of figures like Joseph Rotblat, the one "
         "scientist who left the Manhattan Project on grounds of conscience. But notice where the arms "
         "control that actually happened came from. The seismology that can detect a hidden test, the "
         "verification methods behind the test-ban treaties, the technical advice that shaped the arms "
         "agreements of the 1980s: much of this came from scientists who knew the weapons from the "
         "inside. A refusal buys a clean conscience. Knowledge buys a seat at the table when the "
         "treaty is written.\n\n"
         "There is also the question of who stays. If conscientious scientists leave, the laboratories "
         "keep the ones with the fewest doubts. The voice that says \"this design is destabilising\" "
         "or \"this test is unnecessary\" vanishes from the room where such things are decided.\n\n"
         "And while deterrence remains the policy of democratic governments, someone must make sure it "
         "is reliable, so that no adversary gambles on it failing. Better that person has a conscience "
         "than not."),
    ),
    # mediocre; states side (closing, 'That is the position we are putting forward')
    SideSpeech(
        "greens-prop", "ritchie-greens-back-nuclear", "prop", True,
        ("Environmentalists say they want to stop climate change, and they say they follow the "
         "science. If that is true, they should be in favour of nuclear power.\n\n"
         "Nuclear power produces almost no carbon dioxide. Over its whole life, including building the "
         "plant and mining the uranium, it is about as clean as wind power. It is also very safe. If "
         "you count deaths per unit of electricity, including Chernobyl and Fukushima, nuclear kills "
         "far fewer people than coal, oil or gas, which kill millions every year through air "
         "pollution.\n\n"
         "The problem with wind and solar is that they only work when the wind blows and the sun "
         "shines. Batteries can cover a few hours but not a cold, dark week in winter with no wind. "
         "Nuclear runs all the time, day and night, so it can keep the lights on when renewables "
         "cannot.\n\n"
         "Look at what happened in Germany. It closed its nuclear plants, partly because of pressure "
         "from green groups, and it ended up burning more coal than it needed to. That means more "
         "pollution and more emissions, which is the opposite of what environmentalists want.\n\n"
         "Green movements have done a lot of good, but on this issue they have been wrong for fifty "
         "years. It is time to change. That is the position we are putting forward: the environmental "
         "movement should get behind nuclear power."),
    ),
    # strong; no side stated; concedes the other side's best point first ('Let me start by granting ... But')
    SideSpeech(
        "greens-opp", "ritchie-greens-back-nuclear", "opp", False,
        ("Let me start by granting the strongest point in nuclear power's favour: per unit of "
         "electricity it is among the safest and lowest-carbon sources we have, and the scare stories "
         "of the 1980s overstated its dangers. But whether green movements should campaign for it is a "
         "different question, and the answer depends on what those movements are for.\n\n"
         "A movement has limited money, volunteers and public attention. Every campaign it runs is a "
         "campaign it does not run. The fastest cuts in emissions this decade are coming from solar, "
         "wind, batteries and efficiency, which can be built in a year or two. New reactors in the "
         "West have become bywords for delay: Hinkley Point C was meant to be generating by 2017 and "
         "is now expected around the end of this decade at roughly double its first price, and Vogtle "
         "in Georgia came in years late and billions over budget. Pouring campaigning energy into the "
         "slowest option, when the goal is speed, is bad strategy.\n\n"
         "The old questions have not gone away either. Finland is opening the world's first deep "
         "repository for spent fuel; almost everywhere else the waste sits in stores meant to be "
         "temporary. The war in Ukraine has added a new risk: a large nuclear plant occupied by an "
         "army. A movement that spent decades raising these concerns cannot drop them without "
         "explanation.\n\n"
         "And a movement lives on trust. Greenpeace, Friends of the Earth and their peers rallied "
         "millions partly on the promise of a safe, decentralised energy system. Swapping that for "
         "enthusiastic backing of large reactors would split supporters at the moment unity matters "
         "most.\n\n"
         "Greens can sensibly stop fighting existing plants that run safely. Championing a new fleet "
         "is a job better left to others."),
    ),
    # strong; states side mid-speech ('So yes, countries ... should'); short rebuttal
    SideSpeech(
        "robots-prop", "capek-care-robots", "prop", True,
        ("By 2050 one person in six on earth will be over sixty-five, and in Japan, Italy and South "
         "Korea the share will be far higher. The people who once cared for them, younger relatives "
         "and low-paid workers, are fewer every year. England's care sector has carried more than a "
         "hundred thousand vacancies. No plausible pay rise or immigration policy fills that gap in "
         "time. The choice is not between robots and people; it is between robots and nobody.\n\n"
         "So yes, countries in that position should bring robots into care, and I want to show what "
         "that looks like, because it is not a metal nurse holding a dying hand.\n\n"
         "It looks like a lifting aid that moves a frail man from bed to chair without a carer "
         "wrecking her back, the most common injury in the job. It looks like sensors that notice a "
         "fall at three in the morning in a room nobody was checking, and dispensers that give the "
         "right pill at the right time. It looks like Paro, a robotic seal, which trials in Japan and "
         "Australia found calmed people with dementia and eased agitation. Every one of these takes a "
         "task off an overstretched carer and gives her back the minutes she needs to sit and talk.\n\n"
         "Some say a machine would make care cold. Ask the residents. Surveys of older people find "
         "many would rather have a machine help them wash or use the toilet than a stranger. Dignity, "
         "for them, is not being watched.\n\n"
         "Carers will remain the heart of care. Robots are how we stop working them into the ground."),
    ),
    # mediocre; no side stated; small concession at the end
    SideSpeech(
        "robots-opp", "capek-care-robots", "opp", False,
        ("Caring for an old person is not like building a car. It is not just a list of tasks like "
         "washing, feeding and giving medicine. It is about talking to them, knowing their life story, "
         "noticing when they are sad, holding their hand. A lot of old people in care homes are very "
         "lonely, and a robot cannot fix loneliness. It can only pretend.\n\n"
         "There is also a dignity problem. If we hand our grandparents over to machines, we are saying "
         "that they are a problem to be managed, not people who deserve our time. That says something "
         "bad about our society.\n\n"
         "Robots are also not as good as the companies say. They are expensive, they break, and "
         "somebody has to set them up, charge them and fix them. A researcher who spent months in "
         "Japanese care homes found that the robots often gave staff extra work and ended up switched "
         "off in a cupboard.\n\n"
         "The real problem is that care workers are paid very badly, so nobody wants the job. In "
         "Britain many carers earn about the minimum wage for very hard work. If the money for robots "
         "went on paying carers properly and training them, more people would do the job, and old "
         "people would get real care from real humans.\n\n"
         "Technology can help with small things, like alarms. But the answer to a shortage of carers "
         "is more carers, not machines."),
    ),
    # strong; no side stated
    SideSpeech(
        "feeds-prop", "murrow-social-news", "prop", False,
        ("A generation ago most people got their news through an editor: someone who decided what went "
         "on the front page, checked it before it ran, and put their name to it. Today, for most "
         "people under thirty-five, that editor is an algorithm whose only instruction is to keep them "
         "scrolling. The change has cost us more than it gave.\n\n"
         "An algorithm that ranks by engagement learns quickly what engages: anger, fear and surprise. "
         "A study of Twitter published in Science in 2018 found that false stories travelled faster "
         "and further than true ones, mostly because people chose to share them. Nobody built a "
         "machine to spread lies; they built one to spread whatever spreads, and lies do.\n\n"
         "Meanwhile the money that paid for reporting moved. Google and Meta now take the lion's share "
         "of digital advertising, and local papers have closed in their thousands. In America nearly a "
         "third of newspapers have gone since 2005, leaving whole counties with nobody covering the "
         "council, the courts or the school board. The platforms did not replace that reporting. They "
         "sell adverts beside the little that is left.\n\n"
         "A story in a feed also arrives stripped of where it came from. A report from a careful paper "
         "and a screenshot from an anonymous account look alike, in the same font, between a holiday "
         "photo and a cat video. Readers stop noticing sources because the feed stops showing them.\n\n"
         "And each feed is tailored, so my picture of the world and my neighbour's no longer overlap. "
         "Democracy needs a shared set of facts to argue over. A public fed by personalised feeds "
         "loses first the facts, then the argument."),
    ),
    # mediocre; states side ('vote this motion down'); rebuttals ('The other side talk as if')
    SideSpeech(
        "feeds-opp", "murrow-social-news", "opp", True,
        ("I don't think there is anything to regret here, and I'll ask you to vote this motion down.\n\n"
         "The other side talk as if the old days of newspapers and television news were perfect. They "
         "were not. A few rich owners and editors decided what counted as news, and a lot of stories "
         "never got told. The Iraq war was sold to the public with very little questioning from the "
         "big papers. Many communities, like ethnic minorities or poor areas, were barely covered at "
         "all, or only when there was a crime.\n\n"
         "Social media changed that. When George Floyd was killed in 2020, the world knew because a "
         "teenager filmed it on her phone and it spread online. During the Arab Spring, people used "
         "Twitter and Facebook to show what their governments were doing. Ordinary people can now "
         "report news that professionals missed or ignored.\n\n"
         "Another claim we keep hearing is that people only see one side in their feeds. But studies "
         "show that people on social media actually come across more different news sources than "
         "people who only read one paper or watch one channel.\n\n"
         "And young people follow the news now. Many young people would never buy a newspaper, but "
         "they see news on TikTok and Instagram every day. Some news is better than no news.\n\n"
         "Yes, there is fake news online and that is a real problem. But the answer is better fact "
         "checking and teaching media literacy, not wishing we could go back to a time when a few "
         "editors decided everything."),
    ),
)


# CHECK_SPEECHES: a third set of twenty-four on twelve further motions (twelve essays), written on
# 2026-12-06 by a helper who saw only the motion files, never the scorer, its tests or the earlier
# sets, and run once on the scorer as it stood (speech-10) before any change. Eighteen never state
# a side; six do, in six phrasings, two of them on motions worded as 'opposes' (stadium subsidies,
# performance-enhancing drugs), where the side and the stance on the policy point opposite ways.
CHECK_SPEECHES: tuple[SideSpeech, ...] = (
    # strong; no side stated; classroom story, answers the other side, concrete alternatives
    SideSpeech(
        "phones-prop", "carr-phones-in-schools", "prop", False,
        ("Last spring a maths teacher I know tried an experiment. For one week her Year 9 class put "
         "their phones in a box by the door as they came in. By Thursday, she told me, the room "
         "sounded different: fewer buzzes, fewer heads dipping under desks, and for the first time "
         "that term a pupil asked a follow-up question about the lesson rather than about when it "
         "would end.\n\n"
         "That small story matches what schools keep finding. Attention is not a tap a "
         "fourteen-year-old can turn on at will. The device in the pocket is built by very clever "
         "engineers to win exactly that contest, and a teacher with a whiteboard is outgunned. Even a "
         "silent handset is a standing invitation to check, just once, and then again. Take the thing "
         "out of the school day and the contest simply disappears.\n\n"
         "The children who gain most are not the top set. A confident reader from a bookish home will "
         "probably cope either way. It is the child who already finds school hard, who is one "
         "notification away from giving up on a paragraph, who loses the lesson. Lockers at the gate "
         "are one of the cheapest ways we have to narrow the distance between those two pupils.\n\n"
         "Some will say the answer is to teach self-control rather than remove temptation. That "
         "misreads how we teach anything. We do not teach road safety by letting seven-year-olds cross "
         "motorways; we set limits first and widen them as judgement grows. Others worry that parents "
         "cannot reach their children. The school office has a landline, as it always has, and a pupil "
         "with a medical need keeps their device.\n\n"
         "And think about the playground. When every pupil knows nobody else has a phone either, "
         "nobody has to be the first to look up. Break becomes football and gossip again instead of "
         "forty children scrolling in silence, and a scuffle is no longer filmed and shared before a "
         "teacher arrives. That is a better school, for learning and for childhood."),
    ),
    # medium; STATES side ("From the Opposition bench, our answer is no"); rhetorical questions
    SideSpeech(
        "phones-opp", "carr-phones-in-schools", "opp", True,
        ("From the Opposition bench, our answer to this proposal is a firm no, and I want to put three "
         "questions to the other team.\n\n"
         "First, where does the damage actually happen? Not in double chemistry. It happens at one in "
         "the morning, in a bedroom, when a thirteen-year-old is still scrolling through strangers' "
         "highlight reels. Confiscating the device from nine till three does nothing about that, and "
         "it lets everyone feel they have acted while the real problem carries on untouched at home.\n\n"
         "Second, who teaches young people to live with these devices if school will not? They will "
         "carry one for decades to come. Every workplace they enter will expect them to use it well "
         "and put it down when it matters. A school is exactly the place to practise that, with adults "
         "watching and guiding, rather than pretending the technology does not exist until the day "
         "they leave.\n\n"
         "Third, what do the studies really show? Some schools report better grades after restricting "
         "phones; others, looking carefully, find little change in results or in how pupils feel. When "
         "the evidence points both ways, a blanket national rule is a bet, not a cure.\n\n"
         "Meanwhile the costs are real. Teachers become customs officers, spending the first ten "
         "minutes of a lesson checking pockets and arguing over confiscations. A child whose parent "
         "works night shifts loses the one way to hear that plans have changed. A pupil who uses a "
         "translation app, a calculator or a reading tool loses a resource a poorer family cannot "
         "replace with a laptop.\n\n"
         "Schools can set clear rules for lessons, teach what healthy use looks like, and involve "
         "parents in what happens after dark. That is harder than a padlocked box, but it is the "
         "approach that treats pupils as people who are learning to manage their lives."),
    ),
    # medium-strong; no side stated; opens with a concession ("Granted ... But"), figures
    SideSpeech(
        "death-prop", "beccaria-us-death-penalty", "prop", False,
        ("Granted, some crimes are so cruel that the wish to see the killer die is entirely human. I "
         "feel it myself when I read about a child murdered or a family wiped out. But a justice "
         "system is not built on how we feel on the worst day. It is built on what it does across "
         "thousands of cases and many decades, and on that record executions fail.\n\n"
         "Start with the error rate. Since the 1970s, close to two hundred Americans sentenced to "
         "death have later been cleared and released. These were not technicalities; some had spent "
         "twenty years waiting to be killed for something they did not do. Every one of them was "
         "convicted by a jury that was sure. If a prison sentence turns out to be wrong, we can open "
         "the cell door and pay compensation. Once the needle goes in, there is nothing left to "
         "correct.\n\n"
         "Next, ask who ends up on death row. Not simply the worst murderers, but the defendants with "
         "overworked public lawyers, in the handful of counties whose prosecutors still seek this "
         "sentence, often where the victim was white. Two people who commit the same crime a few miles "
         "apart can face entirely different fates. That is a lottery, not justice.\n\n"
         "Does it at least protect anyone? States that have given up executions do not have higher "
         "murder rates than those that kept them; if anything the reverse. Killers rarely weigh the "
         "sentencing law of the state they are in before they act.\n\n"
         "And it is expensive. Capital trials and the appeals they require cost far more than keeping "
         "someone in prison for life, money better spent on detectives, victim services and solving "
         "the cold cases that leave families without answers.\n\n"
         "A whole-life prison term protects the public, punishes severely, and leaves room to repair a "
         "mistake. Nothing further is needed, and the risk of killing an innocent person is too high a "
         "price for a punishment that buys us nothing."),
    ),
    # weak; no side stated; vague, repetitive appeal to justice and victims
    SideSpeech(
        "death-opp", "beccaria-us-death-penalty", "opp", False,
        ("Justice matters. That is really the main thing I want to say today. When someone takes a "
         "life in the worst possible way, justice has to mean something, and the families of the "
         "victims deserve to see justice done.\n\n"
         "Think about the worst crimes you can imagine. A man who tortures and kills children. A "
         "terrorist who bombs a crowd. Is a prison cell with a television and three meals a day really "
         "justice for that? I don't think it is. Some crimes are just so bad that the punishment has "
         "to match them, and only one punishment matches them.\n\n"
         "People say mistakes happen. But mistakes happen everywhere, in hospitals and on roads, and "
         "we don't stop doing everything. We have DNA now and we have appeals, lots of appeals, so the "
         "chance of getting it wrong is very small, and we can make it smaller. That is the answer, "
         "not getting rid of the punishment altogether.\n\n"
         "Also, the people have spoken. In many states voters keep this punishment in place again and "
         "again, and in a democracy that should count for something. Who are we to tell them they are "
         "wrong about justice in their own state? They know what their communities need.\n\n"
         "And the families. Again, it comes back to the families. They wait for years and they deserve "
         "closure. Some of them say that seeing the sentence carried out is the only thing that lets "
         "them move on. We should listen to them.\n\n"
         "So in the end it is about justice. Keep the option for the very worst of the worst, the "
         "cases where there is no doubt at all. That is what justice means, and that is what the "
         "victims deserve."),
    ),
    # weak-medium; no side stated; string of rhetorical questions, one example, repetitive
    SideSpeech(
        "blasphemy-prop", "voltaire-repeal-blasphemy-laws", "prop", False,
        ("Who gets to decide what is sacred? The police? A judge? A minister? And once they have "
         "decided, whose gods do they pick? Mine? Yours? The majority's?\n\n"
         "Should a cartoonist go to prison for a drawing? Should a teenager be arrested for a joke on "
         "the internet about a prophet? Should a novelist have to check every chapter with a lawyer in "
         "case a believer somewhere takes offence? If your answer to any of these is no, then there is "
         "no reason to keep offences of insulting religion on the statute books.\n\n"
         "Look at where such offences do the most damage today. In Pakistan an accusation of insulting "
         "Islam can lead to a death sentence, and far too often the accused is a Christian or an "
         "Ahmadi whose neighbour wanted their land or settled a grudge. The law does not protect faith "
         "there; it arms the powerful against the weak. Every democracy that keeps a similar offence, "
         "however dusty, gives those governments a handy excuse.\n\n"
         "Ireland asked its people in 2018 whether the offence should stay in its constitution, and "
         "they voted to take it out. Did churches empty? Did riots follow? Nothing of the kind. "
         "Believers still worship freely, and they are still protected from threats, violence and "
         "harassment by the ordinary criminal law, just like everyone else.\n\n"
         "That is the point, really. People deserve protection. Ideas do not. A belief should be "
         "strong enough to survive a joke, and if it is not, the state cannot make it so.\n\n"
         "So again: who decides? Nobody should. Not the police, not the judges, not the ministers. Let "
         "people mock, argue, doubt and believe as they choose, and keep the criminal law for what "
         "actually hurts people."),
    ),
    # strong; no side stated; answers the other side ("Some will say ... That misreads"), examples
    SideSpeech(
        "blasphemy-opp", "voltaire-repeal-blasphemy-laws", "opp", False,
        ("Some will say these offences are relics, that they guard ideas rather than people, and that "
         "a free society must tolerate any insult to any faith. That misreads what such laws do in a "
         "modern democracy. Nobody in Germany, Austria or Denmark is prosecuted for doubting God, "
         "writing a sceptical book or arguing that a religion is false. The laws that remain are "
         "narrow. They reach the person who sets out to degrade a community by attacking what it holds "
         "most dear, in public, in order to provoke.\n\n"
         "Consider what happened in Scandinavia in 2023. A handful of activists burned copies of the "
         "Quran outside embassies and mosques, filmed it, and did it again. Embassies were stormed "
         "abroad, citizens travelling in the Middle East were put at risk, and Muslims at home were "
         "told, in the most vivid way available, that they were not welcome. Denmark's parliament "
         "responded by making the improper treatment of sacred texts an offence. That was not "
         "censorship of debate. It was a democracy deciding that a calculated act of humiliation is "
         "not a contribution to anyone's understanding.\n\n"
         "Who bears the cost when such laws disappear? Rarely the established church, which can shrug "
         "off a cartoon. It is the small mosque, the synagogue with a guard on the door, the Sikh "
         "family whose temple is daubed with paint. General offences covering threats and stirring up "
         "violence do not catch a lot of this, because the aim is contempt, not violence, and the harm "
         "is to a group's standing rather than to one named person.\n\n"
         "Europe's human rights court has accepted that states may draw this line, and different "
         "countries draw it differently, through their own parliaments, after their own histories. "
         "That variety is healthy. A narrow, rarely used offence, with a high bar for prosecution, "
         "keeps religious peace without silencing argument. Keeping it costs free thought almost "
         "nothing; scrapping it hands the provocateur a licence."),
    ),
    # weak; no side stated; vague, repetitive, one rhetorical question
    SideSpeech(
        "divest-prop", "mckibben-university-divestment", "prop", False,
        ("Climate change is the biggest problem of our time. Everyone knows that. The floods, the "
         "fires, the heatwaves, it is getting worse every year and young people are the ones who will "
         "have to live with it.\n\n"
         "Universities are supposed to be about the future. They are supposed to be about knowledge "
         "and truth and making the world better. So why are so many of them still putting their money "
         "into oil, coal and gas companies? It just doesn't make sense. It is hypocritical. On Monday "
         "a professor teaches students about global heating, and on Tuesday the finance office buys "
         "shares in the companies causing it.\n\n"
         "Students care about this. Lots of students have campaigned about it for years. They want "
         "their university to match its values, and I think they are right. If the university says it "
         "cares about the planet, it should act like it. Actions speak louder than words.\n\n"
         "Also, it sends a message. When big famous universities pull their money out, people notice. "
         "It becomes a story. It shows that these companies are not respectable any more, and that "
         "matters because companies care about their image. Over time the message spreads and other "
         "investors follow, like pension funds and churches, and that adds up.\n\n"
         "And the money does not just vanish. It can go into renewable energy, into clean technology, "
         "into things that are actually the future. Those investments will probably do better anyway "
         "in the long run, because the world is moving away from fossil fuels whether the companies "
         "like it or not.\n\n"
         "So it is about values, and it is about the future, and it is about sending a message. "
         "Universities should be remembered for getting this one right."),
    ),
    # strong; no side stated; rebuttal of the other side, market mechanism, alternatives
    SideSpeech(
        "divest-opp", "mckibben-university-divestment", "opp", False,
        ("Some will say that selling the shares sends a signal the industry cannot ignore. That gets "
         "the mechanics of a stock market backwards. Every share a university sells is bought by "
         "somebody else, usually a fund that cares nothing about the climate and is delighted to pick "
         "up a bargain. The oil company's plans do not change by a single barrel. The only thing that "
         "changes is who sits in the room when those plans are discussed.\n\n"
         "And that room matters. Owners can file resolutions, remove directors and demand emissions "
         "targets. In 2021 an activist fund holding a sliver of America's largest oil company "
         "persuaded enough fellow owners to put three climate-minded directors on its board. That was "
         "possible only because people who cared about the climate still held shares. A university "
         "that walks away gives up its voice at exactly the moment the argument inside these firms is "
         "being fought.\n\n"
         "Then remember what an endowment is for. It pays for scholarships, for junior lecturers, for "
         "the library and, yes, for climate research. Trustees have a legal duty to manage it for "
         "those purposes over the long term. Cutting out a whole sector narrows the portfolio and, in "
         "some years, costs real money that would otherwise have funded a student from a poor "
         "family.\n\n"
         "The deeper problem is demand. The world still heats its homes, moves its goods and makes its "
         "steel with fossil fuels. Shrinking that demand takes engineering, policy and research, which "
         "is what universities are good at. Some of the same energy companies are also among the "
         "biggest builders of offshore wind and carbon capture, and they hire our graduates to do "
         "it.\n\n"
         "So if a university wants to act on climate, it has better tools: cut its own campus "
         "emissions, put money into clean-energy research, use its shareholder votes hard, and teach. "
         "A symbolic sale feels good for an afternoon; those things change the numbers."),
    ),
    # strong; no side stated; patient story, comparison of places, answers an objection
    SideSpeech(
        "salaried-prop", "gawande-salaried-doctors", "prop", False,
        ("Let me tell you about Margaret. She is seventy-eight, with a sore knee. Over three months "
         "she had two scans, an X-ray, three specialist appointments, a course of injections and a "
         "referral for surgery she did not want. Each of those was a separate bill, and each bill was "
         "income for someone. Nobody in that chain was a villain. But nobody was paid to ask the "
         "simplest question: does Margaret actually need any of this?\n\n"
         "That is the trouble with paying per item. When every test and every visit earns money, the "
         "system quietly leans towards more tests and more visits. Atul Gawande showed that one Texas "
         "town spent roughly twice as much per patient as similar towns nearby, with no better "
         "results, largely because local doctors did more of everything. More is not harmless. Every "
         "scan can find a shadow that needs a biopsy, every procedure carries a risk of infection, "
         "every extra drug an interaction.\n\n"
         "Now look at places where doctors earn a steady wage: the Mayo Clinic, Kaiser Permanente, the "
         "Cleveland Clinic. They are not famous for lazy medicine. They are famous for teams who talk "
         "to each other, because a cardiologist gains nothing by keeping a patient away from a "
         "colleague, and for decisions made on what the evidence says rather than on what pays.\n\n"
         "Some will say a fixed wage makes doctors idle. Ask the salaried hospital doctors in any "
         "country how idle they feel. Professionals respond to their training, their peers and their "
         "patients; a salary removes one distorting pull, it does not remove all the others. Where "
         "productivity is a worry, managers can set workloads and review them.\n\n"
         "There is also the plain matter of budgets. Whoever pays, insurer or taxpayer, can plan "
         "around a salary bill. An open-ended stream of fees cannot be planned around. Margaret "
         "deserved a doctor whose only reason to order a test was her knee."),
    ),
    # medium; no side stated; concession first, then alternatives
    SideSpeech(
        "salaried-opp", "gawande-salaried-doctors", "opp", False,
        ("Granted, paying for each procedure can tempt some doctors to order one test too many. Nobody "
         "here defends the clinic that scans every sore back. But swapping that system for a flat wage "
         "trades one distortion for a worse one.\n\n"
         "A fixed wage pays the same whether a doctor sees twelve patients a day or twenty. Most "
         "doctors are conscientious, but incentives work at the margin, and at the margin a flat wage "
         "rewards the shorter list, the earlier finish, the referral passed on to someone else. "
         "Countries that rely on salaried specialists know the result: long queues for hip "
         "replacements and cataract surgery, and patients who suffer for months while the system saves "
         "money on paper.\n\n"
         "It also matters why costs differ from place to place. Some towns spend more because their "
         "patients are older, poorer and sicker. Blaming the payment method for every gap ignores the "
         "people behind the numbers. Where a local culture of over-treatment really exists, it can be "
         "tackled directly, with audits, peer review and clinical guidelines.\n\n"
         "There are better designs than either extreme. Bundled payments give a surgical team one sum "
         "for an operation and everything around it, from first consultation to final check-up, so "
         "extra tests eat into their margin rather than add to it. Bonuses tied to outcomes, such as "
         "fewer readmissions or better control of diabetes, reward what patients care about. These "
         "reforms keep the link between effort and pay while cutting the link between volume and "
         "pay.\n\n"
         "Finally, think about who actually provides care. In many countries a large share of doctors "
         "are self-employed and own their surgeries. Forcing them all onto a payroll means buying or "
         "closing those practices, creating huge new employers, and risking that experienced doctors "
         "retire early rather than become employees. A gentler reform would fix the incentives without "
         "tearing up the whole workforce."),
    ),
    # medium; no side stated; personal story, rhetorical questions
    SideSpeech(
        "birthright-prop", "vitoria-birthright-citizenship", "prop", False,
        ("Imagine a girl called Amina. She was born in a hospital in this country. She learned to read "
         "in its primary schools, she cheers for its football team, she has never visited the country "
         "her parents left, and she speaks her parents' language badly. At eighteen she applies for a "
         "student loan and is told she is not a citizen of anywhere she has ever lived. What exactly "
         "did she do wrong?\n\n"
         "The honest answer is nothing. Her parents may have overstayed a visa; she did not. We do not "
         "usually punish children for their parents' choices, and we should not do it with something "
         "as basic as the right to belong to the only home they know.\n\n"
         "What happens instead, where the rule depends on the parents' papers? Children grow up in a "
         "legal limbo. Some end up stateless, because their parents' country will not register them "
         "either. They cannot travel, cannot always work legally, and can be threatened with removal "
         "to places they have never seen. A permanent underclass, born here, raised here, and shut out "
         "here, is not good for them or for anyone else.\n\n"
         "A simple territorial rule also protects everyone else. Once citizenship depends on checks of "
         "parents' status, some official has to run those checks, and a future government can tighten "
         "them whenever it wants a headline. A birth certificate, by contrast, is hard to argue with. "
         "The United States and Canada have worked this way for generations and remain among the most "
         "successful nations of immigrants in the world.\n\n"
         "People worry about women flying in to give birth. The numbers are tiny, and visa rules can "
         "deal with fraud directly without stripping rights from millions of ordinary children. So ask "
         "yourself: where was Amina born? Here. Then she is one of us."),
    ),
    # weak; no side stated; vague, repetitive, little evidence
    SideSpeech(
        "birthright-opp", "vitoria-birthright-citizenship", "opp", False,
        ("Citizenship is precious. It is one of the most important things a country can give someone, "
         "and because it is so important it should mean something. It should not be handed out "
         "automatically just because of where a birth happens to take place.\n\n"
         "Being born somewhere is, in a way, an accident. A plane lands, a baby arrives, and suddenly "
         "that baby is a citizen of a country the family may have no connection to at all. That "
         "doesn't seem right. Belonging should be about real links, family, living there, growing up "
         "there, not an accident of geography.\n\n"
         "Most countries understand this. In Europe, in Asia, in most of the world, you don't get "
         "citizenship just for being born on the soil. They look at the parents, or how long someone "
         "has lived there. These are normal democracies and they have thought about it carefully. Are "
         "they all wrong? I don't think so.\n\n"
         "There is also the problem of people coming just to give birth. If you make it automatic, "
         "some people will take advantage, and there are agencies that sell this kind of trip. That is "
         "not fair on people who wait in line and follow the rules. It makes citizenship into "
         "something you can buy with a plane ticket.\n\n"
         "And it doesn't really fix anything. The parents are still in the same position. If they are "
         "here illegally, they are still here illegally, and now the family is split between statuses, "
         "which is complicated for everyone.\n\n"
         "So I just think citizenship should mean something. It should be about real ties and real "
         "commitment. Countries can still give children a path to citizenship when they grow up here, "
         "but making it automatic at birth goes too far."),
    ),
    # strong; no side stated; the motion is worded "opposes the ban" so this speech argues to lift it;
    # rebuttal of the safety objection, examples
    SideSpeech(
        "ped-prop", "coubertin-performance-enhancing-drugs", "prop", False,
        ("Let us be honest about what the current rules achieve. Lance Armstrong won seven Tours de "
         "France while passing hundreds of tests. A Russian state programme swapped urine samples "
         "through a hole in a laboratory wall at the Sochi Games. Dozens of Olympic medals from London "
         "2012 were reassigned years later, after the ceremonies nobody remembers. Testing catches the "
         "careless and the unlucky. The organised and the well-funded carry on.\n\n"
         "So the real choice is not between clean sport and chemical sport. It is between doping in "
         "secret and doping in the open. In secret, athletes buy substances of unknown purity from "
         "dubious suppliers, guess at doses, and hide symptoms from the very doctors who could help "
         "them. In the open, a team doctor can prescribe, measure and stop. A clear health limit, such "
         "as a ceiling on red blood cells, protects the heart far better than a list of forbidden "
         "molecules that chemists keep one step ahead of.\n\n"
         "Some will say that this forces every athlete to take drugs. They already feel that pressure, "
         "because they know rivals are cheating. Lifting the prohibition does not create the pressure; "
         "it removes the lie and lets a clean competitor see the true field.\n\n"
         "Consider, too, how arbitrary the line already is. Altitude tents that raise oxygen-carrying "
         "capacity are legal; the same effect from an injection is cheating. Laser eye surgery, "
         "carbon-fibre shoes and caffeine are all fine. Sport has never been a contest of untouched "
         "bodies.\n\n"
         "Finally, these are adults. We let them box, climb Everest and race motorbikes at two hundred "
         "miles an hour. Letting a grown woman decide, with medical advice, what to put into her own "
         "body is more respectful than paying officials to inspect it for the rest of her career."),
    ),
    # medium; STATES side ("I oppose this motion"); defends keeping the ban; concession
    SideSpeech(
        "ped-opp", "coubertin-performance-enhancing-drugs", "opp", True,
        ("I oppose this motion, and I do so because I want the prohibition kept. I accept that testing "
         "is imperfect and that some cheats escape. But a rule that is sometimes broken is not a rule "
         "we should tear up; we do not legalise burglary because some burglars are never caught.\n\n"
         "Think about what an open market in doping would mean for the athlete who would rather not. "
         "Today she can say no and still hope to win, because most of her rivals are clean and the "
         "cheats risk disgrace. Once the prohibition goes, saying no means losing. Every medal would "
         "go to whoever accepts the highest dose the rules allow, and the health limits would simply "
         "become the new target. Freedom for one person becomes an obligation for everyone in the "
         "field.\n\n"
         "And the damage is real. East German swimmers given steroids as teenagers in the 1970s and "
         "1980s later spoke of heart disease, liver tumours and children born with defects. Cyclists "
         "in the late 1980s died in their sleep as blood thickened by EPO clogged their hearts. "
         "Medical supervision reduces some risks, but nobody yet knows what decades of high doses do "
         "to a body, and the athletes who would find out are young.\n\n"
         "It would not stop at the elite, either. Children copy their heroes. If the Olympic champion "
         "takes growth hormone openly, the sixteen-year-old hoping for a scholarship will buy it "
         "online, without a team doctor anywhere in sight.\n\n"
         "Lastly, ask what we are watching for. We admire a sprinter because of her training, her "
         "talent and her nerve. Turn the race into a contest between laboratories and we lose the "
         "reason anyone cares. Keep the rules, fund better testing, and keep sport a test of people."),
    ),
    # medium-strong; STATES side ("I urge you to vote for this motion"); risk argument, analogy
    SideSpeech(
        "ai-prop", "butler-ai-pause", "prop", True,
        ("I urge you to vote for this motion, and I will give you three reasons.\n\n"
         "First, we do not let anyone sell a new drug, fly a new airliner or open a nuclear plant "
         "until it has passed tests that independent experts agree on. The strongest AI models are now "
         "used by hundreds of millions of people, can write working code, and have shown in laboratory "
         "trials that they can deceive their testers. Yet there is no agreed test they must pass "
         "before the next, larger one is trained. The people building them openly say they do not "
         "fully understand how they work. That alone should make us stop and write the exam before we "
         "admit the next candidate.\n\n"
         "Second, the people building these systems are in a race. Each laboratory worries that "
         "pausing to check for danger lets a rival overtake it and take the investors, the talent and "
         "the market. Nobody inside that race can afford to be careful on their own. A rule that "
         "applies to all of them at once is the only way to let each of them do what many of their own "
         "engineers say they want: take the time to get safety right.\n\n"
         "Third, the pause is narrow. It does not touch the models we already have, or the hospitals "
         "using them to read scans, or the start-ups building products on top of them. It only stops "
         "the next jump in scale until governments agree on standards and an independent body to check "
         "them. Most of the benefits people talk about come from using today's systems well, not from "
         "training ever-larger ones next year.\n\n"
         "Meanwhile the harms we can already see, from fake images used for fraud to cheap help for "
         "would-be hackers, grow with every increase in capability. If those standards can be agreed "
         "quickly, the pause will be short. If they cannot, that is exactly the situation in which "
         "racing ahead is most reckless."),
    ),
    # strong; no side stated; answers the other side, geopolitical and practical arguments
    SideSpeech(
        "ai-opp", "butler-ai-pause", "opp", False,
        ("Some will say it is reckless to create systems nobody can yet steer. That has it the wrong "
         "way round. Nobody learns to make a technology safe by refusing to build it. Aircraft became "
         "safe through flying, crashing, investigating and improving, not through a freeze until the "
         "perfect rulebook was written.\n\n"
         "Start with the world as it is. The United States, China, and a growing list of other "
         "countries all have laboratories capable of training frontier systems. Agreement on common "
         "standards between them could take a decade, if it comes at all. A halt that binds only the "
         "countries willing to sign simply hands the lead to those that will not. Is the world safer "
         "if the most capable systems are built by the states least interested in openness and safety "
         "research?\n\n"
         "Next, the cost is not zero. More capable models are already helping to predict protein "
         "structures, design new antibiotics, and find patterns in medical scans that doctors miss. "
         "Each year of delay in that work has a price, measured in illnesses that go untreated and "
         "discoveries that come later.\n\n"
         "Then there is the question of what exactly would be stopped. A limit set by the computing "
         "power used in training sounds precise, but engineers keep getting more out of less. Within a "
         "couple of years a model trained below the threshold may beat one trained above it. Firms "
         "will split their training runs, move them abroad, or relabel them. A rule that draws its "
         "line in the wrong place, or that lawyers can step around, is not a safety measure; it is a "
         "gesture.\n\n"
         "The sensible path is to police what these systems are used for: strict rules for AI in "
         "medicine, hiring, weapons and elections, serious penalties for fraud and deepfakes, and "
         "public money for safety research. That tackles the harms we can see, without betting our "
         "future on every rival keeping a promise."),
    ),
    # medium; STATES side ("I am proud to propose ..."); examples, rebuttal
    SideSpeech(
        "vote16-prop", "condorcet-votes-at-sixteen", "prop", True,
        ("I am proud to propose that we let sixteen- and seventeen-year-olds vote, and I want to start "
         "with what we already ask of them. First, at sixteen, in many countries, a young person can "
         "leave school, work full time, pay income tax and join the army as a recruit. We trust them "
         "with all of that, and then tell them they are not ready to put a cross on a ballot paper.\n\n"
         "Second, look at who lives with the consequences. Decisions taken today on pensions, housing, "
         "climate and debt will shape the next sixty years. A seventeen-year-old will live through all "
         "of them; many of the people currently choosing will not. It is strange to give the least say "
         "to those with the most at stake.\n\n"
         "Third, think about habit. Voting is something people learn to do, like registering with a "
         "doctor. At eighteen most young people are moving out, starting university or work, changing "
         "address and falling off the electoral roll. At sixteen most are still at home and at school, "
         "where a teacher can explain how it works and a parent can take them to the polling station. "
         "Scotland lowered the age for its own elections, and sixteen- and seventeen-year-olds there "
         "turned out in larger numbers than voters just a few years older. Austria has let them vote "
         "nationally since 2007 without any of the disasters that were predicted.\n\n"
         "The other team will say teenagers are uninformed. Some are. So are plenty of adults, and we "
         "have never made voting depend on passing a test. Studies of young voters find they are about "
         "as consistent in their views as older first-time voters.\n\n"
         "Giving young people a voice also changes what politicians talk about. When a group can vote, "
         "parties start to court it. That is how democracy should work."),
    ),
    # medium; no side stated; concession then argument about consistency and readiness
    SideSpeech(
        "vote16-opp", "condorcet-votes-at-sixteen", "opp", False,
        ("Granted, plenty of sixteen-year-olds are sharper and better informed than some adults I "
         "know. But the franchise is not a prize for the brightest individuals; it is a line drawn for "
         "everyone, and the question is where that line sits best. Eighteen is where almost every "
         "democracy has settled it, and for good reasons.\n\n"
         "Eighteen is the age at which we treat people as fully responsible. It is when you can sign a "
         "binding contract, buy alcohol, sit on a jury, and be tried as an adult. Tying the ballot to "
         "the same moment keeps the law coherent. If sixteen-year-olds are mature enough to choose a "
         "government, why are they not mature enough to choose a tattoo or a mortgage? Pulling one "
         "right forward on its own invites the obvious next step of pulling the others forward too, or "
         "else it admits the line was arbitrary.\n\n"
         "There is also independence. At sixteen most people still live with their parents, depend on "
         "them for money, and spend their days with teachers who grade them. That is not a criticism "
         "of teenagers; it is simply their situation. A vote cast under the roof and influence of "
         "others is less freely one's own, and parties know it. Expect campaigns aimed at school gates "
         "and at feeds designed for fifteen-year-olds.\n\n"
         "And what do we gain? The claimed boost to lifelong turnout is uncertain. Where the age has "
         "been lowered, results have been mixed: some first-time voters turned out, many did not, and "
         "it is hard to separate any effect from the excitement of a single referendum.\n\n"
         "Better to invest in what actually builds engaged citizens: good civic education, mock "
         "elections in schools, and automatic registration at eighteen so that nobody falls off the "
         "roll when they move out. That brings young people in without blurring the line of adulthood."),
    ),
    # strong; STATES side ("We on the Proposition stand firmly against ..."); motion worded as "opposes",
    # so the speech is Proposition while arguing against the subsidy; evidence
    SideSpeech(
        "stadium-prop", "bastiat-stadium-subsidies", "prop", True,
        ("We on the Proposition stand firmly against handing public money to the owners of "
         "professional sports grounds, and I want to show you why the case is about as settled as "
         "economics gets.\n\n"
         "For thirty years economists have studied what happens to cities after they pay for a new "
         "arena. Left and right, they reach the same verdict: little or no gain in local jobs or "
         "incomes. Surveys of the profession find near unanimity on this, which is rare for a "
         "discipline known for arguing with itself.\n\n"
         "Why does the promised boom never arrive? Because a family has a budget for a night out. If "
         "they spend it on match tickets and stadium burgers, they do not spend it at the cinema, the "
         "bowling alley or the restaurant across town. The money moves; it does not multiply. "
         "Meanwhile the stadium sits empty most days of the year, and the profits from the days it is "
         "full flow to the club and its players, many of whom do not live in the city at all.\n\n"
         "Then look at how these deals get made. Owners hint that they might move to another city, and "
         "mayors bid against each other with land, tax breaks and bonds. The club wins whichever city "
         "pays. When the deal goes wrong, the taxpayer is left with the debt: more than one American "
         "county has cut services to keep paying for a stadium that the team later called outdated.\n\n"
         "Nobody is saying a city must not love its team. If the club is as valuable as its owners "
         "claim, private investors will happily build the ground, and fans can buy the tickets. Public "
         "money should go to what the market will not provide: schools, clinics, buses and parks that "
         "people use every day, not twenty afternoons a year."),
    ),
    # weak; no side stated; vague civic pride, one real example, repetitive
    SideSpeech(
        "stadium-opp", "bastiat-stadium-subsidies", "opp", False,
        ("A team is part of who a city is. When people think of Liverpool or Green Bay or Barcelona, "
         "they think of the team. It gives people something to share, something to talk about at work "
         "on Monday morning, something that brings strangers together. You cannot put a price on that, "
         "and economists with their spreadsheets always miss it.\n\n"
         "Imagine losing your team. That is what happened in Oakland. First the Raiders left for Las "
         "Vegas, then the Warriors went across the bay, then the baseball team left as well, because "
         "other cities were willing to help with new grounds and Oakland was not. Ask people there "
         "whether the city feels better off now. It doesn't. Something was lost that will not come "
         "back.\n\n"
         "And cities pay for lots of things. They pay for museums, for theatres, for concert halls, "
         "for parks. Nobody says a museum has to make a profit. So why is sport the one thing that is "
         "supposed to pay its own way? That seems unfair, especially because far more ordinary working "
         "people go to matches than go to the opera.\n\n"
         "A new ground can also bring life to a run-down area. Bars open, restaurants open, people "
         "come who never came before. It can be the start of something bigger for a neighbourhood that "
         "everyone had given up on.\n\n"
         "So it is about pride, and it is about community, and it is about keeping the team. A bit of "
         "help from the city is worth it for something that means so much to so many people. Cities "
         "that help their teams keep their teams, and cities that don't, lose them."),
    ),
    # strong; no side stated; historical examples, answers an objection, narrow exception
    SideSpeech(
        "source-prop", "zola-source-shield", "prop", False,
        ("For thirty years the Washington Post kept one secret: the identity of the man who guided its "
         "reporters through the Watergate scandal. Mark Felt was the second most senior official in "
         "the FBI. He spoke because he trusted that his name would never be handed over. Without that "
         "promise, a president who broke the law might have finished his term.\n\n"
         "Almost every great exposure works like that. The nurse who reports that patients are dying "
         "of neglect, the civil servant who sees contracts steered to a minister's friends, the "
         "soldier who photographs abuse: they risk their jobs, their pensions and sometimes their "
         "freedom. They will speak only if they are sure the reporter cannot be made to name them. A "
         "promise that a judge can override whenever it is inconvenient is not much of a promise, and "
         "insiders know it.\n\n"
         "There is a second danger. If police and prosecutors can compel journalists to name their "
         "sources, the press becomes an unpaid branch of the investigation. Every notebook becomes "
         "evidence, and every interview with a protester or a whistleblower becomes a possible file "
         "for the state. People who distrust the authorities, often with good reason, will simply stop "
         "talking to reporters at all.\n\n"
         "And the threat is greater now than in Felt's day. Governments can pull phone records, "
         "location data and emails without the journalist even knowing. In several democracies police "
         "have quietly seized reporters' call logs to hunt for leakers. Only a firm legal right, which "
         "covers those records too, restores the confidence that sources need.\n\n"
         "Some ask about the rare case where a life is at stake. A narrow exception for an imminent "
         "threat to life answers that. What it must not become is a routine tool for finding out who "
         "embarrassed the powerful."),
    ),
    # weak-medium; no side stated; chain of rhetorical questions, little evidence
    SideSpeech(
        "source-opp", "zola-source-shield", "opp", False,
        ("Who exactly is a journalist in 2025? The reporter at a national newspaper, surely. But what "
         "about the blogger with four hundred readers? The person who runs a popular channel online? "
         "The activist who posts leaked documents on a forum? Once the law gives a special privilege "
         "to journalists, somebody has to decide who counts, and that somebody will be the state, "
         "which is the last body we should want licensing the press.\n\n"
         "Should a murder trial collapse because a reporter will not say who told her where the weapon "
         "was hidden? Should a man accused of fraud be unable to question the anonymous witness whose "
         "claims ended his career? Courts exist to test evidence. An absolute shield puts some "
         "evidence beyond testing for good.\n\n"
         "And what about the stories that turn out to be false? An unnamed source can say anything. It "
         "can be a rival with a grudge, a political operator, a foreign government. When the claim is "
         "printed and the reputation is ruined, the victim cannot even find out who attacked them, let "
         "alone answer back. Is that freedom of the press, or freedom to smear?\n\n"
         "None of this means journalists should hand over their contacts whenever asked. Most "
         "democracies already let judges weigh the public interest in a free press against the needs "
         "of a particular case, and judges usually find for the journalist. That balance works. It "
         "protects the whistleblower in the ordinary case while leaving room for the rare case where "
         "justice genuinely requires an answer.\n\n"
         "So why replace a careful balance with a blanket privilege? Why trust every editor more than "
         "every judge? I don't think we should, and I don't think most people would, if they were the "
         "ones on trial."),
    ),
    # medium; no side stated; concession first, figures, answers an objection
    SideSpeech(
        "aid-prop", "singer-aid-target", "prop", False,
        ("Granted, not every pound of aid has been well spent. There are stories of palaces, white "
         "elephants and consultants flying business class, and they deserve to be told. But the "
         "question is whether a firm national commitment does more good than leaving the figure to the "
         "mood of each budget, and on that the evidence is clear.\n\n"
         "Think about what aid money has actually bought over the past generation: vaccines that have "
         "saved millions of children, bed nets that halved malaria deaths in parts of Africa, drugs "
         "that turned HIV from a death sentence into a manageable illness. These programmes take years "
         "to build. A clinic cannot hire nurses on a one-year promise, and a vaccination drive that "
         "stops halfway can leave a disease to come back stronger. Money that rises and falls with "
         "every election wastes much of its own value.\n\n"
         "Governments have promised to give seven pence in every hundred pounds of national income "
         "since 1970. Most never have. A promise with no law behind it is the first line cut when a "
         "finance minister needs savings, because the people who lose out cannot vote here. Writing "
         "the floor into law forces a government that wants to cut to say so openly, pass a new law "
         "and defend it, instead of letting the promise quietly fade.\n\n"
         "The cost is small. For a typical rich country it is a fraction of what it spends on pensions "
         "or defence, and less than it loses each year to tax avoidance. The return is large: fewer "
         "epidemics that cross borders, more stable neighbours, fewer people forced to flee.\n\n"
         "Some will say trade matters more. It does, and nothing stops a country doing both. A legal "
         "floor is not a ceiling, and it is not a substitute for good policy elsewhere; it is the "
         "minimum that a rich country can reliably keep."),
    ),
    # medium-strong; STATES side ("I ask you to reject the motion"); quality over quantity
    SideSpeech(
        "aid-opp", "singer-aid-target", "opp", True,
        ("I ask you to reject the motion, not because helping the world's poorest does not matter, but "
         "because a legal percentage is the wrong way to do it.\n\n"
         "A percentage of national income measures how much is spent, not what it achieves. When a law "
         "says a ministry must hit a number by the end of March, officials scramble to push money out "
         "of the door, and the easiest money to spend is rarely the best. Britain, under its own law, "
         "counted the cost of housing asylum seekers at home as foreign aid, which helped it meet the "
         "figure without a single extra school in Africa. That is what legal targets produce: creative "
         "accounting.\n\n"
         "It also ties the hands of elected governments. Budgets must respond to recessions, pandemics "
         "and wars. A figure set in law one year may be impossible to defend the next, and a "
         "parliament will override it anyway, as Britain's did in 2021. All the law achieves is a "
         "fight about the number rather than a debate about what works.\n\n"
         "More importantly, aid is far from the biggest lever. Money sent home by migrants dwarfs "
         "official aid in most poor countries. Open markets for farm goods and textiles, fair tax "
         "rules that stop profits being shifted abroad, and investment in roads and power do more for "
         "growth than grants ever have. Some economists who grew up in Africa argue that large aid "
         "flows prop up governments that no longer need to answer to their own taxpayers.\n\n"
         "So give generously where the evidence is strong: vaccines, malaria control, disaster relief. "
         "Judge programmes by results, cut the ones that fail, and let spending follow the good "
         "projects rather than a percentage. Writing a number into law turns a moral question into an "
         "accounting exercise, and the poor gain nothing from our bookkeeping."),
    ),
)


# LATE_CHECK_SPEECHES: a fourth set of sixteen on eight further motions (three of them from the
# bank's held-out essays), written on 2026-12-06 by a helper who never saw the scorer, its tests or
# the other sets; one speech per side. Twelve never state a side, four do, each in its own words.
# First scored with speech-31 (8 of 16 passed); a check set, never for tuning.
LATE_CHECK_SPEECHES: tuple[SideSpeech, ...] = (
    SideSpeech(
        "plainlaw-prop", "orwell-plain-language-law", "prop", True,
        ("Last spring my grandmother got a letter from her local council. It ran to two pages, cited three"
         " regulations by number, and buried in the fourth paragraph of page two was the only sentence "
         "that mattered: her support payment would stop in fourteen days unless she returned a form she "
         "had never seen. She missed it. It took her four months and a volunteer adviser to get the money "
         "back. She is not unusual, and that is why I'm arguing today that clear writing from the state "
         "should be a legal duty, not a matter of good manners.\n\nFirst, a right you cannot understand is"
         " a right you do not have. Appeal deadlines, eligibility rules, fines, tax demands: these letters"
         " are how the state exercises power over ordinary people. If the instruction is written so that "
         "only a lawyer can follow it, then in practice only people with lawyers get the protection the "
         "law promises. Roughly one adult in six in countries like Britain reads at a level that makes a "
         "typical official letter a real struggle. Writing for them is not a kindness; it is how equal "
         "treatment actually reaches them.\n\nSecond, plain writing saves public money. Every confusing "
         "letter produces phone calls, wrong forms, missed appointments and appeals. When agencies have "
         "rewritten their standard letters, helplines have gone quieter and error rates have fallen. "
         "Clarity is cheaper than confusion.\n\nThird, why a law and not just guidance? Because guidance "
         "already exists almost everywhere, and it is ignored. Style guides sit on intranets while the "
         "same templates go out year after year. A legal duty gives the citizen something to point to and "
         "gives managers a reason to fund the rewrite.\n\nThey will tell you that law is complex and that "
         "simplifying it risks distortion. But plain language does not mean dropping the detail; it means "
         "putting the deadline first, using short sentences and explaining the terms. The precise legal "
         "wording can still sit in an annex. They will say it will breed litigation. But a duty like this "
         "can be enforced through ombudsmen and complaints procedures, not endless lawsuits.\n\nMy "
         "grandmother did not need a simpler law. She needed a clearer letter. Let's make sure the next "
         "one is."),
    ),
    SideSpeech(
        "plainlaw-opp", "orwell-plain-language-law", "opp", False,
        ("Everyone in this room wants letters from the tax office to be readable. Nobody is here to defend"
         " jargon for its own sake. The question is what happens when a matter of style becomes an "
         "obligation that can be enforced, and when you follow that through, the results land hardest on "
         "exactly the people everyone says they want to help.\n\nStart with precision. Official letters "
         "are long and dense because the rules behind them are long and dense. A benefit decision depends "
         "on income thresholds, exceptions, dates and rights of appeal. Every time you compress that into "
         "a friendly two-line summary, something is lost. And when the friendly summary says something "
         "slightly different from the statute, which one binds? The citizen who relied on the simple "
         "version and the official who followed the statute will end up in front of a tribunal, arguing "
         "about a paraphrase.\n\nSecond, look at how bureaucracies respond to duties like this. They do "
         "not hire gifted writers. They buy readability software, chase a score, and add a compliance "
         "checklist to every template. Sentences get shorter; meaning does not get clearer. Meanwhile "
         "every letter becomes something a clever lawyer can challenge: the decision was unlawful because "
         "paragraph three used the word 'liable'. Officials react the way people always react to legal "
         "risk: defensively, slowly, and with more paperwork, not less.\n\nThird, the real problem is not "
         "the prose. It is the rules. The pensioner who misses her deadline usually misses it because the "
         "benefit system demands forms and cut-offs that would confuse anyone, however gently they were "
         "phrased. If you want people to cope, pay for the things that actually work: free advice centres,"
         " interpreters, helplines staffed by humans, and simpler eligibility rules written by Parliament "
         "itself.\n\nThey will tell you that guidance has been tried and ignored. But guidance has "
         "produced real change wherever departments were given the money and staff to rewrite their "
         "templates; what failed was resourcing, and a statute does not arrive with a budget attached. "
         "They will say a duty empowers citizens. But a right to complain about the wording of a letter is"
         " cold comfort to someone who has already lost their payment.\n\nClear letters come from good "
         "rules, good writers and enough money to pay for both. That is where the effort belongs."),
    ),
    SideSpeech(
        "warnings-prop", "coddling-content-warnings", "prop", False,
        ("Picture a first-year literature seminar. Before the class reads Ovid's Metamorphoses, the "
         "handout carries a paragraph listing sexual violence, self-harm, death and cruelty to animals. "
         "Before anyone has read a line, the students have been told what this poem is: a hazard. I want "
         "to talk about what that does to learning, and to the very students it is supposed to "
         "protect.\n\nFirst, the evidence. Over the past few years psychologists have actually tested "
         "these notices. Study after study, including work by Bellet, Jones and McNally at Harvard, has "
         "found that warnings do not reduce distress when people go on to read the material. Some found "
         "that warnings increased anxiety in the moments before reading, and that people who believed "
         "words could harm them felt more vulnerable afterwards. A practice meant to help has turned out, "
         "at best, to do nothing, and at worst to teach people that they are fragile.\n\nSecond, think "
         "about what a university is for. The shock of an unexpected scene in a novel, the discomfort of a"
         " hard case in criminal law, a graphic photograph in a history lecture: that friction is part of "
         "how understanding happens. When every difficult text arrives pre-labelled, students meet it "
         "through the label. The lecturer has decided in advance how they ought to feel.\n\nThird, the "
         "lists only grow. Once a warning is expected, leaving one out becomes an offence. Lecturers "
         "quietly drop the texts that would need the longest notices, and the syllabus shrinks toward the "
         "comfortable. That cost is borne by every student, including those who never asked for "
         "anything.\n\nThey will tell you that a warning costs nothing, just one line on a handout. But we"
         " have just seen that it has costs, both psychological and educational. They will tell you about "
         "students with post-traumatic stress. Those students deserve real support: disability services, "
         "individual arrangements agreed with a tutor, and access to the clinical treatment that actually "
         "works, which usually means gradually facing reminders rather than avoiding them. A blanket "
         "notice to a lecture hall of two hundred is not therapy; it is a gesture.\n\nStudents are adults "
         "who can meet difficult ideas head-on and ask for help when they need it. Treating them that way "
         "is the best protection a university can offer."),
    ),
    SideSpeech(
        "warnings-opp", "coddling-content-warnings", "opp", False,
        ("When I started my history degree, the module on the Holocaust opened with a short note from the "
         "lecturer: next week's seminar includes photographs taken at the liberation of the camps. One of "
         "my friends had lost family in that history. She read the note, looked at the images on her own "
         "the night before, and came to class ready to talk. The note did not shield her from anything. It"
         " let her face it on her own terms.\n\nThat is my first point: a warning is information, and "
         "adults use information. Nobody thinks a syllabus coddles students by listing the readings. "
         "Telling someone that week six deals with suicide lets a student who lost a brother last year "
         "choose when and where to do the reading, so that they can actually do it. That is engagement, "
         "not avoidance.\n\nSecond, the costs are tiny and the benefits fall on the people who most need "
         "them. Medical schools prepare students before their first dissection. Films carry ratings. One "
         "sentence at the top of a handout costs a lecturer thirty seconds. For a survivor of assault "
         "walking into a seminar on sexual offences, it can be the difference between taking part and "
         "freezing in front of twenty classmates.\n\nThird, consider who decides. Right now, lecturers use"
         " their judgment: some give notes, some don't. Taking that choice away from them is not a victory"
         " for academic freedom; it is a rule telling teachers how to talk to their own students.\n\nThey "
         "will quote studies showing warnings don't reduce distress. But look at who was studied: mostly "
         "online volunteers reading short passages in a single sitting, not students deciding how to "
         "approach a term's reading. And 'doesn't reduce distress in a lab' is a long way from 'does harm "
         "in a classroom'. They will say warnings teach fragility. But a student who prepares for "
         "difficult material is practising exactly the resilience they claim to value.\n\nGood teaching "
         "means remembering that students are people with histories. A single honest sentence about what "
         "is coming respects both the material and the people reading it."),
    ),
    SideSpeech(
        "doctors-prop", "gawande-doctor-ownership", "prop", False,
        ("When your doctor tells you that you need an MRI, you don't ask for a second opinion. You trust "
         "that the recommendation is about your knee, not about her bank balance. That trust is the "
         "foundation of medicine, and I want to show you why it cannot survive the doctor owning the "
         "scanner.\n\nFirst, incentives work, even on good people. In the United States, the government's "
         "own auditors looked at doctors who began referring patients to imaging equipment they owned or "
         "leased. Their referrals for MRI and CT scans rose sharply once they had a financial interest, "
         "far faster than among comparable doctors who had none. Nobody thinks these doctors were "
         "villains. They simply found more reasons to scan when scanning paid them. That is what a "
         "conflict of interest is.\n\nSecond, the patient cannot protect herself. You don't know whether "
         "that scan was necessary, because you are not a radiologist. Unnecessary imaging is not harmless:"
         " it means radiation from CT, incidental findings that lead to biopsies and sleepless nights, and"
         " costs passed on to every insurer and taxpayer. In almost any other market, a buyer can shop "
         "around. In medicine, the person recommending the purchase is the person you rely on to tell you "
         "what to buy.\n\nThird, disclosure is not a fix. Research by George Loewenstein and colleagues "
         "found that when advisers disclose a conflict, clients often feel awkward refusing, and advisers "
         "feel licensed to push harder because they have 'been honest'. A notice in the waiting room "
         "saying your doctor has an interest in this clinic leaves the incentive exactly where it was; it "
         "just shifts the burden onto the patient.\n\nThey will say doctor ownership brings investment, "
         "especially in rural areas where no one else will buy a scanner. But hospitals, public health "
         "systems, cooperatives and ordinary investors can all own equipment. What matters is that the "
         "person deciding you need the scan is not the person who profits from it. They will say doctors "
         "are professionals bound by ethics. Yes, and judges are professionals too, but we still don't let"
         " them hear cases involving companies they hold shares in.\n\nA recommendation from a doctor "
         "should be worth exactly what it claims to be: clinical judgment, and nothing else."),
    ),
    SideSpeech(
        "doctors-opp", "gawande-doctor-ownership", "opp", True,
        ("Nobody here is in favour of doctors ripping patients off. The real question is whether cutting "
         "every doctor out of every clinic, scanner and hospital is the right way to stop it, and I'm "
         "going to argue that it isn't: a blanket ban would do more damage than the problem it "
         "targets.\n\nFirst, think about who builds medical facilities. A group of orthopaedic surgeons "
         "who open a specialist surgical centre, or a rural practice that buys its own ultrasound machine "
         "so patients don't have to drive ninety miles, are putting their own money into care. They know "
         "which equipment is needed, and they have every reason to keep quality high, because their names "
         "are on the door. Studies of physician-owned specialty hospitals in the United States have often "
         "found outcomes and patient satisfaction at least as good as in general hospitals.\n\nSecond, "
         "taking doctors out does not remove the profit motive; it just hands it to someone else. If "
         "doctors can't own the imaging centre, private equity funds and corporate chains will. Their "
         "managers answer to shareholders, not to a medical council, and they can lean on salaried doctors"
         " for volume just as easily. You haven't removed the conflict; you've moved it somewhere harder "
         "to see.\n\nThird, we already have better, targeted tools. Insurers and health services audit "
         "referral patterns. Clinical guidelines set out when a scan is appropriate. Regulators can "
         "require disclosure, restrict self-referral for specific services where abuse is proven, and "
         "discipline doctors whose referral rates are out of line with their peers. That is how you deal "
         "with a genuine problem without throwing out the good with the bad.\n\nThey will show you the "
         "figures where doctors who own scanners order more scans. But more is not automatically too many."
         " A doctor with a scanner in the building may be catching problems that a patient facing a "
         "three-month wait would never have had investigated. The right question is whether those "
         "particular scans were inappropriate, and auditors can check that case by case.\n\nPatients are "
         "protected by scrutiny of what doctors actually do with their referrals. That is where our "
         "attention should go."),
    ),
    SideSpeech(
        "catch-prop", "commons-catch-shares", "prop", False,
        ("In the early 1990s, the Alaskan halibut season lasted two or three days. Not months; days. "
         "Because anyone with a licence could fish until the overall limit was reached, every boat raced "
         "out at once, whatever the weather. Crews fished exhausted through storms, people died, and the "
         "whole year's catch hit the market in a single glut, most of it frozen and sold cheap. That is "
         "what open access looks like in practice.\n\nThe core problem is simple. When nobody holds a "
         "share of the fish, every fish you leave in the sea is a fish someone else will catch. So "
         "everyone fishes as hard and as fast as they can, and the stock pays the price. Regulators "
         "respond with shorter seasons and more restrictions, and fishers respond with bigger boats and "
         "bigger engines. It is an arms race with the ocean as the casualty.\n\nGive each fisher a "
         "guaranteed percentage of the total catch, and the logic flips. After Alaska introduced "
         "individual quotas for halibut in 1995, the season stretched to around eight months. Boats went "
         "out when the weather was safe and prices were good, deaths fell, and fishers sold fresh fish for"
         " more money. Because your share is worth more when the stock is healthy, quota holders start "
         "behaving like owners: backing the science, even accepting lower limits. A major study published "
         "in Science in 2008, covering thousands of fisheries, found that those managed with catch shares "
         "were about half as likely to collapse.\n\nBeing able to trade matters too. Fishers who want to "
         "retire can sell up, efficient operators can buy in, and the fleet shrinks to a size the fish can"
         " support without the state having to force anyone out.\n\nThey will tell you this hands a public"
         " resource to a wealthy few and wipes out small fishing towns. But that is a design question. "
         "Caps on how much any one owner can hold, rules requiring owners to be on board, and quota "
         "reserved for communities all exist in real systems today. And the alternative is not a "
         "picturesque village fleet; it is a collapsed stock and no fleet at all, as Newfoundland found "
         "out when its cod vanished in 1992.\n\nFish are only renewable if someone has a reason to let "
         "them renew. Ownership is that reason."),
    ),
    SideSpeech(
        "catch-opp", "commons-catch-shares", "opp", False,
        ("The fish in the sea belong to everyone. For generations, a young person in a coastal town could "
         "get hold of a boat, learn the trade and make a living. I want to talk about what happens to that"
         " person, and to that town, when the right to fish becomes a commodity to be bought and "
         "sold.\n\nFirst, concentration. Wherever transferable quotas have been introduced, ownership has "
         "drifted into fewer and fewer hands. In Iceland, a handful of companies came to control most of "
         "the national catch within a couple of decades, and towns whose quota was sold away lost their "
         "main employer almost overnight. In Alaska's crab fishery, the fleet shrank by roughly two thirds"
         " in the first years of its quota programme, and hundreds of crew jobs disappeared. Economists "
         "call that efficiency. The people who lost their livelihoods call it something else.\n\nSecond, "
         "the rise of the armchair fisherman. Once quota is property, the people holding it don't need to "
         "fish. They lease it to those who do, often taking a large slice of the value of every catch. The"
         " deckhand works the sea; the owner collects the rent. And because quota becomes so valuable, a "
         "young fisher can never afford to buy in. The profession becomes hereditary, or "
         "corporate.\n\nThird, the conservation benefits are overstated. What protects a fish stock is a "
         "scientifically set total catch limit, properly enforced, and that can be done without handing "
         "anyone a private share. Quota markets even create new problems, like fishers throwing back "
         "smaller or cheaper fish so they can fill their allocation with the most valuable "
         "ones.\n\nThey'll tell you about the Alaskan halibut derby and its two-day seasons. But the derby"
         " was a failure of management, and there are other ways to end it: effort limits, trip limits, "
         "community-run fisheries with local rules, and fishing rights held by cooperatives rather than "
         "individuals. They'll say ownership caps prevent concentration. But caps get lobbied upward, and "
         "big operators get around them through relatives and shell companies.\n\nThe sea is a common "
         "inheritance. Once it has been sold off, it does not come back."),
    ),
    SideSpeech(
        "family-prop", "commons-family-size", "prop", False,
        ("Every serious account of the climate and biodiversity crisis comes down to two numbers "
         "multiplied together: how much each person consumes, and how many people there are. We spend "
         "enormous energy on the first. I want to talk honestly about the second.\n\nFirst, liberty has "
         "always had limits where it harms others. You are free to drive, but not at any speed; free to "
         "build, but not on a floodplain; free to run a factory, but not to pour waste into the river. The"
         " justification is always the same: your choices impose costs on people who never agreed to bear "
         "them. Each additional person in a high-consuming country adds a lifetime of emissions, water use"
         " and demand for land. Researchers at Oregon State University estimated that in the United States"
         " the long-run carbon legacy of an extra child dwarfs almost any other lifestyle choice a parent "
         "can make. If the state can regulate the car, it is hard to see on what principle the most "
         "consequential environmental decision of all sits beyond its reach.\n\nSecond, future generations"
         " have claims too. The children of the next century cannot vote and cannot bargain with us. "
         "Governments are the only institutions that can act on their behalf. A government that watches a "
         "river basin run dry or a coastline disappear, while insisting that family size is none of its "
         "business, has abandoned those people.\n\nThird, limits need not be brutal. A state can act "
         "through tax allowances that stop after the second child, through funding contraception and "
         "girls' education, through housing and welfare rules that no longer reward ever-larger families. "
         "These are limits, and they are the kind of tool democracies already use every day.\n\nThey will "
         "point to China's one-child policy: forced abortions, sterilisations, abandoned baby girls. Those"
         " abuses were real and appalling. But they came from an authoritarian state's methods of "
         "enforcement, not from the idea that numbers matter. We don't conclude from police brutality that"
         " laws may never be enforced; we conclude that they must be enforced humanely.\n\nThe planet has "
         "limits whether we talk about them or not, and someone has to speak for the people who will live "
         "with the consequences."),
    ),
    SideSpeech(
        "family-opp", "commons-family-size", "opp", False,
        ("In 1976, during India's Emergency, the government set sterilisation targets. Officials were told"
         " to meet quotas; poor men were rounded up at bus stops and railway stations; more than six "
         "million people were sterilised in a single year, many against their will, and many died after "
         "botched operations. In Peru in the late 1990s, hundreds of thousands of mostly poor, indigenous "
         "women were sterilised under a family planning programme, often without real consent. In China, "
         "the one-child policy meant forced abortions, fines that ruined families, and millions of girls "
         "who were never born. These were not accidents. They are what happens when a state decides it "
         "gets a say in how many children you have.\n\nMy first point is that the decision to have a child"
         " is about as personal as any human choice. It goes to your body, your family, your faith and "
         "your future. If that decision belongs to the government, very little is left that "
         "doesn't.\n\nSecond, the burden always falls on the same people. Rich families can pay a fine or "
         "a tax penalty. Poor families cannot. Ethnic minorities, rural women and the unmarried are the "
         "ones who get targeted, inspected and punished. And any penalty on a third child lands on that "
         "child, who did nothing at all.\n\nThird, it doesn't even solve the environmental problem. "
         "Fertility is already falling across most of the world, in Asia and Latin America included, "
         "thanks to education, contraception and women's rights, all freely chosen. Most emissions come "
         "from the consumption of the wealthy in countries where families are already small, not from "
         "large families in poor ones. And population measures take generations to bite, while the climate"
         " needs deep cuts this decade. Clean energy, efficient cities and protected land do far more, far"
         " faster.\n\nThey will say it can be done gently, with tax breaks that stop after two children. "
         "But a gentle tax today becomes a fine tomorrow and a quota the day after; the principle is what "
         "matters, and the principle is that the state owns your fertility. They will say future "
         "generations have rights. They do, and the best thing we can leave them is a world where people "
         "are still free.\n\nProtecting the planet and protecting human freedom are not opposites. We need"
         " both."),
    ),
    SideSpeech(
        "hunting-prop", "salt-sport-hunting", "prop", False,
        ("In 2015, a lion called Cecil was lured out of a protected park in Zimbabwe, shot with an arrow, "
         "and left wounded for around ten hours before the hunting party tracked him down and finished him"
         " off. The man who shot him had paid tens of thousands of dollars for the experience. Cecil's "
         "death made headlines around the world, but there was nothing unusual about it except the "
         "name.\n\nMy first point is about why the animal dies. We accept killing animals for food, for "
         "disease control, sometimes to protect crops or people. In each of those cases the death serves a"
         " need. In sport hunting, the need is the hunter's enjoyment: the thrill of the chase, the trophy"
         " on the wall, the photograph. A society that thinks animal suffering matters at all cannot treat"
         " 'because I enjoy it' as a good enough reason to end a life.\n\nSecond, the suffering is not "
         "clean. Bow hunters and rifle hunters wound a significant share of the animals they hit without "
         "killing them outright. Deer run off with shattered legs; birds are winged and never recovered; "
         "foxes die slowly. The romantic picture of a single clean shot is exactly that, a "
         "picture.\n\nThird, the conservation claims don't hold up. Trophy hunting is defended because its"
         " fees supposedly fund wildlife protection. But investigations into the African trophy industry "
         "have found that only a tiny share of that money, a few percent by some estimates, ever reaches "
         "local communities. Meanwhile photographic tourism earns far more and keeps the animals alive to "
         "be seen again.\n\nThey will tell you hunting controls overpopulated species like deer. But "
         "population control can be done by professional wildlife managers, by fertility control, and by "
         "letting natural predators like wolves and lynx return. That is management, not sport, and it "
         "doesn't depend on people paying for the pleasure of the kill. They will tell you hunting is a "
         "rural tradition. So were bear-baiting and cockfighting. Traditions change when we recognise the "
         "cruelty in them.\n\nIf a life is to be taken, it should be for a better reason than "
         "entertainment."),
    ),
    SideSpeech(
        "hunting-opp", "salt-sport-hunting", "opp", True,
        ("Most people picture hunting as a rich tourist posing over a dead lion. I want to talk about what"
         " hunting actually does, for wildlife and for the people who live alongside it, and why I think "
         "outlawing it would be a serious mistake.\n\nFirst, hunting pays for conservation. In the United "
         "States, a tax on guns and ammunition created by the Pittman-Robertson Act has raised billions of"
         " dollars since 1937 for state wildlife agencies and habitat, on top of licence fees. Duck "
         "hunters have paid to protect millions of acres of wetland. In Namibia, community conservancies "
         "that earn income from tightly limited trophy hunting have seen wildlife numbers recover, because"
         " local people now have a reason to protect animals instead of poisoning the lion that kills "
         "their cattle.\n\nSecond, where natural predators are gone, someone has to do their job. In "
         "Scotland, red deer numbers are so high that they strip young trees and stop forests "
         "regenerating. Without stalkers, those deer starve in hard winters or are shot by paid marksmen "
         "at public expense. Hunters do that work, pay for the privilege, and eat the meat.\n\nThird, "
         "consistency. A wild deer lives free and, if the hunter is competent, dies in an instant. A "
         "supermarket chicken lives six weeks in a crowded shed. It is strange to condemn the first while "
         "happily buying the second.\n\nThey will tell you about Cecil the lion. That hunt was widely "
         "reported as illegal, and the local guide was charged in Zimbabwe. Bad hunts should be punished; "
         "they are not an argument against all hunting. And look at Kenya, which stopped sport hunting in "
         "1977. Its large wildlife populations have fallen dramatically since, as land went over to "
         "farming and animals lost their economic value. They will say killing for pleasure can never be "
         "justified. But the hunter's enjoyment is exactly what makes him pay for conservation, turn up at"
         " dawn in January and do the work. Take it away and you lose the money, the management and the "
         "people who care most about wild land.\n\nRespect for wildlife means judging by results, and on "
         "results, hunters have earned their place."),
    ),
    SideSpeech(
        "defamation-prop", "zola-criminal-defamation", "prop", True,
        ("Imagine writing a blog post accusing your mayor of taking bribes, and finding the police at your"
         " door the next morning. In dozens of countries, that is not hypothetical. Criminal defamation "
         "laws let the state prosecute, and sometimes imprison, people for what they say about someone "
         "else's reputation. My case today is simple: those offences should be taken off the statute book "
         "entirely.\n\nFirst, they are used by the powerful against their critics. The pattern is the same"
         " across the world: the complainant is a minister, a governor, a businessman with friends in "
         "government; the defendant is a journalist, an activist or a citizen with a phone. Press freedom "
         "groups have documented reporters jailed under these laws in Africa, Asia, Latin America and the "
         "former Soviet Union, and prosecutions of journalists still happen in some European Union states."
         " The threat alone does the damage: an editor who knows a story could land a reporter in a cell "
         "will think twice before printing it.\n\nSecond, the civil law already protects reputation. If "
         "someone lies about you, you can sue, win damages, and obtain a correction or an injunction. That"
         " is a private wrong with a private remedy. There is no reason for public prosecutors, police "
         "time and the threat of prison to be involved in a dispute about someone's good name. The United "
         "Kingdom abolished criminal libel in 2009, and nobody seriously claims British reputations have "
         "been left defenceless since.\n\nThird, the international consensus has moved. The United Nations"
         " Human Rights Committee has urged states to consider decriminalising defamation and said "
         "imprisonment is never an appropriate penalty for it. Regional human rights bodies in Africa and "
         "the Americas have said much the same.\n\nThey will tell you that civil suits are for the rich, "
         "and that a poor victim of lies needs the state on their side. But the record of criminal "
         "defamation is not poor victims protected; it is powerful complainants protected. If access to "
         "civil justice is the problem, fund legal aid and create cheap tribunals. They will say some lies"
         " are so vicious they deserve punishment. Harassment, threats and incitement are already crimes "
         "under other laws.\n\nSpeech should be answered with speech, and with the civil courts when it "
         "crosses the line, never with a prison cell."),
    ),
    SideSpeech(
        "defamation-opp", "zola-criminal-defamation", "opp", False,
        ("A teacher in a small town wakes up to find that an anonymous account has posted that he abuses "
         "children. It's a lie, and the person who wrote it knows it's a lie. Within a week it has been "
         "shared thousands of times. Parents pull their kids from his class. He is suspended. Now ask "
         "yourself: what can he actually do?\n\nMy first point is that civil remedies are a rich person's "
         "tool. Suing for defamation can cost tens of thousands in legal fees before you ever see a "
         "courtroom. A teacher on an ordinary salary can't afford that. And even if he wins, the person "
         "who lied about him may have no money at all, so the damages are worth nothing. The civil law "
         "protects those who can pay lawyers. For everyone else, it's a locked door.\n\nSecond, only the "
         "state can investigate. A private litigant struggles to unmask an anonymous account, seize "
         "devices or compel a platform to hand over data. The police can do all three. When a lie is "
         "deliberate, targeted and devastating, the criminal law is sometimes the only route to finding "
         "out who did it and making them stop.\n\nThird, the real problems can be fixed without giving up "
         "the tool. The abuses that worry people, politicians prosecuting journalists and prison sentences"
         " for criticism, are abuses of badly drafted laws. A well-drafted offence can be limited to "
         "statements the speaker knew were false, exclude opinion and comment on public figures, rule out "
         "prison, and require a senior prosecutor to approve every case. Several democracies keep narrow "
         "offences of roughly that kind.\n\nThey will tell you about journalists jailed in authoritarian "
         "states. But governments that jail reporters for defamation will simply find other charges if "
         "this one disappears: tax evasion, extremism, spreading false news. The problem there is the "
         "government, not the existence of the offence. They will say Britain scrapped criminal libel and "
         "nothing bad happened. Tell that to the victims of online hate campaigns who cannot afford to sue"
         " and have watched their lives come apart.\n\nA law against knowingly destroying someone's name "
         "with lies is not an attack on free speech. It is a promise that your reputation doesn't depend "
         "on your bank balance."),
    ),
    SideSpeech(
        "terms-prop", "mill-term-limits", "prop", False,
        ("George Washington could have stayed president for life. He stepped down after two terms, and for"
         " almost a hundred and fifty years every American president followed his example. When Franklin "
         "Roosevelt broke the tradition and won four elections, the country responded by writing a "
         "two-term rule into its constitution. They understood something we risk forgetting: power that "
         "stays in one pair of hands too long starts to bend everything around it.\n\nFirst, incumbency "
         "compounds. A leader in office for twelve or sixteen years appoints the judges, the heads of the "
         "civil service, the central bank governor, the people who run elections. Donors learn that access"
         " runs through one person. Rivals inside the party are sidelined, because everyone's career "
         "depends on staying in favour. None of this needs bad intentions. It happens naturally, and it "
         "makes each successive election less of a fair contest.\n\nSecond, democracies rarely die in "
         "coups now; they erode. Look at Hungary, Turkey or Venezuela. In each case an elected leader won "
         "again and again, using every victory to tilt the next contest: friendly media, redrawn "
         "districts, loyal courts. A hard cap on time in office is the one rule that popularity cannot win"
         " over, which is exactly why would-be strongmen work so hard to remove it.\n\nThird, renewal is "
         "good for governments themselves. Long-serving leaders run out of ideas, surround themselves with"
         " loyalists, and leave their parties with no obvious successor. Think of the final years of "
         "Thatcher: drift, then a bitter and chaotic handover. A known end date forces parties to develop "
         "talent and lets the country hear new arguments.\n\nThey will tell you that voters should be free"
         " to re-elect whoever they like. But every constitution limits what majorities can do: we can't "
         "vote to abolish free speech or cancel the next election. Protecting the conditions of a fair "
         "choice is what keeps democracy running. They will talk about lame ducks. But a leader who can't "
         "run again is also a leader who can take unpopular long-term decisions without one eye on the "
         "next poll.\n\nNo one is indispensable. A healthy democracy is one that keeps proving it."),
    ),
    SideSpeech(
        "terms-opp", "mill-term-limits", "opp", False,
        ("In 1940, with Europe falling to Hitler, American voters chose to keep Franklin Roosevelt for a "
         "third term, and in 1944 for a fourth. They decided that in a world war, experience mattered more"
         " than tradition. I want to ask a simple question: who should make that call, the voters at the "
         "time or a rule written decades before?\n\nFirst, elections are the accountability. Every four or"
         " five years, voters can throw out a leader they are tired of. A cap on terms takes one option "
         "off the table: the option of saying 'we think this person is still the best'. A rule that "
         "removes the most popular candidate from the ballot isn't protecting the voters' choice; it is "
         "overriding it.\n\nSecond, limits make government worse towards the end. A leader in a final term"
         " is a lame duck. Allies drift towards the likely successor, civil servants wait them out, and "
         "foreign governments know they only need to outlast them. Worse, a leader who knows the clock is "
         "running can be tempted to grab what they can before leaving, rather than build a record to run "
         "on.\n\nThird, in most democracies the idea barely fits. In parliamentary systems the prime "
         "minister is not directly elected at all; she is whoever holds the confidence of parliament and "
         "her own party. Margaret Thatcher and Tony Blair were both pushed out by their own colleagues, "
         "not by a clock. Angela Merkel led Germany through the financial crisis, the euro crisis and the "
         "refugee crisis, and the stability she offered was a big part of why voters kept choosing "
         "her.\n\nThey will tell you about Hungary and Venezuela, and leaders who entrench themselves. But"
         " look at what happens to term limits in countries like that: Putin simply swapped jobs with his "
         "prime minister for four years and later had the constitution rewritten. Leaders determined to "
         "stay find a way. Paper rules don't stop strongmen; independent courts, a free press and fair "
         "elections do. Where those exist, voters can remove anyone. Where they don't, no clause will save"
         " you.\n\nTrust the voters. If they want a change, they already have the means to make one."),
    ),
)

def practice_speeches() -> tuple[SideSpeech, ...]:
    """The 98 labelled practice speeches of scripts/reader_speeches (written for the reader's
    training on the bank's fit motions, one per side, two in three never stating their side; no
    shipped reader has been trained on them), as side-bench speeches."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "scripts" / "reader_speeches"
    out = []
    for path in sorted(folder.glob("*.json")):
        for k, row in enumerate(json.loads(path.read_text("utf-8"))):
            text = " ".join(sentence["text"].strip() for sentence in row["sentences"])
            out.append(SideSpeech(f"{path.stem}-{k:02d}-{row['side']}", row["motion_id"], row["side"],
                                  bool(row["declared"]), text))
    return tuple(out)
