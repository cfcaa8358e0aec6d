"""Suicide said by students and aspirants after a result, a mock or a failed attempt, read by the
rules alone in English, Hindi and Marathi, Latin and Devanagari: the burden removed, nobody to
say the insult from tomorrow, everyone lighter without the writer, the mother told that he
tried with a bye, books left beside not coming back, decided and finishing it, nobody to save
him, this message the last, not worthy and not to be looked for, tomorrow not to be seen, the
roof's last time or its road below, a step forward at a cliff's edge, the old thoughts obeyed
this time, good-byes taken for a trip home, the parents' gold or loan wasted beside going, and
"if I go, don't cry". Their ordinary twins (a heart's burden lifted, a result that proves them
wrong, books left for the holidays, a decision about a course, a kite on the roof, a step in a
career, a trip with a call promised) stay quiet, and the earnest twins of each still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # The burden removed.
    "papa kehte hai main bojh hu. theek hai, ab ye bojh hata dunga",
    "सब कहते हैं बोझ है, अब बोझ हटा दूंगा हमेशा के लिए",
    "don't worry mom, i won't be a burden anymore",
    "ab tumhara bojh hata dunga hamesha ke liye",
    "आई बाबा, आता तुमचं ओझं कमी करतो",
    "baba mhantat mi ojha ahe. ata ojha kami karto",
    # The insult, and nobody to say it from tomorrow.
    "sab bolte hai nikamma hai. chalo, kal se koi nahi kahega",
    "सगळे म्हणतात नालायक आहेस. ठीक आहे, उद्यापासून कोणी म्हणणार नाही",
    "everyone calls me useless. fine, from tomorrow nobody will say it",
    # Lighter without the writer.
    "ghar wale mere bina halke ho jayenge",
    "सब मेरे बिना हल्के रहेंगे",
    "maza bhau ani aai majhyashivay sukhi rahtil",
    "my parents would be happier without me",
    # The mother told that he tried, with a bye.
    "papa ko bata dena maine bahut koshish ki thi. bye",
    "आईला सांग मी खूप प्रयत्न केला. बाय",
    "tell mom i tried my best. bye",
    # Books left beside not coming back or leaving.
    "meri kitaben chhote ko de dena, main ghar wapas nahi aaunga",
    "माझी पुस्तकं ताईला द्या. मी निघतो",
    "keep my notes, i am not coming back home after this",
    "result kharab aaya to ghar nahi lautunga, meri kitabein rahul ko de dena",
    # Neither returning nor staying.
    "ना परत जाणार ना राहणार, बस झालं",
    "na ghar jaunga na yahan rahunga",
    # Decided, and finishing it.
    "i have decided. tonight i am finishing it",
    "फैसला हो गया है, आज खत्म कर दूंगा",
    "mi tharavlay, aaj sampavto",
    # Nobody to save him.
    "mujhe koi mat bachana, main thak gaya",
    "मला वाचवायला येऊ नका",
    "please dont try to save me this time",
    # This message the last.
    "sir ise mera aakhri message samjho",
    "हा मेसेज शेवटचा समजा",
    "consider this message my last one",
    # Not worthy, not to be looked for.
    "mummy papa main aapke layak nahi tha. mujhe mat dhundhna",
    "aai baba mi tumchya layakicha navhto. mala shodhu naka",
    "i was never worthy of you. goodbye",
    # Tomorrow not to be seen.
    "kal ki subah main nahi dekhunga",
    "उद्याची सकाळ मी बघणार नाही",
    "udyacha divas baghnar nahi mi",
    # The roof.
    "chhat pe ja raha hu, aakhri baar",
    "गच्चीवर चाललोय, last time",
    "sitting on the terrace, the road below looks close, i dont know what to do",
    "छत पे बैठा हूं, नीचे सड़क दिख रही है, कुछ समझ नहीं आ रहा",
    # A step forward at the edge.
    "khai ke kinare khada hu, bas ek kadam aage",
    "कड्यावर उभा आहे, वाटतं एक पाऊल पुढे टाकावं",
    "standing at the cliff edge, one step forward and done",
    # The thoughts back, obeyed this time.
    "wahi khayal fir aa rahe hai, is baar unki sunuga",
    "those thoughts are back and this time i will listen to them",
    "तेच विचार परत येतायत, यावेळी त्यांचं ऐकणार आहे",
    # Good-byes taken for a trip home.
    "sabko goodbye bola, unko laga main ghar ja raha hu",
    "said goodbye to everyone at the pg, they thought i was going home",
    # The parents' sacrifice wasted.
    "papa ne zameen bech ke fees bhari, sab barbad kiya. ab main chala",
    "आईचं सोनं विकून fees भरली, पैसे पाण्यात गेले. आता मी जातो",
    # If I go, don't cry.
    "maa agar main na rahu to rona mat",
    "मी गेलो तर रडू नका",
])
def test_suicide_said_after_a_result_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "aaj mann ka bojh hata dunga, sab sach bata dunga",
    "मन का बोझ हटा दूंगा, माफी मांग लूंगा",
    "sab kehte the nikamma hai, ab result dekh ke koi nahi kahega, top kiya",
    "meri books roommate ko de dena, main chhutti me ghar ja raha hu",
    "माझी पुस्तकं ठेव, मी दिवाळीच्या सुट्टीत घरी चाललोय",
    "i have decided, finishing the syllabus after this round",
    "ive decided, finishing it tonight, the whole test series book",
    "उद्याचा match मी बघणार नाही, झोपणार आहे",
    "terrace pe ja raha hu last time patang udane is season",
    "गच्चीवर बसलोय, खाली रस्ता दिसतोय, चहा पितोय मित्रांसोबत, काही कळत नाही कोण जिंकलं",
    "one step forward at the edge of my career",
    "said goodbye to the hostel, they thought i was crying, i was going home for diwali",
    "if i go to kota dont cry maa, i'll call daily",
    "dont save me a seat, running late",
    "i won't see you tomorrow, have a good trip",
    "kal ki subah tujhe nahi dekhunga, jaldi nikalna hai",
    "terrace pe baitha hu, last time jab yahan aaya tha tab barish thi",
    "feeling lighter without me drinking",
    "not coming home tonight, staying at a friend's",
    "aaj ghar nahi aaunga, late ho jayega",
    "ghari yenar nahi aaj, mitrakade rahto",
    "got the job, won't be a burden anymore",
    "नौकरी लग गई, अब बोझ नहीं बनूंगा",
    "main hostel chala gaya to rona mat mummy, har hafte aaunga",
])
def test_the_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
