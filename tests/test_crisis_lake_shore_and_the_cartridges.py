"""Rounds 130-131's reading (areas/self_harm/lake_shore_and_the_cartridges.py, and their threats, relapses and false
alarms in areas/harm_and_others/petrol_and_the_cabin_dropped.py, areas/substance_use/large_pegs_and_the_nitra.py,
lift_ropes_and_test_strips.py): what is left when I am gone, the last words, the water and the rails, the hand
bitten till it bled, the anaesthetic cartridges "to give myself", the locked room with no response; "I'll cut off
his head"; "went straight to the liquor shop", "couldn't resist, took some"; the shop closed ("dukan band karke"),
"today's win", the half marathon, the chess board's poisoned pawn. Each has a twin with the same words. The
sentences are my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO, RE = (Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS,
                     Category.RELAPSE)


@pytest.mark.parametrize("text,category", [
    ("mere jaane ke baad bike bech dena, loan bhar dena", S),
    ("mi gelo tar gharchyanna sukh milel", S),
    ("policy che vimyache paise miltil, tumhi sukhi rahal", S),
    ("ghar japt honar, tyaadhi mich jato", S),
    ("उससे पहले मैं ही चला जाऊंगा", S),
    ("somvar paryant maza vishay samplela asel", S),
    ("sach bolu to marne ka plan bana liya hai", S),
    ("ab life se resign karna hai bas", S),
    ("naukri gayi, biwi gayi, jeene ko bacha kya hai", S),
    ("pudhchya varshi mi zinda nasnar", S),
    ("sabko meri taraf se ram ram, ab mulakat nahi hogi", S),
    ("मेरी डायरी पढ़ लेना, माँ को बोलना मुझे माफ करे", S),
    ("aaj ratricha nirnay ghetlay, kuni thambvu naka", S),
    ("majhi pustaka mitrana vatun dya, mala ata lagnar nahit", S),
    ("pul pe hu, bachchon ka dhyan rakhna", S),
    ("chhat pe hu, niche sab chhote dikh rahe, bas kisi ko batana tha", S),
    ("kal nadi me utar gaya tha, agli baar nahi kheenchunga", S),
    ("loan nahi fitla, ata fakt dharan cha rasta urla", S),
    ("roz patri dekhta hu, aaj utar jaunga uspe", S),
    ("sagle dues clear kele, ata mi jato, sagalyana sorry", S),
    # self-harm
    ("gusse me jalta lakud hatavar lavla", SH),
    ("मोमबत्ती की लौ पे हाथ रखा, दर्द अच्छा लगा", SH),
    ("tension madhe hatala chavlo, ragat ala", SH),
    ("compass se haath pe kharonchta rehta hu", SH),
    ("ran on the broken toe on purpose, wanted it to hurt", SH),
    # overdose
    ("lignocaine ke cartridges bhar liye, khud ko lagane wala hu", OD),
    ("kitaknashak chi batli ghetli, tond lavnar", OD),
    ("ghasletachi batli ahe, sagle zople ki pito", OD),
    ("keetnashak gheun dongravar aloy, aaj ithech", OD),
    ("poori pudiya ek saath, saans phool rahi hai", OD),
    ("chuha maar dawai mere paas hai, bas khol raha hu", OD),
    # reported
    ("papa ne room lock kar li, andar se no response", S),
    ("bhai bola aaj last day hai, phone bhi nahi utha rahe", S),
    ("वो बोला आज रात खत्म कर लेगा, फोन बंद है", S),
    ("te rulakade gelet, phone uchalat nahit", S),
    ("baba ajun aale nahit, mhanale hote parat yenar nahi", S),
    # threats
    ("tya sahukarachi gadi jalnar, tyachi gadi jalnar aaj", HO),
    ("to parat ala tar mundka chheden", HO),
    # relapse
    ("pagar milala ani sarla gutyavar gelo", RE),
    ("bottle dekh ke raha nahi gaya, le liya thoda", RE),
    ("tadi pilo ani 2 divas tithech padlo", RE),
    ("khokla nahi tarihi corex ghetli", RE),
    ("dukan ughadnyadhi desi ek takli", RE),
    ("shop band karke 2 peg maar liye", RE),
    ("sagle pit hote, mi fakt don peg ghetle", RE),
])
def test_rounds_130_131_forms_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "last photo of the goa trip, bye bye",
    "railway phatak pe train ka wait kiya 10 minute",
    "chukun garam bhandi hatavar lavla",
    "insurance ka claim mila, loan sutel ab",
    "theke ke saamne se nikla, ruka nahi, aaj ki jeet",
    "pune half marathon complete, 7 mahine sober",
    "विषारी प्यादं खाल्लं त्याने, मस्त डाव",
    "building painting ka kaam, rassi se latak ke karte hai",
    "मरू दे ते जाऊ दे, कालचं भांडण",
    "presentation se sabko maar dala, superb",
    "kamane melo aaj, 60 khati",
    "party me sab ganja pi rahe the, main neeche aa gaya",
    "shaadi me sab ne mahua piya, maine sherbet liya",
    "daru ke bache paise se beti ke liye cycle li",
    "lagnat sagle pile, mi fakt jevlo ani ghari aalo",
])
def test_their_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
