"""Publication days inferred from clues when the dateline gives a month or nothing: weekdays,
today/yesterday words, reference events (table-driven, our own sentences in four languages)."""

from datetime import date
from pathlib import Path

import pytest

from diplowatch.errors import DataFileError
from diplowatch.reading.published import published_date
from diplowatch.reading.references import cited, load, renewal

TODAY = date(2026, 11, 22)

CASES = [
    # (header lines, body, language, expected)
    # a day the text calls today, even when it reports an announced day later on
    (
        ("date 2024-10",),
        "L'émissaire est arrivé ce jeudi 3 octobre à Tindouf. Il doit informer le Conseil le 15 octobre.",
        "fr",
        "2024-10-03",
    ),
    # a later day of the same week moves "ce lundi" on
    (
        ("date 2024-03",),
        "Le ministre a reçu ce lundi 11 mars l'envoyé. Mardi 12 mars, il s'est rendu à Alger.",
        "fr",
        "2024-03-12",
    ),
    # "yesterday" with the latest dated day: the day after it
    (
        ("date 2024-03",),
        "Le ministre a reçu lundi 11 mars l'envoyé. Hier, il s'est rendu à Alger.",
        "fr",
        "2024-03-12",
    ),
    (
        ("date 2024-03",),
        "The envoy met the minister on Monday, March 11. Yesterday he flew to Algiers.",
        "en",
        "2024-03-12",
    ),
    # a weekday called "this": the first such day on or after the latest dated one
    (
        ("date 2021-06",),
        "El enviado llegó el 7 de junio a Argel y declaró este martes ante la prensa.",
        "es",
        "2021-06-08",
    ),
    (
        ("date 2024-03",),
        "L'envoyé est arrivé ce mardi à Alger, après sa visite du lundi 11 mars à Rabat.",
        "fr",
        "2024-03-12",
    ),
    # today + weekday, yesterday + weekday
    (
        ("date 2023-10",),
        "قال الوزير إن المبعوث وصل في 2 أكتوبر. اليوم الخميس، استقبل الوزير المبعوث الأممي.",
        "ar",
        "2023-10-05",
    ),
    (
        ("date 2024-03",),
        "Le 4 mars, l'envoyé était à Genève. Hier mardi, il était à Alger.",
        "fr",
        "2024-03-06",
    ),
    # a bare weekday told in the past after a dated day: the first such day after it
    (
        ("date 2024-03",),
        "Vendredi 8 mars, l'envoyé a rencontré le ministre à Alger. Samedi, il a vu le roi à Rabat.",
        "fr",
        "2024-03-09",
    ),
    (
        ("date 2024-03",),
        "On Friday, March 8, the envoy met the minister in Algiers. On Sunday he met the king.",
        "en",
        "2024-03-10",
    ),
    # "the next day" counts as a reported day
    (
        ("date 2024-03",),
        "Le ministre a reçu lundi 11 mars l'envoyé. Le lendemain, il est parti à Alger.",
        "fr",
        "2024-03-12",
    ),
    # a term is no reported day; without any other clue the month stays a month
    (("date 2023-10",), "Le mandat court jusqu'au 31 octobre 2024 selon le texte adopté.", "fr", "2023-10"),
    # no dateline: "hier" next to a dated day pins the day after it; the year is the one where it
    # falls on the weekday the text gives
    ((), "Hier, mardi 6 septembre, le porte-parole a annoncé la visite de l'envoyé.", "fr", "2022-09-07"),
    # a reference event named with "yesterday" or its weekday
    (
        (),
        "El Consejo de Seguridad adoptó ayer la resolución 2756 que prorroga el mandato.",
        "es",
        "2024-11-01",
    ),
    ((), "اعتمد مجلس الأمن أمس القرار رقم 2756 القاضي بتمديد ولاية البعثة.", "ar", "2024-11-01"),
    (
        (),
        "The Security Council adopted resolution 2756 yesterday, extending the mission.",
        "en",
        "2024-11-01",
    ),
    ((), "اعتمد مجلس الأمن، أمس الخميس، القرار 2756 بشأن الصحراء.", "ar", "2024-11-01"),
    ((), "Le Conseil a adopté hier mardi la résolution 2756.", "fr", None),  # 2756 was adopted on a Thursday
    (
        (),
        "Le Conseil a adopté vendredi la résolution 2285 qui proroge le mandat de la mission.",
        "fr",
        "2016-04-29",
    ),
    ((), "Le Conseil a adopté mardi la résolution 2285 qui proroge le mandat de la mission.", "fr", None),
    # a mandate renewal names its resolution by the mandate's new end
    (
        (),
        "Le Conseil a adopté vendredi une résolution prorogeant le mandat de la Minurso jusqu'au 31 octobre 2018.",
        "fr",
        "2018-04-27",
    ),
    ((), "مدد مجلس الأمن يوم الجمعة ولاية المينورسو حتى 31 أكتوبر 2018.", "ar", "2018-04-27"),
    # a weekday day-month without year: the first fitting year from the latest year mentioned
    (
        (),
        "Le roi a reçu mardi 17 octobre l'envoyé, nommé en août 2017 par le secrétaire général.",
        "fr",
        "2017-10-17",
    ),
    # ... whose year a cited General Assembly session fixes, not an older year the text mentions
    # (27 September was a Thursday in 2012 and in 2018)
    (
        (),
        "Bloqué depuis mars 2012, le dialogue reprend : en marge de la 73e session de l'Assemblée "
        "générale, l'envoyé a reçu le jeudi 27 septembre une délégation.",
        "fr",
        "2018-09-27",
    ),
    # a month standing as a field of a header line is the month of publication; a bare weekday told
    # in the past ("Samedi") is before the weekday the text is written on ("ce mercredi")
    (
        ("Diplomatie · 2024-03 · Lecture 3 min",),
        "L'envoyé a entamé lundi 11 mars une tournée à Alger. Le lendemain, il s'est rendu à Tindouf. "
        "Samedi, des tirs ont été signalés près du mur. Ce mercredi, le porte-parole n'a donné aucun détail.",
        "fr",
        "2024-03-13",
    ),
    (
        ("Politique | mars 2024 | 5 min",),
        "Le ministre a reçu lundi 11 mars l'envoyé. Il s'est exprimé ce mercredi devant la presse.",
        "fr",
        "2024-03-13",
    ),
    # a month inside a title's phrase is no dateline
    (("The October 2024 resolution divides the Council",), "The envoy met the minister.", "en", None),
    # a weekday set before a day-month by a comma dates it; a header's bare weekday is the day of writing
    (
        ("Mundo · Viernes, 10:40",),
        "El enviado llegó a Argel el pasado lunes, 3 de marzo, tras una escala en Madrid en enero de "
        "2024. Ayer se reunió con el ministro.",
        "es",
        "2025-03-07",
    ),
    (
        ("World | Friday 10:40 GMT",),
        "The envoy arrived in Algiers last Monday, March 3, after talks in Madrid in January 2024.",
        "en",
        "2025-03-07",
    ),
    (
        (),
        "وصل المبعوث إلى الجزائر يوم الاثنين الماضي، 3 مارس، بعد محادثات في مدريد في يناير 2024. "
        "واليوم الجمعة استقبله الوزير.",
        "ar",
        "2025-03-07",
    ),
    # the clock's time zone goes with it ("06:15 SGT", "09:30 CET"): the weekday stands alone
    (
        ("Asia | Wednesday, 06:15 SGT",),
        "The envoy arrived in Algiers on Tuesday, March 4, after talks in Madrid in January 2024.",
        "en",
        "2025-03-05",
    ),
    (
        ("Internacional · Miércoles, 09:30 CET",),
        "El enviado llegó a Argel el martes 4 de marzo, tras una escala en Madrid en enero de 2024.",
        "es",
        "2025-03-05",
    ),
    # a labelled header weekday ("Actualizado: jueves, 07:32") states the day of writing: a weekday the text
    # calls this one ("se celebrará este domingo", the coming one) does not make it uncertain
    (
        ("Internacional", "Actualizado: jueves, 07:32 | Lectura de 4 minutos"),
        "Los negociadores firmaron el martes 10 de octubre un acuerdo en Ginebra, tras las conversaciones "
        "abiertas en enero de 2023. La votación se celebrará este domingo.",
        "es",
        "2023-10-12",
    ),
    (
        ("Updated: Thursday, 07:32",),
        "The two sides signed an accord in Geneva on Tuesday, October 10, after talks that began in January "
        "2023. The vote will be held this Sunday.",
        "en",
        "2023-10-12",
    ),
    (
        ("Mis à jour : jeudi, 07:32",),
        "Les deux camps ont signé mardi 10 octobre un accord à Genève, après des pourparlers ouverts en "
        "janvier 2023. Le vote aura lieu ce dimanche.",
        "fr",
        "2023-10-12",
    ),
    # a day called a past weekday's ("last Thursday, November 6") was before the day of writing, which a
    # header's weekday gives: the Thursday after, not the day itself
    (
        ("Africa · November 2025", "Thursday | Staff writer"),
        "Mediators met in Washington on Tuesday. The army had walked out of the round held last Thursday, "
        "November 6, in Jeddah. The African Union said on Wednesday it backed the talks.",
        "en",
        "2025-11-13",
    ),
    (
        ("Política · noviembre 2025", "Jueves"),
        "Los negociadores se vieron el jueves pasado, 6 de noviembre, en Yeda. El martes volvieron a "
        "reunirse en Washington.",
        "es",
        "2025-11-13",
    ),
    (
        ("Internacional · Jueves",),
        "Los negociadores se vieron el jueves pasado, 6 de noviembre, en Yeda, tras la ronda de 2024.",
        "es",
        "2025-11-13",
    ),
    # the weekday fixes the year even against a year the text looks forward to
    (
        ("Política", "viernes 7 de noviembre"),
        "El ministro recibió a su homólogo en Madrid. La próxima cumbre bilateral se celebrará en Rabat en 2026.",
        "es",
        "2025-11-07",
    ),
    # a header phrase around this week's weekday ("Publié ce mardi") is the day of writing
    (
        ("Monde · Afrique", "Publié ce mardi"),
        "Jeudi dernier, 21 août, le ministre a reçu l'émissaire à Tripoli. Lundi, il s'est rendu à Benghazi.",
        "fr",
        "2025-08-26",
    ),
    # a wire dateline set off by a dash; a year written in a term still to come is no year of writing
    (
        (),
        "بيروت – الخميس 16 تشرين الأول/أكتوبر (وكالة) – التقى الموفد الفرنسي رئيس الجمهورية يوم الاثنين. "
        "ومدد مجلس الأمن ولاية القوة حتى 31 كانون الأول/ديسمبر 2026.",
        "ar",
        "2025-10-16",
    ),
    # a date line with its time at the foot of the page
    ((), "Le roi a reçu l'envoyé onusien au palais royal.\n\nLe 17/10/2017 à 21h05", "fr", "2017-10-17"),
    # "yesterday Wednesday" gives the weekday of writing, whatever later bare weekdays are guessed to be
    (
        ("Internacional | Rabat",),
        "El ministro recibió el pasado martes 7 de octubre al enviado de la ONU. Ayer miércoles habló por "
        "teléfono con su homólogo. El lunes, el rey había recibido al embajador; el martes, el Parlamento "
        "debatió el informe.",
        "es",
        "2025-10-09",
    ),
    # "last Thursday, the 6th" beside "yesterday Thursday": a week before yesterday, not yesterday
    (
        ("الخرطوم – مراسلنا | نوفمبر 2025",),
        "استقبل الرئيس أمس الخميس المبعوث الأممي. وكانت الحكومة قد أعلنت يوم الخميس الماضي، السادس من "
        "نوفمبر، موافقتها على المقترح.",
        "ar",
        "2025-11-14",
    ),
    (
        ("Monde | novembre 2025",),
        "Le président a reçu hier jeudi l'envoyé de l'ONU. Le gouvernement avait annoncé jeudi dernier, 6 "
        "novembre, son accord.",
        "fr",
        "2025-11-14",
    ),
    # a month line labelled in the page's own language ("Fecha:", "التاريخ:"): the day after the latest
    # dated fact that falls on the weekday after the "yesterday" the text names
    (
        ("التاريخ: 2023-05",),
        "وقع الطرفان مساء أمس الخميس على إعلان في جدة. وكان وزراء الخارجية العرب قد اجتمعوا يوم 7 مايو.",
        "ar",
        "2023-05-12",
    ),
    (
        ("Fecha: 2023-05",),
        "Las dos partes firmaron ayer jueves una declaración en Yeda. Los ministros árabes se reunieron el 7 "
        "de mayo.",
        "es",
        "2023-05-12",
    ),
    (
        ("Date : 2023-05",),
        "Les deux parties ont signé hier jeudi une déclaration à Djeddah. Les ministres arabes s'étaient "
        "réunis le 7 mai.",
        "fr",
        "2023-05-12",
    ),
]


