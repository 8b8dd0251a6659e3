#!/usr/bin/env python3
# Checks the curated gazetteer files in data/gazetteer against the format
# described in data/gazetteer/README.md: they parse, use only the documented
# elements and attributes, are big enough, refer only to known countries,
# cover every UN member state and every topic slug of the event contract, and
# never let one spelling name two different entries unless it is marked
# ambiguous="yes".
#
# Usage: check-gazetteer.py DATA_DIR [ISO_3166_1_JSON]
# Output is TAP, one test point per check.

import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ISO_JSON_DEFAULT = '/usr/share/iso-codes/json/iso_3166-1.json'

# Codes in use that ISO 3166-1 leaves to its users: Kosovo.
USER_ASSIGNED = {'XK'}

# The 193 member states of the United Nations.
UN_MEMBERS = set('''
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN
BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM
DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN
HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT
LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI
NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO
TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
'''.split())

# Observer states and the usual non-members that news reports treat as sides.
OTHER_STATES = {'VA', 'PS', 'XK', 'TW', 'EH'}

# ISO 3166-1 entries that are dependent territories or uninhabited areas, not
# states that take part in diplomacy as sides: countries.xml leaves them out
# on purpose (their capitals, where they matter, are cities of the
# sovereign state). Any other ISO 3166-1 entry must be in countries.xml.
DEPENDENT_TERRITORIES = set('''
AW AI AX AS AQ TF BQ BL BM BV CC CK CW CX KY FK FO GG GI GP GL GF GU HK HM IM
IO JE MO MF MP MS MQ YT NC NF NU PN PR PF RE GS SH SJ PM SX TC TK UM VG VI WF
'''.split())

