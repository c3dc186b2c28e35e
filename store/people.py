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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

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


_HONORIFICS = _words("mr mrs ms miss madame madam mme mlle dr sir dame lord prof professor mx")

_TITLES = _words(
    """
    president presidents vice vice-president vice-presidents speaker speakers vice-speaker
    deputy deputies deputy-speaker chair chairs chairman chairmen chairwoman chairperson
    co-chairman co-chairmen co-chair co-chairs co-chairperson minister ministers prime premier
    pm mp mps member members head heads leader leaders commander-in-chief commander ombudsman
    commissioner rector prorector vice-rector director directors director-general secretary
    secretary-general general chief governor mayor king queen emir prince princess crown sheikh
    sultan emperor monarch senator senators judge prosecutor prosecutor-general attorney
    delegate delegates representative representatives envoy envoys consul consul-general
    ambassador ambassadors attache chargé counsellor counselor spokesman spokeswoman spokesperson
    adviser advisor aide assistant officer executive acting first second third former
    extraordinary plenipotentiary honorary honoured honored permanent special candidate
    candidates auditor auditors rapporteur coordinator patriarch pope mufti archbishop bishop
    metropolitan rabbi imam hero heroes founder architect marshal colonel major lieutenant
    captain admiral academician dean chancellor provost excellency majesty highness hon
    honourable honorable lady people's mps' chairpersons ombudsperson observer observers
    vice-chair vice-chairman vice-chairs superintendent inspector manager president-elect
    """
)

# Titles that can stand right before a bare surname: "Mr Tokayev", "Speaker Gafarova".
_SURNAME_TITLES = _HONORIFICS | _words(
    """
    mr. mrs. ms. dr. prof. mp speaker president chair chairman chairwoman ambassador minister
    senator sheikh governor mayor judge king queen prince emir sultan pm premier rector
    commissioner ombudsman colonel general marshal admiral captain chancellor
    """
)

_PLACES = _words(
    """
    afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia
    austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso burundi cabo verde
    cambodia cameroon canada chad chile china colombia comoros congo costa rica croatia cuba
    cyprus czechia czech denmark djibouti dominica dominican ecuador egypt salvador eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo
    kuwait kyrgyzstan kyrgyz laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta marshall mauritania mauritius
    mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
    nauru nepal netherlands zealand nicaragua niger nigeria macedonia norway oman pakistan palau
    palestine panama papua paraguay peru philippines poland portugal qatar romania russia
    rwanda samoa marino sao tome principe saudi arabia senegal serbia seychelles sierra leone
    singapore slovakia slovenia solomon somalia sudan spain sri lanka suriname sweden
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
    dhabi lumpur ababa kong paulo janeiro aviv vegas domingo bator penh salaam angeles aires
    petersburg
    """
)

_ORG = _words(
    """
    milli majlis mejlis meclis meclisi parliament parliaments parliamentary assembly assemblies
    national nationwide grand great supreme state states republic republics kingdom principality
    federation federal union united commonwealth emirate democratic islamic socialist autonomous
    committee committees commission commissions council councils board boards chamber chambers
    house houses senate duma rada sejm seimas saeima riigikogu knesset bundestag bundesrat
    storting stortinget riksdag folketing eduskunta althing sabor skupstina skupština sobranie
    sobranje cortes shura khural kurultai kenesh jogorku mazhilis oliy sabha lok rajya dewan
    rakyat oireachtas dáil seanad nationalrat verkhovna maslahaty halk umma ummah nuwab watani
    congress diet legislature legislatures legislative government governments cabinet ministry
    ministries office offices staff department departments directorate agency agencies service
    services administration authority authorities inspectorate bureau secretariat presidium
    presidency court courts tribunal bank banks fund funds foundation foundations centre
    centres center centers institute institutes institution institutions university
    universities academy academies school schools college lyceum gymnasium library libraries
    museum museums theatre theater gallery park parks square street avenue boulevard road
    highway motorway bridge airport port station stadium arena hall palace mosque church
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
    tournament festival exhibition expo fair day days week year decade anniversary centenary
    jubilee war wars battle battles genocide massacre tragedy operation conflict victory
    liberation revolution independence salvation solidarity occupation corridor route pipeline
    region regions regional province provinces district districts village villages town city
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
    quality safety protocol protocols affairs youth's olympiad olympiads bayram novruz nowruz
    navruz ramadan ramazan eid gurban christmas easter allah almighty god prophet motherland
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
    heritage legacy memory commemoration remembrance mourning grief tribute honour honor glory
    pride dignity freedom liberty democracy rule order-of medicine hospital's emergency's
    ombudsman's sciences' cabinet's government's ministry's state's
    """
)

