"""Publication dates from datelines, partial datelines and the text (table-driven, our own lines)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 11, 22)
LEAD_FR = "L'envoyé onusien a rencontré le ministre pour évoquer la relance du processus politique."

CASES = [
    # (header lines, body, language, expected)
    # a day and month beside a time of day, the year from the resolution the text cites (2756: 2024)
    (("Publié le 01/11 à 10h32",), "Le Conseil a voté hier la résolution 2756.", "fr", "2024-11-01"),
    (("Actualizado 01/11 - 10:32",), "El Consejo aprobó ayer la resolución 2756.", "es", "2024-11-01"),
    # a time of day alone is no dateline: the day comes from the text ("hier" after the vote)
    (("Mis à jour à 10h32",), "Le Conseil a adopté hier la résolution 2756.", "fr", "2024-11-01"),
    (("LE COURRIER · 5 FÉVRIER 2022",), LEAD_FR, "fr", "2022-02-05"),
    (("date 2024-02-07",), LEAD_FR, "fr", "2024-02-07"),
    (("Publié le jeudi 3 mars 2022 à 10h15",), LEAD_FR, "fr", "2022-03-03"),
    (("By Jane Roe | March 11, 2024",), "The envoy met the minister on Monday.", "en", "2024-03-11"),
    (
        ("Por Ana Ruiz | 13 de marzo de 2024",),
        "El enviado se reunió el lunes con el ministro.",
        "es",
        "2024-03-13",
    ),
    (("الرباط - 31 أكتوبر 2023",), "اعتمد مجلس الأمن القرار بأغلبية أعضائه.", "ar", "2023-10-31"),
    (
        (),
        "Tindouf, 15 janvier 2022 (SPS) - Le président sahraoui a reçu l'envoyé onusien.",
        "fr",
        "2022-01-15",
    ),
    ((), LEAD_FR + "\n\n05-12-2022", "fr", "2022-12-05"),
    ((), LEAD_FR + " زيارة مهمة — UN News (@UN_News) March 11, 2024 " + LEAD_FR, "fr", "2024-03-11"),
    (("date 2022-03",), "Le ministre a reçu ce lundi l'envoyé onusien.", "fr", "2022-03-28"),
    (("date 2024-03",), "Il a été reçu le 11 mars puis le 12 mars par deux ministres.", "fr", "2024-03-12"),
    (("date 2023-10",), "Le Conseil a renouvelé le mandat de la mission pour un an.", "fr", "2023-10"),
    (
        ("July 2 –",),
        "He was appointed in November 2021 and toured the region in January.",
        "en",
        "2022-07-02",
    ),
    (
        (),
        "Ce vendredi 5 septembre, l'envoyé a rencontré le conseiller américain à Washington.",
        "fr",
        "2025-09-05",
    ),
    (
        (),
        "Le Conseil a adopté ce jeudi 31 octobre 2024 la résolution, valable jusqu'au 31 octobre 2025.",
        "fr",
        "2024-10-31",
    ),
    (
        (),
        "En 2000, le secrétaire général avait constaté l'impasse du processus d'identification.",
        "fr",
        None,
    ),
    ((), "Jeudi, l'envoyé a rencontré le ministre des Affaires étrangères.", "fr", None),
    # a wire dateline without a year ("2 ago"): the year where that day is the weekday the text is
    # written on ("este viernes"), the most recent one; without the weekday, no year
    (
        (),
        "Bogotá, 2 ago (EFE).- Colombia pidió este viernes a Venezuela publicar las actas.",
        "es",
        "2024-08-02",
    ),
    (
        (),
        "Madrid, 14 mar (EFE).- España pidió este jueves a Marruecos reanudar el diálogo.",
        "es",
        "2024-03-14",
    ),
    ((), "Madrid, 14 mar (EFE).- España pidió a Marruecos reanudar el diálogo.", "es", None),
    # no year anywhere, but a day written with its weekday: 11 March was a Monday in 2024
    (
        (),
        "Madrid, 14 mar (EFE).- El ministro se reunió el lunes 11 de marzo con el enviado.",
        "es",
        "2024-03-14",
    ),
    (
        (),
        "Rabat, 6 mars (AFP) - Le ministre a reçu jeudi 3 mars l'envoyé de l'ONU.",
        "fr",
        "2022-03-06",
    ),
]


@pytest.mark.parametrize(("header", "body", "language", "expected"), CASES)
def test_published_date(header: tuple[str, ...], body: str, language: str, expected: str | None) -> None:
    found = published_date(header, (), body, language, TODAY)
    assert (found.value if found else None) == expected


def test_a_date_after_today_is_never_a_publication_date() -> None:
    assert published_date((), (), "Le mandat court jusqu'au 31 octobre 2030.", "fr", TODAY) is None


@pytest.mark.parametrize(
    ("header", "tail", "expected"),
    [
        (("Pune Chronicle", "UN envoy wraps up regional tour"), (), "Pune Chronicle"),
        (("Marruecos-España", "Argelia retira a su embajador"), (), None),
        (
            ("LE COURRIER DU SUD", "Titre"),
            ("© 2023 Le Courrier du Sud. Tous droits réservés.",),
            "Le Courrier du Sud",
        ),
        (("Actualité", "Titre de l'article"), ("Le Matin · 3 mars 2022",), None),
    ],
)
def test_outlet_from_masthead_copyright_or_nothing(header, tail, expected) -> None:
    from diplowatch.reading.metadata import find_outlet

    assert find_outlet(header, tail) == expected
