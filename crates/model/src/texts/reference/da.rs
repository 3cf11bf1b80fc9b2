//! Dansk: the reference part of the Danish page.

use super::{Link, ReferenceTexts};
use crate::texts::da::Da;

/// STAR's pages, the same on both pages.
pub const STAR_ROUND_ONE: &str =
    "https://star.dk/puljer/2018/udbredelse-af-virksomheders-sociale-ansvar/";
pub const STAR_ROUND_TWO_CALL: &str =
    "https://star.dk/puljer/2020/pulje-til-udbredelse-af-virksomheders-sociale-ansvar/";
pub const STAR_ROUND_TWO_NEWS: &str = "https://star.dk/om-styrelsen/nyt/nyheder/2023/04/evaluering-af-anden-runde-af-satspulje-til-udbredelse-af-virksomheders-sociale-ansvar/";

impl ReferenceTexts for Da {
    const REFERENCE_LABEL: &'static str = "Regler, forudsætninger og kilder";

    const RULE_REPORT_HEADING: &'static str = "Det siger rapporten (afsnit 1.1)";
    const RULE_QUOTE_RENDERING: Option<&'static str> = None;
    const RULE_QUOTE_RENDERING_LABEL: &'static str = "";
    const RULE_READING_HEADING: &'static str = "Sådan regner beregneren";
    const RULE_READING: [&'static str; 4] = [
        "Første rate: når ansættelser svarende til mindst halvdelen af resultatmålet (rundet op) er indsendt til og verificeret af STAR, udbetales halvdelen af det ansøgte beløb (se antagelserne nedenfor).",
        "Er 50 % eller mere af resultatmålet nået ved afslutningen: jeres afholdte udgifter dækkes, dog højst med det ansøgte beløb. Den første rate trækkes fra.",
        "Er mindre end 50 % af resultatmålet nået ved afslutningen: halvdelen af de afholdte udgifter dækkes, dog højst halvdelen af det ansøgte beløb. Det er beregnerens læsning; rapporten siger »halvdelen af de udgifter, der er givet tilsagn om, på baggrund af det endelige regnskab« (se antagelserne).",
        "Resten af udgifterne er jeres egenfinansiering.",
    ];
    const ASSUMPTIONS_HEADING: &'static str = "Det antager beregneren – det står ikke i rapporten";
    const ASSUMPTIONS_LEAD: &'static str = "Afsnit 1.1 er rapportens eneste beskrivelse af tilskudsmodellen. For at kunne regne har beregneren brug for mere, og det er antagelser, ikke regler. STAR kan administrere puljen anderledes.";
    const ASSUMPTION_MARK: &'static str = "Antagelse:";
    const ASSUMPTIONS: [&'static str; 5] = [
        "Rapporten skriver, at »op mod halvdelen« af det ansøgte beløb udbetales som første rate. Beregneren regner med hele halvdelen. Derfor regner den også med, at en første rate, der er større end de dækkede udgifter, betales tilbage ved slutafregningen – rapporten nævner ikke tilbagebetaling.",
        "Første rate regnes af »det ansøgte beløb«, og under 50 % dækkes halvdelen af »de udgifter, der er givet tilsagn om«; tabellerne over første runde viser de tildelte beløb. Beregneren antager, at tilsagnet er lig med det ansøgte beløb.",
        "»Udbetales det resterende beløb i forhold til de afholdte udgifter« læses sådan: de dokumenterede udgifter dækkes, dog højst med det ansøgte beløb. Under 50 % læses »halvdelen af de udgifter, der er givet tilsagn om, på baggrund af det endelige regnskab« som halvdelen af de afholdte udgifter, dog højst halvdelen af tilsagnet.",
        "Ansættelser ud over resultatmålet giver ikke ekstra tilskud. Det er beregnerens læsning; rapporten har ingen sætning om det.",
        "»50 procent af projektets målsætning« læses som 50 % af resultatmålet for ansættelser. Projekterne havde også andre resultatmål, fx for udbredelse (afsnit 1.1); de indgår ikke i beregningen.",
    ];
    const THRESHOLD_ROUNDING: &'static str = "At 50 % af resultatmålet rundes op til et helt antal ansættelser, følger af afsnit 1.1: der udbetales, »når 50 procent af projektets målsætning er opnået«. Med et resultatmål på 17 er 8 ansættelser 47 %, så der kræves 9.";
    const RULE_ROUND: &'static str = "Reglerne her er fra første runde (2018–2019), som rapporten beskriver. Et senere opslag kan have andre vilkår: i anden runde kunne kommuner og jobcentre fx ikke søge, og ansøgeren skulle samarbejde med et jobcenter (STAR's spørgsmål og svar, februar 2020).";

    const APPLICANT_HEADING: &'static str = "Det skal I vide som ansøger";
    const APPLICANT_FACTS: [(&'static str, &'static str, &'static str); 8] = [
        (
            "Hvad tæller som en ansættelse",
            "Ordinære timer (fx småjob), fleksjob, løntilskud og SU-berettiget uddannelse. Puljen har ikke et særskilt resultatkrav til, at personen fastholdes i ansættelsen.",
            "afsnit 1.1, afsnit 2.1, tabel 1 (afsnit 1.2) og afsnit 4.6",
        ),
        (
            "Målgruppen",
            "Ledige med mindst et års sammenhængende ledighed på offentlig forsørgelse bag sig. Kun ansættelser af personer i målgruppen tæller.",
            "afsnit 1.1",
        ),
        (
            "Sådan indrapporteres",
            "Projekterne dokumenterer ansættelserne ved at sende lister med cpr-numre til STAR, som kontrollerer dem op mod registerdata.",
            "afsnit 1.1",
        ),
        (
            "Hvorfor indrapporterede ansættelser afvises",
            "Personen er ikke i målgruppen (mindst et års sammenhængende ledighed), der kan ikke ses en lønudbetaling i registrene for den indrapporterede måned, eller der er datafejl i projektets indrapportering.",
            "afsnit 3.1 efter tabel 7 og afsnit 4.5.1",
        ),
        (
            "Hvornår pengene kan komme",
            "Projektet vælger selv, hvornår resultaterne indsendes, men intet udbetales, før de er indsendt til og verificeret af STAR. STAR verificerer først, når projektet kan have ret til en udbetaling. Registerdata kommer med forsinkelse: i første runde kunne november og december 2019 endnu ikke tjekkes.",
            "afsnit 1.1, tabel 6 note ** og afsnit 3.1",
        ),
        (
            "Hvem kunne søge",
            "Virksomheder, organisationer og foreninger.",
            "afsnit 1.1",
        ),
        (
            "Puljens størrelse",
            "45 mio. kr. for 2018–2021. I første runde (2018–2019) fik ni projekter tilsagn om i alt 14,3 mio. kr. Projektperioden løb fra ultimo juni 2018 til december 2019; enkelte projekter fik den forlænget.",
            "kapitel 1, afsnit 1.1 og kapitel 2",
        ),
        (
            "Andre resultatmål",
            "Projekterne opstillede og dokumenterede også andre resultatmål, fx for udbredelse og konkrete aktiviteter. Udbredelsesaktiviteterne nåede færre virksomheder end forventet.",
            "afsnit 1.1 og 3.2",
        ),
    ];

    const CHAPTER_4_SCOPE: &'static str = "Evalueringens kapitel 4 undersøgte kun netværkstilgangen (afsnit 4.1); for forløbstilgangen findes ingen tilsvarende tjekliste. For fjerde trin, fastholdelse, fandt evalueringen ingen drivere (afsnit 4.6.2).";

    const MORE_CAVEATS: [&'static str; 3] = [
        "Afsnit 1.4 nævner fem projekter med indsendte resultater, afsnit 3.1 seks: det sjette er Ingerfairs ene ansættelse, som er indrapporteret, men ikke verificeret.",
        "Tabel 7 dækker de seks projekter, der havde indrapporteret: fire af de fem netværksprojekter (ikke Quick Care) og to af de fire forløbsprojekter (hverken ISS eller AOF Midt).",
        "Rapporten placerer AOF Midts hybridprojekt under forløbstilgangen (afsnit 2.2); bilag A kalder det en hybridtilgang.",
    ];

    const ROUND_TWO_HEADING: &'static str = "Efter første runde: anden runde";
    const ROUND_TWO_LEAD: &'static str = "Evalueringsrapporten handler kun om første runde. Om anden runde har STAR selv offentliggjort disse tal i en nyhed den 12. april 2023. Det er STAR's tal, ikke beregnerens: STAR oplyser ikke, hvordan enhedsprisen er regnet ud, så den kan ikke uden videre sammenlignes med enhedspriserne i tabel 3, og beregneren regner ikke videre med tallene.";
    const ROUND_TWO_FIGURES: [(&'static str, &'static str); 5] = [
        ("Periode", "2020–2022"),
        ("Ansættelser af personer i målgruppen", "1.348"),
        ("Andel af resultatmålet", "143 %"),
        (
            "»Enhedsprisen pr. ansættelse« på tværs af projekterne",
            "13.554 kr.",
        ),
        ("Projekter over deres eget resultatmål", "fire af fem"),
    ];
    const ROUND_TWO_NOTE: &'static str = "Code of Care står ifølge STAR for næsten 68 % af resultaterne og havde også det største tilskud. Evalueringen af anden runde er beskrivende, uden kontrolgruppe.";
    const ROUND_TWO_SOURCE: Link = (
        "STAR: »Evaluering af anden runde af 'Satspulje til udbredelse af virksomheders sociale ansvar'«, nyhed, 12. april 2023",
        STAR_ROUND_TWO_NEWS,
    );
    const ROUND_TWO_CALL: &'static str = "STAR's opslag af anden runde (ansøgningsfrist 5. marts 2020) havde 20,0 mio. kr. for 2020–2021. Ifølge STAR's spørgsmål og svar (februar 2020) kunne kommuner og jobcentre ikke søge, og ansøgeren skulle samarbejde med et eller flere jobcentre.";

    const WORDS_HEADING: &'static str = "Ord på siden";
    const WORDS: [(&'static str, &'static str); 6] = [
        ("Enhedspris", "Det ansøgte beløb delt med resultatmålet: hvad én ansættelse koster i jeres budget. Rapporten kalder den »estimeret enhedspris«."),
        ("Resultatmål", "Det antal ansættelser, I lover i ansøgningen."),
        ("Verificeret", "STAR har kontrolleret en indrapporteret ansættelse op mod registerdata. Kun verificerede ansættelser tæller."),
        ("Første runde", "De ni projekter, der i første udmøntningsrunde (2018–2019) fik tilsagn om tilskud fra puljen. Projektperioden løb fra ultimo juni 2018 til december 2019, men enkelte projekter fik den forlænget: Code of Care til og med første kvartal 2020. Ingerfair lukkede medio 2019. Det er dem, evalueringsrapporten handler om."),
        ("Tabel 3, tabel 6, tabel 7", "Tabeller i evalueringsrapporten: tabel 3 viser beløb, resultatmål og enhedspris, tabel 6 de foreløbige resultater pr. projekt, tabel 7 de samme resultater pr. tilgang."),
        ("Afsnit 4.3.2 osv.", "Et afsnit i evalueringsrapporten. Henvisningen viser, hvor I kan læse mere."),
    ];
    const SOURCES_HEADING: &'static str = "Kilder";
    const SOURCE_PREFIX: &'static str = "Kilde:";
    const SOURCE_REPORT: &'static str = "Deloitte for Styrelsen for Arbejdsmarked og Rekruttering (STAR): »Evaluering af puljen til udbredelse af virksomheders sociale ansvar«, februar 2020.";
    const SOURCE_REPORT_NOTE: &'static str =
        "Alle tal og afsnit om første runde kommer fra denne rapport.";
    const SOURCE_LINKS: [Link; 3] = [
        ("STAR: puljens side for første runde (2018)", STAR_ROUND_ONE),
        ("STAR: »Opslag: Pulje til udbredelse af virksomheders sociale ansvar« (anden runde, 2020)", STAR_ROUND_TWO_CALL),
        Self::ROUND_TWO_SOURCE,
    ];
}