_STOP = _words(
    """
    the a an and or but nor of in on at to for with by from as that this these those then than
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
    closed mark marks marked attend attends attended address addresses addressed sign signs
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
    urged discussed success successes results result progress outcome outcomes issues issue
    matters matter questions question problems problem topics topic agenda members' several
    one two three four five six seven eight nine ten eleven twelve dear esteemed distinguished
    respected ladies gentlemen colleagues friends yes okay thank-you please
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Particles inside names ("Salim bin Muhammad al-Malik", "Rashid Talbi El Alami").
_PARTICLES = _words(
    "bin ibn bint binti ben abu van von der den de del della di da dos das du le la ter ten zu y "
    "el al oglu ogly qizi gizi kyzy uly"
)
_PATRONYMIC_END = _words("oglu ogly qizi gizi kyzy uly")

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


@lru_cache(maxsize=1 << 16)
def _kind(raw: str) -> int:
    """What a capitalised token is: part of a name, a title, an organisation word..."""
    word = _fold_word(raw)
    if word in _HONORIFICS or word.rstrip(".") in _HONORIFICS:
        return _HON
    if word in _TITLES:
        return _TITLE
    letters = raw.replace("-", "")
    if len(letters) >= 2 and letters.isupper():
        return _PLACE if word in _PLACES else _ACRO
    if word in _PLACES:
        return _PLACE
    if word in _ORG:
        return _ORGW
    if word in _STOP:
        return _STOPW
    if word in _PARTICLES:
        return _PART
    if "-" in word:
        head = word.split("-", 1)[0]
        if head in _PLACES:
            return _PLACE
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
_WORD = rf"{_UP}{_L}*(?:{_AP}{_L}+)*(?:[-‐‑]{_L}+(?:{_AP}{_L}+)*)*"
_LOWTOK = rf"(?:al|el|ad|ash|as|at|az|ar|an|ul|ud|ibn|bin|abu|abd)-{_UP}{_L}*"
_ABBR = r"(?:Mr|Mrs|Ms|Dr|Prof)\."
_TOKEN = rf"(?:{_ABBR}|{_WORD}|{_LOWTOK})"
_LPART = (
    r"(?:bin|ibn|bint|binti|ben|abu|van|von|der|den|de|del|della|di|da|dos|das|du|le|la|ter|"
    r"ten|zu|y|oglu|ogly|oğlu|qizi|gizi|kyzy|uly)"
)
_SP = r"[ \u00a0]+"
_RUN = re.compile(
    rf"(?<![\w’'`ʼ-]){_TOKEN}(?:{_SP}(?:{_LPART}{_SP})*{_TOKEN})*"
    rf"(?:{_SP}(?:oglu|ogly|oğlu|qizi|gizi|kyzy|uly)\b)?"
)
_OWNER = re.compile(r"\b([A-Z][\w’'-]*) (?:of|on|for) (?:the )?$")
_TIME_WORDS = _words("centenary anniversary jubilee birthday")
_SPACE_SPLIT = re.compile(r"[^ \u00a0]+")
_POSSESSIVE = ("’s", "'s", "`s", "ʼs")

# Sentence ends: ., ! or ? followed by a space, not after Mr/Mrs/Ms/Dr/St or an initial.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\b[A-Z])[.!?…]+[\"”’)]*\s+"
    r"|[;:]\s+"
)
# Quoted titles of laws, events and conferences hold no people.
_QUOTED = re.compile(r"‘[^‘’]{0,160}’(?![a-z])|“[^“”]{0,160}”")

# -- cues: the words right before a name's noun phrase ---------------------------------------

_DELEGATION = re.compile(
    r"\b(?:delegation|delegations|delegacy|deputation|group|party|team|visit|trip|tour|"
    r"meeting|sitting|session|plenum|hearing|conference|mission|talks|panel|commission|body)"
    r"\b[^.;]{0,70}$"
)
_BY = re.compile(r"\b([a-z-]+)(?: over| up)? by(?: the| our| its)?\s*$")
_POS_BY = _words(
    """
    chaired presided attended hosted opened accompanied moderated joined received greeted
    welcomed introduced presented delivered given made read visited addressed represented
    participated
    """
)
_LEAD_BY = _words("led headed")
_NEG_BY = _words(
    """
    led headed helmed guided nurtured founded established laid wrought instructed
    initiated graced signed proposed declared approved ordered continued pursued motioned
    defined supported inspired set created built shaped commissioned authored issued
    decreed pioneered started launched envisaged suggested named killed murdered wounded
    injured attacked assassinated
    """
)
_OF = re.compile(r"\b([a-z-]+)(?:’s|'s)? of(?: the| our| its| his| her| their| late)?\s*$")
_NEG_OF = _words(
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
    reign era times years administration victims family initiation will
    """
)
_POS_OF = _words("chairmanship presence participation attendance")
_TO = re.compile(r"\b([a-z-]+)(?: on| out| also)? to(?: the| our)?\s*$")
_NEG_TO = _words(
    """
    greetings regards addressed dedicated devoted tribute condolences respect respects
    homage letter message appeal passed conveyed sent extended forwarded gratitude thanks
    monument monuments memorial dedicated loyalty allegiance
    """
)
_POS_TO = _words("talked spoke speaking talks talk introduced presented")
_WITH = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|talk|talked|conversation|negotiations|discussions|"
    r"encounter|call|phone|tête-à-tête|tete-a-tete|together|joined|met up|exchange|exchanged|"
    r"interview|audience)(?: also| then| on \d+ \w+)?(?: separately| privately| jointly)?"
    r" with(?: the| both)?\s*$"
)
_STRONG_VERB_BEFORE = re.compile(
    r"\b(?:met|meets|received|receives|receiving|hosted|hosts|welcomed|greeted|visited|"
    r"called on|rang|ranged|phoned|called|accompanied|joined|Meets|Met|Receives|Received|"
    r"Calls|Hosts|Welcomes|Visits|Talks to|Talks with)"
    r"(?: (?:also|then|on \d+ \w+))?(?: the| both| our)?(?: visiting)?\s*$"
)
_WEAK_VERB_BEFORE = re.compile(
    r"\b(?:congratulated|introduced|thanked|awarded|presented|invited|honoured|honored|"
    r"told|informed|briefed|asked|urged|replaced|succeeded|nominated|elected|appointed|"
    r"included|including|includes|among them|amongst them|amongst others|among others|"
    r"namely)(?: also| then)?(?:,)?(?: the| both| our)?\s*$"
)
_PREP_END = re.compile(
    r"\b(?:of|by|to|for|from|under|on|upon|at|in|about|before|after|against|between|"
    r"amongst|among|towards|over|than|like|into|with)\s*(?:the\s+|our\s+|its\s+|his\s+|"
    r"her\s+|their\s+)?$"
)
_NEG_BEFORE = re.compile(
    r"(?:\b(?:thanks to|due to|owing to|named after|in honour of|in honor of|in memory of|"
    r"the late|late|attack on|attack upon|attacks on|assault on|assault upon|attempt on|"
    r"against|before|bowed in awe before|unlike|than|like|the son of|the daughter of|"
    r"amongst the state leaders|between the state leaders|under)"
    r"(?: the| our| its| his| her| their| esteemed| victorious| triumphant| great| wise)*\s*$)"
)
_FROM = re.compile(
    r"\b(?:letter|letters|message|messages|greetings|regards|congratulations|invitation|"
    r"appeal|telegram|call|note)\b[^.;,]{0,20}\bfrom(?: the)?\s*$"
)
_UNDER = re.compile(r"\b(meeting|sitting|session|plenum|hearing|held|conducted|met)\b[^.;]{0,30}"
                    r"\bunder(?: the)?\s*$")
