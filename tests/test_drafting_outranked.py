"""The essay's proposal outranks a side remark (round 26: ranking).

- A text set down as one block (an address, an old essay) is read in runs of sentences, so a claim it
  comes back to pages apart is credited as a paragraphed essay's would be (`returns.py`).
- A vivid one-off remark, an anecdote or an aside, never takes the place of the proposal the essay argues.
- Look-alikes: a real proposal stated once, in the middle, still wins when nothing else is argued; a claim
  taken up in only two runs of sentences gets no credit.
- A section heading run into a sentence ("TAX REDUCTION As a result …") is left out of it (`headings.py`),
  so it neither ends up in a motion nor breaks one; an acronym that opens a sentence stays.
"""

from __future__ import annotations

from bot.drafting import draft_essay
from bot.drafting.headings import strip_inline_heading
from bot.drafting.ranking import Centrality, content_stems
from bot.drafting.reading import Essay, Sentence, read_essay
from bot.drafting.returns import by_return, returned_to
from bot.drafting.weighing import passages


class _Stems(Centrality):
    """The content words of each sentence, without the encoder: all that `returns.py` reads."""

    def __init__(self, texts: list[str]) -> None:  # no encoder: the stems alone
        self.stems = [content_stems(t) for t in texts]


# Eight passages of five sentences. The pilot's claim (the ferry's winter crossings) comes back in three
# other passages, each time in different company; the lighthouse keeper's calf is told once.
_PASSAGES = [
    "Members of the Trust, thank you for hearing me tonight. I come as a harbour pilot of thirty years. "
    "The ferry should keep its winter crossings. Our small island has two hundred people. "
    "Most of them are older than sixty.",
    "The old lighthouse keeper once rowed a drowning calf to shore through a gale. Children learn that story "
    "before they learn to read. The shop opens on Mondays and Thursdays. Its shelves carry bread, tea and "
    "paraffin. Post arrives with the supply boat.",
    "The doctor visits the island twice a month. Between her visits the nurse manages alone. Last year she "
    "delivered a baby in the chapel. Every winter the ferry is the only way across for the island's "
    "children. The secondary school stands on the mainland.",
    "Fishing paid for the new pier in the seventies. Lobster prices have fallen since then. Young men now "
    "work on the wind farms instead. They send money home to their parents. Some of them come back for good.",
    "The chapel roof leaked for a decade. Volunteers mended it with slates from a ruined barn. Cancelled "
    "crossings cost the island its winter trade. The tearoom lost half its takings last January. Tourists "
    "will not book rooms they cannot reach.",
    "Birdwatchers come in spring for the puffins. They stay in the hostel by the jetty. Their spending keeps "
    "the hostel open. The warden counts nesting pairs each June. Numbers have risen for three years running.",
    "Broadband reached the island only last autumn. Remote workers have begun to rent cottages. Two "
    "families with toddlers arrived this summer. Their arrival reopened the nursery class. The school "
    "inspector called it a small miracle.",
    "A ferry that keeps to its crossings keeps the island alive. Please vote for the timetable in full. "
    "Thank you for listening to an old pilot. Goodnight to you all, and safe home.",
]
_TITLE = "Address to the Island Trust\n\n"


def _read(text: str) -> tuple[Essay, _Stems]:
    essay = read_essay(text)
    return essay, _Stems([s.text for s in essay.sentences])


def _sentence(essay: Essay, opening: str) -> Sentence:
    return next(s for s in essay.sentences if s.text.startswith(opening))


def test_a_speech_set_down_as_one_block_is_read_in_runs_of_sentences() -> None:
    essay, stems = _read(_TITLE + " ".join(_PASSAGES))
    assert essay.paragraphs < 4 and len(passages(essay)) == 8
    claim = _sentence(essay, "The ferry should keep")
    remark = _sentence(essay, "The old lighthouse keeper")
    assert returned_to(essay, stems, claim) > 0.3  # taken up again in three other runs of sentences
    assert returned_to(essay, stems, remark) == 0.0  # told once
    ranked = by_return(essay, stems, [(remark, 1.0), (claim, 0.8)])
    assert ranked[0][0] is claim


def test_the_same_text_in_paragraphs_gives_the_same_credit() -> None:
    block, block_stems = _read(_TITLE + " ".join(_PASSAGES))
    paragraphed, paragraph_stems = _read(_TITLE + "\n\n".join(_PASSAGES))
    assert paragraphed.paragraphs >= 8
    assert returned_to(paragraphed, paragraph_stems, _sentence(paragraphed, "The ferry should")) == (
        returned_to(block, block_stems, _sentence(block, "The ferry should"))
    )


