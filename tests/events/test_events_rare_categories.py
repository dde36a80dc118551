"""The rarer PLOVER categories of the conflict dossiers (Libya, Yemen, Sudan, Sahel, Venezuela/Colombia)
in fr/en/es/ar: concessions, retreats, coercion, threats, sanctions and rejections, on sentences written
for these tests with the project's own knowledge base."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_involving, shown

# (lang, text, category, participant, whether the sentence asserts that event)
OPPONENTS = [
    # the parser reads "l'opposant" as the verb "opposer": no rejection, and the arrest it hid is found
    ("fr", "Les autorités maliennes ont arrêté jeudi l'opposant Oumar Mariko.", "REJECT", "Mali", False),
    ("fr", "Les autorités maliennes ont arrêté jeudi l'opposant Oumar Mariko.", "COERCE", "Mali", True),
    ("fr", "Caracas a libéré lundi l'opposante Rocío San Miguel.", "REJECT", "Venezuela", False),
    ("fr", "Le Mali s'oppose fermement à cette proposition de la Cédéao.", "REJECT", "Mali", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who", "asserted"),
    OPPONENTS,
    ids=[f"{c[0]}-{c[2]}-{c[4]}-{c[1][:24]}" for c in OPPONENTS],
)
def test_an_opponent_is_no_rejection(world_code, lang, text, kind, who, asserted):
    events = world_code(text, lang)
    assert bool(real_involving(events, kind, who)) == asserted, shown(events)


# A first sentence telling another event, so that the act tested is not kept merely as the document's only one.
OPENING = {
    "en": "Algeria condemned the attack on Monday. ",
    "fr": "L'Algérie a condamné l'attaque lundi. ",
    "es": "Argelia condenó el ataque el lunes. ",
    "ar": "أدانت الجزائر الهجوم يوم الاثنين. ",
}

# Acts PLOVER codes with no counterpart (flag alone): an arrest, a coup, a ban lifted, a blockade eased.
ONE_SIDED = [
    ("en", "Malian authorities arrested three opposition figures in Bamako on Saturday.", "COERCE", "Mali"),
    ("en", "Sudanese authorities imposed a curfew in Khartoum on Friday.", "COERCE", "Sudan"),
    ("en", "Niger's army seized power in a coup on Wednesday.", "COERCE", "Niger"),
    ("en", "The Libyan authorities lifted the ban on flights to Benghazi on Thursday.", "CONCEDE", "Libya"),
    ("en", "Maduro pardoned 100 political prisoners on Monday.", "CONCEDE", "Nicolás_Maduro"),
    ("fr", "Les autorités nigériennes ont interpellé mardi l'ancien ministre du pétrole.", "COERCE", "Niger"),
    ("fr", "Les Houthis ont levé samedi le blocus de la ville de Taëz.", "CONCEDE", "Houthis"),
    ("fr", "La junte malienne a levé mercredi l'interdiction des partis politiques.", "CONCEDE", "Mali"),
    ("es", "La policía venezolana arrestó el martes a un dirigente opositor.", "COERCE", "Venezuela"),
    (
        "es",
        "Caracas levantó el lunes la prohibición de viajar a varios opositores.",
        "CONCEDE",
        "Venezuela",
    ),
    ("ar", "اعتقلت السلطات الفنزويلية زعيما معارضا يوم الثلاثاء.", "COERCE", "Venezuela"),
    ("ar", "رفع الحوثيون الحصار عن مدينة تعز يوم السبت.", "CONCEDE", "Houthis"),
]


# Accepting the demands of another side yields to them (CONCEDE), not an agreement of one's own (AGREE).
DEMANDS_MET = [
    ("en", "The Houthis accepted the demands of the UN envoy on Sunday.", "Houthis"),
    ("fr", "Le Niger a accepté vendredi les exigences de la Cédéao.", "Niger"),
    ("fr", "Caracas a accepté mardi les revendications de l'opposition.", "Venezuela"),
    ("es", "El Gobierno colombiano aceptó el jueves las exigencias del ELN.", "Colombia"),
    ("es", "La junta de Malí aceptó el viernes los reclamos de la Cedeao.", "Mali"),
    ("ar", "وافق المجلس العسكري في النيجر على مطالب إيكواس يوم الجمعة.", "Niger"),
    ("ar", "استجابت الحكومة السودانية لمطالب المحتجين يوم الخميس.", "Sudan"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "who"), DEMANDS_MET, ids=[f"{c[0]}-{c[1][:24]}" for c in DEMANDS_MET]
)
def test_demands_accepted_are_a_concession(world_code, lang, text, who):
    events = world_code(OPENING[lang] + text, lang)
    assert real_involving(events, "CONCEDE", who), shown(events)
    assert not real_involving(events, "AGREE", who), shown(events)


# Borders or airspace closed restrict movement; parties suspended or dissolved are banned, an outlet's
# broadcasts suspended censored (COERCE, not the SANCTION "suspend" says of relations); a suspension lifted
# yields (CONCEDE).
RESTRICTIONS = [
    ("en", "Niger closed its airspace on Sunday.", "COERCE", "Niger"),
    ("fr", "Le Niger a fermé dimanche son espace aérien.", "COERCE", "Niger"),
    ("es", "Venezuela cerró el domingo su frontera con Colombia.", "COERCE", "Venezuela"),
    ("ar", "أغلقت النيجر مجالها الجوي يوم الأحد.", "COERCE", "Niger"),
    ("en", "Mali's junta suspended the activities of political parties on Wednesday.", "COERCE", "Mali"),
    ("fr", "La junte malienne a suspendu mercredi les activités des partis politiques.", "COERCE", "Mali"),
    (
        "es",
        "La junta de Mali suspendió el miércoles las actividades de los partidos políticos.",
        "COERCE",
        "Mali",
    ),
    ("ar", "علق المجلس العسكري في مالي أنشطة الأحزاب السياسية يوم الأربعاء.", "COERCE", "Mali"),
    ("fr", "Les autorités maliennes ont dissous mercredi les partis politiques.", "COERCE", "Mali"),
    ("en", "Burkina Faso suspended broadcasts of RFI on Thursday.", "COERCE", "Burkina_Faso"),
    ("fr", "Le Burkina Faso a suspendu jeudi la diffusion de RFI.", "COERCE", "Burkina_Faso"),
    ("en", "Niger's junta lifted the suspension of political parties on Tuesday.", "CONCEDE", "Niger"),
    ("fr", "La junte malienne a levé mercredi la suspension des activités politiques.", "CONCEDE", "Mali"),
    (
        "es",
        "La junta de Mali levantó el miércoles la suspensión de los partidos políticos.",
        "CONCEDE",
        "Mali",
    ),
    ("ar", "رفع المجلس العسكري في مالي يوم الأربعاء تعليق أنشطة الأحزاب السياسية.", "CONCEDE", "Mali"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"), RESTRICTIONS, ids=[f"{c[0]}-{c[2]}-{c[1][:24]}" for c in RESTRICTIONS]
)
def test_restriction_imposed_or_lifted(world_code, lang, text, kind, who):
    events = world_code(OPENING[lang] + text, lang)
    assert real_involving(events, kind, who), shown(events)
    assert not real_involving(events, "SANCTION", who), shown(events)


# People set free (RETREAT, mode release) and a retreat from positions, with no counterpart named.
RELEASES = [
    ("en", "Venezuela released five opposition activists on Monday as part of the deal.", "Venezuela"),
    ("en", "The Rapid Support Forces released 50 soldiers on Thursday.", "Rapid_Support_Forces"),
    ("fr", "Les Houthis ont libéré jeudi une cinquantaine de soldats gouvernementaux.", "Houthis"),
    (
        "fr",
        "Le gouvernement yéménite et les Houthis ont échangé dimanche près de 900 prisonniers.",
        "Houthis",
    ),
    (
        "fr",
        "Les forces du maréchal Haftar ont battu en retraite dimanche au sud de Tripoli.",
        "Khalifa_Haftar",
    ),
    ("fr", "Caracas a remis en liberté lundi plusieurs militants.", "Venezuela"),
    ("es", "Venezuela puso en libertad el martes a un periodista.", "Venezuela"),
    ("es", "El ELN liberó el domingo a dos soldados secuestrados.", "National_Liberation_Army_(Colombia)"),
    ("ar", "سحبت فرنسا آخر جنودها من النيجر يوم الاثنين.", "France"),
    ("ar", "أطلق الحوثيون سراح مئة أسير يوم السبت.", "Houthis"),
    ("ar", "أفرجت السلطات الليبية عن عشرة معتقلين يوم الخميس.", "Libya"),
]


# Reductions in relations told by a noun or with a possessive: assets frozen, ties cut, a body of states left.
SANCTIONS = [
    (
        "fr",
        "Washington a annoncé lundi le gel des avoirs de plusieurs responsables vénézuéliens.",
        "United_States",
    ),
    (
        "es",
        "La Unión Europea anunció la congelación de los activos de varios mandos venezolanos.",
        "European_Union",
    ),
    ("ar", "قطعت مالي علاقاتها الدبلوماسية مع أوكرانيا يوم الجمعة.", "Mali"),
    ("ar", "أعلن الاتحاد الأوروبي تجميد أصول قادة في قوات الدعم السريع.", "European_Union"),
    ("es", "Malí, Burkina Faso y Níger anunciaron el domingo su salida de la Cedeao.", "Mali"),
]


# A pardon issued yields (CONCEDE); leaving a city is no leaving of a body of states.
@pytest.mark.slow
def test_pardon_issued_is_a_concession(world_code):
    events = world_code(OPENING["ar"] + "أصدر مادورو عفوا عن مئة سجين سياسي يوم الاثنين.", "ar")
    assert real_involving(events, "CONCEDE", "Nicolás_Maduro"), shown(events)


@pytest.mark.slow
def test_departure_from_a_city_is_no_sanction(world_code):
    events = world_code("La salida de Caracas del presidente fue aplazada por la lluvia.", "es")
    assert not real_involving(events, "SANCTION", "Venezuela"), shown(events)


# Openness to dialogue and an offer to host talks offer them (AGREE); a promised retaliation threatens.
OFFERS_AND_THREATS = [
    ("en", "Niger's junta said it was open to dialogue with ECOWAS.", "AGREE", "Niger"),
    ("fr", "La junte nigérienne s'est dite ouverte au dialogue avec la Cédéao.", "AGREE", "Niger"),
    ("ar", "أبدى المجلس العسكري في النيجر استعداده للحوار مع إيكواس.", "AGREE", "Niger"),
    ("ar", "عرضت قطر يوم الاثنين استضافة محادثات بين الأطراف الليبية.", "AGREE", "Qatar"),
    (
        "fr",
        "La junte nigérienne promet une riposte immédiate à toute agression de la Cédéao.",
        "THREATEN",
        "Niger",
    ),
    ("es", "Maduro prometió represalias contra Colombia.", "THREATEN", "Nicolás_Maduro"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"),
    OFFERS_AND_THREATS,
    ids=[f"{c[0]}-{c[2]}-{c[1][:24]}" for c in OFFERS_AND_THREATS],
)
def test_offer_or_threat(world_code, lang, text, kind, who):
    events = world_code(OPENING[lang] + text, lang)
    assert real_involving(events, kind, who), shown(events)
    other = {"AGREE": "THREATEN", "THREATEN": "AGREE"}[kind]
    assert not real_involving(events, other, who), shown(events)
    assert not real_involving(events, "CONSULT", who), shown(events)


# Aid or humanitarians let in yields with no counterpart named; saying no rejects; mercenaries leaving
# a country withdraw from it.
MORE_ACTS = [
    (
        "en",
        "The Sudanese army allowed aid convoys to enter Darfur on Monday.",
        "CONCEDE",
        "Sudanese_Armed_Forces",
    ),
    (
        "fr",
        "L'armée soudanaise a autorisé lundi l'entrée des convois humanitaires au Darfour.",
        "CONCEDE",
        "Sudanese_Armed_Forces",
    ),
    (
        "es",
        "El ejército sudanés permitió el lunes la entrada de convoyes humanitarios en Darfur.",
        "CONCEDE",
        "Sudanese_Armed_Forces",
    ),
    (
        "ar",
        "سمح الجيش السوداني يوم الاثنين بدخول قوافل المساعدات إلى دارفور.",
        "CONCEDE",
        "Sudanese_Armed_Forces",
    ),
    ("fr", "Haftar a dit non lundi au plan de paix de l'ONU.", "REJECT", "Khalifa_Haftar"),
    ("es", "Maduro dijo no a la propuesta de Brasil el lunes.", "REJECT", "Nicolás_Maduro"),
    ("fr", "Les mercenaires de Wagner ont quitté le Mali vendredi.", "RETREAT", "Wagner_Group"),
    ("en", "Wagner mercenaries left Mali on Friday.", "RETREAT", "Wagner_Group"),
    ("es", "Los mercenarios de Wagner abandonaron Malí el viernes.", "RETREAT", "Wagner_Group"),
]


@pytest.mark.slow
def test_no_said_under_negation_is_no_rejection(world_code):
    events = world_code(OPENING["fr"] + "Haftar n'a pas dit non au plan de paix de l'ONU.", "fr")
    assert not real_involving(events, "REJECT", "Khalifa_Haftar"), shown(events)


# A commitment is an AGREE with no counterpart (PLOVER: no recipient required), kept beside another event.
COMMITMENTS = [
    ("en", "The Libyan parties committed to holding elections on 24 December, Williams said.", "Libya"),
    ("fr", "Les parties libyennes se sont engagées à organiser des élections le 24 décembre.", "Libya"),
    ("es", "Grundberg se comprometió a seguir trabajando para renovar la tregua.", "Hans_Grundberg"),
    ("ar", "وتعهد غروندبرغ بمواصلة جهوده لتجديد الهدنة.", "Hans_Grundberg"),
]


# "The envoy announced that the parties agreed": the parties are the sides of the article's dispute, not
# the name nearest the verb (the envoy who announces it).
REPORTED_AGREEMENTS = [
    (
        "en",
        "Delegations of the Yemeni government and the Houthis were in Muscat. UN envoy Hans Grundberg "
        "announced on Friday that the parties had agreed to a two-month truce.",
    ),
    (
        "fr",
        "Des délégations du gouvernement yéménite et des Houthis étaient à Mascate. L'émissaire de l'ONU "
        "Hans Grundberg a annoncé vendredi que les parties avaient accepté une trêve de deux mois.",
    ),
    (
        "es",
        "Delegaciones del Gobierno yemení y de los hutíes estaban en Mascate. El enviado de la ONU Hans "
        "Grundberg anunció el viernes que las partes habían aceptado una tregua de dos meses.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REPORTED_AGREEMENTS, ids=[c[0] for c in REPORTED_AGREEMENTS])
def test_reported_agreement_of_the_parties(world_code, lang, text):
    events = world_code(text, lang)
    agreed = real_involving(events, "AGREE", "Houthis")
    assert agreed and all("Hans_Grundberg" not in e.actor for e in agreed), shown(events)


# A refusal to take part in talks is a REJECT (mode meet) with no counterpart named, not a meeting.
REFUSALS = [
    ("en", "The Sudanese army refused to take part in the Geneva talks on Tuesday."),
    ("fr", "L'armée soudanaise a refusé mardi de participer aux pourparlers de Genève."),
    ("es", "El ejército sudanés se negó el martes a participar en las conversaciones de Ginebra."),
    ("ar", "رفض الجيش السوداني المشاركة في محادثات جنيف."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REFUSALS, ids=[c[0] for c in REFUSALS])
def test_refusal_to_take_part(world_code, lang, text):
    events = world_code(OPENING[lang] + text, lang)
    assert real_involving(events, "REJECT", "Sudanese_Armed_Forces"), shown(events)
    assert not real_involving(events, "CONSULT", "Sudanese_Armed_Forces"), shown(events)


# A ban imposed on parties or demonstrations is COERCE with no counterpart; Ban the person bans nothing.
BANS = [
    ("en", "Burkina Faso banned all political parties on Monday.", "Burkina_Faso"),
    ("es", "El Gobierno venezolano prohibió el martes las manifestaciones en Caracas.", "Venezuela"),
    ("fr", "Les autorités maliennes ont interdit mardi les manifestations à Bamako.", "Mali"),
]


@pytest.mark.slow
def test_ban_ki_moon_bans_nothing(world_code):
    events = world_code(OPENING["en"] + "Ban met the Moroccan king in Rabat on Monday.", "en")
    assert not real_involving(events, "COERCE", "Ban_Ki-moon"), shown(events)


# Every act above kept with its category, counterpart or not (the tables without a category column are
# of one category each).
KEPT = (
    ONE_SIDED
    + MORE_ACTS
    + [(lang, text, "RETREAT", who) for lang, text, who in RELEASES]
    + [(lang, text, "SANCTION", who) for lang, text, who in SANCTIONS]
    + [(lang, text, "AGREE", who) for lang, text, who in COMMITMENTS]
    + [(lang, text, "COERCE", who) for lang, text, who in BANS]
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"), KEPT, ids=[f"{c[0]}-{c[2]}-{c[1][:24]}" for c in KEPT]
)
def test_act_is_kept(world_code, lang, text, kind, who):
    events = world_code(OPENING[lang] + text, lang)
    assert real_involving(events, kind, who), shown(events)
