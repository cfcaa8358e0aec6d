"""Treatment told in its own words, read by the rules alone: TB is the illness, not tablets; a
course or a taper completed ("पूरा किया", "purna zala") is no quantity; the mood killed by a
report is no killing; a life offered for a dish is a cook praised. Their earnest twins (tablets
counted after a number, all the pills taken, a person killed, a life given for a person with
the means) still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "TB ki report sab normal aayi",
    "टीबी का कोर्स पूरा हुआ, नशा भी नहीं",
    "tb treatment purna zala ani sobriety 1 varsh",
    "doctor ne taper poora kiya, aaj se koi dose nahi",
    "result dekh ke mood ka murder ho gaya, baaki sab theek",
    "रिपोर्ट से मूडचा खून झाला, बाकी ठीक",
    "tai tumchya misal sathi jeev deto 😄",
    "aapke samose ke liye jaan de dunga bhabhi",
])
def test_treatment_words_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("took all my TB pills at once", Category.OVERDOSE),
    ("सारी गोलियां एक साथ खा लीं", Category.OVERDOSE),
    ("usko jaan se maar dunga, uska murder kar dunga", Category.HARM_TO_OTHERS),
    ("mood nahi hai, uska murder kar dunga aaj", Category.HARM_TO_OTHERS),
    ("tumchya sathi jeev deto, vish aanun thevla aahe", Category.OVERDOSE),
])
def test_the_earnest_twins_still_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
