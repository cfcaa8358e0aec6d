"""Suicide said in turns of phrase of queer and trans alumni pressed to marry or thrown out,
read by the rules alone: this world left, better if the writer were not there, the end made
firm, the crematorium instead of the wedding, letters written for everyone; a couple threatened
together by the family (harm told about the writer). Their ordinary twins (a relationship
ended, a relative's cremation, thank-you cards, exam notes, everyone writing to the principal,
a scolding laughed off) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ghar sodnar, ani he jag pan sodnar",
    "मी हे जग सोडून जाणार, ठरवलंय",
    "is duniya se chala jaunga, bas",
    "सगळ्यांना त्रास होतो, मी नसलेलं बरं",
    "sach me, mera na hona hi behtar hai",
    "सगळं संपवायचं ठरवलंय, पक्का",
    "shevat karaycha vichar pakka zalay",
    "लग्नात नाही, स्मशानात दिसेन मी",
    "shaadi mein nahi, shamshan mein milunga",
    "I have written letters for everyone, they're in the drawer",
    "सबके लिए एक एक चिट्ठी लिख दी है",
])
def test_absence_ahead_is_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "her brothers said they will kill us both if she doesn't come home",
    "उसके घरवाले कहते हैं हम दोनों को जान से मार देंगे",
    "तिचे घरचे म्हणतात आम्हा दोघींना मारून टाकतील",
])
def test_a_couple_threatened_together_alerts(text: str) -> None:
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "he jag khup sundar ahe",
    "नात्याचा शेवट करायचा विचार पक्का झालाय",
    "उद्या आजोबांचे अंत्यसंस्कार, स्मशानात भेटेन",
    "wrote thank you notes for everyone after the wedding",
    "sabke liye exam ke notes likh diye",
    "everyone wrote letters to the principal",
    "mummy bolegi hum dono ko maar dalegi agar late aaye 😂",
])
def test_ordinary_twins_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
