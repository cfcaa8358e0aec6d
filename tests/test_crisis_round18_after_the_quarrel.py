"""Suicide told after a fight, an insult or a scolding reaches a person: the leaving said to a
mother with a sorry, a fault owned, a "take care of yourself" or one's things handed to a brother
or a sister; a plan for tonight only told; a parent's "better you die" and the writer now doing
just that; the writer, such a father or son, unfit to live; nobody needing the writer and
everyone freed of him; the well or the tracks easier than facing someone. The same leaving with an
errand, a destination, a return or a ride named, the same plan for a movie, and nobody's need of
one at a job being left, stay quiet, each beside its twin."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sorry maa, main ja rahi hu. apna khayal rakhna",
    "mummy maaf karna, main chala",
    "mom, i'm leaving. it was my fault, take care of yourself",
    "mom im sorry, im leaving. give my phone to my sister",
    "सॉरी मम्मी, मैं जा रही हूँ, अपना ख्याल रखना",
    "आई, माफ करा, मी जातो",
    "aai majha chukla, mi nighalo",
    "aai, mi nighalo. majha phone taila de",
    "mummy main ja raha hu, meri watch bhai ko de dena",
    "meri bike bhai ko de dena, main ja raha hu",
    "bhai meri watch tujhi, aai la sang mi nighalo",
    "आई मला माफ कर, मी निघाले, बाबांची काळजी घे",
    "माझा मोबाईल ताईला द्या, मी निघालो",
])
def test_leaving_said_to_a_mother_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "plan ready hai, aaj raat. just letting you know",
    "प्लॅन केला आहे, आज रात्री. फक्त सांगतोय",
    "plan is set for tonight. just so you know",
    "sab kuch soch liya hai, aaj raat karunga. bas bata raha hu",
    "aaj raat karunga, sab tay hai, bas bata raha hu",
    "aaj raat ka plan pakka, bas bata rahi hu",
])
def test_a_plan_for_tonight_only_told_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mom said better if you were dead. that's what i'll do",
    "आई म्हणाली जाऊन मर, तेच करतो आता",
    "aai mhanali tu melis tar bara, tech karte ata",
    "aai mhanali mela asta tar bara, mag tech karto",
])
def test_told_to_die_and_doing_it_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "papa ne kaha tu mar jaye to accha, ab wahi karunga",
    "पापा बोले तू मर जा, अब वही करूंगा",
])
def test_told_to_die_in_hindi_alerts(text):
    # "mar" beside a father is also read as harm between them; either way a person is reached.
    assert detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", [
    "maine bachon ke saamne biwi pe haath uthaya, aise baap ko jeene ka haq nahi",
    "i hit my wife in front of my kids, a father like me doesn't deserve to live",
    "दारू पिऊन आईला शिव्या दिल्या, अशा मुलाने जगू नये",
])
def test_the_writer_unfit_to_live_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "meri kisi ko zarurat nahi, sabko mujhse chhutkara mil jayega",
    "nobody needs me, they'll all be free of me soon",
    "माझी कुणाला गरज नाही, सगळ्यांची माझ्यापासून सुटका होईल",
    "mere jaane se sab azaad ho jayenge",
    "once i'm gone they will all be free",
    "मी गेलो तर सगळे मोकळे होतील",
])
def test_nobody_needs_me_and_all_freed_of_me_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "the tracks look easier than facing my father tomorrow",
    "कुएं में कूदना उसका सामना करने से आसान लगता है",
    "vihir bari vatte, tyala tond dakhavnyapeksha",
])
def test_the_place_easier_than_facing_someone_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "sorry mummy, main office ja raha hu, apna dhyan rakhna",
    "sorry aai, mi kamavar chaallo, jevan karun ghe",
    "mom i'm leaving for college, sorry about the mess, take care",
    "plan bana liya hai aaj raat movie ka, bas bata raha hu",
    "plan bana liya aaj raat party ka, bas bata rahi hu",
    "i've decided, tonight i'm going to the party. just letting you know",
    "meri cycle bhai ko de dena, main hostel ja raha hu",
    "mazi bike dadala de, mi punyala chaallo kamasathi",
    "mere jaane ke baad tum sab araam se so jana",
    "sorry mummy main ja raha hu, sabzi me namak daal de",
    "plan ban gaya hai aaj raat ka, bas bata raha hu ki khana mat banana",
    "sorry mummy, main ja raha hu meeting me, apna dhyan rakhna",
    "i feel nobody needs me, they'd be free of me if i moved to pune",
    "the well near the temple is easier than facing the long queue at the tap",
    "sorry, i am leaving, take care",
    "sorry, mi nighalo, kalji ghe",
    "meri chai me cheeni daal de, main ja raha hu",
    "mummy main ja raha hu, meri bag de do",
    "sorry mom, i'm leaving now, the cab is here. take care",
    "sorry maa, main ja raha hu, kal milte hain",
    "sorry aai, mi nighalo, udya bhetu",
    "plan bana liya hai, aaj raat. bas bata raha hu ki late aaunga",
    "nobody needs me at work anymore, they'll be free of me after friday when i quit",
])
def test_leaving_on_an_errand_or_a_plan_for_an_outing_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "baba bolle tu mel, aata tech karnar",
    "आई म्हणाली जाऊन मेल, आता तेच करणार",
])
def test_the_marathi_imperative_obeyed_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)
