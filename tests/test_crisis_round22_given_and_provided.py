"""Suicide said by what a writer gives away or settles, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: one's own things given to someone beside no use for
them now, all one's things shared out, dependants provided for beside the writer's part being
over or "after me", the house handed to a son. Their ordinary twins (old things given when a new
one is bought, things shared out before a move, fees paid and the office work over, the house
left to a son while the father works abroad) stay quiet, and their earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "apni guitar aur camera dost ko de diya. ab mere kis kaam ka",
    "माझं घड्याळ आणि सायकल भाच्याला दिलं. आता मला काय करायचं त्याचं",
    "gave my headphones and jacket to my cousin. no use to me now",
    "मैंने अपनी सारी चीज़ें बाँट दी हैं दोस्तों में",
    "त्याने आपल्या सगळ्या वस्तू वाटल्या, भीती वाटते",
    "mulachi fee bharli varshbharachi. ata tyala majhi garaj nahi",
    "घर बायकोच्या नावावर केलं. माझं काम संपलं",
    "put the savings in her name. they won't need me now",
    "मेरे बाद माँ को कोई परेशान मत करना, किस्त भर दी है",
    "बेटे को बोला घर अब तेरा, तू ही संभाल",
])
def test_a_settling_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "purana phone chhote bhai ko de diya, naya liya hai. ab mujhe kya zarurat purane ki",
    "shifting se pehle saari cheezein baant di padosiyon me",
    "मुलाची फी वर्षभराची भरली, आज ऑफिसचं काम पण संपलं, माझं काम संपलं आजचं",
    "बेटे को बोला घर अब तेरा जब तक मैं दुबई में नौकरी करता हूं",
])
def test_an_ordinary_giving_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
