"""Side statements and look-alikes, for tests/bench/statements.py.

Each entry is (motion id, sentence, expected): "prop" when the speaker states they
are FOR the motion, "opp" when they state they are AGAINST it, and "none" when the
sentence only mentions, reports, concedes, quotes, predicts or supposes a side.
Motions phrased "opposes"/"regrets" invert the named policy: being FOR the motion
means being against the thing it names.

Written on 2026-12-06 by someone who never saw the scorer or its tests; every sentence was
composed for this file. Eight motions of seven forms (would, believes that … should, opposes,
regrets, supports, Resolved:, prefers), sixteen sentences each: five for the motion, five against
it, six that state no side of the speaker's own. Even positions are the dev half, odd the held-out
half (see the bench).
"""

PHRASINGS: tuple[tuple[str, str, str], ...] = (
    # salt-factory-farming: "This House would ban factory farming."
    (
        "salt-factory-farming",
        "Intensive livestock farming has to end, and tonight we are asking you to end it.",
        "prop",
    ),
    (
        "salt-factory-farming",
        "My partner and I stand firmly behind a ban on battery cages, sow stalls and the rest of the "
        "factory system.",
        "prop",
    ),
    (
        "salt-factory-farming",
        "Why should any civilised country still allow animals to be raised by the thousand in windowless"
        " sheds?",
        "prop",
    ),
    ("salt-factory-farming", "I can't see a single good reason not to outlaw factory farms.", "prop"),
    (
        "salt-factory-farming",
        "On balance, cheap chicken isn't worth that much suffering, so I come down on the side of the ban.",
        "prop",
    ),
    (
        "salt-factory-farming",
        "Banning factory farming would price the poorest families out of meat, and I won't support it.",
        "opp",
    ),
    (
        "salt-factory-farming",
        "Leave the farms alone and regulate them better; prohibition is the wrong answer.",
        "opp",
    ),
    ("salt-factory-farming", "Vote this ban down.", "opp"),
    (
        "salt-factory-farming",
        "The case for outlawing intensive agriculture collapses the moment you look at food prices.",
        "opp",
    ),
    ("salt-factory-farming", "We on the Opposition bench are against shutting down intensive farms.", "opp"),
    ("salt-factory-farming", "My opponents will tell you that we must ban factory farming tonight.", "none"),
    (
        "salt-factory-farming",
        "Animal welfare charities have long argued that intensive farms should be shut down.",
        "none",
    ),
    (
        "salt-factory-farming",
        "If we banned factory farming, the price of eggs would almost certainly rise.",
        "none",
    ),
    (
        "salt-factory-farming",
        "So should factory farming be banned? Let's look at what the evidence says.",
        "none",
    ),
    ("salt-factory-farming", "The Proposition says that every factory farm is a site of cruelty.", "none"),
    (
        "salt-factory-farming",
        "I grant that factory farms produce food more cheaply than any other system.",
        "none",
    ),
    # mckibben-university-divestment: "This House believes that universities should divest from fossil
    #   fuel companies."
    (
        "mckibben-university-divestment",
        "Universities should sell every share they hold in oil and gas companies, and they should do it now.",
        "prop",
    ),
    (
        "mckibben-university-divestment",
        "I'm proud to propose that our colleges pull their endowments out of fossil fuels.",
        "prop",
    ),
    (
        "mckibben-university-divestment",
        "How can a university teach climate science while profiting from the companies wrecking the climate?",
        "prop",
    ),
    ("mckibben-university-divestment", "Divest: get the money out of coal, oil and gas.", "prop"),
    (
        "mckibben-university-divestment",
        "We on the Proposition believe a university endowment has no business funding fossil fuel "
        "extraction.",
        "prop",
    ),
    (
        "mckibben-university-divestment",
        "I oppose divestment, because a university that sells its shares simply hands them to a less "
        "scrupulous buyer.",
        "opp",
    ),
    (
        "mckibben-university-divestment",
        "Universities should keep their fossil fuel holdings and use them to press for change from the "
        "inside.",
        "opp",
    ),
    (
        "mckibben-university-divestment",
        "Divestment is a gesture, not a policy, and this House should reject it.",
        "opp",
    ),
    (
        "mckibben-university-divestment",
        "There's no sound reason for a university to dump its energy shares, and I won't pretend otherwise.",
        "opp",
    ),
    (
        "mckibben-university-divestment",
        "Weighing it all up, I can't support forcing endowments out of energy stocks.",
        "opp",
    ),
    (
        "mckibben-university-divestment",
        "Student campaigners insist that universities must divest from fossil fuels.",
        "none",
    ),
    (
        "mckibben-university-divestment",
        "Some will say that divestment is the only honest position for a university.",
        "none",
    ),
    (
        "mckibben-university-divestment",
        "'Divest now,' read the banners outside the vice-chancellor's office last spring.",
        "none",
    ),
    (
        "mckibben-university-divestment",
        "If universities divested tomorrow, oil companies would barely notice the change in their share "
        "price.",
        "none",
    ),
    (
        "mckibben-university-divestment",
        "Whether universities should divest is the question before us tonight.",
        "none",
    ),
    (
        "mckibben-university-divestment",
        "I concede that several universities that divested have seen no drop in their returns.",
        "none",
    ),
    # bastiat-stadium-subsidies: "This House opposes public subsidies for professional sports stadiums."
    (
        "bastiat-stadium-subsidies",
        "Not one penny of public money should go to building stadiums for billionaire club owners.",
        "prop",
    ),
    (
        "bastiat-stadium-subsidies",
        "I'm proud to oppose handing taxpayers' money to stadium builders.",
        "prop",
    ),
    ("bastiat-stadium-subsidies", "Why should a nurse's taxes pay for a football club's new stands?", "prop"),
    ("bastiat-stadium-subsidies", "Stop subsidising stadiums.", "prop"),
    (
        "bastiat-stadium-subsidies",
        "We say the city should let the clubs build their grounds with their own money.",
        "prop",
    ),
    (
        "bastiat-stadium-subsidies",
        "Public funding for a new stadium is money well spent, and I'll defend it.",
        "opp",
    ),
    (
        "bastiat-stadium-subsidies",
        "Cities are right to help pay for sports grounds that anchor whole neighbourhoods.",
        "opp",
    ),
    ("bastiat-stadium-subsidies", "My partner and I stand in support of stadium subsidies.", "opp"),
    (
        "bastiat-stadium-subsidies",
        "The case against stadium subsidies falls apart once you count the jobs and the regeneration.",
        "opp",
    ),
    (
        "bastiat-stadium-subsidies",
        "I see no reason to deny a city the right to invest in its team's home.",
        "opp",
    ),
    ("bastiat-stadium-subsidies", "The Proposition says stadium subsidies never pay for themselves.", "none"),
    (
        "bastiat-stadium-subsidies",
        "My opponents will claim that economists have found again and again that new stadiums bring "
        "little growth.",
        "none",
    ),
    (
        "bastiat-stadium-subsidies",
        "If the council funds the new stadium, the library budget will be cut.",
        "none",
    ),
    ("bastiat-stadium-subsidies", "Club owners naturally want the taxpayer to foot the bill.", "none"),
    (
        "bastiat-stadium-subsidies",
        "Should the public pay for stadiums? That depends on what the public gets back.",
        "none",
    ),
    (
        "bastiat-stadium-subsidies",
        "Supporters of subsidies point to the regeneration around the Olympic park in London.",
        "none",
    ),
    # coubertin-performance-enhancing-drugs: "This House opposes the ban on performance-enhancing drugs in
    #   elite sport."
    (
        "coubertin-performance-enhancing-drugs",
        "The doping ban should be scrapped and athletes allowed to use enhancements under medical "
        "supervision.",
        "prop",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "Let elite athletes take what they like under a doctor's care; prohibition has failed.",
        "prop",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "Why keep a ban that catches the unlucky and lets the well-funded cheat?",
        "prop",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "I come down, on balance, in favour of lifting the ban on doping.",
        "prop",
    ),
    ("coubertin-performance-enhancing-drugs", "I'm proud to oppose the doping ban.", "prop"),
    (
        "coubertin-performance-enhancing-drugs",
        "The ban on doping must stay, because without it every young athlete will be pushed into risking"
        " their health.",
        "opp",
    ),
    ("coubertin-performance-enhancing-drugs", "I'm proud to defend the anti-doping rules tonight.", "opp"),
    (
        "coubertin-performance-enhancing-drugs",
        "Legalising steroids in sport would be a disaster, and I urge you to vote against this motion.",
        "opp",
    ),
    ("coubertin-performance-enhancing-drugs", "Keep the ban.", "opp"),
    (
        "coubertin-performance-enhancing-drugs",
        "I can't find any good argument for letting drugs into the Olympics.",
        "opp",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "Some sports scientists argue that the ban should be lifted altogether.",
        "none",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "If the ban were lifted, records would fall within a season.",
        "none",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "My opponents will say that the ban protects athletes' health.",
        "none",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "'The ban is unenforceable,' one former cyclist told the press.",
        "none",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "Is the ban worth keeping? That is exactly what we have to decide.",
        "none",
    ),
    (
        "coubertin-performance-enhancing-drugs",
        "I accept that the testing system catches only a fraction of cheats.",
        "none",
    ),
    # ritchie-germany-nuclear-exit: "This House regrets the decision of Germany to close its nuclear power
    #   stations."
    (
        "ritchie-germany-nuclear-exit",
        "Germany was wrong to shut down its nuclear plants, and it is burning coal today because of it.",
        "prop",
    ),
    ("ritchie-germany-nuclear-exit", "Shutting those reactors was a historic mistake.", "prop"),
    (
        "ritchie-germany-nuclear-exit",
        "What sane energy policy closes working zero-carbon power stations and fires up lignite instead?",
        "prop",
    ),
    ("ritchie-germany-nuclear-exit", "We on this side lament Berlin's nuclear exit.", "prop"),
    (
        "ritchie-germany-nuclear-exit",
        "I can't see how anyone could call the closure of those plants a success.",
        "prop",
    ),
    ("ritchie-germany-nuclear-exit", "Germany was right to close its nuclear power stations.", "opp"),
    (
        "ritchie-germany-nuclear-exit",
        "The nuclear phase-out was a sound decision, and I will defend it tonight.",
        "opp",
    ),
    (
        "ritchie-germany-nuclear-exit",
        "There is nothing to regret in Germany leaving nuclear power behind.",
        "opp",
    ),
    ("ritchie-germany-nuclear-exit", "My partner and I welcome the end of nuclear power in Germany.", "opp"),
    (
        "ritchie-germany-nuclear-exit",
        "The case for regretting the phase-out collapses once you see how fast German renewables have grown.",
        "opp",
    ),
    ("ritchie-germany-nuclear-exit", "Many German voters supported the phase-out after Fukushima.", "none"),
    (
        "ritchie-germany-nuclear-exit",
        "The Proposition claims that the closures added millions of tonnes of carbon to the air.",
        "none",
    ),
    (
        "ritchie-germany-nuclear-exit",
        "Had Germany kept its reactors running, its gas imports from Russia might have been smaller.",
        "none",
    ),
    ("ritchie-germany-nuclear-exit", "Critics abroad have called the decision a blunder.", "none"),
    (
        "ritchie-germany-nuclear-exit",
        "Was the phase-out a mistake? To answer that we need to look at the numbers.",
        "none",
    ),
    (
        "ritchie-germany-nuclear-exit",
        "Admittedly, the last reactors were already near the end of their planned lives.",
        "none",
    ),
    # condorcet-votes-at-sixteen: "This House supports lowering the voting age to 16."
    (
        "condorcet-votes-at-sixteen",
        "Sixteen-year-olds should be able to vote, and I'm proud to argue for it.",
        "prop",
    ),
    ("condorcet-votes-at-sixteen", "Give sixteen-year-olds the vote.", "prop"),
    (
        "condorcet-votes-at-sixteen",
        "If you can work and pay taxes at sixteen, why on earth shouldn't you have a say in who sets them?",
        "prop",
    ),
    (
        "condorcet-votes-at-sixteen",
        "We stand for extending the franchise to sixteen- and seventeen-year-olds.",
        "prop",
    ),
    (
        "condorcet-votes-at-sixteen",
        "I see no good reason to keep sixteen-year-olds away from the ballot box.",
        "prop",
    ),
    ("condorcet-votes-at-sixteen", "The voting age should stay at eighteen.", "opp"),
    ("condorcet-votes-at-sixteen", "I oppose lowering the voting age.", "opp"),
    (
        "condorcet-votes-at-sixteen",
        "Sixteen is too young to vote, and I urge you to reject this change.",
        "opp",
    ),
    ("condorcet-votes-at-sixteen", "Leave the voting age where it is.", "opp"),
    ("condorcet-votes-at-sixteen", "On balance, I cannot back votes at sixteen.", "opp"),
    (
        "condorcet-votes-at-sixteen",
        "Several youth organisations want the voting age lowered to sixteen.",
        "none",
    ),
    (
        "condorcet-votes-at-sixteen",
        "If the voting age were lowered, turnout among young people might rise.",
        "none",
    ),
    (
        "condorcet-votes-at-sixteen",
        "My opponents will say that sixteen-year-olds are mature enough to vote.",
        "none",
    ),
    ("condorcet-votes-at-sixteen", "Scotland lowered the voting age for its own elections in 2015.", "none"),
    (
        "condorcet-votes-at-sixteen",
        "Should sixteen-year-olds vote? Let's weigh the evidence from the countries that tried it.",
        "none",
    ),
    (
        "condorcet-votes-at-sixteen",
        "The Opposition says sixteen-year-olds are too easily swayed by their parents.",
        "none",
    ),
    # beccaria-us-death-penalty: "Resolved: The United States should abolish the death penalty."
    ("beccaria-us-death-penalty", "America should end capital punishment in every state.", "prop"),
    ("beccaria-us-death-penalty", "Abolish the death penalty, all of it, federal and state.", "prop"),
    ("beccaria-us-death-penalty", "How many innocent people must be executed before we stop?", "prop"),
    (
        "beccaria-us-death-penalty",
        "My partner and I stand firmly for ending executions in the United States.",
        "prop",
    ),
    (
        "beccaria-us-death-penalty",
        "The case for keeping capital punishment crumbles under the weight of wrongful convictions.",
        "prop",
    ),
    (
        "beccaria-us-death-penalty",
        "The death penalty should remain available for the most terrible crimes.",
        "opp",
    ),
    ("beccaria-us-death-penalty", "I'm against abolition.", "opp"),
    ("beccaria-us-death-penalty", "Keep capital punishment on the books for the worst murderers.", "opp"),
    (
        "beccaria-us-death-penalty",
        "Why should a man who murdered children be spared the ultimate penalty?",
        "opp",
    ),
    ("beccaria-us-death-penalty", "I can't support taking the death penalty away from juries.", "opp"),
    (
        "beccaria-us-death-penalty",
        "Human rights groups have long demanded that the United States abolish the death penalty.",
        "none",
    ),
    (
        "beccaria-us-death-penalty",
        "If the death penalty were abolished, prosecutors would lose a bargaining chip.",
        "none",
    ),
    ("beccaria-us-death-penalty", "The Affirmative says that executions do nothing to deter crime.", "none"),
    ("beccaria-us-death-penalty", "Some families of victims want the death penalty kept.", "none"),
    (
        "beccaria-us-death-penalty",
        "Should America abolish the death penalty? That is the resolution, and it deserves a careful answer.",
        "none",
    ),
    (
        "beccaria-us-death-penalty",
        "Even supporters of capital punishment admit that it costs more than life imprisonment.",
        "none",
    ),
    # sun-multipolar-world: "This House prefers a world shared among several great powers to a world led
    #   by the United States."
    (
        "sun-multipolar-world",
        "A world balanced among several great powers is better than one run from Washington.",
        "prop",
    ),
    ("sun-multipolar-world", "I prefer a multipolar order, and I'll tell you why.", "prop"),
    ("sun-multipolar-world", "Why should one country get to police the entire planet?", "prop"),
    (
        "sun-multipolar-world",
        "We stand for a world where power is shared, not held by a single superpower.",
        "prop",
    ),
    (
        "sun-multipolar-world",
        "On balance, I come down in favour of a world with several centres of power.",
        "prop",
    ),
    (
        "sun-multipolar-world",
        "American leadership has kept the peace better than any balance of powers ever did, and I want "
        "it to continue.",
        "opp",
    ),
    (
        "sun-multipolar-world",
        "I'd take a world led by the United States over a scramble among rival great powers any day.",
        "opp",
    ),
    ("sun-multipolar-world", "Multipolarity is a recipe for war, and this House should reject it.", "opp"),
    (
        "sun-multipolar-world",
        "The case for a multipolar world collapses the moment you remember 1914.",
        "opp",
    ),
    ("sun-multipolar-world", "We oppose trading American leadership for a contest of rival empires.", "opp"),
    (
        "sun-multipolar-world",
        "Beijing and Moscow both want a world no longer led by the United States.",
        "none",
    ),
    ("sun-multipolar-world", "If American power declined, other states would have to fill the gap.", "none"),
    (
        "sun-multipolar-world",
        "My opponents will tell you that a multipolar world would be more stable.",
        "none",
    ),
    (
        "sun-multipolar-world",
        "Many analysts predict that the world is becoming multipolar whatever we prefer.",
        "none",
    ),
    (
        "sun-multipolar-world",
        "Is a world of several great powers safer? That's what tonight's debate turns on.",
        "none",
    ),
    (
        "sun-multipolar-world",
        "The Proposition says that American leadership has brought endless wars.",
        "none",
    ),
)