_LIST_HEAD = re.compile(
    r"\b(?:including|includes|included|namely|amongst them|among them|such as|consisted of|"
    r"consists of|consisting of|comprised|comprises|speakers were|speaker was|were|are)"
    r"(?:,)?(?: amongst others,| among others,)?(?: the| both)?\s*$"
)
# A clause reporting speech: a name after "said that" is talked about, not acting.
_REPORTED = re.compile(
    r"\b(?:said|says|saying|say|added|adding|noted|noting|stressed|stressing|told|telling|"
    r"mentioned|mentioning|remarked|pointed out|recalled|recalling|emphasised|emphasized|"
    r"underlined|underscored|believed|believes|hoped|explained|announced|reminded|informed|"
    r"stated|observed|confirmed|indicated|highlighted|known|opined|insisted|agreed|"
    r"reported|suggested|assured|declared|wrote|thought|think|believe)\b[^.;:]{0,60}?"
    r"\b(?:that|how)\b"
)
_PAST_PERFECT = re.compile(r"(?<!\bhas )(?<!\bhave )\bhad\b(?! (?:a|an|the|its|their)\b)")

# -- cues: the words right after a name ------------------------------------------------------

_AFTER_SKIP = re.compile(
    r"^(?:\s*\([^()]{0,120}\))?"
    r"(?:\s+of(?: the)? (?:[A-Z][\w’'-]*(?: of| and| the|\s)*)+)?"
    r"(?:\s*,\s*(?:who|the|a|an|our|his|her|its|currently|then|now|in turn|too|also|"
    r"however|meanwhile|therefore|for (?:his|her) part)\b[^,;.]{0,120},)?"
    r"(?:\s+(?:also|then|too|further|again|once again|in turn|first|later|now|thereafter|"
    r"subsequently|eventually|however|meanwhile|currently|himself|herself|personally|"
    r"themselves|both|jointly|separately|together|warmly|briefly|duly|likewise),?)*"
)
_AFTER_STRONG = re.compile(
    r"^\s*(?:met|meets|will meet|is meeting|held talks|holds talks|had (?:a |an )?(?:meeting|"
    r"talks|conversation|tête-à-tête|phone)|has had|has met|has taken part|has spoken|"
    r"received|receives|hosted|hosts|chaired|chairs|presided|presides|attended|attends|"
    r"took part|takes part|was taking part|were taking part|is taking part|will take part|"
    r"participated|participates|joined|joins|visited|visits|will visit|is visiting|arrived|"
    r"arrives|delivered (?:an? |his |her |the )?(?:address|speech|statement|report|lecture|"
    r"remarks|welcom)|addressed|opened|opens|signed|signs|called|rang|ranged|phoned|"
    r"was elected|were elected|was appointed|were appointed|was sworn|were sworn|is leaving|"
    r"are leaving|will leave|left for|went to|is going|are going|will go|will be in|"
    r"will travel|travelled|paid|pays|is to have|are to have|is to take part|"
    r"are to take part|will attend|gave an interview|spoke at|spoke to|welcomed|greeted|"
    r"will join|is to join|is in|was in|who is in|who is visiting|who is currently|"
    r"who has|led the|leads the|headed the|heads the)\b"
)
_AFTER_WEAK = re.compile(
    r"^\s*(?:,\s*)?(?:who\b|(?:[a-z]+ed|said|says|spoke|speaks|met|told|tells|gave|gives|"
    r"made|makes|took|takes|began|begins|went|goes|held|holds|led|leads|read|reads|sent|saw|"
    r"brought|put|set|thought|felt|rang|is|are|was|were|will|shall|would|has|have|could|"
    r"can|must|should|may|might|did|does|wished|wishes|thanked|thanks|stressed|stresses|"
    r"notes|highlights|emphasises|underlines|points|adds|remarks|believes|hopes|"
    r"congratulates|informs|presents|opens|chairs|expresses|voices|mentions|touches|recalls|"
    r"describes|welcomes|greets|invites|calls|urges|proposes|suggests|offers|answers|"
    r"replies|responds|continues|proceeds|concludes|shares|reports|briefs|tables|"
    r"introduces|explains|announces|assures|asks|reminds|extends|conveys|addresses)\b)"
)
_AFTER_SPEECH = re.compile(
    r"^\s*(?:,\s*)?(?:was saying|said|says|added|adds|remarked|remarks|noted|notes|stressed|"
    r"pointed out|commented|went on|continued|explained|emphasised|emphasized|underlined|"
    r"underscored|opined|insisted|concluded|observed|mentioned|told|replied|answered|"
    r"recalled|believes|believed|thinks|thought)\b"
)
_NEXT_WORD = re.compile(r"^\s+([a-z][a-z-]*)\b")
_NOT_VERBS = _words(
    """
    and or of the a an in on at for with to as from by that which whose whom about into
    upon over under than like per via amongst among between before after during since
    until towards near off out up down nor but yet so if while whilst
    """
)
_AFTER_PAST_PERFECT = re.compile(r"^\s*(?:,\s*)?(?:who\s+)?had\b(?!\s+(?:a|an|the)\b)")
_AFTER_NEG = re.compile(r"^\s*(?:,\s*)?(?:at (?:their|its|the) (?:head|helm))")
_AFTER_ROLE = re.compile(
    r"^\s*(?:\(\s*|,\s+)(?:the |a |an |our |his |her )?([^()\n,;.]{3,120}?)\s*(?:\)|,|;|\.|$)"
)

