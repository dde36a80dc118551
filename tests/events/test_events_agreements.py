"""Agreements, commitments, planned meetings and the acts they are confused with (AGREE, CONCEDE,
RETREAT, AID, COOPERATE, CONSULT), on sentences of the other dossiers (Libya, Yemen, Sudan, Sahel,
Venezuela/Colombia, Ukraine) written for these tests, coded with the project's own knowledge base:
an act agreed to is an agreement and the act itself only planned; a truce extended is agreed again;
a planned meeting or visit, including one "next week" told in the present tense, and an invitation to
visit are AGREE; assurances received commit the one who gives them; withdrawals, releases and
prisoner swaps done are RETREAT, aid sent is AID, meetings held CONSULT."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import default_kb
from diplowatch.quotes import QuoteFinder
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.events.conftest import make_article, real_events, shown

SAF, RSF = "Sudanese_Armed_Forces", "Rapid_Support_Forces"
ECOWAS = "Economic_Community_of_West_African_States"
UAE = "United_Arab_Emirates"

# (lang, text, category the sentence asserts, a participant of that event)
CASES = [
    # agreements reached, deals, truces agreed or extended, roadmaps, commitments and pledges
    (
        "en",
        "Saudi Arabia and the Houthis agreed on Tuesday to extend the truce by two months.",
        "AGREE",
        "Houthis",
    ),
    (
        "fr",
        "L'Arabie saoudite et les Houthis se sont mis d'accord mardi pour prolonger la trêve.",
        "AGREE",
        "Houthis",
    ),
    (
        "es",
        "Arabia Saudí y los hutíes acordaron el martes prorrogar la tregua dos meses.",
        "AGREE",
        "Houthis",
    ),
    ("ar", "اتفقت السعودية والحوثيون يوم الثلاثاء على تمديد الهدنة لمدة شهرين.", "AGREE", "Houthis"),
    ("en", "Russia and Ukraine agreed on Friday to exchange 200 prisoners of war.", "AGREE", "Ukraine"),
    (
        "fr",
        "La Russie et l'Ukraine ont convenu vendredi d'échanger 200 prisonniers de guerre.",
        "AGREE",
        "Ukraine",
    ),
    (
        "es",
        "Rusia y Ucrania acordaron el viernes intercambiar 200 prisioneros de guerra.",
        "AGREE",
        "Ukraine",
    ),
    ("ar", "اتفقت روسيا وأوكرانيا يوم الجمعة على تبادل 200 أسير حرب.", "AGREE", "Ukraine"),
    (
        "en",
        "Venezuela and the opposition agreed on a roadmap towards elections, Norway said on Tuesday.",
        "AGREE",
        "Venezuela",
    ),
    (
        "fr",
        "Le Venezuela et l'opposition se sont entendus sur une feuille de route électorale mardi.",
        "AGREE",
        "Venezuela",
    ),
    (
        "es",
        "El Gobierno de Venezuela y la oposición alcanzaron un acuerdo electoral en Barbados el martes.",
        "AGREE",
        "Venezuela",
    ),
    (
        "en",
        "The Sudanese army agreed on Friday to a 72-hour truce proposed by the United States.",
        "AGREE",
        SAF,
    ),
    (
        "fr",
        "L'armée soudanaise a accepté vendredi une trêve de 72 heures proposée par les États-Unis.",
        "AGREE",
        SAF,
    ),
    (
        "es",
        "El ejército sudanés aceptó el viernes una tregua de 72 horas propuesta por Estados Unidos.",
        "AGREE",
        SAF,
    ),
    ("ar", "وافق الجيش السوداني يوم الجمعة على هدنة لمدة 72 ساعة اقترحتها الولايات المتحدة.", "AGREE", SAF),
    ("en", "ECOWAS and Niger's junta agreed on Thursday on a timetable for the transition.", "AGREE", ECOWAS),
    (
        "fr",
        "La Cédéao et la junte nigérienne se sont accordées jeudi sur un calendrier de transition.",
        "AGREE",
        ECOWAS,
    ),
    ("es", "La Cedeao y la junta de Níger pactaron el jueves un calendario de transición.", "AGREE", ECOWAS),
    ("fr", "Le Mali et le Niger ont conclu jeudi un accord de défense mutuelle.", "AGREE", "Niger"),
    ("ar", "أبرمت مالي والنيجر يوم الخميس اتفاقية دفاع مشترك.", "AGREE", "Niger"),
    # a ceasefire extended is agreed again, not a mandate endorsed (SUPPORT)
    (
        "es",
        "Colombia y el ELN prorrogaron el lunes el cese al fuego bilateral por seis meses.",
        "AGREE",
        "Colombia",
    ),
    (
        "ar",
        "مددت كولومبيا وجيش التحرير الوطني يوم الاثنين وقف إطلاق النار لمدة ستة أشهر.",
        "AGREE",
        "Colombia",
    ),
    ("en", "Turkey pledged on Thursday to send $50 million in humanitarian aid to Sudan.", "AGREE", "Turkey"),
    (
        "fr",
        "La Turquie s'est engagée jeudi à verser 50 millions de dollars d'aide humanitaire au Soudan.",
        "AGREE",
        "Turkey",
    ),
    (
        "es",
        "Turquía se comprometió el jueves a enviar 50 millones de dólares de ayuda humanitaria a Sudán.",
        "AGREE",
        "Turkey",
    ),
    ("ar", "تعهدت تركيا يوم الخميس بتقديم 50 مليون دولار من المساعدات الإنسانية للسودان.", "AGREE", "Turkey"),
    ("en", "The United States promised $100 million in aid to Sudan.", "AGREE", "United_States"),
    ("fr", "Washington a promis une aide de 100 millions de dollars au Soudan.", "AGREE", "United_States"),
    ("es", "Estados Unidos prometió 100 millones de dólares en ayuda a Sudán.", "AGREE", "United_States"),
    ("ar", "وعدت الولايات المتحدة بتقديم 100 مليون دولار من المساعدات للسودان.", "AGREE", "United_States"),
    ("en", "Ukraine and Poland agreed to cooperate on border security on Monday.", "AGREE", "Ukraine"),
    # assurances received commit the one who gives them (not the meeting "receive" tells)
    (
        "en",
        "Guterres received assurances from Burhan that aid would reach Darfur.",
        "AGREE",
        "Abdel_Fattah_al-Burhan",
    ),
    # invitations accepted, and invitations to visit
    ("en", "Qatar accepted an invitation from Turkey to attend a summit in Ankara.", "AGREE", "Qatar"),
    (
        "fr",
        "Le Qatar a accepté l'invitation de la Turquie à participer au sommet d'Ankara.",
        "AGREE",
        "Qatar",
    ),
    ("es", "Qatar aceptó la invitación de Turquía para asistir a la cumbre de Ankara.", "AGREE", "Qatar"),
    ("ar", "قبلت قطر دعوة تركيا لحضور القمة في أنقرة.", "AGREE", "Qatar"),
    ("en", "Blinken invited his Ukrainian counterpart to visit Washington.", "AGREE", "Ukraine"),
    ("fr", "Blinken a invité son homologue ukrainien à visiter Washington.", "AGREE", "Ukraine"),
    ("es", "Blinken invitó a su homólogo ucraniano a visitar Washington.", "AGREE", "Ukraine"),
    ("ar", "دعا بلينكن نظيره الأوكراني إلى زيارة واشنطن.", "AGREE", "Ukraine"),
    # invitations to travel are invitations too, not requests to act
    ("en", "Blinken invited his Ukrainian counterpart to go to Washington.", "AGREE", "Ukraine"),
    ("fr", "Blinken a invité son homologue ukrainien à se déplacer à Washington.", "AGREE", "Ukraine"),
    ("es", "Blinken invitó a su homólogo ucraniano a acudir a Washington.", "AGREE", "Ukraine"),
    # planned meetings and visits
    (
        "en",
        "Egypt's foreign minister will visit Khartoum next week, the ministry said on Monday.",
        "AGREE",
        "Sudan",
    ),
    ("en", "Egypt's foreign minister visits Khartoum next week.", "AGREE", "Sudan"),
    (
        "fr",
        "Le ministre égyptien des Affaires étrangères se rendra à Khartoum la semaine prochaine.",
        "AGREE",
        "Sudan",
    ),
    ("es", "El canciller egipcio visitará Jartum la próxima semana.", "AGREE", "Sudan"),
    ("ar", "يزور وزير الخارجية المصري الخرطوم الأسبوع المقبل.", "AGREE", "Sudan"),
    ("ar", "يزور وزير الخارجية المصري الخرطوم الشهر المقبل.", "AGREE", "Sudan"),
    ("en", "Zelensky is expected in Washington next week.", "AGREE", "United_States"),
    ("fr", "Le président Zelensky est attendu à Washington la semaine prochaine.", "AGREE", "United_States"),
    ("es", "Zelenski es esperado en Washington la próxima semana.", "AGREE", "United_States"),
    ("ar", "من المنتظر أن يصل زيلينسكي إلى واشنطن الأسبوع المقبل.", "AGREE", "United_States"),
    ("fr", "Le ministre turc doit se rendre à Tripoli mardi pour rencontrer Dbeibah.", "AGREE", "Libya"),
    ("es", "El presidente Maduro viajará a Moscú en mayo, anunció el Kremlin.", "AGREE", "Russia"),
    # a compromise reached is an agreement; consenting or offering to act agrees to the act
    (
        "en",
        "The Sudanese army and the Rapid Support Forces reached a compromise on humanitarian access.",
        "AGREE",
        RSF,
    ),
    (
        "fr",
        "Le gouvernement soudanais et les Forces de soutien rapide sont parvenus à un compromis sur l'accès humanitaire.",
        "AGREE",
        RSF,
    ),
    ("en", "The Houthis consented to release 200 prisoners.", "AGREE", "Houthis"),
    ("fr", "Les Houthis ont consenti à libérer 200 prisonniers.", "AGREE", "Houthis"),
    ("es", "Los hutíes ofrecieron liberar a todos los prisioneros saudíes.", "AGREE", "Houthis"),
    ("en", "The Houthis offered to release all Saudi prisoners.", "AGREE", "Houthis"),
    # a meeting that is planned, scheduled or expected (passive or predicate)
    (
        "en",
        "A meeting between Haftar and Sarraj is planned for next week in Abu Dhabi.",
        "AGREE",
        "Khalifa_Haftar",
    ),
    (
        "fr",
        "Une réunion entre Haftar et Sarraj est prévue la semaine prochaine à Abou Dhabi.",
        "AGREE",
        "Khalifa_Haftar",
    ),
    (
        "es",
        "Se prevé una reunión entre Haftar y Sarraj la próxima semana en Abu Dabi.",
        "AGREE",
        "Khalifa_Haftar",
    ),
    ("ar", "من المقرر أن يلتقي حفتر والسراج الأسبوع المقبل في أبوظبي.", "AGREE", "Khalifa_Haftar"),
    # Arabic present and future (س) forms of releasing and withdrawing, promised: AGREE
    ("ar", "سيفرج الحوثيون عن 100 أسير سعودي الأسبوع المقبل.", "AGREE", "Houthis"),
    ("ar", "أعلنت الأمم المتحدة أن الحوثيين سيطلقون سراح الأسرى.", "AGREE", "Houthis"),
    # a ceasefire declared by one side alone de-escalates (RETREAT), no agreement
    ("en", "The Rapid Support Forces declared a unilateral ceasefire on Wednesday.", "RETREAT", RSF),
    ("fr", "Les Forces de soutien rapide ont décrété mercredi un cessez-le-feu unilatéral.", "RETREAT", RSF),
    (
        "es",
        "Las Fuerzas de Apoyo Rápido declararon el miércoles un alto el fuego unilateral.",
        "RETREAT",
        RSF,
    ),
    ("ar", "أعلنت قوات الدعم السريع يوم الأربعاء وقف إطلاق النار من جانب واحد.", "RETREAT", RSF),
    # troops arriving are sent (AID), not visiting
    ("en", "The first ECOWAS troops arrived in Niamey on Monday.", "AID", ECOWAS),
    # a curfew eased or shortened yields, whatever stands between; relief handed over or the wounded
    # evacuated is aid, not a withdrawal
    (
        "en",
        "Burhan on Friday shortened by two hours the curfew in Port Sudan.",
        "CONCEDE",
        "Abdel_Fattah_al-Burhan",
    ),
    ("en", "Turkish doctors handed over 3 tonnes of medicine to the Sudanese Red Crescent.", "AID", "Turkey"),
    ("en", "UN helicopters evacuated the wounded from El Fasher on Sunday.", "AID", "United_Nations"),
    # withdrawals, releases and swaps done: RETREAT; aid sent: AID; meetings held: CONSULT
    ("en", "Russia withdrew its troops from Kherson on Friday.", "RETREAT", "Russia"),
    ("fr", "La Russie a retiré ses troupes de Kherson vendredi.", "RETREAT", "Russia"),
    ("es", "Rusia retiró sus tropas de Jersón el viernes.", "RETREAT", "Russia"),
    ("ar", "سحبت روسيا قواتها من خيرسون يوم الجمعة.", "RETREAT", "Russia"),
    ("en", "The Houthis released 100 Saudi prisoners on Monday.", "RETREAT", "Houthis"),
    ("fr", "Les Houthis ont libéré lundi 100 prisonniers saoudiens.", "RETREAT", "Houthis"),
    ("es", "Los hutíes liberaron el lunes a 100 prisioneros saudíes.", "RETREAT", "Houthis"),
    ("ar", "أفرج الحوثيون يوم الاثنين عن 100 أسير سعودي.", "RETREAT", "Houthis"),
    (
        "en",
        "Russia and Ukraine swapped 95 prisoners of war on Saturday, with mediation by the UAE.",
        "RETREAT",
        "Ukraine",
    ),
    ("fr", "La Russie et l'Ukraine ont échangé samedi 95 prisonniers de guerre.", "RETREAT", "Ukraine"),
    ("es", "Rusia y Ucrania intercambiaron el sábado 95 prisioneros de guerra.", "RETREAT", "Ukraine"),
    ("ar", "تبادلت روسيا وأوكرانيا يوم السبت 95 أسير حرب.", "RETREAT", "Ukraine"),
    ("en", "The United Arab Emirates sent 30 tonnes of humanitarian aid to Sudan on Tuesday.", "AID", UAE),
    ("fr", "Les Émirats arabes unis ont envoyé mardi 30 tonnes d'aide humanitaire au Soudan.", "AID", UAE),
    ("es", "Emiratos Árabes Unidos envió el martes 30 toneladas de ayuda humanitaria a Sudán.", "AID", UAE),
    ("ar", "أرسلت الإمارات يوم الثلاثاء 30 طنا من المساعدات الإنسانية إلى السودان.", "AID", UAE),
    ("en", "Mali and Burkina Faso held talks on Monday in Bamako.", "CONSULT", "Mali"),
    ("fr", "Le Mali et le Burkina Faso ont tenu lundi des discussions à Bamako.", "CONSULT", "Mali"),
    ("es", "Malí y Burkina Faso mantuvieron conversaciones el lunes en Bamako.", "CONSULT", "Mali"),
    ("ar", "عقدت مالي وبوركينا فاسو يوم الاثنين محادثات في باماكو.", "CONSULT", "Mali"),
    ("en", "Erdogan spoke by phone with Putin on Tuesday about the grain deal.", "CONSULT", "Vladimir_Putin"),
    ("fr", "Erdogan s'est entretenu mardi au téléphone avec Poutine.", "CONSULT", "Vladimir_Putin"),
    ("es", "Erdogan conversó por teléfono el martes con Putin.", "CONSULT", "Vladimir_Putin"),
    ("ar", "أجرى أردوغان يوم الثلاثاء اتصالا هاتفيا مع بوتين.", "CONSULT", "Vladimir_Putin"),
]

# (lang, text, category the sentence must NOT assert, participant): the act an agreement or a
# plan is about is not done yet, and an invitation to visit asks for no act
NOT_DONE = [
    ("en", "Russia and Ukraine agreed on Friday to exchange 200 prisoners of war.", "RETREAT", "Ukraine"),
    (
        "es",
        "Rusia y Ucrania acordaron el viernes intercambiar 200 prisioneros de guerra.",
        "RETREAT",
        "Ukraine",
    ),
    ("en", "Turkey pledged on Thursday to send $50 million in humanitarian aid to Sudan.", "AID", "Turkey"),
    ("en", "Ukraine and Poland agreed to cooperate on border security on Monday.", "COOPERATE", "Ukraine"),
    ("en", "Egypt's foreign minister visits Khartoum next week.", "CONSULT", "Sudan"),
    ("ar", "يزور وزير الخارجية المصري الخرطوم الأسبوع المقبل.", "CONSULT", "Sudan"),
    ("en", "Blinken invited his Ukrainian counterpart to visit Washington.", "REQUEST", "Ukraine"),
    ("es", "Blinken invitó a su homólogo ucraniano a visitar Washington.", "REQUEST", "Ukraine"),
    ("ar", "دعا بلينكن نظيره الأوكراني إلى زيارة واشنطن.", "REQUEST", "Ukraine"),
    (
        "es",
        "Colombia y el ELN prorrogaron el lunes el cese al fuego bilateral por seis meses.",
        "SUPPORT",
        "Colombia",
    ),
    ("es", "Los hutíes ofrecieron liberar a todos los prisioneros saudíes.", "RETREAT", "Houthis"),
    ("en", "The Rapid Support Forces declared a unilateral ceasefire on Wednesday.", "AGREE", RSF),
    ("fr", "Les Forces de soutien rapide ont décrété mercredi un cessez-le-feu unilatéral.", "AGREE", RSF),
    ("en", "The first ECOWAS troops arrived in Niamey on Monday.", "CONSULT", ECOWAS),
    ("en", "The Houthis consented to release 200 prisoners.", "RETREAT", "Houthis"),
    (
        "en",
        "A meeting between Haftar and Sarraj is planned for next week in Abu Dhabi.",
        "CONSULT",
        "Khalifa_Haftar",
    ),
    (
        "fr",
        "Une réunion entre Haftar et Sarraj est prévue la semaine prochaine à Abou Dhabi.",
        "CONSULT",
        "Khalifa_Haftar",
    ),
]

# (lang, text, participant): a second sentence whose act PLOVER codes with no counterpart (troops
# withdrawn, prisoners released, a curfew lifted) is kept beside the first one's meeting
ONE_SIDED = [
    (
        "en",
        "Guterres met Burhan in Port Sudan on Monday. The Houthis released 50 prisoners on Sunday.",
        "Houthis",
    ),
    (
        "fr",
        "Guterres a rencontré Burhan lundi à Port-Soudan. Les Houthis ont libéré dimanche 50 détenus.",
        "Houthis",
    ),
    (
        "es",
        "Guterres se reunió con Burhan el lunes en Port Sudán. Los hutíes liberaron el domingo a 50 presos.",
        "Houthis",
    ),
    (
        "en",
        "Guterres met Burhan in Port Sudan on Monday. Russia withdrew its troops from the region on Sunday.",
        "Russia",
    ),
    (
        "fr",
        "Guterres a rencontré Burhan lundi à Port-Soudan. La Russie a retiré dimanche ses troupes de la région.",
        "Russia",
    ),
    (
        "es",
        "Guterres se reunió con Burhan el lunes en Port Sudán. Rusia retiró el domingo sus tropas de la región.",
        "Russia",
    ),
]

# a statement released is no release of anyone
NOT_ONE_SIDED = [
    ("en", "Guterres met Burhan in Port Sudan on Monday. Russia released a statement on Sunday.", "Russia"),
]


@pytest.fixture(scope="module")
def code_kb():
    """code(text, lang) with the project's knowledge base (the actors of every dossier)."""
    chain = Chain(Parser(), ActorLinker(default_kb()), QuoteFinder())
    coder = EventCoder()
    return lambda text, lang: coder(chain(make_article(text, lang))).events


