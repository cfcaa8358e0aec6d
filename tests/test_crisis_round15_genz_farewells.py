"""A young writer's farewell reaches a person even under a joke: their own funeral planned
and then made earnest, a bye to everyone beside "I'm out" or every group left, the last
message with thanks, debts repaid and chats cleared, not wanting to stay in this world,
nobody the worse if they go, no point in the week ahead. The party after the exam, a group
left for its spam, a bye before sleep or a trip and a scolding joked about stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "results ke baad mera funeral hai lol. sach mein yaar, sab tay hai",
    "placement ke baad maza funeral ahe 😅 kharach sangto",
    "my funeral is this sunday btw. not joking, the plan is ready",
    "semester khatam hote hi meri arthi uthegi lol, मज़ाक नहीं",
    "viva ke baad main khatam, plan ready hai",
    "results nantar mi sampnar, plan zala ahe",
    "its over for me after the results. not joking",
])
def test_a_funeral_planned_for_oneself_and_made_earnest_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "exam ke baad meri party hai lol",
    "papa ne marks dekhe to mera funeral pakka 😂",
    "dadaji ka funeral kal hai, sach mein bahut dukh hai",
    "seriously, the funeral scene in that film made me cry",
    "this exam is gonna be my funeral no cap 💀",
    "bro if my mom sees this it's my funeral fr fr 😭",
    "plan ready hai yaar, bas exam khatam hone do",
    "all done from my end, plan ready",
    "this sem its over for me lol, backlog pakka",
])
def test_a_party_a_scolding_or_someone_elses_funeral_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i'm out. bye everyone, it was nice knowing you all",
    "सबको बाय, मैं out हूं",
    "left all the groups. bye everyone, im done",
    "sab group chhod diye, sabko bye bol diya. bas ho gaya",
    "sabko bye bol diya, sab groups left kar diye",
    "सगळ्या ग्रुपमधून बाहेर पडलो, सगळ्यांना bye केलं",
    "ye mera aakhri message hai. थैंक यू सब के लिए, papa ka khayal rakhna",
    "paid back everyone i owed and cleared all my chats. take care of my dog",
    "final episode loading. pls take care of my plants",
])
def test_a_bye_to_everyone_beside_a_sign_of_going_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "left the group because of the spam forwards",
    "bye everyone, good night, class at 8 tomorrow",
    "im out of milk, bye everyone see you at dinner",
    "bye everyone, im out for a smoke break",
    "sabko bye bol diya, train pakad li",
    "paid back everyone i owed after the trip, finally debt free",
    "the last episode of that series was so good",
    "bye everyone, im done for today, see you tomorrow",
    "left all groups for a digital detox, bye everyone",
    "gave my old phone to my brother and deleted all chats",
])
def test_a_group_left_for_spam_or_a_bye_before_sleep_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "is duniya mein ab nahi rehna mujhe",
    "no cap i'm not staying in this world",
    "mala ya jagat rahaycha nahi ata",
    "मैं मर भी जाऊं तो किसको फर्क पड़ेगा",
    "if im gone who would even care honestly",
    "not attempting neet or life again",
    "score 1. i dont see the point of another week",
    "shayad kal main nahi rahunga",
])
def test_not_staying_on_said_plainly_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "is sheher mein nahi rehna mujhe, bangalore shift hona hai",
    "i am not staying in this hostel",
    "not attempting the life science paper again lol",
    "no point going to next week's class, sir is on leave",
    "udya mi nasen kadachit office la, gavi jatoy",
    "udya mi nasen kadachit, lagnala jaycha ahe",
    "not attempting that question, life is too short",
])
def test_a_city_a_paper_or_a_day_off_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_nobody_the_worse_if_i_go_alerts_in_hindi():
    assert_rules_find("मैं गया तो किसको फर्क पड़ेगा", Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mera laptop aur saare kapde bhai ko de dena. ab main chalta hu",
    "माझा फोन आणि सगळे कपडे भावाला द्या, मी आता निघालोय",
])
def test_belongings_handed_to_a_brother_and_leaving_now_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mobile bhavala de, mi ata nighalo office la",
    "bhai ko phone de do, ab main chalta hu, kal milte",
    "kapde dhobi ko de do, mi ata nighalo",
    "ab main chalta hu, bhai ko phone de dena, wo baat karega",
])
def test_a_phone_passed_on_before_the_office_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "paid back everyone i owed thanks to sobriety, now i take care of my family",
    "6 months sober, paid back all my debts, feeling proud",
    "सगळ्यांची उधारी फेडली, आता कुटुंबाची काळजी घेतो",
])
def test_debts_repaid_as_recovery_progress_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "paid back everyone i owed. cleared my chats. bye",
    "सबका कर्ज़ चुका दिया, chats delete कर दी, बस",
])
def test_debts_repaid_and_chats_cleared_with_a_bye_alert(text):
    assert_rules_find(text, Category.SUICIDE)