# Roles that make a person a reference unless the text shows them acting in the event:
# heads of state and government, national leaders, the historical and the dead.
_HEAD_OF_STATE = re.compile(
    r"\b(?:commander-in-chief|head of (?:the )?state|heads of (?:the )?state|first lady|"
    r"national leader|great leader|nationwide leader|founder|founding father|national hero|"
    r"hero of|the late|late|martyr|shahid|first vice[- ]president|state leaders?|"
    r"leaders? of (?:the )?(?:country|state|nation)|king|queen|emir|sultan|monarch|"
    r"architect|saint|prophet|poet|writer|composer|scholar|thinker|statesman|"
    r"(?:president|prime minister|premier|pm|vice[- ]president)(?! of (?:the )?"
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
    r"kickboxing|federation(?! of russia)|[a-z]*\s?pa|ipu|osce|eu|un|cis|nato|nam|apa|pace|"
    r"oic|icyf|akf|turkpa|gnat|tbmm|ipa|ifa|wako|uefa|fifa|ioc)\b"
)
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yeva|ina|aya|skaya|kaya|zade|li|a)$")


# -- internal records ------------------------------------------------------------------------


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
    anchored: bool
    strong: bool = False
    weak: bool = False
    negative: bool = False


@dataclass(slots=True)
class _Person:
    """The mentions that one person's name gathers in a release."""

    mentions: list[_Mention] = field(default_factory=list)
    full: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> tuple[int, int]:
        return min((m.seg, m.start) for m in self.mentions)


