"""Texts of the questionnaire (``samnet enkat``) and of merging its answers (``samnet sammanstall``).

Plain data for :mod:`samnet.texts.catalogue`, registered under ``forms.``. The form
itself is written in Swedish only: it goes to Swedish organisations. Messages
about returned forms and the merge summary are in both languages.

Examples
--------
>>> FORM["sv"]["sheet.answers"]
'Organisationer'
"""

from __future__ import annotations

__all__ = ["FORM", "TABLES"]

_INSTRUCTIONS_SV = {
    "guide.title": "Enkät om samverkan mot våld i nära relationer",
    "guide.for": "Till: {organisation}",
    "guide.purpose.head": "Varför vi frågar",
    "guide.purpose": (
        "Vi kartlägger hur organisationerna i {kommun} samverkar mot våld i nära relationer, "
        "hedersrelaterat våld och förtryck, våld i ungas parrelationer och kring barn som upplever våld. "
        "Alla organisationer på listan får samma frågor om varandra. När båda parter har svarat ser vi "
        "var bilden stämmer och var den skiljer sig, och det blir underlag för ett gemensamt samtal."
    ),
    "guide.levels.head": "Samverkanstrappan: fyra nivåer",
    "guide.level.1": "1 samtal: ni talar med varandra och utbyter information. "
    "Exempel: ni ringer och frågar om hur de arbetar.",
    "guide.level.2": "2 samsyn: ni har en gemensam bild av problemet och känner till varandras arbete. "
    "Exempel: ni har gått samma utbildning om våld och vet vem som gör vad.",
    "guide.level.3": "3 samarbete: ni anpassar och samordnar det ni gör. "
    "Exempel: ni har en gemensam rutin eller planerar insatser i ett ärende tillsammans.",
    "guide.level.4": "4 samverkan: ni har ett gemensamt mål och var och en bidrar med sin del. "
    "Exempel: ett gemensamt team eller en styrgrupp med beslutad gemensam plan.",
    "guide.scope.head": "Individ eller struktur",
    "guide.scope": (
        "Individnivå betyder samverkan kring en enskild person eller familj (till exempel en SIP eller ett "
        "samråd i ett ärende). Strukturnivå betyder nätverk, styrgrupper, gemensamma rutiner och "
        "utbildningar. Många samarbeten finns på båda nivåerna: välj då båda."
    ),
    "guide.person.head": "Hänger det på en person?",
    "guide.person": (
        "Svara ja om samarbetet bygger på en enskild persons engagemang och troligen skulle upphöra om "
        "den personen slutade, till exempel för att det saknas rutin eller uppdrag."
    ),
    "guide.oneway.head": "Orosanmälan och andra kontakter åt ett håll",
    "guide.oneway": (
        "En orosanmälan, en polisanmälan, en hänvisning eller information som ni lämnar över är viktig men "
        "är inte samverkan: den går åt ett håll. Därför frågar vi om dem i egna kolumner. Svara på dem "
        "oavsett vad ni svarar om samverkan."
    ),
    "guide.how.head": "Så fyller du i",
    "guide.how.1": "1. Bladet Om er: fyll i din roll och dagens datum.",
    "guide.how.2": "2. Bladet Organisationer: en rad per organisation. Välj i listorna; lämna tomt om du inte vet.",
    "guide.how.3": "3. Bladet Forum: svara för varje forum om ni deltar, hur ofta och på vilken nivå.",
    "guide.how.4": "4. Bladet Saknas på listan: skriv organisationer ni samverkar med som inte finns med.",
    "guide.how.5": "Ändra inte rubrikerna, namnen i första kolumnen eller bladens ordning: "
    "då kan svaren inte läsas in.",
    "guide.return.head": "Så lämnar du tillbaka filen",
    "guide.return": (
        "Spara filen med samma namn (i Excel eller LibreOffice) och skicka tillbaka den till den som "
        "skickade den. Svaren stannar hos kommunen: de läses in på kommunens egen dator och skickas "
        "inte till någon tjänst på internet."
    ),
    "sheet.guide": "Så fyller du i",
    "sheet.about": "Om er",
    "sheet.answers": "Organisationer",
    "sheet.forums": "Forum",
    "sheet.missing": "Saknas på listan",
    "about.organisation": "Organisation",
    "about.respondent": "Den som svarar",
    "about.role": "Din roll",
    "about.date": "Datum (ÅÅÅÅ-MM-DD)",
    "about.kommun": "Kommun",
    "col.organisation": "Organisation",
    "col.works": "Samverkar ni?",
    "col.level": "På vilken nivå?",
    "col.scope": "Individ eller struktur?",
    "col.areas": "Vilka våldsområden?",
    "col.person": "Hänger det på en person?",
    "col.orosanmalan": "Skickar ni orosanmälan?",
    "col.polisanmalan": "Gör ni polisanmälan?",
    "col.hanvisning": "Hänvisar ni dit?",
    "col.information": "Lämnar ni information?",
    "col.comment": "Kommentar",
    "col.forum": "Forum",
    "col.takes_part": "Deltar ni?",
    "col.how_often": "Hur ofta träffas ni?",
    "col.missing_level": "Samverkar ni? Nivå",
    "answer.yes": "ja",
    "answer.no": "nej",
    "answer.unknown": "vet ej",
    "scope.both": "båda",
    "often.week": "varje vecka",
    "often.month": "varje månad",
    "often.year": "några gånger om året",
    "often.rarely": "mer sällan",
    "areas.prompt": "Skriv ett eller flera, med komma: våld i nära relationer, heder, unga, barn",
    "prompt.works": "ja, nej eller vet ej",
    "prompt.level": "Välj nivå 1–4 på samverkanstrappan (se första bladet)",
}

