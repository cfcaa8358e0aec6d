"""Suicide said at festivals and on days of remembrance, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: one's own lamp put out for good or oneself switched off,
going with the idol and not coming back, ending too when the festival ends, this birthday wished
the last, going to the departed parent on their day, jumping into the Holi fire, oneself given as
the sacrifice, tomorrow's sun better not seen, a promise not to take one's life that cannot be
kept, no point being around, leaving in peace with the family provided for, and a rope whose
harmless use is denied. Their ordinary twins (a lamp put out after the puja, a last birthday in
a city, a grave visited, jumping over the fire, dreams sacrificed, the point of a meeting, a rope
for the swing) stay quiet, and the earnest twin of each still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sab log diye jala rahe hain, main apna diya hamesha ke liye bujha du",
    "आज दिवाळी, पण मला माझा दिवा कायमचा विझवावा असं वाटतं",
    "this christmas i just want to switch myself off for good",
    "बाप्पा, मुझे भी ले चलो. वापस नहीं आऊंगा",
    "bappa barobar mi pan jaanar, parat nahi yenar",
    "take me with you this time, i am not coming back",
    "diwali sampli ki mi pan sampnar",
    "होली खत्म होते ही मैं भी खत्म",
    "मला वाटतं हा माझा शेवटचा वाढदिवस असावा",
    "i hope this will be my last birthday",
    "abbu ki barsi hai, unke paas jaana hai mujhe ab",
    "पप्पांच्या वर्षश्राद्धाला वाटलं, त्यांच्याकडे जाईन लवकरच",
    "होलिका की आग में कूद जाऊं ऐसा लग रहा है",
    "socha apni kurbani de du, sab theek ho jayega",
    "मैं सोचता हूं कल का सूरज न देखूं",
    "i promised you i won't kill myself. i don't think i can keep it anymore",
    "मी स्वतःला काही करणार नाही असं वचन दिलं, पण आता ते पाळता येणार नाही",
    "honestly i don't see the point of being around anymore",
    "sab set kar diya bachchon ke liye. ab sukoon se ja sakta hu",
    "got a rope from the market. its not for the mandap",
])
def test_suicide_at_festivals_is_read(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "puja ke baad maine diya bujha diya aur so gaya",
    "last birthday we went to goa, this year staying home",
    "this will be my last birthday in pune, moving to delhi next month",
    "ammi ki barsi pe unki qabr pe jaana hai",
    "holi ki aag ke upar se kood gaye bachche",
    "maa ne apne sapno ki kurbani di hamare liye",
    "i don't see the point of being around for the meeting, it is useless",
    "i kept the rope. its not for the tent but for the swing",
    "last birthday pe party ho gayi thi",
    "take me with you to the mela tomorrow, i'm not coming back to this boring house tonight",
    "navratri sampli ki mi pan sampavnar project",
    "bappa barobar mi pan nachlo, pudhchya varshi lavkar ya",
])
def test_ordinary_festival_days_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