# -- segment analysis ------------------------------------------------------------------------


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    if "‘" not in text and "“" not in text:
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _strip_possessive(token: str) -> tuple[str, bool]:
    if token.endswith(_POSSESSIVE):
        return token[:-2], True
    return token, False


def _mentions_in(seg: int, text: str, is_title: bool) -> list[_Mention]:
    """Name candidates in one segment (the title or a paragraph), in order."""
    found: list[_Mention] = []
    quoted = _quoted_spans(text)
    starts: list[int] | None = None
    floor = 0
    for run in _RUN.finditer(text):
        pieces: list[list[tuple[str, int, int, int, bool]]] = [[]]
        base = run.start()
        for piece in _SPACE_SPLIT.finditer(run.group()):
            word, possessive = _strip_possessive(piece.group())
            kind = _kind(word)
            pieces[-1].append(
                (word, base + piece.start(), base + piece.start() + len(word), kind, possessive)
            )
            if possessive:
                pieces.append([])  # a possessive ends a name: "Azerbaijan’s Ambassador ..."
        if quoted and _in_spans(run.start(), quoted):
            continue
        for raw_tokens in pieces:
            if not any(t[3] == _NAME or t[3] == _ING for t in raw_tokens):
                continue
            if starts is None:
                starts = _sentence_starts(text)
            for mention in _names_in_run(seg, text, raw_tokens, is_title, starts, floor):
                floor = mention.end
                found.append(mention)
    return found


def _starts_name(tokens: list[tuple[str, int, int, int, bool]], index: int) -> bool:
    kind = tokens[index][3]
    if kind == _NAME:
        return True
    return (
        kind == _PART
        and index + 1 < len(tokens)
        and tokens[index + 1][3] == _NAME
        and tokens[index][0][:1].isupper()
    )


def _continues_name(tokens: list[tuple[str, int, int, int, bool]], end: int) -> bool:
    """Whether the token after ``end`` still belongs to the name ending at ``end``."""
    next_kind = tokens[end + 1][3]
    if next_kind == _NAME:
        return True
    if next_kind == _ING:
        return tokens[end][3] == _NAME  # "Xi Jinping"
    if next_kind == _PART:
        return (end + 2 < len(tokens) and tokens[end + 2][3] == _NAME) or (
            _fold_word(tokens[end + 1][0]) in _PATRONYMIC_END
        )
    return False


def _names_in_run(
    seg: int,
    text: str,
    tokens: list[tuple[str, int, int, int, bool]],
    is_title: bool,
    starts: list[int],
    floor: int,
) -> Iterable[_Mention]:
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
        # A name directly followed by an organisation word names a thing: "Heydar Aliyev Centre".
        if last + 1 < count and tokens[last + 1][3] == _ORGW:
            continue
        # Leading "Al-Umma"-like tokens after an organisation word belong to it.
        while last - first >= 2 and re.match(r"(?i)(?:al|el)-", tokens[first][0]):
            first += 1
        # "Republic of Dagestan Zaur Askenderov": a place before a two-word name.
        if last - first >= 2 and re.search(r"(?:stan|land|burg|grad|abad|ia)$",
                                           _fold_word(tokens[first][0])):
            before = text[max(0, tokens[first][1] - 4):tokens[first][1]]
            if first > 0 or before.endswith(("of ", "in ", "to ")):
                first += 1
        if first == 0 and not is_title:
            owner = _OWNER.search(text, max(0, tokens[0][1] - 40), tokens[0][1])
            if owner and _kind(owner.group(1)) == _ORGW and (
                _fold_word(owner.group(1)) not in _TIME_WORDS
            ):
                continue  # "the Code of Administrative Offences", "the Order of ..."
        names = tokens[first:last + 1]
        real = [t for t in names if t[3] != _PART]
        if not real:
            continue
        prev_kind = tokens[first - 1][3] if first > 0 else -1
        prev_word = _fold_word(tokens[first - 1][0]) if first > 0 else ""
        single = len(real) == 1
        if single and not (prev_kind in (_HON, _TITLE) and prev_word in _SURNAME_TITLES):
            continue
        if single and len(real[0][0]) < 2:
            continue
        start, stop = names[0][1], names[-1][2]
        sentence = starts[bisect_right(starts, start) - 1]
        if first == 0 and not single:
            # "the Novruz Bayram": a bare name right after an article names a thing.
            head = text[max(sentence, start - 4):start]
            if head.endswith(("the ", "The ")) and len(real) == 2 and not is_title:
                continue
        words = tuple(t[0] for t in names)
        surface = text[start:stop]
        title_word = ""
        if single:
            title_token = tokens[first - 1][0]
            title_word = prev_word
            surface = f"{title_token} {words[0]}"
        np_start, role = _role_before(text, max(sentence, floor), start)
        floor = stop
        yield _Mention(
            seg=seg,
            start=start,
            end=stop,
            np_start=np_start,
            surface=surface,
            tokens=words,
            folded=tuple(_fold_word(w) for w in words),
            single=single,
            title_word=title_word,
            role=role,
            possessive=names[-1][4],
            anchored=prev_kind in (_HON, _TITLE, _ORGW, _PLACE, _ACRO),
        )


