"""Find the people a press release names, and whether they took part in what it reports.

Rule-based, on the conventions of the genre rather than on known names: titles and roles come
before names ("Chair of the Milli Majlis Sahiba Gafarova", "the MPs A B, C D and E F"), later
references drop the given name ("Mrs Gafarova", "President Tokayev"), and the wording around a
name tells a participant ("met with", "chaired", "X said") from someone only referred to ("led
by", "the policy of", "greetings to", "the late", "National Leader"). Everything here is
precompiled at import: extraction runs in well under a millisecond a release.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import NamedTuple

from store.models import PersonMention

__all__ = ["extract_people", "fold_name"]


# -- folding ---------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """Lower case without diacritics (cached: the same words recur across releases)."""
    word = word.replace("ı", "i").replace("İ", "I").lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NAME_PUNCT = re.compile(r"[\s\-‐‑–—_.]+")


def fold_name(name: str) -> str:
    """Fold a name for comparison: case, diacritics, hyphens and spacing do not count."""
    return " ".join(_NAME_PUNCT.sub(" ", _fold_word(name)).split())


# -- vocabulary ------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(_fold_word(w) for w in text.split())


_HONORIFICS = _words(
    "mr mrs ms miss madame madam mme mlle dr sir dame lord prof professor mx father shri ato begum "
    "puan encik datuk dato datin"
)

_TITLES = _words(
    """
    president presidents vice vice-president vice-presidents speaker speakers vice-speaker
    deputy deputies deputy-speaker chair chairs chairman chairmen chairwoman chairperson
    co-chairman co-chairmen co-chair co-chairs co-chairperson minister ministers prime premier
    pm mp mps member members head heads leader leaders commander-in-chief commander ombudsman
    commissioner rector prorector vice-rector director directors director-general secretary
    secretary-general general chief governor mayor king queen emir prince princess crown sheikh
    assemblyman assemblywoman congressman congresswoman hojatoleslam hojatolislam toraga coach
    cameraman principal akhund sheikha
    headmistress headmaster headteacher
    ceann comhairle taoiseach tanaiste tánaiste cathaoirleach
    sultan emperor monarch senator senators judge prosecutor prosecutor-general attorney
    delegate delegates representative representatives envoy envoys consul consul-general
    ambassador ambassadors attache chargé counsellor counselor spokesman spokeswoman spokesperson
    lawyer lawyers advocate gazi
    adviser advisor aide assistant officer executive acting first second third former
    extraordinary plenipotentiary honorary honoured honored permanent special candidate
    candidates auditor auditors rapporteur coordinator patriarch pope mufti archbishop bishop
    metropolitan rabbi imam hero heroes founder architect marshal colonel major lieutenant
    captain admiral academician dean chancellor provost excellency majesty highness hon catholicos
    honourable honorable lady people's mps' chairpersons ombudsperson observer observers
    vice-chair vice-chairman vice-chairs superintendent inspector manager president-elect
    people`s people’s writer writers poet poets artist artists composer sergeant corporal
    allama saint saints teacher teachers archpriest priest reverend prefect apostolic
    congressman congresswoman congressmen worker workers dato datuk seri scientist scientists
    journalist journalists doctor engineer private poetess playwright novelist historian
    philosopher painter schoolgirl schoolboy schoolchild pupil student veteran nurse cadet
    mep meps hojjatoleslam ayatollah pensioner pensioners refugee refugees villager farmer
    ensign midshipman economist economists linguist orientalist orientalists turkologist
    publicist pianist violinist cellist activist analyst specialist agronomist sculptor
    photographer surgeon physician mechanic blogger entrepreneur businessman businesswoman
    chemist physicist mathematician biologist geologist psychologist sociologist archaeologist
    ethnographer translator librarian researcher lecturer dramatist musician filmmaker grandmaster
    pupils students schoolchildren veterans residents villagers doctors engineers farmers
    """
)

# Titles that can stand right before a bare surname: "Mr Tokayev", "Speaker Gafarova".
_SURNAME_TITLES = _HONORIFICS | _words(
    """
    mr. mrs. ms. dr. prof. mp speaker president chair chairman chairwoman ambassador minister
    senator sheikh governor mayor judge king queen prince emir sultan pm premier rector
    assemblyman assemblywoman congressman congresswoman
    commissioner ombudsman colonel general marshal admiral captain chancellor pope patriarch
    major lieutenant sergeant corporal
    catholicos
    """
)

# Countries, regions and cities; not those that are names of people too (Ismayilli, Masalli,
# Gazakh, Jabrayil, Shirvan, Oguz, Fuzuli, Lachin, Riyadh, Sofia, Berlin, Washington).
_PLACES = _words(
    """
    afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia
    austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso burundi cabo verde
    cambodia cameroon canada chad chile china colombia comoros congo rica croatia cuba
    cyprus czechia czech denmark djibouti dominica dominican ecuador egypt eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo
    kuwait kyrgyzstan kyrgyz laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
    mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
    nauru nepal netherlands zealand nicaragua niger nigeria macedonia norway oman pakistan palau
    palestine panama papua paraguay peru philippines poland portugal qatar romania russia
    rwanda samoa sao saudi arabia senegal serbia seychelles
    singapore slovakia slovenia somalia sudan spain sri lanka suriname sweden
    switzerland syria tajikistan tanzania thailand timor-leste togo tonga trinidad tobago
    tunisia turkey türkiye turkiye turkmenistan tuvalu uganda ukraine emirates uk usa us uae
    rf prc dprk trnc uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
    britain england scotland wales vatican taiwan tibet crimea dagestan tatarstan bashkortostan
    chechnya abkhazia ossetia nakhchivan garabagh karabakh karabagh zangazur kashmir catalonia
    flanders bavaria cyprus
    afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani azeri azerbaijanis azerbaijanian bahraini bangladeshi
    belarusian belgian beninese bolivian bosnian brazilian british bruneian bulgarian burkinabe
    burundian cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian
    cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian emirati eritrean
    estonian ethiopian fijian filipino finnish french gabonese gambian georgian german ghanaian
    greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian iranian
    iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan
    korean kosovar kuwaiti kyrgyzstani lao latvian lebanese liberian libyan lithuanian
    luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese mauritanian
    mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian
    nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian
    panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi
    senegalese serbian slovak slovakian slovenian somali spanish sudanese swedish swiss syrian
    tajik taiwanese tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese yemeni zambian zimbabwean english scottish welsh dagestani
    tatar chechen abkhaz ossetian kurdish arab arabic persian slavic turkic hellenic celtic
    anglo latin
    europe european asia asian africa african america americas caribbean pacific atlantic
    arctic antarctic caucasus caucasian balkans balkan eurasia eurasian scandinavia scandinavian
    nordic baltic mediterranean adriatic aegean caspian levant maghreb sahel
    dhabi lumpur ababa kong janeiro aviv vegas domingo bator penh salaam angeles aires
    petersburg
    baku ganja sumgayit sumgait shusha nakhchivan lankaran sheki shamakhi gabala guba
    mingachevir khankendi aghdam khojaly khojavand tartar barda agdash goychay gakh zagatala
    balakan salyan neftchala astara lerik jalilabad bilasuvar sabirabad beylagan
    aghjabadi goranboy naftalan dashkasan gadabay shamkir tovuz agstafa khachmaz gusar
    shabran siyazan khizi absheron kalbajar zangilan
    moscow ankara istanbul tbilisi yerevan kyiv minsk astana tashkent bishkek dushanbe ashgabat
    tehran beijing tokyo seoul brussels strasbourg geneva vienna rome madrid lisbon
    warsaw prague budapest bucharest belgrade athens doha cairo islamabad delhi
    kartli kvemo kakheti javakheti samtskhe adjara imereti marneuli bolnisi dmanisi gardabani
    sagarejo lagodekhi khyber pakhtunkhwa sindh balochistan punjab
    almaty shymkent aktau atyrau karaganda samarkand bukhara khiva fergana andijan namangan
    ufa sochi batumi kutaisi rustavi izmir antalya bursa konya trabzon kars igdir erzurum
    ardabil mashhad isfahan riga vilnius tallinn helsinki stockholm oslo
    copenhagen amsterdam zurich zagreb ljubljana sarajevo skopje tirana podgorica chisinau
    bratislava valletta nicosia jeddah dubai manama muscat baghdad damascus beirut
    amman kabul karachi lahore dhaka kathmandu colombo jakarta manila hanoi bangkok canberra
    brasilia bogota caracas havana algiers tunis rabat tripoli khartoum nairobi abuja dakar
    luanda pretoria johannesburg ulaanbaatar pyongyang osaka shanghai
    """
)

_ORG = _words(
    """
    products goods faculty lore sources assistance cartography geodesy research municipality
    mines mining railways railway airlines a’shura a'shura birthday birthdays gazeti gazeta appeal
    qazeti
    municipalities
    settlement settlements
    milli majlis mejlis meclis meclisi parliament parliaments parliamentary assembly assemblies
    appeals parliamentarians
    national nationwide grand great supreme state states republic republics kingdom principality
    federation federal union united commonwealth emirate democratic islamic socialist autonomous
    committee committees commission commissions council councils board boards chamber chambers
    house houses senate duma rada sejm seimas saeima riigikogu knesset bundestag bundesrat
    storting stortinget riksdag folketing eduskunta althing althingi sabor skupstina skupština
    sobranie sobranje cortes shura khural kurultai kenesh jogorku mazhilis oliy sabha lok rajya
    dewan rakyat oireachtas dáil seanad nationalrat verkhovna maslahaty halk umma ummah nuwab watani
    congress diet legislature legislatures legislative government governments cabinet ministry
    ministries office offices staff department departments directorate agency agencies service
    services administration authority authorities inspectorate bureau secretariat presidium
    presidency court courts tribunal bank banks fund funds foundation foundations centre
    centres center centers institute institutes institution institutions university
    universities academy academies school schools college lyceum gymnasium library libraries
    museum museums theatre theater gallery park parks garden gardens square street avenue
    boulevard road
    radio television tv channel newspaper newspapers magazine broadcaster courier herald gazette
    tribune chronicle journal times observer
    highway motorway bridge airport port station stadium arena hall palace mosque mosques church
    cathedral temple monument mausoleum memorial cemetery alley complex hotel hospital clinic
    company companies corporation holding association associations society societies
    organisation organisations organization organizations network networks movement party
    parties forum forums conference conferences summit summits session sessions sitting
    sittings meeting meetings plenum plena plenary convention treaty treaties declaration
    declarations statement statements agreement agreements accord protocol charter constitution
    code codes law laws act acts bill bills resolution resolutions decree decrees order orders
    ordinance regulation regulations provisions programme programmes program programs plan
    plans strategy concept doctrine initiative project projects award awards prize prizes
    medal medals cup cups trophy championship championships games olympics olympic paralympic
    tournament festival exhibition expo fair event events day days week year decade anniversary
    centenary
    jubilee war wars battle battles genocide massacre tragedy operation conflict victory
    liberation revolution independence salvation solidarity occupation corridor route pipeline
    country countries nation region regions regional province provinces district districts
    village villages town city flame reserve citizens prevention history economics philosophy
    literature linguistics geography archaeology ethnography physics chemistry mathematics medicine
    capital county oblast raion territory territories zone area valley mountain mountains mount
    river lake sea ocean gulf island islands peninsula highland highlands lowland east west
    north south eastern western northern southern central middle south-east south-eastern
    southeast southeastern north-east northeast northwest south-west southwest upper lower
    greater new old saint st san santa world global international inter-parliamentary
    interparliamentary intergovernmental inter-governmental muslim christian jewish orthodox
    catholic religious religion affairs policy policies relations cooperation co-operation
    development security defence defense counter-corruption anti-corruption corruption
    economic economy economics finance financial finances budget budgetary taxes tax customs
    trade industry industries industrial enterprising enterprise enterprises entrepreneurship
    agriculture agrarian agricultural health healthcare education science sciences scientific
    culture cultural tourism youth sport sports labour labor social protection population
    family families women women's children children's child human rights civil civic public
    entities legal justice judicial natural resources energy ecology ecological environment
    environmental emergency emergencies situations internal foreign external digital transport
    transportation communications communication information technology technologies
    innovation innovations media press diaspora migration refugees statistics standards
    property land lands water housing construction architecture urban planning medical
    insurance pension pensions employment veterans military armed forces army navy air border
    frontier guard guards police intelligence penitentiary audit accounts control supervision
    procurement competition consumer markets securities observation observatory mission
    missions delegation delegations group groups working friendship inter permanent
    representation embassy embassies consulate consular diplomatic diplomacy non-aligned
    patriotic soldier soldiers anthem flag reading readings state-building building buildings
    quality safety protocol protocols affairs youth's olympiad olympiads bayrami bayramı
    bayramy holiday holidays month nowruz
    navruz ramadan eid christmas easter allah almighty god prophet motherland
    homeland fatherland internet twitter facebook telegram youtube instagram coronavirus covid
    pandemic vaccine task force caucus platform alliance coalition partnership council's
    bloc chapter branch section division unit units team teams club clubs league federation's
    cooperation's reform reforms report reports review survey census election elections
    referendum campaign campaigns exercise exercises drill drills competition contest
    prize-winner laureate tournament's memorandum convention's framework frameworks
    consensus coordination summit's conference's forum's session's readings hearing hearings
    discussion discussions debate debates round roundtable table seminar seminars workshop
    workshops training course courses lecture lectures concert concerts ceremony ceremonies
    reception receptions visit visits tour tours trip trips journey talks negotiations dialogue
    framework economic-policy spring autumn summer winter extraordinary scheduled regular
    opening closing final first-reading second-reading third-reading martyrs martyr
    shahids gazies chauvinism fascism nazism terrorism separatism separatists
    occupiers occupier aggressor councillors councilors commons lords nations peoples persons
    people displaced administrative offences offenses criminal procedure procedural penal
    electoral enforcement execution arts fine humanitarian aggression crime crimes humanity
    peace justice truth return
    revival recovery reconstruction restoration integration integrity sovereignty statehood
    palazzo palais palacio palau casa maison haus saray sarayi kremlin villa ensemble domestic
    violence bodies entities apparatus
    orchestra choir troupe
    heritage legacy memory commemoration remembrance mourning grief tribute honour honor glory
    pride dignity freedom liberty democracy rule order-of medicine hospital's emergency's
    ombudsman's sciences' cabinet's government's ministry's state's
    """
)

_STOP = _words(
    """
    screened commemorated celebrated offers sends extends expresses
    the a an and or but nor of in on at to for with by from as that this these those then than
    bids
    there thereafter thereupon therefore thus hence however besides further furthermore
    moreover meanwhile also next finally lastly again still yet even only just so it its he
    she they we us our ours his her hers their theirs my your you i me him them who whom whose
    which what when where why how all both each every either neither other others another such
    many much more most some any no not none nothing after before during under over between
    among amongst about above below across along against around behind beyond despite except
    inside outside into onto upon within without through throughout toward towards via per
    plus like unlike near since until till once while whilst although though because unless
    whether if here now today tonight yesterday tomorrow later earlier already always never
    ever often sometimes soon well very too quite rather according regarding concerning
    following including namely incidentally lamentably unfortunately fortunately indeed
    certainly clearly notably specifically particularly especially overall altogether
    additionally similarly likewise instead otherwise accordingly consequently subsequently
    eventually ultimately initially originally currently recently presently previously hereby
    meets meet met holds hold held calls call called talk talked take takes took taken part
    speak speaks spoke send sends sent visit visits visited receive receives received join
    joins joined arrive arrives arrived go goes going went gone will would shall should can
    could may might must be been being is are was were am has have had do does did pay pays
    paid leave leaves leaving left return returns returned discuss discusses discussed pass
    passes passed adopt adopts adopted conclude concludes concluded cap caps capped continue
    continues continued begin begins began start starts started open opens opened close closes
    closed marks marked attend attends attended address addresses addressed sign signs
    signed congratulate congratulates congratulated express expresses expressed host hosts
    hosted hear hears heard approve approves approved elect elects elected appoint appoints
    appointed say says said stress stresses stressed note notes noted highlight highlights
    highlighted welcome welcomes welcomed thank thanks thanked remember remembers remembered
    initiate initiates initiated organise organises organised organize organizes organized
    convene convenes convened make makes made change changes changed travel travels travelled
    present presents presented launch launches launched deliver delivers delivered give gives
    gave given get gets got see sees saw seen become becomes became come comes came condolences
    greetings greet greets greeted praise praises praised review reviews reviewed consider
    considers considered debate debated vote votes voted support supports supported urge urges
    urged interview interviews interviewed answer answers answered award awards awarded honour
    honours honoured honor honors honored inaugurate inaugurates inaugurated unveil unveils
    unveiled brief briefs briefed inform informs informed participate participates participated
    discussed success successes results result progress outcome outcomes issues issue
    matters matter questions question problems problem topics topic agenda members' several
    one two three four five six seven eight nine ten eleven twelve dear esteemed distinguished
    respected ladies gentlemen colleagues friends yes okay thank-you please
    respond responds responded reply replies replied react reacts reacted condemn condemns
    condemned lay lays laid
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Countries of two words whose words are also names ("Costa", "Salvador", "Leone").
_BODY_ENDS = _words(
    "republic assembly parliament senate council congress majlis duma embassy ministry committee "
    "commission secretariat consulate department kingdom"
)
"""Words that end a body's name: the words after them are a person's ("the Assembly of the
Republic Rui Almeida Figueiredo")."""
_SUBJECTS = _words(
    "defence defense security health healthcare education science culture energy economy "
    "agriculture justice tourism youth sport ecology transport industry trade finance labour "
    "labor employment environment migration diaspora media information technology innovation "
    "construction housing veterans"
)
"""A body's subject ends its name: the words after it are a person's ("the Standing Committee
on Defence Farid Ahmad Khan"), unlike those after a word that opens a name ("Radio Absheron")."""
_ORG_PAIRS = frozenset(
    [
        "executive power",
        "red cross",
        "red crescent",
        "novruz bayram",
        "nowruz bayram",
        "navruz bayram",
        "gurban bayram",
        "qurban bayram",
        "kurban bayram",
        "ramazan bayram",
        "ramadan bayram",
    ]
)
"""Two words that together name a body or a holiday though neither does alone ("District
Executive Power", "Novruz Bayram"; "Power", "Novruz" and "Bayram" alone are names too)."""
_PLACE_PAIRS = frozenset(
    [
        "costa rica",
        "tamil nadu",
        "el salvador",
        "viet nam",
        "sao paulo",
        "new zealand",
        "sri lanka",
        "north macedonia",
        "south africa",
        "south sudan",
        "san marino",
        "sierra leone",
        "sao tome",
        "solomon islands",
        "marshall islands",
        "cabo verde",
        "cape verde",
        "saint lucia",
        "saint vincent",
    ]
)

# Adjectives and common nouns that open event titles ("The Role and Best Practices") but also
# sit inside the names of bodies ("the Small and Medium Business Development Agency").
_ADJECTIVES = _words(
    """
    best good better main key top high low big small large young strong free fair open safe
    smart green blue red black white golden silver true real full whole entire certain various
    different important significant essential broad wide long short early recent current
    present future past final next last modern ancient historic historical common joint mutual
    bilateral multilateral trilateral local role roles practice practices challenge challenges
    prospect prospects opportunity opportunities perspective perspectives way ways tool tools
    value values goal goals task tasks priority priorities achievement achievements lesson
    lessons trend trends idea ideas view views experience
    """
)
_STOP |= _ADJECTIVES

# Particles inside names ("Salim bin Muhammad al-Malik", "Rashid Talbi El Alami").
_PARTICLES = _words(
    "bin ibn bint binti ben abu van von der den de del della di da dos das du le la lo los las ter "
    "ten zu y "
    "el al oglu ogly qizi gizi kyzy uly uulu bey bay o i"
)
_ARABIC_PARTICLES = _words("bin ibn bint binti abu")
_PATRONYMIC_END = _words("oglu ogly qizi gizi kyzy uly uulu")

# Role nouns: a role phrase holds at least one ("Chair of the Milli Majlis", "the MPs").
_ROLE_NOUNS = _TITLES - _words(
    "first second third former acting extraordinary plenipotentiary honorary honoured honored "
    "permanent special executive excellency majesty highness hon honourable honorable crown "
    "general"
) | _words("generals head-of-state")

_PLURAL_ROLES = {
    "mps": "MP",
    "members": "member",
    "chairmen": "chairman",
    "chairs": "chair",
    "heads": "head",
    "presidents": "President",
    "leaders": "leader",
    "candidates": "candidate",
    "auditors": "auditor",
    "ambassadors": "ambassador",
    "deputies": "deputy",
    "speakers": "speaker",
    "co-chairmen": "co-chairman",
    "co-chairs": "co-chair",
    "senators": "senator",
    "representatives": "representative",
    "delegates": "delegate",
    "ministers": "minister",
    "envoys": "envoy",
    "chairpersons": "chairperson",
}


# -- classes of capitalised tokens -----------------------------------------------------------

_NAME, _HON, _TITLE, _ACRO, _PLACE, _ORGW, _STOPW, _PART, _ING = range(9)


_MIXED_ACRONYM = re.compile(r"[a-z][A-Z]{2,}$")
"""An acronym in mixed case: "TurkPA" (not "McCallister")."""


def _is_initial(word: str) -> bool:
    """Whether a token is an initial ("A."), as ``_ABBR_DOT`` lets one into a run."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


@lru_cache(maxsize=1 << 16)
def _kind(raw: str) -> int:
    """What a capitalised token is: part of a name, a title, an organisation word..."""
    word = _fold_word(raw)
    if word in _HONORIFICS or word.rstrip(".") in _HONORIFICS:
        return _HON
    if word in _TITLES or word.endswith(("-grader", "-year-old", "ologist")):
        return _TITLE  # "Tenth-grader Nuray Ismayilova", "Ninety-four-year-old Nazim Aliyev"
    if _is_initial(raw):
        return _NAME  # "A. Mammadov"
    letters = raw.replace("-", "")
    if len(letters) >= 2 and (letters.isupper() or _MIXED_ACRONYM.search(letters)):
        return _PLACE if word in _PLACES else _ACRO
    if word in _PLACES:
        return _PLACE
    if word in _ORG:
        return _ORGW
    if word in _STOP and raw != "i":  # (the pronoun "I" is a stop word, "i" a particle)
        return _STOPW
    if word in _PARTICLES:
        return _PART
    if "-" in word:
        head = word.split("-", 1)[0]
        if head in _PLACES:
            return _PLACE
        if head in _STOP and _KOREAN_GIVEN.fullmatch(raw):
            return _NAME  # a Korean given name, not "so-called": "So-wol", "In-ho"
        if head in _ORG or head in _STOP or head in _TITLES or head in ("non", "co", "anti"):
            return _ORGW
    if len(word) > 4 and word.endswith("ing"):
        return _ING
    if _COMMON_SUFFIX.search(word):
        return _STOPW
    return _NAME


# Endings of English common nouns and adverbs, never of personal names.
_COMMON_SUFFIX = re.compile(
    r"(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ship|ships|ogy|ics|ally)$"
)


# -- text patterns ---------------------------------------------------------------------------

_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha())
_UP = "[" + re.escape(_UPPER) + "]"
_L = r"[^\W\d_]"
_AP = "[’'`ʼ]"
_WORD_TAIL = rf"{_L}*(?:{_AP}{_L}+)*(?:[-‐‑]{_L}+(?:{_AP}{_L}+)*)*"
_ABBR_DOT = (  # "Mr.", and an initial: "A. Mammadov"
    r"(?:\.(?:(?<=\bMr\.)|(?<=\bMrs\.)|(?<=\bMs\.)|(?<=\bDr\.)|(?<=\bProf\.)|(?<=\bMd\.)|(?<=\b[A-Z]\.)))?"
)
_LOWTOK = (
    rf"(?:al|el|ad|ash|as|at|az|ar|an|ul|ud|ibn|bin|abu|abd)-{_UP}{_L}*(?:{_AP}{_L}+)?"
    rf"(?:-{_UP}{_L}*)?"
)
_TOKEN = rf"(?:{_UP}{_WORD_TAIL}{_ABBR_DOT}|{_LOWTOK})"
_LPART = (
    r"(?:bin|ibn|bint|binti|ben|abu|van|von|der|den|de|del|della|di|da|dos|das|du|le|la|los|las|ter|"
    r"ten|zu|y|i|oglu|ogly|oğlu|qizi|gizi|kyzy|uly|uulu|bey|bay)"
)
_SP = r"[ \u00a0]+"
# A run of capitalised words, with the particles names carry ("Salim bin Muhammad al-Malik").
# The first character is a capital, matched first so that the scan skips text quickly.
_RUN = re.compile(
    rf"{_UP}(?<![\w’'`ʼ-].){_WORD_TAIL}{_ABBR_DOT}(?:{_SP}(?:{_LPART}{_SP})*{_TOKEN})*"
    rf"(?:{_SP}(?:oglu|ogly|oğlu|qizi|gizi|kyzy|uly|uulu)\b)?"
)
_SPACE_SPLIT = re.compile(r"[^ \u00a0]+")
_POSSESSIVE = ("’s", "'s", "`s", "ʼs")
_PLACE_SUFFIX = re.compile(r"(?:stan|land|burg|grad|abad)$")
_TRIBUTE_TO = re.compile(
    r"\b(?:monuments?|statues?|bust|memorial|tribute|homage|dedicated|devoted|respects?) to $"
)
"""A person after "to", not a place: "the monument to Luís Vaz de Camões"."""
_TRIBUTE_TITLES = frozenset(["shahid", "martyr", "hero", "general", "academician", "professor"])
"""Capitalised words that are no given name after "tribute to": "tribute to Shahid X"."""
_PUBLICATION_ENDS = (
    " daily ",
    " newspaper ",
    " weekly ",
    " magazine ",
    " journal ",
    " portal ",
    " channel ",
)
_PUBLICATION = re.compile(r"(?<!\bof )\b(?:the|a|an)(?: [A-Za-z-]+)? [a-z]+ $")
"""A title after these names a publication: "the German daily Süddeutsche Rundschau"; but
after "the editor of the Xalq newspaper" or "the anchor of the AzTV channel" comes a person."""
_OPEN_QUOTES = ('"', "“")
_CLOSE_QUOTES = ('"', "”")
_PLACE_NOUNS_AFTER = (" village", " settlement", " district", " municipality")
"""After a name, these make it a place's."""
_PLACE_AND = re.compile(r"\b(?:in|to) ([A-Z][\w-]+) and $")
"""A known place, "and", then a name: another place ("in Belgrade and Novi Sad")."""
_SETTLEMENT_OF = ("village of ", "villages of ", "town of ", "settlement of ", "township of ")
"""A place's name comes next, not a person's."""
_OWNER = re.compile(r"\b([A-Z][\w’'-]*) (?:of|on|for) (?:the )?$")
_OWNER_ENDS = ("of ", "on ", "for ", "the ")
_NAMED_AFTER = _words(
    "mausoleum museum house-museum school foundation fund order prize award centre center"
)
"""Places and things named after a person ("the Mausoleum of Mustafa Kemal Atatürk")."""
_ROLE_BEFORE_BODY = re.compile(
    r"\b(?:[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Rr]ector|[Pp]resident|"
    r"[Ss]ecretary|[Mm]ember|[Dd]ean|[Ee]ditor|[Mm]anager|[Dd]eputy|[Ss]peaker|[Mm]inister|"
    r"[Pp]rofessor|[Ll]ecturer|[Rr]esearcher|[Aa]dviser|[Aa]dvisor|[Oo]fficer|"
    r"[Rr]epresentative|[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Aa]mbassador|"
    r"[Cc]oordinator) "
    r"of (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|and))* (?:of|on|for) (?:the )?$"
)
"""Someone's post in a body, up to the "of" that leads into the body's own name."""
_ROLE_OF = re.compile(
    r"\b(?:[Aa]mbassador|[Mm]ayor|[Gg]overnor|[Pp]resident|[Ss]peaker|[Cc]hair(?:man)?|[Hh]ead|"
    r"[Rr]ector|[Pp]rime [Mm]inister|[Mm]inister|[Cc]onsul|[Ee]nvoy) of $"
)
_AL_PREFIX = re.compile(r"(?i)(?:al|el|ash|as|at|ad|az|ar|an|ud|ul)-")
_TIME_WORDS = _words("centenary anniversary jubilee birthday")
_NAMING = _words("named name naming renamed rename renaming")
"""Words that name something after a person: "to name the music school after the composer"."""

