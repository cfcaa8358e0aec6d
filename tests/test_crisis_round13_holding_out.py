"""Round 13: craving told by the struggle to hold out rather than by the want, in Marathi,
Hindi and English: everyone drinking around and how to hold out, the feet or the mind pulled
to the still or the bottle, standing at the shop asking whether to go in, the smell of it in
the house, only the glass on one's mind. Each is an urgent case (no helpline); the same words
without the drink stay quiet. The sentences are this round's own; each of CRAVING failed on
the rules of c420fca (ALREADY_READ did not).
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

CRAVING = (
    "jatret sagle pitat, mi kasa ravu kalat nahi",
    "shaadi me sab pee rahe the, khud ko rokna mushkil ho raha hai",
    "everyone is drinking at the party, its so hard to hold out",
    "बारसमोरून जाताना पाय आपोआप थांबले",
    "daru dukanasmor ubha ahe, aat jau ka?",
    "शेजारी दारू गाळतात, वास येतो घरात, कसं सहन करू",
    "भांडण झाल्यावर मन बाटलीकडे ओढतंय",
    "sagla shant zala ki fakt glass aathvato",
    "haat kaptat, bechain vatta, kahitari kara",
)
# Read before this round too, kept so the class stays whole.
ALREADY_READ = (
    "लग्नात सगळे पीत होते, मनाला आवरणं खूप कठीण जातंय",
    "ठेके के सामने से गुजरा, पैर अपने आप उधर मुड़ रहे थे",
    "theke ke saamne khada hu, andar jaun kya",
)
QUIET = (
    "जत्रेत खूप गर्दी होती, कसा राहू इतक्या गर्दीत",
    "दुकानासमोर गाडी लावली, भाजी आणली",
    "पाय थांबले कारण सिग्नल लाल होता",
    "swayampakacha vas yeto ghari, bhook lagli",
    "मन ओढतं गावाकडे, आईची आठवण येते",
)


@pytest.mark.parametrize("text", CRAVING + ALREADY_READ)
def test_holding_out_against_the_pull_is_an_urgent_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_without_the_drink_stay_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
