"""Round 11, false alarms: everyday idioms that borrow a danger word
(alumni.domain.crisis.everyday_idioms): a bitter pill to swallow, drinking in the sunset,
dead on one's feet, "I'm dead 💀" at a meme, a series binged, goosebumps ("अंगावर काटा
आला"), someone's farewell party, the year end, a phone at 2% about to die, "still alive, no
need to ...", a film's drug scene seen again. The writer's own farewell, a wish to die, the
pills swallowed, a binge on whisky still alert. The rules alone are tested."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "losing the contract was a bitter pill to swallow, but we move on",
    "sat by the lake drinking in the sunset after work",
    "I'm dead on my feet after the night shift, will sleep now",
    "I'm dead 💀 this meme about mondays",
    "binged two seasons of a k-drama this weekend",
    "battery at 5 percent, about to die, will call later",
    "phone at 3 gonna die, text me",
    "yes still alive, no need to send the search party",
    # Hindi, Latin, Devanagari and mixed
    "promotion nahi mili, kadvi goli nigalni padi",
    "phone 2 percent pe hai, marne wala hai, baad me baat karte",
    "कड़वी गोली निगलनी पड़ी, प्रमोशन नहीं मिला",
    "फिल्म फिर से देखी, शराब वाला सीन बहुत लंबा था",
    "bhaiya ke farewell में सबने गाना गाया",
    "मार्च में year end है, काम ज्यादा है",
    # Marathi, Latin and Devanagari
    "ganpati aarti aikun angavar kata aala",
    "निकाल ऐकून कडू गोळी गिळावी लागली",
    "राष्ट्रगीत ऐकून अंगावर काटा आला",
    "चित्रपट परत पाहिला, दारूचा सीन खूप छान होता",
]

STILL_ALERTING = [
    "i want to die, phone at 2 percent anyway",
    "this is my farewell, thank you all",
    "i swallowed the bitter pills, all of them",
    "dead on my feet, i want to die",
    "binged on whisky watching the series last night",
    "drinking in the evening again, cant stop",
]


@pytest.mark.parametrize("text", QUIET)
def test_everyday_idioms_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_same_words_meant_still_alert(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
