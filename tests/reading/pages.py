"""Flattened web pages written for these tests (facts real, sentences ours)."""

FRENCH_PAGE = """
Le Matin du Sud

POLITIQUE

De Mistura reçu à Alger par le chef de la diplomatie algérienne



LE MATIN DU SUD · 9 SEPTEMBRE 2023



L'envoyé personnel du secrétaire général de l'ONU pour le Sahara occidental, Staffan de Mistura, a été reçu vendredi à Alger par le ministre des Affaires étrangères, Ahmed Attaf.

Les deux hommes ont passé en revue « les perspectives de relance du processus politique », selon un communiqué diffusé dans la soirée par le ministère algérien.

Lire aussi | [Le Conseil de sécurité prolonge le mandat de la Minurso](#)

La rencontre intervient quelques semaines avant la présentation du rapport annuel du secrétaire général au Conseil de sécurité.

 1 204  Répondre  Copier le lien du Tweet

S'INSCRIRE

TAGS: [Attaf](#) [Sahara](#)

ARTICLE PRÉCÉDENT
LA SAISON TOURISTIQUE BAT DES RECORDS À AGADIR

Votre adresse email

📞 : +212 522 00 00 00

TOUS DROITS RÉSERVÉS. LE MATIN DU SUD ©2023
"""

ENGLISH_PAGE = """
1. Skip to content
2. Skip to main menu

North Africa Monitor

UN envoy meets Moroccan foreign minister in Rabat

By Jane Example | July 5, 2022

Staffan de Mistura held talks with Nasser Bourita in Rabat on Tuesday, the first meeting between the two men since the envoy's regional tour in January.

Officials shown at the ministry in Rabat
The envoy was greeted by protocol staffImage: Example Photo/Agency

The ministry said the discussion covered the Moroccan autonomy initiative and the round-table format favoured by the Security Council.

Read more: Algeria rejects round-table talks

Neither side took questions from reporters after the meeting, which lasted about two hours.

Related stories
Drought hits cereal harvest
Tourism numbers rebound after pandemic

Subscribe to our newsletter
© 2022 North Africa Monitor. All rights reserved.
"""

SPANISH_PAGE = """
Diario del Estrecho

Internacional

Argelia retira a su embajador en Madrid

Argelia retira a su embajador en Madrid / EFE

Redacción

Redacción

El Gobierno argelino anunció el sábado la retirada inmediata de su embajador en Madrid, en protesta por el respaldo de España al plan de autonomía marroquí para el Sáhara Occidental.

La decisión llega un día después de que el Ejecutivo de Pedro Sánchez hiciera pública una carta dirigida al rey Mohamed VI.

Lee también: Marruecos celebra el giro de la diplomacia española

Fuentes del Ministerio de Asuntos Exteriores español evitaron comentar la medida y recordaron que Argelia es un socio estratégico.

Compartir en Facebook
Suscríbete a nuestro boletín
Todos los derechos reservados © Diario del Estrecho 2022
"""

ARABIC_PAGE = """
الرئيسية
أخبار

المبعوث الأممي يلتقي رئيس جبهة البوليساريو في مخيمات تندوف

التقى المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية ستافان دي ميستورا يوم الأحد في مخيمات تندوف بالأمين العام لجبهة البوليساريو إبراهيم غالي.

وتناول اللقاء سبل إعادة إطلاق المسار السياسي تحت إشراف الأمم المتحدة، حسب ما أفادت به مصادر من الجبهة.

اقرأ أيضا: مجلس الأمن يمدد ولاية بعثة المينورسو

ومن المنتظر أن يتوجه المبعوث الأممي بعد ذلك إلى العاصمة الجزائرية لإجراء محادثات مع المسؤولين الجزائريين.

شارك على فيسبوك
جميع الحقوق محفوظة 2022
"""

ONE_LINE_PAGE = (
    " date 2024-07 Paris et Alger : nouvelle crise diplomatique autour du Sahara occidental Par Karim B. "
    "30 juillet 2024 à 18:05 ALGER, mardi 30 juillet 2024 – Le gouvernement algérien a annoncé le rappel "
    "immédiat de son ambassadeur en France, au lendemain de la lettre du président français sur le plan "
    "d'autonomie. 🔴 À LIRE AUSSI >> Sahara occidental : Madrid maintient sa position Le communiqué du "
    "ministère dénonce une décision prise sans mesurer ses conséquences pour la région."
)
