"""Round 18 (films, songs, poetry, statuses, cricket): the end said as a show, a picture, a
journey or an innings over beside a farewell; not being there for the next call; no tomorrow
for the writer on a roof; tonight the last night and nobody to look in the morning; at the
tracks or on a roof with "ata bas" or looking down; "I won't do anything, but every night I
think how"; everyone free once the writer goes; this life or body not wanted; the next life
awaited and this one enough; the world a prison. Each is
read by the rules alone, in English, Hindi and Marathi, in both scripts; their ordinary twins (a
show or a game that ended, a trip that keeps one from the call, a train awaited, a view from the
terrace, a sigh at the heat, a hostel like a jail) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ('the show is over for me, you wont find me, dont look for me', Category.SUICIDE),
    ('mere liye picture khatam, dhundhna mat mujhe', Category.SUICIDE),
    ('माझा डाव संपला, मला शोधू नका', Category.SUICIDE),
    ('meri pari khatam, aaj raat faisla kar liya', Category.SUICIDE),
    ('my innings is over, made up my mind tonight', Category.SUICIDE),
    ('मेरा सफ़र यहीं खत्म, फोन मत करना', Category.SUICIDE),
    ('i wont be here for the next call sir', Category.SUICIDE),
    ('पुढच्या आठवड्याच्या फोनला मी नसणार, आभार', Category.SUICIDE),
    ('माझ्या आयुष्याचा पडदा पडला, मला शोधू नका', Category.SUICIDE),
    ('मेरी पारी यहीं खत्म, अब फ़ोन मत करना', Category.SUICIDE),
    ('you wont hear from me on the next call', Category.SUICIDE),
    ('agli call pe mai nahi milunga sir', Category.SUICIDE),
    ('माझा खेळ संपला, आता कोणी फोन करू नका', Category.SUICIDE),
    ('रुळाजवळ उभा आहे, आता बस', Category.SUICIDE),
    ('aaj ki raat meri aakhri hai, subah mat dhundhna', Category.SUICIDE),
    ('agle call pe main nahi rahunga sir', Category.SUICIDE),
    ('पुढच्या फोनला मी नसेन सर', Category.SUICIDE),
    ("dont think i'll be around for the next session", Category.SUICIDE),
    ('mere liye kal nahi hai, chhat pe baitha hu', Category.SUICIDE),
    ('no tomorrow for me, im on the roof now', Category.SUICIDE),
    ('माझ्यासाठी उद्या नाहीच, गच्चीवर उभा आहे', Category.SUICIDE),
    ('meri aakhri raat hai aaj, subah koi mat dhundna', Category.SUICIDE),
    ('this is my last night, phone will be switched off, dont look for me', Category.SUICIDE),
    ('patri ke paas khada hu, ab bas', Category.SUICIDE),
    ('पुलावर उभा आहे, आता बस', Category.SUICIDE),
    ('on the terrace standing, looking down, thats it just this', Category.SUICIDE),
    ('chhat pe khada hu, neeche dekh raha hu, bas ab', Category.SUICIDE),
    ('i wont do anything dont worry, but every night i think how', Category.SUICIDE),
    ('मैं कुछ नहीं करूंगा, लेकिन हर रात सोचता हूं कैसे', Category.SUICIDE),
    ('mi kahi karnar nahi, pan roj ratri kasa te vichar yetat', Category.SUICIDE),
    ('main chala gaya to sab theek ho jayega', Category.SUICIDE),
    ('if im gone everyone will be free of me', Category.SUICIDE),
    ('मी गेले तर सगळे सुखी राहतील', Category.SUICIDE),
    ('ha deh nako mala ata', Category.SUICIDE),
    ('ye jaan nahi chahiye ab', Category.SUICIDE),
    ('i dont want this body anymore, this life i dont want', Category.SUICIDE),
    ('पुढच्या जन्मात बघू, हे आता पुरे', Category.SUICIDE),
    ('agle janam me dekhenge, is janam me bas', Category.SUICIDE),
    ('ye duniya pinjra hai, ab isme nahi rehna', Category.SUICIDE),
    ('this world is a prison and i dont want to stay', Category.SUICIDE),
])
def test_read_as_danger(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    'the show is over, thanks for coming everyone, bye',
    'picture sampla, ata ghari jato, bye',
    'film khatam, ab ghar ja raha hu, call mat karna so raha hu',
    'game over for me in this level, decided to sleep tonight',
    'pudhchya phonla mi nasen, gavi janar ahe',
    'for me there is no tomorrow in this exam, terrace pe padhai kar raha hu',
    'mere liye kal nahi hai chhutti, chhat pe kapde sukha raha hu',
    'station pe khada hu, ab bas 5 minute me train aayegi',
    'railway phatak javal ubha ahe, gate band ahe, ata bas train yeil',
    'terrace var ubha ahe, khali baghtoy, kiti sundar view, bas',
    'mi gelo ki sagla kaam sutel, office la janar',
    'ha jeev nako nako zala ukadyane',
    'jail jaisa hostel hai, yahan nahi rehna, ghar jaunga',
    'agle janam me milenge dost, ab bas',
    'I wont be on the next call, in Goa on a trip that week',
    'curtains for this project, dont call me tonight, sleeping',
    'for me tomorrow doesnt work, the train is at 6',
    'gaadi me baitha hu, ab bas pahunch raha hu',
    'train me baitha hu ata bas nighalo',
    'mera safar yahi khatam, station aa gaya, call mat karna',
    'no point batting on, decided to declare tonight',
    'pudhchya callla mi nasen sir, lagnala janar ahe',
    'im not going to do anything but every night i plan how to save money',
    'कुछ नहीं करूंगा, पर हर रात सोचता हूं कैसे पैसे बचाऊं',
    'ye jaan nahi chahiye aise kaam ke liye, lol',
])
def test_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "my life is a sad movie and tonight is the last scene",
    "last over chal raha hai zindagi ka, aaj out ho jaunga",
    "माझं आयुष्य एक सिनेमा, आज शेवटचा सीन",
    "मेरी ज़िंदगी की फिल्म का आज आखिरी सीन है",
])
def test_ones_life_at_its_last_scene_today_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "life lesson from today's last over: never give up",
    "watched the last scene of that old life story film tonight, so good",
    "zindagi na milegi dobara ka last scene aaj dekha, mast",
])
def test_a_film_or_a_match_watched_stays_quiet(text):
    assert_rules_stay_quiet(text)