# Sentence (and clause) ends; "Mr." and initials do not end one.
_SENTENCE_END = re.compile(  # a character class first: the scan skips text quickly
    r"[.!?…;:](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bProf\.)(?<!\bMd\.)"
    r"(?<!\b[A-Z]\.)[.!?…;:]*[\"”’)]*\s+"
)
# Titles of laws, events and conferences hold no people: quoted ones, and unquoted ones in
# title case ("the Conference The Role and Best Practices of the Legislature").
_QUOTED = re.compile(r"‘[^‘’]{0,160}(?<![,.!?…])’(?![a-z])|“[^“”]{0,160}(?<![,.!?…])”")
"""(Not words quoted as said, which end in their punctuation: “... with MP X,” she said.)"""
_STRAIGHT_QUOTED = re.compile(r"(['\"])(?<!\w.)(?:On|About|For|The) [A-Z][^'\"\n]{0,160}\1(?!\w)")
"""In straight quotes, a law's or an event's title: the Law 'On Personal Data'."""
_TITLE_PHRASE = re.compile(  # from the space before it: a literal the scan finds quickly
    r" (?<=[a-z0-9,] )((?:The|A|An|On|For)\s+([A-Z][^\s,;.:]*)"
    r"(?:\s+(?:(?:and|of|the|in|on|for|to|a|an|with|at|by|from|&)\s+)*[A-Z][^\s,;.:]*)*)"
)


def _has_title_phrase_head(text: str) -> bool:
    """Whether a title phrase may start in ``text`` (plain substrings: quicker than a pattern)."""
    return " The " in text or " A " in text or " An " in text or " On " in text or " For " in text


_WORDS = re.compile(r"[^\s,;:()]+|[,;:()]")

# -- role phrases ----------------------------------------------------------------------------

_ROLE_CONNECTORS = _words("of the for to in on and its our their his her a an with & at de du des")
_ROLE_LOWER = _words(
    """
    chairman chair chairwoman chairperson chairs chairmen speaker president deputy vice
    member members head heads leader leaders minister ambassador envoy mp mps committee
    committees parliamentary parliament delegation group working inter-parliamentary
    interparliamentary connexions connections relations friendship co-chairman co-chairmen
    co-chair rector director secretary general commissioner ombudsman chief candidate
    candidates auditor auditors state-building policy affairs law legal human rights youth
    sports culture health family women’s children’s women's children's natural resources
    energy ecology economic industries enterprising labour social protection defence
    security counter-corruption agrarian regional public associations religious entities
    international foreign science sciences education first former acting extraordinary
    plenipotentiary permanent special representative representatives founder architect
    builder national leader great hero independent modern azerbaijani statehood
    deputy-chair vice-speaker vice-president prime premier pm officer executive board
    council assembly staff department head-of-state senator senators rapporteur
    rapporteurs mep meps governor mayor judge judges prosecutor consul spokesman spokeswoman
    spokesperson adviser advisor aide coordinator professor academician
    """
)
_NP_ARTICLES = _words("the a an our mr mrs")
_RW_BREAK, _RW_ACCEPT, _RW_ROLE, _RW_CONNECTOR, _RW_COMMA, _RW_CLOSE = range(6)


@lru_cache(maxsize=1 << 16)
def _role_class(word: str) -> tuple[int, bool]:
    """How a word before a name reads in a role phrase, and whether it is capitalised."""
    if word == ",":
        return _RW_COMMA, False
    if word == ")":
        return _RW_CLOSE, False
    if word in "(;:":
        return _RW_BREAK, False
    base = word[:-2] if word.endswith(_POSSESSIVE) else word
    if base[:1].isdigit():
        return _RW_ACCEPT, False  # "the UN General Assembly 76th Session"
    folded = _fold_word(base)
    capital = base[:1].isupper()
    if capital and folded in _STOP and folded not in _ROLE_CONNECTORS | _ADJECTIVES:
        return _RW_BREAK, True  # a title-case verb in a headline: "... Meets President of"
    if not (
        capital
        or folded in _ROLE_LOWER
        or folded in _ROLE_CONNECTORS
        or folded in _ORG
        or folded in _PLACES
        or "/" in base
    ):
        return _RW_BREAK, capital
    if folded in _ROLE_NOUNS or folded.split("/")[0] in _ROLE_NOUNS or folded in _PLURAL_ROLES:
        return _RW_ROLE, capital
    if folded in _ROLE_CONNECTORS:
        return _RW_CONNECTOR, capital
    return _RW_ACCEPT, capital


@lru_cache(maxsize=1 << 14)
def _clean_role(text: str) -> str:
    """A role phrase as shown: no honorific on the name, plural lists made singular."""
    role_words = text.strip(" ,").split()
    while role_words and _fold_word(role_words[-1]).rstrip(".") in _HONORIFICS:
        role_words.pop()
    role = " ".join(role_words).strip(" ,")
    if role.endswith((" and", " or")):
        return ""  # "X as deputy chairman of the Chamber, and Y as ...": the role is X's
    single = _PLURAL_ROLES.get(_fold_word(role))
    if single is not None:
        return single
    parts = role.split()
    for k, part in enumerate(parts):
        plural = _PLURAL_ROLES.get(_fold_word(part))
        if plural is not None and (k + 1 == len(parts) or parts[k + 1] in ("of", "for")):
            if part[:1].isupper() and not plural[:1].isupper():
                plural = plural[:1].upper() + plural[1:]
            parts[k] = plural
            return " ".join(parts)
    return role


_RELATIVE_IN_ROLE = re.compile(r"\s+(?:who|whose|which|where)\b")
"""A relative clause ends an appositive role: "an honoured teacher whose father, ..."."""
_AFTER_ROLE = re.compile(
    r"\s*(?:\(\s*(?:the |a |an |our |his |her )?|,\s+(?:the |a |an |our )(?:new |newly )?)"
    r"([^()\n,;.]{3,120}?)\s*(?:\)|,|;|\.|$)"
)


def _role_after(text: str, end: int) -> str:
    """An appositive role: "Nasir Sadigov (the candidate Deputy Chairman of ...)"."""
    match = _AFTER_ROLE.match(text, end, min(len(text), end + 160))
    if match is None:
        return ""
    role = _RELATIVE_IN_ROLE.split(match.group(1), 1)[0]
    if " and the " in role or " and all " in role:
        return ""  # the list goes on: "A and B, the chairs of the committees and the MPs laid"
    words_after = role.split()
    if any(
        a[:1].isupper() and b[:1].isupper() and _kind(a) == _NAME and _kind(b) == _NAME
        for a, b in pairwise(words_after)
    ):
        return ""  # another person's name: "..., the leader of the group Anar Mammadov"
    if (
        len(words_after) > 1
        and words_after[-1][:1].isupper()
        and _kind(words_after[-1]) == _NAME
        and _fold_word(words_after[-2]) in _ROLE_NOUNS
    ):
        return ""  # another person named by a title and one name: "..., the poetess Natavan"
    words = [_fold_word(w) for w in role.split()[:3]]
    if not any(w in _ROLE_NOUNS for w in words) or words[0] in ("who", "which", "whose"):
        return ""
    return role


# -- cues: the words right before a name's noun phrase ---------------------------------------

_ARTICLES = _words("the a an its his her their our")
_KIN = _words(
    "mother father son daughter wife husband brother sister widow family parents grandmother "
    "grandfather uncle aunt nephew niece cousin sons daughters brothers sisters grandson "
    "granddaughter grandsons granddaughters spouse sister-in-law brother-in-law mother-in-law "
    "father-in-law daughter-in-law son-in-law"
)
_THE_VICTIMS = "the victims ,"
_KIN_OF_MANY = _words("mothers fathers parents families wives widows sisters brothers children")
_DESCRIPTORS = (
    _words(
        """
    outstanding prominent renowned famous eminent well-known legendary talented brilliant
    champion champions medallist medalist laureate general admiral marshal convict prisoner
    prisoners detainee hostage hostages
    celebrated national nationwide poet poets playwright writer writers novelist academician
    scientist scientists scholar composer artist enlightener thinker philosopher educator
    historian publicist physician ophthalmologist surgeon engineer oil shahid martyr hero
    cameraman correspondent reporter photographer photojournalist lieutenant colonel major
    sergeant captain soldier officer senior junior
    statesman public figure figures poetess satirist azerbaijani turkish russian georgian kazakh
    uzbek kyrgyz turkmen tajik iranian french german italian british american chinese japanese
    korean polish ukrainian hungarian romanian bulgarian serbian croatian czech slovak austrian
    swiss dutch belgian spanish portuguese greek egyptian arab pakistani indian mongolian
    belarusian moldovan lithuanian latvian estonian finnish swedish norwegian danish irish
    scottish canadian mexican brazilian saudi emirati qatari kuwaiti jordanian syrian iraqi
    lebanese moroccan ethiopian malaysian indonesian european soviet ottoman persian armenian
    """
    )
    | _KIN
)
"""Words that describe a person before their name, passed over when looking for a cue."""


def _describes(word: str) -> bool:
    """Whether a word before a name describes the person ("poet", "19th-century")."""
    return word in _DESCRIPTORS or word.endswith(("-century", "ical"))  # "satirical"