# A sample of the spellings each file must keep answering to, from every
# region of the world: short names, former names, irregular demonyms, the
# usual exonyms and transliterations. Losing one of them is a regression.
REQUIRED_SPELLINGS = {
    'countries.xml': '''Emirati|Emiratis|Bahraini|Filipino|Filipinos|Philippine|Kyrgyz|
        Malagasy|Sri Lankan|Cabo Verdean|Cape Verdean|Ivorian|Congolese|Burkinabé|
        Burkinabe|Salvadoran|Guyanese|Papua New Guinean|Sahrawi|Swaziland|eSwatini|
        Burma|Ivory Coast|Czech Republic|Türkiye|Turkey|Viet Nam|DPRK|UAE|U.S.|
        Britain|DR Congo|Holy See|Timor-Leste|East Timor|Kosovar|Taiwanese|
        Palestinian|Nigerien|Beninese|Togolese|Motswana|Basotho|Swazi|Comorian|
        Seychellois|Mauritian|Djiboutian|Eritrean|Somali|Sudanese|Yemeni|Omani|
        Qatari|Kuwaiti|Saudi|Iraqi|Afghan|Tajik|Turkmen|Uzbek|Kazakh|Azerbaijani|
        Azeri|Belarusian|Moldovan|Monegasque|Sammarinese|Liechtensteiner|Maltese|
        Icelandic|Lao|Laotian|Bruneian|Timorese|Nepali|Nepalese|Bhutanese|
        Maldivian|Bangladeshi|Fijian|Samoan|Tongan|I-Kiribati|Ni-Vanuatu|
        Solomon Islander|Marshallese|Palauan|Nauruan|Tuvaluan|Micronesian|
        Bahamian|Barbadian|Jamaican|Trinidadian|Haitian|Dominican|Cuban|Belizean|
        Guatemalan|Honduran|Nicaraguan|Costa Rican|Panamanian|Colombian|
        Venezuelan|Surinamese|Ecuadorian|Peruvian|Bolivian|Paraguayan|Uruguayan|
        Argentine|Chilean|Brazilian|Mexican|Canadian''',
    'cities.xml': '''Santa Marta|Playa del Carmen|Alat|Windsor|Sochi|Sharm el-Sheikh|
        Punta del Este|Bariloche|Gwadar|Chabahar|Aqaba|Vladivostok|Kazan|Bukhara|
        Termez|Khujand|Batumi|Ohrid|Dalian|Xiamen|Hangzhou|Rambouillet|Yalta|
        Kyiv|Kiev|Beijing|Peking|New Delhi|Mumbai|Bombay|Yangon|Rangoon|
        Naypyidaw|Astana|Nur-Sultan|Ho Chi Minh City|Saigon|Washington|Ottawa|
        Mexico City|Brasília|Brasilia|Buenos Aires|Santiago|Bogotá|Lima|Quito|
        Caracas|Havana|Kingston|Port-au-Prince|Nairobi|Addis Ababa|Abuja|Lagos|
        Accra|Dakar|Kinshasa|Luanda|Pretoria|Cape Town|Harare|Lusaka|Maputo|
        Antananarivo|Cairo|Algiers|Rabat|Tunis|Tripoli|Khartoum|Riyadh|Jeddah|
        Doha|Abu Dhabi|Muscat|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|
        Ankara|Istanbul|Tbilisi|Yerevan|Baku|Tashkent|Samarkand|Bishkek|Dushanbe|
        Ashgabat|Kabul|Islamabad|Dhaka|Colombo|Kathmandu|Thimphu|Bangkok|Hanoi|
        Vientiane|Phnom Penh|Kuala Lumpur|Putrajaya|Jakarta|Manila|Singapore|
        Tokyo|Seoul|Pyongyang|Ulaanbaatar|Canberra|Wellington|Suva|Port Moresby|
        Geneva|Vienna|Brussels|The Hague|Moscow|Sochi|Davos|Munich|Camp David|
        Sharm el-Sheikh|Bali|Hiroshima|Busan|Goa|Kazan|Nagato|Addu|Rarotonga|Sandhurst|
        Enniskillen|Sde Boker|Ezulwini''',
    'venues.xml': '''Casa Rosada|Palácio do Planalto|Planalto|Los Pinos|Palacio Nacional|
        Miraflores Palace|Quirinal Palace|Palazzo Chigi|Moncloa Palace|Schloss Bellevue|
        Akasaka Palace|Kantei|Malacañang Palace|Istana|Union Buildings|State House Nairobi|
        Ak Saray|Beştepe Presidential Complex|Al Yamamah Palace|Al Salam Palace|
        Élysée Palace|Hofburg|Kremlin|White House|Zhongnanhai|Great Hall of the People|
        Rashtrapati Bhavan|Hyderabad House|Palais des Nations|Blue House|
        Palacio de La Moneda|Casa de Nariño|Carondelet Palace|Hôtel Matignon|
        Aso Rock|Jubilee House|Koulouba Palace|El Mouradia Palace|Bangabhaban|
        Temple Trees|Cotroceni Palace|Christiansborg Palace|Rideau Hall''',
    'organizations.xml': '''UN|UNGA|UNSC|IGAD|EAC|ECCAS|SICA|CARICOM|PIF|Andean Community|ALBA|
        OTS|CICA|BIMSTEC|IORA|LMC|Arctic Council|Council of Europe|Commonwealth|
        Francophonie|OAS|OPEC+|IEA|ICC|ICJ|UNHCR|UNESCO|FAO|WFP|UNDP|ASEAN|AU|EU|
        NATO|SCO|BRICS|G20|G7|GCC|Arab League|ECOWAS|SADC|Mercosur|CELAC|OIC|
        CSTO|EAEU|CIS|OSCE|APEC|SAARC|WTO|IMF|World Bank|IAEA|WHO|FOCAC|TICAD|
        Arab Maghreb Union|WAEMU|CEMAC|G5 Sahel|IDB|Afreximbank|UNIFIL|MONUSCO|IPCC|European Political Community|
        Pacific Community|ECLAC|PAHO|Eastern Partnership''',
    'institutions.xml': '''Quai d'Orsay|Itamaraty|Gaimusho|Foggy Bottom|Wisma Putra|Farnesina|
        Federal Foreign Office|Ministry of External Affairs|State Department|
        Foreign, Commonwealth and Development Office|DIRCO|Global Affairs Canada|
        Knesset|Bundestag|Sejm|Verkhovna Rada|State Duma|Federation Council|
        Lok Sabha|National People's Congress|Storting|Riksdag|Folketing|Oireachtas|
        Dáil Éireann|Legislative Yuan|Palestinian Authority|Kenyan Foreign Ministry|
        Nigerian Foreign Ministry|Chilean Foreign Ministry|Fijian Foreign Ministry|
        Ministry of Foreign Affairs of Mongolia|Parliament of Ghana''',
    'titles.xml': '''Taoiseach|Emir|Amir|Sultan|Sheikh|Crown Prince|Grand Duke|Captain Regent|
        Governor-General|State Counsellor|Supreme Leader|Chief Executive|Premier|
        Vice Premier|State Councillor|First Vice President|Secretary of State|
        Cabinet Secretary|Minister of International Relations and Cooperation|
        Minister of Foreign Affairs and International Cooperation|Chancellor|
        Federal Councillor|High Representative|Secretary-General|Special Envoy|
        Chargé d'Affaires|Deputy Prime Minister|Foreign Minister|Prime Minister|
        President|King|Emperor|Yang di-Pertuan Agong|Chief Adviser|Tánaiste''',
    'people.xml': '''Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Volodymyr Zelenskyy|
        Volodymyr Zelensky|Mohammed bin Salman|Muhammad bin Salman|
        Abdel Fattah al-Sisi|Abdel Fattah el-Sisi|Lula da Silva|Abdelmadjid Tebboune|
        Félix Tshisekedi|Paul Kagame|Cyril Ramaphosa|Bola Tinubu|William Ruto|
        Abiy Ahmed|Prabowo Subianto|Joko Widodo|Jokowi|Ferdinand Marcos Jr.|
        Anwar Ibrahim|Yoon Suk Yeol|Fumio Kishida|Shigeru Ishiba|Anthony Albanese|
        Christopher Luxon|Gabriel Boric|Gustavo Petro|Javier Milei|Claudia Sheinbaum|
        Nayib Bukele|Kim Dae-jung|Nelson Mandela|Kofi Annan|Ban Ki-moon|
        António Guterres|Moussa Faki Mahamat|Kao Kim Hourn|Jean-Claude Juncker|
        Herman Van Rompuy|Sauli Niinistö|Mahathir Mohamad|Hugo Chávez|
        Mia Mottley|James Marape|Sitiveni Rabuka|Ukhnaagiin Khürelsükh''',
}