def _ids(rows: list[tuple[str, str, str, str]]) -> list[str]:
    return [f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(rows)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), CASES, ids=_ids(CASES))
def test_events_agreement_category(code_kb, lang, text, kind, who):
    found = code_kb(text, lang)
    assert [e for e in real_events(found, kind) if who in e.actor + e.recipient], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), NOT_DONE, ids=_ids(NOT_DONE))
def test_events_agreed_act_is_not_done(code_kb, lang, text, kind, who):
    found = code_kb(text, lang)
    assert not [e for e in real_events(found, kind) if who in e.actor + e.recipient], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "who"), ONE_SIDED, ids=[f"{r[0]}-{i}" for i, r in enumerate(ONE_SIDED)]
)
def test_events_act_without_counterpart_is_kept(code_kb, lang, text, who):
    found = code_kb(text, lang)
    assert [e for e in real_events(found, "RETREAT") if who in e.actor], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), NOT_ONE_SIDED, ids=[r[0] for r in NOT_ONE_SIDED])
def test_events_released_statement_is_no_retreat(code_kb, lang, text, who):
    found = code_kb(text, lang)
    assert not [e for e in real_events(found, "RETREAT") if who in e.actor], shown(found)


@pytest.mark.slow
def test_events_person_resigning_leaves_no_organisation(code_kb):
    """A person who resigns yields a post (RETREAT); only a state or a group that leaves a body of states
    cuts ties with it (SANCTION, events.membership)."""
    found = code_kb("Ghassan Salamé a démissionné lundi, a annoncé l'ONU.", "fr")
    assert not real_events(found, "SANCTION"), shown(found)
    assert [e for e in real_events(found, "RETREAT") if "Ghassan_Salamé" in e.actor], shown(found)
