"""Suicide told by alumni in treatment, read by the rules alone: the clinic or the dose left for
good beside an end of oneself; one's dose handed on because it won't be needed; a diagnosis or
shame beside ending it tonight; a bridge or a ghat beside last words; a last message asking
forgiveness; a child entrusted with no message after today; better if one did not remain; the
wish to end in one's sleep; told to die and obeying; going under a train; no point going on.
A transfer or a taper completed, a show that ends, a bridge's traffic, a party not stayed at and
no point going on with an argument stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "clinic nahi aaunga ab, mera khel khatam",
    "methadone la parat yenar nahi, majha sampla",
    "won't come to the clinic again. i'm done",
    "माझ्या डोसची जागा दुसऱ्या कोणाला द्या, गरज लागणार नाही आता",
    "mera dose kisi aur ko de do, zarurat nahi padegi",
    "HIV positive aaya, aaj raat end kar dunga",
    "लिवर खराब, पैसे नहीं, खत्म कर दूंगा",
    "flyover pe khada hu. bas itna hi",
    "पुलावर आहे. कोणाला कळू देऊ नका",
    "mummy se kehna mujhe maaf kar de, ye last message hai",
    "please take care of my son, won't text again",
    "मी नसलो तर बरं सगळ्यांचं",
    "bas neend mein hi khatam ho jaun",
    "ती म्हणाली तू मेलास तरी चालेल, आज तिचं ऐकतो",
    "dose band kiya to train ke neeche aa jaunga",
    "lost my job, lost my family. no point going on",
])
def test_treatment_given_up_is_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "clinic nahi aaunga ab, transfer ho gaya gaon ke clinic mein",
    "माझ्या डोसची जागा दुसऱ्या कोणाला द्या, मी दुसऱ्या क्लिनिकला shift होतोय",
    "HIV positive patients ke liye show aaj raat end",
    "flyover pe khada hu, traffic hai. bas itna hi",
    "mi party la nahi rahilo tar bara, lavkar zopto",
    "no point going on with this argument",
])
def test_treatment_ordinary_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