# The topic vocabulary of the event contract.
TOPIC_SLUGS = [
    'trade', 'investment', 'finance', 'energy', 'industry', 'agriculture',
    'health', 'technology', 'connectivity', 'defense', 'security', 'peace',
    'water', 'climate', 'education_culture', 'governance', 'parliamentary',
    'multilateral',
]

RANKS = {
    'head_of_state', 'head_of_government', 'speaker', 'minister',
    'deputy_minister', 'ambassador', 'envoy', 'legislator', 'official',
    'royal', 'military', 'honorific',
}

# file -> (entry element, minimum entry count)
FILES = {
    'countries.xml': ('country', 198),
    'cities.xml': ('city', 3300),
    'venues.xml': ('venue', 200),
    'organizations.xml': ('organization', 240),
    'institutions.xml': ('institution', 450),
    'titles.xml': ('title', 130),
    'topics.xml': ('topic', len(TOPIC_SLUGS)),
    'people.xml': ('person', 1200),
}

# Allowed attributes per entry element and allowed child elements.
ENTRY_ATTRS = {
    'country': ({'code', 'name'}, {'ambiguous'}),
    'city': ({'name', 'country'}, {'capital', 'ambiguous'}),
    'venue': ({'name', 'country'}, {'city', 'ambiguous'}),
    'organization': ({'acronym', 'name'}, {'ambiguous', 'members'}),
    'institution': ({'name', 'country'}, {'ambiguous'}),
    'title': ({'name', 'rank'}, {'ambiguous'}),
    'topic': ({'slug'}, set()),
    'person': ({'name', 'country'}, {'ambiguous'}),
}
ENTRY_CHILDREN = {
    'country': {'alias', 'demonym'},
    'topic': {'term', 'exclude'},
}
SPELLING_CHILDREN = {'alias', 'demonym', 'term'}