_ROLE_WORD = re.compile(r"[^\s,;:()]+|[,;:()]")
_ROLE_CONNECTORS = _words(
    """
    of the for to in on and its our their his her a an with & at de du des
    """
)
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
    council assembly staff department head-of-state
    """
)


def _comma_in_role(words: list[re.Match[str]], i: int) -> bool:
    """A comma between two roles of one person: "President, Commander-in-Chief"."""
    if i == 0 or i + 1 >= len(words):
        return False
    before = _fold_word(words[i - 1].group())
    after = _fold_word(words[i + 1].group())
    return after in _ROLE_NOUNS and (
        before in _ROLE_NOUNS or words[i - 1].group()[:1].isupper()
    )


def _role_before(text: str, sentence: int, name_start: int) -> tuple[int, str]:
    """The role phrase right before a name ("Chair of the Milli Majlis") and where it starts."""
    begin = max(sentence, name_start - 220)
    prefix = text[begin:name_start]
    words = list(_ROLE_WORD.finditer(prefix))
    chosen = len(words)
    has_role = False
    i = len(words) - 1
    while i >= 0:
        w = words[i].group()
        if w in ",;:()":
            if w == "," and (not has_role or _comma_in_role(words, i)):
                i -= 1
                continue
            if w == ")":
                depth = 1
                i -= 1
                while i >= 0 and depth:
                    depth += {")": 1, "(": -1}.get(words[i].group(), 0)
                    i -= 1
                continue
            break
        base = w[:-2] if w.endswith(_POSSESSIVE) else w
        folded = _fold_word(base)
        if base[:1].isupper() and _kind(base) == _STOPW and folded not in _ROLE_CONNECTORS:
            break
        if base[:1].isupper() or folded in _ROLE_LOWER or folded in _ROLE_CONNECTORS or (
            "/" in base
        ):
            if folded in _ROLE_NOUNS or folded.split("/")[0] in _ROLE_NOUNS or (
                folded in _PLURAL_ROLES
            ):
                has_role = True
            chosen = i
            i -= 1
            continue
        break
    if not has_role:
        # Nothing that reads as a role: the name's own noun phrase starts at the name
        # (or at an article or title word right before it).
        np_start = name_start
        j = len(words) - 1
        while j >= 0 and _fold_word(words[j].group()) in ("the", "a", "an", "our", "mr", "mrs"):
            np_start = begin + words[j].start()
            j -= 1
        return np_start, ""
    phrase_words = words[chosen:]
    while phrase_words and (
        _fold_word(phrase_words[0].group()) in _ROLE_CONNECTORS
        or phrase_words[0].group() in ",()"
    ):
        phrase_words = phrase_words[1:]
    if not phrase_words:
        return name_start, ""
    np_start = begin + phrase_words[0].start()
    role_text = prefix[phrase_words[0].start():].strip(" ,")
    # Drop honorifics and titles that sit on the name ("Mrs", "President" in "... Mr Tokayev").
    role_words = role_text.split()
    while role_words and _fold_word(role_words[-1]).rstrip(".") in _HONORIFICS:
        role_words.pop()
    role = " ".join(role_words)
    folded_role = _fold_word(role)
    if folded_role in _PLURAL_ROLES:
        role = _PLURAL_ROLES[folded_role]
    else:
        parts = role.split()
        for k, part in enumerate(parts):
            plural = _PLURAL_ROLES.get(_fold_word(part))
            if plural is not None and (k + 1 == len(parts) or parts[k + 1] in ("of", "for")):
                parts[k] = plural if not part[:1].isupper() or plural[:1].isupper() else (
                    plural[:1].upper() + plural[1:]
                )
                role = " ".join(parts)
                break
    return np_start, role


# -- took part or referred to ----------------------------------------------------------------


def _cue(text: str, sentence: int, np_start: int, name_end: int, title: bool) -> tuple[
    bool, bool, bool
]:
    """(strong, weak, negative) evidence from the words around one noun phrase."""
    pre = text[max(sentence, np_start - 90):np_start]
    pre_lower = pre.lower()
    post = text[name_end:name_end + 160]
    if title:
        post = post.lower()
    strong = weak = negative = False

    match = _BY.search(pre_lower)
    if match:
        verb = match.group(1)
        if verb in _LEAD_BY:
            if _DELEGATION.search(pre_lower[: match.start(1)]) or re.search(
                r"\b(?:was|were|is|are|be|been|being)\s+$", pre_lower[: match.start(1)]
            ):
                strong = True
            else:
                negative = True
        elif verb in _POS_BY:
            strong = True
        elif verb in _NEG_BY:
            negative = True
    match = _OF.search(pre_lower)
    if match:
        noun = match.group(1)
        if noun in _NEG_OF:
            negative = True
        elif noun in _POS_OF:
            weak = True
    match = _TO.search(pre_lower)
    if match:
        word = match.group(1)
        if word in _NEG_TO:
            negative = True
        elif word in _POS_TO:
            strong = True
        elif word == "according":
            weak = True
    if _WITH.search(pre_lower) or _STRONG_VERB_BEFORE.search(pre):
        strong = True
    elif _WEAK_VERB_BEFORE.search(pre_lower):
        weak = True
    elif _FROM.search(pre_lower):
        negative = True
    elif _UNDER.search(pre_lower):
        weak = True
    elif _NEG_BEFORE.search(pre_lower):
        negative = True
    if _LIST_HEAD.search(pre_lower):
        weak = True

    skip = _AFTER_SKIP.match(post)
    rest = post[skip.end():] if skip else post
    speaker = False
    if rest.startswith(_POSSESSIVE) or _AFTER_NEG.match(rest):
        negative = True
    elif _PREP_END.search(pre_lower):
        pass  # the name is the object of a preposition: what follows is not its verb
    elif _AFTER_SPEECH.match(rest):
        weak = speaker = True
    elif _AFTER_PAST_PERFECT.match(rest):
        return False, False, True
    elif _AFTER_STRONG.match(rest):
        strong = True
    elif _AFTER_WEAK.match(rest):
        weak = True
    else:
        verb = _NEXT_WORD.match(rest)
        if verb and verb.group(1) not in _NOT_VERBS:
            weak = True
    if speaker:
        return strong, weak, negative
    whole_pre = text[sentence:np_start]
    if _REPORTED.search(whole_pre) or _PAST_PERFECT.search(whole_pre):
        # Reported speech or an earlier event recounted: talked about, not acting.
        return False, False, True
    return strong, weak, negative


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
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person in one release (a middle name dropped, or a typo)."""
    if a == b:
        return True
    if a[-1] == b[-1]:
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        it = iter(long_)
        if all(word in it for word in short):
            return True
        if len(a) == len(b) and len(a[0]) >= 4 and len(b[0]) >= 4:
            return a[1:-1] == b[1:-1] and _edit_distance_at_most_one(a[0], b[0])
    if a[0] == b[0] and len(a) == len(b) and a[1:-1] == b[1:-1] and len(a[-1]) >= 5:
        return _edit_distance_at_most_one(a[-1], b[-1])
    return False


