"""Round 13: Marathi as it is written on the Konkan coast (Malvani: "माका", "जगाक", "जातंय",
"करतलो", "इलो", "येवचो", "नाय", "-चो"), read as the standard Marathi it stands for; the
coast's places (the sea, the creek, the jetty, the lighthouse, the boat taken out alone)
each beside a second sign; the rope in the coconut grove; drink at Shimga and Holi; and the
everyday sentences with the same words left quiet.

The sentences are this round's own, written from the forms, not taken from any set. MALVANI
holds what the rules of 802a014 missed: each fails without this round's change. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO, R = (Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS,
                    Category.RELAPSE)

MALVANI: tuple[tuple[str, Category], ...] = (
    # the dative in -क and the infinitive of purpose in -आक
    ("माका आता जगाक नाय", S),
    ("maka ata jagak nako re", S),
    ("बापाशीक सांगा माका माफ कर, मी आता जातंय", S),
    ("मी नसलंय तर आवशीक त्रास कमी होतलो", S),
    # the first person present in -तंय and the future in -तलो
    ("उंदीर मारायचं औषध आज रात्री खातलो", OD),
    ("फिनेलची बाटली घेऊन बसलंय, आता पितंय सगळी", OD),
    ("majhya bhavane kajuchya bagetla aushadh pyayla", OD),
    ("4 divas charas odhtay", R),
    ("malak boat japt kartalo, tyachya adhi mi jatay kaymcho", S),
    ("पहाटे होडी घेऊन एकटो समुद्रात जातंय, परत येवचो नाय", S),
    # the instrument in -न and the past that agrees with its object in -ओ
    ("कोयत्यान हातावर वार केलो स्वतःच्या", SH),
    ("परत इलो तर त्याका जिवंत गाडतलो", HO),
    ("उद्या बंदरावर गाठून सुरी घालतंय पोटात", HO),
    # the coast's places beside a second sign
    ("the ocean took my friend last year, it can take me too", S),
    ("the creek will free me from all this", S),
    ("samudrach mala sodvel ata", S),
    ("समुद्र मला घेऊन जाईल", S),
    ("samundar mujhe le jayega", S),
    ("ती एकटी खाडीकडे गेली, परत येणार नाही म्हणाली", S),
    ("तो जेटीवर एकटाच बसलाय आज रात्री", S),
    ("i took the boat out alone, tell mother sorry", S),
    ("jetty var ekta basloy, pani khol aahe", S),
    ("दीपस्तंभाकडे एकटाच बसलोय आज रात्री", S),
    ("माझा भाऊ खाडीजवळ बसलाय आणि फोनवर bye म्हणतोय", S),
    ("bhau jetty var basla aahe, phone var bye bolla", S),
    ("खाडीकडे बसलंय, थोड्या वेळाने सगळं शांत होईल", S),
    ("नारळाच्या बागेत दोरी बांधून आलोय, अंधार पडल्यावर तिथे जातोय", S),
    # living with nothing kept in it; the morning wished away
    ("आता काय ठेवलंय जगण्यात", S),
    ("jagnyat kay thevlay ata", S),
    ("रोज असं वाटतं की सकाळ होऊच नये", S),
    # drink at Shimga and Holi, the glasses struck, a restart told in "केलंय"
    ("शिमग्यात रात्रभर खूप पिलो", R),
    ("होळीला मी पण तीन glass मारले", R),
    ("shimgyat khup pilo yaar", R),
    ("सोल्युशन परत सुरू केलंय", R),
)

QUIET: tuple[str, ...] = (
    # the coast's everyday life
    "आज रात्री होडी घेऊन मासेमारीला जातोय",
    "aaj ratri hodi gheun masemarila jatay",
    "taking the boat out tonight with the crew",
    "आज समुद्र खवळलाय, होडी सोडूक नाय",
    "the sea is rough today, no fishing",
    "संध्याकाळी जेटीवर मित्रांसोबत बसलोय, bye करून घरी येतंय",
    "jetty var mitransobat bastoy",
    "रविवारी दीपस्तंभावर पिकनिकला जातोय",
    "lighthouse la picnic la jaycha aahe",
    "please take me to the beach tomorrow",
    "take me to the sea this weekend",
    "mi ekta jetty var basun masa pakadto",
    "ekta samudrakinari firayla gelo",
    "आज रात्री खाडीत होडी सोडतंय मासे पकडूक",
    "took the boat out alone last night, caught nothing",
    "भाऊ समुद्रावर गेला, उद्यापर्यंत परत येणार नाही",
    "भाऊ बोटीवर कामाला गेला, आठवडाभर परत येणार नाही",
    # the koyta for the coconuts, a knife told as a pain
    "कोयत्यान नारळ सोलतंय",
    "माका कोयता दे, नारळ काढूक जातंय",
    "मला पोटात सुरी घालल्यासारखं दुखतंय",
    "बागेतलं औषध फवारलं आज",
    # Malvani in everyday sentences, and standard Marathi's own "-तंय"
    "माका भूक लागली, आवशीक भेटाक जातंय",
    "तुका काय होया",
    "घरच्यांका फोन केलंय",
    "बाळ दूध पितंय",
    "पाऊस पडतंय जोरात",
    "maka ek chaha de",
    "माझो झिल कायमचो मुंबईक गेलो",
    "मी मुंबईक जातंय, परत येवक आठवडो लागतलो",
    "सांजेक दारूक हात लावलो नाय",
    "बागेत झोका बांधलंय, दोरी नवीन आणली",
    # things kept, mornings dreaded, glasses of sherbet
    "फ्रिजमध्ये काय ठेवलंय",
    "उद्या सकाळ होऊच नये असं वाटतं, परीक्षा आहे",
    "होळीला सरबताचे दोन glass मारले",
    "holi pe khoob pilo sab",
)


@pytest.mark.parametrize(("text", "category"), MALVANI)
def test_the_malvani_form_and_the_coast_read_as_their_standard_meaning(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_coast_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