_POSSESSIVES = _words("his her their our its")
_BARE_TITLES = _words(
    "deputy deputies senator senators mp mps delegate parliamentarian congressman congresswoman"
)
"""Titles in lower case right before a name, passed over like "Mr"."""
_IN_PARTICULAR = _words("particular all especially particularly")
"""The last word of "in particular", "above all", "especially" before a name."""
_MARTYRS = (["shahid"], ["shahids"], ["martyr"], ["martyrs"])
"""Right before a name: someone who has died for the country."""
_PLACE_PREPOSITIONS = _words("from in at of for on under over into towards between among")
_PRE_SKIP = _words(
    """
    the our its his her their both a an esteemed victorious triumphant great wise venerable
    visiting respected dear , distinguished
    """
)
_DELEGATION = re.compile(
    r"\b(?:delegation|delegations|delegacy|deputation|group|party|team|visit|trip|tour|"
    r"meeting|sitting|session|plenum|hearing|conference|mission|talks|panel|commission|body|"
    r"[Mm]embers of (?:the )?Milli Majlis|MPs|deputies|parliamentarians)\b"
    r"(?:[^,.;]{0,70}|(?:\s+(?:of|the|and|for|to|[A-Z][\w’'-]*))*\s*),?\s*$"
)
_TABLED = _words("tabled drafted submitted authored initiated")
_STANDING_GROUP = re.compile(
    r"\b(?:role|work|activities|activity|contribution|efforts)\s+of\s+(?:the|its|our)\s+"
    r"[^.;]{0,60}\b(?i:group|groups|commission|committee)\b[^.;]{0,60}$"
)
"""A standing group talked about, not a delegation at the event: "noted the role of the
working group for relations with Hungary led by MP X"."""
_BE = _words("was were is are be been being")
_POS_BY = _words(
    """
    chaired presided attended hosted opened accompanied moderated joined received greeted
    welcomed introduced presented delivered given made read visited addressed represented
    participated
    """
)
_LEAD_BY = _words("led headed")
_BODY_LED = re.compile(
    r"\b(?:[Aa]ssociation|[Ss]ociety|[Ff]oundation|[Uu]nion|[Ff]und|[Oo]rgani[sz]ation|"
    r"[Ii]nstitute|[Cc]ompany|[Cc]lub|[Cc]ongress),\s+(?:co-)?(?:chaired|led|headed)\s+by\b[^,.;]*$"
)
"""An organisation and its standing head: "the Friendship Association, chaired by X"."""
_EFFORTS_MADE = re.compile(
    r"\b(?:efforts?|contributions?|steps|reforms|achievements|sacrifices|investments)\b"
    r"[^.;]{0,80}\bmade\b[^.;]{0,40}\sby(?: the| a| an)?(?: [\w’'-]+){0,3}\s*$"
)
"""Deeds talked about: "the contribution to the friendship made by the founder of X"."""
_DISCUSSED_FUTURE = re.compile(
    r"\b(?:discuss\w*|talked about|spoke about|touched (?:up)?on|views on|preparations? for)\b"
    r"[^.;]{0,60}?\b(?:upcoming|forthcoming|planned|future|coming|next)\b"
)
_CLAIMS = _words(
    "allegations claims accusations remarks statements comments assertions insinuations "
    "photographs photos footage films recordings"
)
_CLAIMED = _words("made voiced expressed spread")
_CLAIMS_MADE = re.compile(
    rf"\b(?:{'|'.join(sorted(_CLAIMS))})(?: of [^.;,]{{1,40}})? (?:{'|'.join(sorted(_CLAIMED))})"
    r"\b[^.;,]{0,60}\sby"
    r"(?: the| a)?\s*$"
)
"""Claims made (then, there) by someone: "the remarks made last month in Brussels by X"."""
_EARLIER = _words("earlier previously formerly once")
_PLAYED_NOUNS = _words("role roles part")
_MPS = ("MPs ", "members ", "Members ", "deputies ", "Deputies ")
_NEG_BY = _words(
    """
    helmed guided nurtured founded established laid wrought instructed initiated graced signed
    proposed declared approved ordered continued pursued motioned defined supported inspired
    set created built shaped commissioned authored issued decreed pioneered started launched
    envisaged suggested named killed murdered wounded injured attacked assassinated published
    prepared drafted tabled line lines words quote quotation study studies research article
    articles film documentary done survived raised faced
    written composed painted edited translated compiled poems poem verses songs works books
    novel novels plays paintings music piece pieces song composition compositions sent drawn
    stories story collection memoirs translation translations notes essays monograph textbook
    foreword preface afterword sketch sketches design designs play staging staged tragedy
    comedy opera
    """
)
# "signed in Tashkent last November by", "founded in 1918 by the": when and where, then who
_DONE_BEFORE_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(_NEG_BY))}) (?:in|into|at|on|for|during|last|earlier|back) "
    r"(?:(?![a-z]+ed |sung |sang |made |given )[\w’'-]+ ){0,4}"
    r"by(?: the| a| an)?(?: [\w’'-]+){0,3}\s*$"
)
_PREVIOUS_EVENT = re.compile(
    r"\b(?:[Pp]revious|[Pp]receding|[Ll]ast year[’']s|[Ee]arlier) (?:\w+ )?(?:session|sitting|"
    r"meeting|forum|conference|summit|visit)\b"
)
"""An earlier event, not the one reported: "The previous annual session ... was attended by"."""
_OTHER_EVENT = re.compile(
    r"\b(?:touched (?:up)?on|spoke about|talked about|results of|"
    r"outcomes? of|informed \w+ about|briefed \w+ on)\b[^.;]{0,100}?\b(?:meeting|session|sitting|"
    r"conference|summit|forum)\b[^.;]{0,100}$"
)
"""Another event talked about: "touched upon the results of the meeting ... chaired by X"."""
_DONE_BY = re.compile(rf"\b(?:{'|'.join(sorted(_NEG_BY))}) by\b[^.;]*$")
"""An earlier deed and its doers: "whose foundations were laid by X together with"."""
_NEG_OF = (
    _words(
        """
    policy policies decree decrees order orders initiative initiatives instance proposal
    support leadership guidance supervision memory legacy anniversary centenary birthday
    birth death name regards greetings message letter letters successor follower followers
    son daughter wife widow father mother brother sister grandson granddaughter heir cause
    ideas teachings vision will instruction instructions care attention portrait statue
    bust tomb grave mausoleum life works heritage ideology doctrine course strategy behalf
    assassination murder killing funeral burial passing demise martyrdom cult tradition
    testament honour honor tribute decision decisions recommendations recommendation
    request invitation appeal consent approval blessing patronage auspices aegis rule
    reign era times years administration victims family initiation crash deaths loss
    accident text texts writings poem poems verses songs
    book books novel novels play plays memoirs diaries manuscripts archive papers
    words line lines verse poetry quotation quotations saying sayings motto home birthplace
    hometown case names mandate testimony testimonies term place achievements achievement diary
    passage passages school portraits
    victories successes records courage bravery valour valor
    story fate example role contribution contributions merits view views opinion opinions
    grief work feat feats deeds exploits heroism treatment music suggestion suggestions
    stories tales collection answer answers reply replies powers office photographs photograph
    photos photo pictures picture images repertoire remains allegations claims collections
    landscapes paintings painting canvases sculptures drawings research findings discoveries
    theory experiments journeys journey travels voyages voyage court expedition expeditions
    conquests campaigns notes tragedy tragedies comedy comedies drama dramas opera operas
    operettas symphony symphonies ghazals chapter chapters staging productions
    """
    )
    | _KIN
)
_TALKED_OF = _words("spoke spoken speaking talked talking")
_READ_OUT = _words("address addresses speech message statement letter")
"""Read out on someone's behalf: "read out the address of ..." (they were not there)."""
_GONE_OF = _words(
    "death passing demise grave graves tomb funeral burial memory martyrdom assassination "
    "murder killing mausoleum museum house-museum"
)
"""Nouns before "of" that name the dead: only a strong cue (met, received) outweighs them."""
_POS_OF = _words("chairmanship presence participation attendance consisted consists consisting")
_NEG_TO = _words(
    """
    greetings regards addressed dedicated devoted tribute condolences respect respects
    homage letter message appeal passed conveyed sent extended forwarded gratitude thanks
    monument monuments memorial loyalty allegiance due owing wrote congratulations
    congratulation condolence greeting invitation invitations patience consolation sympathy
    wishes sorrow
    sympathies referring referred refers refer
    """
)
_TIES = _words("friendship acquaintance correspondence")
_ARRIVAL_BY = (["welcomed"], ["greeted"], ["met"])
"""The visit's own start, told in the past perfect: "had been greeted at the airport by X"."""
_LISTED_TO = re.compile(
    r"\b(?:condolences|sympathy|sympathies|greetings|regards|wishes|gratitude|thanks)\s+to\b"
    r"[^.;]{0,100},\s+(?:and\s+)?to(?:\s+[\w’'-]+){0,4}\s*$"
)
"""The second of those something is sent to: "condolences to the family ..., to his wife"."""
_GIFTS = _words("letter letters gratitude thanks invitation certificate diploma")
"""What is handed over at the event itself (with "presented", "handed" before it)."""
_SENT_ON = _words("sent passed conveyed forwarded addressed posthumously")
_HAD_DONE = re.compile(r",?\s+had (?!been\b)[a-z]+ed\b")
_CITING = (["quoting"], ["citing"], ["recalling"], ["remembering"], ["mentioning"])
_HANDED = _words("presented handed awarded gave given")
_POS_TO = _words("talked spoke speaking talks talk introduced presented")

_WITH_WORDS = _words(
    """
    met meet meets meeting talks talk talked conversation negotiations discussions encounter
    call phone tête-à-tête tete-a-tete together joined up exchange exchanged interview
    audience conversations meetings
    """
)
_WITH_SKIP = _words("also then separately privately jointly")
_FROM_NOUNS = _words(
    "letter letters message messages greetings regards congratulations invitation appeal "
    "telegram call note line lines verse verses quotation greeting"
)
_SENT_FROM = (_FROM_NOUNS - _words("invitation appeal call")) | _words("address")
"""What someone sends when not there: "read out a message from ..." (not "a call from")."""
_RECEIVED = _words("received receives receiving got")
_MEETING_WORDS = _words("meeting sitting session plenum hearing held conducted met")
_ON_NEG = _words("attack attacks assault attempt attempts assassination")
_ON_TOPIC = _words(
    "book books film films documentary monograph lecture lectures essay essays chapter chapters"
)
"""A work about someone: "a book on X" (not "a study on", which names a subject)."""
_COMPARED = _words("parallels similarities differences comparison comparisons affinity kinship")
_DIED_WORDS = _words("killed died perished martyred murdered executed shot")
_THE_LATE = re.compile(
    r"\b(?:the|our|his|her|their) late(?: (?!(?:with|by|of|to|and|from|for|at|in|on|afternoon|"
    r"evening|morning|night|hour|hours|session|sitting|meeting|arrival|spring|summer|autumn|"
    r"winter|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
    r"[^\s,’'`]+){0,2}(?: and [^\s,’'`]+)?$"
)
"""The dead before their name, with up to two words that describe them: "the late poet" (not
"the late afternoon", nor "the late Speaker's daughter")."""
_PASSED_ON_OF = _words("congratulations condolences wishes respect gratitude thanks")
"""Words sent by someone: absent when another passes them on."""
_GREETINGS_OF_TO = re.compile(
    rf"\b(?:{'|'.join(sorted(_PASSED_ON_OF | _words('greetings regards')))})\s+of\s+"
    r"[^.;:]{0,120}?\sto(?: the| our| his| her)?\s*$"
)
"""Greetings passed on to someone: "conveyed the greetings of Speaker X to Chair Y" (Y is
greeted from afar, unless another cue says they were there)."""
_PASSED_ON = _words("conveyed conveys passed transmitted forwarded delivered extended read sent")
_CHOSEN_AS = _words("nominated proposed appointed elected")
_NEG_LAST = _words(
    "before against than like unlike late mentioned cited quoted commemorated about regarding "
    "concerning wished wishes wishing recalled recalling remembered quoting quotes lost killing "
    "named naming replace retiring outgoing predecessor mentioning"
)
_STRONG_LAST = _words(
    """
    met meets received receives receiving hosted hosts welcomed greeted visited rang ranged
    phoned called accompanied joined welcomes visits calls
    """
)
_WEAK_LAST = _words(
    """
    congratulated introduced thanked awarded presented invited honoured honored told informed
    briefed asked urged replaced succeeded nominated elected appointed included including
    includes namely them others were are as
    """
)
_PREPOSITIONS = _words(
    """
    of by to for from under on upon at in about before after against between amongst among
    towards over than like into with
    """
)
# A clause reporting speech ("said that ...") or an earlier event ("had met"): a name in it is
# talked about rather than acting in the reported event.
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|saying|say|added|adding|noted|noting|stressed|stressing|told|telling|"
    r"mentioned|mentioning|remarked|pointed out|recalled|recalling|emphasised|emphasized|"
    r"underlined|underscored|believed|believes|hoped|explained|announced|reminded|informed|"
    r"stated|observed|confirmed|indicated|highlighted|known|opined|insisted|agreed|"
    r"reported|suggested|assured|declared|wrote|thought|think|believe|recalls|notes|stresses|"
    r"states|reads)\b"
)
_SPEECH_PRONOUN = re.compile(
    r"\b(?:said|says|noted|stressed|added|believed|believes|hoped|stated|explained|"
    r"emphasi[sz]ed|underlined|remarked|recalled|mentioned|told \w+) (?:she|he|they|we)\b"
    r"(?! (?:was|is|were|are) (?:glad|pleased|happy|delighted) to\b)"
)
"""Reported speech without "that": "said she was pleased with the talks between ..."."""
_RECALLED_EVENT = re.compile(
    r"\b(?:recalled|recalling|remembered|recounted|mentioned|mentioning|referred to|referring to|"
    r"reminded)"
    r"\b[^.;]{0,160}?"
    r"\b(?:visit|visits|meeting|meetings|talks|trip|conversation|concert|concerts|exhibition|"
    r"performance|lecture|address|speech|speeches|statement|remarks|proposal|proposals|"
    r"suggestion|suggestions|initiative|words)\b"
)
"""An earlier event recalled: "recalled the visit to Baku last spring of ..."."""
_BACK_TO_EVENT = re.compile(
    r", and (?:then )?(?:gave the floor|welcomed|invited|introduced|greeted)\b"
)
"""The speaker's own deed after what they said: "said that the Bill had been drawn up with the
unions, and gave the floor to X"."""
_NEW_CLAUSE = re.compile(r"\band (?:then |also )?(?:[a-z]+ed|met|held|gave|took|made|spoke)\b|;")
_ATTENDED_NOW = re.compile(
    r" (?:the |this |today’s |today's )?(?:sitting|meeting|session|event|hearing|ceremony) "
    r"(?:was|is|were) (?:being )?attended by\b"
)
"""Speech that reports who is at the event itself: "said that the sitting was attended by"."""
_TIME_CLAUSE = re.compile(r"\b(?:[Aa]fter|[Oo]nce|[Ww]hen|[Aa]s soon as)\b[^,;.]*$")
_SITTING_STEP = re.compile(
    r"had been (?:adopted|approved|observed|opened|read|sung|played|heard|confirmed|announced|"
    r"presented|discussed|considered|put to the vote)\b[^,;.]*,"
)
"""A step of the sitting itself in a clause of time: "After the agenda had been adopted,"."""
_HAD_OBJECTS = (
    "come with",  # "his widow had come with their daughter": to the event
    "to",
    "a",
    "an",
    "the",
    "its",
    "their",
    "words",
    "meetings",
    "talks",
    "bilateral",
    "conversations",
    "discussions",
    "negotiations",
    "consultations",
)
"""Words after "had" that make it a verb of its own, not a past perfect: "had talks with"."""
_NOT_PAST_PERFECT = tuple(f"had {word} " for word in _HAD_OBJECTS)


# -- cues: the words right after a name ------------------------------------------------------