#: The form's own words (Swedish only: the form goes to Swedish organisations).
FORM = {"sv": _INSTRUCTIONS_SV, "en": _INSTRUCTIONS_SV}

#: Messages about returned forms and the merge, ``forms.problem.*`` keyed by code.
MESSAGES = {
    "problem.not-a-form": (
        "är inte en enkät från samnet enkat (bladet {sheet} saknas)",
        "is not a form written by samnet enkat (the sheet {sheet} is missing)",
    ),
    "problem.not-a-workbook": (
        "går inte att läsa som en Excel-arbetsbok (.xlsx): {reason}",
        "cannot be read as an Excel workbook (.xlsx): {reason}",
    ),
    "problem.other-roster": (
        "hör till en annan kartläggning (listan {found}, den här kartläggningen har {expected}); "
        "skriv nya enkäter med samnet enkat",
        "belongs to another mapping (roster {found}, this mapping has {expected}); write new forms with samnet enkat",
    ),
    "problem.edited": (
        "strukturen är ändrad: väntade {expected}, fann {found}",
        "the structure was edited: expected {expected}, found {found}",
    ),
    "not-xlsx": ("inte en .xlsx-fil", "not an .xlsx file"),
    "problem.empty": ("enkäten är tom: inga svar ifyllda", "the form is empty: no answers filled in"),
    "problem.bad-answer": (
        "{value} är inget svar här; skriv {allowed}",
        "{value} is not an answer here; write {allowed}",
    ),
    "problem.bad-date": ("{value} är inget datum; skriv ÅÅÅÅ-MM-DD", "{value} is not a date; write YYYY-MM-DD"),
    "summary.title": ("Sammanställning av enkätsvar", "Summary of questionnaire answers"),
    "summary.rate": (
        "Svar: {answered} av {asked} organisationer ({share}).",
        "Answers: {answered} of {asked} organisations ({share}).",
    ),
    "summary.missing": ("Har inte svarat: {names}.", "Have not answered: {names}."),
    "summary.all-answered": ("Alla har svarat.", "Everyone has answered."),
    "summary.replaced": (
        "{file} ersätter ett tidigare svar från {name} ({earlier}).",
        "{file} replaces an earlier answer from {name} ({earlier}).",
    ),
    "summary.confirmed": (
        "Band som båda parter bekräftar: {confirmed} av {described} beskrivna samverkansband.",
        "Ties both sides confirm: {confirmed} of {described} described collaboration ties.",
    ),
    "summary.disagreements": ("Olika bild ({n}):", "Different views ({n}):"),
    "summary.disagreement": ("- {a} och {b}: {levels}", "- {a} and {b}: {levels}"),
    "summary.says": ("{name} säger {level}", "{name} says {level}"),
    "summary.level0": ("ingen samverkan", "no collaboration"),
    "summary.review": (
        "Att granska ({n}): organisationer som skrivits till utan att finnas i kartläggningen. "
        "De har inte lagts till; lägg till dem i aktörslistan om de ska med.",
        "To review ({n}): organisations written in that are not in the mapping. "
        "They were not added; add them to the actors if they belong there.",
    ),
    "summary.review-row": ("- {name} (från {by}{level}){comment}", "- {name} (from {by}{level}){comment}"),
    "summary.written": ("Den sammanslagna kartläggningen: {path}", "The merged mapping: {path}"),
    "written.forms": ("{n} enkäter i {folder}", "{n} forms in {folder}"),
    "ref": ("enkät {date}", "questionnaire {date}"),
}

TABLES = {"forms.": FORM, "forms.msg.": MESSAGES}