def _is_female(surname: str) -> bool:
    return bool(_FEMALE_SURNAME.search(surname))


def _pick_for_single(
    mention: _Mention, people: list[_Person], prior: dict[int, bool]
) -> _Person | None:
    """The person a bare surname (or a given name after "Sir") refers to, if any."""
    word = mention.folded[-1]
    bare = word.replace("-", "")
    candidates = [p for p in people if p.full and p.full[0].folded[-1].replace("-", "") == bare]
    if not candidates:
        candidates = [
            p for p in people if p.full and any(
                _fold_word(part) == word for part in p.full[0].folded[-1].split("-")
            )
        ]
    if not candidates:
        candidates = [p for p in people if p.full and p.full[0].folded[0] == word]
    if not candidates:
        candidates = [
            p
            for p in people
            if p.full and len(word) >= 5 and _edit_distance_at_most_one(p.full[0].folded[-1], word)
        ]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    title = mention.title_word.rstrip(".")
    if title in ("mr", "sir", "lord"):
        narrowed = [p for p in candidates if not _is_female(p.full[0].folded[0])]
        candidates = narrowed or candidates
    elif title in ("mrs", "ms", "miss", "madame", "madam", "dame"):
        narrowed = [p for p in candidates if _is_female(p.full[0].folded[0])]
        candidates = narrowed or candidates
    if title and title not in _HONORIFICS:
        titled = [p for p in candidates if any(title in _fold_word(m.role) for m in p.mentions)]
        if titled:
            candidates = titled
    else:
        plain = [p for p in candidates if not prior.get(id(p), False)]
        candidates = plain or candidates
    return max(candidates, key=lambda p: (len(p.mentions), -p.first[0], -p.first[1]))