MIN_TOPIC_TERMS = 12

# The matcher looks at most this many tokens (words, punctuation) ahead.
MAX_TOKENS = 16
TOKEN_RE = re.compile(r'\w+|[^\w\s]')

# Titles and topic terms are matched without regard to case, so none of
# their spellings may fold to an everyday English word ("HE" would find every
# "he", "IT" every "it", "PM" every "5 pm").
CASELESS_FILES = {'titles.xml', 'topics.xml'}
EVERYDAY_WORDS = set('''
a am an and are as at be but by do for from go he her him his hm i if in is
it me my no not of on or our pm she so than that the their them they this to
up us was we were who will with you leader representative general member
'''.split())


class Checker:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, what, problems=()):
        """One test point. It fails when ok is false or when there are
        problems; the problems are printed only on failure."""
        self.n += 1
        problems = list(problems)
        if ok is True and not problems:
            print(f'ok {self.n} - {what}')
        else:
            self.failed += 1
            print(f'not ok {self.n} - {what}')
            if ok is not True and not problems:
                problems = ['check failed']
            for p in problems[:40]:
                print(f'# {p}')
            if len(problems) > 40:
                print(f'# … and {len(problems) - 40} more')


def is_yes(el, attr='ambiguous'):
    return el.get(attr) == 'yes'


def entry_key(kind, el):
    """The canonical key of an entry: what must be unique within a file."""
    if kind == 'country':
        return el.get('code')
    if kind in ('city', 'institution', 'venue'):
        return f"{el.get('name')} ({el.get('country')})"
    if kind == 'organization':
        return el.get('acronym') or el.get('name')
    if kind == 'topic':
        return el.get('slug')
    return el.get('name')


def spellings(kind, el):
    """Every surface form an entry answers to, with whether it is marked
    ambiguous (on itself or on the whole entry)."""
    entry_amb = is_yes(el)
    out = []
    if kind != 'topic':
        out.append((el.get('name'), entry_amb))
    if kind == 'organization' and el.get('acronym'):
        out.append((el.get('acronym'), entry_amb))
    for child in el:
        if child.tag in SPELLING_CHILDREN:
            out.append(((child.text or ''), entry_amb or is_yes(child)))
    return out


