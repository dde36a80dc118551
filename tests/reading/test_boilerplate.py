import pytest

from diplowatch.reading.boilerplate import clean_text
from diplowatch.reading.cues import LinePatterns

from .pages import ARABIC_PAGE, ENGLISH_PAGE, FRENCH_PAGE, ONE_LINE_PAGE, SPANISH_PAGE

CASES = [
    pytest.param(
        FRENCH_PAGE,
        [
            "a été reçu vendredi à Alger par le ministre",
            "« les perspectives de relance du processus politique »",
            "avant la présentation du rapport annuel",
        ],
        [
            "Le Conseil de sécurité prolonge",
            "Répondre",
            "S'INSCRIRE",
            "TAGS",
            "LA SAISON TOURISTIQUE",
            "adresse email",
            "+212",
            "TOUS DROITS RÉSERVÉS",
            "POLITIQUE",
        ],
        id="fr",
    ),
    pytest.param(
        ENGLISH_PAGE,
        [
            "held talks with Nasser Bourita in Rabat on Tuesday",
            "round-table format favoured",
            "which lasted about two hours",
        ],
        [
            "Skip to",
            "Officials shown at the ministry",
            "Example Photo",
            "Algeria rejects round-table talks",
            "Drought hits",
            "Tourism numbers",
            "newsletter",
            "All rights reserved",
            "By Jane Example",
        ],
        id="en",
    ),
    pytest.param(
        SPANISH_PAGE,
        [
            "anunció el sábado la retirada inmediata",
            "una carta dirigida al rey Mohamed VI",
            "Argelia es un socio estratégico",
        ],
        [
            "/ EFE",
            "Redacción",
            "Marruecos celebra el giro",
            "Compartir",
            "Suscríbete",
            "Todos los derechos reservados",
            "Internacional",
        ],
        id="es",
    ),
    pytest.param(
        ARABIC_PAGE,
        [
            "التقى المبعوث الشخصي للأمين العام",
            "سبل إعادة إطلاق المسار السياسي",
            "لإجراء محادثات مع المسؤولين",
        ],
        ["الرئيسية", "مجلس الأمن يمدد ولاية", "شارك على فيسبوك", "جميع الحقوق محفوظة"],
        id="ar",
    ),
    pytest.param(
        ONE_LINE_PAGE,
        ["Le gouvernement algérien a annoncé le rappel", "Le communiqué du ministère dénonce"],
        ["À LIRE AUSSI", "Madrid maintient sa position", "Par Karim B.", "nouvelle crise diplomatique"],
        id="one-line",
    ),
]


@pytest.mark.parametrize(("page", "included", "excluded"), CASES)
def test_clean_text_keeps_the_article_and_drops_the_page_around_it(page, included, excluded) -> None:
    body = clean_text(page).body
    for phrase in included:
        assert phrase in body
    for phrase in excluded:
        assert phrase not in body


def test_clean_text_starts_and_ends_with_the_article() -> None:
    body = clean_text(FRENCH_PAGE).body
    assert body.startswith("L'envoyé personnel du secrétaire général")
    assert body.endswith("au Conseil de sécurité.")


def test_header_holds_masthead_title_and_dateline() -> None:
    header = clean_text(FRENCH_PAGE).header
    assert "De Mistura reçu à Alger par le chef de la diplomatie algérienne" in header
    assert "LE MATIN DU SUD · 9 SEPTEMBRE 2023" in header


def test_embedded_tweet_in_another_script_stays_in_the_body() -> None:
    page = (
        "Le Polisario a salué la visite de l'envoyé onusien dans les camps, selon un message publié en ligne.\n\n"
        "زيارة المبعوث الأممي إلى المخيمات خطوة مهمة لإحياء المسار السياسي. #الصحراء_الغربية pic.twitter.com/abc123\n"
        "— Sahara Info (@SaharaInfo) January 15, 2022\n\n"
        "L'émissaire doit ensuite se rendre à Nouakchott pour rencontrer les autorités mauritaniennes."
    )
    body = clean_text(page).body
    assert "زيارة المبعوث الأممي إلى المخيمات" in body
    assert body.endswith("les autorités mauritaniennes.")


