"""Rounds 126-127's reading (areas/self_harm/track_and_the_rosary.py, areas/harm_and_others/kettle_and_the_musth.py,
areas/substance_use/pouch_and_the_pola.py): the rails "I can't hear the train, good", the last things said, the
chain and the rope, self-harm kept up till it hurt, the hair dye and the rat-poison paste, the threats of the
kettle and the musth, the liquor pouch and the slip at Pola. Each has a quiet twin with the same words. The
sentences are my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO, RE = (Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS,
                     Category.RELAPSE)


@pytest.mark.parametrize("text,category", [
    # the rails
    ("raat ko patri pe baitha hu, train ki awaz mujhe aati nahi, dard nahi hoga", S),
    ("रुळावर चालतोय आता, मागून गाडी आली तरी कळणार नाही, तेच हवंय", S),
    ("i think everyone would be happier if i just stepped in front of the rajdhani", S),
    ("platform ke end pe ja raha hu chhadi chhod ke, alvida", S),
    ("mera safar yahi khatam. maa ka khayal rakhna", S),
    # the last things said and done
    ("pray for my soul, i am tired", S),
    ("I don't think I'll see the new year, and I'm at peace with that", S),
    ("won't be around for Easter. the letter for my sister is in the drawer", S),
    ("wrote a letter for papa, kept under my pillow, he will find it after", S),
    ("ab main ja raha hu hamesha ke liye, maaf karna", S),
    ("meri cycle bhai ko de dena. ab chalta hu", S),
    ("aai la sanga sorry, mi kadhi bolu shaklo nahi", S),
    ("sabko bolna mera salaam, ab milna nahi hoga", S),
    ("Jejurila shevtacha darshan ghetla, ata kahich ichha urli nahi", S),
    ("मेरा ना रहना ही सबके लिए अच्छा है अब", S),
    ("mi naslo ki policy che claim che paise yetil, gharcha bhagel", S),
    ("देवाला रोज सांगतो उद्या उठवू नको", S),
    ("bhagwan ne nahi bulaya to main khud chala jaunga uske paas", S),
    ("vishay sampla. dharan javal basloy, pani khup khol ahe", S),
    ("tonight i finish it. nobody understands me", S),
    ("he says bas meri kabar bana dena khet me", S),
    ("majhya dafanvidhila jaga theva, lavkarach lagel", S),
    ("roz vatta zopet ch sampun jave", S),
    # the chain and the rope
    ("bakri ki zanjeer gale me daal ke dekhi aaj", S),
    ("दोरी आणलीय, वाश्याला बांधणार आहे आज", S),
    ("rassa ped pe baandh diya, andhere ka intezaar hai", S),
    # self-harm kept up till it hurt
    ("gussa aaya to belt se apne pair pe maara jab tak neela nahi pada", SH),
    ("मेणबत्तीवर बोट धरलं जळेपर्यंत, jalat hoi paryant", SH),
    ("garam chimta kalai pe laga liya, aaj phir", SH),
    ("राग आला की पिन बोटात टोचतो मी", SH),
    ("dok bhintivar aaptla, kapal phutla", SH),
    ("khoon dekh ke sukoon milta hai mujhe", SH),
    # overdose
    ("kali mehndi ki shishi samne hai, aaj pi lunga", OD),
    ("ratol ki tube khol ke rakhi hai", OD),
    ("papa ne sugar ki goliyon ka pura patta kha liya, bol nahi rahe", OD),
    # reported
    ("mera bhai bol raha hai aaj last day hai, platform pe akela baitha hai", S),
    ("tai sakalpasun kholit band ahe, mhanali kadhi bahir yenar nahi", S),
    ("baba mhanale mi sakali nasen, ata phone band ahe", S),
    ("maza bhau talavavar gela ahe, phone uchalat nahi, konitari patava", S),
    # threats
    ("kal woh thekedar aaye to chaku se dekh lunga", HO),
    ("us dalal ke upar khaulta tel daal dunga", HO),
    ("tyala truck samor dhakalnar, mag kalel", HO),
    ("i know where he sleeps. he wont come back from the farm", HO),
    # relapse
    ("tension madhe thaili ghetli, ata roj chalu", RE),
    ("sir chuk jhali, navratrit pilo", RE),
    ("mukadamane aagrah kela, nahi mhanu shaklo nahi, don peg", RE),
    ("payment milte hi 2 quarter le liye", RE),
    ("dost ne nitrazepam di, maze ke liye le li", RE),
    ("had mahua yesterday and today also", RE),
])
def test_rounds_126_127_forms_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "track pe roz chalta hu, gang ki duty hai",
    "mera safar yahi khatam, ab ghar jaa raha hu bus se",
    "letter for mummy, she will find it on her birthday, surprise!",
    "meri cycle bhai ko de dena, main kal Pune ja raha hu",
    "आज पासपोर्ट ऑफिस जायचं, मी नसेन तर दुकान बंद ठेवा",
    "quarter ghetla nahi, cold drink ghetli",
    "gold chain gale me daal ke dekhi, achhi lagi",
    "दोरी आणली, गाईला वाश्याला बांधणार आहे आज",
    "pair pe malish ki jab tak sujan nahi utri",
    "silai karte waqt sui ungli me chubh gayi, thoda khoon aaya",
    "blood donation ke baad sukoon milta hai",
    "baalon me kali mehndi lagayi aaj",
    "ratol ki tube khol ke rakhi godown me, chuhe bahut hai",
    "aaj office me last day hai, farewell party hai",
    "bazarat thaili ghetli bhajisathi",
    "pouch ghetla nahi, shampoo cha sachet ghetla",
    "mitrane quarter dila, nako mhanlo, chaha ghetla",
    "that exam will let him get crushed lol",
])
def test_their_quiet_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