_AFTER_SKIP = re.compile(
    r"(?:\s*\([^()]{0,120}\))?"
    r"(?:\s+of(?: the)? (?:[A-Z][\w’'-]*(?: of| and| the|\s)*)+)?"
    r"(?:\s*,\s*(?:who|whose|the|a|an|our|his|her|its|currently|then|now|in turn|too|also|former|"
    r"speaking|"
    r"in (?:his|her|their|its) turn|"
    r"director|head|chairman|chairwoman|chair|member|rector|editor|professor|researcher|"
    r"lecturer|expert|coordinator|adviser|advisor|representative|one of|"
    r"however|meanwhile|therefore|for (?:his|her) part)\b[^,;.]{0,120},)?"
    r"(?:\s+(?:also|then|too|further|again|once again|in turn|first|later|now|thereafter|"
    r"in (?:his|her|their|its) turn|"
    r"subsequently|eventually|however|meanwhile|currently|himself|herself|personally|"
    r"themselves|both|jointly|separately|together|warmly|briefly|duly|likewise)\b,?)*"
)
_AFTER_STRONG = re.compile(
    r"\s*(?:met|meets|will meet|is meeting|held talks|holds talks|had (?:a |an )?(?:meetings?|"
    r"talks|conversation|tête-à-tête|phone)|has had|has met|has taken part|has spoken|"
    r"received|receives|hosted|hosts|chaired|chairs|presided|presides|attended|attends|"
    r"took part|takes part|was taking part|were taking part|is taking part|will take part|"
    r"participated|participates|joined|joins|visited|visits|will visit|is visiting|arrived|"
    r"arrives|delivered (?:an? |his |her |the )?(?:address|speech|statement|report|lecture|"
    r"remarks|welcom)|addressed|opened|opens|signed|signs|called|rang|ranged|phoned|"
    r"was elected|were elected|was appointed|were appointed|was sworn|were sworn|is leaving|"
    r"are leaving|will leave|left for|went to|is going|are going|will go|will be in|"
    r"will be having|will have|will hold|will address|will speak|will deliver|"
    r"to (?:visit|take part|join|attend|pay|meet|travel|tour|go|leave|hold|address|speak|"
    r"deliver|observe|monitor|represent)|"
    r"will travel|travelled|pa(?:id|ys) (?!(?:special |particular |great |much |close )?"
    r"attention)|is to have|are to have|is to take part|"
    r"are to take part|will attend|gave an interview|spoke at|spoke to|welcomed|greeted|"
    r"will join|is to join|is in|who is in|who is visiting|who is currently|recited|sang|"
    r"performed|"
    r"who has|led the|leads the|headed the|heads the)\b"
)
_AFTER_WEAK = re.compile(
    r"\s*(?:,\s*)?(?:who\b|(?:[a-z]+ed|said|says|spoke|speaks|met|told|tells|gave|gives|"
    r"made|makes|took|takes|began|begins|went|goes|held|holds|led|leads|read|reads|sent|saw|"
    r"brought|put|set|thought|felt|rang|is|are|was|were|will|shall|would|has|have|could|"
    r"can|must|should|may|might|did|does)\b|[a-z]+s\b)"
)
_AFTER_SPEECH = re.compile(
    r"\s*(?:,\s*)?(?:was saying|said|says|added|adds|remarked|remarks|noted|notes|stressed|"
    r"pointed out|commented|went on|continued|explained|emphasised|emphasized|underlined|"
    r"underscored|opined|insisted|concluded|observed|mentioned|told|replied|answered|"
    r"recalled|believes|believed|thinks|thought)\b"
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_NOT_VERBS = _words(
    """
    and or of the a an in on at for with to as from by that which whose whom about into
    upon over under than like per via amongst among between before after during since
    until towards near off out up down nor but yet so if while whilst
    """
)
_BE_WORDS = (" is ", " are ", " was ", " were ")
_NOMINATED = re.compile(r"\s*(?:is|are|was|were) (?:nominated|proposed|put forward)\b")
"""A candidate for an office the sitting fills: "X was nominated for the post of ..."."""
_CANDIDATE_ROLES = frozenset(["candidate", "nominee", "candidates", "nominees"])
_CANDIDATES_LISTED = re.compile(
    r"\b(?:candidates|candidatures|candidacies|nominees)\b[^.;]{0,80}:\s*"
    r"(?:[-–]\s+(?:[^.:]{0,120};\s*[-–]\s+)*)?$"
)
"""A list of candidates after a colon: "submitted three candidates for the post: A, B and C",
"presented the candidates as follows: - A – to the Court of Appeal; - B – ..."."""
_TRAILING_SPEECH = re.compile(
    r"[^.;]*,\s+(?:[A-Za-z’'`-]+\s+){1,6}(?:recalled|said|noted|stressed|reminded|added|"
    r"emphasi[sz]ed|underlined|remarked|recounted)(?: the (?:MPs|House|audience))?[.!]?$"
)
"""A sentence that ends naming who said it: "X took part in the 1999 summit, MP Y recalled."."""
_SPEECH_THEN_MORE = re.compile(
    r"\b(?:recalled|reminded|recounted)(,) (?:adding|noting|"
    r"stressing|emphasi[sz]ing|underlining|and added)\b"
)
"""Who recalled it, named in the middle of a sentence: "..., Mr Y recalled, adding that ..."."""
_SPEECH_ENDINGS = _words(
    "recalled said noted stressed reminded added emphasised emphasized underlined remarked "
    "recounted mps house audience"
)


_WHO_TOOK_PART = re.compile(
    r"\s*,\s*who (?:also )?(?:participated|took part|attended|was present|were present|joined|"
    r"(?:was|were) also present|came (?:to Baku |especially )?for the "
    r"(?:event|presentation|ceremony|meeting|conference|evening|opening|sitting)|"
    r"(?:was|were) (?:among the guests|in the hall|in the audience|sitting in the hall)|"
    r"(?:is|was|are|were) (?:a |also a )?members? of the (?:\w+ )?delegation|"
    r"had come to (?:the|this) (?:event|meeting|ceremony|sitting|hearing|conference))\b"
)
_PRESENT_LATER = re.compile(
    r"[^.;]{0,200}?\b(?:was|were) (?:also )?(?:present|in attendance) (?:at|in)\b"
)
"""Who is there, reported: "informed the House that Minister X and ... were present at"."""
_AFTER_PAST_PERFECT = re.compile(
    # "who had talks" is an earlier event all the same; "who had a meeting" is not; "who at
    # the last session had described" is one too
    r"\s*(?:,\s*)?(?:who(?:\s+[^\s,;.]+){0,5}?\s+had\b(?!\s+(?:a|an|the|words)\b)|"
    rf"had\b(?!\s+(?:{'|'.join(_HAD_OBJECTS)})\b))"
)
_MEMORIAL_AFTER = re.compile(
    r"\s+(?:monument|statue|bust|memorial|grave|tomb|mausoleum|house-museum|museum)s?\b"
)
_AFTER_NEG = re.compile(
    r"\s*(?:,\s*)?(?:at (?:their|its|the) (?:head|helm))\b"
    r"|\s+(?:monument|statue|bust|memorial|grave|tomb|mausoleum|house-museum)s?\b"
    r"|\s*(?:,\s*)?(?:who\s+)?(?:was|were|had been|has been|have been) (?:seriously |badly )?"
    r"(?:wounded|injured|shot|taken hostage|abducted|arrested|detained|deported)\b"
    r"|\s+(?:was|were) born\b"
    r"|\s+(?:was|were) (?:named|listed|mentioned) among\b"
    r"|\s+(?:had )?left (?:the|his|her) (?:Assembly|[Pp]arliament|post|office|country)\b"
)
_ABSENT = re.compile(
    r"\s*(?:,\s*)?(?:who\s+(?:[^,;.]{0,100}?\s(?:and|but)\s+(?:who\s+)?)?|"
    r"(?:was|were|had been) invited\b[^,;.]{0,80}?\sbut\s+|"
    r"(?:lives|lived|is living|was living) abroad\s+(?:and|but)\s+|"
    r"(?:is|was) (?:recovering|convalescing|being treated)\b[^,;.]{0,60}?\s(?:and|but)\s+)?"
    r"(?:in (?:his|her|their) absence|"
    r"(?:was|were) (?:ill|sick|unwell|on sick leave|in hospital|hospitali[sz]ed|abroad|away)\b|"
    r"(?:could not|couldn't|cannot|can't|was unable to|were unable to|had been unable to|"
    r"is unable to|are unable to|did not|was not able to|will not be able to|will not|won't|"
    r"would not be able to) (?:attend|come|go|arrive|travel|make the trip|take part|participate|"
    r"be present)|(?:was|were) (?:not (?:on the (?:call|line)|present|in attendance|"
    r"(?:at|in) the (?:ceremony|meeting|event|sitting|session|hall))|absent)|"
    r"(?:stayed|remained) (?:behind|at home|home))\b"
    r"(?![^.;]*\b(?:joined|online|video|addressed|took part|participated|spoke)\b)"
)
"""Kept away: "X could not attend the sitting", "X, who had been due to moderate the panel,
could not arrive" (unless they joined in another way, in the same sentence)."""
_ACHIEVED = re.compile(
    r"\bhad (?:won|broken|set|earned|been (?:elected|awarded|named|admitted))\b|\bwhose\b"
)
"""What someone congratulated achieved elsewhere: "who had won gold medals in Bucharest",
"whose monument had been unveiled in Berlin"."""
_SAID_ASIDE = re.compile(
    r", (?:he|she|they|[A-Z][\w’'-]+) (?:said|noted|added|recalled|stressed|explained), "
    r"(?!who\b)"
)
"""Words of someone else's around the name: "Hamida khanim, she said, had left memoirs"."""
_LEFT_POST = re.compile(
    r"\s*,\s*who (?:had |has )?(?:(?:given up|resigned) (?:his|her) (?:seat|mandate|post)|"
    r"left (?:the post|his post|her post|the Milli Majlis|parliament|[A-Z][\w-]+ (?:in|last|on)\b)|"
    r"retired|resigned|stepped down)\b"
)
"""Gone from the post or the place: "thanked MP X, who had given up his seat in May"."""
_ELSEWHERE = re.compile(
    r"\s*(?:(?:was|were|is|are) (?:currently |now |at present )?(?:in [A-Z][\w-]+ )?(?:away )?"
    r"(?:on (?:an? )?(?:official |working |state )?(?:visit|trip|mission|leave)\b|"
    r"(?:leading|heading) (?:the|a|an) [^.;]{0,40}\bdelegation\b)|"
    r"being (?:away|abroad|on (?:an? )?(?:official |working )?(?:visit|trip|mission|leave))\b)"
)
"""Away at the time, given as the reason: "as Speaker X was on an official visit to ..."."""
_PRESENT_AMONG = re.compile(
    r"\b(?:[Aa]mong (?:those present|the guests|the participants)|were present|attended by)\b"
)
_TALKED_AMONG = re.compile(
    r"\b(?:spoke|spoken|talked|talking|speaking|told) (?:about|of)\b[^.;]*\b(?:among them|"
    r"among whom|including)(?: the| a| an)?(?: [\w’'-]+){0,3}\s*$"
)
"""People in a list of those talked about: "spoke about the women of the era, among them"."""
_DEAD_LIST = re.compile(
    r"\b(?:died|killed|fell|perished|martyred|shahids|martyrs|fallen|memory|victims|tribute|missing|"
    r"homage|commemorat\w+|(?:lost|gave) (?:their|his|her) li(?:fe|ves))\b[^.;]{0,160}"
    r"\b(?:among them|among whom|including)(?:[^.;:]{0,100}?(?:,| and))?(?: the| a)?"
    r"(?: [\w’'-]+){0,3}\s*$"
    r"|\b[Aa]mong(?:st)? (?:the (?:dead|victims|fallen|killed)|those (?:remembered|commemorated|"
    r"honoured|honored|mourned))(?: (?:were|was|are|is))?[^.;:]{0,60}$"
    r"|\b(?:victims|the dead|the fallen)\b[^.;:]{0,40}:\s*(?:the )?$"
)
"""A list of the dead: "the servicemen who died ..., among them"."""
_DIED = re.compile(
    r"\s*(?:,\s*)?(?:(?:a|an|the) (?:[\w-]+ ){1,3}(?=who ))?"
    r"(?:and (?:his|her|their) [a-z-]+(?:,\s+[^,;.]{1,60},)?\s*)?"
    r"(?:who\s+(?:[^,;.]{0,120}?\s(?:and|but)\s+(?:who\s+)?)?(?:himself\s+|herself\s+|also\s+)?|"
    r"himself\s+|herself\s+)?"
    r"(?:has |had |have |was |were )?(?:been )?(?:later |subsequently )?"
    r"(?:died|dies|passed away|passes away|killed|shot dead|martyred|"
    r"became (?:a )?(?:shahid|martyr)|"
    r"(?:posthumously )?(?:awarded|given|granted) [^,;.]{0,40}\bposthumously|posthumously|"
    r"(?:recorded |filmed |written )?(?:shortly |just )?before (?:his|her) death|laid to rest|"
    r"(?:is|are|lies|lie) buried|among(?:st)? (?:those|the) (?:killed|dead|who died)|"
    r"fallen (?:in|during|at|on|near|defending|for)\b|"
    r"went missing|(?:is|are) (?:still )?missing|"
    r"(?:is|are|was|were) (?:a |an )?(?:shahid|martyr)s?|"
    r"fell (?:in|during|at|on|near|defending|for|as|a martyr)\b)\b"
)
"""The dead, named as such: "X, a former MP, died on ...", "X had passed away", "A and B were
killed by soldiers", "X and her neighbour, Y, were killed", "X, who fell in the Patriotic War"."""

_REMEMBERED_BY = _words("centenary centennial bicentenary remains")
_POSTHUMOUSLY_TO = re.compile(
    r"\bposthumous(?:ly(?: [a-z]+)?| [a-z]+(?: [a-z]+)?) to(?: (?!(?:by|was|were|and|who)\b)"
    r"[\w’'-]+){0,5}\s*$"
)
"""An award given after death: "awarded posthumously to the veteran teacher", "the
posthumous title of Hero was given to"."""
_WHOSE_GONE = re.compile(
    rf"\s*,\s*whose (?:[\w-]+ )?(?:{'|'.join(sorted(_GONE_OF | _REMEMBERED_BY))})\b"
)
"""Someone remembered: "the poet X, whose centenary was marked this year"."""
_THE_THEN = re.compile(r"\bthe then(?: [\w’'-]+){0,4}\s*$")
"""Someone in a post they held then: "a sitting chaired by the then Speaker X"."""
_WRITTEN_OPENING = re.compile(
    r"\s*(?:In|According to) (?:the|his|her|their|this|that|a) "
    r"(?:letter|message|telegram|address|appeal)s?,"
)
"""A sentence that tells what a letter says: "In the letter, Mrs X welcomed the draft"."""
_DELEGATION_MEMBERS = re.compile(
    r"\b(?:the )?members? of (?:the|his|her|their|our) (?:[\w-]+ )?delegation,? $"
)
"""Named as members of the delegation at the event: "the members of the delegation, A and B"."""
_PAST_OPENING = re.compile(
    r"\s*(?:[Jj]ust |[Oo]nly |[Aa]nd )?(?:[Ll]ast (?:week|month|year|spring|summer|autumn|"
    r"winter)|[Ee]arlier this (?:year|month)|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ff]ew) "
    r"(?:weeks|months|years) ago)\b"
)
"""A sentence that opens in the past: "Just last month, the group led by MP X met ..."."""
_TO_COME_WORDS = ("to visit", "to come", "to attend", "to take part", "to travel", "to pay")
"""After "invited X": an invitation to an event to come, not this one."""
_LONG_AGO = re.compile(
    r"\s*,\s*who\b[^.;,]{0,100}?\b(?:1[0-8]\d\d|19[01]\d|(?:a|one|two|half a) centur(?:y|ies) "
    r"ago|(?:eighteenth|nineteenth|"
    r"seventeenth|sixteenth|fifteenth|1[5-9]th)[- ]century)\b"
)
"""A who-clause dated more than a century back: someone of the past."""
_LIFESPAN = re.compile(
    r"\s*\((?:c\.|ca\.|circa )?\s*\d{3,4}\s*[-–—]\s*(?:c\.|ca\.|circa )?\s*\d{3,4}\)"
)
"""Years of birth and death after a name: "Huseyn Javid (1882-1941)" lived before the event."""

# Roles that make a person a reference unless the text shows them acting in the event:
# heads of state and government, national leaders, the historical and the dead.
_HEAD_OF_STATE = re.compile(
    r"\b(?:commander-in-chief|head of (?:the )?state|heads of (?:the )?state|first lady|"
    r"national leader|great leader|nationwide leader|founder|founding father|national hero|"
    r"hero of|the late|late|martyr|shahid|first vice[- ]president|state leaders?|"
    r"leaders? of (?:the )?(?:country|state|nation)|king|queen|emir|sultan|monarch|"
    r"architect|saint|prophet|poet|writer|composer|scholar|thinker|statesman|"
    r"(?<!vice )(?<!vice-)(?:president|prime minister|premier|pm)(?! of (?:the )?"
    r"(?:[a-z-]+ )*(?:parliament|assembly|senate|council|chamber|house|union|forum|committee|"
    r"court|bank|organisation|organization|association|fund|foundation|network|movement|"
    r"commission|club|company|corporation|university|academy|congress|conference|duma|"
    r"majlis|rada|sejm|group|federation(?! of russia)|league|agency|institute|society|party|"
    r"centre|center|board|network|pa|ipu)\b))\b"
)
_ORG_IN_ROLE = re.compile(
    r"\b(?:parliament|parliamentary|assembly|senate|council|chamber|house|union|forum|"
    r"committee|court|bank|organisation|organization|association|fund|foundation|network|"
    r"movement|commission|club|company|corporation|university|academy|congress|conference|"
    r"duma|majlis|rada|sejm|group|league|agency|institute|society|party|centre|center|board|"
    r"department|ministry|directorate|school|lyceum|families|service|services|inspectorate|"
    r"administration|bureau|secretariat|"
    r"federation(?! of russia)|[a-z]*\s?pa|ipu|osce|eu|un|cis|nato|nam|apa|pace|oic|turkpa|"
    r"gnat|tbmm|ipa|uefa|fifa|ioc|[a-z]+ federation)\b"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_PRESIDENTS_OFFICE = re.compile(
    r"\b(?:representative|adviser|advisor|assistant|aide|envoy|spokesman|spokesperson|"
    r"secretary|head of the administration|administration|office) (?:of|to) (?:the )?president"
)
"""Someone who serves a president, not a president."""
_DEPARTED_ROLES = r"national leader|great leader|the late|father of the nation"
_DEPARTED = re.compile(rf"\b(?:{_DEPARTED_ROLES})\b")
"""The part of :data:`_HISTORICAL` that no deed in the text outweighs (a founder or a national
hero may be alive and present; a national leader, in these releases, is not)."""
_HISTORICAL = re.compile(rf"\b(?:{_DEPARTED_ROLES}|founder|national hero|father of the turks)\b")
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yeva|ina|aya|skaya|kaya|zade|li|a)$")


# -- internal records ------------------------------------------------------------------------


@dataclass(slots=True)
class _Segment:
    """The title or one paragraph, with what is computed on it at most once."""

    index: int
    text: str
    is_title: bool
    starts: list[int] = field(default_factory=list)
    """Offsets where its sentences (and clauses after ; and :) begin."""
    said: int = -1
    """1 when one of its sentences ends naming who said it, 0 when none does, -1 unknown."""

    def prepare(self) -> None:
        if self.starts:
            return
        starts = [match.end() for match in _SENTENCE_END.finditer(self.text)]
        starts.insert(0, 0)
        self.starts = starts

    def sentence_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]

    def said_after(self, offset: int) -> bool:
        """Whether the sentence from ``offset`` on ends naming who said it: "X took part in
        the 1999 summit, MP Y recalled."."""
        text = self.text
        if self.said < 0:  # the last words of its sentences, once
            self.prepare()
            ends = [start - 1 for start in self.starts[1:]] + [len(text)]
            lasts = (text[text.rfind(" ", 0, end) + 1 : end].strip(" .!;:").lower() for end in ends)
            ending = not _SPEECH_ENDINGS.isdisjoint(lasts)
            more = (
                "recalled, " in text or "reminded, " in text or "recounted, " in text
            ) and _SPEECH_THEN_MORE.search(text)
            self.said = 1 if ending or more else 0
        if not self.said:
            return False
        ends = [at for at in (text.find(". ", offset), text.find("; ", offset)) if at >= 0]
        end = min(ends) + 1 if ends else len(text)
        more = _SPEECH_THEN_MORE.search(text, offset, end)
        if more is not None:
            end = more.start(1)  # "..., Mr Y recalled, adding that ...": the speech ends there
        last = text[text.rfind(" ", offset, end) + 1 : end].rstrip(".!;").lower()
        return last in _SPEECH_ENDINGS and _TRAILING_SPEECH.match(text, offset, end) is not None

    def recounted(self, start: int, end: int) -> bool:
        """Whether reported speech ("said that") or a past perfect ("had met") lies between
        the offsets: a name after it is talked about rather than acting in the event."""
        text = self.text
        at = text.find("had", start, end)
        while at >= 0:
            if (
                (at == 0 or not text[at - 1].isalpha())
                and not text[at + 3 : at + 4].isalpha()
                and not text.endswith(("has ", "have "), max(0, at - 5), at)
                and (
                    not text.startswith(_NOT_PAST_PERFECT, at)
                    # "who had talks with ...": an earlier event all the same
                    or text.endswith(("who ", "which "), max(0, at - 6), at)
                )
                # "A, who had been due to speak, could not come, and B ...": a clause closed
                # before the name tells of someone else
                and not (
                    text.endswith(("who ", "which "), max(0, at - 6), at)
                    and text.startswith("had ", at)  # not "who had, whilst in Bratislava, met"
                    and text.find(",", at, end) >= 0
                )
                # "After the agenda had been adopted, the MPs ...": a step of the sitting in
                # a clause of time before the event, closed by its comma
                and not (
                    _TIME_CLAUSE.search(text, max(start, at - 80), at)
                    and _SITTING_STEP.match(text, at, end)
                )
                and not _BACK_TO_EVENT.search(text, at, end)
            ):
                return True
            at = text.find("had", at + 3, end)
        for conjunction in (" that", " how"):
            at = text.find(conjunction, start, end)
            while at >= 0:
                after = at + len(conjunction)
                if (
                    not text[after : after + 1].isalpha()
                    and _SPEECH_VERB.search(text, max(start, at - 70), at)
                    # "said that the sitting was attended by ...": who is there now
                    and not _ATTENDED_NOW.match(text, after)
                    # "A said that ..., while Mr B spoke about ...": B's own clause
                    and text.find(", while ", after, end) < 0
                    and text.find(", whereas ", after, end) < 0
                    and not _BACK_TO_EVENT.search(text, after, end)
                ):
                    return True
                at = text.find(conjunction, after, end)
        if _SPEECH_PRONOUN.search(text, start, end):
            return True
        recalled = _RECALLED_EVENT.search(text, start, end)
        # ... unless a new clause starts before the name: "recalled her visit and welcomed X"
        return recalled is not None and not _NEW_CLAUSE.search(text, recalled.end(), end)