def test_markdown_links_are_reduced_to_their_text() -> None:
    body = clean_text(
        "Le ministre a rappelé la [résolution 2703](https://example.org/r) adoptée en octobre 2023."
    ).body
    assert body == "Le ministre a rappelé la résolution 2703 adoptée en octobre 2023."


def test_a_page_cut_off_mid_paragraph_keeps_its_last_words() -> None:
    page = (
        "La délégation onusienne a quitté Rabat mardi pour rejoindre Laâyoune, selon un communiqué officiel.\n\n"
        "Les autorités locales ont préparé une série de rencontres avec des élus et des représentants de la soc"
    )
    assert clean_text(page).body.endswith("représentants de la soc")


def test_boilerplate_drops_shouted_breadcrumbs_arrow_links_and_closing_credits() -> None:
    page = "\n".join(
        [
            "Accueil INTERNATIONAL LE MINISTRE A REÇU L'ENVOYÉ ONUSIEN POUR UN ÉCHANGE DE VUES...",
            "Le ministre a reçu mardi l'envoyé des Nations unies pour un long entretien sur la crise régionale.",
            "Les deux responsables ont évoqué la reprise du dialogue entre les parties, selon un communiqué.",
            "► à (ré)écouter: Le regard d'un chercheur sur la médiation",
            "Ils sont convenus de se revoir le mois prochain dans la capitale, a précisé le ministère. B. K./Agences",
        ]
    )
    body = clean_text(page).body
    assert body.startswith("Le ministre a reçu mardi")
    assert "INTERNATIONAL" not in body
    assert "écouter" not in body and "chercheur" not in body
    assert body.endswith("a précisé le ministère.")


def test_boilerplate_keeps_an_initialism_that_ends_a_sentence() -> None:
    page = "Le ministre a rencontré mardi les représentants de plusieurs agences de l'ONU et du PAM."
    assert clean_text(page).body == page


def test_subheading_between_paragraphs_stays_in_the_body() -> None:
    page = (
        "Staffan de Mistura s'est entretenu lundi à Rabat avec le ministre des Affaires étrangères, selon "
        "un communiqué publié dans la soirée par la diplomatie marocaine.\n\n"
        "L'émissaire onusien doit ensuite se rendre à Alger puis à Nouakchott cette semaine\n\n"
        "Les deux hommes ont évoqué la reprise du processus politique sous l'égide des Nations unies, a "
        "précisé le communiqué sans donner plus de détails sur le calendrier."
    )
    assert "doit ensuite se rendre à Alger puis à Nouakchott cette semaine" in clean_text(page).body


def test_headline_after_a_read_more_cue_stays_out() -> None:
    page = (
        "Staffan de Mistura s'est entretenu lundi à Rabat avec le ministre des Affaires étrangères, selon "
        "un communiqué publié dans la soirée par la diplomatie marocaine.\n\n"
        "Lire aussi\n\n"
        "Le Conseil de sécurité prolonge le mandat de la mission pour une année supplémentaire\n\n"
        "Les deux hommes ont évoqué la reprise du processus politique sous l'égide des Nations unies, a "
        "précisé le communiqué sans donner plus de détails sur le calendrier."
    )
    assert "Le Conseil de sécurité prolonge" not in clean_text(page).body


def test_line_patterns_listed_twice_match_as_once() -> None:
    twice = LinePatterns([r"\bcookies?\b", r"^menu$", r"\bcookies?\b", r"^menu$"])
    once = LinePatterns([r"\bcookies?\b", r"^menu$"])
    for line in ("We use cookies here", "Menu", "menu principal", "nothing to see", ""):
        assert twice.matches(line) == once.matches(line)
        assert twice.fullmatch(line) == once.fullmatch(line)
    assert once.matches("We use cookies here") and once.matches("Menu") and not once.matches("menu principal")


def test_line_patterns_without_floating_or_anchored_ones() -> None:
    assert LinePatterns([r"^lire aussi"]).matches("Lire aussi : la suite")
    assert not LinePatterns([r"^lire aussi"]).matches("la suite")
    assert LinePatterns([r"copyright"]).matches("Copyright 2024")
    assert not LinePatterns([]).matches("anything")
    assert not LinePatterns([]).fullmatch("")