@pytest.mark.parametrize(("header", "body", "language", "expected"), CASES)
def test_publication_day_from_clues(
    header: tuple[str, ...], body: str, language: str, expected: str | None
) -> None:
    found = published_date(header, (), body, language, TODAY)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("conformément à la résolution 2703 (2023)", "fr", [date(2023, 10, 30)]),
        ("under resolution No. 2440 and the COP28 pledge", "en", [date(2018, 10, 31), date(2023, 11, 30)]),
        ("según la resolución 2654", "es", [date(2022, 10, 27)]),
        ("وفقا للقرار رقم ٢٧٠٣", "ar", [date(2023, 10, 30)]),
        ("la résolution 9999 n'existe pas", "fr", []),
        # a numbered session: the number before its words, with or without an ordinal ending
        ("en marge de la 78ème Assemblée générale de l’ONU", "fr", [date(2023, 9, 5)]),
        ("on the sidelines of the 79th UN General Assembly", "en", [date(2024, 9, 10)]),
        ("durante el 77.º período de sesiones de la Asamblea General", "es", [date(2022, 9, 13)]),
        ("على هامش الدورة الـ78 للجمعية العامة للأمم المتحدة", "ar", [date(2023, 9, 5)]),
        ("the 1978 session of the General Assembly", "en", []),
    ],
)
def test_cited_reference_events(text: str, language: str, expected: list[date]) -> None:
    assert [c.day for c in cited(text, language)] == expected


def test_a_renewal_needs_the_mission_named() -> None:
    assert renewal("le mandat de la MINURSO jusqu'au 31 octobre 2024", date(2024, 10, 31)) == date(
        2023, 10, 30
    )
    assert renewal("le mandat de la mission jusqu'au 31 octobre 2024", date(2024, 10, 31)) is None


@pytest.mark.parametrize(
    ("series", "reason"),
    [
        ("cues: {fr: [résolution]}\n    numbers: {12: not-a-date}", "not a date"),
        ("patterns: {en: [session of the Assembly]}\n    numbers: {73: 2018-09-18}", "needs {n} once"),
    ],
)
def test_a_bad_reference_table_names_file_and_reason(tmp_path: Path, series: str, reason: str) -> None:
    bad = tmp_path / "reference_events.yaml"
    bad.write_text(f"series:\n  - name: x\n    {series}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=reason):
        load(bad)