@dataclass(slots=True)
class _Mention:
    """One name-bearing surface string found in the text."""

    seg: int
    start: int
    end: int
    np_start: int
    surface: str
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    single: bool
    title_word: str
    role: str
    possessive: bool
    previous: tuple[str, ...]
    """Up to eight words before the noun phrase, lower case, nearest last."""
    strong: bool = False
    weak: bool = False
    negative: bool = False
    gone: bool = False
    dead: bool = False


@dataclass(slots=True)
class _Person:
    """The mentions that one person's name gathers in a release."""

    mentions: list[_Mention] = field(default_factory=list)
    full: list[_Mention] = field(default_factory=list)
    """The mentions by full name (two words or more)."""
    names: list[tuple[str, ...]] = field(default_factory=list)
    """The distinct folded full names, the longest first."""
    first: tuple[int, int] = (0, 0)
    reference: bool | None = None

    @property
    def longest(self) -> tuple[str, ...]:
        return self.names[0]

    def is_reference(self) -> bool:
        """Whether a role marks them a head of state, a national leader, a historical figure."""
        if self.reference is None:
            roles = {m.role for m in self.mentions if m.role}
            fuller = [role for role in roles if " " in role and not _reference_role(role)]
            # (a title alone that a fuller role explains: "President Nordvik-Hansen" after "the
            # President of the OSCE Parliamentary Assembly Astrid Nordvik-Hansen")
            self.reference = any(
                _reference_role(role)
                and not any(role.lower() in full.lower() for full in fuller if full != role)
                for role in roles
            )
        return self.reference


# -- finding names ---------------------------------------------------------------------------

_Token = tuple[str, int, int, int, bool]
"""A capitalised word of a run: (word, start, end, kind, possessive), offsets in the run."""


class _Name(NamedTuple):
    """A name among a run's words (made once per distinct run: the analysis is cached)."""

    start: int
    """Where it starts in the run."""
    end: int
    words: tuple[str, ...]
    folded: tuple[str, ...]
    single: bool
    """A bare surname, after its title ("Mr Tokayev")."""
    title: str
    """That title, folded ("" for a full name)."""
    surface: str
    """The name as written (with its title, for a bare surname)."""
    possessive: bool
    real: int
    """Its words that are not particles."""


_Candidate = tuple[tuple[_Token, ...], int, int, _Name]
"""The words of a run (or of its part before a possessive), the span of a name in them, and
the name."""


def _name_of(tokens: tuple[_Token, ...], first: int, last: int, group: str) -> _Name:
    """The name ``tokens[first:last + 1]`` of the run ``group``."""
    names = tokens[first : last + 1]
    words = tuple(t[0] for t in names)
    real = sum(1 for t in names if t[3] != _PART)
    start, end = names[0][1], names[-1][2]
    folded = tuple(map(_fold_word, words))
    if real == 1:
        title = tokens[first - 1][0]
        surface = f"{title} {words[0]}"
        return _Name(start, end, words, folded, True, _fold_word(title), surface, names[-1][4], 1)
    return _Name(start, end, words, folded, False, "", group[start:end], names[-1][4], real)


def _strip_possessive(token: str) -> tuple[str, bool]:
    if token.endswith(_POSSESSIVE):
        return token[:-2], True
    return token, False


def _starts_name(tokens: tuple[_Token, ...], index: int) -> bool:
    kind = tokens[index][3]
    if kind == _NAME:
        return True
    return (
        kind == _PART
        and index + 1 < len(tokens)
        and tokens[index + 1][3] == _NAME
        and tokens[index][0][:1].isupper()
    )


_GIVEN_NAME_TITLES = _words("sultan emir imam")
_MEMBER_TITLES = _words("mp mps senator deputy member mr ms mrs dr colleague ambassador judge")
_AZ_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|li|lu|ly|zade|zada|oglu|beyli|bayli|ovic|evic)$"
)
"""Surnames after a title that is a given name too: Azerbaijani, and South Slavic ("Emir
Hadžiahmetović")."""
_SURNAME_SHAPE = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|zade|zada)$")
"""An Azerbaijani surname (the endings no given name has)."""
_CAPS_FAMILY = re.compile(r"[A-Z]*[AEIOUY][A-Z]*")
"""A family name in capitals has a vowel (so have some acronyms, but they stand before no lone
given name of the shape below)."""
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]*(?:[aeiouy]|n|-[a-z]+)")
"""A Japanese, Chinese or Korean given name ends in a vowel or n, or is two syllables joined by a
hyphen: "Haruki", "Lixin", "Ji-hoon" (not "ACWA Power")."""
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
"""A romanised Korean given name ("Sung-min", "Jae-in")."""
_REGNAL = re.compile(r"(?=[IVX]{2})X{0,2}(?:IX|IV|V?I{0,3})")
"""A regnal number after a title and a name (II to XXIX; a lone letter may be an initial)."""


def _continues_name(tokens: tuple[_Token, ...], end: int) -> bool:
    """Whether the word after ``end`` still belongs to the name ending at ``end``."""
    next_kind = tokens[end + 1][3]
    if next_kind == _NAME:
        return True
    if next_kind == _STOPW and tokens[end][3] == _PART:
        return _fold_word(tokens[end][0]) in _ARABIC_PARTICLES
    if _REGNAL.fullmatch(tokens[end + 1][0]):
        # "King Mohammed VI", "Pope Leo XIV" (not "Item II", "World War II")
        return tokens[end][3] == _NAME and end > 0 and tokens[end - 1][3] == _TITLE
    if next_kind == _ING:
        return tokens[end][3] == _NAME  # "Xi Jinping"
    if next_kind == _PLACE and tokens[end][3] == _PART and tokens[end][0][:1].isupper():
        return True  # "Lo Monaco" (see below)
    if next_kind == _PART:
        after = end + 2
        if after < len(tokens) and tokens[after][3] == _PART:
            after += 1  # two particles: "Ortega de la Garza", "van der Berg"
        if (
            after < len(tokens)
            and tokens[after][3] == _STOPW
            and _fold_word(tokens[end + 1][0]) in _ARABIC_PARTICLES
        ):
            return True  # "bin Said": after "bin" a capitalised word is a name
        if (
            after < len(tokens)
            and (
                tokens[after][3] == _NAME
                # a particle in capitals goes before a surname that may be a place's name too:
                # "Maria Grazia Lo Monaco"
                or (tokens[after][3] == _PLACE and tokens[end + 1][0][:1].isupper())
            )
        ):
            return True
        return _fold_word(tokens[end + 1][0]) in _PATRONYMIC_END
    return False


_PATRONYMIC_SUFFIX = re.compile(r"(?:ovich|evich|yevich|ovych|ovna|evna|yevna|ivna|ichna)$")


def _patronymic_name(tokens: tuple[_Token, ...], first: int, last: int) -> bool:
    """Whether the name at ``first`` is a given name with a patronymic or a middle initial
    after it ("Tofig Zeynalabdin oglu Mustafayev", "Almazbek Toktogulovich Sadyrbayev", "Rashad
    Z. Hajiyev"): its first word is no place or body to drop."""
    if first + 2 <= last and _fold_word(tokens[first + 2][0]) in _PATRONYMIC_END:
        return True
    if first + 1 < last and _is_initial(tokens[first + 1][0]):
        return True
    return (
        first + 1 < last and _PATRONYMIC_SUFFIX.search(_fold_word(tokens[first + 1][0])) is not None
    )


def _rekind(tokens: list[_Token], index: int, kind: int) -> None:
    """Give ``tokens[index]`` another kind (what its neighbours show it to be)."""
    word, start, end, _, possessive = tokens[index]
    tokens[index] = (word, start, end, kind, possessive)


@lru_cache(maxsize=1 << 15)
def _analyse_run(group: str) -> tuple[_Candidate, ...]:
    """The names in a run of capitalised words, by the words alone (cached: runs recur)."""
    pieces: list[list[_Token]] = [[]]
    for piece in _SPACE_SPLIT.finditer(group):
        word, possessive = _strip_possessive(piece.group())
        pieces[-1].append((word, piece.start(), piece.start() + len(word), _kind(word), possessive))
        if possessive:
            pieces.append([])  # a possessive ends a name: "Azerbaijan’s Ambassador ..."
    found: list[_Candidate] = []
    for piece_tokens in pieces:
        for i in range(len(piece_tokens) - 1):
            pair = f"{_fold_word(piece_tokens[i][0])} {_fold_word(piece_tokens[i + 1][0])}"
            if pair in _PLACE_PAIRS or pair in _ORG_PAIRS:
                kind = _PLACE if pair in _PLACE_PAIRS else _ORGW
                for j in (i, i + 1):
                    _rekind(piece_tokens, j, kind)
            if (
                piece_tokens[i][3] == _ORGW
                and piece_tokens[i + 1][3] == _NAME
                and _KOREAN_GIVEN.fullmatch(piece_tokens[i + 1][0])
            ):
                # A Korean family name that is also an English word: "Park Sung-min".
                _rekind(piece_tokens, i, _NAME)
        for i in range(len(piece_tokens) - 1):
            if (
                piece_tokens[i][3] == _TITLE
                and _fold_word(piece_tokens[i][0]) in _GIVEN_NAME_TITLES
                and piece_tokens[i + 1][3] == _NAME
                and _AZ_SURNAME.search(_fold_word(piece_tokens[i + 1][0]))
            ):
                # A title that is a given name too, before a surname: "Sultan Nasirli".
                _rekind(piece_tokens, i, _NAME)
            elif (
                piece_tokens[i][3] == _TITLE
                and _fold_word(piece_tokens[i][0]) in _GIVEN_NAME_TITLES
                and i > 0
                and _fold_word(piece_tokens[i - 1][0]) in _MEMBER_TITLES
                and piece_tokens[i + 1][3] == _NAME
                and i + 2 == len(piece_tokens)
            ):
                # ... and after a member's title: "MP Emir Kaya", "Senator Sultan Demir".
                _rekind(piece_tokens, i, _NAME)
            elif (
                piece_tokens[i][3] == _TITLE
                and _fold_word(piece_tokens[i][0]) in _GIVEN_NAME_TITLES
                and (i == 0 or piece_tokens[i - 1][3] != _NAME)
                and piece_tokens[i + 1][3] == _PART
                and _fold_word(piece_tokens[i + 1][0]) in _ARABIC_PARTICLES
            ):
                # ... and before "bin": "Sultan bin Khalifa al-Mazrouei" (not "Sultan Qaboos").
                _rekind(piece_tokens, i, _NAME)
            if (
                piece_tokens[i + 1][3] in (_TITLE, _ORGW, _STOPW)
                and _fold_word(piece_tokens[i][0]) in _ARABIC_PARTICLES
            ):
                # After "bin" comes a father's name, whatever else the word is: "Zayed bin
                # Sultan Al Nahyan".
                _rekind(piece_tokens, i + 1, _NAME)
            if (
                _fold_word(piece_tokens[i][0]) == "shahid"
                and i + 2 < len(piece_tokens)
                and piece_tokens[i + 1][3] == _NAME
                and piece_tokens[i + 2][3] == _NAME
                and _AZ_SURNAME.search(_fold_word(piece_tokens[i + 2][0]))
            ):
                # "Shahid Eltun Jafarzade": the fallen's title in a release's title (not the
                # name of "Abdulla Shahid")
                _rekind(piece_tokens, i, _TITLE)
            following = _fold_word(piece_tokens[i + 1][0])
            if following == "begum" and piece_tokens[i][3] == _NAME:
                # "Begum" after a name is the name's last word: "Rokeya Sultana Begum" (before
                # one it is a title: "Begum Rowshan Ershad").
                _rekind(piece_tokens, i + 1, _NAME)
            elif following == "sri" and _fold_word(piece_tokens[i][0]) in ("tan", "puan"):
                # A Malaysian title of two words: "Tan Sri Ahmad Fadzil" ("Tan" alone is a name).
                for j in (i, i + 1):
                    _rekind(piece_tokens, j, _HON)
            elif (
                piece_tokens[i + 1][3] == _ACRO
                and i + 2 == len(piece_tokens)
                and (
                    piece_tokens[i][3] == _HON
                    or (piece_tokens[i][3] == _NAME and _CAPS_FAMILY.fullmatch(piece_tokens[i][0]))
                )
                and _CAPS_FAMILY.fullmatch(piece_tokens[i + 1][0])
            ):
                # A family name in capitals after its title: "Mr SATO".
                _rekind(piece_tokens, i + 1, _NAME)
            elif (
                piece_tokens[i][3] == _HON
                and piece_tokens[i + 1][3] == _ORGW
                and (i + 2 == len(piece_tokens) or piece_tokens[i + 2][3] == _NAME)
            ):
                # A name that is an English word too, after "Mr": "Mr Park", "Ms White", "Dr
                # Urban Kovac".
                _rekind(piece_tokens, i + 1, _NAME)
            if (
                piece_tokens[i][3] == _ACRO
                and i + 2 == len(piece_tokens)
                and piece_tokens[i + 1][3] == _NAME
                and _EAST_ASIAN_GIVEN.fullmatch(piece_tokens[i + 1][0])
                and not piece_tokens[i][4]
                and _CAPS_FAMILY.fullmatch(piece_tokens[i][0])
                and (i == 0 or piece_tokens[i - 1][3] not in (_ACRO, _NAME))
            ):
                # A family name in capitals before a given name, as East Asian names are often
                # written: "SATO Haruki", "PARK Ji-hoon" (not "ANAMA Vugar Suleymanov").
                _rekind(piece_tokens, i, _NAME)
        for i in range(1, len(piece_tokens) - 2):
            if (
                _is_initial(piece_tokens[i][0])
                and not _is_initial(piece_tokens[i + 1][0])  # "the Lok Sabha K. R. Venkatesan"
                and piece_tokens[i - 1][3] not in (_HON, _TITLE)
                and piece_tokens[i + 2][3] == _NAME
            ):
                # "Annex B. Sahiba Gafarova": the letter ends what comes before it (a middle
                # initial stands before a surname alone: "George W. Bush").
                _rekind(piece_tokens, i, _STOPW)
        tokens = tuple(piece_tokens)
        count = len(tokens)
        index = 0
        while index < count:
            if not _starts_name(tokens, index):
                index += 1
                continue
            end = index
            while end + 1 < count and not tokens[end][4] and _continues_name(tokens, end):
                end += 1
            first, last = index, end
            index = end + 1
            if (
                last - first == 3
                and all(tokens[k][3] == _NAME for k in range(first, last + 1))
                and _SURNAME_SHAPE.search(_fold_word(tokens[first + 1][0]))
                and _SURNAME_SHAPE.search(_fold_word(tokens[last][0]))
                and not _SURNAME_SHAPE.search(_fold_word(tokens[first][0]))
                and not _SURNAME_SHAPE.search(_fold_word(tokens[first + 2][0]))
            ):
                # Two names run together: "by the order of President Ilham Aliyev Nazim
                # Abbasov had been awarded"
                last, index = first + 1, first + 2
            # A name right before an organisation word names a thing: "Heydar Aliyev Centre",
            # "the L. N. Gumilyov Eurasian National University".
            if last + 1 < count and (
                tokens[last + 1][3] == _ORGW
                or (
                    tokens[last + 1][3] == _PLACE
                    and last + 2 < count
                    and tokens[last + 2][3] == _ORGW
                )
            ):
                continue
            # Leading "Al-Umma"-like words after an organisation word belong to it.
            while last - first >= 2 and _AL_PREFIX.match(tokens[first][0]):
                first += 1
            # "the RF Republic Dagestan Zaur Askenderov": a place before a two-word name;
            # "editor-in-chief of Radio Absheron Lala Gulamli": the word after an organisation
            # word that opens the run names the organisation (but "the Milli Majlis Staff Haji
            # Mirhashim Seyid" ends an organisation's name with it).
            if (
                first > 0
                and sum(1 for t in tokens[first : last + 1] if t[3] != _PART) >= 3
                and not _patronymic_name(tokens, first, last)
                and (
                    # (but not after a word in -s, a plural or a body: "House of Councillors
                    # Mohamed Ould Bennani", "Speaker of the Majlis Mohammad Bagher Ghalibaf")
                    (
                        first == 1
                        and tokens[0][3] == _ORGW
                        and not tokens[0][0].endswith("s")
                        and _fold_word(tokens[0][0]) not in _BODY_ENDS
                        and _fold_word(tokens[0][0]) not in _SUBJECTS
                    )
                    or (
                        tokens[first - 1][3] in (_PLACE, _ACRO)
                        and _PLACE_SUFFIX.search(_fold_word(tokens[first][0]))
                    )
                )
            ):
                first += 1
            while last > first and _is_initial(tokens[last][0]):
                last -= 1  # initials come before a name: "A. Mammadov", not "Group A."
            while (
                last - first >= 2
                and _is_initial(tokens[first][0])
                and not _is_initial(tokens[first + 1][0])  # "K. R. Venkatesan"
            ):
                first += 1  # an initial stands before a surname alone: not "C. Sahiba Gafarova"
            if _is_initial(tokens[last][0]):
                continue
            real = sum(1 for t in tokens[first : last + 1] if t[3] != _PART)
            if real == 0 or real > 6:
                continue  # no name, or too long to be one
            if real == 1:
                # A bare surname counts only right after its title: "Mr Tokayev".
                if first == 0 or len(tokens[first][0]) < 2:
                    continue
                title = tokens[first - 1]
                if title[3] not in (_HON, _TITLE) or _fold_word(title[0]) not in _SURNAME_TITLES:
                    continue
            found.append((tokens, first, last, _name_of(tokens, first, last, group)))
    return tuple(found)


def _excluded_spans(segment: _Segment) -> list[tuple[int, int]]:
    text = segment.text
    spans: list[tuple[int, int]] = []
    if "‘" in text or "“" in text:
        spans.extend((m.start(), m.end()) for m in _QUOTED.finditer(text))
    if "'On " in text or "'The " in text or '"' in text or "'For " in text or "'About " in text:
        spans.extend((m.start(), m.end()) for m in _STRAIGHT_QUOTED.finditer(text))
    if not segment.is_title and _has_title_phrase_head(text):
        for match in _TITLE_PHRASE.finditer(text):
            if _kind(match.group(2)) not in (_PLACE, _TITLE, _HON):  # not "of The Gambia"
                spans.append(match.span(1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset lies in one of the spans (sorted by start, not overlapping)."""
    index = bisect_right(spans, (offset, 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _mentions_in(segment: _Segment, places: set[tuple[str, ...]]) -> list[_Mention]:
    """The name candidates of one segment, in order; ``places`` gathers the names found to be
    places' ("the village of Dash Salahli"), for their later mentions ("to Dash Salahli")."""
    found: list[_Mention] = []
    excluded: list[tuple[int, int]] | None = None
    floor = 0
    text = segment.text
    for run in _RUN.finditer(text):
        group = run.group()
        if " " not in group and "\u00a0" not in group:
            # One word alone is a name only where its context says so (a bare surname needs
            # its title): "his grandson Ramin", "Gulnara khanim", "the poet Iqbal".
            start, end = run.span()
            if not (
                text.startswith(_LONE_AFTER, end)
                or text[text.rfind(" ", 0, start - 1) + 1 : start - 1] in _LONE_BEFORE_WORDS
            ):
                continue
            lone = _lone_name(text, start, end, group)
            if lone is not None:
                if excluded is None:
                    excluded = _excluded_spans(segment)
                    segment.prepare()
                if not (excluded and _inside(excluded, start)):
                    alone = _named(segment, start, lone, floor)
                    floor = alone.end
                    found.append(alone)
            continue
        candidates = _analyse_run(group)
        if not candidates:
            continue
        if text.startswith(_OPEN_QUOTES, run.start() - 1) and text.startswith(
            _CLOSE_QUOTES, run.end()
        ):
            continue  # a title in quotes: the drama "Sheikh Sanan"
        if excluded is None:
            excluded = _excluded_spans(segment)
            segment.prepare()
        if excluded and _inside(excluded, run.start()):
            continue
        base = run.start()
        for tokens, first, last, name in candidates:
            if name.folded in places:
                continue
            mention = _mention(segment, base, group, tokens, first, last, name, floor, places)
            if mention is not None:
                floor = mention.end
                found.append(mention)
    return found


_LONE_AFTER = (" khanim", " khanum", " muallim")
"""Azerbaijani forms of address after a given name: "Gulnara khanim", "Allahverdi muallim"."""
_LONE_KIN = _words(
    "son daughter grandson granddaughter brother sister nephew niece mother father wife husband "
    "aunt uncle cousin grandmother grandfather"
)
_LONE_TITLES = _words("poet poetess singer composer ruler astronomer thinker philosopher mystic")
_LONE_BEFORE_WORDS = _LONE_KIN | _LONE_TITLES
_LONE_BEFORE = re.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir) (?:[\w-]+ )?(?:{'|'.join(sorted(_LONE_KIN))})|"
    rf"(?:the|great|famous) (?:[\w-]+ )?({'|'.join(sorted(_LONE_TITLES))})) $"
)
"""A relative or a poet of one name: "his grandson Ramin", "the great Kazakh poet Abai"."""


