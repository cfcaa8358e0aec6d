"""Round 12: long messages that tell a story in which the danger words are someone else's or
the writer's overcome past: a film's or the paper's people (across sentences, in both
scripts), a friend who still drinks referred to the centre, the peg offered at a wedding and
refused, going back to the job ("wapas join kar chuka hu"), the old habit of years back
beside today's clean count. Each is read as told, and the reports of a use or a danger now
beside them still alert.

The sentences are this round's own, written from the class, not taken from any set.
TOLD holds what the rules of 4f8f92e read as a crisis: each is quiet only with this round's
change. ALREADY_READ holds alerts that must stay alerts. Read by the rules alone
(second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

R, OD = Category.RELAPSE, Category.OVERDOSE

ALREADY_READ: tuple[tuple[str, Category], ...] = (
    # a family member's report of a relapse, beside the centre
    ("my husband drinks every night again, can he come back to the centre?", R),
    ("mera beta phir se roz peene laga hai, aapka number mila, kya karu", R),
    ("माझा नवरा परत रोज दारू पितो, त्याला केंद्रात घेऊन येऊ का?", R),
    # the writer following the film
    ("film mein hero ne zeher kha liya, main bhi zeher kha lunga", OD),
    # back to the bottle, not to work
    ("kal raat phir se daru pi li", R),
    # a slip now, beside an old habit
    ("pehle roz peeta tha, kal raat phir pi li", R),
)

TOLD: tuple[str, ...] = (
    # a film's or the paper's people, and the next sentences about them
    "Kal biwi ke saath picture dekhi. Villain ka bhai nashe mein gaadi chalata hai aur do logon ko "
    "kuchal deta hai. Bahut dukh hua dekh ke. Ghar aake khana khaya.",
    "Sunday la sinema pahila. Tyat heroine la villain maarto ani hero radto. Mast hota.",
    "काल आम्ही सिनेमा पाहिला. त्यात हिरोचा भाऊ दारू पिऊन गाडी चालवतो आणि शेवटी मरतो. सगळे रडले.",
    "Aaj akhbar mein padha ek aadmi ne nashe mein apni dukaan jala di. Bura laga.",
    "आज पेपरमध्ये वाचलं की एका मुलाने दारू पिऊन ट्रक चालवला. फार वाईट वाटलं.",
    # a friend who still drinks, sent towards the centre
    "Sir my friend Rohit still drinks every night. I gave him your number, can he call you on Monday?",
    "Mera dost Raju abhi bhi roz peeta hai. Maine usko centre ke baare mein bataya. Kya uski maa ko bhej du?",
    # the writer's relative offering, the writer refusing
    "लग्नात सगळे पीत होते, माझे सासरे पण म्हणाले एक पेग घ्या. मी नाही म्हणालो आणि थम्स अप पीत बसलो.",
    "जत्रेत काही लोक रात्री पीत होते, मला पण विचारलं, मी नाही घेतलं. आता आठ महिने झाले.",
    # back to the job
    "Sir main naukri pe wapas join kar chuka hu, 8 mahine ho gaye daru chode.",
    "Company ने transfer cancel कर दिया, मैं वापस join कर चुका हूं।",
    # the old habit of years back, the count first
    "Sir 14 months clean now. Four years back I was found lying drunk outside the station, today I run a shop.",
    "आज आठ महीने पूरे हुए। पहले इसी वक्त नशे में पड़ा रहता था।",
    "Aaj 9 mahine zale. Pahile sandhyakali mi nashet padlelo asaycho.",
    # an everyday word folding onto a danger word
    "Sasur ji ghar aaye the, sab badal gaya hai ab.",
)


@pytest.mark.parametrize(("text", "category"), ALREADY_READ)
def test_a_use_or_a_danger_now_beside_a_story_still_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", TOLD)
def test_a_story_told_or_a_past_overcome_is_no_crisis(text):
    assert_rules_stay_quiet(text)