def _head_of_state_prior(person: _Person) -> bool:
    for mention in person.mentions:
        role = _fold_word(mention.role)
        if not role:
            continue
        if _HEAD_OF_STATE.search(role) and not _ORG_IN_ROLE.search(
            role.replace("head of state", "")
        ):
            return True
        if re.search(r"\b(?:national leader|great leader|founder|the late|national hero)\b", role):
            return True
    return False


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


def extract_people(title: str, paragraphs: Sequence[str]) -> list[PersonMention]:
    """The people a release names, by first appearance, with role and participation."""
    segments = [title, *paragraphs]
    mentions: list[_Mention] = []
    for seg, text in enumerate(segments):
        if seg > 0 and text == title and seg == 1:
            continue  # the title repeated as the first paragraph
        mentions.extend(_mentions_in(seg, text, seg == 0))
    if not mentions:
        return []

    # A title name counts when the body confirms it or a role anchors it.
    body_surnames = {m.folded[-1] for m in mentions if m.seg > 0}
    mentions = [
        m
        for m in mentions
        if m.seg > 0 or m.folded[-1] in body_surnames or (m.role and not m.single)
    ]

    # Participation cues, shared along lists ("the MPs A, B and C commented").
    _apply_cues(segments, mentions)

    # Full names first, then bare surnames resolved to them.
    people: list[_Person] = []
    for mention in mentions:
        if mention.single:
            continue
        for person in people:
            if _same_full_name(person.full[0].folded, mention.folded) or any(
                _same_full_name(other.folded, mention.folded) for other in person.full[1:]
            ):
                person.full.append(mention)
                person.mentions.append(mention)
                break
        else:
            people.append(_Person(mentions=[mention], full=[mention]))
    for person in people:
        person.full.sort(key=lambda m: -len(m.folded))
    prior = {id(p): _head_of_state_prior(p) for p in people}
    surname_only: dict[str, _Person] = {}
    for mention in mentions:
        if not mention.single:
            continue
        target = _pick_for_single(mention, people, prior)
        if target is not None:
            target.mentions.append(mention)
            continue
        key = mention.folded[-1]
        if key not in surname_only:
            surname_only[key] = _Person()
        surname_only[key].mentions.append(mention)

    result: list[tuple[tuple[int, int], PersonMention]] = []
    for person in [*people, *surname_only.values()]:
        person.mentions.sort(key=lambda m: (m.seg, m.start))
        name = _canonical(person) if person.full else person.mentions[0].tokens[-1]
        is_prior = prior.get(id(person), False) or _head_of_state_prior(person)
        strong = any(m.strong for m in person.mentions)
        weak = any(m.weak for m in person.mentions)
        negative = any(m.negative for m in person.mentions)
        took_part = strong or (not is_prior and (weak or not negative))
        surfaces: list[str] = []
        for mention in person.mentions:
            surface = " ".join(mention.tokens) if not mention.single else mention.surface
            if surface not in surfaces:
                surfaces.append(surface)
        result.append(
            (
                person.first,
                PersonMention(
                    name=name,
                    role=_best_role(person),
                    took_part=took_part,
                    mentions=tuple(surfaces),
                ),
            )
        )
    result.sort(key=lambda item: item[0])
    return [person for _, person in result]


_GAP = re.compile(
    r"^\s*(?:\([^()]{0,160}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*|"
    r"\s+and\s+also\s+|\s+or\s+)(?:the\s+|both\s+)?\s*$"
)


def _apply_cues(segments: list[str], mentions: list[_Mention]) -> None:
    """Set each mention's evidence; a list of names shares its head's and tail's cues."""
    by_seg: dict[int, list[_Mention]] = {}
    for mention in mentions:
        by_seg.setdefault(mention.seg, []).append(mention)
    for seg, items in by_seg.items():
        text = segments[seg]
        starts = _sentence_starts(text)
        groups: list[list[_Mention]] = []
        for mention in items:
            if groups:
                last = groups[-1][-1]
                gap = text[last.end:mention.np_start]
                if last.end <= mention.np_start and _GAP.match(gap):
                    groups[-1].append(mention)
                    continue
            groups.append([mention])
        for group in groups:
            head, tail = group[0], group[-1]
            sentence = starts[bisect_right(starts, head.np_start) - 1]
            strong, weak, negative = _cue(text, sentence, head.np_start, tail.end, seg == 0)
            for mention in group:
                own_strong, own_weak, own_negative = strong, weak, negative
                if mention is not tail and mention.possessive:
                    own_negative = True
                mention.strong = own_strong
                mention.weak = own_weak
                mention.negative = own_negative