def _lone_name(text: str, start: int, end: int, word: str) -> _Name | None:
    """A name of one word, where the words around it say it is one."""
    word, possessive = _strip_possessive(word)
    if len(word) < 3 or not word[1:].islower() or _kind(word) != _NAME:
        return None
    title = address = ""
    if text.startswith(_LONE_AFTER, end):
        if possessive:
            return None
        address = next(form for form in _LONE_AFTER if text.startswith(form, end))
    else:  # (after a word of _LONE_BEFORE_WORDS)
        before = _LONE_BEFORE.search(text, max(0, start - 50), start)
        if before is None or text.find(" name", max(0, start - 50), start) >= 0:
            return None  # (not a name given: "would name his newborn son Azer")
        # "the poet Iqbal": known by one name, a figure of the past (the title says so)
        title = before.group(1) or ""
    size = len(word) + len(address)  # the mention ends after "khanim": the cues come after it
    return _Name(0, size, (word,), (_fold_word(word),), False, title, word, possessive, 1)


def _addressed(mention: _Mention) -> bool:
    """Whether a one-word name came with a form of address after it ("Firangiz khanim"): its
    mention then ends after the address (see :func:`_lone_name`)."""
    return mention.end - mention.start > len(mention.tokens[0])


def _mention(
    segment: _Segment,
    base: int,
    group: str,
    tokens: tuple[_Token, ...],
    first: int,
    last: int,
    name: _Name,
    floor: int,
    places: set[tuple[str, ...]],
) -> _Mention | None:
    """A name candidate checked against its context, with its role; None if it is no name."""
    if first == 0 and not segment.is_title:
        text = segment.text
        start, stop = base + name.start, base + name.end
        real = name.real
        before = text[max(0, start - 40) : start]
        if real == 2 and before.endswith(_PUBLICATION_ENDS) and _PUBLICATION.search(before):
            return None  # "the German daily Süddeutsche Rundschau"
        if text.startswith(_PLACE_NOUNS_AFTER, stop):
            places.add(name.folded)
            return None  # "the liberated Jojug Marjanli village"
        if (
            before.endswith(" and ")
            and (after := _PLACE_AND.search(before))
            and (_kind(after.group(1)) == _PLACE)
        ):
            return None  # "in Belgrade and Novi Sad"
        if before.endswith(_SETTLEMENT_OF):
            if real < 3:
                places.add(name.folded)
                return None  # "renaming the village of Kichik Dahna"
            # "the head of the village of Aran Elnur Aliyev"
            return _named(segment, base, _name_of(tokens, first + 1, last, group), floor)
        if (
            real >= 3
            and not _patronymic_name(tokens, first, last)
            and (
                before.endswith(" in ")
                or (
                    before.endswith(" to ")
                    and (not _TRIBUTE_TO.search(before) or name.folded[0] in _TRIBUTE_TITLES)
                )
                or (before.endswith("of ") and _PLACE_SUFFIX.search(name.folded[0]))
                or _ROLE_OF.search(before)
            )
        ):
            # A place before a name: "the ambassador in Tallinn Anar Maharramov", "the Mayor
            # of Tbilisi Kakha Kaladze", "the Republic of Dagestan Zaur Askenderov".
            return _named(segment, base, _name_of(tokens, first + 1, last, group), floor)
        owner = _OWNER.search(before) if before.endswith(_OWNER_ENDS) else None
        if (
            owner
            and _kind(owner.group(1)) == _ORGW
            and (_fold_word(owner.group(1)) not in _TIME_WORDS)
        ):
            if (
                real >= 3
                and _fold_word(owner.group(1)) not in _NAMED_AFTER
                and _ROLE_BEFORE_BODY.search(segment.text, max(0, start - 120), start)
            ):
                # "director of the Union of Cinematographers Lala Aliyeva", "director of the
                # Institute of Oriental Studies Bahruz Umudov": someone's post in a body, the
                # body's name, then a given name and a surname (or up to a patronymic: "...
                # Rashad Tamraz oglu Orujov"). Without a post before it ("the Mausoleum of
                # Mustafa Kemal Atatürk") the run is the body's name.
                particle = next((i for i in range(first, last + 1) if tokens[i][3] == _PART), None)
                if particle is None:
                    begin = last - 1
                elif _fold_word(tokens[particle][0]) in _PATRONYMIC_END:
                    begin = max(first + 1, particle - 2)
                else:
                    begin = first + 1
                return _named(segment, base, _name_of(tokens, begin, last, group), floor)
            return None  # "the Code of Administrative Offences", "the Order of ..."
        if (
            real == 2
            and (
                before.endswith(("the ", "The "))
                or (before.endswith((" at ", " in ")) and not name.possessive)
            )
            and not _MEMORIAL_AFTER.match(text, stop)
        ):
            # "the Novruz Bayram", "at Palazzo Montecitorio": a bare two-word name right after
            # an article or a preposition of place names a thing or a place (but "the Ismoili
            # Somoni monument" names a person).
            return None
    return _named(segment, base, name, floor)


def _named(segment: _Segment, base: int, name: _Name, floor: int) -> _Mention:
    """The mention of a name found in a run at ``base``, with its role and nearby words."""
    text = segment.text
    start, stop = base + name.start, base + name.end
    single = name.single
    sentence = segment.sentence_of(start)
    before = text[start - 3 if start > 3 else 0 : start]
    if "," in before and before.rstrip().endswith(",") and _AFTER_SPEECH.match(text, stop):
        # "... the achievements of the Great Leader, Adil Aliyev was saying": the words before
        # the comma are what was said, not the speaker's role.
        floor = start
    np_start, role, previous = _role_before(segment, sentence, floor, start)
    if not role and not single:
        role = _role_after(text, stop)
    return _Mention(
        seg=segment.index,
        start=start,
        end=stop,
        np_start=np_start,
        surface=name.surface,
        tokens=name.words,
        folded=name.folded,
        single=single,
        title_word=name.title,
        role=role,
        possessive=name.possessive,
        previous=previous,
    )


_INTRO = re.compile(
    r"(?:On|Upon|At|Following) the (?:proposal|initiative|suggestion|invitation|recommendation|"
    r"request|instruction|nomination|instructions) of [^,.;:]{1,100}?, "
    r"|By (?:the )?(?:order|decree|orders|decrees|decision) of [^,.;:]{1,100}?, "
    r"|[A-Z][a-z]+ing\b[^,.;:]{1,100}?, "
)
"""An opening phrase that names someone else: "At the invitation of the Chair, ...", "Taking
the floor after the head of the delegation, Mrs X told ..."."""


def _role_before(
    segment: _Segment, sentence: int, floor: int, name_start: int
) -> tuple[int, str, tuple[str, ...]]:
    """The role phrase right before a name ("Chair of the Milli Majlis"), where it starts, and
    the eight words before it, lower case (for the cues). The role does not reach back past
    ``floor`` (the end of the previous name)."""
    start = name_start - 220  # the window: at most 220 characters, within the sentence
    if sentence > start:
        start = sentence
    if floor > start:
        start = floor
    text = segment.text
    if start == sentence:
        # "On the proposal of the Chairman, MP X was elected": the opening phrase is not X's
        # role, nor its preposition X's cue.
        intro = _INTRO.match(text, sentence, name_start)
        if intro is not None:
            start = intro.end()
    window = text[start:name_start]
    back, role, previous = _role_in(window)
    return name_start - back, role, previous


@lru_cache(maxsize=1 << 14)
def _role_in(window: str) -> tuple[int, str, tuple[str, ...]]:
    """:func:`_role_before` on the text before the name alone (cached: the same words lead
    up to names again and again, "Chair of the Milli Majlis"), with where the noun phrase
    starts counted back from the name."""
    words = _WORDS.findall(window)
    last = len(words) - 1
    chosen = last + 1
    has_role = False
    i = last
    while i >= 0:
        cls, _ = _role_class(words[i])
        if cls == _RW_COMMA:
            if not has_role or _comma_in_role(words, i, last):
                i -= 1
                continue
            break
        if cls == _RW_CLOSE:
            depth = 1
            i -= 1
            while i >= 0 and depth:
                depth += {")": 1, "(": -1}.get(words[i], 0)
                i -= 1
            continue
        if cls == _RW_BREAK:
            break
        if cls == _RW_ROLE:
            has_role = True
        chosen = i
        i -= 1
    if has_role:
        chosen = _role_head(words, chosen, last)
    else:
        # Nothing that reads as a role: the name's noun phrase starts at the name (or at an
        # article or honorific right before it).
        chosen = last + 1
        while chosen > 0 and _fold_word(words[chosen - 1]) in _NP_ARTICLES:
            chosen -= 1
    previous = tuple(w.lower() for w in words[max(0, chosen - 12) : chosen])
    if chosen > last:
        return 0, "", previous
    # Where the chosen word starts: walk back over the words after it.
    position = len(window)
    for k in range(last, chosen - 1, -1):
        position = window.rfind(words[k], 0, position)
    back = len(window) - position
    if not has_role:
        return back, "", previous
    return back, _clean_role(window[position:]), previous


def _role_head(words: list[str], chosen: int, last: int) -> int:
    """Where a role phrase really starts: at its first role word, with the modifiers right
    before it ("Azerbaijan’s Ambassador", "the Milli Majlis committee chairman"), not at the
    subject matter before it ("the state of affairs in our region Speaker"), and after a
    "with" that brings in the person's own role ("the MPs with Chair of the Milli Majlis")."""
    head = chosen
    while head <= last and _role_class(words[head])[0] != _RW_ROLE:
        head += 1
    if head > last:
        return chosen
    for k in range(head, last):
        if words[k] == "with":
            after = k + 2 if k + 2 <= last and words[k + 1] == "the" else k + 1
            if after <= last and _role_class(words[after])[0] == _RW_ROLE:
                head = after
    while head > chosen:
        word = words[head - 1]
        folded = _fold_word(word[:-2] if word.endswith(_POSSESSIVE) else word)
        if word[:1].isupper():
            if folded in _EVENT_WORDS or _kind(word) == _STOPW:
                break
        elif folded not in _ROLE_MODIFIERS:
            break
        head -= 1
    while head < last and _role_class(words[head])[0] in (_RW_CONNECTOR, _RW_COMMA):
        head += 1
    return head


_ROLE_MODIFIERS = _words(
    """
    first second former acting deputy vice extraordinary plenipotentiary permanent special
    honorary executive senior parliamentary committee and milli majlis co national
    """
)
_EVENT_WORDS = _words(
    """
    meeting meetings sitting session conference summit hearing visit talks ceremony event
    forum plenum trip tour
    """
)


def _comma_in_role(words: list[str], i: int, last: int) -> bool:
    """A comma between two roles of one person: "President, Commander-in-Chief", or inside
    the name of a body ("the Defence, Security and Counter-Corruption Committee")."""
    if i == 0 or i >= last:
        return False
    before = words[i - 1]
    before_class, before_capital = _role_class(before)
    if _role_class(words[i + 1])[0] != _RW_ROLE:
        return False
    return before_class == _RW_ROLE or (before_capital and _kind(before) in (_ORGW, _TITLE, _ACRO))


# -- took part or referred to ----------------------------------------------------------------


_REMEMBERED_OF = _words(
    "memory legacy heritage anniversary centenary birthday birth death portrait statue bust "
    "tomb grave mausoleum greetings regards"
)
"""What a noun phrase of the remembered starts with: "the memory of the founders of ..."."""
_TALKED_ABOUT = _words("about recalled recalling remembered mentioned commemorated quoted cited")
_NOT_IN_PHRASE = _words(
    "and or that which who whom whose was were is are be been has have had to with by for from "
    "at on as said says"
)
"""Words that end the noun phrase before an apposition, looking back from the comma."""
_CUE_WORDS = (
    _NEG_OF
    | _POS_OF
    | _GONE_OF
    | _READ_OUT
    | _PASSED_ON_OF
    | _WITH_WORDS
    | _FROM_NOUNS
    | _MEETING_WORDS
    | _BE
    | _STRONG_LAST
    | _WEAK_LAST
    | _NEG_LAST
)
"""Words before a name that carry a cue: never passed over as describing the person."""


_PERSON_NOUN = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ant|ent)")
"""The shape of a noun for someone: "teacher", "breeder", "agronomist", "historian"."""


def _person_noun_phrase(previous: list[str]) -> bool:
    """Drop a noun phrase for the person of up to four words after its article ("the village
    teacher"): the noun has a person's ending, the words before it are no cue."""
    if len(previous) < 3 or not _PERSON_NOUN.fullmatch(previous[-1]):
        return False
    for at in range(-2, -6, -1):
        if len(previous) < 1 - at:
            return False
        word = previous[at]
        if word in _ARTICLES or (word == "of" and at < -2):
            if at == -2:
                return False  # one noun after its article: left to _describing_noun
            del previous[at + 1 :]  # (or after "of": "the testimony of Khojali survivor X")
            return True
        if word in _CUE_WORDS or word in _PREPOSITIONS or not word.replace("-", "").isalpha():
            return False
    return False


def _describing_noun(words: Sequence[str], *, after_and: bool = False) -> bool:
    """Whether the last word is a noun of no cue that describes the person after it, behind
    an article or another description: "the pianist", "the Azerbaijani partisan" (and, with
    ``after_and``, behind "and": "the carpet-maker and artist")."""
    if len(words) < 2:
        return False
    word, before = words[-1], words[-2]
    return (
        (
            before in _ARTICLES
            or (after_and and before == "and")
            or _describes(before)
            or before in _PLACES  # "the memoirs of the Guba teacher X"
        )
        and word not in _PRE_SKIP
        and word not in _PREPOSITIONS
        and word not in _CUE_WORDS
        and word.replace("-", "").isalpha()
    )


def _cue_words(previous: list[str], *, speaker: bool = False) -> None:
    """Shorten the words before a noun phrase to those that carry its cue: without articles,
    and without the words that describe the person ("the grave of the outstanding
    ophthalmologist, academician ...", "the anniversary of the great poet, ..."); but in "the
    mother of the shahid, Leyla Aliyeva" they describe someone else, a relative named after the
    comma. ``speaker``: a speech verb follows the name, so a comma before it ends what was said."""
    apposition = False
    while previous and (previous[-1].rstrip(".") in _HONORIFICS or previous[-1] in _BARE_TITLES):
        previous.pop()  # "a message from Professor X", "on the initiative of deputy X"
    if previous and previous[-1] in _IN_PARTICULAR:
        if previous[-2:] in (["in", "particular"], ["above", "all"]):
            del previous[-2:]  # "recalled in particular Lieutenant X"
        elif previous[-1] != "all" and previous[-1] != "particular":
            previous.pop()  # "especially", "particularly"
    if len(previous) > 1 and previous[-1].endswith("-year-old"):
        previous.pop()  # an age: "killing 63-year-old X and her nine-year-old grandson Y"
    if _person_noun_phrase(previous):
        pass  # "the village teacher", "the veteran physics teacher", "the Soviet-era breeder"
    elif _describing_noun(previous):
        previous.pop()  # a noun that describes the person: "the pianist", "the partisan"
        if len(previous) > 1 and previous[-1] in _PLACES and previous[-2] in _ARTICLES:
            previous.pop()  # and where they are from: "the Guba teacher"
    elif (
        len(previous) > 2
        and previous[-1] in _KIN
        and previous[-2].endswith(_POSSESSIVE)
        and previous[-3] != "late"  # (the late MP's widow X: she is no late one)
    ):
        # someone's relative: "spoke of the poet's wife X", "the brother of the Committee
        # Chairwoman's husband X" (the words of the one whose relative they are go too)
        del previous[-2:]
        for _ in range(3):
            if not previous or not previous[-1].isalpha():
                break
            word = previous[-1]
            if word in _ARTICLES or word in _CUE_WORDS or word in _PREPOSITIONS:
                break
            previous.pop()
    while previous and previous[-1] in _PRE_SKIP:
        apposition = apposition or previous[-1] == ","
        previous.pop()
    if apposition:
        # "a memoir about his teacher, the mathematician X": the cue is before "his teacher"
        for at in (-2, -3):
            if (
                len(previous) >= -at
                and previous[at] in _POSSESSIVES
                # (not where it describes the noun before it: "a shahid from her village, X")
                and (len(previous) == -at or previous[at - 1] not in _PLACE_PREPOSITIONS)
                and all(
                    word not in _CUE_WORDS and word not in _PREPOSITIONS and word.isalpha()
                    for word in previous[at + 1 :]
                )
            ):
                del previous[at:]
                break
        else:
            if not speaker:  # (not "... an insult to the memory of the victims, MP X said")
                _to_what_is_talked_about(previous)
    if (
        len(previous) > 2
        and previous[-2] == "of"
        and _describes(previous[-3])
        and previous[-3] not in _KIN
        and not _describes(previous[-1])
    ):
        del previous[-2:]  # "the statue of the national poet of Romania ..."
    if previous and (
        _describes(previous[-1])
        # "the eighteenth-century poet and vizier X"
        or (len(previous) > 2 and previous[-2] == "and" and _describes(previous[-3]))
    ):
        walked = list(previous)
        while (
            walked
            and (
                _describes(walked[-1])
                or walked[-1] in _PRE_SKIP
                or walked[-1] == "and"
                or _describing_noun(walked, after_and=True)  # "the carpet-maker and artist"
                # a word after an article before the description: "the AzTV cameraman"
                or (
                    len(walked) < len(previous)
                    and walked[-2:-1] == ["the"]
                    and walked[-1].replace("’s", "").replace("'s", "").isalpha()  # "people's"
                )
            )
        ):
            walked.pop()
        if not (apposition and _kin_of(walked)):
            previous[:] = walked