def check_structure(kind, root, fname):
    entry = kind
    problems = []
    required, optional = ENTRY_ATTRS[entry]
    allowed_children = ENTRY_CHILDREN.get(entry, {'alias'})
    for el in root:
        if not isinstance(el.tag, str):
            continue
        if el.tag != entry:
            problems.append(f'{fname}: unexpected element <{el.tag}>')
            continue
        attrs = set(el.attrib)
        for a in required - attrs:
            problems.append(f'{fname}: <{entry} {dict(el.attrib)}> lacks {a}=')
        for a in attrs - required - optional:
            problems.append(f'{fname}: <{entry} {dict(el.attrib)}> has unknown attribute {a}=')
        for a in ('ambiguous', 'capital'):
            if a in el.attrib and el.get(a) != 'yes':
                problems.append(f'{fname}: {a}= must be "yes" when present ({dict(el.attrib)})')
        for a in required | (optional & attrs):
            v = el.get(a)
            if v is None:
                continue
            if v != v.strip() or '  ' in v:
                problems.append(f'{fname}: {a}="{v}" has stray whitespace')
            if a != 'acronym' and not v:
                problems.append(f'{fname}: empty {a}= in {dict(el.attrib)}')
        if entry == 'title' and el.get('rank') not in RANKS:
            problems.append(f"{fname}: title {el.get('name')!r} has unknown rank {el.get('rank')!r}")
        for child in el:
            if child.tag not in allowed_children:
                problems.append(f"{fname}: <{entry} name={el.get('name')!r}> has unexpected child <{child.tag}>")
                continue
            for a in child.attrib:
                if a != 'ambiguous' or child.get(a) != 'yes':
                    problems.append(f"{fname}: <{child.tag}> has unknown attribute {a}={child.get(a)!r}")
            t = child.text or ''
            if not t or t != t.strip() or '  ' in t or len(child):
                problems.append(f"{fname}: bad <{child.tag}> text {t!r} under {entry_key(entry, el)}")
    return problems