def test_a_claim_taken_up_in_only_two_runs_gets_no_credit() -> None:
    # the close no longer takes the claim up: only the children's run and the trade's run do
    last = _PASSAGES[7].replace("A ferry that keeps to its crossings keeps", "Good neighbours keep")
    essay, stems = _read(_TITLE + " ".join([*_PASSAGES[:7], last]))
    assert returned_to(essay, stems, _sentence(essay, "The ferry should keep")) == 0.0


def test_a_proposal_stated_once_in_the_middle_keeps_its_place() -> None:
    middle = [*_PASSAGES[:3], "The Trust should buy the empty school house for the nurse to live in."]
    middle += [p.replace("ferry", "boat").replace("crossings", "sailings") for p in _PASSAGES[3:]]
    essay, stems = _read(_TITLE + " ".join(middle))
    proposal = _sentence(essay, "The Trust should buy")
    remark = _sentence(essay, "The old lighthouse keeper")
    assert returned_to(essay, stems, proposal) == 0.0 and returned_to(essay, stems, remark) == 0.0
    ranked = by_return(essay, stems, [(proposal, 0.9), (remark, 0.7)])
    assert ranked[0][0] is proposal  # neither is returned to: the better-scored stays first


_NIGHT_BUSES = """Keep the Night Buses Running

The county plans to end the night bus routes in March to save money. It should keep the night buses running.

Night buses carry nurses, cleaners and bakers to work. Many of them start their shifts long before dawn, and
none of them can afford a taxi. A nurse on the early shift at the general hospital told me she would have to
give up her job without the bus.

Last winter a driver stopped his bus on the moor road to help a stranded lorry driver, and the two of them dug
the lorry out of the snow with a borrowed shovel. Drivers like him should be given a medal. The lorry driver
still sends him a card every Christmas, and the photograph of the two of them with the shovel hangs in the
depot canteen.

The saving is small beside the county's budget. Ending the night routes would save less than the county
spends on its own car fleet.

The county should keep the night buses running, because the people who ride them have no other way to work.
"""


def test_the_proposal_made_at_the_start_and_the_close_outranks_a_vivid_anecdote() -> None:
    motions = [m.text for m in draft_essay(_NIGHT_BUSES).motions]
    assert motions and "keep the night buses running" in motions[0]
    assert not any("medal" in m for m in motions)


_BENCHES = """A Bench for the Square

The market square has changed a great deal in thirty years. The fountain was moved, the chestnut trees were
planted, and the old cinema became a gym.

On a fine afternoon the square is full of people. Children chase pigeons, and students sit on the steps of the
town hall.

The town council should put six benches around the fountain. Older people who walk into town have nowhere to
rest, and many of them no longer come. A bench costs less than a single flower bed, and it lasts twenty years.

The square hosts a market every Saturday. Stallholders arrive at six and pack up by three. The cheese stall
from the next valley has come every week since the market began, rain or shine.

In the evening the square is quiet. The cafés close early, and the lights of the town hall come on. Now and
then a band plays on the steps in summer, and people stand to listen because there is nowhere else to go.
"""


def test_a_single_proposal_in_the_middle_paragraph_still_wins() -> None:
    motions = [m.text for m in draft_essay(_BENCHES).motions]
    assert motions and "six benches around the fountain" in motions[0]


_ADDRESS_TEXT = (
    "The economy grew this year, and the tax burden fell. A reduction in taxes helps every household."
)


def test_a_section_heading_run_into_a_sentence_is_left_out() -> None:
    sentence = "TAX REDUCTION As a result of economy, the surplus is large."
    assert strip_inline_heading(sentence, _ADDRESS_TEXT) == "As a result of economy, the surplus is large."
    assert strip_inline_heading("ECONOMY Our present state of prosperity is sound.", _ADDRESS_TEXT) == (
        "Our present state of prosperity is sound."
    )


def test_an_acronym_or_a_capitalised_name_at_the_start_stays() -> None:
    for sentence in ("NATO Ministers met in Brussels last week.", "UNESCO Heritage status was granted.",
                     "I think the economy is sound.", "REVENGE is a kind of wild justice."):
        assert strip_inline_heading(sentence, _ADDRESS_TEXT) == sentence


def test_a_speech_with_inline_headings_reads_without_them() -> None:
    text = "State of the Union\n\n" + " ".join(
        [_PASSAGES[0], "ECONOMY The island economy rests on the ferry.", *_PASSAGES[1:]]
    )
    essay = read_essay(text)
    assert not any(s.text.startswith("ECONOMY") for s in essay.sentences)
    assert any(s.text.startswith("The island economy rests") for s in essay.sentences)
