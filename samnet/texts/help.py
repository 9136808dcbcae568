"""The command line's help in Swedish and English: data for :mod:`samnet.texts.catalogue`.

Registered under ``help.``: ``help.<command>`` is a command's description,
``help.<command>.<option>`` one option's, ``help.opt.<option>`` an option many
commands share, and ``help.click.<word>`` the words click itself prints (Usage,
Options, default). :mod:`samnet.texts.cli_help` picks the language when help is shown:
``--lang``, else the ``SAMNET_LANG`` environment variable, else Swedish.

Examples
--------
>>> HELP["opt.force"][0]
'Ersätt filer som redan finns.'
"""

from __future__ import annotations

__all__ = ["HELP", "TABLES"]

#: help key -> (Swedish, English).
HELP: dict[str, tuple[str, str]] = {
    "cli": (
        "samnet: mät, rita och jämför samverkan mot våld i nära relationer.\n\n"
        "Läser actors.yaml och links.yaml i en datamapp (standard: data/) eller en Excel-arbetsbok "
        "(--data FIL.xlsx; kartlaggning.xlsx hittas av sig själv). Börja med `samnet validate`, sedan "
        "`samnet analyze`. Ny här: `samnet init`, eller prova `samnet analyze --example`. "
        "Hjälp på engelska: --lang en eller miljövariabeln SAMNET_LANG=en.",
        "samnet: measure, map and compare samverkan against violence in close relationships.\n\n"
        "Reads actors.yaml and links.yaml from a data folder (default: data/), or an Excel workbook "
        "(--data FILE.xlsx; kartlaggning.xlsx is found by itself). Start with `samnet validate`, then "
        "`samnet analyze`. New here: `samnet init`, or try `samnet analyze --example`. "
        "Help in Swedish: --lang sv or the environment variable SAMNET_LANG=sv.",
    ),
    "cli.debug": ("Visa hela felspåret när något går fel.", "Show the full traceback when something goes wrong."),
    "opt.lang": (
        "Språk för meddelanden, tabeller, rapporter och kartor: svenska eller engelska (eller SAMNET_LANG).",
        "Language of messages, tables, reports and maps: Swedish or English (or SAMNET_LANG).",
    ),
    "opt.example": (
        "Använd exempeldata, från vilken mapp som helst: gavleborg (Ljusdal och Sandviken, standard) "
        "eller ostergotland (13 kommuner).",
        "Use bundled data, from any folder: gavleborg (Ljusdal and Sandviken, the default) or "
        "ostergotland (13 kommuner).",
    ),
    "opt.data": (
        "Mapp med actors.yaml och links.yaml, eller en Excel-arbetsbok (.xlsx). Utan mappen data/ "
        "läses kartlaggning.xlsx om den finns.",
        "Folder with actors.yaml and links.yaml, or an Excel workbook (.xlsx). Without a data/ "
        "folder, kartlaggning.xlsx is read if it is there.",
    ),
    "opt.kommun": (
        "Bara den här kommunen (upprepa för flera). Standard: alla kommuner i data.",
        "Only this kommun (repeat for several). Default: every kommun in the data.",
    ),
    "opt.norm": (
        "Överenskommelsen som kartläggningen hålls mot. Standard: den norm som data anger (norm: i actors.yaml); "
        "analyze och compare kontrollerar inget utan en, check använder Dalarnas norm som följer med.",
        "The agreement to hold the mapping against. Default: the norm the data names (norm: in actors.yaml); "
        "analyze and compare check nothing without one, check uses the bundled Dalarna norm.",
    ),
    "opt.format": ("Vad som skrivs på stdout.", "What to print on stdout."),
    "opt.force": ("Ersätt filer som redan finns.", "Replace files that already exist."),
    "validate": (
        "Kontrollera data och skriv varje problem, eller en rad om allt är bra.",
        "Check the data and print every problem, or one line if all is well.",
    ),
    "analyze": (
        "Mät varje kommuns nätverk: antal, nivåer i trappan, centrala aktörer, envägslänkar och "
        "personbundna band.\n\nUtan --format och -o skrivs en sammanfattning som ryms på en skärm "
        "(--full för allt) och alla filer i output/.",
        "Measure each kommun's network: counts, trappa levels, central actors, one-way and "
        "person-dependent ties.\n\nWith no --format and no -o, prints a summary that fits a screen "
        "(--full for everything) and writes the full set of files to output/.",
    ),
    "analyze.format": ("Vad som skrivs på stdout.  [standard: table]", "What to print on stdout.  [default: table]"),
    "analyze.output": (
        "Skriv också metrics.csv, summary.json och map.html per kommun, report.md och map.html i den "
        "här mappen. Standard: output/ när --format inte anges.",
        "Also write metrics.csv, summary.json and map.html per kommun, report.md and map.html to this "
        "folder. Default: output/ when --format is not given.",
    ),
    "analyze.no_maps": (
        "Med -o: hoppa över allt som ritas (kartor, jämförelsesida, report.html och .docx): snabbare.",
        "With -o: skip everything drawn (maps, comparison page, report.html and .docx): faster.",
    ),
    "analyze.no_report": (
        "Med -o: hoppa över report.html och report.docx (kartorna skrivs).",
        "With -o: skip report.html and report.docx (the maps stay).",
    ),
    "enkat": (
        "Skriv enkäter: varje organisation svarar för hur den samverkar med var och en på listan. En "
        "arbetsbok per organisation (eller informant); läs in de ifyllda med samnet sammanstall.",
        "Write questionnaire forms: each organisation says how it works with every other one on the list. "
        "One workbook per organisation (or informant); merge the returned ones with samnet sammanstall.",
    ),
    "enkat.output": ("Mappen för enkäterna, en undermapp per kommun.", "Folder for the forms, one per kommun."),
    "enkat.force": ("Ersätt enkäter som redan finns.", "Replace forms that already exist."),
    "sammanstall": (
        "Läs in ifyllda enkäter i kartläggningen, varje svar som en uppgift från den som svarade. Skriver "
        "svarsfrekvensen, vilka som inte svarat, bekräftade band och varje skillnad i bild.",
        "Merge returned questionnaire forms into the mapping, each answer as a report by its respondent. "
        "Prints the response rate, who has not answered, confirmed ties and every disagreement.",
    ),
    "sammanstall.output": (
        "Den sammanslagna kartläggningen: en mapp eller en arbetsbok (.xlsx).",
        "The merged mapping: a folder, or a workbook (.xlsx).",
    ),
    "sammanstall.force": ("Ersätt filer som redan finns där.", "Replace files that already exist there."),
    "analyze.utan": (
        "Tänk om: vad varje kommun förlorar utan den här aktören (dess id; upprepa för flera). "
        "Läggs till i tabellen och report.md.",
        "What if: what each kommun loses without this actor (its id; repeat for several). "
        "Added to the table and report.md.",
    ),
    "analyze.top": (
        "Centrala aktörer som visas per kommun i tabellen.",
        "Central actors shown per kommun in the table.",
    ),
    "analyze.full": (
        "Skriv alla tabeller i terminalen, inte bara sammanfattningen.",
        "Print every table in the terminal, not only the summary.",
    ),
    "map": (
        "Rita interaktiva kartor: en fristående HTML-fil per kommun som fungerar utan nät.",
        "Draw interactive maps: one self-contained HTML file per kommun that works offline.",
    ),
    "map.output": (
        "En mapp (en karta per kommun i <mapp>/<kommun>/map.html, och den regionala <mapp>/map.html) "
        "eller, för en enda kommun, en fil som slutar på .html.",
        "A folder (one map per kommun in <folder>/<kommun>/map.html, plus the regional "
        "<folder>/map.html) or, for a single kommun, a file ending in .html.",
    ),
    "map.lan": (
        "En karta över alla kommuner i det här länet tillsammans (t.ex. Gävleborg).",
        "One map of every kommun in this län together (e.g. Gävleborg).",
    ),
    "map.size_by": (
        "Vilket centralitetsmått som sätter aktörernas storlek.",
        "Which centrality sets the size of each actor.",
    ),
    "map.layout": (
        "sector: aktörerna grupperade runt socialtjänsten; force: placerade efter sina band.",
        "sector: actors by group round the social services; force: placed by their ties.",
    ),
    "compare": (
        "Ställ två kommuner bredvid varandra och säg, i ord och siffror, vad som skiljer.\n\n"
        "A och B är kommun-id i data; med --data-b läses B från en annan mapp.",
        "Set two kommuner side by side and say, in words and numbers, what differs.\n\n"
        "A and B are kommun ids in the data; with --data-b, B is read from another folder.",
    ),
    "compare.data_b": (
        "Läs kommun B från den här mappen eller arbetsboken i stället (en senare kartläggning, ett annat län).",
        "Read kommun B from this data folder or workbook instead (a later snapshot, another län).",
    ),
    "compare.output": (
        "Skriv också compare-A-B.md, .json och .html (de två kartorna bredvid varandra) här.",
        "Also write compare-A-B.md, .json and .html (the two maps side by side) here.",
    ),
    "compare.top": (
        "Rangordnade skillnader som visas i tabellen (Markdown och JSON har alla).",
        "Ranked differences shown in the table (Markdown and JSON hold all).",
    ),
    "template": (
        "Skriv en tom Excel-arbetsbok att fylla i: ett blad per del av data, hjälp på svenska.",
        "Write an empty Excel workbook to fill in: one sheet per part of the data, help in Swedish.",
    ),
    "template.output": ("Arbetsboken som skrivs.", "The workbook to write."),
    "convert": (
        "Gör om en datamapp till en Excel-arbetsbok (DEST slutar på .xlsx) eller en arbetsbok till en mapp.\n\n"
        "Data kontrolleras först; resultatet innehåller samma kartläggning.",
        "Convert a data folder to an Excel workbook (DEST ends in .xlsx) or a workbook to a folder.\n\n"
        "The data is validated first; the result holds the same mapping.",
    ),
    "export": (
        "Exportera ett nätverk för Gephi (GEXF, GraphML), R (GraphML), Kumu (xlsx) eller skript (JSON).",
        "Export a network for Gephi (GEXF, GraphML), R (GraphML), Kumu (xlsx) or scripts (JSON).",
    ),
    "export.kommun": (
        "Kommunen som exporteras. Standard: alla kommuner tillsammans.",
        "The kommun to export. Default: every kommun together.",
    ),
    "export.format": (
        "Filformat; måste stämma med filnamnet.  [standard: från filnamnet]",
        "File format; must agree with the file name.  [default: from the file name]",
    ),
    "export.output": ("Filen som skrivs, t.ex. ljusdal.gexf.", "The file to write, e.g. ljusdal.gexf."),
    "init": (
        "Börja en ny kartläggning: ett litet exempel att byta mot din egen kommun (standardmapp: data/).",
        "Start a new mapping: a small example to replace with your own kommun (default folder: data/).",
    ),
    "init.xlsx": (
        "Skriv en Excel-arbetsbok, kartlaggning.xlsx, i stället.",
        "Write one Excel workbook, kartlaggning.xlsx, instead.",
    ),
    "check": (
        "Håll varje kommuns kartläggning mot en regional överenskommelse: vilka krav som möts och "
        "vilka som är luckor.\n\nAvslutar med 0 när kontrollen gick (luckor är resultat, inte fel); 1 "
        "vid fel i data eller i normfilen.",
        "Hold each kommun's mapping against a regional agreement: which rules are met, which are "
        "gaps.\n\nExits 0 whenever the check ran (gaps are findings, not errors); 1 for bad data or a "
        "bad norm file.",
    ),
    "check.output": (
        "Skriv också check.md och check.json i den här mappen.",
        "Also write check.md and check.json to this folder.",
    ),
    "figure": (
        "Rita en figur i tryckkvalitet för Word eller PowerPoint: nätverket, trappan eller individ/struktur.",
        "Draw a print-quality figure for Word or PowerPoint: the network, the trappa or the scopes.",
    ),
    "figure.kommun": (
        "Den här kommunen. Standard: den enda kommunen, eller alla kommuner tillsammans.",
        "This kommun. Default: the only kommun, or every kommun together.",
    ),
    "figure.what": (
        "Nätverksbilden, stapeldiagrammet över samverkanstrappan, eller individ/struktur per huvudman.",
        "The network picture, the samverkanstrappan bar chart, or individ/struktur per huvudman.",
    ),
    "figure.output": (
        "Filen som skrivs: .png (för Word), .svg eller .pdf. 16 cm bred.",
        "The file to write: .png (for Word), .svg or .pdf. 16 cm wide.",
    ),
    # The words click prints around the help.
    "click.Usage:": ("Användning:", "Usage:"),
    "click.[OPTIONS]": ("[FLAGGOR]", "[OPTIONS]"),
    "click.COMMAND [ARGS]...": ("KOMMANDO [ARGUMENT]...", "COMMAND [ARGS]..."),
    "click.Options": ("Flaggor", "Options"),
    "click.Commands": ("Kommandon", "Commands"),
    "click.default: {default}": ("standard: {default}", "default: {default}"),
    "click.required": ("krävs", "required"),
    "click.Show this message and exit.": ("Visa den här hjälpen och avsluta.", "Show this message and exit."),
    "click.Show the version and exit.": ("Visa versionen och avsluta.", "Show the version and exit."),
}

#: What :mod:`samnet.texts.catalogue` registers.
TABLES = {"help.": HELP}