def _to_what_is_talked_about(previous: list[str]) -> None:
    """Cut the words before an apposition back to the verb of talking that governs the noun
    phrase the names stand for: "spoke about [the founders of the Republic,] A and B", "recalled
    [the ADR's founders,] A and B", "the memory of [the founders of the Republic, in particular]
    A and B"."""
    for at in range(-2, -12, -1):
        if len(previous) < -at:
            return
        word = previous[at]
        if word in _TALKED_ABOUT or (
            word == "of"
            and len(previous) > 1 - at
            and previous[at - 1] in _REMEMBERED_OF
            # (not an opening phrase: "On behalf of the award-winners, X thanked")
            and previous[at - 2] in _ARTICLES
        ):
            if previous[at + 1] in _ARTICLES:
                del previous[at + 1 :]
            return
        if (
            not word.replace("’s", "").replace("'s", "").isalpha()
            or word.endswith("ed")  # a verb: "... deserved careful study, Mr X said"
            or word in _NOT_IN_PHRASE
        ):
            return


def _kin_of_someone(words: Sequence[str]) -> bool:
    """Whether words name a relative of someone else: "the sister of Y" (not "his cousin")."""
    return any(word in _KIN and words[i + 1 : i + 2] == ["of"] for i, word in enumerate(words))


def _kin_of(words: Sequence[str]) -> bool:
    """Whether words end in a relative's "of": "the daughter of"."""
    return len(words) > 1 and words[-1] == "of" and words[-2] in _KIN


_GAPPED = re.compile(r"\b(?:asked|spoke|talked|inquired|enquired|wrote) (?:about|on)\b")
"""A verb that a later name shares: "Mrs X asked about prices, Mr Y about small businesses"."""
_TOLD_OF_MEETING = re.compile(
    r"\b(?:(?:spoke|spoken|talked|told|speaking|talking) (?:of|about)|recalled|recalling|"
    r"remembered|mentioned) (?:his|her|their|the|its|an?|our) (?:[\w-]+ ){0,2}"
    r"(?:meetings?|talks|conversations?|encounters?) with(?: [\w’'-]+){0,3}\s*$"
)
"""An earlier meeting told of: "spoke of her meeting with X on the sidelines of ..."."""
_FIRST_BY = re.compile(r"\b(?:(is|are) )?([A-Za-z-]+) by [^.;:]{3,160}? and by $")
"""The verb of an earlier "by" that an "and by" goes on from."""


def _pre_cue(
    previous: list[str], pre_text: str, *, speaker: bool = False
) -> tuple[bool, bool, bool]:
    """(strong, weak, negative) from the words before a noun phrase, nearest last."""
    _cue_words(previous, speaker=speaker)
    if not previous:
        return False, False, False
    last = previous[-1]
    before = previous[-2] if len(previous) > 1 else ""
    if last == "by":
        verb = before
        if verb in ("over", "up", "instead", "out") and len(previous) > 2:
            verb = previous[-3]  # "handed over by", "read out by"
        if (
            "revious" in pre_text
            or "receding" in pre_text
            or "ast year" in pre_text
            or "arlier" in pre_text
        ) and _PREVIOUS_EVENT.search(pre_text):
            return False, False, True  # "the previous session was attended by a delegation"
        if (verb in _LEAD_BY or verb == "chaired") and _STANDING_GROUP.search(pre_text):
            return False, False, True  # "the role of the working group ... led by MP X"
        if verb.endswith(_CLOSE_QUOTES):
            return False, False, True  # a work and its author: "“The Road to Shusha” by X"
        if verb == "and" and "by" not in previous[:-1]:
            # "co-chaired by MP A on our side and by Senator B": the verb of the first "by"
            first = _FIRST_BY.search(pre_text)
            if first is not None:
                verb, be = first.group(2).lower(), first.group(1)
                if verb in _POS_BY and not be:
                    return True, False, False
                if verb in _NEG_BY or (be and (verb in _LEAD_BY or verb.endswith("chaired"))):
                    return False, False, True
        if verb in _LEAD_BY:
            if not _TABLED.isdisjoint(previous):
                return False, False, True  # "the motion tabled by a group of deputies led by X"
            # "the delegation led by", "was headed by" vs "the Army led by".
            passive = len(previous) > 2 and previous[-3] in _BE
            cut = max(pre_text.rfind(" led "), pre_text.rfind(" headed "))
            if passive or _DELEGATION.search(pre_text, 0, max(cut, 0)):
                # (not a visit to come, talked about: "discussed the upcoming visit of the
                # group led by X")
                discussed = _DISCUSSED_FUTURE.search(pre_text, 0, max(cut, 0)) is not None
                return not discussed, False, discussed
            return False, False, True
        if not _READ_OUT.isdisjoint(previous[-6:-2]) and (
            "addressed" in previous or "sent" in previous
        ):
            return False, False, True  # "a message addressed to the conference by X"
        if verb == "played" and not _PLAYED_NOUNS.isdisjoint(previous[-5:-2]):
            return False, False, True  # "the role played by X in founding the republic"
        if not _CLAIMED.isdisjoint(previous) and _CLAIMS_MADE.search(pre_text) is not None:
            return False, False, True  # "the allegations made (last month) by Senator X"
        if verb.endswith("chaired") and previous[-3:-2] in (["is"], ["are"]):
            return False, False, True  # "the commission, which is co-chaired by X": a post
        if (verb in _LEAD_BY or verb.endswith("chaired")) and _BODY_LED.search(pre_text):
            return False, False, True  # "the Friendship Association, chaired by X": a post
        if verb == "made" and _EFFORTS_MADE.search(pre_text) is not None:
            return False, False, True  # "the efforts made by President X": talked about
        if verb in _POS_BY:
            if _OTHER_EVENT.search(pre_text):
                return False, False, True  # "the results of the meeting chaired by X"
            return True, False, False
        # "the claims made earlier by ...": an earlier deed, whatever the verb; "signed in
        # Tashkent last November by X"
        return (
            False,
            False,
            (verb in _NEG_BY or verb in _EARLIER or _DONE_BEFORE_BY.search(pre_text) is not None),
        )
    if last == "of":
        noun = before[:-2] if before.endswith(_POSSESSIVE) else before
        if noun == "leadership" and _DELEGATION.search(pre_text):
            return True, False, False  # "a delegation under the leadership of ..."
        if noun in _NEG_OF or (noun in _READ_OUT and "read" in previous[-7:-2]):
            return False, False, True
        if noun in _TALKED_OF or "memorial" in previous[-4:-2] or "reminded" in previous[-5:-2]:
            return False, False, True  # "spoke of X", "the memorial rooms of the writer X"
        if noun in _PASSED_ON_OF and not _PASSED_ON.isdisjoint(previous[-12:-2]):
            return False, False, True  # "conveyed to the MPs the congratulations of ..."
        return False, noun in _POS_OF, False
    if last == "to":
        word = before
        if word in ("on", "out", "also") and len(previous) > 2:
            word = previous[-3]
        handed = not _HANDED.isdisjoint(previous[-8:-2])
        if handed and word in _GIFTS and _SENT_ON.isdisjoint(previous[-8:-2]):
            return False, True, False  # "handed a letter of gratitude to the reporter X"
        if (
            word in _NEG_TO
            or _GREETINGS_OF_TO.search(pre_text) is not None
            # "sent a letter of condolence on 9 October to the Chairman X"
            or ("sent" in previous[-9:-2] and not _READ_OUT.isdisjoint(previous[-8:-2]))
        ):
            return False, False, True
        if word == "," and _LISTED_TO.search(pre_text) is not None:
            return False, False, True  # "condolences to the family of the deceased, to his wife X"
        if word in _POS_TO:
            return True, False, False
        if handed:
            return False, True, False  # "presented the Council's prize to the correspondent X"
        return False, word == "according", False
    if last in ("with", "between"):
        if before == "together" and _DONE_BY.search(pre_text):
            return False, False, True  # "were laid by X together with Y": Y did it too
        if before == "together" and not _DIED_WORDS.isdisjoint(previous[-6:]):
            return False, False, True  # "who was killed together with his wife X"
        if last == "between" and before in _COMPARED:
            return False, False, True  # "the parallels between Nizami and X"
        if before in _TIES:
            return False, False, True  # "his friendship with the poet X"
        if before in _WITH_WORDS and _TOLD_OF_MEETING.search(pre_text) is not None:
            return False, False, True  # "spoke of her meeting with X in Strasbourg"
        # "met with ...", "talks between ...", "met with A, with B and with C".
        return any(word in _WITH_WORDS for word in previous[:-1]), False, False
    if last == "from":
        if "video" in previous[-6:-1]:
            return False, True, False  # "a video message from X": joining from afar
        if "written" in previous[-6:-1]:
            return False, False, True  # "written comments from Dr X were distributed"
        return False, False, any(w in _FROM_NOUNS for w in previous[-6:-1])
    if last == "under":
        if any(w in _MEETING_WORDS for w in previous[-7:-1]):
            return False, True, False
        return False, False, True
    if last in ("on", "upon"):
        if before in _ON_NEG or before in _ON_TOPIC:
            return False, False, True
        return before == "called", False, False
    if last == "after":
        return False, False, before == "named"
    if last in _NEG_LAST:
        return False, False, True
    if last in _STRONG_LAST:
        return True, False, False
    return False, last in _WEAK_LAST, False


def _past_kin_apposition(previous: list[str]) -> list[str]:
    """The words before "the mother of the hero, X" when X is named after the comma: X is the
    mother, and what happens to her is said before that ("met with"); so with "the son of the
    late MP, X" (X is the son, not the late MP)."""
    for i in range(len(previous) - 2, max(-1, len(previous) - 9), -1):
        if previous[i] in _KIN and previous[i + 1] == "of":
            words = previous[:i]
            while words and words[-1] in _PRE_SKIP:
                words.pop()
            return words
    return previous


def _kept_away(post: str, rest: str, skip: re.Match[str] | None) -> bool:
    """Whether the words after a name say they were not there: right after it or its
    appositions ("X could not attend"), or in a who-clause the appositions pass over ("X of
    Ankara University, who had been invited but could not travel to Baku, sent ...")."""
    if not (
        "not " in post
        or "unable" in post
        or "n't" in post
        or "absent" in post
        or "stayed " in post
        or "remained behind" in post
        or " ill" in post
        or "sick" in post
        or "hospital" in post
        or "abroad" in post
        or " away" in post
        or "absence" in post
    ):
        return False
    if _ABSENT.match(rest):
        return True
    clause = post.find(", who ", 0, skip.end()) if skip is not None else -1
    return clause >= 0 and _ABSENT.match(post, clause) is not None