def main():
    if len(sys.argv) not in (2, 3):
        print('usage: check-gazetteer.py DATA_DIR [ISO_3166_1_JSON]', file=sys.stderr)
        return 2
    data_dir = sys.argv[1]
    iso_json = sys.argv[2] if len(sys.argv) == 3 else ISO_JSON_DEFAULT
    c = Checker()

    c.check(len(UN_MEMBERS) == 193, 'the list of UN member states has 193 codes',
            [] if len(UN_MEMBERS) == 193 else [f'it has {len(UN_MEMBERS)}'])

    roots = {}
    for fname, (entry, _minimum) in FILES.items():
        path = os.path.join(data_dir, fname)
        problems = []
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            c.check(False, f'{fname} parses', [f'{path}: {e}'])
            continue
        kind = os.path.splitext(fname)[0]
        if root.tag != 'gazetteer' or root.get('kind') != kind:
            problems.append(f'{fname}: root must be <gazetteer kind="{kind}">, '
                            f'is <{root.tag} kind={root.get("kind")!r}>')
        c.check(not problems, f'{fname} parses as <gazetteer kind="{kind}">', problems)
        roots[fname] = (entry, root)

    for fname, (entry, root) in roots.items():
        c.check(True, f'{fname} uses only the documented elements and attributes',
                check_structure(entry, root, fname))

    for fname, (entry, root) in roots.items():
        n = len(root.findall(entry))
        minimum = FILES[fname][1]
        c.check(n >= minimum, f'{fname} has at least {minimum} entries',
                [] if n >= minimum else [f'it has {n}'])

    for fname, (entry, root) in roots.items():
        seen = set()
        names = set()
        problems = []
        for el in root.findall(entry):
            k = entry_key(entry, el)
            if k in seen:
                problems.append(f'{fname}: duplicate entry {k}')
            seen.add(k)
            if entry == 'organization':
                # Full names must be unique too, with or without an acronym.
                if el.get('name') in names:
                    problems.append(f"{fname}: duplicate name {el.get('name')}")
                names.add(el.get('name'))
        c.check(True, f'{fname} has no duplicate canonical keys', problems)

    for fname, (entry, root) in roots.items():
        owners = {}
        for el in root.findall(entry):
            k = entry_key(entry, el)
            for text, amb in spellings(entry, el):
                owners.setdefault(text, []).append((k, amb))
        problems = []
        for text, lst in sorted(owners.items()):
            keys = {k for k, _ in lst}
            if len(keys) > 1 and not all(amb for _, amb in lst):
                problems.append(f'{fname}: {text!r} names {sorted(keys)} '
                                'without ambiguous="yes" on each')
        c.check(True, f'{fname}: no spelling names two entries unless marked ambiguous',
                problems)

    # Country codes.
    codes = set()
    if 'countries.xml' in roots:
        codes = {el.get('code') for el in roots['countries.xml'][1].findall('country')}
        try:
            with open(iso_json, encoding='utf-8') as f:
                iso = {e['alpha_2'] for e in json.load(f)['3166-1']}
        except (OSError, ValueError, KeyError) as e:
            iso = None
            c.check(False, 'ISO 3166-1 list readable', [f'{iso_json}: {e} (install iso-codes)'])
        if iso is not None:
            bad = sorted(cc for cc in codes if cc not in iso and cc not in USER_ASSIGNED)
            c.check(True, 'every country code is ISO 3166-1 alpha-2 or user-assigned',
                    [f'unknown code {cc}' for cc in bad])
        c.check(True, 'every UN member state is in countries.xml',
                [f'missing {cc}' for cc in sorted(UN_MEMBERS - codes)])
        c.check(True, 'observers and usual non-members are in countries.xml',
                [f'missing {cc}' for cc in sorted(OTHER_STATES - codes)])
        if iso is not None:
            c.check(True, 'every ISO 3166-1 state is in countries.xml (territories excepted)',
                    [f'missing {cc}' for cc in sorted(iso - codes - DEPENDENT_TERRITORIES)])
            c.check(True, 'the list of territories names only ISO entries not in countries.xml',
                    [f'{cc} is listed as a territory' for cc in
                     sorted(DEPENDENT_TERRITORIES - (iso - codes))])
            # ISO's own short, common and official names, where they read as
            # prose (not "Korea, Republic of"), answer to their country.
            by_code = {el.get('code'): {t for t, _ in spellings('country', el)}
                       for el in roots['countries.xml'][1].findall('country')}
            problems = []
            with open(iso_json, encoding='utf-8') as f:
                for e in json.load(f)['3166-1']:
                    cc = e['alpha_2']
                    if cc not in by_code:
                        continue
                    for field in ('name', 'common_name', 'official_name'):
                        v = e.get(field)
                        if not v or ',' in v or '(' in v:
                            continue
                        if v.startswith('the '):
                            v = v[4:]
                        if v not in by_code[cc]:
                            problems.append(f'{cc}: ISO {field} {v!r} is no spelling of it')
            c.check(True, 'ISO 3166-1 names are spellings of their country', problems)

        # An organization's member list names countries of countries.xml,
        # each once.
        problems = []
        for el in (roots['organizations.xml'][1].findall('organization') if 'organizations.xml' in roots else []):
            members = el.get('members')
            if members is None:
                continue
            listed = members.split()
            if len(listed) < 2 or len(set(listed)) != len(listed):
                problems.append(f"{entry_key('organization', el)}: members {members!r}")
            problems += [f"{entry_key('organization', el)}: member {cc} is no country"
                         for cc in listed if cc not in codes]
        c.check(True, 'member lists of organizations name countries', problems)

    problems = []
    for fname, (entry, root) in roots.items():
        if fname == 'countries.xml':
            continue
        for el in root.findall(entry):
            cc = el.get('country')
            if cc is not None and cc not in codes:
                problems.append(f'{fname}: {entry_key(entry, el)} refers to unknown country {cc!r}')
    c.check(True, 'every country code used elsewhere is in countries.xml', problems)

    if 'cities.xml' in roots:
        capitals = {el.get('country') for el in roots['cities.xml'][1].findall('city')
                    if is_yes(el, 'capital')}
        c.check(True, 'every UN member state has its capital in cities.xml',
                [f'no capital for {cc}' for cc in sorted(UN_MEMBERS - capitals)])

    for fname, (entry, root) in roots.items():
        problems = []
        for el in root.findall(entry):
            texts = [t for t, _ in spellings(entry, el)]
            if entry == 'organization' and el.get('acronym') == el.get('name'):
                texts.remove(el.get('name'))
            dups = sorted({t for t in texts if texts.count(t) > 1})
            if dups:
                problems.append(f'{fname}: {entry_key(entry, el)} lists {dups} twice')
        c.check(True, f'{fname}: no entry lists one spelling twice', problems)

    problems = []
    for fname, (entry, root) in roots.items():
        for el in root.findall(entry):
            for text, _amb in spellings(entry, el):
                if len(TOKEN_RE.findall(text)) > MAX_TOKENS:
                    problems.append(f'{fname}: {text!r} is longer than {MAX_TOKENS} tokens')
    c.check(True, f'no spelling is longer than {MAX_TOKENS} tokens', problems)

    problems = []
    for fname, (entry, root) in roots.items():
        if fname not in CASELESS_FILES:
            continue
        for el in root.findall(entry):
            for text, _amb in spellings(entry, el):
                if text and text.lower().rstrip('.') in EVERYDAY_WORDS:
                    problems.append(f'{fname}: {entry_key(entry, el)} has the spelling '
                                    f'{text!r}, an everyday word once case is ignored')
    c.check(True, 'no title or topic spelling is an everyday word', problems)

    if 'topics.xml' in roots:
        topics = {el.get('slug'): el for el in roots['topics.xml'][1].findall('topic')}
        c.check(True, 'topics.xml has every topic slug of the event contract',
                [f'missing slug {s}' for s in TOPIC_SLUGS if s not in topics])
        c.check(True, 'topics.xml has no slug outside the event contract',
                [f'unknown slug {s}' for s in topics if s not in TOPIC_SLUGS])
        problems = []
        for slug, el in topics.items():
            n = len(el.findall('term'))
            if n < MIN_TOPIC_TERMS:
                problems.append(f'{slug} has {n} terms, fewer than {MIN_TOPIC_TERMS}')
        c.check(True, f'every topic has at least {MIN_TOPIC_TERMS} terms', problems)
        problems = []
        for slug, el in topics.items():
            terms = [(t.text or '').lower() for t in el.findall('term')]
            # the extractor matches each term's plural too ("waters")
            terms += [t + 's' for t in terms]
            for ex in el.findall('exclude'):
                words = f' {(ex.text or "").lower()} '
                if not any(f' {t} ' in words for t in terms):
                    problems.append(f'{slug}: <exclude>{ex.text}</exclude> contains none of its terms')
        c.check(True, 'every topic exclude phrase contains one of the topic\'s terms', problems)

    for fname, required in REQUIRED_SPELLINGS.items():
        if fname not in roots:
            continue
        entry, root = roots[fname]
        have = {t for el in root.findall(entry) for t, _ in spellings(entry, el)}
        wanted = [w.strip() for w in required.split('|')]
        c.check(True, f'{fname} keeps its sampled spellings from every region',
                [f'{fname}: {w!r} is gone' for w in wanted if w not in have])

    if 'cities.xml' in roots:
        n = len({el.get('country') for el in roots['cities.xml'][1].findall('city')})
        c.check(n >= 195, 'cities.xml has cities in at least 195 countries',
                [] if n >= 195 else [f'it has cities in {n}'])

    if 'people.xml' in roots:
        n = len({el.get('country') for el in roots['people.xml'][1].findall('person')})
        c.check(n >= 190, 'people.xml has office holders of at least 190 countries',
                [] if n >= 190 else [f'it has people of {n}'])

    if 'cities.xml' in roots and 'venues.xml' in roots:
        cities = {(el.get('name'), el.get('country'))
                  for el in roots['cities.xml'][1].findall('city')}
        c.check(True, 'every venue city is a city of cities.xml in the same country',
                [f"venues.xml: {el.get('name')} is in {el.get('city')} ({el.get('country')}), "
                 'which cities.xml does not list'
                 for el in roots['venues.xml'][1].findall('venue')
                 if el.get('city') and (el.get('city'), el.get('country')) not in cities])

    print(f'1..{c.n}')
    return 1 if c.failed else 0


if __name__ == '__main__':
    sys.exit(main())