def test_line_patterns_match_as_their_union_would() -> None:
    """Each floating pattern searched alone finds a line exactly when their union does."""
    import re

    patterns = [r"\bcookies?\b", r"(^|\s)(\w+ )?(photo|image)s?\s*[:/]", r"\|\s*$", r"^menu$", r"tous droits"]
    lines = ["Photo : AFP", "crédit photo/Reuters", "Accueil | ", "Menu", "Tous droits réservés", "texte", ""]
    union = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    each = LinePatterns(patterns)
    for line in lines:
        assert each.matches(line) == bool(union.search(line)), line


@pytest.mark.parametrize(
    "title",
    [
        "Alger et le Polisario dénoncent au Conseil de sécurité un texte « déséquilibré »",
        "Sahara : Rabat salue la résolution, Alger dénonce un texte « déséquilibré »",
        'El Polisario rechaza en Nueva York la resolución del Consejo, "desequilibrada"',
    ],
)
def test_a_headline_ending_in_a_quoted_word_stays_out_of_the_body(title: str) -> None:
    # a closing quote with no mark of its own before it ends no sentence: the line is the page's title
    page = (
        f"Accueil > International > Maghreb\n{title}\nRabat, 2 nov. 2024 (AFP) -\n\n"
        "Le ministre des Affaires étrangères a salué vendredi l'adoption de la résolution par le Conseil de "
        "sécurité, tandis qu'Alger et le Front Polisario ont vivement critiqué le texte.\n\n"
        "La résolution a été adoptée jeudi par douze voix pour, avec deux abstentions, celles de la Russie "
        "et du Mozambique."
    )
    cleaned = clean_text(page)
    assert title in cleaned.header and title not in cleaned.body


def test_a_quoted_sentence_ending_a_paragraph_stays_in_the_body() -> None:
    page = (
        "Le ministre a reçu jeudi son homologue pour parler du port et des visas, selon un communiqué.\n\n"
        "« Nous avons convenu de reprendre le dialogue sans conditions préalables. »\n\n"
        "Les deux hommes doivent se revoir le mois prochain à Nouakchott, a précisé la même source."
    )
    assert "convenu de reprendre le dialogue" in clean_text(page).body


@pytest.mark.parametrize(
    "title",
    [
        'باراك في دمشق لبحث التفاهمات الأمنية.. وأنقرة تحذر من "مخطط لزعزعة الاستقرار"',
        "Le Maroc salue le texte... et Alger dénonce une résolution « partiale »",
        'Rabat welcomes the vote… Algiers slams a "biased" text',
    ],
)
def test_dots_between_a_headlines_parts_do_not_make_it_text(title: str) -> None:
    # "X.. Y", "X... Y", "X… Y" separate a headline's parts; a quote closing it still ends no sentence
    page = (
        f"{title}\n\nدمشق - 16 سبتمبر 2025\n\n"
        "استقبل وزير الخارجية السوري، أمس الاثنين، في دمشق المبعوث الأمريكي الخاص، وبحث الجانبان ملف "
        "الاتفاق الأمني المرتقب ومسار رفع ما تبقى من العقوبات.\n\n"
        "وقال المبعوث في تصريحات صحفية عقب اللقاء إن بلاده تدعم سوريا موحدة ومستقرة وذات سيادة."
    )
    cleaned = clean_text(page)
    assert title in cleaned.header and title not in cleaned.body


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("Morocco hails the vote. Algeria slams a biased text.", "RABAT, Nov 1, 2024 (Reuters) -"),
        ("Le Maroc salue le vote, Alger dénonce un texte déséquilibré.", "Rabat, 1er novembre 2024 (AFP) -"),
    ],
)
def test_a_dateline_under_a_headline_read_as_text_stays_with_the_header(first: str, dateline: str) -> None:
    # the headline ends as a sentence does, so it opens the article; the dateline dropped from the
    # article's first lines must still reach the header, where the publication date is read
    page = (
        f"{first}\n\n{dateline}\n\n"
        "Morocco on Friday welcomed the adoption of the resolution by the Security Council, while Algeria and "
        "the Polisario Front criticised the text.\n\n"
        "The resolution was adopted on Thursday by twelve votes, with Russia and Mozambique abstaining."
    )
    cleaned = clean_text(page)
    assert dateline in cleaned.header and dateline not in cleaned.body