def _cue(segment: _Segment, head: _Mention, name_end: int) -> tuple[bool, bool, bool, bool, bool]:
    """(strong, weak, negative, gone, dead) evidence from the words around one noun phrase;
    gone: the phrase names the dead or the absent ("the grave of", "a letter from"); dead: the
    person has died ("the late X", "X died") or was kept away ("X could not attend"), which no
    other cue outweighs: the story of their life is told, not an event they took part in."""
    text = segment.text
    np_start = head.np_start
    sentence = segment.sentence_of(np_start)
    previous = list(head.previous)
    if text.endswith(", ", 0, head.start):
        previous = _past_kin_apposition(previous)
    elif (
        len(previous) > 2
        and previous[-1] in ("shahids", "martyrs")
        and previous[-2] == "of"
        and previous[-3] in _KIN_OF_MANY
    ):
        del previous[-3:]  # "the guests were the mothers of shahids X and Y": X is a mother
    # "..., MP X stressed": what comes before the comma is what was said (looked at only
    # where a comma comes before the name)
    spoken = "," in previous[-5:] and _AFTER_SPEECH.match(text, name_end) is not None
    dead = (
        ("late" in previous[-4:] and bool(_THE_LATE.search(" ".join(previous[-5:]))))
        or previous[-1:] in _MARTYRS  # "the belongings of the shahids A and B"
        # "the victims, the engineer X and ..." (not "an insult to the victims, MP X said")
        or ("victims" in previous[-5:] and _THE_VICTIMS in " ".join(previous[-5:]) and not spoken)
    )
    pre_start = np_start - 200 if np_start - 200 > sentence else sentence
    if not dead and text.find("posthumous", pre_start, np_start) >= 0:
        # "the medal was awarded posthumously to the veteran teacher X"
        dead = _POSTHUMOUSLY_TO.search(text, pre_start, np_start) is not None
    if not dead and text.endswith((": ", ":"), 0, np_start):
        # "the appeal names some of the victims: A and B" (the colon ends the sentence)
        dead = _DEAD_LIST.search(text, max(0, np_start - 120), np_start) is not None
    if not dead and (text.find("mong", pre_start, np_start) >= 0 or "including" in previous):
        # "the servicemen who died defending the Motherland, among them X and Y" (not "among
        # those present were the families of the martyrs, including X")
        dead = (
            _DEAD_LIST.search(text, pre_start, np_start) is not None
            and _PRESENT_AMONG.search(text, sentence, np_start) is None
        )
    if (
        not dead
        and ("among" in previous or "including" in previous)
        and _TALKED_AMONG.search(text, sentence, np_start) is not None
    ):
        strong, weak, negative = False, False, True  # "spoke about the women ..., among them X"
    elif dead:  # "the late psychiatrist Professor ...": nothing before it counts
        strong, weak, negative = False, False, True
    else:
        strong, weak, negative = _pre_cue(
            previous,
            text[pre_start:np_start],
            speaker=spoken,
        )
        if (
            negative
            and previous[-1:] == ["by"]
            and text.startswith(_MPS, np_start)
            and previous[-2:-1] != ["tabled"]  # (a foreign parliament's motion)
        ):
            # "the proposal was supported by the MPs A, B and C": they spoke at the sitting
            negative, weak = False, True
    # "In the letter, Mrs X welcomed the draft": the letter's words, not a deed at the event;
    # the writer takes part only where the letter is the event (received, sent)
    written = _WRITTEN_OPENING.match(text, sentence) is not None
    if strong and written:
        strong, weak = False, True
    # _pre_cue has popped the articles and descriptions it passed over: "the grave of [the
    # outstanding surgeon]" ends in "grave of" here.
    gone = (
        len(previous) > 1
        and (
            (previous[-1] == "of" and previous[-2] in _GONE_OF)
            or (
                previous[-1] == "from"
                and not _SENT_FROM.isdisjoint(previous[-6:-1])
                and "video" not in previous[-6:-1]
                # "has received a letter from X": the letter is the event, X its author
                and _RECEIVED.isdisjoint(previous[-6:-1])
            )
        )
    )
    # "the school named after the shahid Lieutenant X visited ...": X names the school, and
    # the verb after it belongs to those who came
    named_after = "after" in previous and not _NAMING.isdisjoint(previous)
    if named_after:
        named = next(word for word in previous if word in _NAMING)
        named_after = "after" in previous[previous.index(named) :]
    if named_after:
        negative = gone = True
    # "on the proposal of the Chair, X was elected": a comma between the role and the name
    # leaves the name the subject of what follows, not the object of the preposition.
    after_preposition = named_after or (
        bool(previous)
        and previous[-1] in _PREPOSITIONS
        and previous[-1] not in ("in", "at")  # "his predecessor in the post X had said"
        and not text.endswith(", ", np_start, head.start)
    )

    post = text[name_end : name_end + 160]
    if segment.is_title:
        post = post.lower()
    skip = _AFTER_SKIP.match(post)
    rest = post[skip.end() :] if skip else post
    speaker = False
    if (
        negative
        and post.startswith((" about ", " on "))
        and text.endswith(", ", 0, np_start)
        and _GAPPED.search(text, sentence, np_start) is not None
    ):
        # "Mrs X asked about prices, Mr Y about small businesses": Y asked too
        weak, negative = True, False
    if written and _AFTER_PAST_PERFECT.match(rest):
        # "According to the letter, the delegation, led by X, had been impressed": an
        # earlier visit, told in someone's letter
        return False, False, True, gone, dead
    if strong and previous[-1:] == ["by"] and _HAD_DONE.match(rest):
        # "the draft, which a working group headed by X had prepared in 2022": the group's
        # earlier deed, not this event
        strong, negative = False, True
    # (The colon ends a sentence for sentence_of: the list is looked for before it.)
    if (
        (rest.startswith(_BE_WORDS) and _NOMINATED.match(rest) is not None)
        or (
            text.endswith((": ", ":", "- ", "– "), 0, np_start)
            and _CANDIDATES_LISTED.search(text, max(0, np_start - 320), np_start) is not None
        )
        or (len(previous) > 1 and previous[-1] == "as" and previous[-2] in _CHOSEN_AS)
        # "the committee proposed MP X to replace him"
        or (previous[-1:] in (["proposed"], ["nominated"]) and rest.startswith(" to replace "))
        # "the candidates, A, B and C, had passed the examinations"
        or (head.role in _CANDIDATE_ROLES and text.endswith(", ", 0, head.start))
    ):
        # Candidates take part in the sitting that considers them (GUIDE.md), even where the
        # text reports their nomination in someone's words: "X was nominated", "the
        # candidates ...: X, Y and Z", "nominated as deputy chairman ... X".
        return True, False, False, gone, dead
    present = (
        _WHO_TOOK_PART.match(post) is not None
        or (skip is not None and "who" in rest[:6] and _WHO_TOOK_PART.match("," + rest) is not None)
        # "noted that the members of the delegation, A, B and C, had arrived early"
        or (
            "delegation" in previous[-3:]
            and _DELEGATION_MEMBERS.search(text, pre_start, np_start) is not None
        )
        or (
            head.role.startswith("member")
            and head.role.endswith("delegation")
            and text.endswith(", ", 0, head.start)
        )
    )
    if present:
        strong = True  # "X, who participated in the meeting, told ..."
    # "Huseyn Javid (1882-1941)": years of birth and death after the name; "X, who visited
    # the Caucasus in 1858"
    died = (
        (post.startswith((" (", "(")) and _LIFESPAN.match(post) is not None)
        or (" who " in post and _LONG_AGO.match(post) is not None)
        or (
            (
                "died" in post
                or "killed" in post
                or "pass" in post
                or "fell " in post
                or "dies" in post
                or "became" in post
                or "martyred" in post
                or "buried" in post
                or "missing" in post
                or "the dead" in post
                or "posthumous" in post
                or " death" in post
                or "laid to rest" in post
                or "shahid" in post
                or "martyr" in post
            )
            and (
                _DIED.match(post) is not None
                # (not after a relative's apposition: "X, the sister of Y, who was killed")
                or (
                    _DIED.match(rest)
                    and (skip is None or not _kin_of_someone(post[: skip.end()].split()))
                )
            )
        )
    )
    if not died and "whose " in post[:12]:
        died = _WHOSE_GONE.match(post) is not None
    if died:
        # "X, a former MP, died on ...", "A and B, who died in 2024, were ..."
        negative = dead = True
    elif _kept_away(post, rest, skip) or (
        # "as Speaker X was on an official visit to Uzbekistan"
        (previous[-1:] in (["as"], ["since"]) or rest.startswith(" being "))
        and _ELSEWHERE.match(rest)
    ):
        strong, weak, negative, dead = False, False, True, True
    elif ", who " in post[:8] and _LEFT_POST.match(post):
        strong, weak, negative = False, False, True
    elif previous[-1:] == ["congratulated"] and _ACHIEVED.search(post, 0, 120):
        # "congratulated the wrestlers X and Y, who had won gold medals in Bucharest": a
        # victory elsewhere, congratulated from afar
        strong, weak, negative = False, False, True
    elif post.startswith(", ") and _SAID_ASIDE.match(post):
        strong, weak, negative = False, False, True  # "X, she said, had left memoirs": talked of
    elif rest.startswith(_POSSESSIVE) or _AFTER_NEG.match(rest):
        negative = True
    elif "invited" in previous and rest.lstrip(" ,").startswith(_TO_COME_WORDS):
        strong, weak, negative = False, False, True  # "invited X to visit Azerbaijan"
    elif after_preposition:
        pass  # the name is the object of a preposition: what follows is not its verb
    elif _AFTER_SPEECH.match(rest):
        # (not "Mr X, quoting the writer Y, said": the words are Mr X's)
        if not (negative and previous[-1:] in _CITING):
            weak = speaker = True
    elif (
        not present
        # (someone met or received, "who had recently taken up his post", is there all the
        # same; not "the working group headed by X had prepared the draft in 2022")
        and not (strong and post.startswith(","))
        and _AFTER_PAST_PERFECT.match(rest)
    ):
        return False, False, True, gone, dead
    elif _AFTER_STRONG.match(rest):
        strong = True
    elif _AFTER_WEAK.match(rest):
        # "mentioned the partisan X, who fought ...": a relative clause tells of someone
        # talked about, not of someone there
        weak = not (negative and rest.lstrip(" ,").startswith(("who ", "whose ")))
    else:
        verb = _NEXT_WORD.match(rest)
        # (a guess that the word after the name is its verb; not after a cue that makes the
        # name an object: "wished Mr X good health")
        if verb and verb.group(1) not in _NOT_VERBS and not negative:
            weak = True
    if (
        not speaker
        and not present  # "her grandfather X, a retired judge, who was sitting in the hall"
        # "the delegation had been welcomed at the airport by X": the visit's own start
        and not (strong and previous[-1:] == ["by"] and previous[-2:-1] in _ARRIVAL_BY)
        and (strong or weak or not negative)  # else no taking part to take back
        and (
            segment.recounted(np_start - 600 if np_start - 600 > sentence else sentence, np_start)
            or segment.said_after(name_end)
            or _PAST_OPENING.match(text, sentence) is not None
        )
        and not _PRESENT_LATER.match(text, name_end)
    ):
        # Reported speech or an earlier event recounted: talked about, not acting.
        return False, False, True, gone, dead
    if (
        (strong or weak)
        and text.find("the then ", pre_start, np_start) >= 0
        and _THE_THEN.search(text, pre_start, np_start) is not None
    ):
        strong, weak, negative = False, False, True  # "chaired by the then Speaker X"
    if strong and written:
        strong, weak = False, True  # (the same for a deed after the name: "X welcomed")
    if (strong or weak) and _quoted(text, np_start):
        # Named inside someone's words ("... together with our Ambassador X," she said):
        # talked about, unless the text says elsewhere that they were there.
        return False, False, True, gone, dead
    return strong, weak, negative, gone, dead


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened before it in the paragraph."""
    if "“" in text:
        return text.count("“", 0, offset) > text.count("”", 0, offset)
    return '"' in text and text.count('"', 0, offset) % 2 == 1


_GAP = re.compile(
    r"\s*(?:\([^()]{0,160}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*|"
    rf"(?:\s+and|,|;)\s+(?:(?:and\s+)?to\s+)?(?:his|her|their)\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(_KIN))})(?:,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{1,3}}|\s+)|"
    r"\s+and\s+also\s+|\s+or\s+)(?:also\s+)?(?:(?:with|to|by|of|for|from)\s+)?"
    r"(?:the\s+|both\s+)?\s*"
)


_DESCRIBED_GAP = re.compile(
    r"\s+and\s+(?:(?:of|to|with|by|for)\s+)?(?:the|a|an)\s+((?:[a-z-]+\s+){1,3})"
)


def _described_gap(text: str, start: int, end: int) -> bool:
    """Whether the words between two names continue a list with a description of the next:
    "A and the poet B", "A and the Azerbaijani poet B"."""
    gap = _DESCRIBED_GAP.fullmatch(text, start, end)
    if gap is None:
        return False
    words = gap.group(1).split()
    return (_describes(words[-1]) or _PERSON_NOUN.fullmatch(words[-1]) is not None) and all(
        _describes(word) or (word.isalpha() and word not in _CUE_WORDS) for word in words
    )


def _relative_after(text: str, head: _Mention, last: _Mention, mention: _Mention) -> bool:
    """Whether ``mention`` names a relative of the one before it rather than continuing a list:
    "the daughter of the composer Uzeyir Hajibeyli, Leyla Hajibeyli"."""
    gap = text[last.end : mention.np_start]
    if head is not last or "," not in gap:
        return False
    if not _KIN.isdisjoint(gap.lower().split()):
        return False  # "the widow of the deceased A, his son B": a list of relatives
    words = list(head.previous)
    _cue_words(words)
    return _kin_of(words)


_OPENING_CLAUSE = re.compile(r"(?:[A-Z][a-z]+ing|Like|Unlike)\b[^,;]*")


def _ends_opening_clause(
    segment: _Segment, head: _Mention, last: _Mention, mention: _Mention
) -> bool:
    """Whether the comma before ``mention`` closes a clause that opens the sentence ("Quoting
    the poet X, MP Y said"): Y is the subject that follows, not the next name of a list."""
    text = segment.text
    if not mention.role or "," not in text[last.end : mention.np_start]:
        return False  # (without a role of its own, the name continues a list)
    start = segment.sentence_of(head.np_start)
    opening = _OPENING_CLAUSE.match(text, start, head.np_start)
    return opening is not None and opening.end() == head.np_start


def _apply_cues(segments: list[_Segment], mentions: list[_Mention]) -> None:
    """Set each mention's evidence; a list of names shares its head's and tail's cues."""
    groups: list[list[_Mention]] = []
    for mention in mentions:
        if groups:
            last = groups[-1][-1]
            if (
                last.seg == mention.seg
                and last.end <= mention.np_start
                and (
                    _GAP.fullmatch(segments[mention.seg].text, last.end, mention.np_start)
                    or _described_gap(segments[mention.seg].text, last.end, mention.np_start)
                )
                and not _ends_opening_clause(segments[mention.seg], groups[-1][0], last, mention)
                and not _relative_after(segments[mention.seg].text, groups[-1][0], last, mention)
            ):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    for group in groups:
        head, tail = group[0], group[-1]
        # "the late MP A and MP B spoke": the dead are the head and those named without a
        # role of their own after it.
        untitled = [k == 0 or not m.role for k, m in enumerate(group)]
        for before, mention in pairwise(group):
            if not mention.role and not mention.single:
                mention.role = before.role  # "the MPs A, B and C": B and C are MPs too
        strong, weak, negative, gone, dead = _cue(segments[head.seg], head, tail.end)
        for k, mention in enumerate(group):
            mention.strong = strong
            mention.weak = weak
            mention.negative = negative or (mention is not tail and mention.possessive)
            mention.gone = gone
            mention.dead = dead and untitled[k]


# -- grouping mentions into people -----------------------------------------------------------


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_PATRONYMIC_ENDING = re.compile(r"(?:ovich|evich|ovna|evna|ichna|yevich|yevna)$")


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person in one release (a middle name dropped, or a typo); ``b``
    is the later one."""
    if a == b:
        return True
    if len(b) < len(a) and a[: len(b)] == b and a[len(b)] in _ARABIC_PARTICLES:
        return True  # a later "Ahmad Faizal" for "Ahmad Faizal bin Ismail"
    if len(b) == 2 == len(a) - 1 and a[:2] == b and _PATRONYMIC_ENDING.search(b[1]):
        return True  # a later "Sergei Vladimirovich" for "Sergei Vladimirovich Kolesnikov"
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    father = next((i for i, word in enumerate(long_) if word in _PATRONYMIC_END), 0)
    if father > 1 and short[0] == long_[father - 1]:
        return False  # "Vagif Mammadov", the father of "Tural Vagif oglu Mammadov"
    if a[-1] == b[-1]:
        it = iter(long_)
        if all(word in it for word in short):
            return True
        if len(a) == len(b) and all(map(_same_or_initial, a[:-1], b[:-1])):
            return True  # "V. N. Zaitsev" for "Vladimir Nikolayevich Zaitsev"
        if len(a) == len(b) and len(a[0]) >= 4 and len(b[0]) >= 4:
            # (a typo inside the given name or a dropped final "a", "Sahib Gafarova"; not
            # another name that ends differently: "Ramiz" and "Ramil", "Ziya" and "Ziyad")
            return (
                a[1:-1] == b[1:-1]
                and (a[0][-1] == b[0][-1] or a[0] + "a" == b[0] or b[0] + "a" == a[0])
                and _edit_distance_at_most_one(a[0], b[0])
            )
    if (
        a[0] == b[0]
        and len(a) == len(b)
        and a[1:-1] == b[1:-1]
        and len(a[-1]) >= 5
        and not a[0].endswith(".")  # "A. Mammadov" and "A. Mammadova" may be two people
    ):
        return _edit_distance_at_most_one(a[-1], b[-1])
    return False


def _same_or_initial(a: str, b: str) -> bool:
    """Whether two folded words of a name agree, one perhaps the other's initial ("v.")."""
    if a == b:
        return True
    if len(a) == 2 and a[1] == ".":
        return b.startswith(a[0])
    return len(b) == 2 and b[1] == "." and a.startswith(b[0])


def _is_female(given_name: str) -> bool:
    return bool(_FEMALE_SURNAME.search(given_name))


_MEMBER_ROLE = re.compile(r"\b(?:mp|mps|deputy|deputies)\b")


@lru_cache(maxsize=1 << 12)
def _reference_role(role: str) -> bool:
    """Whether a role marks a head of state, a national leader or a historical figure."""
    folded = _fold_word(role)
    if not folded:
        return False
    if _HISTORICAL.search(folded):
        return True
    if _PRESIDENTS_OFFICE.search(folded):
        return False  # "Special representative of the President in the Lachin district"
    if _MEMBER_ROLE.search(folded) and "late" not in folded:
        return False  # "Writer and MP": a member of a parliament now
    if not _KIN.isdisjoint(folded.split()):
        return False  # "the younger brother of the shahid"
    if any(_kind(word) == _ACRO for word in _ACRONYM.findall(role)):
        return False  # "OSCE PA President", "the AKF first vice president": an organisation's
    return bool(_HEAD_OF_STATE.search(folded)) and not _ORG_IN_ROLE.search(
        folded.replace("head of state", "")
    )


@lru_cache(maxsize=1 << 12)
def _departed_role(role: str) -> bool:
    """Whether a role names someone of the past whatever the text says they did ("national
    leader", "the late"): "the speech made by national leader X" was made long ago."""
    return bool(role) and _DEPARTED.search(_fold_word(role)) is not None


def _pick_for_single(mention: _Mention, people: list[_Person]) -> _Person | None:
    """The person a bare surname (or a given name after "Sir") refers to, if any."""
    word = mention.folded[-1]
    bare = word.replace("-", "")
    candidates = [p for p in people if p.longest[-1].replace("-", "") == bare]
    if not candidates:
        candidates = [p for p in people if word in p.longest[-1].split("-")]
    if not candidates:
        candidates = [p for p in people if p.longest[0] == word]
    if not candidates:  # the first of two surnames: "Mr Muñoz" for "José Ángel Muñoz Ríos"
        candidates = [p for p in people if len(p.longest) > 2 and p.longest[-2] == word]
    if not candidates and len(word) >= 5 and len(people) <= 200:
        candidates = [p for p in people if _edit_distance_at_most_one(p.longest[-1], word)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # A back-reference names someone already introduced: "Gulbala Rzayev ... Mr Rzayev
    # took part in drafting ... to his son Ilgar Rzayev" is not the son.
    at = (mention.seg, mention.start)
    candidates = [p for p in candidates if p.first < at] or candidates
    title = mention.title_word.rstrip(".")
    if title in ("mr", "sir", "lord"):
        candidates = [p for p in candidates if not _is_female(p.longest[0])] or candidates
    elif title in ("mrs", "ms", "miss", "madame", "madam", "dame"):
        candidates = [p for p in candidates if _is_female(p.longest[0])] or candidates
    if title and title not in _HONORIFICS:
        titled = [p for p in candidates if any(title in _fold_word(m.role) for m in p.mentions)]
        candidates = titled or candidates
    else:
        candidates = [p for p in candidates if not p.is_reference()] or candidates
    return max(candidates, key=lambda p: (len(p.mentions), -p.first[0], -p.first[1]))


def _best_role(person: _Person) -> str:
    roles = [m.role for m in person.mentions if m.role]
    if not roles:
        return ""
    return max(roles, key=lambda r: (" of " in r or " for " in r, len(r)))


def _canonical(person: _Person) -> str:
    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    for i, mention in enumerate(person.full):
        name = " ".join(mention.tokens)
        counts[name] = counts.get(name, 0) + 1
        order.setdefault(name, i)
    return max(counts, key=lambda n: (len(n.split()), counts[n], -order[n]))


# -- the extractor ---------------------------------------------------------------------------


_BY_PLACE = attrgetter("seg", "start")
_FIRST = itemgetter(0)


def _cut_short(segments: Sequence[_Segment], last: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the last name is cut off with the text, where an archived release ends in the
    middle of a word: "... Otabek Rakhi" after "Otabek Rakhimjonov" (the same person)."""
    if last.single or len(segments[last.seg].text.rstrip()) != last.end:
        return False
    head, tail = last.folded[:-1], last.folded[-1]
    return any(
        other.folded[:-1] == head and other.folded[-1] != tail and other.folded[-1].startswith(tail)
        for other in mentions
    )


_PRESS_SERVICE = r"press (?:service|(?:and public relations )?department)"
_PRESS_STATEMENT_TITLE = re.compile(
    rf"(?i)\b(?:statements?|responds?|comments?|replies|reply)\b.*\b{_PRESS_SERVICE}\b"
    rf"|\b{_PRESS_SERVICE}\b.*\b(?:statements?|responds?|comments?|replies|reply)\b"
)
_PRESS_STATEMENT_OPENING = re.compile(
    rf"(?i)(?:the )?{_PRESS_SERVICE} of the milli majlis (?:has )?"
    r"(?:issued|made|released|published|commented|responded|replied)\b"
)
"""A statement of the press service itself: it answers what others said or did elsewhere,
and no one named in it takes part in anything the release reports."""


def _press_statement(title: str, paragraphs: Sequence[str]) -> bool:
    if _PRESS_STATEMENT_TITLE.search(title) is not None:
        return True
    return bool(paragraphs) and _PRESS_STATEMENT_OPENING.match(paragraphs[0]) is not None


def extract_people(title: str, paragraphs: Sequence[str]) -> list[PersonMention]:
    """The people a release names, by first appearance, with role and participation."""
    people = _extract(title, paragraphs)
    if people and _press_statement(title, paragraphs):
        return [person._replace(took_part=False) for person in people]
    return people


def _extract(title: str, paragraphs: Sequence[str]) -> list[PersonMention]:
    segments = [_Segment(0, title, True)]
    segments.extend(_Segment(i, text, False) for i, text in enumerate(paragraphs, start=1))
    if len(segments) > 1 and segments[1].text == title:
        segments[1] = _Segment(1, "", False)  # the title repeated as the first paragraph
    mentions: list[_Mention] = []
    places: set[tuple[str, ...]] = set()
    for segment in segments:
        mentions.extend(_mentions_in(segment, places))
    if not mentions:
        return []
    if _cut_short(segments, mentions[-1], mentions):
        mentions.pop()

    # A title name counts when the body confirms it or a role anchors it.
    body_surnames = {m.folded[-1] for m in mentions if m.seg > 0}
    mentions = [
        m
        for m in mentions
        if m.seg > 0 or m.folded[-1] in body_surnames or (m.role and not m.single)
    ]
    _apply_cues(segments, mentions)

    # Full names first, then bare surnames resolved to them.
    people: list[_Person] = []
    by_name: dict[tuple[str, ...], _Person] = {}
    by_word: dict[str, list[_Person]] = {}
    lone: list[_Mention] = []
    for mention in mentions:
        if mention.single:
            continue
        folded = mention.folded
        if len(folded) == 1:
            lone.append(mention)  # a given name alone: "Firangiz khanim", "her son Ramin"
            continue
        person = by_name.get(folded)
        if person is None:
            # Two full names of one person share their first or last word: compare only those.
            nearby = [*by_word.get(folded[0], ()), *by_word.get(folded[-1], ())]
            for other in nearby:
                if any(_same_full_name(name, folded) for name in other.names):
                    person = other
                    break
            else:
                person = _Person(first=(mention.seg, mention.start))
                people.append(person)
            person.names.append(folded)
            person.names.sort(key=len, reverse=True)
            by_name[folded] = person
            for word in {folded[0], folded[-1]}:
                by_word.setdefault(word, []).append(person)
        person.full.append(mention)
        person.mentions.append(mention)
    for mention in lone:
        # the given name or surname of a full name in the release, or a person of one name
        # ("Firangiz khanim" for Firangiz Baghirzade, "the poetess Natavan" for Khurshidbanu
        # Natavan; of two people with that name it cannot tell which)
        known = by_word.get(mention.folded[0])
        # (a relative named by a given name is someone new: "his own grandson Namig")
        if known and (mention.title_word or _addressed(mention)):
            if len(known) == 1:
                known[0].mentions.append(mention)
            continue
        person = by_name.get(mention.folded)
        if person is None:
            person = by_name[mention.folded] = _Person(first=(mention.seg, mention.start))
            person.names.append(mention.folded)
            people.append(person)
        person.full.append(mention)
        person.mentions.append(mention)
    surname_only: dict[str, _Person] = {}
    for mention in mentions:
        if not mention.single:
            continue
        target = _pick_for_single(mention, people)
        if target is None:
            target = surname_only.setdefault(mention.folded[-1], _Person())
        target.mentions.append(mention)

    result: list[tuple[tuple[int, int], PersonMention]] = []
    for person in [*people, *surname_only.values()]:
        person.mentions.sort(key=_BY_PLACE)
        name = _canonical(person) if person.full else person.mentions[0].tokens[-1]
        strong = weak = negative = gone = dead = False
        surfaces: list[str] = []
        for mention in person.mentions:
            strong = strong or mention.strong
            weak = weak or mention.weak
            negative = negative or mention.negative
            gone = gone or mention.gone
            dead = dead or mention.dead or _departed_role(mention.role)
            surface = mention.surface if mention.single else " ".join(mention.tokens)
            if surface not in surfaces:
                surfaces.append(surface)
        if person.full and len(person.names[0]) == 1 and person.full[0].title_word:
            dead = True  # "the poet Abai", "the great ruler Temur": known by one name
        took_part = not dead and (
            strong or (not gone and not person.is_reference() and (weak or not negative))
        )
        first = person.mentions[0]
        result.append(
            (
                (first.seg, first.start),
                PersonMention(
                    name=name,
                    role=_best_role(person),
                    took_part=took_part,
                    mentions=tuple(surfaces),
                ),
            )
        )
    result.sort(key=_FIRST)
    return [person for _, person in result]
